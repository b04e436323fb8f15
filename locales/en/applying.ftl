## Applying to a programme call: the call page, questions one by one, the partner city,
## the support statement, sign-off, submission and the receipt.

# Variables: $count (number) how many calls are open
apply-calls = { $count ->
    [1] One call is open for applications. Tap it to read what it asks.
    [one] { $count } call is open for applications. Tap it to read what it asks.
   *[other] { $count } calls are open for applications. Tap one to read what it asks.
}
apply-calls-none = No call is open for applications right now. When the next one opens, its link or poster brings you straight to it.

# Variables: $countries (string) the countries, joined
apply-call-who = Who may apply: cities, partnership associations and initiatives from { $countries }.
# Variables: $deadline (string) the deadline on the call's clock, $left (string) e.g. "in 3 weeks"
apply-call-deadline = Deadline: { $deadline } (closes { $left }).
# Variables: $opens (string) the opening on the call's clock, $deadline (string) the deadline
apply-call-not-open = This call opens on { $opens }. Deadline: { $deadline }.
# Variables: $deadline (string) the deadline on the call's clock
apply-call-closed = This call is closed: the deadline was { $deadline }.
# Variables: $questions (number) how many questions each city answers
apply-call-asks = You will be asked { $questions ->
    [one] one question
   *[other] { $questions } questions
}, one at a time; every answer is saved as you send it.
# Variables: $questions (number), $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-call-asks-document = You will be asked { $questions ->
    [one] one question
   *[other] { $questions } questions
}, one at a time; every answer is saved as you send it. Also send this document as a file ({ $types }, up to { $limit } MB): { $document }.
apply-call-data = Your data: we keep your answers, your city, the contact details you give and the documents you send, for the call's organisers and reviewers. More: /privacy
apply-call-language = Which language do you want to use?
# Variables: $status (string) draft, submitted, not_submitted or withdrawn, $version (number) submitted versions
apply-status = { $status ->
    [submitted] Your application: submitted (version { $version }).
    [not_submitted] Your application: not submitted (the deadline passed).
    [withdrawn] Your application: withdrawn.
   *[draft] Your application: draft, not submitted yet.
}

apply-ask-city = Which city do you apply for? Type its name.
# Variables: $city (string) the city typed
apply-ask-country = In which country is { $city }?
# Variables: $city (string) the applicant's city
apply-ask-zone = Which time is it in { $city }? Choose the city with the same time.
apply-city-empty = Please type the city's name.
# Variables: $limit (number) characters
apply-city-too-long = That is too long for a city's name (at most { $limit } characters).
# Variables: $cities (string) the cities of the existing application
apply-city-twice-yours = Careful: this city is already in your application { $cities } to this call. Open it from the call page, or go on if this really is a second application.
# Variables: $cities (string) the cities of the existing application
apply-city-twice = Careful: this city already has an application to this call ({ $cities }). If you belong to it, ask the person who started it for the partner link instead. You may still go on: a second initiative of the same city can apply on its own, and the organisers see both.
apply-details-saved = Saved.

apply-contact-institution = Which institution applies (city administration, association or initiative)?
apply-contact-contact_person = Who is the contact person?
apply-contact-contact_details = How can the organisers reach the contact person (e-mail, phone)?

# Variables: $number (number) the question's place, $total (number) how many there are, $city (string) the applicant's city
apply-question-where = Question { $number } of { $total } · { $city }
# Variables: $required (string) yes or no, $choice (string) yes when buttons offer the answers, $limit (number) characters
apply-question-how = { $choice ->
    [yes] Choose one of the answers below.
   *[no] { $required ->
        [yes] Type your answer (up to { $limit } characters).
       *[no] Type your answer (up to { $limit } characters), or skip this question.
    }
}
# The answer follows after it (joined in code: an answer may be longer than a placeable may be)
apply-question-earlier = Your answer so far:
apply-answer-saved = Answer saved.
# Variables: $count (number) confirmations withdrawn by the change
apply-answer-saved-withdrawn = { $count ->
    [1] Saved. The confirmation was withdrawn: confirm again before submitting.
   *[other] Saved. Both confirmations were withdrawn: each city confirms again.
}
apply-answer-empty = That answer is empty. Please type your answer.
# Variables: $limit (number) characters allowed, $length (number) characters sent
apply-answer-too-long = That answer is { $length } characters long; at most { $limit } fit. Please shorten it and send it again.
apply-paused = Everything you answered is saved. Continue whenever you like: /apply or the call's link brings you back to the next question.
apply-welcome-back = Welcome back. Here is where you left off.
apply-review-use-buttons = To change an answer, use its button below; the support statement is sent as a file.
# Variables: $city (string) the city that invites
apply-invited = { $city } invites you to apply together as its partner city. Read the call first; you join with the button below.
# Variables: $call (string) the call's title, $city (string) the city that started the application
apply-joined = You joined the application to "{ $call }" that { $city } started. Please give your city and answer every question in your own language.

# Variables: $call (string) the call's title, $city (string) the reader's city
apply-review-title = { $call }: the application of { $city }
apply-review-yours = Your answers:
# Variables: $city (string) the partner city, $answered (number), $total (number), $signed (string) yes or no
apply-review-partner = Partner city { $city }: { $answered } of { $total } answered, { $signed ->
    [yes] confirmed.
   *[no] not confirmed yet.
}
# Variables: $signed (string) yes or no
apply-review-own-sign = { $signed ->
    [yes] You have confirmed your answers.
   *[no] You have not confirmed your answers yet.
}
apply-review-no-partner = No partner city yet: invite it with the button below.
# Variables: $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-review-document-missing = { $document }: not sent yet. Send it here as a file ({ $types }, up to { $limit } MB).
# Variables: $document (string) the document's name, $file (string) the file's name, $size (number) kilobytes
apply-review-document = { $document }: { $file } ({ $size } KB).
# Variables: $lines (string) one line per missing item
apply-review-missing = Still missing before you can submit:
    { $lines }
apply-review-ready = Everything is there: you can submit.

# Variables: $city (string) the city
apply-missing-details = { $city } has not given its city and country yet.
apply-missing-partner = The partner city has not joined yet.
# Variables: $city (string) the city, $count (number) required answers missing
apply-missing-answers = { $city } has { $count ->
    [one] one required answer
   *[other] { $count } required answers
} still to give.
# Variables: $document (string) the document's name
apply-missing-document = Not sent yet: { $document }.
# Variables: $city (string) the city
apply-missing-sign-off = { $city } has not confirmed yet.
apply-not-answered = (not answered yet)
apply-skipped = (skipped: an optional question)
# Variables: $position (number) 0 for the city that started, 1 for the partner
apply-party-no-city = { $position ->
    [0] the applying city
   *[other] the partner city
}

# Variables: $opens (string) the opening on the call's clock
apply-error-not-open = This call opens on { $opens }.
# Variables: $deadline (string) the deadline on the call's clock
apply-error-closed = The deadline has passed ({ $deadline }): nothing can be changed any more.
apply-invite-partner-there = The partner city has joined already.
apply-invite-below = The invitation for your partner city is in the next message: forward it as it is to the person who applies for the partner city.
# Variables: $city (string) the inviting city, $call (string) the call's title, $deadline (string) until when the link works, $link (string) the one-time link
apply-invite-link = { $city } invites you to apply together for "{ $call }" as its partner city. Open the link to read the call and join (it works once, until { $deadline }):
    { $link }
apply-join-unknown = This partner link is not valid. Please ask for a new one.
apply-join-used = This partner link has been used already. Please ask the city that sent it for a new one.
apply-join-expired = This partner link has expired. Please ask the city that sent it for a new one.

apply-document-none = This call asks for no documents.
# Variables: $types (string) e.g. "PDF, JPG, PNG"
apply-document-wrong-type = This file type cannot be used. Please send a { $types } file.
# Variables: $limit (number) megabytes allowed, $size (number) megabytes sent
apply-document-too-big = This file is { $size } MB; at most { $limit } MB are accepted. Please send a smaller file (a scan at lower resolution, for example).
# Variables: $file (string) the file's name
apply-document-saved = Received: { $file }.

apply-sign-incomplete = Please give your city and every required answer before you confirm.
# Variables: $city (string) the reader's city
apply-signed = Confirmed for { $city }.
# Variables: $city (string) the reader's city
apply-sign-ask = Confirm the answers for { $city }? The submission relies on this confirmation. If anyone changes an answer later, it is withdrawn and you confirm again.
# Variables: $version (number) the new version, $cities (string) the cities, $count (number) people who get a receipt
apply-submit-ask = Submit the application of { $cities } (version { $version })? { $count ->
    [1] You get
    [2] Both of you get
    [one] { $count } person gets
   *[other] All { $count } people get
} a receipt with every answer. You can still change answers until the deadline, and submit again.
# Variables: $missing (string) who and what is missing, one per line
apply-submit-missing = Not yet:
    { $missing }
# Variables: $version (number) the submitted version
apply-submit-unchanged = Version { $version } is submitted and nothing has changed since.
# Variables: $version (number) the submitted version
apply-submitted = Submitted: version { $version }. A receipt with every answer is on its way.

# Variables: $city (string) the city that changed something, $call (string) the call's title
apply-notice-changed = { $city } changed the application to "{ $call }". Every confirmation has been cleared: please check the answers and confirm again.
# Variables: $city (string) the partner city, $call (string) the call's title
apply-notice-joined = { $city } has joined your application to "{ $call }" as the partner city.
# Variables: $city (string), $call (string) the call's title, $statement (string) what the call asks for, $file (string) the file's name
apply-notice-document = { $city } sent the { $statement } for "{ $call }": { $file }.
# Variables: $city (string) the city that confirmed, $call (string) the call's title
apply-notice-signed = { $city } confirmed the application to "{ $call }".
# Variables: $call (string) the call's title, $deadline (string) the deadline on the call's clock
apply-notice-not-submitted = The deadline of "{ $call }" has passed ({ $deadline }). Your application was not submitted and stays a draft the organisers do not review.

# Variables: $version (number), $call (string) the call's title, $when (string) the moment on the call's clock
apply-receipt = Receipt: your application to "{ $call }" was submitted on { $when } (version { $version }). The PDF has every answer; a copy follows as messages.
# Variables: $part (number), $parts (number); the answers follow below it
apply-receipt-answers = Your application ({ $part }/{ $parts }):
# Variables: $city (string), $country (string), $language (string) the language the city answered in
apply-receipt-party = ——— { $city }, { $country } (answers in { $language }) ———
# Variables: $name (string) the file's name, $size (number) kilobytes, $sha (string) the checksum
apply-receipt-document = Document: { $name } ({ $size } KB, SHA-256 { $sha })

apply-button-apply = 📝 Apply
apply-button-continue = ▶️ Continue my application
apply-button-open = 📋 Open my application
apply-button-calls = ⬅️ Open calls
apply-button-call = ⬅️ The call
apply-button-later = ⏸ Later
apply-button-review = 📋 Overview
# Variables: $number (number) the question's number
apply-button-edit = ✏️ No. { $number }
apply-button-invite = 🤝 Invite the partner city
# Variables: $city (string) the reader's city
apply-button-sign = Confirm for { $city }
apply-button-submit = 📨 Submit
apply-button-submit-ok = 📨 Yes, submit
apply-button-join = 🤝 Join as the partner city
apply-button-sign-ok = Yes, confirm

# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-error-decided = { $decision ->
    [accepted] Your application was accepted: it can no longer be changed.
    [declined] Your application was declined: it can no longer be changed.
    [waitlisted] Your application is on the waiting list: it can no longer be changed.
   *[other] The organisers have decided on this application: it can no longer be changed.
}
# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-status-decided = { $decision ->
    [accepted] Your application: accepted 🎉 It can no longer be changed.
    [declined] Your application: declined. It can no longer be changed.
    [waitlisted] Your application: on the waiting list. It can no longer be changed.
   *[other] Your application: decided. It can no longer be changed.
}
# Variables: $version (number) the submitted version, $when (string) when, with whose clock
apply-review-submitted = Submitted: version { $version } on { $when }. If you change an answer, you can submit again.
