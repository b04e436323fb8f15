## toolbox
commands-toolbox = Leitfäden, Vorlagen und Förderung im Werkzeugkasten
toolbox-menu-button = 🧰 Werkzeugkasten

toolbox-home =
    🧰 Werkzeugkasten: Leitfäden, Vorlagen, Praxisbeispiele, Anleitungen und Förderangebote für Partnerschaftsprojekte.

    Schreib, was du suchst – in jeder Sprache – oder wähle unten eine Art.

# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries of that kind)
toolbox-button-kind = { $kind ->
    [guide] 📘 Leitfäden
    [template] 📄 Vorlagen
    [practice] ⭐ Praxisbeispiele
    [tutorial] 🎬 Anleitungen
   *[funding] 💶 Förderung
} · { $count }
# Variables: $kind (guide, template, practice, tutorial, funding)
toolbox-kind-name = { $kind ->
    [guide] Leitfaden
    [template] Vorlage
    [practice] Praxisbeispiel
    [tutorial] Anleitung
   *[funding] Förderangebot
}
# Variables: $kind (guide, template, practice, tutorial, funding), $topics (the topics, joined)
toolbox-kind-and-topics = { $kind ->
    [guide] Leitfaden
    [template] Vorlage
    [practice] Praxisbeispiel
    [tutorial] Anleitung
   *[funding] Förderangebot
} · { $topics }

toolbox-topic-youth = Jugend
toolbox-topic-education = Bildung
toolbox-topic-culture = Kultur
toolbox-topic-sport = Sport und Bewegung
toolbox-topic-environment = Umwelt
toolbox-topic-digitalisation = Digitalisierung
toolbox-topic-social = Soziales
toolbox-topic-economy = Wirtschaft
toolbox-topic-democracy = Demokratie
toolbox-topic-mobility = Mobilität
toolbox-phase-apply = Bewerbung
toolbox-phase-kickoff = Auftakt
toolbox-phase-sprint = Sprint-Phase
toolbox-phase-coaching = Coaching-Phase

toolbox-button-suggest = 💡 Eintrag vorschlagen
toolbox-button-previous = ◀️ Zurück
toolbox-button-next = Weiter ▶️
toolbox-button-past-funding = ⌛ Auch abgelaufene zeigen
toolbox-button-home = 🧰 Werkzeugkasten
toolbox-button-template = 📄 Vorlage herunterladen
# Variables: $kind (tutorial, funding, …)
toolbox-button-link = { $kind ->
    [tutorial] 🎬 Anleitung ansehen
    [funding] 🔗 Seite des Förderers
   *[other] 🔗 Link öffnen
}
toolbox-button-remind = 🔔 7 Tage vorher erinnern
toolbox-button-my-language = 🌐 In meiner Sprache
toolbox-button-original = 📜 Original zeigen
toolbox-button-helpful = 👍 Ja
toolbox-button-unhelpful = 👎 Nein
toolbox-button-back = ⬅️ Zurück
toolbox-button-open-in-bot = 🧰 Im Bot öffnen
toolbox-button-open = 🧰 Eintrag öffnen

# Variables: $query (what was typed), $count (entries found)
toolbox-results = { $count ->
    [0] 🔎 Nichts gefunden für „{ $query }“.
    [one] 🔎 Ein Eintrag gefunden für „{ $query }“:
   *[other] 🔎 { $count } Einträge gefunden für „{ $query }“:
}
# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries)
toolbox-list-kind = { $kind ->
    [guide] 📘 Leitfäden
    [template] 📄 Vorlagen
    [practice] ⭐ Praxisbeispiele
    [tutorial] 🎬 Anleitungen
   *[funding] 💶 Förderangebote
}: { $count ->
    [0] noch keine.
    [one] ein Eintrag.
   *[other] { $count } Einträge.
}
# Variables: $topic (a topic or programme phase), $count (entries)
toolbox-list-topic = 🏷 { $topic }: { $count ->
    [0] noch keine Einträge.
    [one] ein Eintrag.
   *[other] { $count } Einträge.
}
# Variables: $count (funding opportunities past their deadline)
toolbox-past-funding-hidden = { $count ->
    [one] ⌛ Ein Förderangebot mit abgelaufener Frist ist ausgeblendet.
   *[other] ⌛ { $count } Förderangebote mit abgelaufener Frist sind ausgeblendet.
}
toolbox-type-hint = Tippe auf einen Eintrag oder schreib eine neue Suche.
toolbox-nothing-hint = Versuch es mit anderen oder weniger Wörtern – jede Sprache geht. Das Organisationsteam sieht, was gesucht und nicht gefunden wurde.

# Variables: $language (the original's language)
toolbox-machine-translation = 🤖 Maschinell übersetzt (Original: { $language }).
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline = ⏳ Frist: { $deadline }
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline-passed = ⌛ Die Frist ist abgelaufen: { $deadline }
toolbox-deadline-open = ⏳ Keine Frist: Bewerbung jederzeit möglich.
# Variables: $amount (as the funder states it)
toolbox-amount = 💶 Betrag: { $amount }
# Variables: $when (date and time, saying whose clock)
toolbox-reminder-planned = 🔔 Du wirst am { $when } erinnert.
# Variables: $date (when it was last reviewed)
toolbox-may-be-outdated = ⚠️ Vielleicht veraltet, zuletzt geprüft am { $date }.
# Variables: $name (the first name of who suggested it)
toolbox-credit = 💡 Vorgeschlagen von { $name }
# Variables: $yes, $no (how many readers found it helpful or not)
toolbox-helpful-question = War das hilfreich? 👍 { $yes } · 👎 { $no }

# Variables: $when (date and time, saying whose clock)
toolbox-reminder-set = 🔔 Erledigt: Du wirst am { $when } erinnert.
toolbox-thanks = Danke für deine Antwort!
toolbox-entry-gone = Diesen Eintrag gibt es im Werkzeugkasten nicht mehr.
toolbox-members-only = Starte bitte zuerst den Bot (/start), dann geht das.
toolbox-remind-no-deadline = Dieses Förderangebot hat keine Frist – es gibt nichts, woran ich dich erinnern könnte.
toolbox-remind-expired = Die Frist ist abgelaufen: keine Erinnerung möglich.
toolbox-remind-too-late = Es sind weniger als 7 Tage übrig: Bewirb dich jetzt, eine Erinnerung käme zu spät.

# Variables: $title (the entry), $deadline (date and time, saying whose clock)
toolbox-reminder =
    🔔 Erinnerung: Die Frist für „{ $title }“ endet in 7 Tagen.

    ⏳ { $deadline }
