"""Posting in the idea exchange: an organiser's offer or need step by step (kind, title, text
in their language, topics, countries or any, preview, publish after a confirmation); the
poster is the contact; close, reopen and edit are for the post's own organisers only."""

from __future__ import annotations

from bot.callback_network import (
    ExchangeBrowse,
    ExchangeDraftStep,
    ExchangeHome,
    ExchangeMine,
    ExchangePost,
    NetworkHome,
)
from bot.db import idea_exchange as exchange_db
from bot.domain.idea_exchange import Post
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    exchange_member,
    make_organiser,
    popup,
    post_exchange,
    shown,
)

REFUSED = "Sorry, this is only available to organisers of the partnership."


async def post_of(harness: BotHarness, post_id: int) -> Post:
    async with harness.services.db.reading() as conn:
        post = await exchange_db.get_post(conn, post_id)
    assert post is not None
    return post


async def test_an_organiser_posts_a_need_step_by_step_and_is_its_contact(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", language="de", organiser=True)
    await olga.send("/network")
    await olga.press(ExchangeHome())
    assert olga.last_text.startswith("💡 Ideenbörse")
    await olga.press(ExchangeMine())
    assert "noch keine" in olga.last_text
    await olga.press(ExchangeDraftStep("new"))
    assert "(1/5)" in olga.last_text
    await olga.press(ExchangeDraftStep("kind", "need"))
    await olga.send("Partnerschule in Polen für einen Jugendaustausch")
    await olga.send("Wir suchen eine Schule in Polen für einen Austausch im Sommer 2027.")
    await olga.press(ExchangeDraftStep("topic", "youth"))
    await olga.press(ExchangeDraftStep("topic", "education"))
    await olga.press(ExchangeDraftStep("topic", "youth"))  # a second tap takes it back
    await olga.press(ExchangeDraftStep("next", "topic"))
    await olga.press(ExchangeDraftStep("country", "PL"))
    await olga.press(ExchangeDraftStep("next", "country"))
    preview = olga.last_text
    assert preview.startswith("👁 Vorschau")
    assert "🔎 Gesuch" in preview and "Polen" in preview and "Bildung" in preview
    assert "Olga" not in preview  # the contact's name is never on the card
    await olga.press(ExchangeDraftStep("publish_ask"))
    assert "Im ganzen Netzwerk veröffentlichen?" in olga.last_text
    await olga.press(ExchangeDraftStep("publish"))
    assert olga.last_text.startswith("📢 Veröffentlicht.")
    post = await post_of(harness, shown(olga, ExchangePost, action="edit").post_id)
    assert (post.kind, post.language, post.partnership_id) == ("need", "de", DEMO_PARTNERSHIP)
    assert post.title == "Partnerschule in Polen für einen Jugendaustausch"
    assert (post.topics, post.countries) == (("education",), ("PL",))
    assert post.contact_user_id == olga.id and post.is_open


async def test_any_country_clears_the_choice_and_a_wrong_title_is_explained(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    await olga.send("/exchange")
    await olga.press(ExchangeMine())
    await olga.press(ExchangeDraftStep("new"))
    await olga.press(ExchangeDraftStep("kind", "offer"))
    await olga.send("x" * 121)
    assert olga.last_text == "That is too long for a title: 120 characters at most."
    await olga.send("Choir exchange")
    await olga.send("Our choir visits you.")
    await olga.press(ExchangeDraftStep("next", "topic"))
    await olga.press(ExchangeDraftStep("country", "PL"))
    await olga.press(ExchangeDraftStep("any"))
    await olga.press(ExchangeDraftStep("next", "country"))
    assert "🌍 Partners wanted from: any country" in olga.last_text
    assert "🎁 Offer" in olga.last_text


async def test_cancelling_at_the_confirmation_publishes_nothing(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    await olga.send("/exchange")
    await olga.press(ExchangeMine())
    await olga.press(ExchangeDraftStep("new"))
    await olga.press(ExchangeDraftStep("kind", "offer"))
    await olga.send("Choir exchange")
    await olga.send("Our choir visits you.")
    await olga.press(ExchangeDraftStep("next", "topic"))
    await olga.press(ExchangeDraftStep("next", "country"))
    await olga.press(ExchangeDraftStep("publish_ask"))
    await olga.press(ExchangeDraftStep("next", "preview"))  # back to the preview
    await olga.press(ExchangeDraftStep("cancel"))
    assert olga.last_text.startswith("Cancelled: nothing was published")
    posts, _ = await harness.services.idea_exchange.browse("", "", 0)
    assert posts == []


async def test_a_participant_gets_no_posting_tools(harness: BotHarness) -> None:
    anna = await exchange_member(harness, "Anna")
    await anna.send("/exchange")
    assert ExchangeMine().pack() not in anna.button_data()
    await anna.press_data(ExchangeDraftStep("new").pack())
    assert popup(anna) == REFUSED
    await anna.press_data(ExchangeMine().pack())
    assert popup(anna) == REFUSED


async def test_the_poster_closes_reopens_and_edits_and_closed_posts_are_not_listed(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    await olga.press(ExchangePost("close", post_id, "m"))
    assert olga.last_text.startswith("🔒 Closed.")
    assert not (await post_of(harness, post_id)).is_open
    reader = await exchange_member(harness, "Ivan", other_partnership=True)
    await reader.send("/exchange")
    await reader.press(ExchangeBrowse("all"))
    assert ExchangePost("show", post_id).pack() not in reader.button_data()
    await reader.press_data(ExchangePost("show", post_id).pack())
    assert popup(reader) == "This post is closed or no longer there."
    await olga.press(ExchangePost("reopen", post_id, "m"))
    await olga.press(ExchangePost("edit", post_id, "m"))
    await olga.press(ExchangeDraftStep("edit", "title"))
    await olga.send("Choir and orchestra exchange")
    assert olga.last_text.startswith("👁 Preview")
    await olga.press(ExchangeDraftStep("publish_ask"))
    await olga.press(ExchangeDraftStep("publish"))
    post = await post_of(harness, post_id)
    assert post.title == "Choir and orchestra exchange" and post.is_open
    assert post.contact_user_id == olga.id
    await reader.press(ExchangeHome())
    await reader.press(ExchangeBrowse("all"))
    assert ExchangePost("show", post_id).pack() in reader.button_data()


async def test_another_partnerships_organiser_cannot_close_reopen_or_edit(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    boris = await exchange_member(harness, "Boris", other_partnership=True, organiser=True)
    await boris.send("/exchange")
    for action in ("close", "edit", "still_open"):
        await boris.press_data(ExchangePost(action, post_id, "m").pack())  # type: ignore[arg-type]
        assert popup(boris) == REFUSED, action
    await olga.press(ExchangePost("close", post_id, "m"))
    await boris.press_data(ExchangePost("reopen", post_id, "m").pack())
    assert popup(boris) == REFUSED
    assert not (await post_of(harness, post_id)).is_open
    # A forged "new" for the other partnership starts Boris's own draft, never Olga's.
    await boris.press_data(ExchangeDraftStep("new", str(DEMO_PARTNERSHIP)).pack())
    await boris.press(ExchangeDraftStep("kind", "offer"))
    await boris.send("Forged")
    await boris.send("Forged text")
    await boris.press(ExchangeDraftStep("next", "topic"))
    await boris.press(ExchangeDraftStep("next", "country"))
    await boris.press(ExchangeDraftStep("publish_ask"))
    await boris.press(ExchangeDraftStep("publish"))
    forged = await post_of(harness, shown(boris, ExchangePost, action="edit").post_id)
    assert forged.partnership_id != DEMO_PARTNERSHIP
    assert NetworkHome  # the network home leads here (ExchangeHome on it)


async def test_an_organiser_of_two_partnerships_chooses_which_one_posts(
    harness: BotHarness,
) -> None:
    boris = await exchange_member(harness, "Boris", other_partnership=True, organiser=True)
    await make_organiser(harness, boris)  # of the demo partnership too
    await boris.send("/exchange")
    await boris.press(ExchangeMine())
    await boris.press(ExchangeDraftStep("new"))
    assert boris.last_text == "For which partnership?"
    other = next(
        ExchangeDraftStep.unpack(d)
        for d in boris.button_data()
        if d.startswith("nxd:new:") and d != f"nxd:new:{DEMO_PARTNERSHIP}"
    )
    assert other is not None
    await boris.press(other)
    await boris.press(ExchangeDraftStep("kind", "offer"))
    await boris.send("Theatre festival")
    await boris.send("Come and play with us.")
    await boris.press(ExchangeDraftStep("next", "topic"))
    await boris.press(ExchangeDraftStep("next", "country"))
    await boris.press(ExchangeDraftStep("publish_ask"))
    await boris.press(ExchangeDraftStep("publish"))
    post = await post_of(harness, shown(boris, ExchangePost, action="edit").post_id)
    assert post.partnership_id == int(other.value) != DEMO_PARTNERSHIP
