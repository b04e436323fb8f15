## network
menu-network = 🌉 Netzwerk
commands-network = Das Netzwerk: Sprechstunde, Verzeichnis, Ideenbörse, Kalender
network-default-name = Netzwerk der Städtepartnerschaften
network-home =
    🌉 Das Netzwerk der Städtepartnerschaften
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

## network: a partnership's profile for the directory, and its listed contact
network-profile-button = 🪪 Partnerschaftsprofil
# Variables:
#   $partnership (String) - the partnership's name
network-profile-title = 🪪 { $partnership } im Verzeichnis des Netzwerks
# Variables:
#   $countries (String) - country names joined by the locale's list pattern, or "not set yet"
network-profile-countries = Länder: { $countries }
# Variables:
#   $topics (String) - topic names joined by the locale's list pattern, or "not set yet"
network-profile-topics = Schwerpunkte: { $topics }
# Variables:
#   $year (String) - the year, or "not set yet"
network-profile-since = Partner seit: { $year }
network-profile-none = noch nicht angegeben
network-profile-contact-none = Ansprechperson: noch niemand eingetragen
# Variables:
#   $name (String) - a person's name
network-profile-contact-listed = Ansprechperson: { $name } (ist mit dem Eintrag einverstanden)
# Variables:
#   $name (String) - a person's name
network-profile-contact-asked = Ansprechperson: { $name } wurde gefragt und wird erst nach Zustimmung eingetragen
network-profile-countries-button = 🌍 Länder
network-profile-topics-button = 🏷 Schwerpunkte
network-profile-since-button = 📅 Partner seit
network-profile-contact-button = 👤 Ansprechperson
network-profile-unlist-button = ✖ Niemanden eintragen
network-profile-countries-ask = Auf welche Länder richtet sich die Partnerschaft? Tippe zum Aus- oder Abwählen; ein Land, das fehlt, kannst du als Code schreiben.
network-profile-code-button = ⌨️ Ländercode eingeben
network-profile-code-ask = Schick den zweistelligen Ländercode (ISO 3166), z. B. PL für Polen oder GB für das Vereinigte Königreich.
network-profile-code-invalid = Diesen Ländercode kenne ich nicht. Bitte schick zwei Buchstaben wie PL, GB oder US.
network-profile-topics-ask = Welche Schwerpunkte hat die Partnerschaft? Tippe zum Aus- oder Abwählen.
network-profile-since-ask = Seit welchem Jahr sind die Städte Partner? Schick die Jahreszahl, z. B. 1992.
# Variables:
#   $year (Number) - the current year
network-profile-since-invalid = Bitte schick ein Jahr von 1900 bis { $year }, z. B. 1992.
network-profile-contact-ask = Wer soll im Verzeichnis als Ansprechperson stehen? Die Person wird zuerst gefragt und erst nach ihrer Zustimmung eingetragen.
# Variables:
#   $name (String) - a person's name
network-profile-contact-sent = ✉️ { $name } wurde gefragt und wird nach Zustimmung eingetragen.
network-profile-unlisted = Es ist keine Ansprechperson mehr eingetragen.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-question = Bist du einverstanden, als Ansprechperson von { $partnership } im Verzeichnis des Netzwerks zu stehen? Andere Partnerschaften des Netzwerks sehen dann deinen Namen. Du kannst jederzeit widerrufen.
network-contact-yes = Ja, eintragen
network-contact-no = Nein
# Variables:
#   $partnership (String) - the partnership's name
network-contact-agreed = 🎉 Du stehst jetzt als Ansprechperson von { $partnership } im Verzeichnis des Netzwerks. Du kannst jederzeit widerrufen.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-declined = Verstanden: Du wirst nicht als Ansprechperson von { $partnership } eingetragen.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-withdrawn = Du stehst nicht mehr als Ansprechperson von { $partnership } im Verzeichnis.
network-contact-withdraw-button = Eintrag widerrufen

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Integration
network-topic-migration = Migration
network-topic-digitalisation = Digitalisierung
network-topic-youth = Jugend
network-topic-education = Bildung
network-topic-sustainability = Nachhaltigkeit
network-topic-culture = Kultur
network-topic-municipal = Kommunale Zusammenarbeit
