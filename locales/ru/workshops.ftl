## Воркшопы: участники

menu-workshops = 📅 Воркшопы
commands-workshops = Воркшопы и запись

workshops-kind-kickoff = Стартовый воркшоп (кик-офф)
workshops-kind-match_sprint = Воркшоп «Match & Sprint»
workshops-kind-sprint_succeed = Воркшоп «Sprint & Succeed»
workshops-kind-other = Мероприятие

# Variables:
#   $count (Number) - how many workshops are listed
workshops-list = 📅 Ближайшие воркшопы — нажмите на любой, чтобы узнать подробности и записаться:
workshops-list-mine = 📅 Воркшопы, на которые вы записаны:
workshops-none = Ближайших воркшопов пока нет. Я сообщу вам, как только появится новый.
workshops-none-mine = Вы не записаны ни на один из ближайших воркшопов.
workshops-show-all = 📅 Все воркшопы
workshops-show-mine = ✅ Мои записи
workshops-open = 📅 Открыть воркшоп
workshops-back-to-list = ⬅️ Все воркшопы
workshops-sign-up = ✍️ Записаться
workshops-cancel-signup = ✖️ Отменить запись
workshops-place-online = Онлайн
# Variables:
#   $link (String) - the link to the online meeting
workshops-place-online-link = Онлайн: { $link }

# Variables:
#   $title (String) - workshop title
#   $kind (String) - kind of workshop
#   $when (String) - date and time in the reader's time zone
#   $place (String) - city and address, or online
#   $seats (Number) - seats left for the reader's city, -1 when unlimited
workshops-card =
    📅 { $title }
    { $kind }

    🕒 { $when }
    📍 { $place }
    🪑 { $seats ->
        [-1] Без ограничения мест
        [0] Мест нет — можно встать в лист ожидания
        [one] Осталось { $seats } место
        [few] Осталось { $seats } места
        [many] Осталось { $seats } мест
       *[other] Осталось { $seats } места
    }
# Variables:
#   $when (String) - date and time in the workshop city's time zone
workshops-card-local-time = (местное время там: { $when })
# Variables:
#   $description (String) - the organisers' description
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code
workshops-status-confirmed = ✅ Вы записаны. Ваш код для регистрации на месте: { $code }
# Variables:
#   $code (String) - personal check-in code
workshops-status-attended = ✅ Вы участвовали. Спасибо!
# Variables:
#   $position (Number) - place on the waitlist
workshops-status-waitlisted = ⏳ Вы в листе ожидания, место { $position }.
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
workshops-signup-send = ✅ Отправить
workshops-signup-aborted = Запись отменена — ничего не сохранено.

# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-signup-confirmed =
    ✅ Вы записаны: { $title }!

    🕒 { $when }
    📍 { $place }

    Ваш код для регистрации на месте: { $code }
    Я напомню вам перед началом.
workshops-calendar-caption = 📆 Добавьте в свой календарь.
# Variables:
#   $title (String) - workshop title
#   $position (Number) - place on the waitlist
workshops-signup-waitlisted =
    ⏳ На «{ $title }» сейчас нет мест. Вы в листе ожидания, место { $position }.
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

workshops-cancel-ask = Вы действительно хотите отменить запись? Ваше место перейдёт следующему в листе ожидания.
workshops-cancel-yes = Да, отменить
workshops-cancel-no = Нет, сохранить место
workshops-cancelled-by-you = Ваша запись отменена. Вы можете записаться снова, пока есть места.
workshops-cancel-not-possible = Эту запись больше нельзя отменить.

workshops-offer-accept = ✅ Да, беру место
workshops-offer-decline = Нет, спасибо
# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $deadline (String) - until when the seat is held
workshops-offer =
    🎟 Хорошая новость: на «{ $title }» для вас освободилось место!
    🕒 { $when }

    Пожалуйста, ответьте до { $deadline } — потом оно перейдёт следующему.
workshops-offer-declined = Хорошо — место перейдёт следующему. Спасибо, что сообщили.
workshops-offer-gone = Это предложение уже недействительно.
# Variables:
#   $title (String) - workshop title
workshops-offer-expired = Место на «{ $title }» было предложено вам, но время на ответ истекло, и оно перешло следующему.

# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-reminder =
    ⏰ Напоминание: { $title }
    🕒 { $when }
    📍 { $place }
    Ваш код для регистрации на месте: { $code }
# Variables:
#   $title (String) - workshop title
#   $when (String) - date and time it was planned for
workshops-cancelled-notice = ❌ «{ $title }» ({ $when }) отменён организаторами. Нам очень жаль.
# Variables:
#   $title (String) - workshop title
#   $when (String) - the new date and time
workshops-time-changed = 🕒 Новое время для «{ $title }»: { $when }. Ваша запись сохраняется.
# Variables:
#   $title (String) - workshop title
#   $message (String) - the organisers' message
workshops-organiser-message =
    📣 От организаторов «{ $title }»:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended
#   $source_city (String) - city of that workshop
#   $online (String) - yes if it was online
#   $title (String) - title of the next workshop
#   $when (String) - its date and time
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 Вы участвовали онлайн в «{ $source }».
       *[no] 👋 Вы участвовали в стартовом воркшопе в городе { $source_city } («{ $source }»).
    }
    Приглашаем вас на следующий этап: { $title }, { $when }.

# Variables:
#   $title (String) - workshop title
workshops-feedback-ask = 🙏 Как прошёл «{ $title }»? Оцените от 1 (плохо) до 5 (отлично).
workshops-feedback-comment = 💬 Добавить комментарий
workshops-feedback-ask-comment = Напишите комментарий одним сообщением.
# Variables:
#   $rating (Number) - the rating given
workshops-feedback-thanks = Спасибо за оценку ({ $rating } из 5)!
workshops-feedback-comment-thanks = Спасибо — ваш комментарий сохранён.

## Воркшопы: организаторы

staff-workshops = 📅 Воркшопы
workshops-new = ➕ Новый воркшоп
# Variables:
#   $partnership (String) - partnership name
#   $count (Number) - how many workshops
workshops-organiser-list = { $count ->
        [0] Для партнёрства { $partnership } воркшопов пока нет.
        [one] { $count } воркшоп партнёрства { $partnership }:
        [few] { $count } воркшопа партнёрства { $partnership }:
        [many] { $count } воркшопов партнёрства { $partnership }:
       *[other] { $count } воркшопа партнёрства { $partnership }:
    }
workshops-draft-ask-kind = Новый воркшоп: какого он типа?
workshops-draft-ask-title = Отправьте название (до 100 символов).
workshops-draft-ask-description = Отправьте краткое описание (до 1000 символов) или пропустите.
workshops-draft-ask-place = Где он проходит?
workshops-draft-ask-address = Отправьте адрес места проведения или пропустите.
workshops-draft-ask-link = Отправьте ссылку на онлайн-встречу (начинается с https://). Её увидят только подтверждённые участники.
# Variables:
#   $zone (String) - time zone the times are in
workshops-draft-ask-start = Когда он начинается? Отправьте дату и время, например 24.04.2027 18:30 (время в поясе { $zone }).
# Variables:
#   $zone (String) - time zone the times are in
workshops-draft-ask-end = Когда он заканчивается? Отправьте время, например 21:00, или дату и время (время в поясе { $zone }).
workshops-draft-ask-capacity = Сколько мест? Отправьте число или выберите «без ограничения».
workshops-draft-ask-quotas = Задать места по городам (например, 15 Карлсруэ + 15 Краснодар)?
# Variables:
#   $city (String) - city name
workshops-draft-ask-quota = Сколько мест для участников из города { $city }?
# Variables:
#   $zone (String) - time zone
workshops-draft-ask-deadline = До какого момента можно записаться? Отправьте дату и время (в поясе { $zone }) или оставьте запись открытой до начала.
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
#   $number (Number) - question number
workshops-draft-question-required = { $number }: обязательный ✅
# Variables:
#   $number (Number) - question number
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
workshops-draft-quotas-no = Нет, общее число мест
# Variables:
#   $kind (String) - kind
#   $title (String) - title
#   $when (String) - start and end
#   $place (String) - city or online
#   $capacity (Number) - seats, -1 when unlimited
#   $quotas (String) - seats per city
#   $deadline (String) - sign-up deadline
#   $questions (Number) - number of questions
workshops-draft-review =
    Пожалуйста, проверьте:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] без ограничения
        [one] { $capacity } место
        [few] { $capacity } места
        [many] { $capacity } мест
       *[other] { $capacity } места
    } · по городам: { $quotas }
    Запись до: { $deadline }
    { $questions ->
        [one] { $questions } вопрос
        [few] { $questions } вопроса
        [many] { $questions } вопросов
       *[other] { $questions } вопроса
    }
workshops-draft-publish = 📢 Опубликовать
workshops-draft-save = 📝 Сохранить черновик
workshops-draft-cancelled = Отменено — воркшоп не создан.
# Variables:
#   $title (String) - title
workshops-draft-created = 📢 «{ $title }» опубликован. Участники видят его в /workshops.
# Variables:
#   $title (String) - title
workshops-draft-saved = 📝 «{ $title }» сохранён как черновик. Опубликуйте, когда будете готовы.
workshops-draft-missing = Этот шаг уже закрыт. Начните заново из списка воркшопов.

workshops-error-title-empty = Название не может быть пустым.
workshops-error-title-long = Название слишком длинное: пожалуйста, не больше 100 символов.
workshops-error-description-empty = Описание не может быть пустым — или нажмите «Без описания».
workshops-error-description-long = Описание слишком длинное: пожалуйста, не больше 1000 символов.
workshops-error-in-past = Этот момент уже в прошлом. Пожалуйста, укажите будущие дату и время.
workshops-error-end-before-start = Окончание должно быть позже начала.
workshops-error-too-long = Воркшоп может длиться не больше двух недель.
workshops-error-capacity = Пожалуйста, отправьте целое число мест от 1 до 10000.
workshops-error-quotas-over-capacity = Сумма мест по городам больше общего числа мест.
workshops-error-link = Пожалуйста, отправьте полную ссылку, начинающуюся с https://
workshops-error-address = Пожалуйста, отправьте адрес не длиннее 200 символов.
workshops-error-datetime = Не получилось разобрать. Пожалуйста, напишите так: 24.04.2027 18:30.
workshops-error-deadline = Окончание записи должно быть в будущем и до начала.
workshops-error-choices = Пожалуйста, отправьте от 2 до 8 вариантов, по одному в строке.
workshops-error-too-many-questions = У воркшопа может быть не больше 10 вопросов.
workshops-error-incomplete = Не хватает некоторых данных. Пожалуйста, пройдите шаги ещё раз.
# Variables:
#   $taken (Number) - seats already taken
workshops-error-capacity-below-taken = Уже занято мест: { $taken }. Меньше сделать нельзя.
workshops-error-message-long = Сообщение слишком длинное: пожалуйста, не больше 3000 символов.
workshops-already-cancelled = Этот воркшоп уже отменён.

workshops-state-draft = 📝 черновик
workshops-state-published = 📢 опубликован
workshops-state-cancelled = ❌ отменён
# Variables:
#   $title (String) - title
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
    🪑 подтверждено: { $confirmed } из { $capacity ->
        [-1] без ограничения
       *[other] { $capacity }
    } · пришли: { $attended } · ждут: { $waitlisted } · с предложением: { $offered }
workshops-manage-publish = 📢 Опубликовать
workshops-manage-unpublish = 📝 Снять с публикации
workshops-manage-attendees = 👥 Участники
workshops-manage-checkin = 🎫 Регистрация по коду
workshops-manage-csv = 📄 Экспорт CSV
workshops-manage-qr = 🔳 QR-код для плакатов
workshops-manage-message = 📣 Сообщение подтверждённым
workshops-manage-time = 🕒 Изменить время
workshops-manage-capacity = 🪑 Изменить число мест
workshops-manage-translate = 🌐 Название на других языках
workshops-manage-next-stage = ➡️ Пригласить на следующий этап
workshops-manage-cancel = ❌ Отменить воркшоп
workshops-manage-back = ⬅️ Назад
workshops-manage-cancel-yes = ❌ Да, отменить и сообщить всем
# Variables:
#   $title (String) - title
#   $count (Number) - people registered
workshops-manage-cancel-ask = Отменить «{ $title }»? { $count ->
        [one] Записан { $count } человек, ему сообщат.
        [few] Записаны { $count } человека, им сообщат.
        [many] Записано { $count } человек, им сообщат.
       *[other] Записано { $count } человека, им сообщат.
    }
# Variables:
#   $count (Number) - people told
workshops-manage-cancelled = ❌ Отменено. { $count ->
        [one] Сообщаем { $count } человеку.
        [few] Сообщаем { $count } людям.
        [many] Сообщаем { $count } людям.
       *[other] Сообщаем { $count } людям.
    }
# Variables:
#   $title (String) - title
#   $count (Number) - people registered
workshops-attendees = 👥 «{ $title }»: { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }. Нажмите на имя, чтобы отметить присутствие.
# Variables:
#   $name (String) - display name
#   $status (String) - registration status
#   $code (String) - check-in code
workshops-attendee-line = { $name } · { $status } · { $code }
workshops-anonymous = (без имени)
workshops-registration-confirmed = подтверждён
workshops-registration-waitlisted = ждёт
workshops-registration-offered = предложено место
workshops-registration-attended = присутствует
workshops-registration-cancelled = отменено
workshops-checkin-ask = Отправьте код регистрации (6 символов). Можно отправлять коды один за другим.
# Variables:
#   $name (String) - display name
workshops-checkin-done = ✅ { $name } зарегистрирован(а). Отправьте следующий код или вернитесь назад.
workshops-checkin-unknown-code = ❓ Такого кода для этого воркшопа нет. Проверьте его и отправьте ещё раз.
workshops-csv-id = №
workshops-csv-name = Имя
workshops-csv-city = Город
workshops-csv-status = Статус
workshops-csv-code = Код регистрации
workshops-csv-signed-up = Записан(а) (UTC)
# Variables:
#   $title (String) - title
workshops-csv-caption = 📄 Участники «{ $title }»
workshops-qr-caption = 🔳 Напечатайте это на плакатах: по QR-коду открывается запись.
workshops-message-ask = Напишите сообщение для всех подтверждённых участников одним сообщением.
# Variables:
#   $count (Number) - recipients
workshops-message-queued = 📣 { $count ->
        [one] Ваше сообщение отправляется { $count } человеку.
        [few] Ваше сообщение отправляется { $count } людям.
        [many] Ваше сообщение отправляется { $count } людям.
       *[other] Ваше сообщение отправляется { $count } людям.
    }
workshops-translate-choose = На каком языке добавить название?
# Variables:
#   $language (String) - language name
workshops-translate-ask = Отправьте название на языке: { $language }.
workshops-time-updated = 🕒 Время изменено; всем записавшимся сообщаем.
workshops-capacity-updated = 🪑 Число мест изменено.
workshops-translation-saved = 🌐 Перевод сохранён.
workshops-next-stage-choose = На какой воркшоп пригласить участников?
workshops-next-stage-none = Опубликованного воркшопа следующего этапа пока нет. Сначала создайте и опубликуйте его.
# Variables:
#   $count (Number) - people invited
workshops-next-stage-sent = ➡️ { $count ->
        [0] Приглашать некого: никто не был отмечен или все уже записаны.
        [one] Приглашаем { $count } участника.
        [few] Приглашаем { $count } участников.
        [many] Приглашаем { $count } участников.
       *[other] Приглашаем { $count } участника.
    }
# Variables:
#   $title (String) - workshop title
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 «{ $title }» заполнен на { $percent } %: занято { $taken } из { $capacity } мест.

workshops-manage-reminders = ⏰ Напоминания
workshops-reminders-choose = Когда напоминать подтверждённым участникам?
# Variables:
#   $hours (Number) - hours before the start
workshops-reminders-hours = за { $hours } ч
workshops-reminders-none = Без напоминаний
workshops-reminders-updated = ⏰ Напоминания изменены и заново запланированы для всех подтверждённых.
# Variables:
#   $language (String) - language name
workshops-translate-ask-description = Теперь отправьте описание на языке: { $language } — или вернитесь назад, если описания нет.
workshops-attendees-more = … остальные ответы — в экспорте CSV.
