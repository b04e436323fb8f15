"""Deciding a call: which decisions exist, the letters' templates, who receives a letter, the
partnership an accepted application becomes, and how long documents are kept."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.calls import DECISIONS, Application, ApplicationStatus, Call, Decision
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.partnerships import CityDraft, PartnershipDraft
from bot.domain.texts import LocalizedName

# What a template may say between braces: the party's city and the call's title.
PLACEABLES: tuple[str, ...] = ("applicant", "call")
MAX_TEMPLATE = 3000  # room for a heading and the invitation line under Telegram's 4096
# An accepted applicant's organiser invitation stays valid this long (they may read late).
INVITATION_DAYS = 30
# A party's clock when it did not name one: its country's capital's.
COUNTRY_ZONES = {
    "BY": "Europe/Minsk",
    "DE": "Europe/Berlin",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
}
_PLACEABLE = re.compile(r"\{([^{}]*)\}")


def parse_decision(raw: str) -> Decision | None:
    """The decision a button stands for; None for anything else (forged or stale data)."""
    return next((d for d in DECISIONS if d == raw), None)


def can_decide(application: Application) -> bool:
    """Only submitted applications are decided, and only until their letter is sent."""
    return application.status is ApplicationStatus.SUBMITTED and (
        application.decision_sent_at is None
    )


def applicant_status(application: Application) -> str:
    """What the applicants are told their application's state is: the decision once its letters
    went (accepted, declined, waitlisted), before that its status (a decision still being made
    is not theirs to see)."""
    if application.decision is not None and application.decision_sent_at is not None:
        return application.decision
    return application.status.value


def template_problem(text: str) -> str | None:
    """Why a typed template cannot be used: 'empty', 'too-long', 'unknown' (a placeable other
    than {applicant} and {call}) or 'braces' (a brace left open); None when it is fine."""
    if not text.strip():
        return "empty"
    if len(text) > MAX_TEMPLATE:
        return "too-long"
    if any(name not in PLACEABLES for name in _PLACEABLE.findall(text)):
        return "unknown"
    if "{" in _PLACEABLE.sub("", text) or "}" in _PLACEABLE.sub("", text):
        return "braces"
    return None


def fill_template(template: str, *, applicant: str, call: str) -> str:
    """The letter as plain text: the template's placeables replaced by the values."""
    values = {"applicant": applicant, "call": call}
    return _PLACEABLE.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def letter_html(template: str, *, applicant: str, call: str) -> str:
    """The letter ready for parse_mode=HTML: everything the administrator typed is text."""
    return html.escape(fill_template(template, applicant=applicant, call=call), quote=False)


@dataclass(frozen=True)
class Recipient:
    """One person who receives a decision letter: a party of a decided application."""

    application_id: int
    decision: Decision
    user_id: int
    language: str
    city: str


def recipients(applications: list[Application]) -> list[Recipient]:
    """Every party (whose person still exists) of every decided application whose letter has
    not gone yet."""
    return [
        Recipient(a.id, a.decision, p.user_id, p.language, p.city or "")
        for a in applications
        if a.decision is not None and a.decision_sent_at is None
        for p in a.parties
        if p.user_id is not None
    ]


def partnership_draft(call: Call, application: Application) -> PartnershipDraft:
    """What an accepted application becomes: "<city A> – <city B>" in every language, its
    cities on their own clocks, and the call's themes."""
    cities = [p for p in application.parties if p.city]
    name = " – ".join(p.city or "" for p in cities)
    return PartnershipDraft(
        name=LocalizedName(dict.fromkeys(SUPPORTED_LANGUAGES, name)),
        cities=[
            CityDraft(
                LocalizedName(dict.fromkeys(SUPPORTED_LANGUAGES, p.city or "")),
                p.time_zone or COUNTRY_ZONES.get(p.country or "", call.time_zone),
            )
            for p in cities
        ],
        themes=list(call.themes),
    )


def documents_expire_at(call: Call) -> datetime:
    """When the call's uploaded files are forgotten: the retention period after the selection."""
    moment = call.decision_by + timedelta(days=call.document_retention_days)
    return moment.replace(microsecond=0)  # as the database plans it, to the second


def invitation_expiry(now: datetime) -> datetime:
    return now + timedelta(days=INVITATION_DAYS)


def weighted_total(scores: dict[int, int], weights: dict[int, int]) -> int | None:
    """A review's weighted sum, or None while a criterion is unscored."""
    if set(weights) - set(scores):
        return None
    return sum(scores[c] * w for c, w in weights.items())
