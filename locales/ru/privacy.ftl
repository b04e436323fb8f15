## Права на данные: /privacy, /mydata, /deleteme

commands-privacy = Ваши данные: посмотреть, скачать, удалить
privacy-overview =
    🔒 Ваши данные

    Что я храню и зачем:
    • ваш Telegram id, язык и город — чтобы присылать вам нужные сообщения;
    • имя для показа, языки, на которых вы говорите, и интересы, если вы их указали — чтобы найти вам людей из города-партнёра;
    • записи на воркшопы и ответы, идеи, голоса, сообщения команде и ответы на опросы — чтобы вести программу.

    Кто это видит: организаторы вашего партнёрства и коуч вашей команды. Идеи показывают ваше имя, только если вы так решили. Больше никто ничего не получает, а доставленные сообщения я не храню.

    /mydata пришлёт вам всё файлом; /deleteme всё удалит.
privacy-button-mydata = 📦 Прислать мои данные
privacy-button-delete = 🗑 Удалить мои данные
privacy-mydata-caption = 📦 Всё, что я о вас храню, в виде JSON-файла.
privacy-nothing-stored = Я ничего о вас не храню.
privacy-delete-confirm = 🗑 Удалить ваш профиль и всё, что я о вас храню? Это нельзя отменить.
# Variables:
#   $count (Number) - ideas the person shared
privacy-delete-ideas = { $count ->
    [one] Вы предложили { $count } идею. Можно оставить её в программе без вашего имени, чтобы голоса и команды не пропали? Иначе я её удалю.
    [few] Вы предложили { $count } идеи. Можно оставить их в программе без вашего имени, чтобы голоса и команды не пропали? Иначе я их удалю.
    [many] Вы предложили { $count } идей. Можно оставить их в программе без вашего имени, чтобы голоса и команды не пропали? Иначе я их удалю.
   *[other] Вы предложили { $count } идеи. Можно оставить их в программе без вашего имени, чтобы голоса и команды не пропали? Иначе я их удалю.
}
privacy-keep-ideas = 🕶 Оставить без моего имени
privacy-remove-ideas = 🗑 Удалить и их
# Variables:
#   $signups (Number) - workshop sign-ups erased
#   $votes (Number) - votes erased
#   $answers (Number) - check-in rounds answered
#   $messages (Number) - team messages erased
privacy-deleted =
    ✅ Готово. Я удалил ваш профиль, настройки и роли, а также:
    • записи на воркшопы: { $signups }
    • голоса: { $votes }
    • ответы на опросы: { $answers }
    • сообщения команде: { $messages }
# Variables:
#   $count (Number) - ideas kept without the author's name
privacy-deleted-ideas-kept = { $count ->
    [one] Ваша идея остаётся в программе без вашего имени.
    [few] Ваши { $count } идеи остаются в программе без вашего имени.
    [many] Ваши { $count } идей остаются в программе без вашего имени.
   *[other] Ваши идеи ({ $count }) остаются в программе без вашего имени.
}
# Variables:
#   $count (Number) - ideas removed
privacy-deleted-ideas-removed = { $count ->
    [one] Ваша идея удалена.
    [few] Ваши { $count } идеи удалены.
    [many] Ваши { $count } идей удалены.
   *[other] Ваши идеи ({ $count }) удалены.
}
privacy-deleted-farewell = Отправьте /start, если захотите снова участвовать.
privacy-delete-kept = Ничего не удалено.
