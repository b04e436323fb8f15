## network
menu-network = 🌐 Мережа
commands-network = Мережа партнерств: консультації, довідник, біржа ідей, календар
network-default-name = Мережа партнерств міст
network-home =
    <b>🌐 Мережа партнерств міст</b>
    Що офіс мережі пропонує кожному партнерству: консультації, довідник інших партнерств і організацій, біржа ідей, календар подій.
network-consult-button = 🗓 Записатися на консультацію
network-directory-button = 📇 Довідник
network-exchange-button = 💡 Біржа ідей
network-calendar-button = 📅 Календар
network-hosting-button = 🧑‍💼 Мої консультації
network-newsletter-button = 📰 Бюлетень мережі
network-stats-button = 📊 Статистика мережі

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Інтеграція
network-topic-migration = Міграція
network-topic-digitalisation = Цифровізація
network-topic-youth = Молодь
network-topic-education = Освіта
network-topic-sustainability = Сталий розвиток
network-topic-culture = Культура
network-topic-municipal = Співпраця громад
