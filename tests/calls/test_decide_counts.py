"""Deciding waits for the deadline and warns about missing reviews; the letters screen, the
send question and the screen after sending count the same letters the outbox delivers."""

from __future__ import annotations

from bot.callback_calls import CallDecide, CallLetters, CallLetterStep
from bot.offline.harness import BotHarness
from tests.stories import (
    add_review,
    applicants,
    call_admin,
    open_call,
    past_deadline,
    popup,
    seed_application,
)


async def test_deciding_waits_for_the_deadline_on_the_calls_clock(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    admin = await call_admin(harness, "de")
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    refusal = popup(admin)
    assert refusal.startswith("Entschieden wird nach der Frist: ")
    assert "23:59" in refusal and "Berlin" in refusal  # the call's clock, named
    await admin.press_data(CallLetters(call.id).pack())
    assert "Noch zu verschicken" not in admin.last_text  # nothing was decided

    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    assert "Entscheidung: angenommen" in admin.last_text


async def test_missing_reviews_are_warned_about_not_refused(harness: BotHarness) -> None:
    call = await open_call(harness)  # wants 2 reviews per application
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    scores = {c.id: 4 for c in call.criteria}
    await add_review(harness, application_id, 901, scores)
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    assert "Decision: accepted" in admin.last_text
    assert "⚠️ 1 of 2 reviews done. You can decide anyway." in admin.last_text
    await admin.press(CallLetters(call.id))
    assert f"⚠️ Application No. {application_id}: 1 of 2 reviews done." in admin.last_text
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    assert f"⚠️ Application No. {application_id}: 1 of 2 reviews done." in admin.last_text

    await add_review(harness, application_id, 902, scores)
    await admin.press(CallLetters(call.id))
    assert "⚠️" not in admin.last_text
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    assert "⚠️" not in admin.last_text
    await admin.press(CallLetterStep(call.id, "send", "-", "-"))
    assert (await harness.drain()).sent == 2  # the warning never stopped the letters


async def test_the_three_screens_count_what_the_outbox_delivers(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    accepted = await seed_application(harness, call, lead.id, partner.id)
    ira, max_ = harness.user("Ira", "uk"), harness.user("Max", "be")
    for person in (ira, max_):
        harness.sim.users[person.id].started = True  # they applied through the bot
    other = await seed_application(
        harness,
        call,
        ira.id,
        max_.id,
        cities=("Lviv", "Hrodna"),
        countries=("UA", "BY"),
        languages=("uk", "be"),
    )
    undecided = await seed_application(
        harness, call, harness.user("Eva", "de").id, harness.user("Ivan", "ru").id
    )
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(accepted, "accepted").pack())
    await admin.press_data(CallDecide(other, "declined").pack())

    await admin.press(CallLetters(call.id))
    letters = admin.last_text
    assert "Accepted: 1 application (2 people)" in letters
    assert "Declined: 1 application (2 people)" in letters
    assert "Waiting list" not in letters
    assert "No decision yet: 1 application" in letters
    assert "The letters to send reach 4 people." in letters

    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    ask = admin.last_text
    assert ask.startswith("Send the letters to 4 people in 2 applications now?")
    assert "Accepted: 1 application (2 people)" in ask
    assert "Declined: 1 application (2 people)" in ask

    await admin.press(CallLetterStep(call.id, "send", "-", "-"))
    assert admin.last_text.startswith("📨 Letters sent: 4 people in 2 applications.")
    assert (await harness.drain()).sent == 4
    assert ira.messages and max_.messages  # the declined pair got theirs too

    await admin.press(CallLetters(call.id))
    after = admin.last_text
    assert "Letters sent already: 4 people in 2 applications" in after
    assert "Accepted: 0" not in after and "Letters to send" not in after
    assert "No decision yet: 1 application" in after
    assert "No letters are waiting to be sent." in after
    assert undecided  # its people got nothing: the drain above counted 4


async def test_the_preview_names_its_language_and_who_gets_which(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    admin = await call_admin(harness, "de")
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "preview", "accepted", "-"))
    preview = admin.last_text
    assert "Nach Sprache: Deutsch: 1 Person und Russisch: 1 Person" in preview
    assert "Unten steht der Brief auf Deutsch." in preview
    labels = admin.buttons()
    for name in ("Deutsch", "Englisch", "Russisch", "Ukrainisch", "Belarussisch"):
        assert f"✏️ {name}" in labels
    assert not any(label in labels for label in ("✏️ DE", "✏️ RU"))
    await admin.press(CallLetterStep(call.id, "edit", "accepted", "be"))
    assert "Belarussisch" in admin.last_text  # the wording asked for, named
