## Правы на даныя: /privacy, /mydata, /deleteme

commands-privacy = Вашы даныя: паглядзець, спампаваць, выдаліць
privacy-overview =
    🔒 Вашы даныя

    Што я захоўваю і навошта:
    • ваш Telegram id, мову і горад — каб дасылаць вам патрэбныя паведамленні;
    • імя для паказу, мовы, якімі вы размаўляеце, і інтарэсы, калі вы іх пазначылі — каб знайсці вам людзей з горада-партнёра;
    • запісы на воркшопы і адказы, ідэі, галасы, паведамленні камандзе і адказы на апытанні — каб весці праграму.

    Хто гэта бачыць: арганізатары вашага партнёрства і коўч вашай каманды. Ідэі паказваюць ваша імя, толькі калі вы так вырашылі. Больш ніхто нічога не атрымлівае, а дастаўленыя паведамленні я не захоўваю.

    /mydata дашле вам усё файлам; /deleteme усё выдаліць.
privacy-button-mydata = 📦 Даслаць мае даныя
privacy-button-delete = 🗑 Выдаліць мае даныя
privacy-mydata-caption = 📦 Усё, што я пра вас захоўваю, у выглядзе JSON-файла.
privacy-nothing-stored = Я нічога пра вас не захоўваю.
privacy-delete-confirm = 🗑 Выдаліць ваш профіль і ўсё, што я пра вас захоўваю? Гэта нельга адмяніць.
# Variables:
#   $count (Number) - ideas the person shared
privacy-delete-ideas = { $count ->
    [one] Вы прапанавалі { $count } ідэю. Ці можна пакінуць яе ў праграме без вашага імя, каб галасы і каманды не зніклі? Інакш я яе выдалю.
    [few] Вы прапанавалі { $count } ідэі. Ці можна пакінуць іх у праграме без вашага імя, каб галасы і каманды не зніклі? Інакш я іх выдалю.
    [many] Вы прапанавалі { $count } ідэй. Ці можна пакінуць іх у праграме без вашага імя, каб галасы і каманды не зніклі? Інакш я іх выдалю.
   *[other] Вы прапанавалі { $count } ідэі. Ці можна пакінуць іх у праграме без вашага імя, каб галасы і каманды не зніклі? Інакш я іх выдалю.
}
privacy-keep-ideas = 🕶 Пакінуць без майго імя
privacy-remove-ideas = 🗑 Выдаліць і іх
# Variables:
#   $signups (Number) - workshop sign-ups erased
#   $votes (Number) - votes erased
#   $answers (Number) - check-in rounds answered
#   $messages (Number) - team messages erased
privacy-deleted =
    ✅ Гатова. Я выдаліў ваш профіль, налады і ролі, а таксама:
    • запісы на воркшопы: { $signups }
    • галасы: { $votes }
    • адказы на апытанні: { $answers }
    • паведамленні камандзе: { $messages }
# Variables:
#   $count (Number) - ideas kept without the author's name
privacy-deleted-ideas-kept = { $count ->
    [one] Ваша ідэя застаецца ў праграме без вашага імя.
    [few] Вашы { $count } ідэі застаюцца ў праграме без вашага імя.
    [many] Вашы { $count } ідэй застаюцца ў праграме без вашага імя.
   *[other] Вашы ідэі ({ $count }) застаюцца ў праграме без вашага імя.
}
# Variables:
#   $count (Number) - ideas removed
privacy-deleted-ideas-removed = { $count ->
    [one] Ваша ідэя выдалена.
    [few] Вашы { $count } ідэі выдалены.
    [many] Вашы { $count } ідэй выдалены.
   *[other] Вашы ідэі ({ $count }) выдалены.
}
privacy-deleted-farewell = Дашліце /start, калі захочаце зноў далучыцца.
privacy-delete-kept = Нічога не выдалена.
