"""Network staff: an administrator (or staff) makes a one-time invitation link from the
network home; opening it makes the person staff; the staff list removes someone after a
question. Used, expired and unknown links and forged presses change nothing."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.callback_network import NetworkStaffStep, NetworkStats
from bot.db import network as network_db
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import ADMIN_ID, make_organiser, popup, quick_participant

REFUSED = "This is only for the network office's staff."


async def staff_ids(h: BotHarness) -> list[int]:
    async with h.services.db.reading() as conn:
        return await network_db.staff_of(conn, 1)


async def admin(h: BotHarness) -> SimClient:
    return await quick_participant(h, "Ada", user_id=ADMIN_ID)


async def new_link(inviter: SimClient) -> str:
    """Network home → staff → a new invitation link; the link's /start payload."""
    await inviter.send("/network")
    await inviter.press(NetworkStaffStep("list", 0))
    await inviter.press(NetworkStaffStep("invite", 0))
    found = re.search(r"\?start=(ns-[A-Za-z0-9_]+)", inviter.last_text)
    assert found, inviter.last_text
    return found.group(1)


async def test_an_invitation_link_makes_the_person_staff_once(harness: BotHarness) -> None:
    ada = await admin(harness)
    payload = await new_link(ada)
    assert "It works once, until" in ada.last_text and "your time" in ada.last_text
    assert NetworkStaffStep("list", 0).pack() in ada.button_data()  # a way back

    nadia = await quick_participant(harness, "Nadia")
    await nadia.start(payload)
    assert nadia.last_text.startswith("🎉 You now belong to the staff of City partnership network.")
    assert NetworkStats().pack() in nadia.button_data()  # the office's tools appear at once
    assert await staff_ids(harness) == [nadia.id]

    anna = await quick_participant(harness, "Anna")
    await anna.start(payload)
    assert anna.last_text.startswith("This invitation has already been used.")
    await anna.start("ns-NoSuchToken123")
    assert anna.last_text.startswith("This invitation link is not valid.")
    assert await staff_ids(harness) == [nadia.id]


async def test_staff_invite_too_and_an_expired_link_does_nothing(harness: BotHarness) -> None:
    ada = await admin(harness)
    nadia = await quick_participant(harness, "Nadia")
    await nadia.start(await new_link(ada))
    payload = await new_link(nadia)  # staff invite, too

    await harness.advance(timedelta(hours=73))
    boris = await quick_participant(harness, "Boris")
    await boris.start(payload)
    assert boris.last_text.startswith("This invitation has expired.")
    assert await staff_ids(harness) == [nadia.id]


async def test_removing_someone_asks_first_and_cancel_keeps_them(harness: BotHarness) -> None:
    ada = await admin(harness)
    nadia = await quick_participant(harness, "Nadia")
    await harness.services.onboarding.set_display_name(nadia.id, "Nadia Netz")
    await nadia.start(await new_link(ada))

    await ada.press(NetworkStaffStep("list", 0))
    assert "• Nadia Netz" in ada.last_text
    await ada.press(NetworkStaffStep("remove", nadia.id))
    assert ada.last_text.startswith("Remove Nadia Netz from the network staff?")
    await ada.press(NetworkStaffStep("list", 0))  # cancel
    assert await staff_ids(harness) == [nadia.id]

    await ada.press(NetworkStaffStep("remove", nadia.id))
    await ada.press(NetworkStaffStep("remove_ok", nadia.id))
    assert ada.last_text.startswith("Nadia Netz no longer belongs to the network staff.")
    assert "• Nadia Netz" not in ada.last_text
    assert await staff_ids(harness) == []
    await nadia.send("/network")
    assert NetworkStats().pack() not in nadia.button_data()


async def test_forged_staff_buttons_fail_for_organisers_and_participants(
    harness: BotHarness,
) -> None:
    ada = await admin(harness)
    nadia = await quick_participant(harness, "Nadia")
    await nadia.start(await new_link(ada))
    olga = await quick_participant(harness, "Olga")
    await make_organiser(harness, olga)
    anna = await quick_participant(harness, "Anna")
    async with harness.services.db.reading() as conn:
        links_before = await conn.execute_fetchall("SELECT token FROM network_invitations")
    for person in (olga, anna):
        await person.send("/network")
        assert NetworkStaffStep("list", 0).pack() not in person.button_data()
        for action in ("list", "invite", "remove", "remove_ok"):
            await person.press_data(NetworkStaffStep(action, nadia.id).pack())  # type: ignore[arg-type]
            assert popup(person) == REFUSED, action
        assert "ns-" not in "".join(m.body for m in person.messages)
    assert await staff_ids(harness) == [nadia.id]
    async with harness.services.db.reading() as conn:
        assert await conn.execute_fetchall("SELECT token FROM network_invitations") == links_before
    # someone who is not staff cannot be "removed" either, even by staff
    await nadia.press_data(NetworkStaffStep("remove_ok", anna.id).pack(), message=nadia.last)
    answer = nadia.last_callback_answer or {}
    assert str(answer.get("text")).startswith("This button is out of date")
    assert await staff_ids(harness) == [nadia.id]
