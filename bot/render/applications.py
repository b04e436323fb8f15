"""How a call and an application read for one of its parties: the deadline on the call's clock,
the questions in the reader's language, the review screen's lines, the receipt's copy of every
answer. Everything returned is plain text (the caller escapes it for HTML)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_timedelta
from babel.lists import format_list

from bot.domain.applying import question_number, shorten
from bot.domain.calls import Application, Call, Missing, Party, Question
from bot.i18n import Translator
from bot.render.formatting import babel_locale, moment, venue_time, zone_label

MB = 1024 * 1024


def call_clock(
    tr: Translator, lang: str, call: Call, when: datetime, zone: str | None = None
) -> str:
    """A moment of the call (opening, deadline) on the call's clock: '31 Dec, 23:59 Berlin
    time'; with the applicant's clock too when their party's zone is known and differs
    ('31 Dec, 23:59 Berlin time (1 Jan, 01:59 your time)')."""
    there = moment(when, lang, call.time_zone)
    city = zone_label(call.time_zone, lang)
    if zone is None or _same_offset(when, call.time_zone, zone):
        return venue_time(tr, lang, there, city)
    yours = moment(when, lang, zone)
    return tr.plain(lang, "times-venue-and-yours", when=there, city=city, yours=yours)


def _same_offset(when: datetime, one: str, other: str) -> bool:
    return (
        when.astimezone(ZoneInfo(one)).utcoffset() == when.astimezone(ZoneInfo(other)).utcoffset()
    )


def deadline_text(tr: Translator, lang: str, call: Call, zone: str | None = None) -> str:
    return call_clock(tr, lang, call, call.deadline_at, zone)


def time_left(lang: str, until: datetime, now: datetime) -> str:
    """'in 3 weeks' / 'in 5 hours' (babel)."""
    return format_timedelta(
        until - now, granularity="minute", add_direction=True, locale=babel_locale(lang)
    )


def country_name(lang: str, code: str) -> str:
    """A country in the reader's language (babel): 'Deutschland', 'Германия'."""
    return str(Locale.parse(babel_locale(lang)).territories.get(code, code))


def countries_text(lang: str, codes: tuple[str, ...]) -> str:
    return format_list([country_name(lang, c) for c in codes], locale=babel_locale(lang))


def file_types_text(lang: str, types: tuple[str, ...]) -> str:
    """'PDF, JPG or PNG' in the reader's language (babel's list pattern)."""
    return format_list([t.upper() for t in types], style="or", locale=babel_locale(lang))


def question_text(tr: Translator, lang: str, question: Question) -> str:
    """A question in the reader's language; contact fields are worded by the locales."""
    if question.field is not None or question.text is None:
        return tr.plain(lang, f"apply-contact-{question.field}")
    return question.text.for_reader(lang)


def choice_text(lang: str, question: Question, index: int) -> str:
    return question.choices[index].for_reader(lang) if index < len(question.choices) else ""


def city_of(tr: Translator, lang: str, party: Party) -> str:
    """The party's city, or who it is while the city is not given yet."""
    if party.city:
        return party.city
    return tr.plain(lang, "apply-party-no-city", position=party.position)


def answered(call: Call, application: Application, party: Party) -> int:
    return sum(1 for q in call.questions if application.answer(q.id, party.id) is not None)


def missing_lines(tr: Translator, lang: str, call: Call, app: Application, m: Missing) -> list[str]:
    """Who and what keeps the application from being submitted, one line each."""
    parties = {p.id: p for p in app.parties}
    lines = [
        tr.plain(lang, "apply-missing-details", city=city_of(tr, lang, parties[pid]))
        for pid in m.details
    ]
    if m.partner:
        lines.append(tr.plain(lang, "apply-missing-partner"))
    for party in app.parties:
        count = sum(1 for pid, _ in m.answers if pid == party.id)
        if count:
            lines.append(
                tr.plain(lang, "apply-missing-answers", city=city_of(tr, lang, party), count=count)
            )
    for requirement in call.documents:
        if requirement.id in m.documents:
            lines.append(
                tr.plain(lang, "apply-missing-document", document=requirement.name.for_reader(lang))
            )
    lines.extend(
        tr.plain(lang, "apply-missing-sign-off", city=city_of(tr, lang, parties[pid]))
        for pid in m.sign_offs
    )
    return lines


def answer_block(
    tr: Translator, lang: str, call: Call, app: Application, party: Party, q: Question, limit: int
) -> str:
    """'3. Contact person\nAnna Schmidt' (shortened to `limit` characters on the review)."""
    found = app.answer(q.id, party.id)
    if found is None:
        text = tr.plain(lang, "apply-not-answered")
    elif not found.text:  # an optional question left out on purpose
        text = tr.plain(lang, "apply-skipped")
    else:
        text = shorten(found.text, limit)
    # A layout, not a sentence: the number, the question, the answer below.
    return f"{question_number(call, q)}. {shorten(question_text(tr, lang, q), 90)}\n{text}"


def receipt_blocks(tr: Translator, lang: str, call: Call, app: Application) -> list[str]:
    """Every answer of every party, attributed, in full (the receipt's copy)."""
    blocks: list[str] = []
    for party in app.parties:
        blocks.append(
            tr.plain(
                lang,
                "apply-receipt-party",
                city=city_of(tr, lang, party),
                country=country_name(lang, party.country) if party.country else "",
                language=tr.plain(lang, f"language-name-{party.language}"),
            )
        )
        blocks.extend(
            answer_block(tr, lang, call, app, party, q, 1_000_000) for q in call.questions
        )
    for document in app.documents:
        blocks.append(
            tr.plain(
                lang,
                "apply-receipt-document",
                name=document.file_name,
                size=max(1, document.size_bytes // 1024),
                sha=document.sha256,
            )
        )
    return blocks
