"""Applying's keyboards fit a phone in every language; long applications stay under
Telegram's limits; the PDF carries Cyrillic; files are told apart before downloading."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.applying import FileProblem, chunks, file_problem, next_question, zones_of
from bot.domain.calls import Answer, Application, ApplicationStatus, Party, Question
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import applying as kb
from bot.render.application_pdf import application_pdf
from bot.render.applications import receipt_blocks
from bot.services.calls import CallService
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
CITIES = ("Petropawlowsk-Kamtschatski an der Awatscha-Bucht", "Краснодар")
DEFAULT = CallService(None, None, TR).default_call(1, NOW)  # type: ignore[arg-type]
CHOICE = Question(
    99,
    3,
    7,
    "choice",
    LocalizedName({"en": "Which theme?"}),
    choices=tuple(
        LocalizedName({"en": "Neighbourhood gardens and urban ecology: planning together"})
        for _ in range(3)
    ),
)
CALL = replace(
    DEFAULT,
    id=3,
    published_at=NOW,
    questions=(
        *(replace(q, id=i + 1, call_id=3) for i, q in enumerate(DEFAULT.questions)),
        CHOICE,
    ),
)
PARTIES = (
    Party(1, 5, 0, 11, "de", CITIES[0], "DE", "Europe/Berlin"),
    Party(2, 5, 1, 12, "ru", CITIES[1], "RU", "Europe/Moscow"),
)
LONG = "Wir wünschen uns lange Freundschaften zwischen Schulen und Vereinen. " * 40
APPLICATION = Application(
    5,
    3,
    ApplicationStatus.DRAFT,
    parties=PARTIES,
    answers=tuple(
        Answer(q.id, p.id, f"[{q.id}/{p.id}] {LONG}"[: q.max_length], p.language)
        for q in CALL.questions
        for p in PARTIES
    ),
)

Case = tuple[str, Callable[[str], InlineKeyboardMarkup]]


def cases() -> Iterator[Case]:
    lead = PARTIES[0]
    yield "call_list", lambda lang: kb.call_list(TR, lang, [CALL, CALL], True)
    yield "back_to_calls", lambda lang: kb.back_to_calls(TR, lang)
    for application in (None, APPLICATION):
        for open_now in (True, False):
            yield (
                "call_page",
                lambda lang, a=application, o=open_now: kb.call_page(
                    TR, lang, CALL, a, open_now=o, ask_language=True
                ),
            )
    yield "countries", lambda lang: kb.countries(TR, lang, CALL)
    yield "city_prompt", lambda lang: kb.city_prompt(TR, lang, 3)
    yield "zones", lambda lang: kb.zones(TR, lang, 5, zones_of("RU"))
    for question in CALL.questions:
        for single in (True, False):
            yield (
                "question",
                lambda lang, q=question, s=single: kb.question(TR, lang, 5, q, single=s),
            )
    alone = replace(APPLICATION, parties=(lead,))
    for application in (alone, APPLICATION):
        yield (
            "review",
            lambda lang, a=application: kb.review(TR, lang, CALL, a, lead, open_now=True),
        )
    yield "review closed", lambda lang: kb.review(TR, lang, CALL, APPLICATION, lead, open_now=False)
    yield "to_application", lambda lang: kb.to_application(TR, lang, 5)
    yield "paused", lambda lang: kb.paused(TR, lang, 5)
    yield "back_to_review", lambda lang: kb.back_to_review(TR, lang, 5)
    yield "submit_confirm", lambda lang: kb.submit_confirm(TR, lang, 5)
    yield "sign_confirm", lambda lang: kb.sign_confirm(TR, lang, 5)
    yield "join", lambda lang: kb.join(TR, lang, "AbCdEfGhIjKlMnOpQrStUvWx")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_applying_keyboard_fits_a_phone(language: str) -> None:
    problems = {}
    for name, build in cases():
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        for text, width, budget in over_budget_labels(rows):
            problems[f"{text!r} is {width}, budget {budget}"] = name
    assert not problems, problems


def test_every_keyboard_builder_of_applying_is_rendered() -> None:
    builders = {
        name
        for name, obj in vars(kb).items()
        if callable(obj) and getattr(obj, "__module__", "") == kb.__name__ and name[0] != "_"
    }
    assert builders - {name.split()[0] for name, _ in cases()} == set()


def test_the_receipt_of_a_long_application_is_split_under_telegrams_limit() -> None:
    for language in SUPPORTED_LANGUAGES:
        blocks = receipt_blocks(TR, language, CALL, APPLICATION)
        parts = chunks(blocks)
        assert len(parts) > 1 and all(len(p) < 4000 for p in parts)
        joined = "\n\n".join(parts)
        assert all(f"[{q.id}/{p.id}] " in joined for q in CALL.questions for p in PARTIES)


def test_the_pdf_has_every_answer_in_cyrillic_without_missing_glyphs() -> None:
    blocks = receipt_blocks(TR, "ru", CALL, APPLICATION)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns about each glyph it cannot draw
        pdf = application_pdf("Заявка: Краснодар ↔ Карлсруэ", blocks)
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") > 1


def test_files_are_told_apart_by_type_and_size_before_downloading() -> None:
    statement = CALL.documents[0]
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert file_problem(statement, "a.docx", docx, 10) is FileProblem.TYPE
    assert file_problem(statement, "scan.pdf", "application/pdf", 25 * 1024 * 1024) is (
        FileProblem.SIZE
    )
    assert file_problem(statement, "Scan.JPEG", "", 1000) is None
    assert file_problem(statement, "photo", "image/png", 1000) is None


def test_skipping_moves_on_and_returning_starts_at_the_first_unanswered() -> None:
    lead = PARTIES[0]
    answered = replace(
        APPLICATION,
        answers=tuple(Answer(q.id, lead.id, "x", "de") for q in CALL.questions[:2]),
    )
    third = next_question(CALL, answered, lead.id)
    assert third is not None and third.id == CALL.questions[2].id
    after_last = next_question(CALL, answered, lead.id, after=CALL.questions[-1])
    assert after_last is None
