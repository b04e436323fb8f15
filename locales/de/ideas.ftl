## Ideen: Teilnehmende

menu-ideas = 💡 Ideen
commands-ideas = Ideen und Abstimmung
ideas-home-button = 💡 Ideen
# Variables:
#   $submissions (String) - open or closed
#   $voting (String) - open or closed
#   $left (Number) - votes left
#   $budget (Number) - votes in all
ideas-home =
    💡 Projektideen der Partnerschaft

    { $submissions ->
        [open] ✍️ Neue Ideen sind willkommen.
       *[closed] ✍️ Neue Ideen können gerade nicht eingereicht werden.
    }
    { $voting ->
        [open] 🗳 Die Abstimmung läuft: Du hast noch { $left } von { $budget } Stimmen.
       *[closed] 🗳 Die Abstimmung hat noch nicht begonnen.
    }
ideas-submit = ➕ Idee einreichen
ideas-browse = 📋 Ideen ansehen
ideas-results = 🏆 Ergebnisse
ideas-mine = ✍️ Meine Ideen
ideas-organise = 🛠 Ideen verwalten

ideas-ask-title = Wie heißt deine Idee? Sende einen kurzen Titel (bis zu 120 Zeichen).
ideas-ask-description = Beschreibe deine Idee in ein paar Sätzen (bis zu 1500 Zeichen). Schreib in deiner Sprache — andere können sie in ihrer lesen.
ideas-ask-description-untranslated = Beschreibe deine Idee in ein paar Sätzen (bis zu 1500 Zeichen), in deiner Sprache.
ideas-ask-theme-first = Welches Thema passt am besten zu deiner Idee? Tippe es an — weitere Themen kannst du im nächsten Schritt ergänzen.
ideas-ask-themes = Zu welchen Themen gehört sie? Tippe alle passenden an, dann „Fertig“.
ideas-ask-needs = Was braucht diese Idee von der Partnerstadt? (freiwillig)
ideas-ask-photo = Sende ein Foto zu deiner Idee (oder geh zurück).
ideas-draft-cancelled = Abgebrochen — deine Idee wurde nicht gespeichert.
# Variables:
#   $ideas (String) - list of similar ideas
ideas-similar =
    👀 Es gibt schon ähnliche Ideen:
    { $ideas }

    Du kannst dich einer davon anschließen, statt eine doppelte einzureichen — oder deine trotzdem einreichen.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-join = 🤝 „{ $title }“ beitreten
ideas-submit-anyway = Meine trotzdem einreichen ▶️
# Variables:
#   $title (String) - idea title, gender unknown
#   $description (String) - description
#   $themes (String) - themes
#   $language (String) - language of the text
ideas-review =
    Bitte prüfe deine Idee:

    💡 { $title }
    { $description }

    🏷 { $themes }
    🌐 Geschrieben auf: { $language } (zum Korrigieren antippen)
# Variables:
#   $needs (String) - what the idea needs from the partner city
ideas-review-needs = 🤝 Braucht von der Partnerstadt: { $needs }
ideas-review-photo = 🖼 Mit Foto
# Variables:
#   $name (String) - the author's name as the idea would show it
#   $shown (String) - yes or no: whether the author chose to show it
ideas-review-name = { $shown ->
        [yes] 👤 Dein Name wird gezeigt: { $name }
       *[no] 👤 Dein Name wird nicht gezeigt ({ $name })
    }
ideas-draft-more-themes = 🏷 Themen ändern
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-needs = { $state ->
        [set] 🤝 Bedarf ändern
       *[empty] 🤝 Bedarf ergänzen
    }
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-photo = { $state ->
        [set] 🖼 Foto ersetzen
       *[empty] 🖼 Foto hinzufügen
    }
ideas-show-name-yes = 👤 Meinen Namen zeigen: ja
ideas-show-name-no = 👤 Meinen Namen zeigen: nein
# Variables:
#   $title (String) - workshop title, gender unknown
ideas-written-at = 📅 Entstanden bei { $title }
ideas-publish = Idee einreichen
# Variables:
#   $title (String) - idea title, gender unknown
ideas-submitted = ✅ Danke! „{ $title }“ ist jetzt für alle in der Partnerschaft sichtbar.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-submitted-review = ✅ Danke! „{ $title }“ wird sichtbar, sobald das Organisationsteam sie angesehen hat.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-joined = 🤝 Du bist „{ $title }“ beigetreten. Die Leute dahinter sehen, dass du mitmachen möchtest.

# Variables:
#   $total (Number) - ideas found
#   $page (Number) - page number
ideas-list = { $total ->
        [one] 1 Idee
       *[other] { $total } Ideen
    } — Seite { $page }. Tippe eine an, um sie zu lesen:
ideas-list-empty = Hier gibt es noch keine Ideen. Reich die erste ein!
ideas-list-empty-mine = Du hast noch keine Idee eingereicht.

# Variables:
#   $number (Number) - the line number, shown on the idea's vote button too
#   $title (String) - idea title
#   $votes (Number) - its votes so far; a line of the list (the button shows only the title)
ideas-list-item = { $number }. { $title } — 👍 { $votes }
ideas-list-vote-hint = Stimme mit 👍 und der Nummer der Idee ab; ✅ zeigt deine Stimmen (nochmal tippen nimmt die Stimme zurück).
ideas-all-themes = alle Themen
# Variables:
#   $theme (String) - the current theme filter
ideas-filter-theme = 🏷 Thema: { $theme }
ideas-filter-scope-a = 🏙 Alle Städte
ideas-filter-scope-m = 🏙 Meine Stadt
ideas-filter-scope-p = 🏙 Partnerstadt
ideas-sort-n = ↕️ Neueste zuerst
ideas-sort-v = ↕️ Meiste Stimmen zuerst

# Variables:
#   $title (String) - idea title, gender unknown
#   $description (String) - description
#   $city (String) - city of the author
#   $themes (String) - themes, or none (then the theme part is left out)
#   $votes (Number) - votes
#   $supporters (Number) - people who want to work on it
ideas-card =
    💡 { $title }

    { $description }

    🏙 { $city }{ $themes ->
        [none] {""}
       *[other] {" · "}🏷 { $themes }
    }
    👍 { $votes ->
        [one] 1 Stimme
       *[other] { $votes } Stimmen
    } · 🙋 { $supporters ->
        [0] noch niemand dabei
        [one] 1 Person möchte mitmachen
       *[other] { $supporters } Personen möchten mitmachen
    }
# Variables:
#   $needs (String) - needs from the partner city
ideas-card-needs = 🤝 Braucht von der Partnerstadt: { $needs }
# Variables:
#   $name (String) - author's display name
ideas-card-author = ✍️ { $name }
# Variables:
#   $language (String) - original language
ideas-card-machine = 🤖 Maschinelle Übersetzung (Original: { $language })
# Variables:
#   $language (String) - original language
ideas-card-human = 🌐 Von Teilnehmenden übersetzt (Original: { $language })
# Variables:
#   $reason (String) - empty
ideas-card-status-submitted = ⏳ Wartet darauf, vom Organisationsteam veröffentlicht zu werden.
# Variables:
#   $reason (String) - why it was hidden
ideas-card-status-hidden = 🚫 Vom Organisationsteam ausgeblendet: { $reason }
# Variables:
#   $reason (String) - empty
ideas-card-status-merged = 🔗 Mit einer anderen Idee zusammengeführt.
# Variables:
#   $reason (String) - empty
ideas-card-status-withdrawn = ↩️ Von der einreichenden Person zurückgezogen.
# Variables:
#   $left (Number) - votes left
ideas-card-you-voted = ✅ Du hast für diese Idee gestimmt (noch { $left } übrig).
# Variables:
#   $left (Number) - votes left
ideas-vote = 👍 Abstimmen (noch { $left })
ideas-unvote = ↩️ Stimme zurücknehmen
ideas-support = 🙋 Ich möchte mitarbeiten
ideas-support-stop = 🙋 Nicht mehr mitarbeiten
ideas-show-original = 🌐 Original anzeigen
ideas-show-translation = 🌐 In meiner Sprache anzeigen
ideas-add-translation = ✍️ Übersetzung hinzufügen
ideas-edit = ✏️ Bearbeiten
ideas-withdraw = 🗑 Zurückziehen
ideas-report = ⚠️ Melden
ideas-moderate = 🛡 Moderieren
# Variables:
#   $left (Number) - votes left
ideas-voted = 👍 Deine Stimme ist gezählt. { $left ->
        [0] Du hast alle Stimmen vergeben.
        [one] Du hast noch 1 Stimme.
       *[other] Du hast noch { $left } Stimmen.
    }
# Variables:
#   $left (Number) - votes left
ideas-unvoted = ↩️ Deine Stimme ist zurück. Du hast noch { $left }.
ideas-supporting = 🙋 Notiert: Du möchtest an dieser Idee mitarbeiten.
ideas-not-supporting = Notiert: Du möchtest nicht mehr an dieser Idee mitarbeiten.
ideas-report-ask = Diese Idee beim Organisationsteam als unangemessen melden?
ideas-report-confirm = ⚠️ Ja, melden
ideas-reported = ⚠️ Danke — das Organisationsteam sieht sie sich an.
ideas-withdraw-ask = Deine Idee zurückziehen? Ihre Stimmen gehen an die Abstimmenden zurück.
ideas-withdraw-confirm = 🗑 Ja, zurückziehen
ideas-withdrawn = Deine Idee wurde zurückgezogen.
ideas-edit-ask = Was möchtest du ändern?
ideas-edit-title = Titel
ideas-edit-description = Beschreibung
ideas-edit-needs = Bedarf an die Partnerstadt
ideas-edited = ✏️ Gespeichert. Übersetzungen des alten Texts wurden entfernt.
ideas-translate-choose = In welche Sprache möchtest du sie übersetzen?
# Variables:
#   $language (String) - target language
ideas-translate-ask-title = Sende den Titel auf { $language }.
# Variables:
#   $language (String) - target language
ideas-translate-ask-description = Sende jetzt die Beschreibung auf { $language }.
ideas-translation-live = 🌐 Danke — deine Übersetzung ist sichtbar.
ideas-translation-pending = 🌐 Danke — deine Übersetzung erscheint, sobald das Organisationsteam sie freigegeben hat.

ideas-results-all = 🏆 Gesamt
ideas-results-chart = 📊 Diagramm
# Variables:
#   $scope (String) - partnership, theme or city
ideas-results-title = 🏆 Meiste Stimmen — { $scope }:
# Variables:
#   $rank (Number) - place
#   $title (String) - idea title, gender unknown
#   $votes (Number) - votes
ideas-results-line = { $rank }. { $title } — { $votes ->
        [one] 1 Stimme
       *[other] { $votes } Stimmen
    }
ideas-results-empty = Noch keine Ideen mit Stimmen.
ideas-chart-title = Ideen mit den meisten Stimmen
ideas-chart-votes = Stimmen
# Variables:
#   $partnership (String) - partnership
ideas-chart-caption = 📊 Ergebnisse von { $partnership }

ideas-error-title-empty = Der Titel darf nicht leer sein.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-title-long = Dieser Titel hat { $length } Zeichen; bitte höchstens { $limit }.
ideas-error-description-empty = Bitte beschreibe deine Idee in ein paar Worten.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-description-long = Diese Beschreibung hat { $length } Zeichen; bitte höchstens { $limit }.
ideas-error-needs-empty = Bitte schreib ein paar Worte oder überspringe diesen Schritt.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-needs-long = Das hat { $length } Zeichen; bitte höchstens { $limit }.
ideas-error-reason-empty = Bitte gib einen kurzen Grund an.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-reason-long = Dieser Grund hat { $length } Zeichen; bitte höchstens { $limit }.
ideas-error-themes-empty = Bitte wähle mindestens ein Thema.
ideas-error-photo-later = Ein Foto kannst du beim Prüfen deiner Idee hinzufügen, nach der Wahl des Themas.
ideas-error-use-buttons = Bitte nutze für diesen Schritt die Knöpfe.
ideas-submissions-closed = Ideen können gerade nicht eingereicht werden.
ideas-draft-missing = Diese Idee wird nicht mehr geschrieben. Fang bei 💡 Ideen neu an.
ideas-gone = Diese Idee ist nicht mehr verfügbar.
ideas-vote-closed = 🗳 Die Abstimmung ist gerade geschlossen.
# Variables:
#   $budget (Number) - votes per person
ideas-vote-budget = Du hast alle { $budget } Stimmen vergeben. Nimm eine bei einer anderen Idee zurück, um für diese zu stimmen.
ideas-vote-already = Du hast schon für diese Idee gestimmt.
ideas-vote-own = Für deine eigene Idee kannst du nicht stimmen.
ideas-vote-not-votable = Für diese Idee kann nicht abgestimmt werden.
ideas-merge-same = Eine Idee kann nicht mit sich selbst zusammengeführt werden.
ideas-merge-impossible = Diese beiden Ideen können nicht zusammengeführt werden.

# Variables:
#   $title (String) - idea title, gender unknown
ideas-published-notice = ✅ Deine Idee „{ $title }“ ist jetzt für alle sichtbar.
# Variables:
#   $title (String) - idea title, gender unknown
#   $reason (String) - why
ideas-hidden-notice = 🚫 Das Organisationsteam hat deine Idee „{ $title }“ ausgeblendet. Grund: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown
#   $target (String) - idea it was merged into, gender unknown
ideas-merged-notice = 🔗 Deine Idee „{ $title }“ wurde mit der sehr ähnlichen Idee „{ $target }“ zusammengeführt. Ihre Stimmen sind mitgekommen, und du gehörst jetzt zu deren Team.
# Variables:
#   $count (Number) - new votes
#   $ideas (String) - ideas with new votes
ideas-vote-digest =
    👍 { $count ->
        [one] Deine Ideen haben 1 neue Stimme bekommen:
       *[other] Deine Ideen haben { $count } neue Stimmen bekommen:
    }
    { $ideas }

## Ideen: Organisationsteam

# Variables:
#   $budget (Number) - votes per person
ideas-settings = 🛠 Ideen der Partnerschaft. Stimmen pro Person: { $budget }. Antippen zum Umschalten:
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-submissions = { $state ->
        [on] ✍️ Einreichen läuft · beenden
       *[off] ✍️ Einreichen zu · öffnen
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-voting = { $state ->
        [on] 🗳 Abstimmung läuft · beenden
       *[off] 🗳 Abstimmung zu · öffnen
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-premoderation = { $state ->
        [on] 🛡 Prüfung: an · ausschalten
       *[off] 🛡 Prüfung: aus · einschalten
    }
# Variables:
#   $count (Number) - items waiting
ideas-set-queue = 📥 Zu prüfen ({ $count })
# Variables:
#   $count (Number) - items waiting
ideas-queue = { $count ->
        [0] 📥 Nichts zu prüfen.
        [one] 📥 1 Eintrag zu prüfen:
       *[other] 📥 { $count } Einträge zu prüfen:
    }
# Variables:
#   $title (String) - idea title, gender unknown
ideas-queue-new = 💡 Neu: { $title }
# Variables:
#   $number (Number) - idea number
#   $language (String) - language
ideas-queue-translation = 🌐 #{ $number } auf { $language }
# Variables:
#   $number (Number) - idea number
#   $count (Number) - reports
ideas-queue-report = ⚠️ #{ $number } { $count ->
        [one] einmal gemeldet
       *[other] { $count }-mal gemeldet
    }
# Variables:
#   $source (String) - the idea's original language
#   $source_mark (String) - its flag
#   $original_title (String) - the original title
#   $original_description (String) - the original description
#   $target (String) - the translation's language
#   $target_mark (String) - its flag
#   $title (String) - the translated title
#   $description (String) - the translated description
ideas-tr-review =
    🌐 Eine Übersetzung wartet auf deine Freigabe.

    { $source_mark } { $source } · Original:
    { $original_title }
    { $original_description }

    { $target_mark } { $target } · Übersetzung:
    { $title }
    { $description }
ideas-tr-approve = Freigeben
ideas-tr-reject = ✖️ Ablehnen
ideas-tr-approved = 🌐 Übersetzung freigegeben.
ideas-tr-rejected = 🌐 Übersetzung abgelehnt.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-mod-menu = 🛡 { $title }: veröffentlichen, ausblenden, mit einer anderen Idee zusammenführen oder Themen ändern.
ideas-mod-publish = Veröffentlichen
ideas-mod-hide = 🚫 Ausblenden
ideas-mod-merge = 🔗 Zusammenführen mit…
ideas-mod-dismiss = 👌 Meldungen unbegründet
ideas-mod-published = ✅ Veröffentlicht; die Person, die sie eingereicht hat, wird informiert.
ideas-mod-hide-ask = Warum wird sie ausgeblendet? Die einreichende Person liest diesen Grund.
ideas-mod-merge-ask = Mit welcher Idee soll sie zusammengeführt werden? Ihre Stimmen kommen mit; wer für beide gestimmt hat, behält eine Stimme und bekommt die andere zurück.
# Variables:
#   $moved (Number) - votes moved
#   $returned (Number) - votes given back
ideas-mod-merged = 🔗 Zusammengeführt. Übertragene Stimmen: { $moved }; zurückgegeben an Personen, die für beide gestimmt hatten: { $returned }.
ideas-mod-dismissed = 👌 Die Meldungen sind geschlossen.
ideas-mod-hidden = 🚫 Ausgeblendet; die einreichende Person erfährt den Grund.
# Variables:
#   $title (String) - workshop title, gender unknown
ideas-card-workshop = 📅 Entstanden bei { $title }
# Variables:
#   $count (Number) - the +1 the idea got on the live wall during its event (kept afterwards)
#   $bridge (String) - "yes" when they came from two or more cities, else "no"
ideas-card-wall-votes = { $bridge ->
    [yes] 🌉 { $count } × +1 auf der Ideenwand, aus beiden Städten
   *[no] 👍 { $count } × +1 auf der Ideenwand
}
ideas-photo = 🖼 Foto

# Variables:
#   $number (Number) - the line's number, the same as on its vote button
#   $title (String) - idea title (translated when a translation is shown)
#   $votes (Number) - its votes so far
#   $how (String) - machine, human or original: what the title is
#   $mark (String) - the flag of the idea's language
#   $language (String) - the idea's language
ideas-list-item-other = { $number }. { $title } — 👍 { $votes } · { $how ->
        [machine] 🤖 maschinell übersetzt
        [human] ✍️ übersetzt
       *[original] { $mark } { $language }
    }
ideas-ask-translation = 🙋 Um Übersetzung bitten
ideas-ask-translation-already = Du hast schon gefragt. Ich sage dir Bescheid, sobald die Übersetzung da ist.
# Variables:
#   $count (Number) - people asked
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked = 🙋 { $count ->
        [one] Ich habe 1 Person gefragt, die { $source } und { $target } spricht.
       *[other] Ich habe { $count } Personen gefragt, die { $source } und { $target } sprechen.
    } Ich sage dir Bescheid, sobald die Übersetzung da ist.
# Variables:
#   $count (Number) - 0 (nobody new was asked)
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked-earlier = 🙋 Wer { $source } und { $target } spricht, wurde heute schon gefragt. Ich sage dir Bescheid, sobald die Übersetzung da ist.
# Variables:
#   $count (Number) - 0
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-nobody = 🙋 In der Partnerschaft spricht noch niemand { $source } und { $target }, deshalb siehst du das Original. Wenn jemand die Idee übersetzt, sage ich dir Bescheid.
# Variables:
#   $title (String) - idea title, gender unknown
#   $source (String) - the idea's language
#   $target (String) - the language it is wanted in
ideas-translation-wanted = 🌐 Jemand möchte die Idee „{ $title }“ auf { $target } lesen. Sie ist auf { $source } geschrieben, und du sprichst beides. Magst du sie übersetzen? Das Organisationsteam schaut die Übersetzung an, bevor sie gezeigt wird.
ideas-translation-wanted-start = ✍️ Jetzt übersetzen
ideas-translation-open = 💡 Idee öffnen
# Variables:
#   $title (String) - the translated title, gender unknown
ideas-translation-arrived = 🌐 Die Übersetzung, um die du gebeten hast, ist da: die Idee „{ $title }“.
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-approved-notice = 🌐 Danke! Deine Übersetzung der Idee „{ $title }“ (auf { $language }) wurde freigegeben und ist jetzt sichtbar.
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-rejected-notice = 🌐 Das Organisationsteam hat deine Übersetzung der Idee „{ $title }“ (auf { $language }) nicht freigegeben. Du kannst sie gern noch einmal übersetzen.
