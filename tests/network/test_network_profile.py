"""A partnership's profile for the directory, edited by its organisers: country focus
(toggles and a typed code), topic focus, since when, and a contact who is listed only after
agreeing (and can withdraw). Another partnership's organiser changes nothing, even forged."""

from __future__ import annotations

from datetime import timedelta

from bot.callback_data import OrganiserStep
from bot.callback_network import (
    PartnershipProfileCard,
    ProfileConsent,
    ProfileContact,
    ProfileCountry,
    ProfileStep,
    ProfileTopic,
)
from bot.db import network as network_db
from bot.db import roles as roles_db
from bot.domain.network import PartnershipProfile
from bot.domain.roles import Role
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import lyon_odesa, make_organiser, popup, quick_participant

NOT_ALLOWED = "Sorry, this is only available to organisers of the partnership."


async def profile(h: BotHarness, partnership_id: int = 1) -> PartnershipProfile:
    async with h.services.db.reading() as conn:
        return await network_db.get_profile(conn, partnership_id)


async def organiser(h: BotHarness) -> SimClient:
    olga = await quick_participant(h, "Olga")
    await h.services.onboarding.set_display_name(olga.id, "Olga Orga")
    await make_organiser(h, olga)
    return olga


async def coach(h: BotHarness) -> SimClient:
    cora = await quick_participant(h, "Cora", language="de")
    await h.services.onboarding.set_display_name(cora.id, "Cora Coach")
    async with h.services.db.transaction() as conn:
        await roles_db.grant(conn, cora.id, 1, Role.COACH, None, h.clock.now())
    return cora


async def test_organisers_reach_the_card_from_their_tools_and_the_network_home(
    harness: BotHarness,
) -> None:
    olga = await organiser(harness)
    await olga.send("/organise")
    await olga.press(OrganiserStep("people", 0))
    await olga.press(PartnershipProfileCard(1))
    assert olga.last_text.startswith("🪪 Karlsruhe ↔ Krasnodar in the network directory")
    assert "Countries: not set yet" in olga.last_text
    assert "Contact: nobody listed yet" in olga.last_text

    await olga.send("/network")
    await olga.press(PartnershipProfileCard(0))  # the one partnership they organise
    assert olga.last_text.startswith("🪪 Karlsruhe ↔ Krasnodar")
    anna = await quick_participant(harness, "Anna")
    await anna.send("/network")
    assert PartnershipProfileCard(0).pack() not in anna.button_data()


async def test_countries_topics_and_since_with_typed_answers_checked(harness: BotHarness) -> None:
    olga = await organiser(harness)
    await olga.send("/network")
    await olga.press(PartnershipProfileCard(0))

    await olga.press(ProfileStep(1, "countries"))
    await olga.press(ProfileCountry(1, "PL"))
    await olga.press(ProfileCountry(1, "DE"))
    assert "✅ Poland" in olga.buttons() and "✅ Germany" in olga.buttons()
    await olga.press(ProfileCountry(1, "DE"))  # unchosen again
    assert "Germany" in olga.buttons()
    await olga.press(ProfileStep(1, "code"))
    question = olga.last
    await olga.send("XX")
    assert olga.last_text.startswith("I don't know that country code.")
    await olga.send(" se ")
    assert not question.buttons()  # the answered question loses its keyboard
    assert "Countries: Poland and Sweden" in olga.last_text

    await olga.press(ProfileStep(1, "topics"))
    await olga.press(ProfileTopic(1, "youth"))
    await olga.press(ProfileTopic(1, "culture"))
    await olga.press(PartnershipProfileCard(1))  # done
    assert "Topics: Culture and Youth" in olga.last_text or "Topics: Youth and Culture" in (
        olga.last_text
    )

    await olga.press(ProfileStep(1, "since"))
    await olga.send("1880")
    assert olga.last_text.startswith("Please send a year from 1900 to")
    await olga.send("1992")
    assert "Partners since: 1992" in olga.last_text
    saved = await profile(harness)
    assert (saved.countries, saved.topics, saved.since_year) == (
        ("PL", "SE"),
        ("culture", "youth"),
        1992,
    )


async def test_a_contact_is_listed_only_after_agreeing_and_can_withdraw(
    harness: BotHarness,
) -> None:
    olga = await organiser(harness)
    cora = await coach(harness)
    await olga.send("/network")
    await olga.press(PartnershipProfileCard(0))
    await olga.press(ProfileStep(1, "contact"))
    assert {"Olga Orga", "Cora Coach"} <= set(olga.buttons())
    await olga.press(ProfileContact(1, cora.id))
    assert olga.last_text.startswith("✉️ Cora Coach was asked and is listed once they agree.")
    assert "Contact: Cora Coach was asked" in olga.last_text
    assert not (await profile(harness)).contact_listed

    await harness.drain()
    assert cora.last_text.startswith(
        "Bist du einverstanden, als Ansprechperson von Karlsruhe ↔ Krasnodar"
    )
    await harness.advance(timedelta(minutes=5))
    await cora.press(ProfileConsent("yes", 1))
    assert cora.last_text.startswith("🎉 Du stehst jetzt als Ansprechperson")
    assert (await profile(harness)).contact_listed
    await olga.send("/network")
    await olga.press(PartnershipProfileCard(0))
    assert "Contact: Cora Coach (agreed to be listed)" in olga.last_text

    await cora.press(ProfileConsent("withdraw", 1))
    assert cora.last_text.startswith("Du stehst nicht mehr als Ansprechperson")
    withdrawn = await profile(harness)
    assert withdrawn.contact_user_id is None and not withdrawn.contact_listed
    await cora.press_data(ProfileConsent("yes", 1).pack())  # the old question: nothing
    assert not (await profile(harness)).contact_listed


async def test_declining_lists_nobody(harness: BotHarness) -> None:
    olga = await organiser(harness)
    await olga.send("/network")
    await olga.press(PartnershipProfileCard(0))
    await olga.press(ProfileStep(1, "contact"))
    await olga.press(ProfileContact(1, olga.id))  # proposing themselves: asked all the same
    await harness.drain()
    await olga.press(ProfileConsent("no", 1))
    assert olga.last_text.startswith("Understood: you are not listed")
    assert (await profile(harness)).contact_user_id is None


async def test_another_partnership_organiser_changes_nothing_even_forged(
    harness: BotHarness,
) -> None:
    olga = await organiser(harness)
    cora = await coach(harness)
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        b = await lyon_odesa(conn, now)
    bogdan = await quick_participant(harness, "Bogdan")
    async with harness.services.db.transaction() as conn:
        await roles_db.grant(conn, bogdan.id, b, Role.ORGANISER, None, now)
    await olga.send("/network")
    await olga.press(PartnershipProfileCard(0))
    await olga.press(ProfileStep(1, "contact"))
    await olga.press(ProfileContact(1, cora.id))
    before = await profile(harness)

    await bogdan.send("/network")
    forged = [
        *(ProfileStep(1, a) for a in ("countries", "topics", "code", "since", "contact")),
        ProfileStep(1, "unlist"),
        ProfileCountry(1, "PL"),
        ProfileTopic(1, "youth"),
        ProfileContact(1, olga.id),
        ProfileContact(1, bogdan.id),
    ]
    for data in forged:
        await bogdan.press_data(data.pack())
        assert popup(bogdan) == NOT_ALLOWED, data
    await bogdan.press_data(ProfileConsent("yes", 1).pack())  # not the one asked
    assert (
        (bogdan.last_callback_answer or {}).get("text", "").startswith("This button is out of date")
    )
    await bogdan.press_data(PartnershipProfileCard(1).pack())  # their own card, not A's
    assert bogdan.last_text.startswith("🪪 Lyon ↔ Odesa")
    assert "Cora" not in bogdan.last_text
    await bogdan.send("SE")  # no typed step was opened for A
    assert await profile(harness) == before
