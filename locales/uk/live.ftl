## live

live-workshop-button = 📺 Стіна ідей

## live-ideas

# Pop-ups refusing a button

live-ideas-not-checked-in = Ви не відмітилися в цій залі. Спершу введіть код зали зі стіни ідей (/room КОД).
live-ideas-not-live = Ця стіна ідей закрита: вона ще не почалася або вже завершилася.
live-ideas-not-moderator = Це можуть лише модератори цієї зали та організатори.
live-ideas-plus-own = Це ваша власна ідея: +1 їй ставлять інші.
live-ideas-gone = Цієї ідеї вже немає на стіні.

# The author's confirmation

# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідея"
live-ideas-submitted-shown = ✅ Дякуємо! Ваша ідея «{ $title }» уже на стінах ідей усіх зал.
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідея"
live-ideas-submitted-waiting = ✅ Дякуємо! Ваша ідея «{ $title }» з'явиться на стінах ідей, щойно її схвалить модератор вашої зали.

# The event's ideas in the chat, with +1

# Variables:
#   $event (String) - the live event's title
#   $count (Number) - ideas on the walls
#   $page (Number) - this page
#   $pages (Number) - pages in all
live-ideas-list = 💡 Стіна ідей «{ $event }»: { $count ->
        [one] { $count } ідея
        [few] { $count } ідеї
        [many] { $count } ідей
       *[other] { $count } ідеї
    } · сторінка { $page } з { $pages }
    Ставте +1 ідеям, які вам подобаються, з усіх зал.
live-ideas-list-empty = На стінах ще немає ідей. Запропонуйте першу!
# Variables:
#   $number (Number) - the idea's number in the list
#   $title (String) - idea title, in the reader's language where a translation exists
#   $city (String) - the city whose room it came from
#   $votes (Number) - its +1 so far
live-ideas-line = { $number }. { $title } — { $city } · +1: { $votes }
live-ideas-mark-bridge = 🌉 ідея-міст
live-ideas-mark-own = ваша ідея
live-ideas-mark-mine = ✅ ваш +1
live-ideas-mark-machine = 🤖 машинний переклад
# Variables:
#   $language (String) - the original's language, with its flag
live-ideas-mark-original = мова: { $language }, перекладу поки немає
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-plus = 👍 +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-undo = Забрати +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-original = Оригінал #{ $number }
live-ideas-page-back = ◀️ Назад
live-ideas-page-next = Далі ▶️
live-ideas-back-room = ⬅️ Назад до зали
live-ideas-back-list = ⬅️ Назад до ідей
# Variables:
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $title (String) - idea title as written
#   $description (String) - idea description as written
live-ideas-original-text = 📄 Як написано, мова: { $language } · { $city }

    { $title }

    { $description }

# Notices to the author

# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідея"
live-ideas-notice-shown = 📺 Ваша ідея «{ $title }» тепер на стінах ідей.
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідею"
#   $reason (String) - the moderator's reason
live-ideas-notice-hidden = 🙈 Модератор вашої зали приховав вашу ідею «{ $title }» зі стін ідей. Причина: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідея"
#   $target (String) - the title of the idea it joined
live-ideas-notice-merged = 🔗 Вашу ідею «{ $title }» на стінах ідей об'єднано з дуже схожою ідеєю «{ $target }»; її +1 перейшли туди, і тепер ви в її команді.

# The room moderators

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
#   $moderation (String) - pre or post
live-ideas-queue = 🛡 Модерація · зала { $city } · «{ $event }»
    { $moderation ->
        [pre] Нові ідеї чекають вашого схвалення, перш ніж з'являться на стінах.
       *[post] Нові ідеї одразу з'являються на стінах; приховуйте те, чому там не місце.
    }
    Натисніть на номер, щоб працювати з цією ідеєю.
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-waiting = ⏳ Чекають схвалення ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-shown = 📺 На стінах, з цієї зали ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-hidden = 🙈 Приховані ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-others = 🌐 З інших зал, перевірити переклад ({ $count }):
live-ideas-queue-empty = Ідей поки немає.
# Variables:
#   $title (String) - idea title
live-ideas-quoted = «{ $title }»
live-ideas-refresh = 🔄 Оновити
live-ideas-back-queue = ⬅️ Назад до модерації
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
        [waiting] ⏳ Чекає схвалення
        [shown] 📺 На стінах
        [hidden] 🙈 Прихована зі стін
        [merged] 🔗 Об'єднана з іншою ідеєю
       *[other] 📺 На стінах (ідея іншої зали)
    }
# Variables:
#   $language (String) - the room's display language, with its flag
#   $state (String) - machine, human or pending
#   $title (String) - the title as this wall shows it (empty while pending)
live-ideas-card-wall = Стіна цієї зали показує її мовою { $language }: { $state ->
        [machine] «{ $title }» (машинний переклад)
        [human] «{ $title }» (виправлено модератором)
       *[pending] переклад у дорозі
    }
live-ideas-do-approve = 📺 Показати на стінах
live-ideas-do-hide = 🙈 Приховати зі стін
live-ideas-do-restore = ↩️ Показати знову
live-ideas-do-merge = 🔗 Об'єднати з іншою ідеєю
live-ideas-do-merge-ok = 🔗 Об'єднати
live-ideas-do-correct = ✏️ Виправити переклад
# Variables:
#   $title (String) - idea title
live-ideas-hide-ask = Чому приховати ідею «{ $title }»? Причина зберігається в журналі, а ідея зникне зі стін усіх зал.
live-ideas-reason-1 = Не за темою
live-ideas-reason-2 = Містить особисті дані
live-ideas-reason-3 = Образливо
live-ideas-reason-own = ✍️ Написати причину
# Variables:
#   $title (String) - idea title
live-ideas-reason-ask = Напишіть, чому приховати ідею «{ $title }» (причина збережеться в журналі).
# Variables:
#   $title (String) - idea title
live-ideas-merge-ask = Яку ідею повторює ідея «{ $title }»? Її +1 перейдуть до тієї ідеї, а сама вона зникне зі стін.
live-ideas-merge-none = Інших ідей на стінах поки немає.
# Variables:
#   $title (String) - the duplicate's title
#   $target (String) - the title of the idea it joins
live-ideas-merge-confirm = Об'єднати ідею «{ $title }» з ідеєю «{ $target }»? Її +1 перейдуть до ідеї «{ $target }» (один від кожної людини), а сама вона зникне зі стін. Скасувати це не можна.
# Variables:
#   $step (String) - title or description
#   $language (String) - the room's display language, with its flag
#   $original (String) - the original's title or description
#   $now (String) - what the wall shows now ("—" while the translation is pending)
live-ideas-correct-ask = { $step ->
        [title] ✏️ Напишіть назву мовою { $language }.
       *[description] ✏️ Тепер напишіть опис мовою { $language }.
    }

    Оригінал: { $original }
    Зараз на стіні: { $now }
live-ideas-done-approve = 📺 Схвалено: ідея вже на стінах.
live-ideas-done-hide = 🙈 Приховано зі стін усіх зал; причину збережено в журналі.
live-ideas-done-restore = ↩️ Ідея знову на стінах.
live-ideas-done-merge = 🔗 Об'єднано: дублікат зник зі стін, його +1 перейшли до іншої ідеї.
live-ideas-done-correct = ✏️ Виправлення збережено: стіни вже показують його.
