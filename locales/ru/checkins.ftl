## Коучинговые опросы

commands-coach = Написать коучу
teams-checkins = 🗓 Опросы команды
profile-quiet-hours = 🌙 Часы тишины
teams-no-coach = У вашей команды пока нет коуча. Организаторы его назначат.
checkins-answer-now = ✍️ Ответить сейчас
checkins-reply-team = 💬 Ответить команде
checkins-show-originals = 🌐 Показать оригиналы
checkins-show-translated = 🌐 Показать на моём языке
checkins-edit = ✏️ Изменить ответы
# One button a row (at most 30 characters); ✅ marks the current cadence.
checkins-cadence-weekly = Каждую неделю
checkins-cadence-biweekly = Раз в 2 недели
checkins-cadence-off = Выкл.
checkins-day-0 = Пн
checkins-day-1 = Вт
checkins-day-2 = Ср
checkins-day-3 = Чт
checkins-day-4 = Пт
checkins-day-5 = Сб
checkins-day-6 = Вс
checkins-now = 🔔 Начать опрос сейчас
checkins-resume = ▶️ Возобновить опросы
# Variables:
#   $weeks (Number) - weeks of pause (1, 2 or 4); button, two in a row: at most 14 characters
checkins-pause = ⏸ { $weeks ->
        [one] { $weeks } неделя
        [few] { $weeks } недели
        [many] { $weeks } недель
       *[other] { $weeks } недели
    }
checkins-end = 🏁 Завершить проект
checkins-end-yes = 🏁 Да, задать итоговые вопросы
checkins-quiet-none = без часов тишины

# Variables:
#   $title (String) - the team's idea, gender unknown: keep a noun before it
checkins-ask = 🗓 Опрос для вашей команды «{ $title }»: четыре коротких вопроса о том, как идут дела. Это займёт пару минут.
# Variables:
#   $title (String) - the team's idea, gender unknown: keep a noun before it
checkins-ask-closing = 🏁 Ваш проект «{ $title }» подходит к концу: расскажите, пожалуйста, что из него получилось.
# Variables:
#   $title (String) - the team's idea, gender unknown: keep a noun before it
checkins-nudge = ⏰ Опрос вашей команды «{ $title }» всё ещё ждёт ваших ответов.
# Variables:
#   $number (Number) - question number
#   $total (Number) - number of questions
checkins-question-header = Вопрос { $number } из { $total }
checkins-question-moved = Что удалось сделать с прошлого раза?
checkins-question-next = Что дальше?
checkins-question-blocking = Что-то мешает? (Если нет — пропустите.)
checkins-question-mood = Как идут дела? 1 — плохо, 5 — отлично.
checkins-question-outcome = Что получилось из вашего проекта?
checkins-question-advice = Что бы вы посоветовали следующим командам?
# Variables:
#   $answer (String) - the answer given so far
checkins-current = Ваш текущий ответ: { $answer }
checkins-thanks = 🙏 Спасибо! Ответы можно изменить, пока раунд опроса не закрыт.
checkins-use-buttons = Пожалуйста, для этого вопроса используйте кнопки.
checkins-error-empty = Пожалуйста, напишите несколько слов или пропустите.
# Variables:
#   $limit (Number) - maximum length
checkins-error-long = { $limit ->
        [one] Слишком длинно: пожалуйста, не больше { $limit } символа.
        [few] Слишком длинно: пожалуйста, не больше { $limit } символов.
        [many] Слишком длинно: пожалуйста, не больше { $limit } символов.
       *[other] Слишком длинно: пожалуйста, не больше { $limit } символа.
    }
checkins-round-closed = Этот раунд опроса закрыт.
checkins-round-exists = На сегодня раунд опроса уже есть.
checkins-team-gone = Эта команда больше не активна.

# Variables:
#   $name (String) - member, gender unknown: no past-tense verbs after it
#   $title (String) - the team's idea, gender unknown
#   $text (String) - what blocks them
#   $mood (Number) - mood
checkins-alarm-blocked = ⚠️ { $name } (команда «{ $title }») сообщает, что работе что-то мешает: { $text }
# Variables:
#   $name (String) - member, gender unknown
#   $title (String) - the team's idea, gender unknown
#   $text (String) - empty
#   $mood (Number) - mood 1-2
checkins-alarm-mood = ⚠️ { $name } (команда «{ $title }») сообщает, что дела идут плохо ({ $mood }/5).
# Variables:
#   $body (String) - the digest
checkins-digest = { $body }
# Variables:
#   $title (String) - the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members asked
#   $mood (Number) - average mood, 0 when none
checkins-digest-head = 📋 Опрос команды «{ $title }». Ответили: { $answered } из { $members }{ $mood ->
        [0] .
       *[other] , настроение: { $mood }/5.
    }
# Variables:
#   $names (String) - who did not answer
checkins-digest-silent = Пока не ответили: { $names }
# Variables:
#   $title (String) - the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members
checkins-outcome = 🏁 Проект «{ $title }» завершён. Рассказали, что из него получилось: { $answered } из { $members }. Ответы — в приложенной таблице.
checkins-csv-idea = Идея
checkins-csv-name = Имя
checkins-csv-outcome = Что получилось
checkins-csv-advice = Совет следующим командам
checkins-csv-mood = Настроение
# Variables:
#   $title (String) - team, gender unknown: put a noun before it («команда «…»»)
#   $rate (Number) - response rate in %
#   $rounds (Number) - closed rounds
checkins-overview-line = • { $title } — ответили в последнем раунде: { $rate } % (всего раундов: { $rounds })
checkins-chart-title = Настроение по раундам (1–5)
# Variables:
#   $lines (String) - one line per team
#   $silent (String) - teams silent for two rounds
checkins-overview =
    🧭 Ваши команды на этой неделе:
    { $lines }

    Молчат два раунда подряд: { $silent }
# Variables:
#   $titles (String) - silent teams
checkins-silent-organisers = 🔇 Команды без ответов на опросы два раунда подряд: { $titles }

# Variables:
#   $cadence (String) - weekly, biweekly or off
#   $day (String) - weekday
#   $time (String) - local time
#   $paused (String) - date until paused, no (then $next is the day), or unplanned
#   $next (String) - next round's day (only when $paused is no)
checkins-schedule =
    🗓 Опросы: { $cadence ->
        [weekly] каждую неделю
        [biweekly] раз в две недели
       *[off] выключены
    }, { $day } в { $time } — каждому участнику в это время по его местному времени, но не в часы тишины.
    { $paused ->
        [no] Следующий раунд: { $next }
        [unplanned] Следующий опрос: не запланирован.
       *[other] ⏸ На паузе до { $paused }.
    }
checkins-now-sent = 🔔 Опрос отправляется сейчас (с учётом часов тишины каждого).
checkins-end-ask = Завершить проект? Все получат итоговые вопросы, а организаторы — итоговый отчёт, когда раунд закроется.
checkins-end-started = 🏁 Итоговые вопросы отправляются.
checkins-no-teams = Вы не ведёте ни одной команды как коуч и сами пока не состоите в команде.
# Variables:
#   $count (Number) - teams
checkins-coach-teams = 🧭 Ваши команды ({ $count }): выберите команду, чтобы настроить для неё опросы.
checkins-reply-ask = Напишите сообщение для команды. Каждый получит его на своём языке.
checkins-reply-ask-untranslated = Напишите сообщение для команды. Оно придёт в том виде, в каком вы его напишете: автоматического перевода нет.
checkins-to-coach-ask = Напишите сообщение вашему коучу.
checkins-to-coach-sent = ✉️ Сообщение отправлено коучу.
# Variables:
#   $current (String) - the current quiet hours
checkins-quiet-ask = 🌙 Часы тишины (по времени вашего города): в это время нет опросов и напоминаний. Сейчас: { $current }
checkins-quiet-saved = 🌙 Сохранено.

# Variables:
#   $sender (String) - sender, with their city when known; gender unknown: no gendered verb after it
#   $text (String) - message
teams-to-coach =
    ✉️ { $sender } пишет вам:
    { $text }
# Variables:
#   $sender (String) - sender, with their city when known; gender unknown: no gendered verb after it
#   $text (String) - translated message
#   $source (String) - original language, lower case ("немецкий")
teams-to-coach-translated =
    ✉️ { $sender } пишет вам:
    { $text }
    🤖 Машинный перевод, язык оригинала: { $source }
# Variables:
#   $name (String) - coach, gender unknown: no gendered verb after it
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach =
    🧭 Ваш коуч { $name }:
    { $text }
# Variables:
#   $name (String) - coach, gender unknown: no gendered verb after it
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language, lower case ("немецкий")
teams-from-coach-translated =
    🧭 Ваш коуч { $name }:
    { $text }
    🤖 Машинный перевод, язык оригинала: { $source }

## «Мои команды» для коучей

menu-my-teams = 🧭 Мои команды
commands-team-as-coach = Мои команды: участники, опросы, трудности
commands-coach-as-coach = Мои команды: ответить участнику или команде
coach-reply-member = ✉️ Ответить лично
coach-answer-team = 💬 Ответить всей команде
coach-settings = 🗓 Настройки опросов
coach-back-teams = ⬅️ Мои команды
coach-back-team = ⬅️ К команде
# Variables:
#   $name (String) - a team member's name (cut to fit); button, at most 30 characters
coach-answer-member = ✉️ Ответить: { $name }
# Variables:
#   $count (Number) - people the message reaches; button, at most 30 characters
coach-send-team = 📨 Отправить { $count ->
        [1] 1 человеку
        [one] { $count } человеку
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } человека
    }
# Variables:
#   $partnership (String) - the partnership's name
coach-invited-intro = 🧭 Вас пригласили коучем в партнёрство { $partnership }. В разделе «Мои команды» вы следите за опросами своих команд, видите, что кому-то мешает, и отвечаете одному человеку или всей команде. Сначала три коротких шага: язык, согласие на обработку данных, ваше имя.
coach-teams-none = 🧭 Мои команды: у вас пока нет команды. Когда организаторы назначат вас коучем команды, вы получите сообщение, и команда появится здесь.
# Variables:
#   $count (Number) - teams
coach-teams-head = 🧭 Мои команды (всего: { $count }). Нажмите на команду, чтобы прочитать ответы участников и ответить им.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-title = 👥 Команда «{ $title }»
# Variables:
#   $names (String) - the members with their cities, as a list
coach-team-members = Участники: { $names }
coach-team-no-checkin = 🗓 Опросов ещё не было.
# Variables:
#   $when (String) - a date, with how long ago it was
coach-team-last = 🗓 Последний опрос: { $when }
# Variables:
#   $date (String) - a date
#   $ago (String) - how long ago, e.g. "3 days ago"
coach-date-ago = { $date } ({ $ago })
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-up = 📈 Настроение растёт: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-down = 📉 Настроение падает: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-steady = ➡️ Настроение ровное: { $before }/5 → { $now }/5
# Variables:
#   $now (Number) - average mood of the only round with one (1–5)
coach-trend-unknown = Настроение: { $now }/5 (динамики пока нет)
# Variables:
#   $names (String) - members whose newest check-in names a blocker
coach-team-blockers = ⚠️ Что-то мешает: { $names }
coach-team-no-blockers = Открытых трудностей нет.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-head = 👥 Команда «{ $title }»: последний опрос каждого участника.
# Variables:
#   $name (String) - a member, with their city
coach-member-name = 👤 { $name }
# Variables:
#   $when (String) - the round's date, with how long ago it was
coach-member-day = 🗓 { $when }
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
coach-member-language = { $mark } Язык ответа: { $language } (показано как написано)
# Variables:
#   $text (String) - the member's answer
coach-answer-moved = Что сдвинулось: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-next = Что дальше: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-outcome = Что получилось: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-advice = Совет: { $text }
# Variables:
#   $text (String) - what blocks the member
coach-answer-blocking = ⚠️ Мешает: { $text }
# Variables:
#   $mood (Number) - 1 to 5
coach-member-mood = Настроение: { $mood }/5
coach-member-silent = Ответов на опрос пока нет.
coach-team-footer = Ответьте одному человеку (получит только он) или всей команде:
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask = ✉️ Напишите ответ для: { $name }. Его получит только этот человек — в машинном переводе (язык: { $language }), с пометкой об этом.
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask-untranslated = ✉️ Напишите ответ для: { $name }. Его получит только этот человек, с заголовком на его языке ({ $language }); ваш текст придёт как есть (автоматического перевода нет).
# Variables:
#   $name (String) - the member, gender unknown
coach-member-sent = ✉️ Отправлено только получателю: { $name }.
# Variables:
#   $count (Number) - people the message reaches
#   $text (String) - the message
coach-team-confirm =
    Отправить всей команде ({ $count ->
        [1] 1 человеку
        [one] { $count } человеку
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } человека
    })?

    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach-personal =
    🧭 Ваш коуч { $name } отвечает лично вам:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-personal-translated =
    🧭 Ваш коуч { $name } отвечает лично вам:
    { $text }
    🤖 Машинный перевод, язык оригинала: { $source }
