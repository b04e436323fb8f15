## Экспертиза заявок на конкурс: экраны экспертов, распределение, рейтинг

review-none = Вы не эксперт ни одного конкурса. Администраторы сети могут добавить вас по ссылке.
review-calls = Конкурсы, заявки которых вы оцениваете. Выберите конкурс, чтобы увидеть назначенные вам заявки.
review-open-list = Мои заявки на оценку
review-back-calls = ⬅️ Мои конкурсы
review-back-list = ⬅️ Мои заявки
# Variables: $call (the call's title), $count (applications assigned to the reviewer)
review-list = { $call }

    { $count ->
        [0] Вам пока не назначено ни одной заявки. Когда они появятся, придёт сообщение.
        [1] Вам назначена одна заявка. Откройте её, чтобы прочитать ответы и поставить баллы.
        [one] Вам назначена { $count } заявка. Откройте заявку, чтобы прочитать ответы и поставить баллы.
        [few] Вам назначены { $count } заявки. Откройте заявку, чтобы прочитать ответы и поставить баллы.
        [many] Вам назначено { $count } заявок. Откройте заявку, чтобы прочитать ответы и поставить баллы.
       *[other] Вам назначено { $count } заявки. Откройте заявку, чтобы прочитать ответы и поставить баллы.
    }
# Variables: $id (the application's number)
review-application-label = Заявка { $id }
# Variables: $lead (the city that started the application), $partner (the partner city)
review-pair-label = { $lead } – { $partner }
# Variables: $label (the application), $state (todo, started or done)
review-item = { $label } · { $state ->
        [done] оценка отправлена
        [started] начата
       *[todo] не оценена
    }
review-all-answers = 📄 Все ответы
review-back-questions = ⬅️ По одному вопросу
# Variables: $party (the city, or "City A" in a blind call)
review-all-city = { $party }: все ответы
# Variables: $documents (how many documents were sent above)
review-all-end = { $documents ->
    [0] Это все ответы.
    [1] Это все ответы, а выше — документ, который прислали заявители.
    [one] Это все ответы, а выше — { $documents } документ, который прислали заявители.
    [few] Это все ответы, а выше — { $documents } документа, которые прислали заявители.
    [many] Это все ответы, а выше — { $documents } документов, которые прислали заявители.
   *[other] Это все ответы, а выше — { $documents } документа, которые прислали заявители.
}

## Слепая экспертиза: что стоит вместо имени
review-blind-city = [город]
review-blind-name = [имя]
review-blind-institution = [организация]
# Variables: $letter (A, B, …: the party's place in the application)
review-blind-party = Город { $letter }

## Один вопрос заявки
# Variables: $application (which application), $number (the question's number), $count (questions)
review-question-heading = { $application } · вопрос { $number } из { $count }
# Variables: $question (the question as the call asks it)
review-question = { $question }
# Variables: $party (a city, or "City A" in blind mode)
review-answer-by = { $party }:
review-answer-skipped = (пропущено: необязательный вопрос)
review-no-answers = На этот вопрос нет ответов.
review-contact-institution = Организация
review-contact-contact_person = Контактное лицо
review-contact-contact_details = Контактные данные
# Variables: $mark (the language's flag), $language (the language's name)
review-state-machine = { $mark } машинный перевод · оригинал ({ $language }) в одно касание
# Variables: $mark (the language's flag), $language (the language's name)
review-state-human = { $mark } перевод человека · оригинал: { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-original = { $mark } оригинал: { $language }
# Variables: $mark (the language's flag), $language (the language's name)
review-state-unavailable = { $mark } { $language } · перевод недоступен, показан оригинал
review-previous = ◀️ Назад
review-next = Далее ▶️
review-show-original = Показать оригинал
review-show-translation = Показать перевод
review-to-scores = ✍️ Оценить заявку
review-back-application = ⬅️ К заявке
review-read-answers = Читать ответы

## Оценка
# Variables: $application (which application)
review-sheet = Ваши баллы: { $application }
# Variables: $name (the criterion), $weight (its weight), $score (the score given), $max (the highest score)
review-sheet-line = { $name } (вес { $weight }): { $score } из { $max }
# Variables: $name (the criterion), $weight (its weight), $max (the highest score)
review-sheet-line-missing = { $name } (вес { $weight }): ещё без баллов
# Variables: $total (Σ weight × score), $highest (the highest possible total), $complete (yes or no)
review-sheet-total = { $complete ->
        [yes] Взвешенная сумма: { $total } из { $highest }
       *[no] Взвешенная сумма пока: { $total } из { $highest }
    }
# Variables: $note (the reviewer's note)
review-sheet-note = Личная заметка (видят только администраторы): { $note }
review-sheet-no-note = Личной заметки нет. Её можно добавить; видят её только администраторы.
review-sheet-open = Поставьте баллы по каждому критерию, затем отправьте оценку. Отправленную оценку изменить нельзя.
review-sheet-submitted = Ваша оценка отправлена, изменить её нельзя.
# Variables: $number (the criterion's number), $count (criteria), $name (the criterion), $weight (its weight), $max (the highest score)
review-criterion = Критерий { $number } из { $count }: { $name }
    Вес: { $weight }. Выберите балл от 1 (слабо) до { $max } (сильно).
# Variables: $name (the criterion)
review-score-criterion = Баллы: { $name }
review-write-note = 📝 Личная заметка
review-submit = Отправить оценку
review-submit-yes = 📨 Отправить
# Variables: $total (the weighted total), $highest (the highest possible total)
review-submit-ask = Отправить оценку? Итого { $total } из { $highest }. После этого её нельзя будет изменить.
review-back-sheet = ⬅️ К баллам
review-back-answers = ⬅️ Читать ответы
review-note-ask = Напишите личную заметку об этой заявке. Её видят только администраторы.
# Variables: $limit (characters allowed)
review-note-too-long = Заметка слишком длинная. Наибольшая длина в символах: { $limit }.
review-note-saved = Заметка сохранена.
review-submitted = Спасибо, оценка отправлена.
# Variables: $criteria (the criteria still without a score)
review-error-unscored = Сначала поставьте баллы по каждому критерию. Ещё без баллов: { $criteria }
review-error-submitted = Эта оценка отправлена, изменить её нельзя.
review-error-unknown = Эта заявка вам (больше) не доступна.
review-error-not-reviewer = Вы не эксперт этого конкурса.

## Распределение экспертов (администраторы)
# Variables: $call (the call's title), $applications, $reviewers, $per (reviews per application), $new (new assignments), $reached (reviewers who get a message), $short (applications short of reviewers), $avoided (conflicts of interest avoided)
review-assign-ask = Распределить экспертов по заявкам конкурса «{ $call }»?

    Отправленных заявок: { $applications }
    Экспертов: { $reviewers }
    Оценок на заявку: { $per }
    Новых назначений: { $new }
    Экспертов, которым придёт сообщение: { $reached }
    Заявок, которым не хватает экспертов: { $short }
    Избежано конфликтов интересов: { $avoided }

    Эксперт, связанный с городом или организацией заявителя, никогда не получает эту заявку.
review-assign-nothing = Назначать больше нечего.
review-assign-confirm = Распределить
review-assign-cancelled = Отменено: ничего не назначено, никому не сообщено.
# Variables: $new (assignments made), $reached (reviewers told)
review-assign-done = Назначений: { $new }. Экспертов оповещено: { $reached }.
review-open-ranking = 📊 Рейтинг
review-back-call = ⬅️ К конкурсу
# Variables: $call (the call's title), $count (applications newly assigned)
review-assigned-notice = Вас просят оценить заявки на конкурс «{ $call }». Новых назначений: { $count }. Откройте свой список, чтобы прочитать и оценить их.

## Рейтинг (администраторы)
# Variables: $call (the call's title), $page (this page), $pages (how many)
review-ranking = Рейтинг конкурса «{ $call }» · страница { $page } из { $pages }
review-ranking-empty = Отправленных заявок пока нет.
# Variables: $rank (the place), $label (the application), $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row = { $rank }. { $label }: в среднем { NUMBER($mean, maximumFractionDigits: 1) } из { $highest }, оценок { $done } из { $assigned }
# Variables: $rank (the place), $label (the application), $done (reviews submitted), $assigned (reviews assigned)
review-ranking-row-unscored = { $rank }. { $label }: оценок ещё нет, оценки { $done }/{ $assigned }
review-ranking-disagree = ⚠ эксперты расходятся
# Variables: $highest (the highest possible total), $threshold (the spread that is flagged)
review-ranking-explain = Среднее взвешенных сумм экспертов (наибольшая возможная: { $highest }). «⚠ эксперты расходятся» значит, что суммы отличаются не меньше чем на четверть наибольшей возможной суммы (порог в баллах: { $threshold }).
# Variables: $rank (the place), $label (the application)
review-ranking-button = { $rank }. { $label }
review-open-letters = ✉️ Письма о решении
review-back-ranking = ⬅️ Рейтинг
review-decide-accepted = Принять
review-decide-declined = Отклонить
review-decide-waitlisted = В список ожидания
# Variables: $id (the application's number), $cities (the applicant cities)
review-admin-heading = Заявка { $id }: { $cities }
# Variables: $mean (mean weighted total), $highest (the highest possible total), $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures = В среднем { NUMBER($mean, maximumFractionDigits: 1) } из { $highest }, оценок { $done } из { $assigned }
# Variables: $done (reviews submitted), $assigned (reviews assigned)
review-admin-figures-none = Оценок ещё нет, оценки { $done }/{ $assigned }
# Variables: $name (the reviewer), $total (their weighted total), $highest (the highest possible), $submitted (yes or no)
review-admin-reviewer = { $name }: { $total } из { $highest }{ $submitted ->
        [yes] {""}
       *[no] {" "}(оценка не отправлена)
    }
# Variables: $criterion (its name), $score (the score)
review-admin-score = · { $criterion }: { $score }
# Variables: $note (the reviewer's private note)
review-admin-note = Заметка: { $note }
# Variables: $names (reviewers who scored nothing yet)
review-admin-waiting = Назначены, баллов ещё нет: { $names }
review-admin-none = Эксперты ещё не назначены.

# Variables: $spread (how far apart the highest and the lowest total are)
review-differ = { $spread ->
    [0] эксперты дали одинаковую сумму
    [one] суммы экспертов расходятся не больше чем на { $spread } балл
    [few] суммы экспертов расходятся не больше чем на { $spread } балла
    [many] суммы экспертов расходятся не больше чем на { $spread } баллов
   *[other] суммы экспертов расходятся не больше чем на { $spread } балла
}
review-decision-accepted = ✅ принята
review-decision-declined = ✖️ отклонена
review-decision-waitlisted = ⏳ список ожидания
