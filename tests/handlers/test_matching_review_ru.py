"""Matching as a Russian-speaking organiser walked it (review of round 4): organisers and
coaches are not people to put in teams, a draft with no team offers nothing to send, the
matching home's back button says "Back", and the teams list keeps titles whole on buttons."""

from __future__ import annotations

from bot.callback_data import MatchingStep, OpenMenu
from bot.db import roles as roles_db
from bot.db import teams as teams_db
from bot.domain.roles import Role
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    idea_ids,
    make_organiser,
    make_team,
    popup,
    quick_participant,
    submit,
    want,
)

DRY = MatchingStep("dry", DEMO_PARTNERSHIP, 0, 0)


async def test_organisers_and_coaches_are_not_matched(harness: BotHarness) -> None:
    h = harness
    olga = await quick_participant(h, "Ольга", language="ru", city=1)
    await make_organiser(h, olga)
    irina = await quick_participant(h, "Ирина", language="ru", city=1)
    async with h.services.db.transaction() as conn:
        await roles_db.grant(conn, irina.id, DEMO_PARTNERSHIP, Role.COACH, None, h.clock.now())
    sergei = await quick_participant(h, "Сергей", language="ru", city=1)
    for person, name in ((olga, "Ольга"), (irina, "Ирина"), (sergei, "Сергей")):
        await h.services.onboarding.set_display_name(person.id, name)
    await olga.send("/matching")
    await olga.press(DRY)
    dry = olga.last_text
    assert "распределено людей: 0 из 1." in dry, dry  # Сергей only
    assert "Сергей · Краснодар: интереса ни к одной идее не проявлено" in dry
    assert "Ольга" not in dry and "Ирина" not in dry


async def test_a_draft_without_teams_offers_nothing_to_send(harness: BotHarness) -> None:
    h = harness
    olga = await quick_participant(h, "Ольга", language="ru", city=1)
    await make_organiser(h, olga)
    await quick_participant(h, "Сергей", language="ru", city=1)
    await olga.send("/matching")
    await olga.press(DRY)
    actions = [MatchingStep.unpack(d) for d in olga.button_data()]
    assert [a.action for a in actions if a] == ["home"]  # no Publish, no Move: only Back
    # A stale or forged publish press is refused in plain words, no "раунд".
    latest = await h.services.matching.latest(await h.services.access.actor(olga.id), 1)
    assert latest is not None
    round_id = latest.id
    await olga.press_data(MatchingStep("publish", DEMO_PARTNERSHIP, round_id, 0).pack())
    assert popup(olga) == "Пока некому отправлять предложения: не собралась ни одна команда."


async def test_the_draft_with_a_team_still_offers_publish(harness: BotHarness) -> None:
    h = harness
    olga = await quick_participant(h, "Olga", language="en")
    await make_organiser(h, olga)
    klara, karl = [await quick_participant(h, n, language="de") for n in ("Klara", "Karl")]
    roman, raisa = [await quick_participant(h, n, language="ru", city=1) for n in ("R", "S")]
    await submit(klara, "Grüne Innenstadt", "Mehr Bäume in der Innenstadt.")
    (greening,) = await idea_ids(h)
    for person in (karl, roman, raisa):
        await person.start()
        await want(person, greening)
    await olga.send("/matching")
    await olga.press(DRY)
    actions = {a.action for d in olga.button_data() if (a := MatchingStep.unpack(d))}
    assert {"move", "publish", "home"} <= actions


async def test_the_matching_home_goes_back_to_the_organiser_tools_as_back(
    harness: BotHarness,
) -> None:
    olga = await quick_participant(harness, "Ольга", language="ru", city=1)
    await make_organiser(harness, olga)
    await olga.send("/matching")
    last = olga.last.buttons()[-1]
    assert last["callback_data"] == OpenMenu("staff").pack()
    assert last["text"] == "⬅️ Назад"


async def test_the_teams_list_shows_size_and_coach_in_the_text(harness: BotHarness) -> None:
    h = harness
    olga = await quick_participant(h, "Ольга", language="ru", city=1)
    await make_organiser(h, olga)
    await make_team(h)  # "Grüne Innenstadt", three people, coach Cora
    kim = await quick_participant(h, "Kim", language="de")
    rita = await quick_participant(h, "Rita", language="ru", city=1)
    await submit(kim, "Gemeinschaftsgarten im Park", "Ein Garten für alle Nachbarn.")
    garden = max(await idea_ids(h))
    async with h.services.db.transaction() as conn:
        await teams_db.create(conn, 1, garden, [kim.id, rita.id], h.clock.now())
    await olga.send("/matching")
    await olga.press(MatchingStep("teams", DEMO_PARTNERSHIP, 0, 0))
    text = olga.last_text
    assert "• Grüne Innenstadt: 3 участника · 🧭 Cora" in text, text
    assert "• Gemeinschaftsgarten im Park: 2 участника · коуча пока нет" in text
    labels = olga.buttons()
    assert "Grüne Innenstadt" in labels
    assert "Gemeinschaftsgarten im Park" in labels  # whole, not "… · коу…"
