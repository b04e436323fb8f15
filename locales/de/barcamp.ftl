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
barcamp-plan-same-time = zur gleichen Zeit wie eine andere von dir: such dir eine aus
