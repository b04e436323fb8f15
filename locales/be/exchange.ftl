## exchange
# Біржа ідэй (/exchange): прапановы і запыты партнёрстваў сеткі.

exchange-home =
    💡 Біржа ідэй

    Тут партнёрствы сеткі прапануюць ідэі і шукаюць партнёраў. Глядзіце па напрамках або краінах; калі нешта падыходзіць, націсніце «🤝 Цікава». Знаёмства адбудзецца, толькі калі абодва бакі згодныя.
exchange-by-topic-button = 🏷 Па напрамках
exchange-by-country-button = 🌍 Па краінах
exchange-all-button = 🗂 Усе запісы
exchange-mine-button = 📝 Запісы майго партнёрства
exchange-network-button = ⬅️ Сетка
exchange-choose-topic = 🏷 Які напрамак?
exchange-choose-country = 🌍 Якая краіна? Запісы, адкрытыя для любой краіны, таксама паказаны.

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
exchange-list-topic = 🏷 Біржа ідэй · { $topic }
# Variables:
#   $country (String) - the country's name
exchange-list-country = 🌍 Біржа ідэй · { $country }
exchange-list-all = 🗂 Біржа ідэй · усе запісы
exchange-list-empty = Тут пакуль пуста. Зазірніце ў іншы напрамак або краіну.
exchange-list-hint = Спачатку новыя. 🎁 прапанова · 🔎 запыт. Націсніце, каб прачытаць.
exchange-previous-button = ◀️ Навейшыя
exchange-next-button = Старэйшыя ▶️

## a post's card
# Variables:
#   $kind (String) - offer or need
exchange-card-kind = { $kind ->
        [offer] 🎁 Прапанова
       *[need] 🔎 Запыт
    }
# Variables:
#   $mark (String) - the original language's flag
#   $language (String) - the original language's name
exchange-card-machine = 🤖 Машынны пераклад, мова арыгінала: { $mark } { $language } · арыгінал за адно націсканне
# Variables:
#   $cities (String) - the partnership's cities, joined
exchange-card-cities = 🏙 Партнёрства: { $cities }
# Variables:
#   $countries (String) - the partnership's countries, joined
exchange-card-countries = 🗺 Яго краіны: { $countries }
# Variables:
#   $topics (String) - the post's topics, joined
exchange-card-topics = 🏷 Напрамкі: { $topics }
# Variables:
#   $countries (String) - the countries the post looks for, joined
exchange-card-sought = 🌍 Шукаюць партнёраў: { $countries }
exchange-card-sought-any = 🌍 Шукаюць партнёраў: у любой краіне
# Variables:
#   $date (String) - the day it was posted
exchange-card-posted = 📅 Апублікавана: { $date }
exchange-card-asked = 📨 Вы ўжо даслалі заяўку на знаёмства па гэтым запісе.
exchange-card-closed = 🔒 Закрыта: на біржы ідэй не паказваецца.
exchange-interested-button = 🤝 Цікава
exchange-original-button = Паказаць арыгінал
exchange-translated-button = Паказаць пераклад
exchange-edit-button = ✏️ Змяніць
# Variables:
#   $state (String) - open or closed: what the post is now
exchange-toggle-button = { $state ->
        [open] 🔒 Закрыць
       *[closed] 🔓 Адкрыць
    }
exchange-post-closed = 🔒 Закрыта. Заяўкі па гэтым запісе больш не прыходзяць; яго можна адкрыць зноў.
exchange-post-reopened = 🔓 Зноў адкрыта.
exchange-post-gone = Гэты запіс закрыты або выдалены.
exchange-no-contact = У гэтага запісу больш няма кантактнай асобы, адкрыць яго нельга. Апублікуйце яго нанова.

## organisers' own posts
# Variables:
#   $count (Number) - posts of the organiser's partnerships
exchange-mine = 📝 Запісы вашага партнёрства: { $count ->
        [0] пакуль няма. Прапануйце ідэю або напішыце, што вы шукаеце.
        [one] { $count } запіс.
        [few] { $count } запісы.
        [many] { $count } запісаў.
       *[other] { $count } запісу.
    }
exchange-new-button = ➕ Новы запіс

## posting step by step
exchange-draft-partnership = Для якога партнёрства?
exchange-draft-kind = 💡 Новы запіс (1/5): вы нешта прапануеце ці шукаеце?
# Variables:
#   $kind (String) - offer or need
exchange-kind-button = { $kind ->
        [offer] 🎁 Прапануем ідэю
       *[need] 🔎 Мы нешта шукаем
    }
exchange-draft-title = 💡 Новы запіс (2/5): кароткая назва, напрыклад «Школа-партнёр у Польшчы для моладзевага абмену».
exchange-draft-text = 💡 Новы запіс (3/5): апішыце некалькімі сказамі на сваёй мове. Іншыя прачытаюць на сваёй.
exchange-draft-topic = 💡 Новы запіс (4/5): якія напрамкі? Адзначце ўсе адпаведныя, потым «Далей».
exchange-draft-country = 💡 Новы запіс (5/5): партнёры з якіх краін? Адзначце ўсе адпаведныя або «Любая краіна».
exchange-any-country-button = Любая краіна
exchange-draft-next-button = Далей ➡️
exchange-draft-cancel-button = Скасаваць
exchange-draft-preview = 👁 Папярэдні прагляд — так запіс убачаць іншыя (без вашага імя; кантактная асоба — вы).
# Variables:
#   $step (String) - kind, title, text, topic or country
exchange-draft-edit-button = { $step ->
        [kind] ✏️ Тып
        [title] ✏️ Назва
        [text] ✏️ Тэкст
        [topic] ✏️ Напрамкі
       *[country] ✏️ Краіны
    }
exchange-publish-button = 📢 Апублікаваць
# Variables:
#   $edit (String) - yes when a published post is changed
exchange-publish-ask = { $edit ->
        [yes] Захаваць змены? Уся сетка ўбачыць новую версію.
       *[no] Апублікаваць для ўсёй сеткі? Прачытаць запіс змогуць усе; кантактная асоба — вы, а ваша імя і Telegram схаваныя, пакуль вы не пагадзіцеся на знаёмства.
    }
exchange-publish-confirm-button = 📢 Так, апублікаваць
exchange-back-to-preview-button = ⬅️ Да папярэдняга прагляду
# Variables:
#   $edit (String) - yes when a published post was changed
exchange-published = { $edit ->
        [yes] ✅ Захавана.
       *[no] 📢 Апублікавана. Перш чым хтосьці атрымае ваш кантакт, вас спытаюць.
    }
exchange-draft-cancelled = Скасавана: нічога не апублікавана і не зменена.
exchange-error-empty = Напішыце, калі ласка, некалькі слоў.
exchange-error-title-long = Занадта доўга для назвы: не больш за 120 знакаў.
exchange-error-text-long = Занадта доўга: не больш за 2000 знакаў.
exchange-error-note-long = Занадта доўга для нататкі: не больш за 500 знакаў.
exchange-error-use-buttons = Выберыце, калі ласка, кнопкамі вышэй.

## "I'm interested" and the introduction
exchange-note-ask = 🤝 Дадайце кароткую нататку для кантактнай асобы (хто вы, што задумалі) — або прапусціце.
exchange-skip-note-button = Без нататкі
exchange-cancel-button = Скасаваць
exchange-confirm-request = 🤝 Даслаць заяўку на знаёмства? Кантактная асоба ўбачыць:
exchange-confirm-request-privacy = Ні імя карыстальніка, ні нумара тэлефона: кантакты адно аднаго вы атрымаеце, толькі калі абодва бакі згодныя.
exchange-send-request-button = 📨 Даслаць заяўку
exchange-request-sent = 📨 Даслана. Бот паведаміць, як толькі кантактная асоба адкажа.
exchange-own-partnership = Гэты запіс — вашага ўласнага партнёрства.
exchange-already-asked = Вы ўжо даслалі заяўку па гэтым запісе — яна ў кантактнай асобы.
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
exchange-request-received = 🤝 Вашым запісам зацікавіліся — «{ $title }»:
exchange-request-note = ✍️ Нататка:
exchange-request-question = Згодныя на знаёмства? Кантакты адно аднаго вы атрымаеце, толькі калі і другі бок яшчэ раз пацвердзіць. Пры адмове чалавеку ветліва паведамяць, без тлумачэння прычын.
exchange-agree-button = 🤝 Пагадзіцца
exchange-decline-button = Адмовіцца
# Variables:
#   $name (String) - the requester's first name
exchange-agreed-contact = 🤝 Дзякуй. { $name } атрымае просьбу пацвердзіць яшчэ раз; пасля гэтага вы абодва атрымаеце кантакты адно аднаго.
exchange-declined-contact = Адмоўлена. Чалавеку ветліва паведамяць, без падрабязнасцей.
exchange-not-yours = Гэтая кнопка прызначана не вам.
exchange-request-gone = Гэтай заяўкі больш няма.
exchange-request-answered = На гэта ўжо адказалі.
# Variables:
#   $title (String) - the post's title
exchange-agreed-requester = 🤝 Добрая навіна: кантактная асоба запісу «{ $title }» згодная на знаёмства:
exchange-agreed-question = Пазнаёміць вас зараз? Другі бок атрымае ваша імя, горад і імя карыстальніка ў Telegram (калі яно ёсць), а вы — яго.
exchange-introduce-button = 🤝 Так, пазнаёміць
exchange-withdraw-button = Не, дзякуй
exchange-withdrawn = Добра — нічога не перададзена.
# Variables:
#   $title (String) - the post's title
exchange-withdrawn-contact = Заяўка па запісе «{ $title }» адкліканая: знаёмства не будзе. Нічога не перададзена.
# Variables:
#   $title (String) - the post's title
exchange-declined-requester = Па запісе «{ $title }»: кантактная асоба зараз не можа гэтым заняцца. Дзякуй за цікавасць — магчыма, падыдзе іншы запіс.
# Variables:
#   $title (String) - the post's title
exchange-introduced = 🤝 Знаёмства адбылося (біржа ідэй: «{ $title }»):
# Variables:
#   $username (String) - a Telegram username with its @
exchange-introduced-username = 📱 У Telegram: { $username }
exchange-introduced-no-username = Імя карыстальніка ў Telegram няма: пішыце праз бота кнопкай «✉️ Напісаць».
exchange-write-button = ✉️ Напісаць
exchange-reply-button = ✉️ Адказаць
exchange-write-ask = ✉️ Напішыце паведамленне; бот яго перадасць.
# Variables:
#   $name (String) - the sender's first name
exchange-relay-received = ✉️ { $name } піша (біржа ідэй):
exchange-relay-sent = ✉️ Перададзена.

## still open?
# Variables:
#   $title (String) - the post's title
#   $days (Number) - days until it closes without an answer
exchange-still-open-question = 💡 Ваш запіс «{ $title }» ужо тры месяцы на біржы ідэй. Ён яшчэ актуальны? Без адказу яго закрыюць праз { $days ->
        [one] { $days } дзень
        [few] { $days } дні
        [many] { $days } дзён
       *[other] { $days } дня
    }.
exchange-still-open-button = 👍 Яшчэ актуальна
exchange-close-it-button = 🔒 Закрыць
exchange-still-open-kept = Дзякуй — запіс застаецца адкрытым.
# Variables:
#   $title (String) - the post's title
exchange-closed-unanswered = 🔒 Ваш запіс «{ $title }» закрыты (няма адказу на пытанне «яшчэ актуальна?»). Адкрыць яго зноў можна ў /exchange.
