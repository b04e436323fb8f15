## live

live-workshop-button = 📺 Стіна ідей

## live-page

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
live-page-title = { $event } · { $city }
live-page-wall = Стіна ідей
live-page-code = Код зали
# Variables:
#   $code (String) - the room code
#   $bot (String) - the bot's Telegram username
live-page-join = Відскануйте код або надішліть /room { $code } боту @{ $bot }
# Variables:
#   $language (String) - the original's language, e.g. "російська"
live-page-original = Оригінал ({ $language })
# Variables:
#   $language (String) - the original's language, e.g. "німецька"
live-page-pending = переклад у дорозі · оригінал ({ $language })
live-page-machine = машинний переклад
live-page-corrected = переклад виправлено модератором
# Variables:
#   $count (Number) - how many people gave this idea a +1
live-page-votes = { $count } × +1
# Variables:
#   $count (Number) - ideas in a city's column
live-page-count = { $count ->
        [one] { $count } ідея
        [few] { $count } ідеї
        [many] { $count } ідей
       *[other] { $count } ідеї
    }
# Variables:
#   $cities (String) - the other room's city (or cities, as a list)
live-page-moment = Момент обміну · { $cities }: найкращі ідеї за темами
live-page-bridge = ідея-міст
live-page-empty = Ідей поки немає: надішліть свою в чаті.
live-page-reconnecting = Зв'язок перервався, підключаємося знову…
