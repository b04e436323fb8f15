"""Pure rules of applying in chat: time zones per country, which files are accepted, where a
party goes next, how a long application is cut into messages, what a submission keeps."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from bot.domain.calls import Application, Call, DocumentRequirement, Party, Question

# The zones a city of a country may be in, west to east; one zone means nobody is asked.
COUNTRY_ZONES: dict[str, tuple[str, ...]] = {
    "BY": ("Europe/Minsk",),
    "DE": ("Europe/Berlin",),
    "UA": ("Europe/Kyiv",),
    "RU": (
        "Europe/Kaliningrad",
        "Europe/Moscow",
        "Europe/Samara",
        "Asia/Yekaterinburg",
        "Asia/Omsk",
        "Asia/Novosibirsk",
        "Asia/Krasnoyarsk",
        "Asia/Irkutsk",
        "Asia/Yakutsk",
        "Asia/Vladivostok",
        "Asia/Magadan",
        "Asia/Kamchatka",
    ),
}
# What a file type is called and how Telegram names its content.
FILE_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pdf": ((".pdf",), ("application/pdf",)),
    "jpg": ((".jpg", ".jpeg"), ("image/jpeg",)),
    "png": ((".png",), ("image/png",)),
}
MAX_CITY_LENGTH = 100
# Screens stay under Telegram's 4096 characters with room for the labels around the text.
MESSAGE_BUDGET = 3500
REVIEW_ANSWER_LENGTH = 160  # an answer on the review screen; the receipt has it whole


def zones_of(country: str) -> tuple[str, ...]:
    return COUNTRY_ZONES.get(country, ())


class FileProblem(enum.Enum):
    TYPE = "type"
    SIZE = "size"


def file_type(file_name: str, mime_type: str) -> str | None:
    """'pdf', 'jpg' or 'png' when the name or the content type says so."""
    name = file_name.lower()
    for kind, (endings, mimes) in FILE_TYPES.items():
        if name.endswith(endings) or mime_type.lower() in mimes:
            return kind
    return None


def file_problem(
    requirement: DocumentRequirement, file_name: str, mime_type: str, size: int | None
) -> FileProblem | None:
    """Why a sent file cannot be the required document (its size is known before downloading)."""
    kind = file_type(file_name, mime_type)
    if kind is None or kind not in requirement.file_types:
        return FileProblem.TYPE
    if size is None or size > requirement.max_bytes:
        return FileProblem.SIZE
    return None


def next_question(
    call: Call, application: Application, party_id: int, after: Question | None = None
) -> Question | None:
    """The next question the party has not answered, after `after` (skipping an optional one
    moves on) or from the start."""
    start = after.position if after is not None else -1
    return next(
        (
            q
            for q in call.questions
            if q.position > start and application.answer(q.id, party_id) is None
        ),
        None,
    )


def question_number(call: Call, question: Question) -> int:
    """'Question 3 of 7': the question's place among the call's questions, from 1."""
    return next(i for i, q in enumerate(call.questions, 1) if q.id == question.id)


def shorten(text: str, limit: int = REVIEW_ANSWER_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def chunks(blocks: Iterable[str], budget: int = MESSAGE_BUDGET) -> list[str]:
    """Blocks joined by blank lines into messages under `budget`; a longer block is cut."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        while len(block) > budget:
            if current:
                messages.append(current)
                current = ""
            messages.append(block[:budget])
            block = block[budget:]
        joined = f"{current}\n\n{block}" if current else block
        if len(joined) > budget:
            messages.append(current)
            joined = block
        current = joined
    if current:
        messages.append(current)
    return messages


def decided(application: Application) -> bool:
    """A decision was taken (or its letters were sent): the application is final."""
    return application.decision is not None or application.decision_sent_at is not None


def unchanged_since_submission(application: Application) -> bool:
    """Submitted, and nothing changed since (every change clears the sign-offs, so a sign-off
    from before the submission means the submitted version is still the current one)."""
    submitted = application.submitted_at
    return submitted is not None and any(
        p.signed_off_at is not None and p.signed_off_at <= submitted for p in application.parties
    )


def other_parties(application: Application, party: Party) -> tuple[Party, ...]:
    return tuple(p for p in application.parties if p.id != party.id)


def snapshot(call: Call, application: Application) -> dict[str, Any]:
    """What a submitted version keeps: every party, answer and document as they were."""
    return {
        "call_id": call.id,
        "parties": [
            {
                "id": p.id,
                "position": p.position,
                "user_id": p.user_id,
                "language": p.language,
                "city": p.city,
                "country": p.country,
                "time_zone": p.time_zone,
                "signed_off_at": p.signed_off_at.isoformat() if p.signed_off_at else None,
            }
            for p in application.parties
        ],
        "answers": [
            {
                "question_id": a.question_id,
                "party_id": a.party_id,
                "text": a.text,
                "language": a.language,
                "choice": a.choice,
            }
            for a in application.answers
        ],
        "documents": [
            {
                "requirement_id": d.requirement_id,
                "party_id": d.party_id,
                "file_name": d.file_name,
                "mime_type": d.mime_type,
                "size_bytes": d.size_bytes,
                "sha256": d.sha256,
            }
            for d in application.documents
        ],
    }


def fit_popup(lines: list[str], budget: int) -> str:
    """As many of the missing things as a pop-up carries (the review screen lists them all)."""
    kept: list[str] = []
    for line in lines:
        if len("\n".join([*kept, line])) > budget - 30 and kept:
            break
        kept.append(line)
    return "\n".join(kept)
