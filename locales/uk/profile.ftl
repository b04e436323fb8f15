profile-ask-name-onboarding =
    Останній крок: яке ім'я мають бачити інші учасники?
    Візьміть ім'я з Telegram або напишіть інше.
profile-ask-name-type = Напишіть ім'я, яке мають бачити інші учасники, — або пропустіть цей крок.
profile-name-change = Змінити
profile-ask-name = Напишіть ім'я, яке мають бачити інші учасники.
# Variables:
#   $name (String) - the first name from the person's Telegram account (button label, shown in «»)
profile-name-use-telegram = Використати «{ $name }»
profile-name-invalid = Таке ім'я не підходить: від 1 до 64 символів, хоча б одна літера або цифра. Спробуйте ще раз.
profile-ask-spoken = Якими мовами ви володієте? Позначте всі відповідні й натисніть «Готово».
profile-ask-spoken-for-matching = 🤝 Щоб підібрати вам команду, з якою ви зможете спілкуватися, нам треба знати ваші мови.
profile-ask-interests = Які теми вас цікавлять? Позначте всі відповідні й натисніть «Готово».
# Variables:
#   $name (String) - display name or profile-not-set
#   $partnership (String) - partnership name
#   $city (String) - home city, nominative
#   $languages (String) - list of languages spoken (lower case nominatives) or profile-not-set
#   $interests (String) - list of themes or profile-not-set
#   $announcements (String) - on or off (selector keys, not shown)
profile-card =
    👤 Ваш профіль

    Ім'я: { $name }
    Партнерство: { $partnership }
    Місто: { $city }
    Мови: { $languages }
    Інтереси: { $interests }
    Оголошення: { $announcements ->
        [off] вимкнено (повідомлення про ваші записи все одно надходять)
       *[on] увімкнено
    }
profile-not-set = не вказано
profile-edit-name = ✏️ Ім'я
profile-edit-spoken = 🗣 Мої мови
profile-edit-interests = 💡 Інтереси
profile-edit-city = 🏙 Місто


profile-mute = 🔕 Вимкнути оголошення
profile-unmute = 🔔 Знову отримувати оголошення
