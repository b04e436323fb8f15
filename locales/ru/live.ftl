## live

live-workshop-button = 📺 Стена идей

## live-page

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
live-page-title = { $event } · { $city }
live-page-wall = Стена идей
live-page-code = Код зала
# Variables:
#   $code (String) - the room code
#   $bot (String) - the bot's Telegram username
live-page-join = Отсканируйте код или отправьте /room { $code } боту @{ $bot }
# Variables:
#   $language (String) - the original's language, e.g. "русский"
live-page-original = Оригинал ({ $language })
# Variables:
#   $language (String) - the original's language, e.g. "немецкий"
live-page-pending = перевод в пути · оригинал ({ $language })
live-page-machine = машинный перевод
live-page-corrected = перевод исправлен модератором
# Variables:
#   $count (Number) - how many people gave this idea a +1
live-page-votes = { $count } × +1
# Variables:
#   $count (Number) - ideas in a city's column
live-page-count = { $count ->
        [one] { $count } идея
        [few] { $count } идеи
        [many] { $count } идей
       *[other] { $count } идеи
    }
# Variables:
#   $cities (String) - the other room's city (or cities, as a list)
live-page-moment = Момент обмена · { $cities }: лучшие идеи по темам
live-page-bridge = идея-мост
live-page-empty = Идей пока нет: отправьте свою в чате.
live-page-reconnecting = Связь прервалась, подключаемся снова…
