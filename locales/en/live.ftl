## live

live-workshop-button = 📺 Live wall

## live-page

# Variables:
#   $event (String) - the live event's title (the browser tab's title of a room's wall page)
#   $city (String) - the room's city
live-page-title = { $event } · { $city }
live-page-wall = Live wall
live-page-code = Room code
# Variables:
#   $code (String) - the room code
#   $bot (String) - the bot's Telegram username
live-page-join = Scan the code or send /room { $code } to @{ $bot }
# Variables:
#   $language (String) - the original's language, e.g. "Russian" (shown above an idea's
#     original text when the wall shows it translated)
live-page-original = Original ({ $language })
# Variables:
#   $language (String) - the original's language, e.g. "Russian"
live-page-pending = translation pending · original in { $language }
live-page-machine = machine translation
live-page-corrected = translation corrected by a moderator
# Variables:
#   $count (Number) - how many people gave this idea a +1
live-page-votes = { $count } × +1
# Variables:
#   $count (Number) - ideas in a city's column
live-page-count = { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    }
# Variables:
#   $cities (String) - the other room's city (or cities, as a list)
live-page-moment = Exchange moment · from { $cities }: top ideas per theme
live-page-bridge = bridge idea
live-page-empty = No ideas yet: send yours in the chat.
live-page-reconnecting = Connection lost, reconnecting…
