## live

live-workshop-button = 📺 Сцяна ідэй

## live-setup

# Refusals (pop-ups after a button, replies after typed text)
live-setup-gone = Гэтай сцяны ідэй больш няма.
live-setup-need-room = Спачатку выберыце хаця б адну залу-партнёра.
live-setup-need-theme = Выберыце хаця б адну тэму.
live-setup-room-taken = Адзін з гэтых варкшопаў ужо мае сцяну ідэй. Адкрыйце яе з карткі таго варкшопа.
live-setup-online = анлайн

# Variables: $city (a room's city), $title (the workshop's title), $when (its time, saying whose clock)
live-setup-workshop-line = 📍 { $city } · { $title }
    { $when }

# Setting up
live-setup-intro = Сцяна ідэй звязвае варкшопы, якія ідуць адначасова ў розных гарадах: людзі ў кожнай зале дасылаюць ідэі з тэлефона, а сцяна кожнай залы паказвае ідэі ўсіх зал на сваёй мове.
live-setup-no-partner = Сцяна ідэй звязвае варкшопы, якія ідуць адначасова ў розных гарадах. Пакуль ніводзін іншы варкшоп вашага партнёрства ў іншым горадзе не супадае па часе з гэтым: стварыце яго там на той жа час (🛠 Інструменты арганізатараў → ➕ Новы варкшоп) і вярніцеся сюды.
live-setup-rooms-ask = Якія варкшопы ў той жа час далучыць? Кожны стане залай са сваёй старонкай сцяны і сваім кодам залы.
live-setup-mode-ask = Як новыя ідэі трапляюць на сцены?
live-setup-mode-post-explained = Пасля: ідэі з'яўляюцца адразу; мадэратар можа схаваць ідэю.
live-setup-mode-pre-explained = Да: ідэі чакаюць, пакуль мадэратар іх залы іх не ўхваліць.
live-setup-themes-ask = Над якімі тэмамі працуе гэтая сесія? Кожная ідэя на сценах атрымлівае гэтыя тэмы.
live-setup-preview-title = Праверце сцяну ідэй перад стварэннем:
# Variables: $language (the name of a language)
live-setup-room-language = Мова сцяны: { $language }
live-setup-mode-pre = да (мадэратар ухваляе кожную ідэю)
live-setup-mode-post = пасля (ідэі з'яўляюцца адразу)
# Variables: $mode (live-setup-mode-pre or live-setup-mode-post)
live-setup-moderation-line = Мадэрацыя: { $mode }
# Variables: $themes (the themes, as a list)
live-setup-themes-line = Тэмы: { $themes }
# Variables: $city (the room's city)
live-setup-language-ask = На якой мове сцяна ў зале «{ $city }» паказвае ўсе ідэі?
live-setup-created = ✅ Сцяна ідэй створана. Дадайце мадэратараў і моманты абмену, а калі сесія пачнецца, націсніце «Старт».

# The event

# Variables: $status (setup, live or closed)
live-setup-status = { $status ->
    [setup] Не пачата: увайсці ў залу можна пасля націскання «Старт».
    [live] Ідзе: людзі ўваходзяць у залу па кодзе залы.
   *[closed] Завершана.
}
live-setup-closed-note = Ідэі са сцен цяпер звычайныя ідэі ў раздзеле «Ідэі», гатовыя да галасавання і падбору каманд.
live-setup-no-public-address = У бота пакуль няма публічнага вэб-адраса (PUBLIC_URL), таму старонкі сцен адкрываюцца толькі ў пясочніцы.
# Variables: $code (the room code), $language (the wall's language)
live-setup-room-code = Код залы: { $code } · мова сцяны: { $language }
# Variables: $count (people checked in to the room)
live-setup-room-checked-in = { $count ->
    [one] У зале { $count } чалавек
    [few] У зале { $count } чалавекі
    [many] У зале { $count } чалавек
   *[other] У зале { $count } чалавека
}
# Variables: $names (the moderators' names, as a list)
live-setup-room-moderators = Мадэратары: { $names }
live-setup-room-no-moderators = Мадэратараў пакуль няма
# Variables: $url (the wall page's address)
live-setup-room-wall = Сцяна: { $url }
live-setup-started = ▶️ Сцяна ідэй запушчана: людзі могуць увайсці ў залу па кодзе залы.
# Variables: $count (ideas on the walls)
live-setup-close-ask = { $count ->
    [0] Завяршыць сцяну ідэй? На сценах пакуль няма ідэй. Пасля гэтага дасылаць ідэі будзе нельга.
    [one] Завяршыць сцяну ідэй? { $count } ідэя са сцен стане звычайнай ідэяй для галасавання і падбору каманд. Пасля гэтага дасылаць ідэі будзе нельга.
    [few] Завяршыць сцяну ідэй? { $count } ідэі са сцен стануць звычайнымі ідэямі для галасавання і падбору каманд. Пасля гэтага дасылаць ідэі будзе нельга.
    [many] Завяршыць сцяну ідэй? { $count } ідэй са сцен стануць звычайнымі ідэямі для галасавання і падбору каманд. Пасля гэтага дасылаць ідэі будзе нельга.
   *[other] Завяршыць сцяну ідэй? { $count } ідэі са сцен стануць звычайнымі ідэямі для галасавання і падбору каманд. Пасля гэтага дасылаць ідэі будзе нельга.
}
# Variables: $count (ideas still waiting for a moderator)
live-setup-close-waiting = { $count ->
    [one] { $count } ідэя яшчэ чакае мадэратара: яна трапіць у звычайную праверку ідэй.
    [few] { $count } ідэі яшчэ чакаюць мадэратара: яны трапяць у звычайную праверку ідэй.
    [many] { $count } ідэй яшчэ чакаюць мадэратара: яны трапяць у звычайную праверку ідэй.
   *[other] { $count } ідэі яшчэ чакаюць мадэратара: яны трапяць у звычайную праверку ідэй.
}
# Variables: $count (ideas that became ordinary ideas)
live-setup-closed = { $count ->
    [one] Сцяна ідэй завершана: { $count } ідэя цяпер у раздзеле «Ідэі».
    [few] Сцяна ідэй завершана: { $count } ідэі цяпер у раздзеле «Ідэі».
    [many] Сцяна ідэй завершана: { $count } ідэй цяпер у раздзеле «Ідэі».
   *[other] Сцяна ідэй завершана: { $count } ідэі цяпер у раздзеле «Ідэі».
}

# Exchange moments
live-setup-moments-title = Моманты абмену:
# Variables: $when (start–end, saying whose clock)
live-setup-moment-line = • { $when }
live-setup-moments-explained = Падчас моманту абмену кожная сцяна паказвае лепшыя ідэі іншых зал па кожнай тэме.
live-setup-moments-none = Момантаў абмену пакуль няма.
# Variables: $city (the first room's city, whose clock the times are on)
live-setup-moments-add = Дадайце момант: праз 15, 30 ці 60 хвілін або ўвядзіце час (па часе горада { $city }).
# Variables: $when (the start, saying whose clock)
live-setup-moment-length-ask = Момант абмену ў { $when }. Колькі ён доўжыцца?
# Variables: $city (the first room's city)
live-setup-moment-time-ask = Увядзіце пачатак у фармаце ГГ:ХХ па часе горада { $city }, напрыклад 18:30.
live-setup-moment-bad-time = Увядзіце час у фармаце ГГ:ХХ, напрыклад 18:30.
live-setup-moment-past = Гэты час сёння ўжо мінуў. Увядзіце пазнейшы.
live-setup-moment-added = ✅ Момант абмену запланаваны.
live-setup-moment-removed = Момант абмену выдалены.

# Moderators

# Variables: $city (the room's city), $names (the moderators' names, as a list)
live-setup-mods-list = Мадэратары залы «{ $city }»: { $names }
# Variables: $city (the room's city)
live-setup-mods-none = Зала «{ $city }» пакуль не мае мадэратараў. Арганізатары могуць мадэраваць заўсёды.
live-setup-mods-add = Дадаць мадэратара: арганізатары, коўчы і людзі, якія ўвайшлі ў гэтую залу.
live-setup-mods-nobody = Дадаць пакуль няма каго: тут з'явяцца людзі, якія ўвайшлі ў гэтую залу.
# Variables: $name (a person's name), $city (the room's city)
live-setup-mods-remove-ask = Прыбраць { $name } з мадэратараў залы «{ $city }»?

# Checking in and the room
live-setup-code-ask = Увядзіце код залы са сцяны (пяць літар і лічбаў).
# Variables: $code (what the person typed)
live-setup-code-unknown = Няма залы з кодам «{ $code }». Праверце код на сцяне і дашліце /room з ім яшчэ раз, напрыклад /room K7Q2M.
# Variables: $title (the event's title)
live-setup-code-not-live = Сцяна ідэй «{ $title }» яшчэ не пачалася. Паспрабуйце зноў, калі пачнецца сесія.
# Variables: $title (the event's title)
live-setup-code-closed = Сцяна ідэй «{ $title }» завершана. Яе ідэі цяпер у раздзеле «Ідэі» і чакаюць галасавання.
live-setup-checked-in = ✅ Вы ўвайшлі ў залу.
live-setup-moved = ✅ Вы перайшлі ў гэтую залу.
# Variables: $city (the room's city)
live-setup-room-city = 📍 Зала: { $city }
live-setup-room-in = Вы ў зале: дасылайце ідэі тут, яны з'явяцца на сценах усіх зал.

# Buttons
live-setup-begin-button = 📺 Стварыць сцяну ідэй
# Variables: $city (the partner room's city), $title (its workshop's title)
live-setup-room-button = { $city } · { $title }
live-setup-next-button = Далей ➡️
live-setup-mode-post-button = Пасля: паказваць адразу
live-setup-mode-pre-button = Да: спачатку ўхваліць
# Variables: $city (a room's city)
live-setup-language-button = 🌐 { $city }
live-setup-edit-rooms-button = ✏️ Залы
live-setup-edit-mode-button = ✏️ Мадэрацыя
live-setup-edit-themes-button = ✏️ Тэмы
live-setup-create-button = Стварыць сцяну ідэй
# Variables: $city (a room's city)
live-setup-mods-button = 🛡 { $city }
live-setup-mode-switch-to-pre = Мадэрацыя пасля · змяніць
live-setup-mode-switch-to-post = Мадэрацыя да · змяніць
live-setup-moments-button = ⏱ Моманты абмену
live-setup-start-button = ▶️ Старт
live-setup-close-button = ⏹ Завяршыць сцяну ідэй
live-setup-ideas-button = 💡 Ідэі
live-setup-close-yes = Завяршыць
# Variables: $minutes (minutes from now)
live-setup-moment-in = +{ $minutes } хв
# Variables: $when (the moment's start)
live-setup-moment-remove = 🗑 { $when }
live-setup-moment-type-button = ⌨️ Увесці час
# Variables: $minutes (the moment's length)
live-setup-moment-length = { $minutes } хв
# Variables: $name (a person's name)
live-setup-mods-remove = ➖ { $name }
# Variables: $name (a person's name)
live-setup-mods-add-button = ➕ { $name }
live-setup-page-back = ⬅️ Назад
live-setup-page-next = Яшчэ ➡️
live-setup-mods-remove-yes = Прыбраць
live-setup-post-button = ✏️ Даслаць ідэю
live-setup-browse-button = 👍 Ідэі ўсіх зал
live-setup-moderate-button = 🛡 Мадэрацыя
live-setup-wall-button = 📺 Старонка сцяны

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
live-page-empty-other = Ідэй пакуль няма.
live-page-reconnecting = Сувязь перарвалася, падключаемся зноў…
