## network
menu-network = 🌐 Мережа
commands-network = Мережа партнерств: консультації, довідник, біржа ідей, календар
network-default-name = Мережа партнерств міст
network-home =
    🌐 Мережа партнерств міст
    Що офіс мережі пропонує кожному партнерству: консультації, довідник інших партнерств і організацій, біржа ідей, календар подій.
network-consult-button = 🗓 Записатися на консультацію
network-directory-button = 📇 Довідник
network-exchange-button = 💡 Біржа ідей
network-calendar-button = 📅 Календар
network-hosting-button = 🧑‍💼 Мої консультації
network-newsletter-button = 📰 Бюлетень мережі
network-stats-button = 📊 Статистика мережі


## network: roll-up statistics for network staff
network-stats-title = 📊 Статистика мережі
network-stats-intro = Лише числа: кожне партнерство не розкриває своїх учасників.
network-stats-all = Усі партнерства
network-stats-none = Напрям не вказано
network-stats-countries = За країнами
network-stats-topics = За темами
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Партнерства: { $partnerships } · учасники: { $participants } · воркшопи: { $workshops } · ідеї: { $ideas } · команди: { $teams }
    Консультації: записи { $booked } · відбулася { $attended } · неявка { $no_show }
network-stats-chart-title = Мережа: учасники, воркшопи, ідеї, команди
network-stats-export-button = 📄 Вивантажити таблицю
network-staff-only = Це доступно лише працівникам мережі.
network-stats-csv-focus = Напрям
network-stats-csv-name = Назва
network-stats-csv-country = Країна
network-stats-csv-topic = Тема
network-stats-csv-partnerships = Партнерства
network-stats-csv-participants = Учасники
network-stats-csv-workshops = Воркшопи
network-stats-csv-ideas = Ідеї
network-stats-csv-teams = Команди
network-stats-csv-booked = Консультації: записи
network-stats-csv-attended = Консультації: відбулася
network-stats-csv-no-show = Консультації: неявка


## network: the network's staff and their invitation links
network-staff-button = 👥 Працівники мережі
# Variables:
#   $network (String) - the network's name
network-staff-heading = 👥 Працівники мережі «{ $network }»:
network-staff-admins = Адміністратори завжди належать до працівників мережі.
network-staff-none = Окрім адміністраторів, поки нікого: надішліть посилання-запрошення.
network-staff-invite-button = ➕ Посилання-запрошення
# Variables:
#   $name (String) - a staff member's name (cut to fit the button)
network-staff-remove-button = ✖ Прибрати: { $name }
# Variables:
#   $expires (String) - date and time on the reader's clock, with its zone
network-staff-invite-created = 🔗 Надішліть це посилання людині, яка має стати працівником мережі. Воно діє один раз, до { $expires }.
# Variables:
#   $name (String) - the staff member's name
network-staff-remove-ask = Прибрати { $name } з працівників мережі? Ця людина втратить інструменти офісу мережі: статистику, бюлетень мережі, запрошення.
network-staff-remove-yes = Так, прибрати
# Variables:
#   $name (String) - the former staff member's name
network-staff-removed = { $name } більше не працівник мережі.
# Variables:
#   $network (String) - the network's name
network-staff-welcome = 🎉 Тепер ви працівник мережі «{ $network }».

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Інтеграція
network-topic-migration = Міграція
network-topic-digitalisation = Цифровізація
network-topic-youth = Молодь
network-topic-education = Освіта
network-topic-sustainability = Сталий розвиток
network-topic-culture = Культура
network-topic-municipal = Співпраця громад
