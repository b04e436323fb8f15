## live

live-workshop-button = 📺 Стена идей
