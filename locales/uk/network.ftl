## network
menu-network = 🌉 Мережа
commands-network = Мережа партнерств: консультації, довідник, біржа ідей, календар
network-default-name = Мережа партнерств міст
network-home =
    🌉 Мережа партнерств міст
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
network-stats-topics = За напрямами
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Партнерства: { $partnerships } · учасники: { $participants } · воркшопи: { $workshops } · ідеї: { $ideas } · команди: { $teams }
    Консультації: записи { $booked } · відбулася { $attended } · неявка { $no_show }
network-stats-chart-title = Мережа: учасники, воркшопи, ідеї, команди
network-stats-export-button = 📄 Вивантажити таблицю
network-staff-only = Це доступно лише працівникам мережі.
network-stats-csv-focus = Група
network-stats-csv-name = Назва
network-stats-csv-country = Країна
network-stats-csv-topic = Напрям
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

## network: a partnership's profile for the directory, and its listed contact
network-profile-button = 🪪 Профіль партнерства
# Variables:
#   $partnership (String) - the partnership's name
network-profile-title = 🪪 { $partnership } у довіднику мережі
# Variables:
#   $countries (String) - country names joined by the locale's list pattern, or "not set yet"
network-profile-countries = Країни: { $countries }
# Variables:
#   $topics (String) - topic names joined by the locale's list pattern, or "not set yet"
network-profile-topics = Напрями: { $topics }
# Variables:
#   $year (String) - the year, or "not set yet"
network-profile-since = Партнери з: { $year }
network-profile-none = поки не вказано
network-profile-contact-none = Контактна особа: поки нікого не вказано
# Variables:
#   $name (String) - a person's name
network-profile-contact-listed = Контактна особа: { $name } (згоду отримано)
# Variables:
#   $name (String) - a person's name
network-profile-contact-asked = Контактна особа: { $name } — запит надіслано, з’явиться в довіднику лише після згоди
network-profile-countries-button = 🌍 Країни
network-profile-topics-button = 🏷 Напрями
network-profile-since-button = 📅 Партнери з
network-profile-contact-button = 👤 Контактна особа
network-profile-unlist-button = ✖ Не вказувати контакт
network-profile-countries-ask = На які країни орієнтоване партнерство? Натисніть, щоб вибрати або зняти вибір; країну не зі списку можна ввести кодом.
network-profile-code-button = ⌨️ Ввести код країни
network-profile-code-ask = Надішліть дволітерний код країни (ISO 3166), наприклад PL для Польщі або GB для Великої Британії.
network-profile-code-invalid = Я не знаю такого коду країни. Надішліть дві літери, наприклад PL, GB або US.
network-profile-topics-ask = Які напрями має партнерство? Натисніть, щоб вибрати або зняти вибір.
network-profile-since-ask = З якого року міста є партнерами? Надішліть рік, наприклад 1992.
# Variables:
#   $year (Number) - the current year
network-profile-since-invalid = Надішліть рік від 1900 до { $year }, наприклад 1992.
network-profile-contact-ask = Кого вказати контактною особою в довіднику? Спершу ми запитаємо цю людину, і вона з’явиться в довіднику лише після згоди.
# Variables:
#   $name (String) - a person's name
network-profile-contact-sent = ✉️ Запит надіслано: { $name } з’явиться в довіднику після згоди.
network-profile-unlisted = Контактну особу більше не вказано.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-question = Ви згодні, щоб вас вказали контактною особою партнерства { $partnership } у довіднику мережі? Інші партнерства мережі побачать ваше ім’я. Ви можете відкликати згоду будь-коли.
network-contact-yes = Так, вказати
network-contact-no = Ні
# Variables:
#   $partnership (String) - the partnership's name
network-contact-agreed = 🎉 Вас вказано контактною особою партнерства { $partnership } у довіднику мережі. Ви можете відкликати згоду будь-коли.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-declined = Зрозуміло: вас не буде вказано контактною особою партнерства { $partnership }.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-withdrawn = Вас більше не вказано контактною особою партнерства { $partnership }.
network-contact-withdraw-button = Відкликати згоду

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Інтеграція
network-topic-migration = Міграція
network-topic-digitalisation = Цифровізація
network-topic-youth = Молодь
network-topic-education = Освіта
network-topic-sustainability = Сталий розвиток
network-topic-culture = Культура
network-topic-municipal = Співпраця громад
