## toolbox_admin

## The keepers' screen
tbadmin-open = 🧰 Інструментарій
# Variables:
#   $published (Number) - published entries
#   $suggested (Number) - suggestions waiting for moderation
#   $due (Number) - entries whose review date has passed
tbadmin-manage = 🧰 Ведення інструментарію
    { $published ->
        [0] Поки не опубліковано жодного матеріалу.
        [one] Опубліковано { $published } матеріал.
        [few] Опубліковано { $published } матеріали.
        [many] Опубліковано { $published } матеріалів.
       *[other] Опубліковано { $published } матеріалу.
    }
    { $suggested ->
        [0] 📥 Пропозицій немає.
        [one] 📥 { $suggested } пропозиція чекає на перевірку.
        [few] 📥 { $suggested } пропозиції чекають на перевірку.
        [many] 📥 { $suggested } пропозицій чекають на перевірку.
       *[other] 📥 { $suggested } пропозиції чекають на перевірку.
    }
    { $due ->
        [0] ⏰ Перевіряти поки нічого.
        [one] ⏰ { $due } матеріал час перевірити.
        [few] ⏰ { $due } матеріали час перевірити.
        [many] ⏰ { $due } матеріалів час перевірити.
       *[other] ⏰ { $due } матеріалу час перевірити.
    }
tbadmin-new-entry = ➕ Новий матеріал
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-suggestions = 📥 Пропозиції ({ $count })
# Variables:
#   $count (Number) - entries due for review
tbadmin-due = ⏰ Час перевірити ({ $count })
# Variables:
#   $count (Number) - published entries
tbadmin-all = 📚 Усі матеріали ({ $count })
tbadmin-open-toolbox = 🔎 Як його бачать читачі
tbadmin-page-back = ⬅️ Назад
tbadmin-page-next = Далі ➡️
# Variables:
#   $count (Number) - published entries
tbadmin-all-title = { $count ->
        [0] 📚 Матеріалів поки немає.
        [one] 📚 { $count } матеріал, спершу нові. Натисніть на матеріал, щоб змінити його.
        [few] 📚 { $count } матеріали, спершу нові. Натисніть на матеріал, щоб змінити його.
        [many] 📚 { $count } матеріалів, спершу нові. Натисніть на матеріал, щоб змінити його.
       *[other] 📚 { $count } матеріалу, спершу нові. Натисніть на матеріал, щоб змінити його.
    }
# Variables:
#   $count (Number) - entries due for review
tbadmin-due-title = { $count ->
        [0] ⏰ Перевіряти поки нічого.
        [one] ⏰ { $count } матеріал час перевірити. Перевірте кожен і натисніть «Досі правильно» або змініть його.
        [few] ⏰ { $count } матеріали час перевірити. Перевірте кожен і натисніть «Досі правильно» або змініть його.
        [many] ⏰ { $count } матеріалів час перевірити. Перевірте кожен і натисніть «Досі правильно» або змініть його.
       *[other] ⏰ { $count } матеріалу час перевірити. Перевірте кожен і натисніть «Досі правильно» або змініть його.
    }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-queue-title = { $count ->
        [0] 📥 Пропозицій немає.
        [one] 📥 { $count } пропозиція чекає. Натисніть на пропозицію, щоб опублікувати або відхилити її.
        [few] 📥 { $count } пропозиції чекають. Натисніть на пропозицію, щоб опублікувати або відхилити її.
        [many] 📥 { $count } пропозицій чекають. Натисніть на пропозицію, щоб опублікувати або відхилити її.
       *[other] 📥 { $count } пропозиції чекають. Натисніть на пропозицію, щоб опублікувати або відхилити її.
    }

## Kinds, topics, phases
tbadmin-kind-guide = 📘 Посібник
tbadmin-kind-template = 📄 Шаблон
tbadmin-kind-practice = 🌟 Вдалий приклад
tbadmin-kind-tutorial = 🎬 Відеоурок
tbadmin-kind-funding = 💶 Грант
tbadmin-topic-youth = Молодь
tbadmin-topic-education = Освіта
tbadmin-topic-culture = Культура
tbadmin-topic-sport = Спорт
tbadmin-topic-environment = Екологія
tbadmin-topic-digitalisation = Цифрове
tbadmin-topic-social = Соціальне
tbadmin-topic-economy = Економіка
tbadmin-topic-democracy = Демократія
tbadmin-topic-mobility = Транспорт
tbadmin-phase-apply = Заявка
tbadmin-phase-kickoff = Старт
tbadmin-phase-sprint = Спринт
tbadmin-phase-coaching = Коучинг

## An entry's card
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
#   $origin (String) - original, human, machine or missing
tbadmin-version-line = { $mark } { $language }: { $origin ->
        [original] оригінал
        [human] перекладено людиною
        [machine] машинний переклад, ще не перевірено
       *[missing] версії поки немає
    }
# Variables:
#   $link (String) - a web address
tbadmin-link-line = 🔗 { $link }
# Variables:
#   $name (String) - the template's file name
tbadmin-file-line = 📎 { $name }
# Variables:
#   $when (String) - the deadline's date and time
#   $zone (String) - the city whose clock it is on
tbadmin-deadline-line = ⏳ Термін подання: { $when } (час: { $zone })
# Variables:
#   $amount (String) - as the funder states it
tbadmin-amount-line = 💶 { $amount }
# Variables:
#   $name (String) - the first name of the person who suggested it
tbadmin-credit-line = 💡 Пропозиція: { $name }
# Variables:
#   $date (String) - the next review date
tbadmin-review-line = ⏰ Наступна перевірка: { $date }
# Variables:
#   $language (String) - a language's name
tbadmin-write-version = ✍️ { $language }
# Variables:
#   $language (String) - a language's name
tbadmin-approve-version = 👍 { $language }
tbadmin-still-correct = ✔️ Досі правильно
tbadmin-edit = ✏️ Змінити
tbadmin-archive = 🗄 В архів
tbadmin-as-readers-see = 👁 Як бачать читачі
tbadmin-still-done = ✔️ Дякуємо: перевірено сьогодні, наступна перевірка через рік.
# Variables:
#   $title (String) - the entry's title
tbadmin-archive-ask = 🗄 Надіслати матеріал «{ $title }» в архів? Читачі більше його не знайдуть. Ніхто не отримає сповіщення.
tbadmin-archive-yes = 🗄 Так, в архів
tbadmin-archived = 🗄 Матеріал в архіві. Читачі більше його не знайдуть.
# Variables:
#   $language (String) - a language's name
tbadmin-version-approved = 👍 Версію мовою «{ $language }» схвалено: тепер вона позначена як перевірена людиною.
# Variables:
#   $language (String) - a language's name
tbadmin-translate-title = ✍️ Напишіть заголовок мовою «{ $language }».
tbadmin-translate-text = ✍️ Тепер напишіть текст.
tbadmin-version-saved = ✍️ Збережено.

## A new entry
tbadmin-new-kind = ➕ Який це матеріал?
tbadmin-new-title = ➕ Напишіть заголовок (до 120 символів).
tbadmin-new-text = ➕ Напишіть текст своєю мовою (до 3000 символів). Для гранту вкажіть, хто може подати заявку.
tbadmin-new-topic = 🏷 Які теми? Позначте всі відповідні, потім «Далі».
tbadmin-new-country = 🏷 Для яких країн? Позначте всі відповідні (жодної — для всіх країн), потім «Далі».
tbadmin-new-phase = 🏷 На якому етапі програми він допомагає? Позначте всі відповідні, потім «Далі».
tbadmin-next = Далі ➡️
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
tbadmin-new-file = 📄 Надішліть шаблон файлом (до { $limit } МБ; { $types }).
tbadmin-new-link = 🔗 Напишіть вебадресу (починається з https://).
tbadmin-new-zone = ⏳ За яким часом рахується термін?
# Variables:
#   $zone (String) - the city whose clock the deadline is on
#   $example (String) - an example date and time
tbadmin-new-deadline = ⏳ Напишіть термін подання за часом міста { $zone }, наприклад { $example }.
tbadmin-new-amount = 💶 Напишіть суму так, як її вказує грантодавець, наприклад «до 5000 євро».
tbadmin-preview = 👁 Попередній перегляд — перевірте й опублікуйте.
tbadmin-publish = 📣 Опублікувати
# Variables:
#   $machine (String) - yes when a machine translates it into the other languages
tbadmin-publish-ask = { $machine ->
        [yes] 📣 Опублікувати? Читачі одразу знайдуть матеріал; решту чотири мови додасть машинний переклад із позначкою про це. Ніхто не отримає сповіщення.
       *[no] 📣 Опублікувати? Читачі одразу знайдуть матеріал вашою мовою; версії іншими мовами можна додати пізніше. Ніхто не отримає сповіщення.
    }
tbadmin-publish-yes = 📣 Так, опублікувати
tbadmin-published = 📣 Опубліковано. Ви відповідаєте за цей матеріал: за рік бот нагадає перевірити його.
tbadmin-cancelled = Скасовано, нічого не збережено.
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-too_big = ⚠️ Файл «{ $name }» завеликий: шаблон може мати до { $limit } МБ. Надішліть менший файл ({ $types }).
# Variables:
#   $limit (Number) - the largest file, in MB
#   $types (String) - the allowed file types
#   $name (String) - the file's name
tbadmin-file-file_type = ⚠️ Файл «{ $name }» — не той тип файлу, який усі можуть безпечно відкрити. Можна: { $types } (до { $limit } МБ).

## Mistakes in typed answers
tbadmin-error-empty = Будь ласка, напишіть текст.
tbadmin-error-title-long = Заголовок задовгий: не більше 120 символів, будь ласка.
tbadmin-error-text-long = Текст задовгий: не більше 3000 символів, будь ласка.
tbadmin-error-link = Це не вебадреса, яку можна відкрити: вона має починатися з https:// і не містити пробілів.
tbadmin-error-amount-long = Будь ласка, напишіть суму коротше (не більше 100 символів).
tbadmin-error-reason-long = Будь ласка, напишіть причину коротше (не більше 500 символів).
# Variables:
#   $example (String) - an example date and time
tbadmin-error-deadline = Будь ласка, напишіть дату й час так: { $example }.
tbadmin-error-use-buttons = Будь ласка, скористайтеся кнопками вище.

## Suggesting an entry
tbadmin-suggest-kind = 💡 Запропонуйте матеріал для інструментарію. Який це матеріал?
tbadmin-suggest-title = 💡 Напишіть заголовок (до 120 символів).
tbadmin-suggest-text = 💡 Напишіть, про що це і чим допомагає (до 3000 символів).
tbadmin-suggest-link = 💡 Є посилання? Напишіть вебадресу (https://…) або пропустіть.
tbadmin-suggest-credit = 💡 Чи можна вказати ваше ім'я як автора пропозиції?
tbadmin-credit-yes = Так
tbadmin-credit-no = Ні
tbadmin-suggest-sent = 💡 Дякуємо! Організатори переглянуть вашу пропозицію, і ви дізнаєтеся їхнє рішення.
tbadmin-suggest-cancelled = Скасовано, нічого не надіслано.

## Moderation
tbadmin-approve = 📣 Опублікувати
tbadmin-decline = ✖️ Відхилити
tbadmin-edit-suggestion = ✏️ Змінити текст
tbadmin-approved = 📣 Опубліковано, автор пропозиції отримав повідомлення.
tbadmin-decline-ask = ✖️ Напишіть, чому пропозицію відхилено. Автор прочитає це.
tbadmin-declined = ✖️ Відхилено, автор пропозиції отримав повідомлення.

## Notices
# Variables:
#   $title (String) - the entry's title
tbadmin-suggestion-approved = 💡 Дякуємо: ваша пропозиція «{ $title }» тепер в інструментарії.
tbadmin-see-entry = 📖 Відкрити матеріал
# Variables:
#   $title (String) - the entry's title
#   $reason (String) - why the organisers declined it
tbadmin-suggestion-declined = 💡 Вашу пропозицію «{ $title }» не додано до інструментарію. Організатори пишуть: { $reason }
# Variables:
#   $count (Number) - suggestions waiting
tbadmin-notice-suggestions = { $count ->
        [one] 💡 { $count } пропозиція для інструментарію чекає на перевірку.
        [few] 💡 { $count } пропозиції для інструментарію чекають на перевірку.
        [many] 💡 { $count } пропозицій для інструментарію чекають на перевірку.
       *[other] 💡 { $count } пропозиції для інструментарію чекають на перевірку.
    }
# Variables:
#   $title (String) - the entry's title
tbadmin-review-reminder = ⏰ Час перевірити матеріал «{ $title }» в інструментарії: чи все в ньому досі правильно?
# Variables:
#   $queries (String) - one line per search: the words and how often
#   $count (Number) - how many different searches are listed
tbadmin-misses-notice = { $count ->
        [one] 🔎 Цього тижня { $count } пошук в інструментарії нічого не знайшов:
        [few] 🔎 Цього тижня ці { $count } пошуки в інструментарії нічого не знайшли:
        [many] 🔎 Цього тижня ці { $count } пошуків в інструментарії нічого не знайшли:
       *[other] 🔎 Цього тижня ці { $count } пошуку в інструментарії нічого не знайшли:
    }
    { $queries }
    Матеріали на ці теми допомогли б.

## Links from check-ins and coaching
tbadmin-link-apply = 🧰 Інструментарій: заявка
tbadmin-link-kickoff = 🧰 Інструментарій: старт
tbadmin-link-sprint = 🧰 Інструментарій: спринт
tbadmin-link-coaching = 🧰 Інструментарій: коучинг

## The preview's "edit": one answer again
tbadmin-edit-title = ✏️ Заголовок
tbadmin-edit-text = ✏️ Текст
tbadmin-edit-topic = 🏷 Теги
tbadmin-edit-file = 📄 Файл
tbadmin-edit-link = 🔗 Посилання
tbadmin-edit-zone = ⏳ Термін
tbadmin-edit-amount = 💶 Сума
