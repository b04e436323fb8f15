"""What organisers see about their partnership: counts, a chart, and CSV exports."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import aiosqlite
from babel.lists import format_list

from bot.clock import Clock
from bot.db import insight, participants
from bot.db.connection import Database
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.partnerships import City, Partnership
from bot.domain.roles import Actor, require_organiser
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.render.formatting import babel_locale
from bot.services.exports import csv_bytes, sheet_date, sheet_time
from bot.services.partnerships import existing_partnership

PARTICIPANT_COLUMNS = ("name", "city", "language", "speaks", "interests", "joined")
REGISTRATION_COLUMNS = ("workshop", "name", "city", "status")
IDEA_COLUMNS = ("number", "idea", "language", "city", "themes", "votes", "supporters", "submitted")


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
    def __init__(self, db: Database, clock: Clock, tr: Translator) -> None:
        self.db = db
        self.clock = clock
        self.tr = tr

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

    async def participants_csv(self, actor: Actor, partnership_id: int, language: str) -> bytes:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            rows = await insight.participant_rows(conn, partnership_id)
            home = await self._home_city(conn, actor, partnership)
        return csv_bytes(
            language,
            self._header(language, PARTICIPANT_COLUMNS),
            (
                [
                    name or self.tr.plain(language, "people-unnamed"),
                    _city(partnership, city, language),
                    self._language_name(language, lang),
                    self._languages(language, spoken.split()),
                    _themes(partnership, interests, language),
                    _date(joined, language, home.time_zone),
                ]
                for name, city, lang, spoken, interests, joined in rows
            ),
        )

    async def ideas_csv(self, actor: Actor, partnership_id: int, language: str) -> bytes:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            rows = await insight.idea_rows(conn, partnership_id)
            home = await self._home_city(conn, actor, partnership)
        return csv_bytes(
            language,
            self._header(language, IDEA_COLUMNS),
            (
                [
                    number,
                    title,
                    self._language_name(language, lang),
                    _city(partnership, city, language),
                    _themes(partnership, theme_ids, language),
                    votes,
                    supporters,
                    _date(created, language, home.time_zone),
                ]
                for number, title, lang, city, theme_ids, votes, supporters, created in rows
            ),
        )

    async def registrations_csv(self, actor: Actor, partnership_id: int, language: str) -> bytes:
        """Every sign-up of the partnership; the times on the organiser's home city's clock
        (one column, one clock: workshops of both cities share the file)."""
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            rows = await insight.registration_rows(conn, partnership_id)
            home = await self._home_city(conn, actor, partnership)
        tr = self.tr
        header = [
            *self._header(language, REGISTRATION_COLUMNS),
            tr.plain(language, "insight-csv-signed-up", city=home.name.for_reader(language)),
        ]
        return csv_bytes(
            language,
            header,
            (
                [
                    LocalizedName(json.loads(title)).for_reader(language),
                    name or tr.plain(language, "people-unnamed"),
                    _city(partnership, city, language),
                    tr.plain(language, f"workshops-registration-{status}"),
                    sheet_time(_stored(created), language, home.time_zone),
                ]
                for title, name, city, status, created in rows
            ),
        )

    def _header(self, language: str, columns: tuple[str, ...]) -> list[str]:
        return [self.tr.plain(language, f"insight-csv-{c}") for c in columns]

    def _language_name(self, reader: str, code: str) -> str:
        known = code in SUPPORTED_LANGUAGES
        return self.tr.plain(reader, f"language-name-{code}") if known else code

    def _languages(self, reader: str, codes: list[str]) -> str:
        names = [self._language_name(reader, code) for code in codes]
        return format_list(names, locale=babel_locale(reader)) if names else ""

    @staticmethod
    async def _home_city(
        conn: aiosqlite.Connection, actor: Actor, partnership: Partnership
    ) -> City:
        """The organiser's own city in this partnership (an admin from outside: the first)."""
        person = await participants.get(conn, actor.user_id)
        own = (
            partnership.city(person.city_id or 0)
            if person and person.partnership_id == partnership.id
            else None
        )
        return own or partnership.cities[0]


def _date(stored: str | None, language: str, time_zone: str) -> str:
    """A stored UTC moment as the day it was on that clock."""
    if not stored:
        return ""
    return sheet_date(_stored(stored).astimezone(ZoneInfo(time_zone)).date(), language)


def _stored(text: str) -> datetime:
    """A timestamp column (ISO, UTC when it names no offset)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _city(partnership: Partnership, city_id: int | None, language: str) -> str:
    city = partnership.city(city_id or 0)
    return city.name.for_reader(language) if city else ""


def _themes(partnership: Partnership, ids: str, language: str) -> str:
    """Space-separated theme ids (as GROUP_CONCAT gives them) as names for a CSV cell."""
    found = [partnership.theme(int(i)) for i in ids.split()]
    names = [t.name.for_reader(language) for t in found if t]
    return format_list(names, locale=babel_locale(language)) if names else ""
