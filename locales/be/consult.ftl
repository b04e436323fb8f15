## consult (booking a consultation)
commands-consult = Запісацца на кансультацыю ў офісе сеткі

consult-home =
    🗓 Кансультацыі офіса сеткі
    Па якім пытанні вам патрэбна парада? Выберыце тэму, потым мову і час.
consult-mine-button = 📋 Мае запісы
consult-new-button = 🗓 Запісацца
# Variables:
#   $topic (String) - the chosen topic
consult-language-ask =
    { $topic }
    На якой мове вы хочаце размаўляць? Вашы мовы — першымі.
# Variables:
#   $language (String) - the language the person chose
#   $available (String) - the languages hosts speak for this topic, as a list
#   $count (Number) - how many languages are available
consult-language-none =
    Па гэтай тэме пакуль ніводзін кансультант не размаўляе на мове «{ $language }».
    { $count ->
        [0] Цяпер па гэтай тэме няма кансультацый: калі ласка, выберыце іншую тэму.
        [1] Даступна: { $available }.
       *[other] Даступна: { $available }.
    }
# Variables:
#   $count (Number) - how many toolbox entries are suggested
consult-tips =
    Магчыма, гэта дапаможа адразу
    { $count ->
        [1] Гэты матэрыял з інструментарыя адносіцца да вашай тэмы.
        [one] { $count } матэрыял з інструментарыя адносіцца да вашай тэмы.
        [few] { $count } матэрыялы з інструментарыя адносяцца да вашай тэмы.
        [many] { $count } матэрыялаў з інструментарыя адносяцца да вашай тэмы.
       *[other] { $count } матэрыялу з інструментарыя адносяцца да вашай тэмы.
    } Калі пытанне засталося, выберыце час.
consult-tips-go-on = 🗓 Паказаць час
# Variables:
#   $topic (String) - the chosen topic
#   $language (String) - the chosen language
#   $city (String) - the city whose clock the times are on (the person's)
#   $page (Number) - this page
#   $pages (Number) - number of pages
#   $slots (String) - the free times, grouped by day
consult-slots =
    { $topic } · { $language }
    Вольны час па часе горада { $city } (старонка { $page } з { $pages }):

    { $slots }

    Выберыце час па яго нумары. У дужках — час кансультанта, калі ён іншы.

# Variables:
#   $topic (String) - the chosen topic
consult-slots-none = У бліжэйшыя тыдні па тэме «{ $topic }» на гэтай мове няма вольнага часу. Зазірніце пазней або выберыце іншую тэму.
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - its clock time on the person's clock
consult-slot-button = { $number } · { $time }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $host (String) - the host's name
consult-slot-line = { $number }. { $time } · { $host }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $theirs (String) - start on the host's clock
#   $city (String) - the city naming the host's clock
#   $host (String) - the host's name
consult-slot-line-both = { $number }. { $time } · { $host } ({ $city } { $theirs })
# Variables:
#   $mine (String) - the time on the person's clock with its city
#   $host (String) - the time on the host's clock with its city
consult-time-both = { $mine } ({ $host })
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $minutes (Number) - length in minutes
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note for the host
#   $has_note (String) - yes when a note was typed, else no
consult-confirm =
    Запісацца на гэтую кансультацыю?
    Кансультант: { $host }
    Калі: { $when }
    Працягласць: { $minutes ->
        [one] { $minutes } хвіліна
        [few] { $minutes } хвіліны
        [many] { $minutes } хвілін
       *[other] { $minutes } хвілін
    }
    Тэма: { $topic }
    Мова: { $language }
    { $has_note ->
        [yes] Ваша нататка: { $note }
       *[no] Перад запісам можна напісаць кансультанту кароткую нататку (пра што вы хочаце пагаварыць).
    }
consult-book-button = ✔️ Запісацца
consult-move-button = ✔️ Перанесці сюды
# Variables:
#   $limit (Number) - the longest note allowed
consult-note-too-long = { $limit ->
        [one] Нататка можа мець не больш за { $limit } сімвал. Калі ласка, скараціце яе.
        [few] Нататка можа мець не больш за { $limit } сімвалы. Калі ласка, скараціце яе.
        [many] Нататка можа мець не больш за { $limit } сімвалаў. Калі ласка, скараціце яе.
       *[other] Нататка можа мець не больш за { $limit } сімвалаў. Калі ласка, скараціце яе.
    }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-booked =
    ✅ Вы запісаны: { $when }, кансультант { $host }.
    { $has_link ->
        [yes] Спасылка на відэазванок: { $link }
       *[no] Кансультант паведаміць, як вы сустрэнецеся.
    }
    Файл календара ніжэй дадасць запіс у ваш каляндар; напаміны прыйдуць за дзень і за гадзіну.
# Variables:
#   $when (String) - the new date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-moved =
    ✅ Запіс перанесены на { $when }, кансультант { $host }. Ранейшы час зноў вольны.
    { $has_link ->
        [yes] Спасылка на відэазванок: { $link }
       *[no] Кансультант паведаміць, як вы сустрэнецеся.
    }
# Variables:
#   $host (String) - the host's name
consult-ics-summary = Кансультацыя: { $host }
# Variables:
#   $person (String) - who booked
#   $when (String) - date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
#   $before (String) - unused here
consult-host-booked =
    🗓 Новы запіс: { $person }, { $when }.
    Тэма: { $topic } · { $language }
    { $has_note ->
        [yes] Нататка: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who booked
#   $when (String) - the new date and time on the host's clock
#   $before (String) - the old date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
consult-host-moved =
    🗓 { $person }: запіс перанесены з { $before } на { $when }.
    Тэма: { $topic } · { $language }
    { $has_note ->
        [yes] Нататка: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who cancelled
#   $when (String) - date and time on the host's clock
#   $late (String) - yes when cancelled after the host's cut-off, else no
consult-host-cancelled = { $late ->
        [yes] ✖️ { $person }: запіс на { $when } скасаваны позна (пасля вашага тэрміну скасавання).
       *[no] ✖️ { $person }: запіс на { $when } скасаваны.
    }
consult-mine-none = У вас няма запісаў на кансультацыі.
# Variables:
#   $count (Number) - how many bookings
#   $bookings (String) - the bookings, one a line
consult-mine =
    { $count ->
        [1] Ваш запіс
        [one] Вашы запісы: { $count }
        [few] Вашы запісы: { $count }
        [many] Вашы запісы: { $count }
       *[other] Вашы запісы: { $count }
    }
    { $bookings }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $topic (String) - the topic
consult-mine-line = • { $when }, { $host }, { $topic }
# Variables:
#   $line (String) - the booking: time, host, topic
#   $link (String) - the video link
#   $has_link (String) - yes when there is a video link, else no
#   $note (String) - the person's note
#   $has_note (String) - yes when there is a note, else no
consult-card =
    Ваш запіс
    { $line }
    { $has_link ->
        [yes] Спасылка на відэазванок: { $link }
       *[no] {""}
    }
    { $has_note ->
        [yes] Ваша нататка: { $note }
       *[no] {""}
    }
consult-reschedule-button = 🔁 Выбраць іншы час
consult-cancel-button = ✖️ Скасаваць запіс
# Variables:
#   $line (String) - the booking: time, host, topic
#   $late (String) - yes when it is after the host's cut-off, else no
#   $hours (Number) - the host's cut-off in hours
consult-cancel-ask =
    Скасаваць гэты запіс?
    { $line }
    { $late ->
        [yes] { $hours ->
            [one] ⚠️ Да пачатку менш за { $hours } гадзіну: кансультант просіць скасоўваць раней. Скасаванне будзе адзначана як позняе, кансультант атрымае паведамленне.
            [few] ⚠️ Да пачатку менш за { $hours } гадзіны: кансультант просіць скасоўваць раней. Скасаванне будзе адзначана як позняе, кансультант атрымае паведамленне.
            [many] ⚠️ Да пачатку менш за { $hours } гадзін: кансультант просіць скасоўваць раней. Скасаванне будзе адзначана як позняе, кансультант атрымае паведамленне.
           *[other] ⚠️ Да пачатку менш за { $hours } гадзін: кансультант просіць скасоўваць раней. Скасаванне будзе адзначана як позняе, кансультант атрымае паведамленне.
        }
       *[no] Кансультант атрымае паведамленне, а час вызваліцца для іншых.
    }
consult-cancel-yes-button = ✖️ Так, скасаваць
consult-cancel-keep-button = ⬅️ Не, пакінуць
# Variables:
#   $line (String) - the booking: time, host, topic
consult-cancelled =
    Запіс скасаваны: { $line }
    Файл календара ніжэй выдаліць яго з вашага календара.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $link (String) - the video link (may be empty)
consult-reminder =
    ⏰ Напамін: ваша кансультацыя, кансультант { $host }, { $when }.
    { $link }
consult-booking-gone = Гэты запіс больш не дзейнічае.
consult-refused-notice = Гэты час занадта хутка: кансультанту трэба больш часу на падрыхтоўку. Выберыце пазнейшы час.
consult-refused-horizon = Гэты час занадта далёка наперадзе. Выберыце раней.
consult-refused-taken = Гэты час толькі што занялі. Выберыце іншы.
# Variables:
#   $limit (Number) - how many open bookings one person may hold with this host
consult-refused-limit = { $limit ->
        [1] У вас ужо ёсць запіс да гэтага кансультанта: можна толькі адзін за раз.
        [one] У вас ужо { $limit } запіс да гэтага кансультанта: больш за раз нельга.
        [few] У вас ужо { $limit } запісы да гэтага кансультанта: больш за раз нельга.
        [many] У вас ужо { $limit } запісаў да гэтага кансультанта: больш за раз нельга.
       *[other] У вас ужо { $limit } запісаў да гэтага кансультанта: больш за раз нельга.
    }
consult-refused-language = Гэты кансультант не размаўляе на гэтай мове.
consult-refused-topic = Гэты кансультант не кансультуе па гэтай тэме.
consult-refused-not-a-slot = Гэта не час кансультацый гэтага кансультанта.
consult-wait-button = 🔔 У спіс чакання
# Variables:
#   $topic (String) - the topic
#   $language (String) - the language
consult-waiting-joined = 🔔 Вы ў спісе чакання па тэме «{ $topic }», мова: { $language }. Калі вызваліцца час, бот прапануе яго вам, як толькі дойдзе ваша чарга; у вас будзе крыху часу, каб запісацца.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $topic (String) - the topic
#   $deadline (String) - until when the offer holds, with whose clock
consult-offer =
    🔔 Па тэме «{ $topic }» вызваліўся час: { $when }, кансультант { $host }.
    Ён замацаваны за вамі да { $deadline }; потым пяройдзе да наступнага ў спісе чакання.
consult-offer-take-button = ✔️ Запісацца
consult-offer-pass-button = ✖️ Не ў гэты раз
consult-offer-passed = Час пяройдзе да наступнага ў спісе чакання. Вы больш не ў спісе чакання па гэтай тэме.
consult-offer-gone = Гэтая прапанова больш не дзейнічае.
# Variables:
#   $topic (String) - the topic
consult-offer-expired = Вольны час па тэме «{ $topic }» не быў заняты своечасова і перайшоў да наступнага ў спісе чакання.
