## Workshops: Teilnehmende

menu-workshops = 📅 Workshops
commands-workshops = Workshops und Anmeldung

workshops-kind-kickoff = Kick-off-Workshop
workshops-kind-match_sprint = Match-&-Sprint-Workshop
workshops-kind-sprint_succeed = Sprint-&-Succeed-Workshop
workshops-kind-other = Veranstaltung

# Variables:
#   $count (Number) - how many workshops are listed
workshops-list = 📅 Kommende Workshops — tippe einen an für Details und Anmeldung:
workshops-list-mine = 📅 Workshops, für die du angemeldet bist:
workshops-none = Noch sind keine Workshops geplant. Ich sage dir Bescheid, sobald einer angekündigt wird.
workshops-none-mine = Du bist für keinen kommenden Workshop angemeldet.

# Variables:
#   $title (String) - workshop title
#   $when (String) - its date and time; a line of the list (the button shows only the title)
workshops-list-item = • { $title } — { $when }
workshops-show-all = 📅 Alle Workshops
workshops-show-mine = 🎟 Meine Anmeldungen
workshops-open = 📅 Workshop öffnen
workshops-back-to-list = ⬅️ Alle Workshops
workshops-sign-up = ✍️ Anmelden
workshops-join-waitlist = ⏳ Auf die Warteliste
workshops-cancel-signup = ✖️ Anmeldung zurückziehen
workshops-place-online = Online
# Variables:
#   $link (String) - the link to the online meeting
workshops-place-online-link = Online: { $link }

# Variables:
#   $title (String) - workshop title, gender unknown
#   $kind (String) - kind of workshop
#   $when (String) - date and time saying whose time it is (times.ftl), e.g. "Sat, 24 Apr 2027, 18:30–21:00 Krasnodar time (17:30–20:00 your time)"
#   $place (String) - city and address, or online
#   $seats (Number) - seats left for the reader's city, -1 when unlimited
workshops-card =
    📅 { $title }
    { $kind }

    🕒 { $when }
    📍 { $place }
    🪑 { $seats ->
        [-1] Offen für alle
        [0] Keine Plätze frei — du kannst auf die Warteliste
        [one] Noch 1 Platz frei
       *[other] Noch { $seats } Plätze frei
    }
# Variables:
#   $description (String) - the organisers' description
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code
workshops-status-confirmed = ✅ Du bist angemeldet. Dein Check-in-Code: { $code }
# Variables:
#   $code (String) - personal check-in code
workshops-status-attended = ✅ Du warst dabei. Danke!
# Variables:
#   $position (Number) - place on the waitlist
workshops-status-waitlisted = ⏳ Du stehst auf der Warteliste, Platz { $position }.
# Variables:
#   $deadline (String) - until when the seat is held
workshops-status-offered = 🎟 Ein Platz ist für dich frei! Bitte antworte bis { $deadline }.

# Variables:
#   $number (Number) - which question
#   $total (Number) - how many questions
#   $required (String) - yes or no
workshops-question-header = Frage { $number } von { $total }{ $required ->
        [yes] {""}
       *[no] {" "}(freiwillig)
    }
workshops-question-who = Wer bist du? Erzähl uns ein wenig über dich.
workshops-question-hopes = Was erhoffst du dir von der Städtepartnerschaft?
workshops-question-why = Warum möchtest du mitmachen?
workshops-question-else = Möchtest du uns sonst noch etwas mitteilen?
# Variables:
#   $text (String) - the organisers' own question
workshops-question-custom = { $text }
workshops-signup-aborted = Anmeldung abgebrochen — es wurde nichts gespeichert.

# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-signup-confirmed =
    ✅ Du bist angemeldet für { $title }!

    🕒 { $when }
    📍 { $place }

    Dein Check-in-Code: { $code }
    Ich erinnere dich vor dem Beginn.
workshops-calendar-caption = 📆 Trag ihn in deinen Kalender ein.
workshops-calendar-cancel = 📆 Öffne diese Datei, um den Workshop aus deinem Kalender zu entfernen.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $position (Number) - place on the waitlist
workshops-signup-waitlisted =
    ⏳ { $title } ist gerade voll. Du stehst auf der Warteliste auf Platz { $position }.
    Wird ein Platz frei, biete ich ihn dir sofort an.

workshops-signup-not-open = Die Anmeldung für diesen Workshop ist nicht geöffnet.
workshops-signup-cancelled = ❌ Dieser Workshop wurde abgesagt.
workshops-signup-closed = Die Anmeldung für diesen Workshop ist geschlossen.
workshops-signup-already = Du bist für diesen Workshop schon angemeldet.
workshops-gone = Diesen Workshop gibt es nicht mehr. Die aktuellen findest du unter /workshops.

# Variables:
#   $title (String) - workshop title
#   $partnership (String) - the partnership the workshop belongs to
workshops-link-other-partnership = Der Workshop „{ $title }“ gehört zur Partnerschaft { $partnership }, nicht zu deiner. Deshalb kannst du dich hier nicht anmelden. Wenn du umgezogen bist, kannst du deine Partnerschaft im Profil ändern.

workshops-error-answer-missing = Diese Frage braucht eine Antwort.
workshops-error-answer-empty = Bitte schreib ein paar Worte (oder nutze die Knöpfe).
workshops-error-answer-long = Das ist zu lang: bitte unter 1000 Zeichen bleiben.
workshops-error-use-buttons = Bitte nutze für diesen Schritt die Knöpfe.

workshops-cancel-ask = Möchtest du deine Anmeldung wirklich zurückziehen? Dein Platz geht an die nächste Person auf der Warteliste.
workshops-cancel-yes = Ja, zurückziehen
workshops-cancel-no = Nein, Platz behalten
workshops-cancelled-by-you = Deine Anmeldung ist zurückgezogen. Du kannst dich wieder anmelden, solange Platz ist.
workshops-cancel-not-possible = Diese Anmeldung kann nicht mehr zurückgezogen werden.

workshops-offer-accept = Ja, ich nehme den Platz
workshops-offer-decline = Nein, danke
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $deadline (String) - until when the seat is held
workshops-offer =
    🎟 Gute Nachricht: Bei { $title } ist ein Platz für dich frei!
    🕒 { $when }

    Bitte antworte bis { $deadline } — danach geht er an die nächste Person.
workshops-offer-declined = In Ordnung — der Platz geht an die nächste Person. Danke für die Rückmeldung.
workshops-offer-gone = Dieses Angebot gilt nicht mehr.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-offer-expired = Der Platz bei { $title } war für dich reserviert, aber die Zeit zum Antworten ist abgelaufen. Er ging an die nächste Person.

# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-reminder =
    ⏰ Erinnerung: { $title }
    🕒 { $when }
    📍 { $place }
    Dein Check-in-Code: { $code }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time it was planned for
workshops-cancelled-notice = ❌ Der Workshop „{ $title }“ ({ $when }) wurde vom Organisationsteam abgesagt. Das tut uns leid.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - the new date and time
workshops-time-changed = 🕒 Neue Zeit für { $title }: { $when }. Deine Anmeldung bleibt bestehen.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $message (String) - the organisers' message
workshops-organiser-message =
    📣 Vom Organisationsteam des Workshops „{ $title }“:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended, gender unknown
#   $source_city (String) - city of that workshop
#   $online (String) - yes if it was online
#   $title (String) - title of the next workshop, gender unknown
#   $when (String) - its date and time
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 Du warst online bei { $source } dabei.
       *[no] 👋 Du warst beim Kick-off in { $source_city } dabei ({ $source }).
    }
    Du bist zum nächsten Schritt eingeladen: { $title }, { $when }.

# Variables:
#   $title (String) - workshop title, gender unknown
workshops-feedback-ask = 🙏 Wie war { $title }? Bewerte von 1 (schwach) bis 5 (super).
workshops-feedback-comment = 💬 Kommentar hinzufügen
workshops-feedback-ask-comment = Schreib deinen Kommentar in einer Nachricht.
# Variables:
#   $rating (Number) - the rating given
workshops-feedback-thanks = Danke für deine Bewertung ({ $rating } von 5)!
workshops-feedback-comment-thanks = Danke — dein Kommentar wurde gespeichert.

## Workshops: Organisationsteam

staff-workshops = 📅 Workshops
workshops-new = ➕ Neuer Workshop
# Variables:
#   $partnership (String) - partnership name
#   $count (Number) - how many workshops
workshops-organiser-list = { $count ->
        [0] Für { $partnership } sind noch keine Workshops geplant.
        [one] 1 Workshop von { $partnership }:
       *[other] { $count } Workshops von { $partnership }:
    }
workshops-draft-ask-kind = Neuer Workshop: Welche Art ist es?
workshops-draft-ask-title = Sende den Titel (bis zu 100 Zeichen).
workshops-draft-ask-description = Sende eine kurze Beschreibung (bis zu 1000 Zeichen) oder überspringe.
workshops-draft-ask-place = Wo findet er statt?
workshops-draft-ask-address = Sende die Adresse des Veranstaltungsorts oder überspringe.
workshops-draft-ask-link = Sende den Link zum Online-Treffen (beginnt mit https://). Nur bestätigte Personen sehen ihn.
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-end = Wann endet er? Sende die Uhrzeit wie 21:00 oder Datum und Uhrzeit (Ortszeit { $city }).
workshops-draft-ask-capacity = Wie viele Plätze gibt es? Sende eine Zahl oder wähle „unbegrenzt“.
workshops-draft-ask-quotas = Möchtest du Plätze pro Stadt festlegen (zum Beispiel 15 Karlsruhe + 15 Krasnodar)?
# Variables:
#   $city (String) - city name
workshops-draft-ask-quota = Wie viele Plätze für Menschen aus { $city }?
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-deadline = Bis wann kann man sich anmelden? Sende Datum und Uhrzeit wie 24.04.2027 12:00 (Ortszeit { $city }) oder lass die Anmeldung bis zum Beginn offen.
# Variables:
#   $questions (String) - the list of questions
workshops-draft-ask-questions =
    Fragen, die bei der Anmeldung beantwortet werden:
    { $questions }

    Tippe eine Frage an, um sie verpflichtend oder freiwillig zu machen, lösche sie oder füge eigene hinzu.
workshops-draft-ask-question-text = Sende die Frage.
workshops-draft-ask-question-choice-text = Sende die Frage; die Antwortmöglichkeiten sendest du danach.
workshops-draft-ask-question-choices = Sende die Antwortmöglichkeiten, eine pro Zeile (2 bis 8).
workshops-draft-no-questions = (keine Fragen)
# Variables:
#   $number (Number) - question number
#   $text (String) - question text
#   $required (String) - yes or no
workshops-draft-question-line = { $number }. { $text }{ $required ->
        [yes] {" "}(Pflicht)
       *[no] {""}
    }
# Variables:
#   $number (Number) - question number
workshops-draft-question-required = { $number }: Pflicht
# Variables:
#   $number (Number) - question number
workshops-draft-question-optional = { $number }: freiwillig
# Variables:
#   $number (Number) - question number
workshops-draft-question-remove = 🗑 { $number }
workshops-draft-add-text-question = ➕ Frage mit freiem Text
workshops-draft-add-choice-question = ➕ Frage mit Auswahl
workshops-draft-questions-done = Weiter ▶️
workshops-draft-skip-description = Ohne Beschreibung ▶️
workshops-draft-skip-address = Ohne Adresse ▶️
workshops-draft-skip-deadline = Bis zum Beginn ▶️
workshops-draft-unlimited = ♾ Unbegrenzt
workshops-draft-quotas-yes = Ja, Plätze pro Stadt
workshops-draft-quotas-no = Nein, eine Kapazität für alle
workshops-draft-publish = 📢 Jetzt veröffentlichen
workshops-draft-save = 📝 Als Entwurf speichern
workshops-draft-cancelled = Abgebrochen — es wurde kein Workshop angelegt.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-draft-created = 📢 { $title } ist veröffentlicht. Teilnehmende sehen ihn unter /workshops.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-draft-saved = 📝 { $title } ist als Entwurf gespeichert. Veröffentliche ihn, wenn du so weit bist.
workshops-draft-missing = Dieser Schritt ist nicht mehr offen. Fang in der Workshop-Liste neu an.

workshops-error-title-empty = Der Titel darf nicht leer sein.
workshops-error-title-long = Dieser Titel ist zu lang: bitte unter 100 Zeichen bleiben.
workshops-error-description-empty = Die Beschreibung darf nicht leer sein — oder tippe „Ohne Beschreibung“.
workshops-error-description-long = Diese Beschreibung ist zu lang: bitte unter 1000 Zeichen bleiben.
workshops-error-in-past = Dieser Zeitpunkt liegt in der Vergangenheit. Bitte sende ein zukünftiges Datum mit Uhrzeit.
workshops-error-end-before-start = Das Ende muss nach dem Beginn liegen.
workshops-error-too-long = Ein Workshop dauert höchstens zwei Wochen.
workshops-error-capacity = Bitte sende eine ganze Zahl von 1 bis 10000.
workshops-error-quotas-over-capacity = Die Plätze pro Stadt ergeben zusammen mehr als die Kapazität.
workshops-error-link = Bitte sende einen vollständigen Link, der mit https:// beginnt.
workshops-error-address = Bitte sende eine Adresse mit höchstens 200 Zeichen.
workshops-error-datetime = Das konnte ich nicht lesen. Bitte schreib es so: 24.04.2027 18:30.
workshops-error-deadline = Der Anmeldeschluss muss in der Zukunft und vor dem Beginn liegen.
workshops-error-choices = Bitte sende 2 bis 8 Möglichkeiten, eine pro Zeile.
workshops-error-too-many-questions = Ein Workshop kann höchstens 10 Fragen haben.
workshops-error-incomplete = Es fehlen noch Angaben. Bitte geh die Schritte noch einmal durch.
# Variables:
#   $taken (Number) - seats already taken
workshops-error-capacity-below-taken = { $taken ->
        [one] 1 Platz ist schon vergeben: weniger geht nicht.
       *[other] { $taken } Plätze sind schon vergeben: weniger geht nicht.
    }
workshops-error-message-long = Diese Nachricht ist zu lang: bitte unter 3000 Zeichen bleiben.
workshops-already-cancelled = Dieser Workshop ist bereits abgesagt.

workshops-state-draft = 📝 Entwurf
workshops-state-published = 📢 veröffentlicht
workshops-state-cancelled = ❌ abgesagt
# Variables:
#   $title (String) - workshop title, gender unknown
#   $status (String) - draft, published, cancelled
#   $when (String) - date and time
#   $place (String) - place
#   $capacity (Number) - seats, -1 when unlimited
#   $confirmed (Number) - confirmed people
#   $attended (Number) - checked in
#   $waitlisted (Number) - waiting
#   $offered (Number) - with an open offer
workshops-manage-card =
    { $title } — { $status }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] Bestätigt: { $confirmed } (Plätze unbegrenzt)
       *[other] Bestätigt: { $confirmed } von { $capacity } Plätzen
    }
    Eingecheckt: { $attended }
    Auf der Warteliste: { $waitlisted }
    Offene Platzangebote an die Warteliste: { $offered }
# The toggle on its own row: the state the workshop is in, then what pressing does.
workshops-manage-publish = 📝 Verborgen · freigeben
workshops-manage-unpublish = 📢 Sichtbar · verbergen
workshops-manage-attendees = 👥 Angemeldete
workshops-manage-checkin = 🎫 Einchecken
workshops-manage-csv = 📄 CSV-Export
workshops-manage-qr = 🔳 QR-Code
workshops-manage-message = 📣 Nachricht
workshops-manage-time = 🕒 Zeit ändern
workshops-manage-capacity = 🪑 Plätze
workshops-manage-translate = 🌐 Übersetzen
workshops-manage-next-stage = ➡️ Einladung: nächste Etappe
workshops-manage-cancel = ❌ Workshop absagen
workshops-manage-back = ⬅️ Zurück
workshops-manage-cancel-yes = ❌ Absagen, alle informieren
# Nobody is registered, so nobody is told; button, at most 30 characters
workshops-manage-cancel-yes-silent = ❌ Ja, absagen
# Variables:
#   $title (String) - workshop title, gender unknown
#   $count (Number) - people registered
workshops-manage-cancel-ask = { $title } absagen? { $count ->
        [one] 1 Person ist angemeldet und wird informiert.
       *[other] { $count } Personen sind angemeldet und werden informiert.
    }
# Variables:
#   $count (Number) - people told
workshops-manage-cancelled = ❌ Abgesagt. { $count ->
        [one] 1 Person wird informiert.
       *[other] { $count } Personen werden informiert.
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $count (Number) - people registered
workshops-attendees = 👥 { $title }: { $count ->
        [one] 1 Person
       *[other] { $count } Personen
    }. Tippe einen Namen an, um die Person als anwesend abzuhaken.
# Variables:
#   $name (String) - display name
#   $status (String) - registration status, or none when confirmed or present (✅ shows present)
#   $code (String) - check-in code: first, so it is never cut off the button
workshops-attendee-line = { $code } · { $name }{ $status ->
        [none] {""}
       *[other] {" · "}{ $status }
    }
workshops-registration-confirmed = bestätigt
workshops-registration-waitlisted = wartend
workshops-registration-offered = Angebot offen
workshops-registration-attended = anwesend
workshops-registration-cancelled = zurückgezogen
workshops-checkin-ask = Sende einen Check-in-Code (6 Zeichen). Du kannst einen Code nach dem anderen senden.
# Variables:
#   $name (String) - display name
workshops-checkin-done = ✅ { $name } ist eingecheckt. Sende den nächsten Code oder geh zurück.
workshops-checkin-unknown-code = ❓ Diesen Code kenne ich für diesen Workshop nicht. Bitte prüfe ihn und sende ihn noch einmal.
workshops-csv-id = Nr.
workshops-csv-name = Name
workshops-csv-city = Stadt
workshops-csv-status = Status
workshops-csv-code = Check-in-Code
# Variables:
#   $city (String) - die Stadt, nach deren Uhr die Zeiten gelten, z. B. "Karlsruhe"
workshops-csv-signed-up = Angemeldet am (Ortszeit { $city })
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-csv-caption = 📄 Teilnehmende von { $title }
workshops-qr-caption = 🔳 Druck das auf Plakate: Wer es scannt, landet bei der Anmeldung.
workshops-poster-caption = 🖨 Das Plakat zum Ausdrucken: A4, mit Titel, Zeit, Ort und QR-Code.
# Printed on the poster under the QR code (no emoji: it is printed).
workshops-poster-scan = Scanne den Code mit der Handykamera, um dich anzumelden
workshops-message-ask = Schreib die Nachricht an alle Bestätigten in einer Nachricht.
# Variables:
#   $count (Number) - recipients
workshops-message-queued = 📣 { $count ->
        [one] Deine Nachricht geht an 1 Person.
       *[other] Deine Nachricht geht an { $count } Personen.
    }
workshops-translate-choose = In welcher Sprache möchtest du den Titel hinzufügen?
# Variables:
#   $language (String) - language name
workshops-translate-ask = Sende den Titel auf { $language }.
workshops-time-updated = 🕒 Zeit geändert; alle Angemeldeten werden informiert.
workshops-capacity-updated = 🪑 Kapazität geändert.
workshops-translation-saved = 🌐 Übersetzung gespeichert.
workshops-next-stage-choose = Zu welchem Workshop möchtest du die Teilnehmenden einladen?
workshops-next-stage-none = Es gibt noch keinen veröffentlichten Workshop der nächsten Etappe. Leg ihn zuerst an und veröffentliche ihn.
# Variables:
#   $count (Number) - people invited
workshops-next-stage-sent = ➡️ { $count ->
        [0] Niemand einzuladen: Es wurde niemand eingecheckt, oder alle sind schon angemeldet.
        [one] 1 Person wird eingeladen.
       *[other] { $count } Personen werden eingeladen.
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 { $title } ist zu { $percent } % voll: { $taken } von { $capacity } Plätzen vergeben.

workshops-manage-reminders = ⏰ Erinnerung
workshops-reminders-choose = Wann sollen bestätigte Personen erinnert werden?
# Variables:
#   $hours (Number) - hours before the start
workshops-reminders-hours = { $hours } h vorher
workshops-reminders-none = Keine Erinnerungen
workshops-reminders-updated = ⏰ Erinnerungen geändert; sie sind für alle Bestätigten neu geplant.
# Variables:
#   $language (String) - language name
workshops-translate-ask-description = Sende jetzt die Beschreibung auf { $language } oder geh zurück, wenn es keine gibt.
workshops-attendees-more = … weitere Antworten stehen im CSV-Export.

## A typed time on a night the clocks change
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
workshops-draft-time-gap = ⏰ { $time } gibt es am { $date } in { $place } nicht – die Uhren springen auf { $jump }. { $suggestion } nehmen?
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
workshops-draft-time-fold = ⏰ { $time } gibt es am { $date } in { $place } zweimal: Sommerzeit ({ $summer }) oder Winterzeit ({ $winter })?
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
workshops-draft-time-use = { $time } nehmen
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
workshops-draft-time-summer = Sommerzeit ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
workshops-draft-time-winter = Winterzeit ({ $zone })
workshops-draft-time-retype = ✏️ Andere Zeit eingeben

## The new-workshop wizard: kinds explained, calendar, common times, preview with edits
workshops-kind-kickoff-about = • Kick-off-Workshop: das erste Treffen – die Teilnehmenden lernen das Programm und einander kennen und bringen ihre Ideen mit.
workshops-kind-match_sprint-about = • Match-&-Sprint-Workshop: Teams bilden sich um die ausgewählten Ideen und planen die ersten Schritte.
workshops-kind-sprint_succeed-about = • Sprint-&-Succeed-Workshop: die Teams zeigen, was sie geschafft haben, und planen, wie es weitergeht.
workshops-kind-other-about = • Veranstaltung: jedes andere Treffen des Programms.
# Variables:
#   $value (String) - the answer this step already has
workshops-draft-current = Bisher: { $value }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-draft-ask-date = 📅 An welchem Tag? Tippe auf einen Tag im { $month } (▶️ für den nächsten Monat) oder schreib ein Datum wie { $example }.
# Variables:
#   $date (String) - the chosen day, e.g. Thursday, 14 January 2027
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-time = 🕒 { $date }: Wann beginnt er? Tippe auf eine Uhrzeit oder schreib eine andere wie 18:30 (Ortszeit { $city }).
# Variables:
#   $start (String) - the start with its city, e.g. Thu, 14 Jan 2027, 18:00 Karlsruhe time
#   $hours (Number) - hours of a full day
workshops-draft-ask-duration = ⏳ Beginn: { $start }. Wie lange dauert er? Ganztags heißt { $hours } Stunden. Oder schreib die Endzeit wie 21:00.
# Variables:
#   $hours (Number) - hours
workshops-draft-hours = { $hours } Std.
# Variables:
#   $hours (Number) - hours of a full day
workshops-draft-full-day = Ganztags ({ $hours } Std.)
workshops-draft-quotas-split = Gleich aufteilen
# Variables:
#   $seats (Number) - seats in all
#   $split (String) - the even split, e.g. Karlsruhe: 15 seats and Krasnodar: 15 seats
workshops-draft-ask-quotas-split = 🪑 { $seats ->
        [one] 1 Platz.
       *[other] { $seats } Plätze.
    } Plätze für jede Stadt freihalten? Gleich aufgeteilt: { $split }.
# Variables:
#   $city (String) - city name
#   $seats (Number) - seats kept for people from there
workshops-draft-city-seats = { $city }: { $seats ->
        [one] 1 Platz
       *[other] { $seats } Plätze
    }
workshops-draft-edit-kind = Art
workshops-draft-edit-title = Titel
workshops-draft-edit-description = Beschreibung
workshops-draft-edit-place = Stadt / online
workshops-draft-edit-address = Adresse
workshops-draft-edit-link = Online-Link
workshops-draft-edit-date = Datum
workshops-draft-edit-time = Beginn
workshops-draft-edit-duration = Dauer
workshops-draft-edit-capacity = Plätze
workshops-draft-edit-deadline = Anmeldeschluss
workshops-draft-edit-questions = Fragen
# Variables:
#   $kind (String) - kind of workshop
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time saying whose time it is, e.g. Thu, 14 Jan 2027, 18:00–21:00 Karlsruhe time
#   $place (String) - city and address, or online
#   $capacity (Number) - seats, -1 when unlimited
workshops-draft-preview =
    Bitte prüfe – so sehen es die Teilnehmenden:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] keine Platzbegrenzung
        [one] 1 Platz
       *[other] { $capacity } Plätze
    }
# Variables:
#   $quotas (String) - seats kept per city
workshops-draft-preview-quotas = Plätze pro Stadt: { $quotas }
# Variables:
#   $deadline (String) - sign-up deadline with its city's time
workshops-draft-preview-deadline = Anmeldung bis { $deadline }
workshops-draft-preview-deadline-start = Anmeldung bis zum Beginn offen
# Variables:
#   $questions (Number) - questions asked at sign-up
workshops-draft-preview-questions = { $questions ->
        [0] Keine Fragen bei der Anmeldung
        [one] 1 Frage bei der Anmeldung
       *[other] { $questions } Fragen bei der Anmeldung
    }
workshops-draft-preview-edit = Tippe unten auf ein Feld, um es zu ändern; dann freigeben.
# Variables:
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-error-date = Dieses Datum konnte ich nicht lesen. Bitte schreib es wie { $example } oder tippe auf einen Tag.
# Variables:
#   $example (String) - a time, e.g. 18:30
workshops-error-clock = Diese Uhrzeit konnte ich nicht lesen. Bitte schreib sie wie { $example } oder tippe auf eine Uhrzeit.
workshops-error-day-past = Dieser Tag ist vorbei. Bitte wähle heute oder einen späteren Tag.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city
#   $jump (String) - the time the clocks jump to, e.g. 03:00
workshops-error-time-gap = ⏰ { $time } gibt es am { $date } in { $place } nicht – die Uhren springen auf { $jump }. Bitte sende eine andere Uhrzeit.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $zone (String) - abbreviation of summer time there, e.g. CEST
workshops-time-updated-fold = 🕒 Zeit geändert; alle Angemeldeten werden informiert. { $time } gibt es in dieser Nacht zweimal: Ich habe das erste Mal genommen (Sommerzeit, { $zone }).

## The new-workshop wizard: the title and description in the programme's other languages
workshops-draft-edit-languages = Sprachen
workshops-draft-languages-done = Fertig ▶️
workshops-draft-skip-language = Sprache weglassen ▶️
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-languages-head = 🌐 Titel und Beschreibung in den anderen Sprachen des Programms, damit Teilnehmende den Workshop in ihrer Sprache lesen (du hast auf { $language } geschrieben). Tippe auf eine Sprache, um sie zu schreiben oder zu korrigieren.
# Variables:
#   $language (String) - language name
#   $title (String) - the title in that language
#   $machine (String) - yes when machine-translated and not corrected yet
workshops-draft-language-line = • { $language }: { $title }{ $machine ->
        [yes] {" "}(🤖 maschinelle Übersetzung – zum Korrigieren antippen)
       *[no] {""}
    }
# Variables:
#   $language (String) - language name
workshops-draft-language-missing = • { $language }: noch nicht – wer diese Sprache liest, sieht deinen Text
workshops-draft-languages-no-machine = Es ist keine maschinelle Übersetzung eingerichtet: Schreib Titel (und Beschreibung) für eine Sprache selbst oder lass sie weg.
# Variables:
#   $language (String) - language name
workshops-draft-ask-tr-description = Jetzt die Beschreibung auf { $language } – oder überspringen.
# Variables:
#   $languages (String) - the other languages the workshop has
workshops-draft-preview-languages = 🌐 Auch auf { $languages }
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-preview-languages-none = 🌐 Bisher nur auf { $language } – „Sprachen“ fügt die anderen hinzu

## The new-workshop wizard: a copy of an earlier workshop
workshops-draft-copy = 📋 Früheren Workshop kopieren
workshops-draft-copy-choose = 📋 Welchen Workshop möchtest du kopieren? Alles wird übernommen außer dem Tag, den du als Nächstes wählst.
workshops-draft-copy-none = 📋 Du hast noch keinen früheren Workshop zum Kopieren. Geh zurück und wähle die Art.

## The new-workshop wizard: the last address in a city as the default venue
workshops-draft-same-address = 📍 Gleiche Adresse wie zuletzt
# Variables:
#   $city (String) - the workshop's city (the organiser's own unless changed)
workshops-draft-ask-address-in = Sende die Adresse des Veranstaltungsorts in { $city } oder überspringe.
workshops-draft-other-city = 🌍 Andere Stadt oder online
# Variables:
#   $address (String) - the address of the latest workshop in that city
workshops-draft-last-address = Zuletzt in dieser Stadt: { $address }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date and time written as the bot reads them, e.g. 08/12/2026 18:30
#   $city (String) - the city whose clock the times are on
workshops-edit-ask-date = 📅 Neuer Tag? Tippe auf einen Tag im { $month } (▶️ für den nächsten Monat) oder schreib das neue Datum mit Uhrzeit wie { $example } (Ortszeit { $city }).
