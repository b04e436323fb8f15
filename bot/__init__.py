"""Twin City Bot: city-partnership programmes in Telegram."""
