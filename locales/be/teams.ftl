## Падбор і каманды

menu-team = 🤝 Мая каманда
commands-team = Ваша праектная каманда
staff-matching = 🤝 Падбор каманд
teams-open = 🤝 Адкрыць маю каманду
teams-open-idea = 💡 Адкрыць ідэю
teams-show-original = 🌐 Паказаць арыгінал
teams-notices-off = 🔕 Адключыць такія апавяшчэнні

matching-join = Далучыцца
matching-decline = ✖️ Не для мяне
matching-reason-wanted = вы хочаце працаваць над ёй
matching-reason-voted = вы галасавалі за яе
# Variables:
#   $themes (String) - themes of the idea the person chose in their profile
matching-reason-themes = блізкія вам тэмы: { $themes }
# Variables:
#   $languages (String) - languages the person shares with the team
matching-reason-languages = агульныя з камандай мовы: { $languages }
# Variables:
#   $title (String) - idea title, gender unknown
#   $teammates (String) - the others by city
#   $count (Number) - team size
#   $reasons (String) - why this person was matched
#   $has_reasons (String) - yes when any reason is known, else no (matching-reasons)
#   $interpretation (String) - translated / untranslated when the team has no common language (with or without machine translation), else no
#   $deadline (String) - answer by (date and time)
matching-proposal =
    🤝 Вам прапануюць увайсці ў змешаную каманду з { $count ->
        [one] { $count } чалавека
        [few] { $count } чалавек
        [many] { $count } чалавек
       *[other] { $count } чалавека
    } вакол ідэі «{ $title }».
    Астатнія: { $teammates }.
    { $has_reasons ->
        [yes] Чаму вы: { $reasons }.
       *[no] {""}
    }
    { $interpretation ->
        [translated] 🗣 У камандзе няма мовы, якую ведаюць усе: бот перакладае паведамленні каманды.
        [untranslated] 🗣 У камандзе няма мовы, якую ведаюць усе, а паведамленні прыходзяць такімі, як іх напісалі: аўтаматычнага перакладу няма.
       *[no] {""}
    }
    Калі ласка, адкажыце да { $deadline }.
matching-declined = Дзякуй, што паведамілі. У наступным раўндзе вас можна будзе падабраць да іншай ідэі.
matching-accepted-waiting = ✅ Дзякуй! Каманда складзецца, як толькі далучыцца дастаткова людзей з абодвух гарадоў.
matching-accepted-team = ✅ Вітаем у камандзе!
# Variables:
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
matching-team-formed = 🎉 Ваша каманда вакол ідэі «{ $title }» склалася (удзельнікаў пакуль: { $count }). Павітайцеся з усімі праз /team.
# Variables:
#   $title (String) - idea title, gender unknown
matching-idea-picked = 🎉 Вакол вашай ідэі «{ $title }» складаецца змешаная каманда.
matching-proposal-gone = Гэтая прапанова ўжо закрытая.
matching-already-published = Гэты раўнд ужо апублікаваны; для наступнага раўнда пачніце новы пробны падбор.
matching-nothing-to-publish = Пакуль няма каму адпраўляць прапановы: не склалася ніводная каманда.
# Variables:
#   $number (Number) - round number
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer
#   $teams (Number) - teams formed so far
matching-round-closed = 🤝 Завершаны раўнд падбору № { $number }: пагадзіліся — { $accepted }, адмовіліся — { $declined }, без адказу — { $expired }. Каманд склалася: { $teams }. Тых, хто застаўся без каманды, можна падабраць у новым раўндзе.

teams-none = Вы пакуль не ў камандзе. Каманды складаюцца на варкшопе «Match & Sprint».
# Variables:
#   $name (String) - member's name, gender unknown
#   $city (String) - their city
teams-member-line = • { $name } ({ $city })
# Variables:
#   $title (String) - idea title, gender unknown
#   $members (String) - member lines
teams-card =
    🤝 Каманда «{ $title }»

    { $members }
# Variables:
#   $coach (String) - the coach's name
teams-card-coach = 🧭 Коўч: { $coach }
# Variables:
#   $link (String) - the group's invite link
teams-card-link = 💬 Група: { $link }
# Variables:
#   $name (String) - member whose city is not known
teams-member-line-no-city = • { $name }
teams-write = ✉️ Напісаць камандзе
teams-set-link = 🔗 Дадаць групу ў Telegram
teams-change-link = 🔗 Змяніць спасылку на групу
teams-leave = 🚪 Выйсці з каманды
teams-leave-ask = Выйсці з каманды? Вы больш не будзеце атрымліваць яе паведамленні і апытанні.
teams-leave-yes = 🚪 Так, выйсці
teams-left = Вы выйшлі з каманды.
teams-write-ask = Напішыце паведамленне для каманды. Кожны атрымае яго на сваёй мове.
teams-write-ask-untranslated = Напішыце паведамленне для каманды. Яно прыйдзе такім, як вы яго напішаце: аўтаматычнага перакладу няма.
teams-link-ask = Дашліце спасылку-запрашэнне вашай групы ў Telegram (https://t.me/…).
teams-link-saved = 🔗 Спасылка на групу захаваная.
# Variables:
#   $count (Number) - recipients
teams-message-sent = ✉️ Адпраўлена { $count ->
        [one] { $count } чалавеку
        [few] { $count } чалавекам
        [many] { $count } чалавекам
       *[other] { $count } чалавека
    }.
# Variables:
#   $sender (String) - sender's name, with their city when known; gender unknown
#   $text (String) - message
teams-message =
    💬 { $sender }:
    { $text }
# Variables:
#   $sender (String) - sender's name, with their city when known; gender unknown
#   $text (String) - translated message
#   $source (String) - original language, lower case
teams-message-translated =
    💬 { $sender }:
    { $text }
    🤖 Машынны пераклад (арыгінал: { $source })
# Variables:
#   $name (String) - who left, gender unknown (so no past-tense verb after it)
teams-member-left = 🚪 { $name } больш не ў камандзе.
teams-error-empty = Калі ласка, напішыце штосьці.
# Variables:
#   $limit (Number) - maximum length
teams-error-long = Занадта доўга: калі ласка, не больш за { $limit ->
        [one] { $limit } сімвал
        [few] { $limit } сімвалы
        [many] { $limit } сімвалаў
       *[other] { $limit } сімвала
    }.
teams-error-link = Калі ласка, дашліце спасылку Telegram накшталт https://t.me/+AbCdEf123.
# Variables:
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
teams-coach-assigned = 🧭 Цяпер вы коўч каманды «{ $title }» (удзельнікаў: { $count }).
# Variables:
#   $name (String) - coach's name, gender unknown
teams-coach-for-members = 🧭 У вашай каманды цяпер ёсць коўч: { $name }.
# Variables:
#   $city (String) - city of the person looking, used after the noun «горадзе»
#   $title (String) - idea title, gender unknown
teams-partner-notice = 🙋 Нехта ў горадзе { $city } шукае партнёраў для ідэі «{ $title }».
teams-notices-are-off = 🔕 Гатова — такія апавяшчэнні больш не прыйдуць.

# Variables:
#   $partnership (String) - partnership name
#   $low (Number) - minimum team size
#   $high (Number) - maximum team size
matching-home = 🤝 Падбор каманд: { $partnership }. Памер каманды: ад { $low } да { $high }; у кожнай камандзе — людзі як мінімум з двух гарадоў. Пачніце з пробнага падбору: нічога не будзе адпраўлена, пакуль вы не апублікуеце вынік.
matching-dry-run = 🔍 Пробны падбор
matching-round-status = 📊 Адказы апошняга раўнда
matching-teams = 👥 Каманды і коўчы
# Variables:
#   $title (String) - idea title (first 30 characters), gender unknown
matching-drop = ✖️ Прыбраць «{ $title }»
matching-move = 🔀 Перамясціць чалавека
matching-publish = 📢 Апублікаваць (48 гадз.)
# Variables:
#   $count (Number) - people who get a proposal
matching-publish-ask = 📢 Разаслаць прапановы { $count ->
        [1] 1 чалавеку
        [one] { $count } чалавеку
        [few] { $count } людзям
        [many] { $count } людзям
       *[other] { $count } людзям
    }? Усе атрымаюць свае каманды і 48 гадзін на адказ. Нічога не будзе адпраўлена, пакуль вы не пацвердзіце.
matching-publish-send = 📢 Разаслаць прапановы
# Variables:
#   $number (Number) - team number
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
#   $split (String) - members per city, e.g. "Карлсруэ 3, Краснадар 2"
#   $interpretation (String) - yes when no common language
matching-team-line = { $number }. { $title } — { $count } ({ $split }){ $interpretation ->
        [yes] {" "}🗣 патрэбны пераклад
       *[no] {""}
    }
# Variables:
#   $teams (Number) - proposed teams
#   $placed (Number) - people placed
#   $people (Number) - people considered
matching-dry-run-summary = 🔍 Пробны падбор: каманд — { $teams }, размеркавана людзей — { $placed } з { $people }.
matching-dry-run-no-teams = Пакуль не атрымліваецца ніводнай каманды: ніжэй — каго не ўдалося размеркаваць і чаму.
matching-unplaced-heading = Не размеркаваныя:
# Variables:
#   $name (String) - person (name · city)
#   $reason (String) - no-signal, dropped, full, no-partner or no-team
matching-unplaced-line = • { $name }: { $reason ->
        [no-signal] цікавасці ні да адной ідэі не выяўлена
        [dropped] усе ідэі, якія цікавяць гэтага чалавека, выключаны
        [full] каманда па выбранай ідэі ўжо поўная
        [no-partner] ідэі, якія цікавяць гэтага чалавека, не цікавыя нікому з горада-партнёра
       *[no-team] па ідэях, якія цікавяць гэтага чалавека, замала людзей для каманды
    }
# Variables:
#   $count (Number) - people not listed
matching-unplaced-more = … і яшчэ { $count }
# Variables:
#   $titles (String) - idea titles
matching-single-city = Ідэі, якімі не зацікавіліся ў горадзе-партнёры: { $titles }
matching-moved = 🔀 Перамешчана.
matching-move-who = Каго перамясціць?
matching-move-where = У якую каманду?
# Variables:
#   $count (Number) - people who got a proposal
matching-published = 📢 Апублікавана: { $count ->
        [one] прапанову зараз атрымлівае { $count } чалавек.
        [few] прапановы зараз атрымліваюць { $count } чалавекі.
        [many] прапановы зараз атрымліваюць { $count } чалавек.
       *[other] прапановы зараз атрымліваюць { $count } чалавека.
    }
# Variables:
#   $proposed (Number) - waiting for an answer
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer in time
matching-status = 📊 Чакаем адказу: { $proposed } · пагадзіліся: { $accepted } · адмовіліся: { $declined } · без адказу: { $expired }
# Variables:
#   $count (Number) - teams
matching-teams-list = 👥 Каманд: { $count }. Націсніце на каманду, каб выбраць коўча.
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
#   $coach (String) - the coach's name
matching-teams-entry = • { $title }: { $count ->
        [one] { $count } удзельнік
        [few] { $count } удзельнікі
        [many] { $count } удзельнікаў
       *[other] { $count } удзельніка
    } · 🧭 { $coach }
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
matching-teams-entry-no-coach = • { $title }: { $count ->
        [one] { $count } удзельнік
        [few] { $count } удзельнікі
        [many] { $count } удзельнікаў
       *[other] { $count } удзельніка
    } · коўча пакуль няма
matching-choose-coach = Хто будзе коўчам гэтай каманды? (Коўчы далучаюцца па спасылцы-запрашэнні з /invite.)
matching-coach-set = 🧭 Коўч прызначаны; коўчу і камандзе паведамлена.
