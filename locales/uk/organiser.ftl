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
orghome-your-workshops = 📋 Ваші воркшопи
orghome-idea-settings = 🛠 Прийом ідей і голосування
orghome-matching = 🤝 Добрати команди
orghome-teams = 👥 Команди й коучі
orghome-invite-coach = ✉️ Запросити коуча
orghome-invite-organiser = ✉️ Запросити організатора
orghome-new-announcement = 📣 Нове оголошення
