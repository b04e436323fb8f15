## live

live-workshop-button = 📺 Стіна ідей
