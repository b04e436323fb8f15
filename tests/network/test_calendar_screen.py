"""The network calendar in chat: organisers put a workshop in it from its card (a forged
press is refused), everyone (also before onboarding) reads upcoming public workshops and
network events on their clock, filtered by country and topic."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.callback_data import WorkshopManage
from bot.callback_network import (
    CalendarEventCity,
    CalendarEventStep,
    CalendarHome,
    CalendarPick,
    CalendarPublic,
    CalendarView,
    NetworkHome,
)
from bot.clock import FakeClock
from bot.domain.network_calendar import NetworkEvent
from bot.domain.roles import Actor
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    KRASNODAR,
    create_workshop,
    make_organiser,
    network_focus,
    onboard,
    organiser_workshops,
    partnership_with_people,
    popup,
    public_workshop,
    quick_participant,
)


async def day_of_partnerships(harness: BotHarness) -> NetworkEvent:
    """The network's own event, typed on Berlin's clock by staff (through the service)."""
    start = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
    event = NetworkEvent(
        0,
        1,
        "Day of City Partnerships",
        "Talks & workshops",
        "Europe/Berlin",
        start,
        start + timedelta(hours=6),
        "Düsseldorf, Landtag",
        "https://example.org/day",
    )
    staff = Actor(ADMIN_ID, is_admin=True)
    return await harness.services.newsletter.calendar.create_event(staff, event, None)


async def test_an_organiser_puts_a_workshop_in_the_calendar_from_its_card(
    harness: BotHarness,
) -> None:
    workshop = await create_workshop(harness, title="Garden day")
    orga = await quick_participant(harness, "Orga")
    await make_organiser(harness, orga)
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    assert "🌐 Add to network calendar" in orga.buttons()
    await orga.press(CalendarPublic(workshop.id, True))
    assert "🌐 In the calendar · remove" in orga.buttons()

    reader = harness.user("Reader", "en")
    await reader.send("/calendar")  # before onboarding
    assert "Garden day" in reader.last_text

    await orga.press(CalendarPublic(workshop.id, False))
    await reader.send("/calendar")
    assert "Garden day" not in reader.last_text


async def test_a_forged_toggle_is_refused(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, title="Garden day")
    person = await quick_participant(harness, "Pavel")
    await person.send("/calendar")
    await person.press_data(CalendarPublic(workshop.id, True).pack())
    assert popup(person) == "Sorry, this is only available to organisers of the partnership."
    assert not await harness.services.newsletter.calendar.is_public(workshop.id)


async def test_the_calendar_lists_public_events_on_the_readers_clock(harness: BotHarness) -> None:
    await public_workshop(harness, title="Garden day", starts_in=timedelta(days=3))
    await create_workshop(harness, title="Secret planning")  # not public
    await day_of_partnerships(harness)
    reader = harness.user("Oleg", "ru")
    await onboard(reader, language="ru", city=2)  # Krasnodar: Moscow time
    await reader.send("/calendar")
    text = reader.last_text
    assert text.startswith("📅 Календарь сети\nСтрана: Любая страна · Направление: Любое")
    assert "Day of City Partnerships" in text and "Garden day" in text
    assert "Secret planning" not in text
    assert "10:00–16:00 по времени города Берлин (у вас 12:00–18:00)" in text
    assert "10:00–13:00 по времени города Карлсруэ (у вас 12:00–15:00)" in text
    assert text.index("Garden day") < text.index("Day of City Partnerships")  # by start
    assert "Подписка на календарь пока недоступна" in text  # no public address: no URL promised


async def test_filters_by_country_and_topic(harness: BotHarness) -> None:
    await network_focus(harness, DEMO_PARTNERSHIP, ("DE", "RU"), ("culture",))
    polish = await partnership_with_people(harness.services.db)
    await network_focus(harness, polish, ("PL",), ("youth",))
    await public_workshop(harness, title="Garden day")
    reader = harness.user("Anna", "en")
    await reader.send("/calendar")
    await reader.press(CalendarPick("countries", "-", "-"))
    await reader.press(CalendarView("RU", "-"))
    assert "Country: Russia" in reader.last_text and "Garden day" in reader.last_text
    await reader.press(CalendarPick("topics", "RU", "-"))
    await reader.press(CalendarView("RU", "youth"))
    assert "Garden day" not in reader.last_text
    assert "No public workshops or network events" in reader.last_text
    await reader.press_data(CalendarView("RUS", "-").pack())  # forged
    assert reader.last_callback_answer is not None


async def test_the_feed_address_follows_the_filter(tmp_path: Path, clock: FakeClock) -> None:
    settings = replace(
        BotHarness(tmp_path / "x").settings, webhook_url="https://bot.example.org/telegram"
    )
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock, settings=settings) as h:
        await seed_demo(h.services.db, clock)
        reader = h.user("Anna", "de")
        await onboard(reader, language="de")
        await reader.press(NetworkHome())
        await reader.press(CalendarHome())
        assert "https://bot.example.org/network/calendar.ics?lang=de" in reader.last_text
        await reader.press_data(CalendarView("PL", "youth").pack())  # any valid filter
        feed = "https://bot.example.org/network/calendar.ics?country=PL&topic=youth&lang=de"
        assert feed in reader.last_text


async def test_staff_add_a_network_event_on_a_chosen_citys_clock(harness: BotHarness) -> None:
    staff = harness.user("Nora", "en", user_id=ADMIN_ID)
    await onboard(staff)
    await staff.send("/calendar")
    await staff.press(CalendarEventStep("new"))
    await staff.send("Day of City Partnerships")
    title_question = next(m for m in staff.messages if m.body.startswith("➕ New network event"))
    assert title_question.button_data() == []  # answered: its buttons went
    await staff.send("-")
    assert staff.last_text == "Which city's clock are its times on?"
    await staff.press(CalendarEventCity(KRASNODAR))
    assert "(Krasnodar time)" in staff.last_text
    await staff.send("20.03.2026 10:00")
    await staff.send("16:00")
    await staff.send("Landtag, Düsseldorf")
    await staff.send("www.example.org")
    assert staff.last_text.startswith("A link starts with https://.")
    await staff.send("https://example.org/day")
    assert staff.last_text.startswith("✅ The event is in the network calendar:")
    assert "10:00–16:00 Krasnodar time (08:00–14:00 your time)" in staff.last_text

    reader = harness.user("Oleg", "en")
    await reader.send("/calendar")  # before onboarding: the city's clock alone
    assert "Fri, 20 Mar 2026, 10:00–16:00 Krasnodar time" in reader.last_text
    assert "Landtag, Düsseldorf" in reader.last_text


async def test_only_staff_add_network_events(harness: BotHarness) -> None:
    person = await quick_participant(harness, "Pavel")
    await person.send("/calendar")
    assert CalendarEventStep("new").pack() not in person.button_data()
    await person.press_data(CalendarEventStep("new").pack())
    assert popup(person) == "The network newsletter is written by the network office's staff."
