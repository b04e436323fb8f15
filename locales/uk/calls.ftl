## Конкурси програми: з чого починається новий конкурс (адміністратор може все змінити).

call-default-title = Twin City Booster: подайте заявку як міста-побратими
call-default-text = Twin City Booster запрошує міста, асоціації побратимства та ініціативи з Білорусі, Німеччини, Росії та України, які мають або планують партнерство міст. Подайте заявку разом із містом-партнером: кожне місто відповідає своєю мовою. Адміністрація міста підтверджує підтримку підписаним листом.
call-default-question-who = Хто ви? Назвіть обидва міста та вашу організацію.
call-default-question-hopes = Чого ви очікуєте від партнерства?
call-default-question-why = Чому ви хочете взяти участь?
call-default-question-else = Чи хочете ви повідомити нам щось іще?
call-default-document-support = Лист підтримки від адміністрації міста (підписаний)
call-default-criterion-motivation = Мотивація
call-default-criterion-potential = Потенціал партнерства
call-default-criterion-support = Підтримка на місці
call-default-criterion-feasibility = Здійсненність

calls-error-unknown = Такого конкурсу немає (або його видалено).

commands-apply = Подати заявку на конкурс
commands-calls = Конкурси: підготувати, відкрити, вирішити

## Конкурси програми: екрани адміністраторів (/calls).

calls-staff-button = 📣 Конкурси програми
calls-home-title = 📣 <b>Конкурси програми</b>
calls-home-empty = Конкурсів поки немає. Новий конкурс починається з типових налаштувань програми; змініть потрібне й опублікуйте його.
# Variables:
#   $title (String) - the call's title in the reader's language
#   $phase (String) - where the call stands, e.g. "open until Thu, 31 Dec 2026, 23:59 Berlin time"
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-home-line = <b>{ $title }</b>
    { $phase } · чернетки: { $drafts } · надіслано: { $submitted }
calls-new = ➕ Новий конкурс
calls-created = Новий конкурс із типовими налаштуваннями програми. Його ніхто не бачить, доки ви його не опублікуєте.
calls-all = ⬅️ Усі конкурси

calls-phase-preparing = готується, не опубліковано
# Variables:
#   $when (String) - the opening, with whose time it is
calls-phase-not-open = відкриється { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-open = відкритий до { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-closed = закритий від { $when }

# Variables:
#   $title (String) - the call's title
#   $phase (String) - where the call stands
calls-card-title = 📣 <b>{ $title }</b>
    { $phase }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-opens = Початок: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-deadline = Термін подання: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-decision = Відбір до: { $when }
# Variables:
#   $countries (String) - the countries joined as a list, e.g. "Belarus, Germany and Ukraine"
calls-card-countries = 🌍 Хто може подати заявку: міста й ініціативи з країн: { $countries }
# Variables:
#   $count (Number) - all questions
#   $required (Number) - required questions
#   $contacts (Number) - contact fields among them
calls-card-questions = ❓ Запитання: { $count } (обов'язкові: { $required }; контактні дані: { $contacts })
# Variables:
#   $name (String) - the document's name
#   $types (String) - the file types, e.g. "PDF, JPG and PNG"
#   $size (Number) - the size limit in megabytes
calls-card-document = 📎 { $name }: { $types }, до { $size } МБ
# Variables:
#   $criteria (String) - the criteria with their weights, joined as a list
calls-card-criteria = ⚖️ Критерії: { $criteria }
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-card-criterion = { $name } ×{ $weight }
# Variables:
#   $per (Number) - reviewers per application
calls-card-no-reviewers = 👥 Експерти: поки немає; на одну заявку: { $per }
# Variables:
#   $count (Number) - reviewers of the call
#   $names (String) - their names, joined as a list
#   $per (Number) - reviewers per application
calls-card-reviewers = 👥 Експерти ({ $count }): { $names }; на одну заявку: { $per }
calls-card-blind-on = 🙈 Анонімна оцінка: експерти не бачать імен людей, назв міст і організацій
calls-card-blind-off = 👁 Експерти бачать імена заявників
# Variables:
#   $days (Number) - days after the selection date
calls-card-retention = { $days ->
    [one] 🗂 Завантажені документи видаляються через { $days } день після відбору
    [few] 🗂 Завантажені документи видаляються через { $days } дні після відбору
    [many] 🗂 Завантажені документи видаляються через { $days } днів після відбору
   *[other] 🗂 Завантажені документи видаляються через { $days } дня після відбору
}
# Variables:
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-card-applications = 📥 Заявки: чернетки: { $drafts } · надіслано: { $submitted }
# Variables:
#   $link (String) - the call's link for applicants
calls-card-link = 🔗 Посилання для заявників: { $link }

calls-button-publish = 🚀 Опублікувати
calls-button-poster = 🖨 Плакат для друку
calls-button-edit = ✏️ Змінити
calls-button-reviewers = 👥 Експерти
calls-button-assign = 🧮 Призначити
calls-button-ranking = 📊 Рейтинг
calls-button-letters = ✉️ Листи
calls-button-export = 📤 Експорт

# Variables:
#   $title (String) - the call's title
#   $opens (String) - the opening, with whose time it is
#   $deadline (String) - the deadline, with whose time it is
calls-publish-ask = Опублікувати <b>{ $title }</b>?
    Прийом заявок почнеться { $opens } і триватиме до { $deadline }. Кожен, хто має посилання або плакат, зможе прочитати конкурс і подати заявку; дати можна буде змінити.
calls-publish-yes = 🚀 Так, опублікувати
calls-published = Опубліковано. Поділіться посиланням нижче або роздрукуйте плакат.
calls-poster-caption = 🖨 Плакат конкурсу для друку: A4, з назвою, терміном подання і QR-кодом посилання.
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-poster-until = Подайте заявку до { $when }
# Variables:
#   $countries (String) - the countries joined as a list
calls-poster-who = Для міст-партнерів із країн: { $countries } — подавайте заявку разом
calls-poster-scan = Наведіть камеру телефона на код, щоб подати заявку

## Експерти
# Variables:
#   $title (String) - the call's title
calls-reviewers-title = 👥 <b>Експерти конкурсу { $title }</b>
calls-reviewers-empty = Експертів поки немає. Запросіть кожного окремим посиланням.
# Variables:
#   $name (String) - the reviewer
#   $links (String) - the cities and organisations they are linked to, as a list
calls-reviewers-line = • { $name } (не отримує заявок від: { $links })
# Variables:
#   $name (String) - the reviewer
calls-reviewers-line-unlinked = • { $name }
calls-reviewers-invite = 🔗 Запросити експерта
# Variables:
#   $name (String) - the reviewer
calls-reviewers-remove = ✖️ { $name }
# Variables:
#   $until (String) - when the link stops working, with whose time it is
#   $link (String) - the link
calls-reviewers-link = Перешліть це посилання одному експертові. Воно спрацює один раз, до { $until }:
    { $link }
# Variables:
#   $name (String) - the reviewer
#   $title (String) - the call's title
calls-reviewers-remove-ask = Прибрати { $name } з експертів конкурсу <b>{ $title }</b>? Ця людина більше не отримуватиме заявок цього конкурсу.
# Variables:
#   $count (Number) - their applications without a submitted review
calls-reviewers-remove-open = { $count ->
    [1] Призначена заявка без надісланої оцінки звільниться (її можна призначити іншому експертові); надіслані оцінки залишаться.
    [one] { $count } призначена заявка без надісланої оцінки звільниться (її можна призначити іншим експертам); надіслані оцінки залишаться.
    [few] { $count } призначені заявки без надісланої оцінки звільняться (їх можна призначити іншим експертам); надіслані оцінки залишаться.
    [many] { $count } призначених заявок без надісланої оцінки звільняться (їх можна призначити іншим експертам); надіслані оцінки залишаться.
   *[other] { $count } призначені заявки без надісланої оцінки звільняться (їх можна призначити іншим експертам); надіслані оцінки залишаться.
}
calls-reviewers-remove-yes = ✖️ Так, прибрати
# Variables:
#   $name (String) - the reviewer
calls-reviewers-removed = { $name } більше не експерт цього конкурсу.

# Variables:
#   $call (String) - the call's title
calls-reviewer-ask = Вас запросили оцінювати заявки на конкурс <b>{ $call }</b>.

    З якими містами чи організаціями ви пов'язані (живете чи працюєте там, є їхнім членом)? Їхніх заявок ви не отримаєте. Напишіть їх по одному в рядку або натисніть «Немає».
# Variables:
#   $city (String) - the reviewer's own city
calls-reviewer-ask-city = Ваше місто { $city } вже враховано.
calls-reviewer-none = Немає
# Variables:
#   $call (String) - the call's title
calls-reviewer-joined = Ви оцінюєте заявки на конкурс <b>{ $call }</b>. /review покаже ваші, щойно їх призначать.
calls-reviewer-open-list = 📋 Мої заявки на оцінку
calls-reviewer-link-unknown = Це посилання для експертів недійсне. Попросіть в організаторів нове.
calls-reviewer-link-used = Це посилання для експертів уже використано. Кожне посилання — для однієї людини: попросіть в організаторів своє.
calls-reviewer-link-expired = Термін дії цього посилання для експертів минув. Попросіть в організаторів нове.

## Зміна конкурсу
calls-edit-ask = Що ви хочете змінити?
calls-edit-title = 📝 Назва
calls-edit-text = 📄 Текст
calls-edit-countries = 🌍 Країни
calls-edit-zone = 🕓 Час
calls-edit-opens = Початок
calls-edit-deadline = Термін
calls-edit-decision = Відбір
calls-edit-per-app = 👥 Експертів на заявку
calls-edit-blind-on = 🙈 Анонімно: так · вимкнути
calls-edit-blind-off = 👁 Анонімно: ні · увімкнути
calls-edit-retention = 🗂 Зберігання документів
calls-saved = 💾 Збережено.
# Variables:
#   $languages (String) - the languages the call has this text in, as a list
calls-edit-language-ask = Якою мовою? Уже є: { $languages }. Хто не знайде своєї мови, побачить англійський варіант.
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the title now in that language, or a dash
calls-edit-title-ask = Напишіть назву, мова: { $language }.
    Зараз: { $current }
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the text now in that language
calls-edit-text-ask = Напишіть текст конкурсу, мова: { $language }.
    Зараз: { $current }
calls-edit-missing = (поки немає)
calls-edit-countries-ask = Хто може подати заявку? Натисніть на країну, щоб додати або прибрати її.
# Variables:
#   $zone (String) - the city whose clock the dates are on now
calls-edit-zone-ask = За яким часом указано дати конкурсу? Зараз: за часом міста { $zone }. Години й хвилини залишаться ті самі (23:59 залишиться 23:59).
# Variables:
#   $per (Number) - reviewers per application now
calls-edit-per-app-ask = Скільки експертів мають оцінити кожну заявку? Зараз: { $per }.
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-opens-ask = Напишіть, коли починається прийом заявок, у вигляді день.місяць.рік години:хвилини за часом міста { $zone }, наприклад { $example }.
    Зараз: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-deadline-ask = Напишіть новий термін подання у вигляді день.місяць.рік години:хвилини за часом міста { $zone }, наприклад { $example }.
    Зараз: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-decision-ask = Напишіть, до якого часу буде зроблено відбір, у вигляді день.місяць.рік години:хвилини за часом міста { $zone }, наприклад { $example }.
    Зараз: { $current }
# Variables:
#   $days (Number) - days now
calls-edit-retention-ask = { $days ->
    [one] Скільки днів після відбору зберігати завантажені документи? Напишіть число від 1 до 3650. Зараз: { $days } день.
    [few] Скільки днів після відбору зберігати завантажені документи? Напишіть число від 1 до 3650. Зараз: { $days } дні.
    [many] Скільки днів після відбору зберігати завантажені документи? Напишіть число від 1 до 3650. Зараз: { $days } днів.
   *[other] Скільки днів після відбору зберігати завантажені документи? Напишіть число від 1 до 3650. Зараз: { $days } дня.
}

# Variables:
#   $example (String) - an example, e.g. "31.12.2027 23:59"
calls-error-date = Будь ласка, напишіть дату й час так: { $example } (день.місяць.рік години:хвилини).
calls-error-deadline-early = Термін подання має бути пізніше за початок. Будь ласка, напишіть пізнішу дату.
calls-error-deadline-late = Термін подання має бути раніше за відбір. Будь ласка, напишіть ранішу дату або спершу перенесіть відбір.
calls-error-opens-after-deadline = Прийом заявок має початися до терміну подання. Будь ласка, напишіть ранішу дату.
calls-error-decision-early = Відбір має бути після терміну подання. Будь ласка, напишіть пізнішу дату.
calls-error-retention = Будь ласка, напишіть кількість днів від 1 до 3650.
calls-error-text-empty = Будь ласка, напишіть текст.
calls-error-text-long = Задовго. Будь ласка, скоротіть.
calls-error-countries-empty = Принаймні одна країна має мати змогу подати заявку.
calls-error-link-long = Один рядок задовгий. Будь ласка, пишіть по одному місту чи організації в рядку.
calls-error-links-many = Забагато. Будь ласка, назвіть не більше 20 міст чи організацій.

## Запитання і критерії конкурсу
calls-edit-questions = ❓ Запитання
calls-edit-criteria = ⚖️ Критерії
calls-contact-institution = Організація (адміністрація міста, асоціація чи ініціатива)
calls-contact-contact_person = Контактна особа
calls-contact-contact_details = Контакти (e-mail, телефон)
# Variables:
#   $title (String) - the call's title
calls-questions-title = ❓ <b>Запитання конкурсу { $title }</b>
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
#   $state (String) - required or optional
calls-questions-line = { $number }. { $text } ({ $state })
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-questions-button = { $number }. { $text }
calls-question-required = обов'язкове
calls-question-optional = необов'язкове
calls-questions-locked = Заявки вже є: запитання залишаються незмінними, щоб усі заявки відповідали на ті самі.
calls-questions-add-text = ➕ Вільний
calls-questions-add-choice = ➕ Вибір
# Variables:
#   $number (Number) - the question's number
calls-question-title-text = ❓ <b>Запитання { $number }</b> · відповідь вільним текстом
# Variables:
#   $number (Number) - the question's number
calls-question-title-choice = ❓ <b>Запитання { $number }</b> · вибір із варіантів
# Variables:
#   $number (Number) - the question's number
calls-question-title-contact = ❓ <b>Запитання { $number }</b> · контактні дані
# Variables:
#   $text (String) - the question
calls-question-text = { $text }
# Variables:
#   $choices (String) - the choices, as a list
calls-question-choices = Варіанти: { $choices }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-required-line = Обов'язкове · довжина відповіді: до { $max }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-optional-line = Необов'язкове · довжина відповіді: до { $max }
# Variables:
#   $languages (String) - the languages the question is written in, as a list
calls-question-languages = Є мовами: { $languages }. Хто не знайде своєї мови, прочитає англійський варіант.
calls-question-contact-note = Контактні дані бот формулює сам кожною мовою. Їх можна зробити необов'язковими, але не видалити.
calls-question-required-on = Обов'язкове: так · вимкнути
calls-question-required-off = Обов'язкове: ні · увімкнути
calls-question-max-length = 📏 Максимальна довжина
calls-question-change-text = 📝 Змінити формулювання
calls-question-remove = 🗑 Видалити запитання
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-question-remove-ask = Видалити запитання { $number }? «{ $text }»
calls-item-remove-yes = 🗑 Так, видалити
calls-item-removed = Видалено.
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-question-ask = Напишіть нове запитання, мова: { $language }. Інші мови можна додати потім; доти всі читають цей варіант.
calls-question-choices-ask = Тепер напишіть варіанти відповіді, по одному в рядку (від 2 до 10).
# Variables:
#   $number (Number) - the question's number
#   $language (String) - the language, e.g. "German"
#   $current (String) - the question now in that language
calls-question-text-ask = Напишіть запитання { $number }, мова: { $language }.
    Зараз: { $current }
# Variables:
#   $max (Number) - the maximum length now
calls-question-max-length-ask = Якої довжини може бути відповідь, у знаках? Напишіть число від 20 до 4000. Зараз: { $max }.
# Variables:
#   $title (String) - the call's title
#   $scale (Number) - the highest score
calls-criteria-title = ⚖️ <b>Критерії конкурсу { $title }</b>
    Кожен експерт оцінює кожен критерій за шкалою від 1 до { $scale }; у сумі оцінка множиться на вагу критерію.
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criteria-line = • { $name }: вага { $weight }
calls-criteria-locked = Експерти вже почали оцінювання: критерії та ваги залишаються незмінними, щоб усі заявки оцінювалися однаково.
calls-criteria-add = ➕ Новий критерій
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criterion-title = ⚖️ <b>{ $name }</b>: вага { $weight }
    Стільки разів бали враховуються в сумі. Виберіть вагу від 1 до 3.
calls-criterion-remove = 🗑 Видалити критерій
# Variables:
#   $name (String) - the criterion
calls-criterion-remove-ask = Видалити критерій { $name }?
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-criterion-ask = Напишіть назву нового критерію, мова: { $language }.
calls-error-questions-locked = Заявки вже є: запитання більше не можна змінити.
calls-error-criteria-locked = Експерти вже почали оцінювання: критерії більше не можна змінити.
calls-error-criteria-empty = Має залишитися хоча б один критерій.
calls-error-contact-stays = Контактні дані можна зробити необов'язковими, але не видалити.
calls-error-choices = Будь ласка, напишіть від 2 до 10 варіантів, по одному в рядку.
calls-error-choice-long = Один варіант задовгий. Будь ласка, не більше 100 знаків.
calls-error-max-length = Будь ласка, напишіть число від 20 до 4000.
