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
# One button a row (at most 30 characters); ✅ marks the current cadence.
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
#   $weeks (Number) - weeks of pause (1, 2 or 4); button, two in a row: at most 14 characters
checkins-pause = ⏸ { $weeks ->
        [one] { $weeks } тиждень
        [few] { $weeks } тижні
        [many] { $weeks } тижнів
       *[other] { $weeks } тижня
    }
checkins-end = 🏁 Завершити проєкт
checkins-end-yes = 🏁 Так, завершити проєкт
checkins-quiet-none = без годин тиші

# Variables:
#   $title (String) - the team's idea title, gender unknown: keep it after the noun "команди"/"проєкт"
checkins-ask = 🗓 Опитування для вашої команди «{ $title }»: чотири короткі питання про те, як ідуть справи. Це займе дві хвилини.
# Variables:
#   $title (String) - the team's idea title, gender unknown: keep it after the noun "проєкт"
checkins-ask-closing = 🏁 Ваш проєкт «{ $title }» завершується: розкажіть, будь ласка, що з нього вийшло.
# Variables:
#   $title (String) - the team's idea title, gender unknown
checkins-nudge = ⏰ Опитування вашої команди («{ $title }») досі чекає на ваші відповіді.
# Variables:
#   $number (Number) - question number
#   $total (Number) - number of questions; "Питання N з M" needs no agreement
checkins-question-header = Питання { $number } з { $total }
checkins-question-moved = Що зрушило з минулого разу?
checkins-question-next = Що далі?
checkins-question-blocking = Щось заважає? (Якщо ні — пропустіть.)
checkins-question-mood = Як ідуть справи? 1 — погано, 5 — чудово.
checkins-question-outcome = Що вийшло з вашого проєкту?
checkins-question-advice = Що б ви порадили наступним командам?
# Variables:
#   $answer (String) - the answer given so far (free text)
checkins-current = Ваша поточна відповідь: { $answer }
checkins-thanks = 🙏 Дякуємо! Відповіді можна змінювати, поки раунд відкритий.
checkins-use-buttons = Будь ласка, для цього питання використовуйте кнопки.
checkins-error-empty = Будь ласка, напишіть кілька слів або пропустіть.
# Variables:
#   $limit (Number) - maximum length in characters
checkins-error-long = { $limit ->
        [one] Задовго: будь ласка, не більше ніж { $limit } символ.
        [few] Задовго: будь ласка, не більше ніж { $limit } символи.
        [many] Задовго: будь ласка, не більше ніж { $limit } символів.
       *[other] Задовго: будь ласка, не більше ніж { $limit } символу.
    }
checkins-round-closed = Цей раунд опитування закрито.
checkins-round-exists = На сьогодні раунд опитування вже є.
checkins-team-gone = Ця команда більше не активна.

# Variables:
#   $name (String) - member's name, gender unknown: no verb in the past tense may agree with it
#   $title (String) - the team's idea title, gender unknown
#   $text (String) - what blocks them (free text)
#   $mood (Number) - mood 1–5 (not shown here)
checkins-alarm-blocked = ⚠️ { $name } (команда «{ $title }») повідомляє про перешкоду: { $text }
# Variables:
#   $name (String) - member's name, gender unknown
#   $title (String) - the team's idea title, gender unknown
#   $text (String) - empty
#   $mood (Number) - mood 1-2, shown as "N/5"
checkins-alarm-mood = ⚠️ { $name } (команда «{ $title }») каже, що справи йдуть погано ({ $mood }/5).
# Variables:
#   $body (String) - the digest, already built from other messages
checkins-digest = { $body }
# Variables:
#   $title (String) - the team's idea title, gender unknown
#   $answered (Number) - members who answered ("відповіли N з M", no noun after the numbers)
#   $members (Number) - members asked
#   $mood (Number) - average mood, 0 when none
checkins-digest-head = 📋 Опитування команди «{ $title }»: відповіли { $answered } з { $members }{ $mood ->
        [0] .
       *[other] , настрій { $mood }/5.
    }
# Variables:
#   $names (String) - list of names of people who did not answer
checkins-digest-silent = Поки не відповіли: { $names }
# Variables:
#   $title (String) - the team's idea title, gender unknown: keep it after the noun "Проєкт"
#   $answered (Number) - members who answered ("N з M", no noun after the numbers)
#   $members (Number) - members
checkins-outcome = 🏁 Проєкт «{ $title }» завершено: розповіли, що з нього вийшло: { $answered } з { $members }. Відповіді — у доданій таблиці.
checkins-csv-idea = Ідея
checkins-csv-name = Ім'я
checkins-csv-outcome = Що вийшло
checkins-csv-advice = Порада наступним командам
checkins-csv-mood = Настрій
# Variables:
#   $title (String) - team (its idea title), gender unknown
#   $rate (Number) - response rate in %
#   $rounds (Number) - closed rounds; written as "раундів поки: N", no agreement needed
checkins-overview-line = • { $title }: в останньому раунді відповіли { $rate } % (раундів поки: { $rounds })
checkins-chart-title = Настрій за раундами (1–5)
# Variables:
#   $lines (String) - one line per team (checkins-overview-line)
#   $silent (String) - titles of teams silent for two rounds, or "-"
checkins-overview =
    🧭 Ваші команди цього тижня:
    { $lines }

    Мовчать два раунди поспіль: { $silent }
# Variables:
#   $titles (String) - titles of the silent teams, a list
checkins-silent-organisers = 🔇 Команди без відповідей на опитування два раунди поспіль: { $titles }

# Variables:
#   $cadence (String) - weekly, biweekly or off (selector keys, not shown)
#   $day (String) - weekday, short form from checkins-day-* ("Пн")
#   $time (String) - local time, e.g. 18:00
#   $paused (String) - date until paused, or "no" (selector key)
#   $next (String) - next round's day or -
checkins-schedule =
    🗓 Опитування: { $cadence ->
        [weekly] щотижня
        [biweekly] раз на два тижні
       *[off] вимкнено
    }, { $day } о { $time } — кожен отримує його в цей час за своїм місцевим часом, але ніколи в години тиші.
    { $paused ->
        [no] Наступний раунд: { $next }
        [unplanned] Наступне опитування: не заплановано.
       *[other] ⏸ На паузі до { $paused }.
    }
checkins-now-sent = 🔔 Опитування надсилається зараз (з урахуванням годин тиші кожного).
checkins-end-ask = Завершити проєкт? Усі учасники команди отримають підсумкові питання, а організатори — звіт про результати, коли раунд закриється.
checkins-end-started = 🏁 Підсумкові питання надсилаються.
checkins-no-teams = Ви не є коучем жодної команди і поки що не входите до команди.
# Variables:
#   $count (Number) - teams; shown in brackets, no agreement needed
checkins-coach-teams = 🧭 Ваші команди ({ $count }): натисніть на команду, щоб налаштувати опитування.
checkins-reply-ask = Напишіть повідомлення для команди. Кожен отримає його своєю мовою.
checkins-reply-ask-untranslated = Напишіть повідомлення для команди. Воно надійде саме так, як ви його напишете: автоматичного перекладу немає.
checkins-to-coach-ask = Напишіть повідомлення своєму коучу.
checkins-to-coach-sent = ✉️ Надіслано коучу.
# Variables:
#   $current (String) - the current quiet hours, e.g. "22–08", or checkins-quiet-none
checkins-quiet-ask = 🌙 Години тиші (за часом вашого міста): у цей час немає опитувань і нагадувань. Зараз: { $current }
checkins-quiet-saved = 🌙 Збережено.

# Variables:
#   $sender (String) - sender's name, with their city when known; gender unknown (so the verb "пише" is in the present tense)
#   $text (String) - message
teams-to-coach =
    ✉️ { $sender } пише вам:
    { $text }
# Variables:
#   $sender (String) - sender's name, with their city when known; gender unknown
#   $text (String) - translated message
#   $source (String) - original language, lower case nominative ("німецька")
teams-to-coach-translated =
    ✉️ { $sender } пише вам:
    { $text }
    🤖 Машинний переклад (оригінал: { $source })
# Variables:
#   $name (String) - coach's name, gender unknown
#   $city (String) - coach's city (not shown)
#   $text (String) - message
teams-from-coach =
    🧭 Ваш коуч { $name }:
    { $text }
# Variables:
#   $name (String) - coach's name, gender unknown
#   $city (String) - coach's city (not shown)
#   $text (String) - translated message
#   $source (String) - original language, lower case nominative ("німецька")
teams-from-coach-translated =
    🧭 Ваш коуч { $name }:
    { $text }
    🤖 Машинний переклад (оригінал: { $source })

## «Мої команди» для коучів

menu-my-teams = 🧭 Мої команди
commands-team-as-coach = Мої команди: учасники, опитування, труднощі
commands-coach-as-coach = Мої команди: відповісти учаснику чи команді
coach-reply-member = ✉️ Відповісти особисто
coach-answer-team = 💬 Відповісти всій команді
coach-settings = 🗓 Налаштування опитувань
coach-back-teams = ⬅️ Мої команди
coach-back-team = ⬅️ До команди
# Variables:
#   $name (String) - a team member's name (cut to fit); button, at most 30 characters
coach-answer-member = ✉️ Відповісти: { $name }
# Variables:
#   $count (Number) - people the message reaches; button, at most 30 characters
coach-send-team = 📨 Надіслати { $count ->
        [1] 1 людині
        [one] { $count } людині
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людини
    }
# Variables:
#   $partnership (String) - the partnership's name
coach-invited-intro = 🧭 Вас запрошено коучем у партнерство { $partnership }. У розділі «Мої команди» ви стежите за опитуваннями своїх команд, бачите, що комусь заважає, і відповідаєте одній людині або всій команді. Спершу три короткі кроки: мова, згода на обробку даних, ваше ім'я.
coach-teams-none = 🧭 Мої команди: у вас поки немає команди. Коли організатори призначать вас коучем команди, ви отримаєте повідомлення, і команда з'явиться тут.
# Variables:
#   $count (Number) - teams
coach-teams-head = 🧭 Мої команди (усього: { $count }). Натисніть на команду, щоб прочитати відповіді учасників і відповісти їм.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-title = 👥 Команда «{ $title }»
# Variables:
#   $names (String) - the members with their cities, as a list
coach-team-members = Учасники: { $names }
coach-team-no-checkin = 🗓 Опитувань ще не було.
# Variables:
#   $when (String) - a date, with how long ago it was
coach-team-last = 🗓 Останнє опитування: { $when }
# Variables:
#   $date (String) - a date
#   $ago (String) - how long ago, e.g. "3 days ago"
coach-date-ago = { $date } ({ $ago })
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-up = 📈 Настрій покращується: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-down = 📉 Настрій погіршується: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-steady = ➡️ Настрій рівний: { $before }/5 → { $now }/5
# Variables:
#   $now (Number) - average mood of the only round with one (1–5)
coach-trend-unknown = Настрій: { $now }/5 (динаміки поки немає)
# Variables:
#   $names (String) - members whose newest check-in names a blocker
coach-team-blockers = ⚠️ Щось заважає: { $names }
coach-team-no-blockers = Відкритих труднощів немає.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-head = 👥 Команда «{ $title }»: останнє опитування кожного учасника.
# Variables:
#   $name (String) - a member, with their city
coach-member-name = 👤 { $name }
# Variables:
#   $when (String) - the round's date, with how long ago it was
coach-member-day = 🗓 { $when }
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
coach-member-language = { $mark } Мова відповіді: { $language } (показано як написано)
# Variables:
#   $text (String) - the member's answer
coach-answer-moved = Що зрушило: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-next = Що далі: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-outcome = Що вийшло: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-advice = Порада: { $text }
# Variables:
#   $text (String) - what blocks the member
coach-answer-blocking = ⚠️ Заважає: { $text }
# Variables:
#   $mood (Number) - 1 to 5
coach-member-mood = Настрій: { $mood }/5
coach-member-silent = Відповідей на опитування поки немає.
coach-team-footer = Відповідайте одній людині (отримає лише вона) або всій команді:
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask = ✉️ Напишіть відповідь для: { $name }. Її отримає лише ця людина — у машинному перекладі (мова: { $language }), з позначкою про це.
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask-untranslated = ✉️ Напишіть відповідь для: { $name }. Її отримає лише ця людина, із заголовком її мовою ({ $language }); ваш текст прийде як є (автоматичного перекладу немає).
# Variables:
#   $name (String) - the member, gender unknown
coach-member-sent = ✉️ Надіслано лише отримувачу: { $name }.
# Variables:
#   $count (Number) - people the message reaches
#   $text (String) - the message
coach-team-confirm =
    Надіслати всій команді ({ $count ->
        [1] 1 людині
        [one] { $count } людині
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людини
    })?

    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach-personal =
    🧭 Ваш коуч { $name } відповідає особисто вам:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-personal-translated =
    🧭 Ваш коуч { $name } відповідає особисто вам:
    { $text }
    🤖 Машинний переклад (оригінал: { $source })
