## Идеи: участники

menu-ideas = 💡 Идеи
commands-ideas = Идеи и голосование
ideas-home-button = 💡 Идеи
# Variables:
#   $submissions (String) - open or closed
#   $voting (String) - open or closed
#   $left (Number) - votes left
#   $budget (Number) - votes in all
ideas-home =
    💡 Идеи проектов партнёрства

    { $submissions ->
        [open] ✍️ Новые идеи приветствуются.
       *[closed] ✍️ Приём новых идей закрыт.
    }
    { $voting ->
        [open] 🗳 Голосование открыто: у вас осталось голосов — { $left } из { $budget }.
       *[closed] 🗳 Голосование ещё не открыто.
    }
ideas-submit = ➕ Предложить идею
ideas-browse = 📋 Смотреть идеи
ideas-results = 🏆 Итоги
ideas-mine = ✍️ Мои идеи
ideas-organise = 🛠 Управление идеями

ideas-ask-title = Как называется ваша идея? Отправьте короткое название (до 120 символов).
ideas-ask-description = Опишите идею в нескольких предложениях (до 1500 символов). Пишите на своём языке — другие смогут прочитать на своём.
ideas-ask-themes = К каким темам она относится? Отметьте все подходящие и нажмите «Готово».
ideas-ask-needs = Что нужно этой идее от города-партнёра? (по желанию)
ideas-ask-photo = Хотите добавить фото? Отправьте его сейчас или пропустите.
ideas-draft-cancelled = Отменено — идея не сохранена.
# Variables:
#   $ideas (String) - list of similar ideas
ideas-similar =
    👀 Похожие идеи уже есть:
    { $ideas }

    Можно присоединиться к одной из них вместо дубликата — или всё равно отправить свою.
# Variables:
#   $title (String) - idea title
ideas-join = 🤝 Присоединиться к «{ $title }»
ideas-submit-anyway = Всё равно отправить свою ▶️
# Variables:
#   $title (String) - idea title
#   $description (String) - description
#   $needs (String) - needs from the partner city
#   $themes (String) - themes
#   $language (String) - language of the text
#   $photo (String) - yes or no
ideas-review =
    Пожалуйста, проверьте идею:

    💡 { $title }
    { $description }

    🤝 Нужно от города-партнёра: { $needs }
    🏷 { $themes }
    🌐 Язык текста: { $language } (нажмите, чтобы исправить)
    { $photo ->
        [yes] 🖼 С фото
       *[no] {""}
    }
ideas-show-name-yes = 👤 Показывать моё имя: да
ideas-show-name-no = 👤 Показывать моё имя: нет
# Variables:
#   $title (String) - workshop title
ideas-written-at = 📅 Придумано на «{ $title }»
ideas-publish = ✅ Отправить идею
# Variables:
#   $title (String) - idea title
ideas-submitted = ✅ Спасибо! «{ $title }» теперь видна всем в партнёрстве.
# Variables:
#   $title (String) - idea title
ideas-submitted-review = ✅ Спасибо! «{ $title }» станет видна, когда её посмотрят организаторы.
# Variables:
#   $title (String) - idea title
ideas-joined = 🤝 Вы присоединились к «{ $title }». Её авторы увидят, что вы хотите участвовать.

# Variables:
#   $total (Number) - ideas found
#   $page (Number) - page number
ideas-list = { $total ->
        [one] { $total } идея
        [few] { $total } идеи
        [many] { $total } идей
       *[other] { $total } идеи
    } — страница { $page }. Нажмите, чтобы прочитать:
ideas-list-empty = Здесь пока нет идей. Предложите первую!
ideas-list-empty-mine = Вы ещё не предложили ни одной идеи.
ideas-all-themes = все темы
# Variables:
#   $theme (String) - the current theme filter
ideas-filter-theme = 🏷 Тема: { $theme }
ideas-filter-scope-a = 🏙 Все города
ideas-filter-scope-m = 🏙 Мой город
ideas-filter-scope-p = 🏙 Город-партнёр
ideas-sort-n = ↕️ Сначала новые
ideas-sort-v = ↕️ Сначала популярные

# Variables:
#   $title (String) - title
#   $description (String) - description
#   $city (String) - city of the author
#   $themes (String) - themes
#   $votes (Number) - votes
#   $supporters (Number) - people who want to work on it
ideas-card =
    💡 { $title }

    { $description }

    🏙 { $city } · 🏷 { $themes }
    👍 { $votes ->
        [one] { $votes } голос
        [few] { $votes } голоса
        [many] { $votes } голосов
       *[other] { $votes } голоса
    } · 🙋 { $supporters ->
        [0] пока никто не присоединился
        [one] { $supporters } человек хочет участвовать
        [few] { $supporters } человека хотят участвовать
        [many] { $supporters } человек хотят участвовать
       *[other] { $supporters } человека хотят участвовать
    }
# Variables:
#   $needs (String) - needs from the partner city
ideas-card-needs = 🤝 Нужно от города-партнёра: { $needs }
# Variables:
#   $name (String) - author's display name
ideas-card-author = ✍️ { $name }
# Variables:
#   $language (String) - original language
ideas-card-machine = 🤖 Машинный перевод (оригинал: { $language })
# Variables:
#   $language (String) - original language
ideas-card-human = 🌐 Перевод участника (оригинал: { $language })
# Variables:
#   $reason (String) - empty
ideas-card-status-submitted = ⏳ Ждёт публикации организаторами.
# Variables:
#   $reason (String) - why it was hidden
ideas-card-status-hidden = 🚫 Скрыта организаторами: { $reason }
# Variables:
#   $reason (String) - empty
ideas-card-status-merged = 🔗 Объединена с другой идеей.
# Variables:
#   $reason (String) - empty
ideas-card-status-withdrawn = ↩️ Отозвана автором.
# Variables:
#   $left (Number) - votes left
ideas-card-you-voted = ✅ Вы проголосовали за эту идею (осталось: { $left }).
# Variables:
#   $left (Number) - votes left
ideas-vote = 👍 Голосовать (осталось: { $left })
ideas-unvote = ↩️ Забрать свой голос
ideas-support = 🙋 Хочу работать над этим
ideas-support-stop = 🙋 Больше не хочу работать над этим
ideas-show-original = 🌐 Показать оригинал
ideas-show-translation = 🌐 Показать на моём языке
ideas-add-translation = ✍️ Добавить перевод
ideas-edit = ✏️ Изменить
ideas-withdraw = 🗑 Отозвать
ideas-report = ⚠️ Пожаловаться
ideas-moderate = 🛡 Модерировать
# Variables:
#   $left (Number) - votes left
ideas-voted = 👍 Ваш голос учтён. { $left ->
        [0] Вы использовали все голоса.
        [one] У вас остался { $left } голос.
        [few] У вас осталось { $left } голоса.
        [many] У вас осталось { $left } голосов.
       *[other] У вас осталось { $left } голоса.
    }
# Variables:
#   $left (Number) - votes left
ideas-unvoted = ↩️ Голос возвращён. Осталось: { $left }.
ideas-supporting = 🙋 Отмечено: вы хотите работать над этой идеей.
ideas-not-supporting = Отмечено: вы больше не хотите работать над этой идеей.
ideas-report-ask = Сообщить организаторам, что эта идея неуместна?
ideas-report-confirm = ⚠️ Да, пожаловаться
ideas-reported = ⚠️ Спасибо — организаторы посмотрят.
ideas-withdraw-ask = Отозвать вашу идею? Её голоса вернутся проголосовавшим.
ideas-withdraw-confirm = 🗑 Да, отозвать
ideas-withdrawn = Ваша идея отозвана.
ideas-edit-ask = Что вы хотите изменить?
ideas-edit-title = Название
ideas-edit-description = Описание
ideas-edit-needs = Что нужно от города-партнёра
ideas-edited = ✏️ Сохранено. Переводы старого текста удалены.
ideas-translate-choose = На какой язык вы хотите перевести?
# Variables:
#   $language (String) - target language
ideas-translate-ask-title = Отправьте название на языке: { $language }.
# Variables:
#   $language (String) - target language
ideas-translate-ask-description = Теперь отправьте описание на языке: { $language }.
ideas-translation-live = 🌐 Спасибо — ваш перевод уже виден.
ideas-translation-pending = 🌐 Спасибо — перевод появится после одобрения организаторами.

ideas-results-all = 🏆 Всего
ideas-results-chart = 📊 Диаграмма
# Variables:
#   $scope (String) - partnership, theme or city
ideas-results-title = 🏆 Больше всего голосов — { $scope }:
# Variables:
#   $rank (Number) - place
#   $title (String) - idea title
#   $votes (Number) - votes
ideas-results-line = { $rank }. { $title } — { $votes ->
        [one] { $votes } голос
        [few] { $votes } голоса
        [many] { $votes } голосов
       *[other] { $votes } голоса
    }
ideas-results-empty = Пока нет идей с голосами.
ideas-chart-title = Идеи с наибольшим числом голосов
ideas-chart-votes = Голоса
# Variables:
#   $partnership (String) - partnership
ideas-chart-caption = 📊 Итоги: { $partnership }

ideas-error-title-empty = Название не может быть пустым.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-title-long = В названии { $length } символов; пожалуйста, не больше { $limit }.
ideas-error-description-empty = Пожалуйста, опишите идею хотя бы в нескольких словах.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-description-long = В описании { $length } символов; пожалуйста, не больше { $limit }.
ideas-error-needs-empty = Пожалуйста, напишите несколько слов или пропустите этот шаг.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-needs-long = Здесь { $length } символов; пожалуйста, не больше { $limit }.
ideas-error-reason-empty = Пожалуйста, укажите короткую причину.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-reason-long = В причине { $length } символов; пожалуйста, не больше { $limit }.
ideas-error-themes-empty = Пожалуйста, выберите хотя бы одну тему.
ideas-error-use-buttons = Пожалуйста, на этом шаге используйте кнопки.
ideas-submissions-closed = Приём идей сейчас закрыт.
ideas-draft-missing = Эта идея больше не редактируется. Начните заново в разделе 💡 Идеи.
ideas-gone = Эта идея больше недоступна.
ideas-vote-closed = 🗳 Голосование сейчас закрыто.
# Variables:
#   $budget (Number) - votes per person
ideas-vote-budget = Вы использовали все голоса ({ $budget }). Заберите голос у другой идеи, чтобы проголосовать за эту.
ideas-vote-already = Вы уже проголосовали за эту идею.
ideas-vote-own = За свою идею голосовать нельзя.
ideas-vote-not-votable = За эту идею голосовать нельзя.
ideas-merge-same = Идею нельзя объединить саму с собой.
ideas-merge-impossible = Эти две идеи объединить нельзя.

# Variables:
#   $title (String) - idea title
ideas-organisers-new = 💡 Новая идея ждёт проверки: «{ $title }»
# Variables:
#   $title (String) - idea title
ideas-organisers-report = ⚠️ На идею пожаловались: «{ $title }»
# Variables:
#   $title (String) - idea title
ideas-organisers-translation = 🌐 Перевод «{ $title }» ждёт одобрения.
# Variables:
#   $title (String) - idea title
ideas-published-notice = ✅ Ваша идея «{ $title }» теперь видна всем.
# Variables:
#   $title (String) - idea title
#   $reason (String) - why
ideas-hidden-notice = 🚫 Организаторы скрыли вашу идею «{ $title }». Причина: { $reason }
# Variables:
#   $title (String) - idea title
#   $target (String) - idea it was merged into
ideas-merged-notice = 🔗 Ваша идея «{ $title }» объединена с очень похожей идеей «{ $target }». Голоса перенесены, и теперь вы в её команде.
# Variables:
#   $count (Number) - new votes
#   $ideas (String) - ideas with new votes
ideas-vote-digest =
    👍 { $count ->
        [one] Ваши идеи получили { $count } новый голос:
        [few] Ваши идеи получили { $count } новых голоса:
        [many] Ваши идеи получили { $count } новых голосов:
       *[other] Ваши идеи получили { $count } новых голоса:
    }
    { $ideas }

## Идеи: организаторы

# Variables:
#   $budget (Number) - votes per person
ideas-settings = 🛠 Идеи партнёрства. Голосов на человека: { $budget }. Нажмите, чтобы переключить:
ideas-set-submissions = ✍️ Приём идей открыт
ideas-set-voting = 🗳 Голосование открыто
ideas-set-premoderation = 🛡 Проверять новые идеи перед показом
# Variables:
#   $count (Number) - items waiting
ideas-set-queue = 📥 На проверку ({ $count })
# Variables:
#   $count (Number) - items waiting
ideas-queue = { $count ->
        [0] 📥 Проверять нечего.
        [one] 📥 На проверку: { $count }
        [few] 📥 На проверку: { $count }
        [many] 📥 На проверку: { $count }
       *[other] 📥 На проверку: { $count }
    }
# Variables:
#   $title (String) - idea title
ideas-queue-new = 💡 Новая: { $title }
# Variables:
#   $number (Number) - idea number
#   $language (String) - language
ideas-queue-translation = 🌐 Перевод #{ $number }: { $language }
# Variables:
#   $number (Number) - idea number
#   $count (Number) - reports
ideas-queue-report = ⚠️ #{ $number }: жалоб — { $count }
# Variables:
#   $language (String) - language
#   $title (String) - translated title
#   $description (String) - translated description
ideas-tr-review =
    🌐 Перевод — { $language }:

    { $title }
    { $description }
ideas-tr-approve = ✅ Одобрить
ideas-tr-reject = ✖️ Отклонить
ideas-tr-approved = 🌐 Перевод одобрен.
ideas-tr-rejected = 🌐 Перевод отклонён.
# Variables:
#   $title (String) - idea title
ideas-mod-menu = 🛡 «{ $title }»: опубликовать, скрыть, объединить с другой идеей или изменить темы.
ideas-mod-publish = ✅ Опубликовать
ideas-mod-hide = 🚫 Скрыть
ideas-mod-merge = 🔗 Объединить с…
ideas-mod-dismiss = 👌 Жалобы необоснованны
ideas-mod-published = ✅ Опубликовано; автору сообщено.
ideas-mod-hide-ask = Почему идея скрывается? Автор прочитает эту причину.
ideas-mod-merge-ask = С какой идеей её объединить? Голоса переносятся; кто голосовал за обе, сохранит один голос и получит второй обратно.
# Variables:
#   $moved (Number) - votes moved
#   $returned (Number) - votes given back
ideas-mod-merged = 🔗 Объединено: перенесено голосов — { $moved }, возвращено голосовавшим за обе — { $returned }.
ideas-mod-dismissed = 👌 Жалобы закрыты.
ideas-mod-hidden = 🚫 Скрыто; автору сообщена причина.
# Variables:
#   $title (String) - workshop title
ideas-card-workshop = 📅 Придумано на «{ $title }»
ideas-photo = 🖼 Фото
