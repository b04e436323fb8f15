## Missbrauchsgrenzen und die Fehlermeldung an die Admins

# Variables:
#   $seconds (Number) - how long the bot stays silent
limits-slow-down = 🐢 Das war sehr viel auf einmal. Bitte warte etwa { $seconds ->
    [one] eine Sekunde
   *[other] { $seconds } Sekunden
}, dann höre ich dir wieder zu.
# Variables:
#   $limit (Number) - ideas one person may share per hour
limits-hourly-idea = { $limit ->
    [one] Du kannst { $limit } Idee pro Stunde teilen. Bitte versuche es etwas später noch einmal.
   *[other] Du kannst { $limit } Ideen pro Stunde teilen. Bitte versuche es etwas später noch einmal.
}
# Variables:
#   $limit (Number) - translations one person may suggest per hour
limits-hourly-translation = { $limit ->
    [one] Du kannst { $limit } Übersetzung pro Stunde vorschlagen. Danke für deine Hilfe — mach bitte etwas später weiter.
   *[other] Du kannst { $limit } Übersetzungen pro Stunde vorschlagen. Danke für deine Hilfe — mach bitte etwas später weiter.
}
# Variables:
#   $limit (Number) - team messages one person may send per hour
limits-hourly-team-message = { $limit ->
    [one] Du kannst { $limit } Team-Nachricht pro Stunde senden. Fasse deine Gedanken bitte in einer Nachricht zusammen oder versuche es später.
   *[other] Du kannst { $limit } Team-Nachrichten pro Stunde senden. Fasse deine Gedanken bitte in einer Nachricht zusammen oder versuche es später.
}
# Variables:
#   $limit (Number) - longest text the bot accepts, in characters
limits-text-too-long = Dieser Text ist mir zu lang: bitte höchstens { $limit } Zeichen.
limits-unsupported-message = Ich kann nur Text, Fotos und Dateien lesen. Bitte tippe deine Antwort oder nutze die Knöpfe.
# Variables:
#   $limit (Number) - largest file the bot accepts, in megabytes
limits-file-too-big = Diese Datei ist zu groß: erlaubt sind { $limit } MB.
# Variables:
#   $code (String) - correlation id, also in the log line
#   $error (String) - the exception's type
#   $suppressed (Number) - further failures not reported since the last notice
errors-admin-notice = ⚠️ Ein Update ist fehlgeschlagen: Code { $code } ({ $error }). Suche diesen Code im Log.{ $suppressed ->
    [0] {""}
   *[other] {" "}({ $suppressed } weitere Fehler seit der letzten Meldung.)
}
