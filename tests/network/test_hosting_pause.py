"""Pausing or stopping consultation hours with bookings ahead: a confirmation naming how many
people are booked, cancelling there changes nothing; the people are told in their language on
their clock and their bookings cancelled; the host's row stays. /mydata and /deleteme for a
host: the booked people are told even though the host's data is gone. A window change never
moves a booking made; someone who is no longer staff or coach cannot open the screens."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.callback_consult import HostConfirm, HostDay, HostStep, HostWindowRemove
from bot.callback_network import HostHome
from bot.db import consultations as consult_db
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    booked,
    hosting,
    network_staff,
    popup,
    quick_participant,
)

TUESDAY_10 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)  # 10:00 Karlsruhe, 12:00 Krasnodar


async def booked_people(h: BotHarness) -> tuple[SimClient, SimClient, SimClient, list[int]]:
    """Nina hosts; Sergei (Russian, Krasnodar) holds two bookings, Klara (German) one."""
    nina = await network_staff(h)
    host = await hosting(h, nina.id)
    sergei = await quick_participant(h, "Sergei", language="ru", city=KRASNODAR - 1)
    klara = await quick_participant(h, "Klara", language="de")
    ids = [
        await booked(h, host, sergei.id, TUESDAY_10),
        await booked(h, host, sergei.id, TUESDAY_10 + timedelta(days=7)),
        await booked(h, host, klara.id, TUESDAY_10 + timedelta(minutes=40)),
    ]
    return nina, sergei, klara, ids


async def statuses(h: BotHarness, ids: list[int]) -> list[str]:
    async with h.services.db.reading() as conn:
        found = [await consult_db.get_booking(conn, i) for i in ids]
    return [b.status if b else "gone" for b in found]


async def test_pausing_names_the_people_and_cancelling_there_changes_nothing(
    harness: BotHarness,
) -> None:
    nina, sergei, _, ids = await booked_people(harness)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press(HostStep("pause"))
    assert nina.last_text.startswith("2 people are booked (3 bookings).")
    await nina.press(HostHome())  # "No, keep everything"
    assert await statuses(harness, ids) == ["booked"] * 3
    await harness.drain()
    assert not sergei.messages
    await nina.press(HostStep("pause"))
    await nina.press(HostConfirm("pause"))
    assert nina.last_text.startswith("Paused. 2 people were told and their bookings cancelled.")
    assert "paused: nobody can book" in nina.last_text
    assert await statuses(harness, ids) == ["cancelled"] * 3
    await harness.drain()
    # Sergei reads it in Russian, on Krasnodar's clock (Moscow time).
    told = [m.body for m in sergei.messages if "отменена" in m.body]
    assert len(told) == 2
    assert "3 мар. 2026" in told[0] and "12:00–12:30 по вашему времени (Москва)" in told[0]
    async with harness.services.db.reading() as conn:
        host = await consult_db.get_host(conn, nina.id)
    assert host is not None and not host.active and host.windows  # paused, settings kept
    await nina.press(HostStep("resume"))
    assert "open for booking" in nina.last_text


async def test_pausing_without_bookings_needs_no_confirmation(harness: BotHarness) -> None:
    nina = await network_staff(harness)
    await hosting(harness, nina.id)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press(HostStep("pause"))
    assert nina.last_text.startswith("Paused: nobody can book until you resume.")


async def test_stopping_removes_the_hours_keeps_the_row_and_tells_the_people(
    harness: BotHarness,
) -> None:
    nina, _, klara, ids = await booked_people(harness)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press(HostStep("stop"))
    assert "2 people are booked (3 bookings)" in nina.last_text
    await nina.press(HostConfirm("stop"))
    assert nina.last_text.startswith("You no longer host consultations. 2 people were told.")
    await harness.drain()
    assert any("wurde abgesagt" in m.body and "Karlsruhe" not in m.body for m in klara.messages)
    async with harness.services.db.reading() as conn:
        host = await consult_db.get_host(conn, nina.id)
    assert host is not None and host.windows == () and not host.active
    assert await statuses(harness, ids) == ["cancelled"] * 3


async def test_a_hosts_mydata_and_deleteme_the_people_are_told_and_erasure_completes(
    harness: BotHarness,
) -> None:
    nina, sergei, klara, ids = await booked_people(harness)
    data = await harness.services.privacy.my_data(nina.id, "en")
    assert data is not None
    dump = data.document.decode("utf-8")
    assert "consultation_hours_windows" in dump and "consultations_hosted" in dump
    await harness.services.privacy.erase(nina.id)
    await harness.advance(timedelta(seconds=1))
    assert await statuses(harness, ids) == ["gone"] * 3
    async with harness.services.db.reading() as conn:
        assert await consult_db.get_host(conn, nina.id) is None
    told = [m.body for m in sergei.messages if "больше не проводит" in m.body]
    assert len(told) == 2 and "12:00 по вашему времени (Москва)" in told[0]
    assert any("keine Sprechstunde mehr" in m.body for m in klara.messages)


async def test_a_window_change_never_moves_a_booking_made(harness: BotHarness) -> None:
    nina, _, _, ids = await booked_people(harness)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press(HostStep("windows"))
    await nina.press(HostDay(1))
    await nina.press(HostWindowRemove(1, 600))  # Tuesday 10:00–12:00 goes
    await nina.press(HostStep("windows"))
    await nina.press(HostDay(2))
    await nina.send("08-09")  # Wednesday instead
    await nina.press(HostStep("windows"))
    await nina.press(HostHome())
    await nina.press(HostStep("zone"))
    await nina.send("Europe/Moscow")
    async with harness.services.db.reading() as conn:
        bookings = [await consult_db.get_booking(conn, i) for i in ids]
        host = await consult_db.get_host(conn, nina.id)
    assert host is not None and [(w.weekday, w.starts) for w in host.windows] == [(2, time(8))]
    assert [b.starts_at if b else None for b in bookings] == [
        TUESDAY_10,
        TUESDAY_10 + timedelta(days=7),
        TUESDAY_10 + timedelta(minutes=40),
    ]
    assert [b.status if b else None for b in bookings] == ["booked"] * 3
    await nina.press(HostStep("bookings"))
    assert "Tue, 3 Mar 2026, 12:00–12:30 Moscow time" in nina.last_text  # on the new clock


async def test_someone_no_longer_staff_cannot_open_the_hosting_screens(
    harness: BotHarness,
) -> None:
    nina = await network_staff(harness)
    await hosting(harness, nina.id)
    await nina.send("/network")
    await nina.press(HostHome())
    async with harness.services.db.transaction() as conn:
        await conn.execute("DELETE FROM network_staff WHERE user_id = ?", (nina.id,))
    for data in (HostHome(), HostStep("bookings"), HostStep("windows"), HostConfirm("pause")):
        await nina.press_data(data.pack())
        assert popup(nina), data
    await nina.send("/network")
    assert HostHome().pack() not in nina.button_data()
