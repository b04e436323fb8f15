# The sandbox's web page (`twincity-bot sandbox`): its own words around the chats.
sandbox-title = Twin City Bot – Sandbox
sandbox-add-person = Person hinzufügen
# Placeholder of the name field for a new simulated person.
sandbox-name = Vorname
sandbox-send = Senden
# Placeholder of the text field under a chat.
sandbox-message = Nachricht oder /Befehl
sandbox-empty = Füge eine Person hinzu, um mit dem Bot zu chatten (dann sende /start).
# Small mark after a message the bot has changed.
sandbox-edited = bearbeitet
sandbox-file = Datei
sandbox-photo = Foto
