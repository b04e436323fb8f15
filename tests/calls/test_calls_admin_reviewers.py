"""Reviewers of a call: invited by a one-time link that works before onboarding, they say which
cities or organisations they are linked to (their own city counts by itself), appear on the
call's card, and can be removed after a confirmation."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.callback_calls import (
    AssignStep,
    CallAdmin,
    CallAssign,
    CallCard,
    CallRanking,
    CallReviewerJoin,
    RankedApplication,
    ReviewList,
)
from bot.db import calls as calls_db
from bot.db import reviews as reviews_db
from bot.domain.calls import Call
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    calls_admin,
    open_call,
    popup,
    quick_participant,
    seed_application,
)


async def invite(harness: BotHarness, admin: SimClient, call: Call) -> str:
    """The admin's /calls → the card → Reviewers → Invite: the link's start payload."""
    await admin.send("/calls")
    await admin.press(CallCard(call.id))
    await admin.press(CallAdmin("reviewers", call.id, 0))
    await admin.press(CallAdmin("invite", call.id, 0))
    found = re.search(rf"https://t\.me/{harness.sim.bot_username}\?start=(rv-\w+)", admin.last_text)
    assert found is not None, admin.last_text
    return found[1]


async def reviewers(harness: BotHarness, call: Call) -> dict[int, tuple[str, ...]]:
    async with harness.services.db.reading() as conn:
        return await calls_db.reviewers(conn, call.id)


async def test_a_reviewer_joins_by_link_naming_a_city_and_appears_on_the_card(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    assert "It works once, until Mon, 16 Mar 2026, 10:00 Berlin time" in admin.last_text

    olga = harness.user("Olga", "ru")  # has never written to the bot
    await olga.start(payload)
    assert olga.last_text.startswith("Вас пригласили оценивать заявки на конкурс")
    asked = olga.last
    await olga.send("Краснодар\nАссоциация «Мост»")
    assert olga.last_text.startswith("Вы оцениваете заявки на конкурс")
    assert ReviewList(call.id).pack() in olga.button_data()
    assert asked.button_data() == []  # the answered question lost its "None"
    assert await reviewers(harness, call) == {olga.id: ("Краснодар", "Ассоциация «Мост»")}

    await admin.press(CallAdmin("reviewers", call.id, 0))  # back from the link
    await admin.press(CallCard(call.id))
    assert "Reviewers (1): Olga; 2 per application" in admin.last_text
    await admin.press(CallAdmin("reviewers", call.id, 0))
    assert "Olga (not assigned applications of: Краснодар and Ассоциация «Мост»)" in (
        admin.last_text
    )


async def test_a_participants_own_city_counts_by_itself(harness: BotHarness) -> None:
    call = await open_call(harness)
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    roman = await quick_participant(harness, "Roman", city=KRASNODAR - 1)
    await roman.start(payload)
    assert "Your city Krasnodar is counted already." in roman.last_text
    await roman.press(CallReviewerJoin(call.id))
    assert roman.last_text.startswith("You review applications to")
    (links,) = (await reviewers(harness, call)).values()
    assert "Krasnodar" in links and "Краснодар" in links  # every language of the city's name


async def test_a_used_expired_or_unknown_link_is_refused(harness: BotHarness) -> None:
    call = await open_call(harness)
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    first = harness.user("Anna", "en")
    await first.start(payload)
    await first.press(CallReviewerJoin(call.id))

    second = harness.user("Bruno", "en")
    await second.start(payload)
    assert "This reviewer link has been used already" in second.last_text
    assert CallReviewerJoin(call.id).pack() not in second.button_data()

    late = await invite(harness, admin, call)
    await harness.advance(timedelta(days=15))
    await second.start(late)
    assert "This reviewer link has expired" in second.last_text

    await second.start("rv-nosuchtoken123")
    assert "This reviewer link is not valid" in second.last_text
    assert list(await reviewers(harness, call)) == [first.id]


async def test_a_link_taken_while_someone_was_typing_is_refused(harness: BotHarness) -> None:
    call = await open_call(harness)
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    slow, fast = harness.user("Slow", "en"), harness.user("Fast", "en")
    await slow.start(payload)
    await fast.start(payload)
    await fast.send("Karlsruhe")
    await slow.press(CallReviewerJoin(call.id))
    assert popup(slow).startswith("This reviewer link has been used already")
    assert list(await reviewers(harness, call)) == [fast.id]


async def test_removing_a_reviewer_asks_first(harness: BotHarness) -> None:
    call = await open_call(harness)
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    anna = harness.user("Anna", "en")
    await anna.start(payload)
    await anna.press(CallReviewerJoin(call.id))

    await admin.press(CallAdmin("reviewers", call.id, 0))
    await admin.press(CallAdmin("drop", call.id, anna.id))
    assert admin.last_text.startswith("Remove Anna as reviewer of")
    await admin.press(CallAdmin("reviewers", call.id, 0))  # cancel
    assert list(await reviewers(harness, call)) == [anna.id]

    mallory = await quick_participant(harness, "Mallory")
    await mallory.send("/menu")
    await mallory.press_data(CallAdmin("drop_ok", call.id, anna.id).pack())
    assert popup(mallory).startswith("Sorry, this is only available")
    assert list(await reviewers(harness, call)) == [anna.id]

    await admin.press(CallAdmin("drop", call.id, anna.id))
    await admin.press(CallAdmin("drop_ok", call.id, anna.id))
    assert admin.last_text.startswith("Anna no longer reviews this call.")
    assert "No reviewers yet" in admin.last_text
    assert await reviewers(harness, call) == {}


async def test_a_reviewer_who_joined_by_link_is_told_of_the_assignment_in_their_language(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    await seed_application(harness, call, 501, 502, cities=("Leipzig", "Kharkiv"))
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    olena = harness.user("Олена", "uk")  # never onboarded: joins by the link only
    await olena.start(payload)
    await olena.press(CallReviewerJoin(call.id))
    joined = len(olena.messages)

    harness.clock.set(call.deadline_at)
    await admin.send("/calls")
    await admin.press(CallCard(call.id))
    await admin.press(CallAssign(call.id))
    assert "Reviewers who get a message: 1" in admin.last_text
    await admin.press(AssignStep("ok", call.id))
    await harness.drain()
    assert "Reviewers told: 1" in admin.last_text
    assert len(olena.messages) == joined + 1
    assert olena.last_text.startswith("Вас просять оцінити заявки на конкурс")
    assert ReviewList(call.id).pack() in olena.button_data()
    # Onboarding is still ahead of them: /start asks as for anyone new.
    await olena.send("/start")
    assert "Вас просять" not in olena.last_text


async def test_a_reviewer_by_link_is_named_by_their_telegram_name_on_the_ranking(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502, cities=("Leipzig", "Kharkiv"))
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    sam = harness.user("Sam", "en")
    await sam.start(payload)
    await sam.press(CallReviewerJoin(call.id))
    async with harness.services.db.transaction() as conn:  # as joined before names were kept
        await conn.execute("DELETE FROM participants WHERE user_id = ?", (sam.id,))
    harness.clock.set(call.deadline_at)
    await admin.send("/calls")
    await admin.press(CallCard(call.id))
    await admin.press(CallAssign(call.id))
    await admin.press(AssignStep("ok", call.id))
    await admin.press(CallCard(call.id))
    await admin.press(CallRanking(call.id))
    await admin.press(RankedApplication(application))
    assert "Sam" in admin.last_text and "(name unknown)" not in admin.last_text


async def test_removing_a_reviewer_frees_their_unfinished_assignments(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    done = await seed_application(harness, call, 501, 502, cities=("Leipzig", "Kharkiv"))
    open_ = await seed_application(harness, call, 503, 504, cities=("Halle", "Lviv"))
    admin = await calls_admin(harness)
    payload = await invite(harness, admin, call)
    anna = harness.user("Anna", "en")
    await anna.start(payload)
    await anna.press(CallReviewerJoin(call.id))
    actor = await harness.services.access.actor(admin.id)
    await harness.services.reviews.assign(actor, call.id)
    reviews = harness.services.reviews
    for criterion in call.criteria:
        await reviews.score(anna.id, done, criterion.id, 4)
    await reviews.submit(anna.id, "en", done)
    await reviews.score(anna.id, open_, call.criteria[0].id, 3)  # started, not submitted

    await admin.press(CallAdmin("reviewers", call.id, 0))
    await admin.press(CallAdmin("drop", call.id, anna.id))
    assert "Their assignment without a submitted review goes too" in admin.last_text
    await admin.press(CallAdmin("drop_ok", call.id, anna.id))
    async with harness.services.db.reading() as conn:
        pairs = set(await reviews_db.assignments(conn, call.id))
        kept = await reviews_db.get(conn, done, anna.id)
        dropped = await reviews_db.get(conn, open_, anna.id)
    assert pairs == {(done, anna.id)}
    assert kept is not None and kept.submitted and dropped is None
