## Programmaufrufe: womit ein neuer Aufruf beginnt (die Administration kann alles ändern).

call-default-title = Twin City Booster: Bewerbt euch als Partnerstädte
call-default-text = Der Twin City Booster lädt Städte, Partnerschaftsvereine und Initiativen aus Belarus, Deutschland, Russland und der Ukraine mit einer bestehenden oder geplanten Städtepartnerschaft ein. Bewerbt euch gemeinsam mit eurer Partnerstadt: Jede Stadt antwortet in ihrer eigenen Sprache. Die Stadtverwaltung bestätigt ihre Unterstützung mit einer unterschriebenen Erklärung.
call-default-question-who = Wer seid ihr? Nennt beide Städte und eure Institution.
call-default-question-hopes = Was erhofft ihr euch von der Partnerschaft?
call-default-question-why = Warum möchtet ihr teilnehmen?
call-default-question-else = Möchtet ihr uns sonst noch etwas sagen?
call-default-document-support = Unterstützungserklärung der Stadtverwaltung (unterschrieben)
call-default-criterion-motivation = Motivation
call-default-criterion-potential = Potenzial der Partnerschaft
call-default-criterion-support = Unterstützung vor Ort
call-default-criterion-feasibility = Umsetzbarkeit

calls-error-unknown = Diesen Aufruf gibt es nicht (mehr).

commands-apply = Bei einem Programmaufruf bewerben
commands-calls = Programmaufrufe: vorbereiten, öffnen, entscheiden

## Programmaufrufe: die Bildschirme der Administration (/calls).

calls-staff-button = 📣 Programmaufrufe
calls-home-title = 📣 <b>Programmaufrufe</b>
calls-home-empty = Noch keine Aufrufe. Ein neuer Aufruf beginnt mit den Vorgaben des Programms; ändere, was du brauchst, dann veröffentliche ihn.
# Variables:
#   $title (String) - the call's title in the reader's language
#   $phase (String) - where the call stands, e.g. "open until Thu, 31 Dec 2026, 23:59 Berlin time"
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-home-line = <b>{ $title }</b>
    { $phase } · Entwürfe: { $drafts } · eingereicht: { $submitted }
calls-new = ➕ Neuer Aufruf
calls-created = Ein neuer Aufruf mit den Vorgaben des Programms. Niemand sieht ihn, bis du ihn veröffentlichst.
calls-all = ⬅️ Alle Aufrufe

calls-phase-preparing = in Vorbereitung, nicht veröffentlicht
# Variables:
#   $when (String) - the opening, with whose time it is
calls-phase-not-open = öffnet am { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-open = offen bis { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-closed = geschlossen seit { $when }

# Variables:
#   $title (String) - the call's title
#   $phase (String) - where the call stands
calls-card-title = 📣 <b>{ $title }</b>
    { $phase }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-opens = Beginn: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-deadline = Frist: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-decision = Auswahl bis: { $when }
# Variables:
#   $countries (String) - the countries joined as a list, e.g. "Belarus, Germany and Ukraine"
calls-card-countries = 🌍 Bewerben können Städte und Initiativen aus diesen Ländern: { $countries }
# Variables:
#   $count (Number) - all questions
#   $required (Number) - required questions
#   $contacts (Number) - contact fields among them
calls-card-questions = ❓ Fragen: { $count } (Pflicht: { $required }; Kontaktangaben: { $contacts })
# Variables:
#   $name (String) - the document's name
#   $types (String) - the file types, e.g. "PDF, JPG and PNG"
#   $size (Number) - the size limit in megabytes
calls-card-document = 📎 { $name }: { $types }, bis { $size } MB
# Variables:
#   $criteria (String) - the criteria with their weights, joined as a list
calls-card-criteria = ⚖️ Kriterien: { $criteria }
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-card-criterion = { $name } ×{ $weight }
# Variables:
#   $per (Number) - reviewers per application
calls-card-no-reviewers = 👥 Begutachtende: noch keine; { $per } pro Bewerbung
# Variables:
#   $count (Number) - reviewers of the call
#   $names (String) - their names, joined as a list
#   $per (Number) - reviewers per application
calls-card-reviewers = 👥 Begutachtende ({ $count }): { $names }; { $per } pro Bewerbung
calls-card-blind-on = 🙈 Anonyme Bewertung: Begutachtende sehen keine Namen von Personen, Städten oder Institutionen
calls-card-blind-off = 👁 Begutachtende sehen die Namen der Bewerbenden
# Variables:
#   $days (Number) - days after the selection date
calls-card-retention = { $days ->
    [one] 🗂 Hochgeladene Dokumente werden 1 Tag nach der Auswahl gelöscht
   *[other] 🗂 Hochgeladene Dokumente werden { $days } Tage nach der Auswahl gelöscht
}
# Variables:
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-card-applications = 📥 Bewerbungen: Entwürfe: { $drafts } · eingereicht: { $submitted }
# Variables:
#   $link (String) - the call's link for applicants
calls-card-link = 🔗 Link für Bewerbende: { $link }

calls-button-publish = 🚀 Veröffentlichen
calls-button-poster = 🖨 Plakat zum Ausdrucken
calls-button-edit = ✏️ Bearbeiten
calls-button-reviewers = 👥 Begutachtende
calls-button-assign = 🧮 Zuteilen
calls-button-ranking = 📊 Rangliste
calls-button-letters = ✉️ Briefe
calls-button-export = 📤 Exportieren

# Variables:
#   $title (String) - the call's title
#   $opens (String) - the opening, with whose time it is
#   $deadline (String) - the deadline, with whose time it is
calls-publish-ask = <b>{ $title }</b> veröffentlichen?
    Bewerbungen sind ab { $opens } möglich, bis { $deadline }. Wer den Link oder das Plakat hat, kann den Aufruf lesen und sich bewerben; die Termine kannst du weiter ändern.
calls-publish-yes = 🚀 Ja, veröffentlichen
calls-published = Veröffentlicht. Teile den Link unten oder drucke das Plakat.
calls-poster-caption = 🖨 Das Plakat des Aufrufs zum Ausdrucken: A4, mit Titel, Frist und dem QR-Code des Links.
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-poster-until = Bewerbt euch bis { $when }
# Variables:
#   $countries (String) - the countries joined as a list
calls-poster-who = Für Partnerstädte aus { $countries }: bewerbt euch gemeinsam
calls-poster-scan = Scanne den Code mit der Handykamera, um dich zu bewerben

## Begutachtende
# Variables:
#   $title (String) - the call's title
calls-reviewers-title = 👥 <b>Begutachtende für { $title }</b>
calls-reviewers-empty = Noch keine Begutachtenden. Lade jede Person mit ihrem eigenen Link ein.
# Variables:
#   $name (String) - the reviewer
#   $links (String) - the cities and organisations they are linked to, as a list
calls-reviewers-line = • { $name } (bekommt keine Bewerbungen von: { $links })
# Variables:
#   $name (String) - the reviewer
calls-reviewers-line-unlinked = • { $name }
calls-reviewers-invite = 🔗 Begutachtende einladen
# Variables:
#   $name (String) - the reviewer
calls-reviewers-remove = ✖️ { $name }
# Variables:
#   $until (String) - when the link stops working, with whose time it is
#   $link (String) - the link
calls-reviewers-link = Leite diesen Link an eine begutachtende Person weiter. Er funktioniert einmal, bis { $until }:
    { $link }
# Variables:
#   $name (String) - the reviewer
#   $title (String) - the call's title
calls-reviewers-remove-ask = { $name } aus den Begutachtenden für <b>{ $title }</b> entfernen? Diese Person bekommt dann keine Bewerbungen dieses Aufrufs mehr.
# Variables:
#   $count (Number) - their applications without a submitted review
calls-reviewers-remove-open = { $count ->
    [one] Die zugeteilte Bewerbung ohne eingereichte Bewertung wird frei (du kannst sie jemand anderem zuteilen); eingereichte Bewertungen bleiben.
   *[other] Die { $count } zugeteilten Bewerbungen ohne eingereichte Bewertung werden frei (du kannst sie anderen zuteilen); eingereichte Bewertungen bleiben.
}
calls-reviewers-remove-yes = ✖️ Ja, entfernen
# Variables:
#   $name (String) - the reviewer
calls-reviewers-removed = { $name } begutachtet diesen Aufruf nicht mehr.

# Variables:
#   $call (String) - the call's title
calls-reviewer-ask = Du bist eingeladen, Bewerbungen für <b>{ $call }</b> zu begutachten.

    Mit welchen Städten oder Organisationen bist du verbunden (du wohnst oder arbeitest dort oder bist Mitglied)? Deren Bewerbungen bekommst du nicht. Schreib sie auf, eine pro Zeile, oder tippe auf „Keine“.
# Variables:
#   $city (String) - the reviewer's own city
calls-reviewer-ask-city = Deine Stadt { $city } zählt schon mit.
calls-reviewer-none = Keine
# Variables:
#   $call (String) - the call's title
calls-reviewer-joined = Du begutachtest Bewerbungen für <b>{ $call }</b>. /review zeigt dir deine, sobald sie zugeteilt sind.
calls-reviewer-open-list = 📋 Zum Begutachten
calls-reviewer-link-unknown = Dieser Link für Begutachtende ist ungültig. Bitte das Organisationsteam um einen neuen.
calls-reviewer-link-used = Dieser Link für Begutachtende wurde schon benutzt. Jeder Link gilt für eine Person: Bitte das Organisationsteam um deinen eigenen.
calls-reviewer-link-expired = Dieser Link für Begutachtende ist abgelaufen. Bitte das Organisationsteam um einen neuen.

## Einen Aufruf bearbeiten
calls-edit-ask = Was möchtest du ändern?
calls-edit-title = 📝 Titel
calls-edit-text = 📄 Aufruftext
calls-edit-countries = 🌍 Länder
calls-edit-zone = 🕓 Zeitzone
calls-edit-opens = Beginn
calls-edit-deadline = Frist
calls-edit-decision = Auswahl
calls-edit-per-app = 👥 Begutachtende je Bewerbung
calls-edit-blind-on = 🙈 Anonym an · ausschalten
calls-edit-blind-off = 👁 Anonym aus · einschalten
calls-edit-retention = 🗂 Dokumente aufbewahren
calls-saved = 💾 Gespeichert.
# Variables:
#   $languages (String) - the languages the call has this text in, as a list
calls-edit-language-ask = In welcher Sprache? Vorhanden: { $languages }. Wer seine Sprache nicht findet, liest die englische Fassung.
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the title now in that language, or a dash
calls-edit-title-ask = Schreib den Titel auf { $language }.
    Jetzt: { $current }
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the text now in that language
calls-edit-text-ask = Schreib den Text des Aufrufs auf { $language }.
    Jetzt: { $current }
calls-edit-missing = (noch keiner)
calls-edit-countries-ask = Wer kann sich bewerben? Tippe auf ein Land, um es hinzuzufügen oder zu entfernen.
# Variables:
#   $zone (String) - the city whose clock the dates are on now
calls-edit-zone-ask = Nach welcher Uhr gelten die Termine des Aufrufs? Jetzt: Ortszeit { $zone }. Die Uhrzeiten bleiben gleich (23:59 bleibt 23:59).
# Variables:
#   $per (Number) - reviewers per application now
calls-edit-per-app-ask = Wie viele Begutachtende sollen jede Bewerbung bewerten? Jetzt: { $per }.
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-opens-ask = Schreib, ab wann Bewerbungen möglich sind, als Tag.Monat.Jahr Stunden:Minuten in Ortszeit { $zone }, z. B. { $example }.
    Jetzt: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-deadline-ask = Schreib die neue Frist als Tag.Monat.Jahr Stunden:Minuten in Ortszeit { $zone }, z. B. { $example }.
    Jetzt: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-decision-ask = Schreib, bis wann die Auswahl getroffen wird, als Tag.Monat.Jahr Stunden:Minuten in Ortszeit { $zone }, z. B. { $example }.
    Jetzt: { $current }
# Variables:
#   $days (Number) - days now
calls-edit-retention-ask = { $days ->
    [one] Wie viele Tage nach der Auswahl sollen hochgeladene Dokumente aufbewahrt werden? Schreib eine Zahl von 1 bis 3650. Jetzt: 1 Tag.
   *[other] Wie viele Tage nach der Auswahl sollen hochgeladene Dokumente aufbewahrt werden? Schreib eine Zahl von 1 bis 3650. Jetzt: { $days } Tage.
}

# Variables:
#   $example (String) - an example, e.g. "31.12.2027 23:59"
calls-error-date = Bitte schreib Datum und Uhrzeit so: { $example } (Tag.Monat.Jahr Stunden:Minuten).
calls-error-deadline-early = Die Frist muss nach dem Beginn liegen. Bitte schreib ein späteres Datum.
calls-error-deadline-late = Die Frist muss vor der Auswahl liegen. Bitte schreib ein früheres Datum oder verschiebe zuerst die Auswahl.
calls-error-opens-after-deadline = Bewerbungen müssen vor der Frist möglich werden. Bitte schreib ein früheres Datum.
calls-error-decision-early = Die Auswahl muss nach der Frist liegen. Bitte schreib ein späteres Datum.
calls-error-retention = Bitte schreib eine Zahl von Tagen zwischen 1 und 3650.
calls-error-text-empty = Bitte schreib einen Text.
calls-error-text-long = Das ist zu lang. Bitte kürze es.
calls-error-countries-empty = Mindestens ein Land muss sich bewerben können.
calls-error-link-long = Eine Zeile ist zu lang. Bitte schreib eine Stadt oder Organisation pro Zeile.
calls-error-links-many = Das sind zu viele. Bitte nenne höchstens 20 Städte oder Organisationen.

## Fragen und Kriterien eines Aufrufs
calls-edit-questions = ❓ Fragen
calls-edit-criteria = ⚖️ Kriterien
calls-contact-institution = Institution (Stadtverwaltung, Verein oder Initiative)
calls-contact-contact_person = Ansprechperson
calls-contact-contact_details = Kontaktdaten (E-Mail, Telefon)
# Variables:
#   $title (String) - the call's title
calls-questions-title = ❓ <b>Fragen von { $title }</b>
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
#   $state (String) - required or optional
calls-questions-line = { $number }. { $text } ({ $state })
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-questions-button = { $number }. { $text }
calls-question-required = Pflicht
calls-question-optional = freiwillig
calls-questions-locked = Es gibt schon Bewerbungen: Die Fragen bleiben, wie sie sind, damit alle Bewerbungen dieselben beantworten.
calls-questions-add-text = ➕ Freitext
calls-questions-add-choice = ➕ Auswahl
# Variables:
#   $number (Number) - the question's number
calls-question-title-text = ❓ <b>Frage { $number }</b> · Antwort als Freitext
# Variables:
#   $number (Number) - the question's number
calls-question-title-choice = ❓ <b>Frage { $number }</b> · Auswahl
# Variables:
#   $number (Number) - the question's number
calls-question-title-contact = ❓ <b>Frage { $number }</b> · Kontaktangabe
# Variables:
#   $text (String) - the question
calls-question-text = { $text }
# Variables:
#   $choices (String) - the choices, as a list
calls-question-choices = Auswahl: { $choices }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-required-line = Pflicht · Antworten bis { $max } Zeichen
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-optional-line = Freiwillig · Antworten bis { $max } Zeichen
# Variables:
#   $languages (String) - the languages the question is written in, as a list
calls-question-languages = Vorhanden auf { $languages }. Wer seine Sprache nicht findet, liest die englische Fassung.
calls-question-contact-note = Kontaktangaben formuliert der Bot in jeder Sprache. Sie können freiwillig werden, aber nicht entfernt.
calls-question-required-on = Pflicht · freiwillig machen
calls-question-required-off = Freiwillig · Pflicht machen
calls-question-max-length = 📏 Höchstlänge
calls-question-change-text = 📝 Wortlaut ändern
calls-question-remove = 🗑 Frage entfernen
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-question-remove-ask = Frage { $number } entfernen? „{ $text }“
calls-item-remove-yes = 🗑 Ja, entfernen
calls-item-removed = Entfernt.
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-question-ask = Schreib die neue Frage auf { $language }. Andere Sprachen kannst du danach ergänzen; bis dahin lesen alle diese Fassung.
calls-question-choices-ask = Schreib jetzt die Antwortmöglichkeiten, eine pro Zeile (2 bis 10).
# Variables:
#   $number (Number) - the question's number
#   $language (String) - the language, e.g. "German"
#   $current (String) - the question now in that language
calls-question-text-ask = Schreib Frage { $number } auf { $language }.
    Jetzt: { $current }
# Variables:
#   $max (Number) - the maximum length now
calls-question-max-length-ask = Wie lang darf eine Antwort sein, in Zeichen? Schreib eine Zahl von 20 bis 4000. Jetzt: { $max }.
# Variables:
#   $title (String) - the call's title
#   $scale (Number) - the highest score
calls-criteria-title = ⚖️ <b>Kriterien von { $title }</b>
    Alle Begutachtenden vergeben für jedes Kriterium 1 bis { $scale } Punkte; die Summe zählt jede Punktzahl mal ihrem Gewicht.
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criteria-line = • { $name }: Gewicht { $weight }
calls-criteria-locked = Die Bewertung hat begonnen: Kriterien und Gewichte bleiben, wie sie sind, damit alle Bewerbungen gleich bewertet werden.
calls-criteria-add = ➕ Neues Kriterium
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criterion-title = ⚖️ <b>{ $name }</b>: Gewicht { $weight }
    So oft zählen die Punkte in der Summe. Wähle ein Gewicht von 1 bis 3.
calls-criterion-remove = 🗑 Kriterium entfernen
# Variables:
#   $name (String) - the criterion
calls-criterion-remove-ask = Das Kriterium { $name } entfernen?
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-criterion-ask = Schreib den Namen des neuen Kriteriums auf { $language }.
calls-error-questions-locked = Es gibt schon Bewerbungen: Die Fragen können sich nicht mehr ändern.
calls-error-criteria-locked = Die Bewertung hat begonnen: Die Kriterien können sich nicht mehr ändern.
calls-error-criteria-empty = Mindestens ein Kriterium muss bleiben.
calls-error-contact-stays = Kontaktangaben können freiwillig werden, aber nicht entfernt.
calls-error-choices = Bitte schreib 2 bis 10 Antwortmöglichkeiten, eine pro Zeile.
calls-error-choice-long = Eine Antwortmöglichkeit ist zu lang. Bitte bleib unter 100 Zeichen.
calls-error-max-length = Bitte schreib eine Zahl von 20 bis 4000.
