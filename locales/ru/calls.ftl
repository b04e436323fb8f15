## Конкурсы программы: с чего начинается новый конкурс (администратор может всё изменить).

call-default-title = Twin City Booster: подайте заявку как города-побратимы
call-default-text = Twin City Booster приглашает города, ассоциации побратимства и инициативы из Беларуси, Германии, России и Украины, у которых есть или планируется партнёрство городов. Подайте заявку вместе с городом-партнёром: каждый город отвечает на своём языке. Администрация города подтверждает поддержку подписанным письмом.
call-default-question-who = Кто вы? Назовите оба города и вашу организацию.
call-default-question-hopes = Чего вы ждёте от партнёрства?
call-default-question-why = Почему вы хотите участвовать?
call-default-question-else = Хотите ли вы сообщить нам что-то ещё?
call-default-document-support = Письмо поддержки от администрации города (подписанное)
call-default-criterion-motivation = Мотивация
call-default-criterion-potential = Потенциал партнёрства
call-default-criterion-support = Поддержка на месте
call-default-criterion-feasibility = Реализуемость

calls-error-unknown = Такого конкурса нет (или он удалён).

commands-apply = Подать заявку на конкурс
commands-calls = Конкурсы: подготовить, открыть, решить

## Конкурсы программы: экраны администраторов (/calls).

calls-staff-button = 📣 Конкурсы программы
calls-home-title = 📣 <b>Конкурсы программы</b>
calls-home-empty = Конкурсов пока нет. Новый конкурс начинается с настроек программы по умолчанию; измените нужное и опубликуйте его.
# Variables:
#   $title (String) - the call's title in the reader's language
#   $phase (String) - where the call stands, e.g. "open until Thu, 31 Dec 2026, 23:59 Berlin time"
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-home-line = <b>{ $title }</b>
    { $phase } · черновики: { $drafts } · отправлено: { $submitted }
calls-new = ➕ Новый конкурс
calls-created = Новый конкурс с настройками программы по умолчанию. Его никто не видит, пока вы его не опубликуете.
calls-all = ⬅️ Все конкурсы

calls-phase-preparing = готовится, не опубликован
# Variables:
#   $when (String) - the opening, with whose time it is
calls-phase-not-open = откроется { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-open = открыт до { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-closed = закрыт с { $when }

# Variables:
#   $title (String) - the call's title
#   $phase (String) - where the call stands
calls-card-title = 📣 <b>{ $title }</b>
    { $phase }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-opens = Начало: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-deadline = Срок подачи: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-decision = Отбор до: { $when }
# Variables:
#   $countries (String) - the countries joined as a list, e.g. "Belarus, Germany and Ukraine"
calls-card-countries = 🌍 Кто может подать заявку: города и инициативы из стран: { $countries }
# Variables:
#   $count (Number) - all questions
#   $required (Number) - required questions
#   $contacts (Number) - contact fields among them
calls-card-questions = ❓ Вопросы: { $count } (обязательные: { $required }; контактные данные: { $contacts })
# Variables:
#   $name (String) - the document's name
#   $types (String) - the file types, e.g. "PDF, JPG and PNG"
#   $size (Number) - the size limit in megabytes
calls-card-document = 📎 { $name }: { $types }, до { $size } МБ
# Variables:
#   $criteria (String) - the criteria with their weights, joined as a list
calls-card-criteria = ⚖️ Критерии: { $criteria }
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-card-criterion = { $name } ×{ $weight }
# Variables:
#   $per (Number) - reviewers per application
calls-card-no-reviewers = 👥 Эксперты: пока нет; на одну заявку: { $per }
# Variables:
#   $count (Number) - reviewers of the call
#   $names (String) - their names, joined as a list
#   $per (Number) - reviewers per application
calls-card-reviewers = 👥 Эксперты ({ $count }): { $names }; на одну заявку: { $per }
calls-card-blind-on = 🙈 Анонимная оценка: эксперты не видят имён людей, названий городов и организаций
calls-card-blind-off = 👁 Эксперты видят имена заявителей
# Variables:
#   $days (Number) - days after the selection date
calls-card-retention = { $days ->
    [one] 🗂 Загруженные документы удаляются через { $days } день после отбора
    [few] 🗂 Загруженные документы удаляются через { $days } дня после отбора
    [many] 🗂 Загруженные документы удаляются через { $days } дней после отбора
   *[other] 🗂 Загруженные документы удаляются через { $days } дня после отбора
}
# Variables:
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-card-applications = 📥 Заявки: черновики: { $drafts } · отправлено: { $submitted }
# Variables:
#   $link (String) - the call's link for applicants
calls-card-link = 🔗 Ссылка для заявителей: { $link }

calls-button-publish = 🚀 Опубликовать
calls-button-poster = 🖨 Плакат для печати
calls-button-edit = ✏️ Изменить
calls-button-reviewers = 👥 Эксперты
calls-button-assign = 🧮 Назначить
calls-button-ranking = 📊 Рейтинг
calls-button-letters = ✉️ Письма
calls-button-export = 📤 Экспорт

# Variables:
#   $title (String) - the call's title
#   $opens (String) - the opening, with whose time it is
#   $deadline (String) - the deadline, with whose time it is
calls-publish-ask = Опубликовать <b>{ $title }</b>?
    Приём заявок начнётся { $opens } и продлится до { $deadline }. Любой, у кого есть ссылка или плакат, сможет прочитать конкурс и подать заявку; даты можно будет изменить.
calls-publish-yes = 🚀 Да, опубликовать
calls-published = Опубликовано. Поделитесь ссылкой ниже или распечатайте плакат.
calls-poster-caption = 🖨 Плакат конкурса для печати: A4, с названием, сроком подачи и QR-кодом ссылки.
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-poster-until = Подайте заявку до { $when }
# Variables:
#   $countries (String) - the countries joined as a list
calls-poster-who = Для городов-партнёров из стран: { $countries } — подавайте заявку вместе
calls-poster-scan = Наведите камеру телефона на код, чтобы подать заявку

## Эксперты
# Variables:
#   $title (String) - the call's title
calls-reviewers-title = 👥 <b>Эксперты конкурса { $title }</b>
calls-reviewers-empty = Экспертов пока нет. Пригласите каждого по отдельной ссылке.
# Variables:
#   $name (String) - the reviewer
#   $links (String) - the cities and organisations they are linked to, as a list
calls-reviewers-line = • { $name } (не получает заявки от: { $links })
# Variables:
#   $name (String) - the reviewer
calls-reviewers-line-unlinked = • { $name }
calls-reviewers-invite = 🔗 Пригласить эксперта
# Variables:
#   $name (String) - the reviewer
calls-reviewers-remove = ✖️ { $name }
# Variables:
#   $until (String) - when the link stops working, with whose time it is
#   $link (String) - the link
calls-reviewers-link = Перешлите эту ссылку одному эксперту. Она сработает один раз, до { $until }:
    { $link }
# Variables:
#   $name (String) - the reviewer
#   $title (String) - the call's title
calls-reviewers-remove-ask = Убрать { $name } из экспертов конкурса <b>{ $title }</b>? Этот человек больше не будет получать заявки этого конкурса.
# Variables:
#   $count (Number) - their applications without a submitted review
calls-reviewers-remove-open = { $count ->
    [1] Назначенная заявка без отправленной оценки освободится (её можно назначить другому эксперту); отправленные оценки останутся.
    [one] { $count } назначенная заявка без отправленной оценки освободится (её можно назначить другим экспертам); отправленные оценки останутся.
    [few] { $count } назначенные заявки без отправленной оценки освободятся (их можно назначить другим экспертам); отправленные оценки останутся.
    [many] { $count } назначенных заявок без отправленной оценки освободятся (их можно назначить другим экспертам); отправленные оценки останутся.
   *[other] { $count } назначенные заявки без отправленной оценки освободятся (их можно назначить другим экспертам); отправленные оценки останутся.
}
calls-reviewers-remove-yes = ✖️ Да, убрать
# Variables:
#   $name (String) - the reviewer
calls-reviewers-removed = { $name } больше не эксперт этого конкурса.

# Variables:
#   $call (String) - the call's title
calls-reviewer-ask = Вас пригласили оценивать заявки на конкурс <b>{ $call }</b>.

    С какими городами или организациями вы связаны (живёте или работаете там, состоите в них)? Их заявки вам не достанутся. Напишите их по одному в строке или нажмите «Нет».
# Variables:
#   $city (String) - the reviewer's own city
calls-reviewer-ask-city = Ваш город { $city } уже учтён.
calls-reviewer-none = Нет
# Variables:
#   $call (String) - the call's title
calls-reviewer-joined = Вы оцениваете заявки на конкурс <b>{ $call }</b>. /review покажет ваши, когда их назначат.
calls-reviewer-open-list = 📋 Мои заявки на оценку
calls-reviewer-link-unknown = Эта ссылка для экспертов недействительна. Попросите у организаторов новую.
calls-reviewer-link-used = Эта ссылка для экспертов уже использована. Каждая ссылка — для одного человека: попросите у организаторов свою.
calls-reviewer-link-expired = Срок действия этой ссылки для экспертов истёк. Попросите у организаторов новую.

## Изменение конкурса
calls-edit-ask = Что вы хотите изменить?
calls-edit-title = 📝 Название
calls-edit-text = 📄 Текст
calls-edit-countries = 🌍 Страны
calls-edit-zone = 🕓 Время
calls-edit-opens = Начало
calls-edit-deadline = Срок
calls-edit-decision = Отбор
calls-edit-per-app = 👥 Экспертов на заявку
calls-edit-blind-on = 🙈 Анонимно: да · выключить
calls-edit-blind-off = 👁 Анонимно: нет · включить
calls-edit-retention = 🗂 Хранение документов
calls-saved = 💾 Сохранено.
# Variables:
#   $languages (String) - the languages the call has this text in, as a list
calls-edit-language-ask = На каком языке? Уже есть: { $languages }. Кто не найдёт свой язык, увидит английский вариант.
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the title now in that language, or a dash
calls-edit-title-ask = Напишите название, язык: { $language }.
    Сейчас: { $current }
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the text now in that language
calls-edit-text-ask = Напишите текст конкурса, язык: { $language }.
    Сейчас: { $current }
calls-edit-missing = (пока нет)
calls-edit-countries-ask = Кто может подать заявку? Нажмите на страну, чтобы добавить или убрать её.
# Variables:
#   $zone (String) - the city whose clock the dates are on now
calls-edit-zone-ask = По какому времени указаны даты конкурса? Сейчас: по времени города { $zone }. Часы и минуты останутся прежними (23:59 останется 23:59).
# Variables:
#   $per (Number) - reviewers per application now
calls-edit-per-app-ask = Сколько экспертов должны оценить каждую заявку? Сейчас: { $per }.
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-opens-ask = Напишите, когда начинается приём заявок, в виде день.месяц.год часы:минуты по времени города { $zone }, например { $example }.
    Сейчас: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-deadline-ask = Напишите новый срок подачи в виде день.месяц.год часы:минуты по времени города { $zone }, например { $example }.
    Сейчас: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-decision-ask = Напишите, до какого времени будет сделан отбор, в виде день.месяц.год часы:минуты по времени города { $zone }, например { $example }.
    Сейчас: { $current }
# Variables:
#   $days (Number) - days now
calls-edit-retention-ask = { $days ->
    [one] Сколько дней после отбора хранить загруженные документы? Напишите число от 1 до 3650. Сейчас: { $days } день.
    [few] Сколько дней после отбора хранить загруженные документы? Напишите число от 1 до 3650. Сейчас: { $days } дня.
    [many] Сколько дней после отбора хранить загруженные документы? Напишите число от 1 до 3650. Сейчас: { $days } дней.
   *[other] Сколько дней после отбора хранить загруженные документы? Напишите число от 1 до 3650. Сейчас: { $days } дня.
}

# Variables:
#   $example (String) - an example, e.g. "31.12.2027 23:59"
calls-error-date = Пожалуйста, напишите дату и время так: { $example } (день.месяц.год часы:минуты).
calls-error-deadline-early = Срок подачи должен быть позже начала. Пожалуйста, напишите более позднюю дату.
calls-error-deadline-late = Срок подачи должен быть раньше отбора. Пожалуйста, напишите более раннюю дату или сначала перенесите отбор.
calls-error-opens-after-deadline = Приём заявок должен начаться до срока подачи. Пожалуйста, напишите более раннюю дату.
calls-error-decision-early = Отбор должен быть после срока подачи. Пожалуйста, напишите более позднюю дату.
calls-error-retention = Пожалуйста, напишите число дней от 1 до 3650.
calls-error-text-empty = Пожалуйста, напишите текст.
calls-error-text-long = Слишком длинно. Пожалуйста, сократите.
calls-error-countries-empty = Хотя бы одна страна должна иметь возможность подать заявку.
calls-error-link-long = Одна строка слишком длинная. Пожалуйста, пишите по одному городу или организации в строке.
calls-error-links-many = Слишком много. Пожалуйста, назовите не больше 20 городов или организаций.

## Вопросы и критерии конкурса
calls-edit-questions = ❓ Вопросы
calls-edit-criteria = ⚖️ Критерии
calls-contact-institution = Организация (администрация города, ассоциация или инициатива)
calls-contact-contact_person = Контактное лицо
calls-contact-contact_details = Контакты (e-mail, телефон)
# Variables:
#   $title (String) - the call's title
calls-questions-title = ❓ <b>Вопросы конкурса { $title }</b>
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
#   $state (String) - required or optional
calls-questions-line = { $number }. { $text } ({ $state })
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-questions-button = { $number }. { $text }
calls-question-required = обязательный
calls-question-optional = необязательный
calls-questions-locked = Заявки уже есть: вопросы остаются прежними, чтобы все заявки отвечали на одни и те же.
calls-questions-add-text = ➕ Свободный
calls-questions-add-choice = ➕ Выбор
# Variables:
#   $number (Number) - the question's number
calls-question-title-text = ❓ <b>Вопрос { $number }</b> · ответ свободным текстом
# Variables:
#   $number (Number) - the question's number
calls-question-title-choice = ❓ <b>Вопрос { $number }</b> · выбор из вариантов
# Variables:
#   $number (Number) - the question's number
calls-question-title-contact = ❓ <b>Вопрос { $number }</b> · контактные данные
# Variables:
#   $text (String) - the question
calls-question-text = { $text }
# Variables:
#   $choices (String) - the choices, as a list
calls-question-choices = Варианты: { $choices }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-required-line = Обязательный · длина ответа: до { $max }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-optional-line = Необязательный · длина ответа: до { $max }
# Variables:
#   $languages (String) - the languages the question is written in, as a list
calls-question-languages = Есть на языках: { $languages }. Кто не найдёт свой язык, прочитает английский вариант.
calls-question-contact-note = Контактные данные бот формулирует сам на каждом языке. Их можно сделать необязательными, но не удалить.
calls-question-required-on = Обязательный: да · выключить
calls-question-required-off = Обязательный: нет · включить
calls-question-max-length = 📏 Максимальная длина
calls-question-change-text = 📝 Изменить формулировку
calls-question-remove = 🗑 Удалить вопрос
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-question-remove-ask = Удалить вопрос { $number }? «{ $text }»
calls-item-remove-yes = 🗑 Да, удалить
calls-item-removed = Удалено.
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-question-ask = Напишите новый вопрос, язык: { $language }. Другие языки можно добавить потом; до тех пор все читают этот вариант.
calls-question-choices-ask = Теперь напишите варианты ответа, по одному в строке (от 2 до 10).
# Variables:
#   $number (Number) - the question's number
#   $language (String) - the language, e.g. "German"
#   $current (String) - the question now in that language
calls-question-text-ask = Напишите вопрос { $number }, язык: { $language }.
    Сейчас: { $current }
# Variables:
#   $max (Number) - the maximum length now
calls-question-max-length-ask = Какой длины может быть ответ, в знаках? Напишите число от 20 до 4000. Сейчас: { $max }.
# Variables:
#   $title (String) - the call's title
#   $scale (Number) - the highest score
calls-criteria-title = ⚖️ <b>Критерии конкурса { $title }</b>
    Каждый эксперт оценивает каждый критерий по шкале от 1 до { $scale }; в сумме оценка умножается на вес критерия.
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criteria-line = • { $name }: вес { $weight }
calls-criteria-locked = Эксперты уже начали оценку: критерии и веса остаются прежними, чтобы все заявки оценивались одинаково.
calls-criteria-add = ➕ Новый критерий
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criterion-title = ⚖️ <b>{ $name }</b>: вес { $weight }
    Столько раз баллы учитываются в сумме. Выберите вес от 1 до 3.
calls-criterion-remove = 🗑 Удалить критерий
# Variables:
#   $name (String) - the criterion
calls-criterion-remove-ask = Удалить критерий { $name }?
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-criterion-ask = Напишите название нового критерия, язык: { $language }.
calls-error-questions-locked = Заявки уже есть: вопросы больше нельзя изменить.
calls-error-criteria-locked = Эксперты уже начали оценку: критерии больше нельзя изменить.
calls-error-criteria-empty = Должен остаться хотя бы один критерий.
calls-error-contact-stays = Контактные данные можно сделать необязательными, но не удалить.
calls-error-choices = Пожалуйста, напишите от 2 до 10 вариантов, по одному в строке.
calls-error-choice-long = Один вариант слишком длинный. Пожалуйста, не больше 100 знаков.
calls-error-max-length = Пожалуйста, напишите число от 20 до 4000.
