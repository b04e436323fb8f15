"""How toolbox entries read: a funding deadline on the funder's clock (and the reader's)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.domain.toolbox import Entry
from bot.render.formatting import Messages, moment, venue_time, zone_label


def _same_offset(when: datetime, one: str, other: str) -> bool:
    return (
        when.astimezone(ZoneInfo(one)).utcoffset() == when.astimezone(ZoneInfo(other)).utcoffset()
    )


def deadline_text(tr: Messages, language: str, entry: Entry, reader_zone: str) -> str:
    """'31 Mar 2027, 23:59 Berlin time', with the reader's clock when it differs
    ('… (1 Apr 2027, 01:59 your time)'); '' for an entry without a deadline."""
    funding = entry.funding
    if funding is None or funding.deadline is None:
        return ""
    there = moment(funding.deadline, language, funding.zone)
    city = zone_label(funding.zone, language)
    if _same_offset(funding.deadline, funding.zone, reader_zone):
        return venue_time(tr, language, there, city)
    yours = moment(funding.deadline, language, reader_zone)
    return tr.plain(language, "times-venue-and-yours", when=there, city=city, yours=yours)


KIND_MARKS = {"guide": "📘", "template": "📄", "practice": "⭐", "tutorial": "🎬", "funding": "💶"}
EXCERPT = 500  # characters of an entry's text on a shared (inline) card


def excerpt(text: str, length: int = EXCERPT) -> str:
    """The start of a text, cut at a word with "…" when longer."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0] + "…"
