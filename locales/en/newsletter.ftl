## newsletter

newsletter-home = 📰 Network newsletter

    Write a newsletter for the people of the network's partnerships: sections, versions in other languages, and the audience by country, topic and role. You see a preview with the number of people before anything is sent.
newsletter-write-button = ✏️ Write a newsletter
newsletter-back-button = ⬅️ Back to the network
newsletter-cancel-button = ✖️ Cancel
newsletter-cancelled = Cancelled — nothing was sent.
# Variables:
#   $language (String) - the language the staff member writes in
newsletter-ask-section = 📰 New newsletter, written in { $language }. Send the first section as one message: the first line is its heading, the lines below are its text.
# Variables:
#   $count (Number) - sections written
#   $languages (String) - languages with a complete version
newsletter-sections = { $count ->
        [one] { $count } section written.
       *[other] { $count } sections written.
    } Versions: { $languages }.

    Send another section (heading on the first line), add a version for another language, or choose the audience.
# Variables:
#   $language (String) - the version's language
#   $number (Number) - the section to type now
#   $count (Number) - sections in all
newsletter-ask-version = Send section { $number } of { $count } in { $language }: the heading on the first line, the text below. The original:
newsletter-machine-button = 🤖 Machine versions
newsletter-machine-done = 🤖 Machine versions were added for the other languages. Readers see them marked as machine translations, with the original one tap away.
# Variables:
#   $languages (String) - languages the provider could not translate into
newsletter-machine-failed = No machine version for { $languages } this time: readers of these languages get the original with its language named.
newsletter-audience-button = 👥 Choose the audience ▶️
# Variables:
#   $country (String) - the country focus chosen, or "any country"
#   $topic (String) - the topic focus chosen, or "any topic"
#   $role (String) - who among the partnerships' people
#   $count (Number) - people reached
newsletter-audience = 👥 Who gets the newsletter?
    Country: { $country }
    Topic: { $topic }
    Who: { $role }

    { $count ->
        [0] Nobody is in this audience yet.
        [one] It reaches { $count } person.
       *[other] It reaches { $count } people.
    } People who muted announcements are left out.
newsletter-role-everyone = Everyone
newsletter-role-participants = Participants
newsletter-role-organisers = Organisers
newsletter-role-coaches = Coaches
newsletter-country-button = 🌍 Country
newsletter-topic-button = 🏷 Topic
newsletter-any-country = Any country
newsletter-any-topic = Any topic
newsletter-choose-country = 🌍 Partnerships with which country? (The countries the network's partnerships name.)
newsletter-choose-topic = 🏷 Partnerships with which topic?
newsletter-preview-button = 👁 Preview
# Variables:
#   $language (String) - language name
#   $count (Number) - readers of this language
newsletter-preview-header = 👁 As readers in { $language } get it ({ $count ->
        [one] { $count } person
       *[other] { $count } people
    }):
# Variables:
#   $language (String) - language name
#   $count (Number) - recipients
newsletter-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
newsletter-confirm = { $count ->
        [0] Nobody is in this audience (people who muted announcements are left out). Choose another audience.
        [one] This goes to { $count } person ({ $parts }). Send it?
       *[other] This goes to { $count } people ({ $parts }). Send it?
    }
# Variables:
#   $count (Number) - recipients
newsletter-send-button = { $count ->
        [one] 📰 Send to { $count } person
       *[other] 📰 Send to { $count } people
    }
newsletter-schedule-button = 🕒 Send later
newsletter-edit-audience-button = 👥 Another audience
# Variables:
#   $city (String) - the city whose clock the typed time is on
newsletter-ask-time = When should it go out? Send date and time like 24.04.2027 09:00 ({ $city } time).
# Variables:
#   $when (String) - date and time, saying whose time it is
newsletter-scheduled = 🕒 The newsletter is scheduled for { $when }.
newsletter-heading = 📰 Network newsletter
# Variables:
#   $language (String) - the original's language
newsletter-machine-line = 🤖 Machine translation from { $language }; the original is one tap away.
# Variables:
#   $language (String) - the original's language
newsletter-original-line = Written in { $language }; there is no version in your language.
newsletter-original-button = 📄 Show the original
newsletter-draft-missing = This newsletter is no longer being written. Start again from the network menu.
newsletter-error-use-buttons = Please use the buttons at this step.
newsletter-error-section = A section needs a heading on the first line and its text below it. Please send it again.
# Variables:
#   $limit (Number) - most sections
newsletter-error-sections = A newsletter has at most { $limit } sections. Add versions or choose the audience.
# Variables:
#   $limit (Number) - most characters
newsletter-error-too-long = That is too long: a newsletter has at most { $limit } characters in every language. Please send a shorter section.
newsletter-error-time-unclear = The clocks change that night, so this time is skipped or happens twice. Please send another time.
newsletter-staff-only = The network newsletter is written by the network office's staff.
newsletter-back-to-audience = ⬅️ Back

## calendar
# Variables:
#   $country (String) - the country chosen, or "any country"
#   $topic (String) - the topic chosen, or "any topic"
calendar-home = 📅 Network calendar
    Country: { $country } · Topic: { $topic }
calendar-empty = No public workshops or network events are coming up for this choice.
calendar-feed = 📎 Subscribe in your calendar app (this choice, in your language):
calendar-feed-none = 📎 Subscribing to the calendar is not available yet.
calendar-country-button = 🌍 Country
calendar-topic-button = 🏷 Topic
calendar-choose-country = 🌍 Workshops of partnerships with which country? Network events are always listed.
calendar-choose-topic = 🏷 Workshops of partnerships with which topic? Network events are always listed.
calendar-public-add = 🌐 Add to network calendar
calendar-public-remove = 🌐 In the calendar · remove
calendar-feed-name = Network calendar
calendar-error-end-before-start = The end must be after the start.
calendar-event-new-button = ➕ New network event
calendar-back-button = 📅 Network calendar
calendar-event-ask-title = ➕ New network event for the calendar (like the Day of City Partnerships). Send its title.
calendar-event-ask-description = Send a short description, or "-" for none.
calendar-event-ask-city = Which city's clock are its times on?
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-start = When does it start? Send date and time like 24.04.2027 10:00 ({ $city } time).
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-end = When does it end? Send the time like 16:00, or date and time like 25.04.2027 13:00 ({ $city } time).
calendar-event-ask-place = Where does it take place? Send the place, or "-" for none.
calendar-event-ask-link = Send a web link (starting with https://) for more about it, or "-" for none.
calendar-event-created = ✅ The event is in the network calendar:
# Variables:
#   $limit (Number) - most characters
calendar-error-text = Please send some text, at most { $limit } characters.
calendar-error-link = A link starts with https://. Please send it again, or "-" for none.
newsletter-unschedule-button = ✖️ Cancel this newsletter
newsletter-unscheduled = Cancelled — the newsletter will not be sent.
newsletter-already-started = This newsletter is already being sent: it can no longer be cancelled.

## the delivery report of a newsletter (like an announcement's)
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-sending = 📰 Sending the newsletter… { $sent } of { $total } sent · { $waiting } waiting · { $blocked } blocked the bot · { $failed } failed
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-delivered = ✅ Newsletter delivered: { $sent } of { $total } sent · { $blocked } blocked the bot · { $failed } failed
