## live

live-workshop-button = 📺 Сцяна ідэй

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
