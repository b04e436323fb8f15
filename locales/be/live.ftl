## live

live-workshop-button = 📺 Сцяна ідэй
