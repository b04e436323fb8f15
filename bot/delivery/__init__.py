"""Bulk delivery: the outbox worker paced within Telegram's limits, and broadcast progress."""
