## stories
## Writing a story: the bot's draft, the team's editing screen, photos, consent.

story-gone = This story is not here any more, or it is not yours to edit.
story-exists = This team already has a story. Its members are writing it.
story-not-draft = The story is with the organisers for review: it cannot be changed now.
story-error-empty = Please write a few words.
# Variables:
#   $limit (Number) - the most characters allowed
#   $length (Number) - how many the text has
story-error-long = That is { $length } characters; please keep it to { $limit }.
# Variables:
#   $limit (Number) - the most photos a story may have
story-photos-full = The story has { $limit } photos, the most it can have. Remove one first.

# Variables:
#   $city (String) - the person's home city
story-anonymous = a team member from { $city }
story-anonymous-no-city = a team member
story-no-city = no city given

## The timeline the bot writes (one line each, the date stands before it)
# Variables:
#   $author (String) - who proposed the idea (a name, or "a team member from …")
story-timeline-idea = { $author } proposed the idea.
story-timeline-idea-unnamed = The idea was proposed.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - the city the idea came from
story-timeline-idea-workshop = It came from the { $kind ->
    [kickoff] kick-off workshop
   *[other] workshop
} “{ $workshop }” on { $date }, from { $city }.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - empty
story-timeline-idea-online = It came from the { $kind ->
    [kickoff] kick-off workshop
   *[other] workshop
} “{ $workshop }” on { $date }.{ $city }
# Variables:
#   $city (String) - the city the idea came from
story-timeline-idea-city = It came from { $city }.
# Variables:
#   $members (String) - members per city, as a list
story-timeline-team = The team was formed: { $members }.
# Variables:
#   $city (String) - a city
#   $count (Number) - members from there
story-members-in-city = { $city }: { $count ->
    [one] { $count } member
   *[other] { $count } members
}
# Variables:
#   $number (Number) - the check-in's number
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-checkin = Check-in { $number } (answers: { $answered } of { $members })
# Variables:
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-closing = The project ended with the closing check-in (answers: { $answered } of { $members }).
# Variables:
#   $person (String) - who named it
story-timeline-blocker = { $person } named a blocker.
# Variables:
#   $person (String) - who had named it
story-timeline-resolved = The blocker { $person } had named was resolved.

## The team section the bot writes
story-team-intro = People from both cities worked on it:
# Variables:
#   $city (String) - a city
#   $names (String) - its members, as a list
story-team-city = { $city }: { $names }
# Variables:
#   $person (String) - the idea's author
story-team-author = The idea came from { $person }.

## Asking each person the story names
# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-drafted-member = 📖 The bot drafted your team's story “{ $title }”. Edit it section by section, add photos and send it for review.

    This is what it says about you:
    { $excerpt }

    May the story name you and show the photos you added? If not, it calls you “a team member from” your city, in every language.
# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-consent-ask-author = 📖 The team working on your idea is writing its story “{ $title }”.

    This is what it says about you:
    { $excerpt }

    May the story name you? If not, it calls you “a team member from” your city, in every language.
story-consent-yes = Yes, you may name me
story-consent-no = No, leave my name out
story-open-draft = 📖 Open the draft
story-consent-saved-yes = Thank you: the story may name you. You can change this on the draft.
story-consent-saved-no = The story will not name you. You can change this on the draft.

## The draft screen
# Variables:
#   $status (String) - draft, review, published or withdrawn
story-draft-head = 📖 { $status ->
    [review] Your team's story, with the organisers for review
    [published] Your team's story, published
    [withdrawn] Your team's story, taken back by the organisers
   *[draft] Your team's story: draft
}
story-section-title = 🏷 Title
story-section-idea = 💡 The idea
story-section-team = 👥 The team
story-section-blockers = 🚧 Blockers
story-section-outcome = 🏁 What came out of it
story-section-timeline = 🗓 Timeline
story-machine = 🤖 machine translation
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
story-shown-in = { $mark } in { $language }, as written
# Variables:
#   $date (String) - the day
#   $text (String) - what happened
story-timeline-line = • { $date }: { $text }
# Variables:
#   $count (Number) - entries left out
story-timeline-more = • … { $count ->
    [one] { $count } more entry
   *[other] { $count } more entries
}
# Variables:
#   $count (Number) - photos
story-photos-count = 📷 { $count ->
    [0] No photos yet.
    [one] { $count } photo.
   *[other] { $count } photos.
}
story-consent-head = 🤝 Who agreed to be named
# Variables:
#   $name (String) - the person's first name
#   $state (String) - given, declined or pending
#   $shown (String) - how the story calls them without consent
story-consent-line = { $state ->
    [given] ✅ { $name }: agreed
    [declined] ❌ { $name }: declined, shown as “{ $shown }”
   *[pending] ⏳ { $name }: not answered yet, shown as “{ $shown }” until they agree
}
# Variables:
#   $reviewers (Number) - organisers who will read it
story-draft-footer = Change any section with ✏️; write in your own language. When it is ready, send it for review: { $reviewers ->
    [0] the organisers read it
    [one] { $reviewers } organiser reads it
   *[other] { $reviewers } organisers read it
} and publish it.
story-edit-title = ✏️ Title
story-edit-idea = ✏️ Idea
story-edit-team = ✏️ Team
story-edit-blockers = ✏️ Blockers
story-edit-outcome = ✏️ Outcome
# Variables:
#   $count (Number) - photos
story-photos = 📷 Photos ({ $count })
story-review = 📨 Send for review
story-back-team = ⬅️ Back to the team

## Editing a section
# Variables:
#   $section (String) - the section's name
#   $language (String) - the writer's language
story-edit-ask = ✏️ Send the new text for “{ $section }” in { $language }. Names of your team are kept as names only for those who agree. Now it reads:
story-edit-ask-empty = (empty)
# Variables:
#   $language (String) - the language it was written in
#   $count (Number) - machine versions made
story-edit-saved-machine = ✅ Saved in { $language }. The other languages are machine translations of it now ({ $count }), marked as such.
# Variables:
#   $language (String) - the language it was written in
story-edit-saved-original = ✅ Saved in { $language }. Readers of other languages see it in { $language } (with the language named) until someone translates it.

## Photos
# Variables:
#   $count (Number) - photos the story has
#   $limit (Number) - the most it may have
story-photos-ask = 📷 Send photos as pictures, one by one (at most { $limit }; the story has { $count }). The bot removes the location and camera data before keeping a copy. Only photos of people who agree to be named are published.
# Variables:
#   $count (Number) - photos the story has now
#   $limit (Number) - the most it may have
story-photo-added = ✅ Photo added ({ $count } of { $limit }), without location or camera data.
story-photo-unreadable = This file is not a photo the bot can read. Please send a JPEG or PNG picture.
story-photo-send-one = Please send a photo, or go back to the draft.
# Variables:
#   $number (Number) - the photo's number on the screen
story-photo-remove = 🗑 { $number }
story-photos-done = ⬅️ Back to the draft

## Sending for review
# Variables:
#   $count (Number) - organisers who get it
#   $missing (Number) - people who have not answered the consent question
story-review-ask = 📨 Send the story for review? { $count ->
    [one] { $count } organiser gets it
   *[other] { $count } organisers get it
}; the story cannot be changed while they read it. { $missing ->
    [0] Everyone it names has answered.
    [one] { $missing } person it names has not answered yet: publishing waits for them.
   *[other] { $missing } people it names have not answered yet: publishing waits for them.
}
# Variables:
#   $count (Number) - organisers who get it
story-review-send = 📨 Send ({ $count })
# Variables:
#   $count (Number) - organisers who were told
story-review-sent = 📨 Sent for review. { $count ->
    [0] No organiser could be told yet; they see it in their tools.
    [one] { $count } organiser was told.
   *[other] { $count } organisers were told.
}
# Variables:
#   $title (String) - the story's title
#   $name (String) - who sent it
#   $missing (Number) - people who have not answered the consent question
story-review-notice = 📖 { $name } sent the team story “{ $title }” for review. { $missing ->
    [0] Everyone it names has answered the consent question.
    [one] { $missing } person it names has not answered yet.
   *[other] { $missing } people it names have not answered yet.
}
story-review-open = 📖 Review the story

## An organiser or coach asks for a team's story
story-request = 📖 Draft the team's story
# Variables:
#   $count (Number) - people who will be asked
story-request-ask = 📖 Draft the team's story now? The bot writes it from the idea, the check-ins and the answers so far, and asks { $count ->
    [one] { $count } person
   *[other] { $count } people
} whether the story may name them.
# Variables:
#   $count (Number) - people who will be asked
story-request-yes = 📖 Draft, ask { $count }
# Variables:
#   $count (Number) - people who were asked
story-requested = 📖 The draft is made. { $count ->
    [one] { $count } person was asked
   *[other] { $count } people were asked
} whether the story may name them; the team edits it and sends it for review.
story-open = 📖 Our story
