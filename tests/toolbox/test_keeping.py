"""Keeping the toolbox: the keepers' screen (from the organiser tools' News group), a new
entry step by step with machine versions marked "machine" (approving makes them "human"),
templates refused with reasons before any download, and only keepers may keep it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.callback_data import OrganiserStep
from bot.callback_toolbox import ToolboxDraftStep, ToolboxKeep, ToolboxManage
from bot.clock import FakeClock
from bot.db import roles as roles_db
from bot.db import toolbox as toolbox_db
from bot.domain.roles import Role
from bot.domain.toolbox import Entry
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    keep_new_entry,
    keep_publish,
    partnership_with_people,
    quick_participant,
    toolbox_keeper,
    translated_harness,
)

REFUSED = "Sorry, this is only available to organisers of the partnership."


def answered(user: SimClient) -> str:
    """The pop-up text that answered the last press."""
    return str((user.last_callback_answer or {}).get("text", ""))


async def entry_of(harness: BotHarness, entry_id: int) -> Entry:
    async with harness.services.db.reading() as conn:
        entry = await toolbox_db.get_entry(conn, entry_id)
    assert entry is not None
    return entry


async def test_a_keeper_publishes_a_guide_with_tags_owned_by_them(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    assert olga.last_text.startswith("🧰 Toolbox — keeping it")
    assert "No entries are published yet." in olga.last_text
    await keep_new_entry(
        olga,
        "guide",
        "Youth exchange step by step",
        "How to plan a youth exchange between two cities.",
        ("topic.youth", "topic.education", "country.DE", "phase.apply"),
    )
    assert olga.last_text.startswith("👁 Preview")
    assert "Youth exchange step by step" in olga.last_text
    entry_id = await keep_publish(olga)
    entry = await entry_of(harness, entry_id)
    assert entry.status == "published" and entry.owner_id == olga.id
    assert entry.tags == {"country": ("DE",), "phase": ("apply",), "topic": ("education", "youth")}
    assert (
        entry.review_due is not None and (entry.review_due - harness.clock.now().date()).days == 365
    )
    # Without a translation provider nothing is promised: one version, the original.
    assert {lang: v.origin for lang, v in entry.versions.items()} == {"en": "original"}
    assert "no version yet" in olga.last_text


async def test_machine_versions_are_marked_and_approving_makes_them_human(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        olga = await toolbox_keeper(h, language="de")
        await keep_new_entry(
            olga, "practice", "Reparaturcafé", "Gemeinsam reparieren statt wegwerfen."
        )
        entry_id = await keep_publish(olga)
        entry = await entry_of(h, entry_id)
        assert entry.versions["de"].origin == "original"
        assert {entry.versions[lang].origin for lang in ("en", "ru", "uk", "be")} == {"machine"}
        assert "maschinell übersetzt" in olga.last_text
        await olga.press(ToolboxKeep("approve_mt", entry_id, "ru"))
        entry = await entry_of(h, entry_id)
        assert entry.versions["ru"].origin == "human"
        assert entry.versions["en"].origin == "machine"
        # A keeper's own version replaces the machine's and is a person's, too.
        await olga.press(ToolboxKeep("translate", entry_id, "en"))
        await olga.send("Repair café")
        await olga.send("Repair things together instead of throwing them away.")
        entry = await entry_of(h, entry_id)
        assert entry.versions["en"].title == "Repair café"
        assert entry.versions["en"].origin == "human"


async def test_templates_are_refused_before_download_with_reasons(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "template", "Budget plan", "A budget plan for a joint project.")
    assert "up to 20 MB" in olga.last_text
    await olga.send_document("budget.xlsx", b"x" * (25 * 1024 * 1024))
    assert olga.last_text.startswith("⚠️ “budget.xlsx” is too big")
    assert "up to 20 MB" in olga.last_text and "pdf, docx" in olga.last_text
    await olga.send_document("setup.exe", b"MZ", mime="application/octet-stream")
    assert olga.last_text.startswith("⚠️ “setup.exe” is not a file type")
    assert "pdf, docx" in olga.last_text
    await olga.send_document("budget.xlsx", b"PK small sheet", mime="application/vnd.ms-excel")
    assert olga.last_text.startswith("👁 Preview")
    entry_id = await keep_publish(olga)
    entry = await entry_of(harness, entry_id)
    assert entry.template is not None and entry.template.file_name == "budget.xlsx"


async def test_funding_has_a_checked_link_a_deadline_on_a_citys_clock_and_an_amount(
    harness: BotHarness,
) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "funding", "Youth fund", "Youth groups of partner cities.")
    await olga.send("http://example.org/fund")
    assert olga.last_text.startswith("That is not a web address")
    await olga.send("https://example.org/fund")
    await olga.press(ToolboxDraftStep("zone", "3"))  # Moscow's clock (Krasnodar's)
    assert "Moscow time" in olga.last_text
    await olga.send("someday")
    assert olga.last_text.startswith("Please type a date and time like 31.12.2027 23:59")
    await olga.send("31.03.2027 18:00")
    await olga.send("up to 5,000 EUR")
    assert "(Moscow time)" in olga.last_text
    entry = await entry_of(harness, await keep_publish(olga))
    assert entry.link == "https://example.org/fund"
    assert entry.funding is not None
    assert entry.funding.deadline == datetime(2027, 3, 31, 15, 0, tzinfo=UTC)
    assert entry.funding.zone == "Europe/Moscow" and entry.funding.amount == "up to 5,000 EUR"


async def test_still_correct_and_archive_after_a_confirmation(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "guide", "Visa basics", "What a visa application needs.")
    entry_id = await keep_publish(olga)
    await olga.press(ToolboxKeep("archive", entry_id))
    assert "Nobody is notified." in olga.last_text
    await olga.press(ToolboxKeep("card", entry_id))  # cancel changes nothing
    assert (await entry_of(harness, entry_id)).status == "published"
    await olga.press(ToolboxKeep("archive", entry_id))
    await olga.press(ToolboxKeep("archive_ok", entry_id))
    assert (await entry_of(harness, entry_id)).status == "archived"
    await olga.press_data(ToolboxKeep("still", entry_id).pack())  # an archived entry's button
    assert answered(olga).startswith("This button is out of date")


async def test_participants_forged_keeper_buttons_fail(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "guide", "Visa basics", "What a visa application needs.")
    entry_id = await keep_publish(olga)
    anna = await quick_participant(harness, "Anna")
    await anna.send("/menu")
    for data in (
        ToolboxManage(),
        ToolboxDraftStep("new"),
        ToolboxKeep("list", 0),
        ToolboxKeep("card", entry_id),
        ToolboxKeep("still", entry_id),
        ToolboxKeep("archive_ok", entry_id),
        ToolboxKeep("approve_mt", entry_id, "en"),
        ToolboxKeep("translate", entry_id, "de"),
    ):
        await anna.press_data(data.pack())
        assert REFUSED in (answered(anna) or anna.last_text), data
    entry = await entry_of(harness, entry_id)
    assert entry.status == "published" and entry.versions.keys() == {"en"}


async def test_an_organiser_of_any_partnership_keeps_the_toolbox(harness: BotHarness) -> None:
    ivan = await quick_participant(harness, "Ivan", language="ru")
    other = await partnership_with_people(harness.services.db)
    assert other != DEMO_PARTNERSHIP
    async with harness.services.db.transaction() as conn:
        await roles_db.grant(conn, ivan.id, other, Role.ORGANISER, None, harness.clock.now())
    await ivan.send("/organise")
    await ivan.press(OrganiserStep("news", 0))
    await ivan.press(ToolboxManage())
    assert ivan.last_text.startswith("🧰")
    await keep_new_entry(ivan, "guide", "Визы", "Что нужно для визы.")
    entry = await entry_of(harness, await keep_publish(ivan))
    assert entry.owner_id == ivan.id and entry.original_language == "ru"


async def test_the_preview_changes_one_answer_and_comes_back(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "funding", "Youth fnd", "Youth groups.", ("topic.youth",))
    await olga.send("https://example.org/fund")
    await olga.press(ToolboxDraftStep("zone", "0"))
    await olga.send("31.03.2027 18:00")
    await olga.send("up to 5,000 EUR")
    await olga.press(ToolboxDraftStep("edit", "title"))
    await olga.send("Youth fund")
    assert olga.last_text.startswith("👁 Preview") and "Youth fund" in olga.last_text
    await olga.press(ToolboxDraftStep("edit", "topic"))
    await olga.press(ToolboxDraftStep("tag", "topic.culture"))
    for facet in ("topic", "country", "phase"):
        await olga.press(ToolboxDraftStep("next", facet))
    await olga.press(ToolboxDraftStep("edit", "zone"))
    await olga.press(ToolboxDraftStep("zone", "3"))
    await olga.send("31.03.2027 18:00")
    assert olga.last_text.startswith("👁 Preview") and "(Moscow time)" in olga.last_text
    entry = await entry_of(harness, await keep_publish(olga))
    assert entry.versions["en"].title == "Youth fund"
    assert entry.tags["topic"] == ("culture", "youth")
    assert entry.funding is not None and entry.funding.amount == "up to 5,000 EUR"
    assert entry.funding.deadline == datetime(2027, 3, 31, 15, 0, tzinfo=UTC)
