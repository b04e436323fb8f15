## Варкшопы: удзельнікі

menu-workshops = 📅 Варкшопы
commands-workshops = Варкшопы і запіс

workshops-kind-kickoff = Стартавы варкшоп (кік-оф)
workshops-kind-match_sprint = Варкшоп «Match & Sprint»
workshops-kind-sprint_succeed = Варкшоп «Sprint & Succeed»
workshops-kind-other = Мерапрыемства

# Variables:
#   $count (Number) - how many workshops are listed
workshops-list = 📅 Бліжэйшыя варкшопы — націсніце на любы, каб даведацца падрабязнасці і запісацца:
workshops-list-mine = 📅 Варкшопы, на якія вы запісаныя:
workshops-none = Бліжэйшых варкшопаў пакуль няма. Я паведамлю вам, як толькі з'явіцца новы.
workshops-none-mine = Вы не запісаныя ні на адзін з бліжэйшых варкшопаў.
workshops-show-all = 📅 Усе варкшопы
workshops-show-mine = ✅ Мае запісы
workshops-open = 📅 Адкрыць варкшоп
workshops-back-to-list = ⬅️ Усе варкшопы
workshops-sign-up = ✍️ Запісацца
workshops-cancel-signup = ✖️ Адмяніць запіс
workshops-place-online = Анлайн
# Variables:
#   $link (String) - the link to the online meeting
workshops-place-online-link = Анлайн: { $link }

# Variables:
#   $title (String) - workshop title
#   $kind (String) - kind of workshop
#   $when (String) - date and time in the reader's time zone
#   $place (String) - city and address, or online
#   $seats (Number) - seats left for the reader's city, -1 when unlimited
workshops-card =
    📅 { $title }
    { $kind }

    🕒 { $when }
    📍 { $place }
    🪑 { $seats ->
        [-1] Без абмежавання месцаў
        [0] Месцаў няма — можна стаць у ліст чакання
        [one] Засталося { $seats } месца
        [few] Засталося { $seats } месцы
        [many] Засталося { $seats } месцаў
       *[other] Засталося { $seats } месца
    }
# Variables:
#   $when (String) - date and time in the workshop city's time zone
workshops-card-local-time = (мясцовы час там: { $when })
# Variables:
#   $description (String) - the organisers' description
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code
workshops-status-confirmed = ✅ Вы запісаныя. Ваш код для рэгістрацыі на месцы: { $code }
# Variables:
#   $code (String) - personal check-in code
workshops-status-attended = ✅ Вы ўдзельнічалі. Дзякуй!
# Variables:
#   $position (Number) - place on the waitlist
workshops-status-waitlisted = ⏳ Вы ў лісце чакання, месца { $position }.
# Variables:
#   $deadline (String) - until when the seat is held
workshops-status-offered = 🎟 Для вас вызвалілася месца! Калі ласка, адкажыце да { $deadline }.

# Variables:
#   $number (Number) - which question
#   $total (Number) - how many questions
#   $required (String) - yes or no
workshops-question-header = Пытанне { $number } з { $total }{ $required ->
        [yes] {""}
       *[no] {" "}(па жаданні)
    }
workshops-question-who = Хто вы? Раскажыце крыху пра сябе.
workshops-question-hopes = Чаго вы чакаеце ад партнёрства гарадоў?
workshops-question-why = Чаму вы хочаце ўдзельнічаць?
workshops-question-else = Хочаце паведаміць нам нешта яшчэ?
# Variables:
#   $text (String) - the organisers' own question
workshops-question-custom = { $text }
workshops-signup-send = ✅ Адправіць
workshops-signup-aborted = Запіс адменены — нічога не захавана.

# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-signup-confirmed =
    ✅ Вы запісаныя: { $title }!

    🕒 { $when }
    📍 { $place }

    Ваш код для рэгістрацыі на месцы: { $code }
    Я нагадаю вам перад пачаткам.
workshops-calendar-caption = 📆 Дадайце ў свой каляндар.
# Variables:
#   $title (String) - workshop title
#   $position (Number) - place on the waitlist
workshops-signup-waitlisted =
    ⏳ На «{ $title }» зараз няма месцаў. Вы ў лісце чакання, месца { $position }.
    Калі месца вызваліцца, я адразу прапаную яго вам.

workshops-signup-not-open = Запіс на гэты варкшоп не адкрыты.
workshops-signup-cancelled = ❌ Гэты варкшоп адменены.
workshops-signup-closed = Запіс на гэты варкшоп закрыты.
workshops-signup-already = Вы ўжо запісаныя на гэты варкшоп.
workshops-gone = Гэтага варкшопа больш няма. Актуальныя — у /workshops.

# Variables:
#   $title (String) - workshop title
#   $partnership (String) - the partnership the workshop belongs to
workshops-link-other-partnership = Варкшоп «{ $title }» належыць да партнёрства { $partnership }, а не да вашага, таму запісацца на яго адсюль нельга. Калі вы пераехалі, партнёрства можна змяніць у профілі.

workshops-error-answer-missing = На гэтае пытанне трэба адказаць.
workshops-error-answer-empty = Калі ласка, напішыце некалькі слоў (або скарыстайцеся кнопкамі).
workshops-error-answer-long = Занадта доўга: калі ласка, не больш за 1000 сімвалаў.
workshops-error-use-buttons = Калі ласка, на гэтым кроку карыстайцеся кнопкамі.

workshops-cancel-ask = Вы сапраўды хочаце адмяніць запіс? Ваша месца пяройдзе наступнаму ў лісце чакання.
workshops-cancel-yes = Так, адмяніць
workshops-cancel-no = Не, захаваць месца
workshops-cancelled-by-you = Ваш запіс адменены. Вы можаце запісацца зноў, пакуль ёсць месцы.
workshops-cancel-not-possible = Гэты запіс больш нельга адмяніць.

workshops-offer-accept = ✅ Так, бяру месца
workshops-offer-decline = Не, дзякуй
# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $deadline (String) - until when the seat is held
workshops-offer =
    🎟 Добрая навіна: на «{ $title }» для вас вызвалілася месца!
    🕒 { $when }

    Калі ласка, адкажыце да { $deadline } — потым яно пяройдзе наступнаму.
workshops-offer-declined = Добра — месца пяройдзе наступнаму. Дзякуй, што паведамілі.
workshops-offer-gone = Гэтая прапанова ўжо несапраўдная.
# Variables:
#   $title (String) - workshop title
workshops-offer-expired = Месца на «{ $title }» было прапанавана вам, але час на адказ скончыўся, і яно перайшло наступнаму.

# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-reminder =
    ⏰ Напамін: { $title }
    🕒 { $when }
    📍 { $place }
    Ваш код для рэгістрацыі на месцы: { $code }
# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time it was planned for
workshops-cancelled-notice = ❌ «{ $title }» ({ $when }) адменены арганізатарамі. Нам вельмі шкада.
# Variables:
#   $title (String) - workshop title
#   $when (String) - the new date and time
workshops-time-changed = 🕒 Новы час для «{ $title }»: { $when }. Ваш запіс захоўваецца.
# Variables:
#   $title (String) - workshop title
#   $message (String) - the organisers' message
workshops-organiser-message =
    📣 Ад арганізатараў «{ $title }»:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended
#   $source_city (String) - city of that workshop
#   $online (String) - yes if it was online
#   $title (String) - title of the next workshop
#   $when (String) - its date and time
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 Вы ўдзельнічалі анлайн у «{ $source }».
       *[no] 👋 Вы ўдзельнічалі ў стартавым варкшопе ў горадзе { $source_city } («{ $source }»).
    }
    Запрашаем вас на наступны этап: { $title }, { $when }.

# Variables:
#   $title (String) - workshop title
workshops-feedback-ask = 🙏 Як прайшоў «{ $title }»? Ацаніце ад 1 (дрэнна) да 5 (выдатна).
workshops-feedback-comment = 💬 Дадаць каментарый
workshops-feedback-ask-comment = Напішыце каментарый адным паведамленнем.
# Variables:
#   $rating (Number) - the rating given
workshops-feedback-thanks = Дзякуй за ацэнку ({ $rating } з 5)!
workshops-feedback-comment-thanks = Дзякуй — ваш каментарый захаваны.

## Варкшопы: арганізатары

staff-workshops = 📅 Варкшопы
workshops-new = ➕ Новы варкшоп
# Variables:
#   $partnership (String) - partnership name
#   $count (Number) - how many workshops
workshops-organiser-list = { $count ->
        [0] Для партнёрства { $partnership } варкшопаў пакуль няма.
        [one] { $count } варкшоп партнёрства { $partnership }:
        [few] { $count } варкшопы партнёрства { $partnership }:
        [many] { $count } варкшопаў партнёрства { $partnership }:
       *[other] { $count } варкшопа партнёрства { $partnership }:
    }
workshops-draft-ask-kind = Новы варкшоп: якога ён тыпу?
workshops-draft-ask-title = Дашліце назву (да 100 сімвалаў).
workshops-draft-ask-description = Дашліце кароткае апісанне (да 1000 сімвалаў) або прапусціце.
workshops-draft-ask-place = Дзе ён праходзіць?
workshops-draft-ask-address = Дашліце адрас месца правядзення або прапусціце.
workshops-draft-ask-link = Дашліце спасылку на анлайн-сустрэчу (пачынаецца з https://). Яе ўбачаць толькі пацверджаныя ўдзельнікі.
# Variables:
#   $zone (String) - time zone the times are in
workshops-draft-ask-start = Калі ён пачынаецца? Дашліце дату і час, напрыклад 24.04.2027 18:30 (час у поясе { $zone }).
# Variables:
#   $zone (String) - time zone the times are in
workshops-draft-ask-end = Калі ён заканчваецца? Дашліце час, напрыклад 21:00, або дату і час (час у поясе { $zone }).
workshops-draft-ask-capacity = Колькі месцаў? Дашліце лік або выберыце «без абмежавання».
workshops-draft-ask-quotas = Задаць месцы па гарадах (напрыклад, 15 Карлсруэ + 15 Краснадар)?
# Variables:
#   $city (String) - city name
workshops-draft-ask-quota = Колькі месцаў для ўдзельнікаў з горада { $city }?
# Variables:
#   $zone (String) - time zone
workshops-draft-ask-deadline = Да якога моманту можна запісацца? Дашліце дату і час (у поясе { $zone }) або пакіньце запіс адкрытым да пачатку.
# Variables:
#   $questions (String) - the list of questions
workshops-draft-ask-questions =
    Пытанні, на якія адказваюць пры запісе:
    { $questions }

    Націсніце на пытанне, каб зрабіць яго абавязковым або неабавязковым, выдаліце яго або дадайце сваё.
workshops-draft-ask-question-text = Дашліце пытанне.
workshops-draft-ask-question-choice-text = Дашліце пытанне; варыянты адказу — наступным паведамленнем.
workshops-draft-ask-question-choices = Дашліце варыянты адказу, па адным у радку (ад 2 да 8).
workshops-draft-no-questions = (без пытанняў)
# Variables:
#   $number (Number) - question number
#   $text (String) - question text
#   $required (String) - yes or no
workshops-draft-question-line = { $number }. { $text }{ $required ->
        [yes] {" "}(абавязковае)
       *[no] {""}
    }
# Variables:
#   $number (Number) - question number
workshops-draft-question-required = { $number }: абавязковае ✅
# Variables:
#   $number (Number) - question number
workshops-draft-question-optional = { $number }: па жаданні
# Variables:
#   $number (Number) - question number
workshops-draft-question-remove = 🗑 { $number }
workshops-draft-add-text-question = ➕ Пытанне з вольным адказам
workshops-draft-add-choice-question = ➕ Пытанне з варыянтамі
workshops-draft-questions-done = Далей ▶️
workshops-draft-skip-description = Без апісання ▶️
workshops-draft-skip-address = Без адраса ▶️
workshops-draft-skip-deadline = Да пачатку ▶️
workshops-draft-unlimited = ♾ Без абмежавання
workshops-draft-quotas-yes = Так, месцы па гарадах
workshops-draft-quotas-no = Не, агульная колькасць месцаў
# Variables:
#   $kind (String) - kind
#   $title (String) - title
#   $when (String) - start and end
#   $place (String) - city or online
#   $capacity (Number) - seats, -1 when unlimited
#   $quotas (String) - seats per city
#   $deadline (String) - sign-up deadline
#   $questions (Number) - number of questions
workshops-draft-review =
    Калі ласка, праверце:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] без абмежавання
        [one] { $capacity } месца
        [few] { $capacity } месцы
        [many] { $capacity } месцаў
       *[other] { $capacity } месца
    } · па гарадах: { $quotas }
    Запіс да: { $deadline }
    { $questions ->
        [one] { $questions } пытанне
        [few] { $questions } пытанні
        [many] { $questions } пытанняў
       *[other] { $questions } пытання
    }
workshops-draft-publish = 📢 Апублікаваць
workshops-draft-save = 📝 Захаваць чарнавік
workshops-draft-cancelled = Адменена — варкшоп не створаны.
# Variables:
#   $title (String) - title
workshops-draft-created = 📢 «{ $title }» апублікаваны. Удзельнікі бачаць яго ў /workshops.
# Variables:
#   $title (String) - title
workshops-draft-saved = 📝 «{ $title }» захаваны як чарнавік. Апублікуйце, калі будзеце гатовыя.
workshops-draft-missing = Гэты крок ужо закрыты. Пачніце зноў са спіса варкшопаў.

workshops-error-title-empty = Назва не можа быць пустой.
workshops-error-title-long = Назва занадта доўгая: калі ласка, не больш за 100 сімвалаў.
workshops-error-description-empty = Апісанне не можа быць пустым — або націсніце «Без апісання».
workshops-error-description-long = Апісанне занадта доўгае: калі ласка, не больш за 1000 сімвалаў.
workshops-error-in-past = Гэты момант ужо мінуў. Калі ласка, пазначце будучыя дату і час.
workshops-error-end-before-start = Канец павінен быць пазней за пачатак.
workshops-error-too-long = Варкшоп можа доўжыцца не больш за два тыдні.
workshops-error-capacity = Калі ласка, дашліце цэлы лік месцаў ад 1 да 10000.
workshops-error-quotas-over-capacity = Сума месцаў па гарадах большая за агульную колькасць месцаў.
workshops-error-link = Калі ласка, дашліце поўную спасылку, якая пачынаецца з https://
workshops-error-address = Калі ласка, дашліце адрас не даўжэйшы за 200 сімвалаў.
workshops-error-datetime = Не атрымалася разабраць. Калі ласка, напішыце так: 24.04.2027 18:30.
workshops-error-deadline = Канец запісу павінен быць у будучыні і да пачатку.
workshops-error-choices = Калі ласка, дашліце ад 2 да 8 варыянтаў, па адным у радку.
workshops-error-too-many-questions = У варкшопа можа быць не больш за 10 пытанняў.
workshops-error-incomplete = Не хапае некаторых даных. Калі ласка, прайдзіце крокі яшчэ раз.
# Variables:
#   $taken (Number) - seats already taken
workshops-error-capacity-below-taken = Ужо занята месцаў: { $taken }. Менш зрабіць нельга.
workshops-error-message-long = Паведамленне занадта доўгае: калі ласка, не больш за 3000 сімвалаў.
workshops-already-cancelled = Гэты варкшоп ужо адменены.

workshops-state-draft = 📝 чарнавік
workshops-state-published = 📢 апублікаваны
workshops-state-cancelled = ❌ адменены
# Variables:
#   $title (String) - title
#   $status (String) - draft, published, cancelled
#   $when (String) - date and time
#   $place (String) - place
#   $capacity (Number) - seats, -1 when unlimited
#   $confirmed (Number) - confirmed people
#   $attended (Number) - checked in
#   $waitlisted (Number) - waiting
#   $offered (Number) - with an open offer
workshops-manage-card =
    { $title } — { $status }
    🕒 { $when }
    📍 { $place }
    🪑 пацверджана: { $confirmed } з { $capacity ->
        [-1] без абмежавання
       *[other] { $capacity }
    } · прыйшлі: { $attended } · чакаюць: { $waitlisted } · з прапановай: { $offered }
workshops-manage-publish = 📢 Апублікаваць
workshops-manage-unpublish = 📝 Зняць з публікацыі
workshops-manage-attendees = 👥 Удзельнікі
workshops-manage-checkin = 🎫 Рэгістрацыя па кодзе
workshops-manage-csv = 📄 Экспарт CSV
workshops-manage-qr = 🔳 QR-код для плакатаў
workshops-manage-message = 📣 Паведамленне пацверджаным
workshops-manage-time = 🕒 Змяніць час
workshops-manage-capacity = 🪑 Змяніць колькасць месцаў
workshops-manage-translate = 🌐 Назва на іншых мовах
workshops-manage-next-stage = ➡️ Запрасіць на наступны этап
workshops-manage-cancel = ❌ Адмяніць варкшоп
workshops-manage-back = ⬅️ Назад
workshops-manage-cancel-yes = ❌ Так, адмяніць і паведаміць усім
# Variables:
#   $title (String) - title
#   $count (Number) - people registered
workshops-manage-cancel-ask = Адмяніць «{ $title }»? { $count ->
        [one] Запісаны { $count } чалавек, яму паведамяць.
        [few] Запісаныя { $count } чалавекі, ім паведамяць.
        [many] Запісана { $count } чалавек, ім паведамяць.
       *[other] Запісана { $count } чалавека, ім паведамяць.
    }
# Variables:
#   $count (Number) - people told
workshops-manage-cancelled = ❌ Адменена. { $count ->
        [one] Паведамляем { $count } чалавеку.
        [few] Паведамляем { $count } людзям.
        [many] Паведамляем { $count } людзям.
       *[other] Паведамляем { $count } людзям.
    }
# Variables:
#   $title (String) - title
#   $count (Number) - people registered
workshops-attendees = 👥 «{ $title }»: { $count ->
        [one] { $count } чалавек
        [few] { $count } чалавекі
        [many] { $count } чалавек
       *[other] { $count } чалавека
    }. Націсніце на імя, каб адзначыць прысутнасць.
# Variables:
#   $name (String) - display name
#   $status (String) - registration status
#   $code (String) - check-in code
workshops-attendee-line = { $name } · { $status } · { $code }
workshops-anonymous = (без імені)
workshops-registration-confirmed = пацверджаны
workshops-registration-waitlisted = чакае
workshops-registration-offered = прапанавана месца
workshops-registration-attended = прысутнічае
workshops-registration-cancelled = адменена
workshops-checkin-ask = Дашліце код рэгістрацыі (6 сімвалаў). Можна дасылаць коды адзін за адным.
# Variables:
#   $name (String) - display name
workshops-checkin-done = ✅ { $name } зарэгістраваны. Дашліце наступны код або вярніцеся назад.
workshops-checkin-unknown-code = ❓ Такога кода для гэтага варкшопа няма. Праверце яго і дашліце яшчэ раз.
workshops-csv-id = №
workshops-csv-name = Імя
workshops-csv-city = Горад
workshops-csv-status = Статус
workshops-csv-code = Код рэгістрацыі
workshops-csv-signed-up = Запісаны (UTC)
# Variables:
#   $title (String) - title
workshops-csv-caption = 📄 Удзельнікі «{ $title }»
workshops-qr-caption = 🔳 Надрукуйце гэта на плакатах: QR-код адкрывае запіс.
workshops-message-ask = Напішыце паведамленне для ўсіх пацверджаных удзельнікаў адным паведамленнем.
# Variables:
#   $count (Number) - recipients
workshops-message-queued = 📣 { $count ->
        [one] Ваша паведамленне адпраўляецца { $count } чалавеку.
        [few] Ваша паведамленне адпраўляецца { $count } людзям.
        [many] Ваша паведамленне адпраўляецца { $count } людзям.
       *[other] Ваша паведамленне адпраўляецца { $count } людзям.
    }
workshops-translate-choose = На якой мове дадаць назву?
# Variables:
#   $language (String) - language name
workshops-translate-ask = Дашліце назву на мове: { $language }.
workshops-time-updated = 🕒 Час зменены; усім запісаным паведамляем.
workshops-capacity-updated = 🪑 Колькасць месцаў зменена.
workshops-translation-saved = 🌐 Пераклад захаваны.
workshops-next-stage-choose = На які варкшоп запрасіць удзельнікаў?
workshops-next-stage-none = Апублікаванага варкшопа наступнага этапу пакуль няма. Спачатку стварыце і апублікуйце яго.
# Variables:
#   $count (Number) - people invited
workshops-next-stage-sent = ➡️ { $count ->
        [0] Запрашаць няма каго: нікога не адзначылі або ўсе ўжо запісаныя.
        [one] Запрашаем { $count } удзельніка.
        [few] Запрашаем { $count } удзельнікаў.
        [many] Запрашаем { $count } удзельнікаў.
       *[other] Запрашаем { $count } удзельніка.
    }
# Variables:
#   $title (String) - workshop title
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 «{ $title }» запоўнены на { $percent } %: занята { $taken } з { $capacity } месцаў.

workshops-manage-reminders = ⏰ Напаміны
workshops-reminders-choose = Калі нагадваць пацверджаным удзельнікам?
# Variables:
#   $hours (Number) - hours before the start
workshops-reminders-hours = за { $hours } г
workshops-reminders-none = Без напамінаў
workshops-reminders-updated = ⏰ Напаміны зменены і нанова запланаваны для ўсіх пацверджаных.
# Variables:
#   $language (String) - language name
workshops-translate-ask-description = Цяпер дашліце апісанне на мове: { $language } — або вярніцеся назад, калі апісання няма.
workshops-attendees-more = … астатнія адказы — у экспарце CSV.
