"""The organiser's new-workshop wizard end to end: buttons only (calendar, common times,
durations) with back and an edit from the preview; a typed date; bad typed dates; clock-change
nights on create and on edit; forged presses by a participant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.callback_data import WorkshopDraftStep, WorkshopManage
from bot.clock import FakeClock
from bot.db import workshops as workshops_db
from bot.domain.workshops import WorkshopStatus
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.services.errors import UserFacingError
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    Counted,
    create_workshop,
    onboard,
    organiser_workshops,
    popup,
    quick_participant,
    translated_harness,
)

BERLIN = ZoneInfo("Europe/Berlin")
STALE_BUTTON = "This button is out of date. Please use the latest message or /menu."
REFUSALS = (
    "Sorry, this is only available to organisers of the partnership.",
    "This step is no longer open. Start again from the workshop list.",
)


async def organiser(harness: BotHarness, language: str = "en") -> SimClient:
    admin = harness.user("Orga", language, user_id=ADMIN_ID)
    await onboard(admin, language=language)
    return admin


async def open_wizard(orga: SimClient) -> None:
    await organiser_workshops(orga)
    await orga.press(WorkshopDraftStep("new", str(DEMO_PARTNERSHIP)))


async def published(harness: BotHarness) -> list:
    actor = await harness.services.access.actor(ADMIN_ID)
    return await harness.services.workshops.organised(actor, DEMO_PARTNERSHIP)


PREVIEW_HEAD = {
    "en": "Please check — this is what participants will see:",
    "ru": "Проверьте — так это увидят участники:",
}
WHEN = {  # 9 March 2026, 18:00–21:00 on the Karlsruhe clock
    "en": "🕒 Mon, 9 Mar 2026, 18:00–21:00 Karlsruhe time",
    "ru": "🕒 пн, 9 мар. 2026\u202fг., 18:00–21:00 по времени города Карлсруэ",
}


ADDRESS_IN = {  # the organiser's own city is taken without asking
    "en": "Send the venue address in Karlsruhe, or skip.",
    "ru": "Отправьте адрес места проведения в городе Карлсруэ или пропустите.",
}


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_buttons_only_with_back_and_an_edit_from_the_preview(
    harness: BotHarness, language: str
) -> None:
    """Counted from the organiser tools (/organise): New workshop, kind, a calendar day, 18:00,
    back twice to the calendar, another day, 3 h, the venue changed from the preview,
    publish: 10 presses, no date typed. The city is the organiser's own."""
    orga = await organiser(harness, language)
    await orga.send("/organise")  # "New workshop" is on the home of a one-partnership organiser
    counted = Counted(orga)
    await counted.press(WorkshopDraftStep("new", str(DEMO_PARTNERSHIP)))
    assert orga.last_text.count("•") == 4  # each kind with its one-line explanation
    await counted.press(WorkshopDraftStep("kind", "kickoff"))
    await counted.send("Kick-off <Karlsruhe>")
    await counted.send("We meet & plan.")
    assert orga.last_text.startswith(ADDRESS_IN[language])  # no city question
    assert "wd:city:-" in orga.last.button_data()  # another city or online, if wanted
    await counted.send("Rathaus, Marktplatz 1")
    assert "Europe/Berlin" not in orga.last_text
    assert orga.last.button_data().count("wd:noop:-") >= 7  # weekday letters above the days
    await counted.press(WorkshopDraftStep("day", "2026-03-06"))
    await counted.press(WorkshopDraftStep("start", "1800"))
    assert orga.last_text.startswith("⏳")
    await counted.press(WorkshopDraftStep("back", "-"))  # to the start time
    assert "✅ 18:00" in orga.buttons()
    await counted.press(WorkshopDraftStep("back", "-"))  # to the calendar
    assert "✅ 6" in orga.buttons()
    await counted.press(WorkshopDraftStep("day", "2026-03-09"))  # the start time stays 18:00
    await counted.press(WorkshopDraftStep("dur", "180"))
    preview = orga.last_text
    assert preview.startswith(PREVIEW_HEAD[language])
    assert WHEN[language] in preview
    assert preview.count("9") >= 1 and preview.count("2026") == 1  # the date once
    assert "Rathaus, Marktplatz 1" in preview
    assert "Kick-off <Karlsruhe>" in preview and "We meet & plan." in preview
    await counted.press(WorkshopDraftStep("edit", "venue"))
    await counted.send("Stadtbibliothek, Ständehausstraße 2")
    assert orga.last_text.startswith(PREVIEW_HEAD[language])  # back at the preview
    assert "Stadtbibliothek, Ständehausstraße 2" in orga.last_text
    await counted.press(WorkshopDraftStep("publish", "-"))
    assert counted.presses == 10
    assert counted.typed == 4  # title, description, address, the new address: no date

    [workshop] = await published(harness)
    assert workshop.status is WorkshopStatus.PUBLISHED
    assert workshop.address == "Stadtbibliothek, Ständehausstraße 2"
    assert workshop.starts_at == datetime(2026, 3, 9, 18, tzinfo=BERLIN)
    assert workshop.ends_at - workshop.starts_at == timedelta(hours=3)


async def test_typed_steps_lose_their_buttons_when_answered(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    question = orga.last
    assert question.button_data()  # back and cancel
    await orga.send("Planning meeting")
    assert question.button_data() == []
    assert orga.last is not question and orga.last.button_data()


async def test_a_typed_date_and_time_still_works(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    await orga.send("Planning meeting")
    await orga.press(WorkshopDraftStep("skip", "-"))  # no description
    await orga.press(WorkshopDraftStep("city", "-"))  # not the organiser's own city:
    await orga.press(WorkshopDraftStep("place", "0"))  # online
    await orga.send("https://meet.example.org/plan")
    await orga.send("24.04.2026 18:30")  # day and start at once
    assert orga.last_text.startswith("⏳ It starts Fri, 24 Apr 2026, 18:30 Karlsruhe time.")
    await orga.send("20:00")  # the end, typed
    assert orga.last_text.startswith("Please check")
    await orga.press(WorkshopDraftStep("edit", "date"))
    await orga.send("2026-04-27")  # only a day: the start time stays
    assert "Mon, 27 Apr 2026, 18:30–20:00" in orga.last_text
    await orga.press(WorkshopDraftStep("edit", "time"))
    await orga.send("19.15")
    assert "Mon, 27 Apr 2026, 19:15–20:45" in orga.last_text  # the duration stays
    await orga.press(WorkshopDraftStep("save", "-"))
    [workshop] = await published(harness)
    assert workshop.status is WorkshopStatus.DRAFT
    assert workshop.starts_at == datetime(2026, 4, 27, 19, 15, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("language", "bad_date", "bad_time"),
    [
        ("en", "I could not read that date. Please write it like 09/03/2026", "like 18:30"),
        ("de", "Dieses Datum konnte ich nicht lesen. Bitte schreib es wie 09.03.2026", "wie 18:30"),
    ],
)
async def test_bad_typed_dates_get_a_clear_message(
    harness: BotHarness, language: str, bad_date: str, bad_time: str
) -> None:
    orga = await organiser(harness, language)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    await orga.send("Planning meeting")
    await orga.press(WorkshopDraftStep("skip", "-"))
    await orga.press(WorkshopDraftStep("skip", "-"))  # no address
    calendar = orga.last
    for typed in ("next tuesday", "31.02.2026", "14 Jan"):
        await orga.send(typed)
        assert orga.last_text.startswith(bad_date), typed
        assert orga.last.button_data().count("wd:noop:-") >= 7  # the calendar again
    assert calendar.button_data() == []  # only the newest question has buttons
    await orga.send("01.03.2026")
    assert orga.last_text.startswith(
        ("That day is over.", "Dieser Tag ist vorbei.")[language == "de"]
    )
    await orga.press(WorkshopDraftStep("day", "2026-03-10"))
    await orga.send("half past six")
    assert bad_time in orga.last_text.split("\n")[0]
    await orga.press_data("wd:day:2026-02-30")  # no such day: a pop-up, nothing changes
    assert orga.last_callback_answer is not None and orga.last_callback_answer.get("text")
    assert bad_time in orga.last_text.split("\n")[0]


async def test_a_time_the_clocks_skip_is_refused_on_create(harness: BotHarness) -> None:
    """29 March 2026: Karlsruhe's clocks jump from 02:00 to 03:00."""
    orga = await organiser(harness)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    await orga.send("Night owls")
    await orga.press(WorkshopDraftStep("skip", "-"))
    await orga.press(WorkshopDraftStep("skip", "-"))
    await orga.press(WorkshopDraftStep("day", "2026-03-29"))
    await orga.send("02:30")
    assert orga.last_text == (
        "⏰ 02:30 doesn't exist on 29 March 2026 in Karlsruhe — clocks jump to 03:00. Use 03:30?"
    )
    actor = await harness.services.access.actor(ADMIN_ID)
    draft = await harness.services.workshop_drafts.draft(actor)
    assert draft.starts_at is None
    await orga.press(WorkshopDraftStep("retype", "-"))
    await orga.send("02:59")
    await orga.press(WorkshopDraftStep("time", "0"))  # 03:59, as offered
    draft = await harness.services.workshop_drafts.draft(actor)
    assert draft.starts_at == datetime(2026, 3, 29, 1, 59, tzinfo=UTC)


async def test_a_time_the_clocks_skip_is_refused_when_a_workshop_moves(
    harness: BotHarness,
) -> None:
    orga = await organiser(harness)
    workshop = await create_workshop(harness, starts_in=timedelta(days=5))
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    question = await orga.press(WorkshopManage(workshop.id, "time", 0))
    assert "Karlsruhe time" in orga.last_text and "Europe/Berlin" not in orga.last_text
    await orga.send("29.03.2026 02:30")
    assert question.button_data() == []  # answered: only the newest question has buttons
    assert orga.last_text.startswith(
        "⏰ 02:30 doesn't exist on 29 March 2026 in Karlsruhe — clocks jump to 03:00."
        " Please send another time."
    )
    assert "🕒 Sunday, 29 March 2026: when does it start?" in orga.last_text  # that day's times
    assert f"wm:{workshop.id}:at:1800" in orga.last.button_data()
    await orga.send("28.03.2026 23:00")
    await orga.send("29.03.2026 02:15")  # the end in the gap
    assert orga.last_text.startswith("⏰ 02:15 doesn't exist on 29 March 2026 in Karlsruhe")
    async with harness.services.db.reading() as conn:
        unchanged = await workshops_db.get(conn, workshop.id)
    assert unchanged is not None and unchanged.starts_at == workshop.starts_at
    await orga.send("29.03.2026 04:00")
    assert orga.last_text.startswith("🕒 Time changed")
    async with harness.services.db.reading() as conn:
        moved = await workshops_db.get(conn, workshop.id)
    assert moved is not None and moved.ends_at == datetime(2026, 3, 29, 2, tzinfo=UTC)


async def test_a_time_that_happens_twice_is_taken_the_first_time_and_said(
    harness: BotHarness,
) -> None:
    orga = await organiser(harness, "de")
    workshop = await create_workshop(harness, starts_in=timedelta(days=5))
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "time", 0))
    await orga.send("25.10.2026 02:30")
    await orga.send("04:00")
    assert orga.last_text.startswith(
        "🕒 Zeit geändert; alle Angemeldeten werden informiert. 02:30 gibt es in dieser Nacht"
        " zweimal: Ich habe das erste Mal genommen (Sommerzeit, CEST)."
    )
    async with harness.services.db.reading() as conn:
        moved = await workshops_db.get(conn, workshop.id)
    assert moved is not None and moved.starts_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


async def test_participants_cannot_press_wizard_or_card_buttons(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    workshop = await create_workshop(harness)
    intruder = await quick_participant(harness, "Intruder")
    await intruder.start()
    for data in (
        "wd:new:1",
        "wd:back:-",
        "wd:edit:venue",
        "wd:day:2026-03-10",
        "wd:start:1800",
        "wd:dur:180",
        "wd:cap:30",
        "wd:split:-",
        "wd:month:2026-04",
        "wd:lang:ru",
        "wd:copy:-",
        "wd:city:-",
        f"wd:from:{workshop.id}",
        "wd:publish:-",
        f"wm:{workshop.id}:time:0",
    ):
        await intruder.press_data(data)
        assert popup(intruder) in REFUSALS, data
    assert len(await published(harness)) == 1
    actor = await harness.services.access.actor(ADMIN_ID)
    draft = await harness.services.workshop_drafts.draft(actor)
    assert draft.step == "title"  # the organiser's own draft is untouched


async def test_the_calendar_goes_month_by_month(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    await orga.send("Planning meeting")
    await orga.press(WorkshopDraftStep("skip", "-"))
    await orga.press(WorkshopDraftStep("skip", "-"))
    assert "March 2026" in orga.last_text
    assert "wd:day:2026-03-01" not in orga.button_data()  # gone by (today is 2 March)
    assert "wd:day:2026-03-02" in orga.button_data()
    assert "wd:month:2026-02" not in orga.button_data()
    await orga.press(WorkshopDraftStep("month", "2026-04"))
    assert "April 2026" in orga.last_text
    assert "wd:day:2026-04-30" in orga.button_data()
    await orga.press(WorkshopDraftStep("month", "2026-03"))
    assert "March 2026" in orga.last_text


async def quick_draft(orga: SimClient, title: str = "Kick-off", description: str = "") -> None:
    """Through the main steps to the preview: Karlsruhe, 10 March 2026, 18:00, 3 h."""
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "kickoff"))
    await orga.send(title)
    if description:
        await orga.send(description)
    else:
        await orga.press(WorkshopDraftStep("skip", "-"))
    await orga.send("Rathaus, Marktplatz 1")
    await orga.press(WorkshopDraftStep("day", "2026-03-10"))
    await orga.press(WorkshopDraftStep("start", "1800"))
    await orga.press(WorkshopDraftStep("dur", "180"))


async def test_other_languages_typed_without_a_provider(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await quick_draft(orga, "Kick-off", "We meet and plan.")
    assert "🌐 Only in English so far" in orga.last_text
    await orga.press(WorkshopDraftStep("edit", "languages"))
    assert "No machine translation is set up" in orga.last_text
    assert "• Russian: not yet" in orga.last_text
    await orga.press(WorkshopDraftStep("lang", "ru"))
    assert orga.last_text.startswith("Send the title in Russian.")
    await orga.send("Стартовый воркшоп")
    await orga.send("Знакомимся и планируем.")
    assert "• Russian: Стартовый воркшоп" in orga.last_text
    assert "✅ Russian" in orga.buttons()
    await orga.press(WorkshopDraftStep("lang", "de"))
    await orga.press(WorkshopDraftStep("skip", "-"))  # leave German out
    await orga.press(WorkshopDraftStep("back", "-"))  # done
    assert "🌐 Also in Russian" in orga.last_text
    await orga.press(WorkshopDraftStep("publish", "-"))

    [workshop] = await published(harness)
    olga = await quick_participant(harness, "Olga", language="ru", city=1)
    await olga.start(f"w{workshop.id}")
    assert "Стартовый воркшоп" in olga.last_text
    assert "Знакомимся и планируем." in olga.last_text
    greta = await quick_participant(harness, "Greta", language="de")
    await greta.start(f"w{workshop.id}")
    assert "Kick-off" in greta.last_text  # no German: the original


async def test_other_languages_are_machine_prefilled_with_a_provider(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock, admin_ids=frozenset({ADMIN_ID})) as (h, _fake):
        orga = await organiser(h)
        await quick_draft(orga, "Kick-off")
        await orga.press(WorkshopDraftStep("edit", "languages"))
        assert "• German: [de] Kick-off (🤖 machine translation — tap to correct)" in (
            orga.last_text
        )
        assert "No machine translation" not in orga.last_text
        await orga.press(WorkshopDraftStep("lang", "de"))
        assert "Now: [de] Kick-off" in orga.last_text
        await orga.send("Auftakt")  # corrected: no longer marked
        assert "• German: Auftakt\n" in orga.last_text
        await orga.press(WorkshopDraftStep("back", "-"))
        await orga.press(WorkshopDraftStep("publish", "-"))
        [workshop] = await published(h)
        assert workshop.title.values["de"] == "Auftakt"
        assert workshop.title.values["uk"] == "[uk] Kick-off"


async def test_a_new_workshop_copies_an_earlier_one_but_its_day(harness: BotHarness) -> None:
    orga = await organiser(harness)
    earlier = await create_workshop(
        harness, title="Kick-off Karlsruhe", starts_in=timedelta(days=3)
    )
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("copy", "-"))
    assert orga.last_text.startswith("📋 Which workshop do you want to copy?")
    assert "• Kick-off Karlsruhe — Thu, 5 Mar 2026, 10:00–13:00 Karlsruhe time" in orga.last_text
    await orga.press(WorkshopDraftStep("from", str(earlier.id)))
    assert orga.last_text.startswith("📅 Which day?")
    await orga.press(WorkshopDraftStep("day", "2026-03-19"))
    preview = orga.last_text
    assert preview.startswith("Please check")
    assert "🕒 Thu, 19 Mar 2026, 10:00–13:00 Karlsruhe time" in preview
    assert "📍 Karlsruhe, Rathaus, Marktplatz 1" in preview and "🪑 50 seats" in preview
    await orga.press(WorkshopDraftStep("publish", "-"))
    copies = [w for w in await published(harness) if w.id != earlier.id]
    assert [(w.title.values, w.capacity, w.kind) for w in copies] == [
        (earlier.title.values, earlier.capacity, earlier.kind)
    ]
    assert copies[0].starts_at == earlier.starts_at + timedelta(days=14)


async def test_nothing_to_copy_and_no_copying_another_partnership_s(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("copy", "-"))
    assert orga.last_text.startswith("📋 You have no earlier workshop to copy yet.")
    await orga.press(WorkshopDraftStep("back", "-"))
    assert orga.last_text.startswith("New workshop: what kind is it?")
    await orga.press_data("wd:from:999")  # no such workshop: refused, the draft stays
    actor = await harness.services.access.actor(ADMIN_ID)
    draft = await harness.services.workshop_drafts.draft(actor)
    assert draft.step == "kind" and draft.title is None


async def test_the_workshop_card_speaks_plainly_and_its_toggle_says_its_state(
    harness: BotHarness,
) -> None:
    orga = await organiser(harness)
    workshop = await create_workshop(harness)
    await organiser_workshops(orga)
    card = await orga.press(WorkshopManage(workshop.id, "card", 0))
    assert "Waiting list: 0\nWaiting list offers open: 0" in card.body
    assert card.button_texts()[0] == "📢 Visible · hide"
    await orga.press(WorkshopManage(workshop.id, "unpublish", 0))
    assert card.button_texts()[0] == "📝 Hidden · publish"
    async with harness.services.db.reading() as conn:
        hidden = await workshops_db.get(conn, workshop.id)
    assert hidden is not None and hidden.status is WorkshopStatus.DRAFT
    await orga.press(WorkshopManage(workshop.id, "publish", 0))
    assert card.button_texts()[0] == "📢 Visible · hide"


async def test_the_last_address_in_a_city_is_offered_as_the_default(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await create_workshop(harness)  # at "Rathaus, Marktplatz 1" in Karlsruhe
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    await orga.send("Planning meeting")
    await orga.press(WorkshopDraftStep("skip", "-"))
    assert "Last time in this city: Rathaus, Marktplatz 1" in orga.last_text
    await orga.press(WorkshopDraftStep("addr", "-"))
    assert orga.last_text.startswith("📅 Which day?")
    actor = await harness.services.access.actor(ADMIN_ID)
    draft = await harness.services.workshop_drafts.draft(actor)
    assert draft.address == "Rathaus, Marktplatz 1"
    await orga.press(WorkshopDraftStep("back", "-"))
    await orga.press(WorkshopDraftStep("city", "-"))  # another city
    await orga.press(WorkshopDraftStep("place", "2"))  # Krasnodar: its address is asked
    assert orga.last_text.startswith("Send the venue address in Krasnodar, or skip.")
    assert "wd:addr:-" not in orga.button_data()  # no earlier workshop there


async def test_back_from_the_address_skips_the_city_it_did_not_ask(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await open_wizard(orga)
    await orga.press(WorkshopDraftStep("kind", "other"))
    await orga.send("Planning meeting")
    await orga.press(WorkshopDraftStep("skip", "-"))  # no description
    await orga.press(WorkshopDraftStep("back", "-"))
    assert orga.last_text.startswith("Send a short description")
    await orga.press(WorkshopDraftStep("skip", "-"))
    assert orga.last_text.startswith("Send the venue address in Karlsruhe, or skip.")
    await orga.press(WorkshopDraftStep("city", "-"))
    assert orga.last_text == "Where does it take place?"
    assert "✅ Karlsruhe" in orga.buttons()  # the city taken so far
    await orga.press(WorkshopDraftStep("back", "-"))  # the city step is one now: back from it
    assert orga.last_text.startswith("Send a short description")


async def test_an_organiser_without_a_city_is_asked_for_it(harness: BotHarness) -> None:
    """An admin may have no city of the partnership: the city step stays."""
    await organiser(harness)
    actor = await harness.services.access.actor(ADMIN_ID)
    drafts = harness.services.workshop_drafts
    partnership = await harness.services.partnerships.require(DEMO_PARTNERSHIP)
    draft = await drafts.start_draft(actor, partnership, "en", None)
    assert draft.city_id is None and not draft.home_city
    await drafts.update_draft(actor, "kind", "other")
    await drafts.update_draft(actor, "text", "Planning meeting")
    draft = await drafts.update_draft(actor, "skip")
    assert draft.step == "place"
    with pytest.raises(UserFacingError):  # nothing to change on the address step yet
        await drafts.update_draft(actor, "other_place")


@pytest.mark.parametrize("language", ["en", "de"])
async def test_a_workshop_moves_with_the_calendar_times_and_durations(
    harness: BotHarness, language: str
) -> None:
    """From the card: Change time, a day, 18:00, 2 h — no date typed; people are told."""
    orga = await organiser(harness, language)
    workshop = await create_workshop(harness, starts_in=timedelta(days=5))  # 7 March 2026
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    calendar = await orga.press(WorkshopManage(workshop.id, "time", 0))
    assert "Karlsruhe" in orga.last_text and "Europe/Berlin" not in orga.last_text
    assert orga.last.button_data().count("wd:noop:-") >= 7  # weekday letters and blanks
    assert "✅ 7" in orga.buttons()  # the workshop's day now
    await orga.press(WorkshopManage(workshop.id, "month", 202604))
    assert ("April 2026", "April 2026")[language == "de"] in orga.last_text
    await orga.press(WorkshopManage(workshop.id, "month", 202603))
    await orga.press(WorkshopManage(workshop.id, "day", 20260320))
    assert not any(":day:" in d for d in calendar.button_data())  # the days are gone
    assert f"wm:{workshop.id}:at:1800" in orga.last.button_data()  # the start time is next
    await orga.press(WorkshopManage(workshop.id, "at", 1800))
    assert orga.last_text.startswith("⏳")
    await orga.press(WorkshopManage(workshop.id, "dur", 120))
    assert orga.last_text.startswith(("🕒 Time changed", "🕒 Zeit geändert")[language == "de"])
    async with harness.services.db.reading() as conn:
        moved = await workshops_db.get(conn, workshop.id)
    assert moved is not None
    assert moved.starts_at == datetime(2026, 3, 20, 18, tzinfo=BERLIN)
    assert moved.ends_at == datetime(2026, 3, 20, 20, tzinfo=BERLIN)
    await orga.press_data(f"wm:{workshop.id}:dur:180")  # a stale duration: nothing changes
    assert orga.last_callback_answer is not None and orga.last_callback_answer.get("text")
    async with harness.services.db.reading() as conn:
        again = await workshops_db.get(conn, workshop.id)
    assert again is not None and again.ends_at == moved.ends_at


async def test_a_typed_start_time_after_a_calendar_day(harness: BotHarness) -> None:
    orga = await organiser(harness)
    workshop = await create_workshop(harness, starts_in=timedelta(days=5), hours=3)
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "time", 0))
    await orga.send("2026-03-10")  # a day typed alone: its start time is asked
    assert orga.last_text.startswith("🕒 Tuesday, 10 March 2026: when does it start?")
    await orga.send("half past six")
    assert orga.last_text.startswith("I could not read that time. Please write it like 18:30")
    await orga.send("19.15")
    assert orga.last_text.startswith("⏳ It starts Tue, 10 Mar 2026, 19:15 Karlsruhe time.")
    await orga.send("21:00")  # the end, typed
    async with harness.services.db.reading() as conn:
        moved = await workshops_db.get(conn, workshop.id)
    assert moved is not None
    assert moved.starts_at == datetime(2026, 3, 10, 19, 15, tzinfo=BERLIN)
    assert moved.ends_at == datetime(2026, 3, 10, 21, tzinfo=BERLIN)


async def test_a_day_gone_by_and_forged_time_buttons_are_refused(harness: BotHarness) -> None:
    orga = await organiser(harness)
    workshop = await create_workshop(harness, starts_in=timedelta(days=5))
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "time", 0))
    await orga.press_data(f"wm:{workshop.id}:day:20260301")  # yesterday
    assert orga.last_callback_answer is not None
    assert orga.last_callback_answer.get("text", "").startswith("That day is over.")
    intruder = await quick_participant(harness, "Intruder")
    await intruder.start()
    for action, value in (("month", 202604), ("day", 20260320), ("at", 1800), ("dur", 120)):
        await intruder.press_data(f"wm:{workshop.id}:{action}:{value}")
        # Refused, or (no time change of hers is open) answered as an out-of-date button.
        answer = (intruder.last_callback_answer or {}).get("text")
        assert answer in (*REFUSALS, STALE_BUTTON), action
    async with harness.services.db.reading() as conn:
        unchanged = await workshops_db.get(conn, workshop.id)
    assert unchanged is not None and unchanged.starts_at == workshop.starts_at
