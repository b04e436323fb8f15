"""Texts of the live wall's organiser screens and the room screen (HTML, escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from babel.lists import format_list

from bot.domain.live_wall import EventStatus, LiveMoment, LiveRoom, Moderation
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.workshops import Workshop
from bot.i18n import Translator, escape
from bot.render.formatting import babel_locale, clock_time, event_time, venue_time
from bot.render.names import person_name
from bot.services.live_rooms import RoomScreen, RoomView
from bot.services.live_setup import EventView, ModeratorsView, SetupView

WALL_PATH = "/wall/"


def wall_url(origin: str | None, room: LiveRoom) -> str | None:
    return f"{origin}{WALL_PATH}{room.wall_token}" if origin else None


def city_of(tr: Translator, lang: str, workshop: Workshop) -> str:
    """The room's city, or the word for an online workshop."""
    if workshop.venue_city is not None:
        return workshop.venue_city.for_reader(lang)
    return tr.plain(lang, "live-setup-online")


def _names(tr: Translator, lang: str, people: Sequence[Participant]) -> str:
    return format_list([person_name(tr, lang, p) for p in people], locale=babel_locale(lang))


def _theme_names(lang: str, partnership: Partnership, ids: Sequence[int]) -> str:
    names = [t.name.for_reader(lang) for t in partnership.themes if t.id in ids]
    return format_list(names, locale=babel_locale(lang)) if names else ""


def _workshop_line(tr: Translator, lang: str, workshop: Workshop, zone: str) -> str:
    return tr.html(
        lang,
        "live-setup-workshop-line",
        city=city_of(tr, lang, workshop),
        title=workshop.title.for_reader(lang),
        when=event_time(tr, lang, workshop, zone),
    )


# ------------------------------------------------------------ setting up
def intro(tr: Translator, lang: str, view: SetupView) -> str:
    return "\n\n".join(
        [
            tr.html(lang, "live-setup-intro"),
            _workshop_line(tr, lang, view.workshop, view.reader_zone),
        ]
    )


def rooms(tr: Translator, lang: str, view: SetupView) -> str:
    if not view.candidates:
        return "\n\n".join(
            [
                _workshop_line(tr, lang, view.workshop, view.reader_zone),
                tr.html(lang, "live-setup-no-partner"),
            ]
        )
    lines = [_workshop_line(tr, lang, w, view.reader_zone) for w in view.candidates]
    return "\n\n".join([tr.html(lang, "live-setup-rooms-ask"), "\n".join(lines)])


def mode(tr: Translator, lang: str) -> str:
    return "\n\n".join(
        [
            tr.html(lang, "live-setup-mode-ask"),
            tr.html(lang, "live-setup-mode-post-explained"),
            tr.html(lang, "live-setup-mode-pre-explained"),
        ]
    )


def themes(tr: Translator, lang: str) -> str:
    return tr.html(lang, "live-setup-themes-ask")


def preview(tr: Translator, lang: str, view: SetupView) -> str:
    rooms_text = "\n".join(
        _workshop_line(tr, lang, w, view.reader_zone)
        + "\n"
        + tr.html(
            lang, "live-setup-room-language", language=_language(tr, lang, view.languages[w.id])
        )
        for w in view.rooms
    )
    mode_id = "live-setup-mode-pre" if view.draft.pre else "live-setup-mode-post"
    return "\n\n".join(
        [
            tr.html(lang, "live-setup-preview-title"),
            rooms_text,
            tr.html(lang, "live-setup-moderation-line", mode=tr.plain(lang, mode_id)),
            tr.html(
                lang,
                "live-setup-themes-line",
                themes=_theme_names(lang, view.partnership, view.draft.theme_ids()),
            ),
        ]
    )


def language_ask(tr: Translator, lang: str, workshop: Workshop) -> str:
    return tr.html(lang, "live-setup-language-ask", city=city_of(tr, lang, workshop))


def _language(tr: Translator, lang: str, code: str) -> str:
    return tr.plain(lang, f"language-name-{code}")


# ------------------------------------------------------------ the event
def event(tr: Translator, lang: str, view: EventView, origin: str | None) -> str:
    e = view.event
    mode_id = "live-setup-mode-pre" if e.moderation is Moderation.PRE else "live-setup-mode-post"
    head = [
        f"<b>{escape(e.title)}</b>",
        tr.html(lang, "live-setup-status", status=e.status.value),
        tr.html(lang, "live-setup-moderation-line", mode=tr.plain(lang, mode_id)),
        tr.html(
            lang, "live-setup-themes-line", themes=_theme_names(lang, view.partnership, e.themes)
        ),
    ]
    parts = [
        "\n".join(head),
        *(_room_block(tr, lang, r, origin, view.reader_zone) for r in view.rooms),
    ]
    if view.moments:
        parts.append(moments_list(tr, lang, view))
    if e.status is EventStatus.CLOSED:
        parts.append(tr.html(lang, "live-setup-closed-note"))
    elif origin is None:
        parts.append(tr.html(lang, "live-setup-no-public-address"))
    return "\n\n".join(parts)


def _room_block(tr: Translator, lang: str, room: RoomView, origin: str | None, zone: str) -> str:
    lines = [
        _workshop_line(tr, lang, room.workshop, zone),
        tr.html(
            lang,
            "live-setup-room-code",
            code=room.room.checkin_code,
            language=_language(tr, lang, room.room.display_language),
        ),
        tr.html(lang, "live-setup-room-checked-in", count=room.checked_in),
    ]
    if room.moderators:
        names = _names(tr, lang, room.moderators)
        lines.append(tr.html(lang, "live-setup-room-moderators", names=names))
    else:
        lines.append(tr.html(lang, "live-setup-room-no-moderators"))
    url = wall_url(origin, room.room)
    if url:
        lines.append(tr.html(lang, "live-setup-room-wall", url=url))
    return "\n".join(lines)


def close_ask(tr: Translator, lang: str, view: EventView) -> str:
    shown = view.walls.get("shown", 0)
    waiting = view.walls.get("waiting", 0)
    lines = [tr.html(lang, "live-setup-close-ask", count=shown)]
    if waiting:
        lines.append(tr.html(lang, "live-setup-close-waiting", count=waiting))
    return "\n\n".join(lines)


# ------------------------------------------------------------ exchange moments
def moment_clock(tr: Translator, lang: str, view: EventView, when: datetime) -> str:
    """A time on the first room's clock (moments are typed and shown there)."""
    zone = view.rooms[0].workshop.time_zone
    return clock_time(when, lang, zone)


def _moment_line(tr: Translator, lang: str, view: EventView, m: LiveMoment) -> str:
    span = f"{moment_clock(tr, lang, view, m.due_at)}–{moment_clock(tr, lang, view, m.ends_at)}"
    city = city_of(tr, lang, view.rooms[0].workshop)
    return tr.html(lang, "live-setup-moment-line", when=venue_time(tr, lang, span, city))


def moments_list(tr: Translator, lang: str, view: EventView) -> str:
    lines = [_moment_line(tr, lang, view, m) for m in view.moments]
    return "\n".join([tr.html(lang, "live-setup-moments-title"), *lines])


def moments(tr: Translator, lang: str, view: EventView) -> str:
    city = city_of(tr, lang, view.rooms[0].workshop)
    parts = [tr.html(lang, "live-setup-moments-explained")]
    parts.append(
        moments_list(tr, lang, view) if view.moments else tr.html(lang, "live-setup-moments-none")
    )
    parts.append(tr.html(lang, "live-setup-moments-add", city=city))
    return "\n\n".join(parts)


def moment_length(tr: Translator, lang: str, view: EventView, when: datetime) -> str:
    city = city_of(tr, lang, view.rooms[0].workshop)
    at = venue_time(tr, lang, moment_clock(tr, lang, view, when), city)
    return tr.html(lang, "live-setup-moment-length-ask", when=at)


def moment_time_ask(tr: Translator, lang: str, view: EventView) -> str:
    return tr.html(
        lang, "live-setup-moment-time-ask", city=city_of(tr, lang, view.rooms[0].workshop)
    )


# ------------------------------------------------------------ moderators
def moderators(tr: Translator, lang: str, view: ModeratorsView) -> str:
    city = city_of(tr, lang, view.room.workshop)
    first = (
        tr.html(lang, "live-setup-mods-list", city=city, names=_names(tr, lang, view.moderators))
        if view.moderators
        else tr.html(lang, "live-setup-mods-none", city=city)
    )
    hint = "live-setup-mods-add" if view.candidates else "live-setup-mods-nobody"
    return "\n\n".join([first, tr.html(lang, hint)])


def remove_ask(tr: Translator, lang: str, room: RoomView, person: Participant) -> str:
    return tr.html(
        lang,
        "live-setup-mods-remove-ask",
        name=person_name(tr, lang, person),
        city=city_of(tr, lang, room.workshop),
    )


# ------------------------------------------------------------ the room
def room(tr: Translator, lang: str, screen: RoomScreen) -> str:
    city = screen.city.for_reader(lang) if screen.city else tr.plain(lang, "live-setup-online")
    lines = [
        f"<b>{escape(screen.event.title)}</b>",
        tr.html(lang, "live-setup-room-city", city=city),
    ]
    status = {
        EventStatus.LIVE: "live-setup-room-in",
        EventStatus.SETUP: "live-setup-code-not-live",
        EventStatus.CLOSED: "live-setup-code-closed",
    }[screen.event.status]
    lines.append(tr.html(lang, status, title=screen.event.title))
    return "\n".join(lines)
