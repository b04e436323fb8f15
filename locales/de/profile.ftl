profile-ask-name-onboarding =
    Letzter Schritt: Welchen Namen sollen andere Teilnehmende sehen?
    Nimm deinen Telegram-Namen oder schreib einen anderen.
profile-ask-name-type = Schreib den Namen, den andere Teilnehmende sehen sollen — oder überspring das.
profile-name-change = Ändern
profile-ask-name = Schreib den Namen, den andere Teilnehmende sehen sollen.
# Variables:
#   $name (String) - the first name from the person's Telegram account
profile-name-use-telegram = „{ $name }“ verwenden
profile-name-invalid = Dieser Name geht leider nicht: 1 bis 64 Zeichen mit mindestens einem Buchstaben oder einer Ziffer. Bitte versuch es noch einmal.
profile-ask-spoken = Welche Sprachen sprichst du? Tippe alle passenden an, dann „Fertig“.
profile-ask-spoken-for-matching = 🤝 Damit das Matching dir ein Team findet, mit dem du reden kannst, braucht es deine Sprachen.
profile-ask-interests = Welche Themen interessieren dich? Tippe alle passenden an, dann „Fertig“.
# Variables:
#   $name (String) - display name or "not set"
#   $partnership (String) - partnership name
#   $city (String) - home city
#   $languages (String) - list of languages spoken
#   $interests (String) - list of themes
#   $announcements (String) - on or off
profile-card =
    👤 Dein Profil

    Name: { $name }
    Partnerschaft: { $partnership }
    Stadt: { $city }
    Sprachen: { $languages }
    Interessen: { $interests }
    Ankündigungen: { $announcements ->
        [off] aus (Nachrichten zu deinen eigenen Anmeldungen kommen weiter)
       *[on] an
    }
profile-not-set = nicht angegeben
profile-edit-name = ✏️ Name
profile-edit-spoken = 🗣 Meine Sprachen
profile-edit-interests = 💡 Interessen
profile-edit-city = 🏙 Stadt


profile-mute = 🔕 Ankündigungen stummschalten
profile-unmute = 🔔 Ankündigungen einschalten
