## stories
## Пишем историю: черновик бота, правка командой, фотографии, согласие.

story-gone = Этой истории больше нет, или вы не можете её править.
story-exists = У этой команды уже есть история. Участники команды пишут её.
story-not-draft = История у организаторов на проверке: сейчас её нельзя изменить.
story-error-empty = Напишите, пожалуйста, хотя бы несколько слов.
# Variables:
#   $limit (Number) - the most characters allowed
#   $length (Number) - how many the text has
story-error-long = Символов в тексте: { $length }; можно не больше { $limit }.
# Variables:
#   $limit (Number) - the most photos a story may have
story-photos-full = Фотографий в истории: { $limit }, больше нельзя. Сначала удалите одну.

# Variables:
#   $city (String) - the person's home city
story-anonymous = участник команды из города { $city }
story-anonymous-no-city = участник команды
story-no-city = город не указан

# Variables:
#   $author (String) - who proposed the idea (a name, or "a team member from …")
story-timeline-idea = Идея предложена: { $author }.
story-timeline-idea-unnamed = Идею предложили.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - the city the idea came from
story-timeline-idea-workshop = Она родилась на { $kind ->
    [kickoff] стартовом воркшопе
   *[other] воркшопе
} «{ $workshop }» { $date }, город: { $city }.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - empty
story-timeline-idea-online = Она родилась на { $kind ->
    [kickoff] стартовом воркшопе
   *[other] воркшопе
} «{ $workshop }» { $date }.{ $city }
# Variables:
#   $city (String) - the city the idea came from
story-timeline-idea-city = Город идеи: { $city }.
# Variables:
#   $members (String) - members per city, as a list
story-timeline-team = Сложилась команда: { $members }.
# Variables:
#   $city (String) - a city
#   $count (Number) - members from there
story-members-in-city = { $city }: { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
# Variables:
#   $number (Number) - the check-in's number
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-checkin = Опрос № { $number } (ответы: { $answered } из { $members })
# Variables:
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-closing = Проект завершён заключительным опросом (ответы: { $answered } из { $members }).
# Variables:
#   $person (String) - who named it
story-timeline-blocker = { $person }: названо препятствие.
# Variables:
#   $person (String) - who had named it
story-timeline-resolved = { $person }: препятствие устранено.

story-team-intro = Над проектом работали люди из обоих городов:
# Variables:
#   $city (String) - a city
#   $names (String) - its members, as a list
story-team-city = { $city }: { $names }
# Variables:
#   $person (String) - the idea's author
story-team-author = Автор идеи: { $person }.

# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-drafted-member = 📖 Бот написал черновик истории вашей команды «{ $title }». Правьте его по разделам, добавляйте фотографии и отправьте на проверку.

    Вот что в ней сказано о вас:
    { $excerpt }

    Может ли история назвать вас по имени и показать фотографии, которые вы добавите? Если нет, на всех языках она назовёт вас «участник команды из города …» с вашим городом.
# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-consent-ask-author = 📖 Команда, которая работает над вашей идеей, пишет свою историю «{ $title }».

    Вот что в ней сказано о вас:
    { $excerpt }

    Может ли история назвать вас по имени? Если нет, на всех языках она назовёт вас «участник команды из города …» с вашим городом.
story-consent-yes = Да, можно назвать меня
story-consent-no = Нет, без моего имени
story-open-draft = 📖 Открыть черновик
story-consent-saved-yes = Спасибо: история может назвать вас. Это можно изменить в черновике.
story-consent-saved-no = История не будет называть вас по имени. Это можно изменить в черновике.

# Variables:
#   $status (String) - draft, review, published or withdrawn
story-draft-head = 📖 { $status ->
    [review] История вашей команды: на проверке у организаторов
    [published] История вашей команды: опубликована
    [withdrawn] История вашей команды: снята организаторами
   *[draft] История вашей команды: черновик
}
story-section-title = 🏷 Название
story-section-idea = 💡 Идея
story-section-team = 👥 Команда
story-section-blockers = 🚧 Препятствия
story-section-outcome = 🏁 Что получилось
story-section-timeline = 🗓 Хронология
story-machine = 🤖 машинный перевод
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
story-shown-in = { $mark } язык: { $language }, как написано
# Variables:
#   $date (String) - the day
#   $text (String) - what happened
story-timeline-line = • { $date }: { $text }
# Variables:
#   $count (Number) - entries left out
story-timeline-more = • … { $count ->
    [one] и ещё { $count } запись
    [few] и ещё { $count } записи
    [many] и ещё { $count } записей
   *[other] и ещё { $count } записи
}
# Variables:
#   $count (Number) - photos
story-photos-count = 📷 { $count ->
    [0] Фотографий пока нет.
    [one] { $count } фотография.
    [few] { $count } фотографии.
    [many] { $count } фотографий.
   *[other] { $count } фотографии.
}
story-consent-head = 🤝 Кого можно назвать по имени
# Variables:
#   $name (String) - the person's first name
#   $state (String) - given, declined or pending
#   $shown (String) - how the story calls them without consent
story-consent-line = { $state ->
    [given] ✅ { $name }: согласие дано
    [declined] ❌ { $name }: не согласен(на), в истории: «{ $shown }»
   *[pending] ⏳ { $name }: ответа пока нет, до ответа в истории: «{ $shown }»
}
# Variables:
#   $reviewers (Number) - organisers who will read it
story-draft-footer = Любой раздел меняется кнопкой ✏️; пишите на своём языке. Когда всё готово, отправьте историю на проверку: { $reviewers ->
    [0] её прочитают и опубликуют организаторы
    [one] её прочитает и опубликует { $reviewers } организатор
    [few] её прочитают и опубликуют { $reviewers } организатора
    [many] её прочитают и опубликуют { $reviewers } организаторов
   *[other] её прочитают и опубликуют { $reviewers } организатора
}.
story-edit-title = ✏️ Название
story-edit-idea = ✏️ Идея
story-edit-team = ✏️ Команда
story-edit-blockers = ✏️ Препятствия
story-edit-outcome = ✏️ Результат
# Variables:
#   $count (Number) - photos
story-photos = 📷 Фотографии ({ $count })
story-review = 📨 Отправить на проверку
story-back-team = ⬅️ К команде

# Variables:
#   $section (String) - the section's name
#   $language (String) - the writer's language
story-edit-ask = ✏️ Пришлите новый текст раздела «{ $section }» (язык: { $language }). Имена участников команды будут видны только у тех, кто согласился. Сейчас там:
story-edit-ask-empty = (пусто)
# Variables:
#   $language (String) - the language it was written in
#   $count (Number) - machine versions made
story-edit-saved-machine = ✅ Сохранено (язык: { $language }). Другие языки теперь машинный перевод этого текста (языков: { $count }), с пометкой.
# Variables:
#   $language (String) - the language it was written in
story-edit-saved-original = ✅ Сохранено (язык: { $language }). Читатели других языков видят текст в оригинале (с указанием языка), пока его кто-нибудь не переведёт.

# Variables:
#   $count (Number) - photos the story has
#   $limit (Number) - the most it may have
story-photos-ask = 📷 Присылайте фотографии как изображения, по одной (не больше { $limit }; сейчас в истории: { $count }). Бот удаляет данные о месте съёмки и камере, прежде чем сохранить копию. Публикуются только фотографии тех, кто согласился, чтобы его назвали.
# Variables:
#   $count (Number) - photos the story has now
#   $limit (Number) - the most it may have
story-photo-added = ✅ Фотография добавлена ({ $count } из { $limit }), без данных о месте и камере.
story-photo-unreadable = Этот файл не фотография, которую бот может прочитать. Пришлите, пожалуйста, изображение JPEG или PNG.
story-photo-send-one = Пришлите фотографию или вернитесь к черновику.
# Variables:
#   $number (Number) - the photo's number on the screen
story-photo-remove = 🗑 { $number }
story-photos-done = ⬅️ К черновику

# Variables:
#   $count (Number) - organisers who get it
#   $missing (Number) - people who have not answered the consent question
story-review-ask = 📨 Отправить историю на проверку? Получат организаторы (всего: { $count }); пока они читают, историю нельзя изменить. { $missing ->
    [0] Все, кого она называет, ответили.
    [one] Ещё не ответил { $missing } человек из тех, кого она называет: публикация ждёт ответа.
    [few] Ещё не ответили { $missing } человека из тех, кого она называет: публикация ждёт ответа.
    [many] Ещё не ответили { $missing } человек из тех, кого она называет: публикация ждёт ответа.
   *[other] Ещё не ответили { $missing } человека из тех, кого она называет: публикация ждёт ответа.
}
# Variables:
#   $count (Number) - organisers who get it
story-review-send = 📨 Отправить ({ $count })
# Variables:
#   $count (Number) - organisers who were told
story-review-sent = 📨 Отправлено на проверку. { $count ->
    [0] Пока никого из организаторов не удалось известить; они увидят историю в своих инструментах.
    [one] Извещён { $count } организатор.
    [few] Извещены { $count } организатора.
    [many] Извещены { $count } организаторов.
   *[other] Извещены { $count } организатора.
}
# Variables:
#   $title (String) - the story's title
#   $name (String) - who sent it
#   $missing (Number) - people who have not answered the consent question
story-review-notice = 📖 История команды «{ $title }» отправлена на проверку ({ $name }). { $missing ->
    [0] Все, кого она называет, ответили на вопрос о согласии.
    [one] Ещё не ответил { $missing } человек из тех, кого она называет.
    [few] Ещё не ответили { $missing } человека из тех, кого она называет.
    [many] Ещё не ответили { $missing } человек из тех, кого она называет.
   *[other] Ещё не ответили { $missing } человека из тех, кого она называет.
}
story-review-open = 📖 Проверить историю

story-request = 📖 Черновик истории команды
# Variables:
#   $count (Number) - people who will be asked
story-request-ask = 📖 Написать черновик истории команды сейчас? Бот составит его из идеи, опросов и ответов и спросит { $count ->
    [one] { $count } человека
    [few] { $count } человек
    [many] { $count } человек
   *[other] { $count } человека
}, можно ли назвать их по имени.
# Variables:
#   $count (Number) - people who will be asked
story-request-yes = 📖 Написать, спросить: { $count }
# Variables:
#   $count (Number) - people who were asked
story-requested = 📖 Черновик готов. { $count ->
    [one] { $count } человек получил вопрос
    [few] { $count } человека получили вопрос
    [many] { $count } человек получили вопрос
   *[other] { $count } человека получили вопрос
}, можно ли назвать их по имени; команда правит черновик и отправляет его на проверку.
story-open = 📖 Наша история
