menu-main = Що ви хочете зробити?
menu-welcome-back = 👋 З поверненням!
menu-unexpected-text = Зараз я не чекаю на повідомлення. Будь ласка, скористайтеся кнопками нижче.
menu-unknown-command = Такої команди я не знаю.
menu-profile = 👤 Профіль
menu-language = 🌐 Мова
menu-help = ❓ Допомога
menu-staff = 🛠 Інструменти організаторів

help-text =
    ℹ️ Twin City Bot поєднує людей із міст-партнерів.

    /menu — головне меню
    /workshops — воркшопи та запис
    /ideas — ідеї та голосування
    /team — ваша проєктна команда
    /coach — написати коучу
    /toolbox — посібники, шаблони й гранти
    /stories — історії завершених проєктів
    /network — мережа партнерств
    /consult — записатися на консультацію
    /directory — довідник партнерств і організацій
    /exchange — біржа ідей: запропонувати або знайти
    /calendar — відкриті події мережі
    /room — увійти до зали за кодом зали (код — на стіні ідей)
    /barcamp — BarCamp вашого воркшопу: запропонувати сесію, вибрати, ваш розклад
    /profile — ваш профіль
    /language — змінити мову
    /privacy — ваші дані: що я зберігаю, як їх завантажити чи видалити
    /deleteme — видалити ваші дані
    /help — ця довідка
help-coach =
    Для коучів:
    🧭 Мої команди, /team або /coach — ваші команди: учасники, опитування, труднощі; відповісти одній людині або всій команді
    /checkins — налаштування опитувань ваших команд
help-organiser =
    Для організаторів:
    /organise — усі інструменти організатора
    /broadcast — надіслати оголошення
    /matching — добір команд
    /stats — цифри партнерства
    /invite — запросити організаторів і коучів
    /checkins — команди та їхні опитування
help-admin =
    Для адміністраторів:
    /newpartnership — створити нове партнерство
help-footer = Кнопки під повідомленнями ведуть вас крок за кроком; кнопка «Головне меню» завжди поверне вас на початок.

buttons-main-menu = ⬅️ Головне меню
buttons-done = Готово
buttons-skip = Пропустити ▶️
buttons-back = ⬅️ Назад
buttons-cancel = ✖️ Скасувати
buttons-yes-delete = 🗑 Так, видалити все

commands-start = Почати або перезапустити
commands-menu = Головне меню
commands-profile = Ваш профіль
commands-language = Змінити мову
commands-help = Допомога
commands-room = Увійти до зали за кодом зали
commands-barcamp = BarCamp: запропонувати, вибрати, розклад
commands-checkins = Ваші команди та опитування
commands-organise = Інструменти організатора
commands-broadcast = Надіслати оголошення
commands-matching = Добір команд
commands-stats = Цифри
commands-invite = Запросити організаторів і коучів
commands-newpartnership = Нове партнерство

errors-stale-button = Ця кнопка застаріла. Будь ласка, скористайтеся останнім повідомленням або /menu.
errors-not-allowed = Вибачте, це доступно лише організаторам партнерства.
# Variables:
#   $code (String) - short id that links the user's report to the log line (letters and digits)
errors-unexpected = Вибачте, у мене щось пішло не так. Будь ласка, спробуйте ще раз. Якщо помилка повториться, назвіть організаторам цей код: { $code }
