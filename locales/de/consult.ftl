## consult (booking a consultation)
commands-consult = Einen Termin in der Sprechstunde der Netzwerkstelle buchen

consult-home =
    🗓 Sprechstunde der Netzwerkstelle
    Wozu möchtest du beraten werden? Wähle ein Thema, dann deine Sprache und eine Uhrzeit.
consult-mine-button = 📋 Meine Termine
consult-new-button = 🗓 Termin buchen
# Variables:
#   $topic (String) - the chosen topic
consult-language-ask =
    { $topic }
    In welcher Sprache möchtest du sprechen? Deine Sprachen stehen oben.
# Variables:
#   $language (String) - the language the person chose
#   $available (String) - the languages hosts speak for this topic, as a list
#   $count (Number) - how many languages are available
consult-language-none =
    Zu diesem Thema berät noch niemand auf { $language }.
    { $count ->
        [0] Zu diesem Thema gibt es gerade keine Sprechstunde: bitte wähle ein anderes Thema.
        [1] Möglich ist: { $available }.
       *[other] Möglich sind: { $available }.
    }
# Variables:
#   $count (Number) - how many toolbox entries are suggested
consult-tips =
    Vielleicht hilft dir das schon
    { $count ->
        [1] Dieser Eintrag im Werkzeugkasten passt zu deinem Thema.
       *[other] Diese { $count } Einträge im Werkzeugkasten passen zu deinem Thema.
    } Wenn deine Frage offen bleibt, wähle eine Uhrzeit.
consult-tips-go-on = 🗓 Zeiten zeigen
# Variables:
#   $topic (String) - the chosen topic
#   $language (String) - the chosen language
#   $city (String) - the city whose clock the times are on (the person's)
#   $page (Number) - this page
#   $pages (Number) - number of pages
#   $slots (String) - the free times, grouped by day
consult-slots =
    { $topic } · { $language }
    Freie Zeiten, Ortszeit { $city } (Seite { $page } von { $pages }):

    { $slots }

    Wähle eine Uhrzeit über ihre Nummer. In Klammern: die Uhrzeit der beratenden Person, wo sie abweicht.

# Variables:
#   $topic (String) - the chosen topic
consult-slots-none = In den nächsten Wochen gibt es zu „{ $topic }“ in dieser Sprache keine freie Zeit. Schau später wieder vorbei oder wähle ein anderes Thema.
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - its clock time on the person's clock
consult-slot-button = { $number } · { $time }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $host (String) - the host's name
consult-slot-line = { $number }. { $time } · { $host }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $theirs (String) - start on the host's clock
#   $city (String) - the city naming the host's clock
#   $host (String) - the host's name
consult-slot-line-both = { $number }. { $time } · { $host } ({ $city } { $theirs })
# Variables:
#   $mine (String) - the time on the person's clock with its city
#   $host (String) - the time on the host's clock with its city
consult-time-both = { $mine } ({ $host })
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $minutes (Number) - length in minutes
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note for the host
#   $has_note (String) - yes when a note was typed, else no
consult-confirm =
    Diesen Termin buchen?
    Mit: { $host }
    Wann: { $when }
    Dauer: { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
    Thema: { $topic }
    Sprache: { $language }
    { $has_note ->
        [yes] Deine Notiz: { $note }
       *[no] Vor dem Buchen kannst du eine kurze Notiz für die beratende Person schreiben (worüber du sprechen möchtest).
    }
consult-book-button = ✔️ Buchen
consult-move-button = ✔️ Auf diese Zeit legen
# Variables:
#   $limit (Number) - the longest note allowed
consult-note-too-long = { $limit ->
        [one] Die Notiz darf höchstens { $limit } Zeichen lang sein. Bitte kürze sie.
       *[other] Die Notiz darf höchstens { $limit } Zeichen lang sein. Bitte kürze sie.
    }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-booked =
    ✅ Gebucht: { $when } mit { $host }.
    { $has_link ->
        [yes] Videolink: { $link }
       *[no] Die beratende Person sagt dir, wie ihr euch trefft.
    }
    Mit der Kalenderdatei unten kommt der Termin in deinen Kalender; du wirst einen Tag und eine Stunde vorher erinnert.
# Variables:
#   $when (String) - the new date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-moved =
    ✅ Verlegt auf { $when } mit { $host }. Die alte Zeit ist wieder frei.
    { $has_link ->
        [yes] Videolink: { $link }
       *[no] Die beratende Person sagt dir, wie ihr euch trefft.
    }
# Variables:
#   $host (String) - the host's name
consult-ics-summary = Beratung mit { $host }
# Variables:
#   $person (String) - who booked
#   $when (String) - date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
#   $before (String) - unused here
consult-host-booked =
    🗓 Neuer Termin: { $person }, { $when }.
    Thema: { $topic } · { $language }
    { $has_note ->
        [yes] Notiz: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who booked
#   $when (String) - the new date and time on the host's clock
#   $before (String) - the old date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
consult-host-moved =
    🗓 { $person } hat den Termin von { $before } auf { $when } verlegt.
    Thema: { $topic } · { $language }
    { $has_note ->
        [yes] Notiz: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who cancelled
#   $when (String) - date and time on the host's clock
#   $late (String) - yes when cancelled after the host's cut-off, else no
consult-host-cancelled = { $late ->
        [yes] ✖️ { $person } hat den Termin am { $when } kurzfristig abgesagt (nach deiner Absagefrist).
       *[no] ✖️ { $person } hat den Termin am { $when } abgesagt.
    }
consult-mine-none = Du hast keine gebuchten Termine.
# Variables:
#   $count (Number) - how many bookings
#   $bookings (String) - the bookings, one a line
consult-mine =
    { $count ->
        [1] Dein Termin
       *[other] Deine { $count } Termine
    }
    { $bookings }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $topic (String) - the topic
consult-mine-line = • { $when }, { $host }, { $topic }
# Variables:
#   $line (String) - the booking: time, host, topic
#   $link (String) - the video link
#   $has_link (String) - yes when there is a video link, else no
#   $note (String) - the person's note
#   $has_note (String) - yes when there is a note, else no
consult-card =
    Dein Termin
    { $line }
    { $has_link ->
        [yes] Videolink: { $link }
       *[no] {""}
    }
    { $has_note ->
        [yes] Deine Notiz: { $note }
       *[no] {""}
    }
consult-reschedule-button = 🔁 Andere Zeit wählen
consult-cancel-button = ✖️ Termin absagen
# Variables:
#   $line (String) - the booking: time, host, topic
#   $late (String) - yes when it is after the host's cut-off, else no
#   $hours (Number) - the host's cut-off in hours
consult-cancel-ask =
    Diesen Termin absagen?
    { $line }
    { $late ->
        [yes] { $hours ->
            [one] ⚠️ Bis zum Beginn ist es weniger als { $hours } Stunde: die beratende Person bittet, früher abzusagen. Die Absage wird als kurzfristig vermerkt, und sie erfährt es.
           *[other] ⚠️ Bis zum Beginn sind es weniger als { $hours } Stunden: die beratende Person bittet, früher abzusagen. Die Absage wird als kurzfristig vermerkt, und sie erfährt es.
        }
       *[no] Die beratende Person erfährt es, und die Zeit wird für andere frei.
    }
consult-cancel-yes-button = ✖️ Ja, absagen
consult-cancel-keep-button = ⬅️ Nein, behalten
# Variables:
#   $line (String) - the booking: time, host, topic
consult-cancelled =
    Der Termin ist abgesagt: { $line }
    Die Kalenderdatei unten entfernt ihn aus deinem Kalender.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $link (String) - the video link (may be empty)
consult-reminder =
    ⏰ Erinnerung: dein Beratungstermin mit { $host }, { $when }.
    { $link }
consult-booking-gone = Dieser Termin ist nicht mehr offen.
consult-refused-notice = Diese Zeit ist zu kurzfristig: die beratende Person braucht mehr Vorlauf. Bitte wähle eine spätere Zeit.
consult-refused-horizon = Diese Zeit liegt zu weit in der Zukunft. Bitte wähle eine frühere Zeit.
consult-refused-taken = Diese Zeit wurde gerade vergeben. Bitte wähle eine andere.
# Variables:
#   $limit (Number) - how many open bookings one person may hold with this host
consult-refused-limit = { $limit ->
        [1] Du hast schon einen offenen Termin bei dieser Person: einer zur Zeit.
       *[other] Du hast schon { $limit } offene Termine bei dieser Person: mehr gehen nicht gleichzeitig.
    }
consult-refused-language = Diese Person spricht die Sprache nicht.
consult-refused-topic = Diese Person berät nicht zu diesem Thema.
consult-refused-not-a-slot = Das ist keine Zeit aus dieser Sprechstunde.
consult-wait-button = 🔔 Auf die Warteliste
# Variables:
#   $topic (String) - the topic
#   $language (String) - the language
consult-waiting-joined = 🔔 Du stehst auf der Warteliste für „{ $topic }“ auf { $language }. Wird eine Zeit frei, bietet der Bot sie dir an, wenn du an der Reihe bist; dann hast du eine Weile Zeit, sie zu buchen.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $topic (String) - the topic
#   $deadline (String) - until when the offer holds, with whose clock
consult-offer =
    🔔 Für „{ $topic }“ ist eine Zeit frei geworden: { $when } mit { $host }.
    Sie ist bis { $deadline } für dich reserviert; danach geht sie an die nächste Person auf der Warteliste.
consult-offer-take-button = ✔️ Diese Zeit buchen
consult-offer-pass-button = ✖️ Diesmal nicht
consult-offer-passed = Die Zeit geht an die nächste Person auf der Warteliste. Du stehst für dieses Thema nicht mehr auf der Warteliste.
consult-offer-gone = Dieses Angebot gilt nicht mehr.
# Variables:
#   $topic (String) - the topic
consult-offer-expired = Die freie Zeit für „{ $topic }“ wurde nicht rechtzeitig gebucht und ging an die nächste Person auf der Warteliste.
