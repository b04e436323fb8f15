## Bewerbungen auf einen Aufruf begutachten: die Bildschirme der Begutachtenden, Zuteilung, Rangliste

review-none = Du begutachtest bei keinem Aufruf Bewerbungen. Die Administration des Netzwerks kann dich mit einem Link dazu machen.
review-calls = Die Aufrufe, die du begutachtest. Wähle einen, um die dir zugeteilten Bewerbungen zu sehen.
review-open-list = Meine Bewerbungen
review-back-calls = ⬅️ Meine Aufrufe
review-back-list = ⬅️ Meine Bewerbungen
# Variables: $call (the call's title), $count (applications assigned to the reviewer)
review-list = { $call }

    { $count ->
        [0] Dir sind noch keine Bewerbungen zugeteilt. Du bekommst eine Nachricht, sobald es welche gibt.
        [one] Dir ist eine Bewerbung zugeteilt. Öffne sie, um die Antworten zu lesen und Punkte zu vergeben.
       *[other] Dir sind { $count } Bewerbungen zugeteilt. Öffne eine, um die Antworten zu lesen und Punkte zu vergeben.
    }
# Variables: $id (the application's number)
review-application-label = Bewerbung Nr. { $id }
# Variables: $lead (the city that started the application), $partner (the partner city)
review-pair-label = { $lead } – { $partner }
# Variables: $label (the application), $state (todo, started or done)
review-item = { $label } · { $state ->
        [done] eingereicht
        [started] begonnen
       *[todo] offen
    }
review-all-answers = 📄 Alle Antworten
review-back-questions = ⬅️ Frage für Frage
# Variables: $party (the city, or "City A" in a blind call)
review-all-city = { $party }: alle Antworten
# Variables: $documents (how many documents were sent above)
review-all-end = { $documents ->
    [0] Das sind alle Antworten.
    [one] Das sind alle Antworten, darüber das Dokument, das die Bewerbenden geschickt haben.
   *[other] Das sind alle Antworten, darüber die { $documents } Dokumente, die die Bewerbenden geschickt haben.
}

## Anonymes Begutachten: was an der Stelle eines Namens steht
review-blind-city = [Stadt]
review-blind-name = [Name]
review-blind-institution = [Institution]
# Variables: $letter (A, B, …: the party's place in the application)
review-blind-party = Stadt { $letter }

## Eine Frage einer Bewerbung
# Variables: $application (which application), $number (the question's number), $count (questions)
review-question-heading = { $application } · Frage { $number } von { $count }
# Variables: $question (the question as the call asks it)
review-question = { $question }
# Variables: $party (a city, or "City A" in blind mode)
review-answer-by = { $party }:
review-answer-skipped = (übersprungen: eine freiwillige Frage)
review-no-answers = Keine Antworten auf diese Frage.
review-contact-institution = Einrichtung
review-contact-contact_person = Ansprechperson
review-contact-contact_details = Kontaktdaten
# Variables: $mark (the language's flag), $language (the language's name)
review-state-machine = { $mark } maschinelle Übersetzung · Original auf { $language } einen Tipp entfernt
# Variables: $mark (the language's flag), $language (the language's name)
review-state-human = { $mark } von einem Menschen übersetzt · Original auf { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-original = { $mark } Original auf { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-unavailable = { $mark } { $language } · keine Übersetzung verfügbar, so wie geschrieben
review-previous = ◀️ Zurück
review-next = Weiter ▶️
review-show-original = Original zeigen
review-show-translation = Übersetzung zeigen
review-to-scores = ✍️ Bewerbung bewerten
review-back-application = ⬅️ Zur Bewerbung
review-read-answers = Antworten lesen

## Punkte vergeben
# Variables: $application (which application)
review-sheet = Deine Punkte für { $application }
# Variables: $name (the criterion), $weight (its weight), $score (the score given), $max (the highest score)
review-sheet-line = { $name } (Gewicht { $weight }): { $score } von { $max }
# Variables: $name (the criterion), $weight (its weight), $max (the highest score)
review-sheet-line-missing = { $name } (Gewicht { $weight }): noch keine Punkte
# Variables: $total (Σ weight × score), $highest (the highest possible total), $complete (yes or no)
review-sheet-total = { $complete ->
        [yes] Gewichtete Summe: { $total } von { $highest }
       *[no] Gewichtete Summe bisher: { $total } von { $highest }
    }
# Variables: $note (the reviewer's note)
review-sheet-note = Private Notiz (nur für die Administration sichtbar): { $note }
review-sheet-no-note = Keine private Notiz. Du kannst eine hinzufügen; nur die Administration sieht sie.
review-sheet-open = Vergib Punkte für jedes Kriterium und reiche dann ein. Eine eingereichte Bewertung lässt sich nicht mehr ändern.
review-sheet-submitted = Deine Bewertung ist eingereicht und lässt sich nicht mehr ändern.
# Variables: $number (the criterion's number), $count (criteria), $name (the criterion), $weight (its weight), $max (the highest score)
review-criterion = Kriterium { $number } von { $count }: { $name }
    Gewicht { $weight }. Wähle Punkte von 1 (schwach) bis { $max } (stark).
# Variables: $name (the criterion)
review-score-criterion = Punkte: { $name }
review-write-note = 📝 Private Notiz
review-submit = Bewertung einreichen
review-submit-yes = 📨 Einreichen
# Variables: $total (the weighted total), $highest (the highest possible total)
review-submit-ask = Bewertung einreichen? Gesamt { $total } von { $highest }. Danach kannst du sie nicht mehr ändern.
review-back-sheet = ⬅️ Zu den Punkten
review-back-answers = ⬅️ Antworten lesen
review-note-ask = Schreib deine private Notiz zu dieser Bewerbung. Nur die Administration sieht sie.
# Variables: $limit (characters allowed)
review-note-too-long = Die Notiz ist zu lang: höchstens { $limit } Zeichen, bitte.
review-note-saved = Notiz gespeichert.
review-submitted = Danke, deine Bewertung ist eingereicht.
# Variables: $criteria (the criteria still without a score)
review-error-unscored = Vergib zuerst Punkte für jedes Kriterium. Noch ohne Punkte: { $criteria }
review-error-submitted = Diese Bewertung ist eingereicht und lässt sich nicht mehr ändern.
review-error-unknown = Diese Bewerbung ist (nicht mehr) für dich da.
review-error-not-reviewer = Du begutachtest bei diesem Aufruf keine Bewerbungen.

## Begutachtende zuteilen (Administration)
# Variables: $call (the call's title), $applications, $reviewers, $per (reviews per application), $new (new assignments), $reached (reviewers who get a message), $short (applications short of reviewers), $avoided (conflicts of interest avoided)
review-assign-ask = Begutachtende den Bewerbungen auf „{ $call }“ zuteilen?

    Eingereichte Bewerbungen: { $applications }
    Begutachtende: { $reviewers }
    Bewertungen je Bewerbung: { $per }
    Neue Zuteilungen: { $new }
    Begutachtende, die eine Nachricht bekommen: { $reached }
    Bewerbungen mit zu wenigen Begutachtenden: { $short }
    Vermiedene Interessenkonflikte: { $avoided }

    Wer mit einer bewerbenden Stadt oder Institution verbunden ist, bekommt deren Bewerbung nie.
review-assign-nothing = Nichts Neues zuzuteilen.
review-assign-confirm = Zuteilen
review-assign-cancelled = Abgebrochen: nichts wurde zugeteilt, niemand benachrichtigt.
# Variables: $new (assignments made), $reached (reviewers told)
review-assign-done = Zuteilungen: { $new }. Benachrichtigte Begutachtende: { $reached }.
review-open-ranking = 📊 Rangliste
review-back-call = ⬅️ Zum Aufruf
# Variables: $call (the call's title), $count (applications newly assigned)
review-assigned-notice = Du wirst gebeten, Bewerbungen auf „{ $call }“ zu begutachten. Neu zugeteilt: { $count }. Öffne deine Liste, um sie zu lesen und Punkte zu vergeben.

## Die Rangliste (Administration)
# Variables: $call (the call's title), $page (this page), $pages (how many)
review-ranking = Rangliste von „{ $call }“ · Seite { $page } von { $pages }
review-ranking-empty = Noch keine eingereichten Bewerbungen.
# Variables: $rank (the place), $label (the application), $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row = { $rank }. { $label }: Durchschnitt { NUMBER($mean, maximumFractionDigits: 1) } von { $highest }, Bewertungen { $done } von { $assigned }
# Variables: $rank (the place), $label (the application), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row-unscored = { $rank }. { $label }: noch keine Bewertung eingereicht, Bewertungen { $done }/{ $assigned }
review-ranking-disagree = ⚠ Begutachtende uneins
# Variables: $highest (the highest possible total), $threshold (the spread that is flagged)
review-ranking-explain = Durchschnitt der gewichteten Summen der Begutachtenden (höchstens möglich: { $highest }). „⚠ Begutachtende uneins“ heißt: Die Summen liegen mindestens { $threshold } Punkte auseinander, ein Viertel der höchsten möglichen Summe.
# Variables: $rank (the place), $label (the application)
review-ranking-button = { $rank }. { $label }
review-open-letters = ✉️ Entscheidungsbriefe
review-back-ranking = ⬅️ Rangliste
review-decide-accepted = Annehmen
review-decide-declined = Ablehnen
review-decide-waitlisted = Auf die Warteliste
# Variables: $id (the application's number), $cities (the applicant cities)
review-admin-heading = Bewerbung Nr. { $id }: { $cities }
# Variables: $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures = Durchschnitt { NUMBER($mean, maximumFractionDigits: 1) } von { $highest }, Bewertungen { $done } von { $assigned }
# Variables: $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures-none = Noch keine Bewertung eingereicht, Bewertungen { $done }/{ $assigned }
# Variables: $name (the reviewer), $total (their weighted total), $highest (the highest possible), $submitted (yes or no)
review-admin-reviewer = { $name }: { $total } von { $highest }{ $submitted ->
        [yes] {""}
       *[no] {" "}(vergibt noch Punkte)
    }
# Variables: $criterion (its name), $score (the score)
review-admin-score = · { $criterion }: { $score }
# Variables: $note (the reviewer's private note)
review-admin-note = Notiz: { $note }
# Variables: $names (reviewers who scored nothing yet)
review-admin-waiting = Zugeteilt, noch keine Punkte: { $names }
review-admin-none = Noch niemand zum Begutachten zugeteilt.

# Variables: $spread (how far apart the highest and the lowest total are)
review-differ = { $spread ->
    [0] die Begutachtenden geben dieselbe Summe
    [one] die Begutachtenden liegen bis zu { $spread } Punkt auseinander
   *[other] die Begutachtenden liegen bis zu { $spread } Punkte auseinander
}
review-decision-accepted = ✅ angenommen
review-decision-declined = ✖️ abgesagt
review-decision-waitlisted = ⏳ Warteliste
