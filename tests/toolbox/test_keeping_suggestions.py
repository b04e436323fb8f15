"""Suggesting a toolbox entry and its moderation: the keepers hear of suggestions at most once
a day, approving publishes it credited (when agreed) and tells its author in their language,
declining tells the reason, and a keeper may edit the text before approving."""

from __future__ import annotations

from datetime import timedelta

from bot.callback_toolbox import ToolboxKeep, ToolboxManage, ToolboxSuggest, ToolboxSuggestStep
from bot.db import toolbox as toolbox_db
from bot.domain.toolbox import Entry
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import make_organiser, quick_participant, shown


async def entry_of(harness: BotHarness, entry_id: int) -> Entry:
    async with harness.services.db.reading() as conn:
        entry = await toolbox_db.get_entry(conn, entry_id)
    assert entry is not None
    return entry


async def suggest(
    user: SimClient, title: str, text: str, *, link: str = "", credit: bool = True
) -> None:
    """The reading family's "Suggest an entry" button, then every step."""
    await user.send("/menu")
    await user.press_data(ToolboxSuggest().pack())
    await user.press(ToolboxSuggestStep("kind", "practice"))
    await user.send(title)
    await user.send(text)
    if link:
        await user.send(link)
    else:
        await user.press(ToolboxSuggestStep("skip_link"))
    await user.press(ToolboxSuggestStep("credit", "1" if credit else "0"))


async def keeper(harness: BotHarness) -> SimClient:
    olga = await quick_participant(harness, "Olga")
    await make_organiser(harness, olga)
    await olga.send("/menu")
    return olga


def notices(user: SimClient) -> list[str]:
    return [m.body for m in user.messages if m.body.startswith("💡")]


async def test_a_suggestion_goes_through_moderation_with_credit(harness: BotHarness) -> None:
    olga = await keeper(harness)
    anna = await quick_participant(harness, "Anna", language="de")
    await suggest(
        anna,
        "Reparaturcafé",
        "Gemeinsam reparieren statt wegwerfen.",
        link="https://repair.example.org",
    )
    assert anna.last_text.startswith("💡 Danke! Das Organisationsteam schaut sich")
    await harness.advance(timedelta(minutes=1))
    assert notices(olga) == ["💡 1 suggestion for the toolbox waits for moderation."]
    await olga.press(ToolboxManage())
    assert "📥 1 suggestion waits for moderation." in olga.last_text
    await olga.press(ToolboxKeep("queue", 0))
    entry_id = shown(olga, ToolboxKeep, action="card").ref
    await olga.press(ToolboxKeep("card", entry_id))
    assert "💡 Suggested by Anna" in olga.last_text
    assert "Gemeinsam reparieren statt wegwerfen." in olga.last_text
    await olga.press(ToolboxKeep("approve", entry_id))
    assert olga.last_text.startswith("📣 Published, and its author has been told.")
    entry = await entry_of(harness, entry_id)
    assert entry.status == "published" and entry.credit_name == "Anna"
    assert entry.owner_id == olga.id and entry.suggested_by == anna.id
    assert entry.link == "https://repair.example.org" and entry.review_due is not None
    await harness.drain()
    assert anna.last_text == "💡 Danke: Dein Vorschlag „Reparaturcafé“ ist jetzt im Werkzeugkasten."
    await olga.press_data(ToolboxKeep("approve", entry_id).pack())  # twice: out of date
    assert (
        (olga.last_callback_answer or {}).get("text", "").startswith("This button is out of date")
    )


async def test_keepers_hear_of_suggestions_at_most_once_a_day(harness: BotHarness) -> None:
    olga = await keeper(harness)
    anna = await quick_participant(harness, "Anna")
    await suggest(anna, "Night buses", "How two cities ran night buses together.")
    await harness.advance(timedelta(minutes=1))
    await suggest(anna, "Tree planting", "A tree for every newborn in both cities.")
    await harness.advance(timedelta(hours=5))
    assert notices(olga) == ["💡 1 suggestion for the toolbox waits for moderation."]
    await harness.advance(timedelta(hours=19))
    assert notices(olga)[1:] == ["💡 2 suggestions for the toolbox wait for moderation."]
    assert olga.last.button_data() == [ToolboxManage().pack()]


async def test_a_declined_suggestion_tells_its_author_why_and_credits_nobody_unasked(
    harness: BotHarness,
) -> None:
    olga = await keeper(harness)
    boris = await quick_participant(harness, "Boris")
    await suggest(boris, "My shop", "Buy things in my shop.", credit=False)
    await olga.press_data(ToolboxKeep("queue", 0).pack())
    entry_id = shown(olga, ToolboxKeep, action="card").ref
    await olga.press(ToolboxKeep("card", entry_id))
    assert "Suggested by" not in olga.last_text
    await olga.press(ToolboxKeep("decline", entry_id))
    await olga.send("The toolbox has no advertising.")
    assert olga.last_text.startswith("✖️ Declined, and its author has been told.")
    entry = await entry_of(harness, entry_id)
    assert entry.status == "declined" and entry.credit_name is None
    await harness.drain()
    assert boris.last_text == (
        "💡 Your suggestion “My shop” was not added to the toolbox."
        " The organisers say: The toolbox has no advertising."
    )


async def test_a_keeper_edits_a_suggestion_before_approving_it(harness: BotHarness) -> None:
    olga = await keeper(harness)
    anna = await quick_participant(harness, "Anna")
    await suggest(anna, "nightbus", "night buses between districts")
    await olga.press_data(ToolboxKeep("queue", 0).pack())
    entry_id = shown(olga, ToolboxKeep, action="card").ref
    await olga.press(ToolboxKeep("card", entry_id))
    await olga.press(ToolboxKeep("translate", entry_id, "en"))
    await olga.send("Night buses")
    await olga.send("How two cities ran night buses between their districts.")
    await olga.press(ToolboxKeep("approve", entry_id))
    entry = await entry_of(harness, entry_id)
    assert entry.status == "published"
    assert entry.versions["en"].title == "Night buses"
    assert entry.versions["en"].origin == "original"  # still the author's language


async def test_participants_cannot_moderate(harness: BotHarness) -> None:
    anna = await quick_participant(harness, "Anna")
    await suggest(anna, "Night buses", "How two cities ran night buses together.")
    async with harness.services.db.reading() as conn:
        cur = await conn.execute("SELECT id FROM toolbox_entries")
        (entry_id,) = [r[0] for r in await cur.fetchall()]
    boris = await quick_participant(harness, "Boris")
    await boris.send("/menu")
    for data in (
        ToolboxKeep("queue", 0),
        ToolboxKeep("approve", entry_id),
        ToolboxKeep("decline", entry_id),
    ):
        await boris.press_data(data.pack())
    assert (await entry_of(harness, entry_id)).status == "suggested"
