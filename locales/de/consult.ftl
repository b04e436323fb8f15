## consult (booking a consultation)
commands-consult = Einen Termin in der Sprechstunde der Netzwerkstelle buchen
