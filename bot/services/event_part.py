"""What every event-day service is built with: the network level's parts plus the signal that
wakes the wall pages."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.live_signal import WallSignal
from bot.services.network_part import NetworkPart
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class EventPart(NetworkPart):
    """The database, the clock, notices, texts, machine translation, the administrators and
    the wall signal, as `bot/app.py` hands them to each event-day service."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int],
        signal: WallSignal,
    ) -> None:
        super().__init__(db, clock, notifier, translator, machine, admin_ids)
        self.signal = signal
