"""The network calendar: organisers mark workshops public, staff add network events, and
everyone (also before onboarding) reads the upcoming ones or subscribes to the .ics feed."""

from __future__ import annotations

from bot.clock import Clock
from bot.db import network as network_db
from bot.db import network_calendar as calendar_db
from bot.db import newsletter as newsletter_db
from bot.db import partnerships, workshops
from bot.db.connection import Database
from bot.domain.deeplinks import workshop_payload
from bot.domain.network import DEFAULT_NETWORK
from bot.domain.network_calendar import CalendarEntry, CalendarFilter, NetworkEvent
from bot.domain.participants import Participant
from bot.domain.roles import Actor, require_organiser
from bot.domain.workshops import Workshop, WorkshopStatus
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

    async def partnership_names(self, ids: set[int], language: str) -> dict[int, str]:
        async with self.db.reading() as conn:
            found = {i: await partnerships.get(conn, i) for i in ids}
        return {i: p.name.for_reader(language) for i, p in found.items() if p is not None}

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
        return NetworkEvent(**{**event.__dict__, "id": event_id})


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
