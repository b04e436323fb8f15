"""Every screen that shows a workshop's time shows the same time and says whose it is.

A Krasnodar workshop (Europe/Moscow) is read by a Karlsruhe organiser (Europe/Berlin) and a
Krasnodar organiser: the participant list and card, the sign-up confirmation and its calendar
file, the reminder, the organiser list and card, and the broadcast audience picker. An online
workshop is read on each person's own clock, with their zone named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from bot.callback_data import BroadcastStep, WorkshopManage, WorkshopSignup
from bot.db import workshops as workshops_db
from bot.domain.workshops import Workshop
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.render.formatting import event_time
from tests.stories import create_workshop, make_organiser, organiser_workshops, quick_participant

BERLIN, MOSCOW = ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Moscow")


@dataclass(frozen=True)
class Words:
    """How each language names whose time it is (written out here, not read from the .ftl)."""

    venue: str  # "{span} Krasnodar time"
    yours: str  # the reader's clock beside the venue's
    online: str  # "{span} your time ({zone})"
    berlin: str
    moscow: str


WORDS = {
    "en": Words(
        "{span} Krasnodar time",
        "({span} your time)",
        "{span} your time ({zone})",
        "Berlin",
        "Moscow",
    ),
    "ru": Words(
        "{span} по времени города Краснодар",
        "(у вас {span})",
        "{span} по вашему времени ({zone})",
        "Берлин",
        "Москва",
    ),
}


def span(workshop: Workshop, zone: ZoneInfo) -> str:
    return f"{workshop.starts_at.astimezone(zone):%H:%M}–{workshop.ends_at.astimezone(zone):%H:%M}"


async def screens(harness: BotHarness, reader: SimClient, workshop: Workshop) -> dict[str, str]:
    """What the reader sees on every screen that shows this workshop."""
    seen: dict[str, str] = {}
    await reader.send("/workshops")
    seen["list"] = reader.last_text
    await reader.start(f"w{workshop.id}")
    seen["card"] = reader.last_text
    await reader.press(WorkshopSignup(workshop.id))
    seen["confirmation"] = next(m.body for m in reversed(reader.messages) if m.document is None)
    calendar = icalendar.Calendar.from_ical(reader.last.document.content)  # type: ignore[union-attr]
    seen["calendar"] = str(next(iter(calendar.walk("VEVENT")))["description"])
    await organiser_workshops(reader)
    seen["organiser list"] = reader.last_text
    await reader.press(WorkshopManage(workshop.id, "card", 0))
    seen["organiser card"] = reader.last_text
    await reader.send("/broadcast")
    await reader.send("The room has changed.")
    await reader.press(BroadcastStep("audience", "-", 0))  # Choose the audience ▶️
    seen["audience picker"] = reader.last_text
    return seen


async def reminders(harness: BotHarness, workshop: Workshop, *readers: SimClient) -> list[str]:
    """Drive the clock to the 24-hour reminder; each reader's reminder text."""
    harness.clock.set(workshop.starts_at - timedelta(hours=24) + timedelta(minutes=1))
    await harness.tick()
    await harness.drain()
    return [next(m.body for m in r.messages if m.body.startswith("⏰")) for r in readers]


async def stored(harness: BotHarness, workshop_id: int) -> Workshop:
    async with harness.services.db.reading() as conn:
        found = await workshops_db.get(conn, workshop_id)
    assert found is not None
    return found


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_krasnodar_workshop_reads_the_same_everywhere(
    harness: BotHarness, language: str
) -> None:
    words = WORDS[language]
    workshop = await stored(
        harness,
        (
            await create_workshop(
                harness, title="Kick-off Krasnodar", city=1, starts_in=timedelta(days=10)
            )
        ).id,
    )
    karlsruhe = await quick_participant(harness, "Jonas", language=language, city=0)
    krasnodar = await quick_participant(harness, "Olga", language=language, city=1)
    for person in (karlsruhe, krasnodar):
        await make_organiser(harness, person)

    tr = harness.services.translator
    there = words.venue.format(span=span(workshop, MOSCOW))
    for_karlsruhe = event_time(tr, language, workshop, "Europe/Berlin")
    for_krasnodar = event_time(tr, language, workshop, "Europe/Moscow")
    # Whose time: the venue's city always; the reader's own clock only where it differs.
    assert there in for_karlsruhe and there in for_krasnodar
    assert words.yours.format(span=span(workshop, BERLIN)) in for_karlsruhe
    assert for_krasnodar.endswith(there)

    for reader, expected in ((karlsruhe, for_karlsruhe), (krasnodar, for_krasnodar)):
        seen = await screens(harness, reader, workshop)
        wrong = {screen: text for screen, text in seen.items() if expected not in text}
        assert not wrong, f"{reader.user.first_name} expected {expected!r} on every screen"
    for reminder, expected in zip(
        await reminders(harness, workshop, karlsruhe, krasnodar),
        (for_karlsruhe, for_krasnodar),
        strict=True,
    ):
        assert expected in reminder


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_an_online_workshop_reads_on_each_persons_own_clock(
    harness: BotHarness, language: str
) -> None:
    words = WORDS[language]
    workshop = await stored(
        harness,
        (
            await create_workshop(
                harness, title="Online meet-up", city=None, starts_in=timedelta(days=10)
            )
        ).id,
    )
    karlsruhe = await quick_participant(harness, "Jonas", language=language, city=0)
    krasnodar = await quick_participant(harness, "Olga", language=language, city=1)
    for person in (karlsruhe, krasnodar):
        await make_organiser(harness, person)

    tr = harness.services.translator
    for_karlsruhe = event_time(tr, language, workshop, "Europe/Berlin")
    for_krasnodar = event_time(tr, language, workshop, "Europe/Moscow")
    assert for_karlsruhe.endswith(
        words.online.format(span=span(workshop, BERLIN), zone=words.berlin)
    )
    assert for_krasnodar.endswith(
        words.online.format(span=span(workshop, MOSCOW), zone=words.moscow)
    )

    for reader, expected in ((karlsruhe, for_karlsruhe), (krasnodar, for_krasnodar)):
        seen = await screens(harness, reader, workshop)
        wrong = {screen: text for screen, text in seen.items() if expected not in text}
        assert not wrong, f"{reader.user.first_name} expected {expected!r} on every screen"
    for reminder, expected in zip(
        await reminders(harness, workshop, karlsruhe, krasnodar),
        (for_karlsruhe, for_krasnodar),
        strict=True,
    ):
        assert expected in reminder
