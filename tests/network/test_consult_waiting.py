"""The waiting list: a freed slot is offered to the first person waiting, held for them, and
passes on when they decline or let it expire; taking it books it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.callback_consult import (
    ConsultBook,
    ConsultCancel,
    ConsultCancelConfirmed,
    ConsultCard,
    ConsultLanguage,
    ConsultOfferPass,
    ConsultOfferTake,
    ConsultTopic,
    ConsultWait,
)
from bot.callback_network import ConsultMine
from bot.domain.consultations import slot_minute
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ConsultWindow,
    consult_bookings,
    consult_host,
    popup,
    quick_participant,
    shown,
)

TUESDAY = 1
TUESDAY_TEN = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # 10:00 Berlin, the only slot


async def wait_in_line(person: SimClient) -> None:
    await person.send("/consult")
    await person.press(ConsultTopic("youth"))
    await person.press(ConsultLanguage("youth", "en"))
    assert "no free time" in person.last.body
    await person.press(ConsultWait("youth", "en"))
    assert "waiting list" in person.last.body


async def one_slot_taken(harness: BotHarness) -> tuple[SimClient, SimClient, int]:
    harness.clock.set(datetime(2026, 3, 5, 9, 0, tzinfo=UTC))  # a week: one Tuesday ahead
    windows = (ConsultWindow(TUESDAY, time(10), time(10, 30)),)
    host = await consult_host(harness, windows=windows, horizon_days=7)
    first = await quick_participant(harness, "Anna")
    await first.send("/consult")
    await first.press_data(ConsultBook(host.id, slot_minute(TUESDAY_TEN), "youth", "en").pack())
    booking_id = (await consult_bookings(harness, host.id))[0].id
    return host, first, booking_id


async def cancel(person: SimClient, booking_id: int) -> None:
    await person.press(ConsultMine())
    await person.press(ConsultCard(booking_id))
    await person.press(ConsultCancel(booking_id))
    await person.press(ConsultCancelConfirmed(booking_id))


async def test_the_offer_passes_on_when_declined_and_when_it_expires(harness: BotHarness) -> None:
    host, first, booking_id = await one_slot_taken(harness)
    bea, carl, dora = [await quick_participant(harness, n) for n in ("Bea", "Carl", "Dora")]
    for person in (bea, carl, dora):
        await wait_in_line(person)

    await cancel(first, booking_id)
    await harness.drain()
    assert "A time became free" in bea.last.body and "Krasnodar" not in bea.last.body
    offer = shown(bea, ConsultOfferPass)
    # Held for Bea: nobody else can book it meanwhile, not even by a forged button.
    await dora.press_data(ConsultBook(host.id, slot_minute(TUESDAY_TEN), "youth", "en").pack())
    assert "just taken" in popup(dora)
    assert not [m for m in carl.messages if "A time became free" in m.body]

    await bea.press(offer)  # not this time: on to Carl
    await harness.drain()
    assert "A time became free" in carl.last.body

    await harness.advance(timedelta(hours=2))  # Carl lets it expire: on to Dora
    assert "was not taken in time" in carl.last.body
    assert "A time became free" in dora.last.body
    await carl.press_data(ConsultOfferTake(shown(carl, ConsultOfferTake).waiting_id).pack())
    assert "no longer open" in popup(carl)

    await dora.press(shown(dora, ConsultOfferTake))
    rows = await consult_bookings(harness, host.id)
    assert [(r.person_id, r.status) for r in rows] == [
        (first.id, "cancelled"),
        (dora.id, "booked"),
    ]
    assert any(m.document is not None for m in dora.messages)  # the .ics


async def test_someone_elses_offer_cannot_be_taken(harness: BotHarness) -> None:
    host, first, booking_id = await one_slot_taken(harness)
    bea = await quick_participant(harness, "Bea")
    eve = await quick_participant(harness, "Eve")
    await wait_in_line(bea)
    await cancel(first, booking_id)
    await harness.drain()
    offer = shown(bea, ConsultOfferTake)

    await eve.send("/consult")
    await eve.press_data(offer.pack())

    assert [r.status for r in await consult_bookings(harness, host.id)] == ["cancelled"]
