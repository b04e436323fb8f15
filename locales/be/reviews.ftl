## Экспертыза заяў на конкурс: экраны экспертаў, размеркаванне, рэйтынг

review-none = Вы не эксперт ніводнага конкурсу. Адміністратары сеткі могуць дадаць вас па спасылцы.
review-calls = Конкурсы, заяўкі якіх вы ацэньваеце. Выберыце конкурс, каб убачыць прызначаныя вам заяўкі.
review-open-list = Мае заяўкі на ацэнку
review-back-calls = ⬅️ Мае конкурсы
review-back-list = ⬅️ Мае заяўкі
# Variables: $call (the call's title), $count (applications assigned to the reviewer)
review-list = { $call }

    { $count ->
        [0] Вам пакуль не прызначана ніводнай заяўкі. Калі яны з'явяцца, прыйдзе паведамленне.
        [1] Вам прызначана адна заяўка. Адкрыйце яе, каб прачытаць адказы і паставіць балы.
        [one] Вам прызначана { $count } заяўка. Адкрыйце заяўку, каб прачытаць адказы і паставіць балы.
        [few] Вам прызначаны { $count } заяўкі. Адкрыйце заяўку, каб прачытаць адказы і паставіць балы.
        [many] Вам прызначана { $count } заявак. Адкрыйце заяўку, каб прачытаць адказы і паставіць балы.
       *[other] Вам прызначана { $count } заяўкі. Адкрыйце заяўку, каб прачытаць адказы і паставіць балы.
    }
# Variables: $id (the application's number)
review-application-label = Заяўка { $id }
# Variables: $lead (the city that started the application), $partner (the partner city)
review-pair-label = { $lead } – { $partner }
# Variables: $label (the application), $state (todo, started or done)
review-item = { $label } · { $state ->
        [done] ацэнка адпраўлена
        [started] пачата
       *[todo] не ацэнена
    }
review-all-answers = 📄 Усе адказы
review-back-questions = ⬅️ Па адным пытанні
# Variables: $party (the city, or "City A" in a blind call)
review-all-city = { $party }: усе адказы
# Variables: $documents (how many documents were sent above)
review-all-end = { $documents ->
    [0] Гэта ўсе адказы.
    [1] Гэта ўсе адказы, а вышэй — дакумент, які даслалі заяўнікі.
    [one] Гэта ўсе адказы, а вышэй — { $documents } дакумент, які даслалі заяўнікі.
    [few] Гэта ўсе адказы, а вышэй — { $documents } дакументы, якія даслалі заяўнікі.
    [many] Гэта ўсе адказы, а вышэй — { $documents } дакументаў, якія даслалі заяўнікі.
   *[other] Гэта ўсе адказы, а вышэй — { $documents } дакумента, якія даслалі заяўнікі.
}

## Сляпая экспертыза: што стаіць замест імя
review-blind-city = [горад]
review-blind-name = [імя]
review-blind-institution = [арганізацыя]
# Variables: $letter (A, B, …: the party's place in the application)
review-blind-party = Горад { $letter }

## Адно пытанне заяўкі
# Variables: $application (which application), $number (the question's number), $count (questions)
review-question-heading = { $application } · пытанне { $number } з { $count }
# Variables: $question (the question as the call asks it)
review-question = { $question }
# Variables: $party (a city, or "City A" in blind mode)
review-answer-by = { $party }:
review-answer-skipped = (прапушчана: неабавязковае пытанне)
review-no-answers = На гэтае пытанне няма адказаў.
review-contact-institution = Арганізацыя
review-contact-contact_person = Кантактная асоба
review-contact-contact_details = Кантактныя даныя
# Variables: $mark (the language's flag), $language (the language's name)
review-state-machine = { $mark } машынны пераклад · арыгінал ({ $language }) за адзін дотык
# Variables: $mark (the language's flag), $language (the language's name)
review-state-human = { $mark } пераклад чалавека · арыгінал: { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-original = { $mark } арыгінал: { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-unavailable = { $mark } { $language } · пераклад недаступны, паказаны арыгінал
review-previous = ◀️ Назад
review-next = Далей ▶️
review-show-original = Паказаць арыгінал
review-show-translation = Паказаць пераклад
review-to-scores = ✍️ Ацаніць заяўку
review-back-application = ⬅️ Да заяўкі
review-read-answers = Чытаць адказы

## Ацэнка
# Variables: $application (which application)
review-sheet = Вашы балы: { $application }
# Variables: $name (the criterion), $weight (its weight), $score (the score given), $max (the highest score)
review-sheet-line = { $name } (вага { $weight }): { $score } з { $max }
# Variables: $name (the criterion), $weight (its weight), $max (the highest score)
review-sheet-line-missing = { $name } (вага { $weight }): яшчэ без балаў
# Variables: $total (Σ weight × score), $highest (the highest possible total), $complete (yes or no)
review-sheet-total = { $complete ->
        [yes] Узважаная сума: { $total } з { $highest }
       *[no] Узважаная сума пакуль: { $total } з { $highest }
    }
# Variables: $note (the reviewer's note)
review-sheet-note = Асабістая нататка (бачаць толькі адміністратары): { $note }
review-sheet-no-note = Асабістай нататкі няма. Яе можна дадаць; бачаць яе толькі адміністратары.
review-sheet-open = Пастаўце балы па кожным крытэрыі, потым адпраўце ацэнку. Адпраўленую ацэнку змяніць нельга.
review-sheet-submitted = Ваша ацэнка адпраўлена, змяніць яе нельга.
# Variables: $number (the criterion's number), $count (criteria), $name (the criterion), $weight (its weight), $max (the highest score)
review-criterion = Крытэрый { $number } з { $count }: { $name }
    Вага: { $weight }. Выберыце бал ад 1 (слаба) да { $max } (моцна).
# Variables: $name (the criterion)
review-score-criterion = Балы: { $name }
review-write-note = 📝 Асабістая нататка
review-submit = Адправіць ацэнку
review-submit-yes = 📨 Адправіць
# Variables: $total (the weighted total), $highest (the highest possible total)
review-submit-ask = Адправіць ацэнку? Разам { $total } з { $highest }. Пасля гэтага яе нельга будзе змяніць.
review-back-sheet = ⬅️ Да балаў
review-back-answers = ⬅️ Чытаць адказы
review-note-ask = Напішыце асабістую нататку пра гэтую заяўку. Яе бачаць толькі адміністратары.
# Variables: $limit (characters allowed)
review-note-too-long = Нататка задоўгая. Найбольшая даўжыня ў сімвалах: { $limit }.
review-note-saved = Нататка захавана.
review-submitted = Дзякуй, ацэнка адпраўлена.
# Variables: $criteria (the criteria still without a score)
review-error-unscored = Спачатку пастаўце балы па кожным крытэрыі. Яшчэ без балаў: { $criteria }
review-error-submitted = Гэтая ацэнка адпраўлена, змяніць яе нельга.
review-error-unknown = Гэтая заяўка вам (больш) не даступная.
review-error-not-reviewer = Вы не эксперт гэтага конкурсу.

## Размеркаванне экспертаў (адміністратары)
# Variables: $call (the call's title), $applications, $reviewers, $per (reviews per application), $new (new assignments), $reached (reviewers who get a message), $short (applications short of reviewers), $avoided (conflicts of interest avoided)
review-assign-ask = Размеркаваць экспертаў па заяўках конкурсу «{ $call }»?

    Адпраўленых заявак: { $applications }
    Экспертаў: { $reviewers }
    Ацэнак на заяўку: { $per }
    Новых прызначэнняў: { $new }
    Экспертаў, якім прыйдзе паведамленне: { $reached }
    Заявак, якім не хапае экспертаў: { $short }
    Пазбегнута канфліктаў інтарэсаў: { $avoided }

    Эксперт, звязаны з горадам або арганізацыяй заяўніка, ніколі не атрымлівае гэтую заяўку.
review-assign-nothing = Прызначаць больш няма чаго.
review-assign-confirm = Размеркаваць
review-assign-cancelled = Скасавана: нічога не прызначана, нікому не паведамлена.
# Variables: $new (assignments made), $reached (reviewers told)
review-assign-done = Прызначэнняў: { $new }. Экспертаў апавешчана: { $reached }.
review-open-ranking = 📊 Рэйтынг
review-back-call = ⬅️ Да конкурсу
# Variables: $call (the call's title), $count (applications newly assigned)
review-assigned-notice = Вас просяць ацаніць заяўкі на конкурс «{ $call }». Новых прызначэнняў: { $count }. Адкрыйце свой спіс, каб прачытаць і ацаніць іх.

## Рэйтынг (адміністратары)
# Variables: $call (the call's title), $page (this page), $pages (how many)
review-ranking = Рэйтынг конкурсу «{ $call }» · старонка { $page } з { $pages }
review-ranking-empty = Адпраўленых заяў пакуль няма.
# Variables: $rank (the place), $label (the application), $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row = { $rank }. { $label }: у сярэднім { NUMBER($mean, maximumFractionDigits: 1) } з { $highest }, ацэнак { $done } з { $assigned }
# Variables: $rank (the place), $label (the application), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row-unscored = { $rank }. { $label }: ацэнак яшчэ няма, ацэнкі { $done }/{ $assigned }
review-ranking-disagree = ⚠ эксперты разыходзяцца
# Variables: $highest (the highest possible total), $threshold (the spread that is flagged)
review-ranking-explain = Сярэдняе ўзважаных сум экспертаў (найбольшая магчымая: { $highest }). «⚠ эксперты разыходзяцца» азначае, што сумы адрозніваюцца не менш чым на чвэрць найбольшай магчымай сумы (парог у балах: { $threshold }).
# Variables: $rank (the place), $label (the application)
review-ranking-button = { $rank }. { $label }
review-open-letters = ✉️ Лісты пра рашэнне
review-back-ranking = ⬅️ Рэйтынг
review-decide-accepted = Прыняць
review-decide-declined = Адхіліць
review-decide-waitlisted = У спіс чакання
# Variables: $id (the application's number), $cities (the applicant cities)
review-admin-heading = Заяўка { $id }: { $cities }
# Variables: $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures = У сярэднім { NUMBER($mean, maximumFractionDigits: 1) } з { $highest }, ацэнак { $done } з { $assigned }
# Variables: $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures-none = Ацэнак яшчэ няма, ацэнкі { $done }/{ $assigned }
# Variables: $name (the reviewer), $total (their weighted total), $highest (the highest possible), $submitted (yes or no)
review-admin-reviewer = { $name }: { $total } з { $highest }{ $submitted ->
        [yes] {""}
       *[no] {" "}(ацэнка не адпраўлена)
    }
# Variables: $criterion (its name), $score (the score)
review-admin-score = · { $criterion }: { $score }
# Variables: $note (the reviewer's private note)
review-admin-note = Нататка: { $note }
# Variables: $names (reviewers who scored nothing yet)
review-admin-waiting = Прызначаны, балаў яшчэ няма: { $names }
review-admin-none = Эксперты яшчэ не прызначаны.

# Variables: $spread (how far apart the highest and the lowest total are)
review-differ = { $spread ->
    [0] эксперты далі аднолькавую суму
    [one] сумы экспертаў разыходзяцца не больш як на { $spread } бал
    [few] сумы экспертаў разыходзяцца не больш як на { $spread } балы
    [many] сумы экспертаў разыходзяцца не больш як на { $spread } балаў
   *[other] сумы экспертаў разыходзяцца не больш як на { $spread } бала
}
review-decision-accepted = ✅ прынята
review-decision-declined = ✖️ адхілена
review-decision-waitlisted = ⏳ спіс чакання
