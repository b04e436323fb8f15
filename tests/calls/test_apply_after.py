"""After the first pass: the receipt of a long application, the locked application once it has
a decision, the review screen after submitting, /apply resuming a draft, skipped questions and
the lead hearing what the partner city does."""

from __future__ import annotations

from bot.callback_calls import ApplyCountry, ApplyStep, ApplyZone
from bot.domain.calls import Call
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import open_call, partner_payload, start_application

PDF = b"%PDF-1.4 signed statement of the city administration"


def long_answer(marker: str, limit: int) -> str:
    """About 1500 characters (as a real project description is), or what the question allows."""
    words = " ".join(f"{marker} Satz {n} über Jugendaustausch & Theater." for n in range(40))
    return words[: min(1500, limit)].strip()


async def answer_all(user: SimClient, call: Call, marker: str) -> list[str]:
    answers = [long_answer(f"{marker}-{i}", q.max_length) for i, q in enumerate(call.questions)]
    for text in answers:
        await user.send(text)
    return answers


async def review(user: SimClient, application_id: int) -> None:
    if ApplyStep("submit", application_id).pack() not in user.button_data():
        await user.press(ApplyStep("review", application_id))


async def submitted_application(
    harness: BotHarness, answers: str = "short"
) -> tuple[SimClient, SimClient, int, Call, list[str]]:
    """Jana (Karlsruhe) and Olga (Krasnodar) answer everything, sign and submit version 1."""
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    texts = (
        await answer_all(jana, call, "KA")
        if answers == "long"
        else [f"Antwort {i}" for i in range(1, len(call.questions) + 1)]
    )
    if answers != "long":
        for text in texts:
            await jana.send(text)
    payload = await partner_payload(jana, application_id)
    olga = harness.user("Olga", "ru")
    await olga.start(payload)
    await olga.send("Краснодар")
    await olga.press(ApplyCountry("RU"))
    await olga.press(ApplyZone(application_id, 1))
    texts += (
        await answer_all(olga, call, "KR")
        if answers == "long"
        else [await olga.send(f"Ответ {i}") or f"Ответ {i}" for i in range(1, len(call.questions) + 1)]
    )
    await review(jana, application_id)
    await jana.send_document("Erklaerung.pdf", PDF, "application/pdf")
    await jana.press(ApplyStep("sign", application_id))
    await review(olga, application_id)
    await olga.press(ApplyStep("sign", application_id))
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
