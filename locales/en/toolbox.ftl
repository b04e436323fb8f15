## toolbox
commands-toolbox = Guides, templates and funding in the toolbox
toolbox-menu-button = 🧰 Toolbox

toolbox-home =
    🧰 Toolbox: guides, templates, best practices, tutorials and funding opportunities for partnership projects.

    Type what you are looking for, in any language — or choose a kind below.

# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries of that kind)
toolbox-button-kind = { $kind ->
    [guide] 📘 Guides
    [template] 📄 Templates
    [practice] ⭐ Best practices
    [tutorial] 🎬 Tutorials
   *[funding] 💶 Funding
} · { $count }
# Variables: $kind (guide, template, practice, tutorial, funding)
toolbox-kind-name = { $kind ->
    [guide] Guide
    [template] Template
    [practice] Best practice
    [tutorial] Tutorial
   *[funding] Funding opportunity
}
# Variables: $kind (guide, template, practice, tutorial, funding), $topics (the topics, joined)
toolbox-kind-and-topics = { $kind ->
    [guide] Guide
    [template] Template
    [practice] Best practice
    [tutorial] Tutorial
   *[funding] Funding opportunity
} · { $topics }

toolbox-topic-youth = Youth
toolbox-topic-education = Education
toolbox-topic-culture = Culture
toolbox-topic-sport = Sport
toolbox-topic-environment = Environment
toolbox-topic-digitalisation = Digitalisation
toolbox-topic-social = Social affairs
toolbox-topic-economy = Economy
toolbox-topic-democracy = Democracy
toolbox-topic-mobility = Mobility
toolbox-phase-apply = Applying
toolbox-phase-kickoff = Kick-off
toolbox-phase-sprint = Sprint
toolbox-phase-coaching = Coaching

toolbox-button-suggest = 💡 Suggest an entry
toolbox-button-previous = ◀️ Back
toolbox-button-next = More ▶️
toolbox-button-past-funding = ⌛ Show past funding
toolbox-button-home = 🧰 Toolbox
toolbox-button-template = 📄 Get the template
# Variables: $kind (tutorial, funding, …)
toolbox-button-link = { $kind ->
    [tutorial] 🎬 Watch the tutorial
    [funding] 🔗 Funder's page
   *[other] 🔗 Open the link
}
toolbox-button-remind = 🔔 Remind me 7 days before
toolbox-button-my-language = 🌐 In my language
toolbox-button-original = 📜 Show original
toolbox-button-helpful = 👍 Yes
toolbox-button-unhelpful = 👎 No
toolbox-button-back = ⬅️ Back
toolbox-button-open-in-bot = 🧰 Open in the bot
toolbox-button-open = 🧰 Open the entry

# Variables: $query (what was typed), $count (entries found)
toolbox-results = { $count ->
    [0] 🔎 Nothing found for “{ $query }”.
    [one] 🔎 One entry found for “{ $query }”:
   *[other] 🔎 { $count } entries found for “{ $query }”:
}
# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries)
toolbox-list-kind = { $kind ->
    [guide] 📘 Guides
    [template] 📄 Templates
    [practice] ⭐ Best practices
    [tutorial] 🎬 Tutorials
   *[funding] 💶 Funding opportunities
}: { $count ->
    [0] none yet.
    [one] one entry.
   *[other] { $count } entries.
}
# Variables: $topic (a topic or programme phase), $count (entries)
toolbox-list-topic = 🏷 { $topic }: { $count ->
    [0] no entries yet.
    [one] one entry.
   *[other] { $count } entries.
}
# Variables: $count (funding opportunities past their deadline)
toolbox-past-funding-hidden = { $count ->
    [one] ⌛ One funding opportunity past its deadline is hidden.
   *[other] ⌛ { $count } funding opportunities past their deadline are hidden.
}
toolbox-type-hint = Tap an entry, or type another search.
toolbox-nothing-hint = Try other or fewer words — any language works. The organisers see what people looked for and did not find.

# Variables: $language (the original's language)
toolbox-machine-translation = 🤖 Machine translation (original: { $language }).
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline = ⏳ Deadline: { $deadline }
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline-passed = ⌛ The deadline has passed: { $deadline }
toolbox-deadline-open = ⏳ No deadline: apply any time.
# Variables: $amount (as the funder states it)
toolbox-amount = 💶 Amount: { $amount }
# Variables: $when (date and time, saying whose clock)
toolbox-reminder-planned = 🔔 You will be reminded on { $when }.
# Variables: $date (when it was last reviewed)
toolbox-may-be-outdated = ⚠️ May be outdated, last reviewed { $date }.
# Variables: $name (the first name of who suggested it)
toolbox-credit = 💡 Suggested by { $name }
# Variables: $yes, $no (how many readers found it helpful or not)
toolbox-helpful-question = Was this helpful? 👍 { $yes } · 👎 { $no }

# Variables: $when (date and time, saying whose clock)
toolbox-reminder-set = 🔔 Done: you will be reminded on { $when }.
toolbox-thanks = Thank you for your answer!
toolbox-entry-gone = This entry is no longer in the toolbox.
toolbox-members-only = Please start the bot first (/start): then you can do this.
toolbox-remind-no-deadline = This funding opportunity has no deadline, so there is nothing to remind you of.
toolbox-remind-expired = The deadline has passed: no reminder possible.
toolbox-remind-too-late = Less than 7 days are left: apply now, a reminder would come too late.

# Variables: $title (the entry), $deadline (date and time, saying whose clock)
toolbox-reminder =
    🔔 Reminder: the deadline for “{ $title }” is in 7 days.

    ⏳ { $deadline }
