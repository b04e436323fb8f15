## exchange
# Die Ideenbörse (/exchange): Angebote und Gesuche der Partnerschaften im Netzwerk.

exchange-home =
    💡 Ideenbörse

    Hier bieten Partnerschaften des Netzwerks Ideen an und suchen Partner. Stöbere nach Schwerpunkt oder Land; wenn etwas passt, tippe auf „🤝 Interesse“. Ihr werdet erst miteinander bekannt gemacht, wenn ihr beide einverstanden seid.
exchange-by-topic-button = 🏷 Nach Schwerpunkt
exchange-by-country-button = 🌍 Nach Land
exchange-all-button = 🗂 Alle Beiträge
exchange-mine-button = 📝 Unsere Beiträge
exchange-network-button = ⬅️ Netzwerk
exchange-choose-topic = 🏷 Welcher Schwerpunkt?
exchange-choose-country = 🌍 Welches Land? Beiträge, die für jedes Land offen sind, siehst du auch.

## lists
# Variables:
#   $kind (String) - offer or need
exchange-kind-mark = { $kind ->
        [offer] 🎁
       *[need] 🔎
    }
exchange-closed-mark = 🔒
# Variables:
#   $topic (String) - the topic's name
exchange-list-topic = 🏷 Ideenbörse · { $topic }
# Variables:
#   $country (String) - the country's name
exchange-list-country = 🌍 Ideenbörse · { $country }
exchange-list-all = 🗂 Ideenbörse · alle Beiträge
exchange-list-empty = Hier ist noch nichts. Schau bei einem anderen Schwerpunkt oder Land.
exchange-list-hint = Neueste zuerst. 🎁 Angebot · 🔎 Gesuch. Tippe einen Beitrag an, um ihn zu lesen.
exchange-previous-button = ◀️ Neuere
exchange-next-button = Ältere ▶️

## a post's card
# Variables:
#   $kind (String) - offer or need
exchange-card-kind = { $kind ->
        [offer] 🎁 Angebot
       *[need] 🔎 Gesuch
    }
# Variables:
#   $mark (String) - the original language's flag
#   $language (String) - the original language's name
exchange-card-machine = 🤖 Maschinell übersetzt aus: { $mark } { $language } · das Original ist einen Tipp entfernt
# Variables:
#   $cities (String) - the partnership's cities, joined
exchange-card-cities = 🏙 Partnerschaft: { $cities }
# Variables:
#   $countries (String) - the partnership's countries, joined
exchange-card-countries = 🗺 Ihre Länder: { $countries }
# Variables:
#   $topics (String) - the post's topics, joined
exchange-card-topics = 🏷 Schwerpunkte: { $topics }
# Variables:
#   $countries (String) - the countries the post looks for, joined
exchange-card-sought = 🌍 Gesucht in: { $countries }
exchange-card-sought-any = 🌍 Gesucht in: jedem Land
# Variables:
#   $date (String) - the day it was posted
exchange-card-posted = 📅 Veröffentlicht am { $date }
exchange-card-asked = 📨 Du hast zu diesem Beitrag schon angefragt.
exchange-card-closed = 🔒 Geschlossen: in der Ideenbörse nicht sichtbar.
exchange-interested-button = 🤝 Interesse
exchange-original-button = Original zeigen
exchange-translated-button = Übersetzung zeigen
exchange-edit-button = ✏️ Ändern
# Variables:
#   $state (String) - open or closed: what the post is now
exchange-toggle-button = { $state ->
        [open] 🔒 Schließen
       *[closed] 🔓 Öffnen
    }
exchange-post-closed = 🔒 Geschlossen. Niemand kann jetzt dazu anfragen; du kannst ihn wieder öffnen.
exchange-post-reopened = 🔓 Wieder offen.
exchange-post-gone = Dieser Beitrag ist geschlossen oder nicht mehr da.
exchange-no-contact = Dieser Beitrag hat keine Ansprechperson mehr und kann nicht wieder geöffnet werden. Veröffentliche ihn neu.

## organisers' own posts
# Variables:
#   $count (Number) - posts of the organiser's partnerships
exchange-mine = 📝 Beiträge deiner Partnerschaft: { $count ->
        [0] noch keine. Biete eine Idee an oder schreib, was ihr sucht.
        [one] { $count } Beitrag.
       *[other] { $count } Beiträge.
    }
exchange-new-button = ➕ Neuer Beitrag

## posting step by step
exchange-draft-partnership = Für welche Partnerschaft?
exchange-draft-kind = 💡 Neuer Beitrag (1/5): Bietet ihr etwas an oder sucht ihr etwas?
# Variables:
#   $kind (String) - offer or need
exchange-kind-button = { $kind ->
        [offer] 🎁 Wir bieten eine Idee an
       *[need] 🔎 Wir suchen etwas
    }
exchange-draft-title = 💡 Neuer Beitrag (2/5): ein kurzer Titel, z. B. „Partnerschule in Polen für einen Jugendaustausch“.
exchange-draft-text = 💡 Neuer Beitrag (3/5): Beschreib es in ein paar Sätzen, in deiner Sprache. Andere lesen es in ihrer.
exchange-draft-topic = 💡 Neuer Beitrag (4/5): Welche Schwerpunkte? Tippe alle passenden an, dann „Weiter“.
exchange-draft-country = 💡 Neuer Beitrag (5/5): Partner aus welchen Ländern? Tippe alle passenden an oder „Jedes Land“.
exchange-any-country-button = Jedes Land
exchange-draft-next-button = Weiter ➡️
exchange-draft-cancel-button = Abbrechen
exchange-draft-preview = 👁 Vorschau — so sehen andere den Beitrag (ohne deinen Namen; du bist die Ansprechperson).
# Variables:
#   $step (String) - kind, title, text, topic or country
exchange-draft-edit-button = { $step ->
        [kind] ✏️ Art
        [title] ✏️ Titel
        [text] ✏️ Text
        [topic] ✏️ Schwerpunkte
       *[country] ✏️ Länder
    }
exchange-publish-button = 📢 Veröffentlichen
# Variables:
#   $edit (String) - yes when a published post is changed
exchange-publish-ask = { $edit ->
        [yes] Änderungen speichern? Alle im Netzwerk sehen dann die neue Fassung.
       *[no] Im ganzen Netzwerk veröffentlichen? Alle können ihn lesen; du bist die Ansprechperson, dein Name und dein Telegram bleiben verborgen, bis du einer Vorstellung zustimmst.
    }
exchange-publish-confirm-button = 📢 Ja, veröffentlichen
exchange-back-to-preview-button = ⬅️ Zurück zur Vorschau
# Variables:
#   $edit (String) - yes when a published post was changed
exchange-published = { $edit ->
        [yes] ✅ Gespeichert.
       *[no] 📢 Veröffentlicht. Bevor jemand deinen Kontakt bekommt, wirst du gefragt.
    }
exchange-draft-cancelled = Abgebrochen: nichts wurde veröffentlicht oder geändert.
exchange-error-empty = Bitte schreib ein paar Worte.
exchange-error-title-long = Das ist zu lang für einen Titel: höchstens 120 Zeichen.
exchange-error-text-long = Das ist zu lang: höchstens 2000 Zeichen.
exchange-error-note-long = Das ist zu lang für eine Notiz: höchstens 500 Zeichen.
exchange-error-use-buttons = Bitte wähle mit den Knöpfen oben.

## "I'm interested" and the introduction
exchange-note-ask = 🤝 Schreib eine kurze Notiz für die Ansprechperson (wer du bist, was du vorhast) — oder überspring sie.
exchange-skip-note-button = Ohne Notiz weiter
exchange-cancel-button = Abbrechen
exchange-confirm-request = 🤝 Anfrage senden? Die Ansprechperson des Beitrags sieht:
exchange-confirm-request-privacy = Keinen Benutzernamen, keine Telefonnummer: Ihr bekommt den Kontakt der anderen Seite erst, wenn ihr beide einverstanden seid.
exchange-send-request-button = 📨 Anfrage senden
exchange-request-sent = 📨 Gesendet. Der Bot meldet sich, sobald die Ansprechperson antwortet.
exchange-own-partnership = Dieser Beitrag ist von deiner eigenen Partnerschaft.
exchange-already-asked = Du hast zu diesem Beitrag schon angefragt — die Ansprechperson hat deine Anfrage.
# Variables:
#   $name (String) - a person's first name
exchange-person-name = 👤 { $name }
# Variables:
#   $city (String) - the person's city
exchange-person-city = 🏙 { $city }
# Variables:
#   $name (String) - the person's partnership
exchange-person-partnership = 🤝 { $name }
# Variables:
#   $title (String) - the post's title
exchange-request-received = 🤝 Jemand interessiert sich für deinen Beitrag „{ $title }“:
exchange-request-note = ✍️ Notiz:
exchange-request-question = Einverstanden mit einer Vorstellung? Ihr bekommt den Kontakt der anderen Seite erst, wenn auch sie noch einmal bestätigt. Lehnst du ab, erfährt die Person das freundlich und ohne Begründung.
exchange-agree-button = 🤝 Zustimmen
exchange-decline-button = Ablehnen
# Variables:
#   $name (String) - the requester's first name
exchange-agreed-contact = 🤝 Danke. { $name } wird noch einmal um Bestätigung gebeten; danach bekommt ihr beide den Kontakt der anderen Seite.
exchange-declined-contact = Abgelehnt. Die Person erfährt es freundlich und ohne Details.
exchange-not-yours = Dieser Knopf ist nicht für dich bestimmt.
exchange-request-gone = Diese Anfrage gibt es nicht mehr.
exchange-request-answered = Das wurde schon beantwortet.
# Variables:
#   $title (String) - the post's title
exchange-agreed-requester = 🤝 Gute Nachricht: Die Ansprechperson von „{ $title }“ ist mit einer Vorstellung einverstanden:
exchange-agreed-question = Sollen wir euch jetzt miteinander bekannt machen? Die andere Seite bekommt deinen Vornamen, deine Stadt und deinen Telegram-Benutzernamen (falls du einen hast), du bekommst ihre.
exchange-introduce-button = 🤝 Ja, bekannt machen
exchange-withdraw-button = Nein, danke
exchange-withdrawn = In Ordnung — nichts wurde weitergegeben.
# Variables:
#   $title (String) - the post's title
exchange-withdrawn-contact = Die Person, die sich für „{ $title }“ interessiert hat, möchte doch nicht weitermachen. Nichts wurde weitergegeben.
# Variables:
#   $title (String) - the post's title
exchange-declined-requester = Zu „{ $title }“: Die Ansprechperson kann das gerade nicht aufgreifen. Danke für dein Interesse — vielleicht passt ein anderer Beitrag.
# Variables:
#   $title (String) - the post's title
exchange-introduced = 🤝 Ihr seid jetzt miteinander bekannt (Ideenbörse: „{ $title }“):
# Variables:
#   $username (String) - a Telegram username with its @
exchange-introduced-username = 📱 In Telegram: { $username }
exchange-introduced-no-username = Kein Telegram-Benutzername: Schreib über den Bot mit „✉️ Schreiben“.
exchange-write-button = ✉️ Schreiben
exchange-reply-button = ✉️ Antworten
exchange-write-ask = ✉️ Schreib deine Nachricht; der Bot gibt sie weiter.
# Variables:
#   $name (String) - the sender's first name
exchange-relay-received = ✉️ { $name } schreibt (Ideenbörse):
exchange-relay-sent = ✉️ Weitergegeben.

## still open?
# Variables:
#   $title (String) - the post's title
#   $days (Number) - days until it closes without an answer
exchange-still-open-question = 💡 Dein Beitrag „{ $title }“ steht seit drei Monaten in der Ideenbörse. Ist er noch aktuell? Ohne Antwort wird er in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } geschlossen.
exchange-still-open-button = 👍 Noch aktuell
exchange-close-it-button = 🔒 Schließen
exchange-still-open-kept = Danke — er bleibt offen.
# Variables:
#   $title (String) - the post's title
exchange-closed-unanswered = 🔒 Dein Beitrag „{ $title }“ wurde geschlossen (keine Antwort auf „noch aktuell?“). Unter /exchange kannst du ihn wieder öffnen.
