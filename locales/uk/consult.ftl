## consult (booking a consultation)
commands-consult = Записатися на консультацію в офісі мережі

consult-home =
    🗓 Консультації офісу мережі
    З якого питання вам потрібна порада? Виберіть тему, потім мову й час.
consult-mine-button = 📋 Мої записи
consult-new-button = 🗓 Записатися
# Variables:
#   $topic (String) - the chosen topic
consult-language-ask =
    { $topic }
    Якою мовою ви хочете говорити? Ваші мови — першими.
# Variables:
#   $language (String) - the language the person chose
#   $available (String) - the languages hosts speak for this topic, as a list
#   $count (Number) - how many languages are available
consult-language-none =
    З цієї теми поки немає консультанта, який говорить цією мовою ({ $language }).
    { $count ->
        [0] Зараз з цієї теми немає консультацій: будь ласка, виберіть іншу тему.
        [1] Доступно: { $available }.
       *[other] Доступно: { $available }.
    }
# Variables:
#   $count (Number) - how many toolbox entries are suggested
consult-tips =
    Можливо, це допоможе одразу
    { $count ->
        [1] Цей матеріал з інструментарію стосується вашої теми.
        [one] { $count } матеріал з інструментарію стосується вашої теми.
        [few] { $count } матеріали з інструментарію стосуються вашої теми.
        [many] { $count } матеріалів з інструментарію стосуються вашої теми.
       *[other] { $count } матеріалу з інструментарію стосуються вашої теми.
    } Якщо питання лишилося, виберіть час.
consult-tips-go-on = 🗓 Показати час
# Variables:
#   $topic (String) - the chosen topic
#   $language (String) - the chosen language
#   $city (String) - the city whose clock the times are on (the person's)
#   $page (Number) - this page
#   $pages (Number) - number of pages
#   $slots (String) - the free times, grouped by day
consult-slots =
    { $topic } · { $language }
    Вільний час за часом міста { $city } (сторінка { $page } з { $pages }):

    { $slots }

    Виберіть час за його номером. У дужках — час консультанта, якщо він інший.

# Variables:
#   $topic (String) - the chosen topic
consult-slots-none = Найближчими тижнями з теми «{ $topic }» цією мовою немає вільного часу. Загляньте пізніше або виберіть іншу тему.
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
    Записатися на цю консультацію?
    Консультант: { $host }
    Коли: { $when }
    Тривалість: { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }
    Тема: { $topic }
    Мова: { $language }
    { $has_note ->
        [yes] Ваша нотатка: { $note }
       *[no] Перед записом можна написати консультантові коротку нотатку (про що ви хочете поговорити).
    }
consult-book-button = ✔️ Записатися
consult-move-button = ✔️ Перенести сюди
# Variables:
#   $limit (Number) - the longest note allowed
consult-note-too-long = { $limit ->
        [one] Нотатка може мати не більше { $limit } символу. Будь ласка, скоротіть її.
        [few] Нотатка може мати не більше { $limit } символів. Будь ласка, скоротіть її.
        [many] Нотатка може мати не більше { $limit } символів. Будь ласка, скоротіть її.
       *[other] Нотатка може мати не більше { $limit } символів. Будь ласка, скоротіть її.
    }
# Variables:
#   $when (String) - date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-booked =
    ✅ Ви записані: { $when }, консультант { $host }.
    { $has_link ->
        [yes] Посилання на відеодзвінок: { $link }
       *[no] Консультант повідомить, як ви зустрінетеся.
    }
    Файл календаря нижче додасть запис у ваш календар; нагадування прийдуть за день і за годину.
# Variables:
#   $when (String) - the new date and time, with whose clock
#   $host (String) - the host's name
#   $link (String) - the video link
#   $has_link (String) - yes when the host gave a video link, else no
consult-moved =
    ✅ Запис перенесено на { $when }, консультант { $host }. Попередній час знову вільний.
    { $has_link ->
        [yes] Посилання на відеодзвінок: { $link }
       *[no] Консультант повідомить, як ви зустрінетеся.
    }
# Variables:
#   $host (String) - the host's name
consult-ics-summary = Консультація: { $host }
# Variables:
#   $person (String) - who booked
#   $when (String) - date and time on the host's clock
#   $topic (String) - the topic
#   $language (String) - the language of the talk
#   $note (String) - the person's note
#   $has_note (String) - yes when the person wrote a note, else no
#   $before (String) - unused here
consult-host-booked =
    🗓 Новий запис: { $person }, { $when }.
    Тема: { $topic } · { $language }
    { $has_note ->
        [yes] Нотатка: { $note }
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
    🗓 { $person }: запис перенесено з { $before } на { $when }.
    Тема: { $topic } · { $language }
    { $has_note ->
        [yes] Нотатка: { $note }
       *[no] {""}
    }
# Variables:
#   $person (String) - who cancelled
#   $when (String) - date and time on the host's clock
#   $late (String) - yes when cancelled after the host's cut-off, else no
consult-host-cancelled = { $late ->
        [yes] ✖️ { $person }: запис на { $when } скасовано пізно (після вашого терміну скасування).
       *[no] ✖️ { $person }: запис на { $when } скасовано.
    }
consult-mine-none = У вас немає записів на консультації.
# Variables:
#   $count (Number) - how many bookings
#   $bookings (String) - the bookings, one a line
consult-mine =
    { $count ->
        [1] Ваш запис
        [one] Ваші записи: { $count }
        [few] Ваші записи: { $count }
        [many] Ваші записи: { $count }
       *[other] Ваші записи: { $count }
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
    Ваш запис
    { $line }
    { $has_link ->
        [yes] Посилання на відеодзвінок: { $link }
       *[no] {""}
    }
    { $has_note ->
        [yes] Ваша нотатка: { $note }
       *[no] {""}
    }
consult-reschedule-button = 🔁 Обрати інший час
consult-cancel-button = ✖️ Скасувати запис
# Variables:
#   $line (String) - the booking: time, host, topic
#   $late (String) - yes when it is after the host's cut-off, else no
#   $hours (Number) - the host's cut-off in hours
consult-cancel-ask =
    Скасувати цей запис?
    { $line }
    { $late ->
        [yes] { $hours ->
            [one] ⚠️ До початку менше ніж { $hours } година: консультант просить скасовувати раніше. Скасування буде позначено як пізнє, консультант отримає повідомлення.
            [few] ⚠️ До початку менше ніж { $hours } години: консультант просить скасовувати раніше. Скасування буде позначено як пізнє, консультант отримає повідомлення.
            [many] ⚠️ До початку менше ніж { $hours } годин: консультант просить скасовувати раніше. Скасування буде позначено як пізнє, консультант отримає повідомлення.
           *[other] ⚠️ До початку менше ніж { $hours } годин: консультант просить скасовувати раніше. Скасування буде позначено як пізнє, консультант отримає повідомлення.
        }
       *[no] Консультант отримає повідомлення, а час звільниться для інших.
    }
consult-cancel-yes-button = ✖️ Так, скасувати
consult-cancel-keep-button = ⬅️ Ні, залишити
# Variables:
#   $line (String) - the booking: time, host, topic
consult-cancelled =
    Запис скасовано: { $line }
    Файл календаря нижче видалить його з вашого календаря.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $link (String) - the video link (may be empty)
consult-reminder =
    ⏰ Нагадування: ваша консультація, консультант { $host }, { $when }.
    { $link }
consult-booking-gone = Цей запис більше не дійсний.
consult-refused-notice = Цей час надто близько: консультантові потрібно більше часу на підготовку. Виберіть пізніший час.
consult-refused-horizon = Цей час надто далеко наперед. Виберіть раніший час.
consult-refused-taken = Цей час щойно зайняли. Виберіть інший.
# Variables:
#   $limit (Number) - how many open bookings one person may hold with this host
consult-refused-limit = { $limit ->
        [1] У вас уже є запис до цього консультанта: можна лише один за раз.
        [one] У вас уже { $limit } запис до цього консультанта: більше за раз не можна.
        [few] У вас уже { $limit } записи до цього консультанта: більше за раз не можна.
        [many] У вас уже { $limit } записів до цього консультанта: більше за раз не можна.
       *[other] У вас уже { $limit } записів до цього консультанта: більше за раз не можна.
    }
consult-refused-language = Цей консультант не говорить цією мовою.
consult-refused-topic = Цей консультант не консультує з цієї теми.
consult-refused-not-a-slot = Це не час консультацій цього консультанта.
consult-wait-button = 🔔 До списку очікування
# Variables:
#   $topic (String) - the topic
#   $language (String) - the language
consult-waiting-joined = 🔔 Ви в списку очікування з теми «{ $topic }», мова: { $language }. Коли звільниться час, бот запропонує його вам, щойно настане ваша черга; у вас буде трохи часу, щоб записатися.
# Variables:
#   $host (String) - the host's name
#   $when (String) - date and time, with whose clock
#   $topic (String) - the topic
#   $deadline (String) - until when the offer holds, with whose clock
consult-offer =
    🔔 З теми «{ $topic }» звільнився час: { $when }, консультант { $host }.
    Його закріплено за вами до { $deadline }; потім він перейде до наступного в списку очікування.
consult-offer-take-button = ✔️ Записатися
consult-offer-pass-button = ✖️ Не цього разу
consult-offer-passed = Час перейде до наступного в списку очікування. Ви більше не в списку очікування з цієї теми.
consult-offer-gone = Ця пропозиція більше не дійсна.
# Variables:
#   $topic (String) - the topic
consult-offer-expired = Вільний час з теми «{ $topic }» не було зайнято вчасно, і він перейшов до наступного в списку очікування.
