## network
menu-network = 🌐 Netzwerk
commands-network = Das Netzwerk: Sprechstunde, Verzeichnis, Ideenbörse, Kalender
network-default-name = Netzwerk der Städtepartnerschaften
network-home =
    🌐 Das Netzwerk der Städtepartnerschaften
    Was die Netzwerkstelle allen Partnerschaften bietet: Beratung in der Sprechstunde, andere Partnerschaften und Organisationen finden, Ideen anbieten oder suchen, sehen, was ansteht.
network-consult-button = 🗓 Sprechstunde buchen
network-directory-button = 📇 Verzeichnis
network-exchange-button = 💡 Ideenbörse
network-calendar-button = 📅 Kalender
network-hosting-button = 🧑‍💼 Meine Sprechstunde
network-newsletter-button = 📰 Newsletter
network-stats-button = 📊 Netzwerkstatistik


## network: roll-up statistics for network staff
network-stats-title = 📊 Netzwerkstatistik
network-stats-intro = Nur Zahlen: Jede Partnerschaft behält ihre Leute für sich.
network-stats-all = Alle Partnerschaften
network-stats-none = Noch kein Schwerpunkt
network-stats-countries = Nach Länderschwerpunkt
network-stats-topics = Nach Themenschwerpunkt
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Partnerschaften: { $partnerships } · Teilnehmende: { $participants } · Workshops: { $workshops } · Ideen: { $ideas } · Teams: { $teams }
    Sprechstunde: gebucht { $booked } · hat stattgefunden { $attended } · nicht erschienen { $no_show }
network-stats-chart-title = Das Netzwerk: Teilnehmende, Workshops, Ideen, Teams
network-stats-export-button = 📄 Als Tabelle exportieren
network-staff-only = Das ist nur für das Netzwerkteam.
network-stats-csv-focus = Schwerpunkt
network-stats-csv-name = Bezeichnung
network-stats-csv-country = Land
network-stats-csv-topic = Thema
network-stats-csv-partnerships = Partnerschaften
network-stats-csv-participants = Teilnehmende
network-stats-csv-workshops = Anzahl Workshops
network-stats-csv-ideas = Ideen
network-stats-csv-teams = Anzahl Teams
network-stats-csv-booked = Sprechstunde gebucht
network-stats-csv-attended = Sprechstunde hat stattgefunden
network-stats-csv-no-show = Sprechstunde nicht erschienen


## network: the network's staff and their invitation links
network-staff-button = 👥 Netzwerkteam
# Variables:
#   $network (String) - the network's name
network-staff-heading = 👥 Netzwerkteam von { $network }:
network-staff-admins = Administrator:innen gehören immer zum Netzwerkteam.
network-staff-none = Außer den Administrator:innen noch niemand: Schick einen Einladungslink.
network-staff-invite-button = ➕ Einladungslink
# Variables:
#   $name (String) - a staff member's name (cut to fit the button)
network-staff-remove-button = ✖ { $name } entfernen
# Variables:
#   $expires (String) - date and time on the reader's clock, with its zone
network-staff-invite-created = 🔗 Schick diesen Link der Person, die ins Netzwerkteam kommen soll. Er funktioniert einmal, bis { $expires }.
# Variables:
#   $name (String) - the staff member's name
network-staff-remove-ask = { $name } aus dem Netzwerkteam entfernen? Die Person verliert die Werkzeuge der Netzwerkstelle: Statistik, Newsletter, Einladungen.
network-staff-remove-yes = Ja, entfernen
# Variables:
#   $name (String) - the former staff member's name
network-staff-removed = { $name } gehört nicht mehr zum Netzwerkteam.
# Variables:
#   $network (String) - the network's name
network-staff-welcome = 🎉 Du gehörst jetzt zum Netzwerkteam von { $network }.

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Integration
network-topic-migration = Migration
network-topic-digitalisation = Digitalisierung
network-topic-youth = Jugend
network-topic-education = Bildung
network-topic-sustainability = Nachhaltigkeit
network-topic-culture = Kultur
network-topic-municipal = Kommunale Zusammenarbeit
