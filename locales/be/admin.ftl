staff-menu = 🛠 Інструменты арганізатараў
staff-new-partnership = ➕ Новае партнёрства
staff-invite = ✉️ Новы арганізатар ці коўч

role-participant = удзельнік
role-organiser = арганізатар
role-coach = коўч

admin-draft-ask-name = Новае партнёрства, крок 1 з 3: дашліце яго назву, напрыклад «Карлсруэ ↔ Краснадар».
# Variables:
#   $language (String) - name of the language, lower case, e.g. "нямецкая"
admin-draft-ask-translation = Дашліце назву на мове: { $language }.
admin-draft-ask-city = Крок 2 з 3: дашліце назву горада гэтага партнёрства.
admin-draft-ask-time-zone = У якім часавым поясе гэты горад? Націсніце кнопку або напішыце назву пояса (напрыклад, Europe/Riga).
admin-draft-ask-theme = Крок 3 з 3: дашліце назву тэмы (напрыклад, «Экалогія і здароўе») або перайдзіце да праверкі.
# Variables:
#   $name (String) - what was just saved
admin-draft-name-saved = Назва захавана: { $name }
# Variables:
#   $name (String) - the city just added
admin-draft-city-saved = Горад дададзены: { $name }
# Variables:
#   $name (String) - the theme just added
admin-draft-theme-saved = Тэма дададзена: { $name }
# Variables:
#   $values (String) - the name in each language given so far
admin-draft-translations = На іншых мовах (па жаданні): { $values }
# Variables:
#   $language (String) - name of a language
admin-draft-add-translation = + { $language }
admin-draft-next-cities = Далей: гарады ▶️
admin-draft-add-city = ➕ Дадаць яшчэ горад
admin-draft-next-themes = Далей: тэмы ▶️
admin-draft-add-theme = ➕ Дадаць яшчэ тэму
admin-draft-next-review = Праверка ▶️
admin-draft-create = Стварыць партнёрства
# Variables:
#   $name (String) - partnership name, gender unknown
#   $cities (String) - list of cities with time zones
#   $themes (String) - list of themes
#   $theme_count (Number) - how many themes; the number stays visible in every variant
admin-draft-review =
    Калі ласка, праверце:

    Партнёрства: { $name }
    Гарады: { $cities }
    { $theme_count ->
        [one] { $theme_count } тэма: { $themes }
        [few] { $theme_count } тэмы: { $themes }
        [many] { $theme_count } тэм: { $themes }
       *[other] { $theme_count } тэмы: { $themes }
    }
# Variables:
#   $name (String) - the new partnership's name, used after the noun «Партнёрства»
admin-draft-created = ✅ Партнёрства «{ $name }» створана. Цяпер запрасіце арганізатараў і коўчаў.
admin-draft-cancelled = Скасавана — нічога не створана.
admin-draft-missing = Гэты крок ужо закрыты. Пачніце зноў з /newpartnership.
admin-draft-needs-name = У партнёрства яшчэ няма назвы.
admin-draft-needs-cities = У партнёрстве павінна быць не менш за два гарады.
admin-name-invalid = Калі ласка, дашліце назву даўжынёй ад 1 да 80 сімвалаў.
# Variables:
#   $zone (String) - what the admin typed
admin-time-zone-invalid = «{ $zone }» — такога часавога пояса я не ведаю. Націсніце кнопку або напішыце назву накшталт Europe/Minsk.

invite-choose-partnership = У якое партнёрства вы хочаце кагосьці запрасіць?
invite-choose-role = Каго вы хочаце запрасіць?
# Variables:
#   $role (String) - organiser or coach, nominative lower case (role-organiser / role-coach)
#   $partnership (String) - partnership name, used after the noun «партнёрства»
#   $expires (String) - date and time when the link stops working
invite-created =
    ✉️ Запрашэнне ў партнёрства { $partnership }, роля: { $role }.
    Дашліце гэтую спасылку чалавеку, якога запрашаеце. Яна спрацуе адзін раз, да { $expires }.
# Variables:
#   $role (String) - organiser or coach, nominative lower case (role-organiser / role-coach)
#   $partnership (String) - partnership name, used after the noun «партнёрстве»
invitation-accepted = 🎉 Цяпер вы — { $role } у партнёрстве { $partnership }.
invitation-unknown = Гэтая спасылка-запрашэнне несапраўдная. Калі ласка, папрасіце новую.
invitation-expired = Тэрмін дзеяння запрашэння скончыўся. Калі ласка, папрасіце новае.
invitation-used = Гэтае запрашэнне ўжо выкарыстана. Калі ласка, папрасіце новае.
