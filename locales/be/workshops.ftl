## Варкшопы: удзельнікі

menu-workshops = 📅 Варкшопы
commands-workshops = Варкшопы і запіс

workshops-kind-kickoff = Стартавы варкшоп
workshops-kind-match_sprint = Варкшоп «Match & Sprint»
workshops-kind-sprint_succeed = Варкшоп «Sprint & Succeed»
workshops-kind-other = Варкшоп

# Variables:
#   $count (Number) - how many workshops are listed (not shown)
workshops-list = 📅 Бліжэйшыя варкшопы — націсніце на любы, каб даведацца падрабязнасці і запісацца:
workshops-list-mine = 📅 Варкшопы, на якія вы запісаныя:
workshops-none = Бліжэйшых варкшопаў пакуль няма. Я паведамлю вам, як толькі з'явіцца новы.
workshops-none-mine = Вы не запісаныя ні на адзін з бліжэйшых варкшопаў.

# Variables:
#   $title (String) - workshop title
#   $when (String) - its date and time; a line of the list (the button shows only the title)
workshops-list-item = • { $title } — { $when }
workshops-show-all = 📅 Усе варкшопы
workshops-show-mine = 🎟 Мае запісы
workshops-open = 📅 Адкрыць варкшоп
workshops-back-to-list = ⬅️ Усе варкшопы
workshops-sign-up = ✍️ Запісацца
workshops-join-waitlist = ⏳ У спіс чакання
workshops-cancel-signup = ✖️ Скасаваць запіс
workshops-place-online = Анлайн
# Variables:
#   $link (String) - the link to the online meeting
workshops-place-online-link = Анлайн: { $link }

# Variables:
#   $title (String) - workshop title, gender unknown
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
        [-1] Колькасць месцаў не абмежаваная
        [0] Вольных месцаў няма — можна запісацца ў спіс чакання
        [one] Засталося { $seats } месца
        [few] Засталося { $seats } месцы
        [many] Засталося { $seats } месцаў
       *[other] Засталося { $seats } месца
    }
# Variables:
#   $description (String) - the organisers' description
workshops-card-description = { $description }
# Variables:
#   $code (String) - personal check-in code
workshops-status-confirmed = ✅ Вы запісаныя. Ваш код для рэгістрацыі на месцы: { $code }
# Variables:
#   $code (String) - personal check-in code (not shown)
workshops-status-attended = ✅ Вы ўдзельнічалі. Дзякуй!
# Variables:
#   $position (Number) - place on the waitlist
workshops-status-waitlisted = ⏳ Вы ў спісе чакання пад нумарам { $position }.
# Variables:
#   $deadline (String) - until when the seat is held
workshops-status-offered = 🎟 Для вас вызвалілася месца! Калі ласка, адкажыце да { $deadline }.

# Variables:
#   $number (Number) - which question
#   $total (Number) - how many questions
#   $required (String) - yes or no
workshops-question-header = Пытанне { $number } з { $total }{ $required ->
        [yes] {""}
       *[no] {" "}(па жаданні)
    }
workshops-question-who = Хто вы? Раскажыце крыху пра сябе.
workshops-question-hopes = Чаго вы чакаеце ад партнёрства гарадоў?
workshops-question-why = Чаму вы хочаце ўдзельнічаць?
workshops-question-else = Хочаце паведаміць нам нешта яшчэ?
# Variables:
#   $text (String) - the organisers' own question
workshops-question-custom = { $text }
workshops-signup-aborted = Запіс скасаваны — нічога не захавана.

# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-signup-confirmed =
    ✅ Вы запісаліся на варкшоп «{ $title }»!

    🕒 { $when }
    📍 { $place }

    Ваш код для рэгістрацыі на месцы: { $code }
    Я нагадаю вам перад пачаткам.
workshops-calendar-caption = 📆 Дадайце ў свой каляндар.
workshops-calendar-cancel = 📆 Адкрыйце гэты файл, каб прыбраць варкшоп з календара.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $position (Number) - place on the waitlist
workshops-signup-waitlisted =
    ⏳ На варкшопе «{ $title }» зараз няма вольных месцаў. Вы ў спісе чакання пад нумарам { $position }.
    Калі месца вызваліцца, я адразу прапаную яго вам.

workshops-signup-not-open = Запіс на гэты варкшоп не адкрыты.
workshops-signup-cancelled = ❌ Гэты варкшоп скасаваны.
workshops-signup-closed = Запіс на гэты варкшоп закрыты.
workshops-signup-already = Вы ўжо запісаныя на гэты варкшоп.
workshops-gone = Гэтага варкшопа больш няма. Актуальныя варкшопы — у /workshops.

# Variables:
#   $title (String) - workshop title
#   $partnership (String) - the partnership the workshop belongs to
workshops-link-other-partnership = Варкшоп «{ $title }» належыць да партнёрства { $partnership }, а не да вашага, таму запісацца на яго адсюль нельга. Калі вы пераехалі, партнёрства можна змяніць у профілі.

workshops-error-answer-missing = На гэтае пытанне трэба адказаць.
workshops-error-answer-empty = Калі ласка, напішыце некалькі слоў (або скарыстайцеся кнопкамі).
workshops-error-answer-long = Занадта доўга: калі ласка, не больш за 1000 сімвалаў.
workshops-error-use-buttons = Калі ласка, на гэтым кроку карыстайцеся кнопкамі.

workshops-cancel-ask = Вы сапраўды хочаце скасаваць запіс? Ваша месца пяройдзе наступнаму ў спісе чакання.
workshops-cancel-yes = Так, скасаваць
workshops-cancel-no = Не, захаваць месца
workshops-cancelled-by-you = Ваш запіс скасаваны. Вы можаце запісацца зноў, пакуль ёсць месцы.
workshops-cancel-not-possible = Гэты запіс больш нельга скасаваць.

workshops-offer-accept = Так, бяру месца
workshops-offer-decline = Не, дзякуй
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $deadline (String) - until when the seat is held
workshops-offer =
    🎟 Добрая навіна: на варкшопе «{ $title }» для вас вызвалілася месца!
    🕒 { $when }

    Калі ласка, адкажыце да { $deadline } — потым месца пяройдзе наступнаму ў спісе чакання.
workshops-offer-declined = Добра — месца пяройдзе наступнаму ў спісе чакання. Дзякуй, што паведамілі.
workshops-offer-gone = Гэтая прапанова ўжо несапраўдная.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-offer-expired = Вам прапаноўвалі месца на варкшопе «{ $title }», але час на адказ скончыўся, і яно перайшло наступнаму ў спісе чакання.

# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time
#   $place (String) - place or online link
#   $code (String) - personal check-in code
workshops-reminder =
    ⏰ Напамін пра варкшоп «{ $title }»
    🕒 { $when }
    📍 { $place }
    Ваш код для рэгістрацыі на месцы: { $code }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time it was planned for
workshops-cancelled-notice = ❌ Арганізатары скасавалі варкшоп «{ $title }» ({ $when }). Нам вельмі шкада.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $when (String) - the new date and time
workshops-time-changed = 🕒 Новы час варкшопа «{ $title }»: { $when }. Ваш запіс застаецца ў сіле.
# Variables:
#   $title (String) - workshop title, gender unknown
#   $message (String) - the organisers' message
workshops-organiser-message =
    📣 Ад арганізатараў варкшопа «{ $title }»:

    { $message }
# Variables:
#   $source (String) - title of the workshop the person attended, gender unknown
#   $source_city (String) - city of that workshop, used after the noun «горадзе»
#   $online (String) - yes if it was online
#   $title (String) - title of the next workshop, gender unknown
#   $when (String) - its date and time
workshops-next-stage-invite =
    { $online ->
        [yes] 👋 Вы ўдзельнічалі ў анлайн-варкшопе «{ $source }».
       *[no] 👋 Вы ўдзельнічалі ў стартавым варкшопе ў горадзе { $source_city } («{ $source }»).
    }
    Запрашаем вас на наступны этап — варкшоп «{ $title }», { $when }.

# Variables:
#   $title (String) - workshop title, gender unknown
workshops-feedback-ask = 🙏 Як вам варкшоп «{ $title }»? Ацаніце ад 1 (дрэнна) да 5 (выдатна).
workshops-feedback-comment = 💬 Дадаць каментарый
workshops-feedback-ask-comment = Напішыце каментарый адным паведамленнем.
# Variables:
#   $rating (Number) - the rating given
workshops-feedback-thanks = Дзякуй за ацэнку ({ $rating } з 5)!
workshops-feedback-comment-thanks = Дзякуй — ваш каментарый захаваны.

## Варкшопы: арганізатары

staff-workshops = 📅 Варкшопы
workshops-new = ➕ Новы варкшоп
# Variables:
#   $partnership (String) - partnership name, used after the noun «партнёрства»
#   $count (Number) - how many workshops
workshops-organiser-list = { $count ->
        [0] Для партнёрства { $partnership } варкшопаў пакуль няма.
        [one] { $count } варкшоп партнёрства { $partnership }:
        [few] { $count } варкшопы партнёрства { $partnership }:
        [many] { $count } варкшопаў партнёрства { $partnership }:
       *[other] { $count } варкшопа партнёрства { $partnership }:
    }
workshops-draft-ask-kind = Новы варкшоп: якога ён тыпу?
workshops-draft-ask-title = Дашліце назву (да 100 сімвалаў).
workshops-draft-ask-description = Дашліце кароткае апісанне (да 1000 сімвалаў) або прапусціце.
workshops-draft-ask-place = Дзе ён праходзіць?
workshops-draft-ask-address = Дашліце адрас месца правядзення або прапусціце.
workshops-draft-ask-link = Дашліце спасылку на анлайн-сустрэчу (пачынаецца з https://). Яе ўбачаць толькі пацверджаныя ўдзельнікі.
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-end = Калі ён заканчваецца? Дашліце час, напрыклад 21:00, або дату і час (па часе горада { $city }).
workshops-draft-ask-capacity = Колькі месцаў? Дашліце лік або выберыце «без абмежавання».
workshops-draft-ask-quotas = Задаць месцы па гарадах (напрыклад, 15 Карлсруэ + 15 Краснадар)?
# Variables:
#   $city (String) - city name
workshops-draft-ask-quota = Колькі месцаў для ўдзельнікаў з горада { $city }?
# Variables:
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-deadline = Да якога моманту можна запісацца? Дашліце дату і час, напрыклад 24.04.2027 12:00 (па часе горада { $city }), або пакіньце запіс адкрытым да пачатку.
# Variables:
#   $questions (String) - the list of questions
workshops-draft-ask-questions =
    Пытанні, на якія адказваюць пры запісе:
    { $questions }

    Кнопкамі пытанне можна зрабіць абавязковым або неабавязковым, выдаліць — або дадаць сваё.
workshops-draft-ask-question-text = Дашліце пытанне.
workshops-draft-ask-question-choice-text = Дашліце пытанне; варыянты адказу — наступным паведамленнем.
workshops-draft-ask-question-choices = Дашліце варыянты адказу, па адным у радку (ад 2 да 8).
workshops-draft-no-questions = (без пытанняў)
# Variables:
#   $number (Number) - question number
#   $text (String) - question text
#   $required (String) - yes or no
workshops-draft-question-line = { $number }. { $text }{ $required ->
        [yes] {" "}(абавязковае)
       *[no] {""}
    }
# Variables:
#   $number (Number) - question number; two buttons share the row (≤ 14 characters)
workshops-draft-question-required = { $number }: абавязковае
# Variables:
#   $number (Number) - question number; two buttons share the row (≤ 14 characters)
workshops-draft-question-optional = { $number }: па жаданні
# Variables:
#   $number (Number) - question number
workshops-draft-question-remove = 🗑 { $number }
workshops-draft-add-text-question = ➕ Пытанне з вольным адказам
workshops-draft-add-choice-question = ➕ Пытанне з варыянтамі
workshops-draft-questions-done = Далей ▶️
workshops-draft-skip-description = Без апісання ▶️
workshops-draft-skip-address = Без адраса ▶️
workshops-draft-skip-deadline = Да пачатку ▶️
workshops-draft-unlimited = ♾ Без абмежавання
workshops-draft-quotas-yes = Так, месцы па гарадах
workshops-draft-quotas-no = Не, агульная колькасць месцаў
workshops-draft-publish = 📢 Апублікаваць
workshops-draft-save = 📝 Захаваць чарнавік
workshops-draft-cancelled = Скасавана — варкшоп не створаны.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-draft-created = 📢 Варкшоп «{ $title }» апублікаваны. Удзельнікі бачаць яго ў /workshops.
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-draft-saved = 📝 Варкшоп «{ $title }» захаваны як чарнавік. Апублікуйце яго, калі будзеце гатовыя.
workshops-draft-missing = Гэты крок ужо закрыты. Пачніце зноў са спіса варкшопаў.

workshops-error-title-empty = Назва не можа быць пустой.
workshops-error-title-long = Назва занадта доўгая: калі ласка, не больш за 100 сімвалаў.
workshops-error-description-empty = Апісанне не можа быць пустым — або націсніце «Без апісання».
workshops-error-description-long = Апісанне занадта доўгае: калі ласка, не больш за 1000 сімвалаў.
workshops-error-in-past = Гэты момант ужо мінуў. Калі ласка, пазначце будучыя дату і час.
workshops-error-end-before-start = Канец павінен быць пазней за пачатак.
workshops-error-too-long = Варкшоп можа доўжыцца не больш за два тыдні.
workshops-error-capacity = Калі ласка, дашліце цэлы лік месцаў ад 1 да 10000.
workshops-error-quotas-over-capacity = Сума месцаў па гарадах большая за агульную колькасць месцаў.
workshops-error-link = Калі ласка, дашліце поўную спасылку, якая пачынаецца з https://
workshops-error-address = Калі ласка, дашліце адрас не даўжэйшы за 200 сімвалаў.
workshops-error-datetime = Не магу зразумець дату і час. Калі ласка, напішыце так: 24.04.2027 18:30.
workshops-error-deadline = Запіс павінен заканчвацца ў будучыні і раней за пачатак варкшопа.
workshops-error-choices = Калі ласка, дашліце ад 2 да 8 варыянтаў, па адным у радку.
workshops-error-too-many-questions = У варкшопа можа быць не больш за 10 пытанняў.
workshops-error-incomplete = Не хапае некаторых даных. Калі ласка, прайдзіце крокі яшчэ раз.
# Variables:
#   $taken (Number) - seats already taken
workshops-error-capacity-below-taken = Ужо занята месцаў: { $taken }, таму агульная колькасць месцаў не можа быць меншай.
workshops-error-message-long = Паведамленне занадта доўгае: калі ласка, не больш за 3000 сімвалаў.
workshops-already-cancelled = Гэты варкшоп ужо скасаваны.

workshops-state-draft = 📝 чарнавік
workshops-state-published = 📢 апублікаваны
workshops-state-cancelled = ❌ скасаваны
# Variables:
#   $title (String) - workshop title, gender unknown
#   $status (String) - draft, published, cancelled (workshops-state-*)
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
        [-1] пацверджана: { $confirmed } (колькасць месцаў не абмежаваная)
       *[other] пацверджана: { $confirmed } з { $capacity }
    }
    Прыйшлі: { $attended }
    У спісе чакання: { $waitlisted }
    Адкрытыя прапановы месца са спісу чакання: { $offered }
# The organiser card shows two buttons per row: 14 characters at most each (an emoji counts 2).
# The publishing toggle has its own row: the state the workshop is in, then what pressing does.
workshops-manage-publish = 📝 Схаваны · апублікаваць
workshops-manage-unpublish = 📢 Бачны ўсім · схаваць
workshops-manage-attendees = 👥 Удзельнікі
workshops-manage-checkin = 🎫 Рэгістрацыя
workshops-manage-csv = 📄 Экспарт CSV
workshops-manage-qr = 🔳 QR-код
workshops-manage-message = 📣 Паведаміць
workshops-manage-time = 🕒 Змяніць час
workshops-manage-capacity = 🪑 Месцы
workshops-manage-translate = 🌐 Пераклады
workshops-manage-next-stage = ➡️ Запрасіць на наступны этап
workshops-manage-cancel = ❌ Скасаваць варкшоп
workshops-manage-back = ⬅️ Назад
workshops-manage-cancel-yes = ❌ Так, скасаваць і паведаміць
# Nobody is registered, so nobody is told; button, at most 30 characters
workshops-manage-cancel-yes-silent = ❌ Так, скасаваць
# Variables:
#   $title (String) - workshop title, gender unknown
#   $count (Number) - people registered; [1] is exactly one person, [one] also 21, 31…
workshops-manage-cancel-ask = Скасаваць варкшоп «{ $title }»? { $count ->
        [1] Запісаны { $count } чалавек, яму паведамяць.
        [one] Запісаны { $count } чалавек, усім ім паведамяць.
        [few] Запісаны { $count } чалавекі, усім ім паведамяць.
        [many] Запісана { $count } чалавек, усім ім паведамяць.
       *[other] Запісана { $count } чалавека, усім ім паведамяць.
    }
# Variables:
#   $count (Number) - people told
workshops-manage-cancelled = ❌ Варкшоп скасаваны. { $count ->
        [one] Паведамляем { $count } чалавеку.
        [few] Паведамляем { $count } чалавекам.
        [many] Паведамляем { $count } чалавекам.
       *[other] Паведамляем { $count } чалавека.
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $count (Number) - people registered
workshops-attendees = 👥 Варкшоп «{ $title }»: { $count ->
        [one] { $count } чалавек
        [few] { $count } чалавекі
        [many] { $count } чалавек
       *[other] { $count } чалавека
    }. Націсніце на імя, каб адзначыць прысутнасць.
# Variables:
#   $name (String) - display name, gender unknown
#   $status (String) - registration status, or none when confirmed or present (✅ shows present)
#   $code (String) - check-in code: first, so it is never cut off the button
workshops-attendee-line = { $code } · { $name }{ $status ->
        [none] {""}
       *[other] {" · "}{ $status }
    }
workshops-registration-confirmed = пацверджаны
workshops-registration-waitlisted = у спісе чакання
workshops-registration-offered = прапанавана месца
workshops-registration-attended = прысутнічае
workshops-registration-cancelled = скасаваны
workshops-checkin-ask = Дашліце код рэгістрацыі (6 сімвалаў). Можна дасылаць коды адзін за адным.
# Variables:
#   $name (String) - display name, gender unknown (so no participle agreeing with it)
workshops-checkin-done = ✅ { $name }: прысутнасць адзначана. Дашліце наступны код або вярніцеся назад.
workshops-checkin-unknown-code = ❓ Такога кода для гэтага варкшопа няма. Праверце яго і дашліце яшчэ раз.
workshops-csv-id = №
workshops-csv-name = Імя
workshops-csv-city = Горад
workshops-csv-status = Статус
workshops-csv-code = Код рэгістрацыі
# Variables:
#   $city (String) - горад, па гадзінніку якога пазначаны час, напр. "Карлсруэ"
workshops-csv-signed-up = Дата запісу (час горада { $city })
# Variables:
#   $title (String) - workshop title, gender unknown
workshops-csv-caption = 📄 Удзельнікі варкшопа «{ $title }»
workshops-qr-caption = 🔳 Надрукуйце гэты QR-код на плакатах: ён адкрывае запіс на варкшоп.
workshops-poster-caption = 🖨 Афіша для друку: A4, з назвай, часам, месцам і QR-кодам.
# Printed on the poster under the QR code (no emoji: it is printed).
workshops-poster-scan = Навядзіце камеру тэлефона на код, каб запісацца
workshops-message-ask = Напішыце адным паведамленнем тэкст для ўсіх пацверджаных удзельнікаў.
# Variables:
#   $count (Number) - recipients
workshops-message-queued = 📣 { $count ->
        [one] Ваша паведамленне адпраўляецца { $count } чалавеку.
        [few] Ваша паведамленне адпраўляецца { $count } чалавекам.
        [many] Ваша паведамленне адпраўляецца { $count } чалавекам.
       *[other] Ваша паведамленне адпраўляецца { $count } чалавека.
    }
workshops-translate-choose = На якой мове дадаць назву?
# Variables:
#   $language (String) - language name, lower case
workshops-translate-ask = Дашліце назву на мове: { $language }.
workshops-time-updated = 🕒 Час зменены; усім запісаным адпраўляецца паведамленне.
workshops-capacity-updated = 🪑 Колькасць месцаў зменена.
workshops-translation-saved = 🌐 Пераклад захаваны.
workshops-next-stage-choose = На які варкшоп запрасіць удзельнікаў?
workshops-next-stage-none = Апублікаванага варкшопа наступнага этапу пакуль няма. Спачатку стварыце і апублікуйце яго.
# Variables:
#   $count (Number) - people invited
workshops-next-stage-sent = ➡️ { $count ->
        [0] Запрашаць няма каго: нікога не адзначылі або ўсе ўжо запісаныя.
        [one] Запрашэнне атрымае { $count } удзельнік.
        [few] Запрашэнне атрымаюць { $count } удзельнікі.
        [many] Запрашэнне атрымаюць { $count } удзельнікаў.
       *[other] Запрашэнне атрымаюць { $count } удзельніка.
    }
# Variables:
#   $title (String) - workshop title, gender unknown
#   $percent (Number) - 50, 80 or 100
#   $taken (Number) - seats taken
#   $capacity (Number) - seats in all
workshops-alert-seats = 🪑 Варкшоп «{ $title }» запоўнены на { $percent } %: занята месцаў — { $taken } з { $capacity }.

workshops-manage-reminders = ⏰ Напаміны
workshops-reminders-choose = Калі нагадваць пацверджаным удзельнікам?
# Variables:
#   $hours (Number) - hours before the start: 2, 3, 24 or 48; several are joined with " + " on one button
workshops-reminders-hours = за { $hours } гадз.
workshops-reminders-none = Без напамінаў
workshops-reminders-updated = ⏰ Напаміны зменены і нанова запланаваны для ўсіх пацверджаных.
# Variables:
#   $language (String) - language name, lower case
workshops-translate-ask-description = Цяпер дашліце апісанне на мове: { $language } — або вярніцеся назад, калі апісання няма.
workshops-attendees-more = … астатнія адказы — у экспарце CSV.

## A typed time on a night the clocks change
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $jump (String) - the time the clocks jump to, e.g. 03:00
#   $suggestion (String) - the typed time moved on by the jump, e.g. 03:30
workshops-draft-time-gap = ⏰ { $place }, { $date }: часу { $time } не існуе — гадзіннікі пераводзяць адразу на { $jump }. Узяць { $suggestion }?
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 25 October 2026
#   $place (String) - the venue's city (or the time zone of an online workshop)
#   $summer (String) - abbreviation of summer time there, e.g. CEST
#   $winter (String) - abbreviation of winter time there, e.g. CET
workshops-draft-time-fold = ⏰ { $place }, { $date }: час { $time } надыходзіць двойчы — па летнім часе ({ $summer }) ці па зімовым ({ $winter })?
# Variables:
#   $time (String) - the suggested time, e.g. 03:30
workshops-draft-time-use = Узяць { $time }
# Variables:
#   $zone (String) - abbreviation of summer time, e.g. CEST
workshops-draft-time-summer = Летні час ({ $zone })
# Variables:
#   $zone (String) - abbreviation of winter time, e.g. CET
workshops-draft-time-winter = Зімовы час ({ $zone })
workshops-draft-time-retype = ✏️ Увесці іншы час

## The new-workshop wizard: kinds explained, calendar, common times, preview with edits
workshops-kind-kickoff-about = • Стартавы варкшоп: першая сустрэча — удзельнікі знаёмяцца з праграмай і адзін з адным і прыносяць свае ідэі.
workshops-kind-match_sprint-about = • Варкшоп «Match & Sprint»: вакол выбраных ідэй збіраюцца каманды і плануюць першыя крокі.
workshops-kind-sprint_succeed-about = • Варкшоп «Sprint & Succeed»: каманды паказваюць, што зрабілі, і плануюць, як рухацца далей.
workshops-kind-other-about = • Варкшоп: любая іншая сустрэча праграмы.
# Variables:
#   $value (String) - the answer this step already has
workshops-draft-current = Цяпер: { $value }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-draft-ask-date = 📅 У які дзень? Націсніце на дзень (каляндар: { $month }, ▶️ — наступны месяц) або напішыце дату, напрыклад { $example }.
# Variables:
#   $date (String) - the chosen day, e.g. Thursday, 14 January 2027
#   $city (String) - the city whose clock the times are on
workshops-draft-ask-time = 🕒 { $date }: а якой гадзіне пачатак? Націсніце на час або напішыце іншы, напрыклад 18:30 (па часе горада { $city }).
# Variables:
#   $start (String) - the start with its city, e.g. Thu, 14 Jan 2027, 18:00 Karlsruhe time
#   $hours (Number) - hours of a full day
workshops-draft-ask-duration = ⏳ Пачатак: { $start }. Колькі доўжыцца? Увесь дзень — гэта { $hours ->
        [one] { $hours } гадзіна
        [few] { $hours } гадзіны
        [many] { $hours } гадзін
       *[other] { $hours } гадзіны
    }. Або напішыце час заканчэння, напрыклад 21:00.
# Variables:
#   $hours (Number) - hours
workshops-draft-hours = { $hours } гадз.
# Variables:
#   $hours (Number) - hours of a full day
workshops-draft-full-day = Увесь дзень ({ $hours } гадз.)
workshops-draft-quotas-split = Пароўну
# Variables:
#   $seats (Number) - seats in all
#   $split (String) - the even split, e.g. Karlsruhe: 15 seats and Krasnodar: 15 seats
workshops-draft-ask-quotas-split = 🪑 { $seats ->
        [one] { $seats } месца.
        [few] { $seats } месцы.
        [many] { $seats } месцаў.
       *[other] { $seats } месцы.
    } Пакінуць месцы для кожнага горада? Пароўну: { $split }.
# Variables:
#   $city (String) - city name
#   $seats (Number) - seats kept for people from there
workshops-draft-city-seats = { $city }: { $seats ->
        [one] { $seats } месца
        [few] { $seats } месцы
        [many] { $seats } месцаў
       *[other] { $seats } месцы
    }
workshops-draft-edit-kind = Від
workshops-draft-edit-title = Назва
workshops-draft-edit-description = Апісанне
workshops-draft-edit-place = Горад / анлайн
workshops-draft-edit-address = Адрас
workshops-draft-edit-link = Спасылка
workshops-draft-edit-date = Дата
workshops-draft-edit-time = Пачатак
workshops-draft-edit-duration = Працягласць
workshops-draft-edit-capacity = Месцы
workshops-draft-edit-deadline = Запіс да
workshops-draft-edit-questions = Пытанні
# Variables:
#   $kind (String) - kind of workshop
#   $title (String) - workshop title, gender unknown
#   $when (String) - date and time saying whose time it is, e.g. Thu, 14 Jan 2027, 18:00–21:00 Karlsruhe time
#   $place (String) - city and address, or online
#   $capacity (Number) - seats, -1 when unlimited
workshops-draft-preview =
    Праверце — так гэта ўбачаць удзельнікі:

    { $kind }: { $title }
    🕒 { $when }
    📍 { $place }
    🪑 { $capacity ->
        [-1] без абмежавання месцаў
        [one] { $capacity } месца
        [few] { $capacity } месцы
        [many] { $capacity } месцаў
       *[other] { $capacity } месцы
    }
# Variables:
#   $quotas (String) - seats kept per city
workshops-draft-preview-quotas = Месцы па гарадах: { $quotas }
# Variables:
#   $deadline (String) - sign-up deadline with its city's time
workshops-draft-preview-deadline = Запіс да { $deadline }
workshops-draft-preview-deadline-start = Запіс адкрыты да пачатку
# Variables:
#   $questions (Number) - questions asked at sign-up
workshops-draft-preview-questions = { $questions ->
        [0] Без пытанняў пры запісе
        [one] { $questions } пытанне пры запісе
        [few] { $questions } пытанні пры запісе
        [many] { $questions } пытанняў пры запісе
       *[other] { $questions } пытанні пры запісе
    }
workshops-draft-preview-edit = Націсніце на поле ніжэй, каб змяніць яго; потым апублікуйце.
# Variables:
#   $example (String) - a date written as the bot reads it, e.g. 08.12.2026
workshops-error-date = Не атрымалася разабраць дату. Напішыце яе так: { $example } — або націсніце на дзень.
# Variables:
#   $example (String) - a time, e.g. 18:30
workshops-error-clock = Не атрымалася разабраць час. Напішыце яго так: { $example } — або націсніце на час.
workshops-error-day-past = Гэты дзень ужо прайшоў. Выберыце сённяшні або пазнейшы дзень.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $date (String) - its date, e.g. 29 March 2026
#   $place (String) - the venue's city
#   $jump (String) - the time the clocks jump to, e.g. 03:00
workshops-error-time-gap = ⏰ { $place }, { $date }: часу { $time } не існуе — гадзіннікі пераводзяць адразу на { $jump }. Дашліце іншы час.
# Variables:
#   $time (String) - the time as typed, e.g. 02:30
#   $zone (String) - abbreviation of summer time there, e.g. CEST
workshops-time-updated-fold = 🕒 Час зменены; усім запісаным адпраўляецца паведамленне. { $time } у гэтую ноч бывае двойчы: выбраны першы раз (летні час, { $zone }).

## The new-workshop wizard: the title and description in the programme's other languages
workshops-draft-edit-languages = Мовы
workshops-draft-languages-done = Гатова ▶️
workshops-draft-skip-language = Без гэтай мовы ▶️
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-languages-head = 🌐 Назва і апісанне на іншых мовах праграмы, каб удзельнікі чыталі пра варкшоп на сваёй мове (вы пісалі на мове: { $language }). Націсніце на мову, каб напісаць або выправіць тэкст.
# Variables:
#   $language (String) - language name
#   $title (String) - the title in that language
#   $machine (String) - yes when machine-translated and not corrected yet
workshops-draft-language-line = • { $language }: { $title }{ $machine ->
        [yes] {" "}(🤖 машынны пераклад — націсніце, каб выправіць)
       *[no] {""}
    }
# Variables:
#   $language (String) - language name
workshops-draft-language-missing = • { $language }: пакуль няма — чытачы ўбачаць ваш тэкст
workshops-draft-languages-no-machine = Машынны пераклад не наладжаны: напішыце назву (і апісанне) на патрэбнай мове самі або прапусціце мову.
# Variables:
#   $language (String) - language name
workshops-draft-ask-tr-description = Цяпер дашліце апісанне (мова: { $language }) або прапусціце.
# Variables:
#   $languages (String) - the other languages the workshop has
workshops-draft-preview-languages = 🌐 Таксама на мовах: { $languages }
# Variables:
#   $language (String) - the language the organiser wrote in
workshops-draft-preview-languages-none = 🌐 Пакуль толькі на адной мове ({ $language }) — кнопка «Мовы» дадасць іншыя

## The new-workshop wizard: a copy of an earlier workshop
workshops-draft-copy = 📋 Скапіяваць мінулы варкшоп
workshops-draft-copy-choose = 📋 Які варкшоп скапіяваць? Пераносіцца ўсё, акрамя дня — яго вы выберыце наступным крокам.
workshops-draft-copy-none = 📋 У вас пакуль няма мінулых варкшопаў для капіявання. Вярніцеся і выберыце від варкшопа.

## The new-workshop wizard: the last address in a city as the default venue
workshops-draft-same-address = 📍 Адрас як у мінулы раз
# Variables:
#   $city (String) - the workshop's city (the organiser's own unless changed)
workshops-draft-ask-address-in = Дашліце адрас месца правядзення ў горадзе { $city } або прапусціце.
workshops-draft-other-city = 🌍 Іншы горад або анлайн
# Variables:
#   $address (String) - the address of the latest workshop in that city
workshops-draft-last-address = Мінулы раз у гэтым горадзе: { $address }
# Variables:
#   $month (String) - the month on the calendar, e.g. January 2027
#   $example (String) - a date and time written as the bot reads them, e.g. 08/12/2026 18:30
#   $city (String) - the city whose clock the times are on
workshops-edit-ask-date = 📅 Новы дзень? Выберыце дзень у календары ({ $month }, ▶️ — наступны месяц) або напішыце новую дату і час, напрыклад { $example } (па часе горада { $city }).
