## exchange
# The idea exchange (/exchange): offers and needs of the network's partnerships.

exchange-home =
    💡 Idea exchange

    Partnerships of the network offer ideas and look for partners here. Browse by topic or country; if something fits, tap "🤝 I'm interested". The contact and you are introduced only after both of you agree.
exchange-by-topic-button = 🏷 By topic
exchange-by-country-button = 🌍 By country
exchange-all-button = 🗂 All posts
exchange-mine-button = 📝 My partnership's posts
exchange-network-button = ⬅️ Network
exchange-choose-topic = 🏷 Which topic?
exchange-choose-country = 🌍 Which country? Posts open to any country are shown too.

## lists
# Variables:
#   $kind (String) - offer or need
exchange-kind-mark = { $kind ->
        [offer] 🎁
       *[need] 🔎
    }
exchange-closed-mark = 🔒
# Variables:
#   $topic (String) - the topic's name
exchange-list-topic = 🏷 Idea exchange · { $topic }
# Variables:
#   $country (String) - the country's name
exchange-list-country = 🌍 Idea exchange · { $country }
exchange-list-all = 🗂 Idea exchange · all posts
exchange-list-empty = Nothing here yet. Have a look at another topic or country.
exchange-list-hint = Newest first. 🎁 offer · 🔎 need. Tap one to read it.
exchange-previous-button = ◀️ Newer
exchange-next-button = Older ▶️

## a post's card
# Variables:
#   $kind (String) - offer or need
exchange-card-kind = { $kind ->
        [offer] 🎁 Offer
       *[need] 🔎 Need
    }
# Variables:
#   $mark (String) - the original language's flag
#   $language (String) - the original language's name
exchange-card-machine = 🤖 Machine translation from { $mark } { $language } · the original is one tap away
# Variables:
#   $cities (String) - the partnership's cities, joined
exchange-card-cities = 🏙 Partnership: { $cities }
# Variables:
#   $countries (String) - the partnership's countries, joined
exchange-card-countries = 🗺 Its countries: { $countries }
# Variables:
#   $topics (String) - the post's topics, joined
exchange-card-topics = 🏷 Topics: { $topics }
# Variables:
#   $countries (String) - the countries the post looks for, joined
exchange-card-sought = 🌍 Partners wanted from: { $countries }
exchange-card-sought-any = 🌍 Partners wanted from: any country
# Variables:
#   $date (String) - the day it was posted
exchange-card-posted = 📅 Posted on { $date }
exchange-card-asked = 📨 You asked about this post already.
exchange-card-closed = 🔒 Closed: not shown in the idea exchange.
exchange-interested-button = 🤝 I'm interested
exchange-original-button = Show the original
exchange-translated-button = Show the translation
exchange-edit-button = ✏️ Edit
# Variables:
#   $state (String) - open or closed: what the post is now
exchange-toggle-button = { $state ->
        [open] 🔒 Close
       *[closed] 🔓 Reopen
    }
exchange-post-closed = 🔒 Closed. Nobody can ask about it now; you can reopen it.
exchange-post-reopened = 🔓 Open again.
exchange-post-gone = This post is closed or no longer there.
exchange-no-contact = This post has no contact any more, so it can't be reopened. Post it again.

## organisers' own posts
# Variables:
#   $count (Number) - posts of the organiser's partnerships
exchange-mine = 📝 Your partnership's posts: { $count ->
        [0] none yet. Offer an idea or post what you are looking for.
        [one] { $count } post.
       *[other] { $count } posts.
    }
exchange-new-button = ➕ New post

## posting step by step
exchange-draft-partnership = For which partnership?
exchange-draft-kind = 💡 New post (1/5): do you offer something or look for something?
# Variables:
#   $kind (String) - offer or need
exchange-kind-button = { $kind ->
        [offer] 🎁 We offer an idea
       *[need] 🔎 We look for something
    }
exchange-draft-title = 💡 New post (2/5): a short title, e.g. "Partner school in Poland for a youth exchange".
exchange-draft-text = 💡 New post (3/5): describe it in a few sentences, in your language. Others read it in theirs.
exchange-draft-topic = 💡 New post (4/5): which topics? Tap all that fit, then "Next".
exchange-draft-country = 💡 New post (5/5): partners from which countries? Tap all that fit, or "Any country".
exchange-any-country-button = Any country
exchange-draft-next-button = Next ➡️
exchange-draft-cancel-button = Cancel
exchange-draft-preview = 👁 Preview — this is how others will see it (without your name; you are its contact).
# Variables:
#   $step (String) - kind, title, text, topic or country
exchange-draft-edit-button = { $step ->
        [kind] ✏️ Kind
        [title] ✏️ Title
        [text] ✏️ Text
        [topic] ✏️ Topics
       *[country] ✏️ Countries
    }
exchange-publish-button = 📢 Publish
# Variables:
#   $edit (String) - yes when a published post is changed
exchange-publish-ask = { $edit ->
        [yes] Save the changes? Everyone in the network sees the new version.
       *[no] Publish this to the whole network? Everyone can read it; you are its contact, and your name and Telegram stay hidden until you agree to an introduction.
    }
exchange-publish-confirm-button = 📢 Yes, publish
exchange-back-to-preview-button = ⬅️ Back to the preview
# Variables:
#   $edit (String) - yes when a published post was changed
exchange-published = { $edit ->
        [yes] ✅ Saved.
       *[no] 📢 Published. You will be asked before anyone gets your contact.
    }
exchange-draft-cancelled = Cancelled: nothing was published or changed.
exchange-error-empty = Please type a few words.
exchange-error-title-long = That is too long for a title: 120 characters at most.
exchange-error-text-long = That is too long: 2000 characters at most.
exchange-error-note-long = That is too long for a note: 500 characters at most.
exchange-error-use-buttons = Please choose with the buttons above.

## "I'm interested" and the introduction
exchange-note-ask = 🤝 Add a short note for the contact (who you are, what you have in mind) — or skip it.
exchange-skip-note-button = Skip the note
exchange-cancel-button = Cancel
exchange-confirm-request = 🤝 Send this request? The post's contact will see:
exchange-confirm-request-privacy = No username or phone number: you both get each other's contact only when both of you agree.
exchange-send-request-button = 📨 Send the request
exchange-request-sent = 📨 Sent. You will hear from the bot as soon as the contact answers.
exchange-own-partnership = This post is from your own partnership.
exchange-already-asked = You have already asked about this post — the contact has your request.
# Variables:
#   $name (String) - a person's first name
exchange-person-name = 👤 { $name }
# Variables:
#   $city (String) - the person's city
exchange-person-city = 🏙 { $city }
# Variables:
#   $name (String) - the person's partnership
exchange-person-partnership = 🤝 { $name }
# Variables:
#   $title (String) - the post's title
exchange-request-received = 🤝 Someone is interested in your post "{ $title }":
exchange-request-note = ✍️ Note:
exchange-request-question = Agree to an introduction? You will only get each other's contact once they confirm too. Declining tells them politely, without a reason.
exchange-agree-button = 🤝 Agree
exchange-decline-button = Decline
# Variables:
#   $name (String) - the requester's first name
exchange-agreed-contact = 🤝 Thank you. { $name } is asked to confirm once more; then you both get each other's contact.
exchange-declined-contact = Declined. They are told politely, without details.
exchange-not-yours = This button is not meant for you.
exchange-request-gone = This request is no longer there.
exchange-request-answered = This was answered already.
# Variables:
#   $title (String) - the post's title
exchange-agreed-requester = 🤝 Good news: the contact of "{ $title }" agreed to an introduction:
exchange-agreed-question = Introduce you both now? They will get your first name, your city and your Telegram username (if you have one), and you get theirs.
exchange-introduce-button = 🤝 Yes, introduce us
exchange-withdraw-button = No, thanks
exchange-withdrawn = Fine — nothing was shared.
# Variables:
#   $title (String) - the post's title
exchange-withdrawn-contact = The person interested in "{ $title }" decided not to go ahead. Nothing was shared.
# Variables:
#   $title (String) - the post's title
exchange-declined-requester = About "{ $title }": the contact can't take this up right now. Thank you for your interest — other posts may fit.
# Variables:
#   $title (String) - the post's title
exchange-introduced = 🤝 You are introduced (idea exchange: "{ $title }"):
# Variables:
#   $username (String) - a Telegram username with its @
exchange-introduced-username = 📱 On Telegram: { $username }
exchange-introduced-no-username = No Telegram username: write through the bot with "✉️ Write".
exchange-write-button = ✉️ Write
exchange-reply-button = ✉️ Reply
exchange-write-ask = ✉️ Type your message; the bot passes it on.
# Variables:
#   $name (String) - the sender's first name
exchange-relay-received = ✉️ { $name } writes (idea exchange):
exchange-relay-sent = ✉️ Passed on.

## still open?
# Variables:
#   $title (String) - the post's title
#   $days (Number) - days until it closes without an answer
exchange-still-open-question = 💡 Your post "{ $title }" has been in the idea exchange for three months. Is it still open? Without an answer it closes in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
exchange-still-open-button = 👍 Still open
exchange-close-it-button = 🔒 Close it
exchange-still-open-kept = Thanks — it stays open.
# Variables:
#   $title (String) - the post's title
exchange-closed-unanswered = 🔒 Your post "{ $title }" was closed (no answer to "still open?"). You can reopen it under /exchange.
