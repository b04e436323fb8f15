## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-people

# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-none = 🏕 BarCamp · { $workshop }

    У этого воркшопа пока нет BarCamp. Создайте его и добавьте залы и слоты времени: прошедшие регистрацию на месте предлагают сессии прямо в этот день.
barcamp-create-button = 🏕 Создать BarCamp
barcamp-created = BarCamp создан.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-title = 🏕 BarCamp воркшопа «{ $workshop }»
# Variables:
#   $phase (String) - the current phase's name
barcamp-home-phase = Этап: { $phase }
barcamp-phase-setup = подготовка
barcamp-phase-propose = предложения
barcamp-phase-interest = «Пойду»
barcamp-phase-build = составление расписания
barcamp-phase-announced = расписание объявлено
barcamp-phase-closed = завершён
# Variables:
#   $count (Number) - rooms
barcamp-home-rooms = Залы: { $count }
# Variables:
#   $count (Number) - time slots
barcamp-home-slots = Слоты времени: { $count }
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-home-limit = «Пойду»: сессий на человека — не больше { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $interested (Number) - people who chose sessions
#   $checked (Number) - people checked in to the workshop
barcamp-home-counts = Предложения: { $proposals } · выбрали сессии: { $interested } · на месте: { $checked }
barcamp-next-rooms = Дальше: добавьте залы.
barcamp-next-slots = Дальше: добавьте слоты времени.
barcamp-next-ready = Дальше: откройте приём предложений. Все прошедшие регистрацию на месте получат сообщение.
barcamp-next-propose = Дальше: когда предложения собраны, откройте «Пойду».
barcamp-next-interest = Дальше: когда все выбрали, начните расписание.
barcamp-next-build = Дальше: составьте расписание и объявите его.
barcamp-next-announced = После каждой сессии ведущих просят о заметках; документация их собирает.
barcamp-next-closed = BarCamp завершён; в документации есть каждая сессия.
# Variables:
#   $name (String) - the room's name
#   $capacity (Number) - seats
#   $languages (String) - the languages spoken there, joined
#   $bridged (String) - yes: a video link to the partner city
barcamp-room-line = • { $name } · { $capacity ->
    [one] { $capacity } место
    [few] { $capacity } места
    [many] { $capacity } мест
   *[other] { $capacity } места
} · { $languages }{ $bridged ->
    [yes] {" "}· видеосвязь с городом-партнёром
   *[no] {""}
}
barcamp-rooms-button = 🚪 Залы
barcamp-slots-button = 🕐 Слоты
barcamp-limit-button = 🔢 Сессий на человека
barcamp-open-propose-button = ▶️ Открыть предложения
barcamp-open-interest-button = ▶️ Открыть «Пойду»
barcamp-open-build-button = ▶️ Начать расписание
barcamp-to-plan-button = 🗓 Расписание
barcamp-docs-button = 📄 Документация
# Variables:
#   $count (Number) - rooms
barcamp-rooms-title = Залы: { $count }. Нажмите на зал, чтобы изменить его.
barcamp-room-add-button = ➕ Добавить зал
barcamp-room-ask-name = Как называется зал? Напишите название.
barcamp-room-ask-capacity = Сколько мест? Нажмите на число или напишите его.
barcamp-room-ask-languages = На каких языках там могут идти сессии? Отметьте все подходящие, затем «Готово».
barcamp-languages-done-button = Готово
barcamp-room-ask-bridge = Есть ли у зала видеосвязь с городом-партнёром? Пришлите ссылку (https://…) или нажмите «Без видеосвязи».
barcamp-room-no-bridge-button = Без видеосвязи
barcamp-room-added = Зал добавлен.
barcamp-room-saved = Зал сохранён.
# Variables:
#   $link (String) - the video link
barcamp-room-bridge-link = Видеосвязь: { $link }
barcamp-room-name-button = Название
barcamp-room-cap-button = Места
barcamp-room-langs-button = Языки
barcamp-room-bridge-button = Видеосвязь
barcamp-room-remove-button = 🗑 Удалить зал
# Variables:
#   $name (String) - the room's name
barcamp-room-remove-ask = Удалить зал «{ $name }»? Сессии в нём потеряют своё место.
barcamp-remove-confirm = 🗑 Удалить
barcamp-room-removed = Зал удалён.
# Variables:
#   $count (Number) - time slots
barcamp-slots-title = Слоты времени: { $count }. ✖️ удаляет слот.
# Variables:
#   $number (Number) - the slot's number in the list
barcamp-slot-remove-button = ✖️ { $number }
barcamp-slot-add-button = ➕ Добавить слот
# Variables:
#   $city (String) - the workshop's city, whose clock the times are on
barcamp-slot-ask-start = Когда начинается слот (по времени города { $city })? Нажмите на время или напишите его, например 10:30.
# Variables:
#   $start (String) - the start, HH:MM
barcamp-slot-ask-length = Начало в { $start }. Сколько длится слот?
# Variables:
#   $minutes (Number) - the slot's length
barcamp-slot-length-button = { $minutes } мин
barcamp-slot-added = Слот добавлен.
# Variables:
#   $slot (String) - the slot's time, with whose clock
barcamp-slot-remove-ask = Удалить слот { $slot }?
barcamp-slot-removed = Слот удалён.
# Variables:
#   $limit (Number) - the current limit
barcamp-limit-ask = На скольких сессиях каждый может нажать «Пойду»? Сейчас: { $limit }.
# Variables:
#   $limit (Number) - the new limit
barcamp-limit-saved = Теперь каждый может выбрать сессий: не больше { $limit }.
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-propose = Открыть приём предложений? { $count ->
    [one] Сообщение получит { $count } человек на месте.
    [few] Сообщение получат { $count } человека на месте.
    [many] Сообщение получат { $count } человек на месте.
   *[other] Сообщение получат { $count } человека на месте.
}
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-interest = Закрыть предложения и открыть «Пойду»? { $count ->
    [one] Сообщение получит { $count } человек на месте.
    [few] Сообщение получат { $count } человека на месте.
    [many] Сообщение получат { $count } человек на месте.
   *[other] Сообщение получат { $count } человека на месте.
}
barcamp-phase-ask-build = Закрыть «Пойду» и начать расписание? Пока никто не получит сообщения.
barcamp-phase-confirm = Да, открыть
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-propose = Приём предложений открыт. { $count ->
    [one] Сообщили { $count } человеку.
    [few] Сообщили { $count } людям.
    [many] Сообщили { $count } людям.
   *[other] Сообщили { $count } человека.
}
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-interest = «Пойду» открыто. { $count ->
    [one] Сообщили { $count } человеку.
    [few] Сообщили { $count } людям.
    [many] Сообщили { $count } людям.
   *[other] Сообщили { $count } человека.
}
barcamp-phase-opened-build = «Пойду» закрыто; дальше — составить расписание.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-opened-propose = 🏕 BarCamp воркшопа «{ $workshop }» принимает предложения: предложите сессию, которую проведёте сами, или присоединитесь к чужой как соведущий.
# Variables:
#   $workshop (String) - the workshop's title
#   $limit (Number) - sessions each person may choose
barcamp-opened-interest = 🏕 BarCamp «{ $workshop }»: на какие сессии вы пойдёте? Выберите не больше { $limit }.
barcamp-person-setup = BarCamp готовится. Вы получите сообщение, когда откроется приём предложений.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-propose = Предложите сессию, которую проведёте сами, или присоединитесь к чужой как соведущий.
    Предложений пока: { $proposals } · ваших: { $mine } · потом вы выберете не больше { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-interest = На какие сессии вы пойдёте? Выберите не больше { $limit }. Сессии: { $proposals } · ваши: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-build = Расписание составляется. Сессии: { $proposals } · ваши: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-announced = Расписание готово. Сессии: { $proposals } · ваши: { $mine }.
barcamp-person-closed = BarCamp завершён. Спасибо!
barcamp-propose-button = ➕ Предложить сессию
barcamp-proposals-button = 📋 Предложения
barcamp-mine-button = 📝 Мои
barcamp-interest-button = 🗳 Выбрать сессии
barcamp-my-sessions-button = 🗓 Мои сессии
barcamp-none = Вы не прошли регистрацию на месте ни на одном воркшопе с BarCamp. BarCamp открыт для тех, кто прошёл регистрацию на месте.
barcamp-gone = Этот BarCamp недоступен.
barcamp-not-checked-in = В BarCamp участвуют только те, кто прошёл регистрацию на месте на этом воркшопе.
barcamp-phase-not-propose = Приём предложений сейчас закрыт.
barcamp-phase-not-interest = Выбор сессий сейчас закрыт.
barcamp-session-gone = Эта сессия больше не предложена.
barcamp-propose-ask-title = Как называется ваша сессия? Напишите название (не больше 80 символов).
barcamp-propose-ask-description = Опишите её в паре предложений или пропустите.
barcamp-propose-ask-language = На каком языке вы её проведёте?
barcamp-propose-use-buttons = Пожалуйста, воспользуйтесь кнопками под вопросом.
# Variables:
#   $title (String) - the similar proposal's title
barcamp-propose-similar = Похожее: «{ $title }». Может, присоединиться как соведущий?
barcamp-join-button = 🤝 Стать соведущим
barcamp-anyway-button = Всё равно предложить
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
barcamp-propose-preview = Ваше предложение:

    { $title }
    { $description }
    Язык: { $language }
barcamp-edit-button = ✏️ Изменить
barcamp-send-button = Отправить предложение
# Variables:
#   $title (String) - the session's title
barcamp-propose-sent = Ваше предложение «{ $title }» принято.
# Variables:
#   $title (String) - the session's title
barcamp-joined = Теперь вы соведущий сессии «{ $title }».
# Variables:
#   $count (Number) - proposals on this page
barcamp-list-title = Предложения (на этой странице: { $count }). Нажмите на номер, чтобы открыть.
# Variables:
#   $count (Number) - proposals on this page
barcamp-mine-title = Ваши предложения (на этой странице: { $count }). Нажмите на номер, чтобы открыть.
# Variables:
#   $number (Number) - the proposal's number
#   $title (String) - its title
#   $language (String) - the language it is held in
#   $hosts (Number) - its hosts
barcamp-list-line = { $number }. { $title } · { $language } · ведущие: { $hosts }
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
#   $hosts (String) - the hosts' names
barcamp-card = { $title }

    { $description }

    Язык: { $language }
    Ведущие: { $hosts }
barcamp-withdraw-button = Отозвать предложение
# Variables:
#   $title (String) - the session's title
barcamp-withdraw-ask = Отозвать «{ $title }»? Соведущие тоже его потеряют.
barcamp-withdraw-confirm = Отозвать
barcamp-withdrawn = Предложение отозвано.
# Variables:
#   $limit (Number) - sessions each person may choose
#   $chosen (Number) - sessions chosen so far
barcamp-interest-head = Нажмите «Пойду» у сессий — не больше { $limit }. Выбрано: { $chosen } из { $limit }.
barcamp-interest-own-rule = Ваши собственные сессии не считаются: вы там и так будете.
# Variables:
#   $number (Number) - the session's number
#   $title (String) - its title
barcamp-interest-line = { $number }. { $title }
# Variables:
#   $description (String) - the session's description
barcamp-interest-description = { $description }
# Variables:
#   $language (String) - the original's language
barcamp-machine-mark = 🤖 машинный перевод, оригинал: { $language }
barcamp-interest-yours = (ваша сессия)
barcamp-interest-empty = Сессий не предложено.
# Variables:
#   $number (Number) - the session's number
barcamp-attend-button = { $number } · Пойду
barcamp-show-originals-button = Показать оригиналы
barcamp-show-list-button = Показать перевод
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-interest-full = Выбрано { $limit } из { $limit }. Сначала снимите одну отметку.
barcamp-interest-own = Это ваша собственная сессия: вы там и так будете.
# Variables:
#   $title (String) - the session's title
barcamp-notes-ask = 🏕 Ваша сессия «{ $title }» закончилась. Напишете три короткие строки заметок для документации?
barcamp-notes-button = ✍️ Написать заметки
# Variables:
#   $title (String) - the session's title
barcamp-notes-write = Заметки к «{ $title }»: напишите до трёх строк (одним сообщением, в строке не больше 200 символов).
barcamp-notes-saved = Спасибо, ваши заметки сохранены.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-doc-title = BarCamp воркшопа «{ $workshop }»
# Variables:
#   $count (Number) - sessions
barcamp-doc-count = Сессии: { $count }
# Variables:
#   $room (String) - the room's name
barcamp-doc-room = Зал: { $room }
# Variables:
#   $time (String) - the slot's time, with whose clock
barcamp-doc-time = Время: { $time }
barcamp-doc-unplaced = Не вошла в расписание
# Variables:
#   $language (String) - the language it was held in
barcamp-doc-language = Язык: { $language }
# Variables:
#   $names (String) - the hosts' names
barcamp-doc-hosts = Ведущие: { $names }
# Variables:
#   $count (Number) - people who would attend
barcamp-doc-interest = «Пойду»: { $count }
barcamp-doc-notes = Заметки
# Variables:
#   $workshop (Number) - the workshop's id
barcamp-doc-file = barcamp-{ $workshop }-dokumentaciya.md
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-title-long = Символов в названии: { $count }; можно не больше { $limit }.
barcamp-input-title-empty = Пожалуйста, напишите название.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-description-long = Символов в описании: { $count }; можно не больше { $limit }.
barcamp-input-room-name-empty = Пожалуйста, напишите название зала.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-room-name-long = Символов в названии: { $count }; можно не больше { $limit }.
# Variables:
#   $limit (Number) - the largest number allowed
barcamp-input-capacity-bad = Пожалуйста, напишите число мест цифрами, не больше { $limit }.
barcamp-input-bridge-bad = Пожалуйста, пришлите одну ссылку, начинающуюся с https://, или нажмите «Без видеосвязи».
barcamp-input-room-languages = Выберите хотя бы один язык.
barcamp-input-slot-time-bad = Пожалуйста, напишите начало как часы и минуты, например 10:30.
# Variables:
#   $slot (String) - the slot it overlaps, with whose clock
barcamp-input-slot-overlap = Это время пересекается со слотом { $slot }. Выберите другое начало.
barcamp-input-notes-empty = Пожалуйста, напишите заметки.
# Variables:
#   $limit (Number) - at most this many lines
#   $count (Number) - lines typed
barcamp-input-notes-lines = Строк: { $count }; можно не больше { $limit }.
# Variables:
#   $limit (Number) - at most this many characters per line
#   $count (Number) - characters in the longest line
barcamp-input-notes-line-long = Символов в одной строке: { $count }; в каждой строке можно не больше { $limit }.
