## Права на дані: /privacy, /mydata, /deleteme

commands-privacy = Ваші дані: переглянути, завантажити, видалити
privacy-overview =
    🔒 Ваші дані

    Що я зберігаю і навіщо:
    • ваш ідентифікатор у Telegram, мову та місто — щоб надсилати вам потрібні повідомлення;
    • ім'я для показу, мови, якими ви володієте, та інтереси, якщо ви їх вказали — щоб познайомити вас із людьми з міста-партнера;
    • записи на воркшопи й відповіді на їхні питання, ідеї, голоси, повідомлення команді та відповіді на опитування — щоб проводити програму.

    Хто це бачить: організатори вашого партнерства та коуч вашої команди. Біля ідей ваше ім'я видно, лише якщо ви так вирішили. Нікому іншому дані не передаються, а вже доставлені повідомлення я не зберігаю.

    /mydata надішле вам усе файлом; /deleteme усе видалить.
privacy-button-mydata = 📦 Надіслати мої дані
privacy-button-delete = 🗑 Видалити мої дані
privacy-mydata-caption = 📦 Усе, що я про вас зберігаю, у вигляді JSON-файлу.
privacy-nothing-stored = Я нічого про вас не зберігаю.
privacy-delete-confirm = 🗑 Видалити ваш профіль і все, що я про вас зберігаю? Цю дію не можна скасувати.
# Variables:
#   $count (Number) - ideas the person shared; [1] means exactly one idea (singular pronoun "її"), [one] also covers 21, 31, 101… (plural pronoun "їх")
privacy-delete-ideas = { $count ->
    [1] Ви запропонували одну ідею. Можна залишити її в програмі без вашого імені, щоб не втратити голоси й команду навколо неї? Інакше я її видалю.
    [one] Ви запропонували { $count } ідею. Можна залишити їх у програмі без вашого імені, щоб голоси й команди не зникли? Інакше я їх видалю.
    [few] Ви запропонували { $count } ідеї. Можна залишити їх у програмі без вашого імені, щоб голоси й команди не зникли? Інакше я їх видалю.
    [many] Ви запропонували { $count } ідей. Можна залишити їх у програмі без вашого імені, щоб голоси й команди не зникли? Інакше я їх видалю.
   *[other] Ви запропонували { $count } ідеї. Можна залишити їх у програмі без вашого імені, щоб голоси й команди не зникли? Інакше я їх видалю.
}
privacy-keep-ideas = 🕶 Залишити без мого імені
privacy-remove-ideas = 🗑 Видалити й ідеї
# Variables:
#   $signups (Number) - workshop sign-ups erased; each number follows a colon, no agreement needed
#   $votes (Number) - votes erased
#   $answers (Number) - check-in rounds answered
#   $messages (Number) - team messages erased
privacy-deleted =
    ✅ Готово. Ваш профіль, налаштування та ролі видалено, а також:
    • записи на воркшопи: { $signups }
    • голоси: { $votes }
    • відповіді на опитування: { $answers }
    • повідомлення команді: { $messages }
# Variables:
#   $count (Number) - ideas kept without the author's name; [1] means exactly one idea, [one] also covers 21, 31, 101… and must show the number
privacy-deleted-ideas-kept = { $count ->
    [1] Ваша ідея залишається в програмі без вашого імені.
    [one] У програмі без вашого імені залишається { $count } ідея.
    [few] У програмі без вашого імені залишаються { $count } ідеї.
    [many] У програмі без вашого імені залишається { $count } ідей.
   *[other] У програмі без вашого імені залишається { $count } ідеї.
}
# Variables:
#   $count (Number) - ideas removed; [1] means exactly one idea, [one] also covers 21, 31, 101… and must show the number
privacy-deleted-ideas-removed = { $count ->
    [1] Вашу ідею видалено.
    [one] Видалено { $count } ідею.
    [few] Видалено { $count } ідеї.
    [many] Видалено { $count } ідей.
   *[other] Видалено { $count } ідеї.
}
privacy-deleted-farewell = Надішліть /start, якщо захочете знову долучитися.
privacy-delete-kept = Нічого не видалено.

## /mydata: зведення перед файлом
privacy-mydata-title = 📦 Що я про вас зберігаю
# Variables:
#   $name (String) - відображуване ім'я, інакше ім'я в Telegram
privacy-mydata-name = Ім'я: { $name }
# Variables:
#   $city (String) - місто людини, напр. "Краснодар"
privacy-mydata-city = Місто: { $city }
# Variables:
#   $language (String) - мова бота для людини, напр. "українська"
privacy-mydata-language = Мова: { $language }
# Variables:
#   $date (String) - день, коли людина почала користуватися ботом, напр. "2 березня 2026 р."
privacy-mydata-since = З нами від { $date }
# Variables:
#   $count (Number) - записи людини на воркшопи (з будь-яким статусом)
privacy-mydata-signups = { $count ->
    [0] 📅 Записів на воркшопи немає
    [one] 📅 { $count } запис на воркшоп:
    [few] 📅 { $count } записи на воркшопи:
    [many] 📅 { $count } записів на воркшопи:
   *[other] 📅 { $count } запису на воркшопи:
}
# Variables:
#   $title (String) - назва воркшопу
#   $date (String) - день воркшопу, напр. "24 квітня 2027 р."
#   $status (String) - статус запису (workshops-registration-*)
privacy-mydata-signup-line = • { $title }, { $date } ({ $status })
# Variables:
#   $title (String) - назва ідеї або команди
privacy-mydata-item = • { $title }
# Variables:
#   $count (Number) - скільки ще пунктів не показано
privacy-mydata-more = … і ще { $count } (у файлі)
# Variables:
#   $count (Number) - ідеї, якими людина поділилася
privacy-mydata-ideas = { $count ->
    [0] 💡 Ідей немає
    [one] 💡 { $count } ідея:
    [few] 💡 { $count } ідеї:
    [many] 💡 { $count } ідей:
   *[other] 💡 { $count } ідеї:
}
# Variables:
#   $count (Number) - віддані голоси
privacy-mydata-votes = { $count ->
    [0] 🗳 Голосів немає
    [one] 🗳 { $count } голос
    [few] 🗳 { $count } голоси
    [many] 🗳 { $count } голосів
   *[other] 🗳 { $count } голосу
}
# Variables:
#   $count (Number) - команди, у яких людина є або була
privacy-mydata-teams = { $count ->
    [0] 👥 Команд немає
    [one] 👥 { $count } команда:
    [few] 👥 { $count } команди:
    [many] 👥 { $count } команд:
   *[other] 👥 { $count } команди:
}
# Variables:
#   $count (Number) - відповіді людини на опитування
privacy-mydata-checkins = { $count ->
    [0] 📝 Відповідей на опитування немає
    [one] 📝 { $count } відповідь на опитування
    [few] 📝 { $count } відповіді на опитування
    [many] 📝 { $count } відповідей на опитування
   *[other] 📝 { $count } відповіді на опитування
}
privacy-mydata-file = У файлі нижче — усе це повністю, з усіма датами й текстами.

## Конкурси програми: заявки та оцінки
privacy-overview-calls = 📝 Якщо ви подаєте заявку на конкурс, я зберігаю її: міста, ваші відповіді, завантажені вами документи і хто її підтвердив — для оцінювання та рішення. Якщо ви оцінюєте заявки, я зберігаю ваші бали й нотатки. Заявки бачать організатори конкурсу та його експерти, нотатки — лише організатори. Завантажені документи я забуваю через певний час після відбору (назва, розмір і контрольна сума залишаються). /deleteme видаляє чернетку, над якою працюєте лише ви; у заявці з містом-партнером або вже надісланій відповіді міста залишаються для рішення, але без вас: ваше ім'я, контактна особа й контактні дані та завантажені вами файли видаляються, і заявка далі значиться як «заявка з вашого міста». Ваші бали експерта залишаються без вашого імені; нотатки видаляються.
# Variables:
#   $count (Number) - applications the person is a party of
privacy-mydata-applications = { $count ->
    [0] 📝 Заявок немає
    [one] 📝 { $count } заявка:
    [few] 📝 { $count } заявки:
    [many] 📝 { $count } заявок:
   *[other] 📝 { $count } заявки:
}
# Variables:
#   $call (String) - the call's title
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $status (String) - draft, submitted, not_submitted, withdrawn, or once the letters went: accepted, declined or waitlisted
privacy-mydata-application-line = • { $call }: { $cities } ({ $status ->
        [accepted] прийнята
        [declined] відхилена
        [waitlisted] у списку очікування
        [submitted] надіслана
        [not_submitted] не надіслана
        [withdrawn] відкликана
       *[draft] чернетка
    })
# Variables:
#   $count (Number) - documents the person uploaded
privacy-mydata-documents = { $count ->
    [0] 📎 Завантажених документів немає
    [one] 📎 { $count } завантажений документ (назва, розмір і контрольна сума — у файлі)
    [few] 📎 { $count } завантажені документи (назви, розміри й контрольні суми — у файлі)
    [many] 📎 { $count } завантажених документів (назви, розміри й контрольні суми — у файлі)
   *[other] 📎 { $count } завантаженого документа (назви, розміри й контрольні суми — у файлі)
}
# Variables:
#   $count (Number) - drafts deleted
privacy-deleted-drafts = { $count ->
    [1] Вашу чернетку заявки видалено.
    [one] Видалено { $count } чернетку заявки.
    [few] Видалено { $count } чернетки заявок.
    [many] Видалено { $count } чернеток заявок.
   *[other] Видалено { $count } чернетки заявок.
}
# Variables:
#   $count (Number) - applications kept without the person
privacy-deleted-applications = { $count ->
    [1] Ваша заявка залишається для рішення, але без вас: ваші контактні дані та файли видалено.
    [one] { $count } заявка залишається для рішення, але без вас: ваші контактні дані та файли видалено.
    [few] { $count } заявки залишаються для рішення, але без вас: ваші контактні дані та файли видалено.
    [many] { $count } заявок залишаються для рішення, але без вас: ваші контактні дані та файли видалено.
   *[other] { $count } заявки залишаються для рішення, але без вас: ваші контактні дані та файли видалено.
}
# Variables:
#   $count (Number) - reviews whose scores stay
privacy-deleted-reviews = { $count ->
    [1] Бали вашої оцінки залишаються без вашого імені; нотатку видалено.
    [one] Бали { $count } вашої оцінки залишаються без вашого імені; нотатки видалено.
    [few] Бали { $count } ваших оцінок залишаються без вашого імені; нотатки видалено.
    [many] Бали { $count } ваших оцінок залишаються без вашого імені; нотатки видалено.
   *[other] Бали { $count } ваших оцінок залишаються без вашого імені; нотатки видалено.
}
