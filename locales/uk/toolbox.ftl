## toolbox
commands-toolbox = Посібники, шаблони та гранти в інструментарії
toolbox-menu-button = 🧰 Інструментарій

toolbox-home =
    🧰 Інструментарій: посібники, шаблони, вдалі приклади, уроки та гранти для проєктів партнерства.

    Напишіть, що ви шукаєте, будь-якою мовою — або виберіть розділ нижче.

# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries of that kind)
toolbox-button-kind = { $kind ->
    [guide] 📘 Посібники
    [template] 📄 Шаблони
    [practice] ⭐ Вдалі приклади
    [tutorial] 🎬 Уроки
   *[funding] 💶 Гранти
} · { $count }
# Variables: $kind (guide, template, practice, tutorial, funding)
toolbox-kind-name = { $kind ->
    [guide] Посібник
    [template] Шаблон
    [practice] Вдалий приклад
    [tutorial] Урок
   *[funding] Грант
}
# Variables: $kind (guide, template, practice, tutorial, funding), $topics (the topics, joined)
toolbox-kind-and-topics = { $kind ->
    [guide] Посібник
    [template] Шаблон
    [practice] Вдалий приклад
    [tutorial] Урок
   *[funding] Грант
} · { $topics }

toolbox-topic-youth = Молодь
toolbox-topic-education = Освіта
toolbox-topic-culture = Культура
toolbox-topic-sport = Спорт
toolbox-topic-environment = Екологія
toolbox-topic-digitalisation = Цифровізація
toolbox-topic-social = Соціальна сфера
toolbox-topic-economy = Економіка
toolbox-topic-democracy = Демократія
toolbox-topic-mobility = Мобільність
toolbox-phase-apply = Подання заявки
toolbox-phase-kickoff = Старт
toolbox-phase-sprint = Спринт
toolbox-phase-coaching = Коучинг

toolbox-button-suggest = 💡 Запропонувати матеріал
toolbox-button-previous = ◀️ Назад
toolbox-button-next = Далі ▶️
toolbox-button-past-funding = ⌛ Показати минулі гранти
toolbox-button-home = 🧰 Інструментарій
toolbox-button-template = 📄 Отримати шаблон
# Variables: $kind (tutorial, funding, …)
toolbox-button-link = { $kind ->
    [tutorial] 🎬 Дивитися урок
    [funding] 🔗 Сторінка фонду
   *[other] 🔗 Відкрити посилання
}
toolbox-button-remind = 🔔 Нагадати за 7 днів
toolbox-button-my-language = 🌐 Моєю мовою
toolbox-button-original = 📜 Показати оригінал
toolbox-button-helpful = 👍 Так
toolbox-button-unhelpful = 👎 Ні
toolbox-button-back = ⬅️ Назад
toolbox-button-open-in-bot = 🧰 Відкрити в боті
toolbox-button-open = 🧰 Відкрити матеріал

# Variables: $query (what was typed), $count (entries found)
toolbox-results = { $count ->
    [0] 🔎 За запитом «{ $query }» нічого не знайдено.
    [1] 🔎 За запитом «{ $query }» знайдено один матеріал:
    [one] 🔎 За запитом «{ $query }» знайдено { $count } матеріал:
    [few] 🔎 За запитом «{ $query }» знайдено { $count } матеріали:
    [many] 🔎 За запитом «{ $query }» знайдено { $count } матеріалів:
   *[other] 🔎 За запитом «{ $query }» знайдено { $count } матеріалів:
}
# Variables: $kind (guide, template, practice, tutorial, funding), $count (entries)
toolbox-list-kind = { $kind ->
    [guide] 📘 Посібники
    [template] 📄 Шаблони
    [practice] ⭐ Вдалі приклади
    [tutorial] 🎬 Уроки
   *[funding] 💶 Гранти
}: { $count ->
    [0] поки немає.
    [1] один матеріал.
    [one] { $count } матеріал.
    [few] { $count } матеріали.
    [many] { $count } матеріалів.
   *[other] { $count } матеріалів.
}
# Variables: $topic (a topic or programme phase), $count (entries)
toolbox-list-topic = 🏷 { $topic }: { $count ->
    [0] матеріалів поки немає.
    [1] один матеріал.
    [one] { $count } матеріал.
    [few] { $count } матеріали.
    [many] { $count } матеріалів.
   *[other] { $count } матеріалів.
}
# Variables: $count (funding opportunities past their deadline)
toolbox-past-funding-hidden = { $count ->
    [1] ⌛ Один грант із минулим терміном подання приховано.
    [one] ⌛ { $count } грант із минулим терміном подання приховано.
    [few] ⌛ { $count } гранти з минулим терміном подання приховано.
    [many] ⌛ { $count } грантів із минулим терміном подання приховано.
   *[other] ⌛ { $count } грантів із минулим терміном подання приховано.
}
toolbox-type-hint = Натисніть на матеріал або напишіть новий запит.
toolbox-nothing-hint = Спробуйте інші або коротші слова — підійде будь-яка мова. Організатори бачать, що шукали й не знайшли.

# Variables: $language (the original's language)
toolbox-machine-translation = 🤖 Машинний переклад (оригінал: { $language }).
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline = ⏳ Термін подання: { $deadline }
# Variables: $deadline (date and time, saying whose clock)
toolbox-deadline-passed = ⌛ Термін подання минув: { $deadline }
toolbox-deadline-open = ⏳ Без терміну: подати заявку можна будь-коли.
# Variables: $amount (as the funder states it)
toolbox-amount = 💶 Сума: { $amount }
# Variables: $when (date and time, saying whose clock)
toolbox-reminder-planned = 🔔 Нагадування надійде { $when }.
# Variables: $date (when it was last reviewed)
toolbox-may-be-outdated = ⚠️ Можливо, застаріло, остання перевірка: { $date }.
# Variables: $name (the first name of who suggested it)
toolbox-credit = 💡 Автор пропозиції: { $name }
# Variables: $yes, $no (how many readers found it helpful or not)
toolbox-helpful-question = Чи було це корисно? 👍 { $yes } · 👎 { $no }

# Variables: $when (date and time, saying whose clock)
toolbox-reminder-set = 🔔 Готово: нагадування надійде { $when }.
toolbox-thanks = Дякуємо за відповідь!
toolbox-entry-gone = Цього матеріалу більше немає в інструментарії.
toolbox-members-only = Спершу запустіть бота (/start), тоді це стане доступним.
toolbox-remind-no-deadline = Цей грант не має терміну подання, нагадувати нема про що.
toolbox-remind-expired = Термін подання минув: нагадування неможливе.
toolbox-remind-too-late = Залишилося менше 7 днів: подавайте заявку зараз, нагадування надійшло б запізно.

# Variables: $title (the entry), $deadline (date and time, saying whose clock)
toolbox-reminder =
    🔔 Нагадування: термін подання за матеріалом «{ $title }» спливає через 7 днів.

    ⏳ { $deadline }
