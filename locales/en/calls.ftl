## Programme calls: what a new call starts with (the administrator can change all of it).

call-default-title = Twin City Booster: apply as partner cities
call-default-text = The Twin City Booster invites cities, partnership associations and initiatives from Belarus, Germany, Russia and Ukraine with an existing or planned city partnership. Apply together with your partner city: each city answers in its own language. The city administration confirms its support with a signed statement.
call-default-question-who = Who are you? Name both cities and your institution.
call-default-question-hopes = What do you hope for from the partnership?
call-default-question-why = Why do you want to take part?
call-default-question-else = Is there anything else you would like to tell us?
call-default-document-support = Support statement of the city administration (signed)
call-default-criterion-motivation = Motivation
call-default-criterion-potential = Partnership potential
call-default-criterion-support = Local support
call-default-criterion-feasibility = Feasibility

calls-error-unknown = This call does not exist (any more).

commands-apply = Apply for a programme call
commands-calls = Programme calls: prepare, open, decide

## Programme calls: the administrators' screens (/calls).

calls-staff-button = 📣 Programme calls
calls-home-title = 📣 <b>Programme calls</b>
calls-home-empty = No calls yet. A new call starts with the programme's defaults; change what you need, then publish it.
# Variables:
#   $title (String) - the call's title in the reader's language
#   $phase (String) - where the call stands, e.g. "open until Thu, 31 Dec 2026, 23:59 Berlin time"
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-home-line = <b>{ $title }</b>
    { $phase } · drafts: { $drafts } · submitted: { $submitted }
calls-new = ➕ New call
calls-created = A new call with the programme's defaults. Nobody sees it until you publish it.
calls-all = ⬅️ All calls

calls-phase-preparing = being prepared, not published
# Variables:
#   $when (String) - the opening, with whose time it is
calls-phase-not-open = opens on { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-open = open until { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-closed = closed since { $when }

# Variables:
#   $title (String) - the call's title
#   $phase (String) - where the call stands
calls-card-title = 📣 <b>{ $title }</b>
    { $phase }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-opens = Opens: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-deadline = Deadline: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-decision = Selection by: { $when }
# Variables:
#   $countries (String) - the countries joined as a list, e.g. "Belarus, Germany and Ukraine"
calls-card-countries = 🌍 Who may apply: cities and initiatives from { $countries }
# Variables:
#   $count (Number) - all questions
#   $required (Number) - required questions
#   $contacts (Number) - contact fields among them
calls-card-questions = ❓ Questions: { $count } (required: { $required }; contact fields: { $contacts })
# Variables:
#   $name (String) - the document's name
#   $types (String) - the file types, e.g. "PDF, JPG and PNG"
#   $size (Number) - the size limit in megabytes
calls-card-document = 📎 { $name }: { $types }, up to { $size } MB
# Variables:
#   $criteria (String) - the criteria with their weights, joined as a list
calls-card-criteria = ⚖️ Criteria: { $criteria }
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-card-criterion = { $name } ×{ $weight }
# Variables:
#   $per (Number) - reviewers per application
calls-card-no-reviewers = 👥 Reviewers: none yet; { $per } per application
# Variables:
#   $count (Number) - reviewers of the call
#   $names (String) - their names, joined as a list
#   $per (Number) - reviewers per application
calls-card-reviewers = 👥 Reviewers ({ $count }): { $names }; { $per } per application
calls-card-blind-on = 🙈 Blind review: reviewers see no names of people, cities or institutions
calls-card-blind-off = 👁 Reviewers see the applicants' names
# Variables:
#   $days (Number) - days after the selection date
calls-card-retention = { $days ->
    [one] 🗂 Uploaded documents are deleted 1 day after the selection date
   *[other] 🗂 Uploaded documents are deleted { $days } days after the selection date
}
# Variables:
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-card-applications = 📥 Applications: drafts: { $drafts } · submitted: { $submitted }
# Variables:
#   $link (String) - the call's link for applicants
calls-card-link = 🔗 Link for applicants: { $link }

calls-button-publish = 🚀 Publish
calls-button-poster = 🖨 Poster to print
calls-button-edit = ✏️ Edit
calls-button-reviewers = 👥 Reviewers
calls-button-assign = 🧮 Assign
calls-button-ranking = 📊 Ranked list
calls-button-letters = ✉️ Letters
calls-button-export = 📤 Export

# Variables:
#   $title (String) - the call's title
#   $opens (String) - the opening, with whose time it is
#   $deadline (String) - the deadline, with whose time it is
calls-publish-ask = Publish <b>{ $title }</b>?
    Applications open on { $opens } and are accepted until { $deadline }. Anyone with the call's link or poster can read it and apply; you can still change the dates.
calls-publish-yes = 🚀 Yes, publish
calls-published = Published. Share the link below or print the poster.
calls-poster-caption = 🖨 The call's poster to print: A4, with the title, the deadline and the QR code of the link.
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-poster-until = Apply until { $when }
# Variables:
#   $countries (String) - the countries joined as a list
calls-poster-who = For partner cities from { $countries }: apply together
calls-poster-scan = Scan the code with your phone's camera to apply

## Reviewers
# Variables:
#   $title (String) - the call's title
calls-reviewers-title = 👥 <b>Reviewers of { $title }</b>
calls-reviewers-empty = No reviewers yet. Invite each one with their own link.
# Variables:
#   $name (String) - the reviewer
#   $links (String) - the cities and organisations they are linked to, as a list
calls-reviewers-line = • { $name } (not assigned applications of: { $links })
# Variables:
#   $name (String) - the reviewer
calls-reviewers-line-unlinked = • { $name }
calls-reviewers-invite = 🔗 Invite a reviewer
# Variables:
#   $name (String) - the reviewer
calls-reviewers-remove = ✖️ { $name }
# Variables:
#   $until (String) - when the link stops working, with whose time it is
#   $link (String) - the link
calls-reviewers-link = Forward this link to one reviewer. It works once, until { $until }:
    { $link }
# Variables:
#   $name (String) - the reviewer
#   $title (String) - the call's title
calls-reviewers-remove-ask = Remove { $name } as reviewer of <b>{ $title }</b>? They will no longer be given applications of this call.
# Variables:
#   $count (Number) - their applications without a submitted review
calls-reviewers-remove-open = { $count ->
    [one] Their assignment without a submitted review goes too (it can be assigned to someone else); submitted reviews stay.
   *[other] Their { $count } assignments without a submitted review go too (they can be assigned to someone else); submitted reviews stay.
}
calls-reviewers-remove-yes = ✖️ Yes, remove
# Variables:
#   $name (String) - the reviewer
calls-reviewers-removed = { $name } no longer reviews this call.

# Variables:
#   $call (String) - the call's title
calls-reviewer-ask = You are invited to review applications to <b>{ $call }</b>.

    Which cities or organisations are you linked to (you live or work there, or you are a member)? You will not be given their applications. Type them one per line, or press “None”.
# Variables:
#   $city (String) - the reviewer's own city
calls-reviewer-ask-city = Your city { $city } is counted already.
calls-reviewer-none = None
# Variables:
#   $call (String) - the call's title
calls-reviewer-joined = You review applications to <b>{ $call }</b>. /review shows yours once they are assigned.
calls-reviewer-open-list = 📋 My applications to review
calls-reviewer-link-unknown = This reviewer link is not valid. Please ask the organisers for a new one.
calls-reviewer-link-used = This reviewer link has been used already. Each link works for one person: please ask the organisers for your own.
calls-reviewer-link-expired = This reviewer link has expired. Please ask the organisers for a new one.

## Editing a call
calls-edit-ask = What do you want to change?
calls-edit-title = 📝 Title
calls-edit-text = 📄 Text
calls-edit-countries = 🌍 Countries
calls-edit-zone = 🕓 Time zone
calls-edit-opens = Opening
calls-edit-deadline = Deadline
calls-edit-decision = Selection
calls-edit-per-app = 👥 Reviewers per application
calls-edit-blind-on = 🙈 Blind review on · turn off
calls-edit-blind-off = 👁 Blind review off · turn on
calls-edit-retention = 🗂 Keeping documents
calls-saved = 💾 Saved.
# Variables:
#   $languages (String) - the languages the call has this text in, as a list
calls-edit-language-ask = In which language? The call has it in { $languages }. Readers whose language is missing see the English one.
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the title now in that language, or a dash
calls-edit-title-ask = Type the title in { $language }.
    Now: { $current }
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the text now in that language
calls-edit-text-ask = Type the call's text in { $language }.
    Now: { $current }
calls-edit-missing = (none yet)
calls-edit-countries-ask = Who may apply? Press a country to add or remove it.
# Variables:
#   $zone (String) - the city whose clock the dates are on now
calls-edit-zone-ask = On whose clock are the call's dates? Now: { $zone } time. The dates keep their clock times (23:59 stays 23:59).
# Variables:
#   $per (Number) - reviewers per application now
calls-edit-per-app-ask = How many reviewers should score each application? Now: { $per }.
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-opens-ask = Type when applications open, as day.month.year hours:minutes on { $zone } time, e.g. { $example }.
    Now: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-deadline-ask = Type the new deadline, as day.month.year hours:minutes on { $zone } time, e.g. { $example }.
    Now: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-decision-ask = Type by when the selection is made, as day.month.year hours:minutes on { $zone } time, e.g. { $example }.
    Now: { $current }
# Variables:
#   $days (Number) - days now
calls-edit-retention-ask = { $days ->
    [one] How many days after the selection date should uploaded documents be kept? Type a number from 1 to 3650. Now: 1 day.
   *[other] How many days after the selection date should uploaded documents be kept? Type a number from 1 to 3650. Now: { $days } days.
}

# Variables:
#   $example (String) - an example, e.g. "31.12.2027 23:59"
calls-error-date = Please type the date and time like this: { $example } (day.month.year hours:minutes).
calls-error-deadline-early = The deadline must be after the opening. Please type a later date.
calls-error-deadline-late = The deadline must be before the selection date. Please type an earlier date, or move the selection date first.
calls-error-opens-after-deadline = Applications must open before the deadline. Please type an earlier date.
calls-error-decision-early = The selection date must be after the deadline. Please type a later date.
calls-error-retention = Please type a number of days from 1 to 3650.
calls-error-text-empty = Please type some text.
calls-error-text-long = That is too long. Please shorten it.
calls-error-countries-empty = At least one country must be able to apply.
calls-error-link-long = One line is too long. Please type one city or organisation per line.
calls-error-links-many = That is too many. Please name at most 20 cities or organisations.

## Questions and criteria of a call
calls-edit-questions = ❓ Questions
calls-edit-criteria = ⚖️ Criteria
calls-contact-institution = Institution (city administration, association or initiative)
calls-contact-contact_person = Contact person
calls-contact-contact_details = Contact details (e-mail, phone)
# Variables:
#   $title (String) - the call's title
calls-questions-title = ❓ <b>Questions of { $title }</b>
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
#   $state (String) - required or optional
calls-questions-line = { $number }. { $text } ({ $state })
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-questions-button = { $number }. { $text }
calls-question-required = required
calls-question-optional = optional
calls-questions-locked = Applications exist already: the questions stay as they are, so that every application answers the same ones.
calls-questions-add-text = ➕ Free text
calls-questions-add-choice = ➕ Choice
# Variables:
#   $number (Number) - the question's number
calls-question-title-text = ❓ <b>Question { $number }</b> · answered in free text
# Variables:
#   $number (Number) - the question's number
calls-question-title-choice = ❓ <b>Question { $number }</b> · a choice
# Variables:
#   $number (Number) - the question's number
calls-question-title-contact = ❓ <b>Question { $number }</b> · contact field
# Variables:
#   $text (String) - the question
calls-question-text = { $text }
# Variables:
#   $choices (String) - the choices, as a list
calls-question-choices = Choices: { $choices }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-required-line = Required · answers up to { $max } characters
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-optional-line = Optional · answers up to { $max } characters
# Variables:
#   $languages (String) - the languages the question is written in, as a list
calls-question-languages = Written in { $languages }. Applicants whose language is missing read the English one.
calls-question-contact-note = The bot words contact fields in every language. They can be made optional, not removed.
calls-question-required-on = Required · make optional
calls-question-required-off = Optional · make required
calls-question-max-length = 📏 Maximum length
calls-question-change-text = 📝 Change the wording
calls-question-remove = 🗑 Remove the question
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-question-remove-ask = Remove question { $number }? “{ $text }”
calls-item-remove-yes = 🗑 Yes, remove
calls-item-removed = Removed.
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-question-ask = Type the new question in { $language }. You can add it in other languages afterwards; until then everyone reads it in this one.
calls-question-choices-ask = Now type the choices, one per line (2 to 10).
# Variables:
#   $number (Number) - the question's number
#   $language (String) - the language, e.g. "German"
#   $current (String) - the question now in that language
calls-question-text-ask = Type question { $number } in { $language }.
    Now: { $current }
# Variables:
#   $max (Number) - the maximum length now
calls-question-max-length-ask = How long may an answer be, in characters? Type a number from 20 to 4000. Now: { $max }.
# Variables:
#   $title (String) - the call's title
#   $scale (Number) - the highest score
calls-criteria-title = ⚖️ <b>Criteria of { $title }</b>
    Every reviewer scores each criterion from 1 to { $scale }; the total adds each score times its weight.
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criteria-line = • { $name }: weight { $weight }
calls-criteria-locked = Reviewers have started scoring: the criteria and weights stay as they are, so that every application is scored the same way.
calls-criteria-add = ➕ New criterion
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criterion-title = ⚖️ <b>{ $name }</b>: weight { $weight }
    A score counts this many times in the total. Choose a weight from 1 to 3.
calls-criterion-remove = 🗑 Remove the criterion
# Variables:
#   $name (String) - the criterion
calls-criterion-remove-ask = Remove the criterion { $name }?
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-criterion-ask = Type the new criterion's name in { $language }.
calls-error-questions-locked = Applications exist already: the questions can no longer change.
calls-error-criteria-locked = Reviewers have started scoring: the criteria can no longer change.
calls-error-criteria-empty = At least one criterion must stay.
calls-error-contact-stays = Contact fields can be made optional, not removed.
calls-error-choices = Please type 2 to 10 choices, one per line.
calls-error-choice-long = One choice is too long. Please keep each under 100 characters.
calls-error-max-length = Please type a number from 20 to 4000.
