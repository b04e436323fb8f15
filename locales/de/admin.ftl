staff-menu = 🛠 Für das Organisationsteam
staff-new-partnership = ➕ Neue Partnerschaft
staff-invite = ✉️ Einladung senden

role-participant = teilnehmende Person
role-organiser = Organisator:in
role-coach = Coach

admin-draft-ask-name = Neue Partnerschaft, Schritt 1 von 3: Sende ihren Namen, zum Beispiel „Karlsruhe ↔ Krasnodar“.
# Variables:
#   $language (String) - name of the language, e.g. "German"
admin-draft-ask-translation = Sende den Namen auf { $language }.
admin-draft-ask-city = Schritt 2 von 3: Sende den Namen einer Stadt dieser Partnerschaft.
admin-draft-ask-time-zone = In welcher Zeitzone liegt diese Stadt? Tippe eine an oder schreib ihren Namen (zum Beispiel Europe/Riga).
admin-draft-ask-theme = Schritt 3 von 3: Sende den Namen eines Themas (zum Beispiel „Ökologie & Gesundheit“) oder geh zur Übersicht.
# Variables:
#   $name (String) - what was just saved
admin-draft-name-saved = Name gespeichert: { $name }
# Variables:
#   $name (String) - the city just added
admin-draft-city-saved = Stadt hinzugefügt: { $name }
# Variables:
#   $name (String) - the theme just added
admin-draft-theme-saved = Thema hinzugefügt: { $name }
# Variables:
#   $values (String) - the name in each language given so far
admin-draft-translations = In anderen Sprachen (freiwillig): { $values }
# Variables:
#   $language (String) - name of a language
admin-draft-add-translation = + { $language }
admin-draft-next-cities = Weiter: Städte ▶️
admin-draft-add-city = ➕ Weitere Stadt
admin-draft-next-themes = Weiter: Themen ▶️
admin-draft-add-theme = ➕ Weiteres Thema
admin-draft-next-review = Übersicht ▶️
admin-draft-create = Partnerschaft anlegen
# Variables:
#   $name (String) - partnership name
#   $cities (String) - list of cities with time zones
#   $themes (String) - list of themes
#   $theme_count (Number) - how many themes
admin-draft-review =
    Bitte prüfen:

    Partnerschaft: { $name }
    Städte: { $cities }
    { $theme_count ->
        [one] 1 Thema: { $themes }
       *[other] { $theme_count } Themen: { $themes }
    }
# Variables:
#   $name (String) - the new partnership's name
admin-draft-created = ✅ Partnerschaft „{ $name }“ angelegt. Lade als Nächstes das Organisationsteam und die Coaches ein.
admin-draft-cancelled = Abgebrochen — es wurde nichts angelegt.
admin-draft-missing = Dieser Schritt ist nicht mehr offen. Fang mit /newpartnership neu an.
admin-draft-needs-name = Die Partnerschaft braucht noch einen Namen.
admin-draft-needs-cities = Eine Partnerschaft braucht mindestens zwei Städte.
admin-name-invalid = Bitte sende einen Namen mit 1 bis 80 Zeichen.
# Variables:
#   $zone (String) - what the admin typed
admin-time-zone-invalid = „{ $zone }“ kenne ich nicht als Zeitzone. Tippe einen der Knöpfe an oder schreib einen Namen wie Europe/Berlin.

invite-choose-partnership = Für welche Partnerschaft möchtest du jemanden einladen?
invite-choose-role = Wen möchtest du einladen?
# Variables:
#   $role (String) - organiser or coach
#   $partnership (String) - partnership name
#   $expires (String) - date and time when the link stops working
invite-created =
    ✉️ Einladung als { $role } für { $partnership }.
    Schick diesen Link an die Person. Er funktioniert einmal, bis { $expires }.
# Variables:
#   $role (String) - organiser or coach
#   $partnership (String) - partnership name
invitation-accepted = 🎉 Du bist jetzt { $role } für { $partnership }.
invitation-unknown = Dieser Einladungslink ist ungültig. Bitte frag nach einem neuen.
invitation-expired = Diese Einladung ist abgelaufen. Bitte frag nach einer neuen.
invitation-used = Diese Einladung wurde schon benutzt. Bitte frag nach einer neuen.
