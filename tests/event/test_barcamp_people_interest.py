"""Interest: each checked-in person taps "I'd attend" on up to N sessions, shown in their
language (machine-translated and marked with a provider, the original named without one);
N+1 is refused with a pop-up; a host's own session does not count and cannot be chosen."""

from __future__ import annotations

from pathlib import Path

from bot.callback_event import BarcampInterest
from bot.clock import FakeClock
from bot.db import barcamp as barcamp_db
from bot.db import barcamp_people as people_db
from bot.domain.barcamp import Phase
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import barcamp_camp, popup, translated_harness


async def sessions(h: BotHarness, barcamp_id: int, people: list[SimClient]) -> list[int]:
    """Four proposals: a Russian one by Sergei, three German ones (one by Anna herself)."""
    now = h.clock.now()
    anna, sergei = people[0], people[1]
    rows = [
        ("Общий сад во дворе", "Как начать огород вместе с соседями", "ru", sergei.id),
        ("Radwege für Schulkinder", "Sicher zur Schule", "de", people[2].id),
        ("Chor über Grenzen", "", "de", people[2].id),
        ("Annas Repair-Café", "Wir reparieren zusammen", "de", anna.id),
    ]
    async with h.services.db.transaction() as conn:
        await barcamp_db.set_interest_limit(conn, barcamp_id, 2)
        return [
            await barcamp_db.add_session(conn, barcamp_id, t, d, lang, who, (who,), now)
            for t, d, lang, who in rows
        ]


async def test_interest_in_the_readers_language_up_to_the_limit(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        _, barcamp_id, people = await barcamp_camp(h, people=3, phase=Phase.INTEREST)
        garden, bikes, choir, own = await sessions(h, barcamp_id, people)
        anna = people[0]  # reads German
        await anna.send("/barcamp")
        await anna.press(BarcampInterest(barcamp_id, "list", 0, 0))
        screen = anna.last_text
        assert "Gewählt: 0 von 2" in screen
        assert "1. [de] Общий сад во дворе" in screen  # the fake provider's German
        assert "🤖 maschinell übersetzt aus: Russisch" in screen
        assert "4. Annas Repair-Café" in screen and "(deine Session)" in screen
        data = anna.button_data()
        assert BarcampInterest(barcamp_id, "toggle", own, 0).pack() not in data
        async with h.services.db.reading() as conn:
            kept = await people_db.translations(conn, barcamp_id, "de")
        assert kept[garden].title == "[de] Общий сад во дворе" and kept[garden].source == "machine"

        await anna.press(BarcampInterest(barcamp_id, "toggle", garden, 0))
        await anna.press(BarcampInterest(barcamp_id, "toggle", choir, 0))
        assert "Gewählt: 2 von 2" in anna.last_text
        assert "✅ 1 · Ich komme" in anna.buttons()
        await anna.press(BarcampInterest(barcamp_id, "toggle", bikes, 0))
        assert popup(anna) == "Du hast 2 von 2 gewählt. Nimm erst eine zurück."
        await anna.press_data(BarcampInterest(barcamp_id, "toggle", own, 0).pack())
        assert "deine eigene Session" in popup(anna)
        async with h.services.db.reading() as conn:
            assert await people_db.interest_of(conn, barcamp_id, anna.id) == {garden, choir}
        # Taking one back frees a place.
        await anna.press(BarcampInterest(barcamp_id, "toggle", choir, 0))
        await anna.press(BarcampInterest(barcamp_id, "toggle", bikes, 0))
        async with h.services.db.reading() as conn:
            assert await people_db.interest_of(conn, barcamp_id, anna.id) == {garden, bikes}
            counts = {s.id: s.interest for s in await barcamp_db.sessions(conn, barcamp_id)}
        assert counts == {garden: 1, bikes: 1, choir: 0, own: 0}

        # The original is one tap away.
        await anna.press(BarcampInterest(barcamp_id, "originals", 0, 0))
        assert "1. Общий сад во дворе" in anna.last_text
        assert "[de]" not in anna.last_text


async def test_without_a_provider_the_original_is_shown_with_its_language(
    harness: BotHarness,
) -> None:
    _, barcamp_id, people = await barcamp_camp(harness, people=3, phase=Phase.INTEREST)
    await sessions(harness, barcamp_id, people)
    anna = people[0]
    await anna.send("/barcamp")
    await anna.press(BarcampInterest(barcamp_id, "list", 0, 0))
    assert "1. Общий сад во дворе" in anna.last_text
    assert "Russisch" in anna.last_text and "maschinell" not in anna.last_text
    assert not any(d.startswith("bkd:7:originals") for d in anna.button_data())


async def test_interest_only_in_its_phase_and_for_people_checked_in(harness: BotHarness) -> None:
    _, barcamp_id, people = await barcamp_camp(harness, people=3, phase=Phase.PROPOSE)
    garden, *_ = await sessions(harness, barcamp_id, people)
    anna = people[0]
    await anna.send("/barcamp")
    await anna.press_data(BarcampInterest(barcamp_id, "toggle", garden, 0).pack())
    assert "nicht offen" in popup(anna)
    async with harness.services.db.reading() as conn:
        assert await people_db.interest_of(conn, barcamp_id, anna.id) == set()
