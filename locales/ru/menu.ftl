menu-main = Что вы хотите сделать?
menu-welcome-back = 👋 С возвращением!
menu-unexpected-text = Сейчас я не ждал от вас сообщения. Пожалуйста, воспользуйтесь кнопками ниже.
menu-unknown-command = Такой команды я не знаю.
menu-profile = 👤 Профиль
menu-language = 🌐 Язык
menu-help = ❓ Помощь
menu-staff = 🛠 Инструменты организаторов

help-text =
    ℹ️ Twin City Bot помогает людям из городов-партнёров встречаться и работать вместе.

    /menu — главное меню
    /workshops — воркшопы и запись на них
    /ideas — идеи и голосование
    /team — ваша проектная команда
    /coach — написать коучу
    /toolbox — руководства, шаблоны и гранты
    /stories — истории завершённых проектов
    /network — сеть партнёрств
    /consult — записаться на консультацию
    /directory — справочник партнёрств и организаций
    /exchange — биржа идей: предложить или найти
    /calendar — открытые события сети
    /room — войти в зал по коду зала (код — на стене идей)
    /barcamp — BarCamp вашего воркшопа: предложить сессию, выбрать, ваше расписание
    /profile — ваш профиль
    /language — сменить язык
    /privacy — ваши данные: что я храню, как их скачать или удалить
    /deleteme — удалить ваши данные
    /help — эта справка
help-coach =
    Для коучей:
    🧭 Мои команды, /team или /coach — ваши команды: участники, опросы, трудности; ответить одному человеку или всей команде
    /checkins — настройки опросов ваших команд
help-organiser =
    Для организаторов:
    /organise — все инструменты организатора
    /broadcast — отправить объявление
    /matching — подбор команд
    /stats — цифры партнёрства
    /invite — пригласить организаторов и коучей
    /checkins — команды и их опросы
help-admin =
    Для администраторов:
    /newpartnership — создать новое партнёрство
help-footer = Кнопки под сообщениями ведут вас шаг за шагом, а кнопка «Главное меню» всегда вернёт вас в начало.

buttons-main-menu = ⬅️ Главное меню
buttons-done = Готово
buttons-skip = Пропустить ▶️
buttons-back = ⬅️ Назад
buttons-cancel = ✖️ Отмена
buttons-yes-delete = 🗑 Да, удалить всё

commands-start = Начать или перезапустить
commands-menu = Главное меню
commands-profile = Ваш профиль
commands-language = Сменить язык
commands-help = Помощь
commands-room = Войти в зал по коду зала
commands-barcamp = BarCamp: предложить, выбрать, расписание
commands-checkins = Ваши команды и опросы
commands-organise = Инструменты организатора
commands-broadcast = Отправить объявление
commands-matching = Подбор команд
commands-stats = Цифры
commands-invite = Пригласить организаторов и коучей
commands-newpartnership = Новое партнёрство

errors-stale-button = Эта кнопка устарела. Пожалуйста, воспользуйтесь последним сообщением или командой /menu.
errors-not-allowed = Извините, это доступно только организаторам партнёрства.
# Variables:
#   $code (String) - short id that links the user's report to the log line
errors-unexpected = Извините, у меня что-то пошло не так. Пожалуйста, попробуйте ещё раз. Если ошибка повторится, сообщите организаторам этот код: { $code }
