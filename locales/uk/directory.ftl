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
directory-card-since = Партнери з { $year } року
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

## organisers list organisations
directory-own-button = 🏛 Наші організації
directory-add-button = ➕ Додати організацію
# Variables:
#   $count (Number) - organisations the partnership listed
directory-own = { $count ->
        [0] 🏛 Ваше партнерство ще не внесло жодної організації. Додайте об'єднання, школи та ініціативи, з якими ви працюєте, — лише з їхньої згоди.
        [1] 🏛 Ваше партнерство внесло одну організацію. Відкрийте її, щоб змінити чи видалити, або додайте ще одну.
        [one] 🏛 Ваше партнерство внесло { $count } організацію. Відкрийте її, щоб змінити чи видалити, або додайте ще одну.
        [few] 🏛 Ваше партнерство внесло { $count } організації. Відкрийте одну, щоб змінити чи видалити, або додайте ще одну.
        [many] 🏛 Ваше партнерство внесло { $count } організацій. Відкрийте одну, щоб змінити чи видалити, або додайте ще одну.
       *[other] 🏛 Ваше партнерство внесло організацій: { $count }. Відкрийте одну, щоб змінити чи видалити, або додайте ще одну.
    }
directory-keep-button = ↩️ Залишити як є
directory-cancel-button = ✖️ Скасувати
directory-no-description-button = Без опису
directory-topics-done-button = Готово
directory-contact-me-button = 🙋 Контактна особа — я
directory-contact-org-button = 🏛 Організація згодна
directory-publish-button = 📤 Опублікувати
directory-edit-button = ✏️ Змінити
directory-remove-button = 🗑 Видалити
directory-remove-confirm-button = 🗑 Так, видалити
# Variables:
#   $step (Number) - this step
#   $count (Number) - steps in all
directory-draft-step = Крок { $step } з { $count }
directory-draft-kind = Що це за організація?
directory-draft-name = Напишіть назву організації так, як вона пише її сама.
directory-draft-city = У якому місті вона? Напишіть назву міста.
directory-draft-country = Виберіть її країну або напишіть назву країни.
directory-draft-topics = За якими напрямами вона працює? Виберіть один або кілька, потім «Готово».
directory-draft-description = Напишіть кілька речень про організацію (до 600 знаків). Читачі бачать, якою мовою написано текст.
directory-draft-contact = Хто контактна особа? З «Контактна особа — я» читачі побачать у довіднику ваше ім'я. Інакше нікого не названо, і ви підтверджуєте, що організація погодилася на запис у довіднику.
# Variables:
#   $value (String) - what the step holds now
directory-draft-current = Зараз: { $value }
directory-draft-preview = 👀 Попередній перегляд: так запис побачать читачі. Опублікувати в довіднику?
directory-draft-you = ви
# Variables:
#   $name (String) - the organisation's name
directory-published = 📇 «{ $name }» тепер у довіднику.
# Variables:
#   $name (String) - the organisation's name
directory-saved = 📇 Зміни в «{ $name }» збережено.
# Variables:
#   $name (String) - the organisation's name
directory-removed = 🗑 «{ $name }» видалено з довідника.
# Variables:
#   $name (String) - the organisation's name
directory-remove-ask = Видалити «{ $name }» з довідника? Читачі більше не знайдуть цей запис.
directory-draft-cancelled = Нічого не збережено.
# Variables:
#   $limit (Number) - the most characters allowed
directory-draft-too-long = Напишіть від 1 до { $limit } знаків.
directory-draft-use-buttons = Будь ласка, виберіть кнопкою вище.
directory-draft-unknown-country = Такої країни я не знаю. Виберіть вище або напишіть назву, наприклад «Польща».
directory-draft-consent-needed = Спершу виберіть контактну особу.

## writing to a listed contact
# Variables:
#   $name (String) - the contact's first name
directory-write-button = ✉️ Написати: { $name }
# Variables:
#   $name (String) - the contact's first name
directory-write-ask = ✉️ Напишіть повідомлення для { $name }. Бот передасть його з вашим ім'ям і містом — без імені користувача й номера телефону. Відповісти можна один раз.
# Variables:
#   $name (String) - the contact's first name
directory-write-confirm = Надіслати це повідомлення: { $name } (1 особа)? Воно піде з вашим ім'ям і містом.
directory-send-button = 📤 Надіслати
# Variables:
#   $name (String) - the contact's first name
directory-write-sent = 📤 Надіслано: { $name }. Відповідь прийде сюди.
directory-write-cancelled = Нічого не надіслано.
directory-write-nothing = Немає повідомлення для надсилання. Відкрийте запис і напишіть ще раз.
directory-write-no-contact = У цього запису немає контактної особи, якій можна написати.
# Variables:
#   $name (String) - the contact's first name
directory-write-open = Ви вже написали { $name } і чекаєте на відповідь. Написати знову можна після відповіді або через два тижні.
# Variables:
#   $entry (String) - the directory entry's name
#   $sender (String) - the writer's first name and city
#   $text (String) - the message
directory-relay =
    ✉️ Повідомлення через довідник ({ $entry }) від { $sender }:

    { $text }
directory-reply-button = ↩️ Відповісти
directory-reply-ask = ↩️ Напишіть відповідь. Її буде надіслано один раз, з вашим ім'ям і містом.
directory-reply-sent = 📤 Вашу відповідь надіслано.
directory-reply-done = На це повідомлення вже відповіли.
# Variables:
#   $sender (String) - the contact's first name and city
#   $text (String) - the answer
directory-relay-answer =
    ↩️ Відповідь від { $sender } на ваше повідомлення з довідника:

    { $text }

## the yearly "still correct?"
# Variables:
#   $entry (String) - the directory entry's name
directory-review-ask = 📇 Раз на рік ми питаємо: запис у довіднику «{ $entry }» досі правильний? Вас указано в ньому як контактну особу. Якщо відповіді не буде протягом місяця, запис покажуть як, можливо, застарілий.
directory-review-yes-button = 👍 Так, усе правильно
directory-review-remove-button = 🗑 Прибрати моє ім'я
directory-review-keep-button = ↩️ Залишити моє ім'я
directory-review-thanks = 👍 Дякуємо — запис залишається як є ще на рік.
directory-review-edit-hint = ✏️ Цей запис змінюють організатори вашого партнерства. Повідомте їм, що вже неправильно, — або приберіть своє ім'я.
directory-review-remove-ask = Прибрати вас як контактну особу цього запису? Читачі більше не бачитимуть вашого імені й не зможуть вам написати. Організація, внесена лише з вашої згоди, теж зникне з довідника.
directory-review-removed = 🗑 Вас більше не вказано як контактну особу.
