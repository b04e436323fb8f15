## Воркшопи: учасники

menu-workshops = 📅 Воркшопи
commands-workshops = Воркшопи та запис

workshops-kind-kickoff = Стартовий воркшоп
workshops-kind-match_sprint = Воркшоп «Match & Sprint»
workshops-kind-sprint_succeed = Воркшоп «Sprint & Succeed»
workshops-kind-other = Воркшоп

# Variables:
#   $count (Number) - how many workshops are listed (not shown)
workshops-list = 📅 Найближчі воркшопи — натисніть на будь-який, щоб дізнатися подробиці й записатися:
workshops-list-mine = 📅 Воркшопи, на які ви записані:
workshops-none = Найближчих воркшопів поки немає. Я повідомлю вам, щойно з'явиться новий.
workshops-none-mine = Ви не записані на жоден із найближчих воркшопів.

# Variables:
#   $title (String) - workshop title
#   $when (String) - its date and time; a line of the list (the button shows only the title)
workshops-list-item = • { $title } — { $when }
workshops-show-all = 📅 Усі воркшопи
workshops-show-mine = 🎟 Мої записи
workshops-open = 📅 Відкрити воркшоп
workshops-back-to-list = ⬅️ Усі воркшопи
workshops-sign-up = ✍️ Записатися
workshops-join-waitlist = ⏳ У список очікування
workshops-cancel-signup = ✖️ Скасувати запис
workshops-place-online = Онлайн
# Variables:
#   $link (String) - the link to the online meeting (URL)
workshops-place-online-link = Онлайн: { $link }

# Variables:
#   $title (String) - workshop title, gender unknown
#   $kind (String) - kind of workshop (workshops-kind-*)
#   $when (String) - date and time saying whose time it is (times.ftl), e.g. "Sat, 24 Apr 2027, 18:30–21:00 Krasnodar time (17:30–20:00 your time)", already formatted
#   $place (String) - city and address, or online
#   $seats (Number) - seats left for the reader's city, -1 when unlimited; the number is shown in every plural variant
workshops-card =
    📅 { $title }
    { $kind }

    🕒 { $when }
    📍 { $place }
    🪑 { $seats ->
        [-1] Кількість місць не обмежена
        [0] Місць немає — можна записатися до списку очікування
        [one] Залишилося { $seats } місце
        [few] Залишилося { $seats } місця
        [many] Залишилося { $seats } місць
       *[other] Залишилося { $seats } місця
    }
# Variables:
#   $description (String) - the organisers' description (free text)
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code (6 characters)
workshops-status-confirmed = ✅ Ви записані. Ваш код для реєстрації на місці: { $code }
# Variables:
#   $code (String) - personal check-in code (not shown)
workshops-status-attended = ✅ Ви взяли участь. Дякуємо!
# Variables:
#   $position (Number) - place on the waiting list; written as "під номером N", no agreement needed
workshops-status-waitlisted = ⏳ Ви в списку очікування під номером { $position }.
# Variables:
#   $deadline (String) - until when the seat is held: date and time, already formatted
workshops-status-offered = 🎟 Для вас звільнилося місце! Будь ласка, дайте відповідь до { $deadline }.

# Variables:
#   $number (Number) - which question
#   $total (Number) - how many questions; "Питання N з M" needs no agreement
#   $required (String) - yes or no (selector key)
workshops-question-header = Питання { $number } з { $total }{ $required ->
        [yes] {""}
       *[no] {" "}(за бажанням)
    }
workshops-question-who = Хто ви? Розкажіть трохи про себе.
workshops-question-hopes = Чого ви очікуєте від партнерства міст?
workshops-question-why = Чому ви хочете взяти участь?
workshops-question-else = Хочете повідомити нам ще щось?
# Variables:
#   $text (String) - the organisers' own question (free text)
workshops-question-custom = { $text }
workshops-signup-aborted = Запис скасовано — нічого не збережено.

# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшоп"
#   $when (String) - date and time, already formatted
#   $place (String) - place or online link
#   $code (String) - personal check-in code (6 characters)
workshops-signup-confirmed =
    ✅ Ви записалися на воркшоп «{ $title }»!

    🕒 { $when }
    📍 { $place }

    Ваш код для реєстрації на місці: { $code }
    Я нагадаю вам перед початком.
workshops-calendar-caption = 📆 Додайте воркшоп до свого календаря.
workshops-calendar-cancel = 📆 Відкрийте цей файл, щоб прибрати воркшоп із календаря.
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшопі"
#   $position (Number) - place on the waiting list; written as "під номером N", no agreement needed
workshops-signup-waitlisted =
    ⏳ На воркшопі «{ $title }» зараз немає вільних місць. Ви в списку очікування під номером { $position }.
    Якщо місце звільниться, я одразу запропоную його вам.

workshops-signup-not-open = Запис на цей воркшоп не відкрито.
workshops-signup-cancelled = ❌ Цей воркшоп скасовано.
workshops-signup-closed = Запис на цей воркшоп закрито.
workshops-signup-already = Ви вже записані на цей воркшоп.
workshops-gone = Цього воркшопу більше немає. Актуальні воркшопи — у /workshops.

# Variables:
#   $title (String) - workshop title
#   $partnership (String) - the partnership the workshop belongs to
workshops-link-other-partnership = Воркшоп «{ $title }» належить до партнерства { $partnership }, а не до вашого, тож записатися на нього звідси не можна. Якщо ви переїхали, партнерство можна змінити в профілі.

workshops-error-answer-missing = На це питання потрібно відповісти.
workshops-error-answer-empty = Будь ласка, напишіть кілька слів (або скористайтеся кнопками).
workshops-error-answer-long = Задовго: будь ласка, не більше 1000 символів.
workshops-error-use-buttons = Будь ласка, на цьому кроці використовуйте кнопки.

workshops-cancel-ask = Ви справді хочете скасувати запис? Ваше місце перейде до наступної людини зі списку очікування.
workshops-cancel-yes = Так, скасувати
workshops-cancel-no = Ні, зберегти місце
workshops-cancelled-by-you = Ваш запис скасовано. Ви можете записатися знову, поки є місця.
workshops-cancel-not-possible = Цей запис більше не можна скасувати.

workshops-offer-accept = Так, беру місце
workshops-offer-decline = Ні, дякую
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшопі"
#   $when (String) - date and time, already formatted
#   $deadline (String) - until when the seat is held: date and time, already formatted
workshops-offer =
    🎟 Гарна новина: на воркшопі «{ $title }» для вас звільнилося місце!
    🕒 { $when }

    Будь ласка, дайте відповідь до { $deadline } — після цього місце перейде до наступної людини.
workshops-offer-declined = Гаразд — місце перейде до наступної людини. Дякуємо, що повідомили.
workshops-offer-gone = Ця пропозиція вже недійсна.
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшопі"
workshops-offer-expired = Вам пропонували місце на воркшопі «{ $title }», але час на відповідь минув, тож воно перейшло до наступної людини.

# Variables:
#   $title (String) - workshop title, gender unknown (after a colon)
#   $when (String) - date and time, already formatted
#   $place (String) - place or online link
#   $code (String) - personal check-in code (6 characters)
workshops-reminder =
    ⏰ Нагадування: «{ $title }»
    🕒 { $when }
    📍 { $place }
    Ваш код для реєстрації на місці: { $code }
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшоп"
#   $when (String) - date and time it was planned for, already formatted
workshops-cancelled-notice = ❌ Організатори скасували воркшоп «{ $title }» ({ $when }). Нам дуже шкода.
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшоп"
#   $when (String) - the new date and time, already formatted
workshops-time-changed = 🕒 Воркшоп «{ $title }» перенесено на { $when }. Ваш запис залишається чинним.
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшопу"
#   $message (String) - the organisers' message (free text)
workshops-organiser-message =
    📣 Від організаторів воркшопу «{ $title }»:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended, gender unknown: keep it after a noun
#   $source_city (String) - city of that workshop, nominative (after "у місті")
#   $online (String) - yes if it was online (selector key)
#   $title (String) - title of the next workshop, gender unknown (after a colon)
#   $when (String) - its date and time, already formatted
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 Ви брали участь в онлайн-воркшопі «{ $source }».
       *[no] 👋 Ви брали участь у стартовому воркшопі в місті { $source_city } («{ $source }»).
    }
    Запрошуємо вас на наступний етап: { $title }, { $when }.

# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшоп", never as the subject of a past-tense verb
workshops-feedback-ask = 🙏 Як вам воркшоп «{ $title }»? Оцініть його від 1 (погано) до 5 (чудово).
workshops-feedback-comment = 💬 Додати коментар
workshops-feedback-ask-comment = Напишіть коментар одним повідомленням.
# Variables:
#   $rating (Number) - the rating given (1–5); "N з 5" needs no agreement
workshops-feedback-thanks = Дякуємо за оцінку ({ $rating } з 5)!
workshops-feedback-comment-thanks = Дякуємо — ваш коментар збережено.

## Воркшопи: організатори

staff-workshops = 📅 Воркшопи
workshops-new = ➕ Новий воркшоп
# Variables:
#   $partnership (String) - partnership name, gender unknown (after the noun "партнерства")
#   $count (Number) - how many workshops; the number is shown in every variant but [0]
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
workshops-draft-ask-place = Де він відбудеться?
workshops-draft-ask-address = Надішліть адресу місця проведення або пропустіть.
workshops-draft-ask-link = Надішліть посилання на онлайн-зустріч (починається з https://). Його побачать лише підтверджені учасники.
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-end = Коли він закінчиться? Надішліть час, наприклад 21:00, або дату й час (за часом міста { $city }).
workshops-draft-ask-capacity = Скільки місць? Надішліть число або виберіть «без обмеження».
workshops-draft-ask-quotas = Розподілити місця між містами (наприклад, 15 для Карлсруе + 15 для Краснодара)?
# Variables:
#   $city (String) - city name, nominative (after "з міста")
workshops-draft-ask-quota = Скільки місць для учасників із міста { $city }?
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-deadline = До якого часу можна записатися? Надішліть дату й час, наприклад 24.04.2027 12:00 (за часом міста { $city }), або залиште запис відкритим до початку.
# Variables:
#   $questions (String) - the list of questions, one per line, or workshops-draft-no-questions
workshops-draft-ask-questions =
    Питання, на які відповідають під час запису:
    { $questions }

    Натисніть на номер питання, щоб зробити його обов'язковим чи необов'язковим, або на 🗑, щоб видалити. Можна також додати своє питання.
workshops-draft-ask-question-text = Надішліть питання.
workshops-draft-ask-question-choice-text = Надішліть питання; варіанти відповіді — наступним повідомленням.
workshops-draft-ask-question-choices = Надішліть варіанти відповіді, по одному в рядку (від 2 до 8).
workshops-draft-no-questions = (без питань)
# Variables:
#   $number (Number) - question number
#   $text (String) - question text
#   $required (String) - yes or no (selector key)
workshops-draft-question-line = { $number }. { $text }{ $required ->
        [yes] {" "}(обов'язкове)
       *[no] {""}
    }
# Variables:
#   $number (Number) - question number (1–10); button, two in a row: at most 14 characters, so no ✅ here (the word says the state)
workshops-draft-question-required = { $number }: обов'язкове
# Variables:
#   $number (Number) - question number (1–10); button, two in a row: at most 14 characters
workshops-draft-question-optional = { $number }: за бажанням
# Variables:
#   $number (Number) - question number; button "delete question N"
workshops-draft-question-remove = 🗑 { $number }
workshops-draft-add-text-question = ➕ Відкрите питання
workshops-draft-add-choice-question = ➕ Питання з варіантами
workshops-draft-questions-done = Далі ▶️
workshops-draft-skip-description = Без опису ▶️
workshops-draft-skip-address = Без адреси ▶️
workshops-draft-skip-deadline = До початку ▶️
workshops-draft-unlimited = ♾ Без обмеження
workshops-draft-quotas-yes = Так, місця за містами
workshops-draft-quotas-no = Ні, спільна кількість місць
workshops-draft-publish = 📢 Опублікувати
workshops-draft-save = 📝 Зберегти чернетку
workshops-draft-cancelled = Скасовано — воркшоп не створено.
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "Воркшоп"
workshops-draft-created = 📢 Воркшоп «{ $title }» опубліковано. Учасники бачать його в /workshops.
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "Воркшоп"
workshops-draft-saved = 📝 Воркшоп «{ $title }» збережено як чернетку. Опублікуйте його, коли будете готові.
workshops-draft-missing = Цей крок уже закрито. Почніть знову зі списку воркшопів.

workshops-error-title-empty = Назва не може бути порожньою.
workshops-error-title-long = Назва задовга: будь ласка, не більше 100 символів.
workshops-error-description-empty = Опис не може бути порожнім — або натисніть «Без опису».
workshops-error-description-long = Опис задовгий: будь ласка, не більше 1000 символів.
workshops-error-in-past = Цей час уже минув. Будь ласка, вкажіть майбутні дату й час.
workshops-error-end-before-start = Кінець має бути пізніше за початок.
workshops-error-too-long = Воркшоп може тривати не більше двох тижнів.
workshops-error-capacity = Будь ласка, надішліть ціле число місць від 1 до 10000.
workshops-error-quotas-over-capacity = Сума місць за містами більша за загальну кількість місць.
workshops-error-link = Будь ласка, надішліть повне посилання, що починається з https://
workshops-error-address = Будь ласка, надішліть адресу не довшу за 200 символів.
workshops-error-datetime = Не вдалося прочитати дату й час. Будь ласка, напишіть так: 24.04.2027 18:30.
workshops-error-deadline = Запис має закінчуватися в майбутньому і до початку воркшопу.
workshops-error-choices = Будь ласка, надішліть від 2 до 8 варіантів, по одному в рядку.
workshops-error-too-many-questions = У воркшопі може бути щонайбільше 10 питань.
workshops-error-incomplete = Бракує деяких даних. Будь ласка, пройдіть кроки ще раз.
# Variables:
#   $taken (Number) - seats already taken; written as "зайнято місць: N", no agreement needed
workshops-error-capacity-below-taken = Уже зайнято місць: { $taken }, тому менше місць зробити не можна.
workshops-error-message-long = Повідомлення задовге: будь ласка, не більше 3000 символів.
workshops-already-cancelled = Цей воркшоп уже скасовано.

workshops-state-draft = 📝 чернетка
workshops-state-published = 📢 опубліковано
workshops-state-cancelled = ❌ скасовано
# Variables:
#   $title (String) - workshop title, gender unknown
#   $status (String) - workshops-state-* (with its emoji)
#   $when (String) - date and time, already formatted
#   $place (String) - place
#   $capacity (Number) - seats, -1 when unlimited; every count follows a colon, no agreement needed
#   $confirmed (Number) - confirmed people
#   $attended (Number) - checked in
#   $waitlisted (Number) - on the waiting list
#   $offered (Number) - with an open offer
workshops-manage-card =
    { $title } — { $status }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] підтверджено: { $confirmed } (кількість місць не обмежена)
       *[other] підтверджено: { $confirmed } з { $capacity }
    }
    Прийшли: { $attended }
    У списку очікування: { $waitlisted }
    Відкриті пропозиції місця зі списку очікування: { $offered }
# The toggle on its own row: the state the workshop is in, then what pressing does.
workshops-manage-publish = 📝 Прихований · опублікувати
workshops-manage-unpublish = 📢 Видно всім · приховати
workshops-manage-attendees = 👥 Учасники
workshops-manage-checkin = 🎫 Реєстрація
workshops-manage-csv = 📄 Експорт CSV
workshops-manage-qr = 🔳 QR-код
workshops-manage-message = 📣 Написати
workshops-manage-time = 🕒 Змінити час
workshops-manage-capacity = 🪑 Місткість
workshops-manage-translate = 🌐 Переклади
workshops-manage-next-stage = ➡️ Запросити на наступний етап
workshops-manage-cancel = ❌ Скасувати воркшоп
workshops-manage-back = ⬅️ Назад
workshops-manage-cancel-yes = ❌ Скасувати й сповістити всіх
# Nobody is registered, so nobody is told; button, at most 30 characters
workshops-manage-cancel-yes-silent = ❌ Так, скасувати
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшоп"
#   $count (Number) - people registered; [1] means exactly one person (singular pronoun), [one] also covers 21, 31, 101… (so no singular pronoun there)
workshops-manage-cancel-ask = Скасувати воркшоп «{ $title }»? { $count ->
        [1] Записалася { $count } людина — вона отримає повідомлення.
        [one] Записалася { $count } людина — усі отримають повідомлення.
        [few] Записалися { $count } людини — усі отримають повідомлення.
        [many] Записалося { $count } людей — усі отримають повідомлення.
       *[other] Записалося { $count } людини — усі отримають повідомлення.
    }
# Variables:
#   $count (Number) - people told; dative after "Повідомляємо" (людині / людям)
workshops-manage-cancelled = ❌ Скасовано. { $count ->
        [one] Повідомляємо { $count } людині.
        [few] Повідомляємо { $count } людям.
        [many] Повідомляємо { $count } людям.
       *[other] Повідомляємо { $count } людям.
    }
# Variables:
#   $title (String) - workshop title, gender unknown (in «» before a colon)
#   $count (Number) - people registered; the number is shown in every variant
workshops-attendees = 👥 «{ $title }»: { $count ->
        [one] { $count } людина
        [few] { $count } людини
        [many] { $count } людей
       *[other] { $count } людини
    }. Натисніть на ім'я, щоб позначити присутність.
# Variables:
#   $name (String) - display name, gender unknown (button label)
#   $status (String) - registration status, or none when confirmed or present (✅ shows present)
#   $code (String) - check-in code: first, so it is never cut off the button
workshops-attendee-line = { $code } · { $name }{ $status ->
        [none] {""}
       *[other] {" · "}{ $status }
    }
workshops-registration-confirmed = підтверджено
workshops-registration-waitlisted = у списку очікування
workshops-registration-offered = запропоновано місце
workshops-registration-attended = на місці
workshops-registration-cancelled = скасовано
workshops-checkin-ask = Надішліть код реєстрації (6 символів). Можна надсилати коди один за одним.
# Variables:
#   $name (String) - display name, gender unknown, nominative: keep it after a colon
workshops-checkin-done = ✅ Зареєстровано: { $name }. Надішліть наступний код або поверніться назад.
workshops-checkin-unknown-code = ❓ Такого коду для цього воркшопу немає. Перевірте його й надішліть ще раз.
workshops-csv-id = №
workshops-csv-name = Ім'я
workshops-csv-city = Місто
workshops-csv-status = Статус
workshops-csv-code = Код реєстрації
# Variables:
#   $city (String) - місто, за годинником якого вказано час, напр. "Карлсруе"
workshops-csv-signed-up = Дата запису (час міста { $city })
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "воркшопу"
workshops-csv-caption = 📄 Учасники воркшопу «{ $title }»
workshops-qr-caption = 🔳 Надрукуйте цей QR-код на плакатах: він відкриває запис на воркшоп.
workshops-poster-caption = 🖨 Афіша для друку: A4, з назвою, часом, місцем і QR-кодом.
# Printed on the poster under the QR code (no emoji: it is printed).
workshops-poster-scan = Наведіть камеру телефона на код, щоб записатися
workshops-message-ask = Напишіть повідомлення для всіх підтверджених учасників одним повідомленням.
# Variables:
#   $count (Number) - recipients; dative after "надсилається" (людині / людям)
workshops-message-queued = 📣 { $count ->
        [one] Ваше повідомлення надсилається { $count } людині.
        [few] Ваше повідомлення надсилається { $count } людям.
        [many] Ваше повідомлення надсилається { $count } людям.
       *[other] Ваше повідомлення надсилається { $count } людям.
    }
workshops-translate-choose = Якою мовою додати назву?
# Variables:
#   $language (String) - language name, lower case nominative ("німецька"), after "мовою:"
workshops-translate-ask = Надішліть назву мовою: { $language }.
workshops-time-updated = 🕒 Час змінено; усі записані отримають повідомлення.
workshops-capacity-updated = 🪑 Кількість місць змінено.
workshops-translation-saved = 🌐 Переклад збережено.
workshops-next-stage-choose = На який воркшоп запросити учасників?
workshops-next-stage-none = Опублікованого воркшопу наступного етапу поки немає. Спершу створіть і опублікуйте його.
# Variables:
#   $count (Number) - people invited; nominative subject of "отримає/отримають", so the case never depends on the verb
workshops-next-stage-sent = ➡️ { $count ->
        [0] Нема кого запрошувати: нікого не відмічено на місці, або всі вже записалися.
        [one] Запрошення отримає { $count } учасник.
        [few] Запрошення отримають { $count } учасники.
        [many] Запрошення отримають { $count } учасників.
       *[other] Запрошення отримають { $count } учасника.
    }
# Variables:
#   $title (String) - workshop title, gender unknown: keep it after the noun "Воркшоп"
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken; written as "зайнято місць — N з M", no agreement needed
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 Воркшоп «{ $title }» заповнено на { $percent } %: зайнято місць — { $taken } з { $capacity }.

workshops-manage-reminders = ⏰ Нагадування
workshops-reminders-choose = Коли нагадувати підтвердженим учасникам?
# Variables:
#   $hours (Number) - hours before the start; "год" is an abbreviation and needs no agreement
workshops-reminders-hours = за { $hours } год
workshops-reminders-none = Без нагадувань
workshops-reminders-updated = ⏰ Нагадування змінено й заново заплановано для всіх підтверджених.
# Variables:
#   $language (String) - language name, lower case nominative ("німецька"), after "мовою:"
workshops-translate-ask-description = Тепер надішліть опис мовою: { $language } — або поверніться назад, якщо опису немає.
workshops-attendees-more = … решта відповідей — в експорті CSV.

## A typed time on a night the clocks change
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
workshops-draft-time-gap = ⏰ { $place }, { $date }: часу { $time } не існує — годинники переводять одразу на { $jump }. Узяти { $suggestion }?
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
workshops-draft-time-fold = ⏰ { $place }, { $date }: час { $time } настає двічі — за літнім часом ({ $summer }) чи за зимовим ({ $winter })?
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
workshops-draft-time-use = Узяти { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
workshops-draft-time-summer = Літній час ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
workshops-draft-time-winter = Зимовий час ({ $zone })
workshops-draft-time-retype = ✏️ Ввести інший час

## The new-workshop wizard: kinds explained, calendar, common times, preview with edits
workshops-kind-kickoff-about = • Стартовий воркшоп: перша зустріч — учасники знайомляться з програмою та одне з одним і приносять свої ідеї.
workshops-kind-match_sprint-about = • Воркшоп «Match & Sprint»: навколо обраних ідей збираються команди й планують перші кроки.
workshops-kind-sprint_succeed-about = • Воркшоп «Sprint & Succeed»: команди показують, що зробили, і планують, як рухатися далі.
workshops-kind-other-about = • Воркшоп: будь-яка інша зустріч програми.
# Variables:
#   $value (String) - the answer this step already has
workshops-draft-current = Зараз: { $value }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-draft-ask-date = 📅 Якого дня? Натисніть на день (календар: { $month }, ▶️ — наступний місяць) або напишіть дату, наприклад { $example }.
# Variables:
#   $date (String) - the chosen day, e.g. Thursday, 14 January 2027
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-time = 🕒 { $date }: о котрій початок? Натисніть на час або напишіть інший, наприклад 18:30 (за часом міста { $city }).
# Variables:
#   $start (String) - the start with its city, e.g. Thu, 14 Jan 2027, 18:00 Karlsruhe time
#   $hours (Number) - hours of a full day
workshops-draft-ask-duration = ⏳ Початок: { $start }. Скільки триває? Увесь день — це { $hours ->
        [one] { $hours } година
        [few] { $hours } години
        [many] { $hours } годин
       *[other] { $hours } години
    }. Або напишіть час закінчення, наприклад 21:00.
# Variables:
#   $hours (Number) - hours
workshops-draft-hours = { $hours } год
# Variables:
#   $hours (Number) - hours of a full day
workshops-draft-full-day = Увесь день ({ $hours } год)
workshops-draft-quotas-split = Порівну
# Variables:
#   $seats (Number) - seats in all
#   $split (String) - the even split, e.g. Karlsruhe: 15 seats and Krasnodar: 15 seats
workshops-draft-ask-quotas-split = 🪑 { $seats ->
        [one] { $seats } місце.
        [few] { $seats } місця.
        [many] { $seats } місць.
       *[other] { $seats } місця.
    } Залишити місця для кожного міста? Порівну: { $split }.
# Variables:
#   $city (String) - city name
#   $seats (Number) - seats kept for people from there
workshops-draft-city-seats = { $city }: { $seats ->
        [one] { $seats } місце
        [few] { $seats } місця
        [many] { $seats } місць
       *[other] { $seats } місця
    }
workshops-draft-edit-kind = Вид
workshops-draft-edit-title = Назва
workshops-draft-edit-description = Опис
workshops-draft-edit-place = Місто / онлайн
workshops-draft-edit-address = Адреса
workshops-draft-edit-link = Посилання
workshops-draft-edit-date = Дата
workshops-draft-edit-time = Початок
workshops-draft-edit-duration = Тривалість
workshops-draft-edit-capacity = Місця
workshops-draft-edit-deadline = Запис до
workshops-draft-edit-questions = Питання
# Variables:
#   $kind (String) - kind of workshop
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time saying whose time it is, e.g. Thu, 14 Jan 2027, 18:00–21:00 Karlsruhe time
#   $place (String) - city and address, or online
#   $capacity (Number) - seats, -1 when unlimited
workshops-draft-preview =
    Перевірте — так це побачать учасники:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] без обмеження місць
        [one] { $capacity } місце
        [few] { $capacity } місця
        [many] { $capacity } місць
       *[other] { $capacity } місця
    }
# Variables:
#   $quotas (String) - seats kept per city
workshops-draft-preview-quotas = Місця за містами: { $quotas }
# Variables:
#   $deadline (String) - sign-up deadline with its city's time
workshops-draft-preview-deadline = Запис до { $deadline }
workshops-draft-preview-deadline-start = Запис відкритий до початку
# Variables:
#   $questions (Number) - questions asked at sign-up
workshops-draft-preview-questions = { $questions ->
        [0] Без питань під час запису
        [one] { $questions } питання під час запису
        [few] { $questions } питання під час запису
        [many] { $questions } питань під час запису
       *[other] { $questions } питання під час запису
    }
workshops-draft-preview-edit = Натисніть на поле нижче, щоб змінити його; потім опублікуйте.
# Variables:
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-error-date = Не вдалося розібрати дату. Напишіть її так: { $example } — або натисніть на день.
# Variables:
#   $example (String) - a time, e.g. 18:30
workshops-error-clock = Не вдалося розібрати час. Напишіть його так: { $example } — або натисніть на час.
workshops-error-day-past = Цей день уже минув. Виберіть сьогоднішній або пізніший день.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city
#   $jump (String) - the time the clocks jump to, e.g. 03:00
workshops-error-time-gap = ⏰ { $place }, { $date }: часу { $time } не існує — годинники переводять одразу на { $jump }. Надішліть інший час.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $zone (String) - abbreviation of summer time there, e.g. CEST
workshops-time-updated-fold = 🕒 Час змінено; усі записані отримають повідомлення. { $time } цієї ночі буває двічі: вибрано перший раз (літній час, { $zone }).

## The new-workshop wizard: the title and description in the programme's other languages
workshops-draft-edit-languages = Мови
workshops-draft-languages-done = Готово ▶️
workshops-draft-skip-language = Без цієї мови ▶️
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-languages-head = 🌐 Назва й опис іншими мовами програми, щоб учасники читали про воркшоп своєю мовою (ви писали мовою: { $language }). Натисніть на мову, щоб написати або виправити текст.
# Variables:
#   $language (String) - language name
#   $title (String) - the title in that language
#   $machine (String) - yes when machine-translated and not corrected yet
workshops-draft-language-line = • { $language }: { $title }{ $machine ->
        [yes] {" "}(🤖 машинний переклад — натисніть, щоб виправити)
       *[no] {""}
    }
# Variables:
#   $language (String) - language name
workshops-draft-language-missing = • { $language }: поки немає — читачі побачать ваш текст
workshops-draft-languages-no-machine = Машинний переклад не налаштовано: напишіть назву (й опис) потрібною мовою самі або пропустіть мову.
# Variables:
#   $language (String) - language name
workshops-draft-ask-tr-description = Тепер надішліть опис (мова: { $language }) або пропустіть.
# Variables:
#   $languages (String) - the other languages the workshop has
workshops-draft-preview-languages = 🌐 Також мовами: { $languages }
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-preview-languages-none = 🌐 Поки лише однією мовою ({ $language }) — кнопка «Мови» додасть інші

## The new-workshop wizard: a copy of an earlier workshop
workshops-draft-copy = 📋 Скопіювати минулий воркшоп
workshops-draft-copy-choose = 📋 Який воркшоп скопіювати? Переноситься все, крім дня — його ви виберете наступним кроком.
workshops-draft-copy-none = 📋 У вас поки немає минулих воркшопів для копіювання. Поверніться й виберіть вид воркшопу.

## The new-workshop wizard: the last address in a city as the default venue
workshops-draft-same-address = 📍 Адреса як минулого разу
# Variables:
#   $city (String) - the workshop's city (the organiser's own unless changed)
workshops-draft-ask-address-in = Надішліть адресу місця проведення у місті { $city } або пропустіть.
workshops-draft-other-city = 🌍 Інше місто або онлайн
# Variables:
#   $address (String) - the address of the latest workshop in that city
workshops-draft-last-address = Минулого разу в цьому місті: { $address }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date and time written as the bot reads them, e.g. 08/12/2026 18:30
#   $city (String) - the city whose clock the times are on
workshops-edit-ask-date = 📅 Новий день? Виберіть день у календарі ({ $month }, ▶️ — наступний місяць) або напишіть нову дату й час, наприклад { $example } (за часом міста { $city }).
