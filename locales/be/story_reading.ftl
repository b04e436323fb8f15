## story_reading: апублікаваныя гісторыі для ўсіх, і арганізатары іх публікуюць

menu-stories = 📖 Гісторыі
commands-stories = Гісторыі завершаных праектаў

## Чытанне
# Variables:
#   $count (Number) - published stories
stories-home = { $count ->
    [0] 📖 Гісторыі
        Яшчэ не апублікавана ніводнай гісторыі. Калі каманда завершыць праект, яго гісторыя з'явіцца тут.
    [1] 📖 Гісторыі · адна гісторыя пра праекты каманд:
    [one] 📖 Гісторыі · { $count } гісторыя пра праекты каманд:
    [few] 📖 Гісторыі · { $count } гісторыі пра праекты каманд:
    [many] 📖 Гісторыі · { $count } гісторый пра праекты каманд:
   *[other] 📖 Гісторыі · { $count } гісторыі пра праекты каманд:
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
stories-page-next = Яшчэ ▶️
stories-all = 📖 Усе гісторыі
stories-not-found = Гэтая гісторыя не апублікавана (або ўжо знятая). Іншыя гісторыі — у /stories.
stories-untitled = Гісторыя каманды
stories-not-published-yet = 🔒 Яшчэ не апублікавана: гэта бачаць толькі каманда і арганізатары.
stories-heading-idea = 💡 Ідэя
# Variables:
#   $title (String) - the idea's title
#   $city (String) - the city the idea came from
#   $has_city (String) - yes or no
stories-idea-origin = { $has_city ->
    [yes] «{ $title }», прапанавана ў горадзе { $city }
   *[no] «{ $title }»
}
stories-heading-team = 👥 Каманда
stories-heading-timeline = 🗓 Ад ідэі да выніку
stories-heading-blockers = 🧱 Што перашкаджала
stories-heading-outcome = 🎯 Вынік
# Variables:
#   $day (String) - the date, e.g. "12 March 2026"
stories-timeline-line = • { $day }:
# Variables:
#   $kind (String) - what happened
stories-timeline-kind = { $kind ->
    [idea] ідэю прапанавалі
    [team] каманда сабралася
    [checkin] апытанне каманды
    [blocker] узнікла праблема
    [resolved] праблему вырашылі
    [closing] праект завершаны
   *[update] навіны ад каманды
}
stories-team-member = удзельнік каманды
# Variables:
#   $city (String) - the person's city
stories-team-member-from = удзельнік каманды з горада { $city }
stories-machine-mark = 🤖 Часткі гэтай гісторыі — машынны пераклад; арыгінал за адно націсканне.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
stories-shown-in = { $mark } Часткі паказаны на мове «{ $language }»: перакладу яшчэ няма.
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the original language's name
stories-original = { $mark } Арыгінал ({ $language })
stories-original-shown = 📜 Арыгінал, як яго напісала каманда.
stories-in-my-language = 🌐 На маёй мове
# Variables:
#   $count (Number) - photos
stories-photos = { $count ->
    [1] 🖼 Фота
    [one] 🖼 { $count } фота
    [few] 🖼 { $count } фота
    [many] 🖼 { $count } фота
   *[other] 🖼 { $count } фота
}
# Variables:
#   $title (String) - the story's title
stories-photos-of = 🖼 Фота да гісторыі «{ $title }».
stories-back-to-story = ◀️ Да гісторыі
stories-open = 📖 Чытаць гісторыю

## Апавяшчэнні
# Variables:
#   $title (String) - the story's title
stories-voters-told = 🎉 Ідэя, за якую вы галасавалі, стала праектам: «{ $title }». Яго гісторыя цяпер апублікавана.
# Variables:
#   $title (String) - the story's title
stories-team-published = 📖 Гісторыя вашай каманды «{ $title }» апублікавана. Усе, хто галасаваў за ідэю, даведаюцца пра гэта.
# Variables:
#   $title (String) - the story's title
#   $note (String) - the organiser's note
stories-team-sent-back = ↩️ Арганізатары вярнулі гісторыю «{ $title }» камандзе перад публікацыяй. Іх нататка: { $note }

## Навіны да даты праверкі
# Variables:
#   $title (String) - the story's title
stories-update-asked = 🗓 Гісторыя вашай каманды «{ $title }» апублікавана. Што адбылося з таго часу? Дастаткова аднаго радка: ён трапіць у храналогію гісторыі.
stories-update-write = ✏️ Напісаць навіну
# Variables:
#   $title (String) - the story's title
stories-update-ask = ✏️ Напішыце адзін радок пра «{ $title }»: што адбылося пасля публікацыі гісторыі?
stories-update-added = ✅ Дзякуй: вашу навіну дададзена ў храналогію гісторыі.
stories-update-done = Удзельнік каманды ўжо напісаў гэтую навіну. Дзякуй!
# Variables:
#   $limit (Number) - the longest update
stories-update-length = Калі ласка, напішыце адзін радок, не даўжэйшы за { $limit } сімвалаў.

## Арганізатары: праверка і публікацыя
stories-review-button = 📖 Гісторыі
# Variables:
#   $count (Number) - all stories of the partnership
#   $waiting (Number) - stories waiting for review
stories-review-list = { $count ->
    [0] 📖 Гісторыі
        Ніводная каманда яшчэ не напісала гісторыю. Каманды рыхтуюць яе, калі завяршаюць праект.
   *[other] 📖 Гісторыі · { $waiting ->
        [0] ніводная не чакае праверкі.
        [1] адна чакае вашай праверкі (📥).
        [one] { $waiting } чакае вашай праверкі (📥).
        [few] { $waiting } чакаюць вашай праверкі (📥).
        [many] { $waiting } чакаюць вашай праверкі (📥).
       *[other] { $waiting } чакаюць вашай праверкі (📥).
    }
}
# Variables:
#   $status (String) - the story's status
stories-status = { $status ->
    [review] 📥 Чакае вашай праверкі.
    [published] 📖 Апублікавана: чытачы бачаць яе так, як ніжэй.
    [withdrawn] 🚫 Знятая: чытачы яе больш не бачаць.
   *[draft] ✏️ Каманда яшчэ піша яе.
}
stories-consent-heading = 🤝 Згода на згадванне імя
# Variables:
#   $state (String) - pending, given, declined or erased
#   $name (String) - the person's name and city
stories-consent-line = { $state ->
    [given] ✔️ { $name }: згода дадзена
    [declined] ✖️ { $name }: не пагадзіўся(лася) (паказваецца як удзельнік каманды са свайго горада)
    [erased] ✖️ { $name }: даныя выдалены
   *[pending] ⏳ { $name }: адказу пакуль няма
}
stories-consent-nobody = У гэтай гісторыі нікога не названа.
stories-as-readers-see = 👁 Як бачаць чытачы
stories-publish = 📣 Апублікаваць
stories-send-back = ↩️ Вярнуць камандзе
stories-withdraw = 🚫 Зняць
# Variables:
#   $count (Number) - people who have not answered
stories-publish-refused = { $count ->
    [1] ⏳ Пакуль нельга: адзін чалавек, названы ў гісторыі, яшчэ не адказаў, ці згодны ён на згадванне імя. Публікацыя чакае адказу:
    [one] ⏳ Пакуль нельга: { $count } чалавек, названы ў гісторыі, яшчэ не адказаў пра згоду. Публікацыя чакае адказу:
    [few] ⏳ Пакуль нельга: { $count } чалавекі, названыя ў гісторыі, яшчэ не адказалі пра згоду. Публікацыя чакае іх адказаў:
    [many] ⏳ Пакуль нельга: { $count } чалавек, названых у гісторыі, яшчэ не адказалі пра згоду. Публікацыя чакае іх адказаў:
   *[other] ⏳ Пакуль нельга: { $count } чалавека, названых у гісторыі, яшчэ не адказалі пра згоду. Публікацыя чакае іх адказаў:
}
stories-publish-refused-popup = Пакуль нельга: хтосьці з названых у гісторыі яшчэ не адказаў.
stories-published-already = Гэтая гісторыя ўжо апублікавана.
# Variables:
#   $title (String) - the story's title
stories-publish-confirm = 📣 Апублікаваць «{ $title }»? Яе змогуць чытаць усе — у боце і ў стужцы для сайта.
# Variables:
#   $count (Number) - people told
stories-publish-reach = { $count ->
    [0] Ніхто не атрымае апавяшчэння (у ідэі няма галасоў, або ўсе ўжо ведаюць).
    [1] Апавяшчэнне атрымае адзін чалавек: аўтар ідэі, хтосьці, хто галасаваў або падтрымаў.
    [one] Апавяшчэнне атрымае { $count } чалавек: аўтар ідэі, тыя, хто галасаваў і падтрымаў.
    [few] Апавяшчэнне атрымаюць { $count } чалавекі: аўтар ідэі, тыя, хто галасаваў і падтрымаў.
    [many] Апавяшчэнне атрымаюць { $count } чалавек: аўтар ідэі, тыя, хто галасаваў і падтрымаў.
   *[other] Апавяшчэнне атрымаюць { $count } чалавека: аўтар ідэі, тыя, хто галасаваў і падтрымаў.
}
# Variables:
#   $count (Number) - people who muted announcements
stories-publish-muted = { $count ->
    [1] Адзін чалавек адключыў аб'явы і не атрымае апавяшчэння.
    [one] { $count } чалавек адключыў аб'явы і не атрымае апавяшчэння.
    [few] { $count } чалавекі адключылі аб'явы і не атрымаюць апавяшчэння.
    [many] { $count } чалавек адключылі аб'явы і не атрымаюць апавяшчэння.
   *[other] { $count } чалавека адключылі аб'явы і не атрымаюць апавяшчэння.
}
stories-publish-review-date = 🗓 Папрасіць каманду пазней напісаць радок навін?
# Variables:
#   $months (Number) - months after publishing; 0 for never
stories-review-months = { $months ->
    [0] Не прасіць
   *[other] { $months } мес.
}
stories-publish-now = 📣 Апублікаваць зараз
# Variables:
#   $count (Number) - people told
stories-published = { $count ->
    [0] ✅ Апублікавана. Каманда атрымала апавяшчэнне.
    [1] ✅ Апублікавана. Апавяшчэнні атрымалі каманда і адзін чалавек, які галасаваў за ідэю.
    [one] ✅ Апублікавана. Апавяшчэнні атрымалі каманда і { $count } чалавек, які галасаваў за ідэю.
    [few] ✅ Апублікавана. Апавяшчэнні атрымалі каманда і { $count } чалавекі, якія галасавалі за ідэю.
    [many] ✅ Апублікавана. Апавяшчэнні атрымалі каманда і { $count } чалавек, якія галасавалі за ідэю.
   *[other] ✅ Апублікавана. Апавяшчэнні атрымалі каманда і { $count } чалавека, якія галасавалі за ідэю.
}
stories-note-ask = ↩️ Што камандзе змяніць перад публікацыяй? Напішыце нататку: каманда атрымае яе разам з гісторыяй.
stories-note-empty = Калі ласка, напішыце нататку для каманды.
# Variables:
#   $count (Number) - team members told
stories-sent-back = { $count ->
    [0] ↩️ Вернута камандзе (нікога з каманды не ўдалося апавясціць).
    [1] ↩️ Вернута камандзе: адзін удзельнік атрымаў вашу нататку.
    [one] ↩️ Вернута камандзе: { $count } удзельнік атрымаў вашу нататку.
    [few] ↩️ Вернута камандзе: { $count } удзельнікі атрымалі вашу нататку.
    [many] ↩️ Вернута камандзе: { $count } удзельнікаў атрымалі вашу нататку.
   *[other] ↩️ Вернута камандзе: { $count } удзельніка атрымалі вашу нататку.
}
# Variables:
#   $title (String) - the story's title
stories-withdraw-confirm = 🚫 Зняць «{ $title }»? Яна знікне са спіса і са стужкі; ніхто не атрымае апавяшчэння. Пазней яе можна апублікаваць зноў.
stories-withdraw-yes = 🚫 Так, зняць
stories-withdrawn = 🚫 Знятая: чытачы яе больш не бачаць.

## The feed for the website
stories-feed-title = Гісторыі Twin City
stories-feed-description = Завершаныя праекты каманд гарадоў-партнёраў — ад ідэі да выніку.

## /mydata і /deleteme
# Variables:
#   $count (Number) - stories that may name the person
stories-mydata = { $count ->
    [1] 📖 Вас можа называць адна гісторыя:
    [one] 📖 Вас можа называць { $count } гісторыя:
    [few] 📖 Вас могуць называць { $count } гісторыі:
    [many] 📖 Вас могуць называць { $count } гісторый:
   *[other] 📖 Вас могуць называць { $count } гісторыі:
}
# Variables:
#   $title (String) - the story's title
#   $consent (String) - pending, given, declined or erased
stories-mydata-line = • «{ $title }»: { $consent ->
    [given] вы пагадзіліся, каб вас называлі
    [declined] вы адмовіліся: вас паказваюць як удзельніка каманды з вашага горада
    [erased] ваша імя выдалена
   *[pending] вы яшчэ не адказалі
}
# Variables:
#   $count (Number) - stories
stories-erased = { $count ->
    [1] 📖 Ваша імя і фота выдалены з адной гісторыі; яна застаецца і называе «удзельнік каманды з вашага горада».
    [one] 📖 Ваша імя і фота выдалены з { $count } гісторыі; яны застаюцца і называюць «удзельнік каманды з вашага горада».
    [few] 📖 Ваша імя і фота выдалены з { $count } гісторый; яны застаюцца і называюць «удзельнік каманды з вашага горада».
    [many] 📖 Ваша імя і фота выдалены з { $count } гісторый; яны застаюцца і называюць «удзельнік каманды з вашага горада».
   *[other] 📖 Ваша імя і фота выдалены з { $count } гісторыі; яны застаюцца і называюць «удзельнік каманды з вашага горада».
}
