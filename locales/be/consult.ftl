## consult (booking a consultation)
commands-consult = Запісацца на кансультацыю ў офісе сеткі
