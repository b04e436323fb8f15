## Воркшопи: учасники

menu-workshops = 📅 Воркшопи
commands-workshops = Воркшопи та запис

workshops-kind-kickoff = Стартовий воркшоп (кік-оф)
workshops-kind-match_sprint = Воркшоп «Match & Sprint»
workshops-kind-sprint_succeed = Воркшоп «Sprint & Succeed»
workshops-kind-other = Захід

# Variables:
#   $count (Number) - how many workshops are listed
workshops-list = 📅 Найближчі воркшопи — натисніть на будь-який, щоб дізнатися подробиці й записатися:
workshops-list-mine = 📅 Воркшопи, на які ви записані:
workshops-none = Найближчих воркшопів поки немає. Я повідомлю вам, щойно з'явиться новий.
workshops-none-mine = Ви не записані на жоден із найближчих воркшопів.
workshops-show-all = 📅 Усі воркшопи
workshops-show-mine = ✅ Мої записи
workshops-open = 📅 Відкрити воркшоп
workshops-back-to-list = ⬅️ Усі воркшопи
workshops-sign-up = ✍️ Записатися
workshops-cancel-signup = ✖️ Скасувати запис
workshops-place-online = Онлайн
# Variables:
#   $link (String) - the link to the online meeting
workshops-place-online-link = Онлайн: { $link }

# Variables:
#   $title (String) - workshop title
#   $kind (String) - kind of workshop
#   $when (String) - date and time in the reader's time zone
#   $place (String) - city and address, or online
#   $seats (Number) - seats left for the reader's city, -1 when unlimited
workshops-card =
    📅 { $title }
    { $kind }

    🕒 { $when }
    📍 { $place }
    🪑 { $seats ->
        [-1] Без обмеження місць
        [0] Місць немає — можна стати в лист очікування
        [one] Залишилося { $seats } місце
        [few] Залишилося { $seats } місця
        [many] Залишилося { $seats } місць
       *[other] Залишилося { $seats } місця
    }
# Variables:
#   $when (String) - date and time in the workshop city's time zone
workshops-card-local-time = (місцевий час там: { $when })
# Variables:
#   $description (String) - the organisers' description
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code
workshops-status-confirmed = ✅ Ви записані. Ваш код для реєстрації на місці: { $code }
# Variables:
#   $code (String) - personal check-in code
workshops-status-attended = ✅ Ви взяли участь. Дякуємо!
# Variables:
#   $position (Number) - place on the waitlist
workshops-status-waitlisted = ⏳ Ви в листі очікування, місце { $position }.
# Variables:
#   $deadline (String) - until when the seat is held
workshops-status-offered = 🎟 Для вас звільнилося місце! Будь ласка, дайте відповідь до { $deadline }.

# Variables:
#   $number (Number) - which question
#   $total (Number) - how many questions
#   $required (String) - yes or no
workshops-question-header = Питання { $number } з { $total }{ $required ->
        [yes] {""}
       *[no] {" "}(за бажанням)
    }
workshops-question-who = Хто ви? Розкажіть трохи про себе.
workshops-question-hopes = Чого ви очікуєте від партнерства міст?
workshops-question-why = Чому ви хочете взяти участь?
workshops-question-else = Хочете повідомити нам ще щось?
# Variables:
#   $text (String) - the organisers' own question
workshops-question-custom = { $text }
workshops-signup-send = ✅ Надіслати
workshops-signup-aborted = Запис скасовано — нічого не збережено.

# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-signup-confirmed =
    ✅ Ви записані: { $title }!

    🕒 { $when }
    📍 { $place }

    Ваш код для реєстрації на місці: { $code }
    Я нагадаю вам перед початком.
workshops-calendar-caption = 📆 Додайте до свого календаря.
# Variables:
#   $title (String) - workshop title
#   $position (Number) - place on the waitlist
workshops-signup-waitlisted =
    ⏳ На «{ $title }» зараз немає місць. Ви в листі очікування, місце { $position }.
    Якщо місце звільниться, я одразу запропоную його вам.

workshops-signup-not-open = Запис на цей воркшоп не відкрито.
workshops-signup-cancelled = ❌ Цей воркшоп скасовано.
workshops-signup-closed = Запис на цей воркшоп закрито.
workshops-signup-already = Ви вже записані на цей воркшоп.
workshops-gone = Цього воркшопу більше немає. Актуальні — у /workshops.

# Variables:
#   $title (String) - workshop title
#   $partnership (String) - the partnership the workshop belongs to
workshops-link-other-partnership = Воркшоп «{ $title }» належить до партнерства { $partnership }, а не до вашого, тож записатися на нього звідси не можна. Якщо ви переїхали, партнерство можна змінити в профілі.

workshops-error-answer-missing = На це питання потрібно відповісти.
workshops-error-answer-empty = Будь ласка, напишіть кілька слів (або скористайтеся кнопками).
workshops-error-answer-long = Задовго: будь ласка, не більше 1000 символів.
workshops-error-use-buttons = Будь ласка, на цьому кроці використовуйте кнопки.

workshops-cancel-ask = Ви справді хочете скасувати запис? Ваше місце перейде наступному в листі очікування.
workshops-cancel-yes = Так, скасувати
workshops-cancel-no = Ні, зберегти місце
workshops-cancelled-by-you = Ваш запис скасовано. Ви можете записатися знову, поки є місця.
workshops-cancel-not-possible = Цей запис більше не можна скасувати.

workshops-offer-accept = ✅ Так, беру місце
workshops-offer-decline = Ні, дякую
# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $deadline (String) - until when the seat is held
workshops-offer =
    🎟 Гарна новина: на «{ $title }» для вас звільнилося місце!
    🕒 { $when }

    Будь ласка, дайте відповідь до { $deadline } — потім воно перейде наступному.
workshops-offer-declined = Гаразд — місце перейде наступному. Дякуємо, що повідомили.
workshops-offer-gone = Ця пропозиція вже недійсна.
# Variables:
#   $title (String) - workshop title
workshops-offer-expired = Місце на «{ $title }» було запропоновано вам, але час на відповідь минув, і воно перейшло наступному.

# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-reminder =
    ⏰ Нагадування: { $title }
    🕒 { $when }
    📍 { $place }
    Ваш код для реєстрації на місці: { $code }
# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time it was planned for
workshops-cancelled-notice = ❌ «{ $title }» ({ $when }) скасовано організаторами. Нам дуже шкода.
# Variables:
#   $title (String) - workshop title
#   $when (String) - the new date and time
workshops-time-changed = 🕒 Новий час для «{ $title }»: { $when }. Ваш запис зберігається.
# Variables:
#   $title (String) - workshop title
#   $message (String) - the organisers' message
workshops-organiser-message =
    📣 Від організаторів «{ $title }»:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended
#   $source_city (String) - city of that workshop
#   $online (String) - yes if it was online
#   $title (String) - title of the next workshop
#   $when (String) - its date and time
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 Ви брали участь онлайн у «{ $source }».
       *[no] 👋 Ви брали участь у стартовому воркшопі в місті { $source_city } («{ $source }»).
    }
    Запрошуємо вас на наступний етап: { $title }, { $when }.

# Variables:
#   $title (String) - workshop title
workshops-feedback-ask = 🙏 Як минув «{ $title }»? Оцініть від 1 (погано) до 5 (чудово).
workshops-feedback-comment = 💬 Додати коментар
workshops-feedback-ask-comment = Напишіть коментар одним повідомленням.
# Variables:
#   $rating (Number) - the rating given
workshops-feedback-thanks = Дякуємо за оцінку ({ $rating } з 5)!
workshops-feedback-comment-thanks = Дякуємо — ваш коментар збережено.

## Воркшопи: організатори

staff-workshops = 📅 Воркшопи
workshops-new = ➕ Новий воркшоп
# Variables:
#   $partnership (String) - partnership name
#   $count (Number) - how many workshops
workshops-organiser-list = { $count ->
        [0] Для партнерства { $partnership } воркшопів поки немає.
        [one] { $count } воркшоп партнерства { $partnership }:
        [few] { $count } воркшопи партнерства { $partnership }:
        [many] { $count } воркшопів партнерства { $partnership }:
       *[other] { $count } воркшопу партнерства { $partnership }:
    }
workshops-draft-ask-kind = Новий воркшоп: якого він типу?
workshops-draft-ask-title = Надішліть назву (до 100 символів).
workshops-draft-ask-description = Надішліть короткий опис (до 1000 символів) або пропустіть.
workshops-draft-ask-place = Де він відбувається?
workshops-draft-ask-address = Надішліть адресу місця проведення або пропустіть.
workshops-draft-ask-link = Надішліть посилання на онлайн-зустріч (починається з https://). Його побачать лише підтверджені учасники.
# Variables:
#   $zone (String) - time zone the times are in
workshops-draft-ask-start = Коли він починається? Надішліть дату й час, наприклад 24.04.2027 18:30 (час у поясі { $zone }).
# Variables:
#   $zone (String) - time zone the times are in
workshops-draft-ask-end = Коли він закінчується? Надішліть час, наприклад 21:00, або дату й час (час у поясі { $zone }).
workshops-draft-ask-capacity = Скільки місць? Надішліть число або виберіть «без обмеження».
workshops-draft-ask-quotas = Задати місця за містами (наприклад, 15 Карлсруе + 15 Краснодар)?
# Variables:
#   $city (String) - city name
workshops-draft-ask-quota = Скільки місць для учасників із міста { $city }?
# Variables:
#   $zone (String) - time zone
workshops-draft-ask-deadline = До якого моменту можна записатися? Надішліть дату й час (у поясі { $zone }) або залиште запис відкритим до початку.
# Variables:
#   $questions (String) - the list of questions
workshops-draft-ask-questions =
    Питання, на які відповідають під час запису:
    { $questions }

    Натисніть на питання, щоб зробити його обов'язковим або необов'язковим, видаліть його або додайте своє.
workshops-draft-ask-question-text = Надішліть питання.
workshops-draft-ask-question-choice-text = Надішліть питання; варіанти відповіді — наступним повідомленням.
workshops-draft-ask-question-choices = Надішліть варіанти відповіді, по одному в рядку (від 2 до 8).
workshops-draft-no-questions = (без питань)
# Variables:
#   $number (Number) - question number
#   $text (String) - question text
#   $required (String) - yes or no
workshops-draft-question-line = { $number }. { $text }{ $required ->
        [yes] {" "}(обов'язкове)
       *[no] {""}
    }
# Variables:
#   $number (Number) - question number
workshops-draft-question-required = { $number }: обов'язкове ✅
# Variables:
#   $number (Number) - question number
workshops-draft-question-optional = { $number }: за бажанням
# Variables:
#   $number (Number) - question number
workshops-draft-question-remove = 🗑 { $number }
workshops-draft-add-text-question = ➕ Питання з вільною відповіддю
workshops-draft-add-choice-question = ➕ Питання з варіантами
workshops-draft-questions-done = Далі ▶️
workshops-draft-skip-description = Без опису ▶️
workshops-draft-skip-address = Без адреси ▶️
workshops-draft-skip-deadline = До початку ▶️
workshops-draft-unlimited = ♾ Без обмеження
workshops-draft-quotas-yes = Так, місця за містами
workshops-draft-quotas-no = Ні, спільна кількість місць
# Variables:
#   $kind (String) - kind
#   $title (String) - title
#   $when (String) - start and end
#   $place (String) - city or online
#   $capacity (Number) - seats, -1 when unlimited
#   $quotas (String) - seats per city
#   $deadline (String) - sign-up deadline
#   $questions (Number) - number of questions
workshops-draft-review =
    Будь ласка, перевірте:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] без обмеження
        [one] { $capacity } місце
        [few] { $capacity } місця
        [many] { $capacity } місць
       *[other] { $capacity } місця
    } · за містами: { $quotas }
    Запис до: { $deadline }
    { $questions ->
        [one] { $questions } питання
        [few] { $questions } питання
        [many] { $questions } питань
       *[other] { $questions } питання
    }
workshops-draft-publish = 📢 Опублікувати
workshops-draft-save = 📝 Зберегти чернетку
workshops-draft-cancelled = Скасовано — воркшоп не створено.
# Variables:
#   $title (String) - title
workshops-draft-created = 📢 «{ $title }» опубліковано. Учасники бачать його в /workshops.
# Variables:
#   $title (String) - title
workshops-draft-saved = 📝 «{ $title }» збережено як чернетку. Опублікуйте, коли будете готові.
workshops-draft-missing = Цей крок уже закрито. Почніть знову зі списку воркшопів.

workshops-error-title-empty = Назва не може бути порожньою.
workshops-error-title-long = Назва задовга: будь ласка, не більше 100 символів.
workshops-error-description-empty = Опис не може бути порожнім — або натисніть «Без опису».
workshops-error-description-long = Опис задовгий: будь ласка, не більше 1000 символів.
workshops-error-in-past = Цей момент уже минув. Будь ласка, вкажіть майбутні дату й час.
workshops-error-end-before-start = Кінець має бути пізніше за початок.
workshops-error-too-long = Воркшоп може тривати не більше двох тижнів.
workshops-error-capacity = Будь ласка, надішліть ціле число місць від 1 до 10000.
workshops-error-quotas-over-capacity = Сума місць за містами більша за загальну кількість місць.
workshops-error-link = Будь ласка, надішліть повне посилання, що починається з https://
workshops-error-address = Будь ласка, надішліть адресу не довшу за 200 символів.
workshops-error-datetime = Не вдалося розібрати. Будь ласка, напишіть так: 24.04.2027 18:30.
workshops-error-deadline = Кінець запису має бути в майбутньому й до початку.
workshops-error-choices = Будь ласка, надішліть від 2 до 8 варіантів, по одному в рядку.
workshops-error-too-many-questions = У воркшопу може бути не більше 10 питань.
workshops-error-incomplete = Бракує деяких даних. Будь ласка, пройдіть кроки ще раз.
# Variables:
#   $taken (Number) - seats already taken
workshops-error-capacity-below-taken = Уже зайнято місць: { $taken }. Менше зробити не можна.
workshops-error-message-long = Повідомлення задовге: будь ласка, не більше 3000 символів.
workshops-already-cancelled = Цей воркшоп уже скасовано.

workshops-state-draft = 📝 чернетка
workshops-state-published = 📢 опубліковано
workshops-state-cancelled = ❌ скасовано
# Variables:
#   $title (String) - title
#   $status (String) - draft, published, cancelled
#   $when (String) - date and time
#   $place (String) - place
#   $capacity (Number) - seats, -1 when unlimited
#   $confirmed (Number) - confirmed people
#   $attended (Number) - checked in
#   $waitlisted (Number) - waiting
#   $offered (Number) - with an open offer
workshops-manage-card =
    { $title } — { $status }
    🕒 { $when }
    📍 { $place }
    🪑 підтверджено: { $confirmed } з { $capacity ->
        [-1] без обмеження
       *[other] { $capacity }
    } · прийшли: { $attended } · чекають: { $waitlisted } · з пропозицією: { $offered }
workshops-manage-publish = 📢 Опублікувати
workshops-manage-unpublish = 📝 Зняти з публікації
workshops-manage-attendees = 👥 Учасники
workshops-manage-checkin = 🎫 Реєстрація за кодом
workshops-manage-csv = 📄 Експорт CSV
workshops-manage-qr = 🔳 QR-код для плакатів
workshops-manage-message = 📣 Повідомлення підтвердженим
workshops-manage-time = 🕒 Змінити час
workshops-manage-capacity = 🪑 Змінити кількість місць
workshops-manage-translate = 🌐 Назва іншими мовами
workshops-manage-next-stage = ➡️ Запросити на наступний етап
workshops-manage-cancel = ❌ Скасувати воркшоп
workshops-manage-back = ⬅️ Назад
workshops-manage-cancel-yes = ❌ Так, скасувати й повідомити всім
# Variables:
#   $title (String) - title
#   $count (Number) - people registered
workshops-manage-cancel-ask = Скасувати «{ $title }»? { $count ->
        [one] Записана { $count } людина, їй повідомлять.
        [few] Записані { $count } людини, їм повідомлять.
        [many] Записано { $count } людей, їм повідомлять.
       *[other] Записано { $count } людини, їм повідомлять.
    }
# Variables:
#   $count (Number) - people told
workshops-manage-cancelled = ❌ Скасовано. { $count ->
        [one] Повідомляємо { $count } людині.
        [few] Повідомляємо { $count } людям.
        [many] Повідомляємо { $count } людям.
       *[other] Повідомляємо { $count } людям.
    }
# Variables:
#   $title (String) - title
#   $count (Number) - people registered
workshops-attendees = 👥 «{ $title }»: { $count ->
        [one] { $count } людина
        [few] { $count } людини
        [many] { $count } людей
       *[other] { $count } людини
    }. Натисніть на ім'я, щоб позначити присутність.
# Variables:
#   $name (String) - display name
#   $status (String) - registration status
#   $code (String) - check-in code
workshops-attendee-line = { $name } · { $status } · { $code }
workshops-anonymous = (без імені)
workshops-registration-confirmed = підтверджено
workshops-registration-waitlisted = чекає
workshops-registration-offered = запропоновано місце
workshops-registration-attended = присутній
workshops-registration-cancelled = скасовано
workshops-checkin-ask = Надішліть код реєстрації (6 символів). Можна надсилати коди один за одним.
# Variables:
#   $name (String) - display name
workshops-checkin-done = ✅ { $name } зареєстровано. Надішліть наступний код або поверніться назад.
workshops-checkin-unknown-code = ❓ Такого коду для цього воркшопу немає. Перевірте його й надішліть ще раз.
workshops-csv-id = №
workshops-csv-name = Ім'я
workshops-csv-city = Місто
workshops-csv-status = Статус
workshops-csv-code = Код реєстрації
workshops-csv-signed-up = Записано (UTC)
# Variables:
#   $title (String) - title
workshops-csv-caption = 📄 Учасники «{ $title }»
workshops-qr-caption = 🔳 Надрукуйте це на плакатах: QR-код відкриває запис.
workshops-message-ask = Напишіть повідомлення для всіх підтверджених учасників одним повідомленням.
# Variables:
#   $count (Number) - recipients
workshops-message-queued = 📣 { $count ->
        [one] Ваше повідомлення надсилається { $count } людині.
        [few] Ваше повідомлення надсилається { $count } людям.
        [many] Ваше повідомлення надсилається { $count } людям.
       *[other] Ваше повідомлення надсилається { $count } людям.
    }
workshops-translate-choose = Якою мовою додати назву?
# Variables:
#   $language (String) - language name
workshops-translate-ask = Надішліть назву мовою: { $language }.
workshops-time-updated = 🕒 Час змінено; усім записаним повідомляємо.
workshops-capacity-updated = 🪑 Кількість місць змінено.
workshops-translation-saved = 🌐 Переклад збережено.
workshops-next-stage-choose = На який воркшоп запросити учасників?
workshops-next-stage-none = Опублікованого воркшопу наступного етапу поки немає. Спершу створіть і опублікуйте його.
# Variables:
#   $count (Number) - people invited
workshops-next-stage-sent = ➡️ { $count ->
        [0] Запрошувати нікого: нікого не відмічено або всі вже записані.
        [one] Запрошуємо { $count } учасника.
        [few] Запрошуємо { $count } учасників.
        [many] Запрошуємо { $count } учасників.
       *[other] Запрошуємо { $count } учасника.
    }
# Variables:
#   $title (String) - workshop title
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 «{ $title }» заповнено на { $percent } %: зайнято { $taken } з { $capacity } місць.

workshops-manage-reminders = ⏰ Нагадування
workshops-reminders-choose = Коли нагадувати підтвердженим учасникам?
# Variables:
#   $hours (Number) - hours before the start
workshops-reminders-hours = за { $hours } год
workshops-reminders-none = Без нагадувань
workshops-reminders-updated = ⏰ Нагадування змінено й заново заплановано для всіх підтверджених.
# Variables:
#   $language (String) - language name
workshops-translate-ask-description = Тепер надішліть опис мовою: { $language } — або поверніться назад, якщо опису немає.
workshops-attendees-more = … решта відповідей — в експорті CSV.
