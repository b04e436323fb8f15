## Whose time a time is (every screen that shows a workshop's time or a deadline)

# A workshop at a venue, for a reader whose clock reads the same as the venue's.
# Variables:
#   $when (String) - date and time on the venue's clock, e.g. "Sat, 24 Apr 2027, 18:30–21:00"
#   $city (String) - the venue's city, e.g. "Krasnodar"
times-venue = { $when } { $city } time

# A workshop at a venue, for a reader in another time zone.
# Variables:
#   $when (String) - date and time on the venue's clock, e.g. "Sat, 24 Apr 2027, 18:30–21:00"
#   $city (String) - the venue's city, e.g. "Krasnodar"
#   $yours (String) - the same time on the reader's clock, e.g. "17:30–20:00" (with the date when the day differs)
times-venue-and-yours = { $when } { $city } time ({ $yours } your time)

# An online workshop or a deadline, on the reader's own clock.
# Variables:
#   $when (String) - date and time on the reader's clock, e.g. "Sat, 24 Apr 2027, 17:30–20:00"
#   $zone (String) - the city that names the reader's time zone, e.g. "Berlin", "Moscow"
times-yours = { $when } your time ({ $zone })
