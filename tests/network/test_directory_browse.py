"""Browsing and searching the directory: by country and topic in the reader's language, typed
search across scripts, cards with consent-only contacts, "may be outdated", paging, forged
buttons, and the keyboards on a phone in every language."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.callback_network import (
    DirectoryBrowse,
    DirectoryHome,
    DirectoryPartnership,
    DirectoryResults,
    NetworkHome,
)
from bot.db import network as network_db
from bot.domain.directory import Hit
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import NETWORK_TOPICS, REVIEW_GRACE
from bot.i18n import Translator
from bot.keyboards import directory as kb
from bot.offline.harness import BotHarness
from bot.telegram.limits import over_budget_labels
from tests.stories import (
    DEMO_PARTNERSHIP,
    answer_text,
    listed_partnership,
    named_person,
    onboard,
    other_partnership,
)

LUBLIN = {"de": "Lublin ↔ Lutsk", "ru": "Люблин ↔ Луцк", "uk": "Люблін ↔ Луцьк"}
LUBLIN_CITIES = ({"de": "Lublin", "ru": "Люблин"}, {"de": "Luzk", "ru": "Луцк", "uk": "Луцьк"})


async def lublin(h: BotHarness) -> int:
    pid = await other_partnership(h, LUBLIN, LUBLIN_CITIES)
    await listed_partnership(h, pid, countries=("PL", "UA"), topics=("education",), since=2004)
    return pid


async def test_a_german_reader_finds_a_partnership_by_country_in_german(
    harness: BotHarness,
) -> None:
    reader = harness.user("Jens", "de")
    await onboard(reader, language="de")
    await listed_partnership(harness)
    pid = await lublin(harness)
    await reader.send("/directory")
    assert "Verzeichnis" in reader.last_text
    await reader.press(DirectoryBrowse("countries"))
    assert {"Polen", "Russland", "Ukraine", "Deutschland"} <= set(reader.buttons())
    await reader.press(DirectoryResults("c", "PL", 0))
    assert "Lublin ↔ Lutsk" in reader.last_text and "Karlsruhe" not in reader.last_text
    await reader.press(DirectoryPartnership(pid, "c", "PL", 0))
    card = reader.last_text
    assert "Städte: Lublin und Luzk" in card
    assert "Länder: Polen und Ukraine" in card
    assert "Partnerschaft seit 2004" in card and "Schwerpunkte: Bildung" in card
    assert "Ansprechperson" not in card and "veraltet" not in card
    await reader.press(DirectoryResults("c", "PL", 0))  # back to the results
    assert "Lublin ↔ Lutsk" in reader.last_text


async def test_topics_list_only_what_the_directory_has_and_find_it(harness: BotHarness) -> None:
    reader = harness.user("Olga", "ru")
    await onboard(reader, language="ru")
    await listed_partnership(harness, topics=("youth",))
    await lublin(harness)
    await reader.send("/directory")
    await reader.press(DirectoryBrowse("topics"))
    assert reader.buttons()[:2] == ["Молодёжь", "Образование"]
    await reader.press(DirectoryResults("t", "education", 0))
    assert "Люблин ↔ Луцк" in reader.last_text and "Карлсруэ" not in reader.last_text


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Польша", "Люблин ↔ Луцк"),  # a country name in the reader's language (babel)
        ("луцк", "Люблин ↔ Луцк"),  # a city, any case
        ("Karlsruhe", "Карлсруэ ↔ Краснодар"),  # the German spelling finds the Russian name
        ("Poland", "Люблин ↔ Луцк"),  # another working language's country name
    ],
)
async def test_typed_search_across_scripts_shows_names_in_the_readers_language(
    harness: BotHarness, typed: str, found: str
) -> None:
    reader = harness.user("Olga", "ru")
    await onboard(reader, language="ru")
    await listed_partnership(harness)
    await lublin(harness)
    await reader.send("/directory")
    await reader.send(typed)
    assert found in reader.last_text
    assert reader.last_text.count("🤝") == 1


async def test_short_and_nonsense_searches_get_a_helpful_answer(harness: BotHarness) -> None:
    await listed_partnership(harness)
    reader = harness.user("Anna", "en")
    await onboard(reader)
    await reader.send("/directory")
    await reader.send("K")
    assert "at least 2 letters" in reader.last_text
    await reader.send("Quxlorbwetz")
    assert "Nothing found" in reader.last_text
    assert DirectoryHome().pack() in reader.button_data()


async def test_a_partnership_without_a_profile_is_not_listed(harness: BotHarness) -> None:
    reader = harness.user("Anna", "en")
    await onboard(reader)
    await reader.send("/directory")
    await reader.send("Karlsruhe")
    assert "Nothing found" in reader.last_text


async def test_the_contact_is_named_only_after_agreeing_and_by_first_name(
    harness: BotHarness,
) -> None:
    contact = harness.user("Sergei", "ru")
    await named_person(harness, contact, "Sergei Ivanov")
    await listed_partnership(harness, contact=contact.id, agreed=False)
    reader = harness.user("Anna", "en")
    await onboard(reader)
    await reader.send("/directory")
    await reader.press(DirectoryBrowse("countries"))
    await reader.press(DirectoryResults("c", "DE", 0))
    await reader.press(DirectoryPartnership(DEMO_PARTNERSHIP, "c", "DE", 0))
    assert "Contact" not in reader.last_text and "Sergei" not in reader.last_text
    await listed_partnership(harness, contact=contact.id, agreed=True)
    await reader.press(DirectoryResults("c", "DE", 0))
    await reader.press(DirectoryPartnership(DEMO_PARTNERSHIP, "c", "DE", 0))
    assert "Contact: Sergei" in reader.last_text
    assert "Ivanov" not in reader.last_text


async def test_an_unconfirmed_entry_may_be_outdated_after_the_grace_time(
    harness: BotHarness,
) -> None:
    profile = await listed_partnership(harness, contact=None)
    asked = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        await network_db.save_profile(
            conn, type(profile)(**{**profile.__dict__, "review_asked_at": asked}), asked
        )
    reader = harness.user("Anna", "en")
    await onboard(reader)
    await reader.send("/directory")
    await reader.press(DirectoryBrowse("topics"))
    await reader.press(DirectoryResults("t", "youth", 0))
    await reader.press(DirectoryPartnership(DEMO_PARTNERSHIP, "t", "youth", 0))
    assert "May be outdated" not in reader.last_text
    harness.clock.advance(REVIEW_GRACE + timedelta(hours=1))
    await reader.press(DirectoryResults("t", "youth", 0))
    await reader.press(DirectoryPartnership(DEMO_PARTNERSHIP, "t", "youth", 0))
    assert "May be outdated" in reader.last_text


async def test_results_are_paged_also_for_a_typed_search(harness: BotHarness) -> None:
    reader = harness.user("Anna", "en")
    await onboard(reader)
    for i in range(8):
        names = {"en": f"Partnership number {i}"}
        pid = await other_partnership(harness, names, ({"en": f"Town {i}"},))
        await listed_partnership(harness, pid, countries=("PL",))
    await reader.send("/directory")
    await reader.send("Poland")
    assert "8 entries found · page 1 of 2" in reader.last_text
    assert "number 7" not in reader.last_text
    await reader.press(DirectoryResults("q", "", 1))
    assert "page 2 of 2" in reader.last_text and "number 7" in reader.last_text
    await reader.press(DirectoryHome())
    await reader.press(DirectoryBrowse("countries"))
    await reader.press(DirectoryResults("c", "PL", 0))
    await reader.press(DirectoryResults("c", "PL", 1))
    assert "number 6" in reader.last_text and "number 0" not in reader.last_text


async def test_a_newcomer_reads_the_directory_before_onboarding(harness: BotHarness) -> None:
    await listed_partnership(harness)
    newcomer = harness.user("Pavel", "ru")
    await newcomer.send("/directory")
    assert "Справочник" in newcomer.last_text
    await newcomer.press(DirectoryBrowse("countries"))
    assert "Россия" in newcomer.buttons()
    assert NetworkHome().pack() not in newcomer.button_data()  # back: the home
    assert DirectoryHome().pack() in newcomer.button_data()


async def test_forged_directory_buttons_are_refused_with_a_popup(harness: BotHarness) -> None:
    await listed_partnership(harness)
    reader = harness.user("Anna", "en")
    await onboard(reader)
    await reader.send("/directory")
    before = len(reader.messages)
    await reader.press_data(DirectoryResults("x", "PL", 0).pack())
    assert "out of date" in answer_text(reader)
    await reader.press_data(DirectoryPartnership(999, "c", "DE", 0).pack())
    assert "out of date" in answer_text(reader)
    assert len(reader.messages) == before  # pop-ups, no new messages


TR = Translator(strict=True)
LONG = "Nachbarschaftsgärten und Stadtökologie: gemeinsam planen, pflanzen und ernten"


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_directory_browse_keyboard_fits_a_phone(language: str) -> None:
    hits = [Hit("p", i, LONG, ("DE", "RU")) for i in range(6)]
    at = DirectoryResults("c", "MK", 1)
    countries = ["MK", "GB", "US", "BA", "CF", "VC", "DE", "RU", "UA", "BY"]
    for markup in (
        kb.home(TR, language),
        kb.countries(TR, language, countries),
        kb.topics(TR, language, list(NETWORK_TOPICS)),
        kb.results(TR, language, hits, at, 3),
        kb.card(TR, language, at),
    ):
        rows = [[b.text for b in row] for row in markup.inline_keyboard]
        assert over_budget_labels(rows) == []
