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
        [open] ✍️ Ждём ваших новых идей.
       *[closed] ✍️ Приём новых идей закрыт.
    }
    { $voting ->
        [open] 🗳 Голосование открыто. Осталось голосов: { $left } из { $budget }.
       *[closed] 🗳 Голосование ещё не открыто.
    }
ideas-submit = ➕ Предложить идею
ideas-browse = 📋 Смотреть идеи
ideas-results = 🏆 Итоги
ideas-mine = ✍️ Мои идеи
ideas-organise = 🛠 Управление идеями

ideas-ask-title = Как называется ваша идея? Отправьте короткое название (до 120 символов).
ideas-ask-description = Опишите идею в нескольких предложениях (до 1500 символов). Пишите на своём языке — другие смогут прочитать на своём.
ideas-ask-description-untranslated = Опишите идею в нескольких предложениях (до 1500 символов) на своём языке.
ideas-ask-theme-first = Какая тема лучше всего подходит к идее? Нажмите на неё — другие темы можно добавить на следующем экране.
ideas-ask-themes = К каким темам она относится? Отметьте все подходящие и нажмите «Готово».
ideas-ask-needs = Что нужно этой идее от города-партнёра? (по желанию)
ideas-ask-photo = Отправьте фото к идее (или вернитесь назад).
ideas-draft-cancelled = Отменено — идея не сохранена.
# Variables:
#   $ideas (String) - list of similar ideas
ideas-similar =
    👀 Похожие идеи уже есть:
    { $ideas }

    Можно присоединиться к одной из них, а не создавать повтор, — или всё равно отправить свою.
# Variables:
#   $title (String) - idea title (first 40 characters), gender unknown; button label
ideas-join = 🤝 Присоединиться: «{ $title }»
ideas-submit-anyway = Всё равно отправить свою ▶️
# Variables:
#   $title (String) - idea title, gender unknown: put a noun before it («идея «…»»)
#   $description (String) - description
#   $themes (String) - themes
#   $language (String) - language of the text
ideas-review =
    Пожалуйста, проверьте идею:

    💡 { $title }
    { $description }

    🏷 { $themes }
    🌐 Язык текста: { $language } (нажмите, чтобы исправить)
# Variables:
#   $needs (String) - what the idea needs from the partner city
ideas-review-needs = 🤝 Нужно от города-партнёра: { $needs }
ideas-review-photo = 🖼 С фото
# Variables:
#   $name (String) - the author's name as the idea would show it
#   $shown (String) - yes or no: whether the author chose to show it
ideas-review-name = { $shown ->
        [yes] 👤 Ваше имя будет видно: { $name }
       *[no] 👤 Ваше имя не будет видно ({ $name })
    }
ideas-draft-more-themes = 🏷 Изменить темы
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-needs = { $state ->
        [set] 🤝 Изменить, что нужно
       *[empty] 🤝 Добавить, что нужно
    }
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-photo = { $state ->
        [set] 🖼 Заменить фото
       *[empty] 🖼 Добавить фото
    }
ideas-show-name-yes = 👤 Показывать моё имя: да
ideas-show-name-no = 👤 Показывать моё имя: нет
# Variables:
#   $title (String) - workshop title, gender unknown; button label, keep the noun before it
ideas-written-at = 📅 С воркшопа «{ $title }»
ideas-publish = Отправить идею
# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
ideas-submitted = ✅ Спасибо! Ваша идея «{ $title }» теперь видна всем в партнёрстве.
# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
ideas-submitted-review = ✅ Спасибо! Ваша идея «{ $title }» станет видна всем, когда её посмотрят организаторы.
# Variables:
#   $title (String) - idea title, gender unknown: keep «идея» before it
ideas-joined = 🤝 Вы присоединились к идее «{ $title }». Её авторы увидят, что вы хотите над ней работать.

# Variables:
#   $total (Number) - ideas found
#   $page (Number) - page number
ideas-list = { $total ->
        [one] { $total } идея
        [few] { $total } идеи
        [many] { $total } идей
       *[other] { $total } идеи
    } — страница { $page }. Нажмите на идею, чтобы прочитать её:
ideas-list-empty = Здесь пока нет идей. Предложите первую!
ideas-list-empty-mine = Вы ещё не предложили ни одной идеи.

# Variables:
#   $number (Number) - the line number, shown on the idea's vote button too
#   $title (String) - idea title
#   $votes (Number) - its votes so far; a line of the list (the button shows only the title)
ideas-list-item = { $number }. { $title } — 👍 { $votes }
ideas-list-vote-hint = Голосуйте кнопкой 👍 с номером идеи; ✅ отмечает ваши голоса (нажмите ещё раз, чтобы забрать голос).
ideas-all-themes = все темы
# Variables:
#   $theme (String) - the current theme filter
ideas-filter-theme = 🏷 Тема: { $theme }
ideas-filter-scope-a = 🏙 Все города
ideas-filter-scope-m = 🏙 Мой город
ideas-filter-scope-p = 🏙 Партнёр
ideas-sort-n = ↕️ По дате
ideas-sort-v = ↕️ По голосам

# Variables:
#   $title (String) - title, gender unknown: put a noun before it («идея «…»»)
#   $description (String) - description
#   $city (String) - city of the author
#   $themes (String) - themes, or none (then the theme part is left out)
#   $votes (Number) - votes
#   $supporters (Number) - people who want to work on it
ideas-card =
    💡 { $title }

    { $description }

    🏙 { $city }{ $themes ->
        [none] {""}
       *[other] {" · "}🏷 { $themes }
    }
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
#   $name (String) - author's display name, gender unknown: no gendered verb after it
ideas-card-author = ✍️ { $name }
# Variables:
#   $language (String) - original language, lower case ("немецкий")
ideas-card-machine = 🤖 Машинный перевод, язык оригинала: { $language }
# Variables:
#   $language (String) - original language, lower case ("немецкий")
ideas-card-human = 🌐 Перевод участника, язык оригинала: { $language }
# Variables:
#   $reason (String) - empty
ideas-card-status-submitted = ⏳ Ждёт проверки: идею опубликуют организаторы.
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
ideas-unvote = ↩️ Забрать мой голос
ideas-support = 🙋 Хочу участвовать
ideas-support-stop = 🙋 Больше не хочу участвовать
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
ideas-reported = ⚠️ Спасибо — организаторы её посмотрят.
ideas-withdraw-ask = Отозвать вашу идею? Голоса за неё вернутся тем, кто голосовал.
ideas-withdraw-confirm = 🗑 Да, отозвать
ideas-withdrawn = Ваша идея отозвана.
ideas-edit-ask = Что вы хотите изменить?
ideas-edit-title = Название
ideas-edit-description = Описание
ideas-edit-needs = Что нужно от города-партнёра
ideas-edited = ✏️ Сохранено. Переводы старого текста удалены.
ideas-translate-choose = На какой язык вы хотите её перевести?
# Variables:
#   $language (String) - target language
ideas-translate-ask-title = Отправьте название на языке: { $language }.
# Variables:
#   $language (String) - target language
ideas-translate-ask-description = Теперь отправьте описание на языке: { $language }.
ideas-translation-live = 🌐 Спасибо — ваш перевод уже виден.
ideas-translation-pending = 🌐 Спасибо — перевод появится после одобрения организаторами.

ideas-results-all = 🏆 Все идеи
ideas-results-chart = 📊 Диаграмма
# Variables:
#   $scope (String) - partnership, theme or city name
ideas-results-title = 🏆 Больше всего голосов — { $scope }:
# Variables:
#   $rank (Number) - place
#   $title (String) - idea title, gender unknown: put a noun before it («идея «…»»)
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
ideas-error-title-long = Название слишком длинное: { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    }, а можно не больше { $limit }. Пожалуйста, сократите его.
ideas-error-description-empty = Пожалуйста, опишите идею хотя бы в нескольких словах.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-description-long = Описание слишком длинное: { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    }, а можно не больше { $limit }. Пожалуйста, сократите его.
ideas-error-needs-empty = Пожалуйста, напишите несколько слов или пропустите этот шаг.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-needs-long = Текст слишком длинный: { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    }, а можно не больше { $limit }. Пожалуйста, сократите его.
ideas-error-reason-empty = Пожалуйста, укажите короткую причину.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-reason-long = Текст причины слишком длинный: { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    }, а можно не больше { $limit }. Пожалуйста, сократите его.
ideas-error-themes-empty = Пожалуйста, выберите хотя бы одну тему.
ideas-error-photo-later = Фото можно будет добавить при проверке идеи, после выбора темы.
ideas-error-use-buttons = Пожалуйста, на этом шаге используйте кнопки.
ideas-submissions-closed = Приём идей сейчас закрыт.
ideas-draft-missing = Эта идея больше не редактируется. Начните заново в разделе 💡 Идеи.
ideas-gone = Эта идея больше недоступна.
ideas-vote-closed = 🗳 Голосование сейчас закрыто.
# Variables:
#   $budget (Number) - votes per person
ideas-vote-budget = Вы уже отдали все свои голоса ({ $budget } из { $budget }). Заберите голос у другой идеи, чтобы проголосовать за эту.
ideas-vote-already = Вы уже проголосовали за эту идею.
ideas-vote-own = За свою идею голосовать нельзя.
ideas-vote-not-votable = За эту идею голосовать нельзя.
ideas-merge-same = Идею нельзя объединить саму с собой.
ideas-merge-impossible = Эти две идеи объединить нельзя.

# Variables:
#   $title (String) - idea title, gender unknown: put a noun before it («идея «…»»)
ideas-published-notice = ✅ Ваша идея «{ $title }» теперь видна всем.
# Variables:
#   $title (String) - idea title, gender unknown: put a noun before it («идея «…»»)
#   $reason (String) - why
ideas-hidden-notice = 🚫 Организаторы скрыли вашу идею «{ $title }». Причина: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown
#   $target (String) - idea it was merged into, gender unknown
ideas-merged-notice = 🔗 Ваша идея «{ $title }» объединена с очень похожей идеей «{ $target }». Голоса за вашу идею перенесены, и теперь вы в команде этой идеи.
# Variables:
#   $count (Number) - new votes
#   $ideas (String) - ideas with new votes
ideas-vote-digest =
    👍 { $count ->
        [one] Ваши идеи получили { $count } новый голос:
        [few] Ваши идеи получили { $count } новых голоса:
        [many] Ваши идеи получили { $count } новых голосов:
       *[other] Ваши идеи получили { $count } нового голоса:
    }
    { $ideas }

## Идеи: организаторы

# Variables:
#   $budget (Number) - votes per person
ideas-settings = 🛠 Идеи партнёрства. Голосов на человека: { $budget }. Нажмите, чтобы переключить:
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-submissions = { $state ->
        [on] ✍️ Приём идей идёт · закрыть
       *[off] ✍️ Приёма идей нет · открыть
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-voting = { $state ->
        [on] 🗳 Голосование идёт · закрыть
       *[off] 🗳 Голосования нет · открыть
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-premoderation = { $state ->
        [on] 🛡 Проверка: вкл. · выключить
       *[off] 🛡 Проверка: выкл. · включить
    }
# Variables:
#   $count (Number) - items waiting
ideas-set-queue = 📥 Ждут проверки ({ $count })
# Variables:
#   $count (Number) - items waiting
ideas-queue = { $count ->
        [0] 📥 Проверять нечего.
       *[other] 📥 Ждут проверки: { $count }
    }
# Variables:
#   $title (String) - idea title, gender unknown: put a noun before it («идея «…»»)
ideas-queue-new = 💡 Новая: { $title }
# Variables:
#   $number (Number) - idea number
#   $language (String) - language, lower case ("немецкий"); button label
ideas-queue-translation = 🌐 Перевод №{ $number } ({ $language })
# Variables:
#   $number (Number) - idea number
#   $count (Number) - reports
ideas-queue-report = ⚠️ №{ $number }: { $count ->
        [1] одна жалоба
        [one] { $count } жалоба
        [few] { $count } жалобы
        [many] { $count } жалоб
       *[other] { $count } жалобы
    }
# Variables:
#   $source (String) - the idea's original language
#   $source_mark (String) - its flag
#   $original_title (String) - the original title
#   $original_description (String) - the original description
#   $target (String) - the translation's language
#   $target_mark (String) - its flag
#   $title (String) - the translated title
#   $description (String) - the translated description
ideas-tr-review =
    🌐 Перевод ждёт вашего одобрения.

    { $source_mark } { $source } · оригинал:
    { $original_title }
    { $original_description }

    { $target_mark } { $target } · перевод:
    { $title }
    { $description }
ideas-tr-approve = Одобрить
ideas-tr-reject = ✖️ Отклонить
ideas-tr-approved = 🌐 Перевод одобрен.
ideas-tr-rejected = 🌐 Перевод отклонён.
# Variables:
#   $title (String) - idea title, gender unknown: put a noun before it («идея «…»»)
ideas-mod-menu = 🛡 Идея «{ $title }»: опубликовать, скрыть, объединить с другой идеей или изменить темы.
ideas-mod-publish = Опубликовать
ideas-mod-hide = 🚫 Скрыть
ideas-mod-merge = 🔗 Объединить
ideas-mod-dismiss = 👌 Жалобы необоснованны
ideas-mod-published = ✅ Опубликовано, автор получил уведомление.
ideas-mod-hide-ask = Почему вы скрываете эту идею? Автор увидит вашу причину.
ideas-mod-merge-ask = С какой идеей её объединить? Голоса перейдут к выбранной идее; тем, кто голосовал за обе, один голос вернётся.
# Variables:
#   $moved (Number) - votes moved
#   $returned (Number) - votes given back
ideas-mod-merged = 🔗 Идеи объединены. Перенесено голосов: { $moved }; возвращено тем, кто голосовал за обе: { $returned }.
ideas-mod-dismissed = 👌 Жалобы закрыты.
ideas-mod-hidden = 🚫 Идея скрыта, автор получил уведомление с причиной.
# Variables:
#   $title (String) - workshop title, gender unknown: keep «воркшоп» before it
ideas-card-workshop = 📅 Придумано на воркшопе «{ $title }»
# Variables:
#   $count (Number) - the +1 the idea got on the live wall during its event (kept afterwards)
#   $bridge (String) - "yes" when they came from two or more cities, else "no"
ideas-card-wall-votes = { $bridge ->
    [yes] 🌉 { $count } × +1 на стене идей, из обоих городов
   *[no] 👍 { $count } × +1 на стене идей
}
ideas-photo = 🖼 Фото

# Variables:
#   $number (Number) - the line's number, the same as on its vote button
#   $title (String) - idea title (translated when a translation is shown)
#   $votes (Number) - its votes so far
#   $how (String) - machine, human or original: what the title is
#   $mark (String) - the flag of the idea's language
#   $language (String) - the idea's language
ideas-list-item-other = { $number }. { $title } — 👍 { $votes } · { $how ->
        [machine] 🤖 машинный перевод
        [human] ✍️ перевод
       *[original] { $mark } { $language }
    }
ideas-ask-translation = 🙋 Попросить перевод
ideas-ask-translation-already = Вы уже попросили. Когда перевод будет готов, я сообщу.
# Variables:
#   $count (Number) - people asked
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked = 🙋 { $count ->
        [1] Просьба отправлена 1 человеку, который знает оба языка ({ $source } и { $target }).
        [one] Просьба отправлена { $count } человеку, который знает оба языка ({ $source } и { $target }).
        [few] Просьба отправлена { $count } людям, которые знают оба языка ({ $source } и { $target }).
        [many] Просьба отправлена { $count } людям, которые знают оба языка ({ $source } и { $target }).
       *[other] Просьба отправлена { $count } человека, которые знают оба языка ({ $source } и { $target }).
    } Когда перевод будет готов, я сообщу.
# Variables:
#   $count (Number) - 0 (nobody new was asked)
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked-earlier = 🙋 Тех, кто знает оба языка ({ $source } и { $target }), сегодня уже попросили. Когда перевод будет готов, я сообщу.
# Variables:
#   $count (Number) - 0
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-nobody = 🙋 В партнёрстве пока никто не знает оба языка ({ $source } и { $target }), поэтому показан оригинал. Если кто-то переведёт идею, я сообщу.
# Variables:
#   $title (String) - idea title, gender unknown
#   $source (String) - the idea's language
#   $target (String) - the language it is wanted in
ideas-translation-wanted = 🌐 Кто-то хочет прочитать идею «{ $title }» на другом языке ({ $target }). Она написана на языке «{ $source }», а вы знаете оба. Можете перевести? Организатор проверит перевод, прежде чем его покажут.
ideas-translation-wanted-start = ✍️ Перевести
ideas-translation-open = 💡 Открыть идею
# Variables:
#   $title (String) - the translated title, gender unknown
ideas-translation-arrived = 🌐 Перевод, который вы просили, готов: идея «{ $title }».
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-approved-notice = 🌐 Спасибо! Ваш перевод идеи «{ $title }» (язык: { $language }) одобрен и уже виден.
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-rejected-notice = 🌐 Организаторы не одобрили ваш перевод идеи «{ $title }» (язык: { $language }). Можно перевести её ещё раз.
