## live

live-workshop-button = 📺 Live wall

## live-setup

# Refusals (pop-ups after a button, replies after typed text)
live-setup-gone = This live wall is no longer available.
live-setup-need-room = Choose at least one partner room first.
live-setup-need-theme = Choose at least one theme.
live-setup-room-taken = One of these workshops already has a live wall. Open it from that workshop's card.
live-setup-online = online

# Variables: $city (a room's city), $title (the workshop's title), $when (its time, saying whose clock)
live-setup-workshop-line = 📍 { $city } · { $title }
    { $when }

# Setting up
live-setup-intro = A live wall links workshops happening at the same time in different cities: people in each room post ideas from their phones, and every room's wall page shows the ideas of all rooms in its own language.
live-setup-no-partner = A live wall links workshops that happen at the same time in different cities. No other workshop of your partnership overlaps with this one in another city yet: create one there for the same time (🛠 Organiser tools → ➕ New workshop), then come back here.
live-setup-rooms-ask = Which workshops at the same time should join? Each one becomes a room with its own wall page and room code.
live-setup-mode-ask = How should new ideas reach the walls?
live-setup-mode-post-explained = After: ideas appear at once; a moderator can hide one.
live-setup-mode-pre-explained = Before: ideas wait until a moderator of their room approves them.
live-setup-themes-ask = Which themes does this session work on? Every idea posted to the walls is tagged with them.
live-setup-preview-title = Check the live wall before you create it:
# Variables: $language (the name of a language)
live-setup-room-language = Wall language: { $language }
live-setup-mode-pre = before (a moderator approves each idea)
live-setup-mode-post = after (ideas appear at once)
# Variables: $mode (live-setup-mode-pre or live-setup-mode-post)
live-setup-moderation-line = Moderation: { $mode }
# Variables: $themes (the themes, as a list)
live-setup-themes-line = Themes: { $themes }
# Variables: $city (the room's city)
live-setup-language-ask = In which language should the wall in { $city } show every idea?
live-setup-created = ✅ The live wall is set up. Add moderators and exchange moments, then press Start when the workshop begins.

# The event

# Variables: $status (setup, live or closed)
live-setup-status = { $status ->
    [setup] Not started: people can check in once you press Start.
    [live] Live: people check in with the room code.
   *[closed] Closed.
}
live-setup-closed-note = The ideas from the walls are now ordinary ideas in Ideas, ready for voting and matching.
live-setup-no-public-address = The wall pages cannot be opened on a projector yet: the bot has no web address set up. Please tell the bot's administrator.
# Variables: $code (the room code), $language (the wall's language)
live-setup-room-code = Room code: { $code } · wall in { $language }
# Variables: $count (people checked in to the room)
live-setup-room-checked-in = { $count ->
    [one] { $count } person checked in
   *[other] { $count } people checked in
}
# Variables: $names (the moderators' names, as a list)
live-setup-room-moderators = Moderators: { $names }
live-setup-room-no-moderators = No moderators yet
# Variables: $url (the wall page's address)
live-setup-room-wall = Wall: { $url }
live-setup-started = ▶️ The live wall is live: people can check in with the room codes.
# Variables: $count (ideas on the walls)
live-setup-close-ask = { $count ->
    [0] Close the live wall? No ideas are on the walls yet. Nobody can post to it afterwards.
    [one] Close the live wall? { $count } idea from the walls becomes an ordinary idea for voting and matching. Nobody can post to it afterwards.
   *[other] Close the live wall? { $count } ideas from the walls become ordinary ideas for voting and matching. Nobody can post to it afterwards.
}
# Variables: $count (ideas still waiting for a moderator)
live-setup-close-waiting = { $count ->
    [one] { $count } idea still waits for a moderator: it goes to the ordinary idea review.
   *[other] { $count } ideas still wait for a moderator: they go to the ordinary idea review.
}
# Variables: $count (ideas that became ordinary ideas)
live-setup-closed = { $count ->
    [one] The live wall is closed: { $count } idea is now in Ideas.
   *[other] The live wall is closed: { $count } ideas are now in Ideas.
}

# Exchange moments
live-setup-moments-title = Exchange moments:
# Variables: $when (start–end, saying whose clock)
live-setup-moment-line = • { $when }
live-setup-moments-explained = During an exchange moment every wall shows the other rooms' top ideas per theme.
live-setup-moments-none = No exchange moments planned yet.
# Variables: $city (the first room's city, whose clock the times are on)
live-setup-moments-add = Add one: in 15, 30 or 60 minutes, or type a time ({ $city } time).
# Variables: $when (the start, saying whose clock)
live-setup-moment-length-ask = Exchange moment at { $when }. How long should it last?
# Variables: $city (the first room's city)
live-setup-moment-time-ask = Type the start as HH:MM in { $city } time, for example 18:30.
live-setup-moment-bad-time = Please type the time as HH:MM, for example 18:30.
live-setup-moment-past = That time has already passed today. Please type a later time.
live-setup-moment-added = ✅ Exchange moment planned.
live-setup-moment-removed = Exchange moment removed.

# Moderators

# Variables: $city (the room's city), $names (the moderators' names, as a list)
live-setup-mods-list = Moderators of the room in { $city }: { $names }
# Variables: $city (the room's city)
live-setup-mods-none = The room in { $city } has no moderators yet. Organisers can always moderate.
live-setup-mods-add = Add a moderator: organisers, coaches and people checked in to this room.
live-setup-mods-nobody = Nobody else to add yet: people checked in to this room appear here.
# Variables: $name (a person's name), $city (the room's city)
live-setup-mods-remove-ask = Remove { $name } as moderator of the room in { $city }?

# Checking in and the room
live-setup-code-ask = Type the room code shown on the wall (five letters and digits).
# Variables: $code (what the person typed)
live-setup-code-unknown = No live room has the code “{ $code }”. Check the code on the wall and send /room with it again, for example /room K7Q2M.
# Variables: $title (the event's title)
live-setup-code-not-live = The live wall “{ $title }” has not started yet. Try again when the session begins.
# Variables: $title (the event's title)
live-setup-code-closed = The live wall “{ $title }” is closed. Its ideas are now in Ideas, ready for voting.
live-setup-checked-in = ✅ You are checked in.
live-setup-moved = ✅ You moved to this room.
# Variables: $city (the room's city)
live-setup-room-city = 📍 Room: { $city }
live-setup-room-in = You are checked in: post your ideas here and they appear on the walls of all rooms.

# Buttons
live-setup-begin-button = 📺 Set up a live wall
# Variables: $city (the partner room's city), $title (its workshop's title)
live-setup-room-button = { $city } · { $title }
live-setup-next-button = Next ➡️
live-setup-mode-post-button = After: show at once
live-setup-mode-pre-button = Before: approve first
# Variables: $city (a room's city)
live-setup-language-button = 🌐 { $city }
live-setup-edit-rooms-button = ✏️ Rooms
live-setup-edit-mode-button = ✏️ Moderation
live-setup-edit-themes-button = ✏️ Themes
live-setup-create-button = Create the live wall
# Variables: $city (a room's city)
live-setup-mods-button = 🛡 { $city }
live-setup-mode-switch-to-pre = Moderation after · switch
live-setup-mode-switch-to-post = Moderation before · switch
live-setup-moments-button = ⏱ Exchange moments
live-setup-start-button = ▶️ Start
live-setup-close-button = ⏹ Close the live wall
live-setup-ideas-button = 💡 Ideas
live-setup-close-yes = Close it
# Variables: $minutes (minutes from now)
live-setup-moment-in = +{ $minutes } min
# Variables: $when (the moment's start)
live-setup-moment-remove = 🗑 { $when }
live-setup-moment-type-button = ⌨️ Type a time
# Variables: $minutes (the moment's length)
live-setup-moment-length = { $minutes } min
# Variables: $name (a person's name)
live-setup-mods-remove = ➖ { $name }
# Variables: $name (a person's name)
live-setup-mods-add-button = ➕ { $name }
live-setup-page-back = ⬅️ Earlier
live-setup-page-next = More ➡️
live-setup-mods-remove-yes = Remove
live-setup-post-button = ✏️ Post an idea
live-setup-browse-button = 👍 Ideas of all rooms
live-setup-moderate-button = 🛡 Moderation
live-setup-wall-button = 📺 Wall page

## live-ideas

# Pop-ups refusing a button

live-ideas-not-checked-in = You are not checked in to this room. Type the room code shown on the wall (/room CODE) first.
live-ideas-not-live = This live wall is not open: it has not started yet or is over.
live-ideas-not-moderator = Only this room's moderators and the organisers can do this.
live-ideas-plus-own = This is your own idea: its +1 come from the others.
live-ideas-gone = This idea is no longer on the wall.

# The author's confirmation

# Variables:
#   $title (String) - idea title, gender unknown
live-ideas-submitted-shown = ✅ Thank you! Your idea “{ $title }” is on the live walls of all rooms now.
# Variables:
#   $title (String) - idea title, gender unknown
live-ideas-submitted-waiting = ✅ Thank you! Your idea “{ $title }” will appear on the live walls once a moderator of your room has approved it.

# The event's ideas in the chat, with +1

# Variables:
#   $event (String) - the live event's title
#   $count (Number) - ideas on the walls
#   $page (Number) - this page
#   $pages (Number) - pages in all
live-ideas-list = 💡 Live wall “{ $event }”: { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    } · page { $page } of { $pages }
    Give +1 to the ideas you like, from every room.
live-ideas-list-empty = No ideas on the walls yet. Post the first one!
# Variables:
#   $number (Number) - the idea's number in the list
#   $title (String) - idea title, in the reader's language where a translation exists
#   $city (String) - the city whose room it came from
#   $votes (Number) - its +1 so far
live-ideas-line = { $number }. { $title } — { $city } · +1: { $votes }
live-ideas-mark-bridge = 🌉 bridge idea
live-ideas-mark-own = your idea
live-ideas-mark-mine = ✅ your +1
live-ideas-mark-machine = 🤖 machine translation
# Variables:
#   $language (String) - the original's language, with its flag
live-ideas-mark-original = in { $language }, no translation yet
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-plus = 👍 +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-undo = Undo +1 #{ $number }
# Variables:
#   $number (Number) - the idea's number in the list
live-ideas-original = Original #{ $number }
live-ideas-page-back = ◀️ Previous
live-ideas-page-next = Next ▶️
live-ideas-back-room = ⬅️ Back to the room
live-ideas-back-list = ⬅️ Back to the ideas
# Variables:
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $title (String) - idea title as written
#   $description (String) - idea description as written
live-ideas-original-text = 📄 As written, in { $language } · { $city }

    { $title }

    { $description }

# Notices to the author

# Variables:
#   $title (String) - idea title, gender unknown
live-ideas-notice-shown = 📺 Your idea “{ $title }” is on the live walls now.
# Variables:
#   $title (String) - idea title, gender unknown
#   $reason (String) - the moderator's reason
live-ideas-notice-hidden = 🙈 A moderator of your room has hidden your idea “{ $title }” from the live walls. Reason: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown
#   $target (String) - the title of the idea it joined
live-ideas-notice-merged = 🔗 Your idea “{ $title }” was merged with the very similar “{ $target }” on the live walls; its +1 moved over, and you are now one of its team.

# The room moderators

# Variables:
#   $event (String) - the live event's title
#   $city (String) - the room's city
#   $moderation (String) - pre or post
live-ideas-queue = 🛡 Moderation · room { $city } · “{ $event }”
    { $moderation ->
        [pre] New ideas wait for your approval before the walls show them.
       *[post] New ideas are on the walls at once; hide what does not belong there.
    }
    Tap a number to act on that idea.
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-waiting = ⏳ Waiting for approval ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-shown = 📺 On the walls, from this room ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-hidden = 🙈 Hidden ({ $count }):
# Variables:
#   $count (Number) - ideas in this part
live-ideas-queue-others = 🌐 From the other rooms, to check their translation ({ $count }):
live-ideas-queue-empty = No ideas yet.
# Variables:
#   $title (String) - idea title
live-ideas-quoted = “{ $title }”
live-ideas-refresh = 🔄 Refresh
live-ideas-back-queue = ⬅️ Back to moderation
# Variables:
#   $title (String) - idea title as written
#   $description (String) - idea description as written
#   $language (String) - the original's language, with its flag
#   $city (String) - the city whose room it came from
#   $status (String) - waiting, shown, hidden, merged, or other (another room's idea)
live-ideas-card = “{ $title }”
    { $description }

    { $language } · { $city }
    { $status ->
        [waiting] ⏳ Waiting for approval
        [shown] 📺 On the walls
        [hidden] 🙈 Hidden from the walls
        [merged] 🔗 Merged into another idea
       *[other] 📺 On the walls (an idea of another room)
    }
# Variables:
#   $language (String) - the room's display language, with its flag
#   $state (String) - machine, human or pending
#   $title (String) - the title as this wall shows it (empty while pending)
live-ideas-card-wall = This room's wall shows it in { $language }: { $state ->
        [machine] “{ $title }” (machine translation)
        [human] “{ $title }” (corrected by a moderator)
       *[pending] translation pending
    }
live-ideas-do-approve = 📺 Show on the walls
live-ideas-do-hide = 🙈 Hide from the walls
live-ideas-do-restore = ↩️ Show again
live-ideas-do-merge = 🔗 Merge into another idea
live-ideas-do-merge-ok = 🔗 Merge
live-ideas-do-correct = ✏️ Correct the translation
# Variables:
#   $title (String) - idea title
live-ideas-hide-ask = Why hide “{ $title }”? The reason is logged, and the idea leaves the walls of all rooms.
live-ideas-reason-1 = Off topic
live-ideas-reason-2 = Contains personal data
live-ideas-reason-3 = Offensive
live-ideas-reason-own = ✍️ Type a reason
# Variables:
#   $title (String) - idea title
live-ideas-reason-ask = Type the reason for hiding “{ $title }” (it is logged).
# Variables:
#   $title (String) - idea title
live-ideas-merge-ask = Which idea does “{ $title }” repeat? Its +1 join that idea, and it leaves the walls.
live-ideas-merge-none = There is no other idea on the walls yet.
# Variables:
#   $title (String) - the duplicate's title
#   $target (String) - the title of the idea it joins
live-ideas-merge-confirm = Merge “{ $title }” into “{ $target }”? Its +1 join “{ $target }” (one per person), and it leaves the walls. This cannot be undone.
# Variables:
#   $step (String) - title or description
#   $language (String) - the room's display language, with its flag
#   $original (String) - the original's title or description
#   $now (String) - what the wall shows now ("—" while the translation is pending)
live-ideas-correct-ask = { $step ->
        [title] ✏️ Type the title in { $language }.
       *[description] ✏️ Now type the description in { $language }.
    }

    Original: { $original }
    On the wall now: { $now }
live-ideas-done-approve = 📺 Approved: the idea is on the walls now.
live-ideas-done-hide = 🙈 Hidden from the walls of all rooms; the reason is logged.
live-ideas-done-restore = ↩️ The idea is back on the walls.
live-ideas-done-merge = 🔗 Merged: the duplicate has left the walls, and its +1 joined the other idea.
live-ideas-done-correct = ✏️ Correction saved: the walls show it now.

## live-page

# Variables:
#   $event (String) - the live event's title (the browser tab's title of a room's wall page)
#   $city (String) - the room's city
live-page-title = { $event } · { $city }
live-page-wall = Live wall
live-page-code = Room code
# Variables:
#   $code (String) - the room code
#   $bot (String) - the bot's Telegram username
live-page-join = Scan the code or send /room { $code } to @{ $bot }
# Variables:
#   $language (String) - the original's language, e.g. "Russian" (shown above an idea's
#     original text when the wall shows it translated)
live-page-original = Original ({ $language })
# Variables:
#   $language (String) - the original's language, e.g. "Russian"
live-page-pending = translation pending · original in { $language }
# Variables:
#   $language (String) - the original's language; no machine translation is configured
live-page-untranslated = original in { $language } · no translation service is set up
live-page-machine = machine translation
live-page-corrected = translation corrected by a moderator
# Variables:
#   $count (Number) - how many people gave this idea a +1
live-page-votes = { $count } × +1
# Variables:
#   $count (Number) - ideas in a city's column
live-page-count = { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    }
# Variables:
#   $cities (String) - the other room's city (or cities, as a list)
live-page-moment = Exchange moment · from { $cities }: top ideas per theme
live-page-bridge = bridge idea
live-page-empty = No ideas yet: send yours in the chat.
live-page-empty-other = No ideas yet.
live-page-reconnecting = Connection lost, reconnecting…
