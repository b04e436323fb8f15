"""Organisers' matching screens: publishing asks first (how many people it reaches) and
cancelling there changes nothing; the dry run names who goes where and who is not placed and
why; no screen prints "-" for what is not set."""

from __future__ import annotations

import pytest

from bot.callback_data import MatchingStep, ProposalAnswer, TeamStep
from bot.db import teams as teams_db
from bot.domain.teams import RoundStatus
from bot.i18n import Translator
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    idea_ids,
    make_organiser,
    make_team,
    proposal,
    quick_participant,
    shown,
    submit,
    want,
)

DRY = MatchingStep("dry", DEMO_PARTNERSHIP, 0, 0)


async def ready_for_matching(h: BotHarness, language: str) -> tuple[SimClient, list[SimClient]]:
    """An organiser, four people who want "Grüne Innenstadt" (two per city) and Nina, who
    has shown interest in nothing."""
    organiser = await quick_participant(h, "Orga", language=language)
    await make_organiser(h, organiser)
    klara, karl = [await quick_participant(h, n, language="de") for n in ("Klara", "Karl")]
    roman, raisa, nina = [
        await quick_participant(h, n, language="ru", city=1) for n in ("Roman", "Raisa", "Nina")
    ]
    for person, name in ((roman, "Роман"), (nina, "Nina")):
        await h.services.onboarding.set_display_name(person.id, name)
    await submit(klara, "Grüne Innenstadt", "Mehr Bäume in der Innenstadt.")
    (greening,) = await idea_ids(h)
    for person in (karl, roman, raisa):
        await person.start()
        await want(person, greening)
    await h.drain()
    return organiser, [klara, karl, roman, raisa, nina]


async def round_status(h: BotHarness, organiser: SimClient) -> RoundStatus | None:
    actor = await h.services.access.actor(organiser.id)
    latest = await h.services.matching.latest(actor, DEMO_PARTNERSHIP)
    return latest.status if latest else None


def proposals_in(people: list[SimClient]) -> int:
    """Messages with Join / Not for me buttons."""
    return sum(
        any(ProposalAnswer.unpack(d) for d in m.button_data()) for p in people for m in p.messages
    )


def assert_no_placeholders(text: str) -> None:
    assert "  " not in text, text
    assert " - " not in text and " — \n" not in text, text
    assert not any(line.strip() in {"-", "—"} for line in text.splitlines()), text
    assert not any(line.rstrip().endswith((": -", ": —")) for line in text.splitlines()), text


@pytest.mark.parametrize(
    ("language", "names", "unplaced", "ask", "sent"),
    [
        (
            "en",
            ("Klara · Karlsruhe", "Роман · Krasnodar", "Raisa · Krasnodar"),
            "• Nina · Krasnodar: showed no interest in any idea",
            "📢 Send proposals to 4 people?",
            "📢 Published: 4 people get their proposal now.",
        ),
        (
            "ru",
            ("Klara · Карлсруэ", "Роман · Краснодар", "Raisa · Краснодар"),
            "• Nina · Краснодар: интереса ни к одной идее не проявлено",
            "📢 Разослать предложения 4 людям?",
            "📢 Опубликовано.",
        ),
    ],
)
async def test_publishing_asks_first_and_cancelling_changes_nothing(
    harness: BotHarness,
    language: str,
    names: tuple[str, ...],
    unplaced: str,
    ask: str,
    sent: str,
) -> None:
    organiser, people = await ready_for_matching(harness, language)
    await organiser.send("/matching")
    await organiser.press(DRY)
    dry = organiser.last_text
    assert all(name in dry for name in names), dry  # who goes where, by name and city
    assert unplaced in dry  # who is not placed, and why in words
    assert_no_placeholders(dry)

    publish = shown(organiser, MatchingStep, action="publish")
    await organiser.press(publish)
    assert organiser.last_text.startswith(ask)
    # Cancel: back to the same draft, nothing sent, nothing published.
    await organiser.press(shown(organiser, MatchingStep, action="review"))
    await harness.drain()
    assert organiser.last_text == dry
    assert proposals_in(people) == 0
    assert await round_status(harness, organiser) is RoundStatus.DRAFT

    # Asked again and confirmed: the four get their proposals.
    await organiser.press(publish)
    await organiser.press(shown(organiser, MatchingStep, action="publish_ok"))
    assert organiser.last_text.startswith(sent)
    await harness.drain()
    assert proposals_in(people) == 4
    assert await round_status(harness, organiser) is RoundStatus.PUBLISHED
    for person in people[:4]:
        assert_no_placeholders(proposal(person).body)


async def test_a_forged_publish_by_a_participant_sends_nothing(harness: BotHarness) -> None:
    organiser, people = await ready_for_matching(harness, "de")
    await organiser.send("/matching")
    await organiser.press(DRY)
    publish = shown(organiser, MatchingStep, action="publish")
    klara = people[0]
    for action in ("publish", "publish_ok"):
        await klara.press_data(MatchingStep(action, DEMO_PARTNERSHIP, publish.value, 0).pack())
        answer = klara.last_callback_answer
        assert answer is not None and "Organisationsteam" in answer.get("text", "")
    await harness.drain()
    assert proposals_in(people) == 0
    assert await round_status(harness, organiser) is RoundStatus.DRAFT


def test_the_publish_question_counts_people_in_each_language() -> None:
    tr = Translator(strict=True)
    cases = {
        "en": {1: "to 1 person?", 7: "to 7 people?"},
        "de": {1: "an 1 Person senden?", 7: "an 7 Personen senden?"},
        "ru": {1: "1 человеку?", 21: "21 человеку?", 3: "3 людям?", 7: "7 людям?"},
        "uk": {1: "1 людині?", 21: "21 людині?", 3: "3 людям?", 7: "7 людям?"},
        "be": {1: "1 чалавеку?", 21: "21 чалавеку?", 3: "3 людзям?", 7: "7 людзям?"},
    }
    for language, counts in cases.items():
        for count, expected in counts.items():
            assert expected in tr.plain(language, "matching-publish-ask", count=count)


async def test_moving_a_person_and_going_back_keeps_the_move(harness: BotHarness) -> None:
    """Back from "Move a person" shows the draft as it stands: solving again would undo
    the move made before."""
    organiser, people = await ready_for_matching(harness, "en")
    _, karl, roman, _, _ = people
    kim = await quick_participant(harness, "Kim", language="de")
    rita = await quick_participant(harness, "Rita", language="ru", city=1)
    await submit(roman, "Фестиваль", "Фестиваль для обоих городов.")
    festival = max(await idea_ids(harness))
    for person in (kim, rita):
        await person.start()
        await want(person, festival)
    await organiser.send("/matching")
    await organiser.press(DRY)
    assert "1. Grüne Innenstadt — 3" in organiser.last_text
    assert "2. Фестиваль — 3" in organiser.last_text
    await organiser.press(shown(organiser, MatchingStep, action="move"))
    await organiser.press(shown(organiser, MatchingStep, action="who", extra=karl.id))
    await organiser.press(shown(organiser, MatchingStep, action="to", extra=festival))
    assert "2. Фестиваль — 4" in organiser.last_text
    await organiser.press(shown(organiser, MatchingStep, action="move"))
    await organiser.press(shown(organiser, MatchingStep, action="review"))
    assert "1. Grüne Innenstadt — 2" in organiser.last_text
    assert "2. Фестиваль — 4" in organiser.last_text


async def test_the_team_card_leaves_out_what_is_not_set(harness: BotHarness) -> None:
    klara = await quick_participant(harness, "Klara", language="de")
    roman = await quick_participant(harness, "Roman", language="ru", city=1)
    await harness.services.onboarding.set_display_name(roman.id, "Roman")
    await submit(klara, "Grüne Innenstadt", "Mehr Bäume in der Innenstadt.")
    (greening,) = await idea_ids(harness)
    async with harness.services.db.transaction() as conn:
        await teams_db.create(conn, 1, greening, [klara.id, roman.id], harness.clock.now())
    for person, absent in ((klara, ("Coach", "Gruppe")), (roman, ("Коуч", "Группа"))):
        await person.send("/team")
        card = person.last_text
        assert "Klara" in card and "Roman" in card
        assert not any(word in card for word in absent), card
        assert_no_placeholders(card)


async def test_a_team_message_or_link_typed_takes_the_buttons_off_its_question(
    harness: BotHarness,
) -> None:
    klara, *_ = await make_team(harness)
    await klara.send("/team")
    question = await klara.press(TeamStep("write", 0))
    assert TeamStep("show", 0).pack() in question.button_data()  # "Back" while asked
    await klara.send("Hallo Team!")
    assert klara.last_text.startswith("✉️ Gesendet an")
    assert question.button_data() == []  # answered: no stale "Back"
    question = await klara.press(TeamStep("link", 0))
    await klara.send("https://t.me/+AbCdEf123")
    assert klara.last_text.startswith("🔗")
    assert question.button_data() == []
