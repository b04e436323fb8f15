"""What organisers see about their partnership: counts, a chart, and CSV exports."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.db import insight
from bot.db.connection import Database
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, require_organiser
from bot.domain.texts import LocalizedName
from bot.services.exports import csv_bytes
from bot.services.partnerships import existing_partnership


@dataclass(frozen=True)
class WorkshopCounts:
    title: LocalizedName
    confirmed: int
    waitlisted: int
    attended: int


@dataclass(frozen=True)
class Stats:
    partnership: Partnership
    by_city: Counter[int]
    by_language: Counter[str]
    by_city_and_language: Counter[tuple[int, str]]
    workshops: list[WorkshopCounts] = field(default_factory=list)
    broadcasts: int = 0
    ideas: int = 0
    votes: int = 0

    @property
    def participants(self) -> int:
        return sum(self.by_city.values())


class InsightService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def stats(self, actor: Actor, partnership_id: int) -> Stats:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            grouped = await insight.participants_by_city_and_language(conn, partnership_id)
            workshops = await insight.registrations_per_workshop(conn, partnership_id)
            sent = await insight.broadcasts_sent(conn, partnership_id)
            ideas, votes = await insight.idea_counts(conn, partnership_id)
        by_city: Counter[int] = Counter()
        by_language: Counter[str] = Counter()
        both: Counter[tuple[int, str]] = Counter()
        for city_id, language, count in grouped:
            by_city[city_id or 0] += count
            by_language[language] += count
            both[(city_id or 0, language)] += count
        return Stats(
            partnership,
            by_city,
            by_language,
            both,
            [WorkshopCounts(LocalizedName(json.loads(t)), c, w, a) for _, t, c, w, a in workshops],
            sent,
            ideas,
            votes,
        )

    async def participants_csv(
        self, actor: Actor, partnership_id: int, language: str, header: list[str], unnamed: str
    ) -> bytes:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            rows = await insight.participant_rows(conn, partnership_id)
        return csv_bytes(
            header,
            (
                [
                    name or unnamed,
                    _city(partnership, city, language),
                    lang,
                    spoken,
                    _themes(partnership, interests, language),
                    joined[:10] if joined else "",
                ]
                for name, city, lang, spoken, interests, joined in rows
            ),
        )

    async def ideas_csv(
        self, actor: Actor, partnership_id: int, language: str, header: list[str]
    ) -> bytes:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            rows = await insight.idea_rows(conn, partnership_id)
        return csv_bytes(
            header,
            (
                [
                    number,
                    title,
                    lang,
                    _city(partnership, city, language),
                    _themes(partnership, theme_ids, language),
                    votes,
                    supporters,
                    created[:10],
                ]
                for number, title, lang, city, theme_ids, votes, supporters, created in rows
            ),
        )

    async def registrations_csv(
        self, actor: Actor, partnership_id: int, language: str, header: list[str], unnamed: str
    ) -> bytes:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            rows = await insight.registration_rows(conn, partnership_id)
        return csv_bytes(
            header,
            (
                [
                    LocalizedName(json.loads(title)).for_reader(language),
                    name or unnamed,
                    _city(partnership, city, language),
                    status,
                    created[:16],
                ]
                for title, name, city, status, created in rows
            ),
        )


def _city(partnership: Partnership, city_id: int | None, language: str) -> str:
    city = partnership.city(city_id or 0)
    return city.name.for_reader(language) if city else ""


def _themes(partnership: Partnership, ids: str, language: str) -> str:
    """Space-separated theme ids (as GROUP_CONCAT gives them) as names for a CSV cell."""
    found = [partnership.theme(int(i)) for i in ids.split()]
    return "; ".join(t.name.for_reader(language) for t in found if t)
