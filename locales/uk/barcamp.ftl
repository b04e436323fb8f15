## barcamp

barcamp-workshop-button = 🏕 BarCamp

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
barcamp-phase-opened-propose = Прийом пропозицій відкрито. { $count ->
    [one] Повідомили { $count } людину.
    [few] Повідомили { $count } людини.
    [many] Повідомили { $count } людей.
   *[other] Повідомили { $count } людини.
}
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-interest = «Піду» відкрито. { $count ->
    [one] Повідомили { $count } людину.
    [few] Повідомили { $count } людини.
    [many] Повідомили { $count } людей.
   *[other] Повідомили { $count } людини.
}
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
