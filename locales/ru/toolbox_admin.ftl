## toolbox_admin

## The keepers' screen
tbadmin-open = 🧰 Инструментарий
# Variables:
#   $published (Number) - published entries
#   $suggested (Number) - suggestions waiting for moderation
#   $due (Number) - entries whose review date has passed
tbadmin-manage = 🧰 Ведение инструментария
    { $published ->
        [0] Пока не опубликовано ни одного материала.
        [one] Опубликован { $published } материал.
        [few] Опубликовано { $published } материала.
        [many] Опубликовано { $published } материалов.
       *[other] Опубликовано { $published } материала.
    }
    { $suggested ->
        [0] 📥 Предложений нет.
        [one] 📥 { $suggested } предложение ждёт проверки.
        [few] 📥 { $suggested } предложения ждут проверки.
        [many] 📥 { $suggested } предложений ждут проверки.
       *[other] 📥 { $suggested } предложения ждут проверки.
    }
    { $due ->
        [0] ⏰ Проверять пока нечего.
        [one] ⏰ { $due } материал пора проверить.
        [few] ⏰ { $due } материала пора проверить.
        [many] ⏰ { $due } материалов пора проверить.
       *[other] ⏰ { $due } материала пора проверить.
    }
tbadmin-new-entry = ➕ Новый материал
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-suggestions = 📥 Предложения ({ $count })
# Variables:
#   $count (Number) - entries due for review
tbadmin-due = ⏰ Пора проверить ({ $count })
# Variables:
#   $count (Number) - published entries
tbadmin-all = 📚 Все материалы ({ $count })
tbadmin-open-toolbox = 🔎 Как его видят читатели
tbadmin-page-back = ⬅️ Назад
tbadmin-page-next = Дальше ➡️
# Variables:
#   $count (Number) - published entries
tbadmin-all-title = { $count ->
        [0] 📚 Материалов пока нет.
        [one] 📚 { $count } материал, сначала новые. Нажмите на материал, чтобы изменить его.
        [few] 📚 { $count } материала, сначала новые. Нажмите на материал, чтобы изменить его.
        [many] 📚 { $count } материалов, сначала новые. Нажмите на материал, чтобы изменить его.
       *[other] 📚 { $count } материала, сначала новые. Нажмите на материал, чтобы изменить его.
    }
# Variables:
#   $count (Number) - entries due for review
tbadmin-due-title = { $count ->
        [0] ⏰ Проверять пока нечего.
        [one] ⏰ { $count } материал пора проверить. Проверьте каждый и нажмите «Всё ещё верно» или измените его.
        [few] ⏰ { $count } материала пора проверить. Проверьте каждый и нажмите «Всё ещё верно» или измените его.
        [many] ⏰ { $count } материалов пора проверить. Проверьте каждый и нажмите «Всё ещё верно» или измените его.
       *[other] ⏰ { $count } материала пора проверить. Проверьте каждый и нажмите «Всё ещё верно» или измените его.
    }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-queue-title = { $count ->
        [0] 📥 Предложений нет.
        [one] 📥 { $count } предложение ждёт. Нажмите на предложение, чтобы опубликовать или отклонить его.
        [few] 📥 { $count } предложения ждут. Нажмите на предложение, чтобы опубликовать или отклонить его.
        [many] 📥 { $count } предложений ждут. Нажмите на предложение, чтобы опубликовать или отклонить его.
       *[other] 📥 { $count } предложения ждут. Нажмите на предложение, чтобы опубликовать или отклонить его.
    }

## Kinds, topics, phases
tbadmin-kind-guide = 📘 Руководство
tbadmin-kind-template = 📄 Шаблон
tbadmin-kind-practice = 🌟 Удачный пример
tbadmin-kind-tutorial = 🎬 Видеоурок
tbadmin-kind-funding = 💶 Грант
tbadmin-topic-youth = Молодёжь
tbadmin-topic-education = Образование
tbadmin-topic-culture = Культура
tbadmin-topic-sport = Спорт
tbadmin-topic-environment = Экология
tbadmin-topic-digitalisation = Цифровое
tbadmin-topic-social = Социальное
tbadmin-topic-economy = Экономика
tbadmin-topic-democracy = Демократия
tbadmin-topic-mobility = Транспорт
tbadmin-phase-apply = Заявка
tbadmin-phase-kickoff = Старт
tbadmin-phase-sprint = Спринт
tbadmin-phase-coaching = Коучинг

## An entry's card
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
#   $origin (String) - original, human, machine or missing
tbadmin-version-line = { $mark } { $language }: { $origin ->
        [original] оригинал
        [human] переведено человеком
        [machine] машинный перевод, ещё не проверен
       *[missing] версии пока нет
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
tbadmin-deadline-line = ⏳ Срок подачи: { $when } (время: { $zone })
# Variables:
#   $amount (String) - as the funder states it
tbadmin-amount-line = 💶 { $amount }
# Variables:
#   $name (String) - the first name of the person who suggested it
tbadmin-credit-line = 💡 Предложение: { $name }
# Variables:
#   $date (String) - the next review date
tbadmin-review-line = ⏰ Следующая проверка: { $date }
# Variables:
#   $language (String) - a language's name
tbadmin-write-version = ✍️ { $language }
# Variables:
#   $language (String) - a language's name
tbadmin-approve-version = 👍 { $language }
tbadmin-still-correct = ✔️ Всё ещё верно
tbadmin-edit = ✏️ Изменить
tbadmin-archive = 🗄 В архив
tbadmin-as-readers-see = 👁 Как видят читатели
tbadmin-still-done = ✔️ Спасибо: проверено сегодня, следующая проверка через год.
# Variables:
#   $title (String) - the entry's title
tbadmin-archive-ask = 🗄 Отправить материал «{ $title }» в архив? Читатели больше не найдут его. Никто не получит уведомления.
tbadmin-archive-yes = 🗄 Да, в архив
tbadmin-archived = 🗄 Материал в архиве. Читатели его больше не найдут.
# Variables:
#   $language (String) - a language's name
tbadmin-version-approved = 👍 Версия на языке «{ $language }» одобрена: теперь она отмечена как проверенная человеком.
# Variables:
#   $language (String) - a language's name
tbadmin-translate-title = ✍️ Напишите заголовок на языке «{ $language }».
tbadmin-translate-text = ✍️ Теперь напишите текст.
tbadmin-version-saved = ✍️ Сохранено.

## A new entry
tbadmin-new-kind = ➕ Какой это материал?
tbadmin-new-title = ➕ Напишите заголовок (до 120 символов).
tbadmin-new-text = ➕ Напишите текст на своём языке (до 3000 символов). Для гранта укажите, кто может подать заявку.
tbadmin-new-topic = 🏷 Какие темы? Отметьте все подходящие, затем «Дальше».
tbadmin-new-country = 🏷 Для каких стран? Отметьте все подходящие (ни одной — для всех стран), затем «Дальше».
tbadmin-new-phase = 🏷 На каком этапе программы он помогает? Отметьте все подходящие, затем «Дальше».
tbadmin-next = Дальше ➡️
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
tbadmin-new-file = 📄 Отправьте шаблон файлом (до { $limit } МБ; { $types }).
tbadmin-new-link = 🔗 Напишите веб-адрес (начинается с https://).
tbadmin-new-zone = ⏳ По какому времени считается срок?
# Variables:
#   $zone (String) - the city whose clock the deadline is on
#   $example (String) - an example date and time
tbadmin-new-deadline = ⏳ Напишите срок подачи по времени города { $zone }, например { $example }.
tbadmin-new-amount = 💶 Напишите сумму так, как её указывает грантодатель, например «до 5000 евро».
tbadmin-preview = 👁 Предпросмотр — проверьте и опубликуйте.
tbadmin-publish = 📣 Опубликовать
# Variables:
#   $machine (String) - yes when a machine translates it into the other languages
tbadmin-publish-ask = { $machine ->
        [yes] 📣 Опубликовать? Читатели сразу найдут материал; остальные четыре языка добавит машинный перевод с пометкой об этом. Никто не получит уведомления.
       *[no] 📣 Опубликовать? Читатели сразу найдут материал на вашем языке; версии на других языках можно добавить позже. Никто не получит уведомления.
    }
tbadmin-publish-yes = 📣 Да, опубликовать
tbadmin-published = 📣 Опубликовано. Вы отвечаете за этот материал: через год бот напомнит проверить его.
tbadmin-cancelled = Отменено, ничего не сохранено.
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-too_big = ⚠️ Файл «{ $name }» слишком большой: шаблон может весить до { $limit } МБ. Отправьте файл поменьше ({ $types }).
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-file_type = ⚠️ Файл «{ $name }» — не тот тип файла, который все могут безопасно открыть. Можно: { $types } (до { $limit } МБ).

## Mistakes in typed answers
tbadmin-error-empty = Пожалуйста, напишите текст.
tbadmin-error-title-long = Заголовок слишком длинный: не больше 120 символов, пожалуйста.
tbadmin-error-text-long = Текст слишком длинный: не больше 3000 символов, пожалуйста.
tbadmin-error-link = Это не веб-адрес, который можно открыть: он должен начинаться с https:// и не содержать пробелов.
tbadmin-error-amount-long = Пожалуйста, напишите сумму короче (не больше 100 символов).
tbadmin-error-reason-long = Пожалуйста, напишите причину короче (не больше 500 символов).
# Variables:
#   $example (String) - an example date and time
tbadmin-error-deadline = Пожалуйста, напишите дату и время так: { $example }.
tbadmin-error-use-buttons = Пожалуйста, воспользуйтесь кнопками выше.

## Suggesting an entry
tbadmin-suggest-kind = 💡 Предложите материал для инструментария. Какой это материал?
tbadmin-suggest-title = 💡 Напишите заголовок (до 120 символов).
tbadmin-suggest-text = 💡 Напишите, о чём это и чем помогает (до 3000 символов).
tbadmin-suggest-link = 💡 Есть ссылка? Напишите веб-адрес (https://…) или пропустите.
tbadmin-suggest-credit = 💡 Можно указать ваше имя как автора предложения?
tbadmin-credit-yes = Да
tbadmin-credit-no = Нет
tbadmin-suggest-sent = 💡 Спасибо! Организаторы посмотрят ваше предложение, и вы узнаете их решение.
tbadmin-suggest-cancelled = Отменено, ничего не отправлено.

## Moderation
tbadmin-approve = 📣 Опубликовать
tbadmin-decline = ✖️ Отклонить
tbadmin-edit-suggestion = ✏️ Изменить текст
tbadmin-approved = 📣 Опубликовано, автор предложения получил сообщение.
tbadmin-decline-ask = ✖️ Напишите, почему предложение отклонено. Автор прочтёт это.
tbadmin-declined = ✖️ Отклонено, автор предложения получил сообщение.

## Notices
# Variables:
#   $title (String) - the entry's title
tbadmin-suggestion-approved = 💡 Спасибо: ваше предложение «{ $title }» теперь в инструментарии.
tbadmin-see-entry = 📖 Открыть материал
# Variables:
#   $title (String) - the entry's title
#   $reason (String) - why the organisers declined it
tbadmin-suggestion-declined = 💡 Ваше предложение «{ $title }» не добавлено в инструментарий. Организаторы пишут: { $reason }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-notice-suggestions = { $count ->
        [one] 💡 { $count } предложение для инструментария ждёт проверки.
        [few] 💡 { $count } предложения для инструментария ждут проверки.
        [many] 💡 { $count } предложений для инструментария ждут проверки.
       *[other] 💡 { $count } предложения для инструментария ждут проверки.
    }
# Variables:
#   $title (String) - the entry's title
tbadmin-review-reminder = ⏰ Пора проверить материал «{ $title }» в инструментарии: всё ли в нём ещё верно?
# Variables:
#   $queries (String) - one line per search: the words and how often
#   $count (Number) - how many different searches are listed
tbadmin-misses-notice = { $count ->
        [one] 🔎 На этой неделе { $count } поиск в инструментарии ничего не нашёл:
        [few] 🔎 На этой неделе эти { $count } поиска в инструментарии ничего не нашли:
        [many] 🔎 На этой неделе эти { $count } поисков в инструментарии ничего не нашли:
       *[other] 🔎 На этой неделе эти { $count } поиска в инструментарии ничего не нашли:
    }
    { $queries }
    Материалы на эти темы помогли бы.

## Links from check-ins and coaching
tbadmin-link-apply = 🧰 Инструментарий: заявка
tbadmin-link-kickoff = 🧰 Инструментарий: старт
tbadmin-link-sprint = 🧰 Инструментарий: спринт
tbadmin-link-coaching = 🧰 Инструментарий: коучинг

## The preview's "edit": one answer again
tbadmin-edit-title = ✏️ Заголовок
tbadmin-edit-text = ✏️ Текст
tbadmin-edit-topic = 🏷 Теги
tbadmin-edit-file = 📄 Файл
tbadmin-edit-link = 🔗 Ссылка
tbadmin-edit-zone = ⏳ Срок
tbadmin-edit-amount = 💶 Сумма
