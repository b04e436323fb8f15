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
barcamp-plan-ask-slot = Перанесці сесію «{ $title }»: на які час? Час — мясцовы.
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
barcamp-plan-same-time = у той жа час, што і іншая ваша: выберыце адну
