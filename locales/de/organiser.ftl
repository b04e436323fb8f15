## Organiser tools: the home and its groups
orghome-choose = Was möchtest du tun?
orghome-nothing-waits = 📭 Gerade wartet nichts auf dich.
# Variables:
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting = { $count ->
        [one] 📥 { $items } wartet auf dich.
       *[other] 📥 { $items } warten auf dich.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting-in = { $count ->
        [one] 📥 { $partnership }: { $items } wartet auf dich.
       *[other] 📥 { $partnership }: { $items } warten auf dich.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-notice = { $count ->
        [one] 📥 { $partnership }: { $items } wartet im Bereich für das Organisationsteam auf dich.
       *[other] 📥 { $partnership }: { $items } warten im Bereich für das Organisationsteam auf dich.
    }
# Variables:
#   $count (Number) - new ideas to publish
orghome-count-ideas = { $count ->
        [one] { $count } neue Idee
       *[other] { $count } neue Ideen
    }
# Variables:
#   $count (Number) - translations to approve
orghome-count-translations = { $count ->
        [one] { $count } Übersetzung
       *[other] { $count } Übersetzungen
    }
# Variables:
#   $count (Number) - ideas reported as inappropriate
orghome-count-reports = { $count ->
        [one] { $count } gemeldete Idee
       *[other] { $count } gemeldete Ideen
    }
orghome-open = 🛠 Für das Organisationsteam
# Variables:
#   $group (String) - the group's name, e.g. "📅 Workshops"
#   $partnership (String) - partnership name
orghome-group = { $group } · { $partnership }
orghome-group-workshops = 📅 Workshops
orghome-group-ideas = 💡 Ideen & Abstimmung
orghome-group-matching = 🤝 Matching & Teams
orghome-group-coaching = 🧭 Coaches & Check-ins
orghome-group-news = 📣 Ankündigungen
orghome-group-people = 👥 Personen & Rollen
orghome-group-stats = 📊 Statistik & Exporte
orghome-explain-workshops = ℹ️ Hier legst du Workshops an, veröffentlichst sie, siehst die Anmeldungen, checkst Leute ein und schreibst ihnen.
orghome-explain-ideas = ℹ️ Hier öffnest oder schließt du das Einreichen und die Abstimmung, legst die Stimmen pro Person fest und prüfst neue Ideen, Übersetzungen und Meldungen.
orghome-explain-matching = ℹ️ Hier bildest du Teams rund um die Ideen mit den meisten Stimmen: erst ein Probelauf, dann anpassen, dann veröffentlichen.
orghome-explain-coaching = ℹ️ Hier gibst du jedem Team einen Coach und lädst Coaches ein; Coaches begleiten ihre Teams mit Check-ins (/checkins).
orghome-explain-news = ℹ️ Hier schickst du eine Ankündigung an alle oder an eine Gruppe (eine Stadt, einen Workshop, eine Sprache) – sofort oder später.
orghome-explain-people = ℹ️ Hier lädst du weitere Organisator:innen und Coaches mit einem einmaligen Link ein.
orghome-explain-stats = ℹ️ Zahlen auf einen Blick und Tabellen mit Teilnehmenden, Anmeldungen und Ideen.
orghome-your-workshops = 📋 Deine Workshops
orghome-idea-settings = 🛠 Einreichen & Abstimmung
orghome-matching = 🤝 Teams bilden
orghome-teams = 👥 Teams und Coaches
orghome-invite-coach = ✉️ Coach einladen
orghome-invite-organiser = ✉️ Organisator:in einladen
orghome-new-announcement = 📣 Neue Ankündigung
