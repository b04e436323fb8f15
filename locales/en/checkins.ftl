## Coaching check-ins

commands-coach = Write to your coach
teams-checkins = 🗓 Check-ins
profile-quiet-hours = 🌙 Quiet hours
teams-no-coach = Your team has no coach yet. The organisers will assign one.
checkins-answer-now = ✍️ Answer now
checkins-reply-team = 💬 Reply to the team
checkins-show-originals = 🌐 Show the originals
checkins-show-translated = 🌐 Show in my language
checkins-edit = ✏️ Change my answers
checkins-cadence-weekly = Weekly
checkins-cadence-biweekly = Every 2 weeks
checkins-cadence-off = Off
checkins-day-0 = Mo
checkins-day-1 = Tu
checkins-day-2 = We
checkins-day-3 = Th
checkins-day-4 = Fr
checkins-day-5 = Sa
checkins-day-6 = Su
checkins-now = 🔔 Check in now
checkins-resume = ▶️ Resume check-ins
# Variables:
#   $weeks (Number) - weeks of pause (1, 2 or 4); button, two in a row: at most 14 characters
checkins-pause = ⏸ { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
checkins-end = 🏁 End the project
checkins-end-yes = 🏁 Yes, send closing questions
checkins-quiet-none = no quiet hours

# Variables:
#   $title (String) - the team's idea, gender unknown
checkins-ask = 🗓 Check-in for your team “{ $title }”: four short questions about how it goes. It takes two minutes.
# Variables:
#   $title (String) - the team's idea, gender unknown
checkins-ask-closing = 🏁 Your project “{ $title }” is ending: please tell us what came out of it.
# Variables:
#   $title (String) - the team's idea, gender unknown
checkins-nudge = ⏰ Your team's check-in (“{ $title }”) is still waiting for your answers.
# Variables:
#   $number (Number) - question number
#   $total (Number) - number of questions
checkins-question-header = Question { $number } of { $total }
checkins-question-moved = What moved since last time?
checkins-question-next = What comes next?
checkins-question-blocking = Is anything blocking you? (Skip if not.)
checkins-question-mood = How is it going? 1 = badly, 5 = great.
checkins-question-outcome = What came out of your project?
checkins-question-advice = What would you tell the next teams?
# Variables:
#   $answer (String) - the answer given so far
checkins-current = Your answer so far: { $answer }
checkins-thanks = 🙏 Thank you! You can change your answers until the round closes.
checkins-use-buttons = Please use the buttons for this question.
checkins-error-empty = Please write a few words, or skip.
# Variables:
#   $limit (Number) - maximum length
checkins-error-long = That is too long: please keep it under { $limit } characters.
checkins-round-closed = This check-in round is closed.
checkins-round-exists = There is already a check-in round for today.
checkins-team-gone = This team is no longer active.

# Variables:
#   $name (String) - member
#   $title (String) - the team's idea, gender unknown
#   $text (String) - what blocks them
#   $mood (Number) - mood
checkins-alarm-blocked = ⚠️ { $name } (team “{ $title }”) is blocked: { $text }
# Variables:
#   $name (String) - member
#   $title (String) - the team's idea, gender unknown
#   $text (String) - empty
#   $mood (Number) - mood 1-2
checkins-alarm-mood = ⚠️ { $name } (team “{ $title }”) says it is going badly ({ $mood }/5).
# Variables:
#   $body (String) - the digest
checkins-digest = { $body }
# Variables:
#   $title (String) - the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members asked
#   $mood (Number) - average mood, 0 when none
checkins-digest-head = 📋 Check-in of “{ $title }”: { $answered } of { $members } answered{ $mood ->
        [0] .
       *[other] , mood { $mood }/5.
    }
# Variables:
#   $names (String) - who did not answer
checkins-digest-silent = No answer yet from: { $names }
# Variables:
#   $title (String) - the team's idea, gender unknown
#   $answered (Number) - members who answered
#   $members (Number) - members
checkins-outcome = 🏁 Project “{ $title }” has ended: { $answered } of { $members } members told what came out of it. The answers are in the attached table.
checkins-csv-idea = Idea
checkins-csv-name = Name
checkins-csv-outcome = What came out of it
checkins-csv-advice = Advice for the next teams
checkins-csv-mood = Mood
# Variables:
#   $title (String) - team (its idea title), gender unknown
#   $rate (Number) - response rate in %
#   $rounds (Number) - closed rounds
checkins-overview-line = • { $title }: { $rate }% answered in the last round ({ $rounds ->
        [one] 1 round so far
       *[other] { $rounds } rounds so far
    })
checkins-chart-title = Mood per round (1–5)
# Variables:
#   $lines (String) - one line per team
#   $silent (String) - teams silent for two rounds
checkins-overview =
    🧭 Your teams this week:
    { $lines }

    Silent for two rounds: { $silent }
# Variables:
#   $titles (String) - silent teams
checkins-silent-organisers = 🔇 Teams without any check-in answer for two rounds: { $titles }

# Variables:
#   $cadence (String) - weekly, biweekly or off
#   $day (String) - weekday
#   $time (String) - local time
#   $paused (String) - date until paused, no (then $next is the day), or unplanned
#   $next (String) - next round's day (only when $paused is no)
checkins-schedule =
    🗓 Check-ins: { $cadence ->
        [weekly] every week
        [biweekly] every two weeks
       *[off] off
    }, { $day } at { $time } — each member at that time in their own city, never in their quiet hours.
    { $paused ->
        [no] Next round: { $next }
        [unplanned] Next check-in: not planned.
       *[other] ⏸ Paused until { $paused }.
    }
checkins-now-sent = 🔔 The check-in goes out now (respecting everyone's quiet hours).
checkins-end-ask = End the project? Everyone gets the closing questions, and the organisers get the outcome report when the round closes.
checkins-end-started = 🏁 The closing questions are on their way.
checkins-no-teams = You do not coach any team, and you are not in a team yet.
# Variables:
#   $count (Number) - teams
checkins-coach-teams = 🧭 Your teams ({ $count }): tap one to set its check-ins.
checkins-reply-ask = Write your message to the team. Everyone gets it in their language.
# With no machine translation configured: promises nothing.
checkins-reply-ask-untranslated = Write your message to the team. It arrives as you write it: there is no automatic translation.
checkins-to-coach-ask = Write your message to your coach.
checkins-to-coach-sent = ✉️ Sent to your coach.
# Variables:
#   $current (String) - the current quiet hours
checkins-quiet-ask = 🌙 Quiet hours (your city's time): no check-ins or reminders then. Now: { $current }
checkins-quiet-saved = 🌙 Saved.

# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - message
teams-to-coach =
    ✉️ { $sender } writes to you:
    { $text }
# Variables:
#   $sender (String) - sender, with their city when known
#   $text (String) - translated message
#   $source (String) - original language
teams-to-coach-translated =
    ✉️ { $sender } writes to you:
    { $text }
    🤖 Machine translation from { $source }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach =
    🧭 Your coach { $name }:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-translated =
    🧭 Your coach { $name }:
    { $text }
    🤖 Machine translation from { $source }

## A coach's "My teams"

menu-my-teams = 🧭 My teams
commands-team-as-coach = My teams: members, check-ins, blockers
commands-coach-as-coach = My teams: answer a member or the team
coach-reply-member = ✉️ Reply personally
coach-answer-team = 💬 Answer the whole team
coach-settings = 🗓 Check-in settings
coach-back-teams = ⬅️ My teams
coach-back-team = ⬅️ Back to the team
# Variables:
#   $name (String) - a team member's name (cut to fit); button, at most 30 characters
coach-answer-member = ✉️ Answer { $name }
# Variables:
#   $count (Number) - people the message reaches; button, at most 30 characters
coach-send-team = 📨 Send to { $count ->
        [one] 1 person
       *[other] { $count } people
    }
# Variables:
#   $partnership (String) - the partnership's name
coach-invited-intro = 🧭 You are invited as a coach of { $partnership }. In “My teams” you follow your teams' check-ins, read what blocks someone and answer one person or the whole team. Three short steps first: language, privacy, your name.
coach-teams-none = 🧭 My teams: you do not coach a team yet. When the organisers assign you one, you get a message and the team appears here.
# Variables:
#   $count (Number) - teams
coach-teams-head = 🧭 My teams: { $count }. Tap a team to read each member's answers and to answer them.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-title = 👥 Team “{ $title }”
# Variables:
#   $names (String) - the members with their cities, as a list
coach-team-members = Members: { $names }
coach-team-no-checkin = 🗓 No check-in yet.
# Variables:
#   $when (String) - a date, with how long ago it was
coach-team-last = 🗓 Last check-in: { $when }
# Variables:
#   $date (String) - a date
#   $ago (String) - how long ago, e.g. "3 days ago"
coach-date-ago = { $date } ({ $ago })
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-up = 📈 Mood rising: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-down = 📉 Mood falling: { $before }/5 → { $now }/5
# Variables:
#   $before (Number) - average mood of the round before (1–5)
#   $now (Number) - average mood of the newest round (1–5)
coach-trend-steady = ➡️ Mood steady: { $before }/5 → { $now }/5
# Variables:
#   $now (Number) - average mood of the only round with one (1–5)
coach-trend-unknown = Mood: { $now }/5 (no trend yet)
# Variables:
#   $names (String) - members whose newest check-in names a blocker
coach-team-blockers = ⚠️ Blocked: { $names }
coach-team-no-blockers = No open blockers.
# Variables:
#   $title (String) - the team's idea, gender unknown
coach-team-head = 👥 Team “{ $title }”: each member's newest check-in.
# Variables:
#   $name (String) - a member, with their city
coach-member-name = 👤 { $name }
# Variables:
#   $when (String) - the round's date, with how long ago it was
coach-member-day = 🗓 { $when }
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
coach-member-language = { $mark } Answered in { $language } (shown as written)
# Variables:
#   $text (String) - the member's answer
coach-answer-moved = Moved: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-next = Next: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-outcome = What came out of it: { $text }
# Variables:
#   $text (String) - the member's answer
coach-answer-advice = Advice: { $text }
# Variables:
#   $text (String) - what blocks the member
coach-answer-blocking = ⚠️ Blocked: { $text }
# Variables:
#   $mood (Number) - 1 to 5
coach-member-mood = Mood: { $mood }/5
coach-member-silent = No check-in answer yet.
coach-team-footer = Answer one person (only they get it) or the whole team:
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask = ✉️ Write your answer to { $name }. Only this person gets it, machine translated into { $language } and marked as such.
# Variables:
#   $name (String) - the member, gender unknown
#   $language (String) - the member's language
coach-write-member-ask-untranslated = ✉️ Write your answer to { $name }. Only this person gets it, with a heading in { $language }; your text arrives as you write it (there is no automatic translation).
# Variables:
#   $name (String) - the member, gender unknown
coach-member-sent = ✉️ Sent to { $name } only.
# Variables:
#   $count (Number) - people the message reaches
#   $text (String) - the message
coach-team-confirm =
    Send this to the whole team ({ $count ->
        [one] 1 person
       *[other] { $count } people
    })?

    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - message
teams-from-coach-personal =
    🧭 Your coach { $name } answers you personally:
    { $text }
# Variables:
#   $name (String) - coach
#   $city (String) - coach's city
#   $text (String) - translated message
#   $source (String) - original language
teams-from-coach-personal-translated =
    🧭 Your coach { $name } answers you personally:
    { $text }
    🤖 Machine translation from { $source }
