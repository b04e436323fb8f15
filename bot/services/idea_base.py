"""What the idea services share: who is asking, telling organisers, input errors as replies."""

from __future__ import annotations

from collections.abc import Callable

import aiosqlite

from bot.clock import Clock
from bot.db import participants
from bot.db.connection import Database
from bot.domain.ideas import Idea, IdeaInputError
from bot.domain.participants import Participant
from bot.domain.roles import Actor
from bot.services.errors import UserFacingError
from bot.services.notify import Notifier
from bot.services.organiser_home import queue_grew
from bot.services.scope import Scope


def checked(validate: Callable[[str], str], raw: str) -> str:
    """Validated text, or the rule's message as a reply (the question stays)."""
    try:
        return validate(raw)
    except IdeaInputError as exc:
        raise refused(exc) from None


def refused(problem: IdeaInputError) -> UserFacingError:
    return UserFacingError(problem.reason, **problem.args_for_message)


class IdeaServiceBase:
    def __init__(self, db: Database, clock: Clock, notifier: Notifier, scope: Scope) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.scope = scope

    async def _person(self, user_id: int) -> Participant:
        async with self.db.reading() as conn:
            person = await participants.get(conn, user_id)
        if person is None or not person.is_onboarded:
            raise UserFacingError("onboarding-start-first")
        return person

    async def _organised(self, conn: aiosqlite.Connection, actor: Actor, idea_id: int) -> Idea:
        return await self.scope.organised_idea(conn, actor, idea_id)

    async def _tell_organisers(self, conn: aiosqlite.Connection, partnership_id: int) -> None:
        """Something new waits for the organisers: their daily notice counts it."""
        await queue_grew(conn, partnership_id, self.clock)
