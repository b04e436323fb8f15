staff-broadcast = 📣 Объявление
menu-unexpected-file = С файлом здесь я ничего не могу сделать. Пожалуйста, воспользуйтесь кнопками под сообщениями.

broadcasts-ask-text = 📣 Новое объявление. Отправьте текст — жирный, курсив и ссылки работают как обычно в Telegram. Можно также отправить фото или файл с текстом в подписи.
broadcasts-cancelled = Отменено — ничего не отправлено.
# Variables:
#   $language (String) - language name
broadcasts-ask-version = Отправьте объявление на языке: { $language }.
# Variables:
#   $languages (String) - languages written so far, lower case
broadcasts-versions = Уже написано на языках: { $languages }. Каждый получит версию на своём языке, а если её нет — первую. Добавьте ещё версию или выберите получателей.
broadcasts-choose-audience = Выбрать получателей ▶️
broadcasts-ask-audience = Кому отправить объявление?
broadcasts-audience-workshops = Воркшопы: 🎟 — записанные участники, ⏳ — список ожидания
# Variables:
#   $number (Number) - the workshop's number, as on its buttons
#   $title (String) - workshop title
#   $when (String) - its time, saying whose time it is
broadcasts-audience-workshop-line = { $number }. { $title } — { $when }
broadcasts-audience-interests = 💡 Интересуются темой:
# Variables:
#   $number (Number) - the theme's number, as on its button
#   $theme (String) - theme name
broadcasts-audience-interest-line = { $number }. { $theme }
broadcasts-audience-all = 👥 Все в партнёрстве
# Variables:
#   $city (String) - city
broadcasts-audience-city = 🏙 Все из города { $city }
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-confirmed = 🎟 { $number } записаны
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-waitlisted = ⏳ { $number } ожидают
broadcasts-audience-coaches = 🧭 Все коучи
# Variables:
#   $language (String) - language name, lower case; button, two in a row: keep it short
broadcasts-audience-language = 🗣 { $language }
# Variables:
#   $number (Number) - the theme's number in the list above the buttons
broadcasts-audience-interest = 💡 { $number }
# Variables:
#   $language (String) - language name, lower case ("немецкий")
#   $count (Number) - readers
broadcasts-preview-header = 👁 Так объявление увидят читатели на языке «{ $language }» ({ $count }):
# Variables:
#   $language (String) - language name
#   $count (Number) - readers
broadcasts-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
broadcasts-confirm = { $count ->
        [0] В этой группе никого нет (те, кто отключил объявления, не учитываются). Выберите других получателей.
        [one] Объявление получит { $count } человек ({ $parts }). Отправить?
        [few] Объявление получат { $count } человека ({ $parts }). Отправить?
        [many] Объявление получат { $count } человек ({ $parts }). Отправить?
       *[other] Объявление получат { $count } человека ({ $parts }). Отправить?
    }
broadcasts-send-now = 📣 Отправить сейчас
broadcasts-schedule = 🕒 Отправить позже
broadcasts-other-audience = 👥 Другие получатели
# Variables:
#   $city (String) - the city whose clock the time is on, e.g. "Karlsruhe"
broadcasts-ask-time = Когда отправить? Укажите дату и время, например 24.04.2027 09:00 (по времени города { $city }).
# Variables:
#   $when (String) - date and time
broadcasts-scheduled = 🕒 Отправка запланирована на { $when }. До этого времени её можно отменить.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the city whose clock it is
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
broadcasts-time-gap = ⏰ { $place }, { $date }: времени { $time } не существует — часы переводят сразу на { $jump }. Взять { $suggestion }? Можно также отправить другое время.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the city whose clock it is
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
broadcasts-time-fold = ⏰ { $place }, { $date }: время { $time } наступает дважды — по летнему времени ({ $summer }) или по зимнему ({ $winter })? Можно также отправить другое время.
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
broadcasts-time-use = Взять { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
broadcasts-time-summer = Летнее время ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
broadcasts-time-winter = Зимнее время ({ $zone })
broadcasts-unschedule = ✖️ Отменить это объявление
broadcasts-unscheduled = Отменено — объявление не будет отправлено.
broadcasts-already-started = Это объявление уже отправляется: изменить или отменить его нельзя.
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-progress = 📣 Идёт отправка… Отправлено: { $sent } из { $total } · в очереди: { $waiting } · заблокировали бота: { $blocked } · не доставлено: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-finished = ✅ Объявление разослано. Отправлено: { $sent } из { $total } · заблокировали бота: { $blocked } · не доставлено: { $failed }
broadcasts-error-format = Такое оформление текста отправить нельзя. Пожалуйста, отправьте его без необычного форматирования.
broadcasts-error-empty = В объявлении нужен текст.
# Variables:
#   $limit (Number) - maximum length
broadcasts-error-too-long = { $limit ->
        [one] Это слишком длинно для одного сообщения Telegram: пожалуйста, не больше { $limit } символа.
        [few] Это слишком длинно для одного сообщения Telegram: пожалуйста, не больше { $limit } символов.
        [many] Это слишком длинно для одного сообщения Telegram: пожалуйста, не больше { $limit } символов.
       *[other] Это слишком длинно для одного сообщения Telegram: пожалуйста, не больше { $limit } символа.
    }
broadcasts-error-use-buttons = Пожалуйста, на этом шаге используйте кнопки.
broadcasts-draft-missing = Это объявление больше не редактируется. Начните заново в разделе «Инструменты организаторов».

## Статистика для организаторов
staff-stats = 📊 Статистика
# Variables:
#   $partnership (String) - partnership name
#   $participants (Number) - participants
insight-title = 📊 { $partnership }: { $participants ->
        [one] { $participants } участник
        [few] { $participants } участника
        [many] { $participants } участников
       *[other] { $participants } участника
    }
# Variables:
#   $label (String) - a city or a language
#   $count (Number) - people
insight-line = • { $label }: { $count }
insight-languages = Языки:
# Variables:
#   $count (Number) - workshops
insight-workshops = { $count ->
        [0] Воркшопов пока нет.
        [one] { $count } воркшоп:
        [few] { $count } воркшопа:
        [many] { $count } воркшопов:
       *[other] { $count } воркшопа:
    }
# Variables:
#   $title (String) - workshop, gender unknown
#   $confirmed (Number) - confirmed
#   $waitlisted (Number) - waiting
#   $attended (Number) - came
insight-workshop-line = • { $title } — подтверждено: { $confirmed } · в списке ожидания: { $waitlisted } · пришли: { $attended }
# Variables:
#   $count (Number) - announcements
insight-broadcasts = 📣 Отправлено объявлений: { $count }
insight-chart-title = Участники по городам и языкам
insight-export-participants = 📄 Участники (CSV)
insight-export-registrations = 📄 Записи (CSV)
insight-csv-name = Имя
insight-csv-city = Город
insight-csv-language = Язык
insight-csv-speaks = Говорит на языках
insight-csv-interests = Интересы
insight-csv-joined = Дата регистрации
insight-csv-workshop = Воркшоп
insight-csv-status = Статус
# Variables:
#   $city (String) - город, по часам которого указано время, напр. "Карлсруэ"
insight-csv-signed-up = Дата записи (время города { $city })

# Variables:
#   $ideas (Number) - published ideas
#   $votes (Number) - votes cast
insight-ideas = 💡 Идей: { $ideas } · голосов: { $votes }
insight-export-ideas = 📄 Идеи с голосами (CSV)
insight-csv-number = №
insight-csv-idea = Идея
insight-csv-themes = Темы
insight-csv-votes = Голоса
insight-csv-supporters = Хотят участвовать
insight-csv-submitted = Дата подачи

# Variables:
#   $partnership (String) - the partnership an announcement comes from, e.g. "Karlsruhe ↔ Krasnodar"
broadcasts-heading = 📣 { $partnership }:
broadcasts-mute = 🔕 Отключить объявления
broadcasts-muted = 🔕 Объявления отключены. Включить их снова можно в «Профиль».
