## story_reading: veröffentlichte Geschichten für alle, und Organisator:innen veröffentlichen sie

menu-stories = 📖 Geschichten
commands-stories = Geschichten abgeschlossener Projekte

## Lesen
# Variables:
#   $count (Number) - published stories
stories-home = { $count ->
    [0] 📖 Geschichten
        Noch ist keine Geschichte veröffentlicht. Wenn ein Team sein Projekt abschließt, erscheint seine Geschichte hier.
    [one] 📖 Geschichten · eine Geschichte aus den Projekten der Teams:
   *[other] 📖 Geschichten · { $count } Geschichten aus den Projekten der Teams:
}
# Variables:
#   $theme (String) - the topic of the story's idea
#   $has_theme (String) - yes or no
#   $cities (String) - the partnership's cities, e.g. "Karlsruhe – Krasnodar"
stories-group = { $has_theme ->
    [yes] 🏷 { $theme } · { $cities }
   *[no] 🏷 { $cities }
}
stories-page-previous = ◀️ Zurück
stories-page-next = Mehr ▶️
stories-all = 📖 Alle Geschichten
stories-not-found = Diese Geschichte ist nicht (oder nicht mehr) veröffentlicht. Andere Geschichten findest du unter /stories.
stories-untitled = Die Geschichte eines Teams
stories-not-published-yet = 🔒 Noch nicht veröffentlicht: nur das Team und die Organisator:innen sehen das.
stories-heading-idea = 💡 Die Idee
# Variables:
#   $title (String) - the idea's title
#   $city (String) - the city the idea came from
#   $has_city (String) - yes or no
stories-idea-origin = { $has_city ->
    [yes] „{ $title }“, vorgeschlagen in { $city }
   *[no] „{ $title }“
}
stories-heading-team = 👥 Das Team
stories-heading-timeline = 🗓 Von der Idee zum Ergebnis
stories-heading-blockers = 🧱 Was im Weg stand
stories-heading-outcome = 🎯 Das Ergebnis
# Variables:
#   $day (String) - the date, e.g. "12 March 2026"
stories-timeline-line = • { $day }:
# Variables:
#   $kind (String) - what happened
stories-timeline-kind = { $kind ->
    [idea] die Idee wurde vorgeschlagen
    [team] das Team hat sich gebildet
    [checkin] ein Check-in
    [blocker] ein Problem tauchte auf
    [resolved] das Problem wurde gelöst
    [closing] das Projekt wurde abgeschlossen
   *[update] Neuigkeiten vom Team
}
stories-team-member = ein Teammitglied
# Variables:
#   $city (String) - the person's city
stories-team-member-from = ein Teammitglied aus { $city }
stories-machine-mark = 🤖 Teile dieser Geschichte sind maschinell übersetzt; das Original ist einen Tipp entfernt.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
stories-shown-in = { $mark } Teile stehen auf { $language }: noch keine Übersetzung.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the original language's name
stories-original = { $mark } Im Original ({ $language })
stories-original-shown = 📜 Das Original, wie das Team es geschrieben hat.
stories-in-my-language = 🌐 In meiner Sprache
# Variables:
#   $count (Number) - photos
stories-photos = { $count ->
    [one] 🖼 Das Foto
   *[other] 🖼 { $count } Fotos
}
# Variables:
#   $title (String) - the story's title
stories-photos-of = 🖼 Fotos zu „{ $title }“.
stories-back-to-story = ◀️ Zurück zur Geschichte
stories-open = 📖 Geschichte lesen

## Leute benachrichtigen
# Variables:
#   $title (String) - the story's title
stories-voters-told = 🎉 Die Idee, für die du gestimmt hast, ist ein Projekt geworden: „{ $title }“. Seine Geschichte ist jetzt veröffentlicht.
# Variables:
#   $title (String) - the story's title
stories-team-published = 📖 Die Geschichte eures Teams „{ $title }“ ist veröffentlicht. Alle, die für die Idee gestimmt haben, erfahren es.
# Variables:
#   $title (String) - the story's title
#   $note (String) - the organiser's note
stories-team-sent-back = ↩️ Die Organisator:innen haben eure Geschichte „{ $title }“ vor dem Veröffentlichen ans Team zurückgegeben. Ihre Notiz: { $note }

## Neuigkeiten zum Prüftermin
# Variables:
#   $title (String) - the story's title
stories-update-asked = 🗓 Die Geschichte eures Teams „{ $title }“ ist veröffentlicht. Was ist seitdem passiert? Eine Zeile genügt: sie kommt in die Zeitleiste der Geschichte.
stories-update-write = ✏️ Neuigkeit schreiben
# Variables:
#   $title (String) - the story's title
stories-update-ask = ✏️ Schreib eine Zeile zu „{ $title }“: Was ist passiert, seit die Geschichte veröffentlicht wurde?
stories-update-added = ✅ Danke: deine Neuigkeit steht in der Zeitleiste der Geschichte.
stories-update-done = Ein Teammitglied hat diese Neuigkeit schon geschrieben. Danke!
# Variables:
#   $limit (Number) - the longest update
stories-update-length = Bitte schreib eine Zeile mit höchstens { $limit } Zeichen.

## Organisator:innen: prüfen und veröffentlichen
stories-review-button = 📖 Geschichten
# Variables:
#   $count (Number) - all stories of the partnership
#   $waiting (Number) - stories waiting for review
stories-review-list = { $count ->
    [0] 📖 Geschichten
        Noch hat kein Team eine Geschichte geschrieben. Teams entwerfen eine, wenn sie ihr Projekt abschließen.
   *[other] 📖 Geschichten · { $waiting ->
        [0] keine wartet auf deine Prüfung.
        [one] eine wartet auf deine Prüfung (📥).
       *[other] { $waiting } warten auf deine Prüfung (📥).
    }
}
# Variables:
#   $status (String) - the story's status
stories-status = { $status ->
    [review] 📥 Wartet auf deine Prüfung.
    [published] 📖 Veröffentlicht: Leser:innen sehen sie wie unten.
    [withdrawn] 🚫 Zurückgenommen: Leser:innen sehen sie nicht mehr.
   *[draft] ✏️ Das Team schreibt noch daran.
}
stories-consent-heading = 🤝 Einverständnis, genannt zu werden
# Variables:
#   $state (String) - pending, given, declined or erased
#   $name (String) - the person's name and city
stories-consent-line = { $state ->
    [given] ✔️ { $name }: einverstanden
    [declined] ✖️ { $name }: nicht einverstanden (erscheint als Teammitglied aus der eigenen Stadt)
    [erased] ✖️ { $name }: hat die eigenen Daten gelöscht
   *[pending] ⏳ { $name }: hat noch nicht geantwortet
}
stories-consent-nobody = In dieser Geschichte wird niemand genannt.
stories-as-readers-see = 👁 Wie Leser:innen sie sehen
stories-publish = 📣 Veröffentlichen
stories-send-back = ↩️ Zurück ans Team
stories-withdraw = 🚫 Zurücknehmen
# Variables:
#   $count (Number) - people who have not answered
stories-publish-refused = { $count ->
    [one] ⏳ Noch nicht: eine Person, die in der Geschichte genannt wird, hat noch nicht gesagt, ob sie einverstanden ist. Das Veröffentlichen wartet auf sie:
   *[other] ⏳ Noch nicht: { $count } Personen, die in der Geschichte genannt werden, haben noch nicht gesagt, ob sie einverstanden sind. Das Veröffentlichen wartet auf sie:
}
stories-publish-refused-popup = Noch nicht: jemand, der in der Geschichte genannt wird, hat noch nicht geantwortet.
stories-published-already = Diese Geschichte ist schon veröffentlicht.
# Variables:
#   $title (String) - the story's title
stories-publish-confirm = 📣 „{ $title }“ veröffentlichen? Dann kann sie jede:r lesen, im Bot und im Feed für die Website.
# Variables:
#   $count (Number) - people told
stories-publish-reach = { $count ->
    [0] Niemand wird benachrichtigt (die Idee hat keine Stimmen, oder alle wissen es schon).
    [one] Eine Person wird benachrichtigt: wer die Idee eingereicht, für sie gestimmt oder sie unterstützt hat.
   *[other] { $count } Personen werden benachrichtigt: wer die Idee eingereicht, für sie gestimmt oder sie unterstützt hat.
}
# Variables:
#   $count (Number) - people who muted announcements
stories-publish-muted = { $count ->
    [one] Eine Person hat Ankündigungen stummgeschaltet und wird nicht benachrichtigt.
   *[other] { $count } Personen haben Ankündigungen stummgeschaltet und werden nicht benachrichtigt.
}
stories-publish-review-date = 🗓 Das Team später um eine Zeile Neuigkeiten bitten?
# Variables:
#   $months (Number) - months after publishing; 0 for never
stories-review-months = { $months ->
    [0] Ohne Termin
   *[other] in { $months } Mon.
}
stories-publish-now = 📣 Jetzt veröffentlichen
# Variables:
#   $count (Number) - people told
stories-published = { $count ->
    [0] ✅ Veröffentlicht. Das Team weiß Bescheid.
    [one] ✅ Veröffentlicht. Das Team und eine Person, die für die Idee gestimmt hat, wissen Bescheid.
   *[other] ✅ Veröffentlicht. Das Team und { $count } Personen, die für die Idee gestimmt haben, wissen Bescheid.
}
stories-note-ask = ↩️ Was soll das Team vor dem Veröffentlichen ändern? Schreib deine Notiz: das Team bekommt sie mit der Geschichte.
stories-note-empty = Bitte schreib eine Notiz für das Team.
# Variables:
#   $count (Number) - team members told
stories-sent-back = { $count ->
    [0] ↩️ Zurück ans Team (niemand im Team war erreichbar).
    [one] ↩️ Zurück ans Team: ein Mitglied hat deine Notiz bekommen.
   *[other] ↩️ Zurück ans Team: { $count } Mitglieder haben deine Notiz bekommen.
}
# Variables:
#   $title (String) - the story's title
stories-withdraw-confirm = 🚫 „{ $title }“ zurücknehmen? Sie verschwindet aus der Liste und dem Feed; niemand wird benachrichtigt. Du kannst sie später wieder veröffentlichen.
stories-withdraw-yes = 🚫 Ja, zurücknehmen
stories-withdrawn = 🚫 Zurückgenommen: Leser:innen sehen sie nicht mehr.

## The feed for the website
stories-feed-title = Twin-City-Geschichten
stories-feed-description = Abgeschlossene Projekte der Teams der Städtepartnerschaften, von der Idee bis zum Ergebnis.

## /mydata und /deleteme
# Variables:
#   $count (Number) - stories that may name the person
stories-mydata = { $count ->
    [one] 📖 Eine Geschichte darf dich nennen:
   *[other] 📖 { $count } Geschichten dürfen dich nennen:
}
# Variables:
#   $title (String) - the story's title
#   $consent (String) - pending, given, declined or erased
stories-mydata-line = • „{ $title }“: { $consent ->
    [given] du bist einverstanden, genannt zu werden
    [declined] du bist nicht einverstanden: du erscheinst als Teammitglied aus deiner Stadt
    [erased] dein Name wurde entfernt
   *[pending] du hast noch nicht geantwortet
}
# Variables:
#   $count (Number) - stories
stories-erased = { $count ->
    [one] 📖 Dein Name und deine Fotos wurden aus einer Geschichte entfernt; sie bleibt und nennt „ein Teammitglied aus deiner Stadt“.
   *[other] 📖 Dein Name und deine Fotos wurden aus { $count } Geschichten entfernt; sie bleiben und nennen „ein Teammitglied aus deiner Stadt“.
}
