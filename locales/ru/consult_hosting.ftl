## consult_hosting

## the host's home and setting up
hosting-intro =
    🧑‍💼 Консультации
    Как сотрудник сети или коуч вы можете проводить консультации: вы задаёте еженедельные часы по своему времени, а люди из всех партнёрств записываются по направлению и языку. Вы решаете, сколько длится консультация, какой перерыв между записями, как заранее записываться и на каких языках.
hosting-setup-button = 🧑‍💼 Настроить консультации
hosting-setup-done = Консультации настроены: время вашего города и ваш язык. Добавьте еженедельные часы в разделе «Часы», и на них можно будет записаться.
# Variables:
#   $state (String) - open or paused
hosting-home = { $state ->
    [paused] 🧑‍💼 Ваши консультации · на паузе: записаться нельзя
   *[open] 🧑‍💼 Ваши консультации · запись открыта
}
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 and Thursday 14:00–16:00 Karlsruhe time"
hosting-summary-windows = Люди видят: { $windows }.
hosting-summary-no-windows = Еженедельных часов пока нет: добавьте их в разделе «Часы», и на них можно будет записаться.
# Variables:
#   $duration (String) - length of a consultation, e.g. "30 min"
#   $buffer (String) - free time after each booking, e.g. "10 min"
#   $notice (String) - minimum notice, e.g. "24 hours"
#   $horizon (String) - how far ahead, e.g. "28 days"
#   $cutoff (String) - cancellation cut-off, e.g. "24 hours"
hosting-summary-rules = Консультация: { $duration }, перерыв после неё: { $buffer }. Записаться можно не позже чем за { $notice } и не раньше чем за { $horizon }. Отмена позже чем за { $cutoff } до начала считается поздней.
# Variables:
#   $limit (Number) - open bookings one person may hold
#   $capacity (Number) - people per slot
hosting-summary-people = Открытых записей на человека: { $limit }. { $capacity ->
    [1] Индивидуальные консультации: по одному человеку.
    [one] Групповые консультации: до { $capacity } человека.
    [few] Групповые консультации: до { $capacity } человек.
    [many] Групповые консультации: до { $capacity } человек.
   *[other] Групповые консультации: до { $capacity } человек.
}
# Variables:
#   $languages (String) - the languages the host speaks, e.g. "German and English"
hosting-summary-languages = Языки: { $languages }
hosting-summary-topics-all = Направления: все
# Variables:
#   $topics (String) - the topics offered, e.g. "Youth and Education"
hosting-summary-topics = Направления: { $topics }
# Variables:
#   $link (String) - the video link, e.g. "https://meet.example.org/room"
hosting-summary-video = Ссылка на видеозвонок: { $link }
hosting-summary-no-video = Ссылки на видеозвонок пока нет: при записи люди узнают, как вы встретитесь.
hosting-summary-next = Ближайшие свободные слоты, как их увидят люди:
# Variables:
#   $when (String) - a slot on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
hosting-summary-slot = • { $when }
hosting-summary-no-slots = В период записи свободных слотов нет.
# Variables:
#   $attended (Number) - consultations marked attended
#   $no_show (Number) - consultations marked no-show
hosting-summary-counts = Состоялась: { $attended } · Неявка: { $no_show }
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-item = { $day } { $hours }

## the settings' buttons (two to a row: keep them short)
hosting-windows-button = 🗓 Часы
hosting-zone-button = 🌍 Час. пояс
hosting-number-button-duration = Длительность
hosting-number-button-buffer = Перерыв
hosting-number-button-notice = Запись за
hosting-number-button-horizon = Запись вперёд
hosting-number-button-cutoff = Отмена до
hosting-number-button-limit = На человека
hosting-number-button-capacity = Размер группы
hosting-languages-button = Языки
hosting-topics-button = Направления
hosting-video-button = Видеоссылка
hosting-bookings-button = 📋 Мои записи
hosting-pause-button = ⏸ Открыто · на паузу
hosting-resume-button = ▶️ На паузе · возобновить
hosting-stop-button = ⏹ Прекратить консультации
hosting-saved = Сохранено.
hosting-not-set-up = Сначала настройте консультации.

## numbers: units
# Variables:
#   $count (Number) - minutes
hosting-unit-minutes = { $count } мин
# Variables:
#   $count (Number) - hours
hosting-unit-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
# Variables:
#   $count (Number) - days
hosting-unit-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
# Variables:
#   $count (Number) - people per slot
hosting-unit-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
# Variables:
#   $count (Number) - open bookings
hosting-unit-bookings = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}

## numbers: the question for each
# Variables:
#   $current (String) - the current value, e.g. "30 min"
hosting-number-ask-duration = Сколько длится одна консультация? Сейчас: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "10 min"
hosting-number-ask-buffer = Сколько свободного времени оставлять после каждой записи? Сейчас: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-notice = Не позже чем за сколько до начала можно записаться? Более близкие слоты не предлагаются. Сейчас: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "28 days"
hosting-number-ask-horizon = На сколько вперёд можно записаться? Сейчас: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-cutoff = Отмена позже этого срока до начала считается поздней (люди видят это правило). Сейчас: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "2 bookings"
hosting-number-ask-limit = Сколько открытых записей к вам может быть у одного человека? Сейчас: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "1 person"
hosting-number-ask-capacity = Сколько человек может записаться на один слот? 1 — индивидуальные консультации, больше — групповые. Сейчас: { $current }.

## weekly hours
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 Karlsruhe time"
hosting-windows = Ваши еженедельные часы: { $windows }. Выберите день, чтобы добавить или убрать часы.
hosting-windows-none = Еженедельных часов пока нет. Выберите день, чтобы добавить часы.
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $windows (String) - that day's hours with their clock, or "none yet"
#   $clock (String) - the city naming the host's clock, e.g. "Karlsruhe"
hosting-day = { $day }: { $windows }
    Напишите новые часы по времени города { $clock }, например 10:00–12:00 или 10-12. В один день можно добавить несколько.
hosting-day-none = пока нет
# Variables:
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-remove-button = ✖️ Убрать { $hours }
hosting-window-added = Добавлено. Уже сделанные записи не меняются.
hosting-window-removed = Убрано. Уже сделанные записи не меняются.
hosting-window-refused-format = Напишите часы так: 10:00–12:00 или 10-12.
hosting-window-refused-order = Конец должен быть позже начала, например 10:00–12:00.
hosting-window-refused-overlap = Эти часы пересекаются с часами, которые у вас уже есть в этот день.

## time zone
# Variables:
#   $clock (String) - the city naming the host's clock now, e.g. "Karlsruhe"
hosting-zone = Ваши еженедельные часы — по вашему времени: сейчас по времени города { $clock }. Выберите время вашего города или напишите часовой пояс, например Europe/Moscow.
# Variables:
#   $city (String) - the host's city, e.g. "Karlsruhe"
hosting-zone-own-button = 🏠 Время города { $city }
hosting-zone-refused = Это не часовой пояс. Напишите, например, Europe/Moscow или Europe/Berlin.
hosting-zone-no-city = В вашем профиле нет города: напишите, пожалуйста, часовой пояс.

## languages and topics
hosting-languages = На каких языках вы консультируете? Людям предлагаются только консультанты, говорящие на их языке.
hosting-languages-keep-one = Оставьте хотя бы один язык.
hosting-topics = По каким направлениям вы консультируете? Если ничего не отмечено, вас предлагают по всем.
# Variables:
#   $topic (String) - the topic's key, e.g. "municipal"
#   $name (String) - the topic's name in the network's list, e.g. "Youth"
# A topic toggle (with ✅ when ticked): a shorter name where the network's one is too long.
hosting-topic-button = { $topic ->
    [municipal] Сотрудничество городов
   *[other] { $name }
}

## video link
# Variables:
#   $link (String) - the current video link
hosting-video = Ваша ссылка на видеозвонок: { $link }
    Напишите новую ссылку https, чтобы её заменить.
hosting-video-none = Напишите ссылку https на вашу видеокомнату (её получат записавшиеся).
hosting-video-remove-button = ✖️ Убрать ссылку
hosting-video-refused = Пришлите ссылку, начинающуюся с https://, например https://meet.example.org/room.

## pausing and stopping
hosting-paused = На паузе: записаться нельзя, пока вы не возобновите.
hosting-resumed = Снова открыто: на свободные слоты можно записаться.
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-pause = Записавшихся: { $people } (записей: { $bookings }). Пауза отменит эти записи, и люди получат сообщение на своём языке. Поставить на паузу?
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-stop = Прекратить консультации: записаться будет нельзя, еженедельные часы удалятся, прошедшие консультации останутся. Записавшихся: { $people } (записей: { $bookings }); их записи отменятся, и они получат сообщение. Прекратить?
hosting-confirm-pause-button = ⏸ На паузу и сообщить
hosting-confirm-stop-button = ⏹ Прекратить консультации
hosting-confirm-keep-button = ⬅️ Нет, ничего не менять
# Variables:
#   $people (Number) - people told
hosting-paused-told = На паузе. Сообщение получили записавшиеся: { $people }; их записи отменены.
# Variables:
#   $people (Number) - people told
hosting-stopped = Вы больше не проводите консультации. Сообщение получили записавшиеся: { $people }.
# Variables:
#   $when (String) - the consultation on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00–12:30 your time (Moscow)"
hosting-cancelled-by-host = Ваша консультация { $when } отменена: консультант в это время недоступен. Записаться на другое время можно командой /consult.
# Variables:
#   $when (String) - the consultation's start on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00 your time (Moscow)"
hosting-cancelled-host-gone = Ваша консультация { $when } отменена: консультант больше не проводит консультации. Записаться на другое время можно командой /consult.

## the host's bookings
hosting-bookings = 📋 Ваши записи
hosting-bookings-awaiting = Уже начались — отметьте, состоялась консультация или неявка:
hosting-bookings-upcoming = Предстоящие:
hosting-bookings-none = Записей пока нет.
# Variables:
#   $number (Number) - the line's number for the buttons below (0: not numbered)
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
#   $language (String) - the language of the consultation
hosting-booking-line = { $number ->
    [0] { "" }
   *[other] № { $number }:{ " " }
}{ $when }
    { $person } · { $topic } · { $language }
# Variables:
#   $note (String) - what the person wants to talk about
hosting-booking-note = «{ $note }»

## attended / no-show
hosting-mark-attended-button = ✔️ Состоялась
hosting-mark-no_show-button = 🚫 Неявка
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-attended = ✔️ № { $number }: состоялась
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-no_show = 🚫 № { $number }: неявка
# Variables:
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
hosting-mark-ask = Консультация { $when } закончилась: { $person }, { $topic }. Она состоялась?
hosting-marked-attended = Отмечено: состоялась.
hosting-marked-no_show = Отмечено: неявка.
hosting-marked-change = Изменить отметку можно один раз.
hosting-marked-final = Эта отметка уже была изменена один раз и больше не меняется.
hosting-mark-refused-early = Эта консультация ещё не началась: отметить её можно после начала.
hosting-mark-refused-cancelled = Эта запись отменена.
hosting-mark-refused-changed = Эта отметка уже была изменена один раз.
