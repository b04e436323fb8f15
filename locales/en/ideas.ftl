## Ideas: participants

menu-ideas = 💡 Ideas
commands-ideas = Ideas and voting
ideas-home-button = 💡 Ideas
# Variables:
#   $submissions (String) - open or closed
#   $voting (String) - open or closed
#   $left (Number) - votes left
#   $budget (Number) - votes in all
ideas-home =
    💡 Project ideas of the partnership

    { $submissions ->
        [open] ✍️ New ideas are welcome.
       *[closed] ✍️ Submitting new ideas is closed.
    }
    { $voting ->
        [open] 🗳 Voting is open: you have { $left } of { $budget } votes left.
       *[closed] 🗳 Voting is not open yet.
    }
ideas-submit = ➕ Submit an idea
ideas-browse = 📋 Browse ideas
ideas-results = 🏆 Results
ideas-mine = ✍️ My ideas
ideas-organise = 🛠 Manage ideas

ideas-ask-title = What is your idea called? Send a short title (up to 120 characters).
ideas-ask-description = Describe your idea in a few sentences (up to 1500 characters). Write in your own language — others can read it in theirs.
# With no machine translation configured: promises nothing.
ideas-ask-description-untranslated = Describe your idea in a few sentences (up to 1500 characters), in your own language.
ideas-ask-theme-first = Which theme fits your idea best? Tap it — you can add more themes on the next screen.
ideas-ask-themes = Which themes does it belong to? Tap all that apply, then “Done”.
ideas-ask-needs = What does this idea need from the partner city? (optional)
ideas-ask-photo = Send a photo for your idea (or go back).
ideas-draft-cancelled = Cancelled — your idea was not saved.
# Variables:
#   $ideas (String) - list of similar ideas
ideas-similar =
    👀 Similar ideas exist already:
    { $ideas }

    You can join one of them instead of adding a duplicate, or submit yours anyway.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-join = 🤝 Join “{ $title }”
ideas-submit-anyway = Submit mine anyway ▶️
# Variables:
#   $title (String) - idea title, gender unknown
#   $description (String) - description
#   $themes (String) - themes
#   $language (String) - language of the text
ideas-review =
    Please check your idea:

    💡 { $title }
    { $description }

    🏷 { $themes }
    🌐 Written in: { $language } (tap to correct)
# Variables:
#   $needs (String) - what the idea needs from the partner city
ideas-review-needs = 🤝 Needs from the partner city: { $needs }
ideas-review-photo = 🖼 With a photo
# Variables:
#   $name (String) - the author's name as the idea would show it
#   $shown (String) - yes or no: whether the author chose to show it
ideas-review-name = { $shown ->
        [yes] 👤 Your name is shown: { $name }
       *[no] 👤 Your name is not shown ({ $name })
    }
ideas-draft-more-themes = 🏷 Change themes
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-needs = { $state ->
        [set] 🤝 Change what it needs
       *[empty] 🤝 Add what it needs
    }
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-photo = { $state ->
        [set] 🖼 Replace the photo
       *[empty] 🖼 Add a photo
    }
ideas-show-name-yes = 👤 Show my name: yes
ideas-show-name-no = 👤 Show my name: no
# Variables:
#   $title (String) - workshop title, gender unknown
ideas-written-at = 📅 Written at { $title }
ideas-publish = Submit the idea
# Variables:
#   $title (String) - idea title, gender unknown
ideas-submitted = ✅ Thank you! “{ $title }” is now visible to everyone in the partnership.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-submitted-review = ✅ Thank you! “{ $title }” will be visible once an organiser has looked at it.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-joined = 🤝 You joined “{ $title }”. The people behind it will see you want to work on it.

# Variables:
#   $total (Number) - ideas found
#   $page (Number) - page number
ideas-list = { $total ->
        [one] 1 idea
       *[other] { $total } ideas
    } — page { $page }. Tap one to read it:
ideas-list-empty = No ideas here yet. Be the first to submit one!
ideas-list-empty-mine = You have not submitted any idea yet.

# Variables:
#   $number (Number) - the line number, shown on the idea's vote button too
#   $title (String) - idea title
#   $votes (Number) - its votes so far; a line of the list (the button shows only the title)
ideas-list-item = { $number }. { $title } — 👍 { $votes }
ideas-list-vote-hint = Vote with 👍 and the idea's number; ✅ marks your votes (tap it again to take the vote back).
ideas-all-themes = all themes
# Variables:
#   $theme (String) - the current theme filter
ideas-filter-theme = 🏷 Theme: { $theme }
ideas-filter-scope-a = 🏙 All cities
ideas-filter-scope-m = 🏙 My city
ideas-filter-scope-p = 🏙 Partner city
ideas-sort-n = ↕️ Newest first
ideas-sort-v = ↕️ Most votes first

# Variables:
#   $title (String) - idea title, gender unknown
#   $description (String) - description
#   $city (String) - city of the author
#   $themes (String) - themes, or none (then the theme part is left out)
#   $votes (Number) - votes
#   $supporters (Number) - people who want to work on it
ideas-card =
    💡 { $title }

    { $description }

    🏙 { $city }{ $themes ->
        [none] {""}
       *[other] {" · "}🏷 { $themes }
    }
    👍 { $votes ->
        [one] 1 vote
       *[other] { $votes } votes
    } · 🙋 { $supporters ->
        [0] nobody has joined yet
        [one] 1 person wants to work on it
       *[other] { $supporters } people want to work on it
    }
# Variables:
#   $needs (String) - needs from the partner city
ideas-card-needs = 🤝 Needs from the partner city: { $needs }
# Variables:
#   $name (String) - author's display name
ideas-card-author = ✍️ { $name }
# Variables:
#   $language (String) - original language
ideas-card-machine = 🤖 Machine translation from { $language }
# Variables:
#   $language (String) - original language
ideas-card-human = 🌐 Translated by a participant from { $language }
# Variables:
#   $reason (String) - empty
ideas-card-status-submitted = ⏳ Waiting for an organiser to publish it.
# Variables:
#   $reason (String) - why it was hidden
ideas-card-status-hidden = 🚫 Hidden by the organisers: { $reason }
# Variables:
#   $reason (String) - empty
ideas-card-status-merged = 🔗 Merged into another idea.
# Variables:
#   $reason (String) - empty
ideas-card-status-withdrawn = ↩️ Withdrawn by the author.
# Variables:
#   $left (Number) - votes left
ideas-card-you-voted = ✅ You voted for this idea ({ $left } left).
# Variables:
#   $left (Number) - votes left
ideas-vote = 👍 Vote ({ $left } left)
ideas-unvote = ↩️ Take my vote back
ideas-support = 🙋 I want to work on this
ideas-support-stop = 🙋 I no longer want to help
ideas-show-original = 🌐 Show the original
ideas-show-translation = 🌐 Show it in my language
ideas-add-translation = ✍️ Add a translation
ideas-edit = ✏️ Edit
ideas-withdraw = 🗑 Withdraw
ideas-report = ⚠️ Report
ideas-moderate = 🛡 Moderate
# Variables:
#   $left (Number) - votes left
ideas-voted = 👍 Your vote is in. { $left ->
        [0] You have used all your votes.
        [one] You have 1 vote left.
       *[other] You have { $left } votes left.
    }
# Variables:
#   $left (Number) - votes left
ideas-unvoted = ↩️ Your vote is back. You have { $left } left.
ideas-supporting = 🙋 Noted: you want to work on this idea.
ideas-not-supporting = Noted: you no longer want to work on this idea.
ideas-report-ask = Report this idea to the organisers as inappropriate?
ideas-report-confirm = ⚠️ Yes, report it
ideas-reported = ⚠️ Thank you — the organisers will look at it.
ideas-withdraw-ask = Withdraw your idea? Its votes go back to the voters.
ideas-withdraw-confirm = 🗑 Yes, withdraw it
ideas-withdrawn = Your idea has been withdrawn.
ideas-edit-ask = What do you want to change?
ideas-edit-title = Title
ideas-edit-description = Description
ideas-edit-needs = Needs from the partner city
ideas-edited = ✏️ Saved. Translations of the old text were removed.
ideas-translate-choose = Into which language do you want to translate it?
# Variables:
#   $language (String) - target language
ideas-translate-ask-title = Send the title in { $language }.
# Variables:
#   $language (String) - target language
ideas-translate-ask-description = Now send the description in { $language }.
ideas-translation-live = 🌐 Thank you — your translation is live.
ideas-translation-pending = 🌐 Thank you — your translation will be shown once an organiser has approved it.

ideas-results-all = 🏆 Overall
ideas-results-chart = 📊 Chart
# Variables:
#   $scope (String) - partnership, theme or city
ideas-results-title = 🏆 Most votes — { $scope }:
# Variables:
#   $rank (Number) - place
#   $title (String) - idea title, gender unknown
#   $votes (Number) - votes
ideas-results-line = { $rank }. { $title } — { $votes ->
        [one] 1 vote
       *[other] { $votes } votes
    }
ideas-results-empty = No ideas with votes yet.
ideas-chart-title = Ideas with the most votes
ideas-chart-votes = Votes
# Variables:
#   $partnership (String) - partnership
ideas-chart-caption = 📊 Results of { $partnership }

ideas-error-title-empty = The title cannot be empty.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-title-long = That title has { $length } characters; please keep it to { $limit }.
ideas-error-description-empty = Please describe your idea in a few words.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-description-long = That description has { $length } characters; please keep it to { $limit }.
ideas-error-needs-empty = Please write a few words, or skip this step.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-needs-long = That has { $length } characters; please keep it to { $limit }.
ideas-error-reason-empty = Please give a short reason.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-reason-long = That reason has { $length } characters; please keep it to { $limit }.
ideas-error-themes-empty = Please choose at least one theme.
ideas-error-photo-later = You can add a photo when you check your idea, after choosing a theme.
ideas-error-use-buttons = Please use the buttons for this step.
ideas-submissions-closed = Submitting ideas is closed at the moment.
ideas-draft-missing = This idea is no longer being written. Start again from 💡 Ideas.
ideas-gone = This idea is no longer available.
ideas-vote-closed = 🗳 Voting is closed at the moment.
# Variables:
#   $budget (Number) - votes per person
ideas-vote-budget = You have used all { $budget } votes. Take one back from another idea to vote for this one.
ideas-vote-already = You have already voted for this idea.
ideas-vote-own = You cannot vote for your own idea.
ideas-vote-not-votable = This idea cannot receive votes.
ideas-merge-same = An idea cannot be merged into itself.
ideas-merge-impossible = These two ideas cannot be merged.

# Variables:
#   $title (String) - idea title, gender unknown
ideas-published-notice = ✅ Your idea “{ $title }” is now visible to everyone.
# Variables:
#   $title (String) - idea title, gender unknown
#   $reason (String) - why
ideas-hidden-notice = 🚫 The organisers have hidden your idea “{ $title }”. Reason: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown
#   $target (String) - idea it was merged into, gender unknown
ideas-merged-notice = 🔗 Your idea “{ $title }” was merged with “{ $target }”, which is very similar. Its votes moved over and you are now one of its team.
# Variables:
#   $count (Number) - new votes
#   $ideas (String) - ideas with new votes
ideas-vote-digest =
    👍 { $count ->
        [one] Your ideas received 1 new vote:
       *[other] Your ideas received { $count } new votes:
    }
    { $ideas }

## Ideas: organisers

# Variables:
#   $budget (Number) - votes per person
ideas-settings = 🛠 Ideas of the partnership. Votes per person: { $budget }. Tap to switch:
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-submissions = { $state ->
        [on] ✍️ Submissions open · close
       *[off] ✍️ Submissions closed · open
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-voting = { $state ->
        [on] 🗳 Voting open · close
       *[off] 🗳 Voting closed · open
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-premoderation = { $state ->
        [on] 🛡 Review first: on · turn off
       *[off] 🛡 Review first: off · turn on
    }
# Variables:
#   $count (Number) - items waiting
ideas-set-queue = 📥 To review ({ $count })
# Variables:
#   $count (Number) - items waiting
ideas-queue = { $count ->
        [0] 📥 Nothing to review.
        [one] 📥 1 item to review:
       *[other] 📥 { $count } items to review:
    }
# Variables:
#   $title (String) - idea title, gender unknown
ideas-queue-new = 💡 New: { $title }
# Variables:
#   $number (Number) - idea number
#   $language (String) - language
ideas-queue-translation = 🌐 #{ $number } in { $language }
# Variables:
#   $number (Number) - idea number
#   $count (Number) - reports
ideas-queue-report = ⚠️ #{ $number } reported { $count ->
        [one] once
       *[other] { $count } times
    }
# Variables:
#   $source (String) - the idea's original language
#   $source_mark (String) - its flag
#   $original_title (String) - the original title
#   $original_description (String) - the original description
#   $target (String) - the translation's language
#   $target_mark (String) - its flag
#   $title (String) - the translated title
#   $description (String) - the translated description
ideas-tr-review =
    🌐 A participant's translation is waiting for your approval.

    { $source_mark } { $source } · original:
    { $original_title }
    { $original_description }

    { $target_mark } { $target } · translation:
    { $title }
    { $description }
ideas-tr-approve = Approve
ideas-tr-reject = ✖️ Reject
ideas-tr-approved = 🌐 Translation approved.
ideas-tr-rejected = 🌐 Translation rejected.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-mod-menu = 🛡 { $title }: publish, hide, merge into another idea, or change its themes.
ideas-mod-publish = Publish
ideas-mod-hide = 🚫 Hide
ideas-mod-merge = 🔗 Merge into…
ideas-mod-dismiss = 👌 Reports are unfounded
ideas-mod-published = ✅ Published; the author is told.
ideas-mod-hide-ask = Why is it hidden? The author will read this reason.
ideas-mod-merge-ask = Into which idea should it be merged? Its votes move over; people who voted for both keep one vote and get the other back.
# Variables:
#   $moved (Number) - votes moved
#   $returned (Number) - votes given back
ideas-mod-merged = 🔗 Merged. Votes moved over: { $moved }; given back to people who had voted for both: { $returned }.
ideas-mod-dismissed = 👌 The reports are closed.
ideas-mod-hidden = 🚫 Hidden; the author is told why.
# Variables:
#   $title (String) - workshop title, gender unknown
ideas-card-workshop = 📅 Written at { $title }
# Variables:
#   $count (Number) - the +1 the idea got on the live wall during its event (kept afterwards)
#   $bridge (String) - "yes" when they came from two or more cities, else "no"
ideas-card-wall-votes = { $bridge ->
    [yes] 🌉 { $count } × +1 on the live wall, from both cities
   *[no] 👍 { $count } × +1 on the live wall
}
ideas-photo = 🖼 Photo

# Variables:
#   $number (Number) - the line's number, the same as on its vote button
#   $title (String) - idea title (translated when a translation is shown)
#   $votes (Number) - its votes so far
#   $how (String) - machine, human or original: what the title is
#   $mark (String) - the flag of the idea's language
#   $language (String) - the idea's language
ideas-list-item-other = { $number }. { $title } — 👍 { $votes } · { $how ->
        [machine] 🤖 machine-translated
        [human] ✍️ translated
       *[original] { $mark } { $language }
    }
ideas-ask-translation = 🙋 Ask for a translation
ideas-ask-translation-already = You have asked already. I will tell you when the translation is there.
# Variables:
#   $count (Number) - people asked
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked = 🙋 { $count ->
        [one] Asked 1 person who speaks { $source } and { $target }.
       *[other] Asked { $count } people who speak { $source } and { $target }.
    } I will tell you when the translation is there.
# Variables:
#   $count (Number) - 0 (nobody new was asked)
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked-earlier = 🙋 The people who speak { $source } and { $target } were already asked today. I will tell you when the translation is there.
# Variables:
#   $count (Number) - 0
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-nobody = 🙋 Nobody in the partnership speaks both { $source } and { $target } yet, so here is the original. If someone translates it, I will tell you.
# Variables:
#   $title (String) - idea title, gender unknown
#   $source (String) - the idea's language
#   $target (String) - the language it is wanted in
ideas-translation-wanted = 🌐 Someone would like to read the idea “{ $title }” in { $target }. It is written in { $source }, and you speak both. Could you translate it? An organiser looks at it before it is shown.
ideas-translation-wanted-start = ✍️ Translate it
ideas-translation-open = 💡 Open the idea
# Variables:
#   $title (String) - the translated title, gender unknown
ideas-translation-arrived = 🌐 The translation you asked for is there: the idea “{ $title }”.
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-approved-notice = 🌐 Thank you! Your translation of the idea “{ $title }” into { $language } was approved and is shown now.
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-rejected-notice = 🌐 The organisers did not approve your translation of the idea “{ $title }” into { $language }. You are welcome to translate it again.
