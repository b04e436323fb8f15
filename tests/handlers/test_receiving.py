"""Receiving updates as production does: journaled in the inbox first, each chat's updates in
order while different chats are handled at the same time, and nothing handled twice."""

from __future__ import annotations

from bot.db import ideas as ideas_db
from bot.db import inbox as inbox_db
from bot.domain.workshops import RegistrationStatus
from bot.offline.harness import BotHarness
from bot.receiving import ChatOrderedProcessor
from tests.conftest import create_workshop, published_ideas, quick_participant
from tests.handlers.test_ideas import LABELS, THEME, open_voting
from tests.handlers.test_workshop_signups import SIGN_UP, statuses

NETWORK = 0.005  # seconds per Bot API call: enough for handlers of one batch to overlap


def crash_before_done(harness: BotHarness) -> None:
    """From now on handlers run but their updates are never marked done, as if the process
    died right after each handler (the rows stay in the inbox for the next start)."""
    processor = harness.app.update_processor if harness.app else None
    assert isinstance(processor, ChatOrderedProcessor)
    processor.finished = None


async def backlog(harness: BotHarness) -> int:
    async with harness.services.db.reading() as conn:
        return await inbox_db.backlog(conn)


async def test_two_messages_of_one_person_arriving_together_are_handled_in_order(
    harness: BotHarness,
) -> None:
    anna = await quick_participant(harness, "Anna")
    await anna.send("/ideas")
    await anna.press(anna.buttons()[0])  # ➕ share an idea: the bot asks for a title
    harness.sim.latency = NETWORK
    title = harness.sim.user_sends(anna.id, "Night buses between the districts")
    description = harness.sim.user_sends(anna.id, "Buses every 30 minutes, all night long.")
    await harness.deliver_together([title, description])  # one getUpdates batch

    assert THEME["en"] in anna.buttons()  # asked for the title, the text, now the themes
    await anna.press(THEME["en"])
    await anna.press(LABELS["en"]["done"])
    await anna.press(LABELS["en"]["skip"])
    await anna.press(LABELS["en"]["skip"])
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
    assert {p["callback_query"]["data"] for p in presses} == {
        b["callback_data"] for b in olga.last.buttons() if b["text"] == SIGN_UP
    }
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
    await anna.press(anna.buttons()[0])
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
    assert THEME["en"] in anna.buttons()
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
    await anna.press(anna.buttons()[0])
    for text in ("Night buses between the districts", "Buses every 30 minutes, all night."):
        await anna.send(text)
    for label in (THEME["en"], LABELS["en"]["done"], LABELS["en"]["skip"], LABELS["en"]["skip"]):
        await anna.press(label)
    review = anna.last
    await anna.send("/ideas")
    card = await anna.press_data(f"io:{idea_id}:0:0:a:n")

    crash_before_done(harness)  # each of these three taps is handled, then "the crash"
    await anna.press(LABELS["en"]["submit"], message=review)
    await anna.press(next(b for b in card.button_texts() if b.startswith("👍 Vote")))
    await anna.press(SIGN_UP, message=next(m for m in anna.messages if SIGN_UP in m.button_texts()))
    assert await backlog(harness) == 3
    await harness.restart()  # handles the three again

    assert await backlog(harness) == 0
    assert list((await statuses(harness, workshop.id)).values()) == [RegistrationStatus.CONFIRMED]
    async with harness.services.db.reading() as conn:
        ideas, _ = await ideas_db.list_ideas(conn, 1, limit=50)
    mine = [i for i in ideas if i.original.title == "Night buses between the districts"]
    assert len(mine) == 1
    assert next(i for i in ideas if i.id == idea_id).vote_count == 1
