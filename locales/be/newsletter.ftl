## newsletter

newsletter-home = 📰 Бюлетэнь сеткі

    Напішыце бюлетэнь сеткі для людзей з партнёрстваў сеткі: раздзелы, версіі на іншых мовах, атрымальнікі па краінах, напрамках і ролях. Перад адпраўкай вы ўбачыце папярэдні прагляд і колькасць атрымальнікаў.
newsletter-write-button = ✏️ Напісаць бюлетэнь
newsletter-back-button = ⬅️ Назад да сеткі
newsletter-cancel-button = ✖️ Скасаваць
newsletter-cancelled = Скасавана — нічога не адпраўлена.
# Variables:
#   $language (String) - the language the staff member writes in
newsletter-ask-section = 📰 Новы бюлетэнь сеткі, мова: { $language }. Адпраўце першы раздзел адным паведамленнем: першы радок — загаловак, радкі ніжэй — тэкст.
# Variables:
#   $count (Number) - sections written
#   $languages (String) - languages with a complete version
newsletter-sections = { $count ->
        [one] Напісаны { $count } раздзел.
        [few] Напісана { $count } раздзелы.
        [many] Напісана { $count } раздзелаў.
       *[other] Напісана { $count } раздзела.
    } Версіі: { $languages }.

    Адпраўце яшчэ раздзел (загаловак у першым радку), дадайце версію на іншай мове або выберыце атрымальнікаў.
# Variables:
#   $language (String) - the version's language
#   $number (Number) - the section to type now
#   $count (Number) - sections in all
newsletter-ask-version = Адпраўце раздзел { $number } з { $count } (мова: { $language }): загаловак у першым радку, тэкст ніжэй. Арыгінал:
newsletter-machine-button = 🤖 Машынныя версіі
newsletter-machine-done = 🤖 Для іншых моў дададзены машынныя версіі. Чытачы ўбачаць пазнаку «машынны пераклад», арыгінал — за адно націсканне.
# Variables:
#   $languages (String) - languages the provider could not translate into
newsletter-machine-failed = Машыннай версіі цяпер няма для моў: { $languages }. Іх чытачы атрымаюць арыгінал з указаннем яго мовы.
newsletter-audience-button = 👥 Выбраць атрымальнікаў ▶️
# Variables:
#   $country (String) - the country focus chosen, or "any country"
#   $topic (String) - the topic focus chosen, or "any topic"
#   $role (String) - who among the partnerships' people
#   $count (Number) - people reached
newsletter-audience = 👥 Хто атрымае бюлетэнь сеткі?
    Краіна: { $country }
    Напрамак: { $topic }
    Хто: { $role }

    { $count ->
        [0] Пакуль у гэтай групе нікога няма.
        [one] Яго атрымае { $count } чалавек.
        [few] Яго атрымаюць { $count } чалавекі.
        [many] Яго атрымаюць { $count } чалавек.
       *[other] Яго атрымаюць { $count } чалавека.
    } Тыя, хто адключыў аб'явы, не ўлічваюцца.
newsletter-role-everyone = Усе
newsletter-role-participants = Удзельнікі
newsletter-role-organisers = Арганізатары
newsletter-role-coaches = Коўчы
newsletter-country-button = 🌍 Краіна
newsletter-topic-button = 🏷 Напрамак
newsletter-any-country = Любая краіна
newsletter-any-topic = Любы напрамак
newsletter-choose-country = 🌍 Партнёрствы з якой краінай? (Краіны, якія называюць партнёрствы сеткі.)
newsletter-choose-topic = 🏷 Партнёрствы з якім напрамкам?
newsletter-preview-button = 👁 Папярэдні прагляд
# Variables:
#   $language (String) - language name
#   $count (Number) - readers of this language
newsletter-preview-header = 👁 Так яго ўбачаць чытачы, мова: { $language } ({ $count ->
        [one] { $count } чалавек
        [few] { $count } чалавекі
        [many] { $count } чалавек
       *[other] { $count } чалавека
    }):
# Variables:
#   $language (String) - language name
#   $count (Number) - recipients
newsletter-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
newsletter-confirm = { $count ->
        [0] У гэтай групе нікога няма (тыя, хто адключыў аб'явы, не ўлічваюцца). Выберыце іншых атрымальнікаў.
        [one] Бюлетэнь атрымае { $count } чалавек ({ $parts }). Адправіць?
        [few] Бюлетэнь атрымаюць { $count } чалавекі ({ $parts }). Адправіць?
        [many] Бюлетэнь атрымаюць { $count } чалавек ({ $parts }). Адправіць?
       *[other] Бюлетэнь атрымаюць { $count } чалавека ({ $parts }). Адправіць?
    }
# Variables:
#   $count (Number) - recipients
newsletter-send-button = 📰 Адправіць ({ $count })
newsletter-schedule-button = 🕒 Адправіць пазней
newsletter-edit-audience-button = 👥 Іншыя атрымальнікі
# Variables:
#   $city (String) - the city whose clock the typed time is on
newsletter-ask-time = Калі адправіць? Укажыце дату і час, напрыклад 24.04.2027 09:00 (па часе горада { $city }).
# Variables:
#   $when (String) - date and time, saying whose time it is
newsletter-scheduled = 🕒 Адпраўка бюлетэня сеткі запланавана на { $when }.
newsletter-heading = 📰 Бюлетэнь сеткі
# Variables:
#   $language (String) - the original's language
newsletter-machine-line = 🤖 Машынны пераклад, мова арыгінала: { $language }. Арыгінал — па кнопцы ніжэй.
# Variables:
#   $language (String) - the original's language
newsletter-original-line = Мова арыгінала: { $language }. Версіі на вашай мове няма.
newsletter-original-button = 📄 Паказаць арыгінал
newsletter-draft-missing = Гэты бюлетэнь больш не рэдагуецца. Пачніце зноў у меню сеткі.
newsletter-error-use-buttons = Калі ласка, на гэтым кроку выкарыстоўвайце кнопкі.
newsletter-error-section = У раздзеле патрэбны загаловак у першым радку і тэкст пад ім. Калі ласка, адпраўце яго яшчэ раз.
# Variables:
#   $limit (Number) - most sections
newsletter-error-sections = { $limit ->
        [one] У бюлетэні не больш за { $limit } раздзел. Дадайце версіі або выберыце атрымальнікаў.
        [few] У бюлетэні не больш за { $limit } раздзелы. Дадайце версіі або выберыце атрымальнікаў.
        [many] У бюлетэні не больш за { $limit } раздзелаў. Дадайце версіі або выберыце атрымальнікаў.
       *[other] У бюлетэні не больш за { $limit } раздзелаў. Дадайце версіі або выберыце атрымальнікаў.
    }
# Variables:
#   $limit (Number) - most characters
newsletter-error-too-long = { $limit ->
        [one] Занадта доўга: у бюлетэні на кожнай мове не больш за { $limit } сімвал. Калі ласка, адпраўце карацейшы раздзел.
        [few] Занадта доўга: у бюлетэні на кожнай мове не больш за { $limit } сімвалы. Калі ласка, адпраўце карацейшы раздзел.
        [many] Занадта доўга: у бюлетэні на кожнай мове не больш за { $limit } сімвалаў. Калі ласка, адпраўце карацейшы раздзел.
       *[other] Занадта доўга: у бюлетэні на кожнай мове не больш за { $limit } сімвалаў. Калі ласка, адпраўце карацейшы раздзел.
    }
newsletter-error-time-unclear = У гэту ноч пераводзяць гадзіннік: такога часу няма або ён надыходзіць двойчы. Калі ласка, укажыце іншы час.
newsletter-staff-only = Бюлетэнь сеткі пішуць супрацоўнікі сеткі.
newsletter-back-to-audience = ⬅️ Назад

## calendar
# Variables:
#   $country (String) - the country chosen, or "any country"
#   $topic (String) - the topic chosen, or "any topic"
calendar-home = 📅 Каляндар сеткі
    Краіна: { $country } · Напрамак: { $topic }
calendar-empty = Для гэтага выбару няма бліжэйшых адкрытых варкшопаў і падзей сеткі.
calendar-feed = 📎 Падпіска на каляндар у вашай праграме (гэты выбар, на вашай мове):
calendar-feed-none = 📎 Падпіска на каляндар пакуль недаступная.
calendar-country-button = 🌍 Краіна
calendar-topic-button = 🏷 Напрамак
calendar-choose-country = 🌍 Варкшопы партнёрстваў з якой краінай? Падзеі сеткі паказваюцца заўсёды.
calendar-choose-topic = 🏷 Варкшопы партнёрстваў з якім напрамкам? Падзеі сеткі паказваюцца заўсёды.
calendar-public-add = 🌐 Дадаць у каляндар сеткі
calendar-public-remove = 🌐 У каляндары · прыбраць
calendar-feed-name = Каляндар сеткі
calendar-error-end-before-start = Канец павінен быць пазней за пачатак.
calendar-event-new-button = ➕ Новая падзея сеткі
calendar-back-button = 📅 Каляндар сеткі
calendar-event-ask-title = ➕ Новая падзея сеткі для каляндара (напрыклад, Дзень гарадоў-партнёраў). Адпраўце яе назву.
calendar-event-ask-description = Адпраўце кароткае апісанне або «-», калі яго няма.
calendar-event-ask-city = Па часе якога горада пазначаны яе пачатак і канец?
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-start = Калі пачатак? Укажыце дату і час, напрыклад 24.04.2027 10:00 (па часе горада { $city }).
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-end = Калі канец? Укажыце час, напрыклад 16:00, або дату і час, напрыклад 25.04.2027 13:00 (па часе горада { $city }).
calendar-event-ask-place = Дзе яна праходзіць? Адпраўце месца або «-», калі яго няма.
calendar-event-ask-link = Адпраўце спасылку (пачынаецца з https://) з падрабязнасцямі або «-», калі яе няма.
calendar-event-created = ✅ Падзея дададзена ў каляндар сеткі:
# Variables:
#   $limit (Number) - most characters
calendar-error-text = { $limit ->
        [one] Калі ласка, адпраўце тэкст не даўжэйшы за { $limit } сімвал.
        [few] Калі ласка, адпраўце тэкст не даўжэйшы за { $limit } сімвалы.
        [many] Калі ласка, адпраўце тэкст не даўжэйшы за { $limit } сімвалаў.
       *[other] Калі ласка, адпраўце тэкст не даўжэйшы за { $limit } сімвала.
    }
calendar-error-link = Спасылка пачынаецца з https://. Калі ласка, адпраўце яе яшчэ раз або «-», калі яе няма.
newsletter-unschedule-button = ✖️ Скасаваць гэты бюлетэнь
newsletter-unscheduled = Скасавана — бюлетэнь сеткі не будзе адпраўлены.
newsletter-already-started = Гэты бюлетэнь ужо адпраўляецца: скасаваць яго нельга.

## the delivery report of a newsletter (like an announcement's)
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-sending = 📰 Бюлетэнь сеткі адпраўляецца… адпраўлена { $sent } з { $total } · чакаюць: { $waiting } · заблакавалі бота: { $blocked } · памылкі: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-delivered = ✅ Бюлетэнь сеткі дастаўлены: адпраўлена { $sent } з { $total } · заблакавалі бота: { $blocked } · памылкі: { $failed }
