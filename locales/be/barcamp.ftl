## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-plan

# Variables: $camp (the workshop's title)
barcamp-plan-title = 🗓 Расклад BarCamp · { $camp }
barcamp-plan-is-announced = 📣 Абвешчана: пра змены цяпер даведаюцца тыя, каго яны тычацца.
# Variables: $count (sessions proposed)
barcamp-plan-empty = { $count ->
    [0] Сесій пакуль не прапанавана.
    [1] Пакуль нічога не размеркавана. Націсніце «Скласці расклад»: адзіная сесія атрымае залу і час.
    [one] Пакуль нічога не размеркавана. Націсніце «Скласці расклад»: { $count } сесія атрымае залу і час па цікавасці.
    [few] Пакуль нічога не размеркавана. Націсніце «Скласці расклад»: { $count } сесіі атрымаюць залы і час па цікавасці.
    [many] Пакуль нічога не размеркавана. Націсніце «Скласці расклад»: { $count } сесій атрымаюць залы і час па цікавасці.
   *[other] Пакуль нічога не размеркавана. Націсніце «Скласці расклад»: { $count } сесій атрымаюць залы і час па цікавасці.
}
# Variables: $number (the session's number on this screen), $room, $title, $interest (people who'd attend), $capacity (seats), $locked (yes/no)
barcamp-plan-cell = { $locked ->
    [yes] { $number }. 🔒 { $room }: { $title } — { $interest }/{ $capacity }
   *[other] { $number }. { $room }: { $title } — { $interest }/{ $capacity }
}
barcamp-plan-warning-over-capacity = цікавасць большая, чым месцаў
# Variables: $count (sessions without a place)
barcamp-plan-unplaced = Без месца ({ $count }), па цікавасці:
# Variables: $number, $title, $interest
barcamp-plan-unplaced-line = { $number }. { $title } — цікавасць: { $interest }
# Variables: $language (a language name)
barcamp-plan-no-language = няма залы з мовай: { $language }
# Variables: $numbers (session numbers, "3, 7")
barcamp-plan-merge-hint = можна аб'яднаць з { $numbers }
barcamp-plan-pick-hint = Націсніце нумар, каб перанесці сесію, памяняць месцамі, замацаваць або аб'яднаць.
# Variables: $room, $title, $bridged (yes: video link to the partner city)
barcamp-plan-public-cell = { $bridged ->
    [yes] { $room } 🎥: { $title }
   *[other] { $room }: { $title }
}
# Variables: $when (time with the city named), $room, $title
barcamp-plan-session-line = { $when } — { $room }: { $title }
# Variables: $url (the video link to the partner city)
barcamp-plan-bridge-line = 🎥 Відэасувязь з горадам-партнёрам: { $url }
# Variables: $city (whose clock the times are on)
barcamp-plan-image-clock = Час горада { $city }
# Variables: $number, $title, $language, $interest, $hosts (number of hosts)
barcamp-plan-session = { $number }. { $title }
    Мова: { $language } · цікавасць: { $interest } · вядучых: { $hosts }
# Variables: $room, $capacity, $when
barcamp-plan-session-where = { $room } (месцаў: { $capacity }), { $when }
barcamp-plan-session-unplaced = Пакуль без месца.
barcamp-plan-session-locked = 🔒 Замацавана: пры перазборцы застанецца на месцы.
barcamp-plan-session-hint = Перанесці: іншая зала або час. Памяняць: месцамі з іншай сесіяй. Аб'яднаць: далучыць да іншай сесіі (вядучыя і цікавасць пераходзяць туды).
# Variables: $title
barcamp-plan-ask-merge = З якой сесіяй аб'яднаць сесію «{ $title }»? Яе вядучыя і цікавасць пяройдуць туды. Нумары — як у раскладзе.
barcamp-plan-merge-suggested = Падобныя сесіі:
# Variables: $camp
barcamp-plan-mine-none = У раскладзе «{ $camp }» у вас няма сесій: вы не вядзеце ніводнай і не націснулі «Пайду» ні ў адной з размеркаваных. Прыходзьце ў любую залу.
# Variables: $camp, $sessions (one line each: time, room, title)
barcamp-plan-mine = 📅 Вашы сесіі на «{ $camp }»:
    { $sessions }
barcamp-plan-back-button = ⬅️ Назад
barcamp-plan-build-button = 🧮 Скласці расклад
barcamp-plan-rebuild-button = 🧮 Перасабраць расклад
barcamp-plan-announce-button = 📣 Абвясціць расклад
barcamp-plan-home-button = ⬅️ Да BarCamp
barcamp-plan-move-button = Перанесці
barcamp-plan-swap-button = Памяняць
barcamp-plan-merge-button = Аб'яднаць
barcamp-plan-lock-button = 🔒 Замацаваць
barcamp-plan-unlock-button = Адмацаваць
# Variables: $room, $capacity (seats)
barcamp-plan-room-label = { $room } · { $capacity }
# Variables: $count (people who will be told)
barcamp-plan-confirm-button = { $count ->
    [0] Так, выканаць
    [1] Так, паведаміць 1 чалавеку
    [one] Так, паведаміць { $count } чалавеку
    [few] Так, паведаміць { $count } людзям
    [many] Так, паведаміць { $count } людзям
   *[other] Так, паведаміць { $count } людзям
}
barcamp-plan-cancel-button = Скасаваць
barcamp-plan-mine-button = 📅 Мае сесіі
barcamp-plan-ics-button = 📅 Файл календара (.ics)
# Variables: $placed, $unplaced (session counts)
barcamp-plan-built = Расклад складзены: з месцам — { $placed }, без месца — { $unplaced }.
# Variables: $count (people checked in)
barcamp-plan-confirm-announce = Абвясціць расклад тым, хто зарэгістраваўся на месцы ({ $count })? Кожны атрымае расклад карцінкай і тэкстам, свае сесіі файлам календара і напамін за 5 хвілін да кожнай.
# Variables: $count
barcamp-plan-announced-done = Расклад адпраўлены. Атрымальнікаў: { $count }.
# Variables: $title
barcamp-plan-ask-slot = Перанесці сесію «{ $title }»: на які час? Час пазначаны па месцы правядзення.
# Variables: $title, $when
barcamp-plan-ask-room = Перанесці сесію «{ $title }» на { $when }: у якую залу? Лік — колькасць месцаў.
# Variables: $title
barcamp-plan-ask-swap = З якой сесіяй памяняць месцамі сесію «{ $title }»? Нумары — як у раскладзе.
# Variables: $locked (yes/no)
barcamp-plan-locked-done = { $locked ->
    [yes] Сесія замацавана: пры перазборцы яна застанецца на месцы.
   *[other] Сесія адмацавана: пры перазборцы яна можа пераехаць.
}
# Variables: $count (people who will be told), $title, $room, $when
barcamp-plan-confirm-move = Перанесці сесію «{ $title }» у { $room }, { $when }? { $count ->
    [0] Нікому не паведамім: расклад яшчэ не абвешчаны.
    *[other] Паведамім зацікаўленым: { $count }.
}
# Variables: $count, $title, $other (the other session's title)
barcamp-plan-confirm-swap = Памяняць месцамі сесіі «{ $title }» і «{ $other }»? { $count ->
    [0] Нікому не паведамім: расклад яшчэ не абвешчаны.
    *[other] Паведамім зацікаўленым: { $count }.
}
# Variables: $count, $title, $into (the session it joins)
barcamp-plan-confirm-merge = Аб'яднаць сесію «{ $title }» з сесіяй «{ $into }»? Вядучыя і цікавасць пяройдуць туды; скасаваць гэта нельга. { $count ->
    [0] Нікому не паведамім: расклад яшчэ не абвешчаны.
    *[other] Паведамім зацікаўленым: { $count }.
}
# Variables: $count (people told)
barcamp-plan-fixed = { $count ->
    [0] Гатова.
    *[other] Гатова. Паведамілі: { $count }.
}
barcamp-plan-gone = Гэтага BarCamp больш няма.
barcamp-plan-not-building = Скласці і абвясціць расклад можна толькі на этапе складання.
barcamp-plan-nothing-placed = Пакуль нічога не размеркавана: спачатку складзіце расклад.
barcamp-plan-lock-unplaced = Замацаваць можна толькі сесію з месцам.
barcamp-plan-refused-host-busy = Нельга: вядучы гэтай сесіі ў гэты час вядзе іншую, а быць у дзвюх залах адначасова немагчыма.
barcamp-plan-refused-language = Нельга: гэтая зала не працуе на мове сесіі.
barcamp-plan-refused-taken = Гэтая зала ў гэты час занятая: скарыстайцеся «Памяняць».
barcamp-plan-not-announced = Расклад яшчэ не абвешчаны.
# Variables: $camp
barcamp-plan-announced = 🗓 Расклад «{ $camp }» гатовы. Ніжэй — расклад па часе і вашы сесіі.
# Variables: $plan (the plan per time slot), $sessions (your sessions, one a line), $count (how many)
barcamp-plan-announced-text = { $plan }

    { $count ->
        [0] Сваіх сесій у вас няма: прыходзьце ў любую залу.
       *[other] Вашы сесіі:
    { $sessions }
    }
# Variables: $count (sessions in the file)
barcamp-plan-ics-caption = { $count ->
    [1] Ваша сесія — файлам календара.
    [one] Вашы сесіі ({ $count }) — файлам календара.
    [few] Вашы сесіі ({ $count }) — файлам календара.
    [many] Вашы сесіі ({ $count }) — файлам календара.
   *[other] Вашы сесіі ({ $count }) — файлам календара.
}
# Variables: $camp, $sessions (the new time and room of each, one a line)
barcamp-plan-changed = 🔁 Змена ў раскладзе «{ $camp }»:
    { $sessions }
# Variables: $camp, $gone (the session that joined another), $sessions (where it is now)
barcamp-plan-merged = 🔁 Змена ў раскладзе «{ $camp }»: сесію «{ $gone }» аб'яднана з іншай:
    { $sessions }
# Variables: $sessions (time, room, title)
barcamp-plan-reminder = ⏰ Праз 5 хвілін:
    { $sessions }
barcamp-plan-same-time = у гэты ж час у вас яшчэ адна сесія — выберыце адну


## barcamp-people

# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-none = 🏕 BarCamp · { $workshop }

    У гэтага варкшопа яшчэ няма BarCamp. Стварыце яго і дадайце залы і слоты часу: тыя, хто прайшоў рэгістрацыю на месцы, прапануюць сесіі проста ў гэты дзень.
barcamp-create-button = 🏕 Стварыць BarCamp
barcamp-created = BarCamp створаны.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-home-title = 🏕 BarCamp варкшопа «{ $workshop }»
# Variables:
#   $phase (String) - the current phase's name
barcamp-home-phase = Этап: { $phase }
barcamp-phase-setup = падрыхтоўка
barcamp-phase-propose = прапановы
barcamp-phase-interest = «Пайду»
barcamp-phase-build = складанне раскладу
barcamp-phase-announced = расклад абвешчаны
barcamp-phase-closed = завершаны
# Variables:
#   $count (Number) - rooms
barcamp-home-rooms = Залы: { $count }
# Variables:
#   $count (Number) - time slots
barcamp-home-slots = Слоты часу: { $count }
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-home-limit = «Пайду»: сесій на чалавека — не больш за { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $interested (Number) - people who chose sessions
#   $checked (Number) - people checked in to the workshop
barcamp-home-counts = Прапановы: { $proposals } · выбралі сесіі: { $interested } · на месцы: { $checked }
barcamp-next-rooms = Далей: дадайце залы.
barcamp-next-slots = Далей: дадайце слоты часу.
barcamp-next-ready = Далей: адкрыйце прыём прапаноў. Усе, хто прайшоў рэгістрацыю на месцы, атрымаюць паведамленне.
barcamp-next-propose = Далей: калі прапановы сабраныя, адкрыйце «Пайду».
barcamp-next-interest = Далей: калі ўсе выбралі, пачніце расклад.
barcamp-next-build = Далей: складзіце расклад і абвясціце яго.
barcamp-next-announced = Пасля кожнай сесіі вядучых просяць пра нататкі; дакументацыя іх збірае.
barcamp-next-closed = BarCamp завершаны; у дакументацыі ёсць кожная сесія.
# Variables:
#   $name (String) - the room's name
#   $capacity (Number) - seats
#   $languages (String) - the languages spoken there, joined
#   $bridged (String) - yes: a video link to the partner city
barcamp-room-line = • { $name } · { $capacity ->
    [one] { $capacity } месца
    [few] { $capacity } месцы
    [many] { $capacity } месцаў
   *[other] { $capacity } месца
} · { $languages }{ $bridged ->
    [yes] {" "}· відэасувязь з горадам-партнёрам
   *[no] {""}
}
barcamp-rooms-button = 🚪 Залы
barcamp-slots-button = 🕐 Слоты
barcamp-limit-button = 🔢 Сесій на чалавека
barcamp-open-propose-button = ▶️ Адкрыць прапановы
barcamp-open-interest-button = ▶️ Адкрыць «Пайду»
barcamp-open-build-button = ▶️ Пачаць расклад
barcamp-to-plan-button = 🗓 Расклад
barcamp-docs-button = 📄 Дакументацыя
# Variables:
#   $count (Number) - rooms
barcamp-rooms-title = Залы: { $count }. Націсніце на залу, каб змяніць яе.
barcamp-room-add-button = ➕ Дадаць залу
barcamp-room-ask-name = Як называецца зала? Напішыце назву.
barcamp-room-ask-capacity = Колькі месцаў? Націсніце на лік або напішыце яго.
barcamp-room-ask-languages = На якіх мовах там могуць ісці сесіі? Адзначце ўсе адпаведныя, потым «Гатова».
barcamp-languages-done-button = Гатова
barcamp-room-ask-bridge = Ці ёсць у залы відэасувязь з горадам-партнёрам? Дашліце спасылку (https://…) або націсніце «Без відэасувязі».
barcamp-room-no-bridge-button = Без відэасувязі
barcamp-room-added = Залу дададзена.
barcamp-room-saved = Залу захавана.
# Variables:
#   $link (String) - the video link
barcamp-room-bridge-link = Відэасувязь: { $link }
barcamp-room-name-button = Назва
barcamp-room-cap-button = Месцы
barcamp-room-langs-button = Мовы
barcamp-room-bridge-button = Відэасувязь
barcamp-room-remove-button = 🗑 Выдаліць залу
# Variables:
#   $name (String) - the room's name
barcamp-room-remove-ask = Выдаліць залу «{ $name }»? Сесіі ў ёй страцяць сваё месца.
barcamp-remove-confirm = 🗑 Выдаліць
barcamp-room-removed = Залу выдалена.
# Variables:
#   $count (Number) - time slots
barcamp-slots-title = Слоты часу: { $count }. ✖️ выдаляе слот.
# Variables:
#   $number (Number) - the slot's number in the list
barcamp-slot-remove-button = ✖️ { $number }
barcamp-slot-add-button = ➕ Дадаць слот
# Variables:
#   $city (String) - the workshop's city, whose clock the times are on
barcamp-slot-ask-start = Калі пачынаецца слот (па часе горада { $city })? Націсніце на час або напішыце яго, напрыклад 10:30.
# Variables:
#   $start (String) - the start, HH:MM
barcamp-slot-ask-length = Пачатак у { $start }. Колькі доўжыцца слот?
# Variables:
#   $minutes (Number) - the slot's length
barcamp-slot-length-button = { $minutes } хв
barcamp-slot-added = Слот дададзены.
# Variables:
#   $slot (String) - the slot's time, with whose clock
barcamp-slot-remove-ask = Выдаліць слот { $slot }?
barcamp-slot-removed = Слот выдалены.
# Variables:
#   $limit (Number) - the current limit
barcamp-limit-ask = На колькіх сесіях кожны можа націснуць «Пайду»? Цяпер: { $limit }.
# Variables:
#   $limit (Number) - the new limit
barcamp-limit-saved = Цяпер кожны можа выбраць сесій: не больш за { $limit }.
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-propose = Адкрыць прыём прапаноў? { $count ->
    [one] Паведамленне атрымае { $count } чалавек на месцы.
    [few] Паведамленне атрымаюць { $count } чалавекі на месцы.
    [many] Паведамленне атрымаюць { $count } чалавек на месцы.
   *[other] Паведамленне атрымаюць { $count } чалавека на месцы.
}
# Variables:
#   $count (Number) - people checked in, who get a message
barcamp-phase-ask-interest = Закрыць прапановы і адкрыць «Пайду»? { $count ->
    [one] Паведамленне атрымае { $count } чалавек на месцы.
    [few] Паведамленне атрымаюць { $count } чалавекі на месцы.
    [many] Паведамленне атрымаюць { $count } чалавек на месцы.
   *[other] Паведамленне атрымаюць { $count } чалавека на месцы.
}
barcamp-phase-ask-build = Закрыць «Пайду» і пачаць расклад? Пакуль ніхто не атрымае паведамлення.
barcamp-phase-confirm = Так, адкрыць
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-propose = Прыём прапаноў адкрыты. { $count ->
    [one] Паведамілі { $count } чалавеку.
    [few] Паведамілі { $count } людзям.
    [many] Паведамілі { $count } людзям.
   *[other] Паведамілі { $count } чалавека.
}
# Variables:
#   $count (Number) - people told
barcamp-phase-opened-interest = «Пайду» адкрыта. { $count ->
    [one] Паведамілі { $count } чалавеку.
    [few] Паведамілі { $count } людзям.
    [many] Паведамілі { $count } людзям.
   *[other] Паведамілі { $count } чалавека.
}
barcamp-phase-opened-build = «Пайду» закрыта; далей — скласці расклад.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-opened-propose = 🏕 BarCamp варкшопа «{ $workshop }» прымае прапановы: прапануйце сесію, якую правядзеце самі, або далучыцеся да чужой як сувядучы.
# Variables:
#   $workshop (String) - the workshop's title
#   $limit (Number) - sessions each person may choose
barcamp-opened-interest = 🏕 BarCamp «{ $workshop }»: на якія сесіі вы пойдзеце? Выберыце не больш за { $limit }.
barcamp-person-setup = BarCamp рыхтуецца. Вы атрымаеце паведамленне, калі адкрыецца прыём прапаноў.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-propose = Прапануйце сесію, якую правядзеце самі, або далучыцеся да чужой як сувядучы.
    Прапаноў пакуль: { $proposals } · вашых: { $mine } · потым вы выберыце не больш за { $limit }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
#   $limit (Number) - sessions each person may choose
barcamp-person-interest = На якія сесіі вы пойдзеце? Выберыце не больш за { $limit }. Сесіі: { $proposals } · вашы: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-build = Расклад складаецца. Сесіі: { $proposals } · вашы: { $mine }.
# Variables:
#   $proposals (Number) - sessions proposed
#   $mine (Number) - the reader's own
barcamp-person-announced = Расклад гатовы. Сесіі: { $proposals } · вашы: { $mine }.
barcamp-person-closed = BarCamp завершаны. Дзякуй!
barcamp-propose-button = ➕ Прапанаваць сесію
barcamp-proposals-button = 📋 Прапановы
barcamp-mine-button = 📝 Мае
barcamp-interest-button = 🗳 Выбраць сесіі
barcamp-my-sessions-button = 🗓 Мае сесіі
barcamp-none = Вы не прайшлі рэгістрацыю на месцы ні на адным варкшопе з BarCamp. BarCamp адкрыты для тых, хто прайшоў рэгістрацыю на месцы.
barcamp-gone = Гэты BarCamp недаступны.
barcamp-not-checked-in = У BarCamp удзельнічаюць толькі тыя, хто прайшоў рэгістрацыю на месцы на гэтым варкшопе.
barcamp-phase-not-propose = Прыём прапаноў зараз закрыты.
barcamp-phase-not-interest = Выбар сесій зараз закрыты.
barcamp-session-gone = Гэтая сесія больш не прапанавана.
barcamp-propose-ask-title = Як называецца ваша сесія? Напішыце назву (не больш за 80 сімвалаў).
barcamp-propose-ask-description = Апішыце яе ў некалькіх сказах або прапусціце.
barcamp-propose-ask-language = На якой мове вы яе правядзеце?
barcamp-propose-use-buttons = Калі ласка, карыстайцеся кнопкамі пад пытаннем.
# Variables:
#   $title (String) - the similar proposal's title
barcamp-propose-similar = Падобнае: «{ $title }». Можа, далучыцца як сувядучы?
barcamp-join-button = 🤝 Стаць сувядучым
barcamp-anyway-button = Усё роўна прапанаваць
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
barcamp-propose-preview = Ваша прапанова:

    { $title }
    { $description }
    Мова: { $language }
barcamp-edit-button = ✏️ Змяніць
barcamp-send-button = Адправіць прапанову
# Variables:
#   $title (String) - the session's title
barcamp-propose-sent = Вашу прапанову «{ $title }» прынята.
# Variables:
#   $title (String) - the session's title
barcamp-joined = Цяпер вы сувядучы сесіі «{ $title }».
# Variables:
#   $count (Number) - proposals on this page
barcamp-list-title = Прапановы (на гэтай старонцы: { $count }). Націсніце на нумар, каб адкрыць.
# Variables:
#   $count (Number) - proposals on this page
barcamp-mine-title = Вашы прапановы (на гэтай старонцы: { $count }). Націсніце на нумар, каб адкрыць.
# Variables:
#   $number (Number) - the proposal's number
#   $title (String) - its title
#   $language (String) - the language it is held in
#   $hosts (Number) - its hosts
barcamp-list-line = { $number }. { $title } · { $language } · вядучыя: { $hosts }
# Variables:
#   $title (String) - the session's title
#   $description (String) - its description
#   $language (String) - the language it is held in
#   $hosts (String) - the hosts' names
barcamp-card = { $title }

    { $description }

    Мова: { $language }
    Вядучыя: { $hosts }
barcamp-withdraw-button = Адклікаць прапанову
# Variables:
#   $title (String) - the session's title
barcamp-withdraw-ask = Адклікаць «{ $title }»? Сувядучыя таксама яе страцяць.
barcamp-withdraw-confirm = Адклікаць
barcamp-withdrawn = Прапанову адклікана.
# Variables:
#   $limit (Number) - sessions each person may choose
#   $chosen (Number) - sessions chosen so far
barcamp-interest-head = Націсніце «Пайду» каля сесій — не больш за { $limit }. Выбрана: { $chosen } з { $limit }.
barcamp-interest-own-rule = Вашы ўласныя сесіі не лічацца: вы там і так будзеце.
# Variables:
#   $number (Number) - the session's number
#   $title (String) - its title
barcamp-interest-line = { $number }. { $title }
# Variables:
#   $description (String) - the session's description
barcamp-interest-description = { $description }
# Variables:
#   $language (String) - the original's language
barcamp-machine-mark = 🤖 машынны пераклад, арыгінал: { $language }
barcamp-interest-yours = (ваша сесія)
barcamp-interest-empty = Сесій не прапанавана.
# Variables:
#   $number (Number) - the session's number
barcamp-attend-button = { $number } · Пайду
barcamp-show-originals-button = Паказаць арыгіналы
barcamp-show-list-button = Паказаць пераклад
# Variables:
#   $limit (Number) - sessions each person may choose
barcamp-interest-full = Выбрана { $limit } з { $limit }. Спачатку зніміце адну адзнаку.
barcamp-interest-own = Гэта ваша ўласная сесія: вы там і так будзеце.
# Variables:
#   $title (String) - the session's title
barcamp-notes-ask = 🏕 Ваша сесія «{ $title }» скончылася. Напішаце тры кароткія радкі нататак для дакументацыі?
barcamp-notes-button = ✍️ Напісаць нататкі
# Variables:
#   $title (String) - the session's title
barcamp-notes-write = Нататкі да «{ $title }»: напішыце да трох радкоў (адным паведамленнем, у радку не больш за 200 сімвалаў).
barcamp-notes-saved = Дзякуй, вашы нататкі захаваныя.
# Variables:
#   $workshop (String) - the workshop's title
barcamp-doc-title = BarCamp варкшопа «{ $workshop }»
# Variables:
#   $count (Number) - sessions
barcamp-doc-count = Сесіі: { $count }
# Variables:
#   $room (String) - the room's name
barcamp-doc-room = Зала: { $room }
# Variables:
#   $time (String) - the slot's time, with whose clock
barcamp-doc-time = Час: { $time }
barcamp-doc-unplaced = Не ўвайшла ў расклад
# Variables:
#   $language (String) - the language it was held in
barcamp-doc-language = Мова: { $language }
# Variables:
#   $names (String) - the hosts' names
barcamp-doc-hosts = Вядучыя: { $names }
# Variables:
#   $count (Number) - people who would attend
barcamp-doc-interest = «Пайду»: { $count }
barcamp-doc-notes = Нататкі
# Variables:
#   $workshop (Number) - the workshop's id
barcamp-doc-file = barcamp-{ $workshop }-dakumentacyja.md
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-title-long = Сімвалаў у назве: { $count }; можна не больш за { $limit }.
barcamp-input-title-empty = Калі ласка, напішыце назву.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-description-long = Сімвалаў у апісанні: { $count }; можна не больш за { $limit }.
barcamp-input-room-name-empty = Калі ласка, напішыце назву залы.
# Variables:
#   $limit (Number) - at most this many characters
#   $count (Number) - characters typed
barcamp-input-room-name-long = Сімвалаў у назве: { $count }; можна не больш за { $limit }.
# Variables:
#   $limit (Number) - the largest number allowed
barcamp-input-capacity-bad = Калі ласка, напішыце колькасць месцаў лічбамі, не больш за { $limit }.
barcamp-input-bridge-bad = Калі ласка, дашліце адну спасылку, што пачынаецца з https://, або націсніце «Без відэасувязі».
barcamp-input-room-languages = Выберыце хоць адну мову.
barcamp-input-slot-time-bad = Калі ласка, напішыце пачатак як гадзіны і хвіліны, напрыклад 10:30.
# Variables:
#   $slot (String) - the slot it overlaps, with whose clock
barcamp-input-slot-overlap = Гэты час перасякаецца са слотам { $slot }. Выберыце іншы пачатак.
barcamp-input-notes-empty = Калі ласка, напішыце нататкі.
# Variables:
#   $limit (Number) - at most this many lines
#   $count (Number) - lines typed
barcamp-input-notes-lines = Радкоў: { $count }; можна не больш за { $limit }.
# Variables:
#   $limit (Number) - at most this many characters per line
#   $count (Number) - characters in the longest line
barcamp-input-notes-line-long = Сімвалаў у адным радку: { $count }; у кожным радку можна не больш за { $limit }.
