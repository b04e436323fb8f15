## Експертиза заявок на конкурс: екрани експертів, розподіл, рейтинг

review-none = Ви не експерт жодного конкурсу. Адміністратори мережі можуть додати вас за посиланням.
review-calls = Конкурси, заявки яких ви оцінюєте. Виберіть конкурс, щоб побачити призначені вам заявки.
review-open-list = Мої заявки на оцінку
review-back-calls = ⬅️ Мої конкурси
review-back-list = ⬅️ Мої заявки
# Variables: $call (the call's title), $count (applications assigned to the reviewer)
review-list = { $call }

    { $count ->
        [0] Вам ще не призначено жодної заявки. Коли вони з'являться, надійде повідомлення.
        [1] Вам призначено одну заявку. Відкрийте її, щоб прочитати відповіді й поставити бали.
        [one] Вам призначено { $count } заявку. Відкрийте заявку, щоб прочитати відповіді й поставити бали.
        [few] Вам призначено { $count } заявки. Відкрийте заявку, щоб прочитати відповіді й поставити бали.
        [many] Вам призначено { $count } заявок. Відкрийте заявку, щоб прочитати відповіді й поставити бали.
       *[other] Вам призначено { $count } заявки. Відкрийте заявку, щоб прочитати відповіді й поставити бали.
    }
# Variables: $id (the application's number)
review-application-label = Заявка { $id }
# Variables: $lead (the city that started the application), $partner (the partner city)
review-pair-label = { $lead } – { $partner }
# Variables: $label (the application), $state (todo, started or done)
review-item = { $label } · { $state ->
        [done] оцінку надіслано
        [started] розпочато
       *[todo] не оцінено
    }
review-all-answers = 📄 Усі відповіді
review-back-questions = ⬅️ По одному питанню
# Variables: $party (the city, or "City A" in a blind call)
review-all-city = { $party }: усі відповіді
# Variables: $documents (how many documents were sent above)
review-all-end = { $documents ->
    [0] Це всі відповіді.
    [1] Це всі відповіді, а вище — документ, який надіслали заявники.
    [one] Це всі відповіді, а вище — { $documents } документ, який надіслали заявники.
    [few] Це всі відповіді, а вище — { $documents } документи, які надіслали заявники.
    [many] Це всі відповіді, а вище — { $documents } документів, які надіслали заявники.
   *[other] Це всі відповіді, а вище — { $documents } документа, які надіслали заявники.
}

## Сліпа експертиза: що стоїть замість імені
review-blind-city = [місто]
review-blind-name = [ім'я]
review-blind-institution = [організація]
# Variables: $letter (A, B, …: the party's place in the application)
review-blind-party = Місто { $letter }

## Одне питання заявки
# Variables: $application (which application), $number (the question's number), $count (questions)
review-question-heading = { $application } · питання { $number } з { $count }
# Variables: $question (the question as the call asks it)
review-question = { $question }
# Variables: $party (a city, or "City A" in blind mode)
review-answer-by = { $party }:
review-answer-skipped = (пропущено: необов’язкове питання)
review-no-answers = На це питання немає відповідей.
review-contact-institution = Організація
review-contact-contact_person = Контактна особа
review-contact-contact_details = Контактні дані
# Variables: $mark (the language's flag), $language (the language's name)
review-state-machine = { $mark } машинний переклад · оригінал ({ $language }) за один дотик
# Variables: $mark (the language's flag), $language (the language's name)
review-state-human = { $mark } переклад людини · оригінал: { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-original = { $mark } оригінал: { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-unavailable = { $mark } { $language } · переклад недоступний, показано оригінал
review-previous = ◀️ Назад
review-next = Далі ▶️
review-show-original = Показати оригінал
review-show-translation = Показати переклад
review-to-scores = ✍️ Оцінити заявку
review-back-application = ⬅️ До заявки
review-read-answers = Читати відповіді

## Оцінювання
# Variables: $application (which application)
review-sheet = Ваші бали: { $application }
# Variables: $name (the criterion), $weight (its weight), $score (the score given), $max (the highest score)
review-sheet-line = { $name } (вага { $weight }): { $score } з { $max }
# Variables: $name (the criterion), $weight (its weight), $max (the highest score)
review-sheet-line-missing = { $name } (вага { $weight }): ще без балів
# Variables: $total (Σ weight × score), $highest (the highest possible total), $complete (yes or no)
review-sheet-total = { $complete ->
        [yes] Зважена сума: { $total } з { $highest }
       *[no] Зважена сума поки що: { $total } з { $highest }
    }
# Variables: $note (the reviewer's note)
review-sheet-note = Особиста нотатка (бачать лише адміністратори): { $note }
review-sheet-no-note = Особистої нотатки немає. Її можна додати; бачать її лише адміністратори.
review-sheet-open = Поставте бали за кожним критерієм, потім надішліть оцінку. Надіслану оцінку змінити не можна.
review-sheet-submitted = Вашу оцінку надіслано, змінити її не можна.
# Variables: $number (the criterion's number), $count (criteria), $name (the criterion), $weight (its weight), $max (the highest score)
review-criterion = Критерій { $number } з { $count }: { $name }
    Вага: { $weight }. Виберіть бал від 1 (слабко) до { $max } (сильно).
# Variables: $name (the criterion)
review-score-criterion = Бали: { $name }
review-write-note = 📝 Особиста нотатка
review-submit = Надіслати оцінку
review-submit-yes = 📨 Надіслати
# Variables: $total (the weighted total), $highest (the highest possible total)
review-submit-ask = Надіслати оцінку? Разом { $total } з { $highest }. Після цього її не можна буде змінити.
review-back-sheet = ⬅️ До балів
review-back-answers = ⬅️ Читати відповіді
review-note-ask = Напишіть особисту нотатку про цю заявку. Її бачать лише адміністратори.
# Variables: $limit (characters allowed)
review-note-too-long = Нотатка задовга. Найбільша довжина в символах: { $limit }.
review-note-saved = Нотатку збережено.
review-submitted = Дякуємо, оцінку надіслано.
# Variables: $criteria (the criteria still without a score)
review-error-unscored = Спершу поставте бали за кожним критерієм. Ще без балів: { $criteria }
review-error-submitted = Цю оцінку надіслано, змінити її не можна.
review-error-unknown = Ця заявка вам (більше) не доступна.
review-error-not-reviewer = Ви не експерт цього конкурсу.

## Розподіл експертів (адміністратори)
# Variables: $call (the call's title), $applications, $reviewers, $per (reviews per application), $new (new assignments), $reached (reviewers who get a message), $short (applications short of reviewers), $avoided (conflicts of interest avoided)
review-assign-ask = Розподілити експертів за заявками конкурсу «{ $call }»?

    Надісланих заявок: { $applications }
    Експертів: { $reviewers }
    Оцінок на заявку: { $per }
    Нових призначень: { $new }
    Експертів, яким надійде повідомлення: { $reached }
    Заявок, яким бракує експертів: { $short }
    Уникнуто конфліктів інтересів: { $avoided }

    Експерт, пов'язаний із містом чи організацією заявника, ніколи не отримує цю заявку.
review-assign-nothing = Призначати більше нічого.
review-assign-confirm = Розподілити
review-assign-cancelled = Скасовано: нічого не призначено, нікому не повідомлено.
# Variables: $new (assignments made), $reached (reviewers told)
review-assign-done = Призначень: { $new }. Експертів сповіщено: { $reached }.
review-open-ranking = 📊 Рейтинг
review-back-call = ⬅️ До конкурсу
# Variables: $call (the call's title), $count (applications newly assigned)
review-assigned-notice = Вас просять оцінити заявки на конкурс «{ $call }». Нових призначень: { $count }. Відкрийте свій список, щоб прочитати й оцінити їх.

## Рейтинг (адміністратори)
# Variables: $call (the call's title), $page (this page), $pages (how many)
review-ranking = Рейтинг конкурсу «{ $call }» · сторінка { $page } з { $pages }
review-ranking-empty = Надісланих заявок ще немає.
# Variables: $rank (the place), $label (the application), $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row = { $rank }. { $label }: у середньому { NUMBER($mean, maximumFractionDigits: 1) } з { $highest }, оцінок { $done } з { $assigned }
# Variables: $rank (the place), $label (the application), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row-unscored = { $rank }. { $label }: оцінок ще немає, оцінки { $done }/{ $assigned }
review-ranking-disagree = ⚠ експерти розходяться
# Variables: $highest (the highest possible total), $threshold (the spread that is flagged)
review-ranking-explain = Середнє зважених сум експертів (найбільша можлива: { $highest }). «⚠ експерти розходяться» означає, що суми відрізняються щонайменше на чверть найбільшої можливої суми (поріг у балах: { $threshold }).
# Variables: $rank (the place), $label (the application)
review-ranking-button = { $rank }. { $label }
review-open-letters = ✉️ Листи про рішення
review-back-ranking = ⬅️ Рейтинг
review-decide-accepted = Прийняти
review-decide-declined = Відхилити
review-decide-waitlisted = До списку очікування
# Variables: $id (the application's number), $cities (the applicant cities)
review-admin-heading = Заявка { $id }: { $cities }
# Variables: $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures = У середньому { NUMBER($mean, maximumFractionDigits: 1) } з { $highest }, оцінок { $done } з { $assigned }
# Variables: $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures-none = Оцінок ще немає, оцінки { $done }/{ $assigned }
# Variables: $name (the reviewer), $total (their weighted total), $highest (the highest possible), $submitted (yes or no)
review-admin-reviewer = { $name }: { $total } з { $highest }{ $submitted ->
        [yes] {""}
       *[no] {" "}(оцінку не надіслано)
    }
# Variables: $criterion (its name), $score (the score)
review-admin-score = · { $criterion }: { $score }
# Variables: $note (the reviewer's private note)
review-admin-note = Нотатка: { $note }
# Variables: $names (reviewers who scored nothing yet)
review-admin-waiting = Призначено, балів ще немає: { $names }
review-admin-none = Експертів ще не призначено.

# Variables: $spread (how far apart the highest and the lowest total are)
review-differ = { $spread ->
    [0] експерти дали однакову суму
    [one] суми експертів розходяться не більше ніж на { $spread } бал
    [few] суми експертів розходяться не більше ніж на { $spread } бали
    [many] суми експертів розходяться не більше ніж на { $spread } балів
   *[other] суми експертів розходяться не більше ніж на { $spread } бала
}
review-decision-accepted = ✅ прийнято
review-decision-declined = ✖️ відхилено
review-decision-waitlisted = ⏳ список очікування
