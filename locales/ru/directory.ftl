## directory
directory-home =
    📇 Справочник сети: городские партнёрства и организации (объединения, школы, инициативы) с их странами, направлениями и контактными лицами.

    Напишите город, страну или название организации — на любом языке — или выберите ниже.
directory-by-country-button = 🌍 По стране
directory-by-topic-button = 🏷 По направлению
directory-back-button = ⬅️ Назад
directory-pick-country = 🌍 Выберите страну:
directory-pick-topic = 🏷 Выберите направление:
directory-empty = В справочнике пока нет записей.
# Variables:
#   $count (Number) - entries found
#   $page (Number) - the page shown
#   $pages (Number) - pages in all
directory-results = { $count ->
        [1] 📇 Найдена одна запись
        [one] 📇 Найдена { $count } запись
        [few] 📇 Найдено { $count } записи
        [many] 📇 Найдено { $count } записей
       *[other] 📇 Найдено записей: { $count }
    } · страница { $page } из { $pages }
directory-no-results = 📇 Ничего не найдено. Попробуйте город, страну или часть названия — или выберите по стране или направлению.
# Variables:
#   $count (Number) - the shortest search, in letters
directory-search-too-short = { $count ->
        [one] Напишите хотя бы { $count } букву.
        [few] Напишите хотя бы { $count } буквы.
        [many] Напишите хотя бы { $count } букв.
       *[other] Напишите хотя бы { $count } буквы.
    }
# Variables:
#   $cities (String) - the partnership's cities, joined as a list
directory-card-cities = Города: { $cities }
# Variables:
#   $countries (String) - country names, joined as a list
directory-card-countries = Страны: { $countries }
# Variables:
#   $year (String) - the year the partnership began
directory-card-since = С { $year } года
# Variables:
#   $topics (String) - topic names, joined as a list
directory-card-topics = Направления: { $topics }
# Variables:
#   $name (String) - the contact's first name (they agreed to be listed)
directory-card-contact = Контактное лицо: { $name }
directory-card-stale = ⚠️ Возможно, устарело: контактное лицо не подтвердило запись в этом году.
# Variables:
#   $place (String) - city · country
directory-card-place = Место: { $place }
# Variables:
#   $kind (String) - association, school, initiative, municipality or other
directory-actor-kind = { $kind ->
        [association] Объединение
        [school] Школа
        [initiative] Инициатива
        [municipality] Муниципалитет
       *[other] Организация
    }
# Variables:
#   $partnership (String) - the partnership whose organisers listed it
directory-actor-added-by = Внесено партнёрством: { $partnership }
directory-description = О себе:
# Variables:
#   $language (String) - the language of the original
directory-description-machine = 🤖 Машинный перевод (оригинал: { $language }), оригинал — одним нажатием:
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language of the original
directory-description-original = { $mark } Оригинал, язык: { $language }, перевода пока нет:
directory-original-button = 📄 Показать оригинал
directory-translation-button = 🤖 Показать перевод
