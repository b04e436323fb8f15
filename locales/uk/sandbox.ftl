# The sandbox's web page (`twincity-bot sandbox`): its own words around the chats.
sandbox-title = Twin City Bot — пісочниця
sandbox-add-person = Додати людину
# Placeholder of the name field for a new simulated person.
sandbox-name = Ім'я
sandbox-send = Надіслати
# Placeholder of the text field under a chat.
sandbox-message = Повідомлення або /команда
sandbox-empty = Додайте людину, щоб почати чат із ботом (потім надішліть /start).
# Small mark after a message the bot has changed.
sandbox-edited = змінено
sandbox-file = файл
sandbox-photo = фото
