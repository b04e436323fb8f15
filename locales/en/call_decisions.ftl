## Deciding a call: decisions, letters per language, the export

decide-button-accepted = Accept
decide-button-declined = Decline
decide-button-waitlisted = Put on the waiting list
decide-button-ranking = ⬅️ Ranked list
decide-button-letters = ✉️ Letters
# Variables:
#   $number (Number) - the application's number
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $decision (String) - accepted, declined, waitlisted or none
decide-decided =
    Application No. { $number }: { $cities }
    Decision: { $decision ->
        [accepted] accepted
        [declined] declined
        [waitlisted] on the waiting list
       *[none] none yet
    }
    You can change it until the letters are sent.
decide-error-letter-sent = The letters for this application have gone out: its decision stays as it is.
decide-error-not-submitted = Only submitted applications can be decided.

## The letters
# Variables:
#   $call (String) - the call's title
#   $summary (String) - the lines decide-waiting-heading, decide-count-line, decide-undecided, decide-sent-line
#   $people (Number) - people the letters still to send reach
decide-letters =
    ✉️ Decision letters: { $call }

    { $summary }

    { $people ->
        [0] No letters are waiting to be sent.
        [one] The letters to send reach { $people } person.
       *[other] The letters to send reach { $people } people.
    }
    Every person gets the letter in their own language. Look at each letter before sending; you can change its wording in every language.
decide-waiting-heading = Letters to send:
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $count (String) - e.g. "1 application (2 people)"
decide-count-line = { $decision ->
        [accepted] Accepted
        [declined] Declined
       *[waitlisted] Waiting list
    }: { $count }
# Variables:
#   $undecided (Number) - submitted applications without a decision
decide-undecided = No decision yet: { $undecided ->
        [one] { $undecided } application
       *[other] { $undecided } applications
    }
# Variables:
#   $sent (String) - the letters sent already, e.g. "2 people in 1 application"
decide-sent-line = Letters sent already: { $sent }
# Variables:
#   $applications (Number) - applications
#   $people (Number) - people in them who get a letter
decide-count = { $applications ->
        [one] { $applications } application
       *[other] { $applications } applications
    } ({ $people ->
        [one] { $people } person
       *[other] { $people } people
    })
# Variables:
#   $people (Number) - people whose letters went out
#   $applications (Number) - applications whose letters went out
decide-sent-count = { $people ->
        [one] { $people } person
       *[other] { $people } people
    } in { $applications ->
        [one] { $applications } application
       *[other] { $applications } applications
    }
# Variables:
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing = ⚠️ { $done } of { $wanted } reviews done. You can decide anyway.
# Variables:
#   $number (Number) - the application's number
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing-of = ⚠️ Application No. { $number }: { $done } of { $wanted } reviews done.
# Variables:
#   $deadline (String) - the call's deadline on the call's clock, e.g. "31 Dec 2026, 23:59 Berlin time"
decide-error-before-deadline = Decisions are made after the deadline: { $deadline }.
decide-button-preview-accepted = 👁 Acceptance letter
decide-button-preview-declined = 👁 Decline letter
decide-button-preview-waitlisted = 👁 Waiting-list letter
decide-button-send = 📨 Send the letters
decide-button-back-letters = ⬅️ Letters
decide-button-cancel = Cancel
decide-button-send-now = 📨 Send
# Variables:
#   $language (String) - the language's name, e.g. "Deutsch"
decide-button-edit-language = ✏️ { $language }
decide-example-city = Example City
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $people (Number) - people who get this letter
#   $details (String) - decide-preview-languages (when anyone gets it) and decide-preview-shown
#   $letter (String) - the letter as it reads
decide-preview =
    { $decision ->
        [accepted] Acceptance letter
        [declined] Decline letter
       *[waitlisted] Waiting-list letter
    } · { $people ->
        [0] nobody gets it yet
        [one] goes to { $people } person
       *[other] goes to { $people } people
    }
    { $details }

    { $letter }

    ✏️ Change the wording in a language with its button.
# Variables:
#   $languages (String) - decide-language-count per language, joined as a list
decide-preview-languages = By language: { $languages }
# Variables:
#   $language (String) - the language's name, e.g. "English"
decide-preview-shown = The letter below is in { $language }.
# Variables:
#   $language (String) - the language's name, e.g. "German"
#   $people (Number) - people who get the letter in it
decide-language-count = { $language }: { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $language (String) - the language's name, e.g. "German"
#   $current (String) - the wording now
decide-template-ask =
    Type the { $decision ->
        [accepted] acceptance letter
        [declined] decline letter
       *[waitlisted] waiting-list letter
    } in { $language }. Write {"{"}applicant{"}"} where the applicant's city goes and {"{"}call{"}"} for the call's title.

    Now:
    { $current }
# Variables:
#   $language (String) - the language's name, e.g. "German"
decide-template-saved = ✅ The letter in { $language } is saved.
decide-template-error-empty = The letter is empty. Please type its text.
decide-template-error-too-long = The letter is too long. Please keep it under 3000 characters.
decide-template-error-unknown = Only {"{"}applicant{"}"} and {"{"}call{"}"} can stand between braces. Please correct the letter and send it again.
decide-template-error-braces = A brace is not closed. Write {"{"}applicant{"}"} or {"{"}call{"}"}, or leave braces out.
decide-letters-nothing = No letters are waiting to be sent.
# Variables:
#   $people (Number) - people the letters reach
#   $applications (Number) - applications whose letters go
#   $waiting (String) - one decide-count-line per decision with letters to send
decide-send-confirm =
    Send the letters to { $people ->
        [one] { $people } person
       *[other] { $people } people
    } in { $applications ->
        [one] { $applications } application
       *[other] { $applications } applications
    } now?
    { $waiting }

    Each accepted application becomes a partnership, and its applicants are invited as its organisers. After sending, these decisions cannot change.
# Variables:
#   $people (Number) - letters queued
#   $applications (Number) - applications whose letters went
decide-sent = 📨 Letters sent: { $people ->
        [one] { $people } person
       *[other] { $people } people
    } in { $applications ->
        [one] { $applications } application
       *[other] { $applications } applications
    }. They arrive within minutes.

## The letters' default wording (the administrators can change them)
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-accepted = Dear applicants from { $applicant }, we are glad to tell you that your application to “{ $call }” has been accepted. Welcome to the programme!
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-declined = Dear applicants from { $applicant }, thank you for applying to “{ $call }”. We are sorry that we cannot accept your application this time.
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-waitlisted = Dear applicants from { $applicant }, thank you for applying to “{ $call }”. Your application is on our waiting list; we will write to you as soon as a place becomes free.
decide-letter-invitation = Your partnership is set up in this bot. Join it as its organiser with the button below (the link is yours alone).
decide-letter-join = 🤝 Join as organiser

## The export (a spreadsheet: one row per applying city)
decide-button-export = 📊 Export as spreadsheet
decide-export-caption = 📊 Every application of the call: one row per city, with answers, translations, documents, scores and decisions.
# Variables:
#   $number (Number) - the call's number
decide-export-file = call-{ $number }-applications
decide-export-number = Application No.
decide-export-status = Status
# Variables:
#   $zone (String) - whose clock the times are on, e.g. "Berlin time"
decide-export-submitted = Submitted ({ $zone })
decide-export-decision = Decision
decide-export-city = City
decide-export-country = Country
decide-export-language = Language
# Variables:
#   $question (String) - the question's wording
decide-export-translation = { $question } (translation)
decide-export-documents = Documents
decide-export-checksums = Checksum (SHA-256)
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer = Reviewer { $number }
# Variables:
#   $number (Number) - the reviewer's number within the application
#   $criterion (String) - the criterion's name
decide-export-score = Reviewer { $number }: { $criterion }
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer-total = Reviewer { $number }: weighted total
decide-export-mean = Mean weighted total
decide-export-contact-institution = Institution
decide-export-contact-contact_person = Contact person
decide-export-contact-contact_details = Contact details
decide-export-status-draft = draft
decide-export-status-submitted = submitted
decide-export-status-not_submitted = not submitted
decide-export-status-withdrawn = withdrawn
decide-export-decision-accepted = accepted
decide-export-decision-declined = declined
decide-export-decision-waitlisted = waiting list
# Variables:
#   $name (String) - the file's name
#   $size (Number) - its size in bytes
decide-export-document = { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
})
# Variables:
#   $language (String) - the translation's language, named, e.g. "English"
#   $source (String) - machine or human
#   $text (String) - the translation
decide-export-translated = { $language }, { $source ->
        [human] by a person
       *[machine] machine translation
    }: { $text }
