"""Organisers list organisations step by step with consent; readers find them in their
language; editing and removing only the own partnership's entries (forged buttons fail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.callback_network import (
    DirectoryActorCard,
    DirectoryAdd,
    DirectoryDraft,
    DirectoryHome,
    DirectoryManage,
    DirectoryOwn,
    DirectoryResults,
)
from bot.clock import FakeClock
from bot.db import directory as directory_db
from bot.domain.directory import ACTOR_KINDS, DirectoryActor
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import directory as kb
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.telegram.limits import over_budget_labels
from tests.stories import (
    DEMO_PARTNERSHIP,
    answer_text,
    directory_actor,
    listed_partnership,
    make_organiser,
    named_person,
    onboard,
    organiser_of,
    other_partnership,
    popup,
    shown,
    translated_harness,
)


async def organiser(h: BotHarness, name: str = "Klara", language: str = "en") -> SimClient:
    user = h.user(name, language)
    await onboard(user, language=language)
    await make_organiser(h, user)
    await listed_partnership(h)
    return user


async def walk_to_contact(user: SimClient) -> None:
    """/directory → Our organisations → Add → every step up to the contact question."""
    await user.send("/directory")
    await user.press(DirectoryOwn(0))
    await user.press(DirectoryAdd(DEMO_PARTNERSHIP))
    await user.press(DirectoryDraft("kind", "school"))
    await user.send("Gymnasium Neureut")
    await user.send("Karlsruhe")
    await user.send("Germany")
    await user.press(DirectoryDraft("topic", "youth"))
    await user.press(DirectoryDraft("topic", "education"))
    await user.press(DirectoryDraft("topics_done"))
    await user.send("Eine Schule mit Schüleraustausch nach Krasnodar.")


async def stored(h: BotHarness) -> list[DirectoryActor]:
    async with h.services.db.reading() as conn:
        return await directory_db.actors_of(conn, [DEMO_PARTNERSHIP])


async def test_an_organiser_lists_a_school_without_naming_a_person(harness: BotHarness) -> None:
    klara = await organiser(harness)
    await walk_to_contact(klara)
    assert "Step 7 of 7" in klara.last_text
    await klara.press(DirectoryDraft("contact_org"))
    preview = klara.last_text
    assert "Preview" in preview and "Gymnasium Neureut" in preview
    assert "Place: Karlsruhe · Germany" in preview and "Topics: Youth and Education" in preview
    assert "Contact" not in preview and not await stored(harness)
    await klara.press(DirectoryDraft("publish"))
    assert "“Gymnasium Neureut” is in the directory now" in klara.last_text
    [actor] = await stored(harness)
    assert actor.contact_user_id is None and actor.description_language == "en"
    reader = harness.user("Olga", "ru")
    await onboard(reader, language="ru")
    await reader.send("/directory")
    await reader.send("neureut")
    await reader.press(shown(reader, DirectoryActorCard))
    card = reader.last_text
    assert "Школа" in card and "Карлсруэ ↔ Краснодар" in card
    assert "Оригинал, язык: английский, перевода пока нет" in card  # nothing promised
    assert "Контактное лицо" not in card


async def test_the_organiser_as_contact_is_named_by_first_name(harness: BotHarness) -> None:
    klara = await organiser(harness)
    await named_person(harness, klara, "Klara Becker")
    await make_organiser(harness, klara)
    await walk_to_contact(klara)
    await klara.press(DirectoryDraft("contact_me"))
    assert "Contact: Klara" in klara.last_text and "Becker" not in klara.last_text
    await klara.press(DirectoryDraft("publish"))
    [actor] = await stored(harness)
    assert actor.contact_user_id == klara.id and actor.contact_agreed_at == harness.clock.now()


async def test_publishing_needs_the_contact_choice_and_cancel_writes_nothing(
    harness: BotHarness,
) -> None:
    klara = await organiser(harness)
    await walk_to_contact(klara)
    await klara.press_data(DirectoryDraft("publish").pack())
    assert "choose the contact first" in answer_text(klara)
    await klara.press(DirectoryDraft("cancel"))
    assert "Nothing was saved" in klara.last_text
    assert await stored(harness) == []


async def test_bad_typed_answers_get_a_helpful_reply_and_keep_the_step(
    harness: BotHarness,
) -> None:
    klara = await organiser(harness)
    await klara.send("/directory")
    await klara.press(DirectoryOwn(0))
    await klara.press(DirectoryAdd(DEMO_PARTNERSHIP))
    await klara.send("Gymnasium")
    assert "choose with the buttons" in klara.last_text
    await klara.press(DirectoryDraft("kind", "school"))
    await klara.send("x" * 81)
    assert "between 1 and 80 characters" in klara.last_text
    await klara.send("Gymnasium Neureut")
    await klara.send("Karlsruhe")
    await klara.send("Atlantis")
    assert "I don't know that country" in klara.last_text
    await klara.send("pl")
    assert "Step 5 of 7" in klara.last_text


async def test_edit_keeps_answers_and_saves_changes(harness: BotHarness) -> None:
    klara = await organiser(harness)
    actor_id = await directory_actor(harness)
    await klara.send("/directory")
    await klara.press(DirectoryOwn(0))
    await klara.press(DirectoryManage("show", actor_id))
    await klara.press(DirectoryManage("edit", actor_id))
    await klara.press(DirectoryDraft("keep"))  # kind
    assert "Now: Gymnasium Neureut" in klara.last_text
    await klara.send("Gymnasium Karlsruhe-Neureut")
    await klara.press(DirectoryDraft("keep"))  # city
    await klara.press(DirectoryDraft("keep"))  # country
    await klara.press(DirectoryDraft("topics_done"))  # topics as they are
    await klara.press(DirectoryDraft("keep"))  # description
    await klara.press(DirectoryDraft("contact_org"))
    await klara.press(DirectoryDraft("publish"))
    assert "Changes to “Gymnasium Karlsruhe-Neureut” are saved" in klara.last_text
    [actor] = await stored(harness)
    assert actor.name == "Gymnasium Karlsruhe-Neureut" and actor.topics == ("education", "youth")


async def test_remove_asks_first_and_cancel_changes_nothing(harness: BotHarness) -> None:
    klara = await organiser(harness)
    actor_id = await directory_actor(harness)
    await klara.send("/directory")
    await klara.press(DirectoryOwn(0))
    await klara.press(DirectoryManage("show", actor_id))
    await klara.press(DirectoryManage("remove", actor_id))
    assert "Remove “Gymnasium Neureut” from the directory?" in klara.last_text
    await klara.press(DirectoryManage("show", actor_id))
    assert len(await stored(harness)) == 1
    await klara.press(DirectoryManage("remove", actor_id))
    await klara.press(DirectoryManage("remove_ok", actor_id))
    assert "was removed" in klara.last_text and await stored(harness) == []


async def test_another_partnerships_organiser_cannot_touch_our_organisations(
    harness: BotHarness,
) -> None:
    await organiser(harness)
    actor_id = await directory_actor(harness)
    mallory = harness.user("Mallory", "en")
    await onboard(mallory)
    other = await other_partnership(harness, {"en": "Lublin ↔ Lutsk"}, ({"en": "Lublin"},))
    await organiser_of(harness, mallory, other)
    await mallory.send("/directory")
    for forged in (
        DirectoryManage("remove_ok", actor_id),
        DirectoryManage("edit", actor_id),
        DirectoryManage("show", actor_id),
        DirectoryAdd(DEMO_PARTNERSHIP),
    ):
        await mallory.press_data(forged.pack())
        assert "only available to organisers" in popup(mallory), forged
    assert len(await stored(harness)) == 1
    await mallory.press_data(DirectoryOwn(DEMO_PARTNERSHIP).pack())  # her own list instead
    assert "not listed any organisations" in mallory.last_text
    assert "Gymnasium" not in mallory.last_text


async def test_a_participant_has_no_organiser_entry_and_forging_it_fails(
    harness: BotHarness,
) -> None:
    reader = harness.user("Anna", "en")
    await onboard(reader)
    await reader.send("/directory")
    assert DirectoryOwn(0).pack() not in reader.button_data()
    await reader.press_data(DirectoryOwn(0).pack())
    assert "only available to organisers" in popup(reader)


async def test_a_machine_translation_is_marked_and_the_original_one_tap_away(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, _):
        reader = h.user("Olga", "ru")
        await onboard(reader, language="ru")
        await listed_partnership(h)
        actor_id = await directory_actor(h)
        await reader.send("/directory")
        await reader.send("Neureut")
        await reader.press(DirectoryActorCard(actor_id, "q", "", 0))
        assert "Машинный перевод (оригинал: немецкий)" in reader.last_text
        assert "[ru] Eine Schule" in reader.last_text
        await reader.press(DirectoryActorCard(actor_id, "q", "", 0, original=True))
        assert "[ru]" not in reader.last_text and "Eine Schule mit" in reader.last_text
        assert DirectoryHome().pack() not in reader.button_data()  # back: to the results


TR = Translator(strict=True)
LONG = "Förderverein der Städtepartnerschaft Karlsruhe–Krasnodar und Freunde e. V."


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_directory_organiser_keyboard_fits_a_phone(language: str) -> None:
    actor = DirectoryActor(12345, 1, "association", LONG, "Karlsruhe", "DE")
    back = DirectoryResults("q", "", 3)
    for markup in (
        kb.home(TR, language, organiser=True),
        kb.own_list(TR, language, [actor] * 6, 1),
        kb.draft_kinds(TR, language, keep=True),
        kb.draft_typed(TR, language, keep=True),
        kb.draft_description(TR, language, keep=True),
        kb.draft_countries(TR, language, keep=True),
        kb.draft_topics(TR, language, ["youth", "municipal"]),
        kb.draft_contact(TR, language),
        kb.draft_preview(TR, language),
        kb.manage_card(TR, language, actor),
        kb.remove_confirm(TR, language, actor),
        kb.actor_card(TR, language, back, DirectoryActorCard(12345, "q", "", 3, True)),
        kb.actor_card(TR, language, back, DirectoryActorCard(12345, "q", "", 3, False)),
    ):
        rows = [[b.text for b in row] for row in markup.inline_keyboard]
        assert over_budget_labels(rows) == [], rows
    assert len(ACTOR_KINDS) == 5
