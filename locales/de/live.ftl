## live

live-workshop-button = 📺 Ideenwand

## live-setup

# Refusals (pop-ups after a button, replies after typed text)
live-setup-gone = Diese Ideenwand gibt es nicht mehr.
live-setup-need-room = Wähle zuerst mindestens einen Partnerraum.
live-setup-need-theme = Wähle mindestens ein Thema.
live-setup-room-taken = Einer dieser Workshops hat schon eine Ideenwand. Öffne sie über die Karte dieses Workshops.
live-setup-online = Online-Workshop

# Variables: $city (a room's city), $title (the workshop's title), $when (its time, saying whose clock)
live-setup-workshop-line = 📍 { $city } · { $title }
    { $when }

# Setting up
live-setup-intro = Eine Ideenwand verbindet Workshops, die gleichzeitig in verschiedenen Städten stattfinden: Die Leute in jedem Raum schicken Ideen vom Handy, und die Wand jedes Raums zeigt die Ideen aller Räume in ihrer eigenen Sprache.
live-setup-no-partner = Eine Ideenwand verbindet Workshops, die gleichzeitig in verschiedenen Städten stattfinden. Noch überschneidet sich kein anderer Workshop eurer Partnerschaft in einer anderen Stadt mit diesem: Lege dort einen zur gleichen Zeit an (🛠 Für das Organisationsteam → ➕ Neuer Workshop) und komm dann hierher zurück.
live-setup-rooms-ask = Welche gleichzeitigen Workshops sollen dabei sein? Jeder wird ein Raum mit eigener Wandseite und eigenem Raumcode.
live-setup-mode-ask = Wie sollen neue Ideen auf die Wände kommen?
live-setup-mode-post-explained = Danach: Ideen erscheinen sofort; die Moderation kann eine ausblenden.
live-setup-mode-pre-explained = Vorher: Ideen warten, bis die Moderation ihres Raums sie freigibt.
live-setup-themes-ask = An welchen Themen arbeitet diese Sitzung? Jede Idee auf den Wänden bekommt sie als Themen.
live-setup-preview-title = Prüfe die Ideenwand, bevor du sie anlegst:
# Variables: $language (the name of a language)
live-setup-room-language = Sprache der Wand: { $language }
live-setup-mode-pre = vorher (die Moderation gibt jede Idee frei)
live-setup-mode-post = danach (Ideen erscheinen sofort)
# Variables: $mode (live-setup-mode-pre or live-setup-mode-post)
live-setup-moderation-line = Moderation der Ideen: { $mode }
# Variables: $themes (the themes, as a list)
live-setup-themes-line = Themen: { $themes }
# Variables: $city (the room's city)
live-setup-language-ask = In welcher Sprache soll die Wand in { $city } jede Idee zeigen?
live-setup-created = ✅ Die Ideenwand ist angelegt. Füge Moderation und Austauschmomente hinzu und tippe auf Starten, wenn die Sitzung beginnt.

# The event

# Variables: $status (setup, live or closed)
live-setup-status = { $status ->
    [setup] Noch nicht gestartet: Einchecken geht, sobald du auf Starten tippst.
    [live] Läuft: Die Leute checken mit dem Raumcode ein.
   *[closed] Beendet.
}
live-setup-closed-note = Die Ideen von den Wänden sind jetzt gewöhnliche Ideen unter Ideen, bereit für Abstimmung und Teambildung.
live-setup-no-public-address = Der Bot hat noch keine öffentliche Webadresse (PUBLIC_URL), deshalb öffnen sich die Wandseiten nur in der Sandbox.
# Variables: $code (the room code), $language (the wall's language)
live-setup-room-code = Raumcode: { $code } · Wand auf { $language }
# Variables: $count (people checked in to the room)
live-setup-room-checked-in = { $count ->
    [one] { $count } Person eingecheckt
   *[other] { $count } Personen eingecheckt
}
# Variables: $names (the moderators' names, as a list)
live-setup-room-moderators = Moderation: { $names }
live-setup-room-no-moderators = Noch keine Moderation
# Variables: $url (the wall page's address)
live-setup-room-wall = Wand: { $url }
live-setup-started = ▶️ Die Ideenwand läuft: Die Leute können mit den Raumcodes einchecken.
# Variables: $count (ideas on the walls)
live-setup-close-ask = { $count ->
    [0] Ideenwand beenden? Noch sind keine Ideen auf den Wänden. Danach kann niemand mehr etwas schicken.
    [one] Ideenwand beenden? { $count } Idee von den Wänden wird eine gewöhnliche Idee für Abstimmung und Teambildung. Danach kann niemand mehr etwas schicken.
   *[other] Ideenwand beenden? { $count } Ideen von den Wänden werden gewöhnliche Ideen für Abstimmung und Teambildung. Danach kann niemand mehr etwas schicken.
}
# Variables: $count (ideas still waiting for a moderator)
live-setup-close-waiting = { $count ->
    [one] { $count } Idee wartet noch auf die Moderation: Sie kommt in die gewöhnliche Ideenprüfung.
   *[other] { $count } Ideen warten noch auf die Moderation: Sie kommen in die gewöhnliche Ideenprüfung.
}
# Variables: $count (ideas that became ordinary ideas)
live-setup-closed = { $count ->
    [one] Die Ideenwand ist beendet: { $count } Idee steht jetzt unter Ideen.
   *[other] Die Ideenwand ist beendet: { $count } Ideen stehen jetzt unter Ideen.
}

# Exchange moments
live-setup-moments-title = Austauschmomente:
# Variables: $when (start–end, saying whose clock)
live-setup-moment-line = • { $when }
live-setup-moments-explained = Während eines Austauschmoments zeigt jede Wand die besten Ideen der anderen Räume je Thema.
live-setup-moments-none = Noch keine Austauschmomente geplant.
# Variables: $city (the first room's city, whose clock the times are on)
live-setup-moments-add = Füge einen hinzu: in 15, 30 oder 60 Minuten, oder tippe eine Uhrzeit (Ortszeit { $city }).
# Variables: $when (the start, saying whose clock)
live-setup-moment-length-ask = Austauschmoment um { $when }. Wie lange soll er dauern?
# Variables: $city (the first room's city)
live-setup-moment-time-ask = Tippe den Beginn als HH:MM in Ortszeit { $city }, zum Beispiel 18:30.
live-setup-moment-bad-time = Bitte tippe die Uhrzeit als HH:MM, zum Beispiel 18:30.
live-setup-moment-past = Diese Uhrzeit ist heute schon vorbei. Bitte tippe eine spätere.
live-setup-moment-added = ✅ Austauschmoment geplant.
live-setup-moment-removed = Austauschmoment entfernt.

# Moderators

# Variables: $city (the room's city), $names (the moderators' names, as a list)
live-setup-mods-list = Moderation im Raum { $city }: { $names }
# Variables: $city (the room's city)
live-setup-mods-none = Der Raum { $city } hat noch keine Moderation. Das Organisationsteam kann immer moderieren.
live-setup-mods-add = Moderation hinzufügen: Organisator:innen, Coaches und Leute, die in diesem Raum eingecheckt sind.
live-setup-mods-nobody = Noch niemand zum Hinzufügen: Wer in diesem Raum eincheckt, erscheint hier.
# Variables: $name (a person's name), $city (the room's city)
live-setup-mods-remove-ask = { $name } aus der Moderation im Raum { $city } entfernen?

# Checking in and the room
live-setup-code-ask = Tippe den Raumcode, der auf der Wand steht (fünf Buchstaben und Ziffern).
# Variables: $code (what the person typed)
live-setup-code-unknown = Kein laufender Raum hat den Code „{ $code }“. Prüfe den Code auf der Wand und schicke /room mit ihm noch einmal, zum Beispiel /room K7Q2M.
# Variables: $title (the event's title)
live-setup-code-not-live = Die Ideenwand „{ $title }“ hat noch nicht begonnen. Versuche es noch einmal, wenn die Sitzung beginnt.
# Variables: $title (the event's title)
live-setup-code-closed = Die Ideenwand „{ $title }“ ist beendet. Ihre Ideen stehen jetzt unter Ideen, bereit zum Abstimmen.
live-setup-checked-in = ✅ Du bist eingecheckt.
live-setup-moved = ✅ Du bist in diesen Raum gewechselt.
# Variables: $city (the room's city)
live-setup-room-city = 📍 Raum: { $city }
live-setup-room-in = Du bist eingecheckt: Schick deine Ideen hier, sie erscheinen auf den Wänden aller Räume.

# Buttons
live-setup-begin-button = 📺 Ideenwand einrichten
# Variables: $city (the partner room's city), $title (its workshop's title)
live-setup-room-button = { $city } · { $title }
live-setup-next-button = Weiter ➡️
live-setup-mode-post-button = Danach: sofort zeigen
live-setup-mode-pre-button = Vorher: erst freigeben
# Variables: $city (a room's city)
live-setup-language-button = 🌐 { $city }
live-setup-edit-rooms-button = ✏️ Räume
live-setup-edit-mode-button = ✏️ Modus
live-setup-edit-themes-button = ✏️ Themen
live-setup-create-button = Ideenwand anlegen
# Variables: $city (a room's city)
live-setup-mods-button = 🛡 { $city }
live-setup-mode-switch-to-pre = Moderation danach · ändern
live-setup-mode-switch-to-post = Moderation vorher · ändern
live-setup-moments-button = ⏱ Austauschmomente
live-setup-start-button = ▶️ Starten
live-setup-close-button = ⏹ Ideenwand beenden
live-setup-ideas-button = 💡 Ideen
live-setup-close-yes = Beenden
# Variables: $minutes (minutes from now)
live-setup-moment-in = +{ $minutes } Min.
# Variables: $when (the moment's start)
live-setup-moment-remove = 🗑 { $when }
live-setup-moment-type-button = ⌨️ Uhrzeit tippen
# Variables: $minutes (the moment's length)
live-setup-moment-length = { $minutes } Min.
# Variables: $name (a person's name)
live-setup-mods-remove = ➖ { $name }
# Variables: $name (a person's name)
live-setup-mods-add-button = ➕ { $name }
live-setup-page-back = ⬅️ Zurück
live-setup-page-next = Mehr ➡️
live-setup-mods-remove-yes = Entfernen
live-setup-post-button = ✏️ Idee schicken
live-setup-browse-button = 👍 Ideen aller Räume
live-setup-moderate-button = 🛡 Moderieren
live-setup-wall-button = 📺 Wandseite

## live-page

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
live-page-title = { $event } · { $city }
live-page-wall = Ideenwand
live-page-code = Raumcode
# Variables:
#   $code (String) - the room code
#   $bot (String) - the bot's Telegram username
live-page-join = Scanne den Code oder schick /room { $code } an @{ $bot }
# Variables:
#   $language (String) - the original's language, e.g. "Russisch"
live-page-original = Originaltext ({ $language })
# Variables:
#   $language (String) - the original's language, e.g. "Russisch"
live-page-pending = Übersetzung folgt · Original auf { $language }
live-page-machine = maschinell übersetzt
live-page-corrected = Übersetzung von der Moderation korrigiert
# Variables:
#   $count (Number) - how many people gave this idea a +1
live-page-votes = { $count } × +1
# Variables:
#   $count (Number) - ideas in a city's column
live-page-count = { $count ->
        [one] { $count } Idee
       *[other] { $count } Ideen
    }
# Variables:
#   $cities (String) - the other room's city (or cities, as a list)
live-page-moment = Austauschmoment · aus { $cities }: die besten Ideen je Thema
live-page-bridge = Brückenidee
live-page-empty = Noch keine Ideen: schick deine im Chat.
live-page-empty-other = Noch keine Ideen.
live-page-reconnecting = Verbindung unterbrochen, verbinde neu…
