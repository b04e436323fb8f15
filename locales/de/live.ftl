## live

live-workshop-button = 📺 Ideenwand

## live-page

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
live-page-title = { $event } · { $city }
live-page-wall = Ideenwand
live-page-code = Raumcode
# Variables:
#   $code (String) - the room code
#   $bot (String) - the bot's Telegram username
live-page-join = Scanne den Code oder schick /room { $code } an @{ $bot }
# Variables:
#   $language (String) - the original's language, e.g. "Russisch"
live-page-original = Originaltext ({ $language })
# Variables:
#   $language (String) - the original's language, e.g. "Russisch"
live-page-pending = Übersetzung folgt · Original auf { $language }
live-page-machine = maschinell übersetzt
live-page-corrected = Übersetzung von der Moderation korrigiert
# Variables:
#   $count (Number) - how many people gave this idea a +1
live-page-votes = { $count } × +1
# Variables:
#   $count (Number) - ideas in a city's column
live-page-count = { $count ->
        [one] { $count } Idee
       *[other] { $count } Ideen
    }
# Variables:
#   $cities (String) - the other room's city (or cities, as a list)
live-page-moment = Austauschmoment · aus { $cities }: die besten Ideen je Thema
live-page-bridge = Brückenidee
live-page-empty = Noch keine Ideen: schick deine im Chat.
live-page-reconnecting = Verbindung unterbrochen, verbinde neu…
