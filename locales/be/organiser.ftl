## Organiser tools: the home and its groups
orghome-choose = Што вы хочаце зрабіць?
orghome-nothing-waits = 📭 Зараз нічога не чакае вашага рашэння.
# Variables:
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting = { $count ->
        [1] 📥 Вашага рашэння чакае: { $items }.
       *[other] 📥 Вашага рашэння чакаюць: { $items }.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-waiting-in = { $count ->
        [1] 📥 { $partnership } — вашага рашэння чакае: { $items }.
       *[other] 📥 { $partnership } — вашага рашэння чакаюць: { $items }.
    }
# Variables:
#   $partnership (String) - partnership name
#   $items (String) - what waits, e.g. "3 ideas and 2 translations"
#   $count (Number) - how many things wait in all
orghome-notice = { $count ->
        [1] 📥 { $partnership } — у інструментах арганізатараў вашага рашэння чакае: { $items }.
       *[other] 📥 { $partnership } — у інструментах арганізатараў вашага рашэння чакаюць: { $items }.
    }
# Variables:
#   $count (Number) - new ideas to publish
orghome-count-ideas = { $count ->
        [one] { $count } новая ідэя
        [few] { $count } новыя ідэі
        [many] { $count } новых ідэй
       *[other] { $count } новыя ідэі
    }
# Variables:
#   $count (Number) - translations to approve
orghome-count-translations = { $count ->
        [one] { $count } пераклад
        [few] { $count } пераклады
        [many] { $count } перакладаў
       *[other] { $count } пераклады
    }
# Variables:
#   $count (Number) - ideas reported as inappropriate
orghome-count-reports = { $count ->
        [one] { $count } ідэя са скаргамі
        [few] { $count } ідэі са скаргамі
        [many] { $count } ідэй са скаргамі
       *[other] { $count } ідэі са скаргамі
    }
orghome-open = 🛠 Адкрыць інструменты
# Variables:
#   $group (String) - the group's name, e.g. "📅 Workshops"
#   $partnership (String) - partnership name
orghome-group = { $group } · { $partnership }
orghome-group-workshops = 📅 Варкшопы
orghome-group-ideas = 💡 Ідэі і галасаванне
orghome-group-matching = 🤝 Падбор каманд
orghome-group-coaching = 🧭 Коўчы і апытанні
orghome-group-news = 📣 Аб'явы
orghome-group-people = 👥 Людзі і ролі
orghome-group-stats = 📊 Статыстыка і экспарт
orghome-explain-workshops = ℹ️ Тут вы ствараеце варкшопы, публікуеце іх, бачыце запісы, адзначаеце прысутных і пішаце ім.
orghome-explain-ideas = ℹ️ Тут вы адкрываеце і закрываеце прыём ідэй і галасаванне, задаеце колькасць галасоў на чалавека і правяраеце новыя ідэі, пераклады і скаргі.
orghome-explain-matching = ℹ️ Тут вы збіраеце каманды вакол ідэй з найбольшай колькасцю галасоў: пробны падбор, праўкі, потым публікацыя.
orghome-explain-coaching = ℹ️ Тут вы прызначаеце кожнай камандзе коўча і запрашаеце коўчаў; коўчы вядуць свае каманды з дапамогай апытанняў (/checkins).
orghome-explain-news = ℹ️ Тут вы адпраўляеце аб'яву ўсім або групе (гораду, варкшопу, мове) — адразу або пазней.
orghome-explain-people = ℹ️ Тут вы запрашаеце іншых арганізатараў і коўчаў аднаразовай спасылкай.
orghome-explain-stats = ℹ️ Лічбы з першага погляду і табліцы ўдзельнікаў, запісаў і ідэй.
orghome-idea-settings = 🛠 Прыём ідэй і галасаванне
orghome-matching = 🤝 Падабраць каманды
orghome-teams = 👥 Каманды і коўчы
orghome-invite-coach = ✉️ Запрасіць коўча
orghome-invite-organiser = ✉️ Запрасіць арганізатара
orghome-new-announcement = 📣 Новая аб'ява

## Ideas: confirmations before closing or changing the rules
# Variables:
#   $count (Number) - people who have voted
ideas-close-voting-ask = { $count ->
        [0] 🗳 Закрыць галасаванне? Яшчэ ніхто не галасаваў. Пасля закрыцця галасаваць нельга.
        [one] 🗳 Закрыць галасаванне? Ужо прагаласаваў { $count } чалавек. Пасля закрыцця ніхто не зможа галасаваць або забраць голас; вынікі застануцца як ёсць.
        [few] 🗳 Закрыць галасаванне? Ужо прагаласавалі { $count } чалавекі. Пасля закрыцця ніхто не зможа галасаваць або забраць голас; вынікі застануцца як ёсць.
        [many] 🗳 Закрыць галасаванне? Ужо прагаласавалі { $count } чалавек. Пасля закрыцця ніхто не зможа галасаваць або забраць голас; вынікі застануцца як ёсць.
       *[other] 🗳 Закрыць галасаванне? Ужо прагаласавалі { $count } чалавекі. Пасля закрыцця ніхто не зможа галасаваць або забраць голас; вынікі застануцца як ёсць.
    }
# Variables:
#   $count (Number) - people writing an idea right now
ideas-close-submissions-ask = { $count ->
        [0] ✍️ Закрыць прыём ідэй? Зараз ніхто не піша ідэю. Пасля закрыцця новыя ідэі адправіць нельга.
        [one] ✍️ Закрыць прыём ідэй? Зараз { $count } чалавек піша ідэю і не зможа яе адправіць. Пасля закрыцця новыя ідэі адправіць нельга.
        [few] ✍️ Закрыць прыём ідэй? Зараз { $count } чалавекі пішуць ідэі і не змогуць іх адправіць. Пасля закрыцця новыя ідэі адправіць нельга.
        [many] ✍️ Закрыць прыём ідэй? Зараз { $count } чалавек пішуць ідэі і не змогуць іх адправіць. Пасля закрыцця новыя ідэі адправіць нельга.
       *[other] ✍️ Закрыць прыём ідэй? Зараз { $count } чалавекі пішуць ідэі і не змогуць іх адправіць. Пасля закрыцця новыя ідэі адправіць нельга.
    }
# Variables:
#   $count (Number) - people who have voted
#   $old (Number) - votes per person now
#   $budget (Number) - votes per person after the change
ideas-budget-ask = { $count ->
        [one] 🗳 Ужо прагаласаваў { $count } чалавек. Змяніць колькасць галасоў на чалавека з { $old } на { $budget }? Аддадзеныя галасы застануцца.
        [few] 🗳 Ужо прагаласавалі { $count } чалавекі. Змяніць колькасць галасоў на чалавека з { $old } на { $budget }? Аддадзеныя галасы застануцца.
        [many] 🗳 Ужо прагаласавалі { $count } чалавек. Змяніць колькасць галасоў на чалавека з { $old } на { $budget }? Аддадзеныя галасы застануцца.
       *[other] 🗳 Ужо прагаласавалі { $count } чалавекі. Змяніць колькасць галасоў на чалавека з { $old } на { $budget }? Аддадзеныя галасы застануцца.
    }
# Variables:
#   $budget (Number) - votes per person after the change
ideas-budget-yes = 🗳 Змяніць на { $budget }
ideas-close-voting-yes = 🔒 Закрыць галасаванне
ideas-close-submissions-yes = 🔒 Закрыць прыём ідэй
ideas-voting-now-closed = 🔒 Галасаванне закрыта. Вынікі застаюцца як ёсць.
ideas-submissions-now-closed = 🔒 Прыём ідэй закрыты.

## Workshops: asked before a message or an invitation goes out
# Variables:
#   $count (Number) - people the message reaches
#   $title (String) - workshop title, gender unknown
workshops-message-confirm = { $count ->
        [0] 📣 На варкшоп «{ $title }» яшчэ няма пацверджаных удзельнікаў, якім можна напісаць. Ваша паведамленне:
        [one] 📣 Адправіць гэта { $count } пацверджанаму ўдзельніку варкшопа «{ $title }»?
        [few] 📣 Адправіць гэта { $count } пацверджаным удзельнікам варкшопа «{ $title }»?
        [many] 📣 Адправіць гэта { $count } пацверджаным удзельнікам варкшопа «{ $title }»?
       *[other] 📣 Адправіць гэта { $count } пацверджаным удзельнікам варкшопа «{ $title }»?
    }
# Variables:
#   $count (Number) - attendees the invitation reaches
#   $source (String) - the workshop they attended, gender unknown
#   $title (String) - the workshop they are invited to, gender unknown
workshops-invite-confirm = { $count ->
        [0] ➡️ З удзельнікаў варкшопа «{ $source }» няма каго запрасіць на варкшоп «{ $title }»: ніхто не адзначаны на месцы або ўсе ўжо запісаныя.
        [one] ➡️ Запрасіць на варкшоп «{ $title }» { $count } удзельніка варкшопа «{ $source }»?
        [few] ➡️ Запрасіць на варкшоп «{ $title }» { $count } удзельнікаў варкшопа «{ $source }»?
        [many] ➡️ Запрасіць на варкшоп «{ $title }» { $count } удзельнікаў варкшопа «{ $source }»?
       *[other] ➡️ Запрасіць на варкшоп «{ $title }» { $count } удзельнікаў варкшопа «{ $source }»?
    }
workshops-message-send = 📣 Адправіць
workshops-invite-send = ➡️ Запрасіць
