"""Reading the toolbox: search across languages with typos, the kinds, expired funding,
"remind me", "may be outdated", forged buttons, a stranger's deep link."""

from __future__ import annotations

from datetime import date, timedelta

from bot.callback_toolbox import ToolboxAct, ToolboxEntryCard, ToolboxKind, ToolboxRead
from bot.db import toolbox as toolbox_db
from bot.domain.deeplinks import toolbox_payload
from bot.domain.toolbox import Entry, Funding, Version
from bot.offline.harness import BotHarness
from tests.stories import onboard, popup


async def add_entry(h: BotHarness, **fields: object) -> int:
    now = h.clock.now()
    defaults: dict[str, object] = {
        "id": 0,
        "kind": "guide",
        "status": "published",
        "original_language": "de",
        "versions": {
            "de": Version(
                "de",
                "Digitalisierung im Verein",
                "Wie ein Verein Mitgliederlisten, Termine und Abstimmungen digital organisiert.",
                "original",
            ),
            "ru": Version(
                "ru",
                "Цифровизация в объединении",
                "Как объединение организует списки участников, встречи и голосования онлайн.",
                "machine",
            ),
        },
        "review_due": date(2030, 1, 1),
    }
    defaults.update(fields)
    async with h.services.db.transaction() as conn:
        return await toolbox_db.create_entry(conn, Entry(**defaults), now)  # type: ignore[arg-type]


def funding(h: BotHarness, days: float) -> dict[str, object]:
    deadline = h.clock.now() + timedelta(days=days)
    return {
        "kind": "funding",
        "original_language": "en",
        "versions": {
            "en": Version("en", "Youth exchange grant", "Who can apply: clubs.", "original")
        },
        "funding": Funding(deadline, "Europe/Berlin", "up to 5,000 EUR"),
    }


async def test_a_russian_query_finds_the_german_guide_in_russian(harness: BotHarness) -> None:
    entry_id = await add_entry(harness)
    reader = harness.user("Olga", "ru")
    await onboard(reader, language="ru")
    await reader.send("/toolbox цифровизация")
    assert "Цифровизация в объединении" in reader.last_text
    await reader.press(ToolboxEntryCard(entry_id))
    assert "Как объединение организует" in reader.last_text
    assert "Машинный перевод (оригинал: немецкий)" in reader.last_text
    await reader.press(ToolboxRead("original", entry_id))
    assert "Wie ein Verein" in reader.last_text


async def test_a_misspelled_german_query_finds_the_guide_and_nonsense_finds_nothing(
    harness: BotHarness,
) -> None:
    await add_entry(harness)
    reader = harness.user("Jens", "de")
    await onboard(reader, language="de")
    await reader.send("/toolbox")
    await reader.send("Digitalisirung")
    assert "Digitalisierung im Verein" in reader.last_text
    await reader.send("Quxlorbwetz")
    assert "Nichts gefunden" in reader.last_text
    async with harness.services.db.reading() as conn:
        cur = await conn.execute("SELECT query, language FROM toolbox_misses")
        misses = [tuple(row) for row in await cur.fetchall()]
    assert misses == [("Quxlorbwetz", "de")]


async def test_an_empty_query_shows_the_kinds(harness: BotHarness) -> None:
    await add_entry(harness)
    reader = harness.user()
    await onboard(reader)
    await reader.send("/toolbox")
    await reader.send("?!")
    assert "Guides · 1" in " ".join(reader.buttons())
    assert ToolboxKind("funding").pack() in reader.button_data()


async def test_expired_funding_is_hidden_and_cannot_be_reminded(harness: BotHarness) -> None:
    expired = await add_entry(harness, **funding(harness, -1))
    reader = harness.user()
    await onboard(reader)
    await reader.send("/toolbox youth exchange")
    assert "Nothing found" in reader.last_text
    assert "One funding opportunity past its deadline is hidden" in reader.last_text
    await reader.press_data(ToolboxAct("remind", expired).pack())
    assert "deadline has passed" in popup(reader)
    async with harness.services.db.reading() as conn:
        cur = await conn.execute("SELECT COUNT(*) FROM toolbox_reminders")
        assert (await cur.fetchone())[0] == 0


async def test_remind_me_a_week_before_and_the_reminder_comes_once(harness: BotHarness) -> None:
    entry_id = await add_entry(harness, **funding(harness, 30))
    soon = await add_entry(harness, **funding(harness, 3))
    reader = harness.user()
    await onboard(reader)
    await reader.send("/toolbox youth exchange")
    await reader.press(ToolboxEntryCard(entry_id))
    assert "Berlin time" in reader.last_text
    await reader.press(ToolboxAct("remind", entry_id))
    assert "You will be reminded on" in reader.last_text
    await reader.press_data(ToolboxAct("remind", soon).pack())
    assert "Less than 7 days" in popup(reader)
    before = len(reader.messages)
    await harness.advance(timedelta(days=24))
    texts = reader.texts_since(before)
    assert len(texts) == 1 and "Youth exchange grant" in texts[0]
    await harness.advance(timedelta(days=1))
    assert len(reader.messages) == before + 1


async def test_may_be_outdated_once_the_review_date_passed(harness: BotHarness) -> None:
    entry_id = await add_entry(harness, review_due=harness.clock.now().date() + timedelta(days=2))
    reader = harness.user()
    await onboard(reader)
    await reader.start(toolbox_payload(entry_id))
    assert "May be outdated" not in reader.last_text
    harness.clock.advance(timedelta(days=3))
    await reader.start(toolbox_payload(entry_id))
    assert "May be outdated, last reviewed" in reader.last_text


async def test_a_stranger_opens_a_shared_link_and_reads_the_entry(harness: BotHarness) -> None:
    entry_id = await add_entry(harness)
    stranger = harness.user("Ivan", "ru")
    await stranger.start(toolbox_payload(entry_id))
    assert "Цифровизация в объединении" in stranger.last_text
    assert ToolboxAct("yes", entry_id).pack() not in stranger.button_data()


async def test_forged_buttons_fail(harness: BotHarness) -> None:
    entry_id = await add_entry(harness)
    stranger = harness.user("Ivan", "ru")
    await stranger.start(toolbox_payload(entry_id))
    await stranger.press_data(ToolboxEntryCard(99999).pack())
    assert popup(stranger)
    await stranger.press_data(ToolboxKind("nonsense").pack())
    assert (stranger.last_callback_answer or {}).get("text")
    reader = harness.user()
    await onboard(reader)
    await reader.send("/toolbox")
    await reader.press_data(ToolboxAct("remind", entry_id).pack())
    assert "no deadline" in popup(reader)
