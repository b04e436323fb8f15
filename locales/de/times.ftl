## Wessen Uhrzeit eine Zeit ist (jede Anzeige einer Workshop-Zeit oder einer Frist)

# Variables:
#   $when (String) - Datum und Uhrzeit am Veranstaltungsort, z. B. "Sa., 24. Apr. 2027, 18:30–21:00"
#   $city (String) - die Stadt des Veranstaltungsorts, z. B. "Krasnodar"
# Ein Workshop vor Ort, für jemanden, dessen Uhr wie am Veranstaltungsort geht.
times-venue = { $when } Uhr Ortszeit { $city }

# Variables:
#   $when (String) - Datum und Uhrzeit am Veranstaltungsort, z. B. "Sa., 24. Apr. 2027, 18:30–21:00"
#   $city (String) - die Stadt des Veranstaltungsorts, z. B. "Krasnodar"
#   $yours (String) - dieselbe Zeit auf der Uhr der lesenden Person, z. B. "17:30–20:00" (mit Datum, wenn der Tag ein anderer ist)
# Ein Workshop vor Ort, für jemanden in einer anderen Zeitzone.
times-venue-and-yours = { $when } Uhr Ortszeit { $city } (bei dir { $yours } Uhr)

# Variables:
#   $when (String) - Datum und Uhrzeit auf der eigenen Uhr, z. B. "Sa., 24. Apr. 2027, 17:30–20:00"
#   $zone (String) - die Stadt, nach der die eigene Zeitzone heißt, z. B. "Berlin", "Moskau"
# Ein Online-Workshop oder eine Frist, auf der eigenen Uhr der lesenden Person.
times-yours = { $when } Uhr nach deiner Zeit ({ $zone })
