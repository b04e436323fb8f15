staff-menu = 🛠 Інструменти організаторів
staff-new-partnership = ➕ Нове партнерство
staff-invite = ✉️ Запросити колегу

role-participant = учасник
role-organiser = організатор
role-coach = коуч

admin-draft-ask-name = Нове партнерство, крок 1 з 3: надішліть його назву, наприклад «Карлсруе ↔ Краснодар».
# Variables:
#   $language (String) - name of the language, lower case nominative, e.g. "німецька"; written after "мовою:" so it needs no case ending
admin-draft-ask-translation = Надішліть назву мовою: { $language }.
admin-draft-ask-city = Крок 2 з 3: надішліть назву міста цього партнерства.
admin-draft-ask-time-zone = У якому часовому поясі це місто? Натисніть кнопку або напишіть назву поясу (наприклад, Europe/Riga).
admin-draft-ask-theme = Крок 3 з 3: надішліть назву теми (наприклад, «Екологія та здоров'я») або перейдіть до перевірки.
# Variables:
#   $name (String) - what was just saved (a partnership name; gender unknown)
admin-draft-name-saved = Назву збережено: { $name }
# Variables:
#   $name (String) - the city just added (city name, nominative)
admin-draft-city-saved = Місто додано: { $name }
# Variables:
#   $name (String) - the theme just added
admin-draft-theme-saved = Тему додано: { $name }
# Variables:
#   $values (String) - the name in each language given so far, e.g. "німецька: Karlsruhe ↔ Krasnodar"
admin-draft-translations = Іншими мовами (за бажанням): { $values }
# Variables:
#   $language (String) - name of a language, lower case nominative, e.g. "німецька"
admin-draft-add-translation = + { $language }
admin-draft-next-cities = Далі: міста ▶️
admin-draft-add-city = ➕ Додати місто
admin-draft-next-themes = Далі: теми ▶️
admin-draft-add-theme = ➕ Додати тему
admin-draft-next-review = Перевірка ▶️
admin-draft-create = Створити партнерство
# Variables:
#   $name (String) - partnership name, gender unknown
#   $cities (String) - list of cities with time zones
#   $themes (String) - list of themes
#   $theme_count (Number) - how many themes; the number is shown in every variant
admin-draft-review =
    Будь ласка, перевірте:

    Партнерство: { $name }
    Міста: { $cities }
    { $theme_count ->
        [one] { $theme_count } тема: { $themes }
        [few] { $theme_count } теми: { $themes }
        [many] { $theme_count } тем: { $themes }
       *[other] { $theme_count } теми: { $themes }
    }
# Variables:
#   $name (String) - the new partnership's name, shown in «» after the noun "Партнерство"
admin-draft-created = ✅ Партнерство «{ $name }» створено. Тепер запросіть організаторів і коучів.
admin-draft-cancelled = Скасовано — нічого не створено.
admin-draft-missing = Цей крок уже закрито. Почніть знову з /newpartnership.
admin-draft-needs-name = Партнерство ще не має назви.
admin-draft-needs-cities = У партнерстві має бути щонайменше два міста.
admin-name-invalid = Будь ласка, надішліть назву довжиною від 1 до 80 символів.
# Variables:
#   $zone (String) - what the admin typed (any text)
admin-time-zone-invalid = «{ $zone }» — такого часового поясу я не знаю. Натисніть кнопку або напишіть назву на зразок Europe/Kyiv.

invite-choose-partnership = До якого партнерства ви хочете когось запросити?
invite-choose-role = Кого ви хочете запросити?
# Variables:
#   $role (String) - "організатор" or "коуч" (role-* messages, nominative)
#   $partnership (String) - partnership name, gender unknown
#   $expires (String) - date and time when the link stops working
invite-created =
    ✉️ Запрошення на роль «{ $role }» у партнерстві { $partnership }.
    Надішліть це посилання людині. Воно спрацює один раз, до { $expires }.
# Variables:
#   $role (String) - "організатор" or "коуч" (role-* messages, nominative)
#   $partnership (String) - partnership name, gender unknown
invitation-accepted = 🎉 Тепер ви — { $role } у партнерстві { $partnership }.
invitation-unknown = Це посилання-запрошення недійсне. Будь ласка, попросіть нове.
invitation-expired = Термін дії запрошення минув. Будь ласка, попросіть нове.
invitation-used = Це запрошення вже використано. Будь ласка, попросіть нове.
