## live

live-workshop-button = 📺 Стіна ідей

## live-setup

# Refusals (pop-ups after a button, replies after typed text)
live-setup-gone = Цієї стіни ідей більше немає.
live-setup-need-room = Спочатку виберіть хоча б одну залу-партнера.
live-setup-need-theme = Виберіть хоча б одну тему.
live-setup-room-taken = Один із цих воркшопів уже має стіну ідей. Відкрийте її з картки того воркшопу.
live-setup-online = онлайн

# Variables: $city (a room's city), $title (the workshop's title), $when (its time, saying whose clock)
live-setup-workshop-line = 📍 { $city } · { $title }
    { $when }

# Setting up
live-setup-intro = Стіна ідей поєднує воркшопи, які відбуваються одночасно в різних містах: люди в кожній залі надсилають ідеї з телефона, а стіна кожної зали показує ідеї всіх зал своєю мовою.
live-setup-no-partner = Стіна ідей поєднує воркшопи, які відбуваються одночасно в різних містах. Поки жоден інший воркшоп вашого партнерства в іншому місті не збігається в часі з цим: створіть його там на той самий час (🛠 Інструменти організаторів → ➕ Новий воркшоп) і поверніться сюди.
live-setup-rooms-ask = Які воркшопи в той самий час приєднати? Кожен стане залою зі своєю сторінкою стіни та своїм кодом зали.
live-setup-mode-ask = Як нові ідеї потрапляють на стіни?
live-setup-mode-post-explained = Після: ідеї з'являються одразу; модератор може приховати ідею.
live-setup-mode-pre-explained = До: ідеї чекають, доки модератор їхньої зали їх не схвалить.
live-setup-themes-ask = Над якими темами працює цей воркшоп? Кожна ідея на стінах отримує ці теми.
live-setup-preview-title = Перевірте стіну ідей перед створенням:
# Variables: $language (the name of a language)
live-setup-room-language = Мова стіни: { $language }
live-setup-mode-pre = до (модератор схвалює кожну ідею)
live-setup-mode-post = після (ідеї з'являються одразу)
# Variables: $mode (live-setup-mode-pre or live-setup-mode-post)
live-setup-moderation-line = Модерація: { $mode }
# Variables: $themes (the themes, as a list)
live-setup-themes-line = Теми: { $themes }
# Variables: $city (the room's city)
live-setup-language-ask = Якою мовою стіна в залі «{ $city }» показує всі ідеї?
live-setup-created = ✅ Стіну ідей створено. Додайте модераторів і моменти обміну, а коли воркшоп почнеться, натисніть «Старт».

# The event

# Variables: $status (setup, live or closed)
live-setup-status = { $status ->
    [setup] Не розпочато: увійти до зали можна після натискання «Старт».
    [live] Триває: люди входять до зали за кодом зали.
   *[closed] Завершено.
}
live-setup-closed-note = Ідеї зі стін тепер звичайні ідеї в розділі «Ідеї», готові до голосування та підбору команд.
live-setup-no-public-address = Сторінку стіни поки не можна відкрити на проєкторі: у бота не налаштовано вебадресу. Повідомте адміністратора бота.
# Variables: $code (the room code), $language (the wall's language)
live-setup-room-code = Код зали: { $code } · мова стіни: { $language }
# Variables: $count (people checked in to the room)
live-setup-room-checked-in = { $count ->
    [one] У залі { $count } людина
    [few] У залі { $count } людини
    [many] У залі { $count } людей
   *[other] У залі { $count } людини
}
# Variables: $names (the moderators' names, as a list)
live-setup-room-moderators = Модератори: { $names }
live-setup-room-no-moderators = Модераторів поки немає
# Variables: $url (the wall page's address)
live-setup-room-wall = Стіна: { $url }
live-setup-started = ▶️ Стіну ідей запущено: люди можуть увійти до зали за кодом зали.
# Variables: $count (ideas on the walls)
live-setup-close-ask = { $count ->
    [0] Завершити стіну ідей? На стінах поки немає ідей. Після цього надсилати ідеї буде неможливо.
    [one] Завершити стіну ідей? { $count } ідея зі стін стане звичайною ідеєю для голосування та підбору команд. Після цього надсилати ідеї буде неможливо.
    [few] Завершити стіну ідей? { $count } ідеї зі стін стануть звичайними ідеями для голосування та підбору команд. Після цього надсилати ідеї буде неможливо.
    [many] Завершити стіну ідей? { $count } ідей зі стін стануть звичайними ідеями для голосування та підбору команд. Після цього надсилати ідеї буде неможливо.
   *[other] Завершити стіну ідей? { $count } ідеї зі стін стануть звичайними ідеями для голосування та підбору команд. Після цього надсилати ідеї буде неможливо.
}
# Variables: $count (ideas still waiting for a moderator)
live-setup-close-waiting = { $count ->
    [one] { $count } ідея ще чекає на модератора: вона потрапить до звичайної перевірки ідей.
    [few] { $count } ідеї ще чекають на модератора: вони потраплять до звичайної перевірки ідей.
    [many] { $count } ідей ще чекають на модератора: вони потраплять до звичайної перевірки ідей.
   *[other] { $count } ідеї ще чекають на модератора: вони потраплять до звичайної перевірки ідей.
}
# Variables: $count (ideas that became ordinary ideas)
live-setup-closed = { $count ->
    [one] Стіну ідей завершено: { $count } ідея тепер у розділі «Ідеї».
    [few] Стіну ідей завершено: { $count } ідеї тепер у розділі «Ідеї».
    [many] Стіну ідей завершено: { $count } ідей тепер у розділі «Ідеї».
   *[other] Стіну ідей завершено: { $count } ідеї тепер у розділі «Ідеї».
}

# Exchange moments
live-setup-moments-title = Моменти обміну:
# Variables: $when (start–end, saying whose clock)
live-setup-moment-line = • { $when }
live-setup-moments-explained = Під час моменту обміну кожна стіна показує найкращі ідеї інших зал за кожною темою.
live-setup-moments-none = Моментів обміну поки немає.
# Variables: $city (the first room's city, whose clock the times are on)
live-setup-moments-add = Додайте момент: через 15, 30 або 60 хвилин або введіть час (за часом міста { $city }).
# Variables: $when (the start, saying whose clock)
live-setup-moment-length-ask = Момент обміну о { $when }. Скільки він триває?
# Variables: $city (the first room's city)
live-setup-moment-time-ask = Введіть початок у форматі ГГ:ХХ за часом міста { $city }, наприклад 18:30.
live-setup-moment-bad-time = Введіть час у форматі ГГ:ХХ, наприклад 18:30.
live-setup-moment-past = Цей час сьогодні вже минув. Введіть пізніший.
live-setup-moment-added = ✅ Момент обміну заплановано.
live-setup-moment-removed = Момент обміну видалено.

# Moderators

# Variables: $city (the room's city), $names (the moderators' names, as a list)
live-setup-mods-list = Модератори зали «{ $city }»: { $names }
# Variables: $city (the room's city)
live-setup-mods-none = Зала «{ $city }» поки не має модераторів. Організатори можуть модерувати завжди.
live-setup-mods-add = Додати модератора: організатори, коучі та люди, що увійшли до цієї зали.
live-setup-mods-nobody = Додати поки нікого: тут з'являться люди, що увійшли до цієї зали.
# Variables: $name (a person's name), $city (the room's city)
live-setup-mods-remove-ask = Прибрати з модераторів зали «{ $city }»: { $name }?

# Checking in and the room
live-setup-code-ask = Введіть код зали зі стіни (п'ять літер і цифр).
# Variables: $code (what the person typed)
live-setup-code-unknown = Немає зали з кодом «{ $code }». Перевірте код на стіні й надішліть /room із ним ще раз, наприклад /room K7Q2M.
# Variables: $title (the event's title)
live-setup-code-not-live = Стіна ідей «{ $title }» ще не почалася. Спробуйте знову, коли почнеться воркшоп.
# Variables: $title (the event's title)
live-setup-code-closed = Стіну ідей «{ $title }» завершено. Її ідеї тепер у розділі «Ідеї» й чекають на голосування.
live-setup-checked-in = ✅ Ви увійшли до зали.
live-setup-moved = ✅ Ви перейшли до цієї зали.
# Variables: $city (the room's city)
live-setup-room-city = 📍 Зала: { $city }
live-setup-room-in = Ви в залі: надсилайте ідеї тут, вони з'являться на стінах усіх зал.

# Buttons
live-setup-begin-button = 📺 Створити стіну ідей
# Variables: $city (the partner room's city), $title (its workshop's title)
live-setup-room-button = { $city } · { $title }
live-setup-next-button = Далі ➡️
live-setup-mode-post-button = Після: показувати одразу
live-setup-mode-pre-button = До: спершу схвалити
# Variables: $city (a room's city)
live-setup-language-button = 🌐 { $city }
live-setup-edit-rooms-button = ✏️ Зали
live-setup-edit-mode-button = ✏️ Модерація
live-setup-edit-themes-button = ✏️ Теми
live-setup-create-button = Створити стіну ідей
# Variables: $city (a room's city)
live-setup-mods-button = 🛡 { $city }
live-setup-mode-switch-to-pre = Модерація після · змінити
live-setup-mode-switch-to-post = Модерація до · змінити
live-setup-moments-button = ⏱ Моменти обміну
live-setup-start-button = ▶️ Старт
live-setup-close-button = ⏹ Завершити стіну ідей
live-setup-ideas-button = 💡 Ідеї
live-setup-close-yes = Завершити
# Variables: $minutes (minutes from now)
live-setup-moment-in = +{ $minutes } хв
# Variables: $when (the moment's start)
live-setup-moment-remove = 🗑 { $when }
live-setup-moment-type-button = ⌨️ Ввести час
# Variables: $minutes (the moment's length)
live-setup-moment-length = { $minutes } хв
# Variables: $name (a person's name)
live-setup-mods-remove = ➖ { $name }
# Variables: $name (a person's name)
live-setup-mods-add-button = ➕ { $name }
live-setup-page-back = ⬅️ Назад
live-setup-page-next = Ще ➡️
live-setup-mods-remove-yes = Прибрати
live-setup-post-button = ✏️ Надіслати ідею
live-setup-browse-button = 👍 Ідеї всіх зал
live-setup-moderate-button = 🛡 Модерація
live-setup-wall-button = 📺 Сторінка стіни

## live-ideas

# Pop-ups refusing a button

live-ideas-not-checked-in = Ви ще не увійшли до цієї зали. Надішліть /room і код зі стіни, наприклад /room KRD24.
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
live-ideas-card-wall = Так її показує стіна цієї зали (мова: { $language }): { $state ->
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
        [title] ✏️ Напишіть назву. Мова: { $language }.
       *[description] ✏️ Тепер напишіть опис. Мова: { $language }.
    }

    Оригінал: { $original }
    Зараз на стіні: { $now }

    Оригінал: { $original }
    Зараз на стіні: { $now }
live-ideas-done-approve = 📺 Схвалено: ідея вже на стінах.
live-ideas-done-hide = 🙈 Приховано зі стін усіх зал; причину збережено в журналі.
live-ideas-done-restore = ↩️ Ідея знову на стінах.
live-ideas-done-merge = 🔗 Об'єднано: дублікат зник зі стін, його +1 перейшли до іншої ідеї.
live-ideas-done-correct = ✏️ Виправлення збережено: стіни вже показують його.

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
# Variables:
#   $language (String) - the original's language; no machine translation is configured
live-page-untranslated = оригінал ({ $language }) · сервіс перекладу не підключено
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
live-page-empty-other = Ідей поки немає.
live-page-reconnecting = Зв'язок перервався, підключаємося знову…
