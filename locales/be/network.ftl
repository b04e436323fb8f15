## network
menu-network = 🌐 Сетка
commands-network = Сетка партнёрстваў: кансультацыі, даведнік, біржа ідэй, каляндар
network-default-name = Сетка партнёрстваў гарадоў
network-home =
    🌐 Сетка партнёрстваў гарадоў
    Што офіс сеткі прапануе кожнаму партнёрству: кансультацыі, даведнік іншых партнёрстваў і арганізацый, біржа ідэй, каляндар падзей.
network-consult-button = 🗓 Запісацца на кансультацыю
network-directory-button = 📇 Даведнік
network-exchange-button = 💡 Біржа ідэй
network-calendar-button = 📅 Каляндар
network-hosting-button = 🧑‍💼 Мае кансультацыі
network-newsletter-button = 📰 Бюлетэнь сеткі
network-stats-button = 📊 Статыстыка сеткі


## network: roll-up statistics for network staff
network-stats-title = 📊 Статыстыка сеткі
network-stats-intro = Толькі лічбы: кожнае партнёрства не раскрывае сваіх удзельнікаў.
network-stats-all = Усе партнёрствы
network-stats-none = Кірунак не пазначаны
network-stats-countries = Па краінах
network-stats-topics = Па тэмах
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Партнёрствы: { $partnerships } · удзельнікі: { $participants } · варкшопы: { $workshops } · ідэі: { $ideas } · каманды: { $teams }
    Кансультацыі: запісы { $booked } · адбылася { $attended } · няяўка { $no_show }
network-stats-chart-title = Сетка: удзельнікі, варкшопы, ідэі, каманды
network-stats-export-button = 📄 Выгрузіць табліцу
network-staff-only = Гэта даступна толькі супрацоўнікам сеткі.
network-stats-csv-focus = Кірунак
network-stats-csv-name = Назва
network-stats-csv-country = Краіна
network-stats-csv-topic = Тэма
network-stats-csv-partnerships = Партнёрствы
network-stats-csv-participants = Удзельнікі
network-stats-csv-workshops = Варкшопы
network-stats-csv-ideas = Ідэі
network-stats-csv-teams = Каманды
network-stats-csv-booked = Кансультацыі: запісы
network-stats-csv-attended = Кансультацыі: адбылася
network-stats-csv-no-show = Кансультацыі: няяўка


## network: the network's staff and their invitation links
network-staff-button = 👥 Супрацоўнікі сеткі
# Variables:
#   $network (String) - the network's name
network-staff-heading = 👥 Супрацоўнікі сеткі «{ $network }»:
network-staff-admins = Адміністратары заўсёды належаць да супрацоўнікаў сеткі.
network-staff-none = Акрамя адміністратараў, пакуль нікога: дашліце спасылку-запрашэнне.
network-staff-invite-button = ➕ Спасылка-запрашэнне
# Variables:
#   $name (String) - a staff member's name (cut to fit the button)
network-staff-remove-button = ✖ Прыбраць: { $name }
# Variables:
#   $expires (String) - date and time on the reader's clock, with its zone
network-staff-invite-created = 🔗 Дашліце гэтую спасылку чалавеку, які павінен стаць супрацоўнікам сеткі. Яна дзейнічае адзін раз, да { $expires }.
# Variables:
#   $name (String) - the staff member's name
network-staff-remove-ask = Прыбраць { $name } з супрацоўнікаў сеткі? Гэты чалавек страціць інструменты офіса сеткі: статыстыку, бюлетэнь сеткі, запрашэнні.
network-staff-remove-yes = Так, прыбраць
# Variables:
#   $name (String) - the former staff member's name
network-staff-removed = { $name } больш не супрацоўнік сеткі.
# Variables:
#   $network (String) - the network's name
network-staff-welcome = 🎉 Цяпер вы супрацоўнік сеткі «{ $network }».

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Інтэграцыя
network-topic-migration = Міграцыя
network-topic-digitalisation = Лічбавізацыя
network-topic-youth = Моладзь
network-topic-education = Адукацыя
network-topic-sustainability = Устойлівае развіццё
network-topic-culture = Культура
network-topic-municipal = Супрацоўніцтва муніцыпалітэтаў
