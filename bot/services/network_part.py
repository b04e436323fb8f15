"""What every service of the network level is built with (one constructor, not six)."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class NetworkPart:
    """The database, the clock, notices, texts, machine translation and the administrators
    (staff of every network), as `bot/app.py` hands them to each network service."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int],
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine
        self.admin_ids = admin_ids
