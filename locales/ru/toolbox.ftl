## toolbox
commands-toolbox = Руководства, шаблоны и гранты в инструментарии
toolbox-menu-button = 🧰 Инструментарий

toolbox-home =
    🧰 Инструментарий: руководства, шаблоны, удачные примеры, уроки и гранты для проектов партнёрства.

    Напишите, что вы ищете, на любом языке — или выберите раздел ниже.

# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries of that kind)
toolbox-button-kind = { $kind ->
    [guide] 📘 Руководства
    [template] 📄 Шаблоны
    [practice] ⭐ Удачные примеры
    [tutorial] 🎬 Уроки
   *[funding] 💶 Гранты
} · { $count }
# Variables: $kind (guide, template, practice, tutorial, funding)
toolbox-kind-name = { $kind ->
    [guide] Руководство
    [template] Шаблон
    [practice] Удачный пример
    [tutorial] Урок
   *[funding] Грант
}
# Variables: $kind (guide, template, practice, tutorial, funding), $topics (the topics, joined)
toolbox-kind-and-topics = { $kind ->
    [guide] Руководство
    [template] Шаблон
    [practice] Удачный пример
    [tutorial] Урок
   *[funding] Грант
} · { $topics }

toolbox-topic-youth = Молодёжь
toolbox-topic-education = Образование
toolbox-topic-culture = Культура
toolbox-topic-sport = Спорт
toolbox-topic-environment = Экология
toolbox-topic-digitalisation = Цифровизация
toolbox-topic-social = Социальная сфера
toolbox-topic-economy = Экономика
toolbox-topic-democracy = Демократия
toolbox-topic-mobility = Мобильность
toolbox-phase-apply = Подача заявки
toolbox-phase-kickoff = Старт
toolbox-phase-sprint = Спринт
toolbox-phase-coaching = Коучинг

toolbox-button-suggest = 💡 Предложить материал
toolbox-button-previous = ◀️ Назад
toolbox-button-next = Дальше ▶️
toolbox-button-past-funding = ⌛ Показать прошедшие гранты
toolbox-button-home = 🧰 Инструментарий
toolbox-button-template = 📄 Получить шаблон
# Variables: $kind (tutorial, funding, …)
toolbox-button-link = { $kind ->
    [tutorial] 🎬 Смотреть урок
    [funding] 🔗 Страница фонда
   *[other] 🔗 Открыть ссылку
}
toolbox-button-remind = 🔔 Напомнить за 7 дней
toolbox-button-my-language = 🌐 На моём языке
toolbox-button-original = 📜 Показать оригинал
toolbox-button-helpful = 👍 Да
toolbox-button-unhelpful = 👎 Нет
toolbox-button-back = ⬅️ Назад
toolbox-button-open-in-bot = 🧰 Открыть в боте
toolbox-button-open = 🧰 Открыть материал

# Variables: $query (what was typed), $count (entries found)
toolbox-results = { $count ->
    [0] 🔎 По запросу «{ $query }» ничего не найдено.
    [1] 🔎 По запросу «{ $query }» найден один материал:
    [one] 🔎 По запросу «{ $query }» найден { $count } материал:
    [few] 🔎 По запросу «{ $query }» найдено { $count } материала:
    [many] 🔎 По запросу «{ $query }» найдено { $count } материалов:
   *[other] 🔎 По запросу «{ $query }» найдено { $count } материалов:
}
# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries)
toolbox-list-kind = { $kind ->
    [guide] 📘 Руководства
    [template] 📄 Шаблоны
    [practice] ⭐ Удачные примеры
    [tutorial] 🎬 Уроки
   *[funding] 💶 Гранты
}: { $count ->
    [0] пока нет.
    [1] один материал.
    [one] { $count } материал.
    [few] { $count } материала.
    [many] { $count } материалов.
   *[other] { $count } материалов.
}
# Variables: $topic (a topic or programme phase), $count (entries)
toolbox-list-topic = 🏷 { $topic }: { $count ->
    [0] материалов пока нет.
    [1] один материал.
    [one] { $count } материал.
    [few] { $count } материала.
    [many] { $count } материалов.
   *[other] { $count } материалов.
}
# Variables: $count (funding opportunities past their deadline)
toolbox-past-funding-hidden = { $count ->
    [1] ⌛ Один грант с прошедшим сроком подачи скрыт.
    [one] ⌛ { $count } грант с прошедшим сроком подачи скрыт.
    [few] ⌛ { $count } гранта с прошедшим сроком подачи скрыты.
    [many] ⌛ { $count } грантов с прошедшим сроком подачи скрыты.
   *[other] ⌛ { $count } грантов с прошедшим сроком подачи скрыты.
}
toolbox-type-hint = Нажмите на материал или напишите новый запрос.
toolbox-nothing-hint = Попробуйте другие или более короткие слова — подойдёт любой язык. Организаторы видят, что искали и не нашли.

# Variables: $language (the original's language)
toolbox-machine-translation = 🤖 Машинный перевод (оригинал: { $language }).
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline = ⏳ Срок подачи: { $deadline }
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline-passed = ⌛ Срок подачи прошёл: { $deadline }
toolbox-deadline-open = ⏳ Без срока: подать заявку можно в любое время.
# Variables: $amount (as the funder states it)
toolbox-amount = 💶 Сумма: { $amount }
# Variables: $when (date and time, saying whose clock)
toolbox-reminder-planned = 🔔 Напоминание придёт { $when }.
# Variables: $date (when it was last reviewed)
toolbox-may-be-outdated = ⚠️ Возможно, устарело, последняя проверка: { $date }.
# Variables: $name (the first name of who suggested it)
toolbox-credit = 💡 Автор предложения: { $name }
# Variables: $yes, $no (how many readers found it helpful or not)
toolbox-helpful-question = Было полезно? 👍 { $yes } · 👎 { $no }

# Variables: $when (date and time, saying whose clock)
toolbox-reminder-set = 🔔 Готово: напоминание придёт { $when }.
toolbox-thanks = Спасибо за ответ!
toolbox-entry-gone = Этого материала больше нет в инструментарии.
toolbox-members-only = Сначала запустите бота (/start), тогда это станет доступно.
toolbox-remind-no-deadline = У этого гранта нет срока подачи, напоминать не о чем.
toolbox-remind-expired = Срок подачи прошёл: напоминание невозможно.
toolbox-remind-too-late = Осталось меньше 7 дней: подавайте заявку сейчас, напоминание пришло бы слишком поздно.

# Variables: $title (the entry), $deadline (date and time, saying whose clock)
toolbox-reminder =
    🔔 Напоминание: срок подачи по материалу «{ $title }» истекает через 7 дней.

    ⏳ { $deadline }
