"""The network calendar: organisers mark workshops public, staff add network events, and
everyone (also before onboarding) reads the upcoming ones or subscribes to the .ics feed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from bot.clock import Clock
from bot.db import dialogs, partnerships, workshops
from bot.db import network as network_db
from bot.db import network_calendar as calendar_db
from bot.db import newsletter as newsletter_db
from bot.db.connection import Database
from bot.domain.deeplinks import workshop_payload
from bot.domain.local_time import Exists, resolve_local
from bot.domain.network import DEFAULT_NETWORK
from bot.domain.network_calendar import (
    CalendarEntry,
    CalendarFilter,
    NetworkEvent,
    NetworkEventInput,
)
from bot.domain.participants import Participant
from bot.domain.partnerships import City
from bot.domain.roles import Actor, require_organiser
from bot.domain.workshops import Workshop, WorkshopInputError, WorkshopStatus, parse_wall_clock
from bot.i18n import Translator
from bot.render.network_calendar import FeedEvent, calendar_feed
from bot.services.errors import UserFacingError
from bot.services.registration_followups import place_text, reader_zone

UID_DOMAIN = "twincity-bot"


class NetworkCalendar:
    def __init__(self, db: Database, clock: Clock, translator: Translator) -> None:
        self.db = db
        self.clock = clock
        self.translator = translator

    # ---------------------------------------------------------------- reading
    async def network_for(self, person: Participant | None) -> int:
        """The reader's network: their partnership's (the default one before onboarding)."""
        if person is None or person.partnership_id is None:
            return DEFAULT_NETWORK
        async with self.db.reading() as conn:
            return await network_db.network_of(conn, person.partnership_id)

    async def reader_zone(self, person: Participant | None) -> str | None:
        """The reader's clock (their city's zone); None before onboarding: venue times only."""
        if person is None or person.city_id is None:
            return None
        async with self.db.reading() as conn:
            return await reader_zone(conn, person, "UTC")

    async def entries(self, network_id: int, chosen: CalendarFilter) -> list[CalendarEntry]:
        """Upcoming public workshops and network events, by start."""
        now = self.clock.now()
        async with self.db.reading() as conn:
            found = await calendar_db.public_workshops(conn, network_id, chosen, now)
            events = await calendar_db.upcoming_events(conn, network_id, now)
        entries = [CalendarEntry(workshop=w) for w in found]
        entries += [CalendarEntry(event=e) for e in events]
        return sorted(entries, key=lambda e: e.starts_at)

    async def options(self, network_id: int) -> tuple[list[str], list[str]]:
        async with self.db.reading() as conn:
            return await newsletter_db.focus_options(conn, network_id)

    async def listing(
        self, person: Participant | None, chosen: CalendarFilter
    ) -> tuple[int, list[CalendarEntry], str | None]:
        """The calendar screen in one call: the reader's network, its entries, their clock."""
        network = await self.network_for(person)
        return network, await self.entries(network, chosen), await self.reader_zone(person)

    async def options_for(self, person: Participant | None) -> tuple[list[str], list[str]]:
        """The countries and topics the reader's network can be filtered by."""
        return await self.options(await self.network_for(person))

    # ---------------------------------------------------------------- organisers
    async def is_public(self, workshop_id: int) -> bool:
        async with self.db.reading() as conn:
            return await calendar_db.is_public(conn, workshop_id)

    async def set_public(self, actor: Actor, workshop_id: int, public: bool) -> Workshop:
        """An organiser of the workshop's partnership (a forged button is refused)."""
        async with self.db.transaction() as conn:
            workshop = await workshops.get(conn, workshop_id)
            if workshop is None or workshop.status is WorkshopStatus.CANCELLED:
                raise UserFacingError("errors-stale-button")
            require_organiser(actor, workshop.partnership_id)
            await calendar_db.set_public(conn, workshop_id, public)
        return workshop

    # ---------------------------------------------------------------- the feed
    async def feed(self, chosen: CalendarFilter, language: str, bot_username: str) -> bytes:
        """The default network's calendar as .ics, in `language`."""
        entries = await self.entries(DEFAULT_NETWORK, chosen)
        events = [await self._feed_event(e, language, bot_username) for e in entries]
        name = self.translator.plain(language, "calendar-feed-name")
        return calendar_feed(name, events, self.clock.now())

    async def _feed_event(self, entry: CalendarEntry, language: str, username: str) -> FeedEvent:
        if entry.event is not None:
            return _event_item(entry.event)
        workshop = entry.workshop
        assert workshop is not None
        async with self.db.reading() as conn:
            place = (await place_text(conn, self.translator, workshop, online_link=False))(language)
        return FeedEvent(
            uid=f"network-workshop-{workshop.id}@{UID_DOMAIN}",
            summary=workshop.title.for_reader(language),
            description=workshop.description.for_reader(language) if workshop.description else "",
            location=place,
            url=f"https://t.me/{username}?start={workshop_payload(workshop.id)}",
            starts_at=workshop.starts_at,
            ends_at=workshop.ends_at,
            time_zone=workshop.time_zone,
        )

    # ---------------------------------------------------------------- staff: network events
    async def start_event(self, actor: Actor, network_id: int) -> NetworkEventInput:
        if not actor.is_network_staff(network_id):
            raise UserFacingError("newsletter-staff-only")
        state = NetworkEventInput(network_id)
        await self._save(actor.user_id, state)
        return state

    async def cities(self, network_id: int) -> list[City]:
        """The cities of the network's partnerships: the clock an event's times are typed on."""
        async with self.db.reading() as conn:
            ids = await network_db.partnerships_of(conn, network_id)
            found = [await partnerships.get(conn, i) for i in ids]
        return [c for p in found if p is not None for c in p.cities]

    async def choose_city(self, actor: Actor, city_id: int) -> NetworkEventInput:
        state = await self._event_state(actor, "city")
        city = next((c for c in await self.cities(state.network_id) if c.id == city_id), None)
        if city is None:
            raise UserFacingError("errors-stale-button")
        state = state.next(city_id=city.id, time_zone=city.time_zone)
        await self._save(actor.user_id, state)
        return state

    async def event_typed(self, actor: Actor, raw: str) -> NetworkEventInput | NetworkEvent:
        """A typed answer to the current step; the last one creates the event."""
        state = await self._event_state(actor, None)
        text = raw.strip()
        if state.step == "city":
            raise UserFacingError("newsletter-error-use-buttons")
        if not text or len(text) > MAX_EVENT_TEXT:
            raise UserFacingError("calendar-error-text", limit=MAX_EVENT_TEXT)
        state = _EVENT_PARSERS[state.step](state, text)
        if state.step != "done":
            await self._save(actor.user_id, state)
            return state
        created = await self.create_event(actor, _event_of(state), state.city_id or None)
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, NetworkEventInput.KIND)
        return created

    async def _event_state(self, actor: Actor, step: str | None) -> NetworkEventInput:
        async with self.db.reading() as conn:
            state = await dialogs.dialog_of(conn, actor.user_id, NetworkEventInput)
        if state is None or (step is not None and state.step != step):
            raise UserFacingError("errors-stale-button")
        if not actor.is_network_staff(state.network_id):
            raise UserFacingError("newsletter-staff-only")
        return state

    async def remember_prompt(self, actor: Actor, message_id: int) -> None:
        """The question now on screen: its buttons go once it is answered."""
        state = await self._event_state(actor, None)
        await self._save(actor.user_id, replace(state, prompt_message_id=message_id))

    async def cancel_event(self, actor: Actor) -> None:
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, NetworkEventInput.KIND)

    async def _save(self, user_id: int, state: NetworkEventInput) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_dialog(conn, user_id, state, self.clock.now())

    async def create_event(
        self, actor: Actor, event: NetworkEvent, city_id: int | None
    ) -> NetworkEvent:
        if not actor.is_network_staff(event.network_id):
            raise UserFacingError("newsletter-staff-only")
        if event.ends_at <= event.starts_at:
            raise UserFacingError("calendar-error-end-before-start")
        async with self.db.transaction() as conn:
            event_id = await calendar_db.create_event(
                conn, event, city_id, actor.user_id, self.clock.now()
            )
            created = await calendar_db.get_event(conn, event_id)
        assert created is not None
        return created


MAX_EVENT_TEXT = 1000
SKIP = "-"


def _typed_time(state: NetworkEventInput, text: str, day: datetime | None) -> datetime:
    """A time typed on the chosen city's clock; one the clocks skip or repeat is refused."""
    try:
        found = resolve_local(parse_wall_clock(text, state.time_zone, day=day), state.time_zone)
    except WorkshopInputError as exc:
        raise UserFacingError(exc.reason) from None
    if not isinstance(found, Exists):
        raise UserFacingError("newsletter-error-time-unclear")
    return found.at


def _start(state: NetworkEventInput, text: str) -> NetworkEventInput:
    return state.next(starts=_typed_time(state, text, None).isoformat())


def _end(state: NetworkEventInput, text: str) -> NetworkEventInput:
    """The end: a time on the start's day, or a whole date and time."""
    start = datetime.fromisoformat(state.starts)
    end = _typed_time(state, text, start)
    if end <= start:
        raise UserFacingError("calendar-error-end-before-start")
    return state.next(ends=end.isoformat())


def _link(state: NetworkEventInput, text: str) -> NetworkEventInput:
    """The last step: a web link (https) or "-"; the event is complete."""
    if text != SKIP and not text.startswith("https://"):
        raise UserFacingError("calendar-error-link")
    return replace(state, step="done", link="" if text == SKIP else text)


def _event_of(state: NetworkEventInput) -> NetworkEvent:
    return NetworkEvent(
        id=0,
        network_id=state.network_id,
        title=state.title,
        description=state.description,
        time_zone=state.time_zone,
        starts_at=datetime.fromisoformat(state.starts),
        ends_at=datetime.fromisoformat(state.ends),
        place=state.place,
        link=state.link,
    )


_EVENT_PARSERS: dict[str, Callable[[NetworkEventInput, str], NetworkEventInput]] = {
    "title": lambda s, text: s.next(title=text),
    "description": lambda s, text: s.next(description="" if text == SKIP else text),
    "start": _start,
    "end": _end,
    "place": lambda s, text: s.next(place="" if text == SKIP else text),
    "link": _link,
}


def _event_item(event: NetworkEvent) -> FeedEvent:
    return FeedEvent(
        uid=f"network-event-{event.id}@{UID_DOMAIN}",
        summary=event.title,
        description=event.description,
        location=event.place,
        url=event.link,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        time_zone=event.time_zone,
    )
