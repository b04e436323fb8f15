## live

live-workshop-button = 📺 Сцяна ідэй

## live-page

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
live-page-title = { $event } · { $city }
live-page-wall = Сцяна ідэй
live-page-code = Код залы
# Variables:
#   $code (String) - the room code
#   $bot (String) - the bot's Telegram username
live-page-join = Адскануйце код або дашліце /room { $code } боту @{ $bot }
# Variables:
#   $language (String) - the original's language, e.g. "руская"
live-page-original = Арыгінал ({ $language })
# Variables:
#   $language (String) - the original's language, e.g. "нямецкая"
live-page-pending = пераклад у дарозе · арыгінал ({ $language })
live-page-machine = машынны пераклад
live-page-corrected = пераклад выпраўлены мадэратарам
# Variables:
#   $count (Number) - how many people gave this idea a +1
live-page-votes = { $count } × +1
# Variables:
#   $count (Number) - ideas in a city's column
live-page-count = { $count ->
        [one] { $count } ідэя
        [few] { $count } ідэі
        [many] { $count } ідэй
       *[other] { $count } ідэі
    }
# Variables:
#   $cities (String) - the other room's city (or cities, as a list)
live-page-moment = Момент абмену · { $cities }: лепшыя ідэі па тэмах
live-page-bridge = ідэя-мост
live-page-empty = Ідэй пакуль няма: дашліце сваю ў чаце.
live-page-reconnecting = Сувязь перарвалася, падключаемся зноў…
