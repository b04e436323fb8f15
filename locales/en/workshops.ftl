## Workshops: participants

menu-workshops = 📅 Workshops
commands-workshops = Workshops and sign-up

workshops-kind-kickoff = Kick-off workshop
workshops-kind-match_sprint = Match & Sprint workshop
workshops-kind-sprint_succeed = Sprint & Succeed workshop
workshops-kind-other = Workshop

# Variables:
#   $count (Number) - how many workshops are listed
workshops-list = 📅 Upcoming workshops — tap one for details and sign-up:
workshops-list-mine = 📅 Workshops you signed up for:
workshops-none = There are no upcoming workshops yet. I will tell you when one is announced.
workshops-none-mine = You have not signed up for any upcoming workshop.

# Variables:
#   $title (String) - workshop title
#   $when (String) - its date and time; a line of the list (the button shows only the title)
workshops-list-item = • { $title } — { $when }
workshops-show-all = 📅 All workshops
workshops-show-mine = 🎟 My sign-ups
workshops-open = 📅 Open the workshop
workshops-back-to-list = ⬅️ All workshops
workshops-sign-up = ✍️ Sign up
workshops-join-waitlist = ⏳ Join the waiting list
workshops-cancel-signup = ✖️ Cancel my sign-up
workshops-place-online = Online
# Variables:
#   $link (String) - the link to the online meeting
workshops-place-online-link = Online: { $link }

# Variables:
#   $title (String) - workshop title, gender unknown
#   $kind (String) - kind of workshop
#   $when (String) - date and time saying whose time it is (times.ftl), e.g. "Sat, 24 Apr 2027, 18:30–21:00 Krasnodar time (17:30–20:00 your time)"
#   $place (String) - city and address, or online
#   $seats (Number) - seats left for the reader's city, -1 when unlimited
workshops-card =
    📅 { $title }
    { $kind }

    🕒 { $when }
    📍 { $place }
    🪑 { $seats ->
        [-1] Open to everyone
        [0] No seats left — you can join the waiting list
        [one] 1 seat left
       *[other] { $seats } seats left
    }
# Variables:
#   $description (String) - the organisers' description
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code
workshops-status-confirmed = ✅ You are signed up. Your check-in code: { $code }
# Variables:
#   $code (String) - personal check-in code
workshops-status-attended = ✅ You took part. Thank you!
# Variables:
#   $position (Number) - place on the waiting list
workshops-status-waitlisted = ⏳ You are on the waiting list, position { $position }.
# Variables:
#   $deadline (String) - until when the seat is held
workshops-status-offered = 🎟 A seat is free for you! Please answer by { $deadline }.

# Variables:
#   $number (Number) - which question
#   $total (Number) - how many questions
#   $required (String) - yes or no
workshops-question-header = Question { $number } of { $total }{ $required ->
        [yes] {""}
       *[no] {" "}(optional)
    }
workshops-question-who = Who are you? Tell us a little about yourself.
workshops-question-hopes = What do you hope for from the city partnership?
workshops-question-why = Why do you want to take part?
workshops-question-else = Anything else you would like us to know?
# Variables:
#   $text (String) - the organisers' own question
workshops-question-custom = { $text }
workshops-signup-aborted = Sign-up cancelled — nothing was saved.

# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-signup-confirmed =
    ✅ You are signed up for { $title }!

    🕒 { $when }
    📍 { $place }

    Your check-in code: { $code }
    I will remind you before it starts.
workshops-calendar-caption = 📆 Add it to your calendar.
workshops-calendar-cancel = 📆 Open this file to take the workshop out of your calendar.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $position (Number) - place on the waiting list
workshops-signup-waitlisted =
    ⏳ { $title } is full right now. You are on the waiting list at position { $position }.
    If a seat becomes free, I will offer it to you straight away.

workshops-signup-not-open = Sign-up for this workshop is not open.
workshops-signup-cancelled = ❌ This workshop was cancelled.
workshops-signup-closed = Sign-up for this workshop has closed.
workshops-signup-already = You are already signed up for this workshop.
workshops-gone = This workshop no longer exists. Have a look at /workshops for the current ones.

# Variables:
#   $title (String) - workshop title
#   $partnership (String) - the partnership the workshop belongs to
workshops-link-other-partnership = This workshop, «{ $title }», belongs to the partnership { $partnership }, not to yours, so it can't be joined from here. If you have moved, you can change your partnership in your profile.

workshops-error-answer-missing = This question needs an answer.
workshops-error-answer-empty = Please write a few words (or use the buttons).
workshops-error-answer-long = That is too long: please keep it under 1000 characters.
workshops-error-use-buttons = Please use the buttons for this step.

workshops-cancel-ask = Do you really want to cancel your sign-up? Your seat goes to the next person waiting.
workshops-cancel-yes = Yes, cancel it
workshops-cancel-no = No, keep my seat
workshops-cancelled-by-you = Your sign-up is cancelled. You can sign up again while there is room.
workshops-cancel-not-possible = This sign-up can no longer be cancelled.

workshops-offer-accept = Yes, I'll take the seat
workshops-offer-decline = No, thanks
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $deadline (String) - until when the seat is held
workshops-offer =
    🎟 Good news: a seat at { $title } is free for you!
    🕒 { $when }

    Please answer by { $deadline } — after that it goes to the next person.
workshops-offer-declined = All right — the seat goes to the next person. Thank you for letting us know.
workshops-offer-gone = This offer is no longer open.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-offer-expired = The seat at { $title } was offered to you, but the time to answer has run out, so it went to the next person.

# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-reminder =
    ⏰ Reminder: { $title }
    🕒 { $when }
    📍 { $place }
    Your check-in code: { $code }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time it was planned for
workshops-cancelled-notice = ❌ { $title } ({ $when }) has been cancelled by the organisers. We are sorry.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - the new date and time
workshops-time-changed = 🕒 New time for { $title }: { $when }. Your sign-up stays as it is.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $message (String) - the organisers' message
workshops-organiser-message =
    📣 From the organisers of { $title }:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended, gender unknown
#   $source_city (String) - city of that workshop
#   $online (String) - yes if it was online
#   $title (String) - title of the next workshop, gender unknown
#   $when (String) - its date and time
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 You took part in { $source } online.
       *[no] 👋 You took part in the kick-off in { $source_city } ({ $source }).
    }
    You are invited to the next step: { $title }, { $when }.

# Variables:
#   $title (String) - workshop title, gender unknown
workshops-feedback-ask = 🙏 How was { $title }? Rate it from 1 (poor) to 5 (great).
workshops-feedback-comment = 💬 Add a comment
workshops-feedback-ask-comment = Write your comment in one message.
# Variables:
#   $rating (Number) - the rating given
workshops-feedback-thanks = Thank you for your rating ({ $rating } out of 5)!
workshops-feedback-comment-thanks = Thank you — your comment was saved.

## Workshops: organisers

staff-workshops = 📅 Workshops
workshops-new = ➕ New workshop
# Variables:
#   $partnership (String) - partnership name
#   $count (Number) - how many workshops
workshops-organiser-list = { $count ->
        [0] No workshops planned for { $partnership } yet.
        [one] 1 workshop of { $partnership }:
       *[other] { $count } workshops of { $partnership }:
    }
workshops-draft-ask-kind = New workshop: what kind is it?
workshops-draft-ask-title = Send the title (up to 100 characters).
workshops-draft-ask-description = Send a short description (up to 1000 characters), or skip.
workshops-draft-ask-place = Where does it take place?
workshops-draft-ask-address = Send the venue address, or skip.
workshops-draft-ask-link = Send the link of the online meeting (starting with https://). Only confirmed people will see it.
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-end = When does it end? Send the time like 21:00, or date and time ({ $city } time).
workshops-draft-ask-capacity = How many seats are there? Send a number, or choose unlimited.
workshops-draft-ask-quotas = Do you want seats per city (for example 15 Karlsruhe + 15 Krasnodar)?
# Variables:
#   $city (String) - city name
workshops-draft-ask-quota = How many seats for people from { $city }?
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-deadline = Until when can people sign up? Send date and time like 24.04.2027 12:00 ({ $city } time), or keep it open until the start.
# Variables:
#   $questions (String) - the list of questions
workshops-draft-ask-questions =
    Questions people answer when they sign up:
    { $questions }

    Tap a question to make it required or optional, remove it, or add your own.
workshops-draft-ask-question-text = Send the question.
workshops-draft-ask-question-choice-text = Send the question; you will send the answer options next.
workshops-draft-ask-question-choices = Send the answer options, one per line (2 to 8).
workshops-draft-no-questions = (no questions)
# Variables:
#   $number (Number) - question number
#   $text (String) - question text
#   $required (String) - yes or no
workshops-draft-question-line = { $number }. { $text }{ $required ->
        [yes] {" "}(required)
       *[no] {""}
    }
# Variables:
#   $number (Number) - question number
workshops-draft-question-required = { $number }: required
# Variables:
#   $number (Number) - question number
workshops-draft-question-optional = { $number }: optional
# Variables:
#   $number (Number) - question number
workshops-draft-question-remove = 🗑 { $number }
workshops-draft-add-text-question = ➕ Question with free text
workshops-draft-add-choice-question = ➕ Question with options
workshops-draft-questions-done = Continue ▶️
workshops-draft-skip-description = No description ▶️
workshops-draft-skip-address = No address ▶️
workshops-draft-skip-deadline = Until the start ▶️
workshops-draft-unlimited = ♾ Unlimited
workshops-draft-quotas-yes = Yes, seats per city
workshops-draft-quotas-no = No, one capacity for all
workshops-draft-publish = 📢 Publish now
workshops-draft-save = 📝 Save as draft
workshops-draft-cancelled = Cancelled — no workshop was created.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-draft-created = 📢 { $title } is published. Participants see it under /workshops.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-draft-saved = 📝 { $title } is saved as a draft. Publish it when you are ready.
workshops-draft-missing = This step is no longer open. Start again from the workshop list.

workshops-error-title-empty = The title cannot be empty.
workshops-error-title-long = That title is too long: please keep it under 100 characters.
workshops-error-description-empty = The description cannot be empty — or tap “No description”.
workshops-error-description-long = That description is too long: please keep it under 1000 characters.
workshops-error-in-past = That moment is in the past. Please send a future date and time.
workshops-error-end-before-start = The end must be after the start.
workshops-error-too-long = A workshop can last at most two weeks.
workshops-error-capacity = Please send a whole number of seats from 1 to 10000.
workshops-error-quotas-over-capacity = The seats per city add up to more than the capacity.
workshops-error-link = Please send a full link starting with https://
workshops-error-address = Please send an address of up to 200 characters.
workshops-error-datetime = I could not read that. Please write it like 24.04.2027 18:30.
workshops-error-deadline = The sign-up deadline must be in the future and before the start.
workshops-error-choices = Please send 2 to 8 options, one per line.
workshops-error-too-many-questions = A workshop can have at most 10 questions.
workshops-error-incomplete = Some details are still missing. Please go through the steps again.
# Variables:
#   $taken (Number) - seats already taken
workshops-error-capacity-below-taken = { $taken ->
        [one] 1 seat is already taken: the capacity cannot be lower.
       *[other] { $taken } seats are already taken: the capacity cannot be lower.
    }
workshops-error-message-long = That message is too long: please keep it under 3000 characters.
workshops-already-cancelled = This workshop is already cancelled.

workshops-state-draft = 📝 draft
workshops-state-published = 📢 published
workshops-state-cancelled = ❌ cancelled
# Variables:
#   $title (String) - workshop title, gender unknown
#   $status (String) - draft, published, cancelled
#   $when (String) - date and time
#   $place (String) - place
#   $capacity (Number) - seats, -1 when unlimited
#   $confirmed (Number) - confirmed people
#   $attended (Number) - checked in
#   $waitlisted (Number) - waiting
#   $offered (Number) - with an open offer
workshops-manage-card =
    { $title } — { $status }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] Confirmed: { $confirmed } (no seat limit)
       *[other] Confirmed: { $confirmed } of { $capacity } seats
    }
    Checked in: { $attended }
    Waiting list: { $waitlisted }
    Waiting list offers open: { $offered }
# The toggle on its own row: the state the workshop is in, then what pressing does.
workshops-manage-publish = 📝 Hidden · publish
workshops-manage-unpublish = 📢 Visible · hide
workshops-manage-attendees = 👥 Attendees
workshops-manage-checkin = 🎫 Check-in
workshops-manage-csv = 📄 Export CSV
workshops-manage-qr = 🔳 QR code
workshops-manage-message = 📣 Message all
workshops-manage-time = 🕒 Change time
workshops-manage-capacity = 🪑 Seats
workshops-manage-translate = 🌐 Translate
workshops-manage-next-stage = ➡️ Invite to the next stage
workshops-manage-cancel = ❌ Cancel the workshop
workshops-manage-back = ⬅️ Back
workshops-manage-cancel-yes = ❌ Cancel and tell everyone
# Nobody is registered, so nobody is told; button, at most 30 characters
workshops-manage-cancel-yes-silent = ❌ Yes, cancel it
# Variables:
#   $title (String) - workshop title, gender unknown
#   $count (Number) - people registered
workshops-manage-cancel-ask = Cancel { $title }? { $count ->
        [one] 1 person is registered and will be told.
       *[other] { $count } people are registered and will be told.
    }
# Variables:
#   $count (Number) - people told
workshops-manage-cancelled = ❌ Cancelled. { $count ->
        [one] 1 person is being told.
       *[other] { $count } people are being told.
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $count (Number) - people registered
workshops-attendees = 👥 { $title }: { $count ->
        [one] 1 person
       *[other] { $count } people
    }. Tap a name to tick them as present.
# Variables:
#   $name (String) - display name
#   $status (String) - registration status, or none when confirmed or present (✅ shows present)
#   $code (String) - check-in code: first, so it is never cut off the button
workshops-attendee-line = { $code } · { $name }{ $status ->
        [none] {""}
       *[other] {" · "}{ $status }
    }
workshops-registration-confirmed = confirmed
workshops-registration-waitlisted = waiting
workshops-registration-offered = offered
workshops-registration-attended = present
workshops-registration-cancelled = cancelled
workshops-checkin-ask = Send a check-in code (6 characters). You can send one code after the other.
# Variables:
#   $name (String) - display name
workshops-checkin-done = ✅ { $name } is checked in. Send the next code, or go back.
workshops-checkin-unknown-code = ❓ I don't know this code for this workshop. Please check it and send it again.
workshops-csv-id = No.
workshops-csv-name = Name
workshops-csv-city = City
workshops-csv-status = Status
workshops-csv-code = Check-in code
# Variables:
#   $city (String) - the city whose clock the times are on, e.g. "Karlsruhe"
workshops-csv-signed-up = Signed up ({ $city } time)
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-csv-caption = 📄 Attendees of { $title }
workshops-qr-caption = 🔳 Print this on posters: scanning it opens the sign-up.
workshops-poster-caption = 🖨 The poster to print: A4, with the title, time, place and the QR code.
# Printed on the poster under the QR code (no emoji: it is printed).
workshops-poster-scan = Scan the code with your phone's camera to sign up
workshops-message-ask = Write the message for everyone confirmed, in one message.
# Variables:
#   $count (Number) - recipients
workshops-message-queued = 📣 { $count ->
        [one] Your message is on its way to 1 person.
       *[other] Your message is on its way to { $count } people.
    }
workshops-translate-choose = In which language do you want to add the title?
# Variables:
#   $language (String) - language name
workshops-translate-ask = Send the title in { $language }.
workshops-time-updated = 🕒 Time changed; everyone registered is being told.
workshops-capacity-updated = 🪑 Capacity changed.
workshops-translation-saved = 🌐 Translation saved.
workshops-next-stage-choose = To which workshop do you want to invite the attendees?
workshops-next-stage-none = There is no published workshop of the next stage yet. Create and publish it first.
# Variables:
#   $count (Number) - people invited
workshops-next-stage-sent = ➡️ { $count ->
        [0] Nobody to invite: no one was checked in, or all are already signed up.
        [one] 1 attendee is being invited.
       *[other] { $count } attendees are being invited.
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 { $title } is { $percent }% full: { $taken } of { $capacity } seats taken.

workshops-manage-reminders = ⏰ Reminders
workshops-reminders-choose = When should confirmed people be reminded?
# Variables:
#   $hours (Number) - hours before the start
workshops-reminders-hours = { $hours } h before
workshops-reminders-none = No reminders
workshops-reminders-updated = ⏰ Reminders changed; they are planned anew for everyone confirmed.
# Variables:
#   $language (String) - language name
workshops-translate-ask-description = Now send the description in { $language }, or go back if there is none.
workshops-attendees-more = … more answers are in the CSV export.

## A typed time on a night the clocks change
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
workshops-draft-time-gap = ⏰ { $time } doesn't exist on { $date } in { $place } — clocks jump to { $jump }. Use { $suggestion }?
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
workshops-draft-time-fold = ⏰ { $time } on { $date } happens twice in { $place }: summer time ({ $summer }) or winter time ({ $winter })?
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
workshops-draft-time-use = Use { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
workshops-draft-time-summer = Summer time ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
workshops-draft-time-winter = Winter time ({ $zone })
workshops-draft-time-retype = ✏️ Type another time

## The new-workshop wizard: kinds explained, calendar, common times, preview with edits
workshops-kind-kickoff-about = • Kick-off workshop: the first meeting — people get to know the programme and each other and bring their ideas.
workshops-kind-match_sprint-about = • Match & Sprint workshop: people form teams around the chosen ideas and plan the first steps.
workshops-kind-sprint_succeed-about = • Sprint & Succeed workshop: the teams show what they have done and plan how to go on.
workshops-kind-other-about = • Workshop: any other meeting of the programme.
# Variables:
#   $value (String) - the answer this step already has
workshops-draft-current = Now: { $value }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date written as the bot reads it, e.g. 08/12/2026
workshops-draft-ask-date = 📅 Which day? Tap a day in { $month } (▶️ for the next month), or type a date like { $example }.
# Variables:
#   $date (String) - the chosen day, e.g. Thursday, 14 January 2027
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-time = 🕒 { $date }: when does it start? Tap a time, or type another one like 18:30 ({ $city } time).
# Variables:
#   $start (String) - the start with its city, e.g. Thu, 14 Jan 2027, 18:00 Karlsruhe time
#   $hours (Number) - hours of a full day
workshops-draft-ask-duration = ⏳ It starts { $start }. How long does it last? A full day is { $hours } hours. Or type the end time like 21:00.
# Variables:
#   $hours (Number) - hours
workshops-draft-hours = { $hours } h
# Variables:
#   $hours (Number) - hours of a full day
workshops-draft-full-day = Full day ({ $hours } h)
workshops-draft-quotas-split = Split evenly
# Variables:
#   $seats (Number) - seats in all
#   $split (String) - the even split, e.g. Karlsruhe: 15 seats and Krasnodar: 15 seats
workshops-draft-ask-quotas-split = 🪑 { $seats ->
        [one] 1 seat.
       *[other] { $seats } seats.
    } Keep seats for each city? Split evenly: { $split }.
# Variables:
#   $city (String) - city name
#   $seats (Number) - seats kept for people from there
workshops-draft-city-seats = { $city }: { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }
workshops-draft-edit-kind = Kind
workshops-draft-edit-title = Title
workshops-draft-edit-description = Description
workshops-draft-edit-place = City / online
workshops-draft-edit-address = Address
workshops-draft-edit-link = Link
workshops-draft-edit-date = Date
workshops-draft-edit-time = Start time
workshops-draft-edit-duration = Duration
workshops-draft-edit-capacity = Seats
workshops-draft-edit-deadline = Sign-up until
workshops-draft-edit-questions = Questions
# Variables:
#   $kind (String) - kind of workshop
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time saying whose time it is, e.g. Thu, 14 Jan 2027, 18:00–21:00 Karlsruhe time
#   $place (String) - city and address, or online
#   $capacity (Number) - seats, -1 when unlimited
workshops-draft-preview =
    Please check — this is what participants will see:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] no seat limit
        [one] 1 seat
       *[other] { $capacity } seats
    }
# Variables:
#   $quotas (String) - seats kept per city
workshops-draft-preview-quotas = Seats per city: { $quotas }
# Variables:
#   $deadline (String) - sign-up deadline with its city's time
workshops-draft-preview-deadline = Sign-up until { $deadline }
workshops-draft-preview-deadline-start = Sign-up open until the start
# Variables:
#   $questions (Number) - questions asked at sign-up
workshops-draft-preview-questions = { $questions ->
        [0] No questions at sign-up
        [one] 1 question at sign-up
       *[other] { $questions } questions at sign-up
    }
workshops-draft-preview-edit = Tap a field below to change it; then publish.
# Variables:
#   $example (String) - a date written as the bot reads it, e.g. 08/12/2026
workshops-error-date = I could not read that date. Please write it like { $example }, or tap a day.
# Variables:
#   $example (String) - a time, e.g. 18:30
workshops-error-clock = I could not read that time. Please write it like { $example }, or tap a time.
workshops-error-day-past = That day is over. Please choose today or a later day.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city
#   $jump (String) - the time the clocks jump to, e.g. 03:00
workshops-error-time-gap = ⏰ { $time } doesn't exist on { $date } in { $place } — clocks jump to { $jump }. Please send another time.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $zone (String) - abbreviation of summer time there, e.g. CEST
workshops-time-updated-fold = 🕒 Time changed; everyone registered is being told. { $time } happens twice that night: I took the first one (summer time, { $zone }).

## The new-workshop wizard: the title and description in the programme's other languages
workshops-draft-edit-languages = Languages
workshops-draft-languages-done = Done ▶️
workshops-draft-skip-language = Leave this language out ▶️
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-languages-head = 🌐 The title and description in the programme's other languages, so participants read the workshop in theirs (you wrote it in { $language }). Tap a language to write or correct it.
# Variables:
#   $language (String) - language name
#   $title (String) - the title in that language
#   $machine (String) - yes when machine-translated and not corrected yet
workshops-draft-language-line = • { $language }: { $title }{ $machine ->
        [yes] {" "}(🤖 machine translation — tap to correct)
       *[no] {""}
    }
# Variables:
#   $language (String) - language name
workshops-draft-language-missing = • { $language }: not yet — readers of it see your text
workshops-draft-languages-no-machine = No machine translation is set up: type a title (and description) for a language, or leave it out.
# Variables:
#   $language (String) - language name
workshops-draft-ask-tr-description = Now send the description in { $language }, or skip it.
# Variables:
#   $languages (String) - the other languages the workshop has
workshops-draft-preview-languages = 🌐 Also in { $languages }
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-preview-languages-none = 🌐 Only in { $language } so far — “Languages” adds the others

## The new-workshop wizard: a copy of an earlier workshop
workshops-draft-copy = 📋 Copy an earlier workshop
workshops-draft-copy-choose = 📋 Which workshop do you want to copy? Everything is taken over except the day, which you choose next.
workshops-draft-copy-none = 📋 You have no earlier workshop to copy yet. Go back and choose the kind.

## The new-workshop wizard: the last address in a city as the default venue
workshops-draft-same-address = 📍 Same address as last time
# Variables:
#   $city (String) - the workshop's city (the organiser's own unless changed)
workshops-draft-ask-address-in = Send the venue address in { $city }, or skip.
workshops-draft-other-city = 🌍 Another city or online
# Variables:
#   $address (String) - the address of the latest workshop in that city
workshops-draft-last-address = Last time in this city: { $address }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date and time written as the bot reads them, e.g. 08/12/2026 18:30
#   $city (String) - the city whose clock the times are on
workshops-edit-ask-date = 📅 New day? Tap a day in { $month } (▶️ for the next month), or type the new date and time like { $example } ({ $city } time).
