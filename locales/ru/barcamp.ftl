## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-plan

# Variables: $camp (the workshop's title)
barcamp-plan-title = 🗓 Расписание BarCamp · { $camp }
barcamp-plan-is-announced = 📣 Объявлено: об изменениях теперь узнают те, кого они касаются.
# Variables: $count (sessions proposed)
barcamp-plan-empty = { $count ->
    [0] Сессий пока не предложено.
    [1] Пока ничего не распределено. Нажмите «Составить расписание»: единственная сессия получит зал и время.
    [one] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессия получит зал и время по интересу.
    [few] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессии получат залы и время по интересу.
    [many] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессий получат залы и время по интересу.
   *[other] Пока ничего не распределено. Нажмите «Составить расписание»: { $count } сессий получат залы и время по интересу.
}
# Variables: $number (the session's number on this screen), $room, $title, $interest (people who'd attend), $capacity (seats), $locked (yes/no)
barcamp-plan-cell = { $locked ->
    [yes] { $number }. 🔒 { $room }: { $title } — { $interest }/{ $capacity }
   *[other] { $number }. { $room }: { $title } — { $interest }/{ $capacity }
}
barcamp-plan-warning-over-capacity = интерес больше, чем мест
# Variables: $count (sessions without a place)
barcamp-plan-unplaced = Без места ({ $count }), по интересу:
# Variables: $number, $title, $interest
barcamp-plan-unplaced-line = { $number }. { $title } — интерес: { $interest }
# Variables: $language (a language name)
barcamp-plan-no-language = нет зала с языком: { $language }
# Variables: $numbers (session numbers, "3, 7")
barcamp-plan-merge-hint = можно объединить с { $numbers }
barcamp-plan-pick-hint = Нажмите номер, чтобы перенести сессию, поменять местами, закрепить или объединить.
# Variables: $room, $title, $bridged (yes: video link to the partner city)
barcamp-plan-public-cell = { $bridged ->
    [yes] { $room } 🎥: { $title }
   *[other] { $room }: { $title }
}
# Variables: $when (time with the city named), $room, $title
barcamp-plan-session-line = { $when } — { $room }: { $title }
# Variables: $url (the video link to the partner city)
barcamp-plan-bridge-line = 🎥 Видеосвязь с городом-партнёром: { $url }
# Variables: $city (whose clock the times are on)
barcamp-plan-image-clock = Время города { $city }
# Variables: $number, $title, $language, $interest, $hosts (number of hosts)
barcamp-plan-session = { $number }. { $title }
    Язык: { $language } · интерес: { $interest } · ведущих: { $hosts }
# Variables: $room, $capacity, $when
barcamp-plan-session-where = { $room } (мест: { $capacity }), { $when }
barcamp-plan-session-unplaced = Пока без места.
barcamp-plan-session-locked = 🔒 Закреплена: при пересборке останется на месте.
barcamp-plan-session-hint = Перенести: другой зал или время. Поменять: местами с другой сессией. Объединить: присоединить к другой сессии (ведущие и интерес переходят туда).
# Variables: $title
barcamp-plan-ask-merge = С какой сессией объединить сессию «{ $title }»? Её ведущие и интерес перейдут туда. Номера — как в расписании.
barcamp-plan-merge-suggested = Похожие сессии:
# Variables: $camp
barcamp-plan-mine-none = В расписании «{ $camp }» у вас нет сессий: вы не ведёте ни одной и не нажали «Пойду» ни у одной из распределённых. Приходите в любой зал.
# Variables: $camp, $sessions (one line each: time, room, title)
barcamp-plan-mine = 📅 Ваши сессии на «{ $camp }»:
    { $sessions }
barcamp-plan-back-button = ⬅️ Назад
barcamp-plan-build-button = 🧮 Составить расписание
barcamp-plan-rebuild-button = 🧮 Пересобрать расписание
barcamp-plan-announce-button = 📣 Объявить расписание
barcamp-plan-home-button = ⬅️ К BarCamp
barcamp-plan-move-button = Перенести
barcamp-plan-swap-button = Поменять
barcamp-plan-merge-button = Объединить
barcamp-plan-lock-button = 🔒 Закрепить
barcamp-plan-unlock-button = Открепить
# Variables: $room, $capacity (seats)
barcamp-plan-room-label = { $room } · { $capacity }
# Variables: $count (people who will be told)
barcamp-plan-confirm-button = { $count ->
    [0] Да, выполнить
    [1] Да, сообщить 1 человеку
    [one] Да, сообщить { $count } человеку
    [few] Да, сообщить { $count } людям
    [many] Да, сообщить { $count } людям
   *[other] Да, сообщить { $count } людям
}
barcamp-plan-cancel-button = Отмена
barcamp-plan-mine-button = 📅 Мои сессии
barcamp-plan-ics-button = 📅 Файл календаря (.ics)
# Variables: $placed, $unplaced (session counts)
barcamp-plan-built = Расписание составлено: с местом — { $placed }, без места — { $unplaced }.
# Variables: $count (people checked in)
barcamp-plan-confirm-announce = Объявить расписание отмеченным на месте ({ $count })? Каждый получит расписание картинкой и текстом, свои сессии файлом календаря и напоминание за 5 минут до каждой.
# Variables: $count
barcamp-plan-announced-done = Расписание отправлено. Получателей: { $count }.
# Variables: $title
barcamp-plan-ask-slot = Перенести сессию «{ $title }»: на какое время? Время — местное.
# Variables: $title, $when
barcamp-plan-ask-room = Перенести сессию «{ $title }» на { $when }: в какой зал? Число — количество мест.
# Variables: $title
barcamp-plan-ask-swap = С какой сессией поменять местами сессию «{ $title }»? Номера — как в расписании.
# Variables: $locked (yes/no)
barcamp-plan-locked-done = { $locked ->
    [yes] Сессия закреплена: при пересборке останется на месте.
   *[other] Сессия откреплена: при пересборке может переместиться.
}
# Variables: $count (people who will be told), $title, $room, $when
barcamp-plan-confirm-move = Перенести сессию «{ $title }» в { $room }, { $when }? { $count ->
    [0] Никому не сообщим: расписание ещё не объявлено.
    *[other] Сообщим заинтересованным: { $count }.
}
# Variables: $count, $title, $other (the other session's title)
barcamp-plan-confirm-swap = Поменять местами сессии «{ $title }» и «{ $other }»? { $count ->
    [0] Никому не сообщим: расписание ещё не объявлено.
    *[other] Сообщим заинтересованным: { $count }.
}
# Variables: $count, $title, $into (the session it joins)
barcamp-plan-confirm-merge = Объединить сессию «{ $title }» с сессией «{ $into }»? Ведущие и интерес перейдут туда; отменить это нельзя. { $count ->
    [0] Никому не сообщим: расписание ещё не объявлено.
    *[other] Сообщим заинтересованным: { $count }.
}
# Variables: $count (people told)
barcamp-plan-fixed = { $count ->
    [0] Готово.
    *[other] Готово. Сообщили: { $count }.
}
barcamp-plan-gone = Этого BarCamp больше нет.
barcamp-plan-not-building = Составить и объявить расписание можно только на этапе составления.
barcamp-plan-nothing-placed = Пока ничего не распределено: сначала составьте расписание.
barcamp-plan-lock-unplaced = Закрепить можно только сессию с местом.
barcamp-plan-refused-host-busy = Нельзя: ведущий этой сессии в это время ведёт другую, а быть в двух залах сразу невозможно.
barcamp-plan-refused-language = Нельзя: этот зал не работает на языке сессии.
barcamp-plan-refused-taken = Этот зал в это время занят: используйте «Поменять».
barcamp-plan-not-announced = Расписание ещё не объявлено.
# Variables: $camp
barcamp-plan-announced = 🗓 Расписание «{ $camp }» готово. Ниже — расписание по времени и ваши сессии.
# Variables: $plan (the plan per time slot), $sessions (your sessions, one a line), $count (how many)
barcamp-plan-announced-text = { $plan }

    { $count ->
        [0] Своих сессий у вас нет: приходите в любой зал.
       *[other] Ваши сессии:
    { $sessions }
    }
# Variables: $count (sessions in the file)
barcamp-plan-ics-caption = { $count ->
    [1] Ваша сессия — файлом календаря.
    [one] Ваши сессии ({ $count }) — файлом календаря.
    [few] Ваши сессии ({ $count }) — файлом календаря.
    [many] Ваши сессии ({ $count }) — файлом календаря.
   *[other] Ваши сессии ({ $count }) — файлом календаря.
}
# Variables: $camp, $sessions (the new time and room of each, one a line)
barcamp-plan-changed = 🔁 Изменение в расписании «{ $camp }»:
    { $sessions }
# Variables: $camp, $gone (the session that joined another), $sessions (where it is now)
barcamp-plan-merged = 🔁 Изменение в расписании «{ $camp }»: сессия «{ $gone }» объединена с другой:
    { $sessions }
# Variables: $sessions (time, room, title)
barcamp-plan-reminder = ⏰ Через 5 минут:
    { $sessions }
barcamp-plan-same-time = в то же время, что и другая ваша: выберите одну
