## Добір і команди

menu-team = 🤝 Моя команда
commands-team = Ваша проєктна команда
staff-matching = 🤝 Добір команд
teams-open = 🤝 Відкрити мою команду
teams-open-idea = 💡 Відкрити ідею
teams-show-original = 🌐 Показати оригінал
teams-notices-off = 🔕 Вимкнути такі сповіщення

matching-join = Долучитися
matching-decline = ✖️ Не для мене
matching-reason-wanted = ви хочете долучитися до неї
matching-reason-voted = ви голосували за неї
# Variables:
#   $themes (String) - themes of the idea the person chose in their profile
matching-reason-themes = близькі вам теми: { $themes }
# Variables:
#   $languages (String) - languages the person shares with the team
matching-reason-languages = спільні з командою мови: { $languages }
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідеї"
#   $teammates (String) - the others by city
#   $count (Number) - team size; written as "учасників: N", no agreement needed
#   $reasons (String) - why this person was matched
#   $has_reasons (String) - yes when any reason is known, else no (matching-reasons)
#   $interpretation (String) - selector key: translated / untranslated when the team has no common language (with or without machine translation), else no
#   $deadline (String) - answer by: date and time, already formatted
matching-proposal =
    🤝 Вас запрошують до змішаної команди навколо ідеї «{ $title }» (учасників: { $count }).
    Інші: { $teammates }.
    { $has_reasons ->
        [yes] Чому ви: { $reasons }.
       *[no] {""}
    }
    { $interpretation ->
        [translated] 🗣 У команді немає мови, яку знають усі: бот перекладає повідомлення команди.
        [untranslated] 🗣 У команді немає мови, яку знають усі, а повідомлення надходять так, як їх написано: автоматичного перекладу немає.
       *[no] {""}
    }
    Будь ласка, дайте відповідь до { $deadline }.
matching-declined = Дякуємо, що повідомили. У наступному раунді вам можуть запропонувати іншу ідею.
matching-accepted-waiting = ✅ Дякуємо! Команда сформується, щойно долучиться достатньо людей з обох міст.
matching-accepted-team = ✅ Ласкаво просимо до команди!
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідеї"
#   $count (Number) - members so far; written as "учасників: N", no agreement needed
matching-team-formed = 🎉 Команду для ідеї «{ $title }» сформовано (поки що учасників: { $count }). Привітайтеся з усіма через /team.
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідеї"
matching-idea-picked = 🎉 Навколо вашої ідеї «{ $title }» формується змішана команда.
matching-proposal-gone = Ця пропозиція вже закрита.
matching-already-published = Цей раунд уже опубліковано; для наступного раунду почніть новий пробний добір.
matching-nothing-to-publish = Поки нема кому надсилати пропозиції: не склалася жодна команда.
# Variables:
#   $number (Number) - round number
#   $accepted (Number) - people who accepted; all counts follow a verb or a colon, no noun agreement needed
#   $declined (Number) - people who declined
#   $expired (Number) - people who did not answer
#   $teams (Number) - teams formed so far
matching-round-closed = 🤝 Раунд добору № { $number } завершено: погодилися — { $accepted }, відмовилися — { $declined }, без відповіді — { $expired }. Сформовано команд: { $teams }. Людей без команди можна буде розподілити в новому раунді.

teams-none = Ви поки не в команді. Команди формуються на воркшопі «Match & Sprint».
# Variables:
#   $name (String) - member's name
#   $city (String) - their city, nominative
teams-member-line = • { $name } ({ $city })
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "Команда"
#   $members (String) - member lines
teams-card =
    🤝 Команда «{ $title }»

    { $members }
# Variables:
#   $coach (String) - the coach's name
teams-card-coach = 🧭 Коуч: { $coach }
# Variables:
#   $link (String) - the group's invite link
teams-card-link = 💬 Група: { $link }
# Variables:
#   $name (String) - member whose city is not known
teams-member-line-no-city = • { $name }
teams-write = ✉️ Написати команді
teams-set-link = 🔗 Додати посилання на групу
teams-change-link = 🔗 Змінити посилання на групу
teams-leave = 🚪 Вийти з команди
teams-leave-ask = Вийти з команди? Ви більше не отримуватимете її повідомлення та опитування.
teams-leave-yes = 🚪 Так, вийти
teams-left = Ви вийшли з команди.
teams-write-ask = Напишіть повідомлення для команди. Кожен отримає його своєю мовою.
teams-write-ask-untranslated = Напишіть повідомлення для команди. Воно надійде саме так, як ви його напишете: автоматичного перекладу немає.
teams-link-ask = Надішліть посилання-запрошення вашої групи в Telegram (https://t.me/…).
teams-link-saved = 🔗 Посилання на групу збережено.
# Variables:
#   $count (Number) - recipients; the noun agrees with it, so it is in the selector (dative: "людині"/"людям")
teams-message-sent = ✉️ Надіслано { $count ->
        [one] { $count } людині
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людям
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
#   $source (String) - original language, lower case nominative ("німецька")
teams-message-translated =
    💬 { $sender }:
    { $text }
    🤖 Машинний переклад (оригінал: { $source })
# Variables:
#   $name (String) - name of who left, gender unknown: no verb in the past tense may agree with it
teams-member-left = 🚪 { $name } більше не в команді.
teams-error-empty = Будь ласка, напишіть щось.
# Variables:
#   $limit (Number) - maximum length in characters; the noun agrees with it, so it is in the selector
teams-error-long = { $limit ->
        [one] Задовго: будь ласка, не більше ніж { $limit } символ.
        [few] Задовго: будь ласка, не більше ніж { $limit } символи.
        [many] Задовго: будь ласка, не більше ніж { $limit } символів.
       *[other] Задовго: будь ласка, не більше ніж { $limit } символу.
    }
teams-error-link = Будь ласка, надішліть посилання Telegram на зразок https://t.me/+AbCdEf123.
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "команди"
#   $count (Number) - members; written as "учасників: N", no agreement needed
teams-coach-assigned = 🧭 Тепер ви коуч команди «{ $title }» (учасників: { $count }).
# Variables:
#   $name (String) - coach's name, gender unknown (after a colon)
teams-coach-for-members = 🧭 У вашої команди тепер є коуч: { $name }.
# Variables:
#   $city (String) - city of the person looking, nominative (after "у місті")
#   $title (String) - idea title, gender unknown: keep it after the noun "ідеї"
teams-partner-notice = 🙋 Хтось у місті { $city } шукає партнерів для ідеї «{ $title }».
teams-notices-are-off = 🔕 Готово — такі сповіщення більше не надходитимуть.

# Variables:
#   $partnership (String) - partnership name, gender unknown
#   $low (Number) - minimum team size
#   $high (Number) - maximum team size; shown as a range "N–M" after "Розмір команди:", no agreement needed
matching-home = 🤝 Добір команд: { $partnership }. Розмір команди: від { $low } до { $high }, у кожній команді — люди щонайменше з двох міст. Почніть із пробного добору: ніхто нічого не отримає, доки ви не опублікуєте результат.
matching-dry-run = 🔍 Пробний добір
matching-round-status = 📊 Відповіді останнього раунду
matching-teams = 👥 Команди та коучі
# Variables:
#   $title (String) - idea title, cut to 30 characters, gender unknown; button label
matching-drop = ✖️ Прибрати «{ $title }»
matching-move = 🔀 Перемістити людину
matching-publish = 📢 Опублікувати (строк 48 год)
# Variables:
#   $count (Number) - people who get a proposal
matching-publish-ask = 📢 Надіслати пропозиції { $count ->
        [1] 1 людині
        [one] { $count } людині
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людям
    }? Усі отримають свої команди й 48 годин на відповідь. Нічого не буде надіслано, доки ви не підтвердите.
matching-publish-send = 📢 Надіслати пропозиції
# Variables:
#   $number (Number) - team number
#   $title (String) - idea title
#   $count (Number) - members; shown without a noun
#   $split (String) - members per city, e.g. "Karlsruhe 2 · Krasnodar 3"
#   $interpretation (String) - yes when no common language (selector key)
matching-team-line = { $number }. { $title } — { $count } ({ $split }){ $interpretation ->
        [yes] {" "}🗣 потрібен переклад
       *[no] {""}
    }
# Variables:
#   $teams (Number) - proposed teams
#   $placed (Number) - people placed
#   $people (Number) - people considered
matching-dry-run-summary = 🔍 Пробний добір: команд — { $teams }, розподілено { $placed } з { $people }.
matching-dry-run-no-teams = Поки що не виходить жодної команди: нижче — кого не розподілено і чому.
matching-unplaced-heading = Не розподілено:
# Variables:
#   $name (String) - person (name · city)
#   $reason (String) - no-signal, dropped, full, no-partner or no-team
matching-unplaced-line = • { $name }: { $reason ->
        [no-signal] інтересу до жодної ідеї не виявлено
        [dropped] усі ідеї, що цікавлять цю людину, вилучено
        [full] команда за обраною ідеєю вже повна
        [no-partner] ідеї, що цікавлять цю людину, не цікавлять нікого з міста-партнера
       *[no-team] за ідеями, що цікавлять цю людину, замало людей для команди
    }
# Variables:
#   $count (Number) - people not listed
matching-unplaced-more = … і ще { $count }
# Variables:
#   $titles (String) - idea titles
matching-single-city = Ідеї без інтересу з міста-партнера: { $titles }
matching-moved = 🔀 Переміщено.
matching-move-who = Кого перемістити?
matching-move-where = До якої команди?
# Variables:
#   $count (Number) - people who got a proposal; the noun and verb agree with it, so they are in the selector
matching-published = 📢 Опубліковано: { $count ->
        [one] пропозицію отримує { $count } людина.
        [few] пропозиції отримують { $count } людини.
        [many] пропозиції отримують { $count } людей.
       *[other] пропозиції отримують { $count } людини.
    }
# Variables:
#   $proposed (Number) - waiting for an answer; every count follows a colon, no agreement needed
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer in time
matching-status = 📊 Чекають на відповідь: { $proposed } · погодилися: { $accepted } · відмовилися: { $declined } · без відповіді: { $expired }
# Variables:
#   $count (Number) - teams; after a colon, no agreement needed
matching-teams-list = 👥 Команд: { $count }. Натисніть на команду, щоб вибрати коуча.
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
#   $coach (String) - the coach's name
matching-teams-entry = • { $title }: { $count ->
        [one] { $count } учасник
        [few] { $count } учасники
        [many] { $count } учасників
       *[other] { $count } учасника
    } · 🧭 { $coach }
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
matching-teams-entry-no-coach = • { $title }: { $count ->
        [one] { $count } учасник
        [few] { $count } учасники
        [many] { $count } учасників
       *[other] { $count } учасника
    } · коуча ще немає
matching-choose-coach = Хто буде коучем цієї команди? (Коучі долучаються за посиланням-запрошенням з /invite.)
matching-coach-set = 🧭 Коуча призначено; коучу й команді повідомлено.
