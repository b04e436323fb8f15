## story_reading: опубліковані історії для всіх, і організатори їх публікують

menu-stories = 📖 Історії
commands-stories = Історії завершених проєктів

## Читання
# Variables:
#   $count (Number) - published stories
stories-home = { $count ->
    [0] 📖 Історії
        Ще не опубліковано жодної історії. Коли команда завершить проєкт, його історія з'явиться тут.
    [1] 📖 Історії · одна історія про проєкти команд:
    [one] 📖 Історії · { $count } історія про проєкти команд:
    [few] 📖 Історії · { $count } історії про проєкти команд:
    [many] 📖 Історії · { $count } історій про проєкти команд:
   *[other] 📖 Історії · { $count } історії про проєкти команд:
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
stories-page-next = Ще ▶️
stories-all = 📖 Усі історії
stories-not-found = Ця історія не опублікована (або вже знята). Інші історії — у /stories.
stories-untitled = Історія команди
stories-not-published-yet = 🔒 Ще не опублікована: це бачать лише команда й організатори.
stories-heading-idea = 💡 Ідея
# Variables:
#   $title (String) - the idea's title
#   $city (String) - the city the idea came from
#   $has_city (String) - yes or no
stories-idea-origin = { $has_city ->
    [yes] «{ $title }», запропонована в місті { $city }
   *[no] «{ $title }»
}
stories-heading-team = 👥 Команда
stories-heading-timeline = 🗓 Від ідеї до результату
stories-heading-blockers = 🧱 Що заважало
stories-heading-outcome = 🎯 Результат
# Variables:
#   $day (String) - the date, e.g. "12 March 2026"
stories-timeline-line = • { $day }:
# Variables:
#   $kind (String) - what happened
stories-timeline-kind = { $kind ->
    [idea] ідею запропонували
    [team] команда зібралася
    [checkin] опитування команди
    [blocker] виникла проблема
    [resolved] проблему розв'язали
    [closing] проєкт завершено
   *[update] новини від команди
}
stories-team-member = учасник команди
# Variables:
#   $city (String) - the person's city
stories-team-member-from = учасник команди з міста { $city }
stories-machine-mark = 🤖 Частини цієї історії — машинний переклад; оригінал за одне натискання.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
stories-shown-in = { $mark } Частини показано мовою «{ $language }»: перекладу ще немає.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the original language's name
stories-original = { $mark } Оригінал ({ $language })
stories-original-shown = 📜 Оригінал, як його написала команда.
stories-in-my-language = 🌐 Моєю мовою
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
stories-photos-of = 🖼 Фото до історії «{ $title }».
stories-back-to-story = ◀️ До історії
stories-open = 📖 Читати історію

## Сповіщення
# Variables:
#   $title (String) - the story's title
stories-voters-told = 🎉 Ідея, за яку ви голосували, стала проєктом: «{ $title }». Його історію щойно опубліковано.
# Variables:
#   $title (String) - the story's title
stories-team-published = 📖 Історію вашої команди «{ $title }» опубліковано. Усі, хто голосував за ідею, дізнаються про це.
# Variables:
#   $title (String) - the story's title
#   $note (String) - the organiser's note
stories-team-sent-back = ↩️ Організатори повернули історію «{ $title }» команді перед публікацією. Їхня нотатка: { $note }

## Новини до дати перевірки
# Variables:
#   $title (String) - the story's title
stories-update-asked = 🗓 Історію вашої команди «{ $title }» опубліковано. Що сталося відтоді? Досить одного рядка: він потрапить у хронологію історії.
stories-update-write = ✏️ Написати новину
# Variables:
#   $title (String) - the story's title
stories-update-ask = ✏️ Напишіть один рядок про «{ $title }»: що сталося після публікації історії?
stories-update-added = ✅ Дякуємо: вашу новину додано до хронології історії.
stories-update-done = Учасник команди вже написав цю новину. Дякуємо!
# Variables:
#   $limit (Number) - the longest update
stories-update-length = Будь ласка, напишіть один рядок, не довший за { $limit } символів.

## Організатори: перевірка й публікація
stories-review-button = 📖 Історії
# Variables:
#   $count (Number) - all stories of the partnership
#   $waiting (Number) - stories waiting for review
stories-review-list = { $count ->
    [0] 📖 Історії
        Жодна команда ще не написала історію. Команди готують її, коли завершують проєкт.
   *[other] 📖 Історії · { $waiting ->
        [0] жодна не чекає перевірки.
        [1] одна чекає на вашу перевірку (📥).
        [one] { $waiting } чекає на вашу перевірку (📥).
        [few] { $waiting } чекають на вашу перевірку (📥).
        [many] { $waiting } чекають на вашу перевірку (📥).
       *[other] { $waiting } чекають на вашу перевірку (📥).
    }
}
# Variables:
#   $status (String) - the story's status
stories-status = { $status ->
    [review] 📥 Чекає на вашу перевірку.
    [published] 📖 Опубліковано: читачі бачать її так, як нижче.
    [withdrawn] 🚫 Знято: читачі її більше не бачать.
   *[draft] ✏️ Команда ще пише її.
}
stories-consent-heading = 🤝 Згода на згадування імені
# Variables:
#   $state (String) - pending, given, declined or erased
#   $name (String) - the person's name and city
stories-consent-line = { $state ->
    [given] ✔️ { $name }: згоду надано
    [declined] ✖️ { $name }: не погоджується (показано як учасника команди зі свого міста)
    [erased] ✖️ { $name }: дані видалено
   *[pending] ⏳ { $name }: відповіді поки немає
}
stories-consent-nobody = У цій історії нікого не названо.
stories-as-readers-see = 👁 Як бачать читачі
stories-publish = 📣 Опублікувати
stories-send-back = ↩️ Повернути команді
stories-withdraw = 🚫 Зняти
# Variables:
#   $count (Number) - people who have not answered
stories-publish-refused = { $count ->
    [1] ⏳ Поки що ні: одна людина, названа в історії, ще не відповіла, чи погоджується на згадування імені. Публікація чекає на відповідь:
    [one] ⏳ Поки що ні: { $count } людина, названа в історії, ще не відповіла щодо згоди. Публікація чекає на відповідь:
    [few] ⏳ Поки що ні: { $count } людини, названі в історії, ще не відповіли щодо згоди. Публікація чекає на їхні відповіді:
    [many] ⏳ Поки що ні: { $count } людей, названих в історії, ще не відповіли щодо згоди. Публікація чекає на їхні відповіді:
   *[other] ⏳ Поки що ні: { $count } людини, названих в історії, ще не відповіли щодо згоди. Публікація чекає на їхні відповіді:
}
stories-publish-refused-popup = Поки що ні: хтось із названих в історії ще не відповів.
stories-published-already = Цю історію вже опубліковано.
# Variables:
#   $title (String) - the story's title
stories-publish-confirm = 📣 Опублікувати «{ $title }»? Її зможуть читати всі — у боті та в стрічці для сайту.
# Variables:
#   $count (Number) - people told
stories-publish-reach = { $count ->
    [0] Ніхто не отримає сповіщення (ідея не має голосів, або всі вже знають).
    [1] Сповіщення отримає одна людина: автор ідеї, хтось, хто голосував або підтримав.
    [one] Сповіщення отримає { $count } людина: автор ідеї, ті, хто голосував і підтримав.
    [few] Сповіщення отримають { $count } людини: автор ідеї, ті, хто голосував і підтримав.
    [many] Сповіщення отримають { $count } людей: автор ідеї, ті, хто голосував і підтримав.
   *[other] Сповіщення отримають { $count } людини: автор ідеї, ті, хто голосував і підтримав.
}
# Variables:
#   $count (Number) - people who muted announcements
stories-publish-muted = { $count ->
    [1] Одна людина вимкнула оголошення й не отримає сповіщення.
    [one] { $count } людина вимкнула оголошення й не отримає сповіщення.
    [few] { $count } людини вимкнули оголошення й не отримають сповіщення.
    [many] { $count } людей вимкнули оголошення й не отримають сповіщення.
   *[other] { $count } людини вимкнули оголошення й не отримають сповіщення.
}
stories-publish-review-date = 🗓 Попросити команду пізніше написати рядок новин?
# Variables:
#   $months (Number) - months after publishing; 0 for never
stories-review-months = { $months ->
    [0] Не просити
   *[other] { $months } міс.
}
stories-publish-now = 📣 Опублікувати зараз
# Variables:
#   $count (Number) - people told
stories-published = { $count ->
    [0] ✅ Опубліковано. Команда отримала сповіщення.
    [1] ✅ Опубліковано. Сповіщення отримали команда й одна людина, що голосувала за ідею.
    [one] ✅ Опубліковано. Сповіщення отримали команда й { $count } людина, що голосувала за ідею.
    [few] ✅ Опубліковано. Сповіщення отримали команда й { $count } людини, що голосували за ідею.
    [many] ✅ Опубліковано. Сповіщення отримали команда й { $count } людей, що голосували за ідею.
   *[other] ✅ Опубліковано. Сповіщення отримали команда й { $count } людини, що голосували за ідею.
}
stories-note-ask = ↩️ Що команді змінити перед публікацією? Напишіть нотатку: команда отримає її разом з історією.
stories-note-empty = Будь ласка, напишіть нотатку для команди.
# Variables:
#   $count (Number) - team members told
stories-sent-back = { $count ->
    [0] ↩️ Повернуто команді (нікого з команди не вдалося сповістити).
    [1] ↩️ Повернуто команді: один учасник отримав вашу нотатку.
    [one] ↩️ Повернуто команді: { $count } учасник отримав вашу нотатку.
    [few] ↩️ Повернуто команді: { $count } учасники отримали вашу нотатку.
    [many] ↩️ Повернуто команді: { $count } учасників отримали вашу нотатку.
   *[other] ↩️ Повернуто команді: { $count } учасника отримали вашу нотатку.
}
# Variables:
#   $title (String) - the story's title
stories-withdraw-confirm = 🚫 Зняти «{ $title }»? Вона зникне зі списку та зі стрічки; ніхто не отримає сповіщення. Пізніше її можна опублікувати знову.
stories-withdraw-yes = 🚫 Так, зняти
stories-withdrawn = 🚫 Знято: читачі її більше не бачать.

## The feed for the website
stories-feed-title = Історії Twin City
stories-feed-description = Завершені проєкти команд міст-партнерів — від ідеї до результату.

## /mydata і /deleteme
# Variables:
#   $count (Number) - stories that may name the person
stories-mydata = { $count ->
    [1] 📖 Вас може називати одна історія:
    [one] 📖 Вас може називати { $count } історія:
    [few] 📖 Вас можуть називати { $count } історії:
    [many] 📖 Вас можуть називати { $count } історій:
   *[other] 📖 Вас можуть називати { $count } історії:
}
# Variables:
#   $title (String) - the story's title
#   $consent (String) - pending, given, declined or erased
stories-mydata-line = • «{ $title }»: { $consent ->
    [given] ви погодилися, щоб вас називали
    [declined] ви відмовилися: вас показано як учасника команди з вашого міста
    [erased] ваше ім'я видалено
   *[pending] ви ще не відповіли
}
# Variables:
#   $count (Number) - stories
stories-erased = { $count ->
    [1] 📖 Ваше ім'я та фото видалено з однієї історії; вона залишається й називає «учасник команди з вашого міста».
    [one] 📖 Ваше ім'я та фото видалено з { $count } історії; вони залишаються й називають «учасник команди з вашого міста».
    [few] 📖 Ваше ім'я та фото видалено з { $count } історій; вони залишаються й називають «учасник команди з вашого міста».
    [many] 📖 Ваше ім'я та фото видалено з { $count } історій; вони залишаються й називають «учасник команди з вашого міста».
   *[other] 📖 Ваше ім'я та фото видалено з { $count } історії; вони залишаються й називають «учасник команди з вашого міста».
}
