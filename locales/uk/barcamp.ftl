## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-plan

# Variables: $camp (the workshop's title)
barcamp-plan-title = 🗓 Розклад BarCamp · { $camp }
barcamp-plan-is-announced = 📣 Оголошено: про зміни тепер дізнаються ті, кого вони стосуються.
# Variables: $count (sessions proposed)
barcamp-plan-empty = { $count ->
    [0] Сесій поки не запропоновано.
    [1] Поки нічого не розподілено. Натисніть «Скласти розклад»: єдина сесія отримає залу й час.
    [one] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесія отримає залу й час за інтересом.
    [few] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесії отримають зали й час за інтересом.
    [many] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесій отримають зали й час за інтересом.
   *[other] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесій отримають зали й час за інтересом.
}
# Variables: $number (the session's number on this screen), $room, $title, $interest (people who'd attend), $capacity (seats), $locked (yes/no)
barcamp-plan-cell = { $locked ->
    [yes] { $number }. 🔒 { $room }: { $title } — { $interest }/{ $capacity }
   *[other] { $number }. { $room }: { $title } — { $interest }/{ $capacity }
}
barcamp-plan-warning-over-capacity = інтерес більший, ніж місць
# Variables: $count (sessions without a place)
barcamp-plan-unplaced = Без місця ({ $count }), за інтересом:
# Variables: $number, $title, $interest
barcamp-plan-unplaced-line = { $number }. { $title } — інтерес: { $interest }
# Variables: $language (a language name)
barcamp-plan-no-language = немає зали з мовою: { $language }
# Variables: $numbers (session numbers, "3, 7")
barcamp-plan-merge-hint = можна об'єднати з { $numbers }
barcamp-plan-pick-hint = Натисніть номер, щоб перенести сесію, поміняти місцями, закріпити або об'єднати.
# Variables: $room, $title, $bridged (yes: video link to the partner city)
barcamp-plan-public-cell = { $bridged ->
    [yes] { $room } 🎥: { $title }
   *[other] { $room }: { $title }
}
# Variables: $when (time with the city named), $room, $title
barcamp-plan-session-line = { $when } — { $room }: { $title }
# Variables: $url (the video link to the partner city)
barcamp-plan-bridge-line = 🎥 Відеозв'язок із містом-партнером: { $url }
# Variables: $city (whose clock the times are on)
barcamp-plan-image-clock = Час міста { $city }
# Variables: $number, $title, $language, $interest, $hosts (number of hosts)
barcamp-plan-session = { $number }. { $title }
    Мова: { $language } · інтерес: { $interest } · ведучих: { $hosts }
# Variables: $room, $capacity, $when
barcamp-plan-session-where = { $room } (місць: { $capacity }), { $when }
barcamp-plan-session-unplaced = Поки без місця.
barcamp-plan-session-locked = 🔒 Закріплена: під час перескладання залишиться на місці.
barcamp-plan-session-hint = Перенести: інша зала або час. Поміняти: місцями з іншою сесією. Об'єднати: приєднати до іншої сесії (ведучі й інтерес переходять туди).
# Variables: $title
barcamp-plan-ask-merge = З якою сесією об'єднати сесію «{ $title }»? Її ведучі й інтерес перейдуть туди. Номери — як у розкладі.
barcamp-plan-merge-suggested = Схожі сесії:
# Variables: $camp
barcamp-plan-mine-none = У розкладі «{ $camp }» у вас немає сесій: ви не ведете жодної й не натиснули «Піду» в жодної з розподілених. Приходьте в будь-яку залу.
# Variables: $camp, $sessions (one line each: time, room, title)
barcamp-plan-mine = 📅 Ваші сесії на «{ $camp }»:
    { $sessions }
barcamp-plan-back-button = ⬅️ Назад
barcamp-plan-build-button = 🧮 Скласти розклад
barcamp-plan-rebuild-button = 🧮 Перескласти розклад
barcamp-plan-announce-button = 📣 Оголосити розклад
barcamp-plan-home-button = ⬅️ До BarCamp
barcamp-plan-move-button = Перенести
barcamp-plan-swap-button = Поміняти
barcamp-plan-merge-button = Об'єднати
barcamp-plan-lock-button = 🔒 Закріпити
barcamp-plan-unlock-button = Відкріпити
# Variables: $room, $capacity (seats)
barcamp-plan-room-label = { $room } · { $capacity }
# Variables: $count (people who will be told)
barcamp-plan-confirm-button = { $count ->
    [0] Так, зберегти
    [1] Так, надіслати 1 людині
    [one] Так, надіслати { $count } людині
    [few] Так, надіслати { $count } людям
    [many] Так, надіслати { $count } людям
   *[other] Так, надіслати { $count } людям
}
barcamp-plan-cancel-button = Скасувати
barcamp-plan-mine-button = 📅 Мої сесії
barcamp-plan-ics-button = 📅 Файл календаря (.ics)
# Variables: $placed, $unplaced (session counts)
barcamp-plan-built = Розклад складено: з місцем — { $placed }, без місця — { $unplaced }.
# Variables: $count (people checked in)
barcamp-plan-confirm-announce = Оголосити розклад тим, хто зареєструвався на місці ({ $count })? Кожен отримає розклад картинкою й текстом, свої сесії файлом календаря й нагадування за 5 хвилин до кожної.
# Variables: $count
barcamp-plan-announced-done = Розклад надіслано. Отримувачів: { $count }.
# Variables: $title
barcamp-plan-ask-slot = Перенести сесію «{ $title }»: на який час? Час вказано за місцем проведення.
# Variables: $title, $when
barcamp-plan-ask-room = Перенести сесію «{ $title }» на { $when }: у яку залу? Число — кількість місць.
# Variables: $title
barcamp-plan-ask-swap = З якою сесією поміняти місцями сесію «{ $title }»? Номери — як у розкладі.
# Variables: $locked (yes/no)
barcamp-plan-locked-done = { $locked ->
    [yes] Сесію закріплено: під час перескладання вона залишиться на місці.
   *[other] Сесію відкріплено: під час перескладання вона може переміститися.
}
# Variables: $count (people who will be told), $title, $room, $when
barcamp-plan-confirm-move = Перенести сесію «{ $title }» у { $room }, { $when }? { $count ->
    [0] Нікому не повідомимо: розклад ще не оголошено.
    *[other] Повідомимо зацікавленим: { $count }.
}
# Variables: $count, $title, $other (the other session's title)
barcamp-plan-confirm-swap = Поміняти місцями сесії «{ $title }» і «{ $other }»? { $count ->
    [0] Нікому не повідомимо: розклад ще не оголошено.
    *[other] Повідомимо зацікавленим: { $count }.
}
# Variables: $count, $title, $into (the session it joins)
barcamp-plan-confirm-merge = Об'єднати сесію «{ $title }» із сесією «{ $into }»? Ведучі й інтерес перейдуть туди; скасувати це не можна. { $count ->
    [0] Нікому не повідомимо: розклад ще не оголошено.
    *[other] Повідомимо зацікавленим: { $count }.
}
# Variables: $count (people told)
barcamp-plan-fixed = { $count ->
    [0] Готово.
    *[other] Готово. Повідомили: { $count }.
}
barcamp-plan-gone = Цього BarCamp більше немає.
barcamp-plan-not-building = Скласти й оголосити розклад можна лише на етапі складання.
barcamp-plan-nothing-placed = Поки нічого не розподілено: спершу складіть розклад.
barcamp-plan-lock-unplaced = Закріпити можна лише сесію з місцем.
barcamp-plan-refused-host-busy = Не можна: ведучий цієї сесії в цей час веде іншу, а бути у двох залах одночасно неможливо.
barcamp-plan-refused-language = Не можна: ця зала не працює мовою сесії.
barcamp-plan-refused-taken = Ця зала в цей час зайнята: скористайтеся «Поміняти».
barcamp-plan-not-announced = Розклад ще не оголошено.
# Variables: $camp
barcamp-plan-announced = 🗓 Розклад «{ $camp }» готовий. Нижче — розклад за часом і ваші сесії.
# Variables: $plan (the plan per time slot), $sessions (your sessions, one a line), $count (how many)
barcamp-plan-announced-text = { $plan }

    { $count ->
        [0] Своїх сесій у вас немає: приходьте в будь-яку залу.
       *[other] Ваші сесії:
    { $sessions }
    }
# Variables: $count (sessions in the file)
barcamp-plan-ics-caption = { $count ->
    [1] Ваша сесія — файлом календаря.
    [one] Ваші сесії ({ $count }) — файлом календаря.
    [few] Ваші сесії ({ $count }) — файлом календаря.
    [many] Ваші сесії ({ $count }) — файлом календаря.
   *[other] Ваші сесії ({ $count }) — файлом календаря.
}
# Variables: $camp, $sessions (the new time and room of each, one a line)
barcamp-plan-changed = 🔁 Зміна в розкладі «{ $camp }»:
    { $sessions }
# Variables: $camp, $gone (the session that joined another), $sessions (where it is now)
barcamp-plan-merged = 🔁 Зміна в розкладі «{ $camp }»: сесію «{ $gone }» об'єднано з іншою:
    { $sessions }
# Variables: $sessions (time, room, title)
barcamp-plan-reminder = ⏰ Через 5 хвилин:
    { $sessions }
barcamp-plan-same-time = у цей самий час у вас ще одна сесія — виберіть одну


## barcamp-people

# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-none = 🏕 BarCamp · { $workshop }

    У цього воркшопу ще немає BarCamp. Створіть його й додайте зали та слоти часу: ті, хто пройшов реєстрацію на місці, пропонують сесії просто в цей день.
barcamp-create-button = 🏕 Створити BarCamp
barcamp-created = BarCamp створено.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-title = 🏕 BarCamp воркшопу «{ $workshop }»
# Variables:
#   $phase (String) - the current phase's name
barcamp-home-phase = Етап: { $phase }
barcamp-phase-setup = підготовка
barcamp-phase-propose = пропозиції
barcamp-phase-interest = «Піду»
barcamp-phase-build = складання розкладу
barcamp-phase-announced = розклад оголошено
barcamp-phase-closed = завершено
# Variables:
#   $count (Number) - rooms
barcamp-home-rooms = Зали: { $count }
# Variables:
#   $count (Number) - time slots
barcamp-home-slots = Слоти часу: { $count }
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-home-limit = «Піду»: сесій на людину — не більше { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $interested (Number) - people who chose sessions
#   $checked (Number) - people checked in to the workshop
barcamp-home-counts = Пропозиції: { $proposals } · вибрали сесії: { $interested } · на місці: { $checked }
barcamp-next-rooms = Далі: додайте зали.
barcamp-next-slots = Далі: додайте слоти часу.
barcamp-next-ready = Далі: відкрийте прийом пропозицій. Усі, хто пройшов реєстрацію на місці, отримають повідомлення.
barcamp-next-propose = Далі: коли пропозиції зібрано, відкрийте «Піду».
barcamp-next-interest = Далі: коли всі вибрали, почніть розклад.
barcamp-next-build = Далі: складіть розклад і оголосіть його.
barcamp-next-announced = Після кожної сесії ведучих просять про нотатки; документація їх збирає.
barcamp-next-closed = BarCamp завершено; у документації є кожна сесія.
# Variables:
#   $name (String) - the room's name
#   $capacity (Number) - seats
#   $languages (String) - the languages spoken there, joined
#   $bridged (String) - yes: a video link to the partner city
barcamp-room-line = • { $name } · { $capacity ->
    [one] { $capacity } місце
    [few] { $capacity } місця
    [many] { $capacity } місць
   *[other] { $capacity } місця
} · { $languages }{ $bridged ->
    [yes] {" "}· відеозв'язок із містом-партнером
   *[no] {""}
}
barcamp-rooms-button = 🚪 Зали
barcamp-slots-button = 🕐 Слоти
barcamp-limit-button = 🔢 Сесій на людину
barcamp-open-propose-button = ▶️ Відкрити пропозиції
barcamp-open-interest-button = ▶️ Відкрити «Піду»
barcamp-open-build-button = ▶️ Почати розклад
barcamp-to-plan-button = 🗓 Розклад
barcamp-docs-button = 📄 Документація
# Variables:
#   $count (Number) - rooms
barcamp-rooms-title = Зали: { $count }. Натисніть на залу, щоб змінити її.
barcamp-room-add-button = ➕ Додати залу
barcamp-room-ask-name = Як називається зала? Напишіть назву.
barcamp-room-ask-capacity = Скільки місць? Натисніть на число або напишіть його.
barcamp-room-ask-languages = Якими мовами там можуть іти сесії? Позначте всі відповідні, потім «Готово».
barcamp-languages-done-button = Готово
barcamp-room-ask-bridge = Чи має зала відеозв'язок із містом-партнером? Надішліть посилання (https://…) або натисніть «Без відеозв'язку».
barcamp-room-no-bridge-button = Без відеозв'язку
barcamp-room-added = Залу додано.
barcamp-room-saved = Залу збережено.
# Variables:
#   $link (String) - the video link
barcamp-room-bridge-link = Відеозв'язок: { $link }
barcamp-room-name-button = Назва
barcamp-room-cap-button = Місця
barcamp-room-langs-button = Мови
barcamp-room-bridge-button = Відеозв'язок
barcamp-room-remove-button = 🗑 Видалити залу
# Variables:
#   $name (String) - the room's name
barcamp-room-remove-ask = Видалити залу «{ $name }»? Сесії в ній втратять своє місце.
barcamp-remove-confirm = 🗑 Видалити
barcamp-room-removed = Залу видалено.
# Variables:
#   $count (Number) - time slots
barcamp-slots-title = Слоти часу: { $count }. ✖️ видаляє слот.
# Variables:
#   $number (Number) - the slot's number in the list
barcamp-slot-remove-button = ✖️ { $number }
barcamp-slot-add-button = ➕ Додати слот
# Variables:
#   $city (String) - the workshop's city, whose clock the times are on
barcamp-slot-ask-start = Коли починається слот (за часом міста { $city })? Натисніть на час або напишіть його, наприклад 10:30.
# Variables:
#   $start (String) - the start, HH:MM
barcamp-slot-ask-length = Початок о { $start }. Скільки триває слот?
# Variables:
#   $minutes (Number) - the slot's length
barcamp-slot-length-button = { $minutes } хв
barcamp-slot-added = Слот додано.
# Variables:
#   $slot (String) - the slot's time, with whose clock
barcamp-slot-remove-ask = Видалити слот { $slot }?
barcamp-slot-removed = Слот видалено.
# Variables:
#   $limit (Number) - the current limit
barcamp-limit-ask = На скількох сесіях кожен може натиснути «Піду»? Зараз: { $limit }.
# Variables:
#   $limit (Number) - the new limit
barcamp-limit-saved = Тепер кожен може вибрати сесій: не більше { $limit }.
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-propose = Відкрити прийом пропозицій? { $count ->
    [one] Повідомлення отримає { $count } людина на місці.
    [few] Повідомлення отримають { $count } людини на місці.
    [many] Повідомлення отримають { $count } людей на місці.
   *[other] Повідомлення отримають { $count } людини на місці.
}
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-interest = Закрити пропозиції й відкрити «Піду»? { $count ->
    [one] Повідомлення отримає { $count } людина на місці.
    [few] Повідомлення отримають { $count } людини на місці.
    [many] Повідомлення отримають { $count } людей на місці.
   *[other] Повідомлення отримають { $count } людини на місці.
}
barcamp-phase-ask-build = Закрити «Піду» й почати розклад? Поки що ніхто не отримає повідомлення.
barcamp-phase-confirm = Так, відкрити
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-propose = Прийом пропозицій відкрито. Надіслано повідомлень: { $count }.
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-interest = «Піду» відкрито. Надіслано повідомлень: { $count }.
barcamp-phase-opened-build = «Піду» закрито; далі — скласти розклад.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-opened-propose = 🏕 BarCamp воркшопу «{ $workshop }» приймає пропозиції: запропонуйте сесію, яку проведете самі, або приєднайтеся до чужої як співведучий.
# Variables:
#   $workshop (String) - the workshop's title
#   $limit (Number) - sessions each person may choose
barcamp-opened-interest = 🏕 BarCamp «{ $workshop }»: на які сесії ви підете? Виберіть не більше { $limit }.
barcamp-person-setup = BarCamp готується. Ви отримаєте повідомлення, коли відкриється прийом пропозицій.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-propose = Запропонуйте сесію, яку проведете самі, або приєднайтеся до чужої як співведучий.
    Пропозицій поки: { $proposals } · ваших: { $mine } · потім ви виберете не більше { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-interest = На які сесії ви підете? Виберіть не більше { $limit }. Сесії: { $proposals } · ваші: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-build = Розклад складається. Сесії: { $proposals } · ваші: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-announced = Розклад готовий. Сесії: { $proposals } · ваші: { $mine }.
barcamp-person-closed = BarCamp завершено. Дякуємо!
barcamp-propose-button = ➕ Запропонувати сесію
barcamp-proposals-button = 📋 Пропозиції
barcamp-mine-button = 📝 Мої
barcamp-interest-button = 🗳 Вибрати сесії
barcamp-my-sessions-button = 🗓 Мої сесії
barcamp-none = Ви не пройшли реєстрацію на місці на жодному воркшопі з BarCamp. BarCamp відкритий для тих, хто пройшов реєстрацію на місці.
barcamp-gone = Цей BarCamp недоступний.
barcamp-not-checked-in = У BarCamp беруть участь лише ті, хто пройшов реєстрацію на місці на цьому воркшопі.
barcamp-phase-not-propose = Прийом пропозицій зараз закрито.
barcamp-phase-not-interest = Вибір сесій зараз закрито.
barcamp-session-gone = Цю сесію більше не запропоновано.
barcamp-propose-ask-title = Як називається ваша сесія? Напишіть назву (не більше 80 символів).
barcamp-propose-ask-description = Опишіть її кількома реченнями або пропустіть.
barcamp-propose-ask-language = Якою мовою ви її проведете?
barcamp-propose-use-buttons = Будь ласка, скористайтеся кнопками під питанням.
# Variables:
#   $title (String) - the similar proposal's title
barcamp-propose-similar = Схоже: «{ $title }». Може, приєднатися як співведучий?
barcamp-join-button = 🤝 Стати співведучим
barcamp-anyway-button = Все одно запропонувати
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
barcamp-propose-preview = Ваша пропозиція:

    { $title }
    { $description }
    Мова: { $language }
barcamp-edit-button = ✏️ Змінити
barcamp-send-button = Надіслати пропозицію
# Variables:
#   $title (String) - the session's title
barcamp-propose-sent = Вашу пропозицію «{ $title }» прийнято.
# Variables:
#   $title (String) - the session's title
barcamp-joined = Тепер ви співведучий сесії «{ $title }».
# Variables:
#   $count (Number) - proposals on this page
barcamp-list-title = Пропозиції (на цій сторінці: { $count }). Натисніть на номер, щоб відкрити.
# Variables:
#   $count (Number) - proposals on this page
barcamp-mine-title = Ваші пропозиції (на цій сторінці: { $count }). Натисніть на номер, щоб відкрити.
# Variables:
#   $number (Number) - the proposal's number
#   $title (String) - its title
#   $language (String) - the language it is held in
#   $hosts (Number) - its hosts
barcamp-list-line = { $number }. { $title } · { $language } · ведучі: { $hosts }
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
#   $hosts (String) - the hosts' names
barcamp-card = { $title }

    { $description }

    Мова: { $language }
    Ведучі: { $hosts }
barcamp-withdraw-button = Відкликати пропозицію
# Variables:
#   $title (String) - the session's title
barcamp-withdraw-ask = Відкликати «{ $title }»? Співведучі теж її втратять.
barcamp-withdraw-confirm = Відкликати
barcamp-withdrawn = Пропозицію відкликано.
# Variables:
#   $limit (Number) - sessions each person may choose
#   $chosen (Number) - sessions chosen so far
barcamp-interest-head = Натисніть «Піду» біля сесій — не більше { $limit }. Вибрано: { $chosen } з { $limit }.
barcamp-interest-own-rule = Ваші власні сесії не рахуються: ви там і так будете.
# Variables:
#   $number (Number) - the session's number
#   $title (String) - its title
barcamp-interest-line = { $number }. { $title }
# Variables:
#   $description (String) - the session's description
barcamp-interest-description = { $description }
# Variables:
#   $language (String) - the original's language
barcamp-machine-mark = 🤖 машинний переклад, оригінал: { $language }
barcamp-interest-yours = (ваша сесія)
barcamp-interest-empty = Сесій не запропоновано.
# Variables:
#   $number (Number) - the session's number
barcamp-attend-button = { $number } · Піду
barcamp-show-originals-button = Показати оригінали
barcamp-show-list-button = Показати переклад
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-interest-full = Вибрано { $limit } з { $limit }. Спершу зніміть одну позначку.
barcamp-interest-own = Це ваша власна сесія: ви там і так будете.
# Variables:
#   $title (String) - the session's title
barcamp-notes-ask = 🏕 Ваша сесія «{ $title }» закінчилася. Напишете три короткі рядки нотаток для документації?
barcamp-notes-button = ✍️ Написати нотатки
# Variables:
#   $title (String) - the session's title
barcamp-notes-write = Нотатки до «{ $title }»: напишіть до трьох рядків (одним повідомленням, у рядку не більше 200 символів).
barcamp-notes-saved = Дякуємо, ваші нотатки збережено.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-doc-title = BarCamp воркшопу «{ $workshop }»
# Variables:
#   $count (Number) - sessions
barcamp-doc-count = Сесії: { $count }
# Variables:
#   $room (String) - the room's name
barcamp-doc-room = Зала: { $room }
# Variables:
#   $time (String) - the slot's time, with whose clock
barcamp-doc-time = Час: { $time }
barcamp-doc-unplaced = Не ввійшла до розкладу
# Variables:
#   $language (String) - the language it was held in
barcamp-doc-language = Мова: { $language }
# Variables:
#   $names (String) - the hosts' names
barcamp-doc-hosts = Ведучі: { $names }
# Variables:
#   $count (Number) - people who would attend
barcamp-doc-interest = «Піду»: { $count }
barcamp-doc-notes = Нотатки
# Variables:
#   $workshop (Number) - the workshop's id
barcamp-doc-file = barcamp-{ $workshop }-dokumentatsiia.md
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-title-long = Символів у назві: { $count }; можна не більше { $limit }.
barcamp-input-title-empty = Будь ласка, напишіть назву.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-description-long = Символів в описі: { $count }; можна не більше { $limit }.
barcamp-input-room-name-empty = Будь ласка, напишіть назву зали.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-room-name-long = Символів у назві: { $count }; можна не більше { $limit }.
# Variables:
#   $limit (Number) - the largest number allowed
barcamp-input-capacity-bad = Будь ласка, напишіть кількість місць цифрами, не більше { $limit }.
barcamp-input-bridge-bad = Будь ласка, надішліть одне посилання, що починається з https://, або натисніть «Без відеозв'язку».
barcamp-input-room-languages = Виберіть хоча б одну мову.
barcamp-input-slot-time-bad = Будь ласка, напишіть початок як години й хвилини, наприклад 10:30.
# Variables:
#   $slot (String) - the slot it overlaps, with whose clock
barcamp-input-slot-overlap = Цей час перетинається зі слотом { $slot }. Виберіть інший початок.
barcamp-input-notes-empty = Будь ласка, напишіть нотатки.
# Variables:
#   $limit (Number) - at most this many lines
#   $count (Number) - lines typed
barcamp-input-notes-lines = Рядків: { $count }; можна не більше { $limit }.
# Variables:
#   $limit (Number) - at most this many characters per line
#   $count (Number) - characters in the longest line
barcamp-input-notes-line-long = Символів в одному рядку: { $count }; у кожному рядку можна не більше { $limit }.
