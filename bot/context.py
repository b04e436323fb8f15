"""Typed context for handlers: the services, and who is acting in which language."""

from __future__ import annotations

import asyncio
from collections import deque
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.delivery.worker import DeliveryWorker
from bot.domain.limits import AlertThrottle, FloodGate
from bot.domain.participants import Participant
from bot.domain.roles import Actor

if TYPE_CHECKING:  # the composition root imports this module
    from bot.app import Services
    from bot.receiving import Inbox


class BotData:
    """Application-wide data; `services` is filled in post_init (nothing is built at import)."""

    def __init__(self) -> None:
        self.services: Services | None = None
        # Unexpected exceptions of recent updates, for the error handler's tests and health.
        self.recent_errors: deque[tuple[str, BaseException]] = deque(maxlen=50)
        # Per-person flood limit and the throttle on admin error notices (in memory by design:
        # both only need the last minutes).
        self.flood = FloodGate()
        self.admin_alerts = AlertThrottle()
        # Set in post_init of a real deployment (see bot/app.py).
        self.delivery: DeliveryWorker | None = None
        self.delivery_task: asyncio.Task[None] | None = None
        # Journals every update before Telegram is told it arrived (see bot/receiving.py).
        self.inbox: Inbox | None = None


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """Per-update context; the gatekeeper fills participant, actor and language first."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self.participant: Participant | None = None
        self.actor: Actor | None = None
        self.language: str = "en"
        self.button_answered = False

    @property
    def services(self) -> Services:
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("services are built in post_init")
        return services

    def t(self, message_id: str, /, **args: Any) -> str:
        """A message in the acting user's language, escaped for parse_mode=HTML."""
        return self.services.translator.html(self.language, message_id, **args)

    def label(self, message_id: str, /, **args: Any) -> str:
        """A button label or popup text (shown verbatim, so not escaped)."""
        return self.services.translator.plain(self.language, message_id, **args)

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("the gatekeeper sets the actor")
        return self.actor
