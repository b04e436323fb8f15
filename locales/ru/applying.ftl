## Заявка на конкурс: страница конкурса, вопросы по одному, город-партнёр,
## письмо поддержки, подтверждение, отправка заявки и квитанция.

# Variables: $count (number) how many calls are open
apply-calls = { $count ->
    [1] Открыт один конкурс. Нажмите на него, чтобы узнать, о чём он спрашивает.
    [one] Открыт { $count } конкурс. Нажмите на конкурс, чтобы узнать, о чём он спрашивает.
    [few] Открыто { $count } конкурса. Нажмите на конкурс, чтобы узнать, о чём он спрашивает.
    [many] Открыто { $count } конкурсов. Нажмите на конкурс, чтобы узнать, о чём он спрашивает.
   *[other] Открыто { $count } конкурсов. Нажмите на конкурс, чтобы узнать, о чём он спрашивает.
}
apply-calls-none = Сейчас нет открытых конкурсов. Когда откроется следующий, его ссылка или плакат приведут вас прямо к нему.

# Variables: $countries (string) the countries, joined
apply-call-who = Кто может подать заявку: города, общества дружбы и инициативы из стран: { $countries }.
# Variables: $deadline (string) the deadline on the call's clock, $left (string) e.g. "in 3 weeks"
apply-call-deadline = Срок подачи: { $deadline } (закрывается { $left }).
# Variables: $opens (string) the opening on the call's clock, $deadline (string) the deadline
apply-call-not-open = Конкурс откроется { $opens }. Срок подачи: { $deadline }.
# Variables: $deadline (string) the deadline on the call's clock
apply-call-closed = Конкурс закрыт: срок подачи истёк { $deadline }.
# Variables: $questions (number) how many questions each city answers
apply-call-asks = Вам зададут { $questions ->
    [1] один вопрос
    [one] { $questions } вопрос
    [few] { $questions } вопроса
    [many] { $questions } вопросов
   *[other] { $questions } вопросов
} по одному; каждый ответ сохраняется сразу после отправки.
# Variables: $questions (number), $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-call-asks-document = Вам зададут { $questions ->
    [1] один вопрос
    [one] { $questions } вопрос
    [few] { $questions } вопроса
    [many] { $questions } вопросов
   *[other] { $questions } вопросов
} по одному; каждый ответ сохраняется сразу после отправки. Также пришлите файлом этот документ ({ $types }, до { $limit } МБ): { $document }.
apply-call-data = Ваши данные: мы храним ваши ответы, ваш город, указанные контакты и присланные документы для организаторов и экспертов конкурса. Подробнее: /privacy
apply-call-language = На каком языке вам удобнее?
# Variables: $status (string) draft, submitted, not_submitted or withdrawn, $version (number) submitted versions
apply-status = { $status ->
    [submitted] Ваша заявка: отправлена (версия { $version }).
    [not_submitted] Ваша заявка: не отправлена (срок подачи истёк).
    [withdrawn] Ваша заявка: отозвана.
   *[draft] Ваша заявка: черновик, ещё не отправлена.
}

apply-ask-city = От какого города вы подаёте заявку? Напишите его название.
# Variables: $city (string) the city typed
apply-ask-country = В какой стране находится { $city }?
# Variables: $city (string) the applicant's city
apply-ask-zone = Который час в городе { $city }? Выберите город с тем же временем.
apply-city-empty = Пожалуйста, напишите название города.
# Variables: $limit (number) characters
apply-city-too-long = Это слишком длинно для названия города (максимум знаков: { $limit }).
# Variables: $cities (string) the cities of the existing application
apply-city-twice-yours = Внимание: этот город уже есть в вашей заявке { $cities } на этот конкурс. Откройте её со страницы конкурса или продолжайте, если это действительно вторая заявка.
# Variables: $cities (string) the cities of the existing application
apply-city-twice = Внимание: от этого города уже есть заявка на этот конкурс ({ $cities }). Если вы участвуете в ней, попросите того, кто её начал, прислать вам ссылку для партнёра. Продолжить всё равно можно: другая инициатива того же города может подать свою заявку, организаторы увидят обе.
apply-details-saved = Сохранено.

apply-contact-institution = Какая организация подаёт заявку (администрация города, общество или инициатива)?
apply-contact-contact_person = Кто контактное лицо?
apply-contact-contact_details = Как организаторы могут связаться с контактным лицом (e-mail, телефон)?

# Variables: $number (number) the question's place, $total (number) how many there are, $city (string) the applicant's city
apply-question-where = Вопрос { $number } из { $total } · { $city }
# Variables: $required (string) yes or no, $choice (string) yes when buttons offer the answers, $limit (number) characters
apply-question-how = { $choice ->
    [yes] Выберите один из ответов ниже.
   *[no] { $required ->
        [yes] Напишите ответ (максимум знаков: { $limit }).
       *[no] Напишите ответ (максимум знаков: { $limit }) или пропустите вопрос.
    }
}
# The answer follows after it (joined in code: an answer may be longer than a placeable may be)
apply-question-earlier = Ваш ответ сейчас:
apply-answer-saved = Ответ сохранён.
# Variables: $count (number) confirmations withdrawn by the change
apply-answer-saved-withdrawn = { $count ->
    [1] Сохранено. Подтверждение отозвано: перед отправкой подтвердите снова.
   *[other] Сохранено. Оба подтверждения отозваны: каждый город подтверждает заново.
}
apply-answer-empty = Ответ пустой. Пожалуйста, напишите ответ.
# Variables: $limit (number) characters allowed, $length (number) characters sent
apply-answer-too-long = Знаков в ответе: { $length }, а помещается не больше { $limit }. Пожалуйста, сократите его и отправьте снова.
apply-paused = Всё, что вы ответили, сохранено. Продолжайте, когда удобно: /apply или ссылка конкурса вернут вас к следующему вопросу.
apply-welcome-back = С возвращением! Вот где вы остановились.
apply-review-use-buttons = Чтобы изменить ответ, нажмите его кнопку ниже; письмо поддержки пришлите файлом.
# Variables: $city (string) the city that invites
apply-invited = Город { $city } приглашает вас подать совместную заявку как город-партнёр. Сначала прочитайте условия конкурса; присоединиться можно кнопкой ниже.
# Variables: $call (string) the call's title, $city (string) the city that started the application
apply-joined = Вы присоединились к заявке на конкурс «{ $call }», которую начал город { $city }. Укажите свой город и ответьте на все вопросы на своём языке.

# Variables: $call (string) the call's title, $city (string) the reader's city
apply-review-title = { $call }: заявка города { $city }
apply-review-yours = Ваши ответы:
# Variables: $city (string) the partner city, $answered (number), $total (number), $signed (string) yes or no
apply-review-partner = Город-партнёр { $city }: отвечено { $answered } из { $total }, { $signed ->
    [yes] подтверждено.
   *[no] ещё не подтверждено.
}
# Variables: $signed (string) yes or no
apply-review-own-sign = { $signed ->
    [yes] Вы подтвердили свои ответы.
   *[no] Вы ещё не подтвердили свои ответы.
}
apply-review-no-partner = Города-партнёра пока нет: пригласите его кнопкой ниже.
# Variables: $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-review-document-missing = { $document }: ещё не прислано. Пришлите сюда файлом ({ $types }, до { $limit } МБ).
# Variables: $document (string) the document's name, $file (string) the file's name, $size (number) kilobytes
apply-review-document = { $document }: { $file } ({ $size } КБ).
# Variables: $lines (string) one line per missing item
apply-review-missing = Чего ещё не хватает для отправки:
    { $lines }
apply-review-ready = Всё готово: заявку можно отправить.

# Variables: $city (string) the city
apply-missing-details = { $city }: не указаны город и страна.
apply-missing-partner = Город-партнёр ещё не присоединился.
# Variables: $city (string) the city, $count (number) required answers missing
apply-missing-answers = { $city }: { $count ->
    [1] не хватает одного обязательного ответа.
    [one] не хватает { $count } обязательного ответа.
    [few] не хватает { $count } обязательных ответов.
    [many] не хватает { $count } обязательных ответов.
   *[other] не хватает { $count } обязательных ответов.
}
# Variables: $document (string) the document's name
apply-missing-document = Ещё не прислано: { $document }.
# Variables: $city (string) the city
apply-missing-sign-off = { $city }: заявка ещё не подтверждена.
apply-not-answered = (ещё нет ответа)
apply-skipped = (пропущено: необязательный вопрос)
# Variables: $position (number) 0 for the city that started, 1 for the partner
apply-party-no-city = { $position ->
    [0] город-заявитель
   *[other] город-партнёр
}

# Variables: $opens (string) the opening on the call's clock
apply-error-not-open = Конкурс откроется { $opens }.
# Variables: $deadline (string) the deadline on the call's clock
apply-error-closed = Срок подачи истёк ({ $deadline }): изменить уже ничего нельзя.
apply-invite-partner-there = Город-партнёр уже присоединился.
apply-invite-below = Приглашение для города-партнёра — в следующем сообщении: перешлите его как есть человеку, который подаёт заявку от города-партнёра.
# Variables: $city (string) the inviting city, $call (string) the call's title, $deadline (string) until when the link works, $link (string) the one-time link
apply-invite-link = Город { $city } приглашает вас подать совместную заявку на конкурс «{ $call }» как город-партнёр. Откройте ссылку, чтобы прочитать условия конкурса и присоединиться (она действует один раз, до { $deadline }):
    { $link }
apply-join-unknown = Эта ссылка для партнёра недействительна. Пожалуйста, попросите новую.
apply-join-used = Эта ссылка для партнёра уже использована. Попросите город, который её прислал, о новой.
apply-join-expired = Срок действия этой ссылки для партнёра истёк. Попросите город, который её прислал, о новой.

apply-document-none = Этот конкурс не запрашивает документов.
# Variables: $types (string) e.g. "PDF, JPG, PNG"
apply-document-wrong-type = Этот тип файла не подходит. Пожалуйста, пришлите файл { $types }.
# Variables: $limit (number) megabytes allowed, $size (number) megabytes sent
apply-document-too-big = Размер файла { $size } МБ, а принимается не больше { $limit } МБ. Пожалуйста, пришлите файл поменьше (например, скан с меньшим разрешением).
# Variables: $file (string) the file's name
apply-document-saved = Получено: { $file }.

apply-sign-incomplete = Прежде чем подтвердить, укажите свой город и дайте все обязательные ответы.
# Variables: $city (string) the reader's city
apply-signed = Подтверждено за город { $city }.
# Variables: $city (string) the reader's city
apply-sign-ask = Подтвердить ответы за город { $city }? Отправка заявки опирается на это подтверждение. Если кто-то потом изменит ответ, оно будет отозвано, и нужно будет подтвердить снова.
# Variables: $version (number) the new version, $cities (string) the cities, $count (number) people who get a receipt
apply-submit-ask = Отправить заявку { $cities } (версия { $version })? { $count ->
    [1] Вы получите
    [2] Вы оба получите
    [one] Все { $count } человек получат
    [few] Все { $count } человека получат
    [many] Все { $count } человек получат
   *[other] Все { $count } человек получат
} квитанцию со всеми ответами. До конца срока подачи ответы ещё можно менять и отправить заявку снова.
# Variables: $missing (string) who and what is missing, one per line
apply-submit-missing = Пока нельзя:
    { $missing }
# Variables: $version (number) the submitted version
apply-submit-unchanged = Версия { $version } отправлена, и с тех пор ничего не изменилось.
# Variables: $version (number) the submitted version
apply-submitted = Заявка отправлена: версия { $version }. Квитанция со всеми ответами уже в пути.

# Variables: $city (string) the city that changed something, $call (string) the call's title
apply-notice-changed = { $city }: изменения в заявке на конкурс «{ $call }». Все подтверждения сброшены: пожалуйста, проверьте ответы и подтвердите снова.
# Variables: $city (string) the partner city, $call (string) the call's title
apply-notice-joined = Город-партнёр { $city } присоединился к вашей заявке на конкурс «{ $call }».
# Variables: $city (string), $call (string) the call's title, $statement (string) what the call asks for, $file (string) the file's name
apply-notice-document = { $city }: к заявке на конкурс «{ $call }» добавлен документ «{ $statement }» ({ $file }).
# Variables: $city (string) the city that confirmed, $call (string) the call's title
apply-notice-signed = { $city }: заявка на конкурс «{ $call }» подтверждена.
# Variables: $call (string) the call's title, $deadline (string) the deadline on the call's clock
apply-notice-not-submitted = Срок подачи заявок на конкурс «{ $call }» истёк ({ $deadline }). Ваша заявка не была отправлена и остаётся черновиком, который организаторы не рассматривают.

# Variables: $version (number), $call (string) the call's title, $when (string) the moment on the call's clock
apply-receipt = Квитанция: ваша заявка на конкурс «{ $call }» отправлена { $when } (версия { $version }). В PDF все ответы; копия следует сообщениями.
# Variables: $part (number), $parts (number); the answers follow below it
apply-receipt-answers = Ваша заявка ({ $part }/{ $parts }):
# Variables: $city (string), $country (string), $language (string) the language the city answered in
apply-receipt-party = ——— { $city }, { $country } (ответы на языке: { $language }) ———
# Variables: $name (string) the file's name, $size (number) kilobytes, $sha (string) the checksum
apply-receipt-document = Документ: { $name } ({ $size } КБ, SHA-256 { $sha })

apply-button-apply = 📝 Подать заявку
apply-button-continue = ▶️ Продолжить мою заявку
apply-button-open = 📋 Открыть мою заявку
apply-button-calls = ⬅️ Открытые конкурсы
apply-button-call = ⬅️ К конкурсу
apply-button-later = ⏸ Позже
apply-button-review = 📋 Обзор
# Variables: $number (number) the question's number
apply-button-edit = ✏️ № { $number }
apply-button-invite = 🤝 Пригласить город-партнёр
# Variables: $city (string) the reader's city
apply-button-sign = Подтвердить за { $city }
apply-button-submit = 📨 Отправить заявку
apply-button-submit-ok = 📨 Да, отправить
apply-button-join = 🤝 Присоединиться
apply-button-sign-ok = Да, подтвердить

# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-error-decided = { $decision ->
    [accepted] Ваша заявка принята: изменить её больше нельзя.
    [declined] Ваша заявка отклонена: изменить её больше нельзя.
    [waitlisted] Ваша заявка в списке ожидания: изменить её больше нельзя.
   *[other] По этой заявке уже принято решение: изменить её больше нельзя.
}
# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-status-decided = { $decision ->
    [accepted] Ваша заявка: принята 🎉 Изменить её больше нельзя.
    [declined] Ваша заявка: отклонена. Изменить её больше нельзя.
    [waitlisted] Ваша заявка: в списке ожидания. Изменить её больше нельзя.
   *[other] Ваша заявка: решение принято. Изменить её больше нельзя.
}
# Variables: $version (number) the submitted version, $when (string) when, with whose clock
apply-review-submitted = Отправлена версия { $version }: { $when }. Если вы измените ответ, заявку можно будет отправить снова.
