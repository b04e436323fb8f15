## Ідэі: удзельнікі

menu-ideas = 💡 Ідэі
commands-ideas = Ідэі і галасаванне
ideas-home-button = 💡 Ідэі
# Variables:
#   $submissions (String) - open or closed
#   $voting (String) - open or closed
#   $left (Number) - votes left
#   $budget (Number) - votes in all
ideas-home =
    💡 Ідэі праектаў партнёрства

    { $submissions ->
        [open] ✍️ Чакаем новых ідэй.
       *[closed] ✍️ Прыём новых ідэй закрыты.
    }
    { $voting ->
        [open] 🗳 Галасаванне адкрытае: у вас засталося галасоў — { $left } з { $budget }.
       *[closed] 🗳 Галасаванне яшчэ не адкрытае.
    }
ideas-submit = ➕ Прапанаваць ідэю
ideas-browse = 📋 Глядзець ідэі
ideas-results = 🏆 Вынікі
ideas-mine = ✍️ Мае ідэі
ideas-organise = 🛠 Кіраванне ідэямі

ideas-ask-title = Як называецца ваша ідэя? Дашліце кароткую назву (да 120 сімвалаў).
ideas-ask-description = Апішыце ідэю некалькімі сказамі (да 1500 сімвалаў). Пішыце на сваёй мове — іншыя змогуць прачытаць на сваёй.
ideas-ask-description-untranslated = Апішыце ідэю некалькімі сказамі (да 1500 сімвалаў) на сваёй мове.
ideas-ask-theme-first = Якая тэма найлепш пасуе да ідэі? Націсніце на яе — іншыя тэмы можна дадаць на наступным экране.
ideas-ask-themes = Да якіх тэм яна адносіцца? Адзначце ўсе патрэбныя і націсніце «Гатова».
ideas-ask-needs = Што патрэбна гэтай ідэі ад горада-партнёра? (па жаданні)
ideas-ask-photo = Дашліце фота да ідэі (або вярніцеся назад).
ideas-draft-cancelled = Скасавана — ідэя не захавана.
# Variables:
#   $ideas (String) - list of similar ideas, one per line
ideas-similar =
    👀 Падобныя ідэі ўжо ёсць:
    { $ideas }

    Можна далучыцца да адной з іх замест дубліката — або ўсё роўна адправіць сваю.
# Variables:
#   $title (String) - idea title (first 40 characters), gender unknown
ideas-join = 🤝 Далучыцца да «{ $title }»
ideas-submit-anyway = Усё роўна адправіць сваю ▶️
# Variables:
#   $title (String) - idea title, gender unknown
#   $description (String) - description
#   $themes (String) - themes
#   $language (String) - language of the text, lower case
ideas-review =
    Калі ласка, праверце ідэю:

    💡 { $title }
    { $description }

    🏷 { $themes }
    🌐 Мова тэксту: { $language } (націсніце, каб выправіць)
# Variables:
#   $needs (String) - what the idea needs from the partner city
ideas-review-needs = 🤝 Патрэбна ад горада-партнёра: { $needs }
ideas-review-photo = 🖼 З фота
# Variables:
#   $name (String) - the author's name as the idea would show it
#   $shown (String) - yes or no: whether the author chose to show it
ideas-review-name = { $shown ->
        [yes] 👤 Ваша імя будзе бачна: { $name }
       *[no] 👤 Ваша імя не будзе бачна ({ $name })
    }
ideas-draft-more-themes = 🏷 Змяніць тэмы
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-needs = { $state ->
        [set] 🤝 Змяніць, што патрэбна
       *[empty] 🤝 Дадаць, што патрэбна
    }
# Variables:
#   $state (String) - set (already added) or empty
ideas-draft-photo = { $state ->
        [set] 🖼 Замяніць фота
       *[empty] 🖼 Дадаць фота
    }
ideas-show-name-yes = 👤 Паказваць маё імя: так
ideas-show-name-no = 👤 Паказваць маё імя: не
# Variables:
#   $title (String) - workshop title, gender unknown (hence the noun «варкшопа» before it); a button label, keep it short
ideas-written-at = 📅 З варкшопа «{ $title }»
ideas-publish = Адправіць ідэю
# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэю» before it)
ideas-submitted = ✅ Дзякуй! Вашу ідэю «{ $title }» цяпер бачаць усе ў партнёрстве.
# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэя» before it)
ideas-submitted-review = ✅ Дзякуй! Ідэя «{ $title }» стане бачнай для ўсіх, калі яе праверыць арганізатар.
# Variables:
#   $title (String) - idea title, gender unknown (hence the noun «ідэі» before it)
ideas-joined = 🤝 Вы далучыліся да ідэі «{ $title }». Яе аўтары ўбачаць, што вы хочаце над ёй працаваць.

# Variables:
#   $total (Number) - ideas found
#   $page (Number) - page number
ideas-list = { $total ->
        [one] { $total } ідэя
        [few] { $total } ідэі
        [many] { $total } ідэй
       *[other] { $total } ідэі
    } — старонка { $page }. Націсніце, каб прачытаць:
ideas-list-empty = Тут пакуль няма ідэй. Прапануйце першую!
ideas-list-empty-mine = Вы яшчэ не прапанавалі ніводнай ідэі.

# Variables:
#   $number (Number) - the line number, shown on the idea's vote button too
#   $title (String) - idea title
#   $votes (Number) - its votes so far; a line of the list (the button shows only the title)
ideas-list-item = { $number }. { $title } — 👍 { $votes }
ideas-list-vote-hint = Галасуйце кнопкай 👍 з нумарам ідэі; ✅ адзначае вашы галасы (націсніце яшчэ раз, каб забраць голас).
ideas-all-themes = усе тэмы
# Variables:
#   $theme (String) - the current theme filter (a theme name or «усе тэмы»)
ideas-filter-theme = 🏷 Тэма: { $theme }
# The scope and sort buttons share a row: 14 characters at most each.
ideas-filter-scope-a = 🏙 Усе гарады
ideas-filter-scope-m = 🏙 Мой горад
ideas-filter-scope-p = 🏙 Партнёры
ideas-sort-n = ↕️ Новыя
ideas-sort-v = ↕️ Па галасах

# Variables:
#   $title (String) - idea title, gender unknown
#   $description (String) - description
#   $city (String) - city of the author
#   $themes (String) - list of theme names, or none (then the theme part is left out)
#   $votes (Number) - votes
#   $supporters (Number) - people who want to work on it
ideas-card =
    💡 { $title }

    { $description }

    🏙 { $city }{ $themes ->
        [none] {""}
       *[other] {" · "}🏷 { $themes }
    }
    👍 { $votes ->
        [one] { $votes } голас
        [few] { $votes } галасы
        [many] { $votes } галасоў
       *[other] { $votes } голасу
    } · 🙋 { $supporters ->
        [0] пакуль ніхто не далучыўся
        [one] { $supporters } чалавек хоча ўдзельнічаць
        [few] { $supporters } чалавекі хочуць удзельнічаць
        [many] { $supporters } чалавек хочуць удзельнічаць
       *[other] { $supporters } чалавека хочуць удзельнічаць
    }
# Variables:
#   $needs (String) - needs from the partner city
ideas-card-needs = 🤝 Патрэбна ад горада-партнёра: { $needs }
# Variables:
#   $name (String) - author's display name, gender unknown
ideas-card-author = ✍️ { $name }
# Variables:
#   $language (String) - original language, lower case
ideas-card-machine = 🤖 Машынны пераклад (арыгінал: { $language })
# Variables:
#   $language (String) - original language, lower case
ideas-card-human = 🌐 Пераклад удзельніка (арыгінал: { $language })
# Variables:
#   $reason (String) - empty (not shown)
ideas-card-status-submitted = ⏳ Чакае, пакуль арганізатары яе апублікуюць.
# Variables:
#   $reason (String) - why it was hidden
ideas-card-status-hidden = 🚫 Арганізатары схавалі ідэю: { $reason }
# Variables:
#   $reason (String) - empty (not shown)
ideas-card-status-merged = 🔗 Аб'яднана з іншай ідэяй.
# Variables:
#   $reason (String) - empty (not shown)
ideas-card-status-withdrawn = ↩️ Адклікана аўтарам.
# Variables:
#   $left (Number) - votes left
ideas-card-you-voted = ✅ Вы прагаласавалі за гэтую ідэю (галасоў засталося: { $left }).
# Variables:
#   $left (Number) - votes left
ideas-vote = 👍 Галасаваць (засталося { $left })
ideas-unvote = ↩️ Забраць свой голас
ideas-support = 🙋 Хачу працаваць над ёй
ideas-support-stop = 🙋 Больш не хачу працаваць
ideas-show-original = 🌐 Паказаць арыгінал
ideas-show-translation = 🌐 Паказаць на маёй мове
ideas-add-translation = ✍️ Дадаць пераклад
ideas-edit = ✏️ Змяніць
ideas-withdraw = 🗑 Адклікаць
ideas-report = ⚠️ Паскардзіцца
ideas-moderate = 🛡 Мадэраваць
# Variables:
#   $left (Number) - votes left
ideas-voted = 👍 Ваш голас улічаны. { $left ->
        [0] Вы выкарысталі ўсе галасы.
        [one] У вас застаўся { $left } голас.
        [few] У вас засталося { $left } галасы.
        [many] У вас засталося { $left } галасоў.
       *[other] У вас засталося { $left } голасу.
    }
# Variables:
#   $left (Number) - votes left
ideas-unvoted = ↩️ Голас вернуты. Галасоў засталося: { $left }.
ideas-supporting = 🙋 Адзначана: вы хочаце працаваць над гэтай ідэяй.
ideas-not-supporting = Адзначана: вы больш не хочаце працаваць над гэтай ідэяй.
ideas-report-ask = Паведаміць арганізатарам, што гэтая ідэя недарэчная?
ideas-report-confirm = ⚠️ Так, паскардзіцца
ideas-reported = ⚠️ Дзякуй — арганізатары паглядзяць.
ideas-withdraw-ask = Адклікаць вашу ідэю? Яе галасы вернуцца тым, хто галасаваў.
ideas-withdraw-confirm = 🗑 Так, адклікаць
ideas-withdrawn = Вашу ідэю адклікана.
ideas-edit-ask = Што вы хочаце змяніць?
ideas-edit-title = Назва
ideas-edit-description = Апісанне
ideas-edit-needs = Што трэба ад горада-партнёра
ideas-edited = ✏️ Захавана. Пераклады старога тэксту выдалены.
ideas-translate-choose = На якую мову вы хочаце перакласці?
# Variables:
#   $language (String) - target language, lower case
ideas-translate-ask-title = Дашліце назву на мове: { $language }.
# Variables:
#   $language (String) - target language, lower case
ideas-translate-ask-description = Цяпер дашліце апісанне на мове: { $language }.
ideas-translation-live = 🌐 Дзякуй — ваш пераклад ужо бачны.
ideas-translation-pending = 🌐 Дзякуй — ваш пераклад з'явіцца, калі яго адобрыць арганізатар.

ideas-results-all = 🏆 Агулам
ideas-results-chart = 📊 Дыяграма
# Variables:
#   $scope (String) - name of the partnership, theme or city
ideas-results-title = 🏆 Найбольш галасоў — { $scope }:
# Variables:
#   $rank (Number) - place
#   $title (String) - idea title, gender unknown
#   $votes (Number) - votes
ideas-results-line = { $rank }. { $title } — { $votes ->
        [one] { $votes } голас
        [few] { $votes } галасы
        [many] { $votes } галасоў
       *[other] { $votes } голасу
    }
ideas-results-empty = Пакуль няма ідэй з галасамі.
ideas-chart-title = Ідэі з найбольшай колькасцю галасоў
ideas-chart-votes = Галасы
# Variables:
#   $partnership (String) - partnership name
ideas-chart-caption = 📊 Вынікі галасавання: { $partnership }

ideas-error-title-empty = Назва не можа быць пустой.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-title-long = У назве { $length ->
        [one] { $length } сімвал
        [few] { $length } сімвалы
        [many] { $length } сімвалаў
       *[other] { $length } сімвала
    }, а можна не больш за { $limit }. Калі ласка, скараціце яе.
ideas-error-description-empty = Калі ласка, апішыце ідэю хоць бы некалькімі словамі.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-description-long = У апісанні { $length ->
        [one] { $length } сімвал
        [few] { $length } сімвалы
        [many] { $length } сімвалаў
       *[other] { $length } сімвала
    }, а можна не больш за { $limit }. Калі ласка, скараціце яго.
ideas-error-needs-empty = Калі ласка, напішыце некалькі слоў або прапусціце гэты крок.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-needs-long = У тэксце { $length ->
        [one] { $length } сімвал
        [few] { $length } сімвалы
        [many] { $length } сімвалаў
       *[other] { $length } сімвала
    }, а можна не больш за { $limit }. Калі ласка, скараціце яго.
ideas-error-reason-empty = Калі ласка, пазначце кароткую прычыну.
# Variables:
#   $limit (Number) - maximum length
#   $length (Number) - actual length
ideas-error-reason-long = У тлумачэнні прычыны { $length ->
        [one] { $length } сімвал
        [few] { $length } сімвалы
        [many] { $length } сімвалаў
       *[other] { $length } сімвала
    }, а можна не больш за { $limit }. Калі ласка, скараціце яго.
ideas-error-themes-empty = Калі ласка, выберыце хоць бы адну тэму.
ideas-error-photo-later = Фота можна будзе дадаць пры праверцы ідэі, пасля выбару тэмы.
ideas-error-use-buttons = Калі ласка, на гэтым кроку карыстайцеся кнопкамі.
ideas-submissions-closed = Прыём ідэй зараз закрыты.
ideas-draft-missing = Гэтая ідэя больш не рэдагуецца. Пачніце зноў у раздзеле 💡 Ідэі.
ideas-gone = Гэтая ідэя больш недаступная.
ideas-vote-closed = 🗳 Галасаванне зараз закрытае.
# Variables:
#   $budget (Number) - votes per person
ideas-vote-budget = Вы выкарысталі ўсе свае галасы ({ $budget }). Забярыце голас у іншай ідэі, каб прагаласаваць за гэтую.
ideas-vote-already = Вы ўжо прагаласавалі за гэтую ідэю.
ideas-vote-own = За ўласную ідэю галасаваць нельга.
ideas-vote-not-votable = За гэтую ідэю галасаваць нельга.
ideas-merge-same = Ідэю нельга аб'яднаць саму з сабой.
ideas-merge-impossible = Гэтыя дзве ідэі аб'яднаць нельга.

# Variables:
#   $title (String) - idea title, gender unknown
ideas-published-notice = ✅ Вашу ідэю «{ $title }» цяпер бачаць усе.
# Variables:
#   $title (String) - idea title, gender unknown
#   $reason (String) - why, as the organiser typed it
ideas-hidden-notice = 🚫 Арганізатары схавалі вашу ідэю «{ $title }». Прычына: { $reason }
# Variables:
#   $title (String) - idea title, gender unknown
#   $target (String) - title of the idea it was merged into, gender unknown
ideas-merged-notice = 🔗 Вашу ідэю «{ $title }» аб'яднана з вельмі падобнай ідэяй «{ $target }». Галасы перанесены туды, і цяпер вы ў камандзе гэтай ідэі.
# Variables:
#   $count (Number) - new votes
#   $ideas (String) - ideas with new votes, one per line
ideas-vote-digest =
    👍 { $count ->
        [one] Вашы ідэі атрымалі { $count } новы голас:
        [few] Вашы ідэі атрымалі { $count } новыя галасы:
        [many] Вашы ідэі атрымалі { $count } новых галасоў:
       *[other] Вашы ідэі атрымалі { $count } новага голасу:
    }
    { $ideas }

## Ідэі: арганізатары

# Variables:
#   $budget (Number) - votes per person
ideas-settings = 🛠 Ідэі партнёрства. Галасоў на чалавека: { $budget }. Націсніце, каб пераключыць:
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-submissions = { $state ->
        [on] ✍️ Прыём ідэй ідзе · закрыць
       *[off] ✍️ Прыёму ідэй няма · адкрыць
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-voting = { $state ->
        [on] 🗳 Галасаванне ідзе · закрыць
       *[off] 🗳 Галасавання няма · адкрыць
    }
# Variables:
#   $state (String) - on when it is open or switched on, off otherwise
ideas-set-premoderation = { $state ->
        [on] 🛡 Праверка: укл. · выключыць
       *[off] 🛡 Праверка: выкл. · уключыць
    }
# Variables:
#   $count (Number) - items waiting
ideas-set-queue = 📥 На праверку ({ $count })
# Variables:
#   $count (Number) - items waiting
ideas-queue = { $count ->
        [0] 📥 Правяраць няма чаго.
       *[other] 📥 На праверку ({ $count }):
    }
# Variables:
#   $title (String) - idea title (first 40 characters), gender unknown
ideas-queue-new = 💡 Новая: { $title }
# Variables:
#   $number (Number) - idea number
#   $language (String) - language name, lower case
ideas-queue-translation = 🌐 Пераклад #{ $number }: { $language }
# Variables:
#   $number (Number) - idea number
#   $count (Number) - reports
ideas-queue-report = ⚠️ #{ $number }: { $count ->
        [1] адна скарга
        [one] { $count } скарга
        [few] { $count } скаргі
        [many] { $count } скарг
       *[other] { $count } скаргі
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
    🌐 Пераклад чакае вашага адабрэння.

    { $source_mark } { $source } · арыгінал:
    { $original_title }
    { $original_description }

    { $target_mark } { $target } · пераклад:
    { $title }
    { $description }
ideas-tr-approve = Адобрыць
ideas-tr-reject = ✖️ Адхіліць
ideas-tr-approved = 🌐 Пераклад адобраны.
ideas-tr-rejected = 🌐 Пераклад адхілены.
# Variables:
#   $title (String) - idea title, gender unknown
ideas-mod-menu = 🛡 Ідэя «{ $title }»: апублікаваць, схаваць, аб'яднаць з іншай ідэяй або змяніць тэмы.
ideas-mod-publish = Апублікаваць
ideas-mod-hide = 🚫 Схаваць
ideas-mod-merge = 🔗 Аб'яднаць…
ideas-mod-dismiss = 👌 Скаргі беспадстаўныя
ideas-mod-published = ✅ Апублікавана; аўтару паведамлена.
ideas-mod-hide-ask = Чаму вы хаваеце гэтую ідэю? Аўтар прачытае вашу прычыну.
ideas-mod-merge-ask = З якой ідэяй яе аб'яднаць? Галасы пераносяцца; хто галасаваў за абедзве, захавае адзін голас і атрымае другі назад.
# Variables:
#   $moved (Number) - votes moved
#   $returned (Number) - votes given back
ideas-mod-merged = 🔗 Аб'яднана: перанесена галасоў — { $moved }, вернута тым, хто галасаваў за абедзве, — { $returned }.
ideas-mod-dismissed = 👌 Скаргі закрыты.
ideas-mod-hidden = 🚫 Схавана; аўтару паведамлена прычына.
# Variables:
#   $title (String) - workshop title, gender unknown (hence the noun «варкшопе» before it)
ideas-card-workshop = 📅 Прыдумана на варкшопе «{ $title }»
# Variables:
#   $count (Number) - the +1 the idea got on the live wall during its event (kept afterwards)
#   $bridge (String) - "yes" when they came from two or more cities, else "no"
ideas-card-wall-votes = { $bridge ->
    [yes] 🌉 { $count } × +1 на сцяне ідэй, з абодвух гарадоў
   *[no] 👍 { $count } × +1 на сцяне ідэй
}
ideas-photo = 🖼 Фота

# Variables:
#   $number (Number) - the line's number, the same as on its vote button
#   $title (String) - idea title (translated when a translation is shown)
#   $votes (Number) - its votes so far
#   $how (String) - machine, human or original: what the title is
#   $mark (String) - the flag of the idea's language
#   $language (String) - the idea's language
ideas-list-item-other = { $number }. { $title } — 👍 { $votes } · { $how ->
        [machine] 🤖 машынны пераклад
        [human] ✍️ пераклад
       *[original] { $mark } { $language }
    }
ideas-ask-translation = 🙋 Папрасіць пераклад
ideas-ask-translation-already = Вы ўжо папрасілі. Калі пераклад будзе гатовы, я паведамлю.
# Variables:
#   $count (Number) - people asked
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked = 🙋 { $count ->
        [1] Просьба адпраўлена 1 чалавеку, які ведае абедзве мовы ({ $source } і { $target }).
        [one] Просьба адпраўлена { $count } чалавеку, які ведае абедзве мовы ({ $source } і { $target }).
        [few] Просьба адпраўлена { $count } людзям, якія ведаюць абедзве мовы ({ $source } і { $target }).
        [many] Просьба адпраўлена { $count } людзям, якія ведаюць абедзве мовы ({ $source } і { $target }).
       *[other] Просьба адпраўлена { $count } чалавека, якія ведаюць абедзве мовы ({ $source } і { $target }).
    } Калі пераклад будзе гатовы, я паведамлю.
# Variables:
#   $count (Number) - 0 (nobody new was asked)
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-asked-earlier = 🙋 Тых, хто ведае абедзве мовы ({ $source } і { $target }), сёння ўжо папрасілі. Калі пераклад будзе гатовы, я паведамлю.
# Variables:
#   $count (Number) - 0
#   $source (String) - the idea's language
#   $target (String) - the reader's language
ideas-translation-nobody = 🙋 У партнёрстве пакуль ніхто не ведае абедзве мовы ({ $source } і { $target }), таму паказаны арыгінал. Калі нехта перакладзе ідэю, я паведамлю.
# Variables:
#   $title (String) - idea title, gender unknown
#   $source (String) - the idea's language
#   $target (String) - the language it is wanted in
ideas-translation-wanted = 🌐 Нехта хоча прачытаць ідэю «{ $title }» на іншай мове ({ $target }). Яна напісана на мове «{ $source }», а вы ведаеце абедзве. Можаце перакласці? Арганізатар праверыць пераклад, перш чым яго пакажуць.
ideas-translation-wanted-start = ✍️ Перакласці
ideas-translation-open = 💡 Адкрыць ідэю
# Variables:
#   $title (String) - the translated title, gender unknown
ideas-translation-arrived = 🌐 Пераклад, які вы прасілі, гатовы: ідэя «{ $title }».
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-approved-notice = 🌐 Дзякуй! Ваш пераклад ідэі «{ $title }» (мова: { $language }) адобраны і ўжо бачны.
# Variables:
#   $title (String) - idea title, gender unknown
#   $language (String) - the language of the translation
ideas-translation-rejected-notice = 🌐 Арганізатары не адобрылі ваш пераклад ідэі «{ $title }» (мова: { $language }). Можна перакласці яе яшчэ раз.
