## exchange
# Биржа идей (/exchange): предложения и запросы партнёрств сети.

exchange-home =
    💡 Биржа идей

    Здесь партнёрства сети предлагают идеи и ищут партнёров. Смотрите по направлениям или странам; если что-то подходит, нажмите «🤝 Интересно». Знакомство состоится, только если обе стороны согласятся.
exchange-by-topic-button = 🏷 По направлениям
exchange-by-country-button = 🌍 По странам
exchange-all-button = 🗂 Все записи
exchange-mine-button = 📝 Записи моего партнёрства
exchange-network-button = ⬅️ Сеть
exchange-choose-topic = 🏷 Какое направление?
exchange-choose-country = 🌍 Какая страна? Записи, открытые для любой страны, тоже показаны.

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
exchange-list-topic = 🏷 Биржа идей · { $topic }
# Variables:
#   $country (String) - the country's name
exchange-list-country = 🌍 Биржа идей · { $country }
exchange-list-all = 🗂 Биржа идей · все записи
exchange-list-empty = Здесь пока пусто. Загляните в другое направление или страну.
exchange-list-hint = Сначала новые. 🎁 предложение · 🔎 запрос. Нажмите, чтобы прочитать.
exchange-previous-button = ◀️ Новее
exchange-next-button = Старше ▶️

## a post's card
# Variables:
#   $kind (String) - offer or need
exchange-card-kind = { $kind ->
        [offer] 🎁 Предложение
       *[need] 🔎 Запрос
    }
# Variables:
#   $mark (String) - the original language's flag
#   $language (String) - the original language's name
exchange-card-machine = 🤖 Машинный перевод, язык оригинала: { $mark } { $language } · оригинал в одно нажатие
# Variables:
#   $cities (String) - the partnership's cities, joined
exchange-card-cities = 🏙 Партнёрство: { $cities }
# Variables:
#   $countries (String) - the partnership's countries, joined
exchange-card-countries = 🗺 Его страны: { $countries }
# Variables:
#   $topics (String) - the post's topics, joined
exchange-card-topics = 🏷 Направления: { $topics }
# Variables:
#   $countries (String) - the countries the post looks for, joined
exchange-card-sought = 🌍 Ищут партнёров: { $countries }
exchange-card-sought-any = 🌍 Ищут партнёров: в любой стране
# Variables:
#   $date (String) - the day it was posted
exchange-card-posted = 📅 Опубликовано: { $date }
exchange-card-asked = 📨 Вы уже отправили заявку на знакомство по этой записи.
exchange-card-closed = 🔒 Закрыто: на бирже идей не показывается.
exchange-interested-button = 🤝 Интересно
exchange-original-button = Показать оригинал
exchange-translated-button = Показать перевод
exchange-edit-button = ✏️ Изменить
# Variables:
#   $state (String) - open or closed: what the post is now
exchange-toggle-button = { $state ->
        [open] 🔒 Закрыть
       *[closed] 🔓 Открыть
    }
exchange-post-closed = 🔒 Закрыто. Заявки по этой записи больше не приходят; её можно открыть снова.
exchange-post-reopened = 🔓 Снова открыто.
exchange-post-gone = Эта запись закрыта или удалена.
exchange-no-contact = У этой записи больше нет контактного лица, открыть её нельзя. Опубликуйте её заново.

## organisers' own posts
# Variables:
#   $count (Number) - posts of the organiser's partnerships
exchange-mine = 📝 Записи вашего партнёрства: { $count ->
        [0] пока нет. Предложите идею или напишите, что вы ищете.
        [one] { $count } запись.
        [few] { $count } записи.
        [many] { $count } записей.
       *[other] { $count } записи.
    }
exchange-new-button = ➕ Новая запись

## posting step by step
exchange-draft-partnership = Для какого партнёрства?
exchange-draft-kind = 💡 Новая запись (1/5): вы что-то предлагаете или ищете?
# Variables:
#   $kind (String) - offer or need
exchange-kind-button = { $kind ->
        [offer] 🎁 Предлагаем идею
       *[need] 🔎 Мы кое-что ищем
    }
exchange-draft-title = 💡 Новая запись (2/5): короткое название, например «Школа-партнёр в Польше для молодёжного обмена».
exchange-draft-text = 💡 Новая запись (3/5): опишите в нескольких предложениях на своём языке. Другие прочитают на своём.
exchange-draft-topic = 💡 Новая запись (4/5): какие направления? Отметьте все подходящие, затем «Далее».
exchange-draft-country = 💡 Новая запись (5/5): партнёры из каких стран? Отметьте все подходящие или «Любая страна».
exchange-any-country-button = Любая страна
exchange-draft-next-button = Далее ➡️
exchange-draft-cancel-button = Отмена
exchange-draft-preview = 👁 Предпросмотр — так запись увидят другие (без вашего имени; контактное лицо — вы).
# Variables:
#   $step (String) - kind, title, text, topic or country
exchange-draft-edit-button = { $step ->
        [kind] ✏️ Тип
        [title] ✏️ Название
        [text] ✏️ Текст
        [topic] ✏️ Направления
       *[country] ✏️ Страны
    }
exchange-publish-button = 📢 Опубликовать
# Variables:
#   $edit (String) - yes when a published post is changed
exchange-publish-ask = { $edit ->
        [yes] Сохранить изменения? Вся сеть увидит новую версию.
       *[no] Опубликовать для всей сети? Прочитать запись смогут все; контактное лицо — вы, а ваше имя и Telegram скрыты, пока вы не согласитесь на знакомство.
    }
exchange-publish-confirm-button = 📢 Да, опубликовать
exchange-back-to-preview-button = ⬅️ К предпросмотру
# Variables:
#   $edit (String) - yes when a published post was changed
exchange-published = { $edit ->
        [yes] ✅ Сохранено.
       *[no] 📢 Опубликовано. Прежде чем кто-то получит ваш контакт, вас спросят.
    }
exchange-draft-cancelled = Отменено: ничего не опубликовано и не изменено.
exchange-error-empty = Напишите, пожалуйста, несколько слов.
exchange-error-title-long = Слишком длинно для названия: не больше 120 знаков.
exchange-error-text-long = Слишком длинно: не больше 2000 знаков.
exchange-error-note-long = Слишком длинно для заметки: не больше 500 знаков.
exchange-error-use-buttons = Выберите, пожалуйста, кнопками выше.

## "I'm interested" and the introduction
exchange-note-ask = 🤝 Добавьте короткую заметку для контактного лица (кто вы, что задумали) — или пропустите.
exchange-skip-note-button = Без заметки
exchange-cancel-button = Отмена
exchange-confirm-request = 🤝 Отправить заявку на знакомство? Контактное лицо увидит:
exchange-confirm-request-privacy = Ни имени пользователя, ни номера телефона: контакты друг друга вы получите, только если обе стороны согласятся.
exchange-send-request-button = 📨 Отправить заявку
exchange-request-sent = 📨 Отправлено. Бот сообщит, как только контактное лицо ответит.
exchange-own-partnership = Эта запись — вашего собственного партнёрства.
exchange-already-asked = Вы уже отправили заявку по этой записи — она у контактного лица.
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
exchange-request-received = 🤝 Вашей записью заинтересовались — «{ $title }»:
exchange-request-note = ✍️ Заметка:
exchange-request-question = Согласны на знакомство? Контакты друг друга вы получите, только когда и другая сторона ещё раз подтвердит. При отказе человеку вежливо сообщат, без объяснения причин.
exchange-agree-button = 🤝 Согласиться
exchange-decline-button = Отказаться
# Variables:
#   $name (String) - the requester's first name
exchange-agreed-contact = 🤝 Спасибо. { $name } получит просьбу подтвердить ещё раз; после этого вы оба получите контакты друг друга.
exchange-declined-contact = Отказано. Человеку вежливо сообщат, без подробностей.
exchange-not-yours = Эта кнопка предназначена не вам.
exchange-request-gone = Этой заявки больше нет.
exchange-request-answered = На это уже ответили.
# Variables:
#   $title (String) - the post's title
exchange-agreed-requester = 🤝 Хорошая новость: контактное лицо записи «{ $title }» согласно на знакомство:
exchange-agreed-question = Познакомить вас сейчас? Другая сторона получит ваше имя, город и имя пользователя в Telegram (если оно есть), а вы — её.
exchange-introduce-button = 🤝 Да, познакомить
exchange-withdraw-button = Нет, спасибо
exchange-withdrawn = Хорошо — ничего не передано.
# Variables:
#   $title (String) - the post's title
exchange-withdrawn-contact = Заявка по записи «{ $title }» отозвана: знакомства не будет. Ничего не передано.
# Variables:
#   $title (String) - the post's title
exchange-declined-requester = По записи «{ $title }»: контактное лицо сейчас не может этим заняться. Спасибо за интерес — возможно, подойдёт другая запись.
# Variables:
#   $title (String) - the post's title
exchange-introduced = 🤝 Знакомство состоялось (биржа идей: «{ $title }»):
# Variables:
#   $username (String) - a Telegram username with its @
exchange-introduced-username = 📱 В Telegram: { $username }
exchange-introduced-no-username = Имени пользователя в Telegram нет: пишите через бота кнопкой «✉️ Написать».
exchange-write-button = ✉️ Написать
exchange-reply-button = ✉️ Ответить
exchange-write-ask = ✉️ Напишите сообщение; бот передаст его.
# Variables:
#   $name (String) - the sender's first name
exchange-relay-received = ✉️ { $name } пишет (биржа идей):
exchange-relay-sent = ✉️ Передано.

## still open?
# Variables:
#   $title (String) - the post's title
#   $days (Number) - days until it closes without an answer
exchange-still-open-question = 💡 Ваша запись «{ $title }» уже три месяца на бирже идей. Она ещё актуальна? Без ответа она закроется через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }.
exchange-still-open-button = 👍 Ещё актуально
exchange-close-it-button = 🔒 Закрыть
exchange-still-open-kept = Спасибо — запись остаётся открытой.
# Variables:
#   $title (String) - the post's title
exchange-closed-unanswered = 🔒 Ваша запись «{ $title }» закрыта (нет ответа на вопрос «ещё актуально?»). Открыть её снова можно в /exchange.
