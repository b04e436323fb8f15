"""Telegram itself: its limits, HTML rules and error answers (used by the bot and the emulator)."""
