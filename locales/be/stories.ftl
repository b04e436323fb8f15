## stories
## Пішам гісторыю: чарнавік бота, праўка камандай, фатаграфіі, згода.

story-gone = Гэтай гісторыі больш няма, або вы не можаце яе правіць.
story-exists = У гэтай каманды ўжо ёсць гісторыя. Удзельнікі каманды пішуць яе.
story-not-draft = Гісторыя на праверцы ў арганізатараў: зараз яе нельга змяніць.
story-error-empty = Напішыце, калі ласка, хоць некалькі слоў.
# Variables:
#   $limit (Number) - the most characters allowed
#   $length (Number) - how many the text has
story-error-long = Сімвалаў у тэксце: { $length }; можна не больш за { $limit }.
# Variables:
#   $limit (Number) - the most photos a story may have
story-photos-full = Фатаграфій у гісторыі: { $limit }, больш нельга. Спачатку выдаліце адну.

# Variables:
#   $city (String) - the person's home city
story-anonymous = удзельнік каманды з горада { $city }
story-anonymous-no-city = удзельнік каманды
story-no-city = горад не пазначаны

# Variables:
#   $author (String) - who proposed the idea (a name, or "a team member from …")
story-timeline-idea = Ідэя прапанавана: { $author }.
story-timeline-idea-unnamed = Ідэю прапанавалі.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - the city the idea came from
story-timeline-idea-workshop = Яна нарадзілася на { $kind ->
    [kickoff] стартавым варкшопе
   *[other] варкшопе
} «{ $workshop }» { $date }, горад: { $city }.
# Variables:
#   $kind (String) - kickoff or other
#   $workshop (String) - the workshop's title
#   $date (String) - the workshop's date
#   $city (String) - empty
story-timeline-idea-online = Яна нарадзілася на { $kind ->
    [kickoff] стартавым варкшопе
   *[other] варкшопе
} «{ $workshop }» { $date }.{ $city }
# Variables:
#   $city (String) - the city the idea came from
story-timeline-idea-city = Горад ідэі: { $city }.
# Variables:
#   $members (String) - members per city, as a list
story-timeline-team = Склалася каманда: { $members }.
# Variables:
#   $city (String) - a city
#   $count (Number) - members from there
story-members-in-city = { $city }: { $count ->
    [one] { $count } удзельнік
    [few] { $count } удзельнікі
    [many] { $count } удзельнікаў
   *[other] { $count } удзельніка
}
# Variables:
#   $number (Number) - the check-in's number
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-checkin = Апытанне № { $number } (адказы: { $answered } з { $members })
# Variables:
#   $answered (Number) - members who answered
#   $members (Number) - members of the team
story-timeline-closing = Праект завершаны выніковым апытаннем (адказы: { $answered } з { $members }).
# Variables:
#   $person (String) - who named it
story-timeline-blocker = { $person }: названа перашкода.
# Variables:
#   $person (String) - who had named it
story-timeline-resolved = { $person }: перашкода ўхілена.

story-team-intro = Над праектам працавалі людзі з абодвух гарадоў:
# Variables:
#   $city (String) - a city
#   $names (String) - its members, as a list
story-team-city = { $city }: { $names }
# Variables:
#   $person (String) - the idea's author
story-team-author = Аўтар ідэі: { $person }.

# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-drafted-member = 📖 Бот напісаў чарнавік гісторыі вашай каманды «{ $title }». Праўце яго па раздзелах, дадавайце фатаграфіі і адпраўце на праверку.

    Вось што ў ёй сказана пра вас:
    { $excerpt }

    Ці можа гісторыя назваць вас па імені і паказаць фатаграфіі, якія вы дадасце? Калі не, на ўсіх мовах яна назаве вас «удзельнік каманды з горада …» з вашым горадам.
# Variables:
#   $title (String) - the story's title
#   $excerpt (String) - the lines of the story about the person
story-consent-ask-author = 📖 Каманда, якая працуе над вашай ідэяй, піша сваю гісторыю «{ $title }».

    Вось што ў ёй сказана пра вас:
    { $excerpt }

    Ці можа гісторыя назваць вас па імені? Калі не, на ўсіх мовах яна назаве вас «удзельнік каманды з горада …» з вашым горадам.
story-consent-yes = Так, можна назваць мяне
story-consent-no = Не, без майго імені
story-open-draft = 📖 Адкрыць чарнавік
story-consent-saved-yes = Дзякуй: гісторыя можа назваць вас. Гэта можна змяніць у чарнавіку.
story-consent-saved-no = Гісторыя не будзе называць вас па імені. Гэта можна змяніць у чарнавіку.

# Variables:
#   $status (String) - draft, review, published or withdrawn
story-draft-head = 📖 { $status ->
    [review] Гісторыя вашай каманды: на праверцы ў арганізатараў
    [published] Гісторыя вашай каманды: апублікаваная
    [withdrawn] Гісторыя вашай каманды: знятая арганізатарамі
   *[draft] Гісторыя вашай каманды: чарнавік
}
story-section-title = 🏷 Назва
story-section-idea = 💡 Ідэя
story-section-team = 👥 Каманда
story-section-blockers = 🚧 Перашкоды
story-section-outcome = 🏁 Што атрымалася
story-section-timeline = 🗓 Храналогія
story-machine = 🤖 машынны пераклад
# Variables:
#   $mark (String) - the language's flag
#   $language (String) - the language's name
story-shown-in = { $mark } мова: { $language }, як напісана
# Variables:
#   $date (String) - the day
#   $text (String) - what happened
story-timeline-line = • { $date }: { $text }
# Variables:
#   $count (Number) - entries left out
story-timeline-more = • … { $count ->
    [one] і яшчэ { $count } запіс
    [few] і яшчэ { $count } запісы
    [many] і яшчэ { $count } запісаў
   *[other] і яшчэ { $count } запісу
}
# Variables:
#   $count (Number) - photos
story-photos-count = 📷 { $count ->
    [0] Фатаграфій пакуль няма.
    [one] { $count } фатаграфія.
    [few] { $count } фатаграфіі.
    [many] { $count } фатаграфій.
   *[other] { $count } фатаграфіі.
}
story-consent-head = 🤝 Каго можна назваць па імені
# Variables:
#   $name (String) - the person's first name
#   $state (String) - given, declined or pending
#   $shown (String) - how the story calls them without consent
story-consent-line = { $state ->
    [given] ✅ { $name }: згода дадзена
    [declined] ❌ { $name }: не пагадзіўся(-лася), у гісторыі: «{ $shown }»
   *[pending] ⏳ { $name }: адказу пакуль няма, да адказу ў гісторыі: «{ $shown }»
}
# Variables:
#   $reviewers (Number) - organisers who will read it
story-draft-footer = Любы раздзел мяняецца кнопкай ✏️; пішыце на сваёй мове. Калі ўсё гатова, адпраўце гісторыю на праверку: { $reviewers ->
    [0] яе прачытаюць і апублікуюць арганізатары
    [one] яе прачытае і апублікуе { $reviewers } арганізатар
    [few] яе прачытаюць і апублікуюць { $reviewers } арганізатары
    [many] яе прачытаюць і апублікуюць { $reviewers } арганізатараў
   *[other] яе прачытаюць і апублікуюць { $reviewers } арганізатара
}.
story-edit-title = ✏️ Назва
story-edit-idea = ✏️ Ідэя
story-edit-team = ✏️ Каманда
story-edit-blockers = ✏️ Перашкоды
story-edit-outcome = ✏️ Вынік
# Variables:
#   $count (Number) - photos
story-photos = 📷 Фатаграфіі ({ $count })
story-review = 📨 Адправіць на праверку
story-back-team = ⬅️ Да каманды

# Variables:
#   $section (String) - the section's name
#   $language (String) - the writer's language
story-edit-ask = ✏️ Дашліце новы тэкст раздзела «{ $section }» (мова: { $language }). Імёны ўдзельнікаў каманды будуць бачныя толькі ў тых, хто пагадзіўся. Зараз там:
story-edit-ask-empty = (пуста)
# Variables:
#   $language (String) - the language it was written in
#   $count (Number) - machine versions made
story-edit-saved-machine = ✅ Захавана (мова: { $language }). Іншыя мовы цяпер машынны пераклад гэтага тэксту (моў: { $count }), з пазнакай.
# Variables:
#   $language (String) - the language it was written in
story-edit-saved-original = ✅ Захавана (мова: { $language }). Чытачы іншых моў бачаць тэкст у арыгінале (з пазначэннем мовы), пакуль яго хтосьці не перакладзе.

# Variables:
#   $count (Number) - photos the story has
#   $limit (Number) - the most it may have
story-photos-ask = 📷 Дасылайце фатаграфіі як выявы, па адной (не больш за { $limit }; зараз у гісторыі: { $count }). Бот выдаляе звесткі пра месца здымкі і камеру, перш чым захаваць копію. Публікуюцца толькі фатаграфіі тых, хто пагадзіўся, каб яго назвалі.
# Variables:
#   $count (Number) - photos the story has now
#   $limit (Number) - the most it may have
story-photo-added = ✅ Фатаграфія дададзена ({ $count } з { $limit }), без звестак пра месца і камеру.
story-photo-unreadable = Гэты файл не фатаграфія, якую бот можа прачытаць. Дашліце, калі ласка, выяву JPEG або PNG.
story-photo-send-one = Дашліце фатаграфію або вярніцеся да чарнавіка.
# Variables:
#   $number (Number) - the photo's number on the screen
story-photo-remove = 🗑 { $number }
story-photos-done = ⬅️ Да чарнавіка

# Variables:
#   $count (Number) - organisers who get it
#   $missing (Number) - people who have not answered the consent question
story-review-ask = 📨 Адправіць гісторыю на праверку? Атрымаюць арганізатары (усяго: { $count }); пакуль яны чытаюць, гісторыю нельга змяніць. { $missing ->
    [0] Усе, каго яна называе, адказалі.
    [one] Яшчэ не адказаў { $missing } чалавек з тых, каго яна называе: публікацыя чакае адказу.
    [few] Яшчэ не адказалі { $missing } чалавекі з тых, каго яна называе: публікацыя чакае адказу.
    [many] Яшчэ не адказалі { $missing } чалавек з тых, каго яна называе: публікацыя чакае адказу.
   *[other] Яшчэ не адказалі { $missing } чалавека з тых, каго яна называе: публікацыя чакае адказу.
}
# Variables:
#   $count (Number) - organisers who get it
story-review-send = 📨 Адправіць ({ $count })
# Variables:
#   $count (Number) - organisers who were told
story-review-sent = 📨 Адпраўлена на праверку. { $count ->
    [0] Пакуль нікога з арганізатараў не ўдалося апавясціць; яны ўбачаць гісторыю ў сваіх інструментах.
    [one] Апавешчаны { $count } арганізатар.
    [few] Апавешчаны { $count } арганізатары.
    [many] Апавешчаны { $count } арганізатараў.
   *[other] Апавешчаны { $count } арганізатара.
}
# Variables:
#   $title (String) - the story's title
#   $name (String) - who sent it
#   $missing (Number) - people who have not answered the consent question
story-review-notice = 📖 Гісторыя каманды «{ $title }» адпраўлена на праверку ({ $name }). { $missing ->
    [0] Усе, каго яна называе, адказалі на пытанне пра згоду.
    [one] Яшчэ не адказаў { $missing } чалавек з тых, каго яна называе.
    [few] Яшчэ не адказалі { $missing } чалавекі з тых, каго яна называе.
    [many] Яшчэ не адказалі { $missing } чалавек з тых, каго яна называе.
   *[other] Яшчэ не адказалі { $missing } чалавека з тых, каго яна называе.
}
story-review-open = 📖 Праверыць гісторыю

story-request = 📖 Чарнавік гісторыі каманды
# Variables:
#   $count (Number) - people who will be asked
story-request-ask = 📖 Напісаць чарнавік гісторыі каманды зараз? Бот складзе яго з ідэі, апытанняў і адказаў і спытае { $count ->
    [one] { $count } чалавека
    [few] { $count } чалавек
    [many] { $count } чалавек
   *[other] { $count } чалавека
}, ці можна назваць іх па імені.
# Variables:
#   $count (Number) - people who will be asked
story-request-yes = 📖 Напісаць, спытаць: { $count }
# Variables:
#   $count (Number) - people who were asked
story-requested = 📖 Чарнавік гатовы. { $count ->
    [one] { $count } чалавек атрымаў пытанне
    [few] { $count } чалавекі атрымалі пытанне
    [many] { $count } чалавек атрымалі пытанне
   *[other] { $count } чалавека атрымалі пытанне
}, ці можна назваць іх па імені; каманда правіць чарнавік і адпраўляе яго на праверку.
story-open = 📖 Наша гісторыя
