## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-plan

# Variables: $camp (the workshop's title)
barcamp-plan-title = 🗓 BarCamp plan · { $camp }
barcamp-plan-is-announced = 📣 Announced: changes now tell the people concerned.
# Variables: $count (sessions proposed)
barcamp-plan-empty = { $count ->
    [0] No sessions proposed yet.
    [one] Nothing is placed yet. Tap “Build the plan”: the one session goes into a room and a time slot.
   *[other] Nothing is placed yet. Tap “Build the plan”: { $count } sessions go into rooms and time slots by interest.
}
# Variables: $number (the session's number on this screen), $room, $title, $interest (people who'd attend), $capacity (seats), $locked (yes/no)
barcamp-plan-cell = { $locked ->
    [yes] { $number }. 🔒 { $room }: { $title } — { $interest }/{ $capacity }
   *[other] { $number }. { $room }: { $title } — { $interest }/{ $capacity }
}
barcamp-plan-warning-over-capacity = more interest than seats
# Variables: $count (sessions without a place)
barcamp-plan-unplaced = Not placed ({ $count }), by interest:
# Variables: $number, $title, $interest
barcamp-plan-unplaced-line = { $number }. { $title } — { $interest } interested
# Variables: $language (a language name)
barcamp-plan-no-language = no room works in { $language }
# Variables: $numbers (session numbers, "3, 7")
barcamp-plan-merge-hint = could join { $numbers }
barcamp-plan-pick-hint = Tap a number to move, swap, lock or merge that session.
# Variables: $room, $title, $bridged (yes: video link to the partner city)
barcamp-plan-public-cell = { $bridged ->
    [yes] { $room } 🎥: { $title }
   *[other] { $room }: { $title }
}
# Variables: $when (time with the city named), $room, $title
barcamp-plan-session-line = { $when } — { $room }: { $title }
# Variables: $url (the video link to the partner city)
barcamp-plan-bridge-line = 🎥 Video link to the partner city: { $url }
# Variables: $city (whose clock the times are on)
barcamp-plan-image-clock = Times: { $city } time
# Variables: $number, $title, $language, $interest, $hosts (number of hosts)
barcamp-plan-session = { $number }. { $title }
    Language: { $language } · { $interest } interested · { $hosts ->
        [one] one host
       *[other] { $hosts } hosts
    }
# Variables: $room, $capacity, $when
barcamp-plan-session-where = { $room } ({ $capacity } seats), { $when }
barcamp-plan-session-unplaced = Not placed yet.
barcamp-plan-session-locked = 🔒 Locked: a rebuild keeps it where it is.
barcamp-plan-session-hint = Move: another room or time. Swap: trade places with another session. Merge: join another session (hosts and interest move over).
# Variables: $title
barcamp-plan-ask-merge = Merge “{ $title }” into which session? Its hosts and interest move there. The numbers are those of the plan.
barcamp-plan-merge-suggested = Similar sessions:
# Variables: $camp
barcamp-plan-mine-none = You have no sessions in the plan of { $camp }: you hosted none and said “I'd attend” to none of the placed sessions. Every room is open to you.
# Variables: $camp, $sessions (one line each: time, room, title)
barcamp-plan-mine = 📅 Your sessions at { $camp }:
    { $sessions }
barcamp-plan-back-button = ⬅️ Back
barcamp-plan-build-button = 🧮 Build the plan
barcamp-plan-rebuild-button = 🧮 Rebuild (locked ones stay)
barcamp-plan-announce-button = 📣 Announce the plan
barcamp-plan-home-button = ⬅️ Back to BarCamp
barcamp-plan-move-button = Move
barcamp-plan-swap-button = Swap
barcamp-plan-merge-button = Merge
barcamp-plan-lock-button = 🔒 Lock
barcamp-plan-unlock-button = Unlock
# Variables: $room, $capacity (seats)
barcamp-plan-room-label = { $room } · { $capacity }
# Variables: $count (people who will be told)
barcamp-plan-confirm-button = { $count ->
    [0] Yes, do it
    [one] Yes, tell 1 person
   *[other] Yes, tell { $count } people
}
barcamp-plan-cancel-button = Cancel
barcamp-plan-mine-button = 📅 My sessions
barcamp-plan-ics-button = 📅 Calendar file (.ics)
# Variables: $placed, $unplaced (session counts)
barcamp-plan-built = Plan built: { $placed } placed, { $unplaced } not placed.
# Variables: $count (people checked in)
barcamp-plan-confirm-announce = Announce the plan to { $count ->
    [one] the one person checked in
   *[other] { $count } people checked in
}? Each gets the plan as an image and as text, their own sessions as a calendar file, and a reminder 5 minutes before each of them.
# Variables: $count
barcamp-plan-announced-done = The plan went out to { $count ->
    [one] 1 person
   *[other] { $count } people
}.
# Variables: $title
barcamp-plan-ask-slot = Move “{ $title }”: to which time slot? Times are on the venue's clock.
# Variables: $title, $when
barcamp-plan-ask-room = Move “{ $title }” to { $when }: into which room? The number is the seats.
# Variables: $title
barcamp-plan-ask-swap = Swap “{ $title }” with which session? The numbers are those of the plan.
# Variables: $locked (yes/no)
barcamp-plan-locked-done = { $locked ->
    [yes] Locked: a rebuild keeps this session where it is.
   *[other] Unlocked: a rebuild may move this session.
}
# Variables: $count (people who will be told), $title, $room, $when
barcamp-plan-confirm-move = Move “{ $title }” to { $room }, { $when }? { $count ->
    [0] Nobody is told: the plan is not announced yet.
    [one] 1 person interested in it will be told.
   *[other] { $count } people interested in it will be told.
}
# Variables: $count, $title, $other (the other session's title)
barcamp-plan-confirm-swap = Swap “{ $title }” and “{ $other }”? { $count ->
    [0] Nobody is told: the plan is not announced yet.
    [one] 1 person interested in them will be told.
   *[other] { $count } people interested in them will be told.
}
# Variables: $count, $title, $into (the session it joins)
barcamp-plan-confirm-merge = Merge “{ $title }” into “{ $into }”? Its hosts and interest move over; this cannot be undone. { $count ->
    [0] Nobody is told: the plan is not announced yet.
    [one] 1 person interested in them will be told.
   *[other] { $count } people interested in them will be told.
}
# Variables: $count (people told)
barcamp-plan-fixed = { $count ->
    [0] Done.
    [one] Done: 1 person was told.
   *[other] Done: { $count } people were told.
}
barcamp-plan-gone = This BarCamp is no longer available.
barcamp-plan-not-building = The plan can be built and announced only while it is being built.
barcamp-plan-nothing-placed = Nothing is placed yet: build the plan first.
barcamp-plan-lock-unplaced = Only a placed session can be locked.
barcamp-plan-refused-host-busy = Not possible: a host of this session runs another session at that time, and nobody can be in two rooms at once.
barcamp-plan-refused-language = Not possible: that room does not work in the session's language.
barcamp-plan-refused-taken = That room is taken at that time: use Swap instead.
barcamp-plan-not-announced = The plan is not out yet.
# Variables: $camp
barcamp-plan-announced = 🗓 The plan of { $camp } is out. The plan per time slot and your sessions follow.
# Variables: $plan (the plan per time slot), $sessions (your sessions, one a line), $count (how many)
barcamp-plan-announced-text = { $plan }

    { $count ->
        [0] You have no sessions of your own: come to any room.
       *[other] Your sessions:
    { $sessions }
    }
# Variables: $count (sessions in the file)
barcamp-plan-ics-caption = { $count ->
    [one] Your session as a calendar file.
   *[other] Your { $count } sessions as a calendar file.
}
# Variables: $camp, $sessions (the new time and room of each, one a line)
barcamp-plan-changed = 🔁 A change in the plan of { $camp }:
    { $sessions }
# Variables: $camp, $gone (the session that joined another), $sessions (where it is now)
barcamp-plan-merged = 🔁 A change in the plan of { $camp }: “{ $gone }” joined another session:
    { $sessions }
# Variables: $sessions (time, room, title)
barcamp-plan-reminder = ⏰ In 5 minutes:
    { $sessions }
barcamp-plan-same-time = another of your sessions is at the same time: pick one


## barcamp-people

# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-none = 🏕 BarCamp · { $workshop }

    This workshop has no BarCamp yet. Create one, then add rooms and time slots: the people checked in propose sessions on the day.
barcamp-create-button = 🏕 Create the BarCamp
barcamp-created = The BarCamp is created.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-title = 🏕 The BarCamp of "{ $workshop }"
# Variables:
#   $phase (String) - the current phase's name
barcamp-home-phase = Phase: { $phase }
barcamp-phase-setup = setting up
barcamp-phase-propose = proposals
barcamp-phase-interest = "I'd attend"
barcamp-phase-build = building the plan
barcamp-phase-announced = plan announced
barcamp-phase-closed = closed
# Variables:
#   $count (Number) - rooms
barcamp-home-rooms = Rooms: { $count }
# Variables:
#   $count (Number) - time slots
barcamp-home-slots = Time slots: { $count }
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-home-limit = "I'd attend": up to { $limit } sessions per person.
# Variables:
#   $proposals (Number) - sessions proposed
#   $interested (Number) - people who chose sessions
#   $checked (Number) - people checked in to the workshop
barcamp-home-counts = Proposals: { $proposals } · people who chose sessions: { $interested } · checked in: { $checked }
barcamp-next-rooms = Next: add the rooms.
barcamp-next-slots = Next: add the time slots.
barcamp-next-ready = Next: open proposals. Everyone checked in gets a message.
barcamp-next-propose = Next: when the proposals are in, open "I'd attend".
barcamp-next-interest = Next: when people have chosen, start the plan.
barcamp-next-build = Next: build the plan and announce it.
barcamp-next-announced = After each session its hosts are asked for notes; the documentation collects them.
barcamp-next-closed = The BarCamp is over; the documentation has every session.
# Variables:
#   $name (String) - the room's name
#   $capacity (Number) - seats
#   $languages (String) - the languages spoken there, joined
#   $bridged (String) - yes: a video link to the partner city
barcamp-room-line = • { $name } · { $capacity ->
    [one] { $capacity } seat
   *[other] { $capacity } seats
} · { $languages }{ $bridged ->
    [yes] {" "}· bridged to the partner city
   *[no] {""}
}
barcamp-rooms-button = 🚪 Rooms
barcamp-slots-button = 🕐 Time slots
barcamp-limit-button = 🔢 Sessions per person
barcamp-open-propose-button = ▶️ Open proposals
barcamp-open-interest-button = ▶️ Open "I'd attend"
barcamp-open-build-button = ▶️ Start the plan
barcamp-to-plan-button = 🗓 Plan
barcamp-docs-button = 📄 Documentation
# Variables:
#   $count (Number) - rooms
barcamp-rooms-title = Rooms: { $count }. Tap a room to change it.
barcamp-room-add-button = ➕ Add a room
barcamp-room-ask-name = What is the room called? Type its name.
barcamp-room-ask-capacity = How many seats? Tap a number or type it.
barcamp-room-ask-languages = Which languages can sessions there be held in? Tap all that fit, then Done.
barcamp-languages-done-button = Done
barcamp-room-ask-bridge = Is the room bridged to the partner city? Type the video link (https://…) or tap "No video link".
barcamp-room-no-bridge-button = No video link
barcamp-room-added = The room is added.
barcamp-room-saved = The room is saved.
# Variables:
#   $link (String) - the video link
barcamp-room-bridge-link = Video link: { $link }
barcamp-room-name-button = Name
barcamp-room-cap-button = Seats
barcamp-room-langs-button = Languages
barcamp-room-bridge-button = Video link
barcamp-room-remove-button = 🗑 Remove the room
# Variables:
#   $name (String) - the room's name
barcamp-room-remove-ask = Remove the room "{ $name }"? Sessions placed there lose their place.
barcamp-remove-confirm = 🗑 Remove
barcamp-room-removed = The room is removed.
# Variables:
#   $count (Number) - time slots
barcamp-slots-title = Time slots: { $count }. ✖️ removes one.
# Variables:
#   $number (Number) - the slot's number in the list
barcamp-slot-remove-button = ✖️ { $number }
barcamp-slot-add-button = ➕ Add a time slot
# Variables:
#   $city (String) - the workshop's city, whose clock the times are on
barcamp-slot-ask-start = When does the time slot start ({ $city } time)? Tap a time or type it, e.g. 10:30.
# Variables:
#   $start (String) - the start, HH:MM
barcamp-slot-ask-length = Starting at { $start }. How long is it?
# Variables:
#   $minutes (Number) - the slot's length
barcamp-slot-length-button = { $minutes } min
barcamp-slot-added = The time slot is added.
# Variables:
#   $slot (String) - the slot's time, with whose clock
barcamp-slot-remove-ask = Remove the time slot { $slot }?
barcamp-slot-removed = The time slot is removed.
# Variables:
#   $limit (Number) - the current limit
barcamp-limit-ask = On how many sessions may each person tap "I'd attend"? Now: { $limit }.
# Variables:
#   $limit (Number) - the new limit
barcamp-limit-saved = Each person may now choose up to { $limit } sessions.
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-propose = Open proposals? { $count ->
    [one] { $count } person checked in gets a message.
   *[other] { $count } people checked in get a message.
}
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-interest = Close proposals and open "I'd attend"? { $count ->
    [one] { $count } person checked in gets a message.
   *[other] { $count } people checked in get a message.
}
barcamp-phase-ask-build = Close "I'd attend" and start the plan? Nobody gets a message yet.
barcamp-phase-confirm = Yes, open
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-propose = Proposals are open. { $count ->
    [one] { $count } person was told.
   *[other] { $count } people were told.
}
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-interest = "I'd attend" is open. { $count ->
    [one] { $count } person was told.
   *[other] { $count } people were told.
}
barcamp-phase-opened-build = "I'd attend" is closed; build the plan next.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-opened-propose = 🏕 The BarCamp of "{ $workshop }" is open for proposals: propose a session you would host, or join one as a co-host.
# Variables:
#   $workshop (String) - the workshop's title
#   $limit (Number) - sessions each person may choose
barcamp-opened-interest = 🏕 BarCamp "{ $workshop }": which sessions would you attend? Choose up to { $limit }.
barcamp-person-setup = The BarCamp is being prepared. You will get a message when proposals open.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-propose = Propose a session you would host, or join one as a co-host.
    Proposals so far: { $proposals } · yours: { $mine } · later you choose up to { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-interest = Which sessions would you attend? Choose up to { $limit }. Sessions: { $proposals } · yours: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-build = The plan is being made. Sessions: { $proposals } · yours: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-announced = The plan is out. Sessions: { $proposals } · yours: { $mine }.
barcamp-person-closed = The BarCamp is over. Thank you!
barcamp-propose-button = ➕ Propose a session
barcamp-proposals-button = 📋 Proposals
barcamp-mine-button = 📝 Mine
barcamp-interest-button = 🗳 Choose sessions
barcamp-my-sessions-button = 🗓 My sessions
barcamp-none = You are not checked in to a workshop with a BarCamp. The BarCamp opens for the people checked in to its workshop.
barcamp-gone = This BarCamp is not available.
barcamp-not-checked-in = Only people checked in to the workshop take part in its BarCamp.
barcamp-phase-not-propose = Proposals are not open now.
barcamp-phase-not-interest = Choosing sessions is not open now.
barcamp-session-gone = This session is no longer proposed.
barcamp-propose-ask-title = What is your session called? Type a title (at most 80 characters).
barcamp-propose-ask-description = Describe it in a sentence or two, or skip.
barcamp-propose-ask-language = Which language will you hold it in?
barcamp-propose-use-buttons = Please use the buttons under the question.
# Variables:
#   $title (String) - the similar proposal's title
barcamp-propose-similar = Similar: "{ $title }". Join it as a co-host instead?
barcamp-join-button = 🤝 Join as a co-host
barcamp-anyway-button = Propose mine anyway
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
barcamp-propose-preview = Your proposal:

    { $title }
    { $description }
    Language: { $language }
barcamp-edit-button = ✏️ Edit
barcamp-send-button = Send the proposal
# Variables:
#   $title (String) - the session's title
barcamp-propose-sent = Your proposal "{ $title }" is in.
# Variables:
#   $title (String) - the session's title
barcamp-joined = You are a co-host of "{ $title }".
# Variables:
#   $count (Number) - proposals on this page
barcamp-list-title = Proposals ({ $count } on this page). Tap a number to open one.
# Variables:
#   $count (Number) - proposals on this page
barcamp-mine-title = Your proposals ({ $count } on this page). Tap a number to open one.
# Variables:
#   $number (Number) - the proposal's number
#   $title (String) - its title
#   $language (String) - the language it is held in
#   $hosts (Number) - its hosts
barcamp-list-line = { $number }. { $title } · { $language } · hosts: { $hosts }
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
#   $hosts (String) - the hosts' names
barcamp-card = { $title }

    { $description }

    Language: { $language }
    Hosts: { $hosts }
barcamp-withdraw-button = Withdraw the proposal
# Variables:
#   $title (String) - the session's title
barcamp-withdraw-ask = Withdraw "{ $title }"? Its co-hosts lose it too.
barcamp-withdraw-confirm = Withdraw
barcamp-withdrawn = The proposal is withdrawn.
# Variables:
#   $limit (Number) - sessions each person may choose
#   $chosen (Number) - sessions chosen so far
barcamp-interest-head = Tap "I'd attend" on up to { $limit } sessions. Chosen: { $chosen } of { $limit }.
barcamp-interest-own-rule = Your own sessions do not count: you will be there anyway.
# Variables:
#   $number (Number) - the session's number
#   $title (String) - its title
barcamp-interest-line = { $number }. { $title }
# Variables:
#   $description (String) - the session's description
barcamp-interest-description = { $description }
# Variables:
#   $language (String) - the original's language
barcamp-machine-mark = 🤖 machine translation from { $language }
barcamp-interest-yours = (your session)
barcamp-interest-empty = No sessions were proposed.
# Variables:
#   $number (Number) - the session's number
barcamp-attend-button = { $number } · I'd attend
barcamp-show-originals-button = Show the originals
barcamp-show-list-button = Show translated
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-interest-full = You have chosen { $limit } of { $limit }. Take one back first.
barcamp-interest-own = That is your own session: you will be there anyway.
# Variables:
#   $title (String) - the session's title
barcamp-notes-ask = 🏕 Your session "{ $title }" has ended. Would you write three short lines of notes for the documentation?
barcamp-notes-button = ✍️ Write notes
# Variables:
#   $title (String) - the session's title
barcamp-notes-write = Notes on "{ $title }": type up to three lines (one message, each line at most 200 characters).
barcamp-notes-saved = Thank you, your notes are saved.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-doc-title = The BarCamp of "{ $workshop }"
# Variables:
#   $count (Number) - sessions
barcamp-doc-count = Sessions: { $count }
# Variables:
#   $room (String) - the room's name
barcamp-doc-room = Room: { $room }
# Variables:
#   $time (String) - the slot's time, with whose clock
barcamp-doc-time = Time: { $time }
barcamp-doc-unplaced = Not in the plan
# Variables:
#   $language (String) - the language it was held in
barcamp-doc-language = Language: { $language }
# Variables:
#   $names (String) - the hosts' names
barcamp-doc-hosts = Hosts: { $names }
# Variables:
#   $count (Number) - people who would attend
barcamp-doc-interest = "I'd attend": { $count }
barcamp-doc-notes = Notes
# Variables:
#   $workshop (Number) - the workshop's id
barcamp-doc-file = barcamp-{ $workshop }-documentation.md
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-title-long = That title has { $count } characters; please keep it to { $limit }.
barcamp-input-title-empty = Please type a title.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-description-long = That description has { $count } characters; please keep it to { $limit }.
barcamp-input-room-name-empty = Please type the room's name.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-room-name-long = That name has { $count } characters; please keep it to { $limit }.
# Variables:
#   $limit (Number) - the largest number allowed
barcamp-input-capacity-bad = Please type the number of seats as digits, at most { $limit }.
barcamp-input-bridge-bad = Please send one link starting with https://, or tap "No video link".
barcamp-input-room-languages = Choose at least one language.
barcamp-input-slot-time-bad = Please type the start as hours and minutes, e.g. 10:30.
# Variables:
#   $slot (String) - the slot it overlaps, with whose clock
barcamp-input-slot-overlap = That time overlaps the time slot { $slot }. Choose another start.
barcamp-input-notes-empty = Please type your notes.
# Variables:
#   $limit (Number) - at most this many lines
#   $count (Number) - lines typed
barcamp-input-notes-lines = Those are { $count } lines; please keep it to { $limit }.
# Variables:
#   $limit (Number) - at most this many characters per line
#   $count (Number) - characters in the longest line
barcamp-input-notes-line-long = One line has { $count } characters; please keep each line to { $limit }.
