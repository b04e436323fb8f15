## Über einen Aufruf entscheiden: Entscheidungen, Briefe je Sprache, der Export

decide-button-accepted = Annehmen
decide-button-declined = Ablehnen
decide-button-waitlisted = Auf die Warteliste
decide-button-ranking = ⬅️ Rangliste
decide-button-letters = ✉️ Briefe
# Variables:
#   $number (Number) - the application's number
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $decision (String) - accepted, declined, waitlisted or none
decide-decided =
    Bewerbung Nr. { $number }: { $cities }
    Entscheidung: { $decision ->
        [accepted] angenommen
        [declined] abgelehnt
        [waitlisted] auf der Warteliste
       *[none] noch keine
    }
    Du kannst sie ändern, bis die Briefe verschickt sind.
decide-error-letter-sent = Die Briefe zu dieser Bewerbung sind verschickt: Ihre Entscheidung bleibt, wie sie ist.
decide-error-not-submitted = Nur eingereichte Bewerbungen können entschieden werden.

## Die Briefe
# Variables:
#   $call (String) - the call's title
#   $summary (String) - the lines decide-waiting-heading, decide-count-line, decide-undecided, decide-sent-line
#   $people (Number) - people the letters still to send reach
decide-letters =
    ✉️ Entscheidungsbriefe: { $call }

    { $summary }

    { $people ->
        [0] Es warten keine Briefe auf den Versand.
        [one] Die Briefe gehen an { $people } Person.
       *[other] Die Briefe gehen an { $people } Personen.
    }
    Jede Person bekommt den Brief in ihrer eigenen Sprache. Sieh dir jeden Brief vor dem Versand an; den Wortlaut kannst du in jeder Sprache ändern.
decide-waiting-heading = Noch zu verschicken:
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $count (String) - e.g. "1 application (2 people)"
decide-count-line = { $decision ->
        [accepted] Angenommen
        [declined] Abgelehnt
       *[waitlisted] Warteliste
    }: { $count }
# Variables:
#   $undecided (Number) - submitted applications without a decision
decide-undecided = Noch ohne Entscheidung: { $undecided ->
         [one] { $undecided } Bewerbung
        *[other] { $undecided } Bewerbungen
    }
# Variables:
#   $sent (String) - the letters sent already, e.g. "2 people in 1 application"
decide-sent-line = Schon verschickt: { $sent }
# Variables:
#   $applications (Number) - applications
#   $people (Number) - people in them who get a letter
decide-count = { $applications ->
         [one] { $applications } Bewerbung
        *[other] { $applications } Bewerbungen
    } ({ $people ->
         [one] { $people } Person
        *[other] { $people } Personen
    })
# Variables:
#   $people (Number) - people whose letters went out
#   $applications (Number) - applications whose letters went out
decide-sent-count = { $people ->
         [one] { $people } Person
        *[other] { $people } Personen
    } in { $applications ->
         [one] { $applications } Bewerbung
        *[other] { $applications } Bewerbungen
    }
# Variables:
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing = ⚠️ { $done } von { $wanted } Bewertungen liegen vor. Du kannst trotzdem entscheiden.
# Variables:
#   $number (Number) - the application's number
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing-of = ⚠️ Bewerbung Nr. { $number }: { $done } von { $wanted } Bewertungen liegen vor.
# Variables:
#   $deadline (String) - the call's deadline on the call's clock, e.g. "31 Dec 2026, 23:59 Berlin time"
decide-error-before-deadline = Entschieden wird nach der Frist: { $deadline }.
decide-button-preview-accepted = 👁 Zusage
decide-button-preview-declined = 👁 Absage
decide-button-preview-waitlisted = 👁 Brief zur Warteliste
decide-button-send = 📨 Briefe verschicken
decide-button-back-letters = ⬅️ Briefe
decide-button-cancel = Abbrechen
decide-button-send-now = 📨 Verschicken
# Variables:
#   $language (String) - the language's name, e.g. "Deutsch"
decide-button-edit-language = ✏️ { $language }
decide-example-city = Musterstadt
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $people (Number) - people who get this letter
#   $details (String) - decide-preview-languages (when anyone gets it) and decide-preview-shown
#   $letter (String) - the letter as it reads
decide-preview =
    { $decision ->
        [accepted] Zusage
        [declined] Absage
       *[waitlisted] Brief zur Warteliste
    } · { $people ->
        [0] bekommt noch niemand
        [one] geht an { $people } Person
       *[other] geht an { $people } Personen
    }
    { $details }

    { $letter }

    ✏️ Den Wortlaut in einer Sprache änderst du mit ihrem Knopf.
# Variables:
#   $languages (String) - decide-language-count per language, joined as a list
decide-preview-languages = Nach Sprache: { $languages }
# Variables:
#   $language (String) - the language's name, e.g. "English"
decide-preview-shown = Unten steht der Brief auf { $language }.
# Variables:
#   $language (String) - the language's name, e.g. "German"
#   $people (Number) - people who get the letter in it
decide-language-count = { $language }: { $people ->
        [one] { $people } Person
       *[other] { $people } Personen
    }
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $language (String) - the language's name, e.g. "German"
#   $current (String) - the wording now
decide-template-ask =
    Schreib { $decision ->
        [accepted] die Zusage
        [declined] die Absage
       *[waitlisted] den Brief zur Warteliste
    } auf { $language }. Schreib {"{"}applicant{"}"}, wo die Stadt der Bewerbung stehen soll, und {"{"}call{"}"} für den Titel des Aufrufs.

    Bisher:
    { $current }
# Variables:
#   $language (String) - the language's name, e.g. "German"
decide-template-saved = ✅ Der Brief auf { $language } ist gespeichert.
decide-template-error-empty = Der Brief ist leer. Bitte schreib seinen Text.
decide-template-error-too-long = Der Brief ist zu lang. Bitte bleib unter 3000 Zeichen.
decide-template-error-unknown = Zwischen geschweiften Klammern dürfen nur {"{"}applicant{"}"} und {"{"}call{"}"} stehen. Bitte korrigiere den Brief und schick ihn noch einmal.
decide-template-error-braces = Eine Klammer ist nicht geschlossen. Schreib {"{"}applicant{"}"} oder {"{"}call{"}"}, oder lass die Klammern weg.
decide-letters-nothing = Es warten keine Briefe auf den Versand.
# Variables:
#   $people (Number) - people the letters reach
#   $applications (Number) - applications whose letters go
#   $waiting (String) - one decide-count-line per decision with letters to send
decide-send-confirm =
    Die Briefe jetzt verschicken – an { $people ->
         [one] { $people } Person
        *[other] { $people } Personen
    } in { $applications ->
         [one] { $applications } Bewerbung
        *[other] { $applications } Bewerbungen
    }?
    { $waiting }

    Jede angenommene Bewerbung wird eine Partnerschaft, und ihre Bewerbenden werden als ihr Organisationsteam eingeladen. Nach dem Versand lassen sich diese Entscheidungen nicht mehr ändern.
# Variables:
#   $people (Number) - letters queued
#   $applications (Number) - applications whose letters went
decide-sent = 📨 Briefe verschickt: { $people ->
         [one] { $people } Person
        *[other] { $people } Personen
    } in { $applications ->
         [one] { $applications } Bewerbung
        *[other] { $applications } Bewerbungen
    }. Sie kommen in wenigen Minuten an.

## Der vorgegebene Wortlaut der Briefe (das Organisationsteam kann ihn ändern)
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-accepted = Liebe Bewerbende aus { $applicant }, wir freuen uns, euch mitzuteilen, dass eure Bewerbung für „{ $call }“ angenommen ist. Willkommen im Programm!
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-declined = Liebe Bewerbende aus { $applicant }, danke für eure Bewerbung für „{ $call }“. Leider können wir sie diesmal nicht annehmen.
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-waitlisted = Liebe Bewerbende aus { $applicant }, danke für eure Bewerbung für „{ $call }“. Sie steht auf unserer Warteliste; sobald ein Platz frei wird, schreiben wir euch.
decide-letter-invitation = Eure Partnerschaft ist in diesem Bot angelegt. Tritt ihr mit dem Knopf unten als Organisator:in bei (der Link gilt nur für dich).
decide-letter-join = 🤝 Organisator:in werden

## Der Export (eine Tabelle: eine Zeile je Stadt einer Bewerbung)
decide-button-export = 📊 Als Tabelle exportieren
decide-export-caption = 📊 Alle Bewerbungen des Aufrufs: eine Zeile je Stadt, mit Antworten, Übersetzungen, Dokumenten, Punkten und Entscheidungen.
# Variables:
#   $number (Number) - the call's number
decide-export-file = aufruf-{ $number }-bewerbungen
decide-export-number = Bewerbung Nr.
decide-export-status = Stand
# Variables:
#   $zone (String) - whose clock the times are on, e.g. "Berlin time"
decide-export-submitted = Eingereicht ({ $zone })
decide-export-decision = Entscheidung
decide-export-city = Stadt
decide-export-country = Land
decide-export-language = Sprache
# Variables:
#   $question (String) - the question's wording
decide-export-translation = { $question } (Übersetzung)
decide-export-documents = Dokumente
decide-export-checksums = Prüfsumme (SHA-256)
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer = Bewertung { $number }: Person
# Variables:
#   $number (Number) - the reviewer's number within the application
#   $criterion (String) - the criterion's name
decide-export-score = Bewertung { $number }: { $criterion }
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer-total = Bewertung { $number }: gewichtete Summe
decide-export-mean = Mittlere gewichtete Summe
decide-export-contact-institution = Einrichtung
decide-export-contact-contact_person = Ansprechperson
decide-export-contact-contact_details = Kontaktdaten
decide-export-status-draft = Entwurf
decide-export-status-submitted = eingereicht
decide-export-status-not_submitted = nicht eingereicht
decide-export-status-withdrawn = zurückgezogen
decide-export-decision-accepted = angenommen
decide-export-decision-declined = abgelehnt
decide-export-decision-waitlisted = Warteliste
# Variables:
#   $name (String) - the file's name
#   $size (Number) - its size in bytes
decide-export-document = { $name } ({ $size } Byte)
# Variables:
#   $language (String) - the translation's language, named, e.g. "English"
#   $source (String) - machine or human
#   $text (String) - the translation
decide-export-translated = { $language }, { $source ->
        [human] von einem Menschen
       *[machine] maschinell übersetzt
    }: { $text }
