"""/mydata and /deleteme cover the idea exchange: the posts a person is contact for, the
requests they made and received (their own username only); erasure takes the person off their
posts (which close) and drops their requests and pending introductions, and messages about
them still waiting in the outbox."""

from __future__ import annotations

from bot.callback_network import ExchangeIntro, ExchangePost
from bot.db import idea_exchange as exchange_db
from bot.db.privacy import person_data
from bot.offline.harness import BotHarness
from tests.stories import exchange_member, popup, post_exchange, shown


async def test_mydata_lists_posts_and_requests_and_nothing_of_the_other_side(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", username="olga_ka", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    ivan = await exchange_member(harness, "Ivan", username="ivan_msk", other_partnership=True)
    await ivan.send("/exchange")
    await ivan.press_data(ExchangePost("interested", post_id, "a").pack())
    await ivan.send("We sing too.")
    await ivan.press(ExchangePost("send_request", post_id, "a"))
    await harness.drain()
    await olga.press(shown(olga, ExchangeIntro, action="agree"))
    async with harness.services.db.reading() as conn:
        olgas, ivans = await person_data(conn, olga.id), await person_data(conn, ivan.id)
    assert [p["title"] for p in olgas["idea_exchange_posts_you_are_contact_for"]] == [
        "Choir exchange"
    ]
    received = olgas["idea_exchange_requests_to_you"]
    assert [(r["status"], r["your_username"]) for r in received] == [("agreed", "olga_ka")]
    made = ivans["idea_exchange_requests_you_made"]
    assert [(r["note"], r["your_username"]) for r in made] == [("We sing too.", None)]
    assert "olga_ka" not in repr(ivans) and "We sing too." not in repr(olgas)


async def test_erasure_closes_the_posts_and_drops_pending_introductions(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", username="olga_ka", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    ivan = await exchange_member(harness, "Ivan", username="ivan_msk", other_partnership=True)
    await ivan.send("/exchange")
    await ivan.press_data(ExchangePost("interested", post_id, "a").pack())
    await ivan.press(ExchangePost("skip_note", post_id, "a"))
    await ivan.press(ExchangePost("send_request", post_id, "a"))
    await harness.drain()
    request_id = shown(olga, ExchangeIntro, action="agree").request_id
    await olga.press(ExchangeIntro("agree", request_id))  # queued for Ivan, not delivered
    await harness.services.privacy.erase(olga.id)
    await harness.drain()
    assert not any("Olga" in m.body for m in ivan.messages)  # the waiting message went too
    async with harness.services.db.reading() as conn:
        post = await exchange_db.get_post(conn, post_id)
        request = await exchange_db.get_request(conn, request_id)
    assert post is not None and post.contact_user_id is None and not post.is_open
    assert request is None
    await ivan.press_data(ExchangeIntro("confirm", request_id).pack())
    assert popup(ivan) == "This request is no longer there."


async def test_a_requesters_erasure_drops_their_request(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    ivan = await exchange_member(harness, "Ivan", other_partnership=True)
    await ivan.send("/exchange")
    await ivan.press_data(ExchangePost("interested", post_id, "a").pack())
    await ivan.send("Please call me.")
    await ivan.press(ExchangePost("send_request", post_id, "a"))  # queued for Olga
    await harness.services.privacy.erase(ivan.id)
    await harness.drain()
    assert not any("Please call me." in m.body for m in olga.messages)
    async with harness.services.db.reading() as conn:
        assert await exchange_db.request_of(conn, post_id, ivan.id) is None
        post = await exchange_db.get_post(conn, post_id)
    assert post is not None and post.is_open  # Olga's post is untouched
