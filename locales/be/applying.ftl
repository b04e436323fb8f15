## Заяўка на конкурс: старонка конкурсу, пытанні па адным, горад-партнёр,
## ліст падтрымкі, пацвярджэнне, адпраўка заяўкі і квітанцыя.

# Variables: $count (number) how many calls are open
apply-calls = { $count ->
    [1] Адкрыты адзін конкурс. Націсніце на яго, каб даведацца, пра што ён пытае.
    [one] Адкрыты { $count } конкурс. Націсніце на конкурс, каб даведацца, пра што ён пытае.
    [few] Адкрыта { $count } конкурсы. Націсніце на конкурс, каб даведацца, пра што ён пытае.
    [many] Адкрыта { $count } конкурсаў. Націсніце на конкурс, каб даведацца, пра што ён пытае.
   *[other] Адкрыта { $count } конкурсу. Націсніце на конкурс, каб даведацца, пра што ён пытае.
}
apply-calls-none = Цяпер няма адкрытых конкурсаў. Калі адкрыецца наступны, яго спасылка або плакат прывядуць вас проста да яго.

# Variables: $countries (string) the countries, joined
apply-call-who = Хто можа падаць заяўку: гарады, таварыствы дружбы і ініцыятывы з такіх краін: { $countries }.
# Variables: $deadline (string) the deadline on the call's clock, $left (string) e.g. "in 3 weeks"
apply-call-deadline = Тэрмін падачы: { $deadline } (закрываецца { $left }).
# Variables: $opens (string) the opening on the call's clock, $deadline (string) the deadline
apply-call-not-open = Конкурс адкрыецца { $opens }. Тэрмін падачы: { $deadline }.
# Variables: $deadline (string) the deadline on the call's clock
apply-call-closed = Конкурс закрыты: тэрмін падачы скончыўся { $deadline }.
# Variables: $questions (number) how many questions each city answers
apply-call-asks = Вам зададуць { $questions ->
    [1] адно пытанне
    [one] { $questions } пытанне
    [few] { $questions } пытанні
    [many] { $questions } пытанняў
   *[other] { $questions } пытання
} па адным; кожны адказ захоўваецца адразу пасля адпраўкі.
# Variables: $questions (number), $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-call-asks-document = Вам зададуць { $questions ->
    [1] адно пытанне
    [one] { $questions } пытанне
    [few] { $questions } пытанні
    [many] { $questions } пытанняў
   *[other] { $questions } пытання
} па адным; кожны адказ захоўваецца адразу пасля адпраўкі. Таксама дашліце файлам гэты дакумент ({ $types }, да { $limit } МБ): { $document }.
apply-call-data = Вашы даныя: мы захоўваем вашы адказы, ваш горад, пазначаныя кантакты і дасланыя дакументы для арганізатараў і экспертаў конкурсу. Падрабязней: /privacy
apply-call-language = На якой мове вам зручней?
# Variables: $status (string) draft, submitted, not_submitted or withdrawn, $version (number) submitted versions
apply-status = { $status ->
    [submitted] Ваша заяўка: адпраўлена (версія { $version }).
    [not_submitted] Ваша заяўка: не адпраўлена (тэрмін падачы скончыўся).
    [withdrawn] Ваша заяўка: адклікана.
   *[draft] Ваша заяўка: чарнавік, яшчэ не адпраўлена.
}

apply-ask-city = Ад якога горада вы падаеце заяўку? Напішыце яго назву.
# Variables: $city (string) the city typed
apply-ask-country = У якой краіне знаходзіцца горад { $city }?
# Variables: $city (string) the applicant's city
apply-ask-zone = Колькі часу ў горадзе { $city }? Выберыце горад з такім самым часам.
apply-city-empty = Калі ласка, напішыце назву горада.
# Variables: $limit (number) characters
apply-city-too-long = Гэта задоўга для назвы горада (максімум знакаў: { $limit }).
# Variables: $cities (string) the cities of the existing application
apply-city-twice-yours = Увага: гэты горад ужо ёсць у вашай заяўцы { $cities } на гэты конкурс. Адкрыйце яе са старонкі конкурсу або працягвайце, калі гэта сапраўды другая заяўка.
# Variables: $cities (string) the cities of the existing application
apply-city-twice = Увага: ад гэтага горада ўжо ёсць заяўка на гэты конкурс ({ $cities }). Калі вы ўдзельнічаеце ў ёй, папрасіце таго, хто яе пачаў, даслаць вам спасылку для партнёра. Працягнуць усё роўна можна: іншая ініцыятыва таго ж горада можа падаць сваю заяўку, арганізатары ўбачаць абедзве.
apply-details-saved = Захавана.

apply-contact-institution = Якая арганізацыя падае заяўку (гарадская адміністрацыя, таварыства ці ініцыятыва)?
apply-contact-contact_person = Хто кантактная асоба?
apply-contact-contact_details = Як арганізатары могуць звязацца з кантактнай асобай (e-mail, тэлефон)?

# Variables: $number (number) the question's place, $total (number) how many there are, $city (string) the applicant's city
apply-question-where = Пытанне { $number } з { $total } · { $city }
# Variables: $required (string) yes or no, $choice (string) yes when buttons offer the answers, $limit (number) characters
apply-question-how = { $choice ->
    [yes] Выберыце адзін з адказаў ніжэй.
   *[no] { $required ->
        [yes] Напішыце адказ (максімум знакаў: { $limit }).
       *[no] Напішыце адказ (максімум знакаў: { $limit }) або прапусціце пытанне.
    }
}
# The answer follows after it (joined in code: an answer may be longer than a placeable may be)
apply-question-earlier = Ваш адказ цяпер:
apply-answer-saved = Адказ захаваны.
# Variables: $count (number) confirmations withdrawn by the change
apply-answer-saved-withdrawn = { $count ->
    [1] Захавана. Пацвярджэнне адклікана: перад адпраўкай пацвердзіце зноў.
   *[other] Захавана. Абодва пацвярджэнні адкліканы: кожны горад пацвярджае зноў.
}
apply-answer-empty = Адказ пусты. Калі ласка, напішыце адказ.
# Variables: $limit (number) characters allowed, $length (number) characters sent
apply-answer-too-long = Знакаў у адказе: { $length }, а змяшчаецца не больш за { $limit }. Калі ласка, скараціце яго і дашліце зноў.
apply-paused = Усё, што вы адказалі, захавана. Працягвайце, калі зручна: /apply або спасылка конкурсу вернуць вас да наступнага пытання.
apply-welcome-back = З вяртаннем! Вось дзе вы спыніліся.
apply-review-use-buttons = Каб змяніць адказ, націсніце яго кнопку ніжэй; ліст падтрымкі дашліце файлам.
# Variables: $city (string) the city that invites
apply-invited = Горад { $city } запрашае вас падаць сумесную заяўку як горад-партнёр. Спачатку прачытайце ўмовы конкурсу; далучыцца можна кнопкай ніжэй.
# Variables: $call (string) the call's title, $city (string) the city that started the application
apply-joined = Вы далучыліся да заяўкі на конкурс «{ $call }», якую пачаў горад { $city }. Пазначце свой горад і адкажыце на ўсе пытанні на сваёй мове.

# Variables: $call (string) the call's title, $city (string) the reader's city
apply-review-title = { $call }: заяўка горада { $city }
apply-review-yours = Вашы адказы:
# Variables: $city (string) the partner city, $answered (number), $total (number), $signed (string) yes or no
apply-review-partner = Горад-партнёр { $city }: адказана { $answered } з { $total }, { $signed ->
    [yes] пацверджана.
   *[no] яшчэ не пацверджана.
}
# Variables: $signed (string) yes or no
apply-review-own-sign = { $signed ->
    [yes] Вы пацвердзілі свае адказы.
   *[no] Вы яшчэ не пацвердзілі свае адказы.
}
apply-review-no-partner = Горада-партнёра пакуль няма: запрасіце яго кнопкай ніжэй.
# Variables: $document (string) the document's name, $types (string) e.g. "PDF, JPG, PNG", $limit (number) megabytes
apply-review-document-missing = { $document }: яшчэ не дасланы. Дашліце сюды файлам ({ $types }, да { $limit } МБ).
# Variables: $document (string) the document's name, $file (string) the file's name, $size (number) kilobytes
apply-review-document = { $document }: { $file } ({ $size } КБ).
# Variables: $lines (string) one line per missing item
apply-review-missing = Чаго яшчэ не хапае для адпраўкі:
    { $lines }
apply-review-ready = Усё гатова: заяўку можна адправіць.

# Variables: $city (string) the city
apply-missing-details = { $city }: не пазначаны горад і краіна.
apply-missing-partner = Горад-партнёр яшчэ не далучыўся.
# Variables: $city (string) the city, $count (number) required answers missing
apply-missing-answers = { $city }: { $count ->
    [1] не хапае аднаго абавязковага адказу.
    [one] не хапае { $count } абавязковага адказу.
    [few] не хапае { $count } абавязковых адказаў.
    [many] не хапае { $count } абавязковых адказаў.
   *[other] не хапае { $count } абавязковага адказу.
}
# Variables: $document (string) the document's name
apply-missing-document = Яшчэ не дасланы: { $document }.
# Variables: $city (string) the city
apply-missing-sign-off = { $city }: заяўка яшчэ не пацверджана.
apply-not-answered = (яшчэ няма адказу)
apply-skipped = (прапушчана: неабавязковае пытанне)
# Variables: $position (number) 0 for the city that started, 1 for the partner
apply-party-no-city = { $position ->
    [0] горад-заяўнік
   *[other] горад-партнёр
}

# Variables: $opens (string) the opening on the call's clock
apply-error-not-open = Конкурс адкрыецца { $opens }.
# Variables: $deadline (string) the deadline on the call's clock
apply-error-closed = Тэрмін падачы скончыўся ({ $deadline }): змяніць ужо нічога нельга.
apply-invite-partner-there = Горад-партнёр ужо далучыўся.
apply-invite-below = Запрашэнне для горада-партнёра — у наступным паведамленні: перашліце яго як ёсць чалавеку, які падае заяўку ад горада-партнёра.
# Variables: $city (string) the inviting city, $call (string) the call's title, $deadline (string) until when the link works, $link (string) the one-time link
apply-invite-link = Горад { $city } запрашае вас падаць сумесную заяўку на конкурс «{ $call }» як горад-партнёр. Адкрыйце спасылку, каб прачытаць умовы конкурсу і далучыцца (яна дзейнічае адзін раз, да { $deadline }):
    { $link }
apply-join-unknown = Гэтая спасылка для партнёра несапраўдная. Калі ласка, папрасіце новую.
apply-join-used = Гэтая спасылка для партнёра ўжо выкарыстана. Папрасіце горад, які яе даслаў, пра новую.
apply-join-expired = Тэрмін дзеяння гэтай спасылкі для партнёра скончыўся. Папрасіце горад, які яе даслаў, пра новую.

apply-document-none = Гэты конкурс не патрабуе дакументаў.
# Variables: $types (string) e.g. "PDF, JPG, PNG"
apply-document-wrong-type = Гэты тып файла не падыходзіць. Калі ласка, дашліце файл { $types }.
# Variables: $limit (number) megabytes allowed, $size (number) megabytes sent
apply-document-too-big = Памер файла { $size } МБ, а прымаецца не больш за { $limit } МБ. Калі ласка, дашліце меншы файл (напрыклад, скан з меншым раздзяленнем).
# Variables: $file (string) the file's name
apply-document-saved = Атрымана: { $file }.

apply-sign-incomplete = Перш чым пацвердзіць, пазначце свой горад і дайце ўсе абавязковыя адказы.
# Variables: $city (string) the reader's city
apply-signed = Пацверджана за горад { $city }.
# Variables: $city (string) the reader's city
apply-sign-ask = Пацвердзіць адказы за горад { $city }? Адпраўка заяўкі абапіраецца на гэтае пацвярджэнне. Калі хтосьці потым зменіць адказ, яно будзе адклікана, і трэба будзе пацвердзіць зноў.
# Variables: $version (number) the new version, $cities (string) the cities, $count (number) people who get a receipt
apply-submit-ask = Адправіць заяўку { $cities } (версія { $version })? { $count ->
    [1] Вы атрымаеце
    [2] Вы абодва атрымаеце
    [one] Усе { $count } чалавек атрымаюць
    [few] Усе { $count } чалавекі атрымаюць
    [many] Усе { $count } чалавек атрымаюць
   *[other] Усе { $count } чалавека атрымаюць
} квітанцыю з усімі адказамі. Да канца тэрміну падачы адказы яшчэ можна змяніць і адправіць заяўку зноў.
# Variables: $missing (string) who and what is missing, one per line
apply-submit-missing = Пакуль нельга:
    { $missing }
# Variables: $version (number) the submitted version
apply-submit-unchanged = Версія { $version } адпраўлена, і з таго часу нічога не змянілася.
# Variables: $version (number) the submitted version
apply-submitted = Заяўка адпраўлена: версія { $version }. Квітанцыя з усімі адказамі ўжо ў дарозе.

# Variables: $city (string) the city that changed something, $call (string) the call's title
apply-notice-changed = { $city }: змены ў заяўцы на конкурс «{ $call }». Усе пацвярджэнні скінуты: калі ласка, праверце адказы і пацвердзіце зноў.
# Variables: $city (string) the partner city, $call (string) the call's title
apply-notice-joined = Горад-партнёр { $city } далучыўся да вашай заяўкі на конкурс «{ $call }».
# Variables: $city (string), $call (string) the call's title, $statement (string) what the call asks for, $file (string) the file's name
apply-notice-document = { $city }: да заяўкі на конкурс «{ $call }» дададзены дакумент «{ $statement }» ({ $file }).
# Variables: $city (string) the city that confirmed, $call (string) the call's title
apply-notice-signed = { $city }: заяўка на конкурс «{ $call }» пацверджана.
# Variables: $call (string) the call's title, $deadline (string) the deadline on the call's clock
apply-notice-not-submitted = Тэрмін падачы заявак на конкурс «{ $call }» скончыўся ({ $deadline }). Ваша заяўка не была адпраўлена і застаецца чарнавіком, які арганізатары не разглядаюць.

# Variables: $version (number), $call (string) the call's title, $when (string) the moment on the call's clock
apply-receipt = Квітанцыя: ваша заяўка на конкурс «{ $call }» адпраўлена { $when } (версія { $version }). У PDF усе адказы; копія ідзе паведамленнямі.
# Variables: $part (number), $parts (number); the answers follow below it
apply-receipt-answers = Ваша заяўка ({ $part }/{ $parts }):
# Variables: $city (string), $country (string), $language (string) the language the city answered in
apply-receipt-party = ——— { $city }, { $country } (адказы на мове: { $language }) ———
# Variables: $name (string) the file's name, $size (number) kilobytes, $sha (string) the checksum
apply-receipt-document = Дакумент: { $name } ({ $size } КБ, SHA-256 { $sha })

apply-button-apply = 📝 Падаць заяўку
apply-button-continue = ▶️ Працягнуць маю заяўку
apply-button-open = 📋 Адкрыць маю заяўку
apply-button-calls = ⬅️ Адкрытыя конкурсы
apply-button-call = ⬅️ Да конкурсу
apply-button-later = ⏸ Пазней
apply-button-review = 📋 Агляд
# Variables: $number (number) the question's number
apply-button-edit = ✏️ № { $number }
apply-button-invite = 🤝 Запрасіць горад-партнёр
# Variables: $city (string) the reader's city
apply-button-sign = Пацвердзіць за { $city }
apply-button-submit = 📨 Адправіць заяўку
apply-button-submit-ok = 📨 Так, адправіць
apply-button-join = 🤝 Далучыцца
apply-button-sign-ok = Так, пацвердзіць

# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-error-decided = { $decision ->
    [accepted] Вашу заяўку прынялі: змяніць яе больш нельга.
    [declined] Вашу заяўку адхілілі: змяніць яе больш нельга.
    [waitlisted] Ваша заяўка ў спісе чакання: змяніць яе больш нельга.
   *[other] Па гэтай заяўцы ўжо прынята рашэнне: змяніць яе больш нельга.
}
# Variables: $decision (string) accepted, declined, waitlisted (or empty)
apply-status-decided = { $decision ->
    [accepted] Ваша заяўка: прынята 🎉 Змяніць яе больш нельга.
    [declined] Ваша заяўка: адхілена. Змяніць яе больш нельга.
    [waitlisted] Ваша заяўка: у спісе чакання. Змяніць яе больш нельга.
   *[other] Ваша заяўка: рашэнне прынята. Змяніць яе больш нельга.
}
# Variables: $version (number) the submitted version, $when (string) when, with whose clock
apply-review-submitted = Адпраўлена версія { $version }: { $when }. Калі вы зменіце адказ, заяўку можна будзе адправіць зноў.
