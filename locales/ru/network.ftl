## network
menu-network = 🌉 Сеть
commands-network = Сеть партнёрств: консультации, справочник, биржа идей, календарь
network-default-name = Сеть партнёрств городов
network-home =
    🌉 Сеть партнёрств городов
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
network-stats-topics = По направлениям
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Партнёрства: { $partnerships } · участники: { $participants } · воркшопы: { $workshops } · идеи: { $ideas } · команды: { $teams }
    Консультации: записи { $booked } · состоялась { $attended } · неявка { $no_show }
network-stats-chart-title = Сеть: участники, воркшопы, идеи, команды
network-stats-export-button = 📄 Выгрузить таблицу
network-staff-only = Это доступно только сотрудникам сети.
network-stats-csv-focus = Группа
network-stats-csv-name = Название
network-stats-csv-country = Страна
network-stats-csv-topic = Направление
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

## network: a partnership's profile for the directory, and its listed contact
network-profile-button = 🪪 Профиль партнёрства
# Variables:
#   $partnership (String) - the partnership's name
network-profile-title = 🪪 { $partnership } в справочнике сети
# Variables:
#   $countries (String) - country names joined by the locale's list pattern, or "not set yet"
network-profile-countries = Страны: { $countries }
# Variables:
#   $topics (String) - topic names joined by the locale's list pattern, or "not set yet"
network-profile-topics = Направления: { $topics }
# Variables:
#   $year (String) - the year, or "not set yet"
network-profile-since = Партнёры с: { $year }
network-profile-none = пока не указано
network-profile-contact-none = Контактное лицо: пока никто не указан
# Variables:
#   $name (String) - a person's name
network-profile-contact-listed = Контактное лицо: { $name } (согласие получено)
# Variables:
#   $name (String) - a person's name
network-profile-contact-asked = Контактное лицо: { $name } — запрос отправлен, появится в справочнике только после согласия
network-profile-countries-button = 🌍 Страны
network-profile-topics-button = 🏷 Направления
network-profile-since-button = 📅 Партнёры с
network-profile-contact-button = 👤 Контактное лицо
network-profile-unlist-button = ✖ Не указывать контакт
network-profile-countries-ask = На какие страны ориентировано партнёрство? Нажмите, чтобы выбрать или снять выбор; страну не из списка можно ввести кодом.
network-profile-code-button = ⌨️ Ввести код страны
network-profile-code-ask = Отправьте двухбуквенный код страны (ISO 3166), например PL для Польши или GB для Великобритании.
network-profile-code-invalid = Я не знаю такого кода страны. Отправьте две буквы, например PL, GB или US.
network-profile-topics-ask = Какие направления у партнёрства? Нажмите, чтобы выбрать или снять выбор.
network-profile-since-ask = С какого года города являются партнёрами? Отправьте год, например 1992.
# Variables:
#   $year (Number) - the current year
network-profile-since-invalid = Отправьте год от 1900 до { $year }, например 1992.
network-profile-contact-ask = Кого указать контактным лицом в справочнике? Сначала мы спросим этого человека, и он появится в справочнике только после согласия.
# Variables:
#   $name (String) - a person's name
network-profile-contact-sent = ✉️ Запрос отправлен: { $name } появится в справочнике после согласия.
network-profile-unlisted = Контактное лицо больше не указано.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-question = Вы согласны, чтобы вас указали контактным лицом партнёрства { $partnership } в справочнике сети? Другие партнёрства сети увидят ваше имя. Вы можете отозвать согласие в любой момент.
network-contact-yes = Да, указать
network-contact-no = Нет
# Variables:
#   $partnership (String) - the partnership's name
network-contact-agreed = 🎉 Вы указаны контактным лицом партнёрства { $partnership } в справочнике сети. Вы можете отозвать согласие в любой момент.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-declined = Понятно: вы не будете указаны контактным лицом партнёрства { $partnership }.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-withdrawn = Вы больше не указаны контактным лицом партнёрства { $partnership }.
network-contact-withdraw-button = Отозвать согласие

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Интеграция
network-topic-migration = Миграция
network-topic-digitalisation = Цифровизация
network-topic-youth = Молодёжь
network-topic-education = Образование
network-topic-sustainability = Устойчивое развитие
network-topic-culture = Культура
network-topic-municipal = Сотрудничество городов
