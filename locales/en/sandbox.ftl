# The sandbox's web page (`twincity-bot sandbox`): its own words around the chats.
sandbox-title = Twin City Bot sandbox
sandbox-add-person = Add person
# Placeholder of the name field for a new simulated person.
sandbox-name = Name
sandbox-send = Send
# Placeholder of the text field under a chat.
sandbox-message = Message or /command
sandbox-empty = Add a person to start a chat with the bot (then send /start).
# Small mark after a message the bot has changed.
sandbox-edited = edited
sandbox-file = file
sandbox-photo = photo
