"""Everything that runs without Telegram: the Bot API emulator, the test harness, the sandbox."""
