"""Editing a call from its card: countries, the call's clock, dates in order, reviewers per
application, blind review, document retention, titles per language."""

from __future__ import annotations

from bot.callback_calls import CallAdmin, CallCard
from bot.db import calls as calls_db
from bot.domain.calls import Call
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.offline.harness import BotHarness
from tests.stories import calls_admin, new_call, popup, quick_participant


async def stored(harness: BotHarness, call: Call) -> Call:
    async with harness.services.db.reading() as conn:
        found = await calls_db.get(conn, call.id)
    assert found is not None
    return found


async def test_countries_toggle_but_one_stays(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("countries", call.id, 0))
    assert "✅ Germany" in admin.buttons()
    await admin.press(CallAdmin("country", call.id, 1))  # Germany off
    assert "Germany" in admin.buttons() and "✅ Germany" not in admin.buttons()
    for index in (0, 2):  # Belarus, Russia
        await admin.press(CallAdmin("country", call.id, index))
    assert (await stored(harness, call)).countries == ("UA",)
    await admin.press(CallAdmin("country", call.id, 3))  # the last one
    assert popup(admin) == "At least one country must be able to apply."
    assert (await stored(harness, call)).countries == ("UA",)
    await admin.press(CallAdmin("edit", call.id, 0))
    assert "cities and initiatives from Ukraine" in admin.last_text


async def test_the_clock_changes_but_the_times_stay(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("zone", call.id, 0))
    assert "Now: Berlin time" in admin.last_text
    assert admin.buttons()[:4] == ["✅ Berlin", "Kyiv", "Minsk", "Moscow"]  # no zone names
    await admin.press(CallAdmin("zone_set", call.id, 1))
    assert admin.last_text.startswith("💾 Saved.")
    assert "Deadline: Thu, 31 Dec 2026, 23:59 Kyiv time" in admin.last_text
    assert (await stored(harness, call)).time_zone == "Europe/Kyiv"


async def test_dates_stay_in_order(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("opens", call.id, 0))
    await admin.send("01.01.2027 00:00")  # after the deadline
    assert admin.last_text.startswith("Applications must open before the deadline.")
    await admin.send("01.04.2026 09:00")
    assert "Opens: Wed, 1 Apr 2026, 09:00 Berlin time" in admin.last_text
    await admin.press(CallAdmin("decision", call.id, 0))
    await admin.send("30.12.2026 12:00")  # before the deadline
    assert admin.last_text.startswith("The selection date must be after the deadline.")
    await admin.send("28.02.2027 18:00")
    assert "Selection by: Sun, 28 Feb 2027, 18:00 Berlin time" in admin.last_text
    await admin.press(CallCard(call.id))
    assert "opens on Wed, 1 Apr 2026, 09:00 Berlin time" not in admin.last_text  # not published


async def test_reviewing_settings(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("per_app", call.id, 0))
    assert admin.buttons()[:5] == ["1", "✅ 2", "3", "4", "5"]
    await admin.press(CallAdmin("per_set", call.id, 3))
    assert "none yet; 3 per application" in admin.last_text

    assert "👁 Blind review off · turn on" in admin.buttons()
    await admin.press(CallAdmin("blind", call.id, 0))
    assert "🙈 Blind review on · turn off" in admin.buttons()
    assert "Blind review: reviewers see no names" in admin.last_text
    assert (await stored(harness, call)).blind is True

    await admin.press(CallAdmin("retention", call.id, 0))
    assert "Now: 180 days." in admin.last_text
    await admin.send("half a year")
    assert admin.last_text == "Please type a number of days from 1 to 3650."
    await admin.send("1")
    assert "deleted 1 day after the selection date" in admin.last_text
    assert (await stored(harness, call)).document_retention_days == 1


async def test_a_title_in_another_language(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("title", call.id, 0))
    assert "German, English, Russian, Ukrainian and Belarusian" in admin.last_text
    await admin.press(CallAdmin("title_lang", call.id, SUPPORTED_LANGUAGES.index("de")))
    assert "Now: Twin City Booster: Bewerbt euch als Partnerstädte" in admin.last_text
    await admin.send("   ")
    assert admin.last_text == "Please type some text."
    await admin.send("Städtepartnerschaften 2027 <jetzt>")
    assert admin.last_text.startswith("💾 Saved.")
    changed = await stored(harness, call)
    assert changed.title.values["de"] == "Städtepartnerschaften 2027 <jetzt>"
    assert changed.title.values["en"] == call.title.values["en"]

    greta = await calls_admin(harness, language="de")
    await greta.send("/calls")
    assert "Städtepartnerschaften 2027 &lt;jetzt&gt;" in greta.last.source  # escaped


async def test_forged_edits_are_refused(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    mallory = await quick_participant(harness, "Mallory")
    await mallory.send("/menu")
    for forged in (
        CallAdmin("country", call.id, 0),
        CallAdmin("zone_set", call.id, 3),
        CallAdmin("per_set", call.id, 5),
        CallAdmin("title_lang", call.id, 0),
    ):
        await mallory.press_data(forged.pack())
        assert popup(mallory).startswith("Sorry, this is only available"), forged
    assert await stored(harness, call) == call
