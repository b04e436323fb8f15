## consult (booking a consultation)
commands-consult = Book a consultation with the network office
