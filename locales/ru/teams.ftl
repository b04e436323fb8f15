## Подбор и команды

menu-team = 🤝 Моя команда
commands-team = Ваша проектная команда
staff-matching = 🤝 Подбор команд
teams-open = 🤝 Открыть мою команду
teams-open-idea = 💡 Открыть идею
teams-show-original = 🌐 Показать оригинал
teams-notices-off = 🔕 Отключить эти уведомления

matching-join = Вступить
matching-decline = ✖️ Не для меня
matching-reason-wanted = вы хотите работать над этой идеей
matching-reason-voted = вы голосовали за неё
# Variables:
#   $themes (String) - themes of the idea the person chose in their profile
matching-reason-themes = близкие вам темы: { $themes }
# Variables:
#   $languages (String) - languages the person shares with the team
matching-reason-languages = языки, общие с командой: { $languages }
# Variables:
#   $title (String) - idea, gender unknown: keep «идея» before it
#   $teammates (String) - the others by city
#   $count (Number) - team size
#   $reasons (String) - why this person was matched
#   $has_reasons (String) - yes when any reason is known, else no
#   $interpretation (String) - translated / untranslated when the team has no common language (with or without machine translation), else no
#   $deadline (String) - answer by
matching-proposal =
    🤝 Вам предлагают поработать над идеей «{ $title }» в смешанной команде из { $count ->
        [one] { $count } человека
        [few] { $count } человек
        [many] { $count } человек
       *[other] { $count } человека
    }.
    Остальные участники: { $teammates }.
    { $has_reasons ->
        [yes] Почему вы: { $reasons }.
       *[no] {""}
    }
    { $interpretation ->
        [translated] 🗣 В команде нет языка, на котором говорят все: бот переводит сообщения команды.
        [untranslated] 🗣 В команде нет языка, на котором говорят все, а сообщения приходят в том виде, в каком их написали: автоматического перевода нет.
       *[no] {""}
    }
    Пожалуйста, ответьте до { $deadline }.
matching-declined = Спасибо, что сообщили. В следующем раунде вас можно будет подобрать к другой идее.
matching-accepted-waiting = ✅ Спасибо! Команда сложится, как только к ней присоединится достаточно людей из обоих городов.
matching-accepted-team = ✅ Добро пожаловать в команду!
# Variables:
#   $title (String) - idea, gender unknown: keep «идея» before it
#   $count (Number) - members
matching-team-formed = 🎉 Ваша команда по идее «{ $title }» сложилась: пока в ней { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }. Поздоровайтесь с командой: /team.
# Variables:
#   $title (String) - idea, gender unknown: keep «идея» before it
matching-idea-picked = 🎉 Вокруг вашей идеи «{ $title }» собирается смешанная команда.
matching-proposal-gone = Это предложение уже закрыто.
matching-already-published = Этот раунд уже опубликован; для следующего раунда начните новый пробный подбор.
matching-nothing-to-publish = Пока некому отправлять предложения: не собралась ни одна команда.
# Variables:
#   $number (Number) - round number
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer
#   $teams (Number) - teams formed so far
matching-round-closed = 🤝 Завершён раунд подбора № { $number }. Согласились: { $accepted }, отказались: { $declined }, не ответили: { $expired }. Сложилось команд: { $teams }. Тех, кто остался без команды, можно подобрать в новом раунде.

teams-none = Вы пока не в команде. Команды складываются на воркшопе «Match & Sprint».
# Variables:
#   $name (String) - member, gender unknown: no gendered verb after it
#   $city (String) - their city
teams-member-line = • { $name } ({ $city })
# Variables:
#   $title (String) - idea, gender unknown
#   $members (String) - member lines
teams-card =
    🤝 Команда «{ $title }»

    { $members }
# Variables:
#   $coach (String) - the coach's name
teams-card-coach = 🧭 Коуч: { $coach }
# Variables:
#   $link (String) - the group's invite link
teams-card-link = 💬 Группа: { $link }
# Variables:
#   $name (String) - member whose city is not known
teams-member-line-no-city = • { $name }
teams-write = ✉️ Написать команде
teams-set-link = 🔗 Добавить ссылку на группу
teams-change-link = 🔗 Изменить ссылку на группу
teams-leave = 🚪 Выйти из команды
teams-leave-ask = Выйти из команды? Вы больше не будете получать её сообщения и опросы.
teams-leave-yes = 🚪 Да, выйти
teams-left = Вы вышли из команды.
teams-write-ask = Напишите сообщение для команды. Каждый получит его на своём языке.
teams-write-ask-untranslated = Напишите сообщение для команды. Оно придёт в том виде, в каком вы его напишете: автоматического перевода нет.
teams-link-ask = Отправьте ссылку-приглашение вашей группы в Telegram (https://t.me/…).
teams-link-saved = 🔗 Ссылка на группу сохранена.
# Variables:
#   $count (Number) - recipients
teams-message-sent = ✉️ Отправлено. Получателей: { $count }.
# Variables:
#   $sender (String) - sender, with their city when known; gender unknown: no gendered verb after it
#   $text (String) - message
teams-message =
    💬 { $sender }:
    { $text }
# Variables:
#   $sender (String) - sender, with their city when known; gender unknown: no gendered verb after it
#   $text (String) - translated message
#   $source (String) - original language, lower case ("немецкий")
teams-message-translated =
    💬 { $sender }:
    { $text }
    🤖 Машинный перевод, язык оригинала: { $source }
# Variables:
#   $name (String) - who left, gender unknown: no past-tense verb after it
teams-member-left = 🚪 { $name } больше не в команде.
teams-error-empty = Пожалуйста, напишите что-нибудь.
# Variables:
#   $limit (Number) - maximum length
teams-error-long = { $limit ->
        [one] Слишком длинно: пожалуйста, не больше { $limit } символа.
        [few] Слишком длинно: пожалуйста, не больше { $limit } символов.
        [many] Слишком длинно: пожалуйста, не больше { $limit } символов.
       *[other] Слишком длинно: пожалуйста, не больше { $limit } символа.
    }
teams-error-link = Пожалуйста, отправьте ссылку Telegram вида https://t.me/+AbCdEf123.
# Variables:
#   $title (String) - idea, gender unknown
#   $count (Number) - members
teams-coach-assigned = 🧭 Теперь вы коуч команды «{ $title }» (в команде { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }).
# Variables:
#   $name (String) - coach, gender unknown: no gendered verb after it
teams-coach-for-members = 🧭 У вашей команды теперь есть коуч: { $name }.
# Variables:
#   $city (String) - city of the person looking
#   $title (String) - idea, gender unknown: keep «идея» before it
teams-partner-notice = 🙋 Кто-то из города { $city } ищет партнёров для идеи «{ $title }».
teams-notices-are-off = 🔕 Готово — такие уведомления больше не придут.

# Variables:
#   $partnership (String) - partnership
#   $low (Number) - minimum team size
#   $high (Number) - maximum team size
matching-home = 🤝 Подбор команд: { $partnership }. Размер команды: { $low }–{ $high }, в каждой команде — люди как минимум из двух городов. Начните с пробного подбора: ничего не будет отправлено, пока вы не опубликуете результат.
matching-dry-run = 🔍 Пробный подбор
matching-round-status = 📊 Ответы последнего раунда
matching-teams = 👥 Команды и коучи
# Variables:
#   $title (String) - idea (first 30 characters), gender unknown; button label
matching-drop = ✖️ Убрать идею «{ $title }»
matching-move = 🔀 Переместить человека
matching-publish = 📢 Разослать (48 ч на ответ)
# Variables:
#   $count (Number) - people who get a proposal
matching-publish-ask = 📢 Разослать предложения { $count ->
        [1] 1 человеку
        [one] { $count } человеку
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людям
    }? Все получат свои команды и 48 часов на ответ. Ничего не будет отправлено, пока вы не подтвердите.
matching-publish-send = 📢 Разослать предложения
# Variables:
#   $number (Number) - team number
#   $title (String) - idea, gender unknown: put a noun before it («идея «…»»)
#   $count (Number) - members
#   $split (String) - members per city
#   $interpretation (String) - yes when no common language
matching-team-line = { $number }. { $title } — { $count } ({ $split }){ $interpretation ->
        [yes] {" "}🗣 нужен перевод
       *[no] {""}
    }
# Variables:
#   $teams (Number) - proposed teams
#   $placed (Number) - people placed
#   $people (Number) - people considered
matching-dry-run-summary = 🔍 Пробный подбор. Команд: { $teams }, распределено людей: { $placed } из { $people }.
matching-dry-run-no-teams = Пока не получается ни одной команды: ниже — кого не удалось распределить и почему.
matching-unplaced-heading = Не распределены:
# Variables:
#   $name (String) - person (name · city)
#   $reason (String) - no-signal, dropped, full, no-partner or no-team
matching-unplaced-line = • { $name }: { $reason ->
        [no-signal] интереса ни к одной идее не проявлено
        [dropped] все идеи, которые интересны этому человеку, исключены
        [full] команда по выбранной идее уже заполнена
        [no-partner] идеи, которые интересны этому человеку, не интересны никому из города-партнёра
       *[no-team] по идеям, которые интересны этому человеку, слишком мало людей для команды
    }
# Variables:
#   $count (Number) - people not listed
matching-unplaced-more = … и ещё { $count }
# Variables:
#   $titles (String) - idea titles
matching-single-city = Идеи без интереса из города-партнёра: { $titles }
matching-moved = 🔀 Перемещено.
matching-move-who = Кого переместить?
matching-move-where = В какую команду?
# Variables:
#   $count (Number) - people who got a proposal
matching-published = 📢 Опубликовано. { $count ->
        [1] Предложение получает { $count } человек.
        [one] Предложения получает { $count } человек.
        [few] Предложения получают { $count } человека.
        [many] Предложения получают { $count } человек.
       *[other] Предложения получают { $count } человека.
    }
# Variables:
#   $proposed (Number) - waiting for an answer
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer in time
matching-status = 📊 Ждём ответа: { $proposed } · согласились: { $accepted } · отказались: { $declined } · не ответили: { $expired }
# Variables:
#   $count (Number) - teams
matching-teams-list = 👥 Команд: { $count }. Нажмите на команду, чтобы выбрать коуча.
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
#   $coach (String) - the coach's name
matching-teams-entry = • { $title }: { $count ->
        [one] { $count } участник
        [few] { $count } участника
        [many] { $count } участников
       *[other] { $count } участника
    } · 🧭 { $coach }
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
matching-teams-entry-no-coach = • { $title }: { $count ->
        [one] { $count } участник
        [few] { $count } участника
        [many] { $count } участников
       *[other] { $count } участника
    } · коуча пока нет
matching-choose-coach = Кто будет коучем этой команды? (Коучи присоединяются по ссылке-приглашению из /invite.)
matching-coach-set = 🧭 Коуч назначен. Коуч и команда получили уведомление.
