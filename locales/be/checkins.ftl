## Коўчынгавыя апытанні

commands-coach = Напісаць коўчу
teams-checkins = 🗓 Апытанні каманды
profile-quiet-hours = 🌙 Гадзіны цішыні
teams-no-coach = У вашай каманды пакуль няма коўча. Арганізатары яго прызначаць.
checkins-answer-now = ✍️ Адказаць зараз
checkins-reply-team = 💬 Адказаць камандзе
checkins-show-originals = 🌐 Паказаць арыгіналы
checkins-show-translated = 🌐 Паказаць на маёй мове
checkins-edit = ✏️ Змяніць адказы
# One button a row (at most 30 characters); ✅ marks the current cadence.
checkins-cadence-weekly = Штотыдзень
checkins-cadence-biweekly = Раз на 2 тыдні
checkins-cadence-off = Выкл.
checkins-day-0 = Пн
checkins-day-1 = Аў
checkins-day-2 = Ср
checkins-day-3 = Чц
checkins-day-4 = Пт
checkins-day-5 = Сб
checkins-day-6 = Нд
checkins-now = 🔔 Спытаць зараз
checkins-resume = ▶️ Аднавіць апытанні
# Variables:
#   $weeks (Number) - weeks of pause (1, 2 or 4); button, two in a row: at most 14 characters
checkins-pause = ⏸ { $weeks ->
        [one] { $weeks } тыдзень
        [few] { $weeks } тыдні
        [many] { $weeks } тыдняў
       *[other] { $weeks } тыдня
    }
checkins-end = 🏁 Завяршыць праект
checkins-end-yes = 🏁 Так, завяршыць праект
checkins-quiet-none = без гадзін цішыні

# Variables:
#   $title (String) - title of the team's idea, gender unknown
checkins-ask = 🗓 Апытанне для вашай каманды «{ $title }»: чатыры кароткія пытанні пра тое, як ідуць справы. Гэта зойме дзве хвіліны.
# Variables:
#   $title (String) - title of the team's idea, gender unknown
checkins-ask-closing = 🏁 Ваш праект «{ $title }» завяршаецца: раскажыце, калі ласка, што з яго атрымалася.
# Variables:
#   $title (String) - title of the team's idea, gender unknown
checkins-nudge = ⏰ Апытанне вашай каманды («{ $title }») усё яшчэ чакае вашых адказаў.
# Variables:
#   $number (Number) - question number
#   $total (Number) - number of questions
checkins-question-header = Пытанне { $number } з { $total }
checkins-question-moved = Што змянілася з мінулага разу?
checkins-question-next = Што вы плануеце рабіць далей?
checkins-question-blocking = Нешта замінае? (Калі не — прапусціце.)
checkins-question-mood = Як ідуць справы? 1 — дрэнна, 5 — выдатна.
checkins-question-outcome = Што атрымалася з вашага праекта?
checkins-question-advice = Што б вы параілі наступным камандам?
# Variables:
#   $answer (String) - the answer given so far
checkins-current = Ваш цяперашні адказ: { $answer }
checkins-thanks = 🙏 Дзякуй! Адказы можна мяняць, пакуль раўнд адкрыты.
checkins-use-buttons = Калі ласка, для гэтага пытання карыстайцеся кнопкамі.
checkins-error-empty = Калі ласка, напішыце некалькі слоў або прапусціце.
# Variables:
#   $limit (Number) - maximum length
checkins-error-long = Занадта доўга: калі ласка, не больш за { $limit ->
        [one] { $limit } сімвал
        [few] { $limit } сімвалы
        [many] { $limit } сімвалаў
       *[other] { $limit } сімвала
    }.
checkins-round-closed = Гэты раўнд апытання закрыты.
checkins-round-exists = На сёння раўнд апытання ўжо ёсць.
checkins-team-gone = Гэтая каманда больш не актыўная.

# Variables:
#   $name (String) - member's name, gender unknown (no verb in the past tense after it)
#   $title (String) - title of the team's idea, gender unknown
#   $text (String) - what blocks them
#   $mood (Number) - mood (not shown here)
checkins-alarm-blocked = ⚠️ { $name } (каманда «{ $title }») паведамляе пра перашкоду: { $text }
# Variables:
#   $name (String) - member's name, gender unknown
#   $title (String) - title of the team's idea, gender unknown
#   $text (String) - empty
#   $mood (Number) - mood 1-2
checkins-alarm-mood = ⚠️ { $name } (каманда «{ $title }») кажа, што справы ідуць дрэнна ({ $mood }/5).
# Variables:
#   $body (String) - the digest
checkins-digest = { $body }
# Variables:
#   $title (String) - title of the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members asked
#   $mood (Number) - average mood, 0 when none
checkins-digest-head = 📋 Апытанне каманды «{ $title }»: адказалі { $answered } з { $members }{ $mood ->
        [0] .
       *[other] , настрой { $mood }/5.
    }
# Variables:
#   $names (String) - who did not answer
checkins-digest-silent = Пакуль не адказалі: { $names }
# Variables:
#   $title (String) - title of the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members
checkins-outcome = 🏁 Праект «{ $title }» завершаны. Расказалі, што з яго атрымалася: { $answered } з { $members }. Адказы — у далучанай табліцы.
checkins-csv-idea = Ідэя
checkins-csv-name = Імя
checkins-csv-outcome = Што атрымалася
checkins-csv-advice = Парада наступным камандам
checkins-csv-mood = Настрой
# Variables:
#   $title (String) - team (its idea's title), gender unknown
#   $rate (Number) - response rate in %
#   $rounds (Number) - closed rounds
checkins-overview-line = • { $title }: у апошнім раўндзе адказалі { $rate } % (раўндаў пакуль: { $rounds })
checkins-chart-title = Настрой па раўндах (1–5)
# Variables:
#   $lines (String) - one line per team
#   $silent (String) - teams silent for two rounds
checkins-overview =
    🧭 Вашы каманды на гэтым тыдні:
    { $lines }

    Маўчаць два раўнды запар: { $silent }
# Variables:
#   $titles (String) - list of silent teams' titles
checkins-silent-organisers = 🔇 Каманды без адказаў на апытанні два раўнды запар: { $titles }

# Variables:
#   $cadence (String) - weekly, biweekly or off
#   $day (String) - weekday, abbreviated (Пн, Аў…)
#   $time (String) - local time
#   $paused (String) - date until paused, no (then $next is the day), or unplanned
#   $next (String) - next round's day (only when $paused is no)
checkins-schedule =
    🗓 Апытанні: { $cadence ->
        [weekly] штотыдзень
        [biweekly] раз на два тыдні
       *[off] выключаны
    }, { $day } а { $time } — кожны атрымае апытанне ў гэты час па мясцовым часе свайго горада, але ніколі ў свае гадзіны цішыні.
    { $paused ->
        [no] Наступны раўнд: { $next }
        [unplanned] Наступнае апытанне: не запланавана.
       *[other] ⏸ На паўзе да { $paused }.
    }
checkins-now-sent = 🔔 Апытанне адпраўляецца зараз (з улікам гадзін цішыні кожнага).
checkins-end-ask = Завяршыць праект? Усе атрымаюць выніковыя пытанні, а арганізатары — выніковую справаздачу, калі раўнд закрыецца.
checkins-end-started = 🏁 Выніковыя пытанні ўжо адпраўляюцца.
checkins-no-teams = Вы не коўч ніводнай каманды і пакуль самі не ў камандзе.
# Variables:
#   $count (Number) - teams
checkins-coach-teams = 🧭 Вашы каманды ({ $count }): націсніце на каманду, каб наладзіць апытанні.
checkins-reply-ask = Напішыце паведамленне для каманды. Кожны атрымае яго на сваёй мове.
checkins-reply-ask-untranslated = Напішыце паведамленне для каманды. Яно прыйдзе такім, як вы яго напішаце: аўтаматычнага перакладу няма.
checkins-to-coach-ask = Напішыце паведамленне свайму коўчу.
checkins-to-coach-sent = ✉️ Адпраўлена коўчу.
# Variables:
#   $current (String) - the current quiet hours
checkins-quiet-ask = 🌙 Гадзіны цішыні (па часе вашага горада): у гэты час няма апытанняў і напамінаў. Зараз: { $current }
checkins-quiet-saved = 🌙 Захавана.

# Variables:
#   $sender (String) - sender's name, with their city when known; gender unknown
#   $text (String) - message
teams-to-coach =
    ✉️ { $sender } піша вам:
    { $text }
# Variables:
#   $sender (String) - sender's name, with their city when known; gender unknown
#   $text (String) - translated message
#   $source (String) - original language, lower case
teams-to-coach-translated =
    ✉️ { $sender } піша вам:
    { $text }
    🤖 Машынны пераклад (арыгінал: { $source })
# Variables:
#   $name (String) - coach's name, gender unknown
#   $city (String) - coach's city (not shown)
#   $text (String) - message
teams-from-coach =
    🧭 Ваш коўч { $name }:
    { $text }
# Variables:
#   $name (String) - coach's name, gender unknown
#   $city (String) - coach's city (not shown)
#   $text (String) - translated message
#   $source (String) - original language, lower case
teams-from-coach-translated =
    🧭 Ваш коўч { $name }:
    { $text }
    🤖 Машынны пераклад (арыгінал: { $source })

## «Мае каманды» для коўчаў

menu-my-teams = 🧭 Мае каманды
commands-team-as-coach = Мае каманды: удзельнікі, апытанні, цяжкасці
commands-coach-as-coach = Мае каманды: адказаць удзельніку ці камандзе
coach-reply-member = ✉️ Адказаць асабіста
coach-answer-team = 💬 Адказаць усёй камандзе
coach-settings = 🗓 Налады апытанняў
coach-back-teams = ⬅️ Мае каманды
coach-back-team = ⬅️ Да каманды
# Variables:
#   $name (String) - a team member's name (cut to fit); button, at most 30 characters
coach-answer-member = ✉️ Адказаць: { $name }
# Variables:
#   $count (Number) - people the message reaches; button, at most 30 characters
coach-send-team = 📨 Адправіць { $count ->
        [1] 1 чалавеку
        [one] { $count } чалавеку
        [few] { $count } чалавекам
        [many] { $count } чалавекам
       *[other] { $count } чалавека
    }
# Variables:
#   $partnership (String) - the partnership's name
coach-invited-intro = 🧭 Вас запрасілі коўчам у партнёрства { $partnership }. У раздзеле «Мае каманды» вы сочыце за апытаннямі сваіх каманд, бачыце, што камусьці перашкаджае, і адказваеце аднаму чалавеку або ўсёй камандзе. Спачатку тры кароткія крокі: мова, згода на апрацоўку даных, ваша імя.
coach-teams-none = 🧭 Мае каманды: у вас пакуль няма каманды. Калі арганізатары прызначаць вас коўчам каманды, вы атрымаеце паведамленне, і каманда з'явіцца тут.
# Variables:
#   $count (Number) - teams
coach-teams-head = 🧭 Мае каманды (усяго: { $count }). Націсніце на каманду, каб прачытаць адказы ўдзельнікаў і адказаць ім.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-title = 👥 Каманда «{ $title }»
# Variables:
#   $names (String) - the members with their cities, as a list
coach-team-members = Удзельнікі: { $names }
coach-team-no-checkin = 🗓 Апытанняў яшчэ не было.
# Variables:
#   $when (String) - a date, with how long ago it was
coach-team-last = 🗓 Апошняе апытанне: { $when }
# Variables:
#   $date (String) - a date
#   $ago (String) - how long ago, e.g. "3 days ago"
coach-date-ago = { $date } ({ $ago })
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-up = 📈 Настрой паляпшаецца: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-down = 📉 Настрой пагаршаецца: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-steady = ➡️ Настрой роўны: { $before }/5 → { $now }/5
# Variables:
#   $now (Number) - average mood of the only round with one (1–5)
coach-trend-unknown = Настрой: { $now }/5 (дынамікі пакуль няма)
# Variables:
#   $names (String) - members whose newest check-in names a blocker
coach-team-blockers = ⚠️ Нешта перашкаджае: { $names }
coach-team-no-blockers = Адкрытых цяжкасцей няма.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-head = 👥 Каманда «{ $title }»: апошняе апытанне кожнага ўдзельніка.
# Variables:
#   $name (String) - a member, with their city
coach-member-name = 👤 { $name }
# Variables:
#   $when (String) - the round's date, with how long ago it was
coach-member-day = 🗓 { $when }
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
coach-member-language = { $mark } Мова адказу: { $language } (паказана як напісана)
# Variables:
#   $text (String) - the member's answer
coach-answer-moved = Што зрушылася: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-next = Што далей: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-outcome = Што атрымалася: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-advice = Парада: { $text }
# Variables:
#   $text (String) - what blocks the member
coach-answer-blocking = ⚠️ Перашкаджае: { $text }
# Variables:
#   $mood (Number) - 1 to 5
coach-member-mood = Настрой: { $mood }/5
coach-member-silent = Адказаў на апытанне пакуль няма.
coach-team-footer = Адкажыце аднаму чалавеку (атрымае толькі ён) або ўсёй камандзе:
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask = ✉️ Напішыце адказ для: { $name }. Яго атрымае толькі гэты чалавек — у машынным перакладзе (мова: { $language }), з адзнакай пра гэта.
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask-untranslated = ✉️ Напішыце адказ для: { $name }. Яго атрымае толькі гэты чалавек, з загалоўкам на яго мове ({ $language }); ваш тэкст прыйдзе як ёсць (аўтаматычнага перакладу няма).
# Variables:
#   $name (String) - the member, gender unknown
coach-member-sent = ✉️ Адпраўлена толькі атрымальніку: { $name }.
# Variables:
#   $count (Number) - people the message reaches
#   $text (String) - the message
coach-team-confirm =
    Адправіць усёй камандзе ({ $count ->
        [1] 1 чалавеку
        [one] { $count } чалавеку
        [few] { $count } чалавекам
        [many] { $count } чалавекам
       *[other] { $count } чалавека
    })?

    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach-personal =
    🧭 Ваш коўч { $name } адказвае асабіста вам:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-personal-translated =
    🧭 Ваш коўч { $name } адказвае асабіста вам:
    { $text }
    🤖 Машынны пераклад (арыгінал: { $source })
