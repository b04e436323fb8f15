"""The organiser tools' home: one place with every group, what waits in words, a one-line
explanation the first time a group opens, and at most one "something waits" notice a day."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.callback_data import IdeaSettingsStep, OpenMenu, OrganiserStep, WorkshopDraftStep
from bot.domain.organiser_home import ORGANISER_GROUPS
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    idea_ids,
    make_organiser,
    quick_participant,
    submit,
)

WAITING = {
    "en": "📥 3 new ideas and 1 reported idea wait for you.",
    "de": "📥 3 neue Ideen und 1 gemeldete Idee warten auf dich.",
}
REFUSED = "Das steht leider nur dem Organisationsteam der Partnerschaft zur Verfügung."
EXPLAINED = {
    "en": "ℹ️ Open or close submissions and voting",
    "de": "ℹ️ Hier öffnest oder schließt du das Einreichen",
}


async def premoderated(harness: BotHarness) -> None:
    actor = await harness.services.access.actor(ADMIN_ID)
    await harness.services.ideas.change_settings(actor, DEMO_PARTNERSHIP, premoderation=True)


async def organiser_in(harness: BotHarness, language: str) -> SimClient:
    orga = await quick_participant(harness, "Orga", language=language)
    await make_organiser(harness, orga)
    return orga


@pytest.mark.parametrize("language", ["en", "de"])
async def test_home_counts_what_waits_and_groups_explain_themselves_once(
    harness: BotHarness, language: str
) -> None:
    orga = await organiser_in(harness, language)
    author = await quick_participant(harness, "Author")
    await submit(author, "Night buses", "Buses between the districts all night long.")
    reader = await quick_participant(harness, "Reader")
    await harness.services.ideas.report(reader.id, (await idea_ids(harness))[0])
    await premoderated(harness)
    for title in ("Repair café", "Youth festival", "Tree planting"):
        await submit(author, title, f"{title} for both cities, together.")

    await orga.send("/menu")
    await orga.press(OpenMenu("staff"))  # the main menu's "Organiser tools"
    assert WAITING[language] in orga.last_text.splitlines()
    assert orga.button_data() == [
        WorkshopDraftStep("new", str(DEMO_PARTNERSHIP)).pack(),  # the most frequent task
        *(OrganiserStep(g, 0).pack() for g in ORGANISER_GROUPS),
        OpenMenu("main").pack(),
    ]
    await orga.press(OrganiserStep("ideas", 0))
    assert orga.last_text.startswith(EXPLAINED[language])
    assert WAITING[language] in orga.last_text
    await orga.press(IdeaSettingsStep(DEMO_PARTNERSHIP, "queue", 0))  # 📥 To review (4)
    assert len([d for d in orga.button_data() if d.startswith(("io:", "im:"))]) == 4
    await orga.press(IdeaSettingsStep(DEMO_PARTNERSHIP, "show", 0))  # ⬅️ Back
    await orga.send("/organise")
    await orga.press(OrganiserStep("ideas", 0))
    assert not orga.last_text.startswith("ℹ️")  # explained once per person
    assert OpenMenu("staff").pack() in orga.button_data()  # the way back
    for group in ORGANISER_GROUPS:
        if group != "ideas":
            await orga.press(OpenMenu("staff"))
            await orga.press(OrganiserStep(group, 0))
            assert orga.last_text.startswith("ℹ️"), group


async def test_nothing_waiting_is_said_in_words(harness: BotHarness) -> None:
    orga = await organiser_in(harness, "ru")
    await orga.send("/organise")
    assert "📭 Сейчас ничего не ждёт вашего решения." in orga.last_text


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            "en",
            "📥 Karlsruhe ↔ Krasnodar: 1 new idea waits for you in the organiser tools.",
            "📥 Karlsruhe ↔ Krasnodar: 3 new ideas wait for you in the organiser tools.",
        ),
        (
            "de",
            "📥 Karlsruhe ↔ Krasnodar: 1 neue Idee wartet im Bereich für das Organisationsteam"
            " auf dich.",
            "📥 Karlsruhe ↔ Krasnodar: 3 neue Ideen warten im Bereich für das Organisationsteam"
            " auf dich.",
        ),
    ],
)
async def test_organisers_are_told_at_most_once_a_day(
    harness: BotHarness, language: str, first: str, second: str
) -> None:
    orga = await organiser_in(harness, language)
    await orga.send("/menu")
    await premoderated(harness)
    author = await quick_participant(harness, "Author")
    await submit(author, "Repair café", "Fix things together instead of throwing them away.")
    await harness.advance(timedelta(minutes=1))

    def notices() -> list[str]:
        return [m.body for m in orga.messages if m.body.startswith("📥")]

    assert notices() == [first]
    assert orga.last.button_data() == [OpenMenu("staff").pack()]
    await submit(author, "Youth festival", "A festival for young people from both cities.")
    await submit(author, "Tree planting", "Plant a tree for every newborn in both cities.")
    await harness.advance(timedelta(hours=5))
    assert notices() == [first]  # not again the same day
    await harness.advance(timedelta(hours=19))
    assert notices() == [first, second]
    await harness.advance(timedelta(days=2))
    assert notices() == [first, second]  # nothing new: no reminder


async def test_participants_never_see_the_organiser_tools(harness: BotHarness) -> None:
    anna = await quick_participant(harness, "Anna", language="de")
    await anna.send("/menu")
    assert OpenMenu("staff").pack() not in anna.button_data()
    for command in ("/organise", "/admin"):
        await anna.send(command)
        assert anna.last_text.startswith(REFUSED)
    for group in ORGANISER_GROUPS:
        await anna.press_data(OrganiserStep(group, DEMO_PARTNERSHIP).pack())
        assert anna.last_text.startswith(REFUSED), group
    await anna.press_data(OpenMenu("staff").pack())
    assert anna.last_text.startswith(REFUSED)
    async with (
        harness.services.db.reading() as conn,
        conn.execute("SELECT COUNT(*) FROM organiser_groups_seen") as cur,
    ):
        row = await cur.fetchone()
    assert row is not None and row[0] == 0  # a refused press remembers nothing
