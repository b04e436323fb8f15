profile-ask-name-onboarding =
    Последний шаг: какое имя должны видеть другие участники?
    Возьмите имя из Telegram или напишите другое.
profile-ask-name-type = Напишите имя, которое должны видеть другие участники, — или пропустите этот шаг.
profile-name-change = Изменить
profile-ask-name = Напишите имя, которое должны видеть другие участники.
# Variables:
#   $name (String) - the first name from the person's Telegram account, gender unknown: no gendered verb after it
profile-name-use-telegram = Использовать «{ $name }»
profile-name-invalid = Такое имя не подходит: от 1 до 64 символов, хотя бы одна буква или цифра. Попробуйте ещё раз.
profile-ask-spoken = Какими языками вы владеете? Отметьте все подходящие и нажмите «Готово».
profile-ask-spoken-for-matching = 🤝 Чтобы подобрать вам команду, с которой вы сможете общаться, нам нужно знать ваши языки.
profile-ask-interests = Какие темы вам интересны? Отметьте все подходящие и нажмите «Готово».
# Variables:
#   $name (String) - display name or "not set", gender unknown: no gendered verb after it
#   $partnership (String) - partnership name
#   $city (String) - home city
#   $languages (String) - list of languages spoken
#   $interests (String) - list of themes
#   $announcements (String) - on or off
profile-card =
    👤 Ваш профиль

    Имя: { $name }
    Партнёрство: { $partnership }
    Город: { $city }
    Языки: { $languages }
    Интересы: { $interests }
    Объявления: { $announcements ->
        [off] выключены (сообщения о ваших записях всё равно приходят)
       *[on] включены
    }
profile-not-set = не указано
profile-edit-name = ✏️ Имя
profile-edit-spoken = 🗣 Мои языки
profile-edit-interests = 💡 Интересы
profile-edit-city = 🏙 Город


profile-mute = 🔕 Отключить объявления
profile-unmute = 🔔 Снова получать объявления
