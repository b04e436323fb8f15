"""Deciding a call: the decision buttons, the letters in each applicant's language (preview
count = delivered count), and the accepted application becoming a partnership."""

from __future__ import annotations

import re

from bot.callback_calls import CallDecide, CallLetters, CallLetterStep
from bot.callback_data import ChooseCity, PrivacyAnswer, ProfileStep, SetLanguage
from bot.db import applications
from bot.domain.calls import Application
from bot.domain.roles import Role
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    applicants,
    call_admin,
    onboard,
    open_call,
    past_deadline,
    popup,
    seed_application,
    shown,
)


def stale(user: SimClient) -> bool:
    """The press was answered with the out-of-date note (a toast, like every stale button)."""
    answer = user.last_callback_answer or {}
    return str(answer.get("text", "")).startswith("This button is out of date.")


def invitation_payload(person: SimClient) -> str:
    """The `inv-…` payload of the join button on the person's newest letter."""
    for message in reversed(person.messages):
        for b in message.buttons():
            if match := re.search(r"\?start=(inv-[A-Za-z0-9_]+)", b.get("url", "")):
                return match.group(1)
    raise AssertionError("no invitation button")


async def test_accepting_sends_each_applicant_a_letter_and_makes_a_partnership(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    # The ranked list (reviewing's screen) shows this button; pressed here by its data.
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    assert "Decision: accepted" in admin.last_text
    assert "Karlsruhe – Krasnodar" in admin.last_text
    assert "✅ Accept" in admin.buttons()

    await admin.press(CallLetters(call.id))
    assert "Accepted: 1" in admin.last_text
    assert "Accepted: 1 application (2 people)" in admin.last_text
    assert "No decision yet" not in admin.last_text
    await admin.press(CallLetterStep(call.id, "preview", "accepted", "-"))
    preview = admin.last_text
    reach = int(re.search(r"goes to (\d+) people", preview).group(1))  # type: ignore[union-attr]
    assert "Dear applicants from Karlsruhe" in preview
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    assert admin.last_text.startswith(f"Send the letters to {reach} people in 1 application now?")
    await admin.press(CallLetterStep(call.id, "send", "-", "-"))
    assert admin.last_text.startswith(f"📨 Letters sent: {reach} people in 1 application.")

    report = await harness.drain()
    assert report.sent == reach == 2
    assert "Karlsruhe" in lead.last_text and "angenommen" in lead.last_text
    assert "Krasnodar" in partner.last_text and "принята" in partner.last_text

    application = await _application(harness, application_id)
    assert application.partnership_id is not None
    partnership = await harness.services.partnerships.require(application.partnership_id)
    assert partnership.name.for_reader("de") == "Karlsruhe – Krasnodar"
    assert partnership.name.for_reader("ru") == "Karlsruhe – Krasnodar"
    assert [(c.name.for_reader("en"), c.time_zone) for c in partnership.cities] == [
        ("Karlsruhe", "Europe/Berlin"),
        ("Krasnodar", "Europe/Moscow"),
    ]
    assert [t.name for t in partnership.themes] == list(call.themes)

    for person, language, city in ((lead, "de", "Karlsruhe"), (partner, "ru", "Krasnodar")):
        # A newcomer: onboarding first (the invitation suggests the new partnership and the
        # city they applied for, first and marked), then the kept link makes them organiser.
        await person.start(invitation_payload(person))
        await person.press(SetLanguage(language))
        assert person.buttons()[0] == f"✅ {city}"
        await person.press(shown(person, ChooseCity))
        await person.press(PrivacyAnswer(accept=True))
        await person.press(ProfileStep("finish", onboarding=True))
        actor = await harness.services.access.actor(person.id)
        assert actor.has_role(partnership.id, Role.ORGANISER)
        assert person.last_text.startswith("🎉")  # the news above the menu, one message
        assert person.buttons()  # the main menu under it
        me = await harness.services.onboarding.participant(person.id)
        assert me is not None and partnership.city(me.city_id or 0) is not None
        assert partnership.city(me.city_id or 0).name.for_reader("en") == city  # type: ignore[union-attr]


async def _application(harness: BotHarness, application_id: int) -> Application:
    async with harness.services.db.reading() as conn:
        found = await applications.get(conn, application_id)
    assert found is not None
    return found


async def test_only_administrators_decide_and_only_known_decisions(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    stranger = harness.user("Mallory", "en")
    await onboard(stranger)
    await stranger.press_data(CallDecide(application_id, "accepted").pack())
    assert popup(stranger)  # refused
    await stranger.press_data(CallLetters(call.id).pack())
    assert popup(stranger)
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "approved").pack())
    assert stale(admin)
    await admin.press_data(CallDecide(application_id + 1, "accepted").pack())
    assert stale(admin)
    assert (await _application(harness, application_id)).decision is None


async def test_a_decision_changes_until_its_letters_are_sent(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    decided = await seed_application(harness, call, lead.id, partner.id)
    other_lead, other_partner = harness.user("Ira", "uk"), harness.user("Max", "be")
    undecided = await seed_application(
        harness,
        call,
        other_lead.id,
        other_partner.id,
        cities=("Lviv", "Hrodna"),
        countries=("UA", "BY"),
        languages=("uk", "be"),
    )
    draft = await seed_application(
        harness, call, harness.user("Draft", "de").id, harness.user("Z", "ru").id, submitted=False
    )
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(draft, "accepted").pack())
    assert popup(admin) == "Only submitted applications can be decided."
    await admin.press_data(CallDecide(decided, "waitlisted").pack())
    await admin.press(CallDecide(decided, "declined"))
    assert "Decision: declined" in admin.last_text
    await admin.press(CallLetters(call.id))
    assert "No decision yet: 1" in admin.last_text
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    assert "Declined: 1 application (2 people)" in admin.last_text
    await admin.press(CallLetterStep(call.id, "send", "-", "-"))
    assert (await harness.drain()).sent == 2
    assert "Ваша заявка" not in lead.last_text and "leider" in lead.last_text.lower()
    assert other_lead.messages == []  # no decision, no letter

    letters = len(lead.messages)
    await admin.press_data(CallDecide(decided, "accepted").pack())
    assert popup(admin).startswith("The letters for this application have gone out")
    assert (await _application(harness, decided)).decision == "declined"
    await admin.press_data(CallLetterStep(call.id, "send", "-", "-").pack())
    assert popup(admin) == "No letters are waiting to be sent."
    await harness.drain()
    assert len(lead.messages) == letters  # nothing goes twice
    assert (await _application(harness, undecided)).decision_sent_at is None


async def test_cancelling_the_confirmation_sends_nothing(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    await admin.press(CallLetters(call.id))  # Cancel
    assert "Accepted: 1" in admin.last_text
    await harness.drain()
    assert lead.messages == [] and partner.messages == []
    assert (await _application(harness, application_id)).partnership_id is None


async def test_a_letter_is_reworded_per_language_with_its_placeables(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "declined").pack())
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "preview", "declined", "-"))
    await admin.press(CallLetterStep(call.id, "edit", "declined", "ru"))
    assert "Type the decline letter in Russian" in admin.last_text
    assert "Уважаемые заявители из города {applicant}" in admin.last_text
    await admin.send("Привет, {city}!")
    assert admin.last_text.startswith("Only {applicant} and {call} can stand between braces")
    await admin.send("Привет, {applicant")
    assert admin.last_text.startswith("A brace is not closed.")
    await admin.send("Дорогие <b>друзья</b> из {applicant}: «{call}» — увы, нет.")
    assert admin.last_text.startswith("✅ The letter in Russian is saved.")
    assert not admin.messages[-2].button_data()  # the question lost its buttons
    await admin.press(CallLetterStep(call.id, "edit", "declined", "en"))
    await admin.send("Hi <i>{applicant}</i> & co")
    assert "Hi <i>Karlsruhe</i> & co" in admin.last_text  # the preview shows it as typed
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    await admin.press(CallLetterStep(call.id, "send", "-", "-"))
    await harness.drain()
    assert partner.last_text.startswith("Дорогие <b>друзья</b> из Krasnodar: «Twin City Booster")
    assert lead.last_text.startswith("Liebe Bewerbende aus Karlsruhe")  # German: default


async def test_cancelling_a_wording_keeps_the_letter(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "waitlisted").pack())
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "preview", "waitlisted", "-"))
    before = admin.last_text
    await admin.press(CallLetterStep(call.id, "edit", "waitlisted", "en"))
    await admin.press(CallLetterStep(call.id, "preview", "waitlisted", "-"))  # Cancel
    assert admin.last_text == before
    await admin.send("Never mind {applicant}")
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "preview", "waitlisted", "-"))
    assert "Never mind" not in admin.last_text
