## newsletter

newsletter-home = 📰 Бюллетень сети

    Напишите бюллетень сети для людей из партнёрств сети: разделы, версии на других языках, получатели по странам, направлениям и ролям. Перед отправкой вы увидите предпросмотр и число получателей.
newsletter-write-button = ✏️ Написать бюллетень
newsletter-back-button = ⬅️ Назад к сети
newsletter-cancel-button = ✖️ Отменить
newsletter-cancelled = Отменено — ничего не отправлено.
# Variables:
#   $language (String) - the language the staff member writes in
newsletter-ask-section = 📰 Новый бюллетень сети, язык: { $language }. Отправьте первый раздел одним сообщением: первая строка — заголовок, строки ниже — текст.
# Variables:
#   $count (Number) - sections written
#   $languages (String) - languages with a complete version
newsletter-sections = { $count ->
        [one] Написан { $count } раздел.
        [few] Написано { $count } раздела.
        [many] Написано { $count } разделов.
       *[other] Написано { $count } раздела.
    } Версии: { $languages }.

    Отправьте ещё раздел (заголовок в первой строке), добавьте версию на другом языке или выберите получателей.
# Variables:
#   $language (String) - the version's language
#   $number (Number) - the section to type now
#   $count (Number) - sections in all
newsletter-ask-version = Отправьте раздел { $number } из { $count } (язык: { $language }): заголовок в первой строке, текст ниже. Оригинал:
newsletter-machine-button = 🤖 Машинные версии
newsletter-machine-done = 🤖 Для других языков добавлены машинные версии. Читатели увидят пометку «машинный перевод», оригинал — в одно нажатие.
# Variables:
#   $languages (String) - languages the provider could not translate into
newsletter-machine-failed = Машинной версии сейчас нет для языков: { $languages }. Их читатели получат оригинал с указанием его языка.
newsletter-audience-button = 👥 Выбрать получателей ▶️
# Variables:
#   $country (String) - the country focus chosen, or "any country"
#   $topic (String) - the topic focus chosen, or "any topic"
#   $role (String) - who among the partnerships' people
#   $count (Number) - people reached
newsletter-audience = 👥 Кто получит бюллетень сети?
    Страна: { $country }
    Направление: { $topic }
    Кто: { $role }

    { $count ->
        [0] Пока в этой группе никого нет.
        [one] Его получит { $count } человек.
        [few] Его получат { $count } человека.
        [many] Его получат { $count } человек.
       *[other] Его получат { $count } человека.
    } Те, кто отключил объявления, не учитываются.
newsletter-role-everyone = Все
newsletter-role-participants = Участники
newsletter-role-organisers = Организаторы
newsletter-role-coaches = Коучи
newsletter-country-button = 🌍 Страна
newsletter-topic-button = 🏷 Направление
newsletter-any-country = Любая страна
newsletter-any-topic = Любое направление
newsletter-choose-country = 🌍 Партнёрства с какой страной? (Страны, которые называют партнёрства сети.)
newsletter-choose-topic = 🏷 Партнёрства с каким направлением?
newsletter-preview-button = 👁 Предпросмотр
# Variables:
#   $language (String) - language name
#   $count (Number) - readers of this language
newsletter-preview-header = 👁 Так его увидят читатели, язык: { $language } ({ $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }):
# Variables:
#   $language (String) - language name
#   $count (Number) - recipients
newsletter-count-part = { $language }: { $count }
# Variables:
#   $count (Number) - recipients
#   $parts (String) - recipients per language
newsletter-confirm = { $count ->
        [0] В этой группе никого нет (те, кто отключил объявления, не учитываются). Выберите других получателей.
        [one] Бюллетень получит { $count } человек ({ $parts }). Отправить?
        [few] Бюллетень получат { $count } человека ({ $parts }). Отправить?
        [many] Бюллетень получат { $count } человек ({ $parts }). Отправить?
       *[other] Бюллетень получат { $count } человека ({ $parts }). Отправить?
    }
# Variables:
#   $count (Number) - recipients
newsletter-send-button = 📰 Отправить ({ $count })
newsletter-schedule-button = 🕒 Отправить позже
newsletter-edit-audience-button = 👥 Другие получатели
# Variables:
#   $city (String) - the city whose clock the typed time is on
newsletter-ask-time = Когда отправить? Укажите дату и время, например 24.04.2027 09:00 (по времени города { $city }).
# Variables:
#   $when (String) - date and time, saying whose time it is
newsletter-scheduled = 🕒 Отправка бюллетеня сети запланирована на { $when }.
newsletter-heading = 📰 Бюллетень сети
# Variables:
#   $language (String) - the original's language
newsletter-machine-line = 🤖 Машинный перевод, язык оригинала: { $language }. Оригинал — по кнопке ниже.
# Variables:
#   $language (String) - the original's language
newsletter-original-line = Язык оригинала: { $language }. Версии на вашем языке нет.
newsletter-original-button = 📄 Показать оригинал
newsletter-draft-missing = Этот бюллетень больше не редактируется. Начните заново в меню сети.
newsletter-error-use-buttons = Пожалуйста, на этом шаге используйте кнопки.
newsletter-error-section = В разделе нужен заголовок в первой строке и текст под ним. Пожалуйста, отправьте его ещё раз.
# Variables:
#   $limit (Number) - most sections
newsletter-error-sections = { $limit ->
        [one] В бюллетене не больше { $limit } раздела. Добавьте версии или выберите получателей.
        [few] В бюллетене не больше { $limit } разделов. Добавьте версии или выберите получателей.
        [many] В бюллетене не больше { $limit } разделов. Добавьте версии или выберите получателей.
       *[other] В бюллетене не больше { $limit } разделов. Добавьте версии или выберите получателей.
    }
# Variables:
#   $limit (Number) - most characters
newsletter-error-too-long = { $limit ->
        [one] Слишком длинно: в бюллетене на каждом языке не больше { $limit } символа. Пожалуйста, отправьте раздел короче.
        [few] Слишком длинно: в бюллетене на каждом языке не больше { $limit } символов. Пожалуйста, отправьте раздел короче.
        [many] Слишком длинно: в бюллетене на каждом языке не больше { $limit } символов. Пожалуйста, отправьте раздел короче.
       *[other] Слишком длинно: в бюллетене на каждом языке не больше { $limit } символов. Пожалуйста, отправьте раздел короче.
    }
newsletter-error-time-unclear = В эту ночь переводят часы: такого времени нет или оно наступает дважды. Пожалуйста, укажите другое время.
newsletter-staff-only = Бюллетень сети пишут сотрудники сети.
newsletter-back-to-audience = ⬅️ Назад

## calendar
# Variables:
#   $country (String) - the country chosen, or "any country"
#   $topic (String) - the topic chosen, or "any topic"
calendar-home = 📅 Календарь сети
    Страна: { $country } · Направление: { $topic }
calendar-empty = Для этого выбора нет предстоящих открытых воркшопов и событий сети.
calendar-feed = 📎 Подписка на календарь в вашем приложении (этот выбор, на вашем языке):
calendar-feed-none = 📎 Подписка на календарь пока недоступна.
calendar-country-button = 🌍 Страна
calendar-topic-button = 🏷 Направление
calendar-choose-country = 🌍 Воркшопы партнёрств с какой страной? События сети показываются всегда.
calendar-choose-topic = 🏷 Воркшопы партнёрств с каким направлением? События сети показываются всегда.
calendar-public-add = 🌐 Добавить в календарь сети
calendar-public-remove = 🌐 В календаре · убрать
calendar-feed-name = Календарь сети
calendar-error-end-before-start = Окончание должно быть позже начала.
calendar-event-new-button = ➕ Новое событие сети
calendar-back-button = 📅 Календарь сети
calendar-event-ask-title = ➕ Новое событие сети для календаря (например, День городов-партнёров). Отправьте его название.
calendar-event-ask-description = Отправьте короткое описание или «-», если его нет.
calendar-event-ask-city = По времени какого города указаны его время начала и окончания?
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-start = Когда начало? Укажите дату и время, например 24.04.2027 10:00 (по времени города { $city }).
# Variables:
#   $city (String) - the city whose clock the times are typed on
calendar-event-ask-end = Когда окончание? Укажите время, например 16:00, или дату и время, например 25.04.2027 13:00 (по времени города { $city }).
calendar-event-ask-place = Где оно проходит? Отправьте место или «-», если его нет.
calendar-event-ask-link = Отправьте ссылку (начинается с https://) с подробностями или «-», если её нет.
calendar-event-created = ✅ Событие добавлено в календарь сети:
# Variables:
#   $limit (Number) - most characters
calendar-error-text = { $limit ->
        [one] Пожалуйста, отправьте текст не длиннее { $limit } символа.
        [few] Пожалуйста, отправьте текст не длиннее { $limit } символов.
        [many] Пожалуйста, отправьте текст не длиннее { $limit } символов.
       *[other] Пожалуйста, отправьте текст не длиннее { $limit } символа.
    }
calendar-error-link = Ссылка начинается с https://. Пожалуйста, отправьте её ещё раз или «-», если её нет.
newsletter-unschedule-button = ✖️ Отменить этот бюллетень
newsletter-unscheduled = Отменено — бюллетень сети не будет отправлен.
newsletter-already-started = Этот бюллетень уже отправляется: отменить его нельзя.

## the delivery report of a newsletter (like an announcement's)
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $waiting (Number) - still to send
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-sending = 📰 Бюллетень сети отправляется… Отправлено: { $sent } из { $total } · в очереди: { $waiting } · заблокировали бота: { $blocked } · не доставлено: { $failed }
# Variables:
#   $total (Number) - recipients
#   $sent (Number) - delivered
#   $blocked (Number) - blocked the bot
#   $failed (Number) - could not be delivered
newsletter-delivered = ✅ Бюллетень сети разослан. Отправлено: { $sent } из { $total } · заблокировали бота: { $blocked } · не доставлено: { $failed }
