staff-broadcast = 📣 Аб'ява
menu-unexpected-file = З файлам тут я нічога не магу зрабіць. Калі ласка, скарыстайцеся кнопкамі пад паведамленнямі.

broadcasts-ask-text = 📣 Новая аб'ява. Дашліце тэкст — тлусты шрыфт, курсіў і спасылкі працуюць, як звычайна ў Telegram. Можна таксама даслаць фота або файл з тэкстам у подпісе.
broadcasts-cancelled = Скасавана — нічога не адпраўлена.
# Variables:
#   $language (String) - language name, lower case, e.g. "нямецкая"
broadcasts-ask-version = Дашліце аб'яву на мове: { $language }.
# Variables:
#   $languages (String) - list of language names written so far
broadcasts-versions = Напісана на мовах: { $languages }. Кожны атрымае версію на сваёй мове, астатнія — першую. Дадайце версію або выберыце атрымальнікаў.
broadcasts-choose-audience = Выбраць атрымальнікаў ▶️
broadcasts-ask-audience = Хто павінен яе атрымаць?
broadcasts-audience-workshops = Варкшопы: 🎟 — пацверджаныя ўдзельнікі, ⏳ — спіс чакання
# Variables:
#   $number (Number) - the workshop's number, as on its buttons
#   $title (String) - workshop title
#   $when (String) - its time, saying whose time it is
broadcasts-audience-workshop-line = { $number }. { $title } — { $when }
broadcasts-audience-interests = 💡 Цікавяцца тэмай:
# Variables:
#   $number (Number) - the theme's number, as on its button
#   $theme (String) - theme name
broadcasts-audience-interest-line = { $number }. { $theme }
broadcasts-audience-all = 👥 Усе ў партнёрстве
# Variables:
#   $city (String) - city name, used after the noun «горада»
broadcasts-audience-city = 🏙 Усе з горада { $city }
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-confirmed = 🎟 { $number } ідуць
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-waitlisted = ⏳ { $number } чакаюць
broadcasts-audience-coaches = 🧭 Усе коўчы
# Variables:
#   $language (String) - language name, lower case; the button shares its row with another (≤ 14 characters)
broadcasts-audience-language = 🗣 { $language }
# Variables:
#   $number (Number) - the theme's number in the list above the buttons
broadcasts-audience-interest = 💡 { $number }
# Variables:
#   $language (String) - language name, lower case
#   $count (Number) - readers
broadcasts-preview-header = 👁 Прагляд: { $language } (атрымальнікаў: { $count }):
# Variables:
#   $language (String) - language name, lower case
#   $count (Number) - readers
broadcasts-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language, e.g. "нямецкая: 3, руская: 4"
broadcasts-confirm = { $count ->
        [0] Такіх атрымальнікаў няма (тыя, хто адключыў аб'явы, не ўлічваюцца). Выберыце іншых атрымальнікаў.
        [one] Атрымае { $count } чалавек ({ $parts }). Адправіць?
        [few] Атрымаюць { $count } чалавекі ({ $parts }). Адправіць?
        [many] Атрымаюць { $count } чалавек ({ $parts }). Адправіць?
       *[other] Атрымаюць { $count } чалавека ({ $parts }). Адправіць?
    }
broadcasts-send-now = 📣 Адправіць зараз
broadcasts-schedule = 🕒 Адправіць пазней
broadcasts-other-audience = 👥 Іншыя атрымальнікі
# Variables:
#   $city (String) - the city whose clock the time is on, e.g. "Karlsruhe"
broadcasts-ask-time = Калі адправіць? Пазначце дату і час, напрыклад 24.04.2027 09:00 (па часе горада { $city }).
# Variables:
#   $when (String) - date and time
broadcasts-scheduled = 🕒 Аб'ява запланавана на { $when }. Да таго часу яе можна скасаваць.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the city whose clock it is
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
broadcasts-time-gap = ⏰ { $place }, { $date }: часу { $time } не існуе — гадзіннікі пераводзяць адразу на { $jump }. Узяць { $suggestion }? Можна таксама адправіць іншы час.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the city whose clock it is
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
broadcasts-time-fold = ⏰ { $place }, { $date }: час { $time } надыходзіць двойчы — па летнім часе ({ $summer }) ці па зімовым ({ $winter })? Можна таксама адправіць іншы час.
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
broadcasts-time-use = Узяць { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
broadcasts-time-summer = Летні час ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
broadcasts-time-winter = Зімовы час ({ $zone })
broadcasts-unschedule = ✖️ Скасаваць гэтую аб'яву
broadcasts-unscheduled = Скасавана — аб'ява не будзе адпраўлена.
broadcasts-already-started = Гэтая аб'ява ўжо рассылаецца: змяніць або скасаваць яе нельга.
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-progress = 📣 Адпраўляецца… адпраўлена { $sent } з { $total } · чакаюць: { $waiting } · заблакавалі бота: { $blocked } · памылкі: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-finished = ✅ Аб'ява дастаўлена: адпраўлена { $sent } з { $total } · заблакавалі бота: { $blocked } · памылкі: { $failed }
broadcasts-error-format = Такое афармленне тэксту адправіць нельга. Калі ласка, дашліце яго без незвычайнага фарматавання.
broadcasts-error-empty = У аб'яве патрэбны тэкст.
# Variables:
#   $limit (Number) - maximum length
broadcasts-error-too-long = Занадта доўга для аднаго паведамлення Telegram: калі ласка, не больш за { $limit ->
        [one] { $limit } сімвал
        [few] { $limit } сімвалы
        [many] { $limit } сімвалаў
       *[other] { $limit } сімвала
    }.
broadcasts-error-use-buttons = Калі ласка, на гэтым кроку карыстайцеся кнопкамі.
broadcasts-draft-missing = Гэтая аб'ява больш не рэдагуецца. Пачніце зноў з інструментаў арганізатараў.

## Статыстыка для арганізатараў
staff-stats = 📊 Статыстыка
# Variables:
#   $partnership (String) - partnership name, gender unknown
#   $participants (Number) - participants
insight-title = 📊 { $partnership }: { $participants ->
        [one] { $participants } удзельнік
        [few] { $participants } удзельнікі
        [many] { $participants } удзельнікаў
       *[other] { $participants } удзельніка
    }
# Variables:
#   $label (String) - a city or a language
#   $count (Number) - people
insight-line = • { $label }: { $count }
insight-languages = Мовы:
# Variables:
#   $count (Number) - workshops
insight-workshops = { $count ->
        [0] Варкшопаў пакуль няма.
        [one] { $count } варкшоп:
        [few] { $count } варкшопы:
        [many] { $count } варкшопаў:
       *[other] { $count } варкшопа:
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $confirmed (Number) - confirmed
#   $waitlisted (Number) - waiting
#   $attended (Number) - came
insight-workshop-line = • { $title }: пацверджана: { $confirmed } · у спісе чакання: { $waitlisted } · прыйшлі: { $attended }
# Variables:
#   $count (Number) - announcements
insight-broadcasts = 📣 Адпраўлена аб'яў: { $count }
insight-chart-title = Удзельнікі па гарадах і мовах
insight-export-participants = 📄 Удзельнікі (CSV)
insight-export-registrations = 📄 Запісы (CSV)
insight-csv-name = Імя
insight-csv-city = Горад
insight-csv-language = Мова
insight-csv-speaks = Валодае мовамі
insight-csv-interests = Інтарэсы
insight-csv-joined = Дата далучэння
insight-csv-workshop = Варкшоп
insight-csv-status = Статус
# Variables:
#   $city (String) - горад, па гадзінніку якога пазначаны час, напр. "Карлсруэ"
insight-csv-signed-up = Дата запісу (час горада { $city })

# Variables:
#   $ideas (Number) - published ideas
#   $votes (Number) - votes cast
insight-ideas = 💡 Ідэй: { $ideas } · галасоў: { $votes }
insight-export-ideas = 📄 Ідэі з галасамі (CSV)
insight-csv-number = №
insight-csv-idea = Ідэя
insight-csv-themes = Тэмы
insight-csv-votes = Галасы
insight-csv-supporters = Хочуць удзельнічаць
insight-csv-submitted = Дата падачы

# Variables:
#   $partnership (String) - the partnership an announcement comes from, e.g. "Karlsruhe ↔ Krasnodar"
broadcasts-heading = 📣 { $partnership }:
broadcasts-mute = 🔕 Адключыць аб'явы
broadcasts-muted = 🔕 Аб'явы адключаныя. Уключыць іх зноў можна ў «Профіль».
