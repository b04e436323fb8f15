staff-broadcast = 📣 Оголошення
menu-unexpected-file = З файлом тут я нічого не можу зробити. Будь ласка, скористайтеся кнопками під повідомленнями.

broadcasts-ask-text = 📣 Нове оголошення. Надішліть текст — жирний, курсив і посилання працюють як зазвичай у Telegram. Можна також надіслати фото або файл із текстом у підписі.
broadcasts-cancelled = Скасовано — нічого не надіслано.
# Variables:
#   $language (String) - language name, lower case nominative ("німецька"), written after "мовою:"
broadcasts-ask-version = Надішліть оголошення мовою: { $language }.
# Variables:
#   $languages (String) - languages written so far, a list of lower case nominatives ("німецька, українська")
broadcasts-versions = Написано мовами: { $languages }. Кожен отримає версію своєю мовою, решта — першу. Додайте версію або виберіть отримувачів.
broadcasts-choose-audience = Вибрати отримувачів ▶️
broadcasts-ask-audience = Хто має його отримати?
broadcasts-audience-workshops = Воркшопи: 🎟 — підтверджені учасники, ⏳ — список очікування
# Variables:
#   $number (Number) - the workshop's number, as on its buttons
#   $title (String) - workshop title
#   $when (String) - its time, saying whose time it is
broadcasts-audience-workshop-line = { $number }. { $title } — { $when }
broadcasts-audience-interests = 💡 Цікавляться темою:
# Variables:
#   $number (Number) - the theme's number, as on its button
#   $theme (String) - theme name
broadcasts-audience-interest-line = { $number }. { $theme }
broadcasts-audience-all = 👥 Усі в партнерстві
# Variables:
#   $city (String) - city name, nominative (after "з міста", so no case ending needed)
broadcasts-audience-city = 🏙 Усі з міста { $city }
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-confirmed = 🎟 { $number } записані
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-waitlisted = ⏳ { $number } чекають
broadcasts-audience-coaches = 🧭 Усі коучі
# Variables:
#   $language (String) - language name, lower case nominative ("німецька"); button, two in a row: at most 14 characters
broadcasts-audience-language = 🗣 { $language }
# Variables:
#   $number (Number) - the theme's number in the list above the buttons
broadcasts-audience-interest = 💡 { $number }
# Variables:
#   $language (String) - language name, lower case nominative ("німецька")
#   $count (Number) - readers; shown after the colon form, no noun agreement needed
broadcasts-preview-header = 👁 Попередній перегляд — { $language } (читачів: { $count }):
# Variables:
#   $language (String) - language name, lower case nominative ("німецька")
#   $count (Number) - readers of that language
broadcasts-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients; [0] is the empty audience
#   $parts (String) - recipients per language, e.g. "німецька: 3, українська: 4"
broadcasts-confirm = { $count ->
        [0] У цій групі нікого немає (ті, хто вимкнув оголошення, не враховуються). Виберіть іншу групу.
        [one] Отримає { $count } людина ({ $parts }). Надіслати?
        [few] Отримають { $count } людини ({ $parts }). Надіслати?
        [many] Отримають { $count } людей ({ $parts }). Надіслати?
       *[other] Отримають { $count } людини ({ $parts }). Надіслати?
    }
broadcasts-send-now = 📣 Надіслати зараз
broadcasts-schedule = 🕒 Надіслати пізніше
broadcasts-other-audience = 👥 Інші отримувачі
# Variables:
#   $city (String) - the city whose clock the time is on, e.g. "Karlsruhe"
broadcasts-ask-time = Коли надіслати? Вкажіть дату й час, наприклад 24.04.2027 09:00 (за часом міста { $city }).
# Variables:
#   $when (String) - date and time, already formatted
broadcasts-scheduled = 🕒 Заплановано на { $when }. До того часу його можна скасувати.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the city whose clock it is
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
broadcasts-time-gap = ⏰ { $place }, { $date }: часу { $time } не існує — годинники переводять одразу на { $jump }. Узяти { $suggestion }? Можна також надіслати інший час.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the city whose clock it is
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
broadcasts-time-fold = ⏰ { $place }, { $date }: час { $time } настає двічі — за літнім часом ({ $summer }) чи за зимовим ({ $winter })? Можна також надіслати інший час.
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
broadcasts-time-use = Узяти { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
broadcasts-time-summer = Літній час ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
broadcasts-time-winter = Зимовий час ({ $zone })
broadcasts-unschedule = ✖️ Скасувати це оголошення
broadcasts-unscheduled = Скасовано — оголошення не буде надіслано.
broadcasts-already-started = Надсилання цього оголошення вже почалося; його більше не можна змінити чи скасувати.
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-progress = 📣 Надсилаємо… надіслано { $sent } з { $total } · чекають: { $waiting } · заблокували бота: { $blocked } · не доставлено: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-finished = ✅ Оголошення надіслано: доставлено { $sent } з { $total } · заблокували бота: { $blocked } · не доставлено: { $failed }
broadcasts-error-format = Таке оформлення тексту надіслати не можна. Будь ласка, надішліть його без незвичного форматування.
broadcasts-error-empty = В оголошенні потрібен текст.
# Variables:
#   $limit (Number) - maximum length in characters (in practice 4096 or 1024)
broadcasts-error-too-long = { $limit ->
        [one] Задовго для одного повідомлення Telegram: будь ласка, не більше ніж { $limit } символ.
        [few] Задовго для одного повідомлення Telegram: будь ласка, не більше ніж { $limit } символи.
        [many] Задовго для одного повідомлення Telegram: будь ласка, не більше ніж { $limit } символів.
       *[other] Задовго для одного повідомлення Telegram: будь ласка, не більше ніж { $limit } символу.
    }
broadcasts-error-use-buttons = Будь ласка, на цьому кроці використовуйте кнопки.
broadcasts-draft-missing = Це оголошення більше не редагується. Почніть знову з інструментів організаторів.

## Статистика для організаторів
staff-stats = 📊 Статистика
# Variables:
#   $partnership (String) - partnership name, gender unknown
#   $participants (Number) - participants
insight-title = 📊 { $partnership }: { $participants ->
        [one] { $participants } учасник
        [few] { $participants } учасники
        [many] { $participants } учасників
       *[other] { $participants } учасника
    }
# Variables:
#   $label (String) - a city name or a language name (nominative)
#   $count (Number) - people; after a colon, no noun agreement needed
insight-line = • { $label }: { $count }
insight-languages = Мови:
# Variables:
#   $count (Number) - workshops
insight-workshops = { $count ->
        [0] Воркшопів поки немає.
        [one] { $count } воркшоп:
        [few] { $count } воркшопи:
        [many] { $count } воркшопів:
       *[other] { $count } воркшопу:
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $confirmed (Number) - confirmed people
#   $waitlisted (Number) - people on the waiting list
#   $attended (Number) - people who came
insight-workshop-line = • { $title }: підтверджено { $confirmed } · у списку очікування { $waitlisted } · прийшли { $attended }
# Variables:
#   $count (Number) - announcements sent; after a colon, no noun agreement needed
insight-broadcasts = 📣 Надіслано оголошень: { $count }
insight-chart-title = Учасники за містами й мовами
insight-export-participants = 📄 Учасники (CSV)
insight-export-registrations = 📄 Записи (CSV)
insight-csv-name = Ім'я
insight-csv-city = Місто
insight-csv-language = Мова
insight-csv-speaks = Володіє мовами
insight-csv-interests = Інтереси
insight-csv-joined = Дата приєднання
insight-csv-workshop = Воркшоп
insight-csv-status = Статус
# Variables:
#   $city (String) - місто, за годинником якого вказано час, напр. "Карлсруе"
insight-csv-signed-up = Дата запису (час міста { $city })

# Variables:
#   $ideas (Number) - published ideas; written as "Ідей: N" so no agreement is needed
#   $votes (Number) - votes cast; written as "голосів: N"
insight-ideas = 💡 Ідей: { $ideas } · голосів: { $votes }
insight-export-ideas = 📄 Ідеї з голосами (CSV)
insight-csv-number = №
insight-csv-idea = Ідея
insight-csv-themes = Теми
insight-csv-votes = Голоси
insight-csv-supporters = Хочуть долучитися
insight-csv-submitted = Дата подання

# Variables:
#   $partnership (String) - the partnership an announcement comes from, e.g. "Karlsruhe ↔ Krasnodar"
broadcasts-heading = 📣 { $partnership }:
broadcasts-mute = 🔕 Вимкнути оголошення
broadcasts-muted = 🔕 Оголошення вимкнено. Увімкнути їх знову можна в «Профіль».
