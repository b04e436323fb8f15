"""The joint application: the partner city joins by link and answers in its own language,
the support statement, sign-offs, submission with receipts (and a new version after a change),
and the deadline."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from bot.callback_calls import ApplyCountry, ApplyEdit, ApplyJoin, ApplyStep, ApplyZone, CallApply
from bot.db import applications as applications_db
from bot.db import calls as calls_db
from bot.domain.calls import ApplicationStatus
from bot.domain.deeplinks import call_payload, co_applicant_payload
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    answer_every_question,
    open_call,
    partner_payload,
    popup,
    shown,
    start_application,
)

PDF = b"%PDF-1.4 signed statement of the city administration"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def open_review(user: SimClient, application_id: int) -> None:
    """The review screen: already on screen after the last answer, else by its button."""
    if not any(
        ApplyStep("submit", application_id).pack() in m.button_data() for m in user.messages[-2:]
    ):
        await user.press(ApplyStep("review", application_id))


async def joint_application(harness: BotHarness) -> tuple[SimClient, SimClient, int, int]:
    """Jana (Karlsruhe, German) starts and answers everything; Olga (Krasnodar, Russian)
    joins by the link and answers everything in Russian. Returns both, the application and
    the call."""
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    await answer_every_question(jana, call, "Antwort aus Karlsruhe")
    payload = await partner_payload(jana, application_id)
    olga = harness.user("Olga", "ru")
    await olga.start(payload)
    await olga.press(shown(olga, ApplyJoin))
    assert "Вы присоединились к заявке" in olga.last_text and "Karlsruhe" in olga.last_text
    await olga.send("Краснодар")
    await olga.press(ApplyCountry("RU"))
    assert "Который час в городе Краснодар" in olga.last_text
    assert "Москва" in olga.buttons()
    await olga.press(ApplyZone(application_id, 1))
    assert "Вопрос 1 из 7 · Краснодар" in olga.last_text
    await answer_every_question(olga, call, "Ответ из Краснодара")
    return jana, olga, application_id, call.id


async def test_the_russian_partner_joins_by_link_and_answers_in_russian(
    harness: BotHarness,
) -> None:
    jana, olga, application_id, _ = await joint_application(harness)
    await harness.drain()
    assert any("Краснодар ist deiner Bewerbung" in m.body for m in jana.messages)
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None
    karlsruhe, krasnodar = saved.parties
    assert (karlsruhe.city, karlsruhe.country, karlsruhe.time_zone) == (
        "Karlsruhe",
        "DE",
        "Europe/Berlin",
    )
    assert (krasnodar.city, krasnodar.country, krasnodar.time_zone, krasnodar.language) == (
        "Краснодар",
        "RU",
        "Europe/Moscow",
        "ru",
    )
    theirs = [a for a in saved.answers if a.party_id == krasnodar.id]
    assert len(theirs) == 7
    assert all(a.language == "ru" and a.text.startswith("Ответ из Краснодара") for a in theirs)
    ours = [a for a in saved.answers if a.party_id == karlsruhe.id]
    assert all(a.language == "de" and a.text.startswith("Antwort aus Karlsruhe") for a in ours)
    # Each sees the other's progress.
    await open_review(jana, application_id)
    assert "Partnerstadt Краснодар: 7 von 7 beantwortet, noch nicht bestätigt." in jana.last_text
    assert "Город-партнёр Karlsruhe: отвечено 7 из 7" in olga.last_text


async def test_a_partner_link_works_once_and_is_refused_clearly_otherwise(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    payload = await partner_payload(jana, application_id)
    olga = harness.user("Olga", "ru")
    await olga.start(payload)
    await olga.press(shown(olga, ApplyJoin))
    intruder = harness.user("Ivan", "ru")
    await intruder.start(payload)
    assert "уже использована" in intruder.last_text
    await intruder.start(co_applicant_payload("nosuchtoken123"))
    assert "недействительна" in intruder.last_text
    # A fresh link that runs out: the deadline is its end.
    async with harness.services.db.transaction() as conn:
        await calls_db.create_token(
            conn,
            "expiredtoken123",
            call.id,
            "co_applicant",
            jana.user.id,
            harness.clock.now() - timedelta(days=2),
            harness.clock.now() - timedelta(days=1),
            application_id=await applications_db.create(
                conn, call.id, 999, "de", harness.clock.now()
            ),
        )
    await intruder.start(co_applicant_payload("expiredtoken123"))
    assert "истёк" in intruder.last_text
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None and [p.user_id for p in saved.parties] == [
        jana.user.id,
        olga.user.id,
    ]


async def test_submission_waits_for_the_statement_and_both_sign_offs_then_sends_receipts(
    harness: BotHarness,
) -> None:
    jana, olga, application_id, _ = await joint_application(harness)
    await open_review(jana, application_id)
    await jana.press(ApplyStep("submit", application_id))
    refusal = popup(jana) or jana.last_text
    assert "Noch nicht möglich" in refusal
    assert "Unterstützungserklärung" in refusal
    assert "Краснодар hat noch nicht bestätigt." in refusal
    # Word files and files over the limit are refused with the reason, before downloading.
    await jana.send_document("Erklärung.docx", b"PK word", DOCX)
    assert "PDF, JPG oder PNG" in jana.last_text
    await jana.send_document("scan.pdf", b"0" * (25 * 1024 * 1024), "application/pdf")
    assert "25 MB" in jana.last_text and "höchstens 10 MB" in jana.last_text
    await jana.send_document("Erklaerung.pdf", PDF, "application/pdf")
    assert "Erhalten: Erklaerung.pdf" in jana.last_text
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None and len(saved.documents) == 1
    assert saved.documents[0].sha256 == hashlib.sha256(PDF).hexdigest()
    await jana.press(ApplyStep("sign", application_id))
    await jana.press(ApplyStep("sign_ok", application_id))
    assert "Für Karlsruhe bestätigt." in jana.last_text
    await jana.press(ApplyStep("submit", application_id))
    assert "Краснодар hat noch nicht bestätigt." in (popup(jana) or jana.last_text)
    await open_review(olga, application_id)
    await olga.press(ApplyStep("sign", application_id))
    await olga.press(ApplyStep("sign_ok", application_id))
    await olga.press(ApplyStep("submit", application_id))
    assert "Вы оба получите квитанцию" in olga.last_text
    await olga.press(ApplyStep("submit_ok", application_id))
    assert "Заявка отправлена: версия 1" in olga.last_text
    await harness.drain()
    for person, words in ((jana, "Eingangsbestätigung"), (olga, "Квитанция")):
        receipt = next(m for m in person.messages if m.body.startswith(words))
        assert receipt.document is not None and receipt.document.content.startswith(b"%PDF")
        assert "Version 1" in receipt.body or "версия 1" in receipt.body
        copy = "\n".join(m.body for m in person.messages if m.message_id > receipt.message_id)
        for i in range(1, 8):  # every answer of both cities, attributed
            assert f"Antwort aus Karlsruhe {i}" in copy
            assert f"Ответ из Краснодара {i}" in copy
        assert "Karlsruhe" in copy and "Краснодар" in copy
        assert all(len(m.body) < 4096 for m in person.messages)
    async with harness.services.db.reading() as conn:
        versions = await applications_db.versions(conn, application_id)
    assert [v["version"] for v in versions] == [1]
    assert len(versions[0]["snapshot"]["answers"]) == 14


async def test_a_change_after_submission_needs_new_sign_offs_and_makes_version_two(
    harness: BotHarness,
) -> None:
    jana, olga, application_id, call_id = await joint_application(harness)
    await open_review(jana, application_id)
    await jana.send_document("Erklaerung.pdf", PDF, "application/pdf")
    await jana.press(ApplyStep("sign", application_id))
    await jana.press(ApplyStep("sign_ok", application_id))
    await open_review(olga, application_id)
    await olga.press(ApplyStep("sign", application_id))
    await olga.press(ApplyStep("sign_ok", application_id))
    await olga.press(ApplyStep("submit", application_id))
    await olga.press(ApplyStep("submit_ok", application_id))
    await harness.drain()
    async with harness.services.db.reading() as conn:
        call = await calls_db.get(conn, call_id)
    assert call is not None
    await open_review(jana, application_id)
    await jana.press(ApplyEdit(application_id, call.questions[4].id))
    await jana.send("Neue Hoffnungen")
    await harness.drain()
    told = olga.messages[-1].body
    assert "Karlsruhe: изменения в заявке" in told and "подтвердите снова" in told
    await jana.press(ApplyStep("submit", application_id))
    assert "Karlsruhe hat noch nicht bestätigt." in (popup(jana) or jana.last_text)
    await jana.press(ApplyStep("sign", application_id))
    await jana.press(ApplyStep("sign_ok", application_id))
    await open_review(olga, application_id)
    await olga.press(ApplyStep("sign", application_id))
    await olga.press(ApplyStep("sign_ok", application_id))
    await open_review(jana, application_id)
    await jana.press(ApplyStep("submit", application_id))
    assert "(Version 2)" in jana.last_text
    await jana.press(ApplyStep("submit_ok", application_id))
    assert "Eingereicht: Version 2" in jana.last_text
    await harness.drain()
    assert any("Neue Hoffnungen" in m.body for m in olga.messages[-3:])


async def test_the_deadline_passes_mid_draft(harness: BotHarness) -> None:
    jana, olga, application_id, call_id = await joint_application(harness)
    await open_review(jana, application_id)
    async with harness.services.db.reading() as conn:
        call = await calls_db.get(conn, call_id)
    assert call is not None
    # The administrators move the deadline a week later: the task follows the call.
    later = call.deadline_at + timedelta(days=7)
    async with harness.services.db.transaction() as conn:
        await calls_db.update(conn, call_id, {"deadline_at": later.isoformat()})
    await harness.advance(call.deadline_at - harness.clock.now() + timedelta(minutes=1))
    async with harness.services.db.reading() as conn:
        still = await applications_db.get(conn, application_id)
    assert still is not None and still.status is ApplicationStatus.DRAFT
    await jana.press(ApplyStep("sign", application_id))
    await jana.press(ApplyStep("sign_ok", application_id))  # still accepted
    await harness.advance(timedelta(days=7))
    async with harness.services.db.reading() as conn:
        closed = await applications_db.get(conn, application_id)
    assert closed is not None and closed.status is ApplicationStatus.NOT_SUBMITTED
    assert any("wurde nicht eingereicht" in m.body for m in jana.messages[-2:])
    assert any("не была отправлена" in m.body for m in olga.messages[-2:])
    await olga.press_data(ApplyStep("submit", application_id).pack())
    assert "Срок подачи истёк" in (popup(olga) or olga.last_text)
    await jana.send_document("Erklaerung.pdf", PDF, "application/pdf")
    assert "Die Frist ist vorbei" in jana.last_text and "Ortszeit Berlin" in jana.last_text
    await jana.start(call_payload(call_id))
    assert "nicht eingereicht (die Frist ist vorbei)" in jana.last_text
    await jana.press(CallApply(call_id))
    async with harness.services.db.reading() as conn:
        final = await applications_db.get(conn, application_id)
    assert final is not None and final.documents == () and final.version == 0
