"""The directory of the network: partnerships (cities, countries, since when, topics, a contact
who agreed to be listed) and actors (associations, schools, initiatives) added by organisers
with consent; searchable by country, topic and city; a yearly "still correct?"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, get_args

import aiosqlite
from babel import Locale

from bot.clock import Clock
from bot.db import directory as directory_db
from bot.db import network as network_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db.connection import Database
from bot.domain.directory import (
    ACTOR_KINDS,
    MAX_ACTOR_CITY,
    MAX_ACTOR_DESCRIPTION,
    MAX_ACTOR_NAME,
    MESSAGE_OPEN_FOR,
    MIN_QUERY,
    DirectoryActor,
    DirectoryMessage,
    Hit,
    as_kind,
    folded,
    matches,
    next_step,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import DEFAULT_NETWORK, NETWORK_TOPICS, PartnershipProfile, is_country_code
from bot.domain.network_dialogs import DirectoryActorDraft
from bot.domain.participants import shown_name
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, require_organiser
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import directory as directory_kb
from bot.render.formatting import babel_locale
from bot.render.languages import country_name
from bot.services.due import TaskAction
from bot.services.errors import NotFound, UserFacingError
from bot.services.notify import PRIORITY_CRITICAL, Notifier
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


class DirectoryService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int],
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine
        self.admin_ids = admin_ids
        self.drafts = ActorDrafts(db, clock)
        self.relay = ContactRelay(self)
        # Machine versions of descriptions, by (text, source, target): asked once per process.
        self._translations: dict[tuple[str, str, str], str] = {}

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}

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


class ActorDrafts:
    """Organisers add, edit and remove the organisations of their own partnership (checked
    here on every step: a forged button from another partnership's organiser fails)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def own(self, actor: Actor, partnership_id: int) -> list[DirectoryActor]:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await directory_db.actors_of(conn, [partnership_id])

    async def managed(self, actor: Actor, actor_id: int) -> DirectoryActor:
        """One of the actor's own partnership's organisations, else a refusal."""
        async with self.db.reading() as conn:
            found = await directory_db.get_actor(conn, actor_id)
        if found is None:
            raise NotFound("errors-stale-button")
        require_organiser(actor, found.partnership_id)
        return found

    async def start(self, actor: Actor, partnership_id: int, language: str) -> DirectoryActorDraft:
        require_organiser(actor, partnership_id)
        return DirectoryActorDraft(partnership_id, description_language=language)

    async def edit(self, actor: Actor, actor_id: int) -> DirectoryActorDraft:
        found = await self.managed(actor, actor_id)
        return DirectoryActorDraft(
            found.partnership_id,
            actor_id=found.id,
            kind=found.kind,
            name=found.name,
            city=found.city,
            country=found.country,
            topics=",".join(found.topics),
            description=found.description,
            description_language=found.description_language,
            contact="me" if found.contact_listed else "org",
        )

    def typed(self, draft: DirectoryActorDraft, text: str, language: str) -> DirectoryActorDraft:
        """A typed answer to the draft's step, checked; the next step follows."""
        value = " ".join(text.split())
        limits = {"name": MAX_ACTOR_NAME, "city": MAX_ACTOR_CITY}
        if draft.step in limits:
            if not value or len(value) > limits[draft.step]:
                raise UserFacingError("directory-draft-too-long", limit=limits[draft.step])
            changed = {draft.step: value, "step": next_step(draft.step)}
            return replace(draft, **changed)  # type: ignore[arg-type]
        if draft.step == "country":
            return self.chose_country(draft, country_code(value, language))
        if draft.step == "description":
            text = text.strip()
            if len(text) > MAX_ACTOR_DESCRIPTION:
                raise UserFacingError("directory-draft-too-long", limit=MAX_ACTOR_DESCRIPTION)
            return replace(draft, description=text, description_language=language, step="contact")
        raise UserFacingError("directory-draft-use-buttons")

    def chose_country(self, draft: DirectoryActorDraft, code: str | None) -> DirectoryActorDraft:
        if code is None or not is_country_code(code):
            raise UserFacingError("directory-draft-unknown-country")
        return replace(draft, country=code, step="topics")

    async def publish(self, actor: Actor, draft: DirectoryActorDraft) -> int:
        """Written once the organiser confirmed; the contact is the organiser themselves (who
        agreed by choosing it) or no person at all."""
        require_organiser(actor, draft.partnership_id)
        if not (draft.kind in ACTOR_KINDS and draft.name and draft.city and draft.country):
            raise UserFacingError("errors-stale-button")
        if draft.contact not in ("me", "org"):
            raise UserFacingError("directory-draft-consent-needed")
        now = self.clock.now()
        me = draft.contact == "me"
        entry = actor_of(draft, actor.user_id if me else None, now if me else None)
        entry = replace(entry, created_by=actor.user_id)
        if draft.actor_id:
            await self.managed(actor, draft.actor_id)
        async with self.db.transaction() as conn:
            if draft.actor_id:
                await directory_db.update_actor(conn, entry)
                return draft.actor_id
            return await directory_db.create_actor(conn, entry, draft.contact == "org", now)

    async def remove(self, actor: Actor, actor_id: int) -> DirectoryActor:
        found = await self.managed(actor, actor_id)
        async with self.db.transaction() as conn:
            await directory_db.delete_actor(conn, actor_id)
        return found


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


def actor_of(
    draft: DirectoryActorDraft, contact: int | None = None, agreed: datetime | None = None
) -> DirectoryActor:
    """What the draft will publish (also its preview)."""
    return DirectoryActor(
        id=draft.actor_id,
        partnership_id=draft.partnership_id,
        kind=as_kind(draft.kind),
        name=draft.name,
        city=draft.city,
        country=draft.country,
        topics=draft.topic_keys,
        description=draft.description,
        description_language=draft.description_language or "en",
        contact_user_id=contact,
        contact_agreed_at=agreed,
    )


def country_code(text: str, language: str) -> str | None:
    """A typed country: its ISO code, or its name in the reader's or any working language."""
    if is_country_code(text.upper()) and len(text) == 2:
        return text.upper()
    wanted = folded(text)
    for lang in (language, *SUPPORTED_LANGUAGES):
        for code in Locale.parse(babel_locale(lang)).territories:
            named = isinstance(code, str) and is_country_code(code)
            if named and folded(country_name(str(code), lang)) == wanted:
                return str(code)
    return None


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
