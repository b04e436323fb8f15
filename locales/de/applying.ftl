## Bewerbung auf einen Aufruf: die Seite des Aufrufs, Fragen einzeln, die Partnerstadt,
## die Unterstützungserklärung, Bestätigung, Einreichen und Eingangsbestätigung.

# Variables: $count (number) how many calls are open
apply-calls = { $count ->
    [1] Ein Aufruf ist offen für Bewerbungen. Tippe ihn an, um zu lesen, was er fragt.
    [one] { $count } Aufruf ist offen für Bewerbungen. Tippe ihn an, um zu lesen, was er fragt.
   *[other] { $count } Aufrufe sind offen für Bewerbungen. Tippe einen an, um zu lesen, was er fragt.
}
apply-calls-none = Gerade ist kein Aufruf offen für Bewerbungen. Wenn der nächste startet, bringt dich sein Link oder Plakat direkt dorthin.

# Variables: $countries (string) the countries, joined
apply-call-who = Wer sich bewerben kann: Städte, Partnerschaftsvereine und Initiativen aus { $countries }.
# Variables: $deadline (string) the deadline on the call's clock, $left (string) e.g. "in 3 weeks"
apply-call-deadline = Frist: { $deadline } (endet { $left }).
# Variables: $opens (string) the opening on the call's clock, $deadline (string) the deadline
apply-call-not-open = Dieser Aufruf startet am { $opens }. Frist: { $deadline }.
# Variables: $deadline (string) the deadline on the call's clock
apply-call-closed = Dieser Aufruf ist geschlossen: Die Frist endete am { $deadline }.
# Variables: $questions (number) how many questions each city answers
apply-call-asks = Du bekommst { $questions ->
    [1] eine Frage
    [one] { $questions } Frage
   *[other] { $questions } Fragen
}, eine nach der anderen; jede Antwort wird gespeichert, sobald du sie schickst.
# Variables: $questions (number), $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-call-asks-document = Du bekommst { $questions ->
    [1] eine Frage
    [one] { $questions } Frage
   *[other] { $questions } Fragen
}, eine nach der anderen; jede Antwort wird gespeichert, sobald du sie schickst. Schick außerdem dieses Dokument als Datei ({ $types }, bis { $limit } MB): { $document }.
apply-call-data = Deine Daten: Wir speichern deine Antworten, deine Stadt, die angegebenen Kontaktdaten und die geschickten Dokumente für das Organisationsteam des Aufrufs und die Bewertung der Bewerbungen. Mehr: /privacy
apply-call-language = In welcher Sprache möchtest du schreiben?
# Variables: $status (string) draft, submitted, not_submitted or withdrawn, $version (number) submitted versions
apply-status = { $status ->
    [submitted] Deine Bewerbung: eingereicht (Version { $version }).
    [not_submitted] Deine Bewerbung: nicht eingereicht (die Frist ist vorbei).
    [withdrawn] Deine Bewerbung: zurückgezogen.
   *[draft] Deine Bewerbung: Entwurf, noch nicht eingereicht.
}

apply-ask-city = Für welche Stadt bewirbst du dich? Schreib ihren Namen.
# Variables: $city (string) the city typed
apply-ask-country = In welchem Land liegt { $city }?
# Variables: $city (string) the applicant's city
apply-ask-zone = Wie spät ist es in { $city }? Wähle die Stadt mit derselben Uhrzeit.
apply-city-empty = Bitte schreib den Namen der Stadt.
# Variables: $limit (number) characters
apply-city-too-long = Das ist zu lang für einen Stadtnamen (höchstens { $limit } Zeichen).
# Variables: $cities (string) the cities of the existing application
apply-city-twice-yours = Achtung: Diese Stadt ist schon in deiner Bewerbung { $cities } auf diesen Aufruf. Öffne sie über die Seite des Aufrufs – oder mach weiter, wenn es wirklich eine zweite Bewerbung ist.
# Variables: $cities (string) the cities of the existing application
apply-city-twice = Achtung: Für diese Stadt gibt es schon eine Bewerbung auf diesen Aufruf ({ $cities }). Wenn du dazugehörst, bitte die Person, die sie begonnen hat, um den Partner-Link. Du kannst trotzdem weitermachen: Eine zweite Initiative derselben Stadt darf sich eigenständig bewerben, die Organisator:innen sehen beide.
apply-details-saved = Gespeichert.

apply-contact-institution = Welche Institution bewirbt sich (Stadtverwaltung, Verein oder Initiative)?
apply-contact-contact_person = Wer ist die Kontaktperson?
apply-contact-contact_details = Wie erreichen die Organisator:innen die Kontaktperson (E-Mail, Telefon)?

# Variables: $number (number) the question's place, $total (number) how many there are, $city (string) the applicant's city
apply-question-where = Frage { $number } von { $total } · { $city }
# Variables: $required (string) yes or no, $choice (string) yes when buttons offer the answers, $limit (number) characters
apply-question-how = { $choice ->
    [yes] Wähle eine der Antworten unten.
   *[no] { $required ->
        [yes] Schreib deine Antwort (bis { $limit } Zeichen).
       *[no] Schreib deine Antwort (bis { $limit } Zeichen) oder überspring die Frage.
    }
}
# The answer follows after it (joined in code: an answer may be longer than a placeable may be)
apply-question-earlier = Deine bisherige Antwort:
apply-answer-saved = Antwort gespeichert.
# Variables: $count (number) confirmations withdrawn by the change
apply-answer-saved-withdrawn = { $count ->
    [1] Gespeichert. Die Bestätigung wurde zurückgenommen: Bitte bestätige vor dem Einreichen noch einmal.
   *[other] Gespeichert. Beide Bestätigungen wurden zurückgenommen: Jede Stadt bestätigt noch einmal.
}
apply-answer-empty = Die Antwort ist leer. Bitte schreib deine Antwort.
# Variables: $limit (number) characters allowed, $length (number) characters sent
apply-answer-too-long = Die Antwort hat { $length } Zeichen, es passen höchstens { $limit }. Bitte kürze sie und schick sie noch einmal.
apply-paused = Alles, was du geantwortet hast, ist gespeichert. Mach weiter, wann du willst: /apply oder der Link des Aufrufs bringt dich zur nächsten Frage.
apply-welcome-back = Willkommen zurück! Hier hast du aufgehört.
apply-review-use-buttons = Um eine Antwort zu ändern, nimm ihren Knopf unten; die Unterstützungserklärung schickst du als Datei.
# Variables: $city (string) the city that invites
apply-invited = { $city } lädt dich ein, dich gemeinsam als Partnerstadt zu bewerben. Lies zuerst den Aufruf; beitreten kannst du mit dem Knopf unten.
# Variables: $call (string) the call's title, $city (string) the city that started the application
apply-joined = Du bist der Bewerbung auf „{ $call }“ beigetreten, die { $city } begonnen hat. Gib bitte deine Stadt an und beantworte jede Frage in deiner Sprache.

# Variables: $call (string) the call's title, $city (string) the reader's city
apply-review-title = { $call }: die Bewerbung von { $city }
apply-review-yours = Deine Antworten:
# Variables: $city (string) the partner city, $answered (number), $total (number), $signed (string) yes or no
apply-review-partner = Partnerstadt { $city }: { $answered } von { $total } beantwortet, { $signed ->
    [yes] bestätigt.
   *[no] noch nicht bestätigt.
}
# Variables: $signed (string) yes or no
apply-review-own-sign = { $signed ->
    [yes] Du hast deine Antworten bestätigt.
   *[no] Du hast deine Antworten noch nicht bestätigt.
}
apply-review-no-partner = Noch keine Partnerstadt: Lade sie mit dem Knopf unten ein.
# Variables: $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-review-document-missing = { $document }: noch nicht geschickt. Schick sie hier als Datei ({ $types }, bis { $limit } MB).
# Variables: $document (string) the document's name, $file (string) the file's name, $size (number) kilobytes
apply-review-document = { $document }: erhalten ({ $file }, { $size } KB).
# Variables: $lines (string) one line per missing item
apply-review-missing = Was vor dem Einreichen noch fehlt:
    { $lines }
apply-review-ready = Alles da: Du kannst einreichen.

# Variables: $city (string) the city
apply-missing-details = { $city } hat Stadt und Land noch nicht angegeben.
apply-missing-partner = Die Partnerstadt ist noch nicht beigetreten.
# Variables: $city (string) the city, $count (number) required answers missing
apply-missing-answers = { $city } fehlt noch { $count ->
    [1] eine Pflichtantwort.
    [one] { $count } Pflichtantwort.
   *[other] { $count } Pflichtantworten.
}
# Variables: $document (string) the document's name
apply-missing-document = Noch nicht geschickt: { $document }.
# Variables: $city (string) the city
apply-missing-sign-off = { $city } hat noch nicht bestätigt.
apply-not-answered = (noch nicht beantwortet)
apply-skipped = (übersprungen: eine freiwillige Frage)
# Variables: $position (number) 0 for the city that started, 1 for the partner
apply-party-no-city = { $position ->
    [0] die bewerbende Stadt
   *[other] die Partnerstadt
}

# Variables: $opens (string) the opening on the call's clock
apply-error-not-open = Dieser Aufruf startet am { $opens }.
# Variables: $deadline (string) the deadline on the call's clock
apply-error-closed = Die Frist ist vorbei ({ $deadline }): Es lässt sich nichts mehr ändern.
apply-invite-partner-there = Die Partnerstadt ist schon beigetreten.
apply-invite-below = Die Einladung für deine Partnerstadt steht in der nächsten Nachricht: Leite sie so, wie sie ist, an die Person weiter, die sich für die Partnerstadt bewirbt.
# Variables: $city (string) the inviting city, $call (string) the call's title, $deadline (string) until when the link works, $link (string) the one-time link
apply-invite-link = { $city } lädt dich ein, dich gemeinsam als Partnerstadt auf „{ $call }“ zu bewerben. Öffne den Link, um den Aufruf zu lesen und beizutreten (er gilt einmal, bis { $deadline }):
    { $link }
apply-join-unknown = Dieser Partner-Link ist ungültig. Bitte frag nach einem neuen.
apply-join-used = Dieser Partner-Link wurde schon benutzt. Bitte frag die Stadt, die ihn geschickt hat, nach einem neuen.
apply-join-expired = Dieser Partner-Link ist abgelaufen. Bitte frag die Stadt, die ihn geschickt hat, nach einem neuen.

apply-document-none = Dieser Aufruf verlangt keine Dokumente.
# Variables: $types (string) e.g. "PDF, JPG, PNG"
apply-document-wrong-type = Diesen Dateityp können wir nicht verwenden. Bitte schick eine Datei als { $types }.
# Variables: $limit (number) megabytes allowed, $size (number) megabytes sent
apply-document-too-big = Diese Datei hat { $size } MB; angenommen werden höchstens { $limit } MB. Bitte schick eine kleinere Datei (zum Beispiel einen Scan mit geringerer Auflösung).
# Variables: $file (string) the file's name
apply-document-saved = Erhalten: { $file }.

apply-sign-incomplete = Gib bitte zuerst deine Stadt und alle Pflichtantworten an, dann kannst du bestätigen.
# Variables: $city (string) the reader's city
apply-signed = Für { $city } bestätigt.
# Variables: $city (string) the reader's city
apply-sign-ask = Die Antworten für { $city } bestätigen? Das Einreichen beruht auf dieser Bestätigung. Ändert später jemand eine Antwort, wird sie zurückgenommen und du bestätigst noch einmal.
# Variables: $version (number) the new version, $cities (string) the cities, $count (number) people who get a receipt
apply-submit-ask = Die Bewerbung von { $cities } einreichen (Version { $version })? { $count ->
    [1] Du bekommst
    [2] Ihr beide bekommt
    [one] { $count } Person bekommt
   *[other] Alle { $count } Personen bekommen
} eine Eingangsbestätigung mit allen Antworten. Bis zur Frist kannst du Antworten noch ändern und erneut einreichen.
# Variables: $missing (string) who and what is missing, one per line
apply-submit-missing = Noch nicht möglich:
    { $missing }
# Variables: $version (number) the submitted version
apply-submit-unchanged = Version { $version } ist eingereicht, und seitdem hat sich nichts geändert.
# Variables: $version (number) the submitted version
apply-submitted = Eingereicht: Version { $version }. Eine Eingangsbestätigung mit allen Antworten ist unterwegs.

# Variables: $city (string) the city that changed something, $call (string) the call's title
apply-notice-changed = { $city } hat die Bewerbung auf „{ $call }“ geändert. Alle Bestätigungen sind zurückgesetzt: Bitte prüf die Antworten und bestätige noch einmal.
# Variables: $city (string) the partner city, $call (string) the call's title
apply-notice-joined = { $city } ist deiner Bewerbung auf „{ $call }“ als Partnerstadt beigetreten.
# Variables: $city (string), $call (string) the call's title, $statement (string) what the call asks for, $file (string) the file's name
apply-notice-document = { $city } hat für „{ $call }“ das Dokument geschickt: { $statement } ({ $file }).
# Variables: $city (string) the city that confirmed, $call (string) the call's title
apply-notice-signed = { $city } hat die Bewerbung auf „{ $call }“ bestätigt.
# Variables: $call (string) the call's title, $deadline (string) the deadline on the call's clock
apply-notice-not-submitted = Die Frist von „{ $call }“ ist vorbei ({ $deadline }). Deine Bewerbung wurde nicht eingereicht und bleibt ein Entwurf, den die Organisator:innen nicht bewerten.

# Variables: $version (number), $call (string) the call's title, $when (string) the moment on the call's clock
apply-receipt = Eingangsbestätigung: Deine Bewerbung auf „{ $call }“ wurde am { $when } eingereicht (Version { $version }). Im PDF stehen alle Antworten; eine Kopie folgt als Nachrichten.
# Variables: $part (number), $parts (number); the answers follow below it
apply-receipt-answers = Deine Bewerbung ({ $part }/{ $parts }):
# Variables: $city (string), $country (string), $language (string) the language the city answered in
apply-receipt-party = ——— { $city }, { $country } (Antworten auf { $language }) ———
# Variables: $name (string) the file's name, $size (number) kilobytes, $sha (string) the checksum
apply-receipt-document = Dokument: { $name } ({ $size } KB, SHA-256 { $sha })

apply-button-apply = 📝 Bewerben
apply-button-continue = ▶️ Bewerbung fortsetzen
apply-button-open = 📋 Meine Bewerbung öffnen
apply-button-calls = ⬅️ Offene Aufrufe
apply-button-call = ⬅️ Zum Aufruf
apply-button-later = ⏸ Später
apply-button-review = 📋 Übersicht
# Variables: $number (number) the question's number
apply-button-edit = ✏️ Nr. { $number }
apply-button-invite = 🤝 Partnerstadt einladen
# Variables: $city (string) the reader's city
apply-button-sign = Für { $city } bestätigen
apply-button-submit = 📨 Einreichen
apply-button-submit-ok = 📨 Ja, einreichen
apply-button-join = 🤝 Als Partnerstadt beitreten
apply-button-sign-ok = Ja, bestätigen

# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-error-decided = { $decision ->
    [accepted] Deine Bewerbung wurde angenommen: Sie kann nicht mehr geändert werden.
    [declined] Deine Bewerbung wurde abgelehnt: Sie kann nicht mehr geändert werden.
    [waitlisted] Deine Bewerbung steht auf der Warteliste: Sie kann nicht mehr geändert werden.
   *[other] Über diese Bewerbung ist entschieden: Sie kann nicht mehr geändert werden.
}
# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-status-decided = { $decision ->
    [accepted] Deine Bewerbung: angenommen 🎉 Sie kann nicht mehr geändert werden.
    [declined] Deine Bewerbung: abgelehnt. Sie kann nicht mehr geändert werden.
    [waitlisted] Deine Bewerbung: auf der Warteliste. Sie kann nicht mehr geändert werden.
   *[other] Deine Bewerbung: entschieden. Sie kann nicht mehr geändert werden.
}
# Variables: $version (number) the submitted version, $when (string) when, with whose clock
apply-review-submitted = Eingereicht: Version { $version } am { $when }. Wenn du eine Antwort änderst, kannst du erneut einreichen.
