# The sandbox's web page (`twincity-bot sandbox`): its own words around the chats.
sandbox-title = Twin City Bot — пясочніца
sandbox-add-person = Дадаць чалавека
# Placeholder of the name field for a new simulated person.
sandbox-name = Імя
sandbox-send = Адправіць
# Placeholder of the text field under a chat.
sandbox-message = Паведамленне або /каманда
sandbox-empty = Дадайце чалавека, каб пачаць чат з ботам (потым адпраўце /start).
# Small mark after a message the bot has changed.
sandbox-edited = зменена
sandbox-file = файл
sandbox-photo = фота
