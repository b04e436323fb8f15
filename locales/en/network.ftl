## network
menu-network = 🌐 Network
commands-network = The network: consultations, directory, idea exchange, calendar
network-default-name = City partnership network
network-home =
    <b>🌐 The network of city partnerships</b>
    What the network office offers every partnership: ask for advice, find other partnerships and organisations, offer or look for ideas, see what is coming up.
network-consult-button = 🗓 Book a consultation
network-directory-button = 📇 Directory
network-exchange-button = 💡 Idea exchange
network-calendar-button = 📅 Calendar
network-hosting-button = 🧑‍💼 My consultation hours
network-newsletter-button = 📰 Newsletter
network-stats-button = 📊 Network statistics

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Integration
network-topic-migration = Migration
network-topic-digitalisation = Digitalisation
network-topic-youth = Youth
network-topic-education = Education
network-topic-sustainability = Sustainability
network-topic-culture = Culture
network-topic-municipal = Municipal cooperation
