menu-main = Was möchtest du tun?
menu-welcome-back = 👋 Willkommen zurück!
menu-unexpected-text = Mit einer Nachricht habe ich gerade nicht gerechnet. Bitte nutze die Knöpfe unten.
menu-profile = 👤 Mein Profil
menu-language = 🌐 Sprache
menu-help = ❓ Hilfe
menu-staff = 🛠 Für das Organisationsteam

help-text =
    ℹ️ Der Twin City Bot verbindet Menschen aus Partnerstädten.

    /menu — Hauptmenü
    /workshops — Workshops und Anmeldung
    /profile — dein Profil
    /language — Sprache ändern
    /privacy — deine Daten: was ich speichere, herunterladen, löschen
    /deleteme — deine Daten löschen
    /help — diese Hilfe
    Organisationsteam: /organise (Workshops), /invite

    Die Knöpfe unter den Nachrichten führen dich Schritt für Schritt; „Hauptmenü“ bringt dich immer zurück.

buttons-main-menu = ⬅️ Hauptmenü
buttons-done = Fertig
buttons-skip = Überspringen ▶️
buttons-back = ⬅️ Zurück
buttons-cancel = ✖️ Abbrechen
buttons-yes-delete = 🗑 Ja, alles löschen

commands-start = Starten oder neu starten
commands-menu = Hauptmenü
commands-profile = Dein Profil
commands-language = Sprache ändern
commands-help = Hilfe

errors-stale-button = Dieser Knopf ist veraltet. Bitte nutze die neueste Nachricht oder /menu.
errors-not-allowed = Das steht leider nur dem Organisationsteam der Partnerschaft zur Verfügung.
# Variables:
#   $code (String) - short id that links the user's report to the log line
errors-unexpected = Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es noch einmal. Wenn es wieder passiert, nenne dem Organisationsteam diesen Code: { $code }
