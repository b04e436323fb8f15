## directory
directory-home =
    📇 Даведнік сеткі: гарадскія партнёрствы і арганізацыі (аб'яднанні, школы, ініцыятывы) з іх краінамі, напрамкамі і кантактнымі асобамі.

    Напішыце горад, краіну або назву арганізацыі — на любой мове — або выберыце ніжэй.
directory-by-country-button = 🌍 Па краіне
directory-by-topic-button = 🏷 Па напрамку
directory-back-button = ⬅️ Назад
directory-pick-country = 🌍 Выберыце краіну:
directory-pick-topic = 🏷 Выберыце напрамак:
directory-empty = У даведніку пакуль няма запісаў.
# Variables:
#   $count (Number) - entries found
#   $page (Number) - the page shown
#   $pages (Number) - pages in all
directory-results = { $count ->
        [1] 📇 Знойдзены адзін запіс
        [one] 📇 Знойдзены { $count } запіс
        [few] 📇 Знойдзена { $count } запісы
        [many] 📇 Знойдзена { $count } запісаў
       *[other] 📇 Знойдзена запісаў: { $count }
    } · старонка { $page } з { $pages }
directory-no-results = 📇 Нічога не знойдзена. Паспрабуйце горад, краіну або частку назвы — або выберыце па краіне ці напрамку.
# Variables:
#   $count (Number) - the shortest search, in letters
directory-search-too-short = { $count ->
        [one] Напішыце хаця б { $count } літару.
        [few] Напішыце хаця б { $count } літары.
        [many] Напішыце хаця б { $count } літар.
       *[other] Напішыце хаця б { $count } літары.
    }
# Variables:
#   $cities (String) - the partnership's cities, joined as a list
directory-card-cities = Гарады: { $cities }
# Variables:
#   $countries (String) - country names, joined as a list
directory-card-countries = Краіны: { $countries }
# Variables:
#   $year (String) - the year the partnership began
directory-card-since = З { $year } года
# Variables:
#   $topics (String) - topic names, joined as a list
directory-card-topics = Напрамкі: { $topics }
# Variables:
#   $name (String) - the contact's first name (they agreed to be listed)
directory-card-contact = Кантактная асоба: { $name }
directory-card-stale = ⚠️ Магчыма, састарэла: кантактная асоба не пацвердзіла запіс у гэтым годзе.
# Variables:
#   $place (String) - city · country
directory-card-place = Месца: { $place }
# Variables:
#   $kind (String) - association, school, initiative, municipality or other
directory-actor-kind = { $kind ->
        [association] Аб'яднанне
        [school] Школа
        [initiative] Ініцыятыва
        [municipality] Муніцыпалітэт
       *[other] Арганізацыя
    }
# Variables:
#   $partnership (String) - the partnership whose organisers listed it
directory-actor-added-by = Унесена партнёрствам: { $partnership }
directory-description = Пра сябе:
# Variables:
#   $language (String) - the language of the original
directory-description-machine = 🤖 Машынны пераклад (арыгінал: { $language }), арыгінал — адным націскам:
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language of the original
directory-description-original = { $mark } Арыгінал, мова: { $language }, перакладу пакуль няма:
directory-original-button = 📄 Паказаць арыгінал
directory-translation-button = 🤖 Паказаць пераклад
