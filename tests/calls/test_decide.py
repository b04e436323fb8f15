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
    open_call,
    popup,
    seed_application,
    shown,
)


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
    # The ranked list (reviewing's screen) shows this button; pressed here by its data.
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    assert "Decision: accepted" in admin.last_text
    assert "Karlsruhe – Krasnodar" in admin.last_text
    assert "✅ Accept" in admin.buttons()

    await admin.press(CallLetters(call.id))
    assert "Accepted: 1" in admin.last_text
    assert "No decision yet: 0" in admin.last_text
    await admin.press(CallLetterStep(call.id, "preview", "accepted", "-"))
    preview = admin.last_text
    reach = int(re.search(r"goes to (\d+) people", preview).group(1))  # type: ignore[union-attr]
    assert "Dear applicants from Karlsruhe" in preview
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    assert admin.last_text.startswith(f"Send the letters to {reach} people now?")
    await admin.press(CallLetterStep(call.id, "send", "-", "-"))
    assert admin.last_text.startswith(f"📨 {reach} letters are on their way.")

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

    for person, language in ((lead, "de"), (partner, "ru")):
        # A newcomer: onboarding first (the invitation suggests the new partnership), then
        # the kept link makes them its organiser.
        await person.start(invitation_payload(person))
        await person.press(SetLanguage(language))
        await person.press(shown(person, ChooseCity))
        await person.press(PrivacyAnswer(accept=True))
        await person.press(ProfileStep("finish", onboarding=True))
        actor = await harness.services.access.actor(person.id)
        assert actor.has_role(partnership.id, Role.ORGANISER)


async def _application(harness: BotHarness, application_id: int) -> Application:
    async with harness.services.db.reading() as conn:
        found = await applications.get(conn, application_id)
    assert found is not None
    return found
