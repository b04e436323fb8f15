## Коучингові опитування

commands-coach = Написати коучу
teams-checkins = 🗓 Опитування команди
profile-quiet-hours = 🌙 Години тиші
teams-no-coach = У вашої команди поки немає коуча. Організатори його призначать.
checkins-answer-now = ✍️ Відповісти зараз
checkins-reply-team = 💬 Відповісти команді
checkins-show-originals = 🌐 Показати оригінали
checkins-show-translated = 🌐 Показати моєю мовою
checkins-edit = ✏️ Змінити відповіді
checkins-cadence-weekly = Щотижня
checkins-cadence-biweekly = Раз на 2 тижні
checkins-cadence-off = Вимк.
checkins-day-0 = Пн
checkins-day-1 = Вт
checkins-day-2 = Ср
checkins-day-3 = Чт
checkins-day-4 = Пт
checkins-day-5 = Сб
checkins-day-6 = Нд
checkins-now = 🔔 Запитати зараз
checkins-resume = ▶️ Відновити опитування
# Variables:
#   $weeks (Number) - weeks of pause
checkins-pause = ⏸ { $weeks ->
        [one] { $weeks } тиждень
        [few] { $weeks } тижні
        [many] { $weeks } тижнів
       *[other] { $weeks } тижня
    }
checkins-end = 🏁 Завершити проєкт
checkins-end-yes = 🏁 Так, поставити підсумкові питання
checkins-quiet-none = без годин тиші

# Variables:
#   $title (String) - the team's idea
checkins-ask = 🗓 Опитування для вашої команди «{ $title }»: чотири короткі питання про те, як ідуть справи. Це займе дві хвилини.
# Variables:
#   $title (String) - the team's idea
checkins-ask-closing = 🏁 Ваш проєкт «{ $title }» завершується: розкажіть, будь ласка, що з нього вийшло.
# Variables:
#   $title (String) - the team's idea
checkins-nudge = ⏰ Опитування вашої команди («{ $title }») досі чекає на ваші відповіді.
# Variables:
#   $number (Number) - question number
#   $total (Number) - number of questions
checkins-question-header = Питання { $number } з { $total }
checkins-question-moved = Що зрушило з минулого разу?
checkins-question-next = Що далі?
checkins-question-blocking = Щось заважає? (Якщо ні — пропустіть.)
checkins-question-mood = Як ідуть справи? 1 — погано, 5 — чудово.
checkins-question-outcome = Що вийшло з вашого проєкту?
checkins-question-advice = Що б ви порадили наступним командам?
# Variables:
#   $answer (String) - the answer given so far
checkins-current = Ваша відповідь зараз: { $answer }
checkins-thanks = 🙏 Дякуємо! Відповіді можна змінювати, поки раунд відкритий.
checkins-use-buttons = Будь ласка, для цього питання використовуйте кнопки.
checkins-error-empty = Будь ласка, напишіть кілька слів або пропустіть.
# Variables:
#   $limit (Number) - maximum length
checkins-error-long = Задовго: будь ласка, не більше { $limit } символів.
checkins-round-closed = Цей раунд опитування закрито.
checkins-round-exists = На сьогодні раунд опитування вже є.
checkins-team-gone = Ця команда більше не активна.

# Variables:
#   $name (String) - member
#   $title (String) - the team's idea
#   $text (String) - what blocks them
#   $mood (Number) - mood
checkins-alarm-blocked = ⚠️ { $name } (команда «{ $title }») застряг(-ла): { $text }
# Variables:
#   $name (String) - member
#   $title (String) - the team's idea
#   $text (String) - empty
#   $mood (Number) - mood 1-2
checkins-alarm-mood = ⚠️ { $name } (команда «{ $title }») каже, що справи йдуть погано ({ $mood }/5).
# Variables:
#   $body (String) - the digest
checkins-digest = { $body }
# Variables:
#   $title (String) - the team's idea
#   $answered (Number) - members who answered
#   $members (Number) - members asked
#   $mood (Number) - average mood, 0 when none
checkins-digest-head = 📋 Опитування команди «{ $title }»: відповіли { $answered } з { $members }{ $mood ->
        [0] .
       *[other] , настрій { $mood }/5.
    }
# Variables:
#   $names (String) - who did not answer
checkins-digest-silent = Поки не відповіли: { $names }
# Variables:
#   $title (String) - the team's idea
#   $answered (Number) - members who answered
#   $members (Number) - members
checkins-outcome = 🏁 Проєкт «{ $title }» завершено: { $answered } з { $members } розповіли, що з нього вийшло. Відповіді — у доданій таблиці.
checkins-csv-idea = Ідея
checkins-csv-name = Ім'я
checkins-csv-outcome = Що вийшло
checkins-csv-advice = Порада наступним командам
checkins-csv-mood = Настрій
# Variables:
#   $title (String) - team
#   $rate (Number) - response rate in %
#   $rounds (Number) - closed rounds
checkins-overview-line = • { $title }: в останньому раунді відповіли { $rate } % (раундів поки: { $rounds })
checkins-chart-title = Настрій за раундами (1–5)
# Variables:
#   $lines (String) - one line per team
#   $silent (String) - teams silent for two rounds
checkins-overview =
    🧭 Ваші команди цього тижня:
    { $lines }

    Мовчать два раунди поспіль: { $silent }
# Variables:
#   $titles (String) - silent teams
checkins-silent-organisers = 🔇 Команди без відповідей на опитування два раунди поспіль: { $titles }

# Variables:
#   $cadence (String) - weekly, biweekly or off
#   $day (String) - weekday
#   $time (String) - local time
#   $paused (String) - date until paused, or no
#   $next (String) - next round's day or -
checkins-schedule =
    🗓 Опитування: { $cadence ->
        [weekly] щотижня
        [biweekly] раз на два тижні
       *[off] вимкнено
    }, { $day } о { $time } — кожному в цей час у його місті, ніколи в години тиші.
    { $paused ->
        [no] Наступний раунд: { $next }
       *[other] ⏸ На паузі до { $paused }.
    }
checkins-now-sent = 🔔 Опитування надсилається зараз (з урахуванням годин тиші кожного).
checkins-end-ask = Завершити проєкт? Усі отримають підсумкові питання, а організатори — підсумковий звіт, коли раунд закриється.
checkins-end-started = 🏁 Підсумкові питання надсилаються.
checkins-no-teams = Ви не коуч жодної команди й поки не в команді.
# Variables:
#   $count (Number) - teams
checkins-coach-teams = 🧭 Ваші команди ({ $count }): натисніть на команду, щоб налаштувати опитування.
checkins-reply-ask = Напишіть повідомлення для команди. Кожен отримає його своєю мовою.
checkins-to-coach-ask = Напишіть повідомлення своєму коучу.
checkins-to-coach-sent = ✉️ Надіслано коучу.
# Variables:
#   $current (String) - the current quiet hours
checkins-quiet-ask = 🌙 Години тиші (за часом вашого міста): у цей час немає опитувань і нагадувань. Зараз: { $current }
checkins-quiet-saved = 🌙 Збережено.

# Variables:
#   $name (String) - sender
#   $city (String) - sender's city
#   $text (String) - message
teams-to-coach =
    ✉️ { $name } { $city } пише вам:
    { $text }
# Variables:
#   $name (String) - sender
#   $city (String) - sender's city
#   $text (String) - translated message
#   $source (String) - original language
teams-to-coach-translated =
    ✉️ { $name } { $city } пише вам:
    { $text }
    🤖 Машинний переклад (оригінал: { $source })
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach =
    🧭 Ваш коуч { $name }:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-translated =
    🧭 Ваш коуч { $name }:
    { $text }
    🤖 Машинний переклад (оригінал: { $source })
