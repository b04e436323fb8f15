## Matching und Teams

menu-team = 🤝 Mein Team
commands-team = Dein Projektteam
staff-matching = 🤝 Matching und Teams
teams-open = 🤝 Mein Team öffnen
teams-open-idea = 💡 Idee öffnen
teams-show-original = 🌐 Original anzeigen
teams-notices-off = 🔕 Keine solchen Hinweise mehr

matching-join = Mitmachen
matching-decline = ✖️ Nein, danke
matching-reason-wanted = du möchtest daran mitarbeiten
matching-reason-voted = du hast dafür gestimmt
# Variables:
#   $themes (String) - themes of the idea the person chose in their profile
matching-reason-themes = Themen, die dir wichtig sind: { $themes }
# Variables:
#   $languages (String) - languages the person shares with the team
matching-reason-languages = Sprachen, die du mit dem Team teilst: { $languages }
# Variables:
#   $title (String) - idea title, gender unknown
#   $teammates (String) - the others by city
#   $count (Number) - team size
#   $reasons (String) - why this person was matched
#   $has_reasons (String) - yes when any reason is known, else no
#   $interpretation (String) - translated / untranslated when the team has no common language (with or without machine translation), else no
#   $deadline (String) - answer by
matching-proposal =
    🤝 Du bist für ein gemischtes Team aus { $count } Personen zur Idee „{ $title }“ vorgeschlagen.
    Die anderen: { $teammates }.
    { $has_reasons ->
        [yes] Warum du: { $reasons }.
       *[no] {""}
    }
    { $interpretation ->
        [translated] 🗣 Im Team spricht nicht jede Person dieselbe Sprache: Der Bot übersetzt die Team-Nachrichten.
        [untranslated] 🗣 Im Team spricht nicht jede Person dieselbe Sprache, und Nachrichten kommen so an, wie sie geschrieben sind: Es gibt keine automatische Übersetzung.
       *[no] {""}
    }
    Bitte antworte bis { $deadline }.
matching-declined = Danke für die Rückmeldung. In der nächsten Runde kannst du mit einer anderen Idee zusammengebracht werden.
matching-accepted-waiting = ✅ Danke! Das Team entsteht, sobald genug Leute aus beiden Städten zugesagt haben.
matching-accepted-team = ✅ Willkommen in deinem Team!
# Variables:
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
matching-team-formed = 🎉 Dein Team für „{ $title }“ steht (bisher { $count } Personen). Sag Hallo mit /team.
# Variables:
#   $title (String) - idea title, gender unknown
matching-idea-picked = 🎉 Um deine Idee „{ $title }“ bildet sich ein gemischtes Team.
matching-proposal-gone = Dieser Vorschlag ist nicht mehr offen.
matching-already-published = Diese Runde ist schon veröffentlicht; starte für die nächste Runde einen neuen Probelauf.
matching-nothing-to-publish = Noch gibt es niemanden, dem du einen Vorschlag schicken kannst: Es ist kein Team zustande gekommen.
# Variables:
#   $number (Number) - round number
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer
#   $teams (Number) - teams formed so far
matching-round-closed = 🤝 Matching-Runde { $number } ist abgeschlossen: Zusagen { $accepted }, Absagen { $declined }, ohne Antwort { $expired }. Gebildete Teams: { $teams }. Wer noch kein Team hat, kann in einer neuen Runde zugeordnet werden.

teams-none = Du bist noch in keinem Team. Teams entstehen beim Match-&-Sprint-Workshop.
# Variables:
#   $name (String) - member
#   $city (String) - their city
teams-member-line = • { $name } ({ $city })
# Variables:
#   $title (String) - idea title, gender unknown
#   $members (String) - member lines
teams-card =
    🤝 Team „{ $title }“

    { $members }
# Variables:
#   $coach (String) - the coach's name
teams-card-coach = 🧭 Coach: { $coach }
# Variables:
#   $link (String) - the group's invite link
teams-card-link = 💬 Gruppe: { $link }
# Variables:
#   $name (String) - member whose city is not known
teams-member-line-no-city = • { $name }
teams-write = ✉️ Nachricht ans Team
teams-set-link = 🔗 Telegram-Gruppe verknüpfen
teams-change-link = 🔗 Gruppenlink ändern
teams-leave = 🚪 Team verlassen
teams-leave-ask = Das Team verlassen? Du bekommst dann keine Nachrichten und Check-ins des Teams mehr.
teams-leave-yes = 🚪 Ja, verlassen
teams-left = Du hast das Team verlassen.
teams-write-ask = Schreib deine Nachricht ans Team. Alle bekommen sie in ihrer Sprache.
teams-write-ask-untranslated = Schreib deine Nachricht ans Team. Sie kommt so an, wie du sie schreibst: Es gibt keine automatische Übersetzung.
teams-link-ask = Sende den Einladungslink eurer Telegram-Gruppe (https://t.me/…).
teams-link-saved = 🔗 Gruppenlink gespeichert.
# Variables:
#   $count (Number) - recipients
teams-message-sent = ✉️ Gesendet an { $count ->
        [one] 1 Person
       *[other] { $count } Personen
    }.
# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - message
teams-message =
    💬 { $sender }:
    { $text }
# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - translated message
#   $source (String) - original language
teams-message-translated =
    💬 { $sender }:
    { $text }
    🤖 Maschinelle Übersetzung (Original: { $source })
# Variables:
#   $name (String) - who left
teams-member-left = 🚪 { $name } hat das Team verlassen.
teams-error-empty = Bitte schreib etwas.
# Variables:
#   $limit (Number) - maximum length
teams-error-long = Das ist zu lang: bitte unter { $limit } Zeichen bleiben.
teams-error-link = Bitte sende einen Telegram-Link wie https://t.me/+AbCdEf123.
# Variables:
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
teams-coach-assigned = 🧭 Du bist jetzt Coach des Teams „{ $title }“ ({ $count } Personen).
# Variables:
#   $name (String) - coach
teams-coach-for-members = 🧭 Euer Team hat jetzt einen Coach: { $name }.
# Variables:
#   $city (String) - city of the person looking
#   $title (String) - idea title, gender unknown
teams-partner-notice = 🙋 Jemand in { $city } sucht Leute, die bei „{ $title }“ mitmachen.
teams-notices-are-off = 🔕 Erledigt — du bekommst diese Hinweise nicht mehr.

# Variables:
#   $partnership (String) - partnership
#   $low (Number) - minimum team size
#   $high (Number) - maximum team size
matching-home = 🤝 Matching für { $partnership }. Teamgröße { $low }–{ $high }, in jedem Team Leute aus mindestens zwei Städten. Beginne mit einem Probelauf: Es wird nichts gesendet, bevor du veröffentlichst.
matching-dry-run = 🔍 Probelauf
matching-round-status = 📊 Antworten der letzten Runde
matching-teams = 👥 Teams und Coaches
# Variables:
#   $title (String) - idea title, gender unknown
matching-drop = ✖️ „{ $title }“ streichen
matching-move = 🔀 Person verschieben
matching-publish = 📢 Senden (Antwort in 48 Std.)
# Variables:
#   $count (Number) - people who get a proposal
matching-publish-ask = 📢 Vorschläge an { $count ->
        [one] 1 Person
       *[other] { $count } Personen
    } senden? Alle bekommen ihr Team und 48 Stunden Zeit für die Antwort. Gesendet wird erst, wenn du bestätigst.
matching-publish-send = 📢 Vorschläge senden
# Variables:
#   $number (Number) - team number
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
#   $split (String) - members per city
#   $interpretation (String) - yes when no common language
matching-team-line = { $number }. { $title } — { $count } ({ $split }){ $interpretation ->
        [yes] {" "}🗣 braucht Übersetzung
       *[no] {""}
    }
# Variables:
#   $teams (Number) - proposed teams
#   $placed (Number) - people placed
#   $people (Number) - people considered
matching-dry-run-summary = 🔍 Probelauf: Teams { $teams } · zugeordnet { $placed } von { $people } Personen
matching-dry-run-no-teams = Noch kann kein Team entstehen: Unten steht, wer nicht zugeordnet ist und warum.
matching-unplaced-heading = Nicht zugeordnet:
# Variables:
#   $name (String) - person (name · city)
#   $reason (String) - no-signal, dropped, full, no-partner or no-team
matching-unplaced-line = • { $name }: { $reason ->
        [no-signal] hat an keiner Idee Interesse gezeigt
        [dropped] du hast die Ideen gestrichen, die diese Person interessieren
        [full] das Team ihrer Idee ist voll
        [no-partner] niemand aus der Partnerstadt interessiert sich für ihre Ideen
       *[no-team] zu wenige Personen für ein Team zu ihren Ideen
    }
# Variables:
#   $count (Number) - people not listed
matching-unplaced-more = … und { $count } weitere
# Variables:
#   $titles (String) - idea titles
matching-single-city = Ideen ohne Interesse aus einer Partnerstadt: { $titles }
matching-moved = 🔀 Verschoben.
matching-move-who = Wen möchtest du verschieben?
matching-move-where = In welches Team?
# Variables:
#   $count (Number) - people who got a proposal
matching-published = 📢 Veröffentlicht: { $count ->
        [one] 1 Person bekommt jetzt ihren Vorschlag.
       *[other] { $count } Personen bekommen jetzt ihren Vorschlag.
    }
# Variables:
#   $proposed (Number) - waiting for an answer
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer in time
matching-status = 📊 Offen: { $proposed } · Zusagen: { $accepted } · Absagen: { $declined } · ohne Antwort: { $expired }
# Variables:
#   $count (Number) - teams
matching-teams-list = 👥 Teams: { $count }. Tippe eines an, um den Coach zu wählen.
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
#   $coach (String) - the coach's name
matching-teams-entry = • { $title }: { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } · 🧭 { $coach }
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
matching-teams-entry-no-coach = • { $title }: { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } · noch ohne Coach
matching-choose-coach = Wer coacht dieses Team? (Coaches kommen über einen Einladungslink aus /invite dazu.)
matching-coach-set = 🧭 Coach zugeordnet; Coach und Team werden informiert.
