"""Live progress of a broadcast in one message the organiser sees being edited in place."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram import Bot
from telegram.error import TelegramError

from bot.clock import Clock
from bot.delivery.worker import OWN_PACE
from bot.telegram.errors import Problem, classify

if TYPE_CHECKING:  # the composition root imports this module
    from bot.app import Services

log = logging.getLogger(__name__)


class ProgressReporter:
    """Edits the progress message at most every `interval` seconds, and once at the end."""

    def __init__(self, services: Services, bot: Bot, clock: Clock, interval: float = 3.0) -> None:
        self.services = services
        self.bot = bot
        self.clock = clock
        self.interval = interval
        self._last: dict[int, float] = {}

    async def __call__(self, broadcast_ids: set[int]) -> None:
        for broadcast_id in sorted(broadcast_ids):
            await self.report(broadcast_id)

    async def report(self, broadcast_id: int, *, force: bool = False) -> None:
        broadcast, progress = await self.services.broadcasts.progress(broadcast_id)
        if broadcast.progress_chat_id is None or broadcast.progress_message_id is None:
            return
        now = self.clock.now().timestamp()
        if (
            not (force or progress.finished)
            and now - self._last.get(broadcast_id, 0) < self.interval
        ):
            return
        self._last[broadcast_id] = now
        async with self.services.db.reading() as conn:
            language = await self.services.notifier.language_of(conn, broadcast.progress_chat_id)
        message_id = "broadcasts-finished" if progress.finished else "broadcasts-progress"
        if broadcast.partnership_id is None:  # the network's newsletter, not an announcement
            message_id = "newsletter-delivered" if progress.finished else "newsletter-sending"
        text = self.services.translator.html(
            language,
            message_id,
            total=progress.total,
            sent=progress.sent,
            waiting=progress.waiting,
            blocked=progress.blocked,
            failed=progress.failed,
        )
        try:
            await self.bot.edit_message_text(
                text, broadcast.progress_chat_id, broadcast.progress_message_id, **OWN_PACE
            )
        except TelegramError as exc:
            problem = classify(exc).problem
            if problem is Problem.GONE:
                log.info("organiser of broadcast %s blocked the bot", broadcast_id)
            elif problem is not Problem.NOT_MODIFIED:
                log.warning("progress of broadcast %s: %s", broadcast_id, exc)
