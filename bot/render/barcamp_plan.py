"""A BarCamp's plan as people see it: the text per slot (the organiser's with numbers,
interest and warnings), a person's sessions, the plan as a PNG grid, and the .ics.

Everything here returns plain text; the caller escapes it once for parse_mode=HTML."""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from bot.domain.barcamp import CampSlot, PlanWarning
from bot.domain.barcamp_plan import PlanView
from bot.i18n import Translator
from bot.render.calendar import zone_rules
from bot.render.charts import pyplot
from bot.render.formatting import clock_time, moment, venue_time, zone_label

TITLE_IN_GRID = 48  # characters of a title on the organiser's screen (the full one on tap)
SHORTER = (80, 48, 32, 20)  # title cuts tried, longest first, until a text fits its message
SCREEN_BUDGET = 3900  # of Telegram's 4096 characters, room for a header above the screen
PLAN_BUDGET = 2500  # the plan per slot in the announcement (its own sessions follow)
SESSIONS_BUDGET = 1200


def within(budget: int, draw: Callable[[int], str]) -> str:
    """`draw(cut)` with the longest title cut whose text fits `budget` characters; if even
    the shortest does not fit, its whole lines that do, then "…"."""
    text = ""
    for cut in SHORTER:
        text = draw(cut)
        if len(text) <= budget:
            return text
    kept: list[str] = []
    for line in text.split("\n"):
        if sum(len(k) + 1 for k in kept) + len(line) + 2 > budget:
            break
        kept.append(line)
    return "\n".join([*kept, "…"])


def city_of(view: PlanView, language: str) -> str:
    """Whose clock the slots are on: the venue's city, else the zone's city."""
    w = view.workshop
    return w.venue_city.for_reader(language) if w.venue_city else zone_label(w.time_zone, language)


def slot_time(tr: Translator, language: str, view: PlanView, slot: CampSlot) -> str:
    """'Sat, 8 May 2027, 10:00–10:45 Karlsruhe time', with the reader's clock beside it when
    theirs reads differently ('(12:00–12:45 your time)': a bridged room's partner city)."""
    zone = view.workshop.time_zone
    when = f"{moment(slot.starts_at, language, zone)}–{clock_time(slot.ends_at, language, zone)}"
    city = city_of(view, language)
    reader = view.reader_zone
    if reader is None or _offset(slot.starts_at, reader) == _offset(slot.starts_at, zone):
        return venue_time(tr, language, when, city)
    start, end = (
        clock_time(slot.starts_at, language, reader),
        clock_time(slot.ends_at, language, reader),
    )
    yours = f"{start}–{end}"
    return tr.plain(language, "times-venue-and-yours", when=when, city=city, yours=yours)


def _offset(when: datetime, zone: str) -> timedelta | None:
    return when.astimezone(ZoneInfo(zone)).utcoffset()


def short_slot(language: str, view: PlanView, slot: CampSlot) -> str:
    """'10:00–10:45' on the venue's clock (a button label; the text names the city)."""
    zone = view.workshop.time_zone
    return (
        f"{clock_time(slot.starts_at, language, zone)}–{clock_time(slot.ends_at, language, zone)}"
    )


def _cut(text: str, limit: int = TITLE_IN_GRID) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def organiser_text(tr: Translator, lang: str, view: PlanView) -> str:
    """The plan screen: per slot the numbered sessions with interest/capacity and warnings,
    then the unplaced ones by interest with merge suggestions (titles shortened to fit)."""
    return within(
        SCREEN_BUDGET, lambda cut: _organiser_text(tr, lang, view, min(cut, TITLE_IN_GRID))
    )


def _organiser_text(tr: Translator, lang: str, view: PlanView, cut: int) -> str:
    lines = [tr.plain(lang, "barcamp-plan-title", camp=view.workshop.title.for_reader(lang))]
    if view.camp.announced_at is not None:
        lines.append(tr.plain(lang, "barcamp-plan-is-announced"))
    if not view.plan.placements:
        lines += ["", tr.plain(lang, "barcamp-plan-empty", count=len(view.sessions))]
    numbers = {sid: n for n, sid in enumerate(view.order(), 1)}
    for slot in view.slots:
        placed = view.in_slot(slot.id)
        if not placed:
            continue
        lines += ["", slot_time(tr, lang, view, slot)]
        for p in placed:
            session, room = view.session(p.session_id), view.room(p.room_id)
            line = tr.plain(
                lang,
                "barcamp-plan-cell",
                number=numbers[session.id],
                room=room.name,
                title=_cut(view.title(session.id, lang), cut),
                interest=session.interest,
                capacity=room.capacity,
                locked="yes" if session.locked else "no",
            )
            lines.append(line + _warnings(tr, lang, view, session.id))
    if view.plan.unplaced:
        lines += ["", tr.plain(lang, "barcamp-plan-unplaced", count=len(view.plan.unplaced))]
        for sid in view.plan.unplaced:
            lines.append(_unplaced_line(tr, lang, view, sid, numbers, cut))
    if view.sessions:
        lines += ["", tr.plain(lang, "barcamp-plan-pick-hint")]
    return "\n".join(lines)


def _warnings(tr: Translator, lang: str, view: PlanView, session_id: int) -> str:
    said = [
        tr.plain(lang, f"barcamp-plan-warning-{kind.value}")
        for kind in view.warnings_of(session_id)
        if kind is PlanWarning.OVER_CAPACITY
    ]
    return "".join(f" ⚠ {w}" for w in said)


def _unplaced_line(
    tr: Translator, lang: str, view: PlanView, session_id: int, numbers: dict[int, int], cut: int
) -> str:
    session = view.session(session_id)
    line = tr.plain(
        lang,
        "barcamp-plan-unplaced-line",
        number=numbers[session_id],
        title=_cut(view.title(session_id, lang), cut),
        interest=session.interest,
    )
    if not any(r.speaks(session.language) for r in view.rooms):
        language = tr.plain(lang, f"language-name-{session.language}")
        return f"{line} ⚠ {tr.plain(lang, 'barcamp-plan-no-language', language=language)}"
    into = view.merges_of(session_id)
    if into:
        joined = ", ".join(str(numbers[i]) for i in into)
        line += " · " + tr.plain(lang, "barcamp-plan-merge-hint", numbers=joined)
    return line


def plan_text(tr: Translator, lang: str, view: PlanView) -> str:
    """The announced plan per slot, for everyone: room and title (🎥: bridged to the partner
    city), titles shortened when the plan is long."""
    return within(PLAN_BUDGET, lambda cut: _plan_text(tr, lang, view, cut))


def _plan_text(tr: Translator, lang: str, view: PlanView, cut: int) -> str:
    lines = [tr.plain(lang, "barcamp-plan-title", camp=view.workshop.title.for_reader(lang))]
    for slot in view.slots:
        placed = view.in_slot(slot.id)
        if not placed:
            continue
        lines += ["", slot_time(tr, lang, view, slot)]
        for p in placed:
            room = view.room(p.room_id)
            lines.append(
                tr.plain(
                    lang,
                    "barcamp-plan-public-cell",
                    room=room.name,
                    title=_cut(view.title(p.session_id, lang), cut),
                    bridged="yes" if room.bridge_url else "no",
                )
            )
    return "\n".join(lines)


def session_lines(
    tr: Translator, lang: str, view: PlanView, session_ids: Sequence[int], *, clashes: bool = False
) -> str:
    """A person's sessions: time (city named), room, title, and the bridge link; `clashes`:
    mark the sessions that run at the same time as another of theirs (pick one)."""
    return within(
        SESSIONS_BUDGET, lambda cut: _session_lines(tr, lang, view, session_ids, cut, clashes)
    )


def _session_lines(
    tr: Translator,
    lang: str,
    view: PlanView,
    session_ids: Sequence[int],
    cut: int,
    clashes: bool,
) -> str:
    lines = []
    cells = [c for c in (view.plan.cell(i) for i in session_ids) if c is not None]
    busy = Counter(c.slot_id for c in cells)
    for sid in session_ids:
        cell = view.plan.cell(sid)
        if cell is None:
            continue
        room = view.room(cell.room_id)
        lines.append(
            tr.plain(
                lang,
                "barcamp-plan-session-line",
                when=slot_time(tr, lang, view, view.slot(cell.slot_id)),
                room=room.name,
                title=_cut(view.title(sid, lang), cut),
            )
        )
        if clashes and busy[cell.slot_id] > 1:
            lines[-1] += " ⚠ " + tr.plain(lang, "barcamp-plan-same-time")
        if room.bridge_url:
            lines.append(tr.plain(lang, "barcamp-plan-bridge-line", url=room.bridge_url))
    return "\n".join(lines)


def sessions_ics(view: PlanView, session_ids: Sequence[int], language: str, now: datetime) -> bytes:
    """A person's sessions, one VEVENT each, on the workshop's clock (TZID, VTIMEZONE)."""
    zone = ZoneInfo(view.workshop.time_zone)
    calendar = Calendar()
    calendar.add("prodid", "-//Twin City Bot//twincity-bot//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    year = min((s.starts_at.year for s in view.slots), default=now.year)
    calendar.add_component(zone_rules(view.workshop.time_zone, year))
    for sid in session_ids:
        cell = view.plan.cell(sid)
        if cell is None:
            continue
        slot, room = view.slot(cell.slot_id), view.room(cell.room_id)
        event = Event()
        event.add("uid", f"barcamp-session-{sid}@twincity-bot")
        event.add("dtstamp", now)
        event.add("dtstart", slot.starts_at.astimezone(zone))
        event.add("dtend", slot.ends_at.astimezone(zone))
        event.add("summary", view.title(sid, language))
        event.add("location", room.name)
        event.add("description", view.session(sid).description)
        if room.bridge_url:
            event.add("url", room.bridge_url)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def plan_png(tr: Translator, lang: str, view: PlanView) -> bytes:
    """The plan as a grid for a phone: time slots down, rooms across, titles wrapped."""
    plt = pyplot()
    header = [""] + [f"{r.name}\n({r.capacity})" for r in view.rooms]
    rows = []
    for slot in view.slots:
        cells = {p.room_id: p.session_id for p in view.in_slot(slot.id)}
        row = [short_slot(lang, view, slot)]
        for room in view.rooms:
            sid = cells.get(room.id)
            row.append(textwrap.fill(_cut(view.title(sid, lang), 40), 16) if sid else "")
        rows.append(row)
    width = 2.2 + 2.4 * len(view.rooms)
    figure, axes = plt.subplots(figsize=(width, 0.8 + 1.0 * max(len(rows), 1)), dpi=110)
    axes.axis("off")
    title = _drawable(
        tr.plain(lang, "barcamp-plan-title", camp=view.workshop.title.for_reader(lang))
    )
    axes.set_title(
        f"{title}\n{tr.plain(lang, 'barcamp-plan-image-clock', city=city_of(view, lang))}"
    )
    table = axes.table(
        cellText=rows or [[""] * len(header)], colLabels=header, loc="center", cellLoc="center"
    )
    table.auto_set_font_size(False)
    table.set_fontsize(12)
    table.scale(1, 4.2)
    for (row, _), cell in table.get_celld().items():
        if row == 0:
            cell.set_facecolor("#dfe9f5")
            cell.set_text_props(weight="bold")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight", pad_inches=0.2)
    plt.close(figure)
    return buffer.getvalue()


def _drawable(text: str) -> str:
    """Without the emoji the chart font has no glyph for."""
    return "".join(c for c in text if ord(c) <= 0xFFFF).strip()


def session_text(tr: Translator, lang: str, view: PlanView, session_id: int) -> str:
    """One session on the organiser's screen: title, language, interest, where it is."""
    session = view.session(session_id)
    cell = view.plan.cell(session_id)
    where = (
        tr.plain(
            lang,
            "barcamp-plan-session-where",
            room=view.room(cell.room_id).name,
            capacity=view.room(cell.room_id).capacity,
            when=slot_time(tr, lang, view, view.slot(cell.slot_id)),
        )
        if cell
        else tr.plain(lang, "barcamp-plan-session-unplaced")
    )
    lines = [
        tr.plain(
            lang,
            "barcamp-plan-session",
            number=view.number(session_id),
            title=view.title(session_id, lang),
            language=tr.plain(lang, f"language-name-{session.language}"),
            interest=session.interest,
            hosts=len(session.hosts),
        ),
        where + _warnings(tr, lang, view, session_id),
    ]
    if session.locked:
        lines.append(tr.plain(lang, "barcamp-plan-session-locked"))
    lines.append(tr.plain(lang, "barcamp-plan-session-hint"))
    return "\n".join(lines)


def merge_question(tr: Translator, lang: str, view: PlanView, session_id: int) -> str:
    numbers = {sid: n for n, sid in enumerate(view.order(), 1)}
    text = tr.plain(lang, "barcamp-plan-ask-merge", title=view.title(session_id, lang))
    suggested = view.merges_of(session_id)
    if suggested:
        lines = [f"{numbers[i]}. {view.title(i, lang)}" for i in suggested]
        text += "\n\n" + tr.plain(lang, "barcamp-plan-merge-suggested") + "\n" + "\n".join(lines)
    return text


def mine_text(tr: Translator, lang: str, view: PlanView, session_ids: Sequence[int]) -> str:
    camp = view.workshop.title.for_reader(lang)
    if not session_ids:
        return tr.plain(lang, "barcamp-plan-mine-none", camp=camp)
    sessions = session_lines(tr, lang, view, session_ids, clashes=True)
    return tr.plain(lang, "barcamp-plan-mine", camp=camp, sessions=sessions)
