## story_reading: опубликованные истории для всех, и организаторы их публикуют

menu-stories = 📖 Истории
commands-stories = Истории завершённых проектов

## Чтение
# Variables:
#   $count (Number) - published stories
stories-home = { $count ->
    [0] 📖 Истории
        Пока не опубликовано ни одной истории. Когда команда завершит проект, его история появится здесь.
    [1] 📖 Истории · одна история о проектах команд:
    [one] 📖 Истории · { $count } история о проектах команд:
    [few] 📖 Истории · { $count } истории о проектах команд:
    [many] 📖 Истории · { $count } историй о проектах команд:
   *[other] 📖 Истории · { $count } истории о проектах команд:
}
# Variables:
#   $theme (String) - the topic of the story's idea
#   $has_theme (String) - yes or no
#   $cities (String) - the partnership's cities, e.g. "Karlsruhe – Krasnodar"
stories-group = { $has_theme ->
    [yes] 🏷 { $theme } · { $cities }
   *[no] 🏷 { $cities }
}
stories-page-previous = ◀️ Назад
stories-page-next = Ещё ▶️
stories-all = 📖 Все истории
stories-not-found = Эта история не опубликована (или уже снята). Другие истории — в /stories.
stories-untitled = История команды
stories-not-published-yet = 🔒 Ещё не опубликована: это видят только команда и организаторы.
stories-heading-idea = 💡 Идея
# Variables:
#   $title (String) - the idea's title
#   $city (String) - the city the idea came from
#   $has_city (String) - yes or no
stories-idea-origin = { $has_city ->
    [yes] «{ $title }», предложена в городе { $city }
   *[no] «{ $title }»
}
stories-heading-team = 👥 Команда
stories-heading-timeline = 🗓 От идеи до результата
stories-heading-blockers = 🧱 Что мешало
stories-heading-outcome = 🎯 Результат
# Variables:
#   $day (String) - the date, e.g. "12 March 2026"
stories-timeline-line = • { $day }:
# Variables:
#   $kind (String) - what happened
stories-timeline-kind = { $kind ->
    [idea] идею предложили
    [team] команда собралась
    [checkin] опрос команды
    [blocker] возникла проблема
    [resolved] проблему решили
    [closing] проект завершён
   *[update] новости от команды
}
stories-team-member = участник команды
# Variables:
#   $city (String) - the person's city
stories-team-member-from = участник команды из города { $city }
stories-machine-mark = 🤖 Части этой истории — машинный перевод; оригинал в одно нажатие.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
stories-shown-in = { $mark } Части показаны на языке «{ $language }»: перевода пока нет.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the original language's name
stories-original = { $mark } Оригинал ({ $language })
stories-original-shown = 📜 Оригинал, как его написала команда.
stories-in-my-language = 🌐 На моём языке
# Variables:
#   $count (Number) - photos
stories-photos = { $count ->
    [1] 🖼 Фото
    [one] 🖼 { $count } фото
    [few] 🖼 { $count } фото
    [many] 🖼 { $count } фото
   *[other] 🖼 { $count } фото
}
# Variables:
#   $title (String) - the story's title
stories-photos-of = 🖼 Фото к истории «{ $title }».
stories-back-to-story = ◀️ К истории
stories-open = 📖 Читать историю

## Уведомления
# Variables:
#   $title (String) - the story's title
stories-voters-told = 🎉 Идея, за которую вы голосовали, стала проектом: «{ $title }». Его история теперь опубликована.
# Variables:
#   $title (String) - the story's title
stories-team-published = 📖 История вашей команды «{ $title }» опубликована. Все, кто голосовал за идею, узнают об этом.
# Variables:
#   $title (String) - the story's title
#   $note (String) - the organiser's note
stories-team-sent-back = ↩️ Организаторы вернули историю «{ $title }» команде перед публикацией. Их заметка: { $note }

## Новости к дате проверки
# Variables:
#   $title (String) - the story's title
stories-update-asked = 🗓 История вашей команды «{ $title }» опубликована. Что произошло с тех пор? Достаточно одной строки: она попадёт в хронологию истории.
stories-update-write = ✏️ Написать новость
# Variables:
#   $title (String) - the story's title
stories-update-ask = ✏️ Напишите одну строку о «{ $title }»: что произошло после публикации истории?
stories-update-added = ✅ Спасибо: ваша новость добавлена в хронологию истории.
stories-update-done = Участник команды уже написал эту новость. Спасибо!
# Variables:
#   $limit (Number) - the longest update
stories-update-length = Пожалуйста, напишите одну строку, не длиннее { $limit } символов.

## Организаторы: проверка и публикация
stories-review-button = 📖 Истории
# Variables:
#   $count (Number) - all stories of the partnership
#   $waiting (Number) - stories waiting for review
stories-review-list = { $count ->
    [0] 📖 Истории
        Ни одна команда пока не написала историю. Команды готовят её, когда завершают проект.
   *[other] 📖 Истории · { $waiting ->
        [0] ни одна не ждёт проверки.
        [1] одна ждёт вашей проверки (📥).
        [one] { $waiting } ждёт вашей проверки (📥).
        [few] { $waiting } ждут вашей проверки (📥).
        [many] { $waiting } ждут вашей проверки (📥).
       *[other] { $waiting } ждут вашей проверки (📥).
    }
}
# Variables:
#   $status (String) - the story's status
stories-status = { $status ->
    [review] 📥 Ждёт вашей проверки.
    [published] 📖 Опубликована: читатели видят её так, как ниже.
    [withdrawn] 🚫 Снята: читатели её больше не видят.
   *[draft] ✏️ Команда ещё пишет её.
}
stories-consent-heading = 🤝 Согласие на упоминание имени
# Variables:
#   $state (String) - pending, given, declined or erased
#   $name (String) - the person's name and city
stories-consent-line = { $state ->
    [given] ✔️ { $name }: согласие дано
    [declined] ✖️ { $name }: не согласен(на) (показывается как участник команды из своего города)
    [erased] ✖️ { $name }: данные удалены
   *[pending] ⏳ { $name }: ответа пока нет
}
stories-consent-nobody = В этой истории никто не назван.
stories-as-readers-see = 👁 Как видят читатели
stories-publish = 📣 Опубликовать
stories-send-back = ↩️ Вернуть команде
stories-withdraw = 🚫 Снять
# Variables:
#   $count (Number) - people who have not answered
stories-publish-refused = { $count ->
    [1] ⏳ Пока нельзя: один человек, названный в истории, ещё не дал согласия на упоминание имени. Публикация ждёт его ответа:
    [one] ⏳ Пока нельзя: { $count } человек, названный в истории, ещё не ответил на вопрос о согласии. Публикация ждёт ответа:
    [few] ⏳ Пока нельзя: { $count } человека, названные в истории, ещё не ответили на вопрос о согласии. Публикация ждёт их ответа:
    [many] ⏳ Пока нельзя: { $count } человек, названных в истории, ещё не ответили на вопрос о согласии. Публикация ждёт их ответа:
   *[other] ⏳ Пока нельзя: { $count } человека, названных в истории, ещё не ответили на вопрос о согласии. Публикация ждёт их ответа:
}
stories-publish-refused-popup = Пока нельзя: кто-то из названных в истории ещё не ответил.
stories-published-already = Эта история уже опубликована.
# Variables:
#   $title (String) - the story's title
stories-publish-confirm = 📣 Опубликовать «{ $title }»? Её смогут читать все — в боте и в ленте для сайта.
# Variables:
#   $count (Number) - people told
stories-publish-reach = { $count ->
    [0] Никто не получит уведомления (у идеи нет голосов, или все уже знают).
    [1] Уведомление получит один человек: автор идеи, проголосовавший или поддержавший.
    [one] Уведомление получит { $count } человек: автор идеи, проголосовавшие и поддержавшие.
    [few] Уведомление получат { $count } человека: автор идеи, проголосовавшие и поддержавшие.
    [many] Уведомление получат { $count } человек: автор идеи, проголосовавшие и поддержавшие.
   *[other] Уведомление получат { $count } человека: автор идеи, проголосовавшие и поддержавшие.
}
# Variables:
#   $count (Number) - people who muted announcements
stories-publish-muted = { $count ->
    [1] Один человек отключил объявления и не получит уведомления.
    [one] { $count } человек отключил объявления и не получит уведомления.
    [few] { $count } человека отключили объявления и не получат уведомления.
    [many] { $count } человек отключили объявления и не получат уведомления.
   *[other] { $count } человека отключили объявления и не получат уведомления.
}
stories-publish-review-date = 🗓 Попросить команду позже написать строку новостей?
# Variables:
#   $months (Number) - months after publishing; 0 for never
stories-review-months = { $months ->
    [0] Не просить
   *[other] { $months } мес.
}
stories-publish-now = 📣 Опубликовать сейчас
# Variables:
#   $count (Number) - people told
stories-published = { $count ->
    [0] ✅ Опубликовано. Команда получила уведомление.
    [1] ✅ Опубликовано. Уведомления получили команда и один человек, голосовавший за идею.
    [one] ✅ Опубликовано. Уведомления получили команда и { $count } человек, голосовавший за идею.
    [few] ✅ Опубликовано. Уведомления получили команда и { $count } человека, голосовавшие за идею.
    [many] ✅ Опубликовано. Уведомления получили команда и { $count } человек, голосовавших за идею.
   *[other] ✅ Опубликовано. Уведомления получили команда и { $count } человека, голосовавших за идею.
}
stories-note-ask = ↩️ Что команде изменить перед публикацией? Напишите заметку: команда получит её вместе с историей.
stories-note-empty = Пожалуйста, напишите заметку для команды.
# Variables:
#   $count (Number) - team members told
stories-sent-back = { $count ->
    [0] ↩️ Возвращено команде (никого из команды не удалось уведомить).
    [1] ↩️ Возвращено команде: один участник получил вашу заметку.
    [one] ↩️ Возвращено команде: { $count } участник получил вашу заметку.
    [few] ↩️ Возвращено команде: { $count } участника получили вашу заметку.
    [many] ↩️ Возвращено команде: { $count } участников получили вашу заметку.
   *[other] ↩️ Возвращено команде: { $count } участника получили вашу заметку.
}
# Variables:
#   $title (String) - the story's title
stories-withdraw-confirm = 🚫 Снять «{ $title }»? Она исчезнет из списка и из ленты; никто не получит уведомления. Позже её можно опубликовать снова.
stories-withdraw-yes = 🚫 Да, снять
stories-withdrawn = 🚫 Снята: читатели её больше не видят.

## The feed for the website
stories-feed-title = Истории Twin City
stories-feed-description = Завершённые проекты команд городов-партнёров — от идеи до результата.

## /mydata и /deleteme
# Variables:
#   $count (Number) - stories that may name the person
stories-mydata = { $count ->
    [1] 📖 Вас может называть одна история:
    [one] 📖 Вас может называть { $count } история:
    [few] 📖 Вас могут называть { $count } истории:
    [many] 📖 Вас могут называть { $count } историй:
   *[other] 📖 Вас могут называть { $count } истории:
}
# Variables:
#   $title (String) - the story's title
#   $consent (String) - pending, given, declined or erased
stories-mydata-line = • «{ $title }»: { $consent ->
    [given] вы согласились, чтобы вас называли
    [declined] вы отказались: вы показаны как участник команды из своего города
    [erased] ваше имя удалено
   *[pending] вы ещё не ответили
}
# Variables:
#   $count (Number) - stories
stories-erased = { $count ->
    [1] 📖 Ваше имя и фото удалены из одной истории; она остаётся и называет «участник команды из вашего города».
    [one] 📖 Ваше имя и фото удалены из { $count } истории; они остаются и называют «участник команды из вашего города».
    [few] 📖 Ваше имя и фото удалены из { $count } историй; они остаются и называют «участник команды из вашего города».
    [many] 📖 Ваше имя и фото удалены из { $count } историй; они остаются и называют «участник команды из вашего города».
   *[other] 📖 Ваше имя и фото удалены из { $count } истории; они остаются и называют «участник команды из вашего города».
}
