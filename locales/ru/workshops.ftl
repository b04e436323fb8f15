## Воркшопы: участники

menu-workshops = 📅 Воркшопы
commands-workshops = Воркшопы и запись

workshops-kind-kickoff = Стартовый воркшоп
workshops-kind-match_sprint = Воркшоп «Match & Sprint»
workshops-kind-sprint_succeed = Воркшоп «Sprint & Succeed»
workshops-kind-other = Воркшоп

# Variables:
#   $count (Number) - how many workshops are listed
workshops-list = 📅 Ближайшие воркшопы — нажмите на воркшоп, чтобы узнать подробности и записаться:
workshops-list-mine = 📅 Воркшопы, на которые вы записаны:
workshops-none = Ближайших воркшопов пока нет. Я сообщу вам, как только появится новый.
workshops-none-mine = Вы не записаны ни на один из ближайших воркшопов.

# Variables:
#   $title (String) - workshop title
#   $when (String) - its date and time; a line of the list (the button shows only the title)
workshops-list-item = • { $title } — { $when }
workshops-show-all = 📅 Все воркшопы
workshops-show-mine = 🎟 Мои записи
workshops-open = 📅 Открыть воркшоп
workshops-back-to-list = ⬅️ Все воркшопы
workshops-sign-up = ✍️ Записаться
workshops-join-waitlist = ⏳ В список ожидания
workshops-cancel-signup = ✖️ Отменить запись
workshops-place-online = Онлайн
# Variables:
#   $link (String) - the link to the online meeting
workshops-place-online-link = Онлайн: { $link }

# Variables:
#   $title (String) - workshop title, gender unknown: put a noun before it («воркшоп «…»»)
#   $kind (String) - kind of workshop
#   $when (String) - date and time saying whose time it is (times.ftl), e.g. "Sat, 24 Apr 2027, 18:30–21:00 Krasnodar time (17:30–20:00 your time)"
#   $place (String) - city and address, or online
#   $seats (Number) - seats left for the reader's city, -1 when unlimited
workshops-card =
    📅 { $title }
    { $kind }

    🕒 { $when }
    📍 { $place }
    🪑 { $seats ->
        [-1] Количество мест не ограничено
        [0] Мест нет — можно записаться в список ожидания
        [one] Осталось { $seats } место
        [few] Осталось { $seats } места
        [many] Осталось { $seats } мест
       *[other] Осталось { $seats } места
    }
# Variables:
#   $description (String) - the organisers' description
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code
workshops-status-confirmed = ✅ Вы записаны. Ваш код для регистрации на месте: { $code }
# Variables:
#   $code (String) - personal check-in code (not shown here)
workshops-status-attended = ✅ Вы были на этом воркшопе. Спасибо!
# Variables:
#   $position (Number) - place on the waitlist
workshops-status-waitlisted = ⏳ Вы в списке ожидания, ваш номер в очереди: { $position }.
# Variables:
#   $deadline (String) - until when the seat is held
workshops-status-offered = 🎟 Для вас освободилось место! Пожалуйста, ответьте до { $deadline }.

# Variables:
#   $number (Number) - which question
#   $total (Number) - how many questions
#   $required (String) - yes or no
workshops-question-header = Вопрос { $number } из { $total }{ $required ->
        [yes] {""}
       *[no] {" "}(по желанию)
    }
workshops-question-who = Кто вы? Расскажите немного о себе.
workshops-question-hopes = Чего вы ждёте от партнёрства городов?
workshops-question-why = Почему вы хотите участвовать?
workshops-question-else = Хотите сообщить нам что-нибудь ещё?
# Variables:
#   $text (String) - the organisers' own question
workshops-question-custom = { $text }
workshops-signup-aborted = Запись отменена — ничего не сохранено.

# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-signup-confirmed =
    ✅ Вы записаны на воркшоп «{ $title }»!

    🕒 { $when }
    📍 { $place }

    Ваш код для регистрации на месте: { $code }
    Я напомню вам о воркшопе перед началом.
workshops-calendar-caption = 📆 Добавьте воркшоп в свой календарь.
workshops-calendar-cancel = 📆 Откройте этот файл, чтобы убрать воркшоп из календаря.
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
#   $position (Number) - place on the waitlist
workshops-signup-waitlisted =
    ⏳ На воркшоп «{ $title }» сейчас нет свободных мест. Вы в списке ожидания, ваш номер в очереди: { $position }.
    Если место освободится, я сразу предложу его вам.

workshops-signup-not-open = Запись на этот воркшоп не открыта.
workshops-signup-cancelled = ❌ Этот воркшоп отменён.
workshops-signup-closed = Запись на этот воркшоп закрыта.
workshops-signup-already = Вы уже записаны на этот воркшоп.
workshops-gone = Этого воркшопа больше нет. Актуальные — в /workshops.

# Variables:
#   $title (String) - workshop title
#   $partnership (String) - the partnership the workshop belongs to
workshops-link-other-partnership = Воркшоп «{ $title }» относится к партнёрству { $partnership }, а не к вашему, поэтому записаться на него отсюда нельзя. Если вы переехали, партнёрство можно сменить в профиле.

workshops-error-answer-missing = На этот вопрос нужно ответить.
workshops-error-answer-empty = Пожалуйста, напишите несколько слов (или воспользуйтесь кнопками).
workshops-error-answer-long = Слишком длинно: пожалуйста, не больше 1000 символов.
workshops-error-use-buttons = Пожалуйста, на этом шаге используйте кнопки.

workshops-cancel-ask = Вы действительно хотите отменить запись? Ваше место перейдёт следующему человеку из списка ожидания.
workshops-cancel-yes = Да, отменить
workshops-cancel-no = Нет, сохранить место
workshops-cancelled-by-you = Ваша запись отменена. Вы можете записаться снова, пока есть места.
workshops-cancel-not-possible = Эту запись больше нельзя отменить.

workshops-offer-accept = Да, беру место
workshops-offer-decline = Нет, спасибо
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
#   $when (String) - date and time
#   $deadline (String) - until when the seat is held
workshops-offer =
    🎟 Хорошая новость: на воркшопе «{ $title }» для вас освободилось место!
    🕒 { $when }

    Пожалуйста, ответьте до { $deadline } — после этого место перейдёт следующему человеку из списка ожидания.
workshops-offer-declined = Хорошо — место перейдёт следующему человеку из списка ожидания. Спасибо, что сообщили.
workshops-offer-gone = Это предложение уже недействительно.
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
workshops-offer-expired = Вам было предложено место на воркшопе «{ $title }», но время на ответ истекло, и место перешло следующему человеку из списка ожидания.

# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-reminder =
    ⏰ Напоминание: воркшоп «{ $title }»
    🕒 { $when }
    📍 { $place }
    Ваш код для регистрации на месте: { $code }
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
#   $when (String) - date and time it was planned for
workshops-cancelled-notice = ❌ Воркшоп «{ $title }» ({ $when }) отменён организаторами. Нам очень жаль.
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
#   $when (String) - the new date and time
workshops-time-changed = 🕒 Воркшоп «{ $title }» переносится, новое время: { $when }. Ваша запись остаётся в силе.
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
#   $message (String) - the organisers' message
workshops-organiser-message =
    📣 Сообщение от организаторов воркшопа «{ $title }»:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended, gender unknown
#   $source_city (String) - city of that workshop
#   $online (String) - yes if it was online
#   $title (String) - title of the next workshop, gender unknown
#   $when (String) - its date and time
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 Вы участвовали онлайн в воркшопе «{ $source }».
       *[no] 👋 Вы участвовали в стартовом воркшопе в городе { $source_city } («{ $source }»).
    }
    Приглашаем вас на следующий этап: «{ $title }», { $when }.

# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
workshops-feedback-ask = 🙏 Как прошёл воркшоп «{ $title }»? Оцените его от 1 (плохо) до 5 (отлично).
workshops-feedback-comment = 💬 Добавить комментарий
workshops-feedback-ask-comment = Напишите комментарий одним сообщением.
# Variables:
#   $rating (Number) - the rating given (1 to 5)
workshops-feedback-thanks = Спасибо за оценку ({ $rating } из 5)!
workshops-feedback-comment-thanks = Спасибо — ваш комментарий сохранён.

## Воркшопы: организаторы

staff-workshops = 📅 Воркшопы
workshops-new = ➕ Новый воркшоп
# Variables:
#   $partnership (String) - partnership name
#   $count (Number) - how many workshops
workshops-organiser-list = { $count ->
        [0] В партнёрстве { $partnership } пока нет запланированных воркшопов.
        [one] { $count } воркшоп партнёрства { $partnership }:
        [few] { $count } воркшопа партнёрства { $partnership }:
        [many] { $count } воркшопов партнёрства { $partnership }:
       *[other] { $count } воркшопа партнёрства { $partnership }:
    }
workshops-draft-ask-kind = Новый воркшоп: какого он типа?
workshops-draft-ask-title = Отправьте название (до 100 символов).
workshops-draft-ask-description = Отправьте краткое описание (до 1000 символов) или пропустите.
workshops-draft-ask-place = Где он пройдёт?
workshops-draft-ask-address = Отправьте адрес места проведения или пропустите.
workshops-draft-ask-link = Отправьте ссылку на онлайн-встречу (начинается с https://). Её увидят только подтверждённые участники.
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-end = Когда он закончится? Отправьте время, например 21:00, или дату и время (по времени города { $city }).
workshops-draft-ask-capacity = Сколько всего мест? Отправьте число или выберите «Без ограничения».
workshops-draft-ask-quotas = Разделить места по городам (например, 15 для Карлсруэ + 15 для Краснодара)?
# Variables:
#   $city (String) - city name
workshops-draft-ask-quota = Сколько мест для участников из города { $city }?
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-deadline = До какого момента можно записаться? Отправьте дату и время, например 24.04.2027 12:00 (по времени города { $city }), или оставьте запись открытой до начала.
# Variables:
#   $questions (String) - the list of questions
workshops-draft-ask-questions =
    Вопросы, на которые отвечают при записи:
    { $questions }

    Нажмите на вопрос, чтобы сделать его обязательным или необязательным, удалите его или добавьте свой.
workshops-draft-ask-question-text = Отправьте вопрос.
workshops-draft-ask-question-choice-text = Отправьте вопрос; варианты ответа — следующим сообщением.
workshops-draft-ask-question-choices = Отправьте варианты ответа, по одному в строке (от 2 до 8).
workshops-draft-no-questions = (без вопросов)
# Variables:
#   $number (Number) - question number
#   $text (String) - question text
#   $required (String) - yes or no
workshops-draft-question-line = { $number }. { $text }{ $required ->
        [yes] {" "}(обязательный)
       *[no] {""}
    }
# Variables:
#   $number (Number) - question number; button, two in a row: keep it short
workshops-draft-question-required = { $number }: обязат.
# Variables:
#   $number (Number) - question number; button, two in a row: keep it short
workshops-draft-question-optional = { $number }: по желанию
# Variables:
#   $number (Number) - question number
workshops-draft-question-remove = 🗑 { $number }
workshops-draft-add-text-question = ➕ Вопрос со свободным ответом
workshops-draft-add-choice-question = ➕ Вопрос с вариантами
workshops-draft-questions-done = Далее ▶️
workshops-draft-skip-description = Без описания ▶️
workshops-draft-skip-address = Без адреса ▶️
workshops-draft-skip-deadline = До начала ▶️
workshops-draft-unlimited = ♾ Без ограничения
workshops-draft-quotas-yes = Да, места по городам
workshops-draft-quotas-no = Нет, общие места для всех
workshops-draft-publish = 📢 Опубликовать
workshops-draft-save = 📝 Сохранить черновик
workshops-draft-cancelled = Отменено — воркшоп не создан.
# Variables:
#   $title (String) - title, gender unknown: keep «воркшоп» before it
workshops-draft-created = 📢 Воркшоп «{ $title }» опубликован. Участники видят его в разделе /workshops.
# Variables:
#   $title (String) - title, gender unknown: keep «воркшоп» before it
workshops-draft-saved = 📝 Воркшоп «{ $title }» сохранён как черновик. Опубликуйте его, когда будете готовы.
workshops-draft-missing = Этот шаг уже закрыт. Начните заново из списка воркшопов.

workshops-error-title-empty = Название не может быть пустым.
workshops-error-title-long = Название слишком длинное: пожалуйста, не больше 100 символов.
workshops-error-description-empty = Описание не может быть пустым — или нажмите «Без описания».
workshops-error-description-long = Описание слишком длинное: пожалуйста, не больше 1000 символов.
workshops-error-in-past = Это время уже прошло. Пожалуйста, укажите дату и время в будущем.
workshops-error-end-before-start = Окончание должно быть позже начала.
workshops-error-too-long = Воркшоп может длиться не больше двух недель.
workshops-error-capacity = Пожалуйста, отправьте целое число мест от 1 до 10000.
workshops-error-quotas-over-capacity = Мест по городам в сумме получается больше, чем всего мест.
workshops-error-link = Пожалуйста, отправьте полную ссылку, начинающуюся с https://
workshops-error-address = Пожалуйста, отправьте адрес не длиннее 200 символов.
workshops-error-datetime = Не получилось разобрать. Пожалуйста, напишите так: 24.04.2027 18:30.
workshops-error-deadline = Запись должна закрываться в будущем и до начала воркшопа.
workshops-error-choices = Пожалуйста, отправьте от 2 до 8 вариантов, по одному в строке.
workshops-error-too-many-questions = У воркшопа может быть не больше 10 вопросов.
workshops-error-incomplete = Не хватает некоторых данных. Пожалуйста, пройдите все шаги ещё раз.
# Variables:
#   $taken (Number) - seats already taken
workshops-error-capacity-below-taken = Уже занято мест: { $taken }. Меньше сделать нельзя.
workshops-error-message-long = Сообщение слишком длинное: пожалуйста, не больше 3000 символов.
workshops-already-cancelled = Этот воркшоп уже отменён.

workshops-state-draft = 📝 черновик
workshops-state-published = 📢 опубликован
workshops-state-cancelled = ❌ отменён
# Variables:
#   $title (String) - title, gender unknown
#   $status (String) - draft, published, cancelled
#   $when (String) - date and time
#   $place (String) - place
#   $capacity (Number) - seats, -1 when unlimited
#   $confirmed (Number) - confirmed people
#   $attended (Number) - checked in
#   $waitlisted (Number) - waiting
#   $offered (Number) - with an open offer
workshops-manage-card =
    { $title } — { $status }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] подтверждено: { $confirmed } (количество мест не ограничено)
       *[other] подтверждено: { $confirmed } из { $capacity }
    }
    Пришли: { $attended }
    В списке ожидания: { $waitlisted }
    Открытые предложения места из списка ожидания: { $offered }
# The toggle on its own row: the state the workshop is in, then what pressing does.
workshops-manage-publish = 📝 Скрыт · опубликовать
workshops-manage-unpublish = 📢 Виден всем · скрыть
workshops-manage-attendees = 👥 Участники
workshops-manage-checkin = 🎫 Ввести код
workshops-manage-csv = 📄 Экспорт CSV
workshops-manage-qr = 🔳 QR-код
workshops-manage-message = 📣 Сообщение
workshops-manage-time = 🕒 Перенести
workshops-manage-capacity = 🪑 Число мест
workshops-manage-translate = 🌐 Перевести
workshops-manage-next-stage = ➡️ Позвать на следующий этап
workshops-manage-cancel = ❌ Отменить воркшоп
workshops-manage-back = ⬅️ Назад
workshops-manage-cancel-yes = ❌ Да, отменить и оповестить
# Nobody is registered, so nobody is told; button, at most 30 characters
workshops-manage-cancel-yes-silent = ❌ Да, отменить
# Variables:
#   $title (String) - title, gender unknown: keep «воркшоп» before it
#   $count (Number) - people registered
workshops-manage-cancel-ask = Отменить воркшоп «{ $title }»? { $count ->
        [0] На него записано { $count } человек, сообщать никому не нужно.
        [1] На него записан { $count } человек — мы сообщим ему об отмене.
        [one] На него записан { $count } человек — мы сообщим им всем об отмене.
        [few] На него записаны { $count } человека — мы сообщим им всем об отмене.
        [many] На него записано { $count } человек — мы сообщим им всем об отмене.
       *[other] На него записано { $count } человека — мы сообщим им всем об отмене.
    }
# Variables:
#   $count (Number) - people told
workshops-manage-cancelled = ❌ Воркшоп отменён. { $count ->
        [0] Записано было { $count } человек, сообщать некому.
        [one] Сообщаем об отмене { $count } участнику.
        [few] Сообщаем об отмене { $count } участникам.
        [many] Сообщаем об отмене { $count } участникам.
       *[other] Сообщаем об отмене { $count } участника.
    }
# Variables:
#   $title (String) - title, gender unknown
#   $count (Number) - people registered
workshops-attendees = 👥 Воркшоп «{ $title }»: { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }. Нажмите на имя, чтобы отметить, что человек пришёл.
# Variables:
#   $name (String) - display name, gender unknown: no gendered verb after it
#   $status (String) - registration status, or none when confirmed or present (✅ shows present)
#   $code (String) - check-in code: first, so it is never cut off the button
workshops-attendee-line = { $code } · { $name }{ $status ->
        [none] {""}
       *[other] {" · "}{ $status }
    }
workshops-registration-confirmed = подтверждено
workshops-registration-waitlisted = ждёт места
workshops-registration-offered = предложено место
workshops-registration-attended = присутствует
workshops-registration-cancelled = отменено
workshops-checkin-ask = Отправьте код регистрации (6 символов). Можно отправлять коды один за другим.
# Variables:
#   $name (String) - display name, gender unknown: no past-tense verb after it
workshops-checkin-done = ✅ { $name }: присутствие отмечено. Отправьте следующий код или вернитесь назад.
workshops-checkin-unknown-code = ❓ Для этого воркшопа такого кода нет. Проверьте его и отправьте ещё раз.
workshops-csv-id = №
workshops-csv-name = Имя
workshops-csv-city = Город
workshops-csv-status = Статус
workshops-csv-code = Код регистрации
# Variables:
#   $city (String) - город, по часам которого указано время, напр. "Карлсруэ"
workshops-csv-signed-up = Дата записи (время города { $city })
# Variables:
#   $title (String) - title, gender unknown: keep «воркшоп» before it
workshops-csv-caption = 📄 Участники воркшопа «{ $title }»
workshops-qr-caption = 🔳 Распечатайте этот QR-код на афишах: по нему открывается запись на воркшоп.
workshops-poster-caption = 🖨 Афиша для печати: A4, с названием, временем, местом и QR-кодом.
# Printed on the poster under the QR code (no emoji: it is printed).
workshops-poster-scan = Наведите камеру телефона на код, чтобы записаться
workshops-message-ask = Напишите одно сообщение для всех, чья запись подтверждена.
# Variables:
#   $count (Number) - recipients
workshops-message-queued = 📣 { $count ->
        [one] Ваше сообщение отправляется { $count } получателю.
        [few] Ваше сообщение отправляется { $count } получателям.
        [many] Ваше сообщение отправляется { $count } получателям.
       *[other] Ваше сообщение отправляется { $count } получателя.
    }
workshops-translate-choose = На каком языке добавить название?
# Variables:
#   $language (String) - language name
workshops-translate-ask = Отправьте название на языке: { $language }.
workshops-time-updated = 🕒 Время изменено, все записавшиеся получат уведомление.
workshops-capacity-updated = 🪑 Число мест изменено.
workshops-translation-saved = 🌐 Перевод сохранён.
workshops-next-stage-choose = На какой воркшоп пригласить тех, кто был на этом?
workshops-next-stage-none = Опубликованного воркшопа следующего этапа пока нет. Сначала создайте и опубликуйте его.
# Variables:
#   $count (Number) - people invited
workshops-next-stage-sent = ➡️ { $count ->
        [0] Приглашать некого: никто не был отмечен как присутствующий, или все уже записаны.
        [1] Отправляем приглашение { $count } участнику.
        [one] Отправляем приглашения { $count } участнику.
        [few] Отправляем приглашения { $count } участникам.
        [many] Отправляем приглашения { $count } участникам.
       *[other] Отправляем приглашения { $count } участника.
    }
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 Воркшоп «{ $title }» заполнен на { $percent } %: занято { $taken } из { $capacity ->
        [one] { $capacity } места
        [few] { $capacity } мест
        [many] { $capacity } мест
       *[other] { $capacity } места
    }.

workshops-manage-reminders = ⏰ Напоминания
workshops-reminders-choose = Когда напоминать участникам с подтверждённой записью?
# Variables:
#   $hours (Number) - hours before the start; button label, "ч" is the usual abbreviation for every number
workshops-reminders-hours = { $hours ->
        [one] за { $hours } ч
        [few] за { $hours } ч
        [many] за { $hours } ч
       *[other] за { $hours } ч
    }
workshops-reminders-none = Без напоминаний
workshops-reminders-updated = ⏰ Напоминания изменены и заново запланированы для всех подтверждённых участников.
# Variables:
#   $language (String) - language name
workshops-translate-ask-description = Теперь отправьте описание на языке: { $language } — или вернитесь назад, если описания нет.
workshops-attendees-more = … остальные ответы — в выгрузке CSV.

## A typed time on a night the clocks change
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
workshops-draft-time-gap = ⏰ { $place }, { $date }: времени { $time } не существует — часы переводят сразу на { $jump }. Взять { $suggestion }?
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
workshops-draft-time-fold = ⏰ { $place }, { $date }: время { $time } наступает дважды — по летнему времени ({ $summer }) или по зимнему ({ $winter })?
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
workshops-draft-time-use = Взять { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
workshops-draft-time-summer = Летнее время ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
workshops-draft-time-winter = Зимнее время ({ $zone })
workshops-draft-time-retype = ✏️ Ввести другое время

## The new-workshop wizard: kinds explained, calendar, common times, preview with edits
workshops-kind-kickoff-about = • Стартовый воркшоп: первая встреча — участники знакомятся с программой и друг с другом и приносят свои идеи.
workshops-kind-match_sprint-about = • Воркшоп «Match & Sprint»: вокруг выбранных идей собираются команды и планируют первые шаги.
workshops-kind-sprint_succeed-about = • Воркшоп «Sprint & Succeed»: команды показывают, что сделали, и планируют, как двигаться дальше.
workshops-kind-other-about = • Воркшоп: любая другая встреча программы.
# Variables:
#   $value (String) - the answer this step already has
workshops-draft-current = Сейчас: { $value }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-draft-ask-date = 📅 В какой день? Нажмите на день (календарь: { $month }, ▶️ — следующий месяц) или напишите дату, например { $example }.
# Variables:
#   $date (String) - the chosen day, e.g. Thursday, 14 January 2027
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-time = 🕒 { $date }: во сколько начало? Нажмите на время или напишите другое, например 18:30 (по времени города { $city }).
# Variables:
#   $start (String) - the start with its city, e.g. Thu, 14 Jan 2027, 18:00 Karlsruhe time
#   $hours (Number) - hours of a full day
workshops-draft-ask-duration = ⏳ Начало: { $start }. Сколько длится? Весь день — это { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часа
    }. Или напишите время окончания, например 21:00.
# Variables:
#   $hours (Number) - hours
workshops-draft-hours = { $hours } ч
# Variables:
#   $hours (Number) - hours of a full day
workshops-draft-full-day = Весь день ({ $hours } ч)
workshops-draft-quotas-split = Поровну
# Variables:
#   $seats (Number) - seats in all
#   $split (String) - the even split, e.g. Karlsruhe: 15 seats and Krasnodar: 15 seats
workshops-draft-ask-quotas-split = 🪑 { $seats ->
        [one] { $seats } место.
        [few] { $seats } места.
        [many] { $seats } мест.
       *[other] { $seats } места.
    } Оставить места для каждого города? Поровну: { $split }.
# Variables:
#   $city (String) - city name
#   $seats (Number) - seats kept for people from there
workshops-draft-city-seats = { $city }: { $seats ->
        [one] { $seats } место
        [few] { $seats } места
        [many] { $seats } мест
       *[other] { $seats } места
    }
workshops-draft-edit-kind = Вид
workshops-draft-edit-title = Название
workshops-draft-edit-description = Описание
workshops-draft-edit-place = Город / онлайн
workshops-draft-edit-address = Адрес
workshops-draft-edit-link = Ссылка
workshops-draft-edit-date = Дата
workshops-draft-edit-time = Начало
workshops-draft-edit-duration = Длительность
workshops-draft-edit-capacity = Места
workshops-draft-edit-deadline = Запись до
workshops-draft-edit-questions = Вопросы
# Variables:
#   $kind (String) - kind of workshop
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time saying whose time it is, e.g. Thu, 14 Jan 2027, 18:00–21:00 Karlsruhe time
#   $place (String) - city and address, or online
#   $capacity (Number) - seats, -1 when unlimited
workshops-draft-preview =
    Проверьте — так это увидят участники:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] без ограничения мест
        [one] { $capacity } место
        [few] { $capacity } места
        [many] { $capacity } мест
       *[other] { $capacity } места
    }
# Variables:
#   $quotas (String) - seats kept per city
workshops-draft-preview-quotas = Места по городам: { $quotas }
# Variables:
#   $deadline (String) - sign-up deadline with its city's time
workshops-draft-preview-deadline = Запись до { $deadline }
workshops-draft-preview-deadline-start = Запись открыта до начала
# Variables:
#   $questions (Number) - questions asked at sign-up
workshops-draft-preview-questions = { $questions ->
        [0] Без вопросов при записи
        [one] { $questions } вопрос при записи
        [few] { $questions } вопроса при записи
        [many] { $questions } вопросов при записи
       *[other] { $questions } вопроса при записи
    }
workshops-draft-preview-edit = Нажмите на поле ниже, чтобы изменить его; затем опубликуйте.
# Variables:
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-error-date = Не получилось разобрать дату. Напишите её так: { $example } — или нажмите на день.
# Variables:
#   $example (String) - a time, e.g. 18:30
workshops-error-clock = Не получилось разобрать время. Напишите его так: { $example } — или нажмите на время.
workshops-error-day-past = Этот день уже прошёл. Выберите сегодняшний или более поздний день.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city
#   $jump (String) - the time the clocks jump to, e.g. 03:00
workshops-error-time-gap = ⏰ { $place }, { $date }: времени { $time } не существует — часы переводят сразу на { $jump }. Отправьте другое время.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $zone (String) - abbreviation of summer time there, e.g. CEST
workshops-time-updated-fold = 🕒 Время изменено, все записавшиеся получат уведомление. { $time } в эту ночь бывает дважды: выбрано первое (летнее время, { $zone }).

## The new-workshop wizard: the title and description in the programme's other languages
workshops-draft-edit-languages = Языки
workshops-draft-languages-done = Готово ▶️
workshops-draft-skip-language = Без этого языка ▶️
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-languages-head = 🌐 Название и описание на других языках программы, чтобы участники читали о воркшопе на своём языке (вы писали на языке: { $language }). Нажмите на язык, чтобы написать или исправить текст.
# Variables:
#   $language (String) - language name
#   $title (String) - the title in that language
#   $machine (String) - yes when machine-translated and not corrected yet
workshops-draft-language-line = • { $language }: { $title }{ $machine ->
        [yes] {" "}(🤖 машинный перевод — нажмите, чтобы исправить)
       *[no] {""}
    }
# Variables:
#   $language (String) - language name
workshops-draft-language-missing = • { $language }: пока нет — читатели увидят ваш текст
workshops-draft-languages-no-machine = Машинный перевод не настроен: напишите название (и описание) на нужном языке сами или пропустите язык.
# Variables:
#   $language (String) - language name
workshops-draft-ask-tr-description = Теперь отправьте описание (язык: { $language }) или пропустите.
# Variables:
#   $languages (String) - the other languages the workshop has
workshops-draft-preview-languages = 🌐 Также на языках: { $languages }
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-preview-languages-none = 🌐 Пока только на одном языке ({ $language }) — кнопка «Языки» добавит другие

## The new-workshop wizard: a copy of an earlier workshop
workshops-draft-copy = 📋 Скопировать прошлый воркшоп
workshops-draft-copy-choose = 📋 Какой воркшоп скопировать? Переносится всё, кроме дня — его вы выберете следующим шагом.
workshops-draft-copy-none = 📋 У вас пока нет прошлых воркшопов для копирования. Вернитесь и выберите вид воркшопа.

## The new-workshop wizard: the last address in a city as the default venue
workshops-draft-same-address = 📍 Адрес как в прошлый раз
# Variables:
#   $city (String) - the workshop's city (the organiser's own unless changed)
workshops-draft-ask-address-in = Отправьте адрес места проведения в городе { $city } или пропустите.
workshops-draft-other-city = 🌍 Другой город или онлайн
# Variables:
#   $address (String) - the address of the latest workshop in that city
workshops-draft-last-address = В прошлый раз в этом городе: { $address }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date and time written as the bot reads them, e.g. 08/12/2026 18:30
#   $city (String) - the city whose clock the times are on
workshops-edit-ask-date = 📅 Новый день? Выберите день в календаре ({ $month }, ▶️ — следующий месяц) или напишите новую дату и время, например { $example } (по времени города { $city }).
