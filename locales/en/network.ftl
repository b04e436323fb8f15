## network
menu-network = 🌉 Network
commands-network = The network: consultations, directory, idea exchange, calendar
network-default-name = City partnership network
network-home =
    🌉 The network of city partnerships
    What the network office offers every partnership: ask for advice, find other partnerships and organisations, offer or look for ideas, see what is coming up.
network-consult-button = 🗓 Book a consultation
network-directory-button = 📇 Directory
network-exchange-button = 💡 Idea exchange
network-calendar-button = 📅 Calendar
network-hosting-button = 🧑‍💼 My consultation hours
network-newsletter-button = 📰 Newsletter
network-stats-button = 📊 Network statistics


## network: roll-up statistics for network staff
network-stats-title = 📊 Network statistics
network-stats-intro = Counts only: each partnership keeps its people to itself.
network-stats-all = All partnerships
network-stats-none = No focus set yet
network-stats-countries = By country focus
network-stats-topics = By topic focus
# Variables:
#   $partnerships, $participants, $workshops, $ideas, $teams (Number) - counts
#   $booked, $attended, $no_show (Number) - consultations by their state
network-stats-group =
    Partnerships: { $partnerships } · participants: { $participants } · workshops: { $workshops } · ideas: { $ideas } · teams: { $teams }
    Consultations: booked { $booked } · attended { $attended } · no-show { $no_show }
network-stats-chart-title = The network: participants, workshops, ideas, teams
network-stats-export-button = 📄 Export as a spreadsheet
network-staff-only = This is only for the network office's staff.
network-stats-csv-focus = Focus
network-stats-csv-name = Name
network-stats-csv-country = Country
network-stats-csv-topic = Topic
network-stats-csv-partnerships = Partnerships
network-stats-csv-participants = Participants
network-stats-csv-workshops = Workshops
network-stats-csv-ideas = Ideas
network-stats-csv-teams = Teams
network-stats-csv-booked = Consultations booked
network-stats-csv-attended = Consultations attended
network-stats-csv-no-show = Consultations no-show


## network: the network's staff and their invitation links
network-staff-button = 👥 Network staff
# Variables:
#   $network (String) - the network's name
network-staff-heading = 👥 Network staff of { $network }:
network-staff-admins = Administrators always belong to the network staff.
network-staff-none = Nobody yet besides the administrators: send an invitation link.
network-staff-invite-button = ➕ Invitation link
# Variables:
#   $name (String) - a staff member's name (cut to fit the button)
network-staff-remove-button = ✖ Remove { $name }
# Variables:
#   $expires (String) - date and time on the reader's clock, with its zone
network-staff-invite-created = 🔗 Send this link to the person who should join the network staff. It works once, until { $expires }.
# Variables:
#   $name (String) - the staff member's name
network-staff-remove-ask = Remove { $name } from the network staff? They lose the network office's tools: statistics, newsletter, invitations.
network-staff-remove-yes = Yes, remove
# Variables:
#   $name (String) - the former staff member's name
network-staff-removed = { $name } no longer belongs to the network staff.
# Variables:
#   $network (String) - the network's name
network-staff-welcome = 🎉 You now belong to the staff of { $network }.

## network: a partnership's profile for the directory, and its listed contact
network-profile-button = 🪪 Partnership profile
# Variables:
#   $partnership (String) - the partnership's name
network-profile-title = 🪪 { $partnership } in the network directory
# Variables:
#   $countries (String) - country names joined by the locale's list pattern, or "not set yet"
network-profile-countries = Countries: { $countries }
# Variables:
#   $topics (String) - topic names joined by the locale's list pattern, or "not set yet"
network-profile-topics = Topics: { $topics }
# Variables:
#   $year (String) - the year, or "not set yet"
network-profile-since = Partners since: { $year }
network-profile-none = not set yet
network-profile-contact-none = Contact: nobody listed yet
# Variables:
#   $name (String) - a person's name
network-profile-contact-listed = Contact: { $name } (agreed to be listed)
# Variables:
#   $name (String) - a person's name
network-profile-contact-asked = Contact: { $name } was asked and is listed only after agreeing
network-profile-countries-button = 🌍 Countries
network-profile-topics-button = 🏷 Topics
network-profile-since-button = 📅 Partners since
network-profile-contact-button = 👤 Contact
network-profile-unlist-button = ✖ List no contact
network-profile-countries-ask = Which countries does the partnership focus on? Tap to choose or unchoose; a country not listed can be typed as a code.
network-profile-code-button = ⌨️ Type a country code
network-profile-code-ask = Send the country's two-letter code (ISO 3166), e.g. PL for Poland or GB for the United Kingdom.
network-profile-code-invalid = I don't know that country code. Please send two letters like PL, GB or US.
network-profile-topics-ask = Which topics does the partnership focus on? Tap to choose or unchoose.
network-profile-since-ask = Since which year are the cities partners? Send the year, e.g. 1992.
# Variables:
#   $year (Number) - the current year
network-profile-since-invalid = Please send a year from 1900 to { $year }, e.g. 1992.
network-profile-contact-ask = Who should be listed as the contact in the directory? The person is asked first and listed only after agreeing.
# Variables:
#   $name (String) - a person's name
network-profile-contact-sent = ✉️ { $name } was asked and is listed once they agree.
network-profile-unlisted = No contact is listed any more.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-question = Do you agree to be listed as the contact of { $partnership } in the network directory? Other partnerships of the network will see your name. You can withdraw at any time.
network-contact-yes = Yes, list me
network-contact-no = No
# Variables:
#   $partnership (String) - the partnership's name
network-contact-agreed = 🎉 You are listed as the contact of { $partnership } in the network directory. You can withdraw at any time.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-declined = Understood: you are not listed as the contact of { $partnership }.
# Variables:
#   $partnership (String) - the partnership's name
network-contact-withdrawn = You are no longer listed as the contact of { $partnership }.
network-contact-withdraw-button = Withdraw my listing

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Integration
network-topic-migration = Migration
network-topic-digitalisation = Digitalisation
network-topic-youth = Youth
network-topic-education = Education
network-topic-sustainability = Sustainability
network-topic-culture = Culture
network-topic-municipal = Municipal cooperation
