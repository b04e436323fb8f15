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
live-setup-created = ✅ Die Ideenwand ist angelegt. Füge Moderation und Austauschmomente hinzu und tippe auf Starten, wenn der Workshop beginnt.

# The event

# Variables: $status (setup, live or closed)
live-setup-status = { $status ->
    [setup] Noch nicht gestartet: Einchecken geht, sobald du auf Starten tippst.
    [live] Läuft: Die Leute checken mit dem Raumcode ein.
   *[closed] Beendet.
}
live-setup-closed-note = Die Ideen von den Wänden sind jetzt gewöhnliche Ideen unter Ideen, bereit für Abstimmung und Teambildung.
live-setup-no-public-address = Die Wandseiten lassen sich noch nicht auf einem Beamer öffnen: Für den Bot ist keine Webadresse eingerichtet. Sag bitte der Administration des Bots Bescheid.
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

## live-ideas

# Pop-ups refusing a button

live-ideas-not-checked-in = Du bist in diesem Raum nicht angemeldet. Tippe zuerst den Raumcode von der Wand ein (/room CODE).
live-ideas-not-live = Diese Ideenwand ist nicht geöffnet: Sie hat noch nicht begonnen oder ist schon vorbei.
live-ideas-not-moderator = Das können nur die Moderation dieses Raums und das Organisationsteam.
live-ideas-plus-own = Das ist deine eigene Idee: Ihre +1 kommen von den anderen.
live-ideas-gone = Diese Idee ist nicht mehr auf der Wand.

# The author's confirmation

# Variables:
#   $title (String) - idea title, gender unknown
live-ideas-submitted-shown = ✅ Danke! Deine Idee „{ $title }“ ist jetzt auf den Ideenwänden aller Räume.
# Variables:
#   $title (String) - idea title, gender unknown
live-ideas-submitted-waiting = ✅ Danke! Deine Idee „{ $title }“ erscheint auf den Ideenwänden, sobald die Moderation deines Raums sie freigegeben hat.

# The event's ideas in the chat, with +1

# Variables:
#   $event (String) - the live event's title
#   $count (Number) - ideas on the walls
#   $page (Number) - this page
#   $pages (Number) - pages in all
live-ideas-list = 💡 Ideenwand „{ $event }“: { $count ->
        [one] { $count } Idee
       *[other] { $count } Ideen
    } · Seite { $page } von { $pages }
    Gib +1 für die Ideen, die dir gefallen – aus allen Räumen.
live-ideas-list-empty = Noch keine Ideen auf den Wänden. Teile die erste!
# Variables:
#   $number (Number) - the idea's number in the list
#   $title (String) - idea title, in the reader's language where a translation exists
#   $city (String) - the city whose room it came from
#   $votes (Number) - its +1 so far
live-ideas-line = { $number }. { $title } – { $city } · +1: { $votes }
live-ideas-mark-bridge = 🌉 Brückenidee
live-ideas-mark-own = deine Idee
live-ideas-mark-mine = ✅ dein +1
live-ideas-mark-machine = 🤖 maschinelle Übersetzung
# Variables:
#   $language (String) - the original's language, with its flag
live-ideas-mark-original = auf { $language }, noch keine Übersetzung
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-plus = 👍 +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-undo = +1 zurück #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-original = Urfassung #{ $number }
live-ideas-page-back = ◀️ Zurück
live-ideas-page-next = Weiter ▶️
live-ideas-back-room = ⬅️ Zurück zum Raum
live-ideas-back-list = ⬅️ Zurück zu den Ideen
# Variables:
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $title (String) - idea title as written
#   $description (String) - idea description as written
live-ideas-original-text = 📄 Wie geschrieben, auf { $language } · { $city }

    { $title }

    { $description }

# Notices to the author

# Variables:
#   $title (String) - idea title, gender unknown
live-ideas-notice-shown = 📺 Deine Idee „{ $title }“ ist jetzt auf den Ideenwänden.
# Variables:
#   $title (String) - idea title, gender unknown
#   $reason (String) - the moderator's reason
live-ideas-notice-hidden = 🙈 Die Moderation deines Raums hat deine Idee „{ $title }“ von den Ideenwänden ausgeblendet. Grund: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown
#   $target (String) - the title of the idea it joined
live-ideas-notice-merged = 🔗 Deine Idee „{ $title }“ wurde auf den Ideenwänden mit der sehr ähnlichen Idee „{ $target }“ zusammengeführt; ihre +1 zählen dort, und du gehörst jetzt zu ihrem Team.

# The room moderators

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
#   $moderation (String) - pre or post
live-ideas-queue = 🛡 Moderation · Raum { $city } · „{ $event }“
    { $moderation ->
        [pre] Neue Ideen warten auf deine Freigabe, bevor die Wände sie zeigen.
       *[post] Neue Ideen stehen sofort auf den Wänden; blende aus, was nicht dorthin gehört.
    }
    Tippe auf eine Nummer, um diese Idee zu bearbeiten.
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-waiting = ⏳ Warten auf Freigabe ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-shown = 📺 Auf den Wänden, aus diesem Raum ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-hidden = 🙈 Ausgeblendet ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-others = 🌐 Aus den anderen Räumen, Übersetzung prüfen ({ $count }):
live-ideas-queue-empty = Noch keine Ideen.
# Variables:
#   $title (String) - idea title
live-ideas-quoted = „{ $title }“
live-ideas-refresh = 🔄 Aktualisieren
live-ideas-back-queue = ⬅️ Zurück zur Moderation
# Variables:
#   $title (String) - idea title as written
#   $description (String) - idea description as written
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $status (String) - waiting, shown, hidden, merged, or other (another room's idea)
live-ideas-card = „{ $title }“
    { $description }

    { $language } · { $city }
    { $status ->
        [waiting] ⏳ Wartet auf Freigabe
        [shown] 📺 Auf den Wänden
        [hidden] 🙈 Von den Wänden ausgeblendet
        [merged] 🔗 Mit einer anderen Idee zusammengeführt
       *[other] 📺 Auf den Wänden (eine Idee aus einem anderen Raum)
    }
# Variables:
#   $language (String) - the room's display language, with its flag
#   $state (String) - machine, human or pending
#   $title (String) - the title as this wall shows it (empty while pending)
live-ideas-card-wall = Die Wand dieses Raums zeigt sie auf { $language }: { $state ->
        [machine] „{ $title }“ (maschinelle Übersetzung)
        [human] „{ $title }“ (von der Moderation korrigiert)
       *[pending] Übersetzung folgt
    }
live-ideas-do-approve = 📺 Auf den Wänden zeigen
live-ideas-do-hide = 🙈 Von den Wänden ausblenden
live-ideas-do-restore = ↩️ Wieder zeigen
live-ideas-do-merge = 🔗 Duplikat: zusammenführen
live-ideas-do-merge-ok = 🔗 Zusammenführen
live-ideas-do-correct = ✏️ Übersetzung korrigieren
# Variables:
#   $title (String) - idea title
live-ideas-hide-ask = Warum „{ $title }“ ausblenden? Der Grund wird protokolliert, und die Idee verschwindet von den Wänden aller Räume.
live-ideas-reason-1 = Passt nicht zum Thema
live-ideas-reason-2 = Enthält persönliche Daten
live-ideas-reason-3 = Beleidigend
live-ideas-reason-own = ✍️ Grund eintippen
# Variables:
#   $title (String) - idea title
live-ideas-reason-ask = Tippe den Grund ein, warum „{ $title }“ ausgeblendet wird (er wird protokolliert).
# Variables:
#   $title (String) - idea title
live-ideas-merge-ask = Welche Idee wiederholt „{ $title }“? Ihre +1 gehen an diese Idee, und sie verschwindet von den Wänden.
live-ideas-merge-none = Es ist noch keine andere Idee auf den Wänden.
# Variables:
#   $title (String) - the duplicate's title
#   $target (String) - the title of the idea it joins
live-ideas-merge-confirm = „{ $title }“ mit „{ $target }“ zusammenführen? Ihre +1 gehen an „{ $target }“ (eins pro Person), und sie verschwindet von den Wänden. Das lässt sich nicht rückgängig machen.
# Variables:
#   $step (String) - title or description
#   $language (String) - the room's display language, with its flag
#   $original (String) - the original's title or description
#   $now (String) - what the wall shows now ("—" while the translation is pending)
live-ideas-correct-ask = { $step ->
        [title] ✏️ Tippe den Titel auf { $language } ein.
       *[description] ✏️ Tippe jetzt die Beschreibung auf { $language } ein.
    }

    Original: { $original }
    Jetzt auf der Wand: { $now }
live-ideas-done-approve = 📺 Freigegeben: Die Idee ist jetzt auf den Wänden.
live-ideas-done-hide = 🙈 Von den Wänden aller Räume ausgeblendet; der Grund ist protokolliert.
live-ideas-done-restore = ↩️ Die Idee ist wieder auf den Wänden.
live-ideas-done-merge = 🔗 Zusammengeführt: Das Duplikat ist von den Wänden verschwunden, seine +1 zählen bei der anderen Idee.
live-ideas-done-correct = ✏️ Korrektur gespeichert: Die Wände zeigen sie jetzt.

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
# Variables:
#   $language (String) - the original's language; no machine translation is configured
live-page-untranslated = Original auf { $language } · kein Übersetzungsdienst eingerichtet
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
