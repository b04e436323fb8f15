## consult (booking a consultation)
commands-consult = Записаться на консультацию в офисе сети

consult-home =
    🗓 Консультации офиса сети
    По какому вопросу вам нужен совет? Выберите тему, затем язык и время.
consult-mine-button = 📋 Мои записи
consult-new-button = 🗓 Записаться
# Variables:
#   $topic (String) - the chosen topic
consult-language-ask =
    { $topic }
    На каком языке вы хотите говорить? Ваши языки — первыми.
# Variables:
#   $language (String) - the language the person chose
#   $available (String) - the languages hosts speak for this topic, as a list
#   $count (Number) - how many languages are available
consult-language-none =
    По этой теме пока нет консультанта, который говорит на этом языке ({ $language }).
    { $count ->
        [0] Сейчас по этой теме нет консультаций: пожалуйста, выберите другую тему.
        [1] Доступно: { $available }.
       *[other] Доступно: { $available }.
    }
# Variables:
#   $count (Number) - how many toolbox entries are suggested
consult-tips =
    Может быть, это поможет сразу
    { $count ->
        [1] Этот материал из инструментария относится к вашей теме.
        [one] { $count } материал из инструментария относится к вашей теме.
        [few] { $count } материала из инструментария относятся к вашей теме.
        [many] { $count } материалов из инструментария относятся к вашей теме.
       *[other] { $count } материала из инструментария относятся к вашей теме.
    } Если вопрос остался, выберите время.
consult-tips-go-on = 🗓 Показать время
# Variables:
#   $topic (String) - the chosen topic
#   $language (String) - the chosen language
#   $city (String) - the city whose clock the times are on (the person's)
#   $page (Number) - this page
#   $pages (Number) - number of pages
#   $slots (String) - the free times, grouped by day
consult-slots =
    { $topic } · { $language }
    Свободное время по времени города { $city } (страница { $page } из { $pages }):

    { $slots }

    Выберите время по его номеру. В скобках — время консультанта, если оно другое.

# Variables:
#   $topic (String) - the chosen topic
consult-slots-none = В ближайшие недели по теме «{ $topic }» на этом языке нет свободного времени. Загляните позже или выберите другую тему.
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - its clock time on the person's clock
consult-slot-button = { $number } · { $time }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $host (String) - the host's name
consult-slot-line = { $number }. { $time } · { $host }
# Variables:
#   $number (Number) - the time's number in the list
#   $time (String) - start on the person's clock
#   $theirs (String) - start on the host's clock
#   $city (String) - the city naming the host's clock
#   $host (String) - the host's name
consult-slot-line-both = { $number }. { $time } · { $host } ({ $city } { $theirs })
# Variables:
#   $mine (String) - the time on the person's clock with its city
#   $host (String) - the time on the host's clock with its city
consult-time-both = { $mine } ({ $host })
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $minutes (Number) - length in minutes
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note for the host
#   $has_note (String) - yes when a note was typed, else no
consult-confirm =
    Записаться на эту консультацию?
    Консультант: { $host }
    Когда: { $when }
    Длительность: { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минут
    }
    Тема: { $topic }
    Язык: { $language }
    { $has_note ->
        [yes] Ваша заметка: { $note }
       *[no] Перед записью можно написать консультанту короткую заметку (о чём вы хотите поговорить).
    }
consult-book-button = ✔️ Записаться
consult-move-button = ✔️ Перенести сюда
# Variables:
#   $limit (Number) - the longest note allowed
consult-note-too-long = { $limit ->
        [one] Заметка может быть не длиннее { $limit } символа. Пожалуйста, сократите её.
        [few] Заметка может быть не длиннее { $limit } символов. Пожалуйста, сократите её.
        [many] Заметка может быть не длиннее { $limit } символов. Пожалуйста, сократите её.
       *[other] Заметка может быть не длиннее { $limit } символов. Пожалуйста, сократите её.
    }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-booked =
    ✅ Вы записаны: { $when }, консультант { $host }.
    { $has_link ->
        [yes] Ссылка на видеозвонок: { $link }
       *[no] Консультант сообщит, как вы встретитесь.
    }
    Файл календаря ниже добавит запись в ваш календарь; напоминания придут за день и за час.
# Variables:
#   $when (String) - the new date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-moved =
    ✅ Запись перенесена на { $when }, консультант { $host }. Прежнее время снова свободно.
    { $has_link ->
        [yes] Ссылка на видеозвонок: { $link }
       *[no] Консультант сообщит, как вы встретитесь.
    }
# Variables:
#   $host (String) - the host's name
consult-ics-summary = Консультация: { $host }
# Variables:
#   $person (String) - who booked
#   $when (String) - date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
#   $before (String) - unused here
consult-host-booked =
    🗓 Новая запись: { $person }, { $when }.
    Тема: { $topic } · { $language }
    { $has_note ->
        [yes] Заметка: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who booked
#   $when (String) - the new date and time on the host's clock
#   $before (String) - the old date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
consult-host-moved =
    🗓 { $person }: запись перенесена с { $before } на { $when }.
    Тема: { $topic } · { $language }
    { $has_note ->
        [yes] Заметка: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who cancelled
#   $when (String) - date and time on the host's clock
#   $late (String) - yes when cancelled after the host's cut-off, else no
consult-host-cancelled = { $late ->
        [yes] ✖️ { $person }: запись на { $when } отменена поздно (позже вашего срока отмены).
       *[no] ✖️ { $person }: запись на { $when } отменена.
    }
consult-mine-none = У вас нет записей на консультации.
# Variables:
#   $count (Number) - how many bookings
#   $bookings (String) - the bookings, one a line
consult-mine =
    { $count ->
        [1] Ваша запись
        [one] Ваши записи: { $count }
        [few] Ваши записи: { $count }
        [many] Ваши записи: { $count }
       *[other] Ваши записи: { $count }
    }
    { $bookings }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $topic (String) - the topic
consult-mine-line = • { $when }, { $host }, { $topic }
# Variables:
#   $line (String) - the booking: time, host, topic
#   $link (String) - the video link
#   $has_link (String) - yes when there is a video link, else no
#   $note (String) - the person's note
#   $has_note (String) - yes when there is a note, else no
consult-card =
    Ваша запись
    { $line }
    { $has_link ->
        [yes] Ссылка на видеозвонок: { $link }
       *[no] {""}
    }
    { $has_note ->
        [yes] Ваша заметка: { $note }
       *[no] {""}
    }
consult-reschedule-button = 🔁 Выбрать другое время
consult-cancel-button = ✖️ Отменить запись
# Variables:
#   $line (String) - the booking: time, host, topic
#   $late (String) - yes when it is after the host's cut-off, else no
#   $hours (Number) - the host's cut-off in hours
consult-cancel-ask =
    Отменить эту запись?
    { $line }
    { $late ->
        [yes] { $hours ->
            [one] ⚠️ До начала меньше { $hours } часа: консультант просит отменять раньше. Отмена будет отмечена как поздняя, консультант получит сообщение.
            [few] ⚠️ До начала меньше { $hours } часов: консультант просит отменять раньше. Отмена будет отмечена как поздняя, консультант получит сообщение.
            [many] ⚠️ До начала меньше { $hours } часов: консультант просит отменять раньше. Отмена будет отмечена как поздняя, консультант получит сообщение.
           *[other] ⚠️ До начала меньше { $hours } часов: консультант просит отменять раньше. Отмена будет отмечена как поздняя, консультант получит сообщение.
        }
       *[no] Консультант получит сообщение, а время освободится для других.
    }
consult-cancel-yes-button = ✖️ Да, отменить
consult-cancel-keep-button = ⬅️ Нет, оставить
# Variables:
#   $line (String) - the booking: time, host, topic
consult-cancelled =
    Запись отменена: { $line }
    Файл календаря ниже удалит её из вашего календаря.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $link (String) - the video link (may be empty)
consult-reminder =
    ⏰ Напоминание: ваша консультация, консультант { $host }, { $when }.
    { $link }
consult-booking-gone = Эта запись больше не действует.
consult-refused-notice = Это время слишком скоро: консультанту нужно больше времени на подготовку. Выберите время позже.
consult-refused-horizon = Это время слишком далеко впереди. Выберите время раньше.
consult-refused-taken = Это время только что заняли. Выберите другое.
# Variables:
#   $limit (Number) - how many open bookings one person may hold with this host
consult-refused-limit = { $limit ->
        [1] У вас уже есть запись к этому консультанту: можно только одну за раз.
        [one] У вас уже { $limit } запись к этому консультанту: больше за раз нельзя.
        [few] У вас уже { $limit } записи к этому консультанту: больше за раз нельзя.
        [many] У вас уже { $limit } записей к этому консультанту: больше за раз нельзя.
       *[other] У вас уже { $limit } записей к этому консультанту: больше за раз нельзя.
    }
consult-refused-language = Этот консультант не говорит на этом языке.
consult-refused-topic = Этот консультант не консультирует по этой теме.
consult-refused-not-a-slot = Это не время консультаций этого консультанта.
consult-wait-button = 🔔 В список ожидания
# Variables:
#   $topic (String) - the topic
#   $language (String) - the language
consult-waiting-joined = 🔔 Вы в списке ожидания по теме «{ $topic }», язык: { $language }. Когда освободится время, бот предложит его вам, как только подойдёт ваша очередь; у вас будет немного времени, чтобы записаться.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $topic (String) - the topic
#   $deadline (String) - until when the offer holds, with whose clock
consult-offer =
    🔔 По теме «{ $topic }» освободилось время: { $when }, консультант { $host }.
    Оно закреплено за вами до { $deadline }; потом перейдёт к следующему в списке ожидания.
consult-offer-take-button = ✔️ Записаться
consult-offer-pass-button = ✖️ Не в этот раз
consult-offer-passed = Время перейдёт к следующему в списке ожидания. Вы больше не в списке ожидания по этой теме.
consult-offer-gone = Это предложение больше не действует.
# Variables:
#   $topic (String) - the topic
consult-offer-expired = Свободное время по теме «{ $topic }» не было занято вовремя и перешло к следующему в списке ожидания.
