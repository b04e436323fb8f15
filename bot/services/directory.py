"""The directory of the network: partnerships (cities, countries, since when, topics, a contact
who agreed to be listed) and actors (associations, schools, initiatives) added by organisers
with consent; searchable by country, topic and city; a yearly "still correct?"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, get_args

import aiosqlite

from bot.clock import Clock
from bot.db import directory as directory_db
from bot.db import due_tasks
from bot.db import network as network_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db.connection import Database
from bot.domain.directory import (
    MESSAGE_OPEN_FOR,
    MIN_QUERY,
    DirectoryActor,
    DirectoryMessage,
    Hit,
    matches,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import DEFAULT_NETWORK, NETWORK_TOPICS, PartnershipProfile
from bot.domain.participants import shown_name
from bot.domain.partnerships import Partnership
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import directory as directory_kb
from bot.render.languages import country_name
from bot.services.directory_actors import ActorDrafts
from bot.services.due import TaskAction
from bot.services.errors import NotFound, UserFacingError
from bot.services.network_part import NetworkPart
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL, Notifier
from bot.translation import MachineTranslator, TranslationUnavailable

# How a result list was found: by country code, by topic key, or by typed text ("q").
SearchBy = Literal["c", "t", "q"]
SEARCH_BY: tuple[SearchBy, ...] = get_args(SearchBy)


@dataclass(frozen=True)
class Listed:
    """A partnership in the directory with its profile."""

    partnership: Partnership
    profile: PartnershipProfile


@dataclass(frozen=True)
class PartnershipCard:
    listed: Listed
    contact_name: str | None  # the contact's first name, only when they agreed
    stale: bool


@dataclass(frozen=True)
class ActorCard:
    actor: DirectoryActor
    partnership: Partnership | None
    contact_name: str | None
    stale: bool


@dataclass(frozen=True)
class Description:
    """An actor's description as one reader sees it."""

    text: str
    original_language: str
    machine: bool  # the text is a machine translation (marked so)
    translatable: bool  # a machine version exists: the other one is a tap away


def first_name(name: str | None) -> str | None:
    """Only the first name of a listed contact is shown in the directory."""
    return name.split()[0] if name and name.split() else None


class DirectoryService(NetworkPart):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int],
    ) -> None:
        super().__init__(db, clock, notifier, translator, machine, admin_ids)
        self.drafts = ActorDrafts(db, clock)
        self.relay = ContactRelay(self)
        self.review = YearlyReview(self)
        # Machine versions of descriptions, by (text, source, target): asked once per process.
        self._translations: dict[tuple[str, str, str], str] = {}

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {REVIEW_CHECK: self.review.check}

    # ------------------------------------------------------------------ reading
    async def _listing(self) -> tuple[list[Listed], list[DirectoryActor]]:
        async with self.db.reading() as conn:
            ids = await directory_db.profiled_partnerships(conn, DEFAULT_NETWORK)
            listed = []
            for pid in ids:
                partnership = await partnerships_db.get(conn, pid)
                if partnership is not None:
                    listed.append(Listed(partnership, await network_db.get_profile(conn, pid)))
            actors = await directory_db.actors_of(conn, ids) if ids else []
        return listed, actors

    async def countries(self, language: str) -> list[str]:
        """The countries the directory has entries for, by their name in the reader's language."""
        listed, actors = await self._listing()
        codes = {c for e in listed for c in e.profile.countries} | {a.country for a in actors}
        return sorted(codes, key=lambda c: country_name(c, language).casefold())

    async def topics(self) -> list[str]:
        """The topics the directory has entries for, in the network's order."""
        listed, actors = await self._listing()
        used = {t for e in listed for t in e.profile.topics} | {t for a in actors for t in a.topics}
        return [t for t in NETWORK_TOPICS if t in used]

    async def search(self, language: str, by: str, value: str) -> list[Hit]:
        """Partnerships first, then actors, each matching the country, topic or typed text."""
        if by not in SEARCH_BY:
            raise UserFacingError("errors-stale-button")
        if by == "q" and len(value.strip()) < MIN_QUERY:
            raise UserFacingError("directory-search-too-short", count=MIN_QUERY)
        listed, actors = await self._listing()
        hits = [
            Hit("p", e.partnership.id, e.partnership.name.for_reader(language), e.profile.countries)
            for e in listed
            if _partnership_matches(e, by, value, language)
        ]
        hits += [
            Hit("a", a.id, a.name, (a.country,))
            for a in actors
            if _actor_matches(a, by, value, language)
        ]
        return hits

    async def partnership_card(self, partnership_id: int) -> PartnershipCard:
        listed, _ = await self._listing()
        entry = next((e for e in listed if e.partnership.id == partnership_id), None)
        if entry is None:
            raise NotFound("errors-stale-button")
        contact = await self._contact_name(entry.profile.contact_user_id, entry.profile)
        return PartnershipCard(entry, contact, entry.profile.stale(self.clock.now()))

    async def actor_card(self, actor_id: int) -> ActorCard:
        async with self.db.reading() as conn:
            actor = await directory_db.get_actor(conn, actor_id)
            partnership = await partnerships_db.get(conn, actor.partnership_id) if actor else None
        if actor is None:
            raise NotFound("errors-stale-button")
        contact = await self._contact_name(actor.contact_user_id, actor)
        return ActorCard(actor, partnership, contact, actor.stale(self.clock.now()))

    async def description_for(
        self, actor: DirectoryActor, language: str, original: bool
    ) -> Description:
        """The reader's language by machine when a provider translates it, else the original
        (its language named; nothing promised)."""
        source = actor.description_language
        plain = Description(actor.description, source, machine=False, translatable=False)
        if not actor.description or source == language:
            return plain
        try:
            text = await self._translated(actor, language)
        except TranslationUnavailable:
            return plain
        if original:
            return Description(actor.description, source, machine=False, translatable=True)
        return Description(text, source, machine=True, translatable=True)

    async def _translated(self, actor: DirectoryActor, language: str) -> str:
        key = (actor.description, actor.description_language, language)
        if key not in self._translations:
            self._translations[key] = await self.machine.translate(
                actor.description, actor.description_language, language
            )
        return self._translations[key]

    async def _contact_name(
        self, user_id: int | None, entry: PartnershipProfile | DirectoryActor
    ) -> str | None:
        """Nothing about a person without their consent: the name only once they agreed."""
        if user_id is None or not entry.contact_listed:
            return None
        async with self.db.reading() as conn:
            person = await participants_db.get(conn, user_id)
        return first_name(shown_name(person))


@dataclass(frozen=True)
class Recipient:
    """Whom a reader writes to: the listed contact of a card, by first name."""

    user_id: int
    name: str
    entry: LocalizedName  # the card's name, in the contact's language


class ContactRelay:
    """A reader writes one message to a listed contact; the bot relays it with the reader's
    first name and city (never a username or phone number); the contact answers once."""

    def __init__(self, service: DirectoryService) -> None:
        self.service = service
        self.db = service.db
        self.clock = service.clock

    async def recipient(self, sender_id: int, kind: str, entry_id: int) -> Recipient:
        """The card's contact, only when listed; nobody writes to themselves."""
        if kind == "p":
            card = await self.service.partnership_card(entry_id)
            contact, title = card.listed.profile.contact_user_id, card.listed.partnership.name
            name = card.contact_name
        elif kind == "a":
            found = await self.service.actor_card(entry_id)
            contact, name = found.actor.contact_user_id, found.contact_name
            title = LocalizedName({found.actor.description_language: found.actor.name})
        else:
            raise UserFacingError("errors-stale-button")
        if contact is None or name is None or contact == sender_id:
            raise UserFacingError("directory-write-no-contact")
        await self._check_open(sender_id, contact, name)
        return Recipient(contact, name, title)

    async def _check_open(self, sender_id: int, contact: int, name: str) -> None:
        since = self.clock.now() - MESSAGE_OPEN_FOR
        async with self.db.reading() as conn:
            waiting = await directory_db.open_message(conn, sender_id, contact, since)
        if waiting:
            raise UserFacingError("directory-write-open", name=name)

    async def send(self, sender_id: int, kind: str, entry_id: int, text: str) -> Recipient:
        to = await self.recipient(sender_id, kind, entry_id)
        now = self.clock.now()
        message = DirectoryMessage(0, sender_id, to.user_id, kind, entry_id, now)
        async with self.db.transaction() as conn:
            message_id = await directory_db.record_message(conn, message)
            sender = await self._signature(conn, sender_id)
            await self.service.notifier.send(
                conn,
                to.user_id,
                "directory-relay",
                now,
                priority=PRIORITY_CRITICAL,
                markup=lambda lang: directory_kb.reply(self.service.translator, lang, message_id),
                entry=to.entry.for_reader,
                sender=sender,
                text=text,
            )
        return to

    async def can_reply(self, contact_id: int, message_id: int) -> DirectoryMessage:
        async with self.db.reading() as conn:
            message = await directory_db.get_message(conn, message_id)
        if message is None or message.contact_id != contact_id:
            raise UserFacingError("errors-stale-button")
        if message.replied_at is not None:
            raise UserFacingError("directory-reply-done")
        return message

    async def reply(self, contact_id: int, message_id: int, text: str) -> None:
        """The one answer goes back with the contact's first name (and city)."""
        message = await self.can_reply(contact_id, message_id)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if not await directory_db.mark_replied(conn, message_id, now):
                raise UserFacingError("directory-reply-done")
            await self.service.notifier.send(
                conn,
                message.sender_id,
                "directory-relay-answer",
                now,
                priority=PRIORITY_CRITICAL,
                sender=await self._signature(conn, contact_id),
                text=text,
            )

    async def _signature(self, conn: aiosqlite.Connection, user_id: int) -> Callable[[str], str]:
        """ "Olga · Krasnodar" in each reader's language: first name and city, nothing else."""
        person = await participants_db.get(conn, user_id)
        name = first_name(shown_name(person)) or ""
        partnership = (
            await partnerships_db.get(conn, person.partnership_id or 0) if person else None
        )
        city = partnership.city(person.city_id or 0) if partnership and person else None
        tr = self.service.translator

        def signed(lang: str) -> str:
            shown = name or tr.plain(lang, "people-unnamed")
            if city is None:
                return shown
            return tr.plain(lang, "people-name-city", name=shown, city=city.name.for_reader(lang))

        return signed


REVIEW_CHECK = "directory_review_check"  # daily: contacts whose yearly question is due


def next_check(now: datetime) -> datetime:
    """The next daily check: 09:00 UTC (late morning across the network's time zones)."""
    day = now.astimezone(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    return day if day > now else day + timedelta(days=1)


class YearlyReview:
    """Once a year each listed contact is asked "still correct?" (Yes / Edit / Remove my
    listing); without a yes within the grace time the entry reads "may be outdated"."""

    def __init__(self, service: DirectoryService) -> None:
        self.service = service
        self.db = service.db
        self.clock = service.clock

    async def ensure_schedule(self) -> None:
        """The daily check is planned (idempotent: one task per day)."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            await self._plan(conn, now)

    async def _plan(self, conn: aiosqlite.Connection, now: datetime) -> None:
        check = next_check(now)
        await due_tasks.plan(conn, REVIEW_CHECK, 0, check, detail=check.date().isoformat())

    async def check(self, conn: aiosqlite.Connection, _: int, __: str) -> None:
        """Due task, daily: ask every contact whose year has come, once; plan tomorrow's."""
        now = self.clock.now()
        for pid in await directory_db.profiled_partnerships(conn, DEFAULT_NETWORK):
            profile = await network_db.get_profile(conn, pid)
            partnership = await partnerships_db.get(conn, pid)
            if profile.review_due(now) and profile.contact_user_id and partnership:
                await self._ask(conn, profile.contact_user_id, "p", pid, partnership.name)
                await network_db.set_profile_review(conn, pid, asked=now)
        for actor in await directory_db.all_actors(conn):
            if actor.review_due(now) and actor.contact_user_id:
                name = LocalizedName({actor.description_language: actor.name})
                await self._ask(conn, actor.contact_user_id, "a", actor.id, name)
                await directory_db.set_actor_review(conn, actor.id, asked=now)
        await self._plan(conn, now + timedelta(minutes=1))

    async def _ask(
        self,
        conn: aiosqlite.Connection,
        contact: int,
        kind: str,
        entry_id: int,
        name: LocalizedName,
    ) -> None:
        tr = self.service.translator
        await self.service.notifier.send(
            conn,
            contact,
            "directory-review-ask",
            self.clock.now(),
            priority=PRIORITY_NORMAL,
            markup=lambda lang: directory_kb.review(tr, lang, kind, entry_id),
            entry=name.for_reader,
        )

    async def _contact_of(self, conn: aiosqlite.Connection, kind: str, entry_id: int) -> int | None:
        if kind == "p":
            return (await network_db.get_profile(conn, entry_id)).contact_user_id
        actor = await directory_db.get_actor(conn, entry_id) if kind == "a" else None
        return actor.contact_user_id if actor else None

    async def confirm(self, user_id: int, kind: str, entry_id: int) -> None:
        """ "Yes, still correct": the entry is fresh for another year."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            await self._require_contact(conn, user_id, kind, entry_id)
            if kind == "p":
                await network_db.set_profile_review(conn, entry_id, reviewed=now)
            else:
                await directory_db.set_actor_review(conn, entry_id, reviewed=now)

    async def check_contact(self, user_id: int, kind: str, entry_id: int) -> None:
        async with self.db.reading() as conn:
            await self._require_contact(conn, user_id, kind, entry_id)

    async def _require_contact(
        self, conn: aiosqlite.Connection, user_id: int, kind: str, entry_id: int
    ) -> None:
        """Only the entry's listed contact answers its question (a forged press fails)."""
        if await self._contact_of(conn, kind, entry_id) != user_id:
            raise UserFacingError("errors-stale-button")

    async def remove_listing(self, user_id: int, kind: str, entry_id: int) -> None:
        """The contact is named no more; an organisation listed only on their word goes."""
        async with self.db.transaction() as conn:
            await self._require_contact(conn, user_id, kind, entry_id)
            if kind == "p":
                await network_db.drop_profile_contact(conn, entry_id)
            else:
                await directory_db.drop_actor_contact(conn, entry_id)


def _country_names(codes: tuple[str, ...], language: str) -> list[str]:
    """Country names in the reader's language and in every working language (a German reader
    may type "Россия" too)."""
    return [country_name(c, lang) for c in codes for lang in (language, *SUPPORTED_LANGUAGES)]


def _partnership_matches(entry: Listed, by: str, value: str, language: str) -> bool:
    profile = entry.profile
    if by == "c":
        return value in profile.countries
    if by == "t":
        return value in profile.topics
    names = [*entry.partnership.name.values.values()]
    names += [n for city in entry.partnership.cities for n in city.name.values.values()]
    return matches(value, [*names, *_country_names(profile.countries, language)])


def _actor_matches(actor: DirectoryActor, by: str, value: str, language: str) -> bool:
    if by == "c":
        return actor.country == value
    if by == "t":
        return value in actor.topics
    return matches(value, [*actor.searchable(), *_country_names((actor.country,), language)])
