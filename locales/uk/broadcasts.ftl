staff-broadcast = 📣 Оголошення
menu-unexpected-file = З файлом тут я нічого не можу зробити. Будь ласка, скористайтеся кнопками під повідомленнями.

broadcasts-ask-text = 📣 Нове оголошення. Надішліть текст — жирний, курсив і посилання працюють як зазвичай у Telegram. Можна також надіслати фото або файл із текстом у підписі.
broadcasts-cancelled = Скасовано — нічого не надіслано.
# Variables:
#   $language (String) - language name
broadcasts-ask-version = Надішліть оголошення мовою: { $language }.
# Variables:
#   $languages (String) - languages written so far
broadcasts-versions = Написано мовами: { $languages }. Кожен отримає версію своєю мовою, решта — першу. Додайте версію або виберіть отримувачів.
broadcasts-choose-audience = Вибрати отримувачів ▶️
broadcasts-ask-audience = Хто має його отримати?
broadcasts-audience-all = 👥 Усі в партнерстві
# Variables:
#   $city (String) - city
broadcasts-audience-city = 🏙 Усі з міста { $city }
# Variables:
#   $title (String) - workshop title
broadcasts-audience-confirmed = ✅ Підтверджені: { $title }
# Variables:
#   $title (String) - workshop title
broadcasts-audience-waitlisted = ⏳ Лист очікування: { $title }
broadcasts-audience-coaches = 🧭 Усі коучі
# Variables:
#   $language (String) - language name
broadcasts-audience-language = 🗣 Мова: { $language }
# Variables:
#   $theme (String) - theme
broadcasts-audience-interest = 💡 Інтерес: { $theme }
# Variables:
#   $language (String) - language name
#   $count (Number) - readers
broadcasts-preview-header = 👁 Так побачать читачі мовою «{ $language }» ({ $count }):
# Variables:
#   $language (String) - language name
#   $count (Number) - readers
broadcasts-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
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
#   $zone (String) - time zone
broadcasts-ask-time = Коли надіслати? Вкажіть дату й час, наприклад 24.04.2027 09:00 (час у поясі { $zone }).
# Variables:
#   $when (String) - date and time
broadcasts-scheduled = 🕒 Заплановано на { $when }. До того часу його можна скасувати.
broadcasts-unschedule = ✖️ Скасувати це оголошення
broadcasts-unscheduled = Скасовано — оголошення не буде надіслано.
broadcasts-already-started = Розсилка вже почалася; її не можна змінити чи скасувати.
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-progress = 📣 Надсилається… надіслано { $sent } з { $total } · чекають: { $waiting } · заблокували бота: { $blocked } · помилки: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-finished = ✅ Оголошення доставлено: надіслано { $sent } з { $total } · заблокували бота: { $blocked } · помилки: { $failed }
broadcasts-error-format = Таке оформлення тексту надіслати не можна. Будь ласка, надішліть його без незвичного форматування.
broadcasts-error-empty = В оголошенні потрібен текст.
# Variables:
#   $limit (Number) - maximum length
broadcasts-error-too-long = Задовго для одного повідомлення Telegram: будь ласка, не більше { $limit } символів.
broadcasts-error-use-buttons = Будь ласка, на цьому кроці використовуйте кнопки.
broadcasts-draft-missing = Це оголошення більше не редагується. Почніть знову з інструментів організаторів.

## Статистика для організаторів
staff-stats = 📊 Статистика
# Variables:
#   $partnership (String) - partnership name
#   $participants (Number) - participants
insight-title = 📊 { $partnership }: { $participants ->
        [one] { $participants } учасник
        [few] { $participants } учасники
        [many] { $participants } учасників
       *[other] { $participants } учасника
    }
# Variables:
#   $label (String) - a city or a language
#   $count (Number) - people
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
#   $title (String) - workshop
#   $confirmed (Number) - confirmed
#   $waitlisted (Number) - waiting
#   $attended (Number) - came
insight-workshop-line = • { $title }: підтверджено { $confirmed } · чекають { $waitlisted } · прийшли { $attended }
# Variables:
#   $count (Number) - announcements
insight-broadcasts = 📣 Надіслано оголошень: { $count }
insight-chart-title = Учасники за містами й мовами
insight-export-participants = 📄 Учасники (CSV)
insight-export-registrations = 📄 Записи (CSV)
insight-csv-name = Ім'я
insight-csv-city = Місто
insight-csv-language = Мова
insight-csv-speaks = Володіє
insight-csv-interests = Інтереси
insight-csv-joined = З нами з
insight-csv-workshop = Воркшоп
insight-csv-status = Статус
insight-csv-signed-up = Записано (UTC)

# Variables:
#   $ideas (Number) - published ideas
#   $votes (Number) - votes cast
insight-ideas = 💡 Ідей: { $ideas } · голосів: { $votes }
insight-export-ideas = 📄 Ідеї з голосами (CSV)
insight-csv-number = №
insight-csv-idea = Ідея
insight-csv-themes = Теми
insight-csv-votes = Голоси
insight-csv-supporters = Хочуть долучитися
insight-csv-submitted = Подано
