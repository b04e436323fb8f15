menu-main = What would you like to do?
menu-welcome-back = 👋 Welcome back!
menu-unexpected-text = I didn't expect a message just now. Please use the buttons below.
menu-unknown-command = I don't know that command.
menu-profile = 👤 My profile
menu-language = 🌐 Language
menu-help = ❓ Help
menu-staff = 🛠 Organiser tools

help-text =
    ℹ️ Twin City Bot connects people of partner cities.

    /menu — main menu
    /workshops — workshops and sign-up
    /ideas — ideas and voting
    /team — your project team
    /coach — write to your coach
    /toolbox — guides, templates and funding
    /stories — stories of finished projects
    /network — the network of partnerships
    /consult — book a consultation
    /directory — partnerships and organisations
    /exchange — the idea exchange: offer or look for ideas
    /calendar — public events of the network
    /room — step into a room of a live event with its room code (shown on the wall)
    /barcamp — your workshop's BarCamp: propose a session, choose, your plan
    /profile — your profile
    /language — change the language
    /privacy — your data: what I store, download, erase
    /deleteme — erase your data
    /help — this help
help-coach =
    As a coach:
    🧭 My teams, /team or /coach — your teams: members, check-ins, blockers; answer one person or the whole team
    /checkins — check-in settings of your teams
help-organiser =
    As an organiser:
    /organise — organiser tools in one place
    /broadcast — send an announcement
    /matching — matching of teams
    /stats — figures of the partnership
    /invite — invite organisers and coaches
    /checkins — teams and their check-ins
help-admin =
    As an admin:
    /newpartnership — set up a new partnership
help-footer = Buttons under messages lead you step by step; “Main menu” always brings you back.

buttons-main-menu = ⬅️ Main menu
buttons-done = Done
buttons-skip = Skip ▶️
buttons-back = ⬅️ Back
buttons-cancel = ✖️ Cancel
buttons-yes-delete = 🗑 Yes, erase everything

commands-start = Start or restart
commands-menu = Main menu
commands-profile = Your profile
commands-language = Change language
commands-help = Help
commands-room = Step into a room of a live event (room code)
commands-barcamp = The BarCamp: propose, choose, your plan
commands-checkins = Your teams and check-ins
commands-organise = Organiser tools
commands-broadcast = Send an announcement
commands-matching = Matching of teams
commands-stats = Figures
commands-invite = Invite organisers and coaches
commands-newpartnership = New partnership

errors-stale-button = This button is out of date. Please use the latest message or /menu.
errors-not-allowed = Sorry, this is only available to organisers of the partnership.
# Variables:
#   $code (String) - short id that links the user's report to the log line
errors-unexpected = Sorry, something went wrong on my side. Please try again. If it keeps happening, tell the organisers this code: { $code }
