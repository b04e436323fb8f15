## network
menu-network = 🌐 Сетка
commands-network = Сетка партнёрстваў: кансультацыі, даведнік, біржа ідэй, каляндар
network-default-name = Сетка партнёрстваў гарадоў
network-home =
    <b>🌐 Сетка партнёрстваў гарадоў</b>
    Што офіс сеткі прапануе кожнаму партнёрству: кансультацыі, даведнік іншых партнёрстваў і арганізацый, біржа ідэй, каляндар падзей.
network-consult-button = 🗓 Запісацца на кансультацыю
network-directory-button = 📇 Даведнік
network-exchange-button = 💡 Біржа ідэй
network-calendar-button = 📅 Каляндар
network-hosting-button = 🧑‍💼 Мае кансультацыі
network-newsletter-button = 📰 Бюлетэнь сеткі
network-stats-button = 📊 Статыстыка сеткі

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Інтэграцыя
network-topic-migration = Міграцыя
network-topic-digitalisation = Лічбавізацыя
network-topic-youth = Моладзь
network-topic-education = Адукацыя
network-topic-sustainability = Устойлівае развіццё
network-topic-culture = Культура
network-topic-municipal = Супрацоўніцтва муніцыпалітэтаў
