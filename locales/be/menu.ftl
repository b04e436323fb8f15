menu-main = Што вы хочаце зрабіць?
menu-welcome-back = 👋 З вяртаннем!
menu-unexpected-text = Зараз я не чакаў паведамлення. Калі ласка, скарыстайцеся кнопкамі ніжэй.
menu-unknown-command = Такой каманды я не ведаю.
menu-profile = 👤 Профіль
menu-language = 🌐 Мова
menu-help = ❓ Дапамога
menu-staff = 🛠 Інструменты арганізатараў

help-text =
    ℹ️ Twin City Bot злучае людзей з гарадоў-партнёраў.

    /menu — галоўнае меню
    /workshops — варкшопы і запіс
    /ideas — ідэі і галасаванне
    /team — ваша праектная каманда
    /coach — напісаць коўчу
    /toolbox — дапаможнікі, шаблоны і гранты
    /stories — гісторыі завершаных праектаў
    /network — сетка партнёрстваў
    /consult — запісацца на кансультацыю
    /directory — даведнік партнёрстваў і арганізацый
    /exchange — біржа ідэй: прапанаваць або знайсці
    /calendar — адкрытыя падзеі сеткі
    /room — увайсці ў залу па кодзе залы (код — на сцяне ідэй)
    /barcamp — BarCamp вашага варкшопа: прапанаваць сесію, выбраць, ваш расклад
    /profile — ваш профіль
    /language — змяніць мову
    /privacy — вашы даныя: што я захоўваю; спампаваць або выдаліць іх
    /deleteme — выдаліць вашы даныя
    /help — гэтая даведка
help-coach =
    Для коўчаў:
    🧭 Мае каманды, /team або /coach — вашы каманды: удзельнікі, апытанні, цяжкасці; адказаць аднаму чалавеку або ўсёй камандзе
    /checkins — налады апытанняў вашых каманд
help-organiser =
    Для арганізатараў:
    /organise — усе інструменты арганізатара
    /broadcast — адправіць аб'яву
    /matching — падбор каманд
    /stats — лічбы партнёрства
    /invite — запрасіць арганізатараў і коўчаў
    /checkins — каманды і іх апытанні
help-admin =
    Для адміністратараў:
    /newpartnership — стварыць новае партнёрства
help-footer = Кнопкі пад паведамленнямі вядуць крок за крокам; «Галоўнае меню» заўсёды вяртае назад.

buttons-main-menu = ⬅️ Галоўнае меню
buttons-done = Гатова
buttons-skip = Прапусціць ▶️
buttons-back = ⬅️ Назад
buttons-cancel = ✖️ Скасаваць
buttons-yes-delete = 🗑 Так, выдаліць усё

commands-start = Пачаць або перазапусціць
commands-menu = Галоўнае меню
commands-profile = Ваш профіль
commands-language = Змяніць мову
commands-help = Дапамога
commands-room = Увайсці ў залу па кодзе залы
commands-barcamp = BarCamp: прапанаваць, выбраць, расклад
commands-checkins = Вашы каманды і апытанні
commands-organise = Інструменты арганізатара
commands-broadcast = Адправіць аб'яву
commands-matching = Падбор каманд
commands-stats = Лічбы
commands-invite = Запрасіць арганізатараў і коўчаў
commands-newpartnership = Новае партнёрства

errors-stale-button = Гэтая кнопка састарэла. Калі ласка, карыстайцеся апошнім паведамленнем або /menu.
errors-not-allowed = Прабачце, гэта даступна толькі арганізатарам партнёрства.
# Variables:
#   $code (String) - short id that links the user's report to the log line (letters and digits)
errors-unexpected = Прабачце, у мяне нешта пайшло не так. Калі ласка, паспрабуйце яшчэ раз. Калі памылка паўторыцца, паведаміце арганізатарам гэты код: { $code }
