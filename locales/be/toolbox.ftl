## toolbox
commands-toolbox = Дапаможнікі, шаблоны і гранты ў інструментарыі
toolbox-menu-button = 🧰 Інструментарый

toolbox-home =
    🧰 Інструментарый: дапаможнікі, шаблоны, удалыя прыклады, урокі і гранты для праектаў партнёрства.

    Напішыце, што вы шукаеце, на любой мове — або выберыце раздзел ніжэй.

# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries of that kind)
toolbox-button-kind = { $kind ->
    [guide] 📘 Дапаможнікі
    [template] 📄 Шаблоны
    [practice] ⭐ Удалыя прыклады
    [tutorial] 🎬 Урокі
   *[funding] 💶 Гранты
} · { $count }
# Variables: $kind (guide, template, practice, tutorial, funding)
toolbox-kind-name = { $kind ->
    [guide] Дапаможнік
    [template] Шаблон
    [practice] Удалы прыклад
    [tutorial] Урок
   *[funding] Грант
}
# Variables: $kind (guide, template, practice, tutorial, funding), $topics (the topics, joined)
toolbox-kind-and-topics = { $kind ->
    [guide] Дапаможнік
    [template] Шаблон
    [practice] Удалы прыклад
    [tutorial] Урок
   *[funding] Грант
} · { $topics }

toolbox-topic-youth = Моладзь
toolbox-topic-education = Адукацыя
toolbox-topic-culture = Культура
toolbox-topic-sport = Спорт
toolbox-topic-environment = Экалогія
toolbox-topic-digitalisation = Лічбавізацыя
toolbox-topic-social = Сацыяльная сфера
toolbox-topic-economy = Эканоміка
toolbox-topic-democracy = Дэмакратыя
toolbox-topic-mobility = Мабільнасць
toolbox-phase-apply = Падача заяўкі
toolbox-phase-kickoff = Старт
toolbox-phase-sprint = Спрынт
toolbox-phase-coaching = Коўчынг

toolbox-button-suggest = 💡 Прапанаваць матэрыял
toolbox-button-previous = ◀️ Назад
toolbox-button-next = Далей ▶️
toolbox-button-past-funding = ⌛ Паказаць мінулыя гранты
toolbox-button-home = 🧰 Інструментарый
toolbox-button-template = 📄 Атрымаць шаблон
# Variables: $kind (tutorial, funding, …)
toolbox-button-link = { $kind ->
    [tutorial] 🎬 Глядзець урок
    [funding] 🔗 Старонка фонду
   *[other] 🔗 Адкрыць спасылку
}
toolbox-button-remind = 🔔 Нагадаць за 7 дзён
toolbox-button-my-language = 🌐 На маёй мове
toolbox-button-original = 📜 Паказаць арыгінал
toolbox-button-helpful = 👍 Так
toolbox-button-unhelpful = 👎 Не
toolbox-button-back = ⬅️ Назад
toolbox-button-open-in-bot = 🧰 Адкрыць у боце
toolbox-button-open = 🧰 Адкрыць матэрыял

# Variables: $query (what was typed), $count (entries found)
toolbox-results = { $count ->
    [0] 🔎 Па запыце «{ $query }» нічога не знойдзена.
    [1] 🔎 Па запыце «{ $query }» знойдзены адзін матэрыял:
    [one] 🔎 Па запыце «{ $query }» знойдзены { $count } матэрыял:
    [few] 🔎 Па запыце «{ $query }» знойдзена { $count } матэрыялы:
    [many] 🔎 Па запыце «{ $query }» знойдзена { $count } матэрыялаў:
   *[other] 🔎 Па запыце «{ $query }» знойдзена { $count } матэрыялаў:
}
# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries)
toolbox-list-kind = { $kind ->
    [guide] 📘 Дапаможнікі
    [template] 📄 Шаблоны
    [practice] ⭐ Удалыя прыклады
    [tutorial] 🎬 Урокі
   *[funding] 💶 Гранты
}: { $count ->
    [0] пакуль няма.
    [1] адзін матэрыял.
    [one] { $count } матэрыял.
    [few] { $count } матэрыялы.
    [many] { $count } матэрыялаў.
   *[other] { $count } матэрыялаў.
}
# Variables: $topic (a topic or programme phase), $count (entries)
toolbox-list-topic = 🏷 { $topic }: { $count ->
    [0] матэрыялаў пакуль няма.
    [1] адзін матэрыял.
    [one] { $count } матэрыял.
    [few] { $count } матэрыялы.
    [many] { $count } матэрыялаў.
   *[other] { $count } матэрыялаў.
}
# Variables: $count (funding opportunities past their deadline)
toolbox-past-funding-hidden = { $count ->
    [1] ⌛ Адзін грант з мінулым тэрмінам падачы схаваны.
    [one] ⌛ { $count } грант з мінулым тэрмінам падачы схаваны.
    [few] ⌛ { $count } гранты з мінулым тэрмінам падачы схаваны.
    [many] ⌛ { $count } грантаў з мінулым тэрмінам падачы схаваны.
   *[other] ⌛ { $count } грантаў з мінулым тэрмінам падачы схаваны.
}
toolbox-type-hint = Націсніце на матэрыял або напішыце новы запыт.
toolbox-nothing-hint = Паспрабуйце іншыя або карацейшыя словы — падыдзе любая мова. Арганізатары бачаць, што шукалі і не знайшлі.

# Variables: $language (the original's language)
toolbox-machine-translation = 🤖 Машынны пераклад (арыгінал: { $language }).
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline = ⏳ Тэрмін падачы: { $deadline }
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline-passed = ⌛ Тэрмін падачы мінуў: { $deadline }
toolbox-deadline-open = ⏳ Без тэрміну: падаць заяўку можна ў любы час.
# Variables: $amount (as the funder states it)
toolbox-amount = 💶 Сума: { $amount }
# Variables: $when (date and time, saying whose clock)
toolbox-reminder-planned = 🔔 Нагадванне прыйдзе { $when }.
# Variables: $date (when it was last reviewed)
toolbox-may-be-outdated = ⚠️ Магчыма, састарэла, апошняя праверка: { $date }.
# Variables: $name (the first name of who suggested it)
toolbox-credit = 💡 Аўтар прапановы: { $name }
# Variables: $yes, $no (how many readers found it helpful or not)
toolbox-helpful-question = Ці было гэта карысна? 👍 { $yes } · 👎 { $no }

# Variables: $when (date and time, saying whose clock)
toolbox-reminder-set = 🔔 Гатова: нагадванне прыйдзе { $when }.
toolbox-thanks = Дзякуй за адказ!
toolbox-entry-gone = Гэтага матэрыялу больш няма ў інструментарыі.
toolbox-members-only = Спачатку запусціце бота (/start), тады гэта стане даступна.
toolbox-remind-no-deadline = У гэтага гранта няма тэрміну падачы, нагадваць няма пра што.
toolbox-remind-expired = Тэрмін падачы мінуў: нагадванне немагчымае.
toolbox-remind-too-late = Засталося менш за 7 дзён: падавайце заяўку зараз, нагадванне прыйшло б занадта позна.

# Variables: $title (the entry), $deadline (date and time, saying whose clock)
toolbox-reminder =
    🔔 Нагадванне: тэрмін падачы па матэрыяле «{ $title }» сканчаецца праз 7 дзён.

    ⏳ { $deadline }
