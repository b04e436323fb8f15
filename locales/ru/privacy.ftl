## Права на данные: /privacy, /mydata, /deleteme

commands-privacy = Ваши данные: посмотреть, скачать, удалить
privacy-overview =
    🔒 Ваши данные

    Что я храню и зачем:
    • ваш ID в Telegram, язык и город — чтобы присылать вам нужные сообщения;
    • имя, которое видят другие участники, языки, на которых вы говорите, и ваши интересы, если вы их указали, — чтобы подбирать вам людей из города-партнёра;
    • записи на воркшопы и ответы на вопросы при записи, идеи, голоса, сообщения команде и ответы на опросы — чтобы проводить программу.

    Кто это видит: организаторы вашего партнёрства и коуч вашей команды. Ваше имя видно под идеями, только если вы сами так решили. Больше никому данные не передаются, а уже доставленные сообщения я не храню.

    /mydata пришлёт вам все данные файлом, /deleteme удалит их.
privacy-button-mydata = 📦 Прислать мои данные
privacy-button-delete = 🗑 Удалить мои данные
privacy-mydata-caption = 📦 Всё, что я о вас храню, в виде JSON-файла.
privacy-nothing-stored = Я ничего о вас не храню.
privacy-delete-confirm = 🗑 Удалить ваш профиль и всё, что я о вас храню? Это нельзя отменить.
# Variables:
#   $count (Number) - ideas the person shared
privacy-delete-ideas = { $count ->
    [1] Вы предложили одну идею. Можно оставить её в программе без вашего имени, чтобы не пропали голоса за неё и команда вокруг неё? Иначе я её удалю.
    [one] Вы предложили { $count } идею. Можно оставить их в программе без вашего имени, чтобы не пропали голоса за них и команды вокруг них? Иначе я их удалю.
    [few] Вы предложили { $count } идеи. Можно оставить их в программе без вашего имени, чтобы не пропали голоса за них и команды вокруг них? Иначе я их удалю.
    [many] Вы предложили { $count } идей. Можно оставить их в программе без вашего имени, чтобы не пропали голоса за них и команды вокруг них? Иначе я их удалю.
   *[other] Вы предложили { $count } идеи. Можно оставить их в программе без вашего имени, чтобы не пропали голоса за них и команды вокруг них? Иначе я их удалю.
}
privacy-keep-ideas = 🕶 Оставить без моего имени
privacy-remove-ideas = 🗑 Удалить и их
# Variables:
#   $signups (Number) - workshop sign-ups erased
#   $votes (Number) - votes erased
#   $answers (Number) - check-in rounds answered
#   $messages (Number) - team messages erased
privacy-deleted =
    ✅ Готово. Я удалил ваш профиль, настройки и роли, а также:
    • записи на воркшопы: { $signups }
    • голоса: { $votes }
    • ответы на опросы: { $answers }
    • сообщения команде: { $messages }
# Variables:
#   $count (Number) - ideas kept without the author's name
privacy-deleted-ideas-kept = { $count ->
    [1] Ваша идея остаётся в программе, но уже без вашего имени.
    [one] { $count } ваша идея остаётся в программе, но уже без вашего имени.
    [few] { $count } ваши идеи остаются в программе, но уже без вашего имени.
    [many] { $count } ваших идей остаются в программе, но уже без вашего имени.
   *[other] { $count } ваши идеи остаются в программе, но уже без вашего имени.
}
# Variables:
#   $count (Number) - ideas removed
privacy-deleted-ideas-removed = { $count ->
    [1] Ваша идея удалена.
    [one] Удалена { $count } ваша идея.
    [few] Удалены { $count } ваши идеи.
    [many] Удалено { $count } ваших идей.
   *[other] Удалены { $count } ваши идеи.
}
privacy-deleted-farewell = Отправьте /start, если захотите снова участвовать.
privacy-delete-kept = Ничего не удалено.

## /mydata: сводка перед файлом
privacy-mydata-title = 📦 Что я о вас храню
# Variables:
#   $name (String) - отображаемое имя, иначе имя в Telegram
privacy-mydata-name = Имя: { $name }
# Variables:
#   $city (String) - город человека, напр. "Краснодар"
privacy-mydata-city = Город: { $city }
# Variables:
#   $language (String) - язык бота для человека, напр. "русский"
privacy-mydata-language = Язык: { $language }
# Variables:
#   $date (String) - день, когда человек начал пользоваться ботом, напр. "2 марта 2026 г."
privacy-mydata-since = С нами с { $date }
# Variables:
#   $count (Number) - записи человека на воркшопы (в любом статусе)
privacy-mydata-signups = { $count ->
    [0] 📅 Записей на воркшопы нет
    [one] 📅 { $count } запись на воркшоп:
    [few] 📅 { $count } записи на воркшопы:
    [many] 📅 { $count } записей на воркшопы:
   *[other] 📅 { $count } записи на воркшопы:
}
# Variables:
#   $title (String) - название воркшопа
#   $date (String) - день воркшопа, напр. "24 апреля 2027 г."
#   $status (String) - статус записи (workshops-registration-*)
privacy-mydata-signup-line = • { $title }, { $date } ({ $status })
# Variables:
#   $title (String) - название идеи или команды
privacy-mydata-item = • { $title }
# Variables:
#   $count (Number) - сколько ещё пунктов не показано
privacy-mydata-more = … и ещё { $count } (в файле)
# Variables:
#   $count (Number) - идеи, которыми человек поделился
privacy-mydata-ideas = { $count ->
    [0] 💡 Идей нет
    [one] 💡 { $count } идея:
    [few] 💡 { $count } идеи:
    [many] 💡 { $count } идей:
   *[other] 💡 { $count } идеи:
}
# Variables:
#   $count (Number) - отданные голоса
privacy-mydata-votes = { $count ->
    [0] 🗳 Голосов нет
    [one] 🗳 { $count } голос
    [few] 🗳 { $count } голоса
    [many] 🗳 { $count } голосов
   *[other] 🗳 { $count } голоса
}
# Variables:
#   $count (Number) - команды, в которых человек состоит или состоял
privacy-mydata-teams = { $count ->
    [0] 👥 Команд нет
    [one] 👥 { $count } команда:
    [few] 👥 { $count } команды:
    [many] 👥 { $count } команд:
   *[other] 👥 { $count } команды:
}
# Variables:
#   $count (Number) - ответы человека на опросы
privacy-mydata-checkins = { $count ->
    [0] 📝 Ответов на опросы нет
    [one] 📝 { $count } ответ на опросы
    [few] 📝 { $count } ответа на опросы
    [many] 📝 { $count } ответов на опросы
   *[other] 📝 { $count } ответа на опросы
}
privacy-mydata-file = В файле ниже — всё это полностью, со всеми датами и текстами.

## Конкурсы программы: заявки и оценки
privacy-overview-calls = 📝 Если вы подаёте заявку на конкурс, я храню её: города, ваши ответы, загруженные вами документы и кто её подтвердил — для оценки и решения. Если вы оцениваете заявки, я храню ваши баллы и заметки. Заявки видят организаторы конкурса и его эксперты, заметки — только организаторы. Загруженные документы я забываю через некоторое время после отбора (название, размер и контрольная сумма остаются). /deleteme удаляет черновик, над которым работаете только вы; в заявке с городом-партнёром или уже отправленной ответы города остаются для решения, но без вас: ваше имя, контактное лицо и контактные данные и загруженные вами файлы удаляются, и заявка дальше значится как «заявка из вашего города». Ваши баллы эксперта остаются без вашего имени; заметки удаляются.
# Variables:
#   $count (Number) - applications the person is a party of
privacy-mydata-applications = { $count ->
    [0] 📝 Заявок нет
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
        [accepted] принята
        [declined] отклонена
        [waitlisted] в списке ожидания
        [submitted] отправлена
        [not_submitted] не отправлена
        [withdrawn] отозвана
       *[draft] черновик
    })
# Variables:
#   $count (Number) - documents the person uploaded
privacy-mydata-documents = { $count ->
    [0] 📎 Загруженных документов нет
    [one] 📎 { $count } загруженный документ (название, размер и контрольная сумма — в файле)
    [few] 📎 { $count } загруженных документа (названия, размеры и контрольные суммы — в файле)
    [many] 📎 { $count } загруженных документов (названия, размеры и контрольные суммы — в файле)
   *[other] 📎 { $count } загруженного документа (названия, размеры и контрольные суммы — в файле)
}
# Variables:
#   $count (Number) - drafts deleted
privacy-deleted-drafts = { $count ->
    [1] Ваш черновик заявки удалён.
    [one] Удалён { $count } черновик заявки.
    [few] Удалены { $count } черновика заявок.
    [many] Удалены { $count } черновиков заявок.
   *[other] Удалены { $count } черновика заявок.
}
# Variables:
#   $count (Number) - applications kept without the person
privacy-deleted-applications = { $count ->
    [1] Ваша заявка остаётся для решения, но без вас: ваши контактные данные и файлы удалены.
    [one] { $count } заявка остаётся для решения, но без вас: ваши контактные данные и файлы удалены.
    [few] { $count } заявки остаются для решения, но без вас: ваши контактные данные и файлы удалены.
    [many] { $count } заявок остаются для решения, но без вас: ваши контактные данные и файлы удалены.
   *[other] { $count } заявки остаются для решения, но без вас: ваши контактные данные и файлы удалены.
}
# Variables:
#   $count (Number) - reviews whose scores stay
privacy-deleted-reviews = { $count ->
    [1] Баллы вашей оценки остаются без вашего имени; заметка удалена.
    [one] Баллы { $count } вашей оценки остаются без вашего имени; заметки удалены.
    [few] Баллы { $count } ваших оценок остаются без вашего имени; заметки удалены.
    [many] Баллы { $count } ваших оценок остаются без вашего имени; заметки удалены.
   *[other] Баллы { $count } ваших оценок остаются без вашего имени; заметки удалены.
}
