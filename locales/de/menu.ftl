menu-main = Was möchtest du tun?
menu-welcome-back = 👋 Willkommen zurück!
menu-unexpected-text = Mit einer Nachricht habe ich gerade nicht gerechnet. Bitte nutze die Knöpfe unten.
menu-unknown-command = Diesen Befehl kenne ich nicht.
menu-profile = 👤 Mein Profil
menu-language = 🌐 Sprache
menu-help = ❓ Hilfe
menu-staff = 🛠 Für das Organisationsteam

help-text =
    ℹ️ Der Twin City Bot verbindet Menschen aus Partnerstädten.

    /menu — Hauptmenü
    /workshops — Workshops und Anmeldung
    /ideas — Ideen und Abstimmung
    /team — dein Projektteam
    /coach — deinem Coach schreiben
    /toolbox — Leitfäden, Vorlagen und Förderung
    /stories — Geschichten abgeschlossener Projekte
    /network — das Netzwerk der Partnerschaften
    /consult — einen Termin in der Sprechstunde buchen
    /directory — Partnerschaften und Organisationen
    /exchange — die Ideenbörse: Ideen anbieten oder suchen
    /calendar — öffentliche Termine im Netzwerk
    /room — mit dem Raumcode in einen Raum einer Ideenwand kommen (der Code steht an der Wand)
    /barcamp — das BarCamp deines Workshops: Session vorschlagen, wählen, dein Plan
    /profile — dein Profil
    /language — Sprache ändern
    /privacy — deine Daten: was ich speichere, herunterladen, löschen
    /deleteme — deine Daten löschen
    /help — diese Hilfe
help-coach =
    Als Coach:
    🧭 Meine Teams, /team oder /coach — deine Teams: Mitglieder, Check-ins, Hindernisse; einer Person oder dem ganzen Team antworten
    /checkins — Check-in-Einstellungen deiner Teams
help-organiser =
    Als Organisator:in:
    /organise — alle Werkzeuge des Organisationsteams
    /broadcast — eine Ankündigung senden
    /matching — Matching der Teams
    /stats — Zahlen der Partnerschaft
    /invite — Organisator:innen und Coaches einladen
    /checkins — Teams und ihre Check-ins
help-admin =
    Als Admin:
    /newpartnership — eine neue Partnerschaft anlegen
help-footer = Die Knöpfe unter den Nachrichten führen dich Schritt für Schritt; „Hauptmenü“ bringt dich immer zurück.

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
commands-room = In einen Raum der Ideenwand (Raumcode)
commands-barcamp = BarCamp: vorschlagen, wählen, dein Plan
commands-checkins = Deine Teams und Check-ins
commands-organise = Werkzeuge des Organisationsteams
commands-broadcast = Ankündigung senden
commands-matching = Matching der Teams
commands-stats = Zahlen
commands-invite = Organisator:innen und Coaches einladen
commands-newpartnership = Neue Partnerschaft

errors-stale-button = Dieser Knopf ist veraltet. Bitte nutze die neueste Nachricht oder /menu.
errors-not-allowed = Das steht leider nur dem Organisationsteam der Partnerschaft zur Verfügung.
# Variables:
#   $code (String) - short id that links the user's report to the log line
errors-unexpected = Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es noch einmal. Wenn es wieder passiert, nenne dem Organisationsteam diesen Code: { $code }
