## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-people

# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-none = 🏕 BarCamp · { $workshop }

    Dieser Workshop hat noch kein BarCamp. Lege eins an und füge Räume und Zeitfenster hinzu: Die Eingecheckten schlagen am Tag selbst Sessions vor.
barcamp-create-button = 🏕 BarCamp anlegen
barcamp-created = Das BarCamp ist angelegt.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-title = 🏕 Das BarCamp von „{ $workshop }“
# Variables:
#   $phase (String) - the current phase's name
barcamp-home-phase = Aktuelle Phase: { $phase }
barcamp-phase-setup = Vorbereitung
barcamp-phase-propose = Vorschläge
barcamp-phase-interest = „Ich komme“
barcamp-phase-build = Plan entsteht
barcamp-phase-announced = Plan verkündet
barcamp-phase-closed = abgeschlossen
# Variables:
#   $count (Number) - rooms
barcamp-home-rooms = Räume: { $count }
# Variables:
#   $count (Number) - time slots
barcamp-home-slots = Zeitfenster: { $count }
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-home-limit = „Ich komme“: bis zu { $limit } Sessions pro Person.
# Variables:
#   $proposals (Number) - sessions proposed
#   $interested (Number) - people who chose sessions
#   $checked (Number) - people checked in to the workshop
barcamp-home-counts = Vorschläge: { $proposals } · Personen mit Auswahl: { $interested } · eingecheckt: { $checked }
barcamp-next-rooms = Als Nächstes: Räume hinzufügen.
barcamp-next-slots = Als Nächstes: Zeitfenster hinzufügen.
barcamp-next-ready = Als Nächstes: Vorschläge öffnen. Alle Eingecheckten bekommen eine Nachricht.
barcamp-next-propose = Als Nächstes: Wenn die Vorschläge da sind, „Ich komme“ öffnen.
barcamp-next-interest = Als Nächstes: Wenn alle gewählt haben, den Plan beginnen.
barcamp-next-build = Als Nächstes: den Plan bauen und verkünden.
barcamp-next-announced = Nach jeder Session wird die Session-Leitung um Notizen gebeten; die Dokumentation sammelt sie.
barcamp-next-closed = Das BarCamp ist vorbei; die Dokumentation enthält jede Session.
# Variables:
#   $name (String) - the room's name
#   $capacity (Number) - seats
#   $languages (String) - the languages spoken there, joined
#   $bridged (String) - yes: a video link to the partner city
barcamp-room-line = • { $name } · { $capacity ->
    [one] { $capacity } Platz
   *[other] { $capacity } Plätze
} · { $languages }{ $bridged ->
    [yes] {" "}· mit der Partnerstadt verbunden
   *[no] {""}
}
barcamp-rooms-button = 🚪 Räume
barcamp-slots-button = 🕐 Zeitfenster
barcamp-limit-button = 🔢 Sessions pro Person
barcamp-open-propose-button = ▶️ Vorschläge öffnen
barcamp-open-interest-button = ▶️ „Ich komme“ öffnen
barcamp-open-build-button = ▶️ Plan beginnen
barcamp-to-plan-button = 🗓 Zum Plan
barcamp-docs-button = 📄 Dokumentation
# Variables:
#   $count (Number) - rooms
barcamp-rooms-title = Räume: { $count }. Tippe auf einen Raum, um ihn zu ändern.
barcamp-room-add-button = ➕ Raum hinzufügen
barcamp-room-ask-name = Wie heißt der Raum? Schreib seinen Namen.
barcamp-room-ask-capacity = Wie viele Plätze? Tippe eine Zahl an oder schreib sie.
barcamp-room-ask-languages = In welchen Sprachen können dort Sessions stattfinden? Tippe alle passenden an, dann „Fertig“.
barcamp-languages-done-button = Fertig
barcamp-room-ask-bridge = Ist der Raum mit der Partnerstadt verbunden? Schick den Videolink (https://…) oder tippe „Kein Videolink“.
barcamp-room-no-bridge-button = Kein Videolink
barcamp-room-added = Der Raum ist hinzugefügt.
barcamp-room-saved = Der Raum ist gespeichert.
# Variables:
#   $link (String) - the video link
barcamp-room-bridge-link = Videolink: { $link }
barcamp-room-name-button = Raumname
barcamp-room-cap-button = Plätze
barcamp-room-langs-button = Sprachen
barcamp-room-bridge-button = Videolink
barcamp-room-remove-button = 🗑 Raum entfernen
# Variables:
#   $name (String) - the room's name
barcamp-room-remove-ask = Raum „{ $name }“ entfernen? Sessions dort verlieren ihren Platz.
barcamp-remove-confirm = 🗑 Entfernen
barcamp-room-removed = Der Raum ist entfernt.
# Variables:
#   $count (Number) - time slots
barcamp-slots-title = Zeitfenster: { $count }. ✖️ entfernt eins.
# Variables:
#   $number (Number) - the slot's number in the list
barcamp-slot-remove-button = ✖️ { $number }
barcamp-slot-add-button = ➕ Zeitfenster hinzufügen
# Variables:
#   $city (String) - the workshop's city, whose clock the times are on
barcamp-slot-ask-start = Wann beginnt das Zeitfenster (Ortszeit { $city })? Tippe eine Uhrzeit an oder schreib sie, z. B. 10:30.
# Variables:
#   $start (String) - the start, HH:MM
barcamp-slot-ask-length = Beginn um { $start }. Wie lange dauert es?
# Variables:
#   $minutes (Number) - the slot's length
barcamp-slot-length-button = { $minutes } Min.
barcamp-slot-added = Das Zeitfenster ist hinzugefügt.
# Variables:
#   $slot (String) - the slot's time, with whose clock
barcamp-slot-remove-ask = Zeitfenster { $slot } entfernen?
barcamp-slot-removed = Das Zeitfenster ist entfernt.
# Variables:
#   $limit (Number) - the current limit
barcamp-limit-ask = Bei wie vielen Sessions darf jede Person „Ich komme“ tippen? Jetzt: { $limit }.
# Variables:
#   $limit (Number) - the new limit
barcamp-limit-saved = Jede Person darf jetzt bis zu { $limit } Sessions wählen.
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-propose = Vorschläge öffnen? { $count ->
    [one] { $count } eingecheckte Person bekommt eine Nachricht.
   *[other] { $count } eingecheckte Personen bekommen eine Nachricht.
}
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-interest = Vorschläge schließen und „Ich komme“ öffnen? { $count ->
    [one] { $count } eingecheckte Person bekommt eine Nachricht.
   *[other] { $count } eingecheckte Personen bekommen eine Nachricht.
}
barcamp-phase-ask-build = „Ich komme“ schließen und den Plan beginnen? Noch bekommt niemand eine Nachricht.
barcamp-phase-confirm = Ja, öffnen
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-propose = Die Vorschläge sind offen. { $count ->
    [one] { $count } Person wurde benachrichtigt.
   *[other] { $count } Personen wurden benachrichtigt.
}
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-interest = „Ich komme“ ist offen. { $count ->
    [one] { $count } Person wurde benachrichtigt.
   *[other] { $count } Personen wurden benachrichtigt.
}
barcamp-phase-opened-build = „Ich komme“ ist geschlossen; als Nächstes den Plan bauen.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-opened-propose = 🏕 Das BarCamp von „{ $workshop }“ ist offen für Vorschläge: Schlag eine Session vor, die du leitest, oder steig bei einer als Co-Leitung ein.
# Variables:
#   $workshop (String) - the workshop's title
#   $limit (Number) - sessions each person may choose
barcamp-opened-interest = 🏕 BarCamp „{ $workshop }“: Zu welchen Sessions kommst du? Wähle bis zu { $limit }.
barcamp-person-setup = Das BarCamp wird vorbereitet. Du bekommst eine Nachricht, sobald Vorschläge offen sind.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-propose = Schlag eine Session vor, die du leitest, oder steig bei einer als Co-Leitung ein.
    Vorschläge bisher: { $proposals } · deine: { $mine } · später wählst du bis zu { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-interest = Zu welchen Sessions kommst du? Wähle bis zu { $limit }. Sessions: { $proposals } · deine: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-build = Der Plan entsteht. Sessions: { $proposals } · deine: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-announced = Der Plan ist da. Sessions: { $proposals } · deine: { $mine }.
barcamp-person-closed = Das BarCamp ist vorbei. Danke!
barcamp-propose-button = ➕ Session vorschlagen
barcamp-proposals-button = 📋 Vorschläge
barcamp-mine-button = 📝 Meine
barcamp-interest-button = 🗳 Sessions wählen
barcamp-my-sessions-button = 🗓 Meine Sessions
barcamp-none = Du bist in keinem Workshop mit BarCamp eingecheckt. Das BarCamp ist für die Personen offen, die im Workshop eingecheckt sind.
barcamp-gone = Dieses BarCamp ist nicht verfügbar.
barcamp-not-checked-in = Beim BarCamp machen nur Personen mit, die im Workshop eingecheckt sind.
barcamp-phase-not-propose = Vorschläge sind gerade nicht offen.
barcamp-phase-not-interest = Die Auswahl der Sessions ist gerade nicht offen.
barcamp-session-gone = Diese Session ist nicht mehr vorgeschlagen.
barcamp-propose-ask-title = Wie heißt deine Session? Schreib einen Titel (höchstens 80 Zeichen).
barcamp-propose-ask-description = Beschreib sie in ein, zwei Sätzen – oder überspring das.
barcamp-propose-ask-language = In welcher Sprache leitest du sie?
barcamp-propose-use-buttons = Bitte nutze die Knöpfe unter der Frage.
# Variables:
#   $title (String) - the similar proposal's title
barcamp-propose-similar = Ähnlich: „{ $title }“. Lieber dort als Co-Leitung einsteigen?
barcamp-join-button = 🤝 Co-Leitung werden
barcamp-anyway-button = Trotzdem vorschlagen
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
barcamp-propose-preview = Dein Vorschlag:

    { $title }
    { $description }
    Sprache: { $language }
barcamp-edit-button = ✏️ Bearbeiten
barcamp-send-button = Vorschlag absenden
# Variables:
#   $title (String) - the session's title
barcamp-propose-sent = Dein Vorschlag „{ $title }“ ist eingegangen.
# Variables:
#   $title (String) - the session's title
barcamp-joined = Du leitest „{ $title }“ jetzt mit.
# Variables:
#   $count (Number) - proposals on this page
barcamp-list-title = Vorschläge (auf dieser Seite: { $count }). Tippe eine Nummer, um einen zu öffnen.
# Variables:
#   $count (Number) - proposals on this page
barcamp-mine-title = Deine Vorschläge (auf dieser Seite: { $count }). Tippe eine Nummer, um einen zu öffnen.
# Variables:
#   $number (Number) - the proposal's number
#   $title (String) - its title
#   $language (String) - the language it is held in
#   $hosts (Number) - its hosts
barcamp-list-line = { $number }. { $title } · { $language } · Leitung: { $hosts }
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
#   $hosts (String) - the hosts' names
barcamp-card = { $title }

    { $description }

    Sprache: { $language }
    Session-Leitung: { $hosts }
barcamp-withdraw-button = Vorschlag zurückziehen
# Variables:
#   $title (String) - the session's title
barcamp-withdraw-ask = „{ $title }“ zurückziehen? Auch die Co-Leitung verliert ihn.
barcamp-withdraw-confirm = Zurückziehen
barcamp-withdrawn = Der Vorschlag ist zurückgezogen.
# Variables:
#   $limit (Number) - sessions each person may choose
#   $chosen (Number) - sessions chosen so far
barcamp-interest-head = Tippe „Ich komme“ bei bis zu { $limit } Sessions. Gewählt: { $chosen } von { $limit }.
barcamp-interest-own-rule = Deine eigenen Sessions zählen nicht: Da bist du sowieso.
# Variables:
#   $number (Number) - the session's number
#   $title (String) - its title
barcamp-interest-line = { $number }. { $title }
# Variables:
#   $description (String) - the session's description
barcamp-interest-description = { $description }
# Variables:
#   $language (String) - the original's language
barcamp-machine-mark = 🤖 maschinell übersetzt aus: { $language }
barcamp-interest-yours = (deine Session)
barcamp-interest-empty = Es wurden keine Sessions vorgeschlagen.
# Variables:
#   $number (Number) - the session's number
barcamp-attend-button = { $number } · Ich komme
barcamp-show-originals-button = Originale zeigen
barcamp-show-list-button = Übersetzt zeigen
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-interest-full = Du hast { $limit } von { $limit } gewählt. Nimm erst eine zurück.
barcamp-interest-own = Das ist deine eigene Session: Da bist du sowieso.
# Variables:
#   $title (String) - the session's title
barcamp-notes-ask = 🏕 Deine Session „{ $title }“ ist vorbei. Schreibst du drei kurze Zeilen Notizen für die Dokumentation?
barcamp-notes-button = ✍️ Notizen schreiben
# Variables:
#   $title (String) - the session's title
barcamp-notes-write = Notizen zu „{ $title }“: Schreib bis zu drei Zeilen (eine Nachricht, jede Zeile höchstens 200 Zeichen).
barcamp-notes-saved = Danke, deine Notizen sind gespeichert.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-doc-title = Das BarCamp von „{ $workshop }“
# Variables:
#   $count (Number) - sessions
barcamp-doc-count = Anzahl Sessions: { $count }
# Variables:
#   $room (String) - the room's name
barcamp-doc-room = Raum: { $room }
# Variables:
#   $time (String) - the slot's time, with whose clock
barcamp-doc-time = Zeit: { $time }
barcamp-doc-unplaced = Nicht im Plan
# Variables:
#   $language (String) - the language it was held in
barcamp-doc-language = Sprache: { $language }
# Variables:
#   $names (String) - the hosts' names
barcamp-doc-hosts = Session-Leitung: { $names }
# Variables:
#   $count (Number) - people who would attend
barcamp-doc-interest = „Ich komme“: { $count }
barcamp-doc-notes = Notizen
# Variables:
#   $workshop (Number) - the workshop's id
barcamp-doc-file = barcamp-{ $workshop }-dokumentation.md
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-title-long = Der Titel hat { $count } Zeichen; bitte höchstens { $limit }.
barcamp-input-title-empty = Bitte schreib einen Titel.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-description-long = Die Beschreibung hat { $count } Zeichen; bitte höchstens { $limit }.
barcamp-input-room-name-empty = Bitte schreib den Namen des Raums.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-room-name-long = Der Name hat { $count } Zeichen; bitte höchstens { $limit }.
# Variables:
#   $limit (Number) - the largest number allowed
barcamp-input-capacity-bad = Bitte schreib die Zahl der Plätze in Ziffern, höchstens { $limit }.
barcamp-input-bridge-bad = Bitte schick einen Link, der mit https:// beginnt, oder tippe „Kein Videolink“.
barcamp-input-room-languages = Wähle mindestens eine Sprache.
barcamp-input-slot-time-bad = Bitte schreib den Beginn als Stunden und Minuten, z. B. 10:30.
# Variables:
#   $slot (String) - the slot it overlaps, with whose clock
barcamp-input-slot-overlap = Diese Zeit überschneidet sich mit dem Zeitfenster { $slot }. Wähle einen anderen Beginn.
barcamp-input-notes-empty = Bitte schreib deine Notizen.
# Variables:
#   $limit (Number) - at most this many lines
#   $count (Number) - lines typed
barcamp-input-notes-lines = Das sind { $count } Zeilen; bitte höchstens { $limit }.
# Variables:
#   $limit (Number) - at most this many characters per line
#   $count (Number) - characters in the longest line
barcamp-input-notes-line-long = Eine Zeile hat { $count } Zeichen; bitte jede Zeile höchstens { $limit }.
