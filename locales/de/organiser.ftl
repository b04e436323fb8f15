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
orghome-idea-settings = 🛠 Einreichen & Abstimmung
orghome-matching = 🤝 Teams bilden
orghome-teams = 👥 Teams und Coaches
orghome-invite-coach = ✉️ Coach einladen
orghome-invite-organiser = ✉️ Organisator:in einladen
orghome-new-announcement = 📣 Neue Ankündigung

## Ideas: confirmations before closing or changing the rules
# Variables:
#   $count (Number) - people who have voted
ideas-close-voting-ask = { $count ->
        [0] 🗳 Abstimmung beenden? Bisher hat niemand abgestimmt. Danach kann niemand mehr abstimmen.
        [one] 🗳 Abstimmung beenden? { $count } Person hat schon abgestimmt. Danach kann niemand mehr abstimmen oder eine Stimme zurücknehmen; die Ergebnisse bleiben, wie sie sind.
       *[other] 🗳 Abstimmung beenden? { $count } Personen haben schon abgestimmt. Danach kann niemand mehr abstimmen oder eine Stimme zurücknehmen; die Ergebnisse bleiben, wie sie sind.
    }
# Variables:
#   $count (Number) - people writing an idea right now
ideas-close-submissions-ask = { $count ->
        [0] ✍️ Einreichen beenden? Gerade schreibt niemand eine Idee. Danach kann niemand mehr neue Ideen einreichen.
        [one] ✍️ Einreichen beenden? { $count } Person schreibt gerade eine Idee und kann sie dann nicht mehr einreichen. Danach kann niemand mehr neue Ideen einreichen.
       *[other] ✍️ Einreichen beenden? { $count } Personen schreiben gerade Ideen und können sie dann nicht mehr einreichen. Danach kann niemand mehr neue Ideen einreichen.
    }
# Variables:
#   $count (Number) - people who have voted
#   $old (Number) - votes per person now
#   $budget (Number) - votes per person after the change
ideas-budget-ask = { $count ->
        [one] 🗳 { $count } Person hat schon abgestimmt. Stimmen pro Person von { $old } auf { $budget } ändern? Abgegebene Stimmen bleiben.
       *[other] 🗳 { $count } Personen haben schon abgestimmt. Stimmen pro Person von { $old } auf { $budget } ändern? Abgegebene Stimmen bleiben.
    }
# Variables:
#   $budget (Number) - votes per person after the change
ideas-budget-yes = 🗳 Auf { $budget } ändern
ideas-close-voting-yes = 🔒 Abstimmung beenden
ideas-close-submissions-yes = 🔒 Einreichen beenden
ideas-voting-now-closed = 🔒 Die Abstimmung ist beendet. Die Ergebnisse bleiben, wie sie sind.
ideas-submissions-now-closed = 🔒 Das Einreichen ist beendet.

## Workshops: asked before a message or an invitation goes out
# Variables:
#   $count (Number) - people the message reaches
#   $title (String) - workshop title, gender unknown
workshops-message-confirm = { $count ->
        [0] 📣 Für „{ $title }“ ist noch niemand bestätigt, der Nachrichten bekommen kann. Deine Nachricht:
        [one] 📣 Das an { $count } bestätigte Person von „{ $title }“ senden?
       *[other] 📣 Das an { $count } bestätigte Personen von „{ $title }“ senden?
    }
# Variables:
#   $count (Number) - attendees the invitation reaches
#   $source (String) - the workshop they attended, gender unknown
#   $title (String) - the workshop they are invited to, gender unknown
workshops-invite-confirm = { $count ->
        [0] ➡️ Von „{ $source }“ ist niemand mehr zu „{ $title }“ einzuladen: niemand wurde eingecheckt, oder alle sind schon angemeldet.
        [one] ➡️ { $count } Person, die bei „{ $source }“ war, zu „{ $title }“ einladen?
       *[other] ➡️ { $count } Personen, die bei „{ $source }“ waren, zu „{ $title }“ einladen?
    }
workshops-message-send = 📣 Senden
workshops-invite-send = ➡️ Einladen
