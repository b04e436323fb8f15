## toolbox_admin

## The keepers' screen
tbadmin-open = 🧰 Werkzeugkasten
# Variables:
#   $published (Number) - published entries
#   $suggested (Number) - suggestions waiting for moderation
#   $due (Number) - entries whose review date has passed
tbadmin-manage = 🧰 Werkzeugkasten pflegen
    { $published ->
        [0] Noch ist kein Eintrag veröffentlicht.
        [one] 1 Eintrag ist veröffentlicht.
       *[other] { $published } Einträge sind veröffentlicht.
    }
    { $suggested ->
        [0] 📥 Keine Vorschläge warten.
        [one] 📥 1 Vorschlag wartet auf Prüfung.
       *[other] 📥 { $suggested } Vorschläge warten auf Prüfung.
    }
    { $due ->
        [0] ⏰ Kein Eintrag muss überprüft werden.
        [one] ⏰ 1 Eintrag muss überprüft werden.
       *[other] ⏰ { $due } Einträge müssen überprüft werden.
    }
tbadmin-new-entry = ➕ Neuer Eintrag
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-suggestions = 📥 Vorschläge ({ $count })
# Variables:
#   $count (Number) - entries due for review
tbadmin-due = ⏰ Zu überprüfen ({ $count })
# Variables:
#   $count (Number) - published entries
tbadmin-all = 📚 Alle Einträge ({ $count })
tbadmin-open-toolbox = 🔎 Wie Lesende ihn sehen
tbadmin-page-back = ⬅️ Zurück
tbadmin-page-next = Weiter ➡️
# Variables:
#   $count (Number) - published entries
tbadmin-all-title = { $count ->
        [0] 📚 Noch keine Einträge.
        [one] 📚 1 Eintrag. Tippe ihn an, um ihn zu bearbeiten.
       *[other] 📚 { $count } Einträge, die neuesten zuerst. Tippe einen an, um ihn zu bearbeiten.
    }
# Variables:
#   $count (Number) - entries due for review
tbadmin-due-title = { $count ->
        [0] ⏰ Kein Eintrag muss überprüft werden.
        [one] ⏰ 1 Eintrag muss überprüft werden. Prüfe ihn und tippe „Noch aktuell“ oder bearbeite ihn.
       *[other] ⏰ { $count } Einträge müssen überprüft werden. Prüfe jeden und tippe „Noch aktuell“ oder bearbeite ihn.
    }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-queue-title = { $count ->
        [0] 📥 Keine Vorschläge warten.
        [one] 📥 1 Vorschlag wartet. Tippe ihn an, um ihn zu veröffentlichen oder abzulehnen.
       *[other] 📥 { $count } Vorschläge warten. Tippe einen an, um ihn zu veröffentlichen oder abzulehnen.
    }

## Kinds, topics, phases
tbadmin-kind-guide = 📘 Leitfaden
tbadmin-kind-template = 📄 Vorlage
tbadmin-kind-practice = 🌟 Praxisbeispiel
tbadmin-kind-tutorial = 🎬 Anleitung
tbadmin-kind-funding = 💶 Förderangebot
tbadmin-topic-youth = Jugend
tbadmin-topic-education = Bildung
tbadmin-topic-culture = Kultur
tbadmin-topic-sport = Sport
tbadmin-topic-environment = Umwelt
tbadmin-topic-digitalisation = Digitales
tbadmin-topic-social = Soziales
tbadmin-topic-economy = Wirtschaft
tbadmin-topic-democracy = Demokratie
tbadmin-topic-mobility = Mobilität
tbadmin-phase-apply = Bewerbung
tbadmin-phase-kickoff = Kick-off
tbadmin-phase-sprint = Sprint
tbadmin-phase-coaching = Coaching

## An entry's card
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
#   $origin (String) - original, human, machine or missing
tbadmin-version-line = { $mark } { $language }: { $origin ->
        [original] Original
        [human] von einem Menschen übersetzt
        [machine] maschinell übersetzt, noch nicht geprüft
       *[missing] noch keine Fassung
    }
# Variables:
#   $link (String) - a web address
tbadmin-link-line = 🔗 { $link }
# Variables:
#   $name (String) - the template's file name
tbadmin-file-line = 📎 { $name }
# Variables:
#   $when (String) - the deadline's date and time
#   $zone (String) - the city whose clock it is on
tbadmin-deadline-line = ⏳ Frist: { $when } (Uhrzeit { $zone })
# Variables:
#   $amount (String) - as the funder states it
tbadmin-amount-line = 💶 { $amount }
# Variables:
#   $name (String) - the first name of the person who suggested it
tbadmin-credit-line = 💡 Vorgeschlagen von { $name }
# Variables:
#   $date (String) - the next review date
tbadmin-review-line = ⏰ Nächste Überprüfung: { $date }
# Variables:
#   $language (String) - a language's name
tbadmin-write-version = ✍️ { $language }
# Variables:
#   $language (String) - a language's name
tbadmin-approve-version = 👍 { $language }
tbadmin-still-correct = ✔️ Noch aktuell
tbadmin-edit = ✏️ Bearbeiten
tbadmin-archive = 🗄 Archivieren
tbadmin-as-readers-see = 👁 Wie Lesende ihn sehen
tbadmin-still-done = ✔️ Danke: heute geprüft, die nächste Überprüfung ist in einem Jahr.
# Variables:
#   $title (String) - the entry's title
tbadmin-archive-ask = 🗄 Eintrag „{ $title }“ archivieren? Lesende finden ihn dann nicht mehr. Niemand wird benachrichtigt.
tbadmin-archive-yes = 🗄 Ja, archivieren
tbadmin-archived = 🗄 Archiviert. Lesende finden ihn nicht mehr.
# Variables:
#   $language (String) - a language's name
tbadmin-version-approved = 👍 Die Fassung auf { $language } ist freigegeben: Sie gilt jetzt als von einem Menschen geprüft.
# Variables:
#   $language (String) - a language's name
tbadmin-translate-title = ✍️ Schreib den Titel auf { $language }.
tbadmin-translate-text = ✍️ Schreib jetzt den Text.
tbadmin-version-saved = ✍️ Gespeichert.

## A new entry
tbadmin-new-kind = ➕ Was für ein Eintrag?
tbadmin-new-title = ➕ Schreib den Titel (bis zu 120 Zeichen).
tbadmin-new-text = ➕ Schreib den Text in deiner Sprache (bis zu 3000 Zeichen). Bei einem Förderangebot: Wer kann sich bewerben?
tbadmin-new-topic = 🏷 Welche Themen? Tippe alle passenden an, dann „Weiter“.
tbadmin-new-country = 🏷 Für welche Länder? Tippe alle passenden an (keins: für alle Länder), dann „Weiter“.
tbadmin-new-phase = 🏷 Bei welcher Programmphase hilft er? Tippe alle passenden an, dann „Weiter“.
tbadmin-next = Weiter ➡️
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
tbadmin-new-file = 📄 Schick die Vorlage als Datei (bis zu { $limit } MB; { $types }).
tbadmin-new-link = 🔗 Schreib die Webadresse (beginnt mit https://).
tbadmin-new-zone = ⏳ Nach welcher Uhrzeit gilt die Frist?
# Variables:
#   $zone (String) - the city whose clock the deadline is on
#   $example (String) - an example date and time
tbadmin-new-deadline = ⏳ Schreib die Frist nach Uhrzeit { $zone }, zum Beispiel { $example }.
tbadmin-new-amount = 💶 Schreib den Betrag so, wie die Förderstelle ihn nennt, zum Beispiel „bis zu 5.000 EUR“.
tbadmin-preview = 👁 Vorschau – prüfe sie, dann veröffentliche.
tbadmin-publish = 📣 Veröffentlichen
# Variables:
#   $machine (String) - yes when a machine translates it into the other languages
tbadmin-publish-ask = { $machine ->
        [yes] 📣 Veröffentlichen? Lesende finden ihn sofort; die anderen vier Sprachen kommen maschinell übersetzt dazu und sind so gekennzeichnet. Niemand wird benachrichtigt.
       *[no] 📣 Veröffentlichen? Lesende finden ihn sofort, in deiner Sprache; Fassungen in anderen Sprachen kannst du später ergänzen. Niemand wird benachrichtigt.
    }
tbadmin-publish-yes = 📣 Ja, veröffentlichen
tbadmin-published = 📣 Veröffentlicht. Der Eintrag gehört dir: In einem Jahr wirst du an die Überprüfung erinnert.
tbadmin-cancelled = Abgebrochen, nichts wurde gespeichert.
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-too_big = ⚠️ „{ $name }“ ist zu groß: Eine Vorlage darf bis zu { $limit } MB haben. Schick eine kleinere Datei ({ $types }).
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-file_type = ⚠️ „{ $name }“ ist kein Dateityp, den alle sicher öffnen können. Erlaubt: { $types } (bis zu { $limit } MB).

## Mistakes in typed answers
tbadmin-error-empty = Bitte schreib einen Text.
tbadmin-error-title-long = Der Titel ist zu lang: bitte höchstens 120 Zeichen.
tbadmin-error-text-long = Der Text ist zu lang: bitte höchstens 3000 Zeichen.
tbadmin-error-link = Das ist keine Webadresse, die man öffnen kann: Sie muss mit https:// beginnen und darf keine Leerzeichen enthalten.
tbadmin-error-amount-long = Bitte halte den Betrag kurz (höchstens 100 Zeichen).
tbadmin-error-reason-long = Bitte halte die Begründung kurz (höchstens 500 Zeichen).
# Variables:
#   $example (String) - an example date and time
tbadmin-error-deadline = Bitte schreib Datum und Uhrzeit wie { $example }.
tbadmin-error-use-buttons = Bitte nutze die Knöpfe oben.

## Suggesting an entry
tbadmin-suggest-kind = 💡 Schlag einen Eintrag für den Werkzeugkasten vor. Was für einer ist es?
tbadmin-suggest-title = 💡 Schreib einen Titel (bis zu 120 Zeichen).
tbadmin-suggest-text = 💡 Schreib, worum es geht und warum es hilft (bis zu 3000 Zeichen).
tbadmin-suggest-link = 💡 Gibt es einen Link dazu? Schreib die Webadresse (https://…) oder überspring das.
tbadmin-suggest-credit = 💡 Dürfen wir deinen Vornamen nennen („Vorgeschlagen von …“)?
tbadmin-credit-yes = Ja
tbadmin-credit-no = Nein
tbadmin-suggest-sent = 💡 Danke! Das Organisationsteam schaut sich deinen Vorschlag an, und du erfährst, wie es entscheidet.
tbadmin-suggest-cancelled = Abgebrochen, nichts wurde gesendet.

## Moderation
tbadmin-approve = 📣 Veröffentlichen
tbadmin-decline = ✖️ Ablehnen
tbadmin-edit-suggestion = ✏️ Text bearbeiten
tbadmin-approved = 📣 Veröffentlicht, und die vorschlagende Person weiß Bescheid.
tbadmin-decline-ask = ✖️ Schreib, warum er abgelehnt wird. Die vorschlagende Person liest das.
tbadmin-declined = ✖️ Abgelehnt, und die vorschlagende Person weiß Bescheid.

## Notices
# Variables:
#   $title (String) - the entry's title
tbadmin-suggestion-approved = 💡 Danke: Dein Vorschlag „{ $title }“ ist jetzt im Werkzeugkasten.
tbadmin-see-entry = 📖 Eintrag öffnen
# Variables:
#   $title (String) - the entry's title
#   $reason (String) - why the organisers declined it
tbadmin-suggestion-declined = 💡 Dein Vorschlag „{ $title }“ wurde nicht in den Werkzeugkasten aufgenommen. Das Organisationsteam schreibt: { $reason }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-notice-suggestions = { $count ->
        [one] 💡 1 Vorschlag für den Werkzeugkasten wartet auf Prüfung.
       *[other] 💡 { $count } Vorschläge für den Werkzeugkasten warten auf Prüfung.
    }
# Variables:
#   $title (String) - the entry's title
tbadmin-review-reminder = ⏰ Zeit, den Eintrag „{ $title }“ im Werkzeugkasten zu überprüfen: Ist er noch aktuell?
# Variables:
#   $queries (String) - one line per search: the words and how often
#   $count (Number) - how many different searches are listed
tbadmin-misses-notice = { $count ->
        [one] 🔎 Diese Woche hat 1 Suche im Werkzeugkasten nichts gefunden:
       *[other] 🔎 Diese Woche haben diese { $count } Suchen im Werkzeugkasten nichts gefunden:
    }
    { $queries }
    Einträge dazu würden helfen.

## Links from check-ins and coaching
tbadmin-link-apply = 🧰 Werkzeugkasten: Bewerbung
tbadmin-link-kickoff = 🧰 Werkzeugkasten: Kick-off
tbadmin-link-sprint = 🧰 Werkzeugkasten: Sprint
tbadmin-link-coaching = 🧰 Werkzeugkasten: Coaching

## The preview's "edit": one answer again
tbadmin-edit-title = ✏️ Titel
tbadmin-edit-text = ✏️ Text
tbadmin-edit-topic = 🏷 Themen
tbadmin-edit-file = 📄 Datei
tbadmin-edit-link = 🔗 Link
tbadmin-edit-zone = ⏳ Frist
tbadmin-edit-amount = 💶 Betrag
