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
live-setup-created = ✅ Сцяна ідэй створана. Дадайце мадэратараў і моманты абмену, а калі варкшоп пачнецца, націсніце «Старт».

# The event

# Variables: $status (setup, live or closed)
live-setup-status = { $status ->
    [setup] Не пачата: увайсці ў залу можна пасля націскання «Старт».
    [live] Ідзе: людзі ўваходзяць у залу па кодзе залы.
   *[closed] Завершана.
}
live-setup-closed-note = Ідэі са сцен цяпер звычайныя ідэі ў раздзеле «Ідэі», гатовыя да галасавання і падбору каманд.
live-setup-no-public-address = Старонку сцяны пакуль нельга адкрыць на праектары: у бота не наладжаны вэб-адрас. Паведаміце адміністратару бота.
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

## live-ideas

# Pop-ups refusing a button

live-ideas-not-checked-in = Вы не адзначыліся ў гэтай зале. Спачатку ўвядзіце код залы са сцяны ідэй (/room КОД).
live-ideas-not-live = Гэтая сцяна ідэй закрытая: яна яшчэ не пачалася або ўжо скончылася.
live-ideas-not-moderator = Гэта могуць толькі мадэратары гэтай залы і арганізатары.
live-ideas-plus-own = Гэта ваша ўласная ідэя: +1 ёй ставяць іншыя.
live-ideas-gone = Гэтай ідэі ўжо няма на сцяне.

# The author's confirmation

# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэя» before it)
live-ideas-submitted-shown = ✅ Дзякуй! Ваша ідэя «{ $title }» ужо на сценах ідэй усіх залаў.
# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэя» before it)
live-ideas-submitted-waiting = ✅ Дзякуй! Ваша ідэя «{ $title }» з'явіцца на сценах ідэй, калі яе адобрыць мадэратар вашай залы.

# The event's ideas in the chat, with +1

# Variables:
#   $event (String) - the live event's title
#   $count (Number) - ideas on the walls
#   $page (Number) - this page
#   $pages (Number) - pages in all
live-ideas-list = 💡 Сцяна ідэй «{ $event }»: { $count ->
        [one] { $count } ідэя
        [few] { $count } ідэі
        [many] { $count } ідэй
       *[other] { $count } ідэі
    } · старонка { $page } з { $pages }
    Стаўце +1 ідэям, якія вам падабаюцца, з усіх залаў.
live-ideas-list-empty = На сценах яшчэ няма ідэй. Прапануйце першую!
# Variables:
#   $number (Number) - the idea's number in the list
#   $title (String) - idea title, in the reader's language where a translation exists
#   $city (String) - the city whose room it came from
#   $votes (Number) - its +1 so far
live-ideas-line = { $number }. { $title } — { $city } · +1: { $votes }
live-ideas-mark-bridge = 🌉 ідэя-мост
live-ideas-mark-own = ваша ідэя
live-ideas-mark-mine = ✅ ваш +1
live-ideas-mark-machine = 🤖 машынны пераклад
# Variables:
#   $language (String) - the original's language, with its flag
live-ideas-mark-original = мова: { $language }, перакладу пакуль няма
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-plus = 👍 +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-undo = Зняць +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-original = Арыгінал #{ $number }
live-ideas-page-back = ◀️ Назад
live-ideas-page-next = Далей ▶️
live-ideas-back-room = ⬅️ Назад да залы
live-ideas-back-list = ⬅️ Назад да ідэй
# Variables:
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $title (String) - idea title as written
#   $description (String) - idea description as written
live-ideas-original-text = 📄 Як напісана, мова: { $language } · { $city }

    { $title }

    { $description }

# Notices to the author

# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэя» before it)
live-ideas-notice-shown = 📺 Ваша ідэя «{ $title }» цяпер на сценах ідэй.
# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэю» before it)
#   $reason (String) - the moderator's reason
live-ideas-notice-hidden = 🙈 Мадэратар вашай залы схаваў вашу ідэю «{ $title }» са сцен ідэй. Прычына: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэя» before it)
#   $target (String) - the title of the idea it joined
live-ideas-notice-merged = 🔗 Вашу ідэю «{ $title }» на сценах ідэй аб'ядналі з вельмі падобнай ідэяй «{ $target }»; яе +1 перайшлі туды, і цяпер вы ў яе камандзе.

# The room moderators

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
#   $moderation (String) - pre or post
live-ideas-queue = 🛡 Мадэрацыя · зала { $city } · «{ $event }»
    { $moderation ->
        [pre] Новыя ідэі чакаюць вашага адабрэння, перш чым з'явяцца на сценах.
       *[post] Новыя ідэі адразу з'яўляюцца на сценах; хавайце тое, чаму там не месца.
    }
    Націсніце на нумар, каб працаваць з гэтай ідэяй.
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-waiting = ⏳ Чакаюць адабрэння ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-shown = 📺 На сценах, з гэтай залы ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-hidden = 🙈 Схаваныя ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-others = 🌐 З іншых залаў, праверыць пераклад ({ $count }):
live-ideas-queue-empty = Ідэй пакуль няма.
# Variables:
#   $title (String) - idea title
live-ideas-quoted = «{ $title }»
live-ideas-refresh = 🔄 Абнавіць
live-ideas-back-queue = ⬅️ Назад да мадэрацыі
# Variables:
#   $title (String) - idea title as written
#   $description (String) - idea description as written
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $status (String) - waiting, shown, hidden, merged, or other (another room's idea)
live-ideas-card = «{ $title }»
    { $description }

    { $language } · { $city }
    { $status ->
        [waiting] ⏳ Чакае адабрэння
        [shown] 📺 На сценах
        [hidden] 🙈 Схаваная са сцен
        [merged] 🔗 Аб'яднаная з іншай ідэяй
       *[other] 📺 На сценах (ідэя іншай залы)
    }
# Variables:
#   $language (String) - the room's display language, with its flag
#   $state (String) - machine, human or pending
#   $title (String) - the title as this wall shows it (empty while pending)
live-ideas-card-wall = Сцяна гэтай залы паказвае яе на мове { $language }: { $state ->
        [machine] «{ $title }» (машынны пераклад)
        [human] «{ $title }» (выпраўлена мадэратарам)
       *[pending] пераклад у дарозе
    }
live-ideas-do-approve = 📺 Паказаць на сценах
live-ideas-do-hide = 🙈 Схаваць са сцен
live-ideas-do-restore = ↩️ Паказаць зноў
live-ideas-do-merge = 🔗 Аб'яднаць з іншай ідэяй
live-ideas-do-merge-ok = 🔗 Аб'яднаць
live-ideas-do-correct = ✏️ Выправіць пераклад
# Variables:
#   $title (String) - idea title
live-ideas-hide-ask = Чаму схаваць ідэю «{ $title }»? Прычына захоўваецца ў журнале, а ідэя знікне са сцен усіх залаў.
live-ideas-reason-1 = Не па тэме
live-ideas-reason-2 = Ёсць асабістыя даныя
live-ideas-reason-3 = Абразліва
live-ideas-reason-own = ✍️ Напісаць прычыну
# Variables:
#   $title (String) - idea title
live-ideas-reason-ask = Напішыце, чаму схаваць ідэю «{ $title }» (прычына захаваецца ў журнале).
# Variables:
#   $title (String) - idea title
live-ideas-merge-ask = Якую ідэю паўтарае ідэя «{ $title }»? Яе +1 пяройдуць да той ідэі, а сама яна знікне са сцен.
live-ideas-merge-none = Іншых ідэй на сценах пакуль няма.
# Variables:
#   $title (String) - the duplicate's title
#   $target (String) - the title of the idea it joins
live-ideas-merge-confirm = Аб'яднаць ідэю «{ $title }» з ідэяй «{ $target }»? Яе +1 пяройдуць да ідэі «{ $target }» (адзін ад кожнага чалавека), а сама яна знікне са сцен. Вярнуць гэта нельга.
# Variables:
#   $step (String) - title or description
#   $language (String) - the room's display language, with its flag
#   $original (String) - the original's title or description
#   $now (String) - what the wall shows now ("—" while the translation is pending)
live-ideas-correct-ask = { $step ->
        [title] ✏️ Напішыце назву на мове { $language }.
       *[description] ✏️ Цяпер напішыце апісанне на мове { $language }.
    }

    Арыгінал: { $original }
    Зараз на сцяне: { $now }
live-ideas-done-approve = 📺 Адобрана: ідэя ўжо на сценах.
live-ideas-done-hide = 🙈 Схавана са сцен усіх залаў; прычына захавана ў журнале.
live-ideas-done-restore = ↩️ Ідэя зноў на сценах.
live-ideas-done-merge = 🔗 Аб'яднана: дублікат знік са сцен, яго +1 перайшлі да іншай ідэі.
live-ideas-done-correct = ✏️ Выпраўленне захавана: сцены ўжо паказваюць яго.

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
# Variables:
#   $language (String) - the original's language; no machine translation is configured
live-page-untranslated = арыгінал ({ $language }) · сэрвіс перакладу не падключаны
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
