## Data rights: /privacy, /mydata, /deleteme

commands-privacy = Your data: see, download, erase
privacy-overview =
    🔒 Your data

    What I store, and why:
    • your Telegram id, language and city — to send you the right messages;
    • your display name, the languages you speak and your interests, if you gave them — to match you with people from the partner city;
    • your workshop sign-ups and answers, ideas, votes, team messages and check-in answers — to run the programme.

    Who sees it: the organisers of your partnership and your team's coach. Ideas show your name only if you chose so. Nothing is shared with anyone else, and messages I have delivered are not kept.

    /mydata sends you everything as a file; /deleteme erases it.
privacy-button-mydata = 📦 Send me my data
privacy-button-delete = 🗑 Erase my data
privacy-mydata-caption = 📦 Everything I store about you, as a JSON file.
privacy-nothing-stored = I store nothing about you.
privacy-delete-confirm = 🗑 Erase your profile and everything I store about you? This cannot be undone.
# Variables:
#   $count (Number) - ideas the person shared
privacy-delete-ideas = { $count ->
    [one] You shared an idea. May it stay in the programme without your name, so that the votes and the team around it are not lost? Otherwise I remove it.
   *[other] You shared { $count } ideas. May they stay in the programme without your name, so that the votes and the teams around them are not lost? Otherwise I remove them.
}
privacy-keep-ideas = 🕶 Keep them without my name
privacy-remove-ideas = 🗑 Remove them too
# Variables:
#   $signups (Number) - workshop sign-ups erased
#   $votes (Number) - votes erased
#   $answers (Number) - check-in rounds answered
#   $messages (Number) - team messages erased
privacy-deleted =
    ✅ Done. I erased your profile, your settings and your roles, and also:
    • workshop sign-ups: { $signups }
    • votes: { $votes }
    • check-in answers: { $answers }
    • team messages: { $messages }
# Variables:
#   $count (Number) - ideas kept without the author's name
privacy-deleted-ideas-kept = { $count ->
    [one] Your idea stays in the programme without your name.
   *[other] Your { $count } ideas stay in the programme without your name.
}
# Variables:
#   $count (Number) - ideas removed
privacy-deleted-ideas-removed = { $count ->
    [one] Your idea was removed.
   *[other] Your { $count } ideas were removed.
}
privacy-deleted-farewell = Send /start if you want to join again.
privacy-delete-kept = Nothing was erased.

## /mydata: the summary before the file
privacy-mydata-title = 📦 What I store about you
# Variables:
#   $name (String) - the person's display name, else their Telegram first name
privacy-mydata-name = Name: { $name }
# Variables:
#   $city (String) - the person's city, e.g. "Karlsruhe"
privacy-mydata-city = City: { $city }
# Variables:
#   $language (String) - the bot's language for the person, e.g. "English"
privacy-mydata-language = Language: { $language }
# Variables:
#   $date (String) - the day the person started using the bot, e.g. "2 March 2026"
privacy-mydata-since = With us since { $date }
# Variables:
#   $count (Number) - the person's workshop sign-ups (any status)
privacy-mydata-signups = { $count ->
    [0] 📅 No workshop sign-ups
    [one] 📅 { $count } workshop sign-up:
   *[other] 📅 { $count } workshop sign-ups:
}
# Variables:
#   $title (String) - the workshop's title
#   $date (String) - the workshop's day, e.g. "24 April 2027"
#   $status (String) - the sign-up's status (workshops-registration-*)
privacy-mydata-signup-line = • { $title }, { $date } ({ $status })
# Variables:
#   $title (String) - an idea's or a team's title
privacy-mydata-item = • { $title }
# Variables:
#   $count (Number) - more items than the summary lists
privacy-mydata-more = … and { $count } more (in the file)
# Variables:
#   $count (Number) - ideas the person shared
privacy-mydata-ideas = { $count ->
    [0] 💡 No ideas shared
    [one] 💡 { $count } idea shared:
   *[other] 💡 { $count } ideas shared:
}
# Variables:
#   $count (Number) - votes the person cast
privacy-mydata-votes = { $count ->
    [0] 🗳 No votes
    [one] 🗳 { $count } vote cast
   *[other] 🗳 { $count } votes cast
}
# Variables:
#   $count (Number) - teams the person is or was in
privacy-mydata-teams = { $count ->
    [0] 👥 No teams
    [one] 👥 { $count } team:
   *[other] 👥 { $count } teams:
}
# Variables:
#   $count (Number) - the person's answers to check-ins
privacy-mydata-checkins = { $count ->
    [0] 📝 No check-in answers
    [one] 📝 { $count } check-in answer
   *[other] 📝 { $count } check-in answers
}
privacy-mydata-file = The file below holds all of it, with every date and text.

## Programme calls: applications and reviews
privacy-overview-calls = 📝 If you apply to a programme call, I store your application: the cities, your answers, the documents you upload and who signed off — for the review and the decision. If you review applications, I store your scores and notes. The call's organisers and its reviewers see applications; the notes only the organisers. Uploaded documents are forgotten a while after the selection (their name, size and checksum stay). /deleteme deletes a draft only you work on; in an application with a partner city or one already submitted, the city's answers stay for the decision, without you: your name, your contact person and contact details and your uploaded files go, and the application then reads "the applicant from your city". Your review scores stay without your name; your notes go.
# Variables:
#   $count (Number) - applications the person is a party of
privacy-mydata-applications = { $count ->
    [0] 📝 No applications
    [one] 📝 { $count } application:
   *[other] 📝 { $count } applications:
}
# Variables:
#   $call (String) - the call's title
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $status (String) - draft, submitted, not_submitted, withdrawn, or once the letters went: accepted, declined or waitlisted
privacy-mydata-application-line = • { $call }: { $cities } ({ $status ->
        [accepted] accepted
        [declined] declined
        [waitlisted] on the waiting list
        [submitted] submitted
        [not_submitted] not submitted
        [withdrawn] withdrawn
       *[draft] draft
    })
# Variables:
#   $count (Number) - documents the person uploaded
privacy-mydata-documents = { $count ->
    [0] 📎 No uploaded documents
    [one] 📎 { $count } uploaded document (name, size and checksum in the file)
   *[other] 📎 { $count } uploaded documents (names, sizes and checksums in the file)
}
# Variables:
#   $count (Number) - drafts deleted
privacy-deleted-drafts = { $count ->
    [one] Your draft application was deleted.
   *[other] Your { $count } draft applications were deleted.
}
# Variables:
#   $count (Number) - applications kept without the person
privacy-deleted-applications = { $count ->
    [one] Your application stays for the decision without you: your contact details and files are gone.
   *[other] Your { $count } applications stay for the decision without you: your contact details and files are gone.
}
# Variables:
#   $count (Number) - reviews whose scores stay
privacy-deleted-reviews = { $count ->
    [one] Your review's scores stay without your name; its note is gone.
   *[other] The scores of your { $count } reviews stay without your name; their notes are gone.
}
