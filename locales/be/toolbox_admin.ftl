## toolbox_admin

## The keepers' screen
tbadmin-open = 🧰 Інструментарый
# Variables:
#   $published (Number) - published entries
#   $suggested (Number) - suggestions waiting for moderation
#   $due (Number) - entries whose review date has passed
tbadmin-manage = 🧰 Вядзенне інструментарыя
    { $published ->
        [0] Пакуль не апублікавана ніводнага матэрыялу.
        [one] Апублікаваны { $published } матэрыял.
        [few] Апублікавана { $published } матэрыялы.
        [many] Апублікавана { $published } матэрыялаў.
       *[other] Апублікавана { $published } матэрыялу.
    }
    { $suggested ->
        [0] 📥 Прапаноў няма.
        [one] 📥 { $suggested } прапанова чакае праверкі.
        [few] 📥 { $suggested } прапановы чакаюць праверкі.
        [many] 📥 { $suggested } прапаноў чакаюць праверкі.
       *[other] 📥 { $suggested } прапановы чакаюць праверкі.
    }
    { $due ->
        [0] ⏰ Правяраць пакуль няма чаго.
        [one] ⏰ { $due } матэрыял час праверыць.
        [few] ⏰ { $due } матэрыялы час праверыць.
        [many] ⏰ { $due } матэрыялаў час праверыць.
       *[other] ⏰ { $due } матэрыялу час праверыць.
    }
tbadmin-new-entry = ➕ Новы матэрыял
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-suggestions = 📥 Прапановы ({ $count })
# Variables:
#   $count (Number) - entries due for review
tbadmin-due = ⏰ Час праверыць ({ $count })
# Variables:
#   $count (Number) - published entries
tbadmin-all = 📚 Усе матэрыялы ({ $count })
tbadmin-open-toolbox = 🔎 Як яго бачаць чытачы
tbadmin-page-back = ⬅️ Назад
tbadmin-page-next = Далей ➡️
# Variables:
#   $count (Number) - published entries
tbadmin-all-title = { $count ->
        [0] 📚 Матэрыялаў пакуль няма.
        [one] 📚 { $count } матэрыял, спачатку новыя. Націсніце на матэрыял, каб змяніць яго.
        [few] 📚 { $count } матэрыялы, спачатку новыя. Націсніце на матэрыял, каб змяніць яго.
        [many] 📚 { $count } матэрыялаў, спачатку новыя. Націсніце на матэрыял, каб змяніць яго.
       *[other] 📚 { $count } матэрыялу, спачатку новыя. Націсніце на матэрыял, каб змяніць яго.
    }
# Variables:
#   $count (Number) - entries due for review
tbadmin-due-title = { $count ->
        [0] ⏰ Правяраць пакуль няма чаго.
        [one] ⏰ { $count } матэрыял час праверыць. Праверце кожны і націсніце «Усё яшчэ дакладна» або змяніце яго.
        [few] ⏰ { $count } матэрыялы час праверыць. Праверце кожны і націсніце «Усё яшчэ дакладна» або змяніце яго.
        [many] ⏰ { $count } матэрыялаў час праверыць. Праверце кожны і націсніце «Усё яшчэ дакладна» або змяніце яго.
       *[other] ⏰ { $count } матэрыялу час праверыць. Праверце кожны і націсніце «Усё яшчэ дакладна» або змяніце яго.
    }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-queue-title = { $count ->
        [0] 📥 Прапаноў няма.
        [one] 📥 { $count } прапанова чакае. Націсніце на прапанову, каб апублікаваць або адхіліць яе.
        [few] 📥 { $count } прапановы чакаюць. Націсніце на прапанову, каб апублікаваць або адхіліць яе.
        [many] 📥 { $count } прапаноў чакаюць. Націсніце на прапанову, каб апублікаваць або адхіліць яе.
       *[other] 📥 { $count } прапановы чакаюць. Націсніце на прапанову, каб апублікаваць або адхіліць яе.
    }

## Kinds, topics, phases
tbadmin-kind-guide = 📘 Дапаможнік
tbadmin-kind-template = 📄 Шаблон
tbadmin-kind-practice = 🌟 Удалы прыклад
tbadmin-kind-tutorial = 🎬 Відэаўрок
tbadmin-kind-funding = 💶 Грант
tbadmin-topic-youth = Моладзь
tbadmin-topic-education = Адукацыя
tbadmin-topic-culture = Культура
tbadmin-topic-sport = Спорт
tbadmin-topic-environment = Экалогія
tbadmin-topic-digitalisation = Лічбавае
tbadmin-topic-social = Сацыяльнае
tbadmin-topic-economy = Эканоміка
tbadmin-topic-democracy = Дэмакратыя
tbadmin-topic-mobility = Транспарт
tbadmin-phase-apply = Заяўка
tbadmin-phase-kickoff = Старт
tbadmin-phase-sprint = Спрынт
tbadmin-phase-coaching = Коўчынг

## An entry's card
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
#   $origin (String) - original, human, machine or missing
tbadmin-version-line = { $mark } { $language }: { $origin ->
        [original] арыгінал
        [human] перакладзена чалавекам
        [machine] машынны пераклад, яшчэ не правераны
       *[missing] версіі пакуль няма
    }
# Variables:
#   $link (String) - a web address
tbadmin-link-line = 🔗 { $link }
# Variables:
#   $name (String) - the template's file name
tbadmin-file-line = 📎 { $name }
# Variables:
#   $when (String) - the deadline's date and time
#   $zone (String) - the city whose clock it is on
tbadmin-deadline-line = ⏳ Тэрмін падачы: { $when } (час: { $zone })
# Variables:
#   $amount (String) - as the funder states it
tbadmin-amount-line = 💶 { $amount }
# Variables:
#   $name (String) - the first name of the person who suggested it
tbadmin-credit-line = 💡 Прапанова: { $name }
# Variables:
#   $date (String) - the next review date
tbadmin-review-line = ⏰ Наступная праверка: { $date }
# Variables:
#   $language (String) - a language's name
tbadmin-write-version = ✍️ { $language }
# Variables:
#   $language (String) - a language's name
tbadmin-approve-version = 👍 { $language }
tbadmin-still-correct = ✔️ Усё яшчэ дакладна
tbadmin-edit = ✏️ Змяніць
tbadmin-archive = 🗄 У архіў
tbadmin-as-readers-see = 👁 Як бачаць чытачы
tbadmin-still-done = ✔️ Дзякуй: праверана сёння, наступная праверка праз год.
# Variables:
#   $title (String) - the entry's title
tbadmin-archive-ask = 🗄 Адправіць матэрыял «{ $title }» у архіў? Чытачы больш яго не знойдуць. Ніхто не атрымае апавяшчэння.
tbadmin-archive-yes = 🗄 Так, у архіў
tbadmin-archived = 🗄 Матэрыял у архіве. Чытачы больш яго не знойдуць.
# Variables:
#   $language (String) - a language's name
tbadmin-version-approved = 👍 Версія на мове «{ $language }» ухвалена: цяпер яна пазначана як правераная чалавекам.
# Variables:
#   $language (String) - a language's name
tbadmin-translate-title = ✍️ Напішыце загаловак на мове «{ $language }».
tbadmin-translate-text = ✍️ Цяпер напішыце тэкст.
tbadmin-version-saved = ✍️ Захавана.

## A new entry
tbadmin-new-kind = ➕ Які гэта матэрыял?
tbadmin-new-title = ➕ Напішыце загаловак (да 120 сімвалаў).
tbadmin-new-text = ➕ Напішыце тэкст на сваёй мове (да 3000 сімвалаў). Для гранта ўкажыце, хто можа падаць заяўку.
tbadmin-new-topic = 🏷 Якія тэмы? Адзначце ўсе адпаведныя, потым «Далей».
tbadmin-new-country = 🏷 Для якіх краін? Адзначце ўсе адпаведныя (ніводнай — для ўсіх краін), потым «Далей».
tbadmin-new-phase = 🏷 На якім этапе праграмы ён дапамагае? Адзначце ўсе адпаведныя, потым «Далей».
tbadmin-next = Далей ➡️
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
tbadmin-new-file = 📄 Адпраўце шаблон файлам (да { $limit } МБ; { $types }).
tbadmin-new-link = 🔗 Напішыце вэб-адрас (пачынаецца з https://).
tbadmin-new-zone = ⏳ Па якім часе лічыцца тэрмін?
# Variables:
#   $zone (String) - the city whose clock the deadline is on
#   $example (String) - an example date and time
tbadmin-new-deadline = ⏳ Напішыце тэрмін падачы па часе горада { $zone }, напрыклад { $example }.
tbadmin-new-amount = 💶 Напішыце суму так, як яе ўказвае грантадаўца, напрыклад «да 5000 еўра».
tbadmin-preview = 👁 Папярэдні прагляд — праверце і апублікуйце.
tbadmin-publish = 📣 Апублікаваць
# Variables:
#   $machine (String) - yes when a machine translates it into the other languages
tbadmin-publish-ask = { $machine ->
        [yes] 📣 Апублікаваць? Чытачы адразу знойдуць матэрыял; астатнія чатыры мовы дадасць машынны пераклад з адзнакай пра гэта. Ніхто не атрымае апавяшчэння.
       *[no] 📣 Апублікаваць? Чытачы адразу знойдуць матэрыял на вашай мове; версіі на іншых мовах можна дадаць пазней. Ніхто не атрымае апавяшчэння.
    }
tbadmin-publish-yes = 📣 Так, апублікаваць
tbadmin-published = 📣 Апублікавана. Вы адказваеце за гэты матэрыял: праз год бот нагадае праверыць яго.
tbadmin-cancelled = Скасавана, нічога не захавана.
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-too_big = ⚠️ Файл «{ $name }» занадта вялікі: шаблон можа мець да { $limit } МБ. Адпраўце меншы файл ({ $types }).
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-file_type = ⚠️ Файл «{ $name }» — не той тып файла, які ўсе могуць бяспечна адкрыць. Можна: { $types } (да { $limit } МБ).

## Mistakes in typed answers
tbadmin-error-empty = Калі ласка, напішыце тэкст.
tbadmin-error-title-long = Загаловак занадта доўгі: не больш за 120 сімвалаў, калі ласка.
tbadmin-error-text-long = Тэкст занадта доўгі: не больш за 3000 сімвалаў, калі ласка.
tbadmin-error-link = Гэта не вэб-адрас, які можна адкрыць: ён павінен пачынацца з https:// і не мець прабелаў.
tbadmin-error-amount-long = Калі ласка, напішыце суму карацей (не больш за 100 сімвалаў).
tbadmin-error-reason-long = Калі ласка, напішыце прычыну карацей (не больш за 500 сімвалаў).
# Variables:
#   $example (String) - an example date and time
tbadmin-error-deadline = Калі ласка, напішыце дату і час так: { $example }.
tbadmin-error-use-buttons = Калі ласка, карыстайцеся кнопкамі вышэй.

## Suggesting an entry
tbadmin-suggest-kind = 💡 Прапануйце матэрыял для інструментарыя. Які гэта матэрыял?
tbadmin-suggest-title = 💡 Напішыце загаловак (да 120 сімвалаў).
tbadmin-suggest-text = 💡 Напішыце, пра што гэта і чым дапамагае (да 3000 сімвалаў).
tbadmin-suggest-link = 💡 Ёсць спасылка? Напішыце вэб-адрас (https://…) або прапусціце.
tbadmin-suggest-credit = 💡 Ці можна ўказаць ваша імя як аўтара прапановы?
tbadmin-credit-yes = Так
tbadmin-credit-no = Не
tbadmin-suggest-sent = 💡 Дзякуй! Арганізатары паглядзяць вашу прапанову, і вы даведаецеся іх рашэнне.
tbadmin-suggest-cancelled = Скасавана, нічога не адпраўлена.

## Moderation
tbadmin-approve = 📣 Апублікаваць
tbadmin-decline = ✖️ Адхіліць
tbadmin-edit-suggestion = ✏️ Змяніць тэкст
tbadmin-approved = 📣 Апублікавана, аўтар прапановы атрымаў паведамленне.
tbadmin-decline-ask = ✖️ Напішыце, чаму прапанова адхілена. Аўтар прачытае гэта.
tbadmin-declined = ✖️ Адхілена, аўтар прапановы атрымаў паведамленне.

## Notices
# Variables:
#   $title (String) - the entry's title
tbadmin-suggestion-approved = 💡 Дзякуй: ваша прапанова «{ $title }» цяпер у інструментарыі.
tbadmin-see-entry = 📖 Адкрыць матэрыял
# Variables:
#   $title (String) - the entry's title
#   $reason (String) - why the organisers declined it
tbadmin-suggestion-declined = 💡 Вашу прапанову «{ $title }» не дададзена ў інструментарый. Арганізатары пішуць: { $reason }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-notice-suggestions = { $count ->
        [one] 💡 { $count } прапанова для інструментарыя чакае праверкі.
        [few] 💡 { $count } прапановы для інструментарыя чакаюць праверкі.
        [many] 💡 { $count } прапаноў для інструментарыя чакаюць праверкі.
       *[other] 💡 { $count } прапановы для інструментарыя чакаюць праверкі.
    }
# Variables:
#   $title (String) - the entry's title
tbadmin-review-reminder = ⏰ Час праверыць матэрыял «{ $title }» у інструментарыі: ці ўсё ў ім яшчэ дакладна?
# Variables:
#   $queries (String) - one line per search: the words and how often
#   $count (Number) - how many different searches are listed
tbadmin-misses-notice = { $count ->
        [one] 🔎 На гэтым тыдні { $count } пошук у інструментарыі нічога не знайшоў:
        [few] 🔎 На гэтым тыдні гэтыя { $count } пошукі ў інструментарыі нічога не знайшлі:
        [many] 🔎 На гэтым тыдні гэтыя { $count } пошукаў у інструментарыі нічога не знайшлі:
       *[other] 🔎 На гэтым тыдні гэтыя { $count } пошуку ў інструментарыі нічога не знайшлі:
    }
    { $queries }
    Матэрыялы на гэтыя тэмы дапамаглі б.

## Links from check-ins and coaching
tbadmin-link-apply = 🧰 Інструментарый: заяўка
tbadmin-link-kickoff = 🧰 Інструментарый: старт
tbadmin-link-sprint = 🧰 Інструментарый: спрынт
tbadmin-link-coaching = 🧰 Інструментарый: коўчынг

## The preview's "edit": one answer again
tbadmin-edit-title = ✏️ Загаловак
tbadmin-edit-text = ✏️ Тэкст
tbadmin-edit-topic = 🏷 Тэгі
tbadmin-edit-file = 📄 Файл
tbadmin-edit-link = 🔗 Спасылка
tbadmin-edit-zone = ⏳ Тэрмін
tbadmin-edit-amount = 💶 Сума
