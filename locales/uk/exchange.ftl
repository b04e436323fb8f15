## exchange
# Біржа ідей (/exchange): пропозиції та запити партнерств мережі.

exchange-home =
    💡 Біржа ідей

    Тут партнерства мережі пропонують ідеї та шукають партнерів. Переглядайте за напрямами або країнами; якщо щось підходить, натисніть «🤝 Цікаво». Знайомство відбудеться, лише коли обидві сторони згодні.
exchange-by-topic-button = 🏷 За напрямами
exchange-by-country-button = 🌍 За країнами
exchange-all-button = 🗂 Усі записи
exchange-mine-button = 📝 Записи мого партнерства
exchange-network-button = ⬅️ Мережа
exchange-choose-topic = 🏷 Який напрям?
exchange-choose-country = 🌍 Яка країна? Записи, відкриті для будь-якої країни, теж показано.

## lists
# Variables:
#   $kind (String) - offer or need
exchange-kind-mark = { $kind ->
        [offer] 🎁
       *[need] 🔎
    }
exchange-closed-mark = 🔒
# Variables:
#   $topic (String) - the topic's name
exchange-list-topic = 🏷 Біржа ідей · { $topic }
# Variables:
#   $country (String) - the country's name
exchange-list-country = 🌍 Біржа ідей · { $country }
exchange-list-all = 🗂 Біржа ідей · усі записи
exchange-list-empty = Тут поки порожньо. Загляньте в інший напрям або країну.
exchange-list-hint = Спершу нові. 🎁 пропозиція · 🔎 запит. Натисніть, щоб прочитати.
exchange-previous-button = ◀️ Новіші
exchange-next-button = Старіші ▶️

## a post's card
# Variables:
#   $kind (String) - offer or need
exchange-card-kind = { $kind ->
        [offer] 🎁 Пропозиція
       *[need] 🔎 Запит
    }
# Variables:
#   $mark (String) - the original language's flag
#   $language (String) - the original language's name
exchange-card-machine = 🤖 Машинний переклад, мова оригіналу: { $mark } { $language } · оригінал за одне натискання
# Variables:
#   $cities (String) - the partnership's cities, joined
exchange-card-cities = 🏙 Партнерство: { $cities }
# Variables:
#   $countries (String) - the partnership's countries, joined
exchange-card-countries = 🗺 Його країни: { $countries }
# Variables:
#   $topics (String) - the post's topics, joined
exchange-card-topics = 🏷 Напрями: { $topics }
# Variables:
#   $countries (String) - the countries the post looks for, joined
exchange-card-sought = 🌍 Шукають партнерів: { $countries }
exchange-card-sought-any = 🌍 Шукають партнерів: у будь-якій країні
# Variables:
#   $date (String) - the day it was posted
exchange-card-posted = 📅 Опубліковано: { $date }
exchange-card-asked = 📨 Ви вже надіслали заявку на знайомство щодо цього запису.
exchange-card-closed = 🔒 Закрито: на біржі ідей не показується.
exchange-interested-button = 🤝 Цікаво
exchange-original-button = Показати оригінал
exchange-translated-button = Показати переклад
exchange-edit-button = ✏️ Змінити
# Variables:
#   $state (String) - open or closed: what the post is now
exchange-toggle-button = { $state ->
        [open] 🔒 Закрити
       *[closed] 🔓 Відкрити
    }
exchange-post-closed = 🔒 Закрито. Заявки щодо цього запису більше не надходять; його можна відкрити знову.
exchange-post-reopened = 🔓 Знову відкрито.
exchange-post-gone = Цей запис закрито або видалено.
exchange-no-contact = У цього запису більше немає контактної особи, відкрити його не можна. Опублікуйте його заново.

## organisers' own posts
# Variables:
#   $count (Number) - posts of the organiser's partnerships
exchange-mine = 📝 Записи вашого партнерства: { $count ->
        [0] поки немає. Запропонуйте ідею або напишіть, що ви шукаєте.
        [one] { $count } запис.
        [few] { $count } записи.
        [many] { $count } записів.
       *[other] { $count } запису.
    }
exchange-new-button = ➕ Новий запис

## posting step by step
exchange-draft-partnership = Для якого партнерства?
exchange-draft-kind = 💡 Новий запис (1/5): ви щось пропонуєте чи шукаєте?
# Variables:
#   $kind (String) - offer or need
exchange-kind-button = { $kind ->
        [offer] 🎁 Пропонуємо ідею
       *[need] 🔎 Ми дещо шукаємо
    }
exchange-draft-title = 💡 Новий запис (2/5): коротка назва, наприклад «Школа-партнер у Польщі для молодіжного обміну».
exchange-draft-text = 💡 Новий запис (3/5): опишіть кількома реченнями своєю мовою. Інші прочитають своєю.
exchange-draft-topic = 💡 Новий запис (4/5): які напрями? Позначте всі відповідні, потім «Далі».
exchange-draft-country = 💡 Новий запис (5/5): партнери з яких країн? Позначте всі відповідні або «Будь-яка країна».
exchange-any-country-button = Будь-яка країна
exchange-draft-next-button = Далі ➡️
exchange-draft-cancel-button = Скасувати
exchange-draft-preview = 👁 Попередній перегляд — так запис побачать інші (без вашого імені; контактна особа — ви).
# Variables:
#   $step (String) - kind, title, text, topic or country
exchange-draft-edit-button = { $step ->
        [kind] ✏️ Тип
        [title] ✏️ Назва
        [text] ✏️ Текст
        [topic] ✏️ Напрями
       *[country] ✏️ Країни
    }
exchange-publish-button = 📢 Опублікувати
# Variables:
#   $edit (String) - yes when a published post is changed
exchange-publish-ask = { $edit ->
        [yes] Зберегти зміни? Уся мережа побачить нову версію.
       *[no] Опублікувати для всієї мережі? Прочитати запис зможуть усі; контактна особа — ви, а ваше ім'я та Telegram приховані, доки ви не погодитеся на знайомство.
    }
exchange-publish-confirm-button = 📢 Так, опублікувати
exchange-back-to-preview-button = ⬅️ До попереднього перегляду
# Variables:
#   $edit (String) - yes when a published post was changed
exchange-published = { $edit ->
        [yes] ✅ Збережено.
       *[no] 📢 Опубліковано. Перш ніж хтось отримає ваш контакт, вас запитають.
    }
exchange-draft-cancelled = Скасовано: нічого не опубліковано і не змінено.
exchange-error-empty = Напишіть, будь ласка, кілька слів.
exchange-error-title-long = Задовго для назви: не більше 120 знаків.
exchange-error-text-long = Задовго: не більше 2000 знаків.
exchange-error-note-long = Задовго для нотатки: не більше 500 знаків.
exchange-error-use-buttons = Виберіть, будь ласка, кнопками вище.

## "I'm interested" and the introduction
exchange-note-ask = 🤝 Додайте коротку нотатку для контактної особи (хто ви, що задумали) — або пропустіть.
exchange-skip-note-button = Без нотатки
exchange-cancel-button = Скасувати
exchange-confirm-request = 🤝 Надіслати заявку на знайомство? Контактна особа побачить:
exchange-confirm-request-privacy = Ні імені користувача, ні номера телефону: контакти одне одного ви отримаєте, лише коли обидві сторони згодні.
exchange-send-request-button = 📨 Надіслати заявку
exchange-request-sent = 📨 Надіслано. Бот повідомить, щойно контактна особа відповість.
exchange-own-partnership = Цей запис — вашого власного партнерства.
exchange-already-asked = Ви вже надіслали заявку щодо цього запису — вона в контактної особи.
# Variables:
#   $name (String) - a person's first name
exchange-person-name = 👤 { $name }
# Variables:
#   $city (String) - the person's city
exchange-person-city = 🏙 { $city }
# Variables:
#   $name (String) - the person's partnership
exchange-person-partnership = 🤝 { $name }
# Variables:
#   $title (String) - the post's title
exchange-request-received = 🤝 Вашим записом зацікавилися — «{ $title }»:
exchange-request-note = ✍️ Нотатка:
exchange-request-question = Згодні на знайомство? Контакти одне одного ви отримаєте, лише коли й інша сторона ще раз підтвердить. У разі відмови людині ввічливо повідомлять, без пояснення причин.
exchange-agree-button = 🤝 Погодитися
exchange-decline-button = Відмовитися
# Variables:
#   $name (String) - the requester's first name
exchange-agreed-contact = 🤝 Дякуємо. { $name } отримає прохання підтвердити ще раз; після цього ви обоє отримаєте контакти одне одного.
exchange-declined-contact = Відмовлено. Людині ввічливо повідомлять, без подробиць.
exchange-not-yours = Ця кнопка призначена не вам.
exchange-request-gone = Цієї заявки більше немає.
exchange-request-answered = На це вже відповіли.
# Variables:
#   $title (String) - the post's title
exchange-agreed-requester = 🤝 Добра новина: контактна особа запису «{ $title }» згодна на знайомство:
exchange-agreed-question = Познайомити вас зараз? Інша сторона отримає ваше ім'я, місто та ім'я користувача в Telegram (якщо воно є), а ви — її.
exchange-introduce-button = 🤝 Так, познайомити
exchange-withdraw-button = Ні, дякую
exchange-withdrawn = Гаразд — нічого не передано.
# Variables:
#   $title (String) - the post's title
exchange-withdrawn-contact = Заявку щодо запису «{ $title }» відкликано: знайомства не буде. Нічого не передано.
# Variables:
#   $title (String) - the post's title
exchange-declined-requester = Щодо запису «{ $title }»: контактна особа зараз не може цим зайнятися. Дякуємо за інтерес — можливо, підійде інший запис.
# Variables:
#   $title (String) - the post's title
exchange-introduced = 🤝 Знайомство відбулося (біржа ідей: «{ $title }»):
# Variables:
#   $username (String) - a Telegram username with its @
exchange-introduced-username = 📱 У Telegram: { $username }
exchange-introduced-no-username = Імені користувача в Telegram немає: пишіть через бота кнопкою «✉️ Написати».
exchange-write-button = ✉️ Написати
exchange-reply-button = ✉️ Відповісти
exchange-write-ask = ✉️ Напишіть повідомлення; бот його передасть.
# Variables:
#   $name (String) - the sender's first name
exchange-relay-received = ✉️ { $name } пише (біржа ідей):
exchange-relay-sent = ✉️ Передано.

## still open?
# Variables:
#   $title (String) - the post's title
#   $days (Number) - days until it closes without an answer
exchange-still-open-question = 💡 Ваш запис «{ $title }» уже три місяці на біржі ідей. Він ще актуальний? Без відповіді його буде закрито через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }.
exchange-still-open-button = 👍 Ще актуально
exchange-close-it-button = 🔒 Закрити
exchange-still-open-kept = Дякуємо — запис залишається відкритим.
# Variables:
#   $title (String) - the post's title
exchange-closed-unanswered = 🔒 Ваш запис «{ $title }» закрито (немає відповіді на питання «ще актуально?»). Відкрити його знову можна в /exchange.
