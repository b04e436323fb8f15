## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-plan

# Variables: $camp (the workshop's title)
barcamp-plan-title = 🗓 Расписание BarCamp · { $camp }
barcamp-plan-is-announced = 📣 Объявлено: об изменениях теперь узнают те, кого они касаются.
# Variables: $count (sessions proposed)
barcamp-plan-empty = { $count ->
    [0] Сессий пока не предложено.
    [1] Пока ничего не распределено. Нажмите «Составить расписание»: единственная сессия получит зал и время.
    [one] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессия получит зал и время по интересу.
    [few] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессии получат залы и время по интересу.
    [many] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессий получат залы и время по интересу.
   *[other] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессий получат залы и время по интересу.
}
# Variables: $number (the session's number on this screen), $room, $title, $interest (people who'd attend), $capacity (seats), $locked (yes/no)
barcamp-plan-cell = { $locked ->
    [yes] { $number }. 🔒 { $room }: { $title } — { $interest }/{ $capacity }
   *[other] { $number }. { $room }: { $title } — { $interest }/{ $capacity }
}
barcamp-plan-warning-over-capacity = интерес больше, чем мест
# Variables: $count (sessions without a place)
barcamp-plan-unplaced = Без места ({ $count }), по интересу:
# Variables: $number, $title, $interest
barcamp-plan-unplaced-line = { $number }. { $title } — интерес: { $interest }
# Variables: $language (a language name)
barcamp-plan-no-language = нет зала с языком: { $language }
# Variables: $numbers (session numbers, "3, 7")
barcamp-plan-merge-hint = можно объединить с { $numbers }
barcamp-plan-pick-hint = Нажмите номер, чтобы перенести сессию, поменять местами, закрепить или объединить.
# Variables: $room, $title, $bridged (yes: video link to the partner city)
barcamp-plan-public-cell = { $bridged ->
    [yes] { $room } 🎥: { $title }
   *[other] { $room }: { $title }
}
# Variables: $when (time with the city named), $room, $title
barcamp-plan-session-line = { $when } — { $room }: { $title }
# Variables: $url (the video link to the partner city)
barcamp-plan-bridge-line = 🎥 Видеосвязь с городом-партнёром: { $url }
# Variables: $city (whose clock the times are on)
barcamp-plan-image-clock = Время города { $city }
# Variables: $number, $title, $language, $interest, $hosts (number of hosts)
barcamp-plan-session = { $number }. { $title }
    Язык: { $language } · интерес: { $interest } · ведущих: { $hosts }
# Variables: $room, $capacity, $when
barcamp-plan-session-where = { $room } (мест: { $capacity }), { $when }
barcamp-plan-session-unplaced = Пока без места.
barcamp-plan-session-locked = 🔒 Закреплена: при пересборке останется на месте.
barcamp-plan-session-hint = Перенести: другой зал или время. Поменять: местами с другой сессией. Объединить: присоединить к другой сессии (ведущие и интерес переходят туда).
# Variables: $title
barcamp-plan-ask-merge = С какой сессией объединить сессию «{ $title }»? Её ведущие и интерес перейдут туда. Номера — как в расписании.
barcamp-plan-merge-suggested = Похожие сессии:
# Variables: $camp
barcamp-plan-mine-none = В расписании «{ $camp }» у вас нет сессий: вы не ведёте ни одной и не нажали «Пойду» ни у одной из распределённых. Приходите в любой зал.
# Variables: $camp, $sessions (one line each: time, room, title)
barcamp-plan-mine = 📅 Ваши сессии на «{ $camp }»:
    { $sessions }
barcamp-plan-back-button = ⬅️ Назад
barcamp-plan-build-button = 🧮 Составить расписание
barcamp-plan-rebuild-button = 🧮 Пересобрать расписание
barcamp-plan-announce-button = 📣 Объявить расписание
barcamp-plan-home-button = ⬅️ К BarCamp
barcamp-plan-move-button = Перенести
barcamp-plan-swap-button = Поменять
barcamp-plan-merge-button = Объединить
barcamp-plan-lock-button = 🔒 Закрепить
barcamp-plan-unlock-button = Открепить
# Variables: $room, $capacity (seats)
barcamp-plan-room-label = { $room } · { $capacity }
# Variables: $count (people who will be told)
barcamp-plan-confirm-button = { $count ->
    [0] Да, сохранить
    [1] Да, отправить 1 человеку
    [one] Да, отправить { $count } человеку
    [few] Да, отправить { $count } людям
    [many] Да, отправить { $count } людям
   *[other] Да, отправить { $count } людям
}
barcamp-plan-cancel-button = Отмена
barcamp-plan-mine-button = 📅 Мои сессии
barcamp-plan-ics-button = 📅 Файл календаря (.ics)
# Variables: $placed, $unplaced (session counts)
barcamp-plan-built = Расписание составлено: с местом — { $placed }, без места — { $unplaced }.
# Variables: $count (people checked in)
barcamp-plan-confirm-announce = Отправить расписание всем, кто прошёл регистрацию на месте? Получателей: { $count }. Каждый получит расписание картинкой и текстом, свои сессии файлом для календаря и напоминание за 5 минут до каждой.
# Variables: $count
barcamp-plan-announced-done = Расписание отправлено. Получателей: { $count }.
# Variables: $title
barcamp-plan-ask-slot = Перенести сессию «{ $title }»: на какое время? Время указано по месту проведения.
# Variables: $title, $when
barcamp-plan-ask-room = Перенести сессию «{ $title }» на { $when }: в какой зал? Число — количество мест.
# Variables: $title
barcamp-plan-ask-swap = С какой сессией поменять местами сессию «{ $title }»? Номера — как в расписании.
# Variables: $locked (yes/no)
barcamp-plan-locked-done = { $locked ->
    [yes] Сессия закреплена: при пересборке останется на месте.
   *[other] Сессия откреплена: при пересборке может переместиться.
}
# Variables: $count (people who will be told), $title, $room, $when
barcamp-plan-confirm-move = Перенести сессию «{ $title }» в { $room }, { $when }? { $count ->
    [0] Никому не сообщим: расписание ещё не объявлено.
    *[other] Сообщим заинтересованным: { $count }.
}
# Variables: $count, $title, $other (the other session's title)
barcamp-plan-confirm-swap = Поменять местами сессии «{ $title }» и «{ $other }»? { $count ->
    [0] Никому не сообщим: расписание ещё не объявлено.
    *[other] Сообщим заинтересованным: { $count }.
}
# Variables: $count, $title, $into (the session it joins)
barcamp-plan-confirm-merge = Объединить сессию «{ $title }» с сессией «{ $into }»? Ведущие и интерес перейдут туда; отменить это нельзя. { $count ->
    [0] Никому не сообщим: расписание ещё не объявлено.
    *[other] Сообщим заинтересованным: { $count }.
}
# Variables: $count (people told)
barcamp-plan-fixed = { $count ->
    [0] Готово.
    *[other] Готово. Сообщили: { $count }.
}
barcamp-plan-gone = Этого BarCamp больше нет.
barcamp-plan-not-building = Составить и объявить расписание можно только на этапе составления.
barcamp-plan-nothing-placed = Пока ничего не распределено: сначала составьте расписание.
barcamp-plan-lock-unplaced = Закрепить можно только сессию с местом.
barcamp-plan-refused-host-busy = Нельзя: ведущий этой сессии в это время ведёт другую, а быть в двух залах сразу невозможно.
barcamp-plan-refused-language = Нельзя: этот зал не работает на языке сессии.
barcamp-plan-refused-taken = Этот зал в это время занят: используйте «Поменять».
barcamp-plan-not-announced = Расписание ещё не объявлено.
# Variables: $camp
barcamp-plan-announced = 🗓 Расписание «{ $camp }» готово. Ниже — расписание по времени и ваши сессии.
# Variables: $plan (the plan per time slot), $sessions (your sessions, one a line), $count (how many)
barcamp-plan-announced-text = { $plan }

    { $count ->
        [0] Своих сессий у вас нет: приходите в любой зал.
       *[other] Ваши сессии:
    { $sessions }
    }
# Variables: $count (sessions in the file)
barcamp-plan-ics-caption = { $count ->
    [1] Ваша сессия — файлом календаря.
    [one] Ваши сессии ({ $count }) — файлом календаря.
    [few] Ваши сессии ({ $count }) — файлом календаря.
    [many] Ваши сессии ({ $count }) — файлом календаря.
   *[other] Ваши сессии ({ $count }) — файлом календаря.
}
# Variables: $camp, $sessions (the new time and room of each, one a line)
barcamp-plan-changed = 🔁 Изменение в расписании «{ $camp }»:
    { $sessions }
# Variables: $camp, $gone (the session that joined another), $sessions (where it is now)
barcamp-plan-merged = 🔁 Изменение в расписании «{ $camp }»: сессия «{ $gone }» объединена с другой:
    { $sessions }
# Variables: $sessions (time, room, title)
barcamp-plan-reminder = ⏰ Через 5 минут:
    { $sessions }
barcamp-plan-same-time = в это же время у вас ещё одна сессия — выберите одну


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
barcamp-phase-opened-propose = Приём предложений открыт. Отправлено сообщений: { $count }.
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-interest = «Пойду» открыто. Отправлено сообщений: { $count }.
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
