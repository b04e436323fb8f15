## Organiser tools: the home and its groups
orghome-choose = Що ви хочете зробити?
orghome-nothing-waits = 📭 Зараз нічого не чекає на ваше рішення.
# Variables:
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting = { $count ->
        [1] 📥 На ваше рішення чекає: { $items }.
       *[other] 📥 На ваше рішення чекають: { $items }.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting-in = { $count ->
        [1] 📥 { $partnership } — на ваше рішення чекає: { $items }.
       *[other] 📥 { $partnership } — на ваше рішення чекають: { $items }.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-notice = { $count ->
        [1] 📥 { $partnership } — в інструментах організаторів на ваше рішення чекає: { $items }.
       *[other] 📥 { $partnership } — в інструментах організаторів на ваше рішення чекають: { $items }.
    }
# Variables:
#   $count (Number) - new ideas to publish
orghome-count-ideas = { $count ->
        [one] { $count } нова ідея
        [few] { $count } нові ідеї
        [many] { $count } нових ідей
       *[other] { $count } нові ідеї
    }
# Variables:
#   $count (Number) - translations to approve
orghome-count-translations = { $count ->
        [one] { $count } переклад
        [few] { $count } переклади
        [many] { $count } перекладів
       *[other] { $count } переклади
    }
# Variables:
#   $count (Number) - ideas reported as inappropriate
orghome-count-reports = { $count ->
        [one] { $count } ідея зі скаргами
        [few] { $count } ідеї зі скаргами
        [many] { $count } ідей зі скаргами
       *[other] { $count } ідеї зі скаргами
    }
orghome-open = 🛠 Відкрити інструменти
# Variables:
#   $group (String) - the group's name, e.g. "📅 Workshops"
#   $partnership (String) - partnership name
orghome-group = { $group } · { $partnership }
orghome-group-workshops = 📅 Воркшопи
orghome-group-ideas = 💡 Ідеї та голосування
orghome-group-matching = 🤝 Добір команд
orghome-group-coaching = 🧭 Коучі й опитування
orghome-group-news = 📣 Оголошення
orghome-group-people = 👥 Люди та ролі
orghome-group-stats = 📊 Статистика й експорт
orghome-explain-workshops = ℹ️ Тут ви створюєте воркшопи, публікуєте їх, бачите записи, відмічаєте присутніх і пишете їм.
orghome-explain-ideas = ℹ️ Тут ви відкриваєте й закриваєте прийом ідей і голосування, задаєте кількість голосів на людину та перевіряєте нові ідеї, переклади й скарги.
orghome-explain-matching = ℹ️ Тут ви збираєте команди довкола ідей з найбільшою кількістю голосів: пробний добір, правки, потім публікація.
orghome-explain-coaching = ℹ️ Тут ви призначаєте кожній команді коуча й запрошуєте коучів; коучі ведуть свої команди за допомогою опитувань (/checkins).
orghome-explain-news = ℹ️ Тут ви надсилаєте оголошення всім або групі (місту, воркшопу, мові) — одразу чи пізніше.
orghome-explain-people = ℹ️ Тут ви запрошуєте інших організаторів і коучів одноразовим посиланням.
orghome-explain-stats = ℹ️ Цифри з першого погляду й таблиці учасників, записів та ідей.
orghome-idea-settings = 🛠 Прийом ідей і голосування
orghome-matching = 🤝 Добрати команди
orghome-teams = 👥 Команди й коучі
orghome-invite-coach = ✉️ Запросити коуча
orghome-invite-organiser = ✉️ Запросити організатора
orghome-new-announcement = 📣 Нове оголошення

## Ideas: confirmations before closing or changing the rules
# Variables:
#   $count (Number) - people who have voted
ideas-close-voting-ask = { $count ->
        [0] 🗳 Закрити голосування? Ще ніхто не голосував. Після закриття голосувати не можна.
        [one] 🗳 Закрити голосування? Уже проголосувала { $count } людина. Після закриття ніхто не зможе голосувати чи забрати голос; результати залишаться як є.
        [few] 🗳 Закрити голосування? Уже проголосували { $count } людини. Після закриття ніхто не зможе голосувати чи забрати голос; результати залишаться як є.
        [many] 🗳 Закрити голосування? Уже проголосували { $count } людей. Після закриття ніхто не зможе голосувати чи забрати голос; результати залишаться як є.
       *[other] 🗳 Закрити голосування? Уже проголосували { $count } людини. Після закриття ніхто не зможе голосувати чи забрати голос; результати залишаться як є.
    }
# Variables:
#   $count (Number) - people writing an idea right now
ideas-close-submissions-ask = { $count ->
        [0] ✍️ Закрити подання ідей? Зараз ніхто не пише ідею. Після закриття нові ідеї подати не можна.
        [one] ✍️ Закрити подання ідей? Зараз { $count } людина пише ідею і не зможе її подати. Після закриття нові ідеї подати не можна.
        [few] ✍️ Закрити подання ідей? Зараз { $count } людини пишуть ідеї й не зможуть їх подати. Після закриття нові ідеї подати не можна.
        [many] ✍️ Закрити подання ідей? Зараз { $count } людей пишуть ідеї й не зможуть їх подати. Після закриття нові ідеї подати не можна.
       *[other] ✍️ Закрити подання ідей? Зараз { $count } людини пишуть ідеї й не зможуть їх подати. Після закриття нові ідеї подати не можна.
    }
# Variables:
#   $count (Number) - people who have voted
#   $old (Number) - votes per person now
#   $budget (Number) - votes per person after the change
ideas-budget-ask = { $count ->
        [one] 🗳 Уже проголосувала { $count } людина. Змінити кількість голосів на людину з { $old } на { $budget }? Віддані голоси залишаться.
        [few] 🗳 Уже проголосували { $count } людини. Змінити кількість голосів на людину з { $old } на { $budget }? Віддані голоси залишаться.
        [many] 🗳 Уже проголосували { $count } людей. Змінити кількість голосів на людину з { $old } на { $budget }? Віддані голоси залишаться.
       *[other] 🗳 Уже проголосували { $count } людини. Змінити кількість голосів на людину з { $old } на { $budget }? Віддані голоси залишаться.
    }
# Variables:
#   $budget (Number) - votes per person after the change
ideas-budget-yes = 🗳 Змінити на { $budget }
ideas-close-voting-yes = 🔒 Закрити голосування
ideas-close-submissions-yes = 🔒 Закрити подання ідей
ideas-voting-now-closed = 🔒 Голосування закрито. Результати залишаються як є.
ideas-submissions-now-closed = 🔒 Подання ідей закрито.

## Workshops: asked before a message or an invitation goes out
# Variables:
#   $count (Number) - people the message reaches
#   $title (String) - workshop title, gender unknown
workshops-message-confirm = { $count ->
        [0] 📣 На воркшоп «{ $title }» ще немає підтверджених учасників, яким можна написати. Ваше повідомлення:
        [one] 📣 Надіслати це { $count } підтвердженому учаснику воркшопу «{ $title }»?
        [few] 📣 Надіслати це { $count } підтвердженим учасникам воркшопу «{ $title }»?
        [many] 📣 Надіслати це { $count } підтвердженим учасникам воркшопу «{ $title }»?
       *[other] 📣 Надіслати це { $count } підтвердженим учасникам воркшопу «{ $title }»?
    }
# Variables:
#   $count (Number) - attendees the invitation reaches
#   $source (String) - the workshop they attended, gender unknown
#   $title (String) - the workshop they are invited to, gender unknown
workshops-invite-confirm = { $count ->
        [0] ➡️ З учасників воркшопу «{ $source }» нема кого запросити на воркшоп «{ $title }»: ніхто не відмічений на місці або всі вже записані.
        [one] ➡️ Запросити на воркшоп «{ $title }» { $count } учасника воркшопу «{ $source }»?
        [few] ➡️ Запросити на воркшоп «{ $title }» { $count } учасників воркшопу «{ $source }»?
        [many] ➡️ Запросити на воркшоп «{ $title }» { $count } учасників воркшопу «{ $source }»?
       *[other] ➡️ Запросити на воркшоп «{ $title }» { $count } учасників воркшопу «{ $source }»?
    }
workshops-message-send = 📣 Надіслати
workshops-invite-send = ➡️ Запросити
