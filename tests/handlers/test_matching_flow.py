"""Matching end to end: two cities, onboarding, ideas, "I want to work on this", dry run,
publish, join and decline, a second round, and a team message read in another language."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.callback_data import MatchingStep, ProposalAnswer, TeamStep
from bot.clock import FakeClock
from bot.db import teams as teams_db
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    KRASNODAR,
    idea_ids,
    make_organiser,
    onboard,
    popup,
    proposal,
    quick_participant,
    shown,
    submit,
    translated_harness,
    want,
)


async def test_matching_from_ideas_to_a_team_conversation(tmp_path: Path, clock: FakeClock) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        await run_scenario(h)


async def run_scenario(h: BotHarness) -> None:
    organiser = await quick_participant(h, "Orga")
    await make_organiser(h, organiser)
    # Two people onboard through the chat, the others through the services (faster).
    k1 = h.user("Klara", "de")
    await onboard(k1, language="de")
    r1 = h.user("Roman", "ru")
    await onboard(r1, language="ru", city=KRASNODAR)
    k2, k3, k4 = [await quick_participant(h, n, language="de") for n in ("Karl", "Kim", "Kai")]
    r2, r3, r4 = [
        await quick_participant(h, n, language="ru", city=1) for n in ("Raisa", "Rita", "Ruslan")
    ]
    for person, name in ((k1, "Klara"), (r1, "Роман")):
        await h.services.onboarding.set_display_name(person.id, name)
    await h.services.onboarding.toggle_interest(k3.id, 1)  # Ecology & Health

    await submit(k2, "Grüne Innenstadt", "Mehr Bäume in der Innenstadt.")
    await submit(r3, "Молодёжный фестиваль", "Фестиваль для молодёжи обоих городов.")
    greening, festival = await idea_ids(h)
    # Authors count as wanting their own idea (K2, R3); the others say so on the card.
    for person in (k1, r1, r2):
        await person.start()
        await want(person, greening)
    for person in (k3, k4, r4):
        await person.start()
        await want(person, festival)
    await h.drain()
    # Between workshops: Karlsruhe people interested in the theme heard that someone in
    # Krasnodar looks for partners — once a day at most.
    notices = [m for m in k3.messages if m.body.startswith("🙋 Jemand in Krasnodar")]
    assert len(notices) == 1

    # Dry run, then publish.
    await organiser.send("/matching")
    await organiser.press(MatchingStep("dry", DEMO_PARTNERSHIP, 0, 0))
    dry = organiser.last_text
    assert dry.startswith("🔍 Dry run: teams 2 · people placed 8 of 8")  # not the organiser
    assert "Grüne Innenstadt — 4 (Karlsruhe 2, Krasnodar 2) 🗣 needs interpretation" in dry
    publish = shown(organiser, MatchingStep, action="publish")  # 📢 Publish (48 h to answer)
    await organiser.press(publish)
    assert organiser.last_text.startswith("📢 Send proposals to 8 people?")  # asks first
    await organiser.press(shown(organiser, MatchingStep, action="publish_ok"))
    first = publish.value  # the round
    assert organiser.last_text.startswith("📢 Published: 8 people get their proposal now.")
    await h.drain()
    assert "Почему вы: вы хотите работать над этой идеей;" in proposal(r1).body

    # Answers: the greening team forms as soon as three from both cities join.
    await k1.press(ProposalAnswer(first, True), message=proposal(k1))
    assert k1.last_text.startswith("✅ Danke! Das Team entsteht")
    await k2.press(ProposalAnswer(first, True), message=proposal(k2))
    await r1.press(ProposalAnswer(first, True), message=proposal(r1))
    assert r1.last_text.startswith("✅ Добро пожаловать в команду!")
    await r2.press(ProposalAnswer(first, False), message=proposal(r2))
    await k3.press(ProposalAnswer(first, True), message=proposal(k3))
    await r3.press(ProposalAnswer(first, True), message=proposal(r3))
    await r4.press(ProposalAnswer(first, False), message=proposal(r4))
    await h.drain()
    assert any(m.body.startswith("🎉 Dein Team für „Grüne Innenstadt“ steht") for m in k1.messages)
    async with h.services.db.reading() as conn:
        team_a = await teams_db.for_idea(conn, 1, greening)
        assert team_a is not None and set(team_a.members) == {k1.id, k2.id, r1.id}
        assert await teams_db.for_idea(conn, 1, festival) is None  # only two have joined
    # K4 never answers: after the deadline the round closes and organisers get the tally.
    await h.advance(timedelta(hours=49))
    assert any("accepted 5, declined 2, no answer 1" in m.body for m in organiser.messages)
    await k4.press(ProposalAnswer(first, True), message=proposal(k4))
    assert popup(k4) == "Dieser Vorschlag ist nicht mehr offen."

    # Second round: the festival team forms with those still without a team.
    await organiser.send("/matching")
    await organiser.press(MatchingStep("dry", DEMO_PARTNERSHIP, 0, 0))
    second = organiser.last_text
    assert "Молодёжный фестиваль" in second and "Grüne Innenstadt" not in second.split("\n\n")[1]
    publish = shown(organiser, MatchingStep, action="publish")
    await organiser.press(publish)
    await organiser.press(shown(organiser, MatchingStep, action="publish_ok"))
    await h.drain()
    for person in (k3, r3, k4):
        await person.press(ProposalAnswer(publish.value, True), message=proposal(person))
    async with h.services.db.reading() as conn:
        team_b = await teams_db.for_idea(conn, 1, festival)
    assert team_b is not None and {k3.id, r3.id, k4.id} <= set(team_b.members)
    assert r4.id not in team_b.members  # who declined an idea is not proposed it again

    # A team message from a German speaker reaches the Russian speaker in Russian.
    await k1.send("/team")
    await k1.press(TeamStep("write", 0))
    await k1.send("Hallo Team, wir treffen uns am Montag.")
    assert k1.last_text.startswith("✉️ Gesendet an 2 Personen.")
    await h.drain()
    relayed = r1.last
    assert relayed.body == (
        "💬 Klara · Карлсруэ:\n[ru] Hallo Team, wir treffen uns am Montag.\n"
        "🤖 Машинный перевод, язык оригинала: немецкий"
    )
    assert relayed.button_texts() == ["🌐 Показать оригинал"]
    await r1.press(shown(r1, TeamStep, action="original"), message=relayed)
    assert relayed.body == "💬 Klara · Карлсруэ:\nHallo Team, wir treffen uns am Montag."
    assert k2.last_text == "💬 Klara · Karlsruhe:\nHallo Team, wir treffen uns am Montag."
