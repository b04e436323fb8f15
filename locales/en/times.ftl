## Whose time a time is (every screen that shows a workshop's time or a deadline)

# Variables:
#   $when (String) - date and time on the venue's clock, e.g. "Sat, 24 Apr 2027, 18:30–21:00"
#   $city (String) - the venue's city, e.g. "Krasnodar"
# A workshop at a venue, for a reader whose clock reads the same as the venue's.
times-venue = { $when } { $city } time

# Variables:
#   $when (String) - date and time on the venue's clock, e.g. "Sat, 24 Apr 2027, 18:30–21:00"
#   $city (String) - the venue's city, e.g. "Krasnodar"
#   $yours (String) - the same time on the reader's clock, e.g. "17:30–20:00" (with the date when the day differs)
# A workshop at a venue, for a reader in another time zone.
times-venue-and-yours = { $when } { $city } time ({ $yours } your time)

# Variables:
#   $when (String) - date and time on the reader's clock, e.g. "Sat, 24 Apr 2027, 17:30–20:00"
#   $zone (String) - the city that names the reader's time zone, e.g. "Berlin", "Moscow"
# An online workshop or a deadline, on the reader's own clock.
times-yours = { $when } your time ({ $zone })
