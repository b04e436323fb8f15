## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-plan

# Variables: $camp (the workshop's title)
barcamp-plan-title = 🗓 BarCamp-Plan · { $camp }
barcamp-plan-is-announced = 📣 Angekündigt: Änderungen gehen jetzt an die Betroffenen.
# Variables: $count (sessions proposed)
barcamp-plan-empty = { $count ->
    [0] Noch keine Session vorgeschlagen.
    [one] Noch nichts eingeplant. Tippe auf „Plan erstellen“: die eine Session kommt in einen Raum und ein Zeitfenster.
   *[other] Noch nichts eingeplant. Tippe auf „Plan erstellen“: { $count } Sessions kommen nach Interesse in Räume und Zeitfenster.
}
# Variables: $number (the session's number on this screen), $room, $title, $interest (people who'd attend), $capacity (seats), $locked (yes/no)
barcamp-plan-cell = { $locked ->
    [yes] { $number }. 🔒 { $room }: { $title } — { $interest }/{ $capacity }
   *[other] { $number }. { $room }: { $title } — { $interest }/{ $capacity }
}
barcamp-plan-warning-over-capacity = mehr Interesse als Plätze
# Variables: $count (sessions without a place)
barcamp-plan-unplaced = Nicht eingeplant ({ $count }), nach Interesse:
# Variables: $number, $title, $interest
barcamp-plan-unplaced-line = { $number }. { $title } — Interesse: { $interest }
# Variables: $language (a language name)
barcamp-plan-no-language = kein Raum arbeitet auf { $language }
# Variables: $numbers (session numbers, "3, 7")
barcamp-plan-merge-hint = könnte zu { $numbers } dazukommen
barcamp-plan-pick-hint = Tippe auf eine Nummer, um die Session zu verschieben, zu tauschen, festzuhalten oder zusammenzulegen.
# Variables: $room, $title, $bridged (yes: video link to the partner city)
barcamp-plan-public-cell = { $bridged ->
    [yes] { $room } 🎥: { $title }
   *[other] { $room }: { $title }
}
# Variables: $when (time with the city named), $room, $title
barcamp-plan-session-line = { $when } — { $room }: { $title }
# Variables: $url (the video link to the partner city)
barcamp-plan-bridge-line = 🎥 Videolink zur Partnerstadt: { $url }
# Variables: $city (whose clock the times are on)
barcamp-plan-image-clock = Zeiten: Ortszeit { $city }
# Variables: $number, $title, $language, $interest, $hosts (number of hosts)
barcamp-plan-session = { $number }. { $title }
    Sprache: { $language } · Interesse: { $interest } · { $hosts ->
        [one] eine leitende Person
       *[other] { $hosts } leitende Personen
    }
# Variables: $room, $capacity, $when
barcamp-plan-session-where = { $room } ({ $capacity } Plätze), { $when }
barcamp-plan-session-unplaced = Noch nicht eingeplant.
barcamp-plan-session-locked = 🔒 Festgehalten: beim Neu-Erstellen bleibt sie, wo sie ist.
barcamp-plan-session-hint = Verschieben: anderer Raum oder andere Zeit. Tauschen: Platz mit einer anderen Session wechseln. Zusammenlegen: zu einer anderen Session dazukommen (Session-Leitung und Interesse gehen mit).
# Variables: $title
barcamp-plan-ask-merge = Mit welcher Session soll „{ $title }“ zusammengelegt werden? Session-Leitung und Interesse gehen dorthin. Die Nummern sind die aus dem Plan.
barcamp-plan-merge-suggested = Ähnliche Sessions:
# Variables: $camp
barcamp-plan-mine-none = Du hast keine Sessions im Plan von { $camp }: du leitest keine und hast bei keiner eingeplanten Session „Ich komme“ gesagt. Jeder Raum steht dir offen.
# Variables: $camp, $sessions (one line each: time, room, title)
barcamp-plan-mine = 📅 Deine Sessions bei { $camp }:
    { $sessions }
barcamp-plan-back-button = ⬅️ Zurück
barcamp-plan-build-button = 🧮 Plan erstellen
barcamp-plan-rebuild-button = 🧮 Plan neu erstellen
barcamp-plan-announce-button = 📣 Plan ankündigen
barcamp-plan-home-button = ⬅️ Zurück zum BarCamp
barcamp-plan-move-button = Verschieben
barcamp-plan-swap-button = Tauschen
barcamp-plan-merge-button = Zusammenlegen
barcamp-plan-lock-button = 🔒 Festhalten
barcamp-plan-unlock-button = Freigeben
# Variables: $room, $capacity (seats)
barcamp-plan-room-label = { $room } · { $capacity }
# Variables: $count (people who will be told)
barcamp-plan-confirm-button = { $count ->
    [0] Ja, machen
    [one] Ja, 1 Person informieren
   *[other] Ja, { $count } Personen informieren
}
barcamp-plan-cancel-button = Abbrechen
barcamp-plan-mine-button = 📅 Meine Sessions
barcamp-plan-ics-button = 📅 Kalenderdatei (.ics)
# Variables: $placed, $unplaced (session counts)
barcamp-plan-built = Plan erstellt: eingeplant { $placed }, nicht eingeplant { $unplaced }.
# Variables: $count (people checked in)
barcamp-plan-confirm-announce = Den Plan { $count ->
    [one] an die eine vor Ort angemeldete Person
   *[other] an { $count } vor Ort angemeldete Personen
} schicken? Alle bekommen den Plan als Bild und als Text, ihre eigenen Sessions als Kalenderdatei und 5 Minuten vor jeder eine Erinnerung.
# Variables: $count
barcamp-plan-announced-done = Der Plan ging an { $count ->
    [one] 1 Person
   *[other] { $count } Personen
}.
# Variables: $title
barcamp-plan-ask-slot = „{ $title }“ verschieben: in welches Zeitfenster? Die Zeiten sind Ortszeit.
# Variables: $title, $when
barcamp-plan-ask-room = „{ $title }“ auf { $when } verschieben: in welchen Raum? Die Zahl sind die Plätze.
# Variables: $title
barcamp-plan-ask-swap = „{ $title }“ mit welcher Session tauschen? Die Nummern sind die aus dem Plan.
# Variables: $locked (yes/no)
barcamp-plan-locked-done = { $locked ->
    [yes] Festgehalten: beim Neu-Erstellen bleibt diese Session, wo sie ist.
   *[other] Freigegeben: beim Neu-Erstellen kann diese Session wandern.
}
# Variables: $count (people who will be told), $title, $room, $when
barcamp-plan-confirm-move = „{ $title }“ nach { $room }, { $when } verschieben? { $count ->
    [0] Niemand wird informiert: der Plan ist noch nicht angekündigt.
    [one] 1 interessierte Person wird informiert.
   *[other] { $count } interessierte Personen werden informiert.
}
# Variables: $count, $title, $other (the other session's title)
barcamp-plan-confirm-swap = „{ $title }“ und „{ $other }“ tauschen? { $count ->
    [0] Niemand wird informiert: der Plan ist noch nicht angekündigt.
    [one] 1 interessierte Person wird informiert.
   *[other] { $count } interessierte Personen werden informiert.
}
# Variables: $count, $title, $into (the session it joins)
barcamp-plan-confirm-merge = „{ $title }“ mit „{ $into }“ zusammenlegen? Session-Leitung und Interesse gehen mit; das lässt sich nicht rückgängig machen. { $count ->
    [0] Niemand wird informiert: der Plan ist noch nicht angekündigt.
    [one] 1 interessierte Person wird informiert.
   *[other] { $count } interessierte Personen werden informiert.
}
# Variables: $count (people told)
barcamp-plan-fixed = { $count ->
    [0] Erledigt.
    [one] Erledigt: 1 Person wurde informiert.
   *[other] Erledigt: { $count } Personen wurden informiert.
}
barcamp-plan-gone = Dieses BarCamp gibt es nicht mehr.
barcamp-plan-not-building = Der Plan lässt sich nur erstellen und ankündigen, solange er gebaut wird.
barcamp-plan-nothing-placed = Noch nichts eingeplant: erstelle zuerst den Plan.
barcamp-plan-lock-unplaced = Nur eine eingeplante Session lässt sich festhalten.
barcamp-plan-refused-host-busy = Geht nicht: jemand aus der Session-Leitung leitet zu dieser Zeit eine andere Session, und niemand kann in zwei Räumen zugleich sein.
barcamp-plan-refused-language = Geht nicht: dieser Raum arbeitet nicht in der Sprache der Session.
barcamp-plan-refused-taken = Dieser Raum ist zu dieser Zeit belegt: nimm stattdessen „Tauschen“.
barcamp-plan-not-announced = Der Plan ist noch nicht angekündigt.
# Variables: $camp
barcamp-plan-announced = 🗓 Der Plan von { $camp } steht. Der Plan nach Zeitfenstern und deine Sessions folgen.
# Variables: $plan (the plan per time slot), $sessions (your sessions, one a line), $count (how many)
barcamp-plan-announced-text = { $plan }

    { $count ->
        [0] Du hast keine eigenen Sessions: komm in jeden Raum, der dich interessiert.
       *[other] Deine Sessions:
    { $sessions }
    }
# Variables: $count (sessions in the file)
barcamp-plan-ics-caption = { $count ->
    [one] Deine Session als Kalenderdatei.
   *[other] Deine { $count } Sessions als Kalenderdatei.
}
# Variables: $camp, $sessions (the new time and room of each, one a line)
barcamp-plan-changed = 🔁 Eine Änderung im Plan von { $camp }:
    { $sessions }
# Variables: $camp, $gone (the session that joined another), $sessions (where it is now)
barcamp-plan-merged = 🔁 Eine Änderung im Plan von { $camp }: „{ $gone }“ ist mit einer anderen Session zusammengelegt:
    { $sessions }
# Variables: $sessions (time, room, title)
barcamp-plan-reminder = ⏰ In 5 Minuten:
    { $sessions }
barcamp-plan-same-time = gleichzeitig mit einer anderen deiner Sessions: such dir eine aus


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
