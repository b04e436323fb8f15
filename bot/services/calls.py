"""Programme calls as the network's administrators prepare and open them. Every action checks
the administrator role here; applicants and reviewers have their own services."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.db import calls as calls_db
from bot.db.connection import Database
from bot.domain.calls import (
    CALL_COUNTRIES,
    CONTACT_FIELDS,
    DEFAULT_CRITERIA,
    DEFAULT_QUESTIONS,
    Call,
    Criterion,
    DocumentRequirement,
    Question,
)
from bot.domain.roles import Actor, require_admin
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.services.demo import DEMO_THEMES
from bot.services.errors import NotFound

DEFAULT_TIME_ZONE = "Europe/Berlin"
# The Twin City Booster's criteria weights: the partnership's potential counts double.
DEFAULT_WEIGHTS = {"motivation": 1, "potential": 2, "support": 1, "feasibility": 1}


def default_dates(now: datetime, zone: str) -> tuple[datetime, datetime]:
    """The call's deadline (31 December, end of day) and selection date (31 January, end of
    day) on the call's clock, the next ones after `now`."""
    tz = ZoneInfo(zone)
    year = now.astimezone(tz).year
    deadline = datetime.combine(datetime(year, 12, 31), time(23, 59), tz)
    if deadline <= now:
        deadline = deadline.replace(year=year + 1)
    decision = datetime.combine(datetime(deadline.year + 1, 1, 31), time(23, 59), tz)
    return deadline, decision


class CallService:
    def __init__(self, db: Database, clock: Clock, translator: Translator) -> None:
        self._db = db
        self._clock = clock
        self._translator = translator

    def _everywhere(self, message_id: str) -> LocalizedName:
        """A default text in every language the bot speaks."""
        tr = self._translator
        return LocalizedName({lang: tr.plain(lang, message_id) for lang in tr.languages})

    def default_call(self, created_by: int, now: datetime) -> Call:
        """The Twin City Booster call as DESIGN.md describes it, in every language."""
        deadline, decision = default_dates(now, DEFAULT_TIME_ZONE)
        contacts = tuple(
            Question(0, 0, i, "contact", None, field=name, max_length=300)
            for i, name in enumerate(CONTACT_FIELDS)
        )
        questions = tuple(
            Question(
                0,
                0,
                len(contacts) + i,
                "text",
                self._everywhere(f"call-default-question-{name}"),
                required=name != "else",
            )
            for i, name in enumerate(DEFAULT_QUESTIONS)
        )
        return Call(
            id=0,
            title=self._everywhere("call-default-title"),
            text=self._everywhere("call-default-text"),
            countries=CALL_COUNTRIES,
            time_zone=DEFAULT_TIME_ZONE,
            opens_at=now,
            deadline_at=deadline,
            decision_by=decision,
            created_by=created_by,
            themes=DEMO_THEMES,
            questions=contacts + questions,
            documents=(
                DocumentRequirement(0, 0, 0, self._everywhere("call-default-document-support")),
            ),
            criteria=tuple(
                Criterion(
                    0,
                    0,
                    i,
                    self._everywhere(f"call-default-criterion-{name}"),
                    weight=DEFAULT_WEIGHTS[name],
                )
                for i, name in enumerate(DEFAULT_CRITERIA)
            ),
        )

    async def create_default(self, actor: Actor) -> Call:
        """A new call, prepared (not published) with the programme's defaults."""
        require_admin(actor)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            call_id = await calls_db.create(conn, self.default_call(actor.user_id, now), now)
            call = await calls_db.get(conn, call_id)
        assert call is not None
        return call

    async def get(self, call_id: int) -> Call:
        async with self._db.reading() as conn:
            call = await calls_db.get(conn, call_id)
        if call is None:
            raise NotFound("calls-error-unknown")
        return call

    async def publish(self, actor: Actor, call_id: int) -> Call:
        """Open the call to applicants (from its opening time on)."""
        require_admin(actor)
        async with self._db.transaction() as conn:
            await calls_db.update(conn, call_id, {"published_at": self._clock.now().isoformat()})
            call = await calls_db.get(conn, call_id)
        if call is None:
            raise NotFound("calls-error-unknown")
        return call

    async def add_reviewer(
        self, actor: Actor, call_id: int, user_id: int, links: list[str]
    ) -> None:
        require_admin(actor)
        async with self._db.transaction() as conn:
            await calls_db.add_reviewer(conn, call_id, user_id, links, self._clock.now())
