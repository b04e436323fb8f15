## directory
directory-home =
    📇 Довідник мережі: міські партнерства та організації (об'єднання, школи, ініціативи) з їхніми країнами, напрямами й контактними особами.

    Напишіть місто, країну або назву організації — будь-якою мовою — або виберіть нижче.
directory-by-country-button = 🌍 За країною
directory-by-topic-button = 🏷 За напрямом
directory-back-button = ⬅️ Назад
directory-pick-country = 🌍 Виберіть країну:
directory-pick-topic = 🏷 Виберіть напрям:
directory-empty = У довіднику ще немає записів.
# Variables:
#   $count (Number) - entries found
#   $page (Number) - the page shown
#   $pages (Number) - pages in all
directory-results = { $count ->
        [1] 📇 Знайдено один запис
        [one] 📇 Знайдено { $count } запис
        [few] 📇 Знайдено { $count } записи
        [many] 📇 Знайдено { $count } записів
       *[other] 📇 Знайдено записів: { $count }
    } · сторінка { $page } з { $pages }
directory-no-results = 📇 Нічого не знайдено. Спробуйте місто, країну або частину назви — або виберіть за країною чи напрямом.
# Variables:
#   $count (Number) - the shortest search, in letters
directory-search-too-short = { $count ->
        [one] Напишіть щонайменше { $count } літеру.
        [few] Напишіть щонайменше { $count } літери.
        [many] Напишіть щонайменше { $count } літер.
       *[other] Напишіть щонайменше { $count } літери.
    }
# Variables:
#   $cities (String) - the partnership's cities, joined as a list
directory-card-cities = Міста: { $cities }
# Variables:
#   $countries (String) - country names, joined as a list
directory-card-countries = Країни: { $countries }
# Variables:
#   $year (String) - the year the partnership began
directory-card-since = З { $year } року
# Variables:
#   $topics (String) - topic names, joined as a list
directory-card-topics = Напрями: { $topics }
# Variables:
#   $name (String) - the contact's first name (they agreed to be listed)
directory-card-contact = Контактна особа: { $name }
directory-card-stale = ⚠️ Можливо, застаріло: контактна особа не підтвердила запис цього року.
# Variables:
#   $place (String) - city · country
directory-card-place = Місце: { $place }
# Variables:
#   $kind (String) - association, school, initiative, municipality or other
directory-actor-kind = { $kind ->
        [association] Об'єднання
        [school] Школа
        [initiative] Ініціатива
        [municipality] Громада
       *[other] Організація
    }
# Variables:
#   $partnership (String) - the partnership whose organisers listed it
directory-actor-added-by = Внесено партнерством: { $partnership }
directory-description = Про себе:
# Variables:
#   $language (String) - the language of the original
directory-description-machine = 🤖 Машинний переклад (оригінал: { $language }), оригінал — одним натисканням:
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language of the original
directory-description-original = { $mark } Оригінал, мова: { $language }, перекладу ще немає:
directory-original-button = 📄 Показати оригінал
directory-translation-button = 🤖 Показати переклад
