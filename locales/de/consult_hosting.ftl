## consult_hosting

## the host's home and setting up
hosting-intro =
    🧑‍💼 Sprechstunde
    Im Netzwerkteam oder als Coach kannst du eine Sprechstunde anbieten: Du legst wöchentliche Zeiten nach deiner Uhr fest, und Menschen aus allen Partnerschaften buchen einen Termin nach Schwerpunkt und Sprache. Du bestimmst die Dauer, die Pausen zwischen Terminen, wie früh gebucht wird und in welchen Sprachen.
hosting-setup-button = 🧑‍💼 Sprechstunde einrichten
hosting-setup-done = Deine Sprechstunde ist eingerichtet, mit der Uhrzeit deiner Stadt und deiner Sprache. Lege unter „Zeiten“ wöchentliche Zeiten fest, dann kann gebucht werden.
# Variables:
#   $state (String) - open or paused
hosting-home = { $state ->
    [paused] 🧑‍💼 Deine Sprechstunde · pausiert: niemand kann buchen
   *[open] 🧑‍💼 Deine Sprechstunde · offen für Buchungen
}
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 and Thursday 14:00–16:00 Karlsruhe time"
hosting-summary-windows = So sehen es andere: { $windows }.
hosting-summary-no-windows = Noch keine wöchentlichen Zeiten: Lege sie unter „Zeiten“ fest, dann kann gebucht werden.
# Variables:
#   $duration (String) - length of a consultation, e.g. "30 min"
#   $buffer (String) - free time after each booking, e.g. "10 min"
#   $notice (String) - minimum notice, e.g. "24 hours"
#   $horizon (String) - how far ahead, e.g. "28 days"
#   $cutoff (String) - cancellation cut-off, e.g. "24 hours"
hosting-summary-rules = { $duration } + { $buffer } Puffer, buchbar { $notice } bis { $horizon } im Voraus. Wer später als { $cutoff } vor Beginn absagt, sagt kurzfristig ab.
# Variables:
#   $limit (Number) - open bookings one person may hold
#   $capacity (Number) - people per slot
hosting-summary-people = { $limit ->
    [one] Jede Person kann { $limit } offenen Termin haben.
   *[other] Jede Person kann { $limit } offene Termine haben.
} { $capacity ->
    [1] Einzeltermine: je eine Person.
   *[other] Gruppentermine: bis zu { $capacity } Personen je Termin.
}
# Variables:
#   $languages (String) - the languages the host speaks, e.g. "German and English"
hosting-summary-languages = Sprachen: { $languages }
hosting-summary-topics-all = Schwerpunkte: alle
# Variables:
#   $topics (String) - the topics offered, e.g. "Youth and Education"
hosting-summary-topics = Schwerpunkte: { $topics }
# Variables:
#   $link (String) - the video link, e.g. "https://meet.example.org/room"
hosting-summary-video = Videolink: { $link }
hosting-summary-no-video = Noch kein Videolink: Wer bucht, erfährt, wie ihr euch trefft.
hosting-summary-next = Deine nächsten freien Termine, so wie andere sie sehen:
# Variables:
#   $when (String) - a slot on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
hosting-summary-slot = • { $when }
hosting-summary-no-slots = Keine freien Termine im Buchungszeitraum.
# Variables:
#   $attended (Number) - consultations marked attended
#   $no_show (Number) - consultations marked no-show
hosting-summary-counts = Hat stattgefunden: { $attended } · Nicht erschienen: { $no_show }
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-item = { $day } { $hours }

## the settings' buttons (two to a row: keep them short)
hosting-windows-button = 🗓 Zeiten
hosting-zone-button = 🌍 Zeitzone
hosting-number-button-duration = Dauer
hosting-number-button-buffer = Puffer
hosting-number-button-notice = Vorlauf
hosting-number-button-horizon = Buchbar bis
hosting-number-button-cutoff = Absagefrist
hosting-number-button-limit = Pro Person
hosting-number-button-capacity = Gruppengröße
hosting-languages-button = Sprachen
hosting-topics-button = Schwerpunkte
hosting-video-button = Videolink
hosting-bookings-button = 📋 Meine Termine
hosting-pause-button = ⏸ Offen · pausieren
hosting-resume-button = ▶️ Pausiert · fortsetzen
hosting-stop-button = ⏹ Sprechstunde beenden
hosting-saved = Gespeichert.
hosting-not-set-up = Richte zuerst deine Sprechstunde ein.

## numbers: units
# Variables:
#   $count (Number) - minutes
hosting-unit-minutes = { $count } Min.
# Variables:
#   $count (Number) - hours
hosting-unit-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
# Variables:
#   $count (Number) - days
hosting-unit-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
# Variables:
#   $count (Number) - people per slot
hosting-unit-people = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
# Variables:
#   $count (Number) - open bookings
hosting-unit-bookings = { $count ->
    [one] { $count } Termin
   *[other] { $count } Termine
}

## numbers: the question for each
# Variables:
#   $current (String) - the current value, e.g. "30 min"
hosting-number-ask-duration = Wie lange dauert ein Termin? Jetzt: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "10 min"
hosting-number-ask-buffer = Wie viel freie Zeit hältst du nach jedem Termin frei? Jetzt: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-notice = Wie früh muss spätestens gebucht werden? Frühere Termine werden nicht angeboten. Jetzt: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "28 days"
hosting-number-ask-horizon = Wie weit im Voraus kann gebucht werden? Jetzt: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-cutoff = Wer später als so lange vor Beginn absagt, sagt kurzfristig ab (diese Regel wird beim Buchen gezeigt). Jetzt: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "2 bookings"
hosting-number-ask-limit = Wie viele offene Termine darf eine Person bei dir haben? Jetzt: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "1 person"
hosting-number-ask-capacity = Wie viele Personen können einen Termin buchen? 1 heißt Einzeltermine, mehr heißt Gruppentermine. Jetzt: { $current }.

## weekly hours
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 Karlsruhe time"
hosting-windows = Deine wöchentlichen Zeiten: { $windows }. Wähle einen Tag, um Zeiten hinzuzufügen oder zu entfernen.
hosting-windows-none = Noch keine wöchentlichen Zeiten. Wähle einen Tag, um Zeiten hinzuzufügen.
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $windows (String) - that day's hours with their clock, or "none yet"
#   $clock (String) - the city naming the host's clock, e.g. "Karlsruhe"
hosting-day = { $day }: { $windows }
    Schreib neue Zeiten nach Ortszeit { $clock }, z. B. 10:00–12:00 oder 10-12. Mehrere pro Tag sind möglich.
hosting-day-none = noch keine
# Variables:
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-remove-button = ✖️ { $hours } entfernen
hosting-window-added = Hinzugefügt. Schon gebuchte Termine bleiben, wie sie sind.
hosting-window-removed = Entfernt. Schon gebuchte Termine bleiben, wie sie sind.
hosting-window-refused-format = Bitte schreib die Zeiten so: 10:00–12:00 oder 10-12.
hosting-window-refused-order = Das Ende muss nach dem Beginn liegen, z. B. 10:00–12:00.
hosting-window-refused-overlap = Diese Zeiten überschneiden sich mit Zeiten, die du an dem Tag schon hast.

## time zone
# Variables:
#   $clock (String) - the city naming the host's clock now, e.g. "Karlsruhe"
hosting-zone = Deine wöchentlichen Zeiten gelten nach deiner Uhr: jetzt Ortszeit { $clock }. Nimm die Zeit deiner Stadt oder schreib eine Zeitzone wie Europe/Berlin.
# Variables:
#   $city (String) - the host's city, e.g. "Karlsruhe"
hosting-zone-own-button = 🏠 Ortszeit { $city }
hosting-zone-refused = Das ist keine Zeitzone. Bitte schreib eine wie Europe/Berlin oder Europe/Moscow.
hosting-zone-no-city = In deinem Profil steht keine Stadt: Bitte schreib stattdessen eine Zeitzone.

## languages and topics
hosting-languages = In welchen Sprachen berätst du? Angeboten werden nur Beratende, die die Sprache der Person sprechen.
hosting-languages-keep-one = Behalte mindestens eine Sprache.
hosting-topics = Zu welchen Schwerpunkten berätst du? Ist keiner angehakt, wirst du für alle angeboten.
# Variables:
#   $topic (String) - the topic's key, e.g. "municipal"
#   $name (String) - the topic's name in the network's list, e.g. "Youth"
# A topic toggle (with ✅ when ticked): a shorter name where the network's one is too long.
hosting-topic-button = { $topic ->
    [municipal] Kommunale Zusammenarbeit
   *[other] { $name }
}

## video link
# Variables:
#   $link (String) - the current video link
hosting-video = Dein Videolink: { $link }
    Schreib einen neuen https-Link, um ihn zu ändern.
hosting-video-none = Schreib den https-Link deines Videoraums (wer bucht, bekommt ihn).
hosting-video-remove-button = ✖️ Link entfernen
hosting-video-refused = Bitte schick einen Link, der mit https:// beginnt, z. B. https://meet.example.org/raum.

## pausing and stopping
hosting-paused = Pausiert: Niemand kann buchen, bis du fortsetzt.
hosting-resumed = Wieder offen: Deine freien Termine können gebucht werden.
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-pause = { $people ->
    [one] { $people } Person hat gebucht
   *[other] { $people } Personen haben gebucht
} ({ $bookings ->
    [one] { $bookings } Termin
   *[other] { $bookings } Termine
}). Beim Pausieren werden diese Termine abgesagt und die Personen in ihrer Sprache informiert. Pausieren?
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-stop = Sprechstunde beenden: Niemand kann mehr buchen, deine wöchentlichen Zeiten werden entfernt, vergangene Termine bleiben. { $people ->
    [one] { $people } Person hat gebucht
   *[other] { $people } Personen haben gebucht
} ({ $bookings ->
    [one] { $bookings } Termin
   *[other] { $bookings } Termine
}): Die Termine werden abgesagt und die Personen informiert. Beenden?
hosting-confirm-pause-button = ⏸ Pausieren, Bescheid geben
hosting-confirm-stop-button = ⏹ Sprechstunde beenden
hosting-confirm-keep-button = ⬅️ Nein, alles lassen
# Variables:
#   $people (Number) - people told
hosting-paused-told = { $people ->
    [one] Pausiert. { $people } Person wurde informiert und der Termin abgesagt.
   *[other] Pausiert. { $people } Personen wurden informiert und ihre Termine abgesagt.
}
# Variables:
#   $people (Number) - people told
hosting-stopped = { $people ->
    [one] Du bietest keine Sprechstunde mehr an. { $people } Person wurde informiert.
   *[other] Du bietest keine Sprechstunde mehr an. { $people } Personen wurden informiert.
}
# Variables:
#   $when (String) - the consultation on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00–12:30 your time (Moscow)"
hosting-cancelled-by-host = Dein Termin am { $when } wurde abgesagt: Die beratende Person ist dann nicht verfügbar. Mit /consult kannst du einen anderen Termin buchen.
# Variables:
#   $when (String) - the consultation's start on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00 your time (Moscow)"
hosting-cancelled-host-gone = Dein Termin am { $when } wurde abgesagt: Die beratende Person bietet keine Sprechstunde mehr an. Mit /consult kannst du einen anderen Termin buchen.

## the host's bookings
hosting-bookings = 📋 Deine Termine
hosting-bookings-awaiting = Begonnen – bitte markiere „hat stattgefunden“ oder „nicht erschienen“:
hosting-bookings-upcoming = Demnächst:
hosting-bookings-none = Noch keine Termine gebucht.
# Variables:
#   $number (Number) - the line's number for the buttons below (0: not numbered)
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
#   $language (String) - the language of the consultation
hosting-booking-line = { $number ->
    [0] { "" }
   *[other] Nr. { $number }:{ " " }
}{ $when }
    { $person } · { $topic } · { $language }
# Variables:
#   $note (String) - what the person wants to talk about
hosting-booking-note = „{ $note }“

## attended / no-show
hosting-mark-attended-button = ✔️ Hat stattgefunden
hosting-mark-no_show-button = 🚫 Nicht erschienen
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-attended = ✔️ Nr. { $number } hat stattgefunden
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-no_show = 🚫 Nr. { $number } nicht erschienen
# Variables:
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
hosting-mark-ask = Dein Termin mit { $person } ({ $topic }) am { $when } ist vorbei. Hat er stattgefunden?
hosting-marked-attended = Markiert: hat stattgefunden.
hosting-marked-no_show = Markiert: nicht erschienen.
hosting-marked-change = Du kannst das einmal ändern.
hosting-marked-final = Diese Markierung wurde schon einmal geändert und bleibt so.
hosting-mark-refused-early = Dieser Termin hat noch nicht begonnen: Markieren geht erst danach.
hosting-mark-refused-cancelled = Dieser Termin wurde abgesagt.
hosting-mark-refused-changed = Diese Markierung wurde schon einmal geändert.
