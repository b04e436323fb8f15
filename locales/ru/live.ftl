## live

live-workshop-button = 📺 Стена идей

## live-ideas

# Pop-ups refusing a button

live-ideas-not-checked-in = Вы не отметились в этом зале. Сначала введите код зала со стены идей (/room КОД).
live-ideas-not-live = Эта стена идей закрыта: она ещё не началась или уже закончилась.
live-ideas-not-moderator = Это могут только модераторы этого зала и организаторы.
live-ideas-plus-own = Это ваша собственная идея: +1 ей ставят другие.
live-ideas-gone = Этой идеи больше нет на стене.

# The author's confirmation

# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
live-ideas-submitted-shown = ✅ Спасибо! Ваша идея «{ $title }» уже на стенах идей всех залов.
# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
live-ideas-submitted-waiting = ✅ Спасибо! Ваша идея «{ $title }» появится на стенах идей, когда её одобрит модератор вашего зала.

# The event's ideas in the chat, with +1

# Variables:
#   $event (String) - the live event's title
#   $count (Number) - ideas on the walls
#   $page (Number) - this page
#   $pages (Number) - pages in all
live-ideas-list = 💡 Стена идей «{ $event }»: { $count ->
        [one] { $count } идея
        [few] { $count } идеи
        [many] { $count } идей
       *[other] { $count } идеи
    } · страница { $page } из { $pages }
    Ставьте +1 идеям, которые вам нравятся, из всех залов.
live-ideas-list-empty = На стенах ещё нет идей. Предложите первую!
# Variables:
#   $number (Number) - the idea's number in the list
#   $title (String) - idea title, in the reader's language where a translation exists
#   $city (String) - the city whose room it came from
#   $votes (Number) - its +1 so far
live-ideas-line = { $number }. { $title } — { $city } · +1: { $votes }
live-ideas-mark-bridge = 🌉 идея-мост
live-ideas-mark-own = ваша идея
live-ideas-mark-mine = ✅ ваш +1
live-ideas-mark-machine = 🤖 машинный перевод
# Variables:
#   $language (String) - the original's language, with its flag
live-ideas-mark-original = язык: { $language }, перевода пока нет
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-plus = 👍 +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-undo = Убрать +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-original = Оригинал #{ $number }
live-ideas-page-back = ◀️ Назад
live-ideas-page-next = Дальше ▶️
live-ideas-back-room = ⬅️ Назад к залу
live-ideas-back-list = ⬅️ Назад к идеям
# Variables:
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $title (String) - idea title as written
#   $description (String) - idea description as written
live-ideas-original-text = 📄 Как написано, язык: { $language } · { $city }

    { $title }

    { $description }

# Notices to the author

# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
live-ideas-notice-shown = 📺 Ваша идея «{ $title }» теперь на стенах идей.
# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
#   $reason (String) - the moderator's reason
live-ideas-notice-hidden = 🙈 Модератор вашего зала скрыл вашу идею «{ $title }» со стен идей. Причина: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
#   $target (String) - the title of the idea it joined
live-ideas-notice-merged = 🔗 Ваша идея «{ $title }» на стенах идей объединена с очень похожей идеей «{ $target }»; её +1 перешли туда, и теперь вы в её команде.

# The room moderators

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
#   $moderation (String) - pre or post
live-ideas-queue = 🛡 Модерация · зал { $city } · «{ $event }»
    { $moderation ->
        [pre] Новые идеи ждут вашего одобрения, прежде чем появятся на стенах.
       *[post] Новые идеи сразу появляются на стенах; скрывайте то, чему там не место.
    }
    Нажмите на номер, чтобы работать с этой идеей.
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-waiting = ⏳ Ждут одобрения ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-shown = 📺 На стенах, из этого зала ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-hidden = 🙈 Скрыты ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-others = 🌐 Из других залов, проверить перевод ({ $count }):
live-ideas-queue-empty = Идей пока нет.
# Variables:
#   $title (String) - idea title
live-ideas-quoted = «{ $title }»
live-ideas-refresh = 🔄 Обновить
live-ideas-back-queue = ⬅️ Назад к модерации
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
        [waiting] ⏳ Ждёт одобрения
        [shown] 📺 На стенах
        [hidden] 🙈 Скрыта со стен
        [merged] 🔗 Объединена с другой идеей
       *[other] 📺 На стенах (идея другого зала)
    }
# Variables:
#   $language (String) - the room's display language, with its flag
#   $state (String) - machine, human or pending
#   $title (String) - the title as this wall shows it (empty while pending)
live-ideas-card-wall = Стена этого зала показывает её на языке { $language }: { $state ->
        [machine] «{ $title }» (машинный перевод)
        [human] «{ $title }» (исправлено модератором)
       *[pending] перевод в пути
    }
live-ideas-do-approve = 📺 Показать на стенах
live-ideas-do-hide = 🙈 Скрыть со стен
live-ideas-do-restore = ↩️ Показать снова
live-ideas-do-merge = 🔗 Объединить с другой идеей
live-ideas-do-merge-ok = 🔗 Объединить
live-ideas-do-correct = ✏️ Исправить перевод
# Variables:
#   $title (String) - idea title
live-ideas-hide-ask = Почему скрыть идею «{ $title }»? Причина сохраняется в журнале, а идея исчезнет со стен всех залов.
live-ideas-reason-1 = Не по теме
live-ideas-reason-2 = Есть личные данные
live-ideas-reason-3 = Оскорбительно
live-ideas-reason-own = ✍️ Написать причину
# Variables:
#   $title (String) - idea title
live-ideas-reason-ask = Напишите, почему скрыть идею «{ $title }» (причина сохранится в журнале).
# Variables:
#   $title (String) - idea title
live-ideas-merge-ask = Какую идею повторяет идея «{ $title }»? Её +1 перейдут к той идее, а сама она исчезнет со стен.
live-ideas-merge-none = Других идей на стенах пока нет.
# Variables:
#   $title (String) - the duplicate's title
#   $target (String) - the title of the idea it joins
live-ideas-merge-confirm = Объединить идею «{ $title }» с идеей «{ $target }»? Её +1 перейдут к идее «{ $target }» (один от каждого человека), а сама она исчезнет со стен. Отменить это нельзя.
# Variables:
#   $step (String) - title or description
#   $language (String) - the room's display language, with its flag
#   $original (String) - the original's title or description
#   $now (String) - what the wall shows now ("—" while the translation is pending)
live-ideas-correct-ask = { $step ->
        [title] ✏️ Напишите название на языке { $language }.
       *[description] ✏️ Теперь напишите описание на языке { $language }.
    }

    Оригинал: { $original }
    Сейчас на стене: { $now }
live-ideas-done-approve = 📺 Одобрено: идея уже на стенах.
live-ideas-done-hide = 🙈 Скрыто со стен всех залов; причина сохранена в журнале.
live-ideas-done-restore = ↩️ Идея снова на стенах.
live-ideas-done-merge = 🔗 Объединено: дубликат исчез со стен, его +1 перешли к другой идее.
live-ideas-done-correct = ✏️ Исправление сохранено: стены уже показывают его.
