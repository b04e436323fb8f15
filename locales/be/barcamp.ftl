## barcamp

barcamp-workshop-button = 🏕 BarCamp
