"""An emulator of the Telegram Bot API that enforces Telegram's real limits.

`core.TelegramSim` keeps users, chats, messages and updates and answers Bot API methods;
`request.SimRequest` plugs it into python-telegram-bot in-process; `harness` drives the real
Application as many users would. Tests, benchmarks and the offline sandbox share this one core.
"""

from bot.offline.emulator.core import Limits, SimMessage, TelegramSim
from bot.offline.emulator.request import SimRequest

__all__ = ["Limits", "SimMessage", "SimRequest", "TelegramSim"]
