staff-menu = 🛠 Инструменты организаторов
staff-new-partnership = ➕ Новое партнёрство
staff-invite = ✉️ Пригласить коллегу

role-participant = участник
role-organiser = организатор
role-coach = коуч

admin-draft-ask-name = Новое партнёрство, шаг 1 из 3: отправьте его название, например «Карлсруэ ↔ Краснодар».
# Variables:
#   $language (String) - name of the language, lower case, e.g. "немецкий"
admin-draft-ask-translation = Отправьте название на языке: { $language }.
admin-draft-ask-city = Шаг 2 из 3: отправьте название города этого партнёрства.
admin-draft-ask-time-zone = В каком часовом поясе этот город? Нажмите кнопку или напишите название пояса (например, Europe/Riga).
admin-draft-ask-theme = Шаг 3 из 3: отправьте название темы (например, «Экология и здоровье») или перейдите к проверке.
# Variables:
#   $name (String) - what was just saved, gender unknown: no gendered verb after it
admin-draft-name-saved = Название сохранено: { $name }
# Variables:
#   $name (String) - the city just added, gender unknown: no gendered verb after it
admin-draft-city-saved = Город добавлен: { $name }
# Variables:
#   $name (String) - the theme just added, gender unknown: no gendered verb after it
admin-draft-theme-saved = Тема добавлена: { $name }
# Variables:
#   $values (String) - the name in each language given so far
admin-draft-translations = На других языках (по желанию): { $values }
# Variables:
#   $language (String) - name of a language
admin-draft-add-translation = + { $language }
admin-draft-next-cities = Далее: города ▶️
admin-draft-add-city = ➕ Добавить город
admin-draft-next-themes = Далее: темы ▶️
admin-draft-add-theme = ➕ Добавить тему
admin-draft-next-review = Проверка ▶️
admin-draft-create = Создать партнёрство
# Variables:
#   $name (String) - partnership name, gender unknown: no gendered verb after it
#   $cities (String) - list of cities with time zones
#   $themes (String) - list of themes
#   $theme_count (Number) - how many themes
admin-draft-review =
    Пожалуйста, проверьте:

    Партнёрство: { $name }
    Города: { $cities }
    { $theme_count ->
        [one] { $theme_count } тема: { $themes }
        [few] { $theme_count } темы: { $themes }
        [many] { $theme_count } тем: { $themes }
       *[other] { $theme_count } темы: { $themes }
    }
# Variables:
#   $name (String) - the new partnership's name, gender unknown: no gendered verb after it
admin-draft-created = ✅ Партнёрство «{ $name }» создано. Теперь пригласите организаторов и коучей.
admin-draft-cancelled = Отменено — ничего не создано.
admin-draft-missing = Этот шаг уже закрыт. Начните заново с /newpartnership.
admin-draft-needs-name = У партнёрства ещё нет названия.
admin-draft-needs-cities = В партнёрстве должно быть не меньше двух городов.
admin-name-invalid = Пожалуйста, отправьте название длиной от 1 до 80 символов.
# Variables:
#   $zone (String) - what the admin typed
admin-time-zone-invalid = «{ $zone }» — такой часовой пояс мне неизвестен. Нажмите кнопку или напишите название вроде Europe/Moscow.

invite-choose-partnership = В какое партнёрство вы хотите кого-то пригласить?
invite-choose-role = Кого вы хотите пригласить?
# Variables:
#   $role (String) - organiser or coach, lower case ("организатор")
#   $partnership (String) - partnership name
#   $expires (String) - date and time when the link stops working
invite-created =
    ✉️ Приглашение в партнёрство { $partnership }, роль: { $role }.
    Отправьте эту ссылку нужному человеку. Она сработает один раз и действует до { $expires }.
# Variables:
#   $role (String) - organiser or coach, lower case ("организатор")
#   $partnership (String) - partnership name
invitation-accepted = 🎉 Готово! Ваша роль в партнёрстве { $partnership }: { $role }.
invitation-unknown = Эта ссылка-приглашение недействительна. Пожалуйста, попросите новую.
invitation-expired = Срок действия приглашения истёк. Пожалуйста, попросите новое.
invitation-used = Это приглашение уже использовано. Пожалуйста, попросите новое.
