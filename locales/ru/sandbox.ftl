# The sandbox's web page (`twincity-bot sandbox`): its own words around the chats.
sandbox-title = Twin City Bot — песочница
sandbox-add-person = Добавить человека
# Placeholder of the name field for a new simulated person.
sandbox-name = Имя
sandbox-send = Отправить
# Placeholder of the text field under a chat.
sandbox-message = Сообщение или /команда
sandbox-empty = Добавьте человека, чтобы начать чат с ботом (затем отправьте /start).
# Small mark after a message the bot has changed.
sandbox-edited = изменено
sandbox-file = файл
sandbox-photo = фото
