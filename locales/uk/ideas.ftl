## Ідеї: учасники

menu-ideas = 💡 Ідеї
commands-ideas = Ідеї та голосування
ideas-home-button = 💡 Ідеї
# Variables:
#   $submissions (String) - open or closed (selector keys, not shown)
#   $voting (String) - open or closed (selector keys, not shown)
#   $left (Number) - votes left; written as "голосів — N з M", no agreement needed
#   $budget (Number) - votes in all
ideas-home =
    💡 Ідеї проєктів партнерства

    { $submissions ->
        [open] ✍️ Чекаємо на нові ідеї.
       *[closed] ✍️ Подання нових ідей закрито.
    }
    { $voting ->
        [open] 🗳 Голосування відкрите: у вас залишилося голосів — { $left } з { $budget }.
       *[closed] 🗳 Голосування ще не відкрите.
    }
ideas-submit = ➕ Запропонувати ідею
ideas-browse = 📋 Переглянути ідеї
ideas-results = 🏆 Підсумки
ideas-mine = ✍️ Мої ідеї
ideas-organise = 🛠 Керування ідеями

ideas-ask-title = Як називається ваша ідея? Надішліть коротку назву (до 120 символів).
ideas-ask-description = Опишіть ідею кількома реченнями (до 1500 символів). Пишіть своєю мовою — інші зможуть прочитати її своєю.
ideas-ask-description-untranslated = Опишіть ідею кількома реченнями (до 1500 символів) своєю мовою.
ideas-ask-theme-first = Яка тема найкраще пасує до ідеї? Натисніть на неї — інші теми можна додати на наступному екрані.
ideas-ask-themes = До яких тем вона належить? Позначте всі відповідні й натисніть «Готово».
ideas-ask-needs = Що потрібно цій ідеї від міста-партнера? (за бажанням)
ideas-ask-photo = Надішліть фото до ідеї (або поверніться назад).
ideas-draft-cancelled = Скасовано — ідею не збережено.
# Variables:
#   $ideas (String) - list of similar ideas, one per line
ideas-similar =
    👀 Схожі ідеї вже є:
    { $ideas }

    Можна приєднатися до однієї з них замість дубліката — або все одно надіслати свою.
# Variables:
#   $title (String) - idea title, cut to 40 characters, gender unknown (after "до", so no agreement needed)
ideas-join = 🤝 Приєднатися до «{ $title }»
ideas-submit-anyway = Усе одно надіслати свою ▶️
# Variables:
#   $title (String) - idea title
#   $description (String) - description
#   $themes (String) - themes, a list
#   $language (String) - language of the text, lower case nominative ("німецька")
ideas-review =
    Будь ласка, перевірте ідею:

    💡 { $title }
    { $description }

    🏷 { $themes }
    🌐 Мова тексту: { $language } (натисніть, щоб виправити)
# Variables:
#   $needs (String) - what the idea needs from the partner city
ideas-review-needs = 🤝 Потрібно від міста-партнера: { $needs }
ideas-review-photo = 🖼 З фото
# Variables:
#   $name (String) - the author's name as the idea would show it
#   $shown (String) - yes or no: whether the author chose to show it
ideas-review-name = { $shown ->
        [yes] 👤 Ваше ім'я буде видно: { $name }
       *[no] 👤 Ваше ім'я не буде видно ({ $name })
    }
ideas-draft-more-themes = 🏷 Змінити теми
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-needs = { $state ->
        [set] 🤝 Змінити, що потрібно
       *[empty] 🤝 Додати, що потрібно
    }
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-photo = { $state ->
        [set] 🖼 Замінити фото
       *[empty] 🖼 Додати фото
    }
ideas-show-name-yes = 👤 Показувати моє ім'я: так
ideas-show-name-no = 👤 Показувати моє ім'я: ні
# Variables:
#   $title (String) - workshop title, gender unknown: keep it in «» after "на", never as a subject
ideas-written-at = 📅 Придумано на «{ $title }»
ideas-publish = Надіслати ідею
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "Ідею"
ideas-submitted = ✅ Дякуємо! Ідею «{ $title }» тепер бачать усі в партнерстві.
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "Ідею"
ideas-submitted-review = ✅ Дякуємо! Ідею «{ $title }» побачать усі, щойно її перегляне організатор.
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідеї"
ideas-joined = 🤝 Ви приєдналися до ідеї «{ $title }». Її автори побачать, що ви хочете долучитися.

# Variables:
#   $total (Number) - ideas found; the number is shown in every variant
#   $page (Number) - page number
ideas-list = { $total ->
        [one] { $total } ідея
        [few] { $total } ідеї
        [many] { $total } ідей
       *[other] { $total } ідеї
    } — сторінка { $page }. Натисніть на ідею, щоб її прочитати:
ideas-list-empty = Тут поки немає ідей. Запропонуйте першу!
ideas-list-empty-mine = Ви ще не запропонували жодної ідеї.

# Variables:
#   $number (Number) - the line number, shown on the idea's vote button too
#   $title (String) - idea title
#   $votes (Number) - its votes so far; a line of the list (the button shows only the title)
ideas-list-item = { $number }. { $title } — 👍 { $votes }
ideas-list-vote-hint = Голосуйте кнопкою 👍 з номером ідеї; ✅ позначає ваші голоси (натисніть ще раз, щоб забрати голос).
ideas-all-themes = усі теми
# Variables:
#   $theme (String) - the current theme filter: a theme name or ideas-all-themes; button, one in a row
ideas-filter-theme = 🏷 Тема: { $theme }
ideas-filter-scope-a = 🏙 Усі міста
ideas-filter-scope-m = 🏙 Моє місто
ideas-filter-scope-p = 🏙 Інші міста
ideas-sort-n = ↕️ Спершу нові
ideas-sort-v = ↕️ За голосами

# Variables:
#   $title (String) - idea title
#   $description (String) - description
#   $city (String) - city of the author, nominative
#   $themes (String) - themes, a list, or none (then the theme part is left out)
#   $votes (Number) - votes; the number is shown in every variant
#   $supporters (Number) - people who want to work on it; [0] is "nobody yet"
ideas-card =
    💡 { $title }

    { $description }

    🏙 { $city }{ $themes ->
        [none] {""}
       *[other] {" · "}🏷 { $themes }
    }
    👍 { $votes ->
        [one] { $votes } голос
        [few] { $votes } голоси
        [many] { $votes } голосів
       *[other] { $votes } голосу
    } · 🙋 { $supporters ->
        [0] поки ніхто не приєднався
        [one] { $supporters } людина хоче долучитися
        [few] { $supporters } людини хочуть долучитися
        [many] { $supporters } людей хочуть долучитися
       *[other] { $supporters } людини хочуть долучитися
    }
# Variables:
#   $needs (String) - needs from the partner city (free text)
ideas-card-needs = 🤝 Потрібно від міста-партнера: { $needs }
# Variables:
#   $name (String) - author's display name, gender unknown
ideas-card-author = ✍️ { $name }
# Variables:
#   $language (String) - original language, lower case nominative ("німецька")
ideas-card-machine = 🤖 Машинний переклад (оригінал: { $language })
# Variables:
#   $language (String) - original language, lower case nominative ("німецька")
ideas-card-human = 🌐 Переклад учасника (оригінал: { $language })
# Variables:
#   $reason (String) - empty (not shown)
ideas-card-status-submitted = ⏳ Чекає, поки організатори її опублікують.
# Variables:
#   $reason (String) - why it was hidden (free text by an organiser)
ideas-card-status-hidden = 🚫 Організатори приховали цю ідею: { $reason }
# Variables:
#   $reason (String) - empty (not shown)
ideas-card-status-merged = 🔗 Об'єднано з іншою ідеєю.
# Variables:
#   $reason (String) - empty (not shown)
ideas-card-status-withdrawn = ↩️ Автор відкликав цю ідею.
# Variables:
#   $left (Number) - votes left; written as "залишилося: N", no agreement needed
ideas-card-you-voted = ✅ Ви проголосували за цю ідею (залишилося: { $left }).
# Variables:
#   $left (Number) - votes left (0–10); button, one in a row: at most 30 characters
ideas-vote = 👍 Голосувати (залишилося { $left })
ideas-unvote = ↩️ Забрати свій голос
ideas-support = 🙋 Хочу долучитися
ideas-support-stop = 🙋 Більше не хочу долучатися
ideas-show-original = 🌐 Показати оригінал
ideas-show-translation = 🌐 Показати моєю мовою
ideas-add-translation = ✍️ Додати переклад
ideas-edit = ✏️ Змінити
ideas-withdraw = 🗑 Відкликати
ideas-report = ⚠️ Поскаржитися
ideas-moderate = 🛡 Модерувати
# Variables:
#   $left (Number) - votes left; the number is shown in every variant but [0]
ideas-voted = 👍 Ваш голос враховано. { $left ->
        [0] Ви використали всі голоси.
        [one] У вас залишився { $left } голос.
        [few] У вас залишилося { $left } голоси.
        [many] У вас залишилося { $left } голосів.
       *[other] У вас залишилося { $left } голосу.
    }
# Variables:
#   $left (Number) - votes left; written as "Залишилося: N", no agreement needed
ideas-unvoted = ↩️ Голос повернуто. Залишилося: { $left }.
ideas-supporting = 🙋 Позначено: ви хочете долучитися до роботи над цією ідеєю.
ideas-not-supporting = Позначено: ви більше не хочете долучатися до роботи над цією ідеєю.
ideas-report-ask = Поскаржитися організаторам, що ця ідея недоречна?
ideas-report-confirm = ⚠️ Так, поскаржитися
ideas-reported = ⚠️ Дякуємо — організатори її переглянуть.
ideas-withdraw-ask = Відкликати вашу ідею? Її голоси повернуться тим, хто голосував.
ideas-withdraw-confirm = 🗑 Так, відкликати
ideas-withdrawn = Вашу ідею відкликано.
ideas-edit-ask = Що ви хочете змінити?
ideas-edit-title = Назва
ideas-edit-description = Опис
ideas-edit-needs = Що потрібно від міста-партнера
ideas-edited = ✏️ Збережено. Переклади старого тексту видалено.
ideas-translate-choose = Якою мовою ви хочете її перекласти?
# Variables:
#   $language (String) - target language, lower case nominative ("німецька"), after "мовою:"
ideas-translate-ask-title = Надішліть назву мовою: { $language }.
# Variables:
#   $language (String) - target language, lower case nominative ("німецька"), after "мовою:"
ideas-translate-ask-description = Тепер надішліть опис мовою: { $language }.
ideas-translation-live = 🌐 Дякуємо — ваш переклад уже опубліковано.
ideas-translation-pending = 🌐 Дякуємо — переклад з'явиться після схвалення організаторами.

ideas-results-all = 🏆 Загалом
ideas-results-chart = 📊 Діаграма
# Variables:
#   $scope (String) - partnership name, theme name or city name (nominative)
ideas-results-title = 🏆 Найбільше голосів — { $scope }:
# Variables:
#   $rank (Number) - place
#   $title (String) - idea title
#   $votes (Number) - votes; the number is shown in every variant
ideas-results-line = { $rank }. { $title } — { $votes ->
        [one] { $votes } голос
        [few] { $votes } голоси
        [many] { $votes } голосів
       *[other] { $votes } голосу
    }
ideas-results-empty = Поки немає ідей із голосами.
ideas-chart-title = Ідеї з найбільшою кількістю голосів
ideas-chart-votes = Голоси
# Variables:
#   $partnership (String) - partnership name, gender unknown
ideas-chart-caption = 📊 Підсумки: { $partnership }

ideas-error-title-empty = Назва не може бути порожньою.
# Variables:
#   $limit (Number) - maximum length (120); shown without a noun ("скоротіть її до N")
#   $length (Number) - actual length in characters; the noun agrees with it, so it is in the selector
ideas-error-title-long = { $length ->
        [one] У назві { $length } символ; будь ласка, скоротіть її до { $limit }.
        [few] У назві { $length } символи; будь ласка, скоротіть її до { $limit }.
        [many] У назві { $length } символів; будь ласка, скоротіть її до { $limit }.
       *[other] У назві { $length } символу; будь ласка, скоротіть її до { $limit }.
    }
ideas-error-description-empty = Будь ласка, опишіть ідею хоча б кількома словами.
# Variables:
#   $limit (Number) - maximum length (1500); shown without a noun ("скоротіть його до N")
#   $length (Number) - actual length in characters; the noun agrees with it, so it is in the selector
ideas-error-description-long = { $length ->
        [one] В описі { $length } символ; будь ласка, скоротіть його до { $limit }.
        [few] В описі { $length } символи; будь ласка, скоротіть його до { $limit }.
        [many] В описі { $length } символів; будь ласка, скоротіть його до { $limit }.
       *[other] В описі { $length } символу; будь ласка, скоротіть його до { $limit }.
    }
ideas-error-needs-empty = Будь ласка, напишіть кілька слів або пропустіть цей крок.
# Variables:
#   $limit (Number) - maximum length; shown without a noun ("скоротіть його до N")
#   $length (Number) - actual length in characters; the noun agrees with it, so it is in the selector
ideas-error-needs-long = { $length ->
        [one] У тексті { $length } символ; будь ласка, скоротіть його до { $limit }.
        [few] У тексті { $length } символи; будь ласка, скоротіть його до { $limit }.
        [many] У тексті { $length } символів; будь ласка, скоротіть його до { $limit }.
       *[other] У тексті { $length } символу; будь ласка, скоротіть його до { $limit }.
    }
ideas-error-reason-empty = Будь ласка, вкажіть коротку причину.
# Variables:
#   $limit (Number) - maximum length; shown without a noun ("скоротіть його до N")
#   $length (Number) - actual length in characters; the noun agrees with it, so it is in the selector
ideas-error-reason-long = { $length ->
        [one] У поясненні { $length } символ; будь ласка, скоротіть його до { $limit }.
        [few] У поясненні { $length } символи; будь ласка, скоротіть його до { $limit }.
        [many] У поясненні { $length } символів; будь ласка, скоротіть його до { $limit }.
       *[other] У поясненні { $length } символу; будь ласка, скоротіть його до { $limit }.
    }
ideas-error-themes-empty = Будь ласка, виберіть хоча б одну тему.
ideas-error-photo-later = Фото можна буде додати під час перевірки ідеї, після вибору теми.
ideas-error-use-buttons = Будь ласка, на цьому кроці використовуйте кнопки.
ideas-submissions-closed = Подання ідей зараз закрито.
ideas-draft-missing = Ця ідея більше не редагується. Почніть знову в розділі 💡 Ідеї.
ideas-gone = Ця ідея більше недоступна.
ideas-vote-closed = 🗳 Голосування зараз закрите.
# Variables:
#   $budget (Number) - votes per person; shown in brackets, no agreement needed
ideas-vote-budget = Ви використали всі голоси ({ $budget }). Заберіть голос в іншої ідеї, щоб проголосувати за цю.
ideas-vote-already = Ви вже проголосували за цю ідею.
ideas-vote-own = За власну ідею голосувати не можна.
ideas-vote-not-votable = За цю ідею голосувати не можна.
ideas-merge-same = Ідею не можна об'єднати саму із собою.
ideas-merge-impossible = Ці дві ідеї об'єднати не можна.

# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідею"
ideas-published-notice = ✅ Вашу ідею «{ $title }» тепер бачать усі.
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідею"
#   $reason (String) - why (free text by an organiser)
ideas-hidden-notice = 🚫 Організатори приховали вашу ідею «{ $title }». Причина: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown: keep it after the noun "ідею"
#   $target (String) - title of the idea it was merged into, gender unknown
ideas-merged-notice = 🔗 Вашу ідею «{ $title }» об'єднано з дуже схожою ідеєю «{ $target }». Голоси перенесено, і тепер ви в її команді.
# Variables:
#   $count (Number) - new votes; the number is shown in every variant
#   $ideas (String) - ideas with new votes, one per line
ideas-vote-digest =
    👍 { $count ->
        [one] Ваші ідеї отримали { $count } новий голос:
        [few] Ваші ідеї отримали { $count } нові голоси:
        [many] Ваші ідеї отримали { $count } нових голосів:
       *[other] Ваші ідеї отримали { $count } нового голосу:
    }
    { $ideas }

## Ідеї: організатори

# Variables:
#   $budget (Number) - votes per person; after a colon, no agreement needed
ideas-settings = 🛠 Ідеї партнерства. Голосів на людину: { $budget }. Натисніть, щоб перемкнути:
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-submissions = { $state ->
        [on] ✍️ Подання йде · закрити
       *[off] ✍️ Подань нема · відкрити
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-voting = { $state ->
        [on] 🗳 Голосування йде · закрити
       *[off] 🗳 Голосування нема · відкрити
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-premoderation = { $state ->
        [on] 🛡 Перевірка є · вимкнути
       *[off] 🛡 Перевірки нема · увімкнути
    }
# Variables:
#   $count (Number) - items waiting; shown in brackets, no agreement needed
ideas-set-queue = 📥 На перевірку ({ $count })
# Variables:
#   $count (Number) - items waiting; a list of buttons follows, so the text ends with a colon
ideas-queue = { $count ->
        [0] 📥 Перевіряти нічого.
        [one] 📥 На перевірку ({ $count }):
        [few] 📥 На перевірку ({ $count }):
        [many] 📥 На перевірку ({ $count }):
       *[other] 📥 На перевірку ({ $count }):
    }
# Variables:
#   $title (String) - idea title, cut to 40 characters, gender unknown; button label
ideas-queue-new = 💡 Нова: { $title }
# Variables:
#   $number (Number) - idea number
#   $language (String) - language name, lower case nominative ("німецька"); button label
ideas-queue-translation = 🌐 Переклад #{ $number }: { $language }
# Variables:
#   $number (Number) - idea number
#   $count (Number) - reports; the noun agrees with it, so it is in the selector; button label
ideas-queue-report = ⚠️ #{ $number }: { $count ->
        [1] одна скарга
        [one] { $count } скарга
        [few] { $count } скарги
        [many] { $count } скарг
       *[other] { $count } скарги
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
    🌐 Переклад чекає на ваше схвалення.

    { $source_mark } { $source } · оригінал:
    { $original_title }
    { $original_description }

    { $target_mark } { $target } · переклад:
    { $title }
    { $description }
ideas-tr-approve = Схвалити
ideas-tr-reject = ✖️ Відхилити
ideas-tr-approved = 🌐 Переклад схвалено.
ideas-tr-rejected = 🌐 Переклад відхилено.
# Variables:
#   $title (String) - idea title, gender unknown (shown in «» before a colon)
ideas-mod-menu = 🛡 «{ $title }»: опублікувати, приховати, об'єднати з іншою ідеєю або змінити теми.
ideas-mod-publish = Опублікувати
ideas-mod-hide = 🚫 Приховати
ideas-mod-merge = 🔗 Об'єднати
ideas-mod-dismiss = 👌 Скарги безпідставні
ideas-mod-published = ✅ Опубліковано; автору повідомлено.
ideas-mod-hide-ask = Чому ви приховуєте ідею? Автор побачить це пояснення.
ideas-mod-merge-ask = З якою ідеєю її об'єднати? Голоси переносяться; хто голосував за обидві, збереже один голос і отримає другий назад.
# Variables:
#   $moved (Number) - votes moved; written as "перенесено голосів — N", no agreement needed
#   $returned (Number) - votes given back
ideas-mod-merged = 🔗 Об'єднано: перенесено голосів — { $moved }, повернуто тим, хто голосував за обидві, — { $returned }.
ideas-mod-dismissed = 👌 Скарги закрито.
ideas-mod-hidden = 🚫 Приховано; автору повідомлено причину.
# Variables:
#   $title (String) - workshop title, gender unknown: keep it in «» after "на", never as a subject
ideas-card-workshop = 📅 Придумано на «{ $title }»
# Variables:
#   $count (Number) - the +1 the idea got on the live wall during its event (kept afterwards)
#   $bridge (String) - "yes" when they came from two or more cities, else "no"
ideas-card-wall-votes = { $bridge ->
    [yes] 🌉 { $count } × +1 на стіні ідей, з обох міст
   *[no] 👍 { $count } × +1 на стіні ідей
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
        [machine] 🤖 машинний переклад
        [human] ✍️ переклад
       *[original] { $mark } { $language }
    }
ideas-ask-translation = 🙋 Попросити переклад
ideas-ask-translation-already = Ви вже попросили. Коли переклад буде готовий, я повідомлю.
# Variables:
#   $count (Number) - people asked
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked = 🙋 { $count ->
        [1] Прохання надіслано 1 людині, яка знає обидві мови ({ $source } і { $target }).
        [one] Прохання надіслано { $count } людині, яка знає обидві мови ({ $source } і { $target }).
        [few] Прохання надіслано { $count } людям, які знають обидві мови ({ $source } і { $target }).
        [many] Прохання надіслано { $count } людям, які знають обидві мови ({ $source } і { $target }).
       *[other] Прохання надіслано { $count } людини, які знають обидві мови ({ $source } і { $target }).
    } Коли переклад буде готовий, я повідомлю.
# Variables:
#   $count (Number) - 0 (nobody new was asked)
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked-earlier = 🙋 Тих, хто знає обидві мови ({ $source } і { $target }), сьогодні вже попросили. Коли переклад буде готовий, я повідомлю.
# Variables:
#   $count (Number) - 0
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-nobody = 🙋 У партнерстві поки ніхто не знає обидві мови ({ $source } і { $target }), тому показано оригінал. Якщо хтось перекладе ідею, я повідомлю.
# Variables:
#   $title (String) - idea title, gender unknown
#   $source (String) - the idea's language
#   $target (String) - the language it is wanted in
ideas-translation-wanted = 🌐 Хтось хоче прочитати ідею «{ $title }» іншою мовою ({ $target }). Вона написана мовою «{ $source }», а ви знаєте обидві. Можете перекласти? Організатор перевірить переклад, перш ніж його покажуть.
ideas-translation-wanted-start = ✍️ Перекласти
ideas-translation-open = 💡 Відкрити ідею
# Variables:
#   $title (String) - the translated title, gender unknown
ideas-translation-arrived = 🌐 Переклад, який ви просили, готовий: ідея «{ $title }».
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-approved-notice = 🌐 Дякуємо! Ваш переклад ідеї «{ $title }» (мова: { $language }) схвалено, його вже видно.
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-rejected-notice = 🌐 Організатори не схвалили ваш переклад ідеї «{ $title }» (мова: { $language }). Можна перекласти її ще раз.
