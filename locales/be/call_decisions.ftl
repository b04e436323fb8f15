## Рашэнне па конкурсе: рашэнні, лісты на кожнай мове, выгрузка

decide-button-accepted = Прыняць
decide-button-declined = Адхіліць
decide-button-waitlisted = У спіс чакання
decide-button-ranking = ⬅️ Рэйтынг
decide-button-letters = ✉️ Лісты
# Variables:
#   $number (Number) - the application's number
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $decision (String) - accepted, declined, waitlisted or none
decide-decided =
    Заяўка № { $number }: { $cities }
    Рашэнне: { $decision ->
        [accepted] прынята
        [declined] адхілена
        [waitlisted] у спісе чакання
       *[none] пакуль няма
    }
    Яго можна змяніць, пакуль лісты не адпраўлены.
decide-error-letter-sent = Лісты па гэтай заяўцы ўжо адпраўлены: рашэнне больш не мяняецца.
decide-error-not-submitted = Рашэнне можна прыняць толькі па адпраўленай заяўцы.

## Лісты
# Variables:
#   $call (String) - the call's title
#   $summary (String) - the lines decide-waiting-heading, decide-count-line, decide-undecided, decide-sent-line
#   $people (Number) - people the letters still to send reach
decide-letters =
    ✉️ Лісты з рашэннем: { $call }

    { $summary }

    { $people ->
        [0] Лістоў да адпраўкі няма.
        [one] Лісты атрымае { $people } чалавек.
        [few] Лісты атрымаюць { $people } чалавекі.
        [many] Лісты атрымаюць { $people } чалавек.
       *[other] Лісты атрымаюць { $people } чалавек.
    }
    Кожны атрымае ліст на сваёй мове. Паглядзіце кожны ліст перад адпраўкай; тэкст можна змяніць на кожнай мове.
decide-waiting-heading = Яшчэ не адпраўлены:
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $count (String) - e.g. "1 application (2 people)"
decide-count-line = { $decision ->
        [accepted] Прынята
        [declined] Адхілена
       *[waitlisted] Спіс чакання
    }: { $count }
# Variables:
#   $undecided (Number) - submitted applications without a decision
decide-undecided = Без рашэння: { $undecided ->
         [one] { $undecided } заяўка
         [few] { $undecided } заяўкі
         [many] { $undecided } заявак
        *[other] { $undecided } заявак
    }
# Variables:
#   $sent (String) - the letters sent already, e.g. "2 people in 1 application"
decide-sent-line = Ужо адпраўлены: { $sent }
# Variables:
#   $applications (Number) - applications
#   $people (Number) - people in them who get a letter
decide-count = { $applications ->
         [one] { $applications } заяўка
         [few] { $applications } заяўкі
         [many] { $applications } заявак
        *[other] { $applications } заявак
    } ({ $people ->
         [one] { $people } чалавек
         [few] { $people } чалавекі
         [many] { $people } чалавек
        *[other] { $people } чалавек
    })
# Variables:
#   $people (Number) - people whose letters went out
#   $applications (Number) - applications whose letters went out
decide-sent-count = { $people ->
         [one] { $people } чалавек
         [few] { $people } чалавекі
         [many] { $people } чалавек
        *[other] { $people } чалавек
    } з { $applications ->
         [one] { $applications } заяўкі
         [few] { $applications } заявак
         [many] { $applications } заявак
        *[other] { $applications } заявак
    }
# Variables:
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing = ⚠️ Гатова водгукаў: { $done } з { $wanted }. Рашэнне ўсё роўна можна прыняць.
# Variables:
#   $number (Number) - the application's number
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing-of = ⚠️ Заяўка № { $number }: гатова водгукаў { $done } з { $wanted }.
# Variables:
#   $deadline (String) - the call's deadline on the call's clock, e.g. "31 Dec 2026, 23:59 Berlin time"
decide-error-before-deadline = Рашэнні прымаюцца пасля заканчэння тэрміну падачы: { $deadline }.
decide-button-preview-accepted = 👁 Ліст пра прыняцце
decide-button-preview-declined = 👁 Ліст пра адмову
decide-button-preview-waitlisted = 👁 Ліст: спіс чакання
decide-button-send = 📨 Адправіць лісты
decide-button-back-letters = ⬅️ Лісты
decide-button-cancel = Скасаваць
decide-button-send-now = 📨 Адправіць
# Variables:
#   $language (String) - the language's name, e.g. "Deutsch"
decide-button-edit-language = ✏️ { $language }
decide-example-city = Узорны горад
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $people (Number) - people who get this letter
#   $details (String) - decide-preview-languages (when anyone gets it) and decide-preview-shown
#   $letter (String) - the letter as it reads
decide-preview =
    { $decision ->
        [accepted] Ліст пра прыняцце
        [declined] Ліст пра адмову
       *[waitlisted] Ліст пра спіс чакання
    } · { $people ->
        [0] пакуль нікому
        [one] атрымае { $people } чалавек
        [few] атрымаюць { $people } чалавекі
        [many] атрымаюць { $people } чалавек
       *[other] атрымаюць { $people } чалавек
    }
    { $details }

    { $letter }

    ✏️ Змяніць тэкст на нейкай мове — кнопкай гэтай мовы.
# Variables:
#   $languages (String) - decide-language-count per language, joined as a list
decide-preview-languages = Па мовах: { $languages }
# Variables:
#   $language (String) - the language's name, e.g. "English"
decide-preview-shown = Ніжэй — ліст на мове: { $language }.
# Variables:
#   $language (String) - the language's name, e.g. "German"
#   $people (Number) - people who get the letter in it
decide-language-count = { $language }: { $people ->
        [one] { $people } чалавек
        [few] { $people } чалавекі
        [many] { $people } чалавек
       *[other] { $people } чалавек
    }
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $language (String) - the language's name, e.g. "German"
#   $current (String) - the wording now
decide-template-ask =
    Напішыце { $decision ->
        [accepted] ліст пра прыняцце
        [declined] ліст пра адмову
       *[waitlisted] ліст пра спіс чакання
    } (мова: { $language }). Пішыце {"{"}applicant{"}"} там, дзе павінен стаяць горад заяўніка, і {"{"}call{"}"} замест назвы конкурсу.

    Цяпер:
    { $current }
# Variables:
#   $language (String) - the language's name, e.g. "German"
decide-template-saved = ✅ Ліст захаваны (мова: { $language }).
decide-template-error-empty = Ліст пусты. Напішыце, калі ласка, яго тэкст.
decide-template-error-too-long = Ліст задоўгі. Укладзіцеся, калі ласка, у 3000 знакаў.
decide-template-error-unknown = У фігурных дужках можа стаяць толькі {"{"}applicant{"}"} або {"{"}call{"}"}. Выпраўце, калі ласка, ліст і адпраўце яго яшчэ раз.
decide-template-error-braces = Дужка не закрыта. Пішыце {"{"}applicant{"}"} або {"{"}call{"}"} ці абыдзіцеся без дужак.
decide-letters-nothing = Лістоў да адпраўкі няма.
# Variables:
#   $people (Number) - people the letters reach
#   $applications (Number) - applications whose letters go
#   $waiting (String) - one decide-count-line per decision with letters to send
decide-send-confirm =
    Адправіць лісты: { $people ->
         [one] { $people } чалавек
         [few] { $people } чалавекі
         [many] { $people } чалавек
        *[other] { $people } чалавек
    } з { $applications ->
         [one] { $applications } заяўкі
         [few] { $applications } заявак
         [many] { $applications } заявак
        *[other] { $applications } заявак
    }?
    { $waiting }

    Кожная прынятая заяўка стане партнёрствам, а яе заяўнікі атрымаюць запрашэнне стаць яго арганізатарамі. Пасля адпраўкі гэтыя рашэнні змяніць нельга.
# Variables:
#   $people (Number) - letters queued
#   $applications (Number) - applications whose letters went
decide-sent = 📨 Лісты адпраўлены: { $people ->
         [one] { $people } чалавек
         [few] { $people } чалавекі
         [many] { $people } чалавек
        *[other] { $people } чалавек
    } з { $applications ->
         [one] { $applications } заяўкі
         [few] { $applications } заявак
         [many] { $applications } заявак
        *[other] { $applications } заявак
    }. Яны прыйдуць на працягу некалькіх хвілін.

## Тэкст лістоў па змаўчанні (арганізатары могуць яго змяніць)
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-accepted = Паважаныя заяўнікі з горада { $applicant }! Рады паведаміць, што ваша заяўка на конкурс «{ $call }» прынята. Сардэчна запрашаем у праграму!
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-declined = Паважаныя заяўнікі з горада { $applicant }! Дзякуем за заяўку на конкурс «{ $call }». На жаль, гэтым разам мы не можам яе прыняць.
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-waitlisted = Паважаныя заяўнікі з горада { $applicant }! Дзякуем за заяўку на конкурс «{ $call }». Яна ў нашым спісе чакання; як толькі вызваліцца месца, мы вам напішам.
decide-letter-invitation = Ваша партнёрства створана ў гэтым боце. Далучайцеся да яго як арганізатар кнопкай ніжэй (спасылка толькі для вас).
decide-letter-join = 🤝 Стаць арганізатарам

## Выгрузка (табліца: адзін радок на кожны горад заяўкі)
decide-button-export = 📊 Выгрузіць табліцу
decide-export-caption = 📊 Усе заяўкі конкурсу: па радку на кожны горад, з адказамі, перакладамі, дакументамі, баламі і рашэннямі.
# Variables:
#   $number (Number) - the call's number
decide-export-file = konkurs-{ $number }-zaiauki
decide-export-number = Заяўка №
decide-export-status = Статус
# Variables:
#   $zone (String) - whose clock the times are on, e.g. "Berlin time"
decide-export-submitted = Адпраўлена ({ $zone })
decide-export-decision = Рашэнне
decide-export-city = Горад
decide-export-country = Краіна
decide-export-language = Мова
# Variables:
#   $question (String) - the question's wording
decide-export-translation = { $question } (пераклад)
decide-export-documents = Дакументы
decide-export-checksums = Кантрольная сума (SHA-256)
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer = Эксперт { $number }
# Variables:
#   $number (Number) - the reviewer's number within the application
#   $criterion (String) - the criterion's name
decide-export-score = Эксперт { $number }: { $criterion }
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer-total = Эксперт { $number }: узважаная сума
decide-export-mean = Сярэдняя ўзважаная сума
decide-export-contact-institution = Арганізацыя
decide-export-contact-contact_person = Кантактная асоба
decide-export-contact-contact_details = Кантактныя даныя
decide-export-status-draft = чарнавік
decide-export-status-submitted = адпраўлена
decide-export-status-not_submitted = не адпраўлена
decide-export-status-withdrawn = адклікана
decide-export-decision-accepted = прынята
decide-export-decision-declined = адхілена
decide-export-decision-waitlisted = спіс чакання
# Variables:
#   $name (String) - the file's name
#   $size (Number) - its size in bytes
decide-export-document = { $name } ({ $size ->
    [one] { $size } байт
    [few] { $size } байты
    [many] { $size } байтаў
   *[other] { $size } байта
})
# Variables:
#   $language (String) - the translation's language, named, e.g. "English"
#   $source (String) - machine or human
#   $text (String) - the translation
decide-export-translated = { $language }, { $source ->
        [human] пераклад чалавека
       *[machine] машынны пераклад
    }: { $text }
