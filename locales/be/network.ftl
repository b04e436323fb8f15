## network
menu-network = 🌉 Сетка
commands-network = Сетка партнёрстваў: кансультацыі, даведнік, біржа ідэй, каляндар
network-default-name = Сетка партнёрстваў гарадоў
network-home =
    🌉 Сетка партнёрстваў гарадоў
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
network-stats-topics = Па напрамках
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Партнёрствы: { $partnerships } · удзельнікі: { $participants } · варкшопы: { $workshops } · ідэі: { $ideas } · каманды: { $teams }
    Кансультацыі: запісы { $booked } · адбылася { $attended } · няяўка { $no_show }
network-stats-chart-title = Сетка: удзельнікі, варкшопы, ідэі, каманды
network-stats-export-button = 📄 Выгрузіць табліцу
network-staff-only = Гэта даступна толькі супрацоўнікам сеткі.
network-stats-csv-focus = Група
network-stats-csv-name = Назва
network-stats-csv-country = Краіна
network-stats-csv-topic = Напрамак
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

## network: a partnership's profile for the directory, and its listed contact
network-profile-button = 🪪 Профіль партнёрства
# Variables:
#   $partnership (String) - the partnership's name
network-profile-title = 🪪 { $partnership } у даведніку сеткі
# Variables:
#   $countries (String) - country names joined by the locale's list pattern, or "not set yet"
network-profile-countries = Краіны: { $countries }
# Variables:
#   $topics (String) - topic names joined by the locale's list pattern, or "not set yet"
network-profile-topics = Напрамкі: { $topics }
# Variables:
#   $year (String) - the year, or "not set yet"
network-profile-since = Партнёры з: { $year }
network-profile-none = пакуль не пазначана
network-profile-contact-none = Кантактная асоба: пакуль нікога не пазначана
# Variables:
#   $name (String) - a person's name
network-profile-contact-listed = Кантактная асоба: { $name } (згода атрымана)
# Variables:
#   $name (String) - a person's name
network-profile-contact-asked = Кантактная асоба: { $name } — запыт дасланы, з’явіцца ў даведніку толькі пасля згоды
network-profile-countries-button = 🌍 Краіны
network-profile-topics-button = 🏷 Напрамкі
network-profile-since-button = 📅 Партнёры з
network-profile-contact-button = 👤 Кантактная асоба
network-profile-unlist-button = ✖ Не пазначаць кантакт
network-profile-countries-ask = На якія краіны арыентавана партнёрства? Націсніце, каб выбраць або зняць выбар; краіну не са спіса можна ўвесці кодам.
network-profile-code-button = ⌨️ Увесці код краіны
network-profile-code-ask = Дашліце двухлітарны код краіны (ISO 3166), напрыклад PL для Польшчы або GB для Вялікабрытаніі.
network-profile-code-invalid = Я не ведаю такога кода краіны. Дашліце дзве літары, напрыклад PL, GB або US.
network-profile-topics-ask = Якія напрамкі ў партнёрства? Націсніце, каб выбраць або зняць выбар.
network-profile-since-ask = З якога года гарады з’яўляюцца партнёрамі? Дашліце год, напрыклад 1992.
# Variables:
#   $year (Number) - the current year
network-profile-since-invalid = Дашліце год ад 1900 да { $year }, напрыклад 1992.
network-profile-contact-ask = Каго пазначыць кантактнай асобай у даведніку? Спачатку мы спытаем гэтага чалавека, і ён з’явіцца ў даведніку толькі пасля згоды.
# Variables:
#   $name (String) - a person's name
network-profile-contact-sent = ✉️ Запыт дасланы: { $name } з’явіцца ў даведніку пасля згоды.
network-profile-unlisted = Кантактная асоба больш не пазначана.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-question = Вы згодныя, каб вас пазначылі кантактнай асобай партнёрства { $partnership } у даведніку сеткі? Іншыя партнёрствы сеткі ўбачаць ваша імя. Вы можаце адклікаць згоду ў любы момант.
network-contact-yes = Так, пазначыць
network-contact-no = Не
# Variables:
#   $partnership (String) - the partnership's name
network-contact-agreed = 🎉 Вас пазначылі кантактнай асобай партнёрства { $partnership } у даведніку сеткі. Вы можаце адклікаць згоду ў любы момант.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-declined = Зразумела: вас не пазначаць кантактнай асобай партнёрства { $partnership }.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-withdrawn = Вас больш не пазначана кантактнай асобай партнёрства { $partnership }.
network-contact-withdraw-button = Адклікаць згоду

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Інтэграцыя
network-topic-migration = Міграцыя
network-topic-digitalisation = Лічбавізацыя
network-topic-youth = Моладзь
network-topic-education = Адукацыя
network-topic-sustainability = Устойлівае развіццё
network-topic-culture = Культура
network-topic-municipal = Супрацоўніцтва гарадоў
