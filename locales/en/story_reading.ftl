## story_reading: published stories for everyone, and organisers publishing them

menu-stories = 📖 Stories
commands-stories = Stories of finished projects

## Reading
# Variables:
#   $count (Number) - published stories
stories-home = { $count ->
    [0] 📖 Stories
        No story has been published yet. When a team finishes its project, its story appears here.
    [one] 📖 Stories · one story from the teams' projects:
   *[other] 📖 Stories · { $count } stories from the teams' projects:
}
# Variables:
#   $theme (String) - the topic of the story's idea
#   $has_theme (String) - yes or no
#   $cities (String) - the partnership's cities, e.g. "Karlsruhe – Krasnodar"
stories-group = { $has_theme ->
    [yes] 🏷 { $theme } · { $cities }
   *[no] 🏷 { $cities }
}
stories-page-previous = ◀️ Back
stories-page-next = More ▶️
stories-all = 📖 All stories
stories-not-found = This story is not published (or no longer). Other stories are in /stories.
stories-untitled = A team's story
stories-not-published-yet = 🔒 Not published yet: only the team and the organisers see this.
stories-heading-idea = 💡 The idea
# Variables:
#   $title (String) - the idea's title
#   $city (String) - the city the idea came from
#   $has_city (String) - yes or no
stories-idea-origin = { $has_city ->
    [yes] «{ $title }», proposed in { $city }
   *[no] «{ $title }»
}
stories-heading-team = 👥 The team
stories-heading-timeline = 🗓 From the idea to the result
stories-heading-blockers = 🧱 What stood in the way
stories-heading-outcome = 🎯 The result
# Variables:
#   $day (String) - the date, e.g. "12 March 2026"
stories-timeline-line = • { $day }:
# Variables:
#   $kind (String) - what happened
stories-timeline-kind = { $kind ->
    [idea] the idea was proposed
    [team] the team was formed
    [checkin] a check-in
    [blocker] a problem came up
    [resolved] the problem was solved
    [closing] the project was completed
   *[update] an update from the team
}
stories-team-member = a team member
# Variables:
#   $city (String) - the person's city
stories-team-member-from = a team member from { $city }
stories-machine-mark = 🤖 Parts of this story are a machine translation; the original is one tap away.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
stories-shown-in = { $mark } Parts are shown in { $language }: no translation yet.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the original language's name
stories-original = { $mark } Original ({ $language })
stories-original-shown = 📜 The original, as the team wrote it.
stories-in-my-language = 🌐 In my language
# Variables:
#   $count (Number) - photos
stories-photos = { $count ->
    [one] 🖼 The photo
   *[other] 🖼 { $count } photos
}
# Variables:
#   $title (String) - the story's title
stories-photos-of = 🖼 Photos of «{ $title }».
stories-back-to-story = ◀️ Back to the story
stories-open = 📖 Read the story

## Telling people
# Variables:
#   $title (String) - the story's title
stories-voters-told = 🎉 The idea you voted for became a project: «{ $title }». Its story is published now.
# Variables:
#   $title (String) - the story's title
stories-team-published = 📖 Your team's story «{ $title }» is published. Everyone who voted for the idea is told.
# Variables:
#   $title (String) - the story's title
#   $note (String) - the organiser's note
stories-team-sent-back = ↩️ The organisers sent your story «{ $title }» back to the team before publishing it. Their note: { $note }

## The update on the review date
# Variables:
#   $title (String) - the story's title
stories-update-asked = 🗓 Your team's story «{ $title }» is published. What has happened since? One line is enough: it goes on the story's timeline.
stories-update-write = ✏️ Write an update
# Variables:
#   $title (String) - the story's title
stories-update-ask = ✏️ Type one line about «{ $title }»: what has happened since the story was published?
stories-update-added = ✅ Thank you: your update is on the story's timeline.
stories-update-done = A team member has already written this update. Thank you!
# Variables:
#   $limit (Number) - the longest update
stories-update-length = Please write one line of up to { $limit } characters.

## Organisers: review and publishing
stories-review-button = 📖 Stories
# Variables:
#   $count (Number) - all stories of the partnership
#   $waiting (Number) - stories waiting for review
stories-review-list = { $count ->
    [0] 📖 Stories
        No team has written a story yet. Teams draft one when they finish their project.
   *[other] 📖 Stories · { $waiting ->
        [0] none waits for review.
        [one] one waits for review (📥).
       *[other] { $waiting } wait for review (📥).
    }
}
# Variables:
#   $status (String) - the story's status
stories-status = { $status ->
    [review] 📥 Waiting for your review.
    [published] 📖 Published: readers see it as shown below.
    [withdrawn] 🚫 Withdrawn: readers no longer see it.
   *[draft] ✏️ The team is still writing it.
}
stories-consent-heading = 🤝 Consent to be named
# Variables:
#   $state (String) - pending, given, declined or erased
#   $name (String) - the person's name and city
stories-consent-line = { $state ->
    [given] ✔️ { $name }: agreed
    [declined] ✖️ { $name }: declined (shown as a team member from their city)
    [erased] ✖️ { $name }: deleted their data
   *[pending] ⏳ { $name }: has not answered yet
}
stories-consent-nobody = Nobody is named in this story.
stories-as-readers-see = 👁 As readers see it
stories-publish = 📣 Publish
stories-send-back = ↩️ Back to the team
stories-withdraw = 🚫 Withdraw
# Variables:
#   $count (Number) - people who have not answered
stories-publish-refused = { $count ->
    [one] ⏳ Not yet: one person named in the story has not said whether they agree to be named. Publishing waits for them:
   *[other] ⏳ Not yet: { $count } people named in the story have not said whether they agree to be named. Publishing waits for them:
}
stories-publish-refused-popup = Not yet: somebody named in the story has not answered.
stories-published-already = This story is published already.
# Variables:
#   $title (String) - the story's title
stories-publish-confirm = 📣 Publish «{ $title }»? It becomes readable for everyone, in the bot and in the feed for the website.
# Variables:
#   $count (Number) - people told
stories-publish-reach = { $count ->
    [0] Nobody is told (the idea has no voters, or they were told before).
    [one] One person is told: the idea's author or a voter or supporter.
   *[other] { $count } people are told: the idea's author, voters and supporters.
}
# Variables:
#   $count (Number) - people who muted announcements
stories-publish-muted = { $count ->
    [one] One person muted announcements and is not told.
   *[other] { $count } people muted announcements and are not told.
}
stories-publish-review-date = 🗓 Ask the team for a one-line update later?
# Variables:
#   $months (Number) - months after publishing; 0 for never
stories-review-months = { $months ->
    [0] No update
   *[other] { $months } months
}
stories-publish-now = 📣 Publish now
# Variables:
#   $count (Number) - people told
stories-published = { $count ->
    [0] ✅ Published. The team is told.
    [one] ✅ Published. The team and one person who voted for the idea are told.
   *[other] ✅ Published. The team and { $count } people who voted for the idea are told.
}
stories-note-ask = ↩️ What should the team change before the story is published? Type your note: the team gets it with the story.
stories-note-empty = Please type a note for the team.
# Variables:
#   $count (Number) - team members told
stories-sent-back = { $count ->
    [0] ↩️ Back to the team (nobody in the team could be reached).
    [one] ↩️ Back to the team: one member got your note.
   *[other] ↩️ Back to the team: { $count } members got your note.
}
# Variables:
#   $title (String) - the story's title
stories-withdraw-confirm = 🚫 Withdraw «{ $title }»? It disappears from the list and the feed; nobody is told. You can publish it again later.
stories-withdraw-yes = 🚫 Yes, withdraw
stories-withdrawn = 🚫 Withdrawn: readers no longer see it.

## The feed for the website
stories-feed-title = Twin City stories
stories-feed-description = Finished projects of the city partnerships’ teams, from the idea to the result.

## /mydata and /deleteme
# Variables:
#   $count (Number) - stories that may name the person
stories-mydata = { $count ->
    [one] 📖 One story may name you:
   *[other] 📖 { $count } stories may name you:
}
# Variables:
#   $title (String) - the story's title
#   $consent (String) - pending, given, declined or erased
stories-mydata-line = • «{ $title }»: { $consent ->
    [given] you agreed to be named
    [declined] you declined: shown as a team member from your city
    [erased] your name was removed
   *[pending] you have not answered yet
}
# Variables:
#   $count (Number) - stories
stories-erased = { $count ->
    [one] 📖 Your name and photos were removed from one story; it stays, naming "a team member from your city".
   *[other] 📖 Your name and photos were removed from { $count } stories; they stay, naming "a team member from your city".
}
