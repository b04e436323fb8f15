## stories
## Eine Geschichte schreiben: der Entwurf des Bots, die Bearbeitung im Team, Fotos, Einverständnis.

story-gone = Diese Geschichte gibt es nicht mehr, oder du kannst sie nicht bearbeiten.
story-exists = Dieses Team hat schon eine Geschichte. Die Mitglieder schreiben daran.
story-not-draft = Die Geschichte liegt dem Organisationsteam zur Prüfung vor und kann jetzt nicht geändert werden.
story-error-empty = Bitte schreib ein paar Worte.
# Variables:
#   $limit (Number) - the most characters allowed
#   $length (Number) - how many the text has
story-error-long = Das sind { $length } Zeichen; bitte höchstens { $limit }.
# Variables:
#   $limit (Number) - the most photos a story may have
story-photos-full = Die Geschichte hat { $limit } Fotos, mehr geht nicht. Entferne zuerst eines.

# Variables:
#   $city (String) - the person's home city
story-anonymous = ein Teammitglied aus { $city }
story-anonymous-no-city = ein Teammitglied
story-no-city = ohne Stadt

## Zeitleiste
# Variables:
#   $author (String) - who proposed the idea (a name, or "a team member from …")
story-timeline-idea = { $author } hat die Idee vorgeschlagen.
story-timeline-idea-unnamed = Die Idee wurde vorgeschlagen.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - the city the idea came from
story-timeline-idea-workshop = Sie stammt aus dem { $kind ->
    [kickoff] Kick-off-Workshop
   *[other] Workshop
} „{ $workshop }“ am { $date }, aus { $city }.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - empty
story-timeline-idea-online = Sie stammt aus dem { $kind ->
    [kickoff] Kick-off-Workshop
   *[other] Workshop
} „{ $workshop }“ am { $date }.{ $city }
# Variables:
#   $city (String) - the city the idea came from
story-timeline-idea-city = Sie stammt aus { $city }.
# Variables:
#   $members (String) - members per city, as a list
story-timeline-team = Das Team hat sich gebildet: { $members }.
# Variables:
#   $city (String) - a city
#   $count (Number) - members from there
story-members-in-city = { $city }: { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
# Variables:
#   $number (Number) - the check-in's number
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-checkin = Check-in { $number } (Antworten: { $answered } von { $members })
# Variables:
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-closing = Das Projekt endete mit dem Abschluss-Check-in (Antworten: { $answered } von { $members }).
# Variables:
#   $person (String) - who named it
story-timeline-blocker = { $person } hat ein Hindernis genannt.
# Variables:
#   $person (String) - who had named it
story-timeline-resolved = Das Hindernis, das { $person } genannt hatte, ist gelöst.

story-team-intro = Menschen aus beiden Städten haben daran gearbeitet:
# Variables:
#   $city (String) - a city
#   $names (String) - its members, as a list
story-team-city = { $city }: { $names }
# Variables:
#   $person (String) - the idea's author
story-team-author = Die Idee kam von { $person }.

# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-drafted-member = 📖 Der Bot hat einen Entwurf für die Geschichte deines Teams „{ $title }“ geschrieben. Bearbeite ihn Abschnitt für Abschnitt, füge Fotos hinzu und schick ihn zur Prüfung.

    Das steht über dich darin:
    { $excerpt }

    Darf die Geschichte dich mit Namen nennen und die Fotos zeigen, die du hinzufügst? Wenn nicht, nennt sie dich „ein Teammitglied aus“ deiner Stadt, in jeder Sprache.
# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-consent-ask-author = 📖 Das Team, das an deiner Idee arbeitet, schreibt seine Geschichte „{ $title }“.

    Das steht über dich darin:
    { $excerpt }

    Darf die Geschichte dich mit Namen nennen? Wenn nicht, nennt sie dich „ein Teammitglied aus“ deiner Stadt, in jeder Sprache.
story-consent-yes = Ja, mit meinem Namen
story-consent-no = Nein, ohne meinen Namen
story-open-draft = 📖 Entwurf öffnen
story-consent-saved-yes = Danke: Die Geschichte darf dich nennen. Du kannst das im Entwurf ändern.
story-consent-saved-no = Die Geschichte nennt dich nicht mit Namen. Du kannst das im Entwurf ändern.

# Variables:
#   $status (String) - draft, review, published or withdrawn
story-draft-head = 📖 { $status ->
    [review] Die Geschichte deines Teams, beim Organisationsteam zur Prüfung
    [published] Die Geschichte deines Teams, veröffentlicht
    [withdrawn] Die Geschichte deines Teams, vom Organisationsteam zurückgenommen
   *[draft] Die Geschichte deines Teams: Entwurf
}
story-section-title = 🏷 Titel
story-section-idea = 💡 Die Idee
story-section-team = 👥 Das Team
story-section-blockers = 🚧 Hindernisse
story-section-outcome = 🏁 Was daraus wurde
story-section-timeline = 🗓 Zeitleiste
story-machine = 🤖 maschinell übersetzt
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
story-shown-in = { $mark } auf { $language }, wie geschrieben
# Variables:
#   $date (String) - the day
#   $text (String) - what happened
story-timeline-line = • { $date }: { $text }
# Variables:
#   $count (Number) - entries left out
story-timeline-more = • … { $count ->
    [one] { $count } weiterer Eintrag
   *[other] { $count } weitere Einträge
}
# Variables:
#   $count (Number) - photos
story-photos-count = 📷 { $count ->
    [0] Noch keine Fotos.
    [one] { $count } Foto.
   *[other] { $count } Fotos.
}
story-consent-head = 🤝 Wer mit Namen genannt werden darf
# Variables:
#   $name (String) - the person's first name
#   $state (String) - given, declined or pending
#   $shown (String) - how the story calls them without consent
story-consent-line = { $state ->
    [given] ✅ { $name }: einverstanden
    [declined] ❌ { $name }: nicht einverstanden, erscheint als „{ $shown }“
   *[pending] ⏳ { $name }: noch keine Antwort, erscheint bis dahin als „{ $shown }“
}
# Variables:
#   $reviewers (Number) - organisers who will read it
story-draft-footer = Ändere jeden Abschnitt mit ✏️; schreib in deiner Sprache. Wenn alles passt, schick die Geschichte zur Prüfung: { $reviewers ->
    [0] das Organisationsteam liest sie
    [one] { $reviewers } Organisator:in liest sie
   *[other] { $reviewers } Organisator:innen lesen sie
} und veröffentlicht sie.
story-edit-title = ✏️ Titel
story-edit-idea = ✏️ Idee
story-edit-team = ✏️ Das Team
story-edit-blockers = ✏️ Hürden
story-edit-outcome = ✏️ Ergebnis
# Variables:
#   $count (Number) - photos
story-photos = 📷 Fotos ({ $count })
story-review = 📨 Zur Prüfung schicken
story-back-team = ⬅️ Zurück zum Team

# Variables:
#   $section (String) - the section's name
#   $language (String) - the writer's language
story-edit-ask = ✏️ Schick den neuen Text für „{ $section }“ auf { $language }. Namen aus deinem Team erscheinen nur bei denen, die einverstanden sind. Bisher steht da:
story-edit-ask-empty = (leer)
# Variables:
#   $language (String) - the language it was written in
#   $count (Number) - machine versions made
story-edit-saved-machine = ✅ Auf { $language } gespeichert. Die anderen Sprachen sind jetzt maschinelle Übersetzungen davon ({ $count }), so gekennzeichnet.
# Variables:
#   $language (String) - the language it was written in
story-edit-saved-original = ✅ Auf { $language } gespeichert. Wer eine andere Sprache liest, sieht den Text auf { $language } (mit Angabe der Sprache), bis ihn jemand übersetzt.

# Variables:
#   $count (Number) - photos the story has
#   $limit (Number) - the most it may have
story-photos-ask = 📷 Schick Fotos als Bilder, eins nach dem anderen (höchstens { $limit }; die Geschichte hat { $count }). Der Bot entfernt Standort- und Kameradaten, bevor er eine Kopie behält. Veröffentlicht werden nur Fotos von Menschen, die mit Namen genannt werden dürfen.
# Variables:
#   $count (Number) - photos the story has now
#   $limit (Number) - the most it may have
story-photo-added = ✅ Foto hinzugefügt ({ $count } von { $limit }), ohne Standort- und Kameradaten.
story-photo-unreadable = Diese Datei ist kein Foto, das der Bot lesen kann. Bitte schick ein JPEG- oder PNG-Bild.
story-photo-send-one = Bitte schick ein Foto oder geh zurück zum Entwurf.
# Variables:
#   $number (Number) - the photo's number on the screen
story-photo-remove = 🗑 { $number }
story-photos-done = ⬅️ Zurück zum Entwurf

# Variables:
#   $count (Number) - organisers who get it
#   $missing (Number) - people who have not answered the consent question
story-review-ask = 📨 Die Geschichte zur Prüfung schicken? { $count ->
    [one] { $count } Organisator:in bekommt sie
   *[other] { $count } Organisator:innen bekommen sie
}; solange sie prüfen, kann die Geschichte nicht geändert werden. { $missing ->
    [0] Alle, die sie nennt, haben geantwortet.
    [one] { $missing } Person, die sie nennt, hat noch nicht geantwortet: Die Veröffentlichung wartet darauf.
   *[other] { $missing } Personen, die sie nennt, haben noch nicht geantwortet: Die Veröffentlichung wartet darauf.
}
# Variables:
#   $count (Number) - organisers who get it
story-review-send = 📨 Senden ({ $count })
# Variables:
#   $count (Number) - organisers who were told
story-review-sent = 📨 Zur Prüfung geschickt. { $count ->
    [0] Noch niemand aus dem Organisationsteam konnte benachrichtigt werden; sie sehen sie in ihren Werkzeugen.
    [one] { $count } Organisator:in wurde benachrichtigt.
   *[other] { $count } Organisator:innen wurden benachrichtigt.
}
# Variables:
#   $title (String) - the story's title
#   $name (String) - who sent it
#   $missing (Number) - people who have not answered the consent question
story-review-notice = 📖 { $name } hat die Team-Geschichte „{ $title }“ zur Prüfung geschickt. { $missing ->
    [0] Alle, die sie nennt, haben die Frage nach dem Einverständnis beantwortet.
    [one] { $missing } Person, die sie nennt, hat noch nicht geantwortet.
   *[other] { $missing } Personen, die sie nennt, haben noch nicht geantwortet.
}
story-review-open = 📖 Geschichte prüfen

story-request = 📖 Team-Geschichte entwerfen
# Variables:
#   $count (Number) - people who will be asked
story-request-ask = 📖 Die Geschichte des Teams jetzt entwerfen? Der Bot schreibt sie aus der Idee, den Check-ins und den bisherigen Antworten und fragt { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}, ob die Geschichte sie mit Namen nennen darf.
# Variables:
#   $count (Number) - people who will be asked
story-request-yes = 📖 Entwerfen, { $count } fragen
# Variables:
#   $count (Number) - people who were asked
story-requested = 📖 Der Entwurf ist fertig. { $count ->
    [one] { $count } Person wurde gefragt
   *[other] { $count } Personen wurden gefragt
}, ob die Geschichte sie nennen darf; das Team bearbeitet ihn und schickt ihn zur Prüfung.
story-open = 📖 Unsere Geschichte
