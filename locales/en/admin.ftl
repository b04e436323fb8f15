staff-menu = 🛠 Organiser tools
staff-new-partnership = ➕ New partnership
staff-invite = ✉️ Send an invitation

role-participant = participant
role-organiser = organiser
role-coach = coach

admin-draft-ask-name = New partnership, step 1 of 3: send its name, for example “Karlsruhe ↔ Krasnodar”.
# Variables:
#   $language (String) - name of the language, e.g. "German"
admin-draft-ask-translation = Send the name in { $language }.
admin-draft-ask-city = Step 2 of 3: send the name of a city of this partnership.
admin-draft-ask-time-zone = Which time zone is this city in? Tap one, or type its name (for example Europe/Riga).
admin-draft-ask-theme = Step 3 of 3: send the name of a theme (for example “Ecology & Health”), or go to the review.
# Variables:
#   $name (String) - what was just saved
admin-draft-name-saved = Name saved: { $name }
# Variables:
#   $name (String) - the city just added
admin-draft-city-saved = City added: { $name }
# Variables:
#   $name (String) - the theme just added
admin-draft-theme-saved = Theme added: { $name }
# Variables:
#   $values (String) - the name in each language given so far
admin-draft-translations = In other languages (optional): { $values }
# Variables:
#   $language (String) - name of a language
admin-draft-add-translation = + { $language }
admin-draft-next-cities = Next: cities ▶️
admin-draft-add-city = ➕ Add another city
admin-draft-next-themes = Next: themes ▶️
admin-draft-add-theme = ➕ Add another theme
admin-draft-next-review = Review ▶️
admin-draft-create = Create the partnership
# Variables:
#   $name (String) - partnership name
#   $cities (String) - list of cities with time zones
#   $themes (String) - list of themes
#   $theme_count (Number) - how many themes
admin-draft-review =
    Please check:

    Partnership: { $name }
    Cities: { $cities }
    { $theme_count ->
        [one] 1 theme: { $themes }
       *[other] { $theme_count } themes: { $themes }
    }
# Variables:
#   $name (String) - the new partnership's name
admin-draft-created = ✅ Partnership “{ $name }” created. Invite its organisers and coaches next.
admin-draft-cancelled = Cancelled — nothing was created.
admin-draft-missing = This step is no longer open. Start again with /newpartnership.
admin-draft-needs-name = The partnership still needs a name.
admin-draft-needs-cities = A partnership needs at least two cities.
admin-name-invalid = Please send a name of 1 to 80 characters.
# Variables:
#   $zone (String) - what the admin typed
admin-time-zone-invalid = “{ $zone }” is not a time zone I know. Tap one of the buttons or type a name like Europe/Berlin.

invite-choose-partnership = For which partnership do you want to invite someone?
invite-choose-role = Whom do you want to invite?
# Variables:
#   $role (String) - organiser or coach
#   $partnership (String) - partnership name
#   $expires (String) - date and time when the link stops working
invite-created =
    ✉️ Invitation to { $partnership } as { $role }.
    Send this link to the person. It works once, until { $expires }.
# Variables:
#   $role (String) - organiser or coach
#   $partnership (String) - partnership name
invitation-accepted = 🎉 You have joined { $partnership } as { $role }.
invitation-unknown = This invitation link is not valid. Please ask for a new one.
invitation-expired = This invitation has expired. Please ask for a new one.
invitation-used = This invitation has already been used. Please ask for a new one.
