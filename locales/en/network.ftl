## network
menu-network = 🌐 Network
commands-network = The network: consultations, directory, idea exchange, calendar
network-default-name = City partnership network
network-home =
    🌐 The network of city partnerships
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
network-staff-only = Only the network office's staff can see the network statistics.
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

## topic focuses of the network (bot.domain.network.NETWORK_TOPICS)
network-topic-integration = Integration
network-topic-migration = Migration
network-topic-digitalisation = Digitalisation
network-topic-youth = Youth
network-topic-education = Education
network-topic-sustainability = Sustainability
network-topic-culture = Culture
network-topic-municipal = Municipal cooperation
