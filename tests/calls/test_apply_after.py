"""After the first pass: the receipt of a long application, the locked application once it has
a decision, the review screen after submitting, /apply resuming a draft, skipped questions and
the lead hearing what the partner city does."""

from __future__ import annotations

from bot.callback_calls import ApplyCountry, ApplyEdit, ApplyJoin, ApplyStep, ApplyZone, CallApply
from bot.db import applications as applications_db
from bot.db import call_decisions as decisions_db
from bot.db import participants as participants_db
from bot.domain.calls import Call
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import open_call, partner_payload, popup, shown, start_application

PDF = b"%PDF-1.4 signed statement of the city administration"


def long_answer(marker: str, limit: int) -> str:
    """About 1500 characters (as a real project description is), or what the question allows."""
    words = " ".join(f"{marker} Satz {n} über Jugendaustausch & Theater." for n in range(40))
    return words[: min(1500, limit)].strip()


async def answer_all(user: SimClient, call: Call, marker: str, *, long: bool) -> list[str]:
    """Every question answered (about 1500 characters each when `long`)."""
    answers = [
        long_answer(f"{marker}-{i}", q.max_length) if long else f"{marker} {i}"
        for i, q in enumerate(call.questions)
    ]
    for text in answers:
        await user.send(text)
    return answers


async def review(user: SimClient, application_id: int) -> None:
    if not any(
        ApplyStep("submit", application_id).pack() in m.button_data() for m in user.messages[-2:]
    ):
        await user.press(ApplyStep("review", application_id))


async def submitted_application(
    harness: BotHarness, answers: str = "short"
) -> tuple[SimClient, SimClient, int, Call, list[str]]:
    """Jana (Karlsruhe) and Olga (Krasnodar) answer everything, sign and submit version 1."""
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    texts = await answer_all(jana, call, "KA", long=answers == "long")
    payload = await partner_payload(jana, application_id)
    olga = harness.user("Olga", "ru")
    await olga.start(payload)
    await olga.press(shown(olga, ApplyJoin))
    await olga.send("Краснодар")
    await olga.press(ApplyCountry("RU"))
    await olga.press(ApplyZone(application_id, 1))
    texts += await answer_all(olga, call, "KR", long=answers == "long")
    await review(jana, application_id)
    await jana.send_document("Erklaerung.pdf", PDF, "application/pdf")
    await jana.press(ApplyStep("sign", application_id))
    await jana.press(ApplyStep("sign_ok", application_id))
    await review(olga, application_id)
    await olga.press(ApplyStep("sign", application_id))
    await olga.press(ApplyStep("sign_ok", application_id))
    await olga.press(ApplyStep("submit", application_id))
    await olga.press(ApplyStep("submit_ok", application_id))
    await harness.drain()
    return jana, olga, application_id, call, texts


async def test_the_receipt_copies_every_long_answer_in_full(harness: BotHarness) -> None:
    jana, olga, _, _, texts = await submitted_application(harness, answers="long")
    for person, words in ((jana, "Eingangsbestätigung"), (olga, "Квитанция")):
        receipt = next(m for m in person.messages if m.body.startswith(words))
        later = [m for m in person.messages if m.message_id > receipt.message_id]
        copy = "\n".join(m.body for m in later)
        assert "{???}" not in copy
        for text in texts:  # every answer of both cities, word for word
            assert text in copy
        assert all(len(m.body) < 4096 for m in later)
        assert len(later) >= 6


async def test_after_submitting_the_review_names_the_version_and_offers_submit_only_after_a_change(
    harness: BotHarness,
) -> None:
    jana, olga, application_id, call, _ = await submitted_application(harness)
    await olga.press(ApplyStep("review", application_id))
    assert "Отправлена версия 1:" in olga.last_text
    assert "можно отправить" not in olga.last_text
    assert ApplyStep("submit", application_id).pack() not in olga.button_data()
    await jana.press(ApplyStep("review", application_id))
    assert "Eingereicht: Version 1 am" in jana.last_text
    assert ApplyStep("submit", application_id).pack() not in jana.button_data()
    await jana.press(ApplyEdit(application_id, call.questions[4].id))
    await jana.send("Neue Hoffnungen")
    assert "Beide Bestätigungen wurden zurückgenommen" in jana.last_text
    assert "Eingereicht: Version 1 am" not in jana.last_text
    assert ApplyStep("submit", application_id).pack() in jana.button_data()
    await harness.drain()
    assert "подтвердите снова" in olga.last_text  # the other city is told
    # Signing asks once; going back changes nothing.
    await jana.press(ApplyStep("sign", application_id))
    assert "Die Antworten für Karlsruhe bestätigen?" in jana.last_text
    await jana.press(ApplyStep("review", application_id))
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None and all(p.signed_off_at is None for p in saved.parties)
    await jana.press(ApplyStep("sign", application_id))
    await jana.press(ApplyStep("sign_ok", application_id))
    assert "Für Karlsruhe bestätigt." in jana.last_text


async def test_a_decided_application_is_locked_and_shows_the_decision(harness: BotHarness) -> None:
    jana, olga, application_id, call, _ = await submitted_application(harness)
    await olga.press(ApplyStep("review", application_id))
    edit = ApplyEdit(application_id, call.questions[6].id)
    assert edit.pack() in olga.button_data()
    async with harness.services.db.transaction() as conn:
        await decisions_db.set_decision(conn, application_id, "accepted", harness.clock.now())
    await olga.press(CallApply(call.id))
    assert "Ваша заявка: принята" in olga.last_text
    await olga.press(ApplyStep("resume", application_id))
    assert "Ваша заявка: принята" in olga.last_text
    assert edit.pack() not in olga.button_data()
    assert ApplyStep("sign", application_id).pack() not in olga.button_data()
    # An old edit button from before the decision changes nothing and says why.
    await olga.press_data(edit.pack())
    assert "Ваша заявка принята: изменить её больше нельзя." in (popup(olga) or olga.last_text)
    await jana.press_data(ApplyStep("submit", application_id).pack())
    assert "angenommen" in (popup(jana) or jana.last_text)
    await jana.press_data(ApplyStep("invite", application_id).pack())
    await jana.send_document("Neu.pdf", PDF, "application/pdf")
    assert "nicht mehr geändert" in jana.last_text
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None and len(saved.documents) == 1
    assert all(p.signed_off_at is not None for p in saved.parties)
    for language, words in (("en", "accepted 🎉"), ("uk", "прийнята"), ("be", "прынята")):
        assert words in harness.services.translator.plain(
            language, "apply-status-decided", decision="accepted"
        )


async def test_apply_goes_straight_back_to_the_next_question_of_a_draft(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    olga = harness.user("Olga", "ru")
    application_id = await start_application(olga, call, "Краснодар", "RU")
    await olga.send("Ольга Петрова")
    await olga.press(ApplyStep("later", application_id))
    assert "/apply" in olga.last_text
    await olga.send("/apply")
    assert "С возвращением" in olga.last_text
    assert "Вопрос 2 из 7" in olga.last_text
    await olga.send("olga@example.org")
    assert "Вопрос 3 из 7" in olga.last_text


async def test_a_long_earlier_answer_is_shown_in_full_when_edited(harness: BotHarness) -> None:
    jana, _, application_id, call, texts = await submitted_application(harness, answers="long")
    await jana.press(ApplyStep("review", application_id))
    await jana.press(ApplyEdit(application_id, call.questions[4].id))
    assert "{???}" not in jana.last_text and texts[4] in jana.last_text


async def test_the_lead_hears_when_the_partner_joins_sends_the_statement_and_signs(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    olga = harness.user("Olga", "ru")  # the lead, who never chose a language on the page
    application_id = await start_application(olga, call, "Краснодар", "RU")
    await answer_all(olga, call, "Ответ", long=False)
    payload = await partner_payload(olga, application_id)
    klaus = harness.user("Klaus", "de")
    await klaus.start(payload)
    await klaus.press(shown(klaus, ApplyJoin))
    await harness.drain()
    async with harness.services.db.reading() as conn:
        for person in (olga, klaus):
            assert await participants_db.is_reachable(conn, person.user.id)
    await klaus.send("Karlsruhe")
    await klaus.press(ApplyCountry("DE"))
    await harness.drain()
    assert "Город-партнёр Karlsruhe присоединился" in olga.last_text
    await answer_all(klaus, call, "Antwort", long=False)
    await review(klaus, application_id)
    await klaus.send_document("Erklaerung.pdf", PDF, "application/pdf")
    await harness.drain()
    assert "Karlsruhe: к заявке" in olga.last_text and "Erklaerung.pdf" in olga.last_text
    await klaus.press(ApplyStep("sign", application_id))
    await klaus.press(ApplyStep("sign_ok", application_id))
    await harness.drain()
    assert "Karlsruhe: заявка на конкурс" in olga.last_text and "подтверждена" in olga.last_text
    assert ApplyStep("review", application_id).pack() in olga.button_data()


async def test_the_partner_invitation_is_its_own_message_to_forward(harness: BotHarness) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    await answer_all(jana, call, "Antwort", long=False)
    await jana.press(ApplyStep("invite", application_id))
    invitation = jana.messages[-1]
    assert invitation.body.startswith("Karlsruhe lädt dich ein")
    assert "?start=ca-" in invitation.body and "Twin City Booster" in invitation.body
    assert "nächsten Nachricht" in jana.messages[-2].body
    await jana.press(CallApply(call.id))  # "back" edits the screen above, not the invitation
    assert any(m.body == invitation.body for m in jana.messages)


async def test_the_deadline_is_also_on_the_applicants_own_clock(harness: BotHarness) -> None:
    call = await open_call(harness)
    olga = harness.user("Olga", "ru")
    application_id = await start_application(olga, call, "Краснодар", "RU")  # Moscow time
    await olga.press(ApplyStep("review", application_id))
    deadline = olga.last_text.replace("\u202f", " ")
    assert "31 дек. 2026 г., 23:59 по времени города Берлин (у вас пт, 1 янв. 2027 г., 01:59)" in (
        deadline
    )
    jana = harness.user("Jana", "de")
    jana_app = await start_application(jana, call)  # Berlin: one clock is enough
    await jana.press(ApplyStep("review", jana_app))
    assert "23:59" in jana.last_text and "bei dir" not in jana.last_text


async def test_the_partner_link_shows_the_call_first_and_joins_only_on_the_button(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    payload = await partner_payload(jana, application_id)
    olga = harness.user("Olga", "ru")
    await olga.start(payload)
    page = olga.last_text
    assert page.startswith("Город Karlsruhe приглашает вас")
    assert "Twin City Booster" in page and "Срок подачи" in page and "/privacy" in page
    async with harness.services.db.reading() as conn:
        before = await applications_db.get(conn, application_id)
    assert before is not None and len(before.parties) == 1
    await olga.press(shown(olga, ApplyJoin))
    assert "Вы присоединились к заявке" in olga.last_text
    async with harness.services.db.reading() as conn:
        after = await applications_db.get(conn, application_id)
    assert after is not None and after.party_of(olga.user.id) is not None
