## newsletter

newsletter-home = 📰 Newsletter des Netzwerks

    Schreib einen Newsletter für die Menschen in den Partnerschaften des Netzwerks: Abschnitte, Fassungen in anderen Sprachen und die Zielgruppe nach Land, Schwerpunkt und Rolle. Bevor etwas verschickt wird, siehst du eine Vorschau mit der Zahl der Menschen, die ihn bekommen.
newsletter-write-button = ✏️ Newsletter schreiben
newsletter-back-button = ⬅️ Zurück zum Netzwerk
newsletter-cancel-button = ✖️ Abbrechen
newsletter-cancelled = Abgebrochen – nichts wurde verschickt.
# Variables:
#   $language (String) - the language the staff member writes in
newsletter-ask-section = 📰 Neuer Newsletter, geschrieben auf { $language }. Schick den ersten Abschnitt als eine Nachricht: Die erste Zeile ist die Überschrift, die Zeilen darunter der Text.
# Variables:
#   $count (Number) - sections written
#   $languages (String) - languages with a complete version
newsletter-sections = { $count ->
        [one] { $count } Abschnitt geschrieben.
       *[other] { $count } Abschnitte geschrieben.
    } Fassungen: { $languages }.

    Schick einen weiteren Abschnitt (Überschrift in der ersten Zeile), füge eine Fassung in einer anderen Sprache hinzu oder wähle die Zielgruppe.
# Variables:
#   $language (String) - the version's language
#   $number (Number) - the section to type now
#   $count (Number) - sections in all
newsletter-ask-version = Schick Abschnitt { $number } von { $count } auf { $language }: die Überschrift in der ersten Zeile, der Text darunter. Das Original:
newsletter-machine-button = 🤖 Maschinelle Fassungen
newsletter-machine-done = 🤖 Für die anderen Sprachen wurden maschinelle Fassungen hinzugefügt. Die Lesenden sehen sie als maschinelle Übersetzung gekennzeichnet, das Original ist einen Tipp entfernt.
# Variables:
#   $languages (String) - languages the provider could not translate into
newsletter-machine-failed = Diesmal keine maschinelle Fassung für { $languages }: Wer diese Sprachen liest, bekommt das Original mit Angabe seiner Sprache.
newsletter-audience-button = 👥 Zielgruppe wählen ▶️
# Variables:
#   $country (String) - the country focus chosen, or "any country"
#   $topic (String) - the topic focus chosen, or "any topic"
#   $role (String) - who among the partnerships' people
#   $count (Number) - people reached
newsletter-audience = 👥 Wer bekommt den Newsletter?
    Land: { $country }
    Schwerpunkt: { $topic }
    Wer: { $role }

    { $count ->
        [0] Bisher ist niemand in dieser Zielgruppe.
        [one] Er erreicht { $count } Person.
       *[other] Er erreicht { $count } Personen.
    } Wer Ankündigungen stummgeschaltet hat, wird nicht mitgezählt.
newsletter-role-everyone = Alle
newsletter-role-participants = Teilnehmende
newsletter-role-organisers = Organisationsteam
newsletter-role-coaches = Alle Coaches
newsletter-country-button = 🌍 Land
newsletter-topic-button = 🏷 Schwerpunkt
newsletter-any-country = Jedes Land
newsletter-any-topic = Jeder Schwerpunkt
newsletter-choose-country = 🌍 Partnerschaften mit welchem Land? (Die Länder, die die Partnerschaften des Netzwerks nennen.)
newsletter-choose-topic = 🏷 Partnerschaften mit welchem Schwerpunkt?
newsletter-preview-button = 👁 Vorschau
# Variables:
#   $language (String) - language name
#   $count (Number) - readers of this language
newsletter-preview-header = 👁 So bekommen es Lesende auf { $language } ({ $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }):
# Variables:
#   $language (String) - language name
#   $count (Number) - recipients
newsletter-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
newsletter-confirm = { $count ->
        [0] In dieser Zielgruppe ist niemand (wer Ankündigungen stummgeschaltet hat, zählt nicht). Wähle eine andere Zielgruppe.
        [one] Das geht an { $count } Person ({ $parts }). Verschicken?
       *[other] Das geht an { $count } Personen ({ $parts }). Verschicken?
    }
# Variables:
#   $count (Number) - recipients
newsletter-send-button = { $count ->
        [one] 📰 An { $count } Person senden
       *[other] 📰 An { $count } Personen senden
    }
newsletter-schedule-button = 🕒 Später senden
newsletter-edit-audience-button = 👥 Andere Zielgruppe
# Variables:
#   $city (String) - the city whose clock the typed time is on
newsletter-ask-time = Wann soll er verschickt werden? Schick Datum und Uhrzeit wie 24.04.2027 09:00 (Ortszeit { $city }).
# Variables:
#   $when (String) - date and time, saying whose time it is
newsletter-scheduled = 🕒 Der Newsletter ist geplant für { $when }.
newsletter-heading = 📰 Newsletter des Netzwerks
# Variables:
#   $language (String) - the original's language
newsletter-machine-line = 🤖 Maschinelle Übersetzung aus dem Original auf { $language }; das Original ist einen Tipp entfernt.
# Variables:
#   $language (String) - the original's language
newsletter-original-line = Geschrieben auf { $language }; eine Fassung in deiner Sprache gibt es nicht.
newsletter-original-button = 📄 Original zeigen
newsletter-draft-missing = Dieser Newsletter wird nicht mehr bearbeitet. Fang im Netzwerk-Menü neu an.
newsletter-error-use-buttons = Bitte nutze bei diesem Schritt die Knöpfe unter der Nachricht.
newsletter-error-section = Ein Abschnitt braucht eine Überschrift in der ersten Zeile und den Text darunter. Bitte schick ihn noch einmal.
# Variables:
#   $limit (Number) - most sections
newsletter-error-sections = Ein Newsletter hat höchstens { $limit } Abschnitte. Füge Fassungen hinzu oder wähle die Zielgruppe.
# Variables:
#   $limit (Number) - most characters
newsletter-error-too-long = Das ist zu lang: Ein Newsletter hat in jeder Sprache höchstens { $limit } Zeichen. Bitte schick einen kürzeren Abschnitt.
newsletter-error-time-unclear = In dieser Nacht wird die Uhr umgestellt, diese Uhrzeit fällt aus oder kommt doppelt vor. Bitte schick eine andere Uhrzeit.
newsletter-staff-only = Den Newsletter des Netzwerks schreibt das Netzwerkteam.
newsletter-back-to-audience = ⬅️ Zurück

## calendar
# Variables:
#   $country (String) - the country chosen, or "any country"
#   $topic (String) - the topic chosen, or "any topic"
calendar-home = 📅 Kalender des Netzwerks
    Land: { $country } · Schwerpunkt: { $topic }
calendar-empty = Für diese Auswahl stehen keine öffentlichen Workshops oder Termine des Netzwerks an.
calendar-feed = 📎 Als Kalender-Abo in deiner Kalender-App (diese Auswahl, in deiner Sprache):
calendar-feed-none = 📎 Ein Kalender-Abo ist hier noch nicht möglich.
calendar-country-button = 🌍 Land
calendar-topic-button = 🏷 Schwerpunkt
calendar-choose-country = 🌍 Workshops von Partnerschaften mit welchem Land? Termine des Netzwerks stehen immer drin.
calendar-choose-topic = 🏷 Workshops von Partnerschaften mit welchem Schwerpunkt? Termine des Netzwerks stehen immer drin.
calendar-public-add = 🌐 In den Netzwerk-Kalender
calendar-public-remove = 🌐 Im Kalender · entfernen
calendar-feed-name = Kalender des Netzwerks
calendar-error-end-before-start = Das Ende muss nach dem Beginn liegen.
calendar-event-new-button = ➕ Neuer Netzwerk-Termin
calendar-back-button = 📅 Kalender des Netzwerks
calendar-event-ask-title = ➕ Neuer Termin des Netzwerks für den Kalender (wie der Tag der Städtepartnerschaften). Schick seinen Titel.
calendar-event-ask-description = Schick eine kurze Beschreibung oder „-“ für keine.
calendar-event-ask-city = Nach der Uhr welcher Stadt richten sich die Zeiten?
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-start = Wann beginnt er? Schick Datum und Uhrzeit wie 24.04.2027 10:00 (Ortszeit { $city }).
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-end = Wann endet er? Schick die Uhrzeit wie 16:00 oder Datum und Uhrzeit wie 25.04.2027 13:00 (Ortszeit { $city }).
calendar-event-ask-place = Wo findet er statt? Schick den Ort oder „-“ für keinen.
calendar-event-ask-link = Schick einen Link (beginnend mit https://) mit mehr dazu oder „-“ für keinen.
calendar-event-created = ✅ Der Termin steht im Kalender des Netzwerks:
# Variables:
#   $limit (Number) - most characters
calendar-error-text = Bitte schick einen Text mit höchstens { $limit } Zeichen.
calendar-error-link = Ein Link beginnt mit https://. Bitte schick ihn noch einmal oder „-“ für keinen.
newsletter-unschedule-button = ✖️ Diesen Newsletter absagen
newsletter-unscheduled = Abgesagt – der Newsletter wird nicht verschickt.
newsletter-already-started = Dieser Newsletter wird schon verschickt und lässt sich nicht mehr absagen.

## the delivery report of a newsletter (like an announcement's)
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-sending = 📰 Newsletter wird gesendet… { $sent } von { $total } gesendet · wartend: { $waiting } · Bot blockiert: { $blocked } · fehlgeschlagen: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-delivered = ✅ Newsletter zugestellt: { $sent } von { $total } gesendet · Bot blockiert: { $blocked } · fehlgeschlagen: { $failed }
