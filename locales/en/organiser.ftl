## Organiser tools: the home and its groups
orghome-choose = What would you like to do?
orghome-nothing-waits = 📭 Nothing waits for you right now.
# Variables:
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting = { $count ->
        [one] 📥 { $items } waits for you.
       *[other] 📥 { $items } wait for you.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting-in = { $count ->
        [one] 📥 { $partnership }: { $items } waits for you.
       *[other] 📥 { $partnership }: { $items } wait for you.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-notice = { $count ->
        [one] 📥 { $partnership }: { $items } waits for you in the organiser tools.
       *[other] 📥 { $partnership }: { $items } wait for you in the organiser tools.
    }
# Variables:
#   $count (Number) - new ideas to publish
orghome-count-ideas = { $count ->
        [one] { $count } new idea
       *[other] { $count } new ideas
    }
# Variables:
#   $count (Number) - translations to approve
orghome-count-translations = { $count ->
        [one] { $count } translation
       *[other] { $count } translations
    }
# Variables:
#   $count (Number) - ideas reported as inappropriate
orghome-count-reports = { $count ->
        [one] { $count } reported idea
       *[other] { $count } reported ideas
    }
orghome-open = 🛠 Open organiser tools
# Variables:
#   $group (String) - the group's name, e.g. "📅 Workshops"
#   $partnership (String) - partnership name
orghome-group = { $group } · { $partnership }
orghome-group-workshops = 📅 Workshops
orghome-group-ideas = 💡 Ideas & voting
orghome-group-matching = 🤝 Matching & teams
orghome-group-coaching = 🧭 Coaching
orghome-group-news = 📣 Announcements
orghome-group-people = 👥 People & roles
orghome-group-stats = 📊 Statistics & exports
orghome-explain-workshops = ℹ️ Create workshops, publish them, see who signed up, check people in and write to them.
orghome-explain-ideas = ℹ️ Open or close submissions and voting, set the votes per person, and review new ideas, translations and reports.
orghome-explain-matching = ℹ️ Form teams around the ideas with the most votes: try a dry run, adjust it, then publish the teams.
orghome-explain-coaching = ℹ️ Give each team a coach and invite coaches; coaches follow their teams with check-ins (/checkins).
orghome-explain-news = ℹ️ Send an announcement to everyone or to a group (a city, a workshop, a language), now or later.
orghome-explain-people = ℹ️ Invite more organisers and coaches with a one-time link.
orghome-explain-stats = ℹ️ Numbers at a glance, and spreadsheets of participants, sign-ups and ideas.
orghome-idea-settings = 🛠 Submissions and voting
orghome-matching = 🤝 Form teams
orghome-teams = 👥 Teams and coaches
orghome-invite-coach = ✉️ Invite a coach
orghome-invite-organiser = ✉️ Invite an organiser
orghome-new-announcement = 📣 New announcement

## Ideas: confirmations before closing or changing the rules
# Variables:
#   $count (Number) - people who have voted
ideas-close-voting-ask = { $count ->
        [0] 🗳 Close voting? Nobody has voted yet. After closing, nobody can vote.
        [one] 🗳 Close voting? { $count } person has voted. After closing, nobody can vote or take a vote back; the results stay as they are.
       *[other] 🗳 Close voting? { $count } people have voted. After closing, nobody can vote or take a vote back; the results stay as they are.
    }
# Variables:
#   $count (Number) - people writing an idea right now
ideas-close-submissions-ask = { $count ->
        [0] ✍️ Close submissions? Nobody is writing an idea right now. After closing, nobody can submit new ideas.
        [one] ✍️ Close submissions? { $count } person is writing an idea right now and will not be able to submit it. After closing, nobody can submit new ideas.
       *[other] ✍️ Close submissions? { $count } people are writing ideas right now and will not be able to submit them. After closing, nobody can submit new ideas.
    }
# Variables:
#   $count (Number) - people who have voted
#   $old (Number) - votes per person now
#   $budget (Number) - votes per person after the change
ideas-budget-ask = { $count ->
        [one] 🗳 { $count } person has already voted. Change the votes per person from { $old } to { $budget }? Votes already cast stay.
       *[other] 🗳 { $count } people have already voted. Change the votes per person from { $old } to { $budget }? Votes already cast stay.
    }
# Variables:
#   $budget (Number) - votes per person after the change
ideas-budget-yes = 🗳 Change to { $budget }
ideas-close-voting-yes = 🔒 Close voting
ideas-close-submissions-yes = 🔒 Close submissions
ideas-voting-now-closed = 🔒 Voting is closed. The results stay as they are.
ideas-submissions-now-closed = 🔒 Submissions are closed.

## Workshops: asked before a message or an invitation goes out
# Variables:
#   $count (Number) - people the message reaches
#   $title (String) - workshop title, gender unknown
workshops-message-confirm = { $count ->
        [0] 📣 Nobody confirmed for “{ $title }” can receive messages yet. Your message:
        [one] 📣 Send this to { $count } person confirmed for “{ $title }”?
       *[other] 📣 Send this to { $count } people confirmed for “{ $title }”?
    }
# Variables:
#   $count (Number) - attendees the invitation reaches
#   $source (String) - the workshop they attended, gender unknown
#   $title (String) - the workshop they are invited to, gender unknown
workshops-invite-confirm = { $count ->
        [0] ➡️ Nobody who attended “{ $source }” is left to invite to “{ $title }”: no one was checked in, or all are already signed up.
        [one] ➡️ Invite { $count } person who attended “{ $source }” to “{ $title }”?
       *[other] ➡️ Invite { $count } people who attended “{ $source }” to “{ $title }”?
    }
workshops-message-send = 📣 Send
workshops-invite-send = ➡️ Invite
