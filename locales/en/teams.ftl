## Matching and teams

menu-team = 🤝 My team
commands-team = Your project team
staff-matching = 🤝 Matching and teams
teams-open = 🤝 Open my team
teams-open-idea = 💡 Open the idea
teams-show-original = 🌐 Show the original
teams-notices-off = 🔕 No more of these notices

matching-join = Join
matching-decline = ✖️ Not for me
matching-reason-wanted = you said you want to work on it
matching-reason-voted = you voted for it
# Variables:
#   $themes (String) - themes of the idea the person chose in their profile
matching-reason-themes = themes you care about: { $themes }
# Variables:
#   $languages (String) - languages the person shares with the team
matching-reason-languages = languages you share with the team: { $languages }
# Variables:
#   $title (String) - idea title, gender unknown
#   $teammates (String) - the others by city
#   $count (Number) - team size
#   $reasons (String) - why this person was matched
#   $has_reasons (String) - yes when any reason is known, else no
#   $interpretation (String) - translated / untranslated when the team has no common language (with or without machine translation), else no
#   $deadline (String) - answer by
matching-proposal =
    🤝 You are proposed for a mixed team of { $count } people around the idea “{ $title }”.
    The others: { $teammates }.
    { $has_reasons ->
        [yes] Why you: { $reasons }.
       *[no] {""}
    }
    { $interpretation ->
        [translated] 🗣 The team has no language everyone speaks: the bot translates team messages.
        [untranslated] 🗣 The team has no language everyone speaks, and messages arrive as written: there is no automatic translation.
       *[no] {""}
    }
    Please answer by { $deadline }.
matching-declined = Thank you for letting us know. You can be matched with another idea in the next round.
matching-accepted-waiting = ✅ Thank you! The team forms as soon as enough people from both cities have joined.
matching-accepted-team = ✅ Welcome to your team!
# Variables:
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
matching-team-formed = 🎉 Your team for “{ $title }” is formed ({ $count } people so far). Say hello with /team.
# Variables:
#   $title (String) - idea title, gender unknown
matching-idea-picked = 🎉 A mixed team is forming around your idea “{ $title }”.
matching-proposal-gone = This proposal is no longer open.
matching-already-published = This round has been published already; start a new dry run for the next round.
matching-nothing-to-publish = Nobody to send a proposal to yet: no team has come together.
# Variables:
#   $number (Number) - round number
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer
#   $teams (Number) - teams formed so far
matching-round-closed = 🤝 Matching round { $number } is closed: accepted { $accepted }, declined { $declined }, no answer { $expired }. Teams formed: { $teams }. People without a team can be matched in a new round.

teams-none = You are not in a team yet. Teams are formed at the Match & Sprint workshop.
# Variables:
#   $name (String) - member
#   $city (String) - their city
teams-member-line = • { $name } ({ $city })
# Variables:
#   $title (String) - idea title, gender unknown
#   $members (String) - member lines
teams-card =
    🤝 Team “{ $title }”

    { $members }
# Variables:
#   $coach (String) - the coach's name
teams-card-coach = 🧭 Coach: { $coach }
# Variables:
#   $link (String) - the group's invite link
teams-card-link = 💬 Group: { $link }
# Variables:
#   $name (String) - member whose city is not known
teams-member-line-no-city = • { $name }
teams-write = ✉️ Message my team
teams-set-link = 🔗 Link our Telegram group
teams-change-link = 🔗 Change the group link
teams-leave = 🚪 Leave the team
teams-leave-ask = Leave the team? You will no longer get its messages and check-ins.
teams-leave-yes = 🚪 Yes, leave
teams-left = You have left the team.
teams-write-ask = Write your message for the team. Everyone gets it in their own language.
# With no machine translation configured: promises nothing.
teams-write-ask-untranslated = Write your message for the team. It arrives as you write it: there is no automatic translation.
teams-link-ask = Send the invite link of your Telegram group (https://t.me/…).
teams-link-saved = 🔗 Group link saved.
# Variables:
#   $count (Number) - recipients
teams-message-sent = ✉️ Sent to { $count ->
        [one] 1 person
       *[other] { $count } people
    }.
# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - message
teams-message =
    💬 { $sender }:
    { $text }
# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - translated message
#   $source (String) - original language
teams-message-translated =
    💬 { $sender }:
    { $text }
    🤖 Machine translation from { $source }
# Variables:
#   $name (String) - who left
teams-member-left = 🚪 { $name } has left the team.
teams-error-empty = Please write something.
# Variables:
#   $limit (Number) - maximum length
teams-error-long = That is too long: please keep it under { $limit } characters.
teams-error-link = Please send a Telegram link like https://t.me/+AbCdEf123.
# Variables:
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
teams-coach-assigned = 🧭 You are now the coach of the team “{ $title }” ({ $count } people).
# Variables:
#   $name (String) - coach
teams-coach-for-members = 🧭 Your team has a coach now: { $name }.
# Variables:
#   $city (String) - city of the person looking
#   $title (String) - idea title, gender unknown
teams-partner-notice = 🙋 Someone in { $city } is looking for partners for “{ $title }”.
teams-notices-are-off = 🔕 Done — you will not get these notices any more.

# Variables:
#   $partnership (String) - partnership
#   $low (Number) - minimum team size
#   $high (Number) - maximum team size
matching-home = 🤝 Matching for { $partnership }. Team size { $low }–{ $high }, people from at least two cities in every team. Start with a dry run: nothing is sent until you publish.
matching-dry-run = 🔍 Dry run
matching-round-status = 📊 Answers of the last round
matching-teams = 👥 Teams and coaches
# Variables:
#   $title (String) - idea title, gender unknown
matching-drop = ✖️ Drop “{ $title }”
matching-move = 🔀 Move a person
matching-publish = 📢 Publish (48 h to answer)
# Variables:
#   $count (Number) - people who get a proposal
matching-publish-ask = 📢 Send proposals to { $count ->
        [one] 1 person
       *[other] { $count } people
    }? Each of them gets their team and 48 hours to answer. Nothing is sent until you confirm.
matching-publish-send = 📢 Send proposals
# Variables:
#   $number (Number) - team number
#   $title (String) - idea title, gender unknown
#   $count (Number) - members
#   $split (String) - members per city
#   $interpretation (String) - yes when no common language
matching-team-line = { $number }. { $title } — { $count } ({ $split }){ $interpretation ->
        [yes] {" "}🗣 needs interpretation
       *[no] {""}
    }
# Variables:
#   $teams (Number) - proposed teams
#   $placed (Number) - people placed
#   $people (Number) - people considered
matching-dry-run-summary = 🔍 Dry run: teams { $teams } · people placed { $placed } of { $people }
matching-dry-run-no-teams = No team can be formed yet: see below who is not placed and why.
matching-unplaced-heading = Not placed:
# Variables:
#   $name (String) - person (name · city)
#   $reason (String) - no-signal, dropped, full, no-partner or no-team
matching-unplaced-line = • { $name }: { $reason ->
        [no-signal] showed no interest in any idea
        [dropped] you dropped the ideas they were interested in
        [full] the team of their idea is full
        [no-partner] nobody from the partner city is interested in their ideas
       *[no-team] too few people for a team on their ideas
    }
# Variables:
#   $count (Number) - people not listed
matching-unplaced-more = … and { $count } more
# Variables:
#   $titles (String) - idea titles
matching-single-city = Ideas without interest from a partner city: { $titles }
matching-moved = 🔀 Moved.
matching-move-who = Whom do you want to move?
matching-move-where = To which team?
# Variables:
#   $count (Number) - people who got a proposal
matching-published = 📢 Published: { $count ->
        [one] 1 person gets their proposal now.
       *[other] { $count } people get their proposal now.
    }
# Variables:
#   $proposed (Number) - waiting for an answer
#   $accepted (Number) - accepted
#   $declined (Number) - declined
#   $expired (Number) - no answer in time
matching-status = 📊 Waiting: { $proposed } · accepted: { $accepted } · declined: { $declined } · no answer: { $expired }
# Variables:
#   $count (Number) - teams
matching-teams-list = 👥 Teams: { $count }. Tap one to choose its coach.
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
#   $coach (String) - the coach's name
matching-teams-entry = • { $title }: { $count ->
        [one] { $count } person
       *[other] { $count } people
    } · 🧭 { $coach }
# Variables:
#   $title (String) - idea title, gender unknown (a line of the teams list)
#   $count (Number) - members
matching-teams-entry-no-coach = • { $title }: { $count ->
        [one] { $count } person
       *[other] { $count } people
    } · no coach yet
matching-choose-coach = Who coaches this team? (Coaches join with an invitation link from /invite.)
matching-coach-set = 🧭 Coach assigned; the coach and the team are told.
