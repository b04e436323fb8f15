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
directory-card-since = Since: { $year }
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
