## Правы на даныя: /privacy, /mydata, /deleteme

commands-privacy = Вашы даныя: паглядзець, спампаваць, выдаліць
privacy-overview =
    🔒 Вашы даныя

    Што я захоўваю і навошта:
    • ваш id у Telegram, мову і горад — каб дасылаць вам патрэбныя паведамленні;
    • імя для паказу, мовы, якімі вы размаўляеце, і інтарэсы, калі вы іх пазначылі — каб знайсці вам людзей з горада-партнёра;
    • запісы на варкшопы і адказы ў іх, ідэі, галасы, паведамленні камандзе і адказы на апытанні — каб весці праграму.

    Хто гэта бачыць: арганізатары вашага партнёрства і коўч вашай каманды. Пад ідэямі ваша імя відаць, толькі калі вы так вырашылі. Больш нікому нічога не перадаецца, а дастаўленыя паведамленні я не захоўваю.

    /mydata дашле вам усё файлам; /deleteme усё выдаліць.
privacy-button-mydata = 📦 Даслаць мае даныя
privacy-button-delete = 🗑 Выдаліць мае даныя
privacy-mydata-caption = 📦 Усё, што я пра вас захоўваю, у выглядзе JSON-файла.
privacy-nothing-stored = Я нічога пра вас не захоўваю.
privacy-delete-confirm = 🗑 Выдаліць ваш профіль і ўсё, што я пра вас захоўваю? Гэта дзеянне незваротнае.
# Variables:
#   $count (Number) - ideas the person shared; [1] means exactly one idea, [one] also
#   covers 21, 31, 101… and must keep the number and plural pronouns
privacy-delete-ideas = { $count ->
    [1] Вы прапанавалі ідэю. Ці можна пакінуць яе ў праграме без вашага імя, каб галасы і каманда вакол яе не зніклі? Інакш я яе выдалю.
    [one] Вы прапанавалі { $count } ідэю. Ці можна пакінуць іх у праграме без вашага імя, каб галасы і каманды не зніклі? Інакш я іх выдалю.
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
    • запісы на варкшопы: { $signups }
    • галасы: { $votes }
    • адказы на апытанні: { $answers }
    • паведамленні камандзе: { $messages }
# Variables:
#   $count (Number) - ideas kept without the author's name; [1] is exactly one, [one] also 21, 31…
privacy-deleted-ideas-kept = { $count ->
    [1] Ваша ідэя застаецца ў праграме без вашага імя.
    [one] У праграме без вашага імя застаецца { $count } ваша ідэя.
    [few] У праграме без вашага імя застаюцца { $count } вашы ідэі.
    [many] У праграме без вашага імя застаюцца { $count } вашых ідэй.
   *[other] У праграме без вашага імя застаюцца вашы ідэі ({ $count }).
}
# Variables:
#   $count (Number) - ideas removed; [1] is exactly one, [one] also 21, 31…
privacy-deleted-ideas-removed = { $count ->
    [1] Вашу ідэю выдалена.
    [one] Выдалена { $count } ваша ідэя.
    [few] Выдалены { $count } вашы ідэі.
    [many] Выдалена { $count } вашых ідэй.
   *[other] Выдалены вашы ідэі ({ $count }).
}
privacy-deleted-farewell = Дашліце /start, калі захочаце зноў далучыцца.
privacy-delete-kept = Нічога не выдалена.

## /mydata: зводка перад файлам
privacy-mydata-title = 📦 Што я пра вас захоўваю
# Variables:
#   $name (String) - бачнае імя, інакш імя ў Telegram
privacy-mydata-name = Імя: { $name }
# Variables:
#   $city (String) - горад чалавека, напр. "Краснадар"
privacy-mydata-city = Горад: { $city }
# Variables:
#   $language (String) - мова бота для чалавека, напр. "беларуская"
privacy-mydata-language = Мова: { $language }
# Variables:
#   $date (String) - дзень, калі чалавек пачаў карыстацца ботам, напр. "2 сакавіка 2026 г."
privacy-mydata-since = З намі з { $date }
# Variables:
#   $count (Number) - запісы чалавека на варкшопы (з любым статусам)
privacy-mydata-signups = { $count ->
    [0] 📅 Запісаў на варкшопы няма
    [one] 📅 { $count } запіс на варкшоп:
    [few] 📅 { $count } запісы на варкшопы:
    [many] 📅 { $count } запісаў на варкшопы:
   *[other] 📅 { $count } запісу на варкшопы:
}
# Variables:
#   $title (String) - назва варкшопа
#   $date (String) - дзень варкшопа, напр. "24 красавіка 2027 г."
#   $status (String) - статус запісу (workshops-registration-*)
privacy-mydata-signup-line = • { $title }, { $date } ({ $status })
# Variables:
#   $title (String) - назва ідэі або каманды
privacy-mydata-item = • { $title }
# Variables:
#   $count (Number) - колькі яшчэ пунктаў не паказана
privacy-mydata-more = … і яшчэ { $count } (у файле)
# Variables:
#   $count (Number) - ідэі, якімі чалавек падзяліўся
privacy-mydata-ideas = { $count ->
    [0] 💡 Ідэй няма
    [one] 💡 { $count } ідэя:
    [few] 💡 { $count } ідэі:
    [many] 💡 { $count } ідэй:
   *[other] 💡 { $count } ідэі:
}
# Variables:
#   $count (Number) - аддадзеныя галасы
privacy-mydata-votes = { $count ->
    [0] 🗳 Галасоў няма
    [one] 🗳 { $count } голас
    [few] 🗳 { $count } галасы
    [many] 🗳 { $count } галасоў
   *[other] 🗳 { $count } голасу
}
# Variables:
#   $count (Number) - каманды, у якіх чалавек ёсць або быў
privacy-mydata-teams = { $count ->
    [0] 👥 Каманд няма
    [one] 👥 { $count } каманда:
    [few] 👥 { $count } каманды:
    [many] 👥 { $count } каманд:
   *[other] 👥 { $count } каманды:
}
# Variables:
#   $count (Number) - адказы чалавека на апытанні
privacy-mydata-checkins = { $count ->
    [0] 📝 Адказаў на апытанні няма
    [one] 📝 { $count } адказ на апытанні
    [few] 📝 { $count } адказы на апытанні
    [many] 📝 { $count } адказаў на апытанні
   *[other] 📝 { $count } адказу на апытанні
}
privacy-mydata-file = У файле ніжэй — усё гэта цалкам, з усімі датамі і тэкстамі.

## Конкурсы праграмы: заяўкі і ацэнкі
privacy-overview-calls = 📝 Калі вы падаяце заяўку на конкурс, я захоўваю яе: гарады, вашы адказы, загружаныя вамі дакументы і хто яе пацвердзіў — для ацэнкі і рашэння. Калі вы ацэньваеце заяўкі, я захоўваю вашы балы і нататкі. Заяўкі бачаць арганізатары конкурсу і яго эксперты, нататкі — толькі арганізатары. Загружаныя дакументы я забываю праз некаторы час пасля адбору (назва, памер і кантрольная сума застаюцца). /deleteme выдаляе чарнавік, над якім працуеце толькі вы; у заяўцы з горадам-партнёрам або ўжо адпраўленай адказы горада застаюцца для рашэння, але без вас: ваша імя, кантактная асоба і кантактныя даныя і загружаныя вамі файлы выдаляюцца, і заяўка далей значыцца як «заяўка з вашага горада». Вашы балы эксперта застаюцца без вашага імя; нататкі выдаляюцца.
# Variables:
#   $count (Number) - applications the person is a party of
privacy-mydata-applications = { $count ->
    [0] 📝 Заявак няма
    [one] 📝 { $count } заяўка:
    [few] 📝 { $count } заяўкі:
    [many] 📝 { $count } заявак:
   *[other] 📝 { $count } заяўкі:
}
# Variables:
#   $call (String) - the call's title
#   $cities (String) - the applying cities, e.g. "Karlsruhe – Krasnodar"
#   $status (String) - draft, submitted, not_submitted, withdrawn, or once the letters went: accepted, declined or waitlisted
privacy-mydata-application-line = • { $call }: { $cities } ({ $status ->
        [accepted] прынята
        [declined] адхілена
        [waitlisted] у спісе чакання
        [submitted] адпраўлена
        [not_submitted] не адпраўлена
        [withdrawn] адклікана
       *[draft] чарнавік
    })
# Variables:
#   $count (Number) - documents the person uploaded
privacy-mydata-documents = { $count ->
    [0] 📎 Загружаных дакументаў няма
    [one] 📎 { $count } загружаны дакумент (назва, памер і кантрольная сума — у файле)
    [few] 📎 { $count } загружаныя дакументы (назвы, памеры і кантрольныя сумы — у файле)
    [many] 📎 { $count } загружаных дакументаў (назвы, памеры і кантрольныя сумы — у файле)
   *[other] 📎 { $count } загружанага дакумента (назвы, памеры і кантрольныя сумы — у файле)
}
# Variables:
#   $count (Number) - drafts deleted
privacy-deleted-drafts = { $count ->
    [1] Ваш чарнавік заяўкі выдалены.
    [one] Выдалены { $count } чарнавік заяўкі.
    [few] Выдалены { $count } чарнавікі заявак.
    [many] Выдалена { $count } чарнавікоў заявак.
   *[other] Выдалена { $count } чарнавіка заявак.
}
# Variables:
#   $count (Number) - applications kept without the person
privacy-deleted-applications = { $count ->
    [1] Ваша заяўка застаецца для рашэння, але без вас: вашы кантактныя даныя і файлы выдалены.
    [one] { $count } заяўка застаецца для рашэння, але без вас: вашы кантактныя даныя і файлы выдалены.
    [few] { $count } заяўкі застаюцца для рашэння, але без вас: вашы кантактныя даныя і файлы выдалены.
    [many] { $count } заявак застаюцца для рашэння, але без вас: вашы кантактныя даныя і файлы выдалены.
   *[other] { $count } заяўкі застаюцца для рашэння, але без вас: вашы кантактныя даныя і файлы выдалены.
}
# Variables:
#   $count (Number) - reviews whose scores stay
privacy-deleted-reviews = { $count ->
    [1] Балы вашай ацэнкі застаюцца без вашага імя; нататка выдалена.
    [one] Балы { $count } вашай ацэнкі застаюцца без вашага імя; нататкі выдалены.
    [few] Балы { $count } вашых ацэнак застаюцца без вашага імя; нататкі выдалены.
    [many] Балы { $count } вашых ацэнак застаюцца без вашага імя; нататкі выдалены.
   *[other] Балы { $count } вашых ацэнак застаюцца без вашага імя; нататкі выдалены.
}
