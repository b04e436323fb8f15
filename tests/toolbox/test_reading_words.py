"""Searching the toolbox's word index: accents folded, the start of a word, a word inside a
longer one, a misspelling, an edit, the expired-funding count only where funding can be."""

from __future__ import annotations

from datetime import date, timedelta

from bot.db import toolbox as toolbox_db
from bot.db import toolbox_search as search_db
from bot.db.toolbox_search import Filters
from bot.domain.toolbox import Entry, Funding, Version
from bot.domain.toolbox_search import corrections, fold
from bot.offline.harness import BotHarness


async def add_entry(h: BotHarness, title: str, body: str = "", days: float = 0) -> int:
    """A German guide, or with `days` a funding call whose deadline is that far away."""
    funding = Funding(h.clock.now() + timedelta(days=days), "Europe/Berlin", "5,000 EUR")
    entry = Entry(
        id=0,
        kind="funding" if days else "guide",
        status="published",
        original_language="de",
        versions={"de": Version("de", title, body, "original")},
        review_due=date(2030, 1, 1),
        funding=funding if days else None,
    )
    async with h.services.db.transaction() as conn:
        return await toolbox_db.create_entry(conn, entry, h.clock.now())


async def titles(h: BotHarness, query: str) -> list[str]:
    found = await h.services.toolbox.search(query, "de")
    return [e.versions["de"].title for e in found.entries]


def test_fold_drops_latin_accents_as_the_index_does() -> None:
    assert fold("Förderung") == "forderung"
    assert fold("Café") == "cafe"
    assert fold("молодёжный") == "молодёжный"  # SQLite keeps Cyrillic letters as they are


def test_corrections_keep_close_words_best_first() -> None:
    terms = ["digitalisierung", "digitalisat", "dorf", "digitalisieren"]
    assert corrections("digitalisirung", terms)[0] == "digitalisierung"
    assert "dorf" not in corrections("digitalisirung", terms)


async def test_a_word_without_its_accent_finds_it(harness: BotHarness) -> None:
    await add_entry(harness, "Förderung für Vereine")
    assert await titles(harness, "Forderung") == ["Förderung für Vereine"]


async def test_the_start_of_a_word_finds_it(harness: BotHarness) -> None:
    await add_entry(harness, "Städtepartnerschaften pflegen")
    assert await titles(harness, "Städtepartner") == ["Städtepartnerschaften pflegen"]


async def test_a_word_inside_a_longer_one_finds_it(harness: BotHarness) -> None:
    await add_entry(harness, "Jugendförderung beantragen")
    assert await titles(harness, "förderung") == ["Jugendförderung beantragen"]


async def test_a_misspelt_word_in_the_text_finds_it(harness: BotHarness) -> None:
    await add_entry(harness, "Leitfaden", "Wie man eine Pressemitteilung schreibt.")
    assert await titles(harness, "Presemitteilung") == ["Leitfaden"]


async def test_an_edited_version_is_found_by_its_new_words(harness: BotHarness) -> None:
    entry_id = await add_entry(harness, "Alter Titel")
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "UPDATE toolbox_versions SET title = 'Neuer Wegweiser' WHERE entry_id = ?",
            (entry_id,),
        )
    assert await titles(harness, "Wegweiser") == ["Neuer Wegweiser"]
    assert await titles(harness, "Titel") == []


async def test_expired_funding_is_counted_only_where_funding_can_be(
    harness: BotHarness,
) -> None:
    await add_entry(harness, "Zuschuss für Jugendgruppen", days=-1)
    search = harness.services.toolbox.search
    assert (await search("Zuschuss", "de", Filters(kind="guide"))).expired == 0
    assert (await search("Zuschuss", "de", Filters(kind="funding"))).expired == 1
    async with harness.services.db.reading() as conn:
        assert await search_db.count_expired(conn, Filters(kind="guide"), harness.clock.now()) == 0
