"""Pure rules and data types: no Telegram, no SQL, no clock reads."""
