"""Programme calls as the network's administrators prepare and open them. Every action checks
the administrator role here; applicants and reviewers have their own services."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import aiosqlite
from babel import Locale
from babel.lists import format_list

from bot.clock import Clock
from bot.db import call_admin as admin_db
from bot.db import calls as calls_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db.call_admin import ApplicationCounts
from bot.db.codec import names_to_sql, time_to_sql
from bot.db.connection import Database
from bot.domain.call_admin import (
    CALL_TIME_ZONES,
    MAX_CALL_TEXT,
    MAX_CALL_TITLE,
    MAX_REVIEWERS_PER_APPLICATION,
    REVIEWER_LINK_DAYS,
    CallInputError,
    CallMoment,
    clean_call_text,
    on_other_clock,
    parse_days,
    parse_links,
    with_moment,
)
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
from bot.domain.deeplinks import call_payload, reviewer_payload
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.participants import Participant
from bot.domain.roles import Actor, require_admin
from bot.domain.texts import LocalizedName
from bot.domain.workshops import WorkshopInputError, parse_wall_clock
from bot.i18n import Translator
from bot.render.formatting import babel_locale, moment, venue_time, zone_label
from bot.render.posters import PosterText, poster
from bot.services.call_items import CallItemService
from bot.services.demo import DEMO_THEMES
from bot.services.errors import NotFound, UserFacingError

DEFAULT_TIME_ZONE = "Europe/Berlin"
# What an administrator types a new value for (CallEditInput.field).
CallEditField = Literal["opens", "deadline", "decision", "retention", "title", "text"]
# The second language of a call's poster: Russian is read in most of the programme's countries;
# German for an administrator who reads Russian.
POSTER_PARTNER_LANGUAGES = ("ru", "de", "uk", "be", "en")
# An example of the typed date format, in every language (digits read the same everywhere).
DATE_EXAMPLE = "31.12.2027 23:59"
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
        self.items = CallItemService(db)  # questions and criteria

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
        """Open the call to applicants (from its opening time on); publishing again (an old
        confirmation pressed twice) keeps the first publication time."""
        require_admin(actor)
        async with self._db.transaction() as conn:
            call = await calls_db.get(conn, call_id)
            if call is None:
                raise NotFound("calls-error-unknown")
            if call.published_at is None:
                await calls_db.update(
                    conn, call_id, {"published_at": time_to_sql(self._clock.now())}
                )
                call = await calls_db.get(conn, call_id)
        assert call is not None
        return call

    async def add_reviewer(
        self, actor: Actor, call_id: int, user_id: int, links: list[str]
    ) -> None:
        require_admin(actor)
        async with self._db.transaction() as conn:
            await calls_db.add_reviewer(conn, call_id, user_id, links, self._clock.now())

    # ------------------------------------------------------------------ administrators' screens
    async def overview(self, actor: Actor) -> list[CallSummary]:
        """Every call with its drafts and submitted applications, newest deadline first."""
        require_admin(actor)
        async with self._db.reading() as conn:
            calls = await calls_db.all_calls(conn)
            counts = await admin_db.application_counts(conn)
        return [CallSummary(c, counts.get(c.id, ApplicationCounts())) for c in calls]

    async def card(self, actor: Actor, call_id: int) -> CallCardView:
        require_admin(actor)
        async with self._db.reading() as conn:
            call = await calls_db.get(conn, call_id)
            if call is None:
                raise NotFound("calls-error-unknown")
            counts = (await admin_db.application_counts(conn)).get(call_id, ApplicationCounts())
            rows = await admin_db.reviewer_rows(conn, call_id)
            reviewers = []
            for row in rows:
                person = await participants_db.get(conn, row.user_id)
                city = await _city_of(conn, person)
                reviewers.append(Reviewer(row.user_id, person, row.first_name, row.links, city))
        return CallCardView(call, counts, tuple(reviewers))

    def link(self, call_id: int, bot_username: str) -> str:
        return f"https://t.me/{bot_username}?start={call_payload(call_id)}"

    async def poster_pdf(
        self, actor: Actor, call_id: int, bot_username: str, language: str, kind: PosterKind = "pdf"
    ) -> bytes:
        """The printable A4 poster: the call's title and deadline in the administrator's
        language large, the call's other languages below, and the QR code of its link."""
        require_admin(actor)
        call = await self.get(call_id)
        others = [
            lang
            for lang in POSTER_PARTNER_LANGUAGES
            if lang in call.title.values and lang != language
        ]
        texts = [self._poster_text(call, language)]
        # One page has room for two titles: the partner's with its deadline, below the code;
        # the call's other languages say how to scan.
        texts += [replace(self._poster_text(call, lang), place="") for lang in others[:1]]
        texts += [
            PosterText("", "", "", self._translator.plain(lang, "calls-poster-scan"))
            for lang in others[1:]
        ]
        return poster(self.link(call_id, bot_username), texts, kind=kind)

    def _poster_text(self, call: Call, language: str) -> PosterText:
        tr = self._translator
        until = venue_time(
            tr,
            language,
            moment(call.deadline_at, language, call.time_zone),
            zone_label(call.time_zone, language),
        )
        return PosterText(
            title=call.title.for_reader(language),
            when=tr.plain(language, "calls-poster-until", when=until),
            place=tr.plain(language, "calls-poster-who", countries=countries(call, language)),
            scan=tr.plain(language, "calls-poster-scan"),
        )

    # ------------------------------------------------------------------ reviewers
    async def invite_reviewer(self, actor: Actor, call_id: int) -> tuple[str, datetime]:
        """A one-time link that makes whoever opens it a reviewer; with its expiry."""
        require_admin(actor)
        now = self._clock.now()
        token = secrets.token_urlsafe(15).replace("-", "_")
        expires = now + timedelta(days=REVIEWER_LINK_DAYS)
        async with self._db.transaction() as conn:
            if await calls_db.get(conn, call_id) is None:
                raise NotFound("calls-error-unknown")
            await calls_db.create_token(
                conn, token, call_id, "reviewer", actor.user_id, now, expires
            )
        return reviewer_payload(token), expires

    async def reviewer_invitation(self, token: str, user_id: int) -> Call:
        """The call a reviewer link is for; refused when unknown, used by another or expired."""
        async with self._db.reading() as conn:
            return await self._invited_call(conn, token, user_id)

    async def _invited_call(self, conn: aiosqlite.Connection, token: str, user_id: int) -> Call:
        found = await calls_db.token(conn, token)
        if found is None or found["purpose"] != "reviewer":
            raise UserFacingError("calls-reviewer-link-unknown")
        if found["used_by"] is not None and found["used_by"] != user_id:
            raise UserFacingError("calls-reviewer-link-used")
        if found["expires_at"] <= self._clock.now():
            raise UserFacingError("calls-reviewer-link-expired")
        call = await calls_db.get(conn, found["call_id"])
        if call is None:
            raise UserFacingError("calls-reviewer-link-unknown")
        return call

    async def own_city(self, user_id: int) -> LocalizedName | None:
        """The reviewer's participant city (added to their links by itself), if any."""
        async with self._db.reading() as conn:
            return await _city_of(conn, await participants_db.get(conn, user_id))

    async def join_as_reviewer(
        self, user_id: int, first_name: str | None, token: str, typed: str, language: str
    ) -> Call:
        """Claim the link: the person reviews the call, linked to the cities and organisations
        typed (one per line) and their own participant city in every language it has.
        Someone who never onboarded gets a participant row with their language only (like an
        applicant), so the assignment notice reaches them; onboarding still asks the rest."""
        try:
            links = parse_links(typed)
        except CallInputError as exc:
            raise UserFacingError(exc.reason) from exc
        now = self._clock.now()
        async with self._db.transaction() as conn:
            call = await self._invited_call(conn, token, user_id)
            person = await participants_db.get(conn, user_id)
            city = await _city_of(conn, person)
            own = list(dict.fromkeys(city.values.values())) if city else []
            links = [*own, *(link for link in links if link not in own)]
            if not await calls_db.use_token(conn, token, user_id, now):
                found = await calls_db.token(conn, token)
                if found is None or found["used_by"] != user_id:
                    raise UserFacingError("calls-reviewer-link-used")
            await calls_db.add_reviewer(conn, call.id, user_id, links, now)
            await admin_db.set_reviewer_first_name(conn, call.id, user_id, first_name)
            if person is None:
                await participants_db.save(conn, Participant(user_id, language), now)
                await participants_db.set_first_name(conn, user_id, first_name)
        return call

    async def open_assignments(self, actor: Actor, call_id: int, user_id: int) -> int:
        """How many of the reviewer's applications have no submitted review of theirs (the
        removal's question says they go too)."""
        require_admin(actor)
        async with self._db.reading() as conn:
            return len(await admin_db.open_assignments(conn, call_id, user_id))

    async def remove_reviewer(self, actor: Actor, call_id: int, user_id: int) -> int:
        """The reviewer goes, with their assignments that have no submitted review (so the
        applications can be assigned to someone else); submitted reviews stay."""
        require_admin(actor)
        async with self._db.transaction() as conn:
            await calls_db.remove_reviewer(conn, call_id, user_id)
            return await admin_db.drop_open_assignments(conn, call_id, user_id)

    # ------------------------------------------------------------------ editing
    async def _change(self, actor: Actor, call_id: int, change: CallChange) -> Call:
        """Apply `change` (the call as it is -> columns in their SQL form) and return the call."""
        require_admin(actor)
        async with self._db.transaction() as conn:
            call = await calls_db.get(conn, call_id)
            if call is None:
                raise NotFound("calls-error-unknown")
            try:
                values = change(call)
            except CallInputError as exc:
                raise UserFacingError(exc.reason, example=DATE_EXAMPLE) from exc
            await calls_db.update(conn, call_id, values)
            changed = await calls_db.get(conn, call_id)
        assert changed is not None
        return changed

    async def edit(
        self, actor: Actor, call_id: int, field: str, raw: str, language: str = ""
    ) -> Call:
        """A typed value for `field` (a CallEditField); bad input is refused with a reason."""
        edits: dict[str, CallChange] = {
            "opens": lambda call: _moment_change(call, "opens", raw),
            "deadline": lambda call: _moment_change(call, "deadline", raw),
            "decision": lambda call: _moment_change(call, "decision", raw),
            "retention": lambda call: {"document_retention_days": parse_days(raw)},
            "title": lambda call: _text_change(call, "titles", language, raw, MAX_CALL_TITLE),
            "text": lambda call: _text_change(call, "texts", language, raw, MAX_CALL_TEXT),
        }
        if field not in edits or (
            field in ("title", "text") and language not in SUPPORTED_LANGUAGES
        ):
            raise UserFacingError("errors-stale-button")
        return await self._change(actor, call_id, edits[field])

    async def set_time_zone(self, actor: Actor, call_id: int, index: int) -> Call:
        """The call's clock; its dates keep their wall-clock times (23:59 stays 23:59)."""
        if not 0 <= index < len(CALL_TIME_ZONES):
            raise UserFacingError("errors-stale-button")
        zone = CALL_TIME_ZONES[index]

        def change(call: Call) -> dict[str, object]:
            moved = {
                column: time_to_sql(on_other_clock(when, call.time_zone, zone))
                for column, when in (
                    ("opens_at", call.opens_at),
                    ("deadline_at", call.deadline_at),
                    ("decision_by", call.decision_by),
                )
            }
            return {"time_zone": zone, **moved}

        return await self._change(actor, call_id, change)

    async def set_reviewers_per_application(self, actor: Actor, call_id: int, count: int) -> Call:
        if not 1 <= count <= MAX_REVIEWERS_PER_APPLICATION:
            raise UserFacingError("errors-stale-button")
        return await self._change(actor, call_id, lambda call: {"reviewers_per_application": count})

    async def toggle_blind(self, actor: Actor, call_id: int) -> Call:
        return await self._change(actor, call_id, lambda call: {"blind": int(not call.blind)})

    async def toggle_country(self, actor: Actor, call_id: int, index: int) -> Call:
        """Add or take away a country; at least one stays."""
        if not 0 <= index < len(CALL_COUNTRIES):
            raise UserFacingError("errors-stale-button")
        country = CALL_COUNTRIES[index]

        def change(call: Call) -> dict[str, object]:
            chosen = set(call.countries) ^ {country}
            if not chosen:
                raise CallInputError("calls-error-countries-empty")
            return {"countries": json.dumps([c for c in CALL_COUNTRIES if c in chosen])}

        return await self._change(actor, call_id, change)


# A change of a call: the call as it is -> the columns to write, in their SQL form.
CallChange = Callable[[Call], dict[str, object]]
PosterKind = Literal["pdf", "png"]


def _moment_change(call: Call, which: CallMoment, raw: str) -> dict[str, object]:
    try:
        wall = parse_wall_clock(raw, call.time_zone)
    except WorkshopInputError as exc:
        raise CallInputError("calls-error-date") from exc
    changed = with_moment(call, which, wall.replace(tzinfo=ZoneInfo(call.time_zone)))
    column = {"opens": "opens_at", "deadline": "deadline_at", "decision": "decision_by"}[which]
    return {column: time_to_sql(getattr(changed, column))}


def _text_change(call: Call, column: str, language: str, raw: str, limit: int) -> dict[str, object]:
    if language not in SUPPORTED_LANGUAGES:
        raise CallInputError("errors-stale-button")
    current = call.title if column == "titles" else call.text
    return {column: names_to_sql(current.with_text(language, clean_call_text(raw, limit)))}


async def _city_of(conn: aiosqlite.Connection, person: Participant | None) -> LocalizedName | None:
    if person is None or person.partnership_id is None or person.city_id is None:
        return None
    partnership = await partnerships_db.get(conn, person.partnership_id)
    city = partnership.city(person.city_id) if partnership else None
    return city.name if city else None


def countries(call: Call, language: str) -> str:
    """'Belarus, Germany, Russia and Ukraine' in the reader's language (babel)."""
    locale = Locale.parse(babel_locale(language))
    names = [str(locale.territories.get(code, code)) for code in call.countries]
    return format_list(names, locale=babel_locale(language))


@dataclass(frozen=True)
class CallSummary:
    call: Call
    counts: ApplicationCounts


@dataclass(frozen=True)
class Reviewer:
    user_id: int
    person: Participant | None
    first_name: str | None  # from Telegram when they joined (no participant row needed)
    links: tuple[str, ...]
    city: LocalizedName | None


@dataclass(frozen=True)
class CallCardView:
    call: Call
    counts: ApplicationCounts
    reviewers: tuple[Reviewer, ...]
