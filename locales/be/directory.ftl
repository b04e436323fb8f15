## directory
directory-home =
    📇 Даведнік сеткі: гарадскія партнёрствы і арганізацыі (аб'яднанні, школы, ініцыятывы) з іх краінамі, напрамкамі і кантактнымі асобамі.

    Напішыце горад, краіну або назву арганізацыі — на любой мове — або выберыце ніжэй.
directory-by-country-button = 🌍 Па краіне
directory-by-topic-button = 🏷 Па напрамку
directory-back-button = ⬅️ Назад
directory-pick-country = 🌍 Выберыце краіну:
directory-pick-topic = 🏷 Выберыце напрамак:
directory-empty = У даведніку пакуль няма запісаў.
# Variables:
#   $count (Number) - entries found
#   $page (Number) - the page shown
#   $pages (Number) - pages in all
directory-results = { $count ->
        [1] 📇 Знойдзены адзін запіс
        [one] 📇 Знойдзены { $count } запіс
        [few] 📇 Знойдзена { $count } запісы
        [many] 📇 Знойдзена { $count } запісаў
       *[other] 📇 Знойдзена запісаў: { $count }
    } · старонка { $page } з { $pages }
directory-no-results = 📇 Нічога не знойдзена. Паспрабуйце горад, краіну або частку назвы — або выберыце па краіне ці напрамку.
# Variables:
#   $count (Number) - the shortest search, in letters
directory-search-too-short = { $count ->
        [one] Напішыце хаця б { $count } літару.
        [few] Напішыце хаця б { $count } літары.
        [many] Напішыце хаця б { $count } літар.
       *[other] Напішыце хаця б { $count } літары.
    }
# Variables:
#   $cities (String) - the partnership's cities, joined as a list
directory-card-cities = Гарады: { $cities }
# Variables:
#   $countries (String) - country names, joined as a list
directory-card-countries = Краіны: { $countries }
# Variables:
#   $year (String) - the year the partnership began
directory-card-since = Партнёры з { $year } года
# Variables:
#   $topics (String) - topic names, joined as a list
directory-card-topics = Напрамкі: { $topics }
# Variables:
#   $name (String) - the contact's first name (they agreed to be listed)
directory-card-contact = Кантактная асоба: { $name }
directory-card-stale = ⚠️ Магчыма, састарэла: кантактная асоба не пацвердзіла запіс у гэтым годзе.
# Variables:
#   $place (String) - city · country
directory-card-place = Месца: { $place }
# Variables:
#   $kind (String) - association, school, initiative, municipality or other
directory-actor-kind = { $kind ->
        [association] Аб'яднанне
        [school] Школа
        [initiative] Ініцыятыва
        [municipality] Муніцыпалітэт
       *[other] Арганізацыя
    }
# Variables:
#   $partnership (String) - the partnership whose organisers listed it
directory-actor-added-by = Унесена партнёрствам: { $partnership }
directory-description = Пра сябе:
# Variables:
#   $language (String) - the language of the original
directory-description-machine = 🤖 Машынны пераклад (арыгінал: { $language }), арыгінал — адным націскам:
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language of the original
directory-description-original = { $mark } Арыгінал, мова: { $language }, перакладу пакуль няма:
directory-original-button = 📄 Паказаць арыгінал
directory-translation-button = 🤖 Паказаць пераклад

## organisers list organisations
directory-own-button = 🏛 Нашы арганізацыі
directory-add-button = ➕ Дадаць арганізацыю
# Variables:
#   $count (Number) - organisations the partnership listed
directory-own = { $count ->
        [0] 🏛 Ваша партнёрства яшчэ не ўнесла ніводнай арганізацыі. Дадайце аб'яднанні, школы і ініцыятывы, з якімі вы працуеце, — толькі з іх згоды.
        [1] 🏛 Ваша партнёрства ўнесла адну арганізацыю. Адкрыйце яе, каб змяніць ці выдаліць, або дадайце яшчэ адну.
        [one] 🏛 Ваша партнёрства ўнесла { $count } арганізацыю. Адкрыйце яе, каб змяніць ці выдаліць, або дадайце яшчэ адну.
        [few] 🏛 Ваша партнёрства ўнесла { $count } арганізацыі. Адкрыйце адну, каб змяніць ці выдаліць, або дадайце яшчэ адну.
        [many] 🏛 Ваша партнёрства ўнесла { $count } арганізацый. Адкрыйце адну, каб змяніць ці выдаліць, або дадайце яшчэ адну.
       *[other] 🏛 Ваша партнёрства ўнесла арганізацый: { $count }. Адкрыйце адну, каб змяніць ці выдаліць, або дадайце яшчэ адну.
    }
directory-keep-button = ↩️ Пакінуць як ёсць
directory-cancel-button = ✖️ Скасаваць
directory-no-description-button = Без апісання
directory-topics-done-button = Гатова
directory-contact-me-button = 🙋 Кантактная асоба — я
directory-contact-org-button = 🏛 Арганізацыя згодна
directory-publish-button = 📤 Апублікаваць
directory-edit-button = ✏️ Змяніць
directory-remove-button = 🗑 Выдаліць
directory-remove-confirm-button = 🗑 Так, выдаліць
# Variables:
#   $step (Number) - this step
#   $count (Number) - steps in all
directory-draft-step = Крок { $step } з { $count }
directory-draft-kind = Што гэта за арганізацыя?
directory-draft-name = Напішыце назву арганізацыі так, як яна піша яе сама.
directory-draft-city = У якім горадзе яна? Напішыце назву горада.
directory-draft-country = Выберыце яе краіну або напішыце назву краіны.
directory-draft-topics = Па якіх напрамках яна працуе? Выберыце адзін або некалькі, потым «Гатова».
directory-draft-description = Напішыце некалькі сказаў пра арганізацыю (да 600 знакаў). Чытачы бачаць, на якой мове напісаны тэкст.
directory-draft-contact = Хто кантактная асоба? З «Кантактная асоба — я» чытачы ўбачаць у даведніку ваша імя. Інакш нікога не названа, і вы пацвярджаеце, што арганізацыя пагадзілася на запіс у даведніку.
# Variables:
#   $value (String) - what the step holds now
directory-draft-current = Цяпер: { $value }
directory-draft-preview = 👀 Папярэдні прагляд: так запіс убачаць чытачы. Апублікаваць у даведніку?
directory-draft-you = вы
# Variables:
#   $name (String) - the organisation's name
directory-published = 📇 «{ $name }» цяпер у даведніку.
# Variables:
#   $name (String) - the organisation's name
directory-saved = 📇 Змены ў «{ $name }» захаваны.
# Variables:
#   $name (String) - the organisation's name
directory-removed = 🗑 «{ $name }» выдалена з даведніка.
# Variables:
#   $name (String) - the organisation's name
directory-remove-ask = Выдаліць «{ $name }» з даведніка? Чытачы больш не знойдуць гэты запіс.
directory-draft-cancelled = Нічога не захавана.
# Variables:
#   $limit (Number) - the most characters allowed
directory-draft-too-long = Напішыце ад 1 да { $limit } знакаў.
directory-draft-use-buttons = Калі ласка, выберыце кнопкай вышэй.
directory-draft-unknown-country = Такой краіны я не ведаю. Выберыце вышэй або напішыце назву, напрыклад «Польшча».
directory-draft-consent-needed = Спачатку выберыце кантактную асобу.

## writing to a listed contact
# Variables:
#   $name (String) - the contact's first name
directory-write-button = ✉️ Напісаць: { $name }
# Variables:
#   $name (String) - the contact's first name
directory-write-ask = ✉️ Напішыце паведамленне для { $name }. Бот перадасць яго з вашым імем і горадам — без імя карыстальніка і нумара тэлефона. Адказаць можна адзін раз.
# Variables:
#   $name (String) - the contact's first name
directory-write-confirm = Адправіць гэта паведамленне: { $name } (1 чалавек)? Яно пойдзе з вашым імем і горадам.
directory-send-button = 📤 Адправіць
# Variables:
#   $name (String) - the contact's first name
directory-write-sent = 📤 Адпраўлена: { $name }. Адказ прыйдзе сюды.
directory-write-cancelled = Нічога не адпраўлена.
directory-write-nothing = Няма паведамлення для адпраўкі. Адкрыйце запіс і напішыце яшчэ раз.
directory-write-no-contact = У гэтага запісу няма кантактнай асобы, якой можна напісаць.
# Variables:
#   $name (String) - the contact's first name
directory-write-open = Вы ўжо напісалі { $name } і чакаеце адказу. Напісаць зноў можна пасля адказу або праз два тыдні.
# Variables:
#   $entry (String) - the directory entry's name
#   $sender (String) - the writer's first name and city
#   $text (String) - the message
directory-relay =
    ✉️ Паведамленне праз даведнік ({ $entry }) ад { $sender }:

    { $text }
directory-reply-button = ↩️ Адказаць
directory-reply-ask = ↩️ Напішыце адказ. Ён будзе адпраўлены адзін раз, з вашым імем і горадам.
directory-reply-sent = 📤 Ваш адказ адпраўлены.
directory-reply-done = На гэта паведамленне ўжо адказалі.
# Variables:
#   $sender (String) - the contact's first name and city
#   $text (String) - the answer
directory-relay-answer =
    ↩️ Адказ ад { $sender } на ваша паведамленне з даведніка:

    { $text }

## the yearly "still correct?"
# Variables:
#   $entry (String) - the directory entry's name
directory-review-ask = 📇 Раз на год мы пытаемся: запіс у даведніку «{ $entry }» усё яшчэ правільны? Вы ўказаны ў ім як кантактная асоба. Калі адказу не будзе на працягу месяца, запіс пакажуць як, магчыма, састарэлы.
directory-review-yes-button = 👍 Так, усё правільна
directory-review-remove-button = 🗑 Прыбраць маё імя
directory-review-keep-button = ↩️ Пакінуць маё імя
directory-review-thanks = 👍 Дзякуй — запіс застаецца як ёсць яшчэ на год.
directory-review-edit-hint = ✏️ Гэты запіс мяняюць арганізатары вашага партнёрства. Паведаміце ім, што ўжо няправільна, — або прыбярыце сваё імя.
directory-review-remove-ask = Прыбраць вас як кантактную асобу гэтага запісу? Чытачы больш не ўбачаць ваша імя і не змогуць вам напісаць. Арганізацыя, унесеная толькі з вашай згоды, таксама знікне з даведніка.
directory-review-removed = 🗑 Вы больш не ўказаны як кантактная асоба.
