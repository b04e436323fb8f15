## network
menu-network = 🌐 Сеть
commands-network = Сеть партнёрств: консультации, справочник, биржа идей, календарь
network-default-name = Сеть партнёрств городов
network-home =
    🌐 Сеть партнёрств городов
    Что офис сети предлагает каждому партнёрству: консультации, справочник других партнёрств и организаций, биржа идей, календарь событий.
network-consult-button = 🗓 Записаться на консультацию
network-directory-button = 📇 Справочник
network-exchange-button = 💡 Биржа идей
network-calendar-button = 📅 Календарь
network-hosting-button = 🧑‍💼 Мои консультации
network-newsletter-button = 📰 Бюллетень сети
network-stats-button = 📊 Статистика сети


## network: roll-up statistics for network staff
network-stats-title = 📊 Статистика сети
network-stats-intro = Только числа: каждое партнёрство не раскрывает своих участников.
network-stats-all = Все партнёрства
network-stats-none = Направление не указано
network-stats-countries = По странам
network-stats-topics = По темам
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Партнёрства: { $partnerships } · участники: { $participants } · воркшопы: { $workshops } · идеи: { $ideas } · команды: { $teams }
    Консультации: записи { $booked } · состоялась { $attended } · неявка { $no_show }
network-stats-chart-title = Сеть: участники, воркшопы, идеи, команды
network-stats-export-button = 📄 Выгрузить таблицу
network-staff-only = Это доступно только сотрудникам сети.
network-stats-csv-focus = Направление
network-stats-csv-name = Название
network-stats-csv-country = Страна
network-stats-csv-topic = Тема
network-stats-csv-partnerships = Партнёрства
network-stats-csv-participants = Участники
network-stats-csv-workshops = Воркшопы
network-stats-csv-ideas = Идеи
network-stats-csv-teams = Команды
network-stats-csv-booked = Консультации: записи
network-stats-csv-attended = Консультации: состоялась
network-stats-csv-no-show = Консультации: неявка


## network: the network's staff and their invitation links
network-staff-button = 👥 Сотрудники сети
# Variables:
#   $network (String) - the network's name
network-staff-heading = 👥 Сотрудники сети «{ $network }»:
network-staff-admins = Администраторы всегда входят в число сотрудников сети.
network-staff-none = Кроме администраторов, пока никого: отправьте ссылку-приглашение.
network-staff-invite-button = ➕ Ссылка-приглашение
# Variables:
#   $name (String) - a staff member's name (cut to fit the button)
network-staff-remove-button = ✖ Убрать: { $name }
# Variables:
#   $expires (String) - date and time on the reader's clock, with its zone
network-staff-invite-created = 🔗 Отправьте эту ссылку человеку, который должен стать сотрудником сети. Она действует один раз, до { $expires }.
# Variables:
#   $name (String) - the staff member's name
network-staff-remove-ask = Убрать { $name } из сотрудников сети? Этот человек потеряет инструменты офиса сети: статистику, бюллетень сети, приглашения.
network-staff-remove-yes = Да, убрать
# Variables:
#   $name (String) - the former staff member's name
network-staff-removed = { $name } больше не сотрудник сети.
# Variables:
#   $network (String) - the network's name
network-staff-welcome = 🎉 Теперь вы сотрудник сети «{ $network }».

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Интеграция
network-topic-migration = Миграция
network-topic-digitalisation = Цифровизация
network-topic-youth = Молодёжь
network-topic-education = Образование
network-topic-sustainability = Устойчивое развитие
network-topic-culture = Культура
network-topic-municipal = Сотрудничество муниципалитетов
