## live

live-workshop-button = 📺 Live wall
