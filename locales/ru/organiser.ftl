## Organiser tools: the home and its groups
orghome-choose = Что вы хотите сделать?
orghome-nothing-waits = 📭 Сейчас ничего не ждёт вашего решения.
# Variables:
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting = { $count ->
        [1] 📥 Ждёт вашего решения: { $items }.
       *[other] 📥 Ждут вашего решения: { $items }.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting-in = { $count ->
        [1] 📥 { $partnership } — ждёт вашего решения: { $items }.
       *[other] 📥 { $partnership } — ждут вашего решения: { $items }.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-notice = { $count ->
        [1] 📥 { $partnership } — в инструментах организаторов ждёт вашего решения: { $items }.
       *[other] 📥 { $partnership } — в инструментах организаторов ждут вашего решения: { $items }.
    }
# Variables:
#   $count (Number) - new ideas to publish
orghome-count-ideas = { $count ->
        [one] { $count } новая идея
        [few] { $count } новые идеи
        [many] { $count } новых идей
       *[other] { $count } новые идеи
    }
# Variables:
#   $count (Number) - translations to approve
orghome-count-translations = { $count ->
        [one] { $count } перевод
        [few] { $count } перевода
        [many] { $count } переводов
       *[other] { $count } перевода
    }
# Variables:
#   $count (Number) - ideas reported as inappropriate
orghome-count-reports = { $count ->
        [one] { $count } идея с жалобами
        [few] { $count } идеи с жалобами
        [many] { $count } идей с жалобами
       *[other] { $count } идеи с жалобами
    }
orghome-open = 🛠 Открыть инструменты
# Variables:
#   $group (String) - the group's name, e.g. "📅 Workshops"
#   $partnership (String) - partnership name
orghome-group = { $group } · { $partnership }
orghome-group-workshops = 📅 Воркшопы
orghome-group-ideas = 💡 Идеи и голосование
orghome-group-matching = 🤝 Подбор команд
orghome-group-coaching = 🧭 Коучи и опросы
orghome-group-news = 📣 Объявления
orghome-group-people = 👥 Люди и роли
orghome-group-stats = 📊 Статистика и выгрузки
orghome-explain-workshops = ℹ️ Здесь вы создаёте воркшопы, публикуете их, видите записи, отмечаете пришедших и пишете им.
orghome-explain-ideas = ℹ️ Здесь вы открываете и закрываете приём идей и голосование, задаёте число голосов на человека и проверяете новые идеи, переводы и жалобы.
orghome-explain-matching = ℹ️ Здесь вы собираете команды вокруг идей с наибольшим числом голосов: пробный подбор, правки, затем публикация.
orghome-explain-coaching = ℹ️ Здесь вы назначаете каждой команде коуча и приглашаете коучей; коучи ведут свои команды с помощью опросов (/checkins).
orghome-explain-news = ℹ️ Здесь вы отправляете объявление всем или группе (городу, воркшопу, языку) — сразу или позже.
orghome-explain-people = ℹ️ Здесь вы приглашаете других организаторов и коучей одноразовой ссылкой.
orghome-explain-stats = ℹ️ Цифры с первого взгляда и таблицы участников, записей и идей.
orghome-idea-settings = 🛠 Приём идей и голосование
orghome-matching = 🤝 Подобрать команды
orghome-teams = 👥 Команды и коучи
orghome-invite-coach = ✉️ Пригласить коуча
orghome-invite-organiser = ✉️ Пригласить организатора
orghome-new-announcement = 📣 Новое объявление

## Ideas: confirmations before closing or changing the rules
# Variables:
#   $count (Number) - people who have voted
ideas-close-voting-ask = { $count ->
        [0] 🗳 Закрыть голосование? Ещё никто не голосовал. После закрытия голосовать нельзя.
        [one] 🗳 Закрыть голосование? Уже проголосовал { $count } человек. После закрытия никто не сможет голосовать или забрать голос; результаты останутся как есть.
        [few] 🗳 Закрыть голосование? Уже проголосовали { $count } человека. После закрытия никто не сможет голосовать или забрать голос; результаты останутся как есть.
        [many] 🗳 Закрыть голосование? Уже проголосовали { $count } человек. После закрытия никто не сможет голосовать или забрать голос; результаты останутся как есть.
       *[other] 🗳 Закрыть голосование? Уже проголосовали { $count } человека. После закрытия никто не сможет голосовать или забрать голос; результаты останутся как есть.
    }
# Variables:
#   $count (Number) - people writing an idea right now
ideas-close-submissions-ask = { $count ->
        [0] ✍️ Закрыть приём идей? Сейчас никто не пишет идею. После закрытия новые идеи отправить нельзя.
        [one] ✍️ Закрыть приём идей? Сейчас { $count } человек пишет идею и не сможет её отправить. После закрытия новые идеи отправить нельзя.
        [few] ✍️ Закрыть приём идей? Сейчас { $count } человека пишут идеи и не смогут их отправить. После закрытия новые идеи отправить нельзя.
        [many] ✍️ Закрыть приём идей? Сейчас { $count } человек пишут идеи и не смогут их отправить. После закрытия новые идеи отправить нельзя.
       *[other] ✍️ Закрыть приём идей? Сейчас { $count } человека пишут идеи и не смогут их отправить. После закрытия новые идеи отправить нельзя.
    }
# Variables:
#   $count (Number) - people who have voted
#   $old (Number) - votes per person now
#   $budget (Number) - votes per person after the change
ideas-budget-ask = { $count ->
        [one] 🗳 Уже проголосовал { $count } человек. Изменить число голосов на человека с { $old } на { $budget }? Отданные голоса останутся.
        [few] 🗳 Уже проголосовали { $count } человека. Изменить число голосов на человека с { $old } на { $budget }? Отданные голоса останутся.
        [many] 🗳 Уже проголосовали { $count } человек. Изменить число голосов на человека с { $old } на { $budget }? Отданные голоса останутся.
       *[other] 🗳 Уже проголосовали { $count } человека. Изменить число голосов на человека с { $old } на { $budget }? Отданные голоса останутся.
    }
# Variables:
#   $budget (Number) - votes per person after the change
ideas-budget-yes = 🗳 Изменить на { $budget }
ideas-close-voting-yes = 🔒 Закрыть голосование
ideas-close-submissions-yes = 🔒 Закрыть приём идей
ideas-voting-now-closed = 🔒 Голосование закрыто. Результаты остаются как есть.
ideas-submissions-now-closed = 🔒 Приём идей закрыт.

## Workshops: asked before a message or an invitation goes out
# Variables:
#   $count (Number) - people the message reaches
#   $title (String) - workshop title, gender unknown
workshops-message-confirm = { $count ->
        [0] 📣 На воркшоп «{ $title }» пока нет подтверждённых участников, которым можно написать. Ваше сообщение:
        [one] 📣 Отправить это { $count } подтверждённому участнику воркшопа «{ $title }»?
        [few] 📣 Отправить это { $count } подтверждённым участникам воркшопа «{ $title }»?
        [many] 📣 Отправить это { $count } подтверждённым участникам воркшопа «{ $title }»?
       *[other] 📣 Отправить это { $count } подтверждённым участникам воркшопа «{ $title }»?
    }
# Variables:
#   $count (Number) - attendees the invitation reaches
#   $source (String) - the workshop they attended, gender unknown
#   $title (String) - the workshop they are invited to, gender unknown
workshops-invite-confirm = { $count ->
        [0] ➡️ Из участников воркшопа «{ $source }» некого пригласить на воркшоп «{ $title }»: никто не отмечен на месте или все уже записаны.
        [one] ➡️ Пригласить на воркшоп «{ $title }» { $count } участника воркшопа «{ $source }»?
        [few] ➡️ Пригласить на воркшоп «{ $title }» { $count } участников воркшопа «{ $source }»?
        [many] ➡️ Пригласить на воркшоп «{ $title }» { $count } участников воркшопа «{ $source }»?
       *[other] ➡️ Пригласить на воркшоп «{ $title }» { $count } участников воркшопа «{ $source }»?
    }
workshops-message-send = 📣 Отправить
workshops-invite-send = ➡️ Пригласить
