profile-ask-name-onboarding =
    Last step: which name should other participants see?
    Use your Telegram name, or type another one.
profile-ask-name-type = Type the name other participants should see — or skip this.
profile-name-change = Change
profile-ask-name = Type the name other participants should see.
# Variables:
#   $name (String) - the first name from the person's Telegram account
profile-name-use-telegram = Use “{ $name }”
profile-name-invalid = That name doesn't work: use 1 to 64 characters with at least one letter or digit. Please try again.
profile-ask-spoken = Which languages do you speak? Tap all that apply, then “Done”.
profile-ask-spoken-for-matching = 🤝 To find you a team you can talk with, matching needs your languages.
profile-ask-interests = Which themes interest you? Tap all that apply, then “Done”.
# Variables:
#   $name (String) - display name or "not set"
#   $partnership (String) - partnership name
#   $city (String) - home city
#   $languages (String) - list of languages spoken
#   $interests (String) - list of themes
#   $announcements (String) - on or off
profile-card =
    👤 Your profile

    Name: { $name }
    Partnership: { $partnership }
    City: { $city }
    Languages: { $languages }
    Interests: { $interests }
    Announcements: { $announcements ->
        [off] off (messages about your own sign-ups still arrive)
       *[on] on
    }
profile-not-set = not set
profile-edit-name = ✏️ Name
profile-edit-spoken = 🗣 Languages I speak
profile-edit-interests = 💡 Interests
profile-edit-city = 🏙 City


profile-mute = 🔕 Mute announcements
profile-unmute = 🔔 Receive announcements again
