## Рішення щодо конкурсу: рішення, листи кожною мовою, вивантаження

decide-button-accepted = Прийняти
decide-button-declined = Відхилити
decide-button-waitlisted = До списку очікування
decide-button-ranking = ⬅️ Рейтинг
decide-button-letters = ✉️ Листи
# Variables:
#   $number (Number) - the application's number
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $decision (String) - accepted, declined, waitlisted or none
decide-decided =
    Заявка № { $number }: { $cities }
    Рішення: { $decision ->
        [accepted] прийнята
        [declined] відхилена
        [waitlisted] у списку очікування
       *[none] поки немає
    }
    Його можна змінити, доки листи не надіслано.
decide-error-letter-sent = Листи щодо цієї заявки вже надіслано: рішення більше не змінюється.
decide-error-not-submitted = Рішення можна ухвалити лише щодо надісланої заявки.

## Листи
# Variables:
#   $call (String) - the call's title
#   $summary (String) - the lines decide-waiting-heading, decide-count-line, decide-undecided, decide-sent-line
#   $people (Number) - people the letters still to send reach
decide-letters =
    ✉️ Листи з рішенням: { $call }

    { $summary }

    { $people ->
        [0] Листів до надсилання немає.
        [one] Листи отримає { $people } людина.
        [few] Листи отримають { $people } людини.
        [many] Листи отримають { $people } людей.
       *[other] Листи отримають { $people } людей.
    }
    Кожен отримає лист своєю мовою. Перегляньте кожен лист перед надсиланням; текст можна змінити кожною мовою.
decide-waiting-heading = Ще не надіслано:
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $count (String) - e.g. "1 application (2 people)"
decide-count-line = { $decision ->
        [accepted] Прийнято
        [declined] Відхилено
       *[waitlisted] Список очікування
    }: { $count }
# Variables:
#   $undecided (Number) - submitted applications without a decision
decide-undecided = Без рішення: { $undecided ->
         [one] { $undecided } заявка
         [few] { $undecided } заявки
         [many] { $undecided } заявок
        *[other] { $undecided } заявок
    }
# Variables:
#   $sent (String) - the letters sent already, e.g. "2 people in 1 application"
decide-sent-line = Уже надіслано: { $sent }
# Variables:
#   $applications (Number) - applications
#   $people (Number) - people in them who get a letter
decide-count = { $applications ->
         [one] { $applications } заявка
         [few] { $applications } заявки
         [many] { $applications } заявок
        *[other] { $applications } заявок
    } ({ $people ->
         [one] { $people } людина
         [few] { $people } людини
         [many] { $people } людей
        *[other] { $people } людей
    })
# Variables:
#   $people (Number) - people whose letters went out
#   $applications (Number) - applications whose letters went out
decide-sent-count = { $people ->
         [one] { $people } людина
         [few] { $people } людини
         [many] { $people } людей
        *[other] { $people } людей
    } з { $applications ->
         [one] { $applications } заявки
         [few] { $applications } заявок
         [many] { $applications } заявок
        *[other] { $applications } заявок
    }
# Variables:
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing = ⚠️ Готово відгуків: { $done } з { $wanted }. Рішення все одно можна ухвалити.
# Variables:
#   $number (Number) - the application's number
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing-of = ⚠️ Заявка № { $number }: готово відгуків { $done } з { $wanted }.
# Variables:
#   $deadline (String) - the call's deadline on the call's clock, e.g. "31 Dec 2026, 23:59 Berlin time"
decide-error-before-deadline = Рішення ухвалюють після завершення терміну подання: { $deadline }.
decide-button-preview-accepted = 👁 Лист про прийняття
decide-button-preview-declined = 👁 Лист про відмову
decide-button-preview-waitlisted = 👁 Лист: список очікування
decide-button-send = 📨 Надіслати листи
decide-button-back-letters = ⬅️ Листи
decide-button-cancel = Скасувати
decide-button-send-now = 📨 Надіслати
# Variables:
#   $language (String) - the language's name, e.g. "Deutsch"
decide-button-edit-language = ✏️ { $language }
decide-example-city = Зразкове місто
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $people (Number) - people who get this letter
#   $details (String) - decide-preview-languages (when anyone gets it) and decide-preview-shown
#   $letter (String) - the letter as it reads
decide-preview =
    { $decision ->
        [accepted] Лист про прийняття
        [declined] Лист про відмову
       *[waitlisted] Лист про список очікування
    } · { $people ->
        [0] поки нікому
        [one] отримає { $people } людина
        [few] отримають { $people } людини
        [many] отримають { $people } людей
       *[other] отримають { $people } людей
    }
    { $details }

    { $letter }

    ✏️ Змінити текст певною мовою — кнопкою цієї мови.
# Variables:
#   $languages (String) - decide-language-count per language, joined as a list
decide-preview-languages = За мовами: { $languages }
# Variables:
#   $language (String) - the language's name, e.g. "English"
decide-preview-shown = Нижче — лист мовою: { $language }.
# Variables:
#   $language (String) - the language's name, e.g. "German"
#   $people (Number) - people who get the letter in it
decide-language-count = { $language }: { $people ->
        [one] { $people } людина
        [few] { $people } людини
        [many] { $people } людей
       *[other] { $people } людей
    }
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $language (String) - the language's name, e.g. "German"
#   $current (String) - the wording now
decide-template-ask =
    Напишіть { $decision ->
        [accepted] лист про прийняття
        [declined] лист про відмову
       *[waitlisted] лист про список очікування
    } (мова: { $language }). Пишіть {"{"}applicant{"}"} там, де має стояти місто заявника, і {"{"}call{"}"} замість назви конкурсу.

    Зараз:
    { $current }
# Variables:
#   $language (String) - the language's name, e.g. "German"
decide-template-saved = ✅ Лист збережено (мова: { $language }).
decide-template-error-empty = Лист порожній. Напишіть, будь ласка, його текст.
decide-template-error-too-long = Лист задовгий. Вкладіться, будь ласка, у 3000 знаків.
decide-template-error-unknown = У фігурних дужках може стояти лише {"{"}applicant{"}"} або {"{"}call{"}"}. Виправте, будь ласка, лист і надішліть його ще раз.
decide-template-error-braces = Дужку не закрито. Пишіть {"{"}applicant{"}"} або {"{"}call{"}"} чи обійдіться без дужок.
decide-letters-nothing = Листів до надсилання немає.
# Variables:
#   $people (Number) - people the letters reach
#   $applications (Number) - applications whose letters go
#   $waiting (String) - one decide-count-line per decision with letters to send
decide-send-confirm =
    Надіслати листи: { $people ->
         [one] { $people } людина
         [few] { $people } людини
         [many] { $people } людей
        *[other] { $people } людей
    } з { $applications ->
         [one] { $applications } заявки
         [few] { $applications } заявок
         [many] { $applications } заявок
        *[other] { $applications } заявок
    }?
    { $waiting }

    Кожна прийнята заявка стане партнерством, а її заявники отримають запрошення стати його організаторами. Після надсилання ці рішення змінити не можна.
# Variables:
#   $people (Number) - letters queued
#   $applications (Number) - applications whose letters went
decide-sent = 📨 Листи надіслано: { $people ->
         [one] { $people } людина
         [few] { $people } людини
         [many] { $people } людей
        *[other] { $people } людей
    } з { $applications ->
         [one] { $applications } заявки
         [few] { $applications } заявок
         [many] { $applications } заявок
        *[other] { $applications } заявок
    }. Вони надійдуть протягом кількох хвилин.

## Текст листів за замовчуванням (організатори можуть його змінити)
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-accepted = Шановні заявники з міста { $applicant }! Раді повідомити, що вашу заявку на конкурс «{ $call }» прийнято. Ласкаво просимо до програми!
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-declined = Шановні заявники з міста { $applicant }! Дякуємо за заявку на конкурс «{ $call }». На жаль, цього разу ми не можемо її прийняти.
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-waitlisted = Шановні заявники з міста { $applicant }! Дякуємо за заявку на конкурс «{ $call }». Вона в нашому списку очікування; щойно звільниться місце, ми вам напишемо.
decide-letter-invitation = Ваше партнерство створено в цьому боті. Приєднайтеся до нього як організатор кнопкою нижче (посилання лише для вас).
decide-letter-join = 🤝 Стати організатором

## Вивантаження (таблиця: один рядок на кожне місто заявки)
decide-button-export = 📊 Вивантажити таблицю
decide-export-caption = 📊 Усі заявки конкурсу: по рядку на кожне місто, з відповідями, перекладами, документами, балами й рішеннями.
# Variables:
#   $number (Number) - the call's number
decide-export-file = konkurs-{ $number }-zaiavky
decide-export-number = Заявка №
decide-export-status = Статус
# Variables:
#   $zone (String) - whose clock the times are on, e.g. "Berlin time"
decide-export-submitted = Надіслано ({ $zone })
decide-export-decision = Рішення
decide-export-city = Місто
decide-export-country = Країна
decide-export-language = Мова
# Variables:
#   $question (String) - the question's wording
decide-export-translation = { $question } (переклад)
decide-export-documents = Документи
decide-export-checksums = Контрольна сума (SHA-256)
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer = Експерт { $number }
# Variables:
#   $number (Number) - the reviewer's number within the application
#   $criterion (String) - the criterion's name
decide-export-score = Експерт { $number }: { $criterion }
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer-total = Експерт { $number }: зважена сума
decide-export-mean = Середня зважена сума
decide-export-contact-institution = Організація
decide-export-contact-contact_person = Контактна особа
decide-export-contact-contact_details = Контактні дані
decide-export-status-draft = чернетка
decide-export-status-submitted = надіслана
decide-export-status-not_submitted = не надіслана
decide-export-status-withdrawn = відкликана
decide-export-decision-accepted = прийнята
decide-export-decision-declined = відхилена
decide-export-decision-waitlisted = список очікування
# Variables:
#   $name (String) - the file's name
#   $size (Number) - its size in bytes
decide-export-document = { $name } ({ $size ->
    [one] { $size } байт
    [few] { $size } байти
    [many] { $size } байтів
   *[other] { $size } байта
})
# Variables:
#   $language (String) - the translation's language, named, e.g. "English"
#   $source (String) - machine or human
#   $text (String) - the translation
decide-export-translated = { $language }, { $source ->
        [human] переклад людини
       *[machine] машинний переклад
    }: { $text }
