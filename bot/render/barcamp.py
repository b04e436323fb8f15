"""How a BarCamp reads: a time slot on the workshop's clock with its city named, and the
session documentation (Markdown) the organiser exports after the day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from babel.lists import format_list

from bot.domain.barcamp import CampRoom, CampSession, CampSlot
from bot.domain.workshops import Workshop
from bot.i18n import Translator
from bot.render.formatting import (
    babel_locale,
    clock_time,
    long_date,
    venue_time,
    zone_label,
)


def workshop_city(workshop: Workshop, language: str) -> str:
    if workshop.venue_city is not None:
        return workshop.venue_city.for_reader(language)
    return zone_label(workshop.time_zone, language)


def slot_text(tr: Translator, language: str, workshop: Workshop, slot: CampSlot) -> str:
    """'10:00–10:45 Karlsruhe time': a slot on the workshop's clock, whose clock named."""
    zone = workshop.time_zone
    when = (
        f"{clock_time(slot.starts_at, language, zone)}–{clock_time(slot.ends_at, language, zone)}"
    )
    return venue_time(tr, language, when, workshop_city(workshop, language))


def languages_text(tr: Translator, language: str, codes: frozenset[str]) -> str:
    names = [tr.plain(language, f"language-name-{c}") for c in sorted(codes)]
    return format_list(names, locale=babel_locale(language))


def names_text(language: str, names: Sequence[str]) -> str:
    return format_list(list(names), locale=babel_locale(language)) if names else ""


@dataclass(frozen=True)
class Documented:
    """One session as the documentation shows it."""

    session: CampSession
    room: CampRoom | None
    slot: CampSlot | None
    hosts: tuple[str, ...]
    notes: tuple[str, ...]


def _order(entry: Documented) -> tuple[int, str, int, int]:
    if entry.slot is not None and entry.room is not None:
        return (0, entry.slot.starts_at.isoformat(), entry.room.position, entry.session.id)
    return (1, "", -entry.session.interest, entry.session.id)


def documentation(
    tr: Translator, language: str, workshop: Workshop, entries: Sequence[Documented]
) -> str:
    """The sessions in plan order (unplaced ones last, by interest), headings in `language`."""

    def t(message_id: str, **args: object) -> str:
        return tr.plain(language, message_id, **args)

    title = workshop.title.for_reader(language)
    day = long_date(workshop.starts_at, language)
    lines = [f"# {t('barcamp-doc-title', workshop=title)}", "", day, ""]
    lines.append(t("barcamp-doc-count", count=len(entries)))
    for number, entry in enumerate(sorted(entries, key=_order), start=1):
        session = entry.session
        lines += ["", f"## {number}. {session.title}", ""]
        if session.description:
            lines += [session.description, ""]
        if entry.room is not None and entry.slot is not None:
            lines.append(f"- {t('barcamp-doc-room', room=entry.room.name)}")
            when = slot_text(tr, language, workshop, entry.slot)
            lines.append(f"- {t('barcamp-doc-time', time=when)}")
        else:
            lines.append(f"- {t('barcamp-doc-unplaced')}")
        spoken = t(f"language-name-{session.language}")
        lines.append(f"- {t('barcamp-doc-language', language=spoken)}")
        if entry.hosts:
            lines.append(f"- {t('barcamp-doc-hosts', names=names_text(language, entry.hosts))}")
        lines.append(f"- {t('barcamp-doc-interest', count=session.interest)}")
        if entry.notes:
            lines += ["", f"### {t('barcamp-doc-notes')}", ""]
            for note in entry.notes:
                lines += [f"- {line}" for line in note.splitlines()]
    return "\n".join(lines) + "\n"
