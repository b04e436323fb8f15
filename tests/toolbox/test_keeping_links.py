"""Check-ins and coaching link to the toolbox by tag: the coach's team card offers the
coaching entries and a check-in's thank-you the sprint's, only when such entries exist."""

from __future__ import annotations

from datetime import timedelta

from bot.callback_data import CheckinStep, CoachStep
from bot.callback_toolbox import ToolboxTopic
from bot.offline.harness import BotHarness
from tests.stories import keep_new_entry, keep_publish, make_team, shown, toolbox_keeper

COACHING = ToolboxTopic("phase-coaching").pack()
SPRINT = ToolboxTopic("phase-sprint").pack()


async def test_the_coach_and_the_check_in_link_to_entries_of_their_phase(
    harness: BotHarness,
) -> None:
    klara, _karl, _roman, coach, team_id = await make_team(harness)
    await coach.send("/coach")
    await coach.press(CoachStep("team", team_id, 0))
    assert COACHING not in coach.button_data()  # nothing to link to yet

    olga = await toolbox_keeper(harness)
    await keep_new_entry(
        olga, "guide", "Coaching a team", "Questions that help.", ("phase.coaching",)
    )
    await keep_publish(olga)
    await keep_new_entry(olga, "guide", "Sprint planning", "Plan two weeks.", ("phase.sprint",))
    await keep_publish(olga)

    await coach.send("/coach")
    await coach.press(CoachStep("team", team_id, 0))
    assert COACHING in coach.button_data() and SPRINT not in coach.button_data()

    actor = await harness.services.access.actor(coach.id)
    await harness.services.checkin_rounds.check_in_now(actor, team_id)
    await harness.advance(timedelta(hours=1))  # the asks go out (quiet hours respected)
    start = shown(klara, CheckinStep, action="start")
    await klara.press(start)
    for question in range(3):
        await klara.press(CheckinStep("skip", start.value, question))
    await klara.press(CheckinStep("mood", start.value, 4))
    assert SPRINT in klara.button_data() and COACHING not in klara.button_data()
