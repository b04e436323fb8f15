## directory
directory-home =
    📇 Verzeichnis des Netzwerks: Städtepartnerschaften und Organisationen (Vereine, Schulen, Initiativen) mit ihren Ländern, Schwerpunkten und Ansprechpersonen.

    Schreib eine Stadt, ein Land oder den Namen einer Organisation – in jeder Sprache – oder wähle unten.
directory-by-country-button = 🌍 Nach Land
directory-by-topic-button = 🏷 Nach Schwerpunkt
directory-back-button = ⬅️ Zurück
directory-pick-country = 🌍 Wähle ein Land:
directory-pick-topic = 🏷 Wähle einen Schwerpunkt:
directory-empty = Das Verzeichnis hat noch keine Einträge.
# Variables:
#   $count (Number) - entries found
#   $page (Number) - the page shown
#   $pages (Number) - pages in all
directory-results = { $count ->
        [one] 📇 Ein Eintrag gefunden
       *[other] 📇 { $count } Einträge gefunden
    } · Seite { $page } von { $pages }
directory-no-results = 📇 Nichts gefunden. Versuch eine Stadt, ein Land oder einen Teil eines Namens – oder wähle nach Land oder Schwerpunkt.
# Variables:
#   $count (Number) - the shortest search, in letters
directory-search-too-short = Bitte schreib mindestens { $count } Buchstaben.
# Variables:
#   $cities (String) - the partnership's cities, joined as a list
directory-card-cities = Städte: { $cities }
# Variables:
#   $countries (String) - country names, joined as a list
directory-card-countries = Länder: { $countries }
# Variables:
#   $year (String) - the year the partnership began
directory-card-since = Partnerschaft seit { $year }
# Variables:
#   $topics (String) - topic names, joined as a list
directory-card-topics = Schwerpunkte: { $topics }
# Variables:
#   $name (String) - the contact's first name (they agreed to be listed)
directory-card-contact = Ansprechperson: { $name }
directory-card-stale = ⚠️ Vielleicht veraltet: Die Ansprechperson hat den Eintrag dieses Jahr nicht bestätigt.
# Variables:
#   $place (String) - city · country
directory-card-place = Ort: { $place }
# Variables:
#   $kind (String) - association, school, initiative, municipality or other
directory-actor-kind = { $kind ->
        [association] Verein
        [school] Schule
        [initiative] Initiative
        [municipality] Kommune
       *[other] Organisation
    }
# Variables:
#   $partnership (String) - the partnership whose organisers listed it
directory-actor-added-by = Eingetragen von: { $partnership }
directory-description = Über uns:
# Variables:
#   $language (String) - the language of the original
directory-description-machine = 🤖 Maschinelle Übersetzung (Original: { $language }), das Original ist einen Tipp entfernt:
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language of the original
directory-description-original = { $mark } Original auf { $language }, noch ohne Übersetzung:
directory-original-button = 📄 Original zeigen
directory-translation-button = 🤖 Übersetzung zeigen

## organisers list organisations
directory-own-button = 🏛 Unsere Organisationen
directory-add-button = ➕ Organisation eintragen
# Variables:
#   $count (Number) - organisations the partnership listed
directory-own = { $count ->
        [0] 🏛 Eure Partnerschaft hat noch keine Organisationen eingetragen. Trag die Vereine, Schulen und Initiativen ein, mit denen ihr arbeitet – nur mit ihrem Einverständnis.
        [one] 🏛 Eure Partnerschaft hat eine Organisation eingetragen. Öffne sie zum Bearbeiten oder Entfernen, oder trag eine weitere ein.
       *[other] 🏛 Eure Partnerschaft hat { $count } Organisationen eingetragen. Öffne eine zum Bearbeiten oder Entfernen, oder trag eine weitere ein.
    }
directory-keep-button = ↩️ So lassen
directory-cancel-button = ✖️ Abbrechen
directory-no-description-button = Ohne Beschreibung
directory-topics-done-button = Fertig
directory-contact-me-button = 🙋 Ich bin Ansprechperson
directory-contact-org-button = 🏛 Organisation stimmt zu
directory-publish-button = 📤 Veröffentlichen
directory-edit-button = ✏️ Bearbeiten
directory-remove-button = 🗑 Entfernen
directory-remove-confirm-button = 🗑 Ja, entfernen
# Variables:
#   $step (Number) - this step
#   $count (Number) - steps in all
directory-draft-step = Schritt { $step } von { $count }
directory-draft-kind = Was für eine Organisation ist es?
directory-draft-name = Schreib den Namen der Organisation so, wie sie ihn selbst schreibt.
directory-draft-city = In welcher Stadt ist sie? Schreib den Namen der Stadt.
directory-draft-country = Wähle ihr Land oder schreib den Namen des Landes.
directory-draft-topics = Zu welchen Schwerpunkten arbeitet sie? Wähle einen oder mehrere, dann „Fertig“.
directory-draft-description = Schreib ein paar Sätze über die Organisation (bis zu 600 Zeichen). Leser sehen, in welcher Sprache sie geschrieben sind.
directory-draft-contact = Wer ist Ansprechperson? Mit „Ich bin Ansprechperson“ sehen Leser deinen Vornamen im Verzeichnis. Sonst wird keine Person genannt, und du bestätigst, dass die Organisation dem Eintrag zugestimmt hat.
# Variables:
#   $value (String) - what the step holds now
directory-draft-current = Jetzt: { $value }
directory-draft-preview = 👀 Vorschau: So sehen Leser den Eintrag. Im Verzeichnis veröffentlichen?
directory-draft-you = du
# Variables:
#   $name (String) - the organisation's name
directory-published = 📇 „{ $name }“ steht jetzt im Verzeichnis.
# Variables:
#   $name (String) - the organisation's name
directory-saved = 📇 Änderungen an „{ $name }“ sind gespeichert.
# Variables:
#   $name (String) - the organisation's name
directory-removed = 🗑 „{ $name }“ wurde aus dem Verzeichnis entfernt.
# Variables:
#   $name (String) - the organisation's name
directory-remove-ask = „{ $name }“ aus dem Verzeichnis entfernen? Leser finden den Eintrag dann nicht mehr.
directory-draft-cancelled = Nichts wurde gespeichert.
# Variables:
#   $limit (Number) - the most characters allowed
directory-draft-too-long = Bitte schreib zwischen 1 und { $limit } Zeichen.
directory-draft-use-buttons = Bitte wähle mit den Knöpfen oben.
directory-draft-unknown-country = Dieses Land kenne ich nicht. Wähle oben eines oder schreib seinen Namen, zum Beispiel „Polen“.
directory-draft-consent-needed = Bitte wähle zuerst die Ansprechperson.

## writing to a listed contact
# Variables:
#   $name (String) - the contact's first name
directory-write-button = ✉️ { $name } schreiben
# Variables:
#   $name (String) - the contact's first name
directory-write-ask = ✉️ Schreib deine Nachricht an { $name }. Der Bot gibt sie mit deinem Vornamen und deiner Stadt weiter – ohne Benutzernamen, ohne Telefonnummer. { $name } kann einmal antworten.
# Variables:
#   $name (String) - the contact's first name
directory-write-confirm = Diese Nachricht an { $name } senden (1 Person)? Sie geht mit deinem Vornamen und deiner Stadt.
directory-send-button = 📤 Senden
# Variables:
#   $name (String) - the contact's first name
directory-write-sent = 📤 An { $name } gesendet. Die Antwort kommt hier an.
directory-write-cancelled = Nichts wurde gesendet.
directory-write-nothing = Es gibt keine Nachricht zum Senden. Öffne den Eintrag und schreib noch einmal.
directory-write-no-contact = Dieser Eintrag hat keine Ansprechperson, der du schreiben kannst.
# Variables:
#   $name (String) - the contact's first name
directory-write-open = Du hast { $name } schon geschrieben und wartest auf eine Antwort. Du kannst wieder schreiben, sobald { $name } antwortet, oder in zwei Wochen.
# Variables:
#   $entry (String) - the directory entry's name
#   $sender (String) - the writer's first name and city
#   $text (String) - the message
directory-relay =
    ✉️ Eine Nachricht über das Verzeichnis ({ $entry }) von { $sender }:

    { $text }
directory-reply-button = ↩️ Antworten
directory-reply-ask = ↩️ Schreib deine Antwort. Sie wird einmal gesendet, mit deinem Vornamen und deiner Stadt.
directory-reply-sent = 📤 Deine Antwort wurde gesendet.
directory-reply-done = Auf diese Nachricht wurde schon geantwortet.
# Variables:
#   $sender (String) - the contact's first name and city
#   $text (String) - the answer
directory-relay-answer =
    ↩️ { $sender } hat auf deine Nachricht aus dem Verzeichnis geantwortet:

    { $text }

## the yearly "still correct?"
# Variables:
#   $entry (String) - the directory entry's name
directory-review-ask = 📇 Einmal im Jahr fragen wir: Stimmt der Verzeichniseintrag „{ $entry }“ noch? Du bist dort als Ansprechperson eingetragen. Ohne Antwort innerhalb eines Monats wird er als vielleicht veraltet gezeigt.
directory-review-yes-button = 👍 Ja, stimmt noch
directory-review-remove-button = 🗑 Meinen Eintrag entfernen
directory-review-keep-button = ↩️ Eintrag behalten
directory-review-thanks = 👍 Danke – der Eintrag bleibt ein weiteres Jahr, wie er ist.
directory-review-edit-hint = ✏️ Das Organisationsteam deiner Partnerschaft ändert diesen Eintrag. Sag ihm, was nicht mehr stimmt – oder entferne deinen Eintrag.
directory-review-remove-ask = Dich als Ansprechperson dieses Eintrags entfernen? Leser sehen deinen Namen dann nicht mehr und können dir nicht mehr schreiben. Eine Organisation, die nur mit deinem Einverständnis eingetragen ist, verlässt das Verzeichnis auch.
directory-review-removed = 🗑 Du bist nicht mehr als Ansprechperson eingetragen.
