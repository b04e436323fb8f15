"""Reviewing through the emulator: assignment without conflicts, the reviewer's screens in
their language (blind when the call is), scoring, and the administrators' ranked list."""

from __future__ import annotations

import re
from pathlib import Path

from bot.callback_calls import (
    AssignStep,
    CallAssign,
    CallDecide,
    CallRanking,
    RankedApplication,
    RankingPage,
    ReviewAll,
    ReviewList,
    ReviewQuestion,
    ReviewScore,
    ReviewStep,
)
from bot.db import applications as applications_db
from bot.db import reviews as reviews_db
from bot.domain.calls import Answer, Call
from bot.offline.emulator import SimMessage
from bot.offline.emulator.client import SimClient
from bot.offline.emulator.model import SimFile
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    KARLSRUHE,
    KRASNODAR,
    onboard,
    open_call,
    past_deadline,
    popup,
    seed_application,
    shown,
    translated_harness,
)


async def assignments(harness: BotHarness, call: Call) -> set[tuple[int, int]]:
    async with harness.services.db.reading() as conn:
        return set(await reviews_db.assignments(conn, call.id))


async def add_reviewer(harness: BotHarness, call: Call, user: SimClient, *links: str) -> None:
    admin = await harness.services.access.actor(ADMIN_ID)
    await harness.services.calls.add_reviewer(admin, call.id, user.id, list(links))


async def administrator(harness: BotHarness) -> SimClient:
    """The administrator with a chat open (the call card with the assignment and ranking
    buttons is the administrators' screens' own; here they are pressed by their data)."""
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await admin.send("/review")
    return admin


async def assign(harness: BotHarness, call: Call) -> SimClient:
    """The administrator assigns reviewers: confirmation, then "Assign"."""
    admin = await administrator(harness)
    await admin.press_data(CallAssign(call.id).pack())
    await admin.press(AssignStep("ok", call.id))
    await harness.drain()
    return admin


def refused(user: SimClient) -> bool:
    """The press was refused with a pop-up (not allowed, or out of date)."""
    answer = user.last_callback_answer or {}
    return bool(popup(user)) or str(answer.get("text", "")).startswith("This button is out of date")


async def score_all(reviewer: SimClient, application_id: int, scores: list[int]) -> None:
    """Open the application, score each criterion in turn, submit."""
    await reviewer.press(ReviewStep("sheet", application_id))
    first = shown(reviewer, ReviewScore, application_id=application_id, score=0)
    await reviewer.press(first)
    for score in scores:
        await reviewer.press(
            shown(reviewer, ReviewScore, application_id=application_id, score=score)
        )
    await reviewer.press(ReviewStep("ask", application_id))
    await reviewer.press(ReviewStep("submit", application_id))


# ------------------------------------------------------------------ assignment
async def test_a_reviewer_from_karlsruhe_is_never_assigned_the_karlsruhe_krasnodar_application(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    joint = await seed_application(harness, call, 501, 502)
    other = await seed_application(
        harness, call, 503, 504, cities=("Leipzig", "Kharkiv"), countries=("DE", "UA"),
        languages=("de", "uk"),
    )  # fmt: skip
    karl = harness.user("Karl", "de")
    await onboard(karl, language="de", city=KARLSRUHE)  # their own city is a conflict
    linked = harness.user("Lena", "en")
    await onboard(linked, language="en", city=KRASNODAR)
    free = harness.user("Olga", "ru", user_id=777)  # never started the bot: no message
    for user in (karl, linked, free):
        await add_reviewer(harness, call, user)
    admin = await administrator(harness)
    await admin.press_data(CallAssign(call.id).pack())
    ask = admin.last_text
    assert "Submitted applications: 2" in ask and "Reviewers: 3" in ask
    assert "Reviews per application: 2" in ask
    assert "Applications short of reviewers: 1" in ask  # only Olga may review the joint one
    assert "Conflicts of interest avoided: 2" in ask
    assert "Reviewers who get a message: 2" in ask
    await admin.press(AssignStep("ok", call.id))
    await harness.drain()
    assert "Reviewers told: 2" in admin.last_text
    pairs = await assignments(harness, call)
    assert (joint, karl.id) not in pairs and (joint, linked.id) not in pairs
    assert pairs == {(joint, 777), (other, karl.id), (other, linked.id)}
    # Each newly assigned reviewer hears once, in their language, with their list a tap away.
    assert "Bewerbungen" in karl.last_text or "Bewerbung" in karl.last_text
    await karl.press(ReviewList(call.id))
    assert "Leipzig – Kharkiv · offen" in " ".join(karl.buttons())
    # Running it again changes nothing and tells nobody.
    before = len(karl.messages)
    await admin.press_data(CallAssign(call.id).pack())
    assert "New assignments: 0" in admin.last_text and "Nothing new to assign." in admin.last_text
    assert AssignStep("ok", call.id).pack() not in admin.button_data()
    await harness.drain()
    assert await assignments(harness, call) == pairs and len(karl.messages) == before


async def test_cancelling_the_assignment_changes_nothing(harness: BotHarness) -> None:
    call = await open_call(harness)
    await seed_application(harness, call, 501, 502)
    reviewer = harness.user("Olga", "ru", user_id=777)
    await add_reviewer(harness, call, reviewer)
    admin = await administrator(harness)
    await admin.press_data(CallAssign(call.id).pack())
    await admin.press(AssignStep("cancel", call.id))
    assert "nothing was assigned" in admin.last_text
    assert await assignments(harness, call) == set()


async def test_loads_are_balanced(harness: BotHarness) -> None:
    call = await open_call(harness)
    for n in range(5):
        await seed_application(
            harness, call, 600 + 2 * n, 601 + 2 * n, cities=(f"Town{n}", f"Gorod{n}")
        )
    reviewers = [harness.user(f"R{n}", "en", user_id=700 + n) for n in range(3)]
    for user in reviewers:
        await add_reviewer(harness, call, user)
    await assign(harness, call)
    pairs = await assignments(harness, call)
    loads = [sum(1 for _, r in pairs if r == user.id) for user in reviewers]
    assert sorted(loads) == [3, 3, 4] and len(pairs) == 10


async def test_forged_presses_are_refused(harness: BotHarness) -> None:
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502)
    stranger = harness.user("Mallory", "en")
    await onboard(stranger)
    await stranger.send("/review")
    reviewer = harness.user("Olga", "en", user_id=777)
    await add_reviewer(harness, call, reviewer)
    for forged in (CallAssign(call.id), AssignStep("ok", call.id), CallRanking(call.id),
                   RankedApplication(application)):  # fmt: skip
        await stranger.press_data(forged.pack())
        assert refused(stranger), forged
    assert await assignments(harness, call) == set()
    # Not assigned (yet): neither the answers nor a score are theirs.
    for forged in (ReviewQuestion(application, 0, 0, False), ReviewScore(application, 1, 5),
                   ReviewStep("ask", application), ReviewStep("submit", application),
                   ReviewList(call.id)):  # fmt: skip
        await stranger.press_data(forged.pack())
        assert refused(stranger), forged
    await reviewer.send("/review")
    await reviewer.press(ReviewList(call.id))
    assert "No applications are assigned to you yet" in reviewer.last_text
    async with harness.services.db.reading() as conn:
        assert await reviews_db.for_call(conn, call.id) == []


# ------------------------------------------------------------------ scoring and ranking
async def test_a_review_with_a_criterion_left_out_cannot_be_submitted(harness: BotHarness) -> None:
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502)
    reviewer = await reading_first_question(harness, call, application, "en")
    await reviewer.press(ReviewStep("sheet", application))
    criteria = call.criteria
    await reviewer.press(ReviewScore(application, criteria[0].id, 0))
    for criterion in criteria[:-1]:  # each score leads on to the next criterion
        assert criterion.name.for_reader("en") in reviewer.last_text
        await reviewer.press(ReviewScore(application, criterion.id, 4))
    assert "Criterion 4 of 4: Feasibility" in reviewer.last_text
    await reviewer.press(ReviewStep("sheet", application))
    sheet = reviewer.last_text
    assert "Feasibility (weight 1): not scored yet" in sheet
    assert "Weighted total so far: 16 of 25" in sheet  # 4 + 2×4 + 4, shown before submitting
    await reviewer.press(ReviewStep("ask", application))
    assert popup(reviewer) == "Score every criterion first. Not scored yet: Feasibility"
    await reviewer.press_data(ReviewStep("submit", application).pack())
    assert popup(reviewer) == "Score every criterion first. Not scored yet: Feasibility"
    async with harness.services.db.reading() as conn:
        review = await reviews_db.get(conn, application, 777)
    assert review is not None and not review.submitted
    await reviewer.press(ReviewScore(application, criteria[-1].id, 0))
    await reviewer.press(ReviewScore(application, criteria[-1].id, 2))
    assert "Weighted total: 18 of 25" in reviewer.last_text
    await reviewer.press(ReviewStep("note", application))
    await reviewer.send("Strong <b>local</b> support, weak plan.")
    assert "Strong <b>local</b> support" in reviewer.last_text  # escaped, shown as typed
    # Submitting is final, so it asks once; "Back" changes nothing.
    await reviewer.press(ReviewStep("ask", application))
    assert reviewer.last_text == (
        "Submit your review? Total 18 of 25. It cannot be changed afterwards."
    )
    await reviewer.press(ReviewStep("sheet", application))
    assert "Weighted total: 18 of 25" in reviewer.last_text
    async with harness.services.db.reading() as conn:
        review = await reviews_db.get(conn, application, 777)
    assert review is not None and not review.submitted
    await reviewer.press(ReviewStep("ask", application))
    await reviewer.press(ReviewStep("submit", application))
    assert "your review is submitted" in reviewer.last_text
    assert not any(d.startswith("rvc:") for d in reviewer.last.button_data())  # read-only
    await reviewer.press_data(ReviewScore(application, criteria[0].id, 1).pack())
    assert popup(reviewer) == "This review is submitted and can no longer be changed."


async def test_the_ranked_list_totals_are_the_weighted_sums(harness: BotHarness) -> None:
    call = await open_call(harness)
    first = await seed_application(harness, call, 501, 502, cities=("Leipzig", "Kharkiv"))
    second = await seed_application(harness, call, 503, 504, cities=("Halle", "Lviv"))
    one, two = harness.user("Olga", "en"), harness.user("Ivan", "en")
    for user in (one, two):
        await onboard(user)
        await add_reviewer(harness, call, user)
    await assign(harness, call)
    pressed = {
        (first, one): [5, 5, 4, 5],
        (first, two): [1, 2, 1, 2],
        (second, one): [3, 4, 3, 4],
        (second, two): [4, 4, 3, 4],
    }
    for (application, user), scores in pressed.items():
        await user.send("/review")
        await user.press(ReviewList(call.id))
        await user.press(ReviewQuestion(application, 0, 0, False))
        await score_all(user, application, scores)
    weights = [c.weight for c in call.criteria]

    def total(scores: list[int]) -> int:
        return sum(w * s for w, s in zip(weights, scores, strict=True))

    admin = await administrator(harness)
    await admin.press_data(CallRanking(call.id).pack())
    rows = re.findall(
        r"(\d)\. (\S+ – \S+): average ([\d.]+) of 25, reviews (\d) of (\d); "
        r"reviewers differ by up to (\d+) points?(.*)",
        admin.last_text,
    )
    found = {
        label: (float(mean), int(spread), done, flag)
        for _, label, mean, done, _, spread, flag in rows
    }
    for application, label in ((first, "Leipzig – Kharkiv"), (second, "Halle – Lviv")):
        totals = [total(pressed[(application, u)]) for u in (one, two)]
        mean, spread, done, flag = found[label]
        assert mean == round(sum(totals) / 2, 1) and spread == max(totals) - min(totals)
        assert done == "2" and ("⚠ reviewers disagree" in flag) == (spread >= 7)
    assert [r[1] for r in rows] == ["Halle – Lviv", "Leipzig – Kharkiv"]  # 18.5 above 16
    assert "7 or more points apart" in admin.last_text
    await admin.press(RankedApplication(first))
    view = admin.last_text
    assert f"Olga: {total(pressed[(first, one)])} of 25" in view
    assert f"Ivan: {total(pressed[(first, two)])} of 25" in view
    assert "cdc:" + str(first) + ":accepted" in admin.last.button_data()
    # The answers in the administrator's language, the way back to the application.
    await admin.press(ReviewQuestion(first, 0, 0, False))
    assert "Leipzig:" in admin.last_text and "Kharkiv:" in admin.last_text
    assert "translation unavailable" in admin.last_text
    await admin.press(RankedApplication(first))
    await admin.press(CallRanking(call.id))
    assert admin.last_text.startswith("Ranked list")
    assert "accepted" not in admin.last_text
    # A decision (open once the deadline has passed) shows on the ranked list.
    await past_deadline(harness, call)
    await admin.press(RankedApplication(first))
    await admin.press(CallDecide(first, "accepted"))
    await admin.press_data(CallRanking(call.id).pack())
    assert re.search(r"2\. Leipzig – Kharkiv: .* · ✅ accepted", admin.last_text), admin.last_text
    assert not re.search(r"1\. Halle – Lviv: .*(accepted|declined|waiting list)", admin.last_text)


# ------------------------------------------------------------------ reading in one's language
async def test_without_a_provider_the_original_is_shown_and_said_so(harness: BotHarness) -> None:
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502)
    reviewer = harness.user("Olga", "en", user_id=777)
    await add_reviewer(harness, call, reviewer)
    await assign(harness, call)
    await reviewer.send("/review")
    await reviewer.press(ReviewList(call.id))
    await reviewer.press(shown(reviewer, ReviewQuestion, application_id=application))
    text = reviewer.last_text
    assert "Karlsruhe:" in text and "Krasnodar:" in text and "question 1 of 7" in text
    assert "German · translation unavailable, shown as written" in text
    assert "Russian · translation unavailable" in text
    # Nothing to switch to: no "Show the original" between two identical texts.
    assert not any(d.endswith(":1") for d in reviewer.last.button_data() if d.startswith("rvq:"))
    assert "Show the original" not in " ".join(reviewer.buttons())
    # A person's translation is there: now the original is one tap away.
    async with harness.services.db.transaction() as conn:
        party = (await applications_db.get(conn, application)).parties[0]  # type: ignore[union-attr]
        await reviews_db.save_translation(
            conn, application, call.questions[0].id, party.id, "en", "By a person", "human",
            harness.clock.now(),
        )  # fmt: skip
    await reviewer.press(ReviewQuestion(application, 1, 0, False))
    await reviewer.press(ReviewQuestion(application, 0, 0, False))  # back to question 1
    assert "By a person" in reviewer.last_text
    await reviewer.press(ReviewQuestion(application, 0, 0, True))
    assert "original in German" in reviewer.last_text
    assert "Russian · translation unavailable" in reviewer.last_text


async def test_machine_translation_is_marked_and_the_original_is_one_tap_away(
    tmp_path: Path, clock: object
) -> None:
    async with translated_harness(tmp_path, clock, admin_ids=frozenset({ADMIN_ID})) as (h, fake):
        call = await open_call(h)
        application = await seed_application(h, call, 501, 502)
        reviewer = h.user("Olga", "en", user_id=777)
        await add_reviewer(h, call, reviewer)
        await assign(h, call)
        await reviewer.send("/review")
        await reviewer.press(ReviewList(call.id))
        await reviewer.press(ReviewQuestion(application, 0, 0, False))
        assert "[en] Karlsruhe: institution" in reviewer.last_text
        assert (
            "machine translation from German · the original is one tap away" in reviewer.last_text
        )
        asked = len(fake.requests)
        await reviewer.press(ReviewQuestion(application, 0, 0, True))  # one tap
        assert "[en]" not in reviewer.last_text and "original in German" in reviewer.last_text
        await reviewer.press(ReviewQuestion(application, 0, 0, False))
        assert len(fake.requests) == asked  # kept, not asked again
        async with h.services.db.transaction() as conn:
            party = (await applications_db.get(conn, application)).parties[0]  # type: ignore[union-attr]
            await reviews_db.save_translation(
                conn, application, call.questions[0].id, party.id, "en", "By a person", "human",
                h.clock.now(),
            )  # fmt: skip
            await reviews_db.save_translation(
                conn, application, call.questions[0].id, party.id, "en", "machine again", "machine",
                h.clock.now(),
            )  # fmt: skip
        await reviewer.press(ReviewQuestion(application, 0, 0, True))
        await reviewer.press(ReviewQuestion(application, 0, 0, False))
        assert (
            "By a person" in reviewer.last_text and "translated by a person" in reviewer.last_text
        )


async def test_in_blind_mode_no_name_reaches_the_reviewer(tmp_path: Path, clock: object) -> None:
    async with translated_harness(tmp_path, clock, admin_ids=frozenset({ADMIN_ID})) as (h, fake):
        call = await open_call(h, blind=1)
        lead, partner = h.user("Gretchen", "de"), h.user("Swetlana", "ru")
        await onboard(lead, language="de", city=KARLSRUHE)
        await onboard(partner, language="ru", city=KRASNODAR)
        application = await seed_application(h, call, lead.id, partner.id)
        lead_who = "Wir sind Gretchen und das Jugendforum Karlsruhe aus KARLSRUHE, mit Partnern"
        partner_who = (
            "Мы — Свет Краснодара, в Краснодаре; Светлана и Swetlana пишут. Карлсруэ ждёт."
        )
        texts = {
            ("who", 0): f"{lead_who} in Krasnodars Zentrum.",
            ("who", 1): partner_who,
            ("institution", 0): "Jugendforum Karlsruhe",
            ("institution", 1): "Свет Краснодара",
            ("contact_person", 0): "Gretchen Müller",
            ("contact_person", 1): "Светлана Иванова",
        }
        async with h.services.db.transaction() as conn:
            app = await applications_db.get(conn, application)
            assert app is not None
            questions = {q.field or ("who" if q.position == 3 else ""): q for q in call.questions}
            for (field, position), text in texts.items():
                party = app.parties[position]
                answer = Answer(questions[field].id, party.id, text, party.language)
                await applications_db.save_answer(conn, application, answer, h.clock.now())
        reviewer = h.user("Olga", "en", user_id=777)
        seen: list[str] = []  # every text and label the reviewer's chat showed, edits too

        def record(kind: str, message: SimMessage) -> None:
            if message.chat_id == reviewer.id and kind in ("message", "edit"):
                seen.extend([message.body, *message.button_texts()])

        h.sim.listeners.append(record)
        await add_reviewer(h, call, reviewer)
        await assign(h, call)
        await reviewer.send("/review")
        await reviewer.press(ReviewList(call.id))
        await reviewer.press(ReviewQuestion(application, 0, 0, False))
        screens = 0
        while True:
            screens += 1
            await reviewer.press(shown(reviewer, ReviewQuestion, original=True))
            await reviewer.press(shown(reviewer, ReviewQuestion, original=False))
            following = [
                ReviewQuestion.unpack(d)
                for d in reviewer.last.button_data()
                if d.startswith("rvq:")
            ]
            ahead = [q for q in following if q and not q.original and q.index >= screens]
            if not ahead:
                break
            await reviewer.press(ahead[0])
        assert screens == 4  # the contact fields are not shown in blind mode
        await score_all(reviewer, application, [3, 3, 3, 3])
        await reviewer.press(ReviewList(call.id))
        shown_text = "\n".join(seen)
        assert "[city]" in shown_text and "City A:" in shown_text
        assert "Application" in shown_text and "machine translation" in shown_text
        sent = "\n".join(r["q"] for r in fake.requests)
        names = ("Karlsruhe", "Krasnodar", "Краснодар", "Карлсруэ", "Gretchen", "Müller",
                 "Swetlana", "Светлана", "Иванова", "Jugendforum", "Свет Краснодара")  # fmt: skip
        for name in names:
            assert name.casefold() not in shown_text.casefold(), name
            assert name.casefold() not in sent.casefold(), name


async def test_answers_too_long_for_one_message_come_one_city_at_a_time(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502)
    who = next(q for q in call.questions if q.kind == "text")
    async with harness.services.db.transaction() as conn:
        found = await applications_db.get(conn, application)
        assert found is not None
        for party, word in zip(found.parties, ("Wort ", "слово "), strict=True):
            answer = Answer(who.id, party.id, (word * 400)[:2000], party.language)
            await applications_db.save_answer(conn, application, answer, harness.clock.now())
    reviewer = await reading_first_question(harness, call, application, "de")
    for index in range(1, 4):
        await reviewer.press(ReviewQuestion(application, index, 0, False))
    first = reviewer.last_text
    assert "Karlsruhe:" in first and "Krasnodar:" not in first and len(first) < 4096
    assert first.count("Wort") == 400
    await reviewer.press(ReviewQuestion(application, 3, 1, False))  # Weiter: the partner city
    second = reviewer.last_text
    assert "Krasnodar:" in second and "Karlsruhe:" not in second and second.count("слово") == 333
    await reviewer.press(ReviewQuestion(application, 4, 0, False))
    assert "Frage 5 von 7" in reviewer.last_text


async def test_a_note_too_long_is_refused_with_a_reason(harness: BotHarness) -> None:
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502)
    reviewer = await reading_first_question(harness, call, application, "en")
    await reviewer.press(ReviewStep("sheet", application))
    await reviewer.press(ReviewStep("note", application))
    await reviewer.send("x" * 2001)
    assert reviewer.last_text == "The note is too long: at most 2,000 characters, please."
    await reviewer.send("Short and clear.")
    assert "Private note (only administrators see it): Short and clear." in reviewer.last_text
    async with harness.services.db.reading() as conn:
        review = await reviews_db.get(conn, application, 777)
    assert review is not None and review.note == "Short and clear."


async def test_a_long_ranked_list_is_paged(harness: BotHarness) -> None:
    call = await open_call(harness)
    ids = [
        await seed_application(harness, call, 600 + 2 * n, 601 + 2 * n, cities=(f"T{n}", f"G{n}"))
        for n in range(10)
    ]
    admin = await administrator(harness)
    await admin.press_data(CallRanking(call.id).pack())
    assert "page 1 of 2" in admin.last_text and "No review submitted yet" not in admin.last_text
    assert admin.last_text.count("no review submitted yet") == 8
    assert RankedApplication(ids[8]).pack() not in admin.button_data()
    await admin.press(RankingPage(call.id, 1))
    assert "page 2 of 2" in admin.last_text and "9. T8 – G8" in admin.last_text
    assert RankedApplication(ids[9]).pack() in admin.button_data()
    await admin.press(RankingPage(call.id, 0))
    assert "1. T0 – G0" in admin.last_text


async def test_all_answers_come_one_city_after_the_other_with_the_support_statement(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502)
    # The statement the applicant sent, as Telegram keeps it (the seed names its file_id).
    harness.sim.files["file-support"] = SimFile(
        "file-support", "U-support", "support.pdf", "application/pdf", b"%PDF-1.4"
    )
    reviewer = harness.user("Sam", "en", user_id=777)
    await add_reviewer(harness, call, reviewer)
    await assign(harness, call)
    await reviewer.send("/review")
    await reviewer.press(ReviewList(call.id))
    await reviewer.press(ReviewQuestion(application, 0, 0, False))
    before = len(reviewer.messages)
    await reviewer.press(ReviewAll(application))
    arrived = reviewer.messages[before:]
    texts = [m.body for m in arrived if m.document is None]
    assert texts[0].startswith("Karlsruhe: all answers")
    city_b = next(i for i, t in enumerate(texts) if t.startswith("Krasnodar: all answers"))
    assert all("Krasnodar:" not in t for t in texts[:city_b])  # one city after the other
    assert all(len(t) < 4096 for t in texts)
    every = "\n".join(texts)
    for question in call.questions:
        assert f"Karlsruhe: {question.field or 'answer'} {question.id}" in every
        assert f"Krasnodar: {question.field or 'answer'} {question.id}" in every
    assert [m.document.file_name for m in arrived if m.document] == ["support.pdf"]
    assert "the document the applicants sent" in reviewer.last_text
    assert ReviewStep("sheet", application).pack() in reviewer.button_data()
    await reviewer.press(ReviewQuestion(application, 0, 0, False))  # back to one at a time
    assert "question 1 of 7" in reviewer.last_text


async def test_in_a_blind_call_all_answers_come_without_the_documents(harness: BotHarness) -> None:
    call = await open_call(harness, blind=1)
    application = await seed_application(harness, call, 501, 502)
    reviewer = harness.user("Sam", "en", user_id=777)
    await add_reviewer(harness, call, reviewer)
    await assign(harness, call)
    await reviewer.send("/review")
    await reviewer.press(ReviewList(call.id))
    await reviewer.press(ReviewQuestion(application, 0, 0, False))
    before = len(reviewer.messages)
    await reviewer.press(ReviewAll(application))
    arrived = reviewer.messages[before:]
    assert not any(m.document for m in arrived)
    assert arrived[0].body.startswith("City A: all answers")
    assert "Karlsruhe" not in "\n".join(m.body for m in arrived)
    assert reviewer.last_text == "These are all the answers."


async def test_a_long_answer_full_of_ampersands_and_a_skipped_one_read_right(
    harness: BotHarness,
) -> None:
    """Answers are escaped in code, not passed through a Fluent placeable (those stop at 2500
    characters; a translated answer, or one to a question allowing more, can be longer); the
    page is measured by its visible text and never cut inside an entity ("R&amp;D"); a skipped
    optional answer says so."""
    call = await open_call(harness)
    application = await seed_application(harness, call, 501, 502)
    who = next(q for q in call.questions if q.kind == "text")
    async with harness.services.db.transaction() as conn:
        found = await applications_db.get(conn, application)
        assert found is not None
        lead, partner = found.parties
        now = harness.clock.now()
        long = ("R&D " * 650).strip()  # 2599 characters
        await applications_db.save_answer(
            conn, application, Answer(who.id, lead.id, long, "de"), now
        )
        await applications_db.save_answer(
            conn, application, Answer(who.id, partner.id, "", "ru"), now
        )
    reviewer = await reading_first_question(harness, call, application, "de")
    for index in range(1, 4):
        await reviewer.press(ReviewQuestion(application, index, 0, False))
    shown_text = reviewer.last_text
    if "übersprungen" not in shown_text:  # the partner city's answer on the next page
        await reviewer.press(ReviewQuestion(application, 3, 1, False))
        shown_text += reviewer.last_text
    assert shown_text.count("R&D") == 650 and "{???}" not in shown_text
    assert "(übersprungen: eine freiwillige Frage)" in shown_text


async def reading_first_question(
    harness: BotHarness, call: Call, application: int, language: str
) -> SimClient:
    """Olga becomes the call's reviewer, is assigned, and opens the application's first
    question from /review."""
    reviewer = harness.user("Olga", language, user_id=777)
    await add_reviewer(harness, call, reviewer)
    await assign(harness, call)
    await reviewer.send("/review")
    await reviewer.press(ReviewList(call.id))
    await reviewer.press(ReviewQuestion(application, 0, 0, False))
    return reviewer
