## consult_hosting

## the host's home and setting up
hosting-intro =
    🧑‍💼 Consultation hours
    As network staff or a coach you can offer consultation hours: you set weekly hours on your own clock, and people of all partnerships book a slot by topic and language. You decide the length, the breaks between bookings, how early people book and in which languages.
hosting-setup-button = 🧑‍💼 Set up consultation hours
hosting-setup-done = Your consultation hours are set up with your city's clock and your language. Add weekly hours under “Hours” and people can book.
# Variables:
#   $state (String) - open or paused
hosting-home = { $state ->
    [paused] 🧑‍💼 Your consultation hours · paused: nobody can book
   *[open] 🧑‍💼 Your consultation hours · open for booking
}
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 and Thursday 14:00–16:00 Karlsruhe time"
hosting-summary-windows = People see: { $windows }.
hosting-summary-no-windows = No weekly hours yet: add them under “Hours” and people can book.
# Variables:
#   $duration (String) - length of a consultation, e.g. "30 min"
#   $buffer (String) - free time after each booking, e.g. "10 min"
#   $notice (String) - minimum notice, e.g. "24 hours"
#   $horizon (String) - how far ahead, e.g. "28 days"
#   $cutoff (String) - cancellation cut-off, e.g. "24 hours"
hosting-summary-rules = { $duration } + { $buffer } buffer, bookable { $notice } to { $horizon } ahead. Cancelling later than { $cutoff } before the start counts as late.
# Variables:
#   $limit (Number) - open bookings one person may hold
#   $capacity (Number) - people per slot
hosting-summary-people = { $limit ->
    [one] Each person can hold { $limit } open booking.
   *[other] Each person can hold { $limit } open bookings.
} { $capacity ->
    [1] Private slots: one person each.
   *[other] Group slots: up to { $capacity } people each.
}
# Variables:
#   $languages (String) - the languages the host speaks, e.g. "German and English"
hosting-summary-languages = Languages: { $languages }
hosting-summary-topics-all = Topics: all
# Variables:
#   $topics (String) - the topics offered, e.g. "Youth and Education"
hosting-summary-topics = Topics: { $topics }
# Variables:
#   $link (String) - the video link, e.g. "https://meet.example.org/room"
hosting-summary-video = Video link: { $link }
hosting-summary-no-video = No video link yet: people are told how to meet when they book.
hosting-summary-next = Your next free slots, as people will see them:
# Variables:
#   $when (String) - a slot on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
hosting-summary-slot = • { $when }
hosting-summary-no-slots = No free slots in the booking period.
# Variables:
#   $attended (Number) - consultations marked attended
#   $no_show (Number) - consultations marked no-show
hosting-summary-counts = Attended: { $attended } · No-show: { $no_show }
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-item = { $day } { $hours }

## the settings' buttons (two to a row: keep them short)
hosting-windows-button = 🗓 Hours
hosting-zone-button = 🌍 Time zone
hosting-number-button-duration = Length
hosting-number-button-buffer = Buffer
hosting-number-button-notice = Notice
hosting-number-button-horizon = How far ahead
hosting-number-button-cutoff = Cancel cut-off
hosting-number-button-limit = Per person
hosting-number-button-capacity = Group size
hosting-languages-button = Languages
hosting-topics-button = Topics
hosting-video-button = Video link
hosting-bookings-button = 📋 My bookings
hosting-pause-button = ⏸ Open · pause
hosting-resume-button = ▶️ Paused · resume
hosting-stop-button = ⏹ Stop hosting
hosting-saved = Saved.
hosting-not-set-up = Set up your consultation hours first.

## numbers: units
# Variables:
#   $count (Number) - minutes
hosting-unit-minutes = { $count } min
# Variables:
#   $count (Number) - hours
hosting-unit-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
# Variables:
#   $count (Number) - days
hosting-unit-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# Variables:
#   $count (Number) - people per slot
hosting-unit-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# Variables:
#   $count (Number) - open bookings
hosting-unit-bookings = { $count ->
    [one] { $count } booking
   *[other] { $count } bookings
}

## numbers: the question for each
# Variables:
#   $current (String) - the current value, e.g. "30 min"
hosting-number-ask-duration = How long is one consultation? Now: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "10 min"
hosting-number-ask-buffer = How much free time do you keep after each booking? Now: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-notice = How early must people book at the latest? Slots starting sooner are not offered. Now: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "28 days"
hosting-number-ask-horizon = How far ahead can people book? Now: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "24 hours"
hosting-number-ask-cutoff = Cancelling later than this before the start counts as late (people are shown this rule). Now: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "2 bookings"
hosting-number-ask-limit = How many open bookings may one person hold with you? Now: { $current }.
# Variables:
#   $current (String) - the current value, e.g. "1 person"
hosting-number-ask-capacity = How many people can book one slot? 1 means private slots; more means group slots. Now: { $current }.

## weekly hours
# Variables:
#   $windows (String) - the weekly hours with their clock, e.g. "Tuesday 10:00–12:00 Karlsruhe time"
hosting-windows = Your weekly hours: { $windows }. Choose a day to add or remove hours.
hosting-windows-none = No weekly hours yet. Choose a day to add hours.
# Variables:
#   $day (String) - a weekday, e.g. "Tuesday"
#   $windows (String) - that day's hours with their clock, or "none yet"
#   $clock (String) - the city naming the host's clock, e.g. "Karlsruhe"
hosting-day = { $day }: { $windows }
    Type new hours on { $clock } time, e.g. 10:00–12:00 or 10-12. You can add several per day.
hosting-day-none = none yet
# Variables:
#   $hours (String) - e.g. "10:00–12:00"
hosting-window-remove-button = ✖️ Remove { $hours }
hosting-window-added = Added. Bookings already made stay as they are.
hosting-window-removed = Removed. Bookings already made stay as they are.
hosting-window-refused-format = Please type the hours like 10:00–12:00 or 10-12.
hosting-window-refused-order = The end must be after the start, e.g. 10:00–12:00.
hosting-window-refused-overlap = These hours overlap hours you already have on that day.

## time zone
# Variables:
#   $clock (String) - the city naming the host's clock now, e.g. "Karlsruhe"
hosting-zone = Your weekly hours are on your clock: now { $clock } time. Use your city's time, or type a time zone such as Europe/Berlin.
# Variables:
#   $city (String) - the host's city, e.g. "Karlsruhe"
hosting-zone-own-button = 🏠 { $city } time
hosting-zone-refused = That is not a time zone. Please type one such as Europe/Berlin or Europe/Moscow.
hosting-zone-no-city = Your profile has no city: please type a time zone instead.

## languages and topics
hosting-languages = Which languages do you speak in consultations? People are offered only hosts who speak their language.
hosting-languages-keep-one = Keep at least one language.
hosting-topics = Which topics do you advise on? With none ticked you are offered for every topic.
# Variables:
#   $topic (String) - the topic's key, e.g. "municipal"
#   $name (String) - the topic's name in the network's list, e.g. "Youth"
# A topic toggle (with ✅ when ticked): a shorter name where the network's one is too long.
hosting-topic-button = { $topic ->
    [municipal] Municipal cooperation
   *[other] { $name }
}

## video link
# Variables:
#   $link (String) - the current video link
hosting-video = Your video link: { $link }
    Type a new https link to change it.
hosting-video-none = Type the https link of your video room (people who book get it).
hosting-video-remove-button = ✖️ Remove the link
hosting-video-refused = Please send a link starting with https://, e.g. https://meet.example.org/room.

## pausing and stopping
hosting-paused = Paused: nobody can book until you resume.
hosting-resumed = Open again: people can book your free slots.
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-pause = { $people ->
    [one] { $people } person is booked
   *[other] { $people } people are booked
} ({ $bookings ->
    [one] { $bookings } booking
   *[other] { $bookings } bookings
}). Pausing cancels these bookings and tells them in their language. Pause?
# Variables:
#   $people (Number) - people with bookings ahead
#   $bookings (Number) - bookings ahead
hosting-confirm-stop = Stop hosting: nobody can book, your weekly hours are removed, your past consultations stay. { $people ->
    [one] { $people } person is booked
   *[other] { $people } people are booked
} ({ $bookings ->
    [one] { $bookings } booking
   *[other] { $bookings } bookings
}): the bookings are cancelled and they are told. Stop?
hosting-confirm-pause-button = ⏸ Pause and tell them
hosting-confirm-stop-button = ⏹ Stop hosting
hosting-confirm-keep-button = ⬅️ No, keep everything
# Variables:
#   $people (Number) - people told
hosting-paused-told = { $people ->
    [one] Paused. { $people } person was told and their booking cancelled.
   *[other] Paused. { $people } people were told and their bookings cancelled.
}
# Variables:
#   $people (Number) - people told
hosting-stopped = { $people ->
    [one] You no longer host consultations. { $people } person was told.
   *[other] You no longer host consultations. { $people } people were told.
}
# Variables:
#   $when (String) - the consultation on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00–12:30 your time (Moscow)"
hosting-cancelled-by-host = Your consultation on { $when } was cancelled: the host is not available then. You can book another slot with /consult.
# Variables:
#   $when (String) - the consultation's start on the reader's clock, e.g. "Tue, 2 Mar 2027, 12:00 your time (Moscow)"
hosting-cancelled-host-gone = Your consultation on { $when } was cancelled: the host no longer offers consultations. You can book another slot with /consult.

## the host's bookings
hosting-bookings = 📋 Your bookings
hosting-bookings-awaiting = Started — please mark attended or no-show:
hosting-bookings-upcoming = Coming up:
hosting-bookings-none = No bookings yet.
# Variables:
#   $number (Number) - the line's number for the buttons below (0: not numbered)
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
#   $language (String) - the language of the consultation
hosting-booking-line = { $number ->
    [0] { "" }
   *[other] No. { $number }:{ " " }
}{ $when }
    { $person } · { $topic } · { $language }
# Variables:
#   $note (String) - what the person wants to talk about
hosting-booking-note = “{ $note }”

## attended / no-show
hosting-mark-attended-button = ✔️ Attended
hosting-mark-no_show-button = 🚫 No-show
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-attended = ✔️ No. { $number } attended
# Variables:
#   $number (Number) - the booking's number in the list
hosting-mark-numbered-no_show = 🚫 No. { $number } no-show
# Variables:
#   $when (String) - the consultation on the host's clock, e.g. "Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time"
#   $person (String) - who booked, e.g. "Sergei · Krasnodar"
#   $topic (String) - the topic
hosting-mark-ask = Your consultation with { $person } ({ $topic }) on { $when } is over. Did it take place?
hosting-marked-attended = Marked: attended.
hosting-marked-no_show = Marked: no-show.
hosting-marked-change = You can change this once.
hosting-marked-final = This mark was changed once and stays as it is.
hosting-mark-refused-early = This consultation has not started yet: it can be marked once it has.
hosting-mark-refused-cancelled = This booking was cancelled.
hosting-mark-refused-changed = This mark was changed once already.
