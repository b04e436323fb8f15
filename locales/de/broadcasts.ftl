staff-broadcast = 📣 Ankündigung
menu-unexpected-file = Mit einer Datei kann ich hier nichts anfangen. Bitte nutze die Knöpfe unter den Nachrichten.

broadcasts-ask-text = 📣 Neue Ankündigung. Sende den Text — Fett, Kursiv und Links funktionieren wie sonst in Telegram. Du kannst auch ein Foto oder eine Datei mit dem Text als Beschriftung senden.
broadcasts-cancelled = Abgebrochen — es wurde nichts gesendet.
# Variables:
#   $language (String) - language name
broadcasts-ask-version = Sende die Ankündigung auf { $language }.
# Variables:
#   $languages (String) - languages written so far
broadcasts-versions = Geschrieben auf: { $languages }. Alle bekommen die Fassung in ihrer Sprache, sonst die erste. Füge eine Fassung hinzu oder wähle, wer sie bekommt.
broadcasts-choose-audience = Zielgruppe wählen ▶️
broadcasts-ask-audience = Wer soll sie bekommen?
broadcasts-audience-workshops = Workshops: 🎟 bestätigte Teilnehmende, ⏳ Warteliste
# Variables:
#   $number (Number) - the workshop's number, as on its buttons
#   $title (String) - workshop title
#   $when (String) - its time, saying whose time it is
broadcasts-audience-workshop-line = { $number }. { $title } — { $when }
broadcasts-audience-interests = 💡 Interessiert an:
# Variables:
#   $number (Number) - the theme's number, as on its button
#   $theme (String) - theme name
broadcasts-audience-interest-line = { $number }. { $theme }
broadcasts-audience-all = 👥 Alle in der Partnerschaft
# Variables:
#   $city (String) - city
broadcasts-audience-city = 🏙 Alle in { $city }
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-confirmed = 🎟 { $number } dabei
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-waitlisted = ⏳ { $number } wartend
broadcasts-audience-coaches = 🧭 Alle Coaches
# Variables:
#   $language (String) - language name
broadcasts-audience-language = 🗣 Sprache: { $language }
# Variables:
#   $number (Number) - the theme's number in the list above the buttons
broadcasts-audience-interest = 💡 { $number }
# Variables:
#   $language (String) - language name
#   $count (Number) - readers
broadcasts-preview-header = 👁 Vorschau für Lesende auf { $language } ({ $count }):
# Variables:
#   $language (String) - language name
#   $count (Number) - readers
broadcasts-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
broadcasts-confirm = { $count ->
        [0] In dieser Zielgruppe ist niemand (wer Ankündigungen stummgeschaltet hat, fehlt). Wähle eine andere Zielgruppe.
        [one] Das geht an 1 Person ({ $parts }). Senden?
       *[other] Das geht an { $count } Personen ({ $parts }). Senden?
    }
broadcasts-send-now = 📣 Jetzt senden
broadcasts-schedule = 🕒 Später senden
broadcasts-other-audience = 👥 Andere Zielgruppe
# Variables:
#   $city (String) - the city whose clock the time is on, e.g. "Karlsruhe"
broadcasts-ask-time = Wann soll sie rausgehen? Sende Datum und Uhrzeit wie 24.04.2027 09:00 (Ortszeit { $city }).
# Variables:
#   $when (String) - date and time
broadcasts-scheduled = 🕒 Geplant für { $when }. Bis dahin kannst du sie noch absagen.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the city whose clock it is
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
broadcasts-time-gap = ⏰ { $time } gibt es am { $date } in { $place } nicht – die Uhren springen auf { $jump }. { $suggestion } nehmen? Du kannst auch eine andere Zeit senden.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the city whose clock it is
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
broadcasts-time-fold = ⏰ { $time } gibt es am { $date } in { $place } zweimal: Sommerzeit ({ $summer }) oder Winterzeit ({ $winter })? Du kannst auch eine andere Zeit senden.
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
broadcasts-time-use = { $time } nehmen
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
broadcasts-time-summer = Sommerzeit ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
broadcasts-time-winter = Winterzeit ({ $zone })
broadcasts-unschedule = ✖️ Diese Ankündigung absagen
broadcasts-unscheduled = Abgesagt — die Ankündigung wird nicht gesendet.
broadcasts-already-started = Diese Ankündigung läuft schon; sie kann nicht mehr geändert oder abgesagt werden.
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-progress = 📣 Wird gesendet… { $sent } von { $total } gesendet · wartend: { $waiting } · Bot blockiert: { $blocked } · fehlgeschlagen: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-finished = ✅ Ankündigung zugestellt: { $sent } von { $total } gesendet · Bot blockiert: { $blocked } · fehlgeschlagen: { $failed }
broadcasts-error-format = Die Formatierung dieses Texts lässt sich nicht senden. Bitte sende ihn ohne ungewöhnliche Formatierung.
broadcasts-error-empty = Die Ankündigung braucht einen Text.
# Variables:
#   $limit (Number) - maximum length
broadcasts-error-too-long = Das ist zu lang für eine Telegram-Nachricht: bitte unter { $limit } Zeichen bleiben.
broadcasts-error-use-buttons = Bitte nutze für diesen Schritt die Knöpfe.
broadcasts-draft-missing = Diese Ankündigung wird nicht mehr geschrieben. Fang in den Werkzeugen für das Organisationsteam neu an.

## Statistik für das Organisationsteam
staff-stats = 📊 Statistik
# Variables:
#   $partnership (String) - partnership name
#   $participants (Number) - participants
insight-title = 📊 { $partnership }: { $participants ->
        [one] 1 teilnehmende Person
       *[other] { $participants } Teilnehmende
    }
# Variables:
#   $label (String) - a city or a language
#   $count (Number) - people
insight-line = • { $label }: { $count }
insight-languages = Sprachen:
# Variables:
#   $count (Number) - workshops
insight-workshops = { $count ->
        [0] Noch keine Workshops.
        [one] 1 Workshop:
       *[other] { $count } Workshops:
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $confirmed (Number) - confirmed
#   $waitlisted (Number) - waiting
#   $attended (Number) - came
insight-workshop-line = • { $title }: bestätigt { $confirmed } · Warteliste { $waitlisted } · dabei gewesen { $attended }
# Variables:
#   $count (Number) - announcements
insight-broadcasts = 📣 Gesendete Ankündigungen: { $count }
insight-chart-title = Teilnehmende nach Stadt und Sprache
insight-export-participants = 📄 Teilnehmende (CSV)
insight-export-registrations = 📄 Anmeldungen (CSV)
insight-csv-name = Name
insight-csv-city = Stadt
insight-csv-language = Sprache
insight-csv-speaks = Spricht
insight-csv-interests = Interessen
insight-csv-joined = Dabei seit
insight-csv-workshop = Workshop
insight-csv-status = Status
# Variables:
#   $city (String) - die Stadt, nach deren Uhr die Zeiten gelten, z. B. "Karlsruhe"
insight-csv-signed-up = Angemeldet am (Ortszeit { $city })

# Variables:
#   $ideas (Number) - published ideas
#   $votes (Number) - votes cast
insight-ideas = 💡 Ideen: { $ideas } · abgegebene Stimmen: { $votes }
insight-export-ideas = 📄 Ideen mit Stimmen (CSV)
insight-csv-number = Nr.
insight-csv-idea = Idee
insight-csv-themes = Themen
insight-csv-votes = Stimmen
insight-csv-supporters = Wollen mitmachen
insight-csv-submitted = Eingereicht

# Variables:
#   $partnership (String) - the partnership an announcement comes from, e.g. "Karlsruhe ↔ Krasnodar"
broadcasts-heading = 📣 { $partnership }:
broadcasts-mute = 🔕 Ankündigungen stummschalten
broadcasts-muted = 🔕 Ankündigungen sind stumm. Unter „Mein Profil“ schaltest du sie wieder ein.
