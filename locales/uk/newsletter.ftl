## newsletter

newsletter-home = 📰 Бюлетень мережі

    Напишіть бюлетень мережі для людей із партнерств мережі: розділи, версії іншими мовами, отримувачі за країнами, напрямами й ролями. Перед надсиланням ви побачите попередній перегляд і кількість отримувачів.
newsletter-write-button = ✏️ Написати бюлетень
newsletter-back-button = ⬅️ Назад до мережі
newsletter-cancel-button = ✖️ Скасувати
newsletter-cancelled = Скасовано — нічого не надіслано.
# Variables:
#   $language (String) - the language the staff member writes in
newsletter-ask-section = 📰 Новий бюлетень мережі, мова: { $language }. Надішліть перший розділ одним повідомленням: перший рядок — заголовок, рядки нижче — текст.
# Variables:
#   $count (Number) - sections written
#   $languages (String) - languages with a complete version
newsletter-sections = { $count ->
        [one] Написано { $count } розділ.
        [few] Написано { $count } розділи.
        [many] Написано { $count } розділів.
       *[other] Написано { $count } розділу.
    } Версії: { $languages }.

    Надішліть ще розділ (заголовок у першому рядку), додайте версію іншою мовою або виберіть отримувачів.
# Variables:
#   $language (String) - the version's language
#   $number (Number) - the section to type now
#   $count (Number) - sections in all
newsletter-ask-version = Надішліть розділ { $number } з { $count } (мова: { $language }): заголовок у першому рядку, текст нижче. Оригінал:
newsletter-machine-button = 🤖 Машинні версії
newsletter-machine-done = 🤖 Для інших мов додано машинні версії. Читачі побачать позначку «машинний переклад», оригінал — за одне натискання.
# Variables:
#   $languages (String) - languages the provider could not translate into
newsletter-machine-failed = Машинної версії зараз немає для мов: { $languages }. Їхні читачі отримають оригінал із зазначенням його мови.
newsletter-audience-button = 👥 Вибрати отримувачів ▶️
# Variables:
#   $country (String) - the country focus chosen, or "any country"
#   $topic (String) - the topic focus chosen, or "any topic"
#   $role (String) - who among the partnerships' people
#   $count (Number) - people reached
newsletter-audience = 👥 Хто отримає бюлетень мережі?
    Країна: { $country }
    Напрям: { $topic }
    Хто: { $role }

    { $count ->
        [0] Поки що в цій групі нікого немає.
        [one] Його отримає { $count } людина.
        [few] Його отримають { $count } людини.
        [many] Його отримають { $count } людей.
       *[other] Його отримають { $count } людини.
    } Ті, хто вимкнув оголошення, не враховуються.
newsletter-role-everyone = Усі
newsletter-role-participants = Учасники
newsletter-role-organisers = Організатори
newsletter-role-coaches = Коучі
newsletter-country-button = 🌍 Країна
newsletter-topic-button = 🏷 Напрям
newsletter-any-country = Будь-яка країна
newsletter-any-topic = Будь-який напрям
newsletter-choose-country = 🌍 Партнерства з якою країною? (Країни, які називають партнерства мережі.)
newsletter-choose-topic = 🏷 Партнерства з яким напрямом?
newsletter-preview-button = 👁 Попередній перегляд
# Variables:
#   $language (String) - language name
#   $count (Number) - readers of this language
newsletter-preview-header = 👁 Так його побачать читачі, мова: { $language } ({ $count ->
        [one] { $count } людина
        [few] { $count } людини
        [many] { $count } людей
       *[other] { $count } людини
    }):
# Variables:
#   $language (String) - language name
#   $count (Number) - recipients
newsletter-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
newsletter-confirm = { $count ->
        [0] У цій групі нікого немає (ті, хто вимкнув оголошення, не враховуються). Виберіть інших отримувачів.
        [one] Бюлетень отримає { $count } людина ({ $parts }). Надіслати?
        [few] Бюлетень отримають { $count } людини ({ $parts }). Надіслати?
        [many] Бюлетень отримають { $count } людей ({ $parts }). Надіслати?
       *[other] Бюлетень отримають { $count } людини ({ $parts }). Надіслати?
    }
# Variables:
#   $count (Number) - recipients
newsletter-send-button = 📰 Надіслати ({ $count })
newsletter-schedule-button = 🕒 Надіслати пізніше
newsletter-edit-audience-button = 👥 Інші отримувачі
# Variables:
#   $city (String) - the city whose clock the typed time is on
newsletter-ask-time = Коли надіслати? Вкажіть дату й час, наприклад 24.04.2027 09:00 (за часом міста { $city }).
# Variables:
#   $when (String) - date and time, saying whose time it is
newsletter-scheduled = 🕒 Надсилання бюлетеня мережі заплановано на { $when }.
newsletter-heading = 📰 Бюлетень мережі
# Variables:
#   $language (String) - the original's language
newsletter-machine-line = 🤖 Машинний переклад, мова оригіналу: { $language }. Оригінал — за кнопкою нижче.
# Variables:
#   $language (String) - the original's language
newsletter-original-line = Мова оригіналу: { $language }. Версії вашою мовою немає.
newsletter-original-button = 📄 Показати оригінал
newsletter-draft-missing = Цей бюлетень більше не редагується. Почніть знову в меню мережі.
newsletter-error-use-buttons = Будь ласка, на цьому кроці використовуйте кнопки.
newsletter-error-section = У розділі потрібен заголовок у першому рядку й текст під ним. Будь ласка, надішліть його ще раз.
# Variables:
#   $limit (Number) - most sections
newsletter-error-sections = { $limit ->
        [one] У бюлетені не більше { $limit } розділу. Додайте версії або виберіть отримувачів.
        [few] У бюлетені не більше { $limit } розділів. Додайте версії або виберіть отримувачів.
        [many] У бюлетені не більше { $limit } розділів. Додайте версії або виберіть отримувачів.
       *[other] У бюлетені не більше { $limit } розділів. Додайте версії або виберіть отримувачів.
    }
# Variables:
#   $limit (Number) - most characters
newsletter-error-too-long = { $limit ->
        [one] Задовго: у бюлетені кожною мовою не більше { $limit } символу. Будь ласка, надішліть коротший розділ.
        [few] Задовго: у бюлетені кожною мовою не більше { $limit } символів. Будь ласка, надішліть коротший розділ.
        [many] Задовго: у бюлетені кожною мовою не більше { $limit } символів. Будь ласка, надішліть коротший розділ.
       *[other] Задовго: у бюлетені кожною мовою не більше { $limit } символів. Будь ласка, надішліть коротший розділ.
    }
newsletter-error-time-unclear = Цієї ночі переводять годинник: такого часу немає або він настає двічі. Будь ласка, вкажіть інший час.
newsletter-staff-only = Бюлетень мережі пишуть працівники мережі.
newsletter-back-to-audience = ⬅️ Назад

## calendar
# Variables:
#   $country (String) - the country chosen, or "any country"
#   $topic (String) - the topic chosen, or "any topic"
calendar-home = 📅 Календар мережі
    Країна: { $country } · Напрям: { $topic }
calendar-empty = Для цього вибору немає найближчих відкритих воркшопів і подій мережі.
calendar-feed = 📎 Підписка на календар у вашому застосунку (цей вибір, вашою мовою):
calendar-feed-none = 📎 Підписка на календар поки недоступна.
calendar-country-button = 🌍 Країна
calendar-topic-button = 🏷 Напрям
calendar-choose-country = 🌍 Воркшопи партнерств із якою країною? Події мережі показуються завжди.
calendar-choose-topic = 🏷 Воркшопи партнерств із яким напрямом? Події мережі показуються завжди.
calendar-public-add = 🌐 Додати в календар мережі
calendar-public-remove = 🌐 У календарі · прибрати
calendar-feed-name = Календар мережі
calendar-error-end-before-start = Кінець має бути пізніше за початок.
calendar-event-new-button = ➕ Нова подія мережі
calendar-back-button = 📅 Календар мережі
calendar-event-ask-title = ➕ Нова подія мережі для календаря (наприклад, День міст-партнерів). Надішліть її назву.
calendar-event-ask-description = Надішліть короткий опис або «-», якщо його немає.
calendar-event-ask-city = За часом якого міста вказано її початок і кінець?
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-start = Коли початок? Вкажіть дату й час, наприклад 24.04.2027 10:00 (за часом міста { $city }).
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-end = Коли кінець? Вкажіть час, наприклад 16:00, або дату й час, наприклад 25.04.2027 13:00 (за часом міста { $city }).
calendar-event-ask-place = Де вона відбувається? Надішліть місце або «-», якщо його немає.
calendar-event-ask-link = Надішліть посилання (починається з https://) з подробицями або «-», якщо його немає.
calendar-event-created = ✅ Подію додано до календаря мережі:
# Variables:
#   $limit (Number) - most characters
calendar-error-text = { $limit ->
        [one] Будь ласка, надішліть текст не довший за { $limit } символ.
        [few] Будь ласка, надішліть текст не довший за { $limit } символи.
        [many] Будь ласка, надішліть текст не довший за { $limit } символів.
       *[other] Будь ласка, надішліть текст не довший за { $limit } символу.
    }
calendar-error-link = Посилання починається з https://. Будь ласка, надішліть його ще раз або «-», якщо його немає.
newsletter-unschedule-button = ✖️ Скасувати цей бюлетень
newsletter-unscheduled = Скасовано — бюлетень мережі не буде надіслано.
newsletter-already-started = Цей бюлетень уже надсилається: скасувати його не можна.

## the delivery report of a newsletter (like an announcement's)
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-sending = 📰 Надсилаємо бюлетень мережі… надіслано { $sent } з { $total } · чекають: { $waiting } · заблокували бота: { $blocked } · не доставлено: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-delivered = ✅ Бюлетень мережі надіслано: доставлено { $sent } з { $total } · заблокували бота: { $blocked } · не доставлено: { $failed }
