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
directory-card-since = Партнёры с { $year } года
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

## organisers list organisations
directory-own-button = 🏛 Наши организации
directory-add-button = ➕ Добавить организацию
# Variables:
#   $count (Number) - organisations the partnership listed
directory-own = { $count ->
        [0] 🏛 Ваше партнёрство ещё не внесло ни одной организации. Добавьте объединения, школы и инициативы, с которыми вы работаете, — только с их согласия.
        [1] 🏛 Ваше партнёрство внесло одну организацию. Откройте её, чтобы изменить или удалить, или добавьте ещё одну.
        [one] 🏛 Ваше партнёрство внесло { $count } организацию. Откройте её, чтобы изменить или удалить, или добавьте ещё одну.
        [few] 🏛 Ваше партнёрство внесло { $count } организации. Откройте одну, чтобы изменить или удалить, или добавьте ещё одну.
        [many] 🏛 Ваше партнёрство внесло { $count } организаций. Откройте одну, чтобы изменить или удалить, или добавьте ещё одну.
       *[other] 🏛 Ваше партнёрство внесло организаций: { $count }. Откройте одну, чтобы изменить или удалить, или добавьте ещё одну.
    }
directory-keep-button = ↩️ Оставить как есть
directory-cancel-button = ✖️ Отмена
directory-no-description-button = Без описания
directory-topics-done-button = Готово
directory-contact-me-button = 🙋 Контактное лицо — я
directory-contact-org-button = 🏛 Организация согласна
directory-publish-button = 📤 Опубликовать
directory-edit-button = ✏️ Изменить
directory-remove-button = 🗑 Удалить
directory-remove-confirm-button = 🗑 Да, удалить
# Variables:
#   $step (Number) - this step
#   $count (Number) - steps in all
directory-draft-step = Шаг { $step } из { $count }
directory-draft-kind = Что это за организация?
directory-draft-name = Напишите название организации так, как она пишет его сама.
directory-draft-city = В каком городе она находится? Напишите название города.
directory-draft-country = Выберите её страну или напишите название страны.
directory-draft-topics = По каким направлениям она работает? Выберите одно или несколько, затем «Готово».
directory-draft-description = Напишите несколько предложений об организации (до 600 знаков). Читатели видят, на каком языке написан текст.
directory-draft-contact = Кто контактное лицо? С «Контактное лицо — я» читатели увидят в справочнике ваше имя. Иначе никто не называется, и вы подтверждаете, что организация согласилась на запись в справочнике.
# Variables:
#   $value (String) - what the step holds now
directory-draft-current = Сейчас: { $value }
directory-draft-preview = 👀 Предпросмотр: так запись увидят читатели. Опубликовать в справочнике?
directory-draft-you = вы
# Variables:
#   $name (String) - the organisation's name
directory-published = 📇 «{ $name }» теперь в справочнике.
# Variables:
#   $name (String) - the organisation's name
directory-saved = 📇 Изменения в «{ $name }» сохранены.
# Variables:
#   $name (String) - the organisation's name
directory-removed = 🗑 «{ $name }» удалена из справочника.
# Variables:
#   $name (String) - the organisation's name
directory-remove-ask = Удалить «{ $name }» из справочника? Читатели больше не найдут эту запись.
directory-draft-cancelled = Ничего не сохранено.
# Variables:
#   $limit (Number) - the most characters allowed
directory-draft-too-long = Напишите от 1 до { $limit } знаков.
directory-draft-use-buttons = Пожалуйста, выберите кнопкой выше.
directory-draft-unknown-country = Такую страну я не знаю. Выберите выше или напишите название, например «Польша».
directory-draft-consent-needed = Сначала выберите контактное лицо.

## writing to a listed contact
# Variables:
#   $name (String) - the contact's first name
directory-write-button = ✉️ Написать: { $name }
# Variables:
#   $name (String) - the contact's first name
directory-write-ask = ✉️ Напишите сообщение для { $name }. Бот передаст его с вашим именем и городом — без имени пользователя и номера телефона. Ответить можно один раз.
# Variables:
#   $name (String) - the contact's first name
directory-write-confirm = Отправить это сообщение: { $name } (1 человек)? Оно уйдёт с вашим именем и городом.
directory-send-button = 📤 Отправить
# Variables:
#   $name (String) - the contact's first name
directory-write-sent = 📤 Отправлено: { $name }. Ответ придёт сюда.
directory-write-cancelled = Ничего не отправлено.
directory-write-nothing = Нет сообщения для отправки. Откройте запись и напишите ещё раз.
directory-write-no-contact = У этой записи нет контактного лица, которому можно написать.
# Variables:
#   $name (String) - the contact's first name
directory-write-open = Вы уже написали { $name } и ждёте ответа. Написать снова можно после ответа или через две недели.
# Variables:
#   $entry (String) - the directory entry's name
#   $sender (String) - the writer's first name and city
#   $text (String) - the message
directory-relay =
    ✉️ Сообщение через справочник ({ $entry }) от { $sender }:

    { $text }
directory-reply-button = ↩️ Ответить
directory-reply-ask = ↩️ Напишите ответ. Он будет отправлен один раз, с вашим именем и городом.
directory-reply-sent = 📤 Ваш ответ отправлен.
directory-reply-done = На это сообщение уже ответили.
# Variables:
#   $sender (String) - the contact's first name and city
#   $text (String) - the answer
directory-relay-answer =
    ↩️ Ответ от { $sender } на ваше сообщение из справочника:

    { $text }

## the yearly "still correct?"
# Variables:
#   $entry (String) - the directory entry's name
directory-review-ask = 📇 Раз в год мы спрашиваем: запись в справочнике «{ $entry }» всё ещё верна? Вы указаны в ней как контактное лицо. Если ответа не будет в течение месяца, запись покажут как, возможно, устаревшую.
directory-review-yes-button = 👍 Да, всё верно
directory-review-remove-button = 🗑 Убрать моё имя
directory-review-keep-button = ↩️ Оставить моё имя
directory-review-thanks = 👍 Спасибо — запись остаётся как есть ещё на год.
directory-review-edit-hint = ✏️ Эту запись меняют организаторы вашего партнёрства. Сообщите им, что уже неверно, — или уберите своё имя.
directory-review-remove-ask = Убрать вас как контактное лицо этой записи? Читатели больше не увидят ваше имя и не смогут вам написать. Организация, внесённая только с вашего согласия, тоже уйдёт из справочника.
directory-review-removed = 🗑 Вы больше не указаны как контактное лицо.
