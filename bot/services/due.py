"""Runs what is due (reminders, offer deadlines, feedback): each task exactly once.

A task is claimed and acted on in one transaction; if the action fails the claim rolls back
and the next run tries again. Restarts lose nothing because the tasks live in the database.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta

import aiosqlite

from bot.clock import Clock
from bot.db import due_tasks
from bot.db.connection import Database

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=10)
TaskAction = Callable[[aiosqlite.Connection, int, str], Awaitable[None]]


class DueWork:
    def __init__(self, db: Database, clock: Clock, actions: Mapping[str, TaskAction]) -> None:
        self.db = db
        self.clock = clock
        self.actions = actions

    async def run(self) -> int:
        """Act on every task due now; return how many were done."""
        done = 0
        while True:
            now = self.clock.now()
            async with self.db.reading() as conn:
                tasks = await due_tasks.due(conn, now)
            if not tasks:
                return done
            for task in tasks:
                action = self.actions.get(task.kind)
                try:
                    async with self.db.transaction() as conn:
                        if not await due_tasks.mark_done(conn, task.id, now):
                            continue
                        if action is None:
                            log.error("no action for due task kind %s", task.kind)
                        else:
                            await action(conn, task.ref_id, task.detail)
                except Exception:
                    log.exception("due task %s %s failed; retrying later", task.kind, task.id)
                    async with self.db.transaction() as conn:
                        await due_tasks.postpone(conn, task.id, now + RETRY_AFTER)
                    continue
                done += 1
