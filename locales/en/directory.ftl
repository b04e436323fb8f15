## directory
directory-home =
    📇 Directory of the network: city partnerships and organisations (associations, schools, initiatives) with their countries, topics and contacts.

    Type a city, a country or the name of an organisation — in any language — or choose below.
directory-by-country-button = 🌍 By country
directory-by-topic-button = 🏷 By topic
directory-back-button = ⬅️ Back
directory-pick-country = 🌍 Choose a country:
directory-pick-topic = 🏷 Choose a topic:
directory-empty = The directory has no entries yet.
# Variables:
#   $count (Number) - entries found
#   $page (Number) - the page shown
#   $pages (Number) - pages in all
directory-results = { $count ->
        [one] 📇 One entry found
       *[other] 📇 { $count } entries found
    } · page { $page } of { $pages }
directory-no-results = 📇 Nothing found. Try a city, a country or part of a name — or choose by country or topic.
# Variables:
#   $count (Number) - the shortest search, in letters
directory-search-too-short = Please type at least { $count } letters.
# Variables:
#   $cities (String) - the partnership's cities, joined as a list
directory-card-cities = Cities: { $cities }
# Variables:
#   $countries (String) - country names, joined as a list
directory-card-countries = Countries: { $countries }
# Variables:
#   $year (String) - the year the partnership began
directory-card-since = Partners since { $year }
# Variables:
#   $topics (String) - topic names, joined as a list
directory-card-topics = Topics: { $topics }
# Variables:
#   $name (String) - the contact's first name (they agreed to be listed)
directory-card-contact = Contact: { $name }
directory-card-stale = ⚠️ May be outdated: the contact has not confirmed this entry this year.
# Variables:
#   $place (String) - city · country
directory-card-place = Place: { $place }
# Variables:
#   $kind (String) - association, school, initiative, municipality or other
directory-actor-kind = { $kind ->
        [association] Association
        [school] School
        [initiative] Initiative
        [municipality] Municipality
       *[other] Organisation
    }
# Variables:
#   $partnership (String) - the partnership whose organisers listed it
directory-actor-added-by = Listed by: { $partnership }
directory-description = About:
# Variables:
#   $language (String) - the language of the original
directory-description-machine = 🤖 Machine translation (original: { $language }), the original is one tap away:
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language of the original
directory-description-original = { $mark } Original in { $language }, no translation yet:
directory-original-button = 📄 Show the original
directory-translation-button = 🤖 Show the translation

## organisers list organisations
directory-own-button = 🏛 Our organisations
directory-add-button = ➕ Add an organisation
# Variables:
#   $count (Number) - organisations the partnership listed
directory-own = { $count ->
        [0] 🏛 Your partnership has not listed any organisations yet. Add the associations, schools and initiatives you work with — only with their agreement.
        [one] 🏛 Your partnership listed one organisation. Open it to edit or remove it, or add another.
       *[other] 🏛 Your partnership listed { $count } organisations. Open one to edit or remove it, or add another.
    }
directory-keep-button = ↩️ Keep as it is
directory-cancel-button = ✖️ Cancel
directory-no-description-button = No description
directory-topics-done-button = Done
directory-contact-me-button = 🙋 I'll be the contact
directory-contact-org-button = 🏛 Organisation agreed
directory-publish-button = 📤 Publish
directory-edit-button = ✏️ Edit
directory-remove-button = 🗑 Remove
directory-remove-confirm-button = 🗑 Yes, remove
# Variables:
#   $step (Number) - this step
#   $count (Number) - steps in all
directory-draft-step = Step { $step } of { $count }
directory-draft-kind = What kind of organisation is it?
directory-draft-name = Type the organisation's name as it writes it itself.
directory-draft-city = In which city is it? Type the city's name.
directory-draft-country = Choose its country, or type the country's name.
directory-draft-topics = Which topics does it work on? Choose one or more, then "Done".
directory-draft-description = Type a few sentences about the organisation (up to 600 characters). Readers see which language it is written in.
directory-draft-contact = Who is the contact? With "I'll be the contact" readers see your first name in the directory. Otherwise no person is named, and you confirm that the organisation agreed to be listed.
# Variables:
#   $value (String) - what the step holds now
directory-draft-current = Now: { $value }
directory-draft-preview = 👀 Preview: this is how readers will see it. Publish it in the directory?
directory-draft-you = you
# Variables:
#   $name (String) - the organisation's name
directory-published = 📇 “{ $name }” is in the directory now.
# Variables:
#   $name (String) - the organisation's name
directory-saved = 📇 Changes to “{ $name }” are saved.
# Variables:
#   $name (String) - the organisation's name
directory-removed = 🗑 “{ $name }” was removed from the directory.
# Variables:
#   $name (String) - the organisation's name
directory-remove-ask = Remove “{ $name }” from the directory? Readers will no longer find it.
directory-draft-cancelled = Nothing was saved.
# Variables:
#   $limit (Number) - the most characters allowed
directory-draft-too-long = Please type between 1 and { $limit } characters.
directory-draft-use-buttons = Please choose with the buttons above.
directory-draft-unknown-country = I don't know that country. Choose one above or type its name, for example “Poland”.
directory-draft-consent-needed = Please choose the contact first.

## writing to a listed contact
# Variables:
#   $name (String) - the contact's first name
directory-write-button = ✉️ Write to { $name }
# Variables:
#   $name (String) - the contact's first name
directory-write-ask = ✉️ Type your message to { $name }. The bot passes it on with your first name and city — no username, no phone number. { $name } can answer once.
# Variables:
#   $name (String) - the contact's first name
directory-write-confirm = Send this message to { $name } (1 person)? It goes with your first name and city.
directory-send-button = 📤 Send
# Variables:
#   $name (String) - the contact's first name
directory-write-sent = 📤 Sent to { $name }. The answer will come here.
directory-write-cancelled = Nothing was sent.
directory-write-nothing = There is no message to send. Open the card and write again.
directory-write-no-contact = This entry has no contact you can write to.
# Variables:
#   $name (String) - the contact's first name
directory-write-open = You wrote to { $name } already and are waiting for an answer. You can write again once they answer, or in two weeks.
# Variables:
#   $entry (String) - the directory entry's name
#   $sender (String) - the writer's first name and city
#   $text (String) - the message
directory-relay =
    ✉️ A message through the directory ({ $entry }) from { $sender }:

    { $text }
directory-reply-button = ↩️ Reply
directory-reply-ask = ↩️ Type your answer. It is sent once, with your first name and city.
directory-reply-sent = 📤 Your answer was sent.
directory-reply-done = This message was answered already.
# Variables:
#   $sender (String) - the contact's first name and city
#   $text (String) - the answer
directory-relay-answer =
    ↩️ { $sender } answered your message from the directory:

    { $text }

## the yearly "still correct?"
# Variables:
#   $entry (String) - the directory entry's name
directory-review-ask = 📇 Once a year we ask: is the directory entry “{ $entry }” still correct? You are listed as its contact. Without an answer within a month it is shown as possibly outdated.
directory-review-yes-button = 👍 Yes, still correct
directory-review-remove-button = 🗑 Remove my listing
directory-review-keep-button = ↩️ Keep my listing
directory-review-thanks = 👍 Thank you — the entry stays as it is for another year.
directory-review-edit-hint = ✏️ Your partnership's organisers change this entry. Tell them what is no longer correct — or remove your listing.
directory-review-remove-ask = Remove yourself as the contact of this entry? Readers will no longer see your name or be able to write to you. An organisation listed only with your agreement leaves the directory too.
directory-review-removed = 🗑 You are no longer listed as a contact.
