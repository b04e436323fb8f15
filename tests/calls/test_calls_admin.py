"""Administrators prepare a call: the list, the card, editing the deadline, publishing after a
confirmation, the link and the printable poster whose QR code opens the call."""

from __future__ import annotations

import io
import re

import zxingcpp
from PIL import Image

from bot.callback_calls import (
    CallAdmin,
    CallAssign,
    CallCard,
    CallExport,
    CallLetters,
    CallRanking,
    CallsHome,
)
from bot.callback_data import OpenMenu, OrganiserStep
from bot.db import calls as calls_db
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    calls_admin,
    new_call,
    onboard,
    open_call,
    popup,
    quick_participant,
    seed_application,
)


async def test_admin_creates_edits_and_publishes_a_call(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    await admin.send("/calls")
    assert "No calls yet" in admin.last_text
    await admin.press(CallAdmin("new", 0, 0))
    card = admin.last_text
    assert "Twin City Booster: apply as partner cities" in card
    assert "being prepared, not published" in card
    assert "Deadline: Thu, 31 Dec 2026, 23:59 Berlin time" in card
    assert "Selection by: Sun, 31 Jan 2027, 23:59 Berlin time" in card
    assert "cities and initiatives from Belarus, Germany, Russia and Ukraine" in card
    assert "Questions: 7 (required: 6; contact fields: 3)" in card
    assert "PDF, JPG and PNG, up to 10 MB" in card
    assert "Motivation ×1, Partnership potential ×2, Local support ×1 and Feasibility ×1" in card
    assert "Reviewers: none yet; 2 per application" in card
    assert "t.me" not in card  # no link before publishing
    (call,) = await _calls(harness)

    await admin.press(CallAdmin("edit", call.id, 0))
    question = await admin.press(CallAdmin("deadline", call.id, 0))
    assert "on Berlin time, e.g. 31.12.2027 23:59" in admin.last_text
    await admin.send("next friday")
    assert admin.last_text.startswith("Please type the date and time like this: 31.12.2027 23:59")
    await admin.send("01.03.2026 10:00")  # before the opening
    assert admin.last_text.startswith("The deadline must be after the opening")
    await admin.send("15.02.2027 18:00")  # after the selection date
    assert admin.last_text.startswith("The deadline must be before the selection date")
    assert (await _calls(harness))[0].deadline_at == call.deadline_at
    await admin.send("15.01.2027 18:00")
    assert admin.last_text.startswith("💾 Saved.")
    assert "Deadline: Fri, 15 Jan 2027, 18:00 Berlin time" in admin.last_text
    assert question.button_data() == []  # the answered question lost its Back

    await admin.press(CallCard(call.id))
    await admin.press(CallAdmin("publish", call.id, 0))
    assert (
        "Applications open on Mon, 2 Mar 2026, 10:00 Berlin time and are accepted until "
        "Fri, 15 Jan 2027, 18:00 Berlin time" in admin.last_text
    )
    await admin.press(CallCard(call.id))  # cancel
    assert "being prepared" in admin.last_text
    assert (await _calls(harness))[0].published_at is None

    await admin.press(CallAdmin("publish", call.id, 0))
    await admin.press(CallAdmin("publish_ok", call.id, 0))
    link = f"https://t.me/{harness.sim.bot_username}?start=c{call.id}"
    assert admin.last_text.startswith("Published.")
    assert "open until Fri, 15 Jan 2027, 18:00 Berlin time" in admin.last_text
    assert f"Link for applicants: {link}" in admin.last_text
    published = (await _calls(harness))[0].published_at
    assert published is not None
    harness.clock.advance(60)
    await admin.press_data(CallAdmin("publish_ok", call.id, 0).pack())  # pressed again
    assert (await _calls(harness))[0].published_at == published

    await admin.press(CallAdmin("poster", call.id, 0))
    sent = admin.last
    assert sent.document is not None and sent.document.file_name.endswith(".pdf")
    assert sent.document.content.startswith(b"%PDF")
    assert CallCard(call.id).pack() in sent.button_data()  # a way back
    actor = await harness.services.access.actor(ADMIN_ID)
    png = await harness.services.calls.poster_pdf(
        actor, call.id, harness.sim.bot_username, "en", kind="png"
    )
    codes = [code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]
    assert codes == [link]

    await admin.press(CallCard(call.id), message=sent)
    assert "Link for applicants" in admin.last_text  # below the poster, a new message
    await admin.press(CallsHome())
    assert "Twin City Booster" in admin.last_text
    assert "open until Fri, 15 Jan 2027, 18:00 Berlin time · drafts: 0 · submitted: 0" in (
        admin.last_text
    )


async def test_the_card_speaks_the_readers_language(harness: BotHarness) -> None:
    admin = await calls_admin(harness, language="de")
    call = await new_call(harness, admin)
    card = admin.last_text
    assert "Frist: Do., 31. Dez. 2026, 23:59 Uhr Ortszeit Berlin" in card
    assert "aus diesen Ländern: Belarus, Deutschland, Russland und Ukraine" in card
    assert "aus Belarus, Deutschland, Russland und Ukraine" not in card  # "der Ukraine"
    assert call.id


async def test_others_are_refused(harness: BotHarness) -> None:
    call = await open_call(harness)
    mallory = await quick_participant(harness, "Mallory")
    await mallory.send("/calls")
    assert mallory.last_text.startswith("Sorry, this is only available to organisers")
    for forged in (
        CallsHome(),
        CallCard(call.id),
        CallAdmin("new", 0, 0),
        CallAdmin("poster", call.id, 0),
        CallAdmin("invite", call.id, 0),
        CallAdmin("deadline", call.id, 0),
        CallAdmin("blind", call.id, 0),
    ):
        before = len(mallory.messages)
        await mallory.press_data(forged.pack())
        assert popup(mallory).startswith("Sorry, this is only available"), forged
        assert not any(m.document for m in mallory.messages[before:])
        assert "t.me" not in mallory.last_text
    (stored,) = await _calls(harness)
    assert stored.blind is False
    assert len(await _calls(harness)) == 1


async def test_a_stranger_before_onboarding_cannot_open_the_calls(harness: BotHarness) -> None:
    stranger = harness.user("Eve", "en")
    await stranger.send("/calls")
    assert "only available to organisers" in stranger.last_text


async def test_admins_find_the_calls_among_the_organiser_tools(harness: BotHarness) -> None:
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await onboard(admin)
    await admin.press(OpenMenu("staff"))
    await admin.press(OrganiserStep("people", 0))
    await admin.press(CallsHome())
    assert "Programme calls" in admin.last_text and "No calls yet" in admin.last_text


async def test_review_and_decision_screens_open_once_the_deadline_passed(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    await seed_application(harness, call, 501, 502)
    admin = await calls_admin(harness)
    await admin.send("/calls")
    await admin.press(CallCard(call.id))
    later = [CallAssign(call.id), CallRanking(call.id), CallLetters(call.id), CallExport(call.id)]
    assert not {b.pack() for b in later} & set(admin.button_data())
    assert "drafts: 0 · submitted: 1" in admin.last_text
    harness.clock.set(call.deadline_at)
    await admin.press(CallsHome())
    await admin.press(CallCard(call.id))
    assert {b.pack() for b in later} <= set(admin.button_data())
    assert "closed since Thu, 31 Dec 2026, 23:59 Berlin time" in admin.last_text
    # Each of them opens its screen (none is a dead button after the merge).
    for pressed, opens in zip(
        later,
        ("Submitted applications: 1", "Ranked list", "Decision letters", None),
        strict=True,
    ):
        await admin.send("/calls")
        await admin.press(CallCard(call.id))
        before = len(admin.messages)
        await admin.press(pressed)
        assert not popup(admin), pressed
        if opens is not None:
            assert opens in admin.last_text, (pressed, admin.last_text)
        else:  # the export arrives as a file
            assert len(admin.messages) > before and admin.last.document is not None


async def _calls(harness: BotHarness) -> list:  # type: ignore[type-arg]
    async with harness.services.db.reading() as conn:
        return await calls_db.all_calls(conn)


def link_token(text: str) -> str:
    found = re.search(r"start=(rv-\w+)", text)
    assert found is not None, text
    return found[1]
