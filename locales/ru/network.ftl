## network
menu-network = 🌐 Сеть
commands-network = Сеть партнёрств: консультации, справочник, биржа идей, календарь
network-default-name = Сеть партнёрств городов
network-home =
    <b>🌐 Сеть партнёрств городов</b>
    Что офис сети предлагает каждому партнёрству: консультации, справочник других партнёрств и организаций, биржа идей, календарь событий.
network-consult-button = 🗓 Записаться на консультацию
network-directory-button = 📇 Справочник
network-exchange-button = 💡 Биржа идей
network-calendar-button = 📅 Календарь
network-hosting-button = 🧑‍💼 Мои консультации
network-newsletter-button = 📰 Бюллетень сети
network-stats-button = 📊 Статистика сети

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Интеграция
network-topic-migration = Миграция
network-topic-digitalisation = Цифровизация
network-topic-youth = Молодёжь
network-topic-education = Образование
network-topic-sustainability = Устойчивое развитие
network-topic-culture = Культура
network-topic-municipal = Сотрудничество муниципалитетов
