## Datenrechte: /privacy, /mydata, /deleteme

commands-privacy = Deine Daten: ansehen, herunterladen, löschen
privacy-overview =
    🔒 Deine Daten

    Was ich speichere, und wozu:
    • deine Telegram-ID, Sprache und Stadt — damit du die richtigen Nachrichten bekommst;
    • deinen Anzeigenamen, deine Sprachen und Interessen, falls du sie angegeben hast — um dich mit Menschen aus der Partnerstadt zusammenzubringen;
    • deine Workshop-Anmeldungen und Antworten, Ideen, Stimmen, Team-Nachrichten und Check-in-Antworten — um das Programm durchzuführen.

    Wer sie sieht: das Organisationsteam deiner Partnerschaft und der Coach deines Teams. Ideen zeigen deinen Namen nur, wenn du das wolltest. Niemand sonst bekommt etwas, und zugestellte Nachrichten bewahre ich nicht auf.

    /mydata schickt dir alles als Datei; /deleteme löscht es.
privacy-button-mydata = 📦 Meine Daten schicken
privacy-button-delete = 🗑 Meine Daten löschen
privacy-mydata-caption = 📦 Alles, was ich über dich speichere, als JSON-Datei.
privacy-nothing-stored = Ich speichere nichts über dich.
privacy-delete-confirm = 🗑 Dein Profil und alles, was ich über dich speichere, löschen? Das lässt sich nicht rückgängig machen.
# Variables:
#   $count (Number) - ideas the person shared
privacy-delete-ideas = { $count ->
    [one] Du hast eine Idee geteilt. Darf sie ohne deinen Namen im Programm bleiben, damit die Stimmen und das Team dazu nicht verloren gehen? Sonst entferne ich sie.
   *[other] Du hast { $count } Ideen geteilt. Dürfen sie ohne deinen Namen im Programm bleiben, damit die Stimmen und die Teams dazu nicht verloren gehen? Sonst entferne ich sie.
}
privacy-keep-ideas = 🕶 Ohne meinen Namen behalten
privacy-remove-ideas = 🗑 Auch entfernen
# Variables:
#   $signups (Number) - workshop sign-ups erased
#   $votes (Number) - votes erased
#   $answers (Number) - check-in rounds answered
#   $messages (Number) - team messages erased
privacy-deleted =
    ✅ Erledigt. Ich habe dein Profil, deine Einstellungen und Rollen gelöscht, außerdem:
    • Workshop-Anmeldungen: { $signups }
    • Stimmen: { $votes }
    • Check-in-Antworten: { $answers }
    • Team-Nachrichten: { $messages }
# Variables:
#   $count (Number) - ideas kept without the author's name
privacy-deleted-ideas-kept = { $count ->
    [one] Deine Idee bleibt ohne deinen Namen im Programm.
   *[other] Deine { $count } Ideen bleiben ohne deinen Namen im Programm.
}
# Variables:
#   $count (Number) - ideas removed
privacy-deleted-ideas-removed = { $count ->
    [one] Deine Idee wurde entfernt.
   *[other] Deine { $count } Ideen wurden entfernt.
}
privacy-deleted-farewell = Sende /start, wenn du wieder mitmachen möchtest.
privacy-delete-kept = Es wurde nichts gelöscht.

## /mydata: die Übersicht vor der Datei
privacy-mydata-title = 📦 Was ich über dich speichere
# Variables:
#   $name (String) - Anzeigename, sonst der Telegram-Vorname
privacy-mydata-name = Name: { $name }
# Variables:
#   $city (String) - die Stadt der Person, z. B. "Karlsruhe"
privacy-mydata-city = Stadt: { $city }
# Variables:
#   $language (String) - die Sprache des Bots für die Person, z. B. "Deutsch"
privacy-mydata-language = Sprache: { $language }
# Variables:
#   $date (String) - der Tag, an dem die Person angefangen hat, z. B. "2. März 2026"
privacy-mydata-since = Dabei seit { $date }
# Variables:
#   $count (Number) - Anmeldungen der Person zu Workshops (jeder Status)
privacy-mydata-signups = { $count ->
    [0] 📅 Keine Anmeldungen zu Workshops
    [one] 📅 { $count } Anmeldung zu einem Workshop:
   *[other] 📅 { $count } Anmeldungen zu Workshops:
}
# Variables:
#   $title (String) - Titel des Workshops
#   $date (String) - Tag des Workshops, z. B. "24. April 2027"
#   $status (String) - Status der Anmeldung (workshops-registration-*)
privacy-mydata-signup-line = • { $title }, { $date } ({ $status })
# Variables:
#   $title (String) - Titel einer Idee oder eines Teams
privacy-mydata-item = • { $title }
# Variables:
#   $count (Number) - weitere Einträge, die die Übersicht nicht aufzählt
privacy-mydata-more = … und { $count } weitere (in der Datei)
# Variables:
#   $count (Number) - Ideen, die die Person geteilt hat
privacy-mydata-ideas = { $count ->
    [0] 💡 Keine Ideen geteilt
    [one] 💡 { $count } Idee geteilt:
   *[other] 💡 { $count } Ideen geteilt:
}
# Variables:
#   $count (Number) - abgegebene Stimmen
privacy-mydata-votes = { $count ->
    [0] 🗳 Keine Stimmen abgegeben
    [one] 🗳 { $count } Stimme abgegeben
   *[other] 🗳 { $count } Stimmen abgegeben
}
# Variables:
#   $count (Number) - Teams, in denen die Person ist oder war
privacy-mydata-teams = { $count ->
    [0] 👥 Kein Team
    [one] 👥 { $count } Team:
   *[other] 👥 { $count } Teams:
}
# Variables:
#   $count (Number) - Antworten der Person auf Check-ins
privacy-mydata-checkins = { $count ->
    [0] 📝 Keine Antworten auf Check-ins
    [one] 📝 { $count } Antwort auf einen Check-in
   *[other] 📝 { $count } Antworten auf Check-ins
}
privacy-mydata-file = Die Datei unten enthält alles, mit allen Daten und Texten.

## Programm-Aufrufe: Bewerbungen und Bewertungen
privacy-overview-calls = 📝 Wenn du dich auf einen Aufruf bewirbst, speichere ich deine Bewerbung: die Städte, deine Antworten, die Dokumente, die du hochlädst, und wer bestätigt hat — für die Bewertung und die Entscheidung. Wenn du Bewerbungen begutachtest, speichere ich deine Punkte und Notizen. Bewerbungen sehen das Organisationsteam des Aufrufs und die Begutachtenden, die Notizen nur das Organisationsteam. Hochgeladene Dokumente vergesse ich einige Zeit nach der Auswahl (Name, Größe und Prüfsumme bleiben). /deleteme löscht einen Entwurf, an dem nur du arbeitest; in einer Bewerbung mit Partnerstadt oder einer schon eingereichten bleiben die Antworten der Stadt für die Entscheidung, aber ohne dich: dein Name, deine Ansprechperson und Kontaktdaten und deine hochgeladenen Dateien verschwinden, und die Bewerbung heißt dann „die Bewerbung aus deiner Stadt“. Deine Punkte als begutachtende Person bleiben ohne deinen Namen; deine Notizen verschwinden.
# Variables:
#   $count (Number) - applications the person is a party of
privacy-mydata-applications = { $count ->
    [0] 📝 Keine Bewerbungen
    [one] 📝 { $count } Bewerbung:
   *[other] 📝 { $count } Bewerbungen:
}
# Variables:
#   $call (String) - the call's title
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $status (String) - draft, submitted, not_submitted, withdrawn, or once the letters went: accepted, declined or waitlisted
privacy-mydata-application-line = • { $call }: { $cities } ({ $status ->
        [accepted] angenommen
        [declined] abgelehnt
        [waitlisted] auf der Warteliste
        [submitted] eingereicht
        [not_submitted] nicht eingereicht
        [withdrawn] zurückgezogen
       *[draft] Entwurf
    })
# Variables:
#   $count (Number) - documents the person uploaded
privacy-mydata-documents = { $count ->
    [0] 📎 Keine hochgeladenen Dokumente
    [one] 📎 { $count } hochgeladenes Dokument (Name, Größe und Prüfsumme in der Datei)
   *[other] 📎 { $count } hochgeladene Dokumente (Namen, Größen und Prüfsummen in der Datei)
}
# Variables:
#   $count (Number) - drafts deleted
privacy-deleted-drafts = { $count ->
    [one] Dein Bewerbungsentwurf wurde gelöscht.
   *[other] Deine { $count } Bewerbungsentwürfe wurden gelöscht.
}
# Variables:
#   $count (Number) - applications kept without the person
privacy-deleted-applications = { $count ->
    [one] Deine Bewerbung bleibt für die Entscheidung, aber ohne dich: deine Kontaktdaten und Dateien sind gelöscht.
   *[other] Deine { $count } Bewerbungen bleiben für die Entscheidung, aber ohne dich: deine Kontaktdaten und Dateien sind gelöscht.
}
# Variables:
#   $count (Number) - reviews whose scores stay
privacy-deleted-reviews = { $count ->
    [one] Die Punkte deiner Bewertung bleiben ohne deinen Namen; ihre Notiz ist gelöscht.
   *[other] Die Punkte deiner { $count } Bewertungen bleiben ohne deinen Namen; ihre Notizen sind gelöscht.
}
