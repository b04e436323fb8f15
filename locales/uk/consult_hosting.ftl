## consult_hosting

## the host's home and setting up
hosting-intro =
    🧑‍💼 Консультації
    Як працівник мережі або коуч ви можете проводити консультації: ви задаєте щотижневі години за своїм часом, а люди з усіх партнерств записуються за напрямом і мовою. Ви вирішуєте, скільки триває консультація, яка перерва між записами, як заздалегідь записуватися і якими мовами.
hosting-setup-button = 🧑‍💼 Налаштувати консультації
hosting-setup-done = Консультації налаштовано: час вашого міста і ваша мова. Додайте щотижневі години в розділі «Години», і на них можна буде записатися.
# Variables:
#   $state (String) - open or paused
hosting-home = { $state ->
    [paused] 🧑‍💼 Ваші консультації · на паузі: записатися не можна
   *[open] 🧑‍💼 Ваші консультації · запис відкрито
}
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 and Thursday 14:00–16:00 Karlsruhe time"
hosting-summary-windows = Люди бачать: { $windows }.
hosting-summary-no-windows = Щотижневих годин поки немає: додайте їх у розділі «Години», і на них можна буде записатися.
# Variables:
#   $duration (String) - length of a consultation, e.g. "30 min"
#   $buffer (String) - free time after each booking, e.g. "10 min"
#   $notice (String) - minimum notice, e.g. "24 hours"
#   $horizon (String) - how far ahead, e.g. "28 days"
#   $cutoff (String) - cancellation cut-off, e.g. "24 hours"
hosting-summary-rules = Консультація: { $duration }, перерва після неї: { $buffer }. Записатися можна не пізніше ніж за { $notice } і не раніше ніж за { $horizon }. Скасування пізніше ніж за { $cutoff } до початку вважається пізнім.
# Variables:
#   $limit (Number) - open bookings one person may hold
#   $capacity (Number) - people per slot
hosting-summary-people = Відкритих записів на людину: { $limit }. { $capacity ->
    [1] Індивідуальні консультації: по одній людині.
    [one] Групові консультації: до { $capacity } особи.
    [few] Групові консультації: до { $capacity } осіб.
    [many] Групові консультації: до { $capacity } осіб.
   *[other] Групові консультації: до { $capacity } осіб.
}
# Variables:
#   $languages (String) - the languages the host speaks, e.g. "German and English"
hosting-summary-languages = Мови: { $languages }
hosting-summary-topics-all = Напрями: усі
# Variables:
#   $topics (String) - the topics offered, e.g. "Youth and Education"
hosting-summary-topics = Напрями: { $topics }
# Variables:
#   $link (String) - the video link, e.g. "https://meet.example.org/room"
hosting-summary-video = Посилання на відеодзвінок: { $link }
hosting-summary-no-video = Посилання на відеодзвінок поки немає: під час запису люди дізнаються, як ви зустрінетеся.
hosting-summary-next = Найближчі вільні слоти, як їх побачать люди:
# Variables:
#   $when (String) - a slot on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
hosting-summary-slot = • { $when }
hosting-summary-no-slots = У період запису вільних слотів немає.
# Variables:
#   $attended (Number) - consultations marked attended
#   $no_show (Number) - consultations marked no-show
hosting-summary-counts = Відбулася: { $attended } · Неявка: { $no_show }
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-item = { $day } { $hours }

## the settings' buttons (two to a row: keep them short)
hosting-windows-button = 🗓 Години
hosting-zone-button = 🌍 Час. пояс
hosting-number-button-duration = Тривалість
hosting-number-button-buffer = Перерва
hosting-number-button-notice = Запис за
hosting-number-button-horizon = Запис наперед
hosting-number-button-cutoff = Скасування до
hosting-number-button-limit = На людину
hosting-number-button-capacity = Розмір групи
hosting-languages-button = Мови
hosting-topics-button = Напрями
hosting-video-button = Відеопосилання
hosting-bookings-button = 📋 Мої записи
hosting-pause-button = ⏸ Відкрито · на паузу
hosting-resume-button = ▶️ На паузі · відновити
hosting-stop-button = ⏹ Припинити консультації
hosting-saved = Збережено.
hosting-not-set-up = Спочатку налаштуйте консультації.

## numbers: units
# Variables:
#   $count (Number) - minutes
hosting-unit-minutes = { $count } хв
# Variables:
#   $count (Number) - hours
hosting-unit-hours = { $count ->
    [one] { $count } година
    [few] { $count } години
    [many] { $count } годин
   *[other] { $count } години
}
# Variables:
#   $count (Number) - days
hosting-unit-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дні
}
# Variables:
#   $count (Number) - people per slot
hosting-unit-people = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}
# Variables:
#   $count (Number) - open bookings
hosting-unit-bookings = { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } записи
}

## numbers: the question for each
# Variables:
#   $current (String) - the current value, e.g. "30 min"
hosting-number-ask-duration = Скільки триває одна консультація? Зараз: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "10 min"
hosting-number-ask-buffer = Скільки вільного часу залишати після кожного запису? Зараз: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-notice = Не пізніше ніж за скільки до початку можна записатися? Ближчі слоти не пропонуються. Зараз: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "28 days"
hosting-number-ask-horizon = На скільки наперед можна записатися? Зараз: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-cutoff = Скасування пізніше цього строку до початку вважається пізнім (люди бачать це правило). Зараз: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "2 bookings"
hosting-number-ask-limit = Скільки відкритих записів до вас може мати одна людина? Зараз: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "1 person"
hosting-number-ask-capacity = Скільки людей може записатися на один слот? 1 — індивідуальні консультації, більше — групові. Зараз: { $current }.

## weekly hours
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 Karlsruhe time"
hosting-windows = Ваші щотижневі години: { $windows }. Виберіть день, щоб додати або прибрати години.
hosting-windows-none = Щотижневих годин поки немає. Виберіть день, щоб додати години.
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $windows (String) - that day's hours with their clock, or "none yet"
#   $clock (String) - the city naming the host's clock, e.g. "Karlsruhe"
hosting-day = { $day }: { $windows }
    Напишіть нові години за часом міста { $clock }, наприклад 10:00–12:00 або 10-12. В один день можна додати кілька.
hosting-day-none = поки немає
# Variables:
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-remove-button = ✖️ Прибрати { $hours }
hosting-window-added = Додано. Уже зроблені записи не змінюються.
hosting-window-removed = Прибрано. Уже зроблені записи не змінюються.
hosting-window-refused-format = Напишіть години так: 10:00–12:00 або 10-12.
hosting-window-refused-order = Кінець має бути пізніше за початок, наприклад 10:00–12:00.
hosting-window-refused-overlap = Ці години перетинаються з годинами, які у вас уже є цього дня.

## time zone
# Variables:
#   $clock (String) - the city naming the host's clock now, e.g. "Karlsruhe"
hosting-zone = Ваші щотижневі години — за вашим часом: зараз за часом міста { $clock }. Виберіть час вашого міста або напишіть часовий пояс, наприклад Europe/Kyiv.
# Variables:
#   $city (String) - the host's city, e.g. "Karlsruhe"
hosting-zone-own-button = 🏠 Час міста { $city }
hosting-zone-refused = Це не часовий пояс. Напишіть, наприклад, Europe/Kyiv або Europe/Berlin.
hosting-zone-no-city = У вашому профілі немає міста: напишіть, будь ласка, часовий пояс.

## languages and topics
hosting-languages = Якими мовами ви консультуєте? Людям пропонують лише консультантів, які говорять їхньою мовою.
hosting-languages-keep-one = Залиште хоча б одну мову.
hosting-topics = За якими напрямами ви консультуєте? Якщо нічого не позначено, вас пропонують за всіма.
# Variables:
#   $topic (String) - the topic's key, e.g. "municipal"
#   $name (String) - the topic's name in the network's list, e.g. "Youth"
# A topic toggle (with ✅ when ticked): a shorter name where the network's one is too long.
hosting-topic-button = { $topic ->
    [municipal] Співпраця громад
   *[other] { $name }
}

## video link
# Variables:
#   $link (String) - the current video link
hosting-video = Ваше посилання на відеодзвінок: { $link }
    Напишіть нове посилання https, щоб його замінити.
hosting-video-none = Напишіть посилання https на вашу відеокімнату (його отримають ті, хто записався).
hosting-video-remove-button = ✖️ Прибрати посилання
hosting-video-refused = Надішліть посилання, що починається з https://, наприклад https://meet.example.org/room.

## pausing and stopping
hosting-paused = На паузі: записатися не можна, доки ви не відновите.
hosting-resumed = Знову відкрито: на вільні слоти можна записатися.
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-pause = Записалися: { $people } (записів: { $bookings }). Пауза скасує ці записи, і люди отримають повідомлення своєю мовою. Поставити на паузу?
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-stop = Припинити консультації: записатися буде не можна, щотижневі години видаляться, минулі консультації залишаться. Записалися: { $people } (записів: { $bookings }); їхні записи скасуються, і вони отримають повідомлення. Припинити?
hosting-confirm-pause-button = ⏸ На паузу й повідомити
hosting-confirm-stop-button = ⏹ Припинити консультації
hosting-confirm-keep-button = ⬅️ Ні, нічого не змінювати
# Variables:
#   $people (Number) - people told
hosting-paused-told = На паузі. Повідомлення отримали ті, хто записався: { $people }; їхні записи скасовано.
# Variables:
#   $people (Number) - people told
hosting-stopped = Ви більше не проводите консультації. Повідомлення отримали ті, хто записався: { $people }.
# Variables:
#   $when (String) - the consultation on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00–12:30 your time (Moscow)"
hosting-cancelled-by-host = Вашу консультацію { $when } скасовано: консультант у цей час недоступний. Записатися на інший час можна командою /consult.
# Variables:
#   $when (String) - the consultation's start on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00 your time (Moscow)"
hosting-cancelled-host-gone = Вашу консультацію { $when } скасовано: консультант більше не проводить консультацій. Записатися на інший час можна командою /consult.

## the host's bookings
hosting-bookings = 📋 Ваші записи
hosting-bookings-awaiting = Уже почалися — позначте, чи консультація відбулася, чи неявка:
hosting-bookings-upcoming = Майбутні:
hosting-bookings-none = Записів поки немає.
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
hosting-mark-attended-button = ✔️ Відбулася
hosting-mark-no_show-button = 🚫 Неявка
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-attended = ✔️ № { $number }: відбулася
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-no_show = 🚫 № { $number }: неявка
# Variables:
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
hosting-mark-ask = Консультація { $when } закінчилася: { $person }, { $topic }. Чи вона відбулася?
hosting-marked-attended = Позначено: відбулася.
hosting-marked-no_show = Позначено: неявка.
hosting-marked-change = Змінити позначку можна один раз.
hosting-marked-final = Цю позначку вже змінювали один раз, і вона більше не змінюється.
hosting-mark-refused-early = Ця консультація ще не почалася: позначити її можна після початку.
hosting-mark-refused-cancelled = Цей запис скасовано.
hosting-mark-refused-changed = Цю позначку вже змінювали один раз.
