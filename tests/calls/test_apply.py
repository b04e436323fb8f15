"""Applying in chat, alone: the open calls, the call page, city and country, questions one at
a time saved as typed, pausing and coming back, the one-city-twice warning."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from bot.callback_calls import (
    ApplyChoice,
    ApplyCountry,
    ApplyEdit,
    ApplyHome,
    ApplyJoin,
    ApplyLanguage,
    ApplyStart,
    ApplyStep,
    CallApply,
)
from bot.callback_data import ChooseCity
from bot.db import applications as applications_db
from bot.db import calls as calls_db
from bot.db import participants as participants_db
from bot.domain.calls import Question
from bot.domain.deeplinks import call_payload
from bot.domain.texts import LocalizedName
from bot.offline.harness import BotHarness
from tests.stories import (
    KARLSRUHE,
    answer_every_question,
    open_call,
    partner_payload,
    png_header,
    shown,
    start_application,
)


async def test_apply_lists_the_open_calls_and_says_kindly_when_there_is_none(
    harness: BotHarness,
) -> None:
    person = harness.user("Jana", "de")
    await person.send("/apply")
    assert "Gerade ist kein Aufruf offen" in person.last_text
    call = await open_call(harness)
    await person.send("/apply")
    assert "Ein Aufruf ist offen" in person.last_text
    await person.press(CallApply(call.id))
    page = person.last_text
    assert "Twin City Booster" in page
    assert "Frist: Do., 31. Dez. 2026, 23:59 Uhr Ortszeit Berlin (endet in 10 Monaten)" in page
    assert "7 Fragen" in page and "Unterstützungserklärung" in page and "10 MB" in page
    assert "/privacy" in page
    assert "Belarus, Deutschland, Russland und Ukraine" in page
    await person.press(ApplyHome())
    assert "Ein Aufruf ist offen" in person.last_text


async def test_a_call_not_open_yet_or_closed_says_so_with_its_dates(harness: BotHarness) -> None:
    later = harness.clock.now() + timedelta(days=10)
    call = await open_call(harness, opens_at=later.isoformat())
    person = harness.user("Olga", "ru")
    await person.start(call_payload(call.id))
    assert "Конкурс откроется" in person.last_text
    assert ApplyStart(call.id).pack() not in person.button_data()
    await person.send("/apply")
    assert "нет открытых конкурсов" in person.last_text
    await harness.advance(timedelta(days=400))
    await person.start(call_payload(call.id))
    assert "Конкурс закрыт: срок подачи истёк" in person.last_text
    assert "по времени города Берлин" in person.last_text


async def test_the_language_chosen_on_the_call_page_is_kept_and_start_still_onboards(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    person = harness.user("Ales", "en")
    await person.start(call_payload(call.id))
    assert "Which language" in person.last_text
    await person.press(ApplyLanguage(call.id, "be"))
    assert "Тэрмін падачы" in person.last_text
    assert "Which language" not in person.last_text
    async with harness.services.db.reading() as conn:
        stored = await participants_db.get(conn, person.user.id)
    assert stored is not None and stored.language == "be" and not stored.is_onboarded
    await start_application(person, call, "Гродна", "BY")
    await person.press(ApplyStep("later", shown(person, ApplyStep, action="later").application_id))
    # An applicant who later opens the bot without a link gets the normal onboarding.
    await person.start()
    assert ChooseCity(KARLSRUHE).pack() in person.button_data()


async def test_a_german_applicant_stops_after_two_answers_and_continues_at_the_third(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    assert "Frage 1 von 7 · Karlsruhe" in jana.last_text
    assert "Welche Institution bewirbt sich" in jana.last_text
    await jana.send("Stadt Karlsruhe, Amt für Internationales")
    assert "Frage 2 von 7" in jana.last_text
    await jana.send("Jana Schmidt")
    # Saved as typed: nothing is lost when she stops here.
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None
    assert [a.text for a in saved.answers] == [
        "Stadt Karlsruhe, Amt für Internationales",
        "Jana Schmidt",
    ]
    assert all(a.language == "de" for a in saved.answers)
    await jana.press(ApplyStep("later", application_id))
    assert "gespeichert" in jana.last_text
    await harness.advance(timedelta(days=2))
    await jana.send("/apply")  # straight back to the next question, as "Later" promised
    assert "Frage 3 von 7" in jana.last_text
    await jana.press(ApplyStep("later", application_id))
    await jana.start(call_payload(call.id))
    assert "Entwurf" in jana.last_text
    await jana.press(ApplyStep("resume", application_id))
    assert "Frage 3 von 7" in jana.last_text
    assert "Kontaktperson (E-Mail, Telefon)" in jana.last_text
    await jana.send("jana@karlsruhe.example")
    assert "Frage 4 von 7" in jana.last_text


async def test_the_calls_link_brings_a_returning_applicant_to_the_next_question(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    await jana.send("Stadt Karlsruhe")
    await jana.start(call_payload(call.id))
    await jana.press(ApplyStep("resume", application_id))
    assert "Frage 2 von 7" in jana.last_text


async def test_answers_too_long_or_empty_are_refused_with_the_limit(harness: BotHarness) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "en")
    application_id = await start_application(jana, call)
    await jana.send("x" * 301)
    assert "301 characters" in jana.last_text and "300" in jana.last_text
    await jana.send("   ")
    assert "empty" in jana.last_text
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None and saved.answers == ()
    await jana.send("City of Karlsruhe")
    assert "Question 2 of 7" in jana.last_text


async def test_an_optional_question_can_be_skipped_and_any_answer_edited(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "en")
    application_id = await start_application(jana, call)
    for text in ("City of Karlsruhe", "Jana", "jana@example.org", "We", "Hopes", "Why"):
        await jana.send(text)
    assert "Question 7 of 7" in jana.last_text and "skip" in jana.last_text
    await jana.press(ApplyStep("skip", application_id))
    assert "Your answers:" in jana.last_text  # the review screen
    assert "(skipped: an optional question)" in jana.last_text
    assert "(not answered yet)" not in jana.last_text
    assert ApplyEdit(application_id, call.questions[6].id).pack() in jana.button_data()
    await jana.send("/apply")  # returning does not ask the skipped question again
    assert "Your answers:" in jana.last_text and "Question 7 of 7" not in jana.last_text
    hopes = call.questions[4]
    await jana.press(ApplyEdit(application_id, hopes.id))
    assert "Question 5 of 7" in jana.last_text and "Your answer so far: Hopes" in jana.last_text
    await jana.send("Lasting friendships between the schools")
    assert "Answer saved" in jana.last_text and "Your answers:" in jana.last_text
    assert "Lasting friendships between the schools" in jana.last_text


async def test_one_city_applying_twice_is_warned_and_may_go_on(harness: BotHarness) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    await answer_every_question(jana, call, "Antwort")
    payload = await partner_payload(jana, application_id)
    olga = harness.user("Olga", "ru")
    await olga.start(payload)
    await olga.press(shown(olga, ApplyJoin))
    await olga.send("Краснодар")
    await olga.press(ApplyCountry("RU"))
    # Someone else from Karlsruhe: told who applied, asked to get the partner link instead.
    peter = harness.user("Peter", "de")
    await peter.start(call_payload(call.id))
    await peter.press(ApplyStart(call.id))
    await peter.send("  karlsruhe ")
    warning = peter.last_text
    assert "Achtung" in warning and "Karlsruhe ↔ Краснодар" in warning
    assert "Partner-Link" in warning
    await peter.press(ApplyCountry("DE"))  # he may still go on
    assert "Frage 1 von 7" in peter.last_text
    async with harness.services.db.reading() as conn:
        assert len(await applications_db.with_city(conn, call.id, "Karlsruhe")) == 2
    # Jana herself trying again is pointed to her own application.
    await jana.start(call_payload(call.id))
    assert ApplyStep("resume", application_id).pack() in jana.button_data()


async def test_a_forged_press_on_someone_elses_application_fails(harness: BotHarness) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    await jana.send("Stadt Karlsruhe")
    mallory = harness.user("Mallory", "en")
    await mallory.start(call_payload(call.id))
    for action in ("review", "resume", "sign", "submit", "submit_ok", "invite", "later"):
        await mallory.press_data(ApplyStep(action, application_id).pack())  # type: ignore[arg-type]
        assert "out of date" in str((mallory.last_callback_answer or {}).get("text"))
    await mallory.press_data(ApplyEdit(application_id, call.questions[0].id).pack())
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None
    assert len(saved.parties) == 1 and saved.parties[0].signed_off_at is None
    assert [a.text for a in saved.answers] == ["Stadt Karlsruhe"]


async def test_the_review_screen_of_long_answers_stays_under_telegrams_limit(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    for question in call.questions:
        await jana.send(
            ("Lange Antwort über Partnerschaft und Freundschaft. " * 60)[: question.max_length]
        )
    review = jana.last_text
    assert "Deine Antworten:" in review and "…" in review
    assert len(review) < 4096
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None and max(len(a.text) for a in saved.answers) == 2000


async def test_a_choice_question_is_answered_with_its_buttons_in_the_readers_language(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    theme = Question(
        0,
        call.id,
        7,
        "choice",
        LocalizedName({"en": "Which theme first?", "de": "Welches Thema zuerst?"}),
        choices=(
            LocalizedName({"en": "Ecology", "de": "Ökologie"}),
            LocalizedName({"en": "Youth exchange", "de": "Jugendaustausch"}),
        ),
        required=False,
    )
    async with harness.services.db.transaction() as conn:
        question_id = await calls_db.add_question(conn, call.id, theme)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    await answer_every_question(jana, call, "Antwort")
    assert "Frage 8 von 8" in jana.last_text and "Welches Thema zuerst?" in jana.last_text
    assert "Jugendaustausch" in jana.buttons()
    await jana.press(ApplyChoice(application_id, question_id, 1))
    assert "Deine Antworten:" in jana.last_text and "Jugendaustausch" in jana.last_text
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert saved is not None
    chosen = saved.answer(question_id, saved.parties[0].id)
    assert chosen is not None and (chosen.choice, chosen.text) == (1, "Jugendaustausch")
    await jana.press_data(ApplyChoice(application_id, question_id, 7).pack())
    assert "out of date" in str((jana.last_callback_answer or {}).get("text")) or (
        "veraltet" in str((jana.last_callback_answer or {}).get("text"))
    )


async def test_a_photo_of_the_statement_is_taken_as_a_jpeg(harness: BotHarness) -> None:
    call = await open_call(harness)
    jana = harness.user("Jana", "de")
    application_id = await start_application(jana, call)
    await jana.send_photo(png_header(1200, 1600))
    assert "Erhalten: photo.jpg" in jana.last_text
    async with harness.services.db.reading() as conn:
        saved = await applications_db.get(conn, application_id)
    assert (
        saved is not None
        and saved.documents[0].sha256 == hashlib.sha256(png_header(1200, 1600)).hexdigest()
    )
