## Конкурсы праграмы: з чаго пачынаецца новы конкурс (адміністратар можа ўсё змяніць).

call-default-title = Twin City Booster: падайце заяўку як гарады-пабрацімы
call-default-text = Twin City Booster запрашае гарады, асацыяцыі пабрацімства і ініцыятывы з Беларусі, Германіі, Расіі і Украіны, у якіх ёсць або плануецца партнёрства гарадоў. Падайце заяўку разам з горадам-партнёрам: кожны горад адказвае на сваёй мове. Адміністрацыя горада пацвярджае падтрымку падпісаным лістом.
call-default-question-who = Хто вы? Назавіце абодва гарады і вашу арганізацыю.
call-default-question-hopes = Чаго вы чакаеце ад партнёрства?
call-default-question-why = Чаму вы хочаце ўдзельнічаць?
call-default-question-else = Ці хочаце вы паведаміць нам яшчэ штосьці?
call-default-document-support = Ліст падтрымкі ад адміністрацыі горада (падпісаны)
call-default-criterion-motivation = Матывацыя
call-default-criterion-potential = Патэнцыял партнёрства
call-default-criterion-support = Падтрымка на месцы
call-default-criterion-feasibility = Выканальнасць

calls-error-unknown = Такога конкурсу няма (або ён выдалены).

commands-apply = Падаць заяўку на конкурс
commands-calls = Конкурсы: падрыхтаваць, адкрыць, вырашыць

## Конкурсы праграмы: экраны адміністратараў (/calls).

calls-staff-button = 📣 Конкурсы праграмы
calls-home-title = 📣 <b>Конкурсы праграмы</b>
calls-home-empty = Конкурсаў пакуль няма. Новы конкурс пачынаецца з тыповых налад праграмы; змяніце патрэбнае і апублікуйце яго.
# Variables:
#   $title (String) - the call's title in the reader's language
#   $phase (String) - where the call stands, e.g. "open until Thu, 31 Dec 2026, 23:59 Berlin time"
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-home-line = <b>{ $title }</b>
    { $phase } · чарнавікі: { $drafts } · адпраўлена: { $submitted }
calls-new = ➕ Новы конкурс
calls-created = Новы конкурс з тыповымі наладамі праграмы. Яго ніхто не бачыць, пакуль вы яго не апублікуеце.
calls-all = ⬅️ Усе конкурсы

calls-phase-preparing = рыхтуецца, не апублікаваны
# Variables:
#   $when (String) - the opening, with whose time it is
calls-phase-not-open = адкрыецца { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-open = адкрыты да { $when }
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-phase-closed = закрыты з { $when }

# Variables:
#   $title (String) - the call's title
#   $phase (String) - where the call stands
calls-card-title = 📣 <b>{ $title }</b>
    { $phase }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-opens = Пачатак: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-deadline = Тэрмін падачы: { $when }
# Variables:
#   $when (String) - date and time with whose time it is
calls-card-decision = Адбор да: { $when }
# Variables:
#   $countries (String) - the countries joined as a list, e.g. "Belarus, Germany and Ukraine"
calls-card-countries = 🌍 Хто можа падаць заяўку: гарады і ініцыятывы з краін: { $countries }
# Variables:
#   $count (Number) - all questions
#   $required (Number) - required questions
#   $contacts (Number) - contact fields among them
calls-card-questions = ❓ Пытанні: { $count } (абавязковыя: { $required }; кантактныя даныя: { $contacts })
# Variables:
#   $name (String) - the document's name
#   $types (String) - the file types, e.g. "PDF, JPG and PNG"
#   $size (Number) - the size limit in megabytes
calls-card-document = 📎 { $name }: { $types }, да { $size } МБ
# Variables:
#   $criteria (String) - the criteria with their weights, joined as a list
calls-card-criteria = ⚖️ Крытэрыі: { $criteria }
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-card-criterion = { $name } ×{ $weight }
# Variables:
#   $per (Number) - reviewers per application
calls-card-no-reviewers = 👥 Эксперты: пакуль няма; на адну заяўку: { $per }
# Variables:
#   $count (Number) - reviewers of the call
#   $names (String) - their names, joined as a list
#   $per (Number) - reviewers per application
calls-card-reviewers = 👥 Эксперты ({ $count }): { $names }; на адну заяўку: { $per }
calls-card-blind-on = 🙈 Ананімная ацэнка: эксперты не бачаць імёнаў людзей, назваў гарадоў і арганізацый
calls-card-blind-off = 👁 Эксперты бачаць імёны заяўнікаў
# Variables:
#   $days (Number) - days after the selection date
calls-card-retention = { $days ->
    [one] 🗂 Загружаныя дакументы выдаляюцца праз { $days } дзень пасля адбору
    [few] 🗂 Загружаныя дакументы выдаляюцца праз { $days } дні пасля адбору
    [many] 🗂 Загружаныя дакументы выдаляюцца праз { $days } дзён пасля адбору
   *[other] 🗂 Загружаныя дакументы выдаляюцца праз { $days } дня пасля адбору
}
# Variables:
#   $drafts (Number) - applications not submitted yet
#   $submitted (Number) - submitted applications
calls-card-applications = 📥 Заяўкі: чарнавікі: { $drafts } · адпраўлена: { $submitted }
# Variables:
#   $link (String) - the call's link for applicants
calls-card-link = 🔗 Спасылка для заяўнікаў: { $link }

calls-button-publish = 🚀 Апублікаваць
calls-button-poster = 🖨 Плакат для друку
calls-button-edit = ✏️ Змяніць
calls-button-reviewers = 👥 Эксперты
calls-button-assign = 🧮 Прызначыць
calls-button-ranking = 📊 Рэйтынг
calls-button-letters = ✉️ Лісты
calls-button-export = 📤 Экспарт

# Variables:
#   $title (String) - the call's title
#   $opens (String) - the opening, with whose time it is
#   $deadline (String) - the deadline, with whose time it is
calls-publish-ask = Апублікаваць <b>{ $title }</b>?
    Прыём заявак пачнецца { $opens } і працягнецца да { $deadline }. Кожны, хто мае спасылку або плакат, зможа прачытаць конкурс і падаць заяўку; даты можна будзе змяніць.
calls-publish-yes = 🚀 Так, апублікаваць
calls-published = Апублікавана. Падзяліцеся спасылкай ніжэй або раздрукуйце плакат.
calls-poster-caption = 🖨 Плакат конкурсу для друку: A4, з назвай, тэрмінам падачы і QR-кодам спасылкі.
# Variables:
#   $when (String) - the deadline, with whose time it is
calls-poster-until = Падайце заяўку да { $when }
# Variables:
#   $countries (String) - the countries joined as a list
calls-poster-who = Для гарадоў-партнёраў з краін: { $countries } — падавайце заяўку разам
calls-poster-scan = Навядзіце камеру тэлефона на код, каб падаць заяўку

## Эксперты
# Variables:
#   $title (String) - the call's title
calls-reviewers-title = 👥 <b>Эксперты конкурсу { $title }</b>
calls-reviewers-empty = Экспертаў пакуль няма. Запрасіце кожнага асобнай спасылкай.
# Variables:
#   $name (String) - the reviewer
#   $links (String) - the cities and organisations they are linked to, as a list
calls-reviewers-line = • { $name } (не атрымлівае заявак ад: { $links })
# Variables:
#   $name (String) - the reviewer
calls-reviewers-line-unlinked = • { $name }
calls-reviewers-invite = 🔗 Запрасіць эксперта
# Variables:
#   $name (String) - the reviewer
calls-reviewers-remove = ✖️ { $name }
# Variables:
#   $until (String) - when the link stops working, with whose time it is
#   $link (String) - the link
calls-reviewers-link = Перашліце гэтую спасылку аднаму эксперту. Яна спрацуе адзін раз, да { $until }:
    { $link }
# Variables:
#   $name (String) - the reviewer
#   $title (String) - the call's title
calls-reviewers-remove-ask = Прыбраць { $name } з экспертаў конкурсу <b>{ $title }</b>? Гэты чалавек больш не будзе атрымліваць заяўкі гэтага конкурсу.
# Variables:
#   $count (Number) - their applications without a submitted review
calls-reviewers-remove-open = { $count ->
    [1] Прызначаная заяўка без адпраўленай ацэнкі вызваліцца (яе можна прызначыць іншаму эксперту); адпраўленыя ацэнкі застануцца.
    [one] { $count } прызначаная заяўка без адпраўленай ацэнкі вызваліцца (яе можна прызначыць іншым экспертам); адпраўленыя ацэнкі застануцца.
    [few] { $count } прызначаныя заяўкі без адпраўленай ацэнкі вызваляцца (іх можна прызначыць іншым экспертам); адпраўленыя ацэнкі застануцца.
    [many] { $count } прызначаных заявак без адпраўленай ацэнкі вызваляцца (іх можна прызначыць іншым экспертам); адпраўленыя ацэнкі застануцца.
   *[other] { $count } прызначаныя заяўкі без адпраўленай ацэнкі вызваляцца (іх можна прызначыць іншым экспертам); адпраўленыя ацэнкі застануцца.
}
calls-reviewers-remove-yes = ✖️ Так, прыбраць
# Variables:
#   $name (String) - the reviewer
calls-reviewers-removed = { $name } больш не эксперт гэтага конкурсу.

# Variables:
#   $call (String) - the call's title
calls-reviewer-ask = Вас запрасілі ацэньваць заяўкі на конкурс <b>{ $call }</b>.

    З якімі гарадамі ці арганізацыямі вы звязаныя (жывяце ці працуеце там, з'яўляецеся іх сябрам)? Іх заявак вы не атрымаеце. Напішыце іх па адным у радку або націсніце «Няма».
# Variables:
#   $city (String) - the reviewer's own city
calls-reviewer-ask-city = Ваш горад { $city } ужо ўлічаны.
calls-reviewer-none = Няма
# Variables:
#   $call (String) - the call's title
calls-reviewer-joined = Вы ацэньваеце заяўкі на конкурс <b>{ $call }</b>. /review пакажа вашы, як толькі іх прызначаць.
calls-reviewer-open-list = 📋 Мае заяўкі на ацэнку
calls-reviewer-link-unknown = Гэтая спасылка для экспертаў несапраўдная. Папрасіце ў арганізатараў новую.
calls-reviewer-link-used = Гэтая спасылка для экспертаў ужо скарыстана. Кожная спасылка — для аднаго чалавека: папрасіце ў арганізатараў сваю.
calls-reviewer-link-expired = Тэрмін дзеяння гэтай спасылкі для экспертаў скончыўся. Папрасіце ў арганізатараў новую.

## Змена конкурсу
calls-edit-ask = Што вы хочаце змяніць?
calls-edit-title = 📝 Назва
calls-edit-text = 📄 Тэкст
calls-edit-countries = 🌍 Краіны
calls-edit-zone = 🕓 Час
calls-edit-opens = Пачатак
calls-edit-deadline = Тэрмін
calls-edit-decision = Адбор
calls-edit-per-app = 👥 Экспертаў на заяўку
calls-edit-blind-on = 🙈 Ананімна: так · выключыць
calls-edit-blind-off = 👁 Ананімна: не · уключыць
calls-edit-retention = 🗂 Захоўванне дакументаў
calls-saved = 💾 Захавана.
# Variables:
#   $languages (String) - the languages the call has this text in, as a list
calls-edit-language-ask = На якой мове? Ужо ёсць: { $languages }. Хто не знойдзе сваёй мовы, убачыць англійскі варыянт.
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the title now in that language, or a dash
calls-edit-title-ask = Напішыце назву, мова: { $language }.
    Цяпер: { $current }
# Variables:
#   $language (String) - the language, e.g. "German"
#   $current (String) - the text now in that language
calls-edit-text-ask = Напішыце тэкст конкурсу, мова: { $language }.
    Цяпер: { $current }
calls-edit-missing = (пакуль няма)
calls-edit-countries-ask = Хто можа падаць заяўку? Націсніце на краіну, каб дадаць або прыбраць яе.
# Variables:
#   $zone (String) - the city whose clock the dates are on now
calls-edit-zone-ask = Па якім часе пазначаны даты конкурсу? Цяпер: па часе горада { $zone }. Гадзіны і хвіліны застануцца тыя самыя (23:59 застанецца 23:59).
# Variables:
#   $per (Number) - reviewers per application now
calls-edit-per-app-ask = Колькі экспертаў павінны ацаніць кожную заяўку? Цяпер: { $per }.
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-opens-ask = Напішыце, калі пачынаецца прыём заявак, у выглядзе дзень.месяц.год гадзіны:хвіліны па часе горада { $zone }, напрыклад { $example }.
    Цяпер: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-deadline-ask = Напішыце новы тэрмін падачы ў выглядзе дзень.месяц.год гадзіны:хвіліны па часе горада { $zone }, напрыклад { $example }.
    Цяпер: { $current }
# Variables:
#   $zone (String) - the city whose clock the call is on
#   $example (String) - an example, e.g. "31.12.2027 23:59"
#   $current (String) - the date now, with whose time it is
calls-edit-decision-ask = Напішыце, да якога часу будзе зроблены адбор, у выглядзе дзень.месяц.год гадзіны:хвіліны па часе горада { $zone }, напрыклад { $example }.
    Цяпер: { $current }
# Variables:
#   $days (Number) - days now
calls-edit-retention-ask = { $days ->
    [one] Колькі дзён пасля адбору захоўваць загружаныя дакументы? Напішыце лік ад 1 да 3650. Цяпер: { $days } дзень.
    [few] Колькі дзён пасля адбору захоўваць загружаныя дакументы? Напішыце лік ад 1 да 3650. Цяпер: { $days } дні.
    [many] Колькі дзён пасля адбору захоўваць загружаныя дакументы? Напішыце лік ад 1 да 3650. Цяпер: { $days } дзён.
   *[other] Колькі дзён пасля адбору захоўваць загружаныя дакументы? Напішыце лік ад 1 да 3650. Цяпер: { $days } дня.
}

# Variables:
#   $example (String) - an example, e.g. "31.12.2027 23:59"
calls-error-date = Калі ласка, напішыце дату і час так: { $example } (дзень.месяц.год гадзіны:хвіліны).
calls-error-deadline-early = Тэрмін падачы павінен быць пазней за пачатак. Калі ласка, напішыце пазнейшую дату.
calls-error-deadline-late = Тэрмін падачы павінен быць раней за адбор. Калі ласка, напішыце ранейшую дату або спачатку перанясіце адбор.
calls-error-opens-after-deadline = Прыём заявак павінен пачацца да тэрміну падачы. Калі ласка, напішыце ранейшую дату.
calls-error-decision-early = Адбор павінен быць пасля тэрміну падачы. Калі ласка, напішыце пазнейшую дату.
calls-error-retention = Калі ласка, напішыце колькасць дзён ад 1 да 3650.
calls-error-text-empty = Калі ласка, напішыце тэкст.
calls-error-text-long = Занадта доўга. Калі ласка, скараціце.
calls-error-countries-empty = Прынамсі адна краіна павінна мець магчымасць падаць заяўку.
calls-error-link-long = Адзін радок занадта доўгі. Калі ласка, пішыце па адным горадзе ці арганізацыі ў радку.
calls-error-links-many = Занадта шмат. Калі ласка, назавіце не больш за 20 гарадоў ці арганізацый.

## Пытанні і крытэрыі конкурсу
calls-edit-questions = ❓ Пытанні
calls-edit-criteria = ⚖️ Крытэрыі
calls-contact-institution = Арганізацыя (адміністрацыя горада, асацыяцыя ці ініцыятыва)
calls-contact-contact_person = Кантактная асоба
calls-contact-contact_details = Кантакты (e-mail, тэлефон)
# Variables:
#   $title (String) - the call's title
calls-questions-title = ❓ <b>Пытанні конкурсу { $title }</b>
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
#   $state (String) - required or optional
calls-questions-line = { $number }. { $text } ({ $state })
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-questions-button = { $number }. { $text }
calls-question-required = абавязковае
calls-question-optional = неабавязковае
calls-questions-locked = Заяўкі ўжо ёсць: пытанні застаюцца нязменнымі, каб усе заяўкі адказвалі на адны і тыя ж.
calls-questions-add-text = ➕ Свабодны
calls-questions-add-choice = ➕ Выбар
# Variables:
#   $number (Number) - the question's number
calls-question-title-text = ❓ <b>Пытанне { $number }</b> · адказ свабодным тэкстам
# Variables:
#   $number (Number) - the question's number
calls-question-title-choice = ❓ <b>Пытанне { $number }</b> · выбар з варыянтаў
# Variables:
#   $number (Number) - the question's number
calls-question-title-contact = ❓ <b>Пытанне { $number }</b> · кантактныя даныя
# Variables:
#   $text (String) - the question
calls-question-text = { $text }
# Variables:
#   $choices (String) - the choices, as a list
calls-question-choices = Варыянты: { $choices }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-required-line = Абавязковае · даўжыня адказу: да { $max }
# Variables:
#   $max (Number) - the maximum length of an answer in characters
calls-question-optional-line = Неабавязковае · даўжыня адказу: да { $max }
# Variables:
#   $languages (String) - the languages the question is written in, as a list
calls-question-languages = Ёсць на мовах: { $languages }. Хто не знойдзе сваёй мовы, прачытае англійскі варыянт.
calls-question-contact-note = Кантактныя даныя бот фармулюе сам на кожнай мове. Іх можна зрабіць неабавязковымі, але не выдаліць.
calls-question-required-on = Абавязковае: так · выключыць
calls-question-required-off = Абавязковае: не · уключыць
calls-question-max-length = 📏 Максімальная даўжыня
calls-question-change-text = 📝 Змяніць фармулёўку
calls-question-remove = 🗑 Выдаліць пытанне
# Variables:
#   $number (Number) - the question's number
#   $text (String) - the question
calls-question-remove-ask = Выдаліць пытанне { $number }? «{ $text }»
calls-item-remove-yes = 🗑 Так, выдаліць
calls-item-removed = Выдалена.
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-question-ask = Напішыце новае пытанне, мова: { $language }. Іншыя мовы можна дадаць потым; да таго ўсе чытаюць гэты варыянт.
calls-question-choices-ask = Цяпер напішыце варыянты адказу, па адным у радку (ад 2 да 10).
# Variables:
#   $number (Number) - the question's number
#   $language (String) - the language, e.g. "German"
#   $current (String) - the question now in that language
calls-question-text-ask = Напішыце пытанне { $number }, мова: { $language }.
    Цяпер: { $current }
# Variables:
#   $max (Number) - the maximum length now
calls-question-max-length-ask = Якой даўжыні можа быць адказ, у знаках? Напішыце лік ад 20 да 4000. Цяпер: { $max }.
# Variables:
#   $title (String) - the call's title
#   $scale (Number) - the highest score
calls-criteria-title = ⚖️ <b>Крытэрыі конкурсу { $title }</b>
    Кожны эксперт ацэньвае кожны крытэрый па шкале ад 1 да { $scale }; у суме ацэнка множыцца на вагу крытэрыю.
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criteria-line = • { $name }: вага { $weight }
calls-criteria-locked = Эксперты ўжо пачалі ацэнку: крытэрыі і вагі застаюцца нязменнымі, каб усе заяўкі ацэньваліся аднолькава.
calls-criteria-add = ➕ Новы крытэрый
# Variables:
#   $name (String) - the criterion
#   $weight (Number) - its weight
calls-criterion-title = ⚖️ <b>{ $name }</b>: вага { $weight }
    Столькі разоў балы ўлічваюцца ў суме. Выберыце вагу ад 1 да 3.
calls-criterion-remove = 🗑 Выдаліць крытэрый
# Variables:
#   $name (String) - the criterion
calls-criterion-remove-ask = Выдаліць крытэрый { $name }?
# Variables:
#   $language (String) - the administrator's language, e.g. "English"
calls-criterion-ask = Напішыце назву новага крытэрыю, мова: { $language }.
calls-error-questions-locked = Заяўкі ўжо ёсць: пытанні больш нельга змяніць.
calls-error-criteria-locked = Эксперты ўжо пачалі ацэнку: крытэрыі больш нельга змяніць.
calls-error-criteria-empty = Павінен застацца хаця б адзін крытэрый.
calls-error-contact-stays = Кантактныя даныя можна зрабіць неабавязковымі, але не выдаліць.
calls-error-choices = Калі ласка, напішыце ад 2 да 10 варыянтаў, па адным у радку.
calls-error-choice-long = Адзін варыянт занадта доўгі. Калі ласка, не больш за 100 знакаў.
calls-error-max-length = Калі ласка, напішыце лік ад 20 да 4000.
