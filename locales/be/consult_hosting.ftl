## consult_hosting

## the host's home and setting up
hosting-intro =
    🧑‍💼 Кансультацыі
    Як супрацоўнік сеткі або коўч вы можаце праводзіць кансультацыі: вы задаеце штотыднёвыя гадзіны па сваім часе, а людзі з усіх партнёрстваў запісваюцца па напрамку і мове. Вы вырашаеце, колькі доўжыцца кансультацыя, які перапынак паміж запісамі, як загадзя запісвацца і на якіх мовах.
hosting-setup-button = 🧑‍💼 Наладзіць кансультацыі
hosting-setup-done = Кансультацыі наладжаны: час вашага горада і ваша мова. Дадайце штотыднёвыя гадзіны ў раздзеле «Гадзіны», і на іх можна будзе запісацца.
# Variables:
#   $state (String) - open or paused
hosting-home = { $state ->
    [paused] 🧑‍💼 Вашы кансультацыі · на паўзе: запісацца нельга
   *[open] 🧑‍💼 Вашы кансультацыі · запіс адкрыты
}
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 and Thursday 14:00–16:00 Karlsruhe time"
hosting-summary-windows = Людзі бачаць: { $windows }.
hosting-summary-no-windows = Штотыднёвых гадзін пакуль няма: дадайце іх у раздзеле «Гадзіны», і на іх можна будзе запісацца.
# Variables:
#   $duration (String) - length of a consultation, e.g. "30 min"
#   $buffer (String) - free time after each booking, e.g. "10 min"
#   $notice (String) - minimum notice, e.g. "24 hours"
#   $horizon (String) - how far ahead, e.g. "28 days"
#   $cutoff (String) - cancellation cut-off, e.g. "24 hours"
hosting-summary-rules = Кансультацыя: { $duration }, перапынак пасля яе: { $buffer }. Запісацца можна не пазней чым за { $notice } і не раней чым за { $horizon }. Адмена пазней чым за { $cutoff } да пачатку лічыцца позняй.
# Variables:
#   $limit (Number) - open bookings one person may hold
#   $capacity (Number) - people per slot
hosting-summary-people = Адкрытых запісаў на чалавека: { $limit }. { $capacity ->
    [1] Індывідуальныя кансультацыі: па адным чалавеку.
    [one] Групавыя кансультацыі: да { $capacity } асобы.
    [few] Групавыя кансультацыі: да { $capacity } асоб.
    [many] Групавыя кансультацыі: да { $capacity } асоб.
   *[other] Групавыя кансультацыі: да { $capacity } асоб.
}
# Variables:
#   $languages (String) - the languages the host speaks, e.g. "German and English"
hosting-summary-languages = Мовы: { $languages }
hosting-summary-topics-all = Напрамкі: усе
# Variables:
#   $topics (String) - the topics offered, e.g. "Youth and Education"
hosting-summary-topics = Напрамкі: { $topics }
# Variables:
#   $link (String) - the video link, e.g. "https://meet.example.org/room"
hosting-summary-video = Спасылка на відэазванок: { $link }
hosting-summary-no-video = Спасылкі на відэазванок пакуль няма: пры запісе людзі даведаюцца, як вы сустрэнецеся.
hosting-summary-next = Бліжэйшыя вольныя слоты, як іх убачаць людзі:
# Variables:
#   $when (String) - a slot on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
hosting-summary-slot = • { $when }
hosting-summary-no-slots = У перыяд запісу вольных слотаў няма.
# Variables:
#   $attended (Number) - consultations marked attended
#   $no_show (Number) - consultations marked no-show
hosting-summary-counts = Адбылася: { $attended } · Няяўка: { $no_show }
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-item = { $day } { $hours }

## the settings' buttons (two to a row: keep them short)
hosting-windows-button = 🗓 Гадзіны
hosting-zone-button = 🌍 Гадз. пояс
hosting-number-button-duration = Працягласць
hosting-number-button-buffer = Перапынак
hosting-number-button-notice = Запіс за
hosting-number-button-horizon = Запіс наперад
hosting-number-button-cutoff = Адмена да
hosting-number-button-limit = На чалавека
hosting-number-button-capacity = Памер групы
hosting-languages-button = Мовы
hosting-topics-button = Напрамкі
hosting-video-button = Відэаспасылка
hosting-bookings-button = 📋 Мае запісы
hosting-pause-button = ⏸ Адкрыта · на паўзу
hosting-resume-button = ▶️ На паўзе · аднавіць
hosting-stop-button = ⏹ Спыніць кансультацыі
hosting-saved = Захавана.
hosting-not-set-up = Спачатку наладзьце кансультацыі.

## numbers: units
# Variables:
#   $count (Number) - minutes
hosting-unit-minutes = { $count } хв
# Variables:
#   $count (Number) - hours
hosting-unit-hours = { $count ->
    [one] { $count } гадзіна
    [few] { $count } гадзіны
    [many] { $count } гадзін
   *[other] { $count } гадзіны
}
# Variables:
#   $count (Number) - days
hosting-unit-days = { $count ->
    [one] { $count } дзень
    [few] { $count } дні
    [many] { $count } дзён
   *[other] { $count } дні
}
# Variables:
#   $count (Number) - people per slot
hosting-unit-people = { $count ->
    [one] { $count } асоба
    [few] { $count } асобы
    [many] { $count } асоб
   *[other] { $count } асобы
}
# Variables:
#   $count (Number) - open bookings
hosting-unit-bookings = { $count ->
    [one] { $count } запіс
    [few] { $count } запісы
    [many] { $count } запісаў
   *[other] { $count } запісы
}

## numbers: the question for each
# Variables:
#   $current (String) - the current value, e.g. "30 min"
hosting-number-ask-duration = Колькі доўжыцца адна кансультацыя? Цяпер: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "10 min"
hosting-number-ask-buffer = Колькі вольнага часу пакідаць пасля кожнага запісу? Цяпер: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-notice = Не пазней чым за колькі да пачатку можна запісацца? Бліжэйшыя слоты не прапануюцца. Цяпер: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "28 days"
hosting-number-ask-horizon = На колькі наперад можна запісацца? Цяпер: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-cutoff = Адмена пазней за гэты тэрмін да пачатку лічыцца позняй (людзі бачаць гэтае правіла). Цяпер: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "2 bookings"
hosting-number-ask-limit = Колькі адкрытых запісаў да вас можа мець адзін чалавек? Цяпер: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "1 person"
hosting-number-ask-capacity = Колькі людзей можа запісацца на адзін слот? 1 — індывідуальныя кансультацыі, больш — групавыя. Цяпер: { $current }.

## weekly hours
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 Karlsruhe time"
hosting-windows = Вашы штотыднёвыя гадзіны: { $windows }. Выберыце дзень, каб дадаць або прыбраць гадзіны.
hosting-windows-none = Штотыднёвых гадзін пакуль няма. Выберыце дзень, каб дадаць гадзіны.
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $windows (String) - that day's hours with their clock, or "none yet"
#   $clock (String) - the city naming the host's clock, e.g. "Karlsruhe"
hosting-day = { $day }: { $windows }
    Напішыце новыя гадзіны па часе горада { $clock }, напрыклад 10:00–12:00 або 10-12. У адзін дзень можна дадаць некалькі.
hosting-day-none = пакуль няма
# Variables:
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-remove-button = ✖️ Прыбраць { $hours }
hosting-window-added = Дададзена. Ужо зробленыя запісы не мяняюцца.
hosting-window-removed = Прыбрана. Ужо зробленыя запісы не мяняюцца.
hosting-window-refused-format = Напішыце гадзіны так: 10:00–12:00 або 10-12.
hosting-window-refused-order = Канец павінен быць пазней за пачатак, напрыклад 10:00–12:00.
hosting-window-refused-overlap = Гэтыя гадзіны перасякаюцца з гадзінамі, якія ў вас ужо ёсць у гэты дзень.

## time zone
# Variables:
#   $clock (String) - the city naming the host's clock now, e.g. "Karlsruhe"
hosting-zone = Вашы штотыднёвыя гадзіны — па вашым часе: цяпер па часе горада { $clock }. Выберыце час вашага горада або напішыце гадзінны пояс, напрыклад Europe/Minsk.
# Variables:
#   $city (String) - the host's city, e.g. "Karlsruhe"
hosting-zone-own-button = 🏠 Час горада { $city }
hosting-zone-refused = Гэта не гадзінны пояс. Напішыце, напрыклад, Europe/Minsk або Europe/Berlin.
hosting-zone-no-city = У вашым профілі няма горада: напішыце, калі ласка, гадзінны пояс.

## languages and topics
hosting-languages = На якіх мовах вы кансультуеце? Людзям прапануюць толькі кансультантаў, якія гавораць на іх мове.
hosting-languages-keep-one = Пакіньце хаця б адну мову.
hosting-topics = Па якіх напрамках вы кансультуеце? Калі нічога не адзначана, вас прапануюць па ўсіх.
# Variables:
#   $topic (String) - the topic's key, e.g. "municipal"
#   $name (String) - the topic's name in the network's list, e.g. "Youth"
# A topic toggle (with ✅ when ticked): a shorter name where the network's one is too long.
hosting-topic-button = { $topic ->
    [municipal] Супрацоўніцтва гарадоў
   *[other] { $name }
}

## video link
# Variables:
#   $link (String) - the current video link
hosting-video = Ваша спасылка на відэазванок: { $link }
    Напішыце новую спасылку https, каб яе замяніць.
hosting-video-none = Напішыце спасылку https на ваш відэапакой (яе атрымаюць тыя, хто запісаўся).
hosting-video-remove-button = ✖️ Прыбраць спасылку
hosting-video-refused = Дашліце спасылку, якая пачынаецца з https://, напрыклад https://meet.example.org/room.

## pausing and stopping
hosting-paused = На паўзе: запісацца нельга, пакуль вы не адновіце.
hosting-resumed = Зноў адкрыта: на вольныя слоты можна запісацца.
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-pause = Запісаліся: { $people } (запісаў: { $bookings }). Паўза адменіць гэтыя запісы, і людзі атрымаюць паведамленне на сваёй мове. Паставіць на паўзу?
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-stop = Спыніць кансультацыі: запісацца будзе нельга, штотыднёвыя гадзіны выдаляцца, мінулыя кансультацыі застануцца. Запісаліся: { $people } (запісаў: { $bookings }); іх запісы адменяцца, і яны атрымаюць паведамленне. Спыніць?
hosting-confirm-pause-button = ⏸ На паўзу і паведаміць
hosting-confirm-stop-button = ⏹ Спыніць кансультацыі
hosting-confirm-keep-button = ⬅️ Не, нічога не мяняць
# Variables:
#   $people (Number) - people told
hosting-paused-told = На паўзе. Паведамленне атрымалі тыя, хто запісаўся: { $people }; іх запісы адменены.
# Variables:
#   $people (Number) - people told
hosting-stopped = Вы больш не праводзіце кансультацыі. Паведамленне атрымалі тыя, хто запісаўся: { $people }.
# Variables:
#   $when (String) - the consultation on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00–12:30 your time (Moscow)"
hosting-cancelled-by-host = Вашу кансультацыю { $when } адменена: кансультант у гэты час недаступны. Запісацца на іншы час можна камандай /consult.
# Variables:
#   $when (String) - the consultation's start on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00 your time (Moscow)"
hosting-cancelled-host-gone = Вашу кансультацыю { $when } адменена: кансультант больш не праводзіць кансультацый. Запісацца на іншы час можна камандай /consult.

## the host's bookings
hosting-bookings = 📋 Вашы запісы
hosting-bookings-awaiting = Ужо пачаліся — адзначце, ці кансультацыя адбылася, ці няяўка:
hosting-bookings-upcoming = Наперадзе:
hosting-bookings-none = Запісаў пакуль няма.
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
hosting-mark-attended-button = ✔️ Адбылася
hosting-mark-no_show-button = 🚫 Няяўка
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-attended = ✔️ № { $number }: адбылася
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-no_show = 🚫 № { $number }: няяўка
# Variables:
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
hosting-mark-ask = Кансультацыя { $when } скончылася: { $person }, { $topic }. Ці яна адбылася?
hosting-marked-attended = Адзначана: адбылася.
hosting-marked-no_show = Адзначана: няяўка.
hosting-marked-change = Змяніць адзнаку можна адзін раз.
hosting-marked-final = Гэтую адзнаку ўжо змянялі адзін раз, і яна больш не мяняецца.
hosting-mark-refused-early = Гэтая кансультацыя яшчэ не пачалася: адзначыць яе можна пасля пачатку.
hosting-mark-refused-cancelled = Гэты запіс адменены.
hosting-mark-refused-changed = Гэтую адзнаку ўжо змянялі адзін раз.
