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
barcamp-plan-same-time = at the same time as another of yours: pick one
