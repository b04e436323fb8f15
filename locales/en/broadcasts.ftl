staff-broadcast = 📣 Announcement
menu-unexpected-file = I can't do anything with a file here. Please use the buttons below the messages.

broadcasts-ask-text = 📣 New announcement. Send the text — bold, italic and links work as usual in Telegram. You can also send a photo or a file with the text as its caption.
broadcasts-cancelled = Cancelled — nothing was sent.
# Variables:
#   $language (String) - language name
broadcasts-ask-version = Send the announcement in { $language }.
# Variables:
#   $languages (String) - languages written so far
broadcasts-versions = Written in: { $languages }. People get the version in their language, everyone else the first one. Add a version, or choose who receives it.
broadcasts-choose-audience = Choose the audience ▶️
broadcasts-ask-audience = Who should receive it?
broadcasts-audience-workshops = Workshops: 🎟 people confirmed, ⏳ the waiting list
# Variables:
#   $number (Number) - the workshop's number, as on its buttons
#   $title (String) - workshop title
#   $when (String) - its time, saying whose time it is
broadcasts-audience-workshop-line = { $number }. { $title } — { $when }
broadcasts-audience-interests = 💡 Interested in:
# Variables:
#   $number (Number) - the theme's number, as on its button
#   $theme (String) - theme name
broadcasts-audience-interest-line = { $number }. { $theme }
broadcasts-audience-all = 👥 Everyone in the partnership
# Variables:
#   $city (String) - city
broadcasts-audience-city = 🏙 Everyone in { $city }
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-confirmed = 🎟 { $number } going
# Variables:
#   $number (Number) - the workshop's number in the list above the buttons (1–10); two buttons in a row: at most 14 characters
broadcasts-audience-waitlisted = ⏳ { $number } waiting
broadcasts-audience-coaches = 🧭 All coaches
# Variables:
#   $language (String) - language name
broadcasts-audience-language = 🗣 { $language } speakers
# Variables:
#   $number (Number) - the theme's number in the list above the buttons
broadcasts-audience-interest = 💡 { $number }
# Variables:
#   $language (String) - language name
#   $count (Number) - readers
broadcasts-preview-header = 👁 Preview for { $language } readers ({ $count }):
# Variables:
#   $language (String) - language name
#   $count (Number) - readers
broadcasts-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
broadcasts-confirm = { $count ->
        [0] Nobody is in this audience (people who muted announcements are left out). Choose another audience.
        [one] This goes to 1 person ({ $parts }). Send it?
       *[other] This goes to { $count } people ({ $parts }). Send it?
    }
broadcasts-send-now = 📣 Send now
broadcasts-schedule = 🕒 Send later
broadcasts-other-audience = 👥 Another audience
# Variables:
#   $city (String) - the city whose clock the time is on, e.g. "Karlsruhe"
broadcasts-ask-time = When should it go out? Send date and time like 24.04.2027 09:00 ({ $city } time).
# Variables:
#   $when (String) - date and time
broadcasts-scheduled = 🕒 Scheduled for { $when }. You can still cancel it until then.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the city whose clock it is
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
broadcasts-time-gap = ⏰ { $time } doesn't exist on { $date } in { $place } — clocks jump to { $jump }. Use { $suggestion }? You can also send another time.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the city whose clock it is
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
broadcasts-time-fold = ⏰ { $time } on { $date } happens twice in { $place }: summer time ({ $summer }) or winter time ({ $winter })? You can also send another time.
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
broadcasts-time-use = Use { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
broadcasts-time-summer = Summer time ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
broadcasts-time-winter = Winter time ({ $zone })
broadcasts-unschedule = ✖️ Cancel this announcement
broadcasts-unscheduled = Cancelled — the announcement will not be sent.
broadcasts-already-started = This announcement has already started; it can no longer be changed or cancelled.
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-progress = 📣 Sending… { $sent } of { $total } sent · { $waiting } waiting · { $blocked } blocked the bot · { $failed } failed
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
broadcasts-finished = ✅ Announcement delivered: { $sent } of { $total } sent · { $blocked } blocked the bot · { $failed } failed
broadcasts-error-format = The formatting of this text can't be sent. Please send it again without unusual formatting.
broadcasts-error-empty = The announcement needs some text.
# Variables:
#   $limit (Number) - maximum length
broadcasts-error-too-long = That is too long for one Telegram message: please keep it under { $limit } characters.
broadcasts-error-use-buttons = Please use the buttons for this step.
broadcasts-draft-missing = This announcement is no longer being written. Start again from the organiser tools.

## Statistics for organisers
staff-stats = 📊 Statistics
# Variables:
#   $partnership (String) - partnership name
#   $participants (Number) - participants
insight-title = 📊 { $partnership }: { $participants ->
        [one] 1 participant
       *[other] { $participants } participants
    }
# Variables:
#   $label (String) - a city or a language
#   $count (Number) - people
insight-line = • { $label }: { $count }
insight-languages = Languages:
# Variables:
#   $count (Number) - workshops
insight-workshops = { $count ->
        [0] No workshops yet.
        [one] 1 workshop:
       *[other] { $count } workshops:
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $confirmed (Number) - confirmed
#   $waitlisted (Number) - waiting
#   $attended (Number) - came
insight-workshop-line = • { $title }: confirmed { $confirmed } · waiting list { $waitlisted } · attended { $attended }
# Variables:
#   $count (Number) - announcements
insight-broadcasts = 📣 Announcements sent: { $count }
insight-chart-title = Participants by city and language
insight-export-participants = 📄 Participants (CSV)
insight-export-registrations = 📄 Sign-ups (CSV)
insight-csv-name = Name
insight-csv-city = City
insight-csv-language = Language
insight-csv-speaks = Speaks
insight-csv-interests = Interests
insight-csv-joined = Joined
insight-csv-workshop = Workshop
insight-csv-status = Status
# Variables:
#   $city (String) - the city whose clock the times are on, e.g. "Karlsruhe"
insight-csv-signed-up = Signed up ({ $city } time)

# Variables:
#   $ideas (Number) - published ideas
#   $votes (Number) - votes cast
insight-ideas = 💡 Ideas: { $ideas } · votes cast: { $votes }
insight-export-ideas = 📄 Ideas with votes (CSV)
insight-csv-number = No.
insight-csv-idea = Idea
insight-csv-themes = Themes
insight-csv-votes = Votes
insight-csv-supporters = Want to work on it
insight-csv-submitted = Submitted

# Variables:
#   $partnership (String) - the partnership an announcement comes from, e.g. "Karlsruhe ↔ Krasnodar"
broadcasts-heading = 📣 { $partnership }:
broadcasts-mute = 🔕 Mute announcements
broadcasts-muted = 🔕 Announcements are muted. You can turn them on again in “My profile”.
