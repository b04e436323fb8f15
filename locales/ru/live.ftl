## live

live-workshop-button = 📺 Стена идей

## live-setup

# Refusals (pop-ups after a button, replies after typed text)
live-setup-gone = Этой стены идей больше нет.
live-setup-need-room = Сначала выберите хотя бы один зал-партнёр.
live-setup-need-theme = Выберите хотя бы одну тему.
live-setup-room-taken = У одного из этих воркшопов уже есть стена идей. Откройте её из карточки того воркшопа.
live-setup-online = онлайн

# Variables: $city (a room's city), $title (the workshop's title), $when (its time, saying whose clock)
live-setup-workshop-line = 📍 { $city } · { $title }
    { $when }

# Setting up
live-setup-intro = Стена идей связывает воркшопы, которые идут одновременно в разных городах: люди в каждом зале отправляют идеи с телефона, а стена каждого зала показывает идеи всех залов на своём языке.
live-setup-no-partner = Стена идей связывает воркшопы, которые идут одновременно в разных городах. Пока ни один другой воркшоп вашего партнёрства в другом городе не совпадает по времени с этим: создайте его там на то же время (🛠 Инструменты организаторов → ➕ Новый воркшоп) и вернитесь сюда.
live-setup-rooms-ask = Какие воркшопы в то же время подключить? Каждый станет залом со своей страницей стены и своим кодом зала.
live-setup-mode-ask = Как новые идеи попадают на стены?
live-setup-mode-post-explained = После: идеи появляются сразу; модератор может скрыть идею.
live-setup-mode-pre-explained = До: идеи ждут, пока модератор их зала не одобрит их.
live-setup-themes-ask = Над какими темами работает этот воркшоп? Каждая идея на стенах получает эти темы.
live-setup-preview-title = Проверьте стену идей перед созданием:
# Variables: $language (the name of a language)
live-setup-room-language = Язык стены: { $language }
live-setup-mode-pre = до (модератор одобряет каждую идею)
live-setup-mode-post = после (идеи появляются сразу)
# Variables: $mode (live-setup-mode-pre or live-setup-mode-post)
live-setup-moderation-line = Модерация: { $mode }
# Variables: $themes (the themes, as a list)
live-setup-themes-line = Темы: { $themes }
# Variables: $city (the room's city)
live-setup-language-ask = На каком языке стена в зале «{ $city }» показывает все идеи?
live-setup-created = ✅ Стена идей создана. Добавьте модераторов и моменты обмена, а когда воркшоп начнётся, нажмите «Старт».

# The event

# Variables: $status (setup, live or closed)
live-setup-status = { $status ->
    [setup] Не начата: войти в зал можно после нажатия «Старт».
    [live] Идёт: люди входят в зал по коду зала.
   *[closed] Завершена.
}
live-setup-closed-note = Идеи со стен теперь обычные идеи в разделе «Идеи», готовые к голосованию и подбору команд.
live-setup-no-public-address = Страницу стены пока нельзя открыть на проекторе: у бота не настроен веб-адрес. Сообщите администратору бота.
# Variables: $code (the room code), $language (the wall's language)
live-setup-room-code = Код зала: { $code } · язык стены: { $language }
# Variables: $count (people checked in to the room)
live-setup-room-checked-in = { $count ->
    [one] В зале { $count } человек
    [few] В зале { $count } человека
    [many] В зале { $count } человек
   *[other] В зале { $count } человека
}
# Variables: $names (the moderators' names, as a list)
live-setup-room-moderators = Модераторы: { $names }
live-setup-room-no-moderators = Модераторов пока нет
# Variables: $url (the wall page's address)
live-setup-room-wall = Стена: { $url }
live-setup-started = ▶️ Стена идей запущена: люди могут войти в зал по коду зала.
# Variables: $count (ideas on the walls)
live-setup-close-ask = { $count ->
    [0] Завершить стену идей? На стенах пока нет идей. После этого отправлять идеи будет нельзя.
    [one] Завершить стену идей? { $count } идея со стен станет обычной идеей для голосования и подбора команд. После этого отправлять идеи будет нельзя.
    [few] Завершить стену идей? { $count } идеи со стен станут обычными идеями для голосования и подбора команд. После этого отправлять идеи будет нельзя.
    [many] Завершить стену идей? { $count } идей со стен станут обычными идеями для голосования и подбора команд. После этого отправлять идеи будет нельзя.
   *[other] Завершить стену идей? { $count } идеи со стен станут обычными идеями для голосования и подбора команд. После этого отправлять идеи будет нельзя.
}
# Variables: $count (ideas still waiting for a moderator)
live-setup-close-waiting = { $count ->
    [one] { $count } идея ещё ждёт модератора: она попадёт в обычную проверку идей.
    [few] { $count } идеи ещё ждут модератора: они попадут в обычную проверку идей.
    [many] { $count } идей ещё ждут модератора: они попадут в обычную проверку идей.
   *[other] { $count } идеи ещё ждут модератора: они попадут в обычную проверку идей.
}
# Variables: $count (ideas that became ordinary ideas)
live-setup-closed = { $count ->
    [one] Стена идей завершена: { $count } идея теперь в разделе «Идеи».
    [few] Стена идей завершена: { $count } идеи теперь в разделе «Идеи».
    [many] Стена идей завершена: { $count } идей теперь в разделе «Идеи».
   *[other] Стена идей завершена: { $count } идеи теперь в разделе «Идеи».
}

# Exchange moments
live-setup-moments-title = Моменты обмена:
# Variables: $when (start–end, saying whose clock)
live-setup-moment-line = • { $when }
live-setup-moments-explained = Во время момента обмена каждая стена показывает лучшие идеи других залов по каждой теме.
live-setup-moments-none = Моментов обмена пока нет.
# Variables: $city (the first room's city, whose clock the times are on)
live-setup-moments-add = Добавьте момент: через 15, 30 или 60 минут или введите время (по времени города { $city }).
# Variables: $when (the start, saying whose clock)
live-setup-moment-length-ask = Момент обмена в { $when }. Сколько он длится?
# Variables: $city (the first room's city)
live-setup-moment-time-ask = Введите начало в формате ЧЧ:ММ по времени города { $city }, например 18:30.
live-setup-moment-bad-time = Введите время в формате ЧЧ:ММ, например 18:30.
live-setup-moment-past = Это время сегодня уже прошло. Введите более позднее.
live-setup-moment-added = ✅ Момент обмена запланирован.
live-setup-moment-removed = Момент обмена удалён.

# Moderators

# Variables: $city (the room's city), $names (the moderators' names, as a list)
live-setup-mods-list = Модераторы зала «{ $city }»: { $names }
# Variables: $city (the room's city)
live-setup-mods-none = У зала «{ $city }» пока нет модераторов. Организаторы могут модерировать всегда.
live-setup-mods-add = Добавить модератора: организаторы, коучи и люди, вошедшие в этот зал.
live-setup-mods-nobody = Добавить пока некого: здесь появятся люди, вошедшие в этот зал.
# Variables: $name (a person's name), $city (the room's city)
live-setup-mods-remove-ask = Убрать из модераторов зала «{ $city }»: { $name }?

# Checking in and the room
live-setup-code-ask = Введите код зала со стены (пять букв и цифр).
# Variables: $code (what the person typed)
live-setup-code-unknown = Нет зала с кодом «{ $code }». Проверьте код на стене и отправьте /room с ним ещё раз, например /room K7Q2M.
# Variables: $title (the event's title)
live-setup-code-not-live = Стена идей «{ $title }» ещё не началась. Попробуйте снова, когда начнётся воркшоп.
# Variables: $title (the event's title)
live-setup-code-closed = Стена идей «{ $title }» завершена. Её идеи теперь в разделе «Идеи» и ждут голосования.
live-setup-checked-in = ✅ Вы вошли в зал.
live-setup-moved = ✅ Вы перешли в этот зал.
# Variables: $city (the room's city)
live-setup-room-city = 📍 Зал: { $city }
live-setup-room-in = Вы в зале: отправляйте идеи здесь, они появятся на стенах всех залов.

# Buttons
live-setup-begin-button = 📺 Создать стену идей
# Variables: $city (the partner room's city), $title (its workshop's title)
live-setup-room-button = { $city } · { $title }
live-setup-next-button = Далее ➡️
live-setup-mode-post-button = После: показывать сразу
live-setup-mode-pre-button = До: сначала одобрить
# Variables: $city (a room's city)
live-setup-language-button = 🌐 { $city }
live-setup-edit-rooms-button = ✏️ Залы
live-setup-edit-mode-button = ✏️ Модерация
live-setup-edit-themes-button = ✏️ Темы
live-setup-create-button = Создать стену идей
# Variables: $city (a room's city)
live-setup-mods-button = 🛡 { $city }
live-setup-mode-switch-to-pre = Модерация после · сменить
live-setup-mode-switch-to-post = Модерация до · сменить
live-setup-moments-button = ⏱ Моменты обмена
live-setup-start-button = ▶️ Старт
live-setup-close-button = ⏹ Завершить стену идей
live-setup-ideas-button = 💡 Идеи
live-setup-close-yes = Завершить
# Variables: $minutes (minutes from now)
live-setup-moment-in = +{ $minutes } мин
# Variables: $when (the moment's start)
live-setup-moment-remove = 🗑 { $when }
live-setup-moment-type-button = ⌨️ Ввести время
# Variables: $minutes (the moment's length)
live-setup-moment-length = { $minutes } мин
# Variables: $name (a person's name)
live-setup-mods-remove = ➖ { $name }
# Variables: $name (a person's name)
live-setup-mods-add-button = ➕ { $name }
live-setup-page-back = ⬅️ Назад
live-setup-page-next = Ещё ➡️
live-setup-mods-remove-yes = Убрать
live-setup-post-button = ✏️ Отправить идею
live-setup-browse-button = 👍 Идеи всех залов
live-setup-moderate-button = 🛡 Модерация
live-setup-wall-button = 📺 Страница стены

## live-ideas

# Pop-ups refusing a button

live-ideas-not-checked-in = Вы ещё не вошли в этот зал. Отправьте /room и код со стены, например /room KRD24.
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
live-ideas-card-wall = Так её показывает стена этого зала (язык: { $language }): { $state ->
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
        [title] ✏️ Напишите название. Язык: { $language }.
       *[description] ✏️ Теперь напишите описание. Язык: { $language }.
    }

    Оригинал: { $original }
    Сейчас на стене: { $now }

    Оригинал: { $original }
    Сейчас на стене: { $now }
live-ideas-done-approve = 📺 Одобрено: идея уже на стенах.
live-ideas-done-hide = 🙈 Скрыто со стен всех залов; причина сохранена в журнале.
live-ideas-done-restore = ↩️ Идея снова на стенах.
live-ideas-done-merge = 🔗 Объединено: дубликат исчез со стен, его +1 перешли к другой идее.
live-ideas-done-correct = ✏️ Исправление сохранено: стены уже показывают его.

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
# Variables:
#   $language (String) - the original's language; no machine translation is configured
live-page-untranslated = оригинал ({ $language }) · сервис перевода не подключён
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
live-page-empty-other = Идей пока нет.
live-page-reconnecting = Связь прервалась, подключаемся снова…
