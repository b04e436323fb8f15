## consult (booking a consultation)
commands-consult = Записаться на консультацию в офисе сети
