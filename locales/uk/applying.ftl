## Заявка на конкурс: сторінка конкурсу, запитання по одному, місто-партнер,
## лист підтримки, підтвердження, надсилання заявки та квитанція.

# Variables: $count (number) how many calls are open
apply-calls = { $count ->
    [1] Відкрито один конкурс. Натисніть на нього, щоб дізнатися, про що він питає.
    [one] Відкрито { $count } конкурс. Натисніть на конкурс, щоб дізнатися, про що він питає.
    [few] Відкрито { $count } конкурси. Натисніть на конкурс, щоб дізнатися, про що він питає.
    [many] Відкрито { $count } конкурсів. Натисніть на конкурс, щоб дізнатися, про що він питає.
   *[other] Відкрито { $count } конкурсу. Натисніть на конкурс, щоб дізнатися, про що він питає.
}
apply-calls-none = Зараз немає відкритих конкурсів. Коли відкриється наступний, його посилання або плакат приведуть вас просто до нього.

# Variables: $countries (string) the countries, joined
apply-call-who = Хто може подати заявку: міста, товариства дружби та ініціативи з таких країн: { $countries }.
# Variables: $deadline (string) the deadline on the call's clock, $left (string) e.g. "in 3 weeks"
apply-call-deadline = Термін подання: { $deadline } (закривається { $left }).
# Variables: $opens (string) the opening on the call's clock, $deadline (string) the deadline
apply-call-not-open = Конкурс відкриється { $opens }. Термін подання: { $deadline }.
# Variables: $deadline (string) the deadline on the call's clock
apply-call-closed = Конкурс закрито: термін подання минув { $deadline }.
# Variables: $questions (number) how many questions each city answers
apply-call-asks = Вам поставлять { $questions ->
    [1] одне запитання
    [one] { $questions } запитання
    [few] { $questions } запитання
    [many] { $questions } запитань
   *[other] { $questions } запитання
} по одному; кожну відповідь збережено одразу після надсилання.
# Variables: $questions (number), $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-call-asks-document = Вам поставлять { $questions ->
    [1] одне запитання
    [one] { $questions } запитання
    [few] { $questions } запитання
    [many] { $questions } запитань
   *[other] { $questions } запитання
} по одному; кожну відповідь збережено одразу після надсилання. Також надішліть файлом цей документ ({ $types }, до { $limit } МБ): { $document }.
apply-call-data = Ваші дані: ми зберігаємо ваші відповіді, ваше місто, вказані контакти та надіслані документи для організаторів та експертів конкурсу. Докладніше: /privacy
apply-call-language = Якою мовою вам зручніше?
# Variables: $status (string) draft, submitted, not_submitted or withdrawn, $version (number) submitted versions
apply-status = { $status ->
    [submitted] Ваша заявка: надіслана (версія { $version }).
    [not_submitted] Ваша заявка: не надіслана (термін подання минув).
    [withdrawn] Ваша заявка: відкликана.
   *[draft] Ваша заявка: чернетка, ще не надіслана.
}

apply-ask-city = Від якого міста ви подаєте заявку? Напишіть його назву.
# Variables: $city (string) the city typed
apply-ask-country = У якій країні розташоване місто { $city }?
# Variables: $city (string) the applicant's city
apply-ask-zone = Котра година в місті { $city }? Виберіть місто з тим самим часом.
apply-city-empty = Будь ласка, напишіть назву міста.
# Variables: $limit (number) characters
apply-city-too-long = Це задовго для назви міста (максимум знаків: { $limit }).
# Variables: $cities (string) the cities of the existing application
apply-city-twice-yours = Увага: це місто вже є у вашій заявці { $cities } на цей конкурс. Відкрийте її зі сторінки конкурсу або продовжуйте, якщо це справді друга заявка.
# Variables: $cities (string) the cities of the existing application
apply-city-twice = Увага: від цього міста вже є заявка на цей конкурс ({ $cities }). Якщо ви берете в ній участь, попросіть того, хто її розпочав, надіслати вам посилання для партнера. Продовжити все одно можна: інша ініціатива того самого міста може подати власну заявку, організатори побачать обидві.
apply-details-saved = Збережено.

apply-contact-institution = Яка організація подає заявку (міська адміністрація, товариство чи ініціатива)?
apply-contact-contact_person = Хто контактна особа?
apply-contact-contact_details = Як організатори можуть зв'язатися з контактною особою (e-mail, телефон)?

# Variables: $number (number) the question's place, $total (number) how many there are, $city (string) the applicant's city
apply-question-where = Запитання { $number } з { $total } · { $city }
# Variables: $required (string) yes or no, $choice (string) yes when buttons offer the answers, $limit (number) characters
apply-question-how = { $choice ->
    [yes] Виберіть одну з відповідей нижче.
   *[no] { $required ->
        [yes] Напишіть відповідь (максимум знаків: { $limit }).
       *[no] Напишіть відповідь (максимум знаків: { $limit }) або пропустіть запитання.
    }
}
# The answer follows after it (joined in code: an answer may be longer than a placeable may be)
apply-question-earlier = Ваша відповідь зараз:
apply-answer-saved = Відповідь збережено.
# Variables: $count (number) confirmations withdrawn by the change
apply-answer-saved-withdrawn = { $count ->
    [1] Збережено. Підтвердження відкликано: перед надсиланням підтвердьте знову.
   *[other] Збережено. Обидва підтвердження відкликано: кожне місто підтверджує знову.
}
apply-answer-empty = Відповідь порожня. Будь ласка, напишіть відповідь.
# Variables: $limit (number) characters allowed, $length (number) characters sent
apply-answer-too-long = Знаків у відповіді: { $length }, а вміщується не більше { $limit }. Будь ласка, скоротіть її та надішліть знову.
apply-paused = Усе, що ви відповіли, збережено. Продовжуйте, коли зручно: /apply або посилання конкурсу повернуть вас до наступного запитання.
apply-welcome-back = З поверненням! Ось де ви зупинилися.
apply-review-use-buttons = Щоб змінити відповідь, натисніть її кнопку нижче; лист підтримки надішліть файлом.
# Variables: $city (string) the city that invites
apply-invited = Місто { $city } запрошує вас подати спільну заявку як місто-партнер. Спершу прочитайте умови конкурсу; приєднатися можна кнопкою нижче.
# Variables: $call (string) the call's title, $city (string) the city that started the application
apply-joined = Ви приєдналися до заявки на конкурс «{ $call }», яку розпочало місто { $city }. Вкажіть своє місто й дайте відповідь на всі запитання своєю мовою.

# Variables: $call (string) the call's title, $city (string) the reader's city
apply-review-title = { $call }: заявка міста { $city }
apply-review-yours = Ваші відповіді:
# Variables: $city (string) the partner city, $answered (number), $total (number), $signed (string) yes or no
apply-review-partner = Місто-партнер { $city }: відповіді на { $answered } з { $total }, { $signed ->
    [yes] підтверджено.
   *[no] ще не підтверджено.
}
# Variables: $signed (string) yes or no
apply-review-own-sign = { $signed ->
    [yes] Ви підтвердили свої відповіді.
   *[no] Ви ще не підтвердили свої відповіді.
}
apply-review-no-partner = Міста-партнера поки немає: запросіть його кнопкою нижче.
# Variables: $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-review-document-missing = { $document }: ще не надіслано. Надішліть сюди файлом ({ $types }, до { $limit } МБ).
# Variables: $document (string) the document's name, $file (string) the file's name, $size (number) kilobytes
apply-review-document = { $document }: { $file } ({ $size } КБ).
# Variables: $lines (string) one line per missing item
apply-review-missing = Чого ще бракує для надсилання:
    { $lines }
apply-review-ready = Усе готово: заявку можна надіслати.

# Variables: $city (string) the city
apply-missing-details = { $city }: не вказано місто й країну.
apply-missing-partner = Місто-партнер ще не приєдналося.
# Variables: $city (string) the city, $count (number) required answers missing
apply-missing-answers = { $city }: { $count ->
    [1] бракує однієї обов'язкової відповіді.
    [one] бракує { $count } обов'язкової відповіді.
    [few] бракує { $count } обов'язкових відповідей.
    [many] бракує { $count } обов'язкових відповідей.
   *[other] бракує { $count } обов'язкової відповіді.
}
# Variables: $document (string) the document's name
apply-missing-document = Ще не надіслано: { $document }.
# Variables: $city (string) the city
apply-missing-sign-off = { $city }: заявку ще не підтверджено.
apply-not-answered = (ще немає відповіді)
apply-skipped = (пропущено: необов’язкове питання)
# Variables: $position (number) 0 for the city that started, 1 for the partner
apply-party-no-city = { $position ->
    [0] місто-заявник
   *[other] місто-партнер
}

# Variables: $opens (string) the opening on the call's clock
apply-error-not-open = Конкурс відкриється { $opens }.
# Variables: $deadline (string) the deadline on the call's clock
apply-error-closed = Термін подання минув ({ $deadline }): змінити вже нічого не можна.
apply-invite-partner-there = Місто-партнер уже приєдналося.
apply-invite-below = Запрошення для міста-партнера — у наступному повідомленні: перешліть його як є людині, яка подає заявку від міста-партнера.
# Variables: $city (string) the inviting city, $call (string) the call's title, $deadline (string) until when the link works, $link (string) the one-time link
apply-invite-link = Місто { $city } запрошує вас подати спільну заявку на конкурс «{ $call }» як місто-партнер. Відкрийте посилання, щоб прочитати умови конкурсу й приєднатися (воно діє один раз, до { $deadline }):
    { $link }
apply-join-unknown = Це посилання для партнера недійсне. Будь ласка, попросіть нове.
apply-join-used = Це посилання для партнера вже використано. Попросіть місто, яке його надіслало, про нове.
apply-join-expired = Термін дії цього посилання для партнера минув. Попросіть місто, яке його надіслало, про нове.

apply-document-none = Цей конкурс не вимагає документів.
# Variables: $types (string) e.g. "PDF, JPG, PNG"
apply-document-wrong-type = Цей тип файлу не підходить. Будь ласка, надішліть файл { $types }.
# Variables: $limit (number) megabytes allowed, $size (number) megabytes sent
apply-document-too-big = Розмір файлу { $size } МБ, а приймається не більше { $limit } МБ. Будь ласка, надішліть менший файл (наприклад, скан із меншою роздільною здатністю).
# Variables: $file (string) the file's name
apply-document-saved = Отримано: { $file }.

apply-sign-incomplete = Перш ніж підтвердити, вкажіть своє місто й дайте всі обов'язкові відповіді.
# Variables: $city (string) the reader's city
apply-signed = Підтверджено за місто { $city }.
# Variables: $city (string) the reader's city
apply-sign-ask = Підтвердити відповіді за місто { $city }? Надсилання заявки спирається на це підтвердження. Якщо хтось потім змінить відповідь, його буде відкликано, і треба буде підтвердити знову.
# Variables: $version (number) the new version, $cities (string) the cities, $count (number) people who get a receipt
apply-submit-ask = Надіслати заявку { $cities } (версія { $version })? { $count ->
    [1] Ви отримаєте
    [2] Ви обидва отримаєте
    [one] Усі { $count } особа отримають
    [few] Усі { $count } особи отримають
    [many] Усі { $count } осіб отримають
   *[other] Усі { $count } особи отримають
} квитанцію з усіма відповідями. До кінця терміну подання відповіді ще можна змінити й надіслати заявку знову.
# Variables: $missing (string) who and what is missing, one per line
apply-submit-missing = Поки не можна:
    { $missing }
# Variables: $version (number) the submitted version
apply-submit-unchanged = Версію { $version } надіслано, і відтоді нічого не змінилося.
# Variables: $version (number) the submitted version
apply-submitted = Заявку надіслано: версія { $version }. Квитанція з усіма відповідями вже в дорозі.

# Variables: $city (string) the city that changed something, $call (string) the call's title
apply-notice-changed = { $city }: зміни в заявці на конкурс «{ $call }». Усі підтвердження скинуто: будь ласка, перевірте відповіді й підтвердьте знову.
# Variables: $city (string) the partner city, $call (string) the call's title
apply-notice-joined = Місто-партнер { $city } приєдналося до вашої заявки на конкурс «{ $call }».
# Variables: $city (string), $call (string) the call's title, $statement (string) what the call asks for, $file (string) the file's name
apply-notice-document = { $city }: до заявки на конкурс «{ $call }» додано документ «{ $statement }» ({ $file }).
# Variables: $city (string) the city that confirmed, $call (string) the call's title
apply-notice-signed = { $city }: заявку на конкурс «{ $call }» підтверджено.
# Variables: $call (string) the call's title, $deadline (string) the deadline on the call's clock
apply-notice-not-submitted = Термін подання заявок на конкурс «{ $call }» минув ({ $deadline }). Вашу заявку не було надіслано, вона залишається чернеткою, яку організатори не розглядають.

# Variables: $version (number), $call (string) the call's title, $when (string) the moment on the call's clock
apply-receipt = Квитанція: вашу заявку на конкурс «{ $call }» надіслано { $when } (версія { $version }). У PDF усі відповіді; копія йде повідомленнями.
# Variables: $part (number), $parts (number); the answers follow below it
apply-receipt-answers = Ваша заявка ({ $part }/{ $parts }):
# Variables: $city (string), $country (string), $language (string) the language the city answered in
apply-receipt-party = ——— { $city }, { $country } (відповіді мовою: { $language }) ———
# Variables: $name (string) the file's name, $size (number) kilobytes, $sha (string) the checksum
apply-receipt-document = Документ: { $name } ({ $size } КБ, SHA-256 { $sha })

apply-button-apply = 📝 Подати заявку
apply-button-continue = ▶️ Продовжити мою заявку
apply-button-open = 📋 Відкрити мою заявку
apply-button-calls = ⬅️ Відкриті конкурси
apply-button-call = ⬅️ До конкурсу
apply-button-later = ⏸ Пізніше
apply-button-review = 📋 Огляд
# Variables: $number (number) the question's number
apply-button-edit = ✏️ № { $number }
apply-button-invite = 🤝 Запросити місто-партнер
# Variables: $city (string) the reader's city
apply-button-sign = Підтвердити за { $city }
apply-button-submit = 📨 Надіслати заявку
apply-button-submit-ok = 📨 Так, надіслати
apply-button-join = 🤝 Приєднатися
apply-button-sign-ok = Так, підтвердити

# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-error-decided = { $decision ->
    [accepted] Вашу заявку прийнято: змінити її більше не можна.
    [declined] Вашу заявку відхилено: змінити її більше не можна.
    [waitlisted] Ваша заявка в списку очікування: змінити її більше не можна.
   *[other] Щодо цієї заявки вже ухвалено рішення: змінити її більше не можна.
}
# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-status-decided = { $decision ->
    [accepted] Ваша заявка: прийнята 🎉 Змінити її більше не можна.
    [declined] Ваша заявка: відхилена. Змінити її більше не можна.
    [waitlisted] Ваша заявка: у списку очікування. Змінити її більше не можна.
   *[other] Ваша заявка: рішення ухвалено. Змінити її більше не можна.
}
# Variables: $version (number) the submitted version, $when (string) when, with whose clock
apply-review-submitted = Надіслано версію { $version }: { $when }. Якщо ви зміните відповідь, заявку можна буде надіслати знову.
