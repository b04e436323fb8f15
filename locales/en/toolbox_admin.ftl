## toolbox_admin

## The keepers' screen
tbadmin-open = 🧰 Toolbox
# Variables:
#   $published (Number) - published entries
#   $suggested (Number) - suggestions waiting for moderation
#   $due (Number) - entries whose review date has passed
tbadmin-manage = 🧰 Toolbox — keeping it
    { $published ->
        [0] No entries are published yet.
        [one] 1 entry is published.
       *[other] { $published } entries are published.
    }
    { $suggested ->
        [0] 📥 No suggestions wait.
        [one] 📥 1 suggestion waits for moderation.
       *[other] 📥 { $suggested } suggestions wait for moderation.
    }
    { $due ->
        [0] ⏰ No entry is due for review.
        [one] ⏰ 1 entry is due for review.
       *[other] ⏰ { $due } entries are due for review.
    }
tbadmin-new-entry = ➕ New entry
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-suggestions = 📥 Suggestions ({ $count })
# Variables:
#   $count (Number) - entries due for review
tbadmin-due = ⏰ Due for review ({ $count })
# Variables:
#   $count (Number) - published entries
tbadmin-all = 📚 All entries ({ $count })
tbadmin-open-toolbox = 🔎 Toolbox as readers see it
tbadmin-page-back = ⬅️ Previous
tbadmin-page-next = Next ➡️
# Variables:
#   $count (Number) - published entries
tbadmin-all-title = { $count ->
        [0] 📚 No entries yet.
        [one] 📚 1 entry. Tap it to edit it.
       *[other] 📚 { $count } entries, newest first. Tap one to edit it.
    }
# Variables:
#   $count (Number) - entries due for review
tbadmin-due-title = { $count ->
        [0] ⏰ No entry is due for review.
        [one] ⏰ 1 entry is due for review. Check it and tap “Still correct”, or edit it.
       *[other] ⏰ { $count } entries are due for review. Check each and tap “Still correct”, or edit it.
    }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-queue-title = { $count ->
        [0] 📥 No suggestions wait.
        [one] 📥 1 suggestion waits. Tap it to publish or decline it.
       *[other] 📥 { $count } suggestions wait. Tap one to publish or decline it.
    }

## Kinds, topics, phases
tbadmin-kind-guide = 📘 Guide
tbadmin-kind-template = 📄 Template
tbadmin-kind-practice = 🌟 Best practice
tbadmin-kind-tutorial = 🎬 Tutorial
tbadmin-kind-funding = 💶 Funding opportunity
tbadmin-topic-youth = Youth
tbadmin-topic-education = Education
tbadmin-topic-culture = Culture
tbadmin-topic-sport = Sport
tbadmin-topic-environment = Environment
tbadmin-topic-digitalisation = Digital
tbadmin-topic-social = Social
tbadmin-topic-economy = Economy
tbadmin-topic-democracy = Democracy
tbadmin-topic-mobility = Mobility
tbadmin-phase-apply = Applying
tbadmin-phase-kickoff = Kick-off
tbadmin-phase-sprint = Sprint
tbadmin-phase-coaching = Coaching

## An entry's card
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
#   $origin (String) - original, human, machine or missing
tbadmin-version-line = { $mark } { $language }: { $origin ->
        [original] original
        [human] translated by a person
        [machine] machine translation, not checked yet
       *[missing] no version yet
    }
# Variables:
#   $link (String) - a web address
tbadmin-link-line = 🔗 { $link }
# Variables:
#   $name (String) - the template's file name
tbadmin-file-line = 📎 { $name }
# Variables:
#   $when (String) - the deadline's date and time
#   $zone (String) - the city whose clock it is on
tbadmin-deadline-line = ⏳ Deadline: { $when } ({ $zone } time)
# Variables:
#   $amount (String) - as the funder states it
tbadmin-amount-line = 💶 { $amount }
# Variables:
#   $name (String) - the first name of the person who suggested it
tbadmin-credit-line = 💡 Suggested by { $name }
# Variables:
#   $date (String) - the next review date
tbadmin-review-line = ⏰ Next review: { $date }
# Variables:
#   $language (String) - a language's name
tbadmin-write-version = ✍️ { $language }
# Variables:
#   $language (String) - a language's name
tbadmin-approve-version = 👍 { $language }
tbadmin-still-correct = ✔️ Still correct
tbadmin-edit = ✏️ Edit
tbadmin-archive = 🗄 Archive
tbadmin-as-readers-see = 👁 As readers see it
tbadmin-still-done = ✔️ Thank you: checked today, the next review is in a year.
# Variables:
#   $title (String) - the entry's title
tbadmin-archive-ask = 🗄 Archive “{ $title }”? Readers will no longer find it. Nobody is notified.
tbadmin-archive-yes = 🗄 Yes, archive
tbadmin-archived = 🗄 Archived. Readers no longer find it.
# Variables:
#   $language (String) - a language's name
tbadmin-version-approved = 👍 The { $language } version is approved: it is now marked as checked by a person.
# Variables:
#   $language (String) - a language's name
tbadmin-translate-title = ✍️ Type the title in { $language }.
tbadmin-translate-text = ✍️ Now type the text.
tbadmin-version-saved = ✍️ Saved.

## A new entry
tbadmin-new-kind = ➕ What kind of entry?
tbadmin-new-title = ➕ Type the title (up to 120 characters).
tbadmin-new-text = ➕ Type the text in your language (up to 3000 characters). For a funding opportunity, say who can apply.
tbadmin-new-topic = 🏷 Which topics? Tap all that fit, then “Next”.
tbadmin-new-country = 🏷 For which countries? Tap all that fit (none: for every country), then “Next”.
tbadmin-new-phase = 🏷 Which programme phase does it help with? Tap all that fit, then “Next”.
tbadmin-next = Next ➡️
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
tbadmin-new-file = 📄 Send the template as a file (up to { $limit } MB; { $types }).
tbadmin-new-link = 🔗 Type the web address (starting with https://).
tbadmin-new-zone = ⏳ The deadline is on whose clock?
# Variables:
#   $zone (String) - the city whose clock the deadline is on
#   $example (String) - an example date and time
tbadmin-new-deadline = ⏳ Type the deadline on { $zone } time, for example { $example }.
tbadmin-new-amount = 💶 Type the amount as the funder states it, for example “up to 5,000 EUR”.
tbadmin-preview = 👁 Preview — check it, then publish.
tbadmin-publish = 📣 Publish
# Variables:
#   $machine (String) - yes when a machine translates it into the other languages
tbadmin-publish-ask = { $machine ->
        [yes] 📣 Publish it? Readers find it at once; the other four languages are added by machine translation and marked as such. Nobody is notified.
       *[no] 📣 Publish it? Readers find it at once, in your language; you can add versions in other languages later. Nobody is notified.
    }
tbadmin-publish-yes = 📣 Yes, publish
tbadmin-published = 📣 Published. You own this entry: you will be reminded to review it in a year.
tbadmin-cancelled = Cancelled, nothing was saved.
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-too_big = ⚠️ “{ $name }” is too big: a template may have up to { $limit } MB. Send a smaller file ({ $types }).
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-file_type = ⚠️ “{ $name }” is not a file type people can open safely. Allowed: { $types } (up to { $limit } MB).

## Mistakes in typed answers
tbadmin-error-empty = Please type some text.
tbadmin-error-title-long = That title is too long: up to 120 characters, please.
tbadmin-error-text-long = That text is too long: up to 3000 characters, please.
tbadmin-error-link = That is not a web address people can open: it must start with https:// and have no spaces.
tbadmin-error-amount-long = Please keep the amount short (up to 100 characters).
tbadmin-error-reason-long = Please keep the reason short (up to 500 characters).
# Variables:
#   $example (String) - an example date and time
tbadmin-error-deadline = Please type a date and time like { $example }.
tbadmin-error-use-buttons = Please use the buttons above.

## Suggesting an entry
tbadmin-suggest-kind = 💡 Suggest an entry for the toolbox. What kind is it?
tbadmin-suggest-title = 💡 Type a title (up to 120 characters).
tbadmin-suggest-text = 💡 Type what it is about and why it helps (up to 3000 characters).
tbadmin-suggest-link = 💡 A link where people find it? Type the web address (https://…) or skip.
tbadmin-suggest-credit = 💡 May we show your first name as credit (“Suggested by …”)?
tbadmin-credit-yes = Yes
tbadmin-credit-no = No
tbadmin-suggest-sent = 💡 Thank you! The organisers will look at your suggestion, and you will hear what they decide.
tbadmin-suggest-cancelled = Cancelled, nothing was sent.

## Moderation
tbadmin-approve = 📣 Publish
tbadmin-decline = ✖️ Decline
tbadmin-edit-suggestion = ✏️ Edit the text
tbadmin-approved = 📣 Published, and its author has been told.
tbadmin-decline-ask = ✖️ Type why it is declined. Its author will read this.
tbadmin-declined = ✖️ Declined, and its author has been told.

## Notices
# Variables:
#   $title (String) - the entry's title
tbadmin-suggestion-approved = 💡 Thank you: your suggestion “{ $title }” is now in the toolbox.
tbadmin-see-entry = 📖 Open the entry
# Variables:
#   $title (String) - the entry's title
#   $reason (String) - why the organisers declined it
tbadmin-suggestion-declined = 💡 Your suggestion “{ $title }” was not added to the toolbox. The organisers say: { $reason }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-notice-suggestions = { $count ->
        [one] 💡 1 suggestion for the toolbox waits for moderation.
       *[other] 💡 { $count } suggestions for the toolbox wait for moderation.
    }
# Variables:
#   $title (String) - the entry's title
tbadmin-review-reminder = ⏰ Time to review “{ $title }” in the toolbox: is it still correct?
# Variables:
#   $queries (String) - one line per search: the words and how often
#   $count (Number) - how many different searches are listed
tbadmin-misses-notice = { $count ->
        [one] 🔎 This week 1 search in the toolbox found nothing:
       *[other] 🔎 This week these { $count } searches in the toolbox found nothing:
    }
    { $queries }
    Entries on these would help.

## Links from check-ins and coaching
tbadmin-link-apply = 🧰 Toolbox: applying
tbadmin-link-kickoff = 🧰 Toolbox: the kick-off
tbadmin-link-sprint = 🧰 Toolbox: the sprint
tbadmin-link-coaching = 🧰 Toolbox: coaching tips

## The preview's "edit": one answer again
tbadmin-edit-title = ✏️ Title
tbadmin-edit-text = ✏️ Text
tbadmin-edit-topic = 🏷 Tags
tbadmin-edit-file = 📄 File
tbadmin-edit-link = 🔗 Link
tbadmin-edit-zone = ⏳ Deadline
tbadmin-edit-amount = 💶 Amount
