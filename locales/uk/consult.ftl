## consult (booking a consultation)
commands-consult = Записатися на консультацію в офісі мережі
