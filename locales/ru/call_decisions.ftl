## Решение по конкурсу: решения, письма на каждом языке, выгрузка

decide-button-accepted = Принять
decide-button-declined = Отклонить
decide-button-waitlisted = В список ожидания
decide-button-ranking = ⬅️ Рейтинг
decide-button-letters = ✉️ Письма
# Variables:
#   $number (Number) - the application's number
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $decision (String) - accepted, declined, waitlisted or none
decide-decided =
    Заявка № { $number }: { $cities }
    Решение: { $decision ->
        [accepted] принята
        [declined] отклонена
        [waitlisted] в списке ожидания
       *[none] пока нет
    }
    Его можно изменить, пока письма не отправлены.
decide-error-letter-sent = Письма по этой заявке уже отправлены: решение больше не меняется.
decide-error-not-submitted = Решение можно принять только по отправленной заявке.

## Письма
# Variables:
#   $call (String) - the call's title
#   $summary (String) - the lines decide-waiting-heading, decide-count-line, decide-undecided, decide-sent-line
#   $people (Number) - people the letters still to send reach
decide-letters =
    ✉️ Письма с решением: { $call }

    { $summary }

    { $people ->
        [0] Писем к отправке нет.
        [one] Письма получит { $people } человек.
        [few] Письма получат { $people } человека.
        [many] Письма получат { $people } человек.
       *[other] Письма получат { $people } человек.
    }
    Каждый получит письмо на своём языке. Посмотрите каждое письмо перед отправкой; текст можно изменить на каждом языке.
decide-waiting-heading = Ещё не отправлены:
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $count (String) - e.g. "1 application (2 people)"
decide-count-line = { $decision ->
        [accepted] Принято
        [declined] Отклонено
       *[waitlisted] Список ожидания
    }: { $count }
# Variables:
#   $undecided (Number) - submitted applications without a decision
decide-undecided = Без решения: { $undecided ->
         [one] { $undecided } заявка
         [few] { $undecided } заявки
         [many] { $undecided } заявок
        *[other] { $undecided } заявок
    }
# Variables:
#   $sent (String) - the letters sent already, e.g. "2 people in 1 application"
decide-sent-line = Уже отправлены: { $sent }
# Variables:
#   $applications (Number) - applications
#   $people (Number) - people in them who get a letter
decide-count = { $applications ->
         [one] { $applications } заявка
         [few] { $applications } заявки
         [many] { $applications } заявок
        *[other] { $applications } заявок
    } ({ $people ->
         [one] { $people } человек
         [few] { $people } человека
         [many] { $people } человек
        *[other] { $people } человек
    })
# Variables:
#   $people (Number) - people whose letters went out
#   $applications (Number) - applications whose letters went out
decide-sent-count = { $people ->
         [one] { $people } человек
         [few] { $people } человека
         [many] { $people } человек
        *[other] { $people } человек
    } из { $applications ->
         [one] { $applications } заявки
         [few] { $applications } заявок
         [many] { $applications } заявок
        *[other] { $applications } заявок
    }
# Variables:
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing = ⚠️ Готово отзывов: { $done } из { $wanted }. Решение всё равно можно принять.
# Variables:
#   $number (Number) - the application's number
#   $done (Number) - submitted reviews of the application
#   $wanted (Number) - reviews the call wants per application
decide-reviews-missing-of = ⚠️ Заявка № { $number }: готово отзывов { $done } из { $wanted }.
# Variables:
#   $deadline (String) - the call's deadline on the call's clock, e.g. "31 Dec 2026, 23:59 Berlin time"
decide-error-before-deadline = Решения принимаются после окончания срока подачи: { $deadline }.
decide-button-preview-accepted = 👁 Письмо о принятии
decide-button-preview-declined = 👁 Письмо об отказе
decide-button-preview-waitlisted = 👁 Письмо: список ожидания
decide-button-send = 📨 Отправить письма
decide-button-back-letters = ⬅️ Письма
decide-button-cancel = Отмена
decide-button-send-now = 📨 Отправить
# Variables:
#   $language (String) - the language's name, e.g. "Deutsch"
decide-button-edit-language = ✏️ { $language }
decide-example-city = Примерск
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $people (Number) - people who get this letter
#   $details (String) - decide-preview-languages (when anyone gets it) and decide-preview-shown
#   $letter (String) - the letter as it reads
decide-preview =
    { $decision ->
        [accepted] Письмо о принятии
        [declined] Письмо об отказе
       *[waitlisted] Письмо о списке ожидания
    } · { $people ->
        [0] пока никому
        [one] получит { $people } человек
        [few] получат { $people } человека
        [many] получат { $people } человек
       *[other] получат { $people } человек
    }
    { $details }

    { $letter }

    ✏️ Изменить текст на каком-либо языке — кнопкой этого языка.
# Variables:
#   $languages (String) - decide-language-count per language, joined as a list
decide-preview-languages = По языкам: { $languages }
# Variables:
#   $language (String) - the language's name, e.g. "English"
decide-preview-shown = Ниже — письмо на языке: { $language }.
# Variables:
#   $language (String) - the language's name, e.g. "German"
#   $people (Number) - people who get the letter in it
decide-language-count = { $language }: { $people ->
        [one] { $people } человек
        [few] { $people } человека
        [many] { $people } человек
       *[other] { $people } человек
    }
# Variables:
#   $decision (String) - accepted, declined or waitlisted
#   $language (String) - the language's name, e.g. "German"
#   $current (String) - the wording now
decide-template-ask =
    Напишите { $decision ->
        [accepted] письмо о принятии
        [declined] письмо об отказе
       *[waitlisted] письмо о списке ожидания
    } (язык: { $language }). Пишите {"{"}applicant{"}"} там, где должен стоять город заявителя, и {"{"}call{"}"} вместо названия конкурса.

    Сейчас:
    { $current }
# Variables:
#   $language (String) - the language's name, e.g. "German"
decide-template-saved = ✅ Письмо сохранено (язык: { $language }).
decide-template-error-empty = Письмо пустое. Напишите, пожалуйста, его текст.
decide-template-error-too-long = Письмо слишком длинное. Уложитесь, пожалуйста, в 3000 знаков.
decide-template-error-unknown = В фигурных скобках может стоять только {"{"}applicant{"}"} или {"{"}call{"}"}. Исправьте, пожалуйста, письмо и отправьте его ещё раз.
decide-template-error-braces = Скобка не закрыта. Пишите {"{"}applicant{"}"} или {"{"}call{"}"} либо обойдитесь без скобок.
decide-letters-nothing = Писем к отправке нет.
# Variables:
#   $people (Number) - people the letters reach
#   $applications (Number) - applications whose letters go
#   $waiting (String) - one decide-count-line per decision with letters to send
decide-send-confirm =
    Отправить письма: { $people ->
         [one] { $people } человек
         [few] { $people } человека
         [many] { $people } человек
        *[other] { $people } человек
    } из { $applications ->
         [one] { $applications } заявки
         [few] { $applications } заявок
         [many] { $applications } заявок
        *[other] { $applications } заявок
    }?
    { $waiting }

    Каждая принятая заявка станет партнёрством, а её заявители получат приглашение стать его организаторами. После отправки эти решения изменить нельзя.
# Variables:
#   $people (Number) - letters queued
#   $applications (Number) - applications whose letters went
decide-sent = 📨 Письма отправлены: { $people ->
         [one] { $people } человек
         [few] { $people } человека
         [many] { $people } человек
        *[other] { $people } человек
    } из { $applications ->
         [one] { $applications } заявки
         [few] { $applications } заявок
         [many] { $applications } заявок
        *[other] { $applications } заявок
    }. Они придут в течение нескольких минут.

## Текст писем по умолчанию (организаторы могут его изменить)
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-accepted = Уважаемые заявители из города { $applicant }! Рады сообщить, что ваша заявка на конкурс «{ $call }» принята. Добро пожаловать в программу!
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-declined = Уважаемые заявители из города { $applicant }! Спасибо за заявку на конкурс «{ $call }». К сожалению, в этот раз мы не можем её принять.
# Variables:
#   $applicant (String) - the applicant's city
#   $call (String) - the call's title
decide-letter-waitlisted = Уважаемые заявители из города { $applicant }! Спасибо за заявку на конкурс «{ $call }». Она в нашем списке ожидания; как только освободится место, мы вам напишем.
decide-letter-invitation = Ваше партнёрство создано в этом боте. Присоединяйтесь к нему как организатор кнопкой ниже (ссылка только для вас).
decide-letter-join = 🤝 Стать организатором

## Выгрузка (таблица: одна строка на каждый город заявки)
decide-button-export = 📊 Выгрузить таблицу
decide-export-caption = 📊 Все заявки конкурса: по строке на каждый город, с ответами, переводами, документами, баллами и решениями.
# Variables:
#   $number (Number) - the call's number
decide-export-file = konkurs-{ $number }-zayavki
decide-export-number = Заявка №
decide-export-status = Статус
# Variables:
#   $zone (String) - whose clock the times are on, e.g. "Berlin time"
decide-export-submitted = Отправлена ({ $zone })
decide-export-decision = Решение
decide-export-city = Город
decide-export-country = Страна
decide-export-language = Язык
# Variables:
#   $question (String) - the question's wording
decide-export-translation = { $question } (перевод)
decide-export-documents = Документы
decide-export-checksums = Контрольная сумма (SHA-256)
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer = Эксперт { $number }
# Variables:
#   $number (Number) - the reviewer's number within the application
#   $criterion (String) - the criterion's name
decide-export-score = Эксперт { $number }: { $criterion }
# Variables:
#   $number (Number) - the reviewer's number within the application
decide-export-reviewer-total = Эксперт { $number }: взвешенная сумма
decide-export-mean = Средняя взвешенная сумма
decide-export-contact-institution = Организация
decide-export-contact-contact_person = Контактное лицо
decide-export-contact-contact_details = Контактные данные
decide-export-status-draft = черновик
decide-export-status-submitted = отправлена
decide-export-status-not_submitted = не отправлена
decide-export-status-withdrawn = отозвана
decide-export-decision-accepted = принята
decide-export-decision-declined = отклонена
decide-export-decision-waitlisted = список ожидания
# Variables:
#   $name (String) - the file's name
#   $size (Number) - its size in bytes
decide-export-document = { $name } ({ $size ->
    [one] { $size } байт
    [few] { $size } байта
    [many] { $size } байт
   *[other] { $size } байта
})
# Variables:
#   $language (String) - the translation's language, named, e.g. "English"
#   $source (String) - machine or human
#   $text (String) - the translation
decide-export-translated = { $language }, { $source ->
        [human] перевод человека
       *[machine] машинный перевод
    }: { $text }
