## directory
directory-home =
    📇 Verzeichnis des Netzwerks: Städtepartnerschaften und Organisationen (Vereine, Schulen, Initiativen) mit ihren Ländern, Schwerpunkten und Ansprechpersonen.

    Schreib eine Stadt, ein Land oder den Namen einer Organisation – in jeder Sprache – oder wähle unten.
directory-by-country-button = 🌍 Nach Land
directory-by-topic-button = 🏷 Nach Schwerpunkt
directory-back-button = ⬅️ Zurück
directory-pick-country = 🌍 Wähle ein Land:
directory-pick-topic = 🏷 Wähle einen Schwerpunkt:
directory-empty = Das Verzeichnis hat noch keine Einträge.
# Variables:
#   $count (Number) - entries found
#   $page (Number) - the page shown
#   $pages (Number) - pages in all
directory-results = { $count ->
        [one] 📇 Ein Eintrag gefunden
       *[other] 📇 { $count } Einträge gefunden
    } · Seite { $page } von { $pages }
directory-no-results = 📇 Nichts gefunden. Versuch eine Stadt, ein Land oder einen Teil eines Namens – oder wähle nach Land oder Schwerpunkt.
# Variables:
#   $count (Number) - the shortest search, in letters
directory-search-too-short = Bitte schreib mindestens { $count } Buchstaben.
# Variables:
#   $cities (String) - the partnership's cities, joined as a list
directory-card-cities = Städte: { $cities }
# Variables:
#   $countries (String) - country names, joined as a list
directory-card-countries = Länder: { $countries }
# Variables:
#   $year (String) - the year the partnership began
directory-card-since = Seit: { $year }
# Variables:
#   $topics (String) - topic names, joined as a list
directory-card-topics = Schwerpunkte: { $topics }
# Variables:
#   $name (String) - the contact's first name (they agreed to be listed)
directory-card-contact = Ansprechperson: { $name }
directory-card-stale = ⚠️ Vielleicht veraltet: Die Ansprechperson hat den Eintrag dieses Jahr nicht bestätigt.
# Variables:
#   $place (String) - city · country
directory-card-place = Ort: { $place }
# Variables:
#   $kind (String) - association, school, initiative, municipality or other
directory-actor-kind = { $kind ->
        [association] Verein
        [school] Schule
        [initiative] Initiative
        [municipality] Kommune
       *[other] Organisation
    }
# Variables:
#   $partnership (String) - the partnership whose organisers listed it
directory-actor-added-by = Eingetragen von: { $partnership }
directory-description = Über uns:
# Variables:
#   $language (String) - the language of the original
directory-description-machine = 🤖 Maschinelle Übersetzung (Original: { $language }), das Original ist einen Tipp entfernt:
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language of the original
directory-description-original = { $mark } Original auf { $language }, noch ohne Übersetzung:
directory-original-button = 📄 Original zeigen
directory-translation-button = 🤖 Übersetzung zeigen
