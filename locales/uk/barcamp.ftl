## barcamp

barcamp-workshop-button = 🏕 BarCamp

## barcamp-plan

# Variables: $camp (the workshop's title)
barcamp-plan-title = 🗓 Розклад BarCamp · { $camp }
barcamp-plan-is-announced = 📣 Оголошено: про зміни тепер дізнаються ті, кого вони стосуються.
# Variables: $count (sessions proposed)
barcamp-plan-empty = { $count ->
    [0] Сесій поки не запропоновано.
    [1] Поки нічого не розподілено. Натисніть «Скласти розклад»: єдина сесія отримає залу й час.
    [one] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесія отримає залу й час за інтересом.
    [few] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесії отримають зали й час за інтересом.
    [many] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесій отримають зали й час за інтересом.
   *[other] Поки нічого не розподілено. Натисніть «Скласти розклад»: { $count } сесій отримають зали й час за інтересом.
}
# Variables: $number (the session's number on this screen), $room, $title, $interest (people who'd attend), $capacity (seats), $locked (yes/no)
barcamp-plan-cell = { $locked ->
    [yes] { $number }. 🔒 { $room }: { $title } — { $interest }/{ $capacity }
   *[other] { $number }. { $room }: { $title } — { $interest }/{ $capacity }
}
barcamp-plan-warning-over-capacity = інтерес більший, ніж місць
# Variables: $count (sessions without a place)
barcamp-plan-unplaced = Без місця ({ $count }), за інтересом:
# Variables: $number, $title, $interest
barcamp-plan-unplaced-line = { $number }. { $title } — інтерес: { $interest }
# Variables: $language (a language name)
barcamp-plan-no-language = немає зали з мовою: { $language }
# Variables: $numbers (session numbers, "3, 7")
barcamp-plan-merge-hint = можна об'єднати з { $numbers }
barcamp-plan-pick-hint = Натисніть номер, щоб перенести сесію, поміняти місцями, закріпити або об'єднати.
# Variables: $room, $title, $bridged (yes: video link to the partner city)
barcamp-plan-public-cell = { $bridged ->
    [yes] { $room } 🎥: { $title }
   *[other] { $room }: { $title }
}
# Variables: $when (time with the city named), $room, $title
barcamp-plan-session-line = { $when } — { $room }: { $title }
# Variables: $url (the video link to the partner city)
barcamp-plan-bridge-line = 🎥 Відеозв'язок із містом-партнером: { $url }
# Variables: $city (whose clock the times are on)
barcamp-plan-image-clock = Час міста { $city }
# Variables: $number, $title, $language, $interest, $hosts (number of hosts)
barcamp-plan-session = { $number }. { $title }
    Мова: { $language } · інтерес: { $interest } · ведучих: { $hosts }
# Variables: $room, $capacity, $when
barcamp-plan-session-where = { $room } (місць: { $capacity }), { $when }
barcamp-plan-session-unplaced = Поки без місця.
barcamp-plan-session-locked = 🔒 Закріплена: під час перескладання залишиться на місці.
barcamp-plan-session-hint = Перенести: інша зала або час. Поміняти: місцями з іншою сесією. Об'єднати: приєднати до іншої сесії (ведучі й інтерес переходять туди).
# Variables: $title
barcamp-plan-ask-merge = З якою сесією об'єднати сесію «{ $title }»? Її ведучі й інтерес перейдуть туди. Номери — як у розкладі.
barcamp-plan-merge-suggested = Схожі сесії:
# Variables: $camp
barcamp-plan-mine-none = У розкладі «{ $camp }» у вас немає сесій: ви не ведете жодної й не натиснули «Піду» в жодної з розподілених. Приходьте в будь-яку залу.
# Variables: $camp, $sessions (one line each: time, room, title)
barcamp-plan-mine = 📅 Ваші сесії на «{ $camp }»:
    { $sessions }
barcamp-plan-back-button = ⬅️ Назад
barcamp-plan-build-button = 🧮 Скласти розклад
barcamp-plan-rebuild-button = 🧮 Перескласти розклад
barcamp-plan-announce-button = 📣 Оголосити розклад
barcamp-plan-home-button = ⬅️ До BarCamp
barcamp-plan-move-button = Перенести
barcamp-plan-swap-button = Поміняти
barcamp-plan-merge-button = Об'єднати
barcamp-plan-lock-button = 🔒 Закріпити
barcamp-plan-unlock-button = Відкріпити
# Variables: $room, $capacity (seats)
barcamp-plan-room-label = { $room } · { $capacity }
# Variables: $count (people who will be told)
barcamp-plan-confirm-button = { $count ->
    [0] Так, виконати
    [1] Так, повідомити 1 людині
    [one] Так, повідомити { $count } людині
    [few] Так, повідомити { $count } людям
    [many] Так, повідомити { $count } людям
   *[other] Так, повідомити { $count } людям
}
barcamp-plan-cancel-button = Скасувати
barcamp-plan-mine-button = 📅 Мої сесії
barcamp-plan-ics-button = 📅 Файл календаря (.ics)
# Variables: $placed, $unplaced (session counts)
barcamp-plan-built = Розклад складено: з місцем — { $placed }, без місця — { $unplaced }.
# Variables: $count (people checked in)
barcamp-plan-confirm-announce = Оголосити розклад тим, хто зареєструвався на місці ({ $count })? Кожен отримає розклад картинкою й текстом, свої сесії файлом календаря й нагадування за 5 хвилин до кожної.
# Variables: $count
barcamp-plan-announced-done = Розклад надіслано. Отримувачів: { $count }.
# Variables: $title
barcamp-plan-ask-slot = Перенести сесію «{ $title }»: на який час? Час — місцевий.
# Variables: $title, $when
barcamp-plan-ask-room = Перенести сесію «{ $title }» на { $when }: у яку залу? Число — кількість місць.
# Variables: $title
barcamp-plan-ask-swap = З якою сесією поміняти місцями сесію «{ $title }»? Номери — як у розкладі.
# Variables: $locked (yes/no)
barcamp-plan-locked-done = { $locked ->
    [yes] Сесію закріплено: під час перескладання вона залишиться на місці.
   *[other] Сесію відкріплено: під час перескладання вона може переміститися.
}
# Variables: $count (people who will be told), $title, $room, $when
barcamp-plan-confirm-move = Перенести сесію «{ $title }» у { $room }, { $when }? { $count ->
    [0] Нікому не повідомимо: розклад ще не оголошено.
    *[other] Повідомимо зацікавленим: { $count }.
}
# Variables: $count, $title, $other (the other session's title)
barcamp-plan-confirm-swap = Поміняти місцями сесії «{ $title }» і «{ $other }»? { $count ->
    [0] Нікому не повідомимо: розклад ще не оголошено.
    *[other] Повідомимо зацікавленим: { $count }.
}
# Variables: $count, $title, $into (the session it joins)
barcamp-plan-confirm-merge = Об'єднати сесію «{ $title }» із сесією «{ $into }»? Ведучі й інтерес перейдуть туди; скасувати це не можна. { $count ->
    [0] Нікому не повідомимо: розклад ще не оголошено.
    *[other] Повідомимо зацікавленим: { $count }.
}
# Variables: $count (people told)
barcamp-plan-fixed = { $count ->
    [0] Готово.
    *[other] Готово. Повідомили: { $count }.
}
barcamp-plan-gone = Цього BarCamp більше немає.
barcamp-plan-not-building = Скласти й оголосити розклад можна лише на етапі складання.
barcamp-plan-nothing-placed = Поки нічого не розподілено: спершу складіть розклад.
barcamp-plan-lock-unplaced = Закріпити можна лише сесію з місцем.
barcamp-plan-refused-host-busy = Не можна: ведучий цієї сесії в цей час веде іншу, а бути у двох залах одночасно неможливо.
barcamp-plan-refused-language = Не можна: ця зала не працює мовою сесії.
barcamp-plan-refused-taken = Ця зала в цей час зайнята: скористайтеся «Поміняти».
barcamp-plan-not-announced = Розклад ще не оголошено.
# Variables: $camp
barcamp-plan-announced = 🗓 Розклад «{ $camp }» готовий. Нижче — розклад за часом і ваші сесії.
# Variables: $plan (the plan per time slot), $sessions (your sessions, one a line), $count (how many)
barcamp-plan-announced-text = { $plan }

    { $count ->
        [0] Своїх сесій у вас немає: приходьте в будь-яку залу.
       *[other] Ваші сесії:
    { $sessions }
    }
# Variables: $count (sessions in the file)
barcamp-plan-ics-caption = { $count ->
    [1] Ваша сесія — файлом календаря.
    [one] Ваші сесії ({ $count }) — файлом календаря.
    [few] Ваші сесії ({ $count }) — файлом календаря.
    [many] Ваші сесії ({ $count }) — файлом календаря.
   *[other] Ваші сесії ({ $count }) — файлом календаря.
}
# Variables: $camp, $sessions (the new time and room of each, one a line)
barcamp-plan-changed = 🔁 Зміна в розкладі «{ $camp }»:
    { $sessions }
# Variables: $camp, $gone (the session that joined another), $sessions (where it is now)
barcamp-plan-merged = 🔁 Зміна в розкладі «{ $camp }»: сесію «{ $gone }» об'єднано з іншою:
    { $sessions }
# Variables: $sessions (time, room, title)
barcamp-plan-reminder = ⏰ Через 5 хвилин:
    { $sessions }
barcamp-plan-same-time = у той самий час, що й інша ваша: виберіть одну
