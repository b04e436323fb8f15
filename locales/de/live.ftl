## live

live-workshop-button = 📺 Ideenwand
