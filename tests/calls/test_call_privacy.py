"""Data rights with programme calls: /mydata lists the person's applications and documents;
/deleteme deletes a draft only they work on, keeps other applications as the city's without
the person, keeps review scores under a pseudonym without the notes — and always completes."""

from __future__ import annotations

import json

from bot.callback_calls import CallDecide, CallExport, CallLetters, CallLetterStep
from bot.callback_data import PrivacyStep
from bot.db import applications as applications_db
from bot.domain.calls import CONTACT_FIELDS
from bot.offline.harness import BotHarness
from tests.stories import (
    add_review,
    applicants,
    call_admin,
    onboard,
    open_call,
    past_deadline,
    seed_application,
)


async def test_mydata_lists_applications_and_documents(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    await onboard(lead, language="de")
    await seed_application(harness, call, lead.id, partner.id)
    await lead.send("/mydata")
    summary = lead.messages[-2].body
    assert "📝 1 Bewerbung:" in summary
    assert "Karlsruhe – Krasnodar (eingereicht)" in summary
    assert "📎 1 hochgeladenes Dokument" in summary
    document = lead.last.document
    assert document is not None
    data = json.loads(document.content)
    assert [a["city"] for a in data["applications"]] == ["Karlsruhe"]
    assert data["applications"][0]["call"].startswith("Twin City Booster")
    assert all(a["text"].startswith("Karlsruhe:") for a in data["application_answers"])
    assert len(data["application_answers"]) == len(call.questions)  # theirs, not the partner's
    assert data["application_documents"][0]["sha256"] == "0" * 64
    await lead.send("/privacy")
    assert "die Bewerbung aus deiner Stadt" in lead.last_text


async def test_mydata_shows_the_decision_once_its_letters_went(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    await onboard(lead, language="de")
    await onboard(partner, language="ru")
    application_id = await seed_application(harness, call, lead.id, partner.id)
    admin = await call_admin(harness)
    await past_deadline(harness, call)
    await admin.press_data(CallDecide(application_id, "accepted").pack())
    await lead.send("/mydata")
    assert "Karlsruhe – Krasnodar (eingereicht)" in lead.messages[-2].body  # not told yet

    await admin.press(CallLetters(call.id))
    await admin.press(CallLetterStep(call.id, "ask", "-", "-"))
    await admin.press(CallLetterStep(call.id, "send", "-", "-"))
    await harness.drain()
    await lead.send("/mydata")
    assert "Karlsruhe – Krasnodar (angenommen)" in lead.messages[-2].body
    await partner.send("/mydata")
    assert "Karlsruhe – Krasnodar (принята)" in partner.messages[-2].body


async def test_erasure_with_applications_and_reviews_completes(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    await onboard(lead, language="de")
    joint = await seed_application(harness, call, lead.id, partner.id)
    async with harness.services.db.transaction() as conn:
        draft = await applications_db.create(conn, call.id, lead.id, "de", harness.clock.now())
    other = await seed_application(
        harness,
        call,
        harness.user("Ira", "uk").id,
        harness.user("Max", "be").id,
        cities=("Lviv", "Hrodna"),
        countries=("UA", "BY"),
        languages=("uk", "be"),
    )
    scores = {c.id: 4 for c in call.criteria}
    await add_review(harness, other, lead.id, scores, note="Sehr privat")  # lead reviews too
    await lead.send("/deleteme")
    await lead.press(PrivacyStep("erase"))
    text = lead.last_text
    assert "Dein Bewerbungsentwurf wurde gelöscht." in text
    assert "Deine Bewerbung bleibt für die Entscheidung, aber ohne dich" in text
    assert "Die Punkte deiner Bewertung bleiben ohne deinen Namen" in text

    async with harness.services.db.reading() as conn:
        assert await applications_db.get(conn, draft) is None
        kept = await applications_db.get(conn, joint)
        assert await applications_db.of_person(conn, lead.id) == []
        async with conn.execute(
            "SELECT reviewer_id, note FROM reviews WHERE application_id = ?", (other,)
        ) as cur:
            reviews = [tuple(r) for r in await cur.fetchall()]
        async with conn.execute(
            "SELECT COUNT(*) FROM review_scores WHERE application_id = ? AND reviewer_id < 0",
            (other,),
        ) as cur:
            row = await cur.fetchone()
    assert kept is not None
    karlsruhe, krasnodar = kept.parties
    assert (karlsruhe.user_id, karlsruhe.city) == (None, "Karlsruhe")
    assert krasnodar.user_id == partner.id
    personal = {q.id for q in call.questions if q.field in CONTACT_FIELDS[1:]}
    answered = {a.question_id for a in kept.answers if a.party_id == karlsruhe.id}
    assert answered == {q.id for q in call.questions} - personal  # the city's answers stay
    assert {a.question_id for a in kept.answers if a.party_id == krasnodar.id} == {
        q.id for q in call.questions
    }
    (document,) = kept.documents
    assert document.file_id is None and document.sha256 == "0" * 64
    assert len(reviews) == 1 and reviews[0][0] < 0 and reviews[0][1] is None
    assert row is not None and row[0] == len(call.criteria)

    admin = await call_admin(harness)
    await admin.press_data(CallExport(call.id).pack())  # the export still works
    assert admin.last.document is not None
    assert "Sehr privat" not in admin.last.document.content.decode("utf-8")


async def test_erasing_twice_and_without_applications_completes(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    await onboard(partner, language="ru")
    await seed_application(harness, call, lead.id, partner.id)
    await partner.send("/deleteme")
    await partner.press(PrivacyStep("erase"))
    assert "заявка остаётся" in partner.last_text or "Ваша заявка остаётся" in partner.last_text
    done = await harness.services.privacy.erase(partner.id)  # nothing left: still completes
    assert done.applications_kept == 0 and done.drafts_deleted == 0
