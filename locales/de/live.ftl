## live

live-workshop-button = 📺 Ideenwand

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
