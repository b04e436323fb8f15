## consult (booking a consultation)
commands-consult = Book a consultation with the network office

consult-home =
    🗓 Consultation hours of the network office
    What would you like advice on? Pick a topic; then your language and a time.
consult-mine-button = 📋 My bookings
consult-new-button = 🗓 Book a consultation
# Variables:
#   $topic (String) - the chosen topic
consult-language-ask =
    { $topic }
    In which language would you like to talk? Your languages come first.
# Variables:
#   $language (String) - the language the person chose
#   $available (String) - the languages hosts speak for this topic, as a list
#   $count (Number) - how many languages are available
consult-language-none =
    No host speaks { $language } on this topic yet.
    { $count ->
        [0] Nobody offers consultation hours on this topic at the moment: please choose another topic.
        [1] Available: { $available }.
       *[other] Available: { $available }.
    }
# Variables:
#   $count (Number) - how many toolbox entries are suggested
consult-tips =
    Maybe this helps first
    { $count ->
        [1] This toolbox entry is about your topic.
       *[other] These { $count } toolbox entries are about your topic.
    } If it does not answer your question, choose a time.
consult-tips-go-on = 🗓 Show the times
# Variables:
#   $topic (String) - the chosen topic
#   $language (String) - the chosen language
#   $city (String) - the city whose clock the times are on (the person's)
#   $page (Number) - this page
#   $pages (Number) - number of pages
#   $slots (String) - the free times, grouped by day
consult-slots =
    { $topic } · { $language }
    Free times, { $city } time (page { $page } of { $pages }):

    { $slots }

    Pick a time by its number. In brackets: the host's own time, where it differs.

# Variables:
#   $topic (String) - the chosen topic
consult-slots-none = There is no free time for “{ $topic }” in this language in the coming weeks. Please look again later or choose another topic.
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - its clock time on the person's clock
consult-slot-button = { $number } · { $time }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $host (String) - the host's name
consult-slot-line = { $number }. { $time } · { $host }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $theirs (String) - start on the host's clock
#   $city (String) - the city naming the host's clock
#   $host (String) - the host's name
consult-slot-line-both = { $number }. { $time } · { $host } ({ $city } { $theirs })
# Variables:
#   $mine (String) - the time on the person's clock with its city
#   $host (String) - the time on the host's clock with its city
consult-time-both = { $mine } ({ $host })
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $minutes (Number) - length in minutes
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note for the host
#   $has_note (String) - yes when a note was typed, else no
consult-confirm =
    Book this consultation?
    With: { $host }
    When: { $when }
    Length: { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
    Topic: { $topic }
    Language: { $language }
    { $has_note ->
        [yes] Your note: { $note }
       *[no] You may type a short note for the host (what you would like to talk about) before booking.
    }
consult-book-button = ✔️ Book
consult-move-button = ✔️ Move to this time
# Variables:
#   $limit (Number) - the longest note allowed
consult-note-too-long = { $limit ->
        [one] The note may be at most { $limit } character long. Please shorten it.
       *[other] The note may be at most { $limit } characters long. Please shorten it.
    }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-booked =
    ✅ Booked: { $when } with { $host }.
    { $has_link ->
        [yes] Video link: { $link }
       *[no] The host will tell you how you will meet.
    }
    The calendar file below puts it into your calendar; you get a reminder a day and an hour before.
# Variables:
#   $when (String) - the new date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-moved =
    ✅ Moved to { $when } with { $host }. The old time is free again.
    { $has_link ->
        [yes] Video link: { $link }
       *[no] The host will tell you how you will meet.
    }
# Variables:
#   $host (String) - the host's name
consult-ics-summary = Consultation with { $host }
# Variables:
#   $person (String) - who booked
#   $when (String) - date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
#   $before (String) - unused here
consult-host-booked =
    🗓 New booking: { $person }, { $when }.
    Topic: { $topic } · { $language }
    { $has_note ->
        [yes] Note: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who booked
#   $when (String) - the new date and time on the host's clock
#   $before (String) - the old date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
consult-host-moved =
    🗓 { $person } moved their booking from { $before } to { $when }.
    Topic: { $topic } · { $language }
    { $has_note ->
        [yes] Note: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who cancelled
#   $when (String) - date and time on the host's clock
#   $late (String) - yes when cancelled after the host's cut-off, else no
consult-host-cancelled = { $late ->
        [yes] ✖️ { $person } cancelled the booking on { $when } late (after your cut-off).
       *[no] ✖️ { $person } cancelled the booking on { $when }.
    }
consult-mine-none = You have no booked consultations.
# Variables:
#   $count (Number) - how many bookings
#   $bookings (String) - the bookings, one a line
consult-mine =
    { $count ->
        [1] Your booking
       *[other] Your { $count } bookings
    }
    { $bookings }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $topic (String) - the topic
consult-mine-line = • { $when }, { $host }, { $topic }
# Variables:
#   $line (String) - the booking: time, host, topic
#   $link (String) - the video link
#   $has_link (String) - yes when there is a video link, else no
#   $note (String) - the person's note
#   $has_note (String) - yes when there is a note, else no
consult-card =
    Your booking
    { $line }
    { $has_link ->
        [yes] Video link: { $link }
       *[no] {""}
    }
    { $has_note ->
        [yes] Your note: { $note }
       *[no] {""}
    }
consult-reschedule-button = 🔁 Choose another time
consult-cancel-button = ✖️ Cancel the booking
# Variables:
#   $line (String) - the booking: time, host, topic
#   $late (String) - yes when it is after the host's cut-off, else no
#   $hours (Number) - the host's cut-off in hours
consult-cancel-ask =
    Cancel this booking?
    { $line }
    { $late ->
        [yes] { $hours ->
            [one] ⚠️ It is less than { $hours } hour before the start: the host asks to cancel earlier. The cancellation is noted as late, and the host is told.
           *[other] ⚠️ It is less than { $hours } hours before the start: the host asks to cancel earlier. The cancellation is noted as late, and the host is told.
        }
       *[no] The host is told, and the time becomes free for others.
    }
consult-cancel-yes-button = ✖️ Yes, cancel it
consult-cancel-keep-button = ⬅️ No, keep it
# Variables:
#   $line (String) - the booking: time, host, topic
consult-cancelled =
    The booking is cancelled: { $line }
    The calendar file below removes it from your calendar.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $link (String) - the video link (may be empty)
consult-reminder =
    ⏰ Reminder: your consultation with { $host }, { $when }.
    { $link }
consult-booking-gone = This booking is no longer open.
consult-refused-notice = This time is too soon: the host needs more notice. Please choose a later time.
consult-refused-horizon = This time is too far ahead. Please choose an earlier time.
consult-refused-taken = This time was just taken. Please choose another one.
# Variables:
#   $limit (Number) - how many open bookings one person may hold with this host
consult-refused-limit = { $limit ->
        [1] You already have an open booking with this host: one at a time.
       *[other] You already have { $limit } open bookings with this host: that is the most at a time.
    }
consult-refused-language = This host does not speak that language.
consult-refused-topic = This host does not advise on that topic.
consult-refused-not-a-slot = This is not one of the host's times.
consult-wait-button = 🔔 Join the waiting list
# Variables:
#   $topic (String) - the topic
#   $language (String) - the language
consult-waiting-joined = 🔔 You are on the waiting list for “{ $topic }” in { $language }. When a time becomes free, the bot offers it to you first in line; you then have a little while to take it.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $topic (String) - the topic
#   $deadline (String) - until when the offer holds, with whose clock
consult-offer =
    🔔 A time became free for “{ $topic }”: { $when } with { $host }.
    It is kept for you until { $deadline }; after that it goes to the next person waiting.
consult-offer-take-button = ✔️ Book this time
consult-offer-pass-button = ✖️ Not this time
consult-offer-passed = The time goes to the next person waiting. You are no longer on the waiting list for this topic.
consult-offer-gone = This offer is no longer open.
# Variables:
#   $topic (String) - the topic
consult-offer-expired = The free time for “{ $topic }” was not taken in time and went to the next person waiting.
