## stories
## Пишемо історію: чернетка бота, редагування командою, фотографії, згода.

story-gone = Цієї історії більше немає, або ви не можете її редагувати.
story-exists = Ця команда вже має історію. Учасники команди пишуть її.
story-not-draft = Історія на перевірці в організаторів: зараз її не можна змінити.
story-error-empty = Напишіть, будь ласка, хоч кілька слів.
# Variables:
#   $limit (Number) - the most characters allowed
#   $length (Number) - how many the text has
story-error-long = Символів у тексті: { $length }; можна не більше { $limit }.
# Variables:
#   $limit (Number) - the most photos a story may have
story-photos-full = Фотографій в історії: { $limit }, більше не можна. Спершу видаліть одну.

# Variables:
#   $city (String) - the person's home city
story-anonymous = учасник команди з міста { $city }
story-anonymous-no-city = учасник команди
story-no-city = місто не вказано

# Variables:
#   $author (String) - who proposed the idea (a name, or "a team member from …")
story-timeline-idea = Ідею запропоновано: { $author }.
story-timeline-idea-unnamed = Ідею запропонували.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - the city the idea came from
story-timeline-idea-workshop = Вона народилася на { $kind ->
    [kickoff] стартовому воркшопі
   *[other] воркшопі
} «{ $workshop }» { $date }, місто: { $city }.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - empty
story-timeline-idea-online = Вона народилася на { $kind ->
    [kickoff] стартовому воркшопі
   *[other] воркшопі
} «{ $workshop }» { $date }.{ $city }
# Variables:
#   $city (String) - the city the idea came from
story-timeline-idea-city = Місто ідеї: { $city }.
# Variables:
#   $members (String) - members per city, as a list
story-timeline-team = Склалася команда: { $members }.
# Variables:
#   $city (String) - a city
#   $count (Number) - members from there
story-members-in-city = { $city }: { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
# Variables:
#   $number (Number) - the check-in's number
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-checkin = Опитування № { $number } (відповіді: { $answered } з { $members })
# Variables:
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-closing = Проєкт завершено підсумковим опитуванням (відповіді: { $answered } з { $members }).
# Variables:
#   $person (String) - who named it
story-timeline-blocker = { $person }: названо перешкоду.
# Variables:
#   $person (String) - who had named it
story-timeline-resolved = { $person }: перешкоду усунуто.

story-team-intro = Над проєктом працювали люди з обох міст:
# Variables:
#   $city (String) - a city
#   $names (String) - its members, as a list
story-team-city = { $city }: { $names }
# Variables:
#   $person (String) - the idea's author
story-team-author = Автор ідеї: { $person }.

# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-drafted-member = 📖 Бот написав чернетку історії вашої команди «{ $title }». Редагуйте її за розділами, додавайте фотографії та надішліть на перевірку.

    Ось що в ній сказано про вас:
    { $excerpt }

    Чи може історія назвати вас на ім'я і показати фотографії, які ви додасте? Якщо ні, усіма мовами вона назве вас «учасник команди з міста …» з вашим містом.
# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-consent-ask-author = 📖 Команда, що працює над вашою ідеєю, пише свою історію «{ $title }».

    Ось що в ній сказано про вас:
    { $excerpt }

    Чи може історія назвати вас на ім'я? Якщо ні, усіма мовами вона назве вас «учасник команди з міста …» з вашим містом.
story-consent-yes = Так, можна назвати мене
story-consent-no = Ні, без мого імені
story-open-draft = 📖 Відкрити чернетку
story-consent-saved-yes = Дякуємо: історія може назвати вас. Це можна змінити в чернетці.
story-consent-saved-no = Історія не називатиме вас на ім'я. Це можна змінити в чернетці.

# Variables:
#   $status (String) - draft, review, published or withdrawn
story-draft-head = 📖 { $status ->
    [review] Історія вашої команди: на перевірці в організаторів
    [published] Історія вашої команди: опублікована
    [withdrawn] Історія вашої команди: знята організаторами
   *[draft] Історія вашої команди: чернетка
}
story-section-title = 🏷 Назва
story-section-idea = 💡 Ідея
story-section-team = 👥 Команда
story-section-blockers = 🚧 Перешкоди
story-section-outcome = 🏁 Що вийшло
story-section-timeline = 🗓 Хронологія
story-machine = 🤖 машинний переклад
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
story-shown-in = { $mark } мова: { $language }, як написано
# Variables:
#   $date (String) - the day
#   $text (String) - what happened
story-timeline-line = • { $date }: { $text }
# Variables:
#   $count (Number) - entries left out
story-timeline-more = • … { $count ->
    [one] і ще { $count } запис
    [few] і ще { $count } записи
    [many] і ще { $count } записів
   *[other] і ще { $count } запису
}
# Variables:
#   $count (Number) - photos
story-photos-count = 📷 { $count ->
    [0] Фотографій поки немає.
    [one] { $count } фотографія.
    [few] { $count } фотографії.
    [many] { $count } фотографій.
   *[other] { $count } фотографії.
}
story-consent-head = 🤝 Кого можна назвати на ім'я
# Variables:
#   $name (String) - the person's first name
#   $state (String) - given, declined or pending
#   $shown (String) - how the story calls them without consent
story-consent-line = { $state ->
    [given] ✅ { $name }: згоду дано
    [declined] ❌ { $name }: не погодився(-лася), в історії: «{ $shown }»
   *[pending] ⏳ { $name }: відповіді поки немає, до відповіді в історії: «{ $shown }»
}
# Variables:
#   $reviewers (Number) - organisers who will read it
story-draft-footer = Будь-який розділ змінюється кнопкою ✏️; пишіть своєю мовою. Коли все готово, надішліть історію на перевірку: { $reviewers ->
    [0] її прочитають і опублікують організатори
    [one] її прочитає й опублікує { $reviewers } організатор
    [few] її прочитають і опублікують { $reviewers } організатори
    [many] її прочитають і опублікують { $reviewers } організаторів
   *[other] її прочитають і опублікують { $reviewers } організатора
}.
story-edit-title = ✏️ Назва
story-edit-idea = ✏️ Ідея
story-edit-team = ✏️ Команда
story-edit-blockers = ✏️ Перешкоди
story-edit-outcome = ✏️ Результат
# Variables:
#   $count (Number) - photos
story-photos = 📷 Фотографії ({ $count })
story-review = 📨 Надіслати на перевірку
story-back-team = ⬅️ До команди

# Variables:
#   $section (String) - the section's name
#   $language (String) - the writer's language
story-edit-ask = ✏️ Надішліть новий текст розділу «{ $section }» (мова: { $language }). Імена учасників команди буде видно лише в тих, хто погодився. Зараз там:
story-edit-ask-empty = (порожньо)
# Variables:
#   $language (String) - the language it was written in
#   $count (Number) - machine versions made
story-edit-saved-machine = ✅ Збережено (мова: { $language }). Інші мови тепер машинний переклад цього тексту (мов: { $count }), з позначкою.
# Variables:
#   $language (String) - the language it was written in
story-edit-saved-original = ✅ Збережено (мова: { $language }). Читачі інших мов бачать текст в оригіналі (із зазначенням мови), поки його хтось не перекладе.

# Variables:
#   $count (Number) - photos the story has
#   $limit (Number) - the most it may have
story-photos-ask = 📷 Надсилайте фотографії як зображення, по одній (не більше { $limit }; зараз в історії: { $count }). Бот видаляє дані про місце зйомки й камеру, перш ніж зберегти копію. Публікуються лише фотографії тих, хто погодився, щоб його назвали.
# Variables:
#   $count (Number) - photos the story has now
#   $limit (Number) - the most it may have
story-photo-added = ✅ Фотографію додано ({ $count } з { $limit }), без даних про місце й камеру.
story-photo-unreadable = Цей файл не фотографія, яку бот може прочитати. Надішліть, будь ласка, зображення JPEG або PNG.
story-photo-send-one = Надішліть фотографію або поверніться до чернетки.
# Variables:
#   $number (Number) - the photo's number on the screen
story-photo-remove = 🗑 { $number }
story-photos-done = ⬅️ До чернетки

# Variables:
#   $count (Number) - organisers who get it
#   $missing (Number) - people who have not answered the consent question
story-review-ask = 📨 Надіслати історію на перевірку? Отримають організатори (усього: { $count }); поки вони читають, історію не можна змінити. { $missing ->
    [0] Усі, кого вона називає, відповіли.
    [one] Ще не відповіла { $missing } людина з тих, кого вона називає: публікація чекає на відповідь.
    [few] Ще не відповіли { $missing } людини з тих, кого вона називає: публікація чекає на відповідь.
    [many] Ще не відповіли { $missing } людей з тих, кого вона називає: публікація чекає на відповідь.
   *[other] Ще не відповіли { $missing } людини з тих, кого вона називає: публікація чекає на відповідь.
}
# Variables:
#   $count (Number) - organisers who get it
story-review-send = 📨 Надіслати ({ $count })
# Variables:
#   $count (Number) - organisers who were told
story-review-sent = 📨 Надіслано на перевірку. { $count ->
    [0] Поки нікого з організаторів не вдалося сповістити; вони побачать історію у своїх інструментах.
    [one] Сповіщено { $count } організатора.
    [few] Сповіщено { $count } організаторів.
    [many] Сповіщено { $count } організаторів.
   *[other] Сповіщено { $count } організатора.
}
# Variables:
#   $title (String) - the story's title
#   $name (String) - who sent it
#   $missing (Number) - people who have not answered the consent question
story-review-notice = 📖 Історію команди «{ $title }» надіслано на перевірку ({ $name }). { $missing ->
    [0] Усі, кого вона називає, відповіли на питання про згоду.
    [one] Ще не відповіла { $missing } людина з тих, кого вона називає.
    [few] Ще не відповіли { $missing } людини з тих, кого вона називає.
    [many] Ще не відповіли { $missing } людей з тих, кого вона називає.
   *[other] Ще не відповіли { $missing } людини з тих, кого вона називає.
}
story-review-open = 📖 Перевірити історію

story-request = 📖 Чернетка історії команди
# Variables:
#   $count (Number) - people who will be asked
story-request-ask = 📖 Написати чернетку історії команди зараз? Бот складе її з ідеї, опитувань і відповідей та запитає { $count ->
    [one] { $count } людину
    [few] { $count } людини
    [many] { $count } людей
   *[other] { $count } людини
}, чи можна назвати їх на ім'я.
# Variables:
#   $count (Number) - people who will be asked
story-request-yes = 📖 Написати, запитати: { $count }
# Variables:
#   $count (Number) - people who were asked
story-requested = 📖 Чернетку готово. { $count ->
    [one] { $count } людина отримала питання
    [few] { $count } людини отримали питання
    [many] { $count } людей отримали питання
   *[other] { $count } людини отримали питання
}, чи можна назвати їх на ім'я; команда редагує чернетку й надсилає її на перевірку.
story-open = 📖 Наша історія
