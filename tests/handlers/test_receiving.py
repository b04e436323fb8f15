"""Receiving updates as production does: journaled in the inbox first, each chat's updates in
order while different chats are handled at the same time, and nothing handled twice."""

from __future__ import annotations

from bot.callback_data import IdeaAction, IdeaDraftStep, WorkshopSignup
from bot.db import ideas as ideas_db
from bot.domain.workshops import RegistrationStatus
from bot.offline.harness import BotHarness
from bot.receiving import ChatOrderedProcessor
from tests.stories import (
    ECOLOGY,
    create_workshop,
    open_voting,
    popup,
    published_ideas,
    quick_participant,
    statuses,
)

NEW_IDEA = IdeaDraftStep("new", 0)  # ➕ share an idea: the bot asks for a title
THEME = IdeaDraftStep("theme", ECOLOGY)
DRAFT_STEPS = (THEME,)  # one theme: on to the review

NETWORK = 0.005  # seconds per Bot API call: enough for handlers of one batch to overlap


def crash_before_done(harness: BotHarness) -> None:
    """From now on handlers run but their updates are never marked done, as if the process
    died right after each handler (the rows stay in the inbox for the next start)."""
    processor = harness.app.update_processor if harness.app else None
    assert isinstance(processor, ChatOrderedProcessor)
    processor.finished = None


async def backlog(harness: BotHarness) -> int:
    """As /healthz reports it: done marks still waiting to ride with a trip are not backlog."""
    return await harness.inbox.backlog()


async def test_two_messages_of_one_person_arriving_together_are_handled_in_order(
    harness: BotHarness,
) -> None:
    anna = await quick_participant(harness, "Anna")
    await anna.send("/ideas")
    await anna.press(NEW_IDEA)
    harness.sim.latency = NETWORK
    title = harness.sim.user_sends(anna.id, "Night buses between the districts")
    description = harness.sim.user_sends(anna.id, "Buses every 30 minutes, all night long.")
    await harness.deliver_together([title, description])  # one getUpdates batch

    assert THEME.pack() in anna.last.button_data()  # asked for title, text, now the themes
    for step in DRAFT_STEPS:
        await anna.press(step)
    assert "Night buses between the districts" in anna.last_text
    assert "Buses every 30 minutes, all night long." in anna.last_text


async def test_two_people_taking_the_last_seat_at_once_one_gets_it(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, capacity=1)
    olga = await quick_participant(harness, "Olga")
    jan = await quick_participant(harness, "Jan")
    for person in (olga, jan):
        await person.start(f"w{workshop.id}")
    harness.sim.latency = NETWORK
    presses = [
        harness.sim.user_presses(p.id, p.last.message_id, p.last.buttons()[0]["callback_data"])
        for p in (olga, jan)
    ]
    assert {p["callback_query"]["data"] for p in presses} == {WorkshopSignup(workshop.id).pack()}
    await harness.deliver_together(presses)

    result = await statuses(harness, workshop.id)
    assert sorted(result.values()) == sorted(
        [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]
    )
    assert any("You are signed up" in m.body for m in olga.messages + jan.messages)
    assert any("waiting list at position 1." in m.body for m in olga.messages + jan.messages)


async def test_an_update_telegram_sends_again_is_not_handled_again(harness: BotHarness) -> None:
    """A crash after the handler but before Telegram confirmed: the same update comes again."""
    workshop = await create_workshop(harness, capacity=10)
    anna = await quick_participant(harness, "Anna")
    await anna.start(f"w{workshop.id}")
    tap = harness.sim.user_presses(
        anna.id, anna.last.message_id, anna.last.buttons()[0]["callback_data"]
    )
    await harness.deliver(tap)
    seen = len(anna.messages)
    await harness.deliver(tap)
    await harness.restart()
    await harness.deliver(tap)
    assert len(anna.messages) == seen  # no second answer
    assert list((await statuses(harness, workshop.id)).values()) == [RegistrationStatus.CONFIRMED]


async def test_updates_received_but_not_handled_are_handled_first_at_start(
    harness: BotHarness,
) -> None:
    anna = await quick_participant(harness, "Anna")
    await anna.send("/ideas")
    await anna.press(NEW_IDEA)
    # Journaled (Telegram was told), then the process died before handling them.
    await harness.inbox.accept(
        [
            harness.sim.user_sends(anna.id, "Night buses between the districts"),
            harness.sim.user_sends(anna.id, "Buses every 30 minutes, all night long."),
        ]
    )
    assert await backlog(harness) == 2
    await harness.restart()
    assert await backlog(harness) == 0
    assert THEME.pack() in anna.last.button_data()
    draft = await harness.services.idea_drafts.draft(anna.id)
    assert draft.title == "Night buses between the districts"


async def test_handled_again_after_a_crash_sign_up_vote_and_idea_count_once(
    harness: BotHarness,
) -> None:
    workshop = await create_workshop(harness, capacity=10)
    anna = await quick_participant(harness, "Anna")
    [idea_id] = await published_ideas(harness, 1)
    await open_voting(harness)
    await anna.start(f"w{workshop.id}")
    await anna.send("/ideas")
    await anna.press(NEW_IDEA)
    for text in ("Night buses between the districts", "Buses every 30 minutes, all night."):
        await anna.send(text)
    for step in DRAFT_STEPS:
        await anna.press(step)
    review = anna.last
    await anna.send("/ideas")
    card = await anna.press_data(f"io:{idea_id}:0:0:a:n")

    crash_before_done(harness)  # each of these three taps is handled, then "the crash"
    sign_up = WorkshopSignup(workshop.id)
    await anna.press(IdeaDraftStep("submit", 0), message=review)
    await anna.press(IdeaAction(idea_id, "vote", 0), message=card)
    await anna.press(
        sign_up, message=next(m for m in anna.messages if sign_up.pack() in m.button_data())
    )
    assert await backlog(harness) == 3
    await harness.restart()  # handles the three again

    assert await backlog(harness) == 0
    assert list((await statuses(harness, workshop.id)).values()) == [RegistrationStatus.CONFIRMED]
    async with harness.services.db.reading() as conn:
        ideas, _ = await ideas_db.list_ideas(conn, 1, limit=50)
    mine = [i for i in ideas if i.original.title == "Night buses between the districts"]
    assert len(mine) == 1
    assert next(i for i in ideas if i.id == idea_id).vote_count == 1


async def test_a_waitlisted_sign_up_handled_again_after_a_crash_repeats_the_waiting_list(
    harness: BotHarness,
) -> None:
    """The inbox replays a sign-up whose reply may never have gone out: the person hears
    where they really stand (the waiting list), not "already signed up"."""
    workshop = await create_workshop(harness, capacity=1)
    olga, anna = [await quick_participant(harness, n, language="de") for n in ("Olga", "Anna")]
    await olga.start(f"w{workshop.id}")
    await olga.press(WorkshopSignup(workshop.id))
    await anna.start(f"w{workshop.id}")
    crash_before_done(harness)
    await anna.press(WorkshopSignup(workshop.id))
    assert await backlog(harness) == 1
    await harness.restart()  # handles the sign-up again

    assert await backlog(harness) == 0
    said = popup(anna) or anna.last_text
    assert said == "⏳ Du stehst auf der Warteliste, Platz 1."
    assert "schon angemeldet" not in said
    assert (await statuses(harness, workshop.id))[anna.id] is RegistrationStatus.WAITLISTED
