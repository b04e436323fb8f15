## Personen

# How a person is named on every screen: their display name, else their Telegram first name.
# This word stands in only for someone who never wrote to the bot.
people-unnamed = (Name unbekannt)
# Variables:
#   $name (String) - the person's name
#   $city (String) - their home city
people-name-city = { $name } · { $city }
