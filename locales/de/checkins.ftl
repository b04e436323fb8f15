## Coaching-Check-ins

commands-coach = Deinem Coach schreiben
teams-checkins = 🗓 Check-ins
profile-quiet-hours = 🌙 Ruhezeiten
teams-no-coach = Euer Team hat noch keinen Coach. Das Organisationsteam teilt einen zu.
checkins-answer-now = ✍️ Jetzt antworten
checkins-reply-team = 💬 Dem Team antworten
checkins-show-originals = 🌐 Originale anzeigen
checkins-show-translated = 🌐 In meiner Sprache anzeigen
checkins-edit = ✏️ Antworten ändern
checkins-cadence-weekly = Wöchentlich
checkins-cadence-biweekly = Alle 2 Wochen
checkins-cadence-off = Aus
checkins-day-0 = Mo
checkins-day-1 = Di
checkins-day-2 = Mi
checkins-day-3 = Do
checkins-day-4 = Fr
checkins-day-5 = Sa
checkins-day-6 = So
checkins-now = 🔔 Jetzt nachfragen
checkins-resume = ▶️ Check-ins fortsetzen
# Variables:
#   $weeks (Number) - weeks of pause (1, 2 or 4); button, two in a row: at most 14 characters
checkins-pause = ⏸ { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    }
checkins-end = 🏁 Projekt abschließen
checkins-end-yes = 🏁 Ja, Abschlussfragen stellen
checkins-quiet-none = keine Ruhezeiten

# Variables:
#   $title (String) - the team's idea, gender unknown
checkins-ask = 🗓 Check-in für euer Team „{ $title }“: vier kurze Fragen, wie es läuft. Das dauert zwei Minuten.
# Variables:
#   $title (String) - the team's idea, gender unknown
checkins-ask-closing = 🏁 Euer Projekt „{ $title }“ geht zu Ende: Bitte erzählt, was daraus entstanden ist.
# Variables:
#   $title (String) - the team's idea, gender unknown
checkins-nudge = ⏰ Das Check-in eures Teams („{ $title }“) wartet noch auf deine Antworten.
# Variables:
#   $number (Number) - question number
#   $total (Number) - number of questions
checkins-question-header = Frage { $number } von { $total }
checkins-question-moved = Was hat sich seit dem letzten Mal bewegt?
checkins-question-next = Was kommt als Nächstes?
checkins-question-blocking = Blockiert euch etwas? (Sonst überspringen.)
checkins-question-mood = Wie läuft es? 1 = schlecht, 5 = super.
checkins-question-outcome = Was ist aus eurem Projekt geworden?
checkins-question-advice = Was würdet ihr den nächsten Teams raten?
# Variables:
#   $answer (String) - the answer given so far
checkins-current = Deine bisherige Antwort: { $answer }
checkins-thanks = 🙏 Danke! Du kannst deine Antworten ändern, bis die Runde schließt.
checkins-use-buttons = Bitte nutze für diese Frage die Knöpfe.
checkins-error-empty = Bitte schreib ein paar Worte oder überspringe.
# Variables:
#   $limit (Number) - maximum length
checkins-error-long = Das ist zu lang: bitte unter { $limit } Zeichen bleiben.
checkins-round-closed = Diese Check-in-Runde ist geschlossen.
checkins-round-exists = Für heute gibt es schon eine Check-in-Runde.
checkins-team-gone = Dieses Team ist nicht mehr aktiv.

# Variables:
#   $name (String) - member
#   $title (String) - the team's idea, gender unknown
#   $text (String) - what blocks them
#   $mood (Number) - mood
checkins-alarm-blocked = ⚠️ { $name } (Team „{ $title }“) kommt nicht weiter: { $text }
# Variables:
#   $name (String) - member
#   $title (String) - the team's idea, gender unknown
#   $text (String) - empty
#   $mood (Number) - mood 1-2
checkins-alarm-mood = ⚠️ { $name } (Team „{ $title }“) sagt, es läuft schlecht ({ $mood }/5).
# Variables:
#   $body (String) - the digest
checkins-digest = { $body }
# Variables:
#   $title (String) - the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members asked
#   $mood (Number) - average mood, 0 when none
checkins-digest-head = 📋 Check-in von „{ $title }“: Antworten { $answered } von { $members }{ $mood ->
        [0] .
       *[other] , Stimmung { $mood }/5.
    }
# Variables:
#   $names (String) - who did not answer
checkins-digest-silent = Noch keine Antwort von: { $names }
# Variables:
#   $title (String) - the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members
checkins-outcome = 🏁 Das Projekt „{ $title }“ ist abgeschlossen: { $answered } von { $members } haben erzählt, was daraus wurde. Die Antworten stehen in der angehängten Tabelle.
checkins-csv-idea = Idee
checkins-csv-name = Name
checkins-csv-outcome = Was daraus wurde
checkins-csv-advice = Rat für die nächsten Teams
checkins-csv-mood = Stimmung
# Variables:
#   $title (String) - team (its idea title), gender unknown
#   $rate (Number) - response rate in %
#   $rounds (Number) - closed rounds
checkins-overview-line = • { $title }: { $rate } % haben in der letzten Runde geantwortet (bisher { $rounds ->
        [one] 1 Runde
       *[other] { $rounds } Runden
    })
checkins-chart-title = Stimmung pro Runde (1–5)
# Variables:
#   $lines (String) - one line per team
#   $silent (String) - teams silent for two rounds
checkins-overview =
    🧭 Deine Teams diese Woche:
    { $lines }

    Seit zwei Runden still: { $silent }
# Variables:
#   $titles (String) - silent teams
checkins-silent-organisers = 🔇 Teams ohne Check-in-Antwort seit zwei Runden: { $titles }

# Variables:
#   $cadence (String) - weekly, biweekly or off
#   $day (String) - weekday
#   $time (String) - local time
#   $paused (String) - date until paused, no (then $next is the day), or unplanned
#   $next (String) - next round's day (only when $paused is no)
checkins-schedule =
    🗓 Check-ins: { $cadence ->
        [weekly] jede Woche
        [biweekly] alle zwei Wochen
       *[off] aus
    }, { $day } um { $time } — jede Person zu dieser Uhrzeit in ihrer Stadt, nie in ihren Ruhezeiten.
    { $paused ->
        [no] Nächste Runde: { $next }
        [unplanned] Nächstes Check-in: nicht geplant.
       *[other] ⏸ Pausiert bis { $paused }.
    }
checkins-now-sent = 🔔 Das Check-in geht jetzt raus (unter Beachtung aller Ruhezeiten).
checkins-end-ask = Projekt abschließen? Alle bekommen die Abschlussfragen, und das Organisationsteam bekommt den Abschlussbericht, wenn die Runde schließt.
checkins-end-started = 🏁 Die Abschlussfragen sind unterwegs.
checkins-no-teams = Du coachst kein Team und bist noch in keinem Team.
# Variables:
#   $count (Number) - teams
checkins-coach-teams = 🧭 Deine Teams ({ $count }): tippe eines an, um seine Check-ins einzustellen.
checkins-reply-ask = Schreib deine Nachricht ans Team. Alle bekommen sie in ihrer Sprache.
checkins-reply-ask-untranslated = Schreib deine Nachricht ans Team. Sie kommt so an, wie du sie schreibst: Es gibt keine automatische Übersetzung.
checkins-to-coach-ask = Schreib deine Nachricht an deinen Coach.
checkins-to-coach-sent = ✉️ An deinen Coach gesendet.
# Variables:
#   $current (String) - the current quiet hours
checkins-quiet-ask = 🌙 Ruhezeiten (Uhrzeit deiner Stadt): dann keine Check-ins und Erinnerungen. Jetzt: { $current }
checkins-quiet-saved = 🌙 Gespeichert.

# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - message
teams-to-coach =
    ✉️ { $sender } schreibt dir:
    { $text }
# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - translated message
#   $source (String) - original language
teams-to-coach-translated =
    ✉️ { $sender } schreibt dir:
    { $text }
    🤖 Maschinelle Übersetzung (Original: { $source })
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach =
    🧭 Euer Coach { $name }:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-translated =
    🧭 Euer Coach { $name }:
    { $text }
    🤖 Maschinelle Übersetzung (Original: { $source })

## "Meine Teams" für Coaches

menu-my-teams = 🧭 Meine Teams
commands-team-as-coach = Meine Teams: Mitglieder, Check-ins, Hindernisse
commands-coach-as-coach = Meine Teams: einer Person oder dem Team antworten
coach-reply-member = ✉️ Persönlich antworten
coach-answer-team = 💬 Dem ganzen Team antworten
coach-settings = 🗓 Check-in-Einstellungen
coach-back-teams = ⬅️ Meine Teams
coach-back-team = ⬅️ Zurück zum Team
# Variables:
#   $name (String) - a team member's name (cut to fit); button, at most 30 characters
coach-answer-member = ✉️ { $name } antworten
# Variables:
#   $count (Number) - people the message reaches; button, at most 30 characters
coach-send-team = 📨 An { $count ->
        [one] 1 Person
       *[other] { $count } Personen
    } senden
# Variables:
#   $partnership (String) - the partnership's name
coach-invited-intro = 🧭 Du bist als Coach für { $partnership } eingeladen. Unter „Meine Teams“ verfolgst du die Check-ins deiner Teams, liest, was jemanden aufhält, und antwortest einer Person oder dem ganzen Team. Vorher drei kurze Schritte: Sprache, Datenschutz, dein Name.
coach-teams-none = 🧭 Meine Teams: Du betreust noch kein Team. Sobald das Organisationsteam dir eins zuteilt, bekommst du eine Nachricht und das Team erscheint hier.
# Variables:
#   $count (Number) - teams
coach-teams-head = 🧭 Meine Teams: { $count }. Tipp auf ein Team, um die Antworten der Mitglieder zu lesen und ihnen zu antworten.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-title = 👥 Team „{ $title }“
# Variables:
#   $names (String) - the members with their cities, as a list
coach-team-members = Mitglieder: { $names }
coach-team-no-checkin = 🗓 Noch kein Check-in.
# Variables:
#   $when (String) - a date, with how long ago it was
coach-team-last = 🗓 Letzter Check-in: { $when }
# Variables:
#   $date (String) - a date
#   $ago (String) - how long ago, e.g. "3 days ago"
coach-date-ago = { $date } ({ $ago })
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-up = 📈 Stimmung steigt: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-down = 📉 Stimmung sinkt: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-steady = ➡️ Stimmung gleichbleibend: { $before }/5 → { $now }/5
# Variables:
#   $now (Number) - average mood of the only round with one (1–5)
coach-trend-unknown = Stimmung: { $now }/5 (noch kein Verlauf)
# Variables:
#   $names (String) - members whose newest check-in names a blocker
coach-team-blockers = ⚠️ Kommt nicht weiter: { $names }
coach-team-no-blockers = Keine offenen Hindernisse.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-head = 👥 Team „{ $title }“: der neueste Check-in jedes Mitglieds.
# Variables:
#   $name (String) - a member, with their city
coach-member-name = 👤 { $name }
# Variables:
#   $when (String) - the round's date, with how long ago it was
coach-member-day = 🗓 { $when }
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
coach-member-language = { $mark } Geantwortet auf { $language } (so wie geschrieben)
# Variables:
#   $text (String) - the member's answer
coach-answer-moved = Vorangekommen: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-next = Als Nächstes: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-outcome = Ergebnis: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-advice = Rat: { $text }
# Variables:
#   $text (String) - what blocks the member
coach-answer-blocking = ⚠️ Kommt nicht weiter: { $text }
# Variables:
#   $mood (Number) - 1 to 5
coach-member-mood = Stimmung: { $mood }/5
coach-member-silent = Noch keine Check-in-Antwort.
coach-team-footer = Antworte einer Person (nur sie bekommt es) oder dem ganzen Team:
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask = ✉️ Schreib deine Antwort an { $name }. Nur diese Person bekommt sie, maschinell auf { $language } übersetzt und so gekennzeichnet.
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask-untranslated = ✉️ Schreib deine Antwort an { $name }. Nur diese Person bekommt sie, mit einer Überschrift auf { $language }; dein Text kommt so an, wie du ihn schreibst (es gibt keine automatische Übersetzung).
# Variables:
#   $name (String) - the member, gender unknown
coach-member-sent = ✉️ Nur an { $name } gesendet.
# Variables:
#   $count (Number) - people the message reaches
#   $text (String) - the message
coach-team-confirm =
    An das ganze Team senden ({ $count ->
        [one] 1 Person
       *[other] { $count } Personen
    })?

    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach-personal =
    🧭 Dein Coach { $name } antwortet dir persönlich:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-personal-translated =
    🧭 Dein Coach { $name } antwortet dir persönlich:
    { $text }
    🤖 Maschinelle Übersetzung (Original: { $source })
