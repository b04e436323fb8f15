## network
menu-network = 🌐 Netzwerk
commands-network = Das Netzwerk: Sprechstunde, Verzeichnis, Ideenbörse, Kalender
network-default-name = Netzwerk der Städtepartnerschaften
network-home =
    <b>🌐 Das Netzwerk der Städtepartnerschaften</b>
    Was die Netzwerkstelle allen Partnerschaften bietet: Beratung in der Sprechstunde, andere Partnerschaften und Organisationen finden, Ideen anbieten oder suchen, sehen, was ansteht.
network-consult-button = 🗓 Sprechstunde buchen
network-directory-button = 📇 Verzeichnis
network-exchange-button = 💡 Ideenbörse
network-calendar-button = 📅 Kalender
network-hosting-button = 🧑‍💼 Meine Sprechstunde
network-newsletter-button = 📰 Newsletter
network-stats-button = 📊 Netzwerkstatistik

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Integration
network-topic-migration = Migration
network-topic-digitalisation = Digitalisierung
network-topic-youth = Jugend
network-topic-education = Bildung
network-topic-sustainability = Nachhaltigkeit
network-topic-culture = Kultur
network-topic-municipal = Kommunale Zusammenarbeit
