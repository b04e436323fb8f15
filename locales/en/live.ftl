## live

live-workshop-button = 📺 Live wall

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
