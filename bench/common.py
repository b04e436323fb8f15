"""Shared bits of the benchmarks: the RESULT line and a database seeded with people."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from datetime import datetime

from bot.db import participants as participants_db
from bot.db.connection import Database
from bot.domain.participants import Participant
from bot.offline.emulator import TelegramSim

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def result(metric: str, value: float, op: str, target: float, digits: int = 3) -> str:
    """The one closing line every benchmark prints, computed from what it measured."""
    verdict = "PASS" if OPS[op](value, target) else "MISS"
    return f"RESULT {metric}={value:.{digits}f} target{op}{target} {verdict}"


async def seed_people(
    db: Database,
    sim: TelegramSim,
    partnership_id: int,
    city_ids: Sequence[int],
    count: int,
    now: datetime,
    languages: Sequence[str] = ("de", "ru", "en", "uk", "be"),
) -> list[int]:
    """`count` onboarded participants who have started a chat with the bot."""
    ids = []
    async with db.transaction() as conn:
        for i in range(count):
            language = languages[i % len(languages)]
            user = sim.add_user(f"P{i}", language)
            user.started = True
            await participants_db.save(
                conn,
                Participant(
                    user.id, language, partnership_id, city_ids[i % len(city_ids)], None, now
                ),
                now,
            )
            ids.append(user.id)
    return ids
