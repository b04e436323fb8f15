## Добір і команди

menu-team = 🤝 Моя команда
commands-team = Ваша проєктна команда
staff-matching = 🤝 Добір команд
teams-someone = учасник
teams-open = 🤝 Відкрити мою команду
teams-open-idea = 💡 Відкрити ідею
teams-show-original = 🌐 Показати оригінал
teams-notices-off = 🔕 Більше не надсилати такі сповіщення

matching-join = ✅ Долучитися
matching-decline = ✖️ Не для мене
# Variables:
#   $wanted (String) - yes if they want to work on the idea
#   $voted (String) - yes if they voted for it
#   $themes (String) - shared themes or -
#   $languages (String) - languages shared with the team or -
matching-reasons = { $wanted ->
        [yes] ви хочете над нею працювати;
       *[no] {""}
    } { $voted ->
        [yes] ви голосували за неї;
       *[no] {""}
    } близькі вам теми: { $themes }; спільні з командою мови: { $languages }
# Variables:
#   $title (String) - idea
#   $teammates (String) - the others by city
#   $count (Number) - team size
#   $reasons (String) - why this person was matched
#   $interpretation (String) - yes when the team has no common language
#   $deadline (String) - answer by
matching-proposal =
    🤝 Вам пропонують змішану команду (учасників: { $count }) навколо ідеї «{ $title }».
    Інші: { $teammates }.
    Чому ви: { $reasons }.
    { $interpretation ->
        [yes] 🗣 У команді немає мови, яку знають усі: бот перекладає повідомлення команди.
       *[no] {""}
    }
    Будь ласка, дайте відповідь до { $deadline }.
matching-declined = Дякуємо, що повідомили. У наступному раунді вас можна буде добрати до іншої ідеї.
matching-accepted-waiting = ✅ Дякуємо! Команда складеться, щойно долучиться достатньо людей з обох міст.
matching-accepted-team = ✅ Ласкаво просимо до команди!
# Variables:
#   $title (String) - idea
#   $count (Number) - members
matching-team-formed = 🎉 Ваша команда для «{ $title }» склалася (поки учасників: { $count }). Привітайтеся через /team.
# Variables:
#   $title (String) - idea
matching-idea-picked = 🎉 Навколо вашої ідеї «{ $title }» складається змішана команда.
matching-proposal-gone = Ця пропозиція вже закрита.
matching-already-published = Цей раунд уже опубліковано; для наступного раунду почніть новий пробний добір.
matching-nothing-to-publish = У цьому раунді нікого пропонувати.
# Variables:
#   $number (Number) - round number
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer
#   $teams (Number) - teams formed so far
matching-round-closed = 🤝 Раунд добору { $number } завершено: погодилися { $accepted }, відмовилися { $declined }, без відповіді { $expired }. Команд склалося: { $teams }. Тих, хто без команди, можна добрати в новому раунді.

teams-none = Ви поки не в команді. Команди складаються на воркшопі «Match & Sprint».
# Variables:
#   $name (String) - member
#   $city (String) - their city
teams-member-line = • { $name } ({ $city })
# Variables:
#   $title (String) - idea
#   $members (String) - member lines
#   $coach (String) - coach or -
#   $link (String) - group link or -
teams-card =
    🤝 Команда «{ $title }»

    { $members }

    🧭 Коуч: { $coach }
    💬 Група: { $link }
teams-write = ✉️ Написати команді
teams-set-link = 🔗 Прив'язати нашу групу в Telegram
teams-change-link = 🔗 Змінити посилання на групу
teams-leave = 🚪 Вийти з команди
teams-leave-ask = Вийти з команди? Ви більше не отримуватимете її повідомлення та опитування.
teams-leave-yes = 🚪 Так, вийти
teams-left = Ви вийшли з команди.
teams-write-ask = Напишіть повідомлення для команди. Кожен отримає його своєю мовою.
teams-link-ask = Надішліть посилання-запрошення вашої групи в Telegram (https://t.me/…).
teams-link-saved = 🔗 Посилання на групу збережено.
# Variables:
#   $count (Number) - recipients
teams-message-sent = ✉️ Надіслано, отримувачів: { $count }.
# Variables:
#   $name (String) - sender
#   $city (String) - sender's city
#   $text (String) - message
teams-message =
    💬 { $name } { $city }:
    { $text }
# Variables:
#   $name (String) - sender
#   $city (String) - sender's city
#   $text (String) - translated message
#   $source (String) - original language
teams-message-translated =
    💬 { $name } { $city }:
    { $text }
    🤖 Машинний переклад (оригінал: { $source })
# Variables:
#   $name (String) - who left
teams-member-left = 🚪 { $name } вийшов(-ла) з команди.
teams-error-empty = Будь ласка, напишіть щось.
# Variables:
#   $limit (Number) - maximum length
teams-error-long = Задовго: будь ласка, не більше { $limit } символів.
teams-error-link = Будь ласка, надішліть посилання Telegram на зразок https://t.me/+AbCdEf123.
# Variables:
#   $title (String) - idea
#   $count (Number) - members
teams-coach-assigned = 🧭 Тепер ви коуч команди «{ $title }» (учасників: { $count }).
# Variables:
#   $name (String) - coach
teams-coach-for-members = 🧭 У вашої команди тепер є коуч: { $name }.
# Variables:
#   $city (String) - city of the person looking
#   $title (String) - idea
teams-partner-notice = 🙋 Хтось у місті { $city } шукає партнерів для «{ $title }».
teams-notices-are-off = 🔕 Готово — такі сповіщення більше не надходитимуть.

# Variables:
#   $partnership (String) - partnership
#   $low (Number) - minimum team size
#   $high (Number) - maximum team size
matching-home = 🤝 Добір команд для { $partnership }. Розмір команди { $low }–{ $high }, у кожній команді люди щонайменше з двох міст. Почніть із пробного добору: нічого не надійде, доки ви не опублікуєте.
matching-dry-run = 🔍 Пробний добір
matching-round-status = 📊 Відповіді останнього раунду
matching-teams = 👥 Команди та коучі
# Variables:
#   $title (String) - idea
matching-drop = ✖️ Прибрати «{ $title }»
matching-move = 🔀 Перемістити людину
matching-publish = 📢 Опублікувати (відповідь протягом 48 год)
# Variables:
#   $number (Number) - team number
#   $title (String) - idea
#   $count (Number) - members
#   $split (String) - members per city
#   $interpretation (String) - yes when no common language
matching-team-line = { $number }. { $title } — { $count } ({ $split }){ $interpretation ->
        [yes] {" "}🗣 потрібен переклад
       *[no] {""}
    }
# Variables:
#   $teams (Number) - proposed teams
#   $placed (Number) - people placed
#   $people (Number) - people considered
#   $lines (String) - team lines
#   $no_signal (Number) - people without any interest
#   $no_team (Number) - people whose ideas got no team
#   $single_city (String) - ideas without interest from a partner city
matching-dry-run-result =
    🔍 Пробний добір: команд — { $teams }, розподілено { $placed } з { $people }.

    { $lines }

    Не розподілені: { $no_signal } без виявленого інтересу, { $no_team } — їхні ідеї не набрали команду.
    Ідеї без інтересу з міста-партнера: { $single_city }
matching-moved = 🔀 Переміщено.
matching-move-who = Кого перемістити?
matching-move-where = До якої команди?
# Variables:
#   $count (Number) - people who got a proposal
matching-published = 📢 Опубліковано: пропозиції отримують { $count } ос.
# Variables:
#   $proposed (Number) - waiting for an answer
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer in time
matching-status = 📊 Чекаємо: { $proposed } · погодилися: { $accepted } · відмовилися: { $declined } · без відповіді: { $expired }
# Variables:
#   $count (Number) - teams
matching-teams-list = 👥 Команд: { $count }. Натисніть на команду, щоб вибрати коуча.
# Variables:
#   $title (String) - idea
#   $count (Number) - members
#   $coach (String) - coach or —
matching-team-item = { $title } · { $count } · 🧭 { $coach }
matching-choose-coach = Хто буде коучем цієї команди? (Коучі долучаються за посиланням-запрошенням з /invite.)
matching-coach-set = 🧭 Коуча призначено; коучу й команді повідомлено.
