## Reviewing the applications to a call: the reviewer's screens, assignment, the ranked list

review-none = You are not a reviewer of any call. An administrator of the network can make you one with a reviewer link.
review-calls = The calls you review. Choose one to see the applications assigned to you.
review-open-list = My applications to review
review-back-calls = ⬅️ My calls
review-back-list = ⬅️ My applications
# Variables: $call (the call's title), $count (applications assigned to the reviewer)
review-list = { $call }

    { $count ->
        [0] No applications are assigned to you yet. You will get a message when there are.
        [one] One application is assigned to you. Open it to read the answers and score it.
       *[other] { $count } applications are assigned to you. Open one to read the answers and score it.
    }
# Variables: $id (the application's number)
review-application-label = Application { $id }
# Variables: $lead (the city that started the application), $partner (the partner city)
review-pair-label = { $lead } – { $partner }
# Variables: $label (the application), $state (todo, started or done)
review-item = { $label } · { $state ->
        [done] submitted
        [started] started
       *[todo] to score
    }
review-all-answers = 📄 All answers
review-back-questions = ⬅️ One question at a time
# Variables: $party (the city, or "City A" in a blind call)
review-all-city = { $party }: all answers
# Variables: $documents (how many documents were sent above)
review-all-end = { $documents ->
    [0] These are all the answers.
    [one] These are all the answers, and above them the document the applicants sent.
   *[other] These are all the answers, and above them the { $documents } documents the applicants sent.
}

## Blind mode: what stands in place of a name
review-blind-city = [city]
review-blind-name = [name]
review-blind-institution = [institution]
# Variables: $letter (A, B, …: the party's place in the application)
review-blind-party = City { $letter }

## One question of an application
# Variables: $application (which application), $number (the question's number), $count (questions)
review-question-heading = { $application } · question { $number } of { $count }
# Variables: $question (the question as the call asks it)
review-question = { $question }
# Variables: $party (a city, or "City A" in blind mode)
review-answer-by = { $party }:
review-answer-skipped = (skipped: an optional question)
review-no-answers = No answers to this question.
review-contact-institution = Institution
review-contact-contact_person = Contact person
review-contact-contact_details = Contact details
# Variables: $mark (the language's flag), $language (the language's name)
review-state-machine = { $mark } machine translation from { $language } · the original is one tap away
# Variables: $mark (the language's flag), $language (the language's name)
review-state-human = { $mark } translated by a person from { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-original = { $mark } original in { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-unavailable = { $mark } { $language } · translation unavailable, shown as written
review-previous = ◀️ Previous
review-next = Next ▶️
review-show-original = Show the original
review-show-translation = Show the translation
review-to-scores = ✍️ Score this application
review-back-application = ⬅️ Back to the application
review-read-answers = Read the answers

## Scoring
# Variables: $application (which application)
review-sheet = Your scores for { $application }
# Variables: $name (the criterion), $weight (its weight), $score (the score given), $max (the highest score)
review-sheet-line = { $name } (weight { $weight }): { $score } of { $max }
# Variables: $name (the criterion), $weight (its weight), $max (the highest score)
review-sheet-line-missing = { $name } (weight { $weight }): not scored yet
# Variables: $total (Σ weight × score), $highest (the highest possible total), $complete (yes or no)
review-sheet-total = { $complete ->
        [yes] Weighted total: { $total } of { $highest }
       *[no] Weighted total so far: { $total } of { $highest }
    }
# Variables: $note (the reviewer's note)
review-sheet-note = Private note (only administrators see it): { $note }
review-sheet-no-note = No private note. You may add one; only administrators see it.
review-sheet-open = Score every criterion, then submit. A submitted review can no longer be changed.
review-sheet-submitted = Your review is submitted and can no longer be changed.
# Variables: $number (the criterion's number), $count (criteria), $name (the criterion), $weight (its weight), $max (the highest score)
review-criterion = Criterion { $number } of { $count }: { $name }
    Weight { $weight }. Choose a score from 1 (weak) to { $max } (strong).
# Variables: $name (the criterion)
review-score-criterion = Score: { $name }
review-write-note = 📝 Private note
review-submit = Submit review
review-submit-yes = 📨 Submit
# Variables: $total (the weighted total), $highest (the highest possible total)
review-submit-ask = Submit your review? Total { $total } of { $highest }. It cannot be changed afterwards.
review-back-sheet = ⬅️ Back to the scores
review-back-answers = ⬅️ Read the answers
review-note-ask = Type your private note about this application. Only the administrators see it.
# Variables: $limit (characters allowed)
review-note-too-long = The note is too long: at most { $limit } characters, please.
review-note-saved = Note saved.
review-submitted = Thank you, your review is submitted.
# Variables: $criteria (the criteria still without a score)
review-error-unscored = Score every criterion first. Not scored yet: { $criteria }
review-error-submitted = This review is submitted and can no longer be changed.
review-error-unknown = This application is not there for you (any more).
review-error-not-reviewer = You are not a reviewer of this call.

## Assigning reviewers (administrators)
# Variables: $call (the call's title), $applications, $reviewers, $per (reviews per application), $new (new assignments), $reached (reviewers who get a message), $short (applications short of reviewers), $avoided (conflicts of interest avoided)
review-assign-ask = Assign reviewers to the applications of “{ $call }”?

    Submitted applications: { $applications }
    Reviewers: { $reviewers }
    Reviews per application: { $per }
    New assignments: { $new }
    Reviewers who get a message: { $reached }
    Applications short of reviewers: { $short }
    Conflicts of interest avoided: { $avoided }

    A reviewer linked to an applicant city or institution is never assigned its application.
review-assign-nothing = Nothing new to assign.
review-assign-confirm = Assign
review-assign-cancelled = Cancelled: nothing was assigned, nobody was told.
# Variables: $new (assignments made), $reached (reviewers told)
review-assign-done = Assignments made: { $new }. Reviewers told: { $reached }.
review-open-ranking = 📊 Ranked list
review-back-call = ⬅️ Back to the call
# Variables: $call (the call's title), $count (applications newly assigned)
review-assigned-notice = You are asked to review applications to “{ $call }”. Newly assigned to you: { $count }. Open your list to read and score them.

## The ranked list (administrators)
# Variables: $call (the call's title), $page (this page), $pages (how many)
review-ranking = Ranked list of “{ $call }” · page { $page } of { $pages }
review-ranking-empty = No submitted applications yet.
# Variables: $rank (the place), $label (the application), $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row = { $rank }. { $label }: average { NUMBER($mean, maximumFractionDigits: 1) } of { $highest }, reviews { $done } of { $assigned }
# Variables: $rank (the place), $label (the application), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row-unscored = { $rank }. { $label }: no review submitted yet, reviews { $done }/{ $assigned }
review-ranking-disagree = ⚠ reviewers disagree
# Variables: $highest (the highest possible total), $threshold (the spread that is flagged)
review-ranking-explain = Average of the reviewers’ weighted totals (highest possible: { $highest }). “⚠ reviewers disagree” marks totals { $threshold } or more points apart: a quarter of the highest possible total.
# Variables: $rank (the place), $label (the application)
review-ranking-button = { $rank }. { $label }
review-open-letters = ✉️ Decision letters
review-back-ranking = ⬅️ Ranked list
review-decide-accepted = Accept
review-decide-declined = Decline
review-decide-waitlisted = Put on the waiting list
# Variables: $id (the application's number), $cities (the applicant cities)
review-admin-heading = Application { $id }: { $cities }
# Variables: $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures = Average { NUMBER($mean, maximumFractionDigits: 1) } of { $highest }, reviews { $done } of { $assigned }
# Variables: $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures-none = No review submitted yet, reviews { $done }/{ $assigned }
# Variables: $name (the reviewer), $total (their weighted total), $highest (the highest possible), $submitted (yes or no)
review-admin-reviewer = { $name }: { $total } of { $highest }{ $submitted ->
        [yes] {""}
       *[no] {" "}(still scoring)
    }
# Variables: $criterion (its name), $score (the score)
review-admin-score = · { $criterion }: { $score }
# Variables: $note (the reviewer's private note)
review-admin-note = Note: { $note }
# Variables: $names (reviewers who scored nothing yet)
review-admin-waiting = Assigned, nothing scored yet: { $names }
review-admin-none = No reviewer assigned yet.

# Variables: $spread (how far apart the highest and the lowest total are)
review-differ = { $spread ->
    [0] the reviewers gave the same total
    [one] reviewers differ by up to { $spread } point
   *[other] reviewers differ by up to { $spread } points
}
review-decision-accepted = ✅ accepted
review-decision-declined = ✖️ declined
review-decision-waitlisted = ⏳ waiting list
