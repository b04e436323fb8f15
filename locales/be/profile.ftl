profile-ask-name-onboarding =
    Апошні крок: якое імя павінны бачыць іншыя ўдзельнікі?
    Вазьміце імя з Telegram або напішыце іншае.
profile-ask-name-type = Напішыце імя, якое павінны бачыць іншыя ўдзельнікі, — або прапусціце гэты крок.
profile-name-change = Змяніць
profile-ask-name = Напішыце імя, якое павінны бачыць іншыя ўдзельнікі.
# Variables:
#   $name (String) - the first name from the person's Telegram account
profile-name-use-telegram = Выкарыстаць «{ $name }»
profile-name-invalid = Такое імя не падыходзіць: ад 1 да 64 сімвалаў, хоць бы адна літара або лічба. Паспрабуйце яшчэ раз.
profile-ask-spoken = Якімі мовамі вы валодаеце? Адзначце ўсе патрэбныя і націсніце «Гатова».
profile-ask-spoken-for-matching = 🤝 Каб падабраць вам каманду, з якой вы зможаце размаўляць, нам трэба ведаць вашы мовы.
profile-ask-interests = Якія тэмы вам цікавыя? Адзначце ўсе патрэбныя і націсніце «Гатова».
# Variables:
#   $name (String) - display name or "not set"
#   $partnership (String) - partnership name
#   $city (String) - home city
#   $languages (String) - list of languages spoken
#   $interests (String) - list of themes
#   $announcements (String) - on or off
profile-card =
    👤 Ваш профіль

    Імя: { $name }
    Партнёрства: { $partnership }
    Горад: { $city }
    Мовы: { $languages }
    Інтарэсы: { $interests }
    Аб'явы: { $announcements ->
        [off] выключаны (паведамленні пра вашы запісы ўсё роўна прыходзяць)
       *[on] уключаны
    }
profile-not-set = не пазначана
profile-edit-name = ✏️ Імя
profile-edit-spoken = 🗣 Мае мовы
profile-edit-interests = 💡 Інтарэсы
profile-edit-city = 🏙 Горад


profile-mute = 🔕 Адключыць аб'явы
profile-unmute = 🔔 Зноў атрымліваць аб'явы
