"""Keyboards of the live wall's organiser screens and the room screen."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import CallbackData, IdeasHome, OpenMenu, WorkshopManage
from bot.callback_event import (
    LiveBrowse,
    LiveEventAction,
    LiveEventStep,
    LiveModerate,
    LiveModerator,
    LiveModeratorAction,
    LiveMomentAdd,
    LiveMomentRemove,
    LiveMomentWhen,
    LivePost,
    LiveRoomLanguage,
    LiveRoomLanguages,
    LiveRoomMods,
    LiveSetupLanguage,
    LiveSetupLanguages,
    LiveSetupMode,
    LiveSetupRoom,
    LiveSetupStep,
    LiveSetupTheme,
    LiveWallHome,
)
from bot.domain.languages import SUPPORTED_LANGUAGES, language_mark
from bot.domain.live_wall import EventStatus, Moderation
from bot.domain.participants import Participant
from bot.domain.workshops import Workshop
from bot.i18n import Translator
from bot.keyboards import Row, button, checked, fit, fit_into, markup, rows_of
from bot.render.live_setup import city_of
from bot.render.names import person_name
from bot.services.live_rooms import RoomScreen, RoomView
from bot.services.live_setup import (
    MOMENT_LENGTHS,
    MOMENT_SOON,
    EventView,
    ModeratorsView,
    SetupView,
)
from bot.telegram.limits import LABEL_BUDGETS


def _back(tr: Translator, lang: str, data: CallbackData) -> list[InlineKeyboardButton]:
    return [button(tr.plain(lang, "buttons-back"), data)]


def _card(tr: Translator, lang: str, workshop_id: int) -> list[InlineKeyboardButton]:
    return _back(tr, lang, WorkshopManage(workshop_id, "card", 0))


# ------------------------------------------------------------ setting up
def intro(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    begin = button(tr.plain(lang, "live-setup-begin-button"), LiveSetupStep(workshop_id, "rooms"))
    return markup([[begin], _card(tr, lang, workshop_id)])


def rooms(tr: Translator, lang: str, view: SetupView) -> InlineKeyboardMarkup:
    wid = view.workshop.id
    if not view.candidates:
        return markup([_card(tr, lang, wid)])
    chosen = set(view.draft.room_ids())

    def toggle(w: Workshop) -> InlineKeyboardButton:
        label = fit_into(
            lambda t: checked(w.id in chosen, t),
            tr.plain(
                lang,
                "live-setup-room-button",
                city=city_of(tr, lang, w),
                title=w.title.for_reader(lang),
            ),
        )
        return button(label, LiveSetupRoom(wid, w.id))

    return markup(
        [
            *([toggle(w)] for w in view.candidates),
            [button(tr.plain(lang, "live-setup-next-button"), LiveSetupStep(wid, "mode"))],
            _back(tr, lang, LiveWallHome(wid)),
        ]
    )


def mode(tr: Translator, lang: str, view: SetupView) -> InlineKeyboardMarkup:
    wid, pre = view.workshop.id, view.draft.pre
    post_label = checked(not pre, tr.plain(lang, "live-setup-mode-post-button"))
    pre_label = checked(pre, tr.plain(lang, "live-setup-mode-pre-button"))
    return markup(
        [
            [button(post_label, LiveSetupMode(wid, False))],
            [button(pre_label, LiveSetupMode(wid, True))],
            _back(tr, lang, LiveSetupStep(wid, "rooms")),
        ]
    )


def themes(tr: Translator, lang: str, view: SetupView) -> InlineKeyboardMarkup:
    wid, chosen = view.workshop.id, set(view.draft.theme_ids())
    toggles = [
        [button(fit(checked(t.id in chosen, t.name.for_reader(lang))), LiveSetupTheme(wid, t.id))]
        for t in view.partnership.themes
    ]
    return markup(
        [
            *toggles,
            [button(tr.plain(lang, "live-setup-next-button"), LiveSetupStep(wid, "preview"))],
            _back(tr, lang, LiveSetupStep(wid, "mode")),
        ]
    )


def preview(tr: Translator, lang: str, view: SetupView) -> InlineKeyboardMarkup:
    wid = view.workshop.id
    languages = [
        button(
            fit_into(
                lambda c: tr.plain(lang, "live-setup-language-button", city=c),
                city_of(tr, lang, w),
                LABEL_BUDGETS[2],
            ),
            LiveSetupLanguages(wid, w.id),
        )
        for w in view.rooms
    ]
    edits = [
        button(tr.plain(lang, "live-setup-edit-rooms-button"), LiveSetupStep(wid, "rooms")),
        button(tr.plain(lang, "live-setup-edit-mode-button"), LiveSetupStep(wid, "mode")),
        button(tr.plain(lang, "live-setup-edit-themes-button"), LiveSetupStep(wid, "themes")),
    ]
    create = button(tr.plain(lang, "live-setup-create-button"), LiveSetupStep(wid, "create"))
    return markup(
        [*rows_of(languages, 2), *rows_of(edits, 2), [create], _back(tr, lang, LiveWallHome(wid))]
    )


def languages(
    tr: Translator, lang: str, view: SetupView, room_workshop_id: int
) -> InlineKeyboardMarkup:
    wid, current = view.workshop.id, view.languages.get(room_workshop_id)
    choices = [
        button(
            checked(
                code == current, f"{language_mark(code)} {tr.plain(lang, f'language-name-{code}')}"
            ),
            LiveSetupLanguage(wid, room_workshop_id, code),
        )
        for code in SUPPORTED_LANGUAGES
    ]
    return markup([*([c] for c in choices), _back(tr, lang, LiveSetupStep(wid, "preview"))])


# ------------------------------------------------------------ the event
def event(tr: Translator, lang: str, view: EventView) -> InlineKeyboardMarkup:
    e = view.event

    def step(label: str, action: LiveEventAction) -> InlineKeyboardButton:
        return button(tr.plain(lang, label), LiveEventStep(e.id, action))

    rows: list[Row] = []
    if e.status is not EventStatus.CLOSED:
        mods = [
            button(
                fit_into(
                    lambda c: tr.plain(lang, "live-setup-mods-button", city=c),
                    city_of(tr, lang, r.workshop),
                    LABEL_BUDGETS[2],
                ),
                LiveRoomMods(r.room.id, 0),
            )
            for r in view.rooms
        ]
        languages = [
            button(
                fit_into(
                    lambda c: tr.plain(lang, "live-setup-language-button", city=c),
                    city_of(tr, lang, r.workshop),
                    LABEL_BUDGETS[2],
                ),
                LiveRoomLanguages(r.room.id),
            )
            for r in view.rooms
        ]
        pre = e.moderation is Moderation.PRE
        mode_label = "live-setup-mode-switch-to-post" if pre else "live-setup-mode-switch-to-pre"
        rows += [*rows_of(mods, 2), *rows_of(languages, 2), [step(mode_label, "mode")]]
        rows.append([step("live-setup-moments-button", "moments")])
        if e.status is EventStatus.SETUP:
            rows.append([step("live-setup-start-button", "start")])
        else:
            rows.append([step("live-setup-close-button", "close")])
    else:
        rows.append([button(tr.plain(lang, "live-setup-ideas-button"), IdeasHome(0))])
    rows.append(_card(tr, lang, view.rooms[0].workshop.id))
    return markup(rows)


def room_languages(
    tr: Translator, lang: str, room: RoomView, event_id: int
) -> InlineKeyboardMarkup:
    current = room.room.display_language
    choices = [
        button(
            checked(
                code == current, f"{language_mark(code)} {tr.plain(lang, f'language-name-{code}')}"
            ),
            LiveRoomLanguage(room.room.id, code),
        )
        for code in SUPPORTED_LANGUAGES
    ]
    return markup([*([c] for c in choices), _back(tr, lang, LiveEventStep(event_id, "show"))])


def close_ask(tr: Translator, lang: str, event_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "live-setup-close-yes"), LiveEventStep(event_id, "close_ok"))],
            [button(tr.plain(lang, "buttons-cancel"), LiveEventStep(event_id, "show"))],
        ]
    )


def moments(tr: Translator, lang: str, view: EventView, clocks: list[str]) -> InlineKeyboardMarkup:
    """`clocks`: each moment's start as the text shows it (the remove buttons carry it)."""
    eid = view.event.id
    soon = [
        button(tr.plain(lang, "live-setup-moment-in", minutes=m), LiveMomentWhen(eid, m))
        for m in MOMENT_SOON
    ]
    removes = [
        button(tr.plain(lang, "live-setup-moment-remove", when=c), LiveMomentRemove(m.id))
        for m, c in zip(view.moments, clocks, strict=True)
    ]
    typed = button(
        tr.plain(lang, "live-setup-moment-type-button"), LiveEventStep(eid, "moment_type")
    )
    return markup(
        [soon, [typed], *rows_of(removes, 3), _back(tr, lang, LiveEventStep(eid, "show"))]
    )


def moment_length(tr: Translator, lang: str, event_id: int, due: int) -> InlineKeyboardMarkup:
    lengths = [
        button(
            tr.plain(lang, "live-setup-moment-length", minutes=n), LiveMomentAdd(event_id, due, n)
        )
        for n in MOMENT_LENGTHS
    ]
    return markup([lengths, _back(tr, lang, LiveEventStep(event_id, "moments"))])


def back_to_moments(tr: Translator, lang: str, event_id: int) -> InlineKeyboardMarkup:
    return markup([_back(tr, lang, LiveEventStep(event_id, "moments"))])


def moderators(tr: Translator, lang: str, view: ModeratorsView) -> InlineKeyboardMarkup:
    rid = view.room.room.id

    def person(label: str, p: Participant, action: LiveModeratorAction) -> InlineKeyboardButton:
        city = view.partnership.city(p.city_id or 0)
        name = person_name(tr, lang, p, city.name if city else None)
        text = fit_into(lambda n: tr.plain(lang, label, name=n), name)
        return button(text, LiveModerator(rid, p.user_id, action))

    rows: list[Row] = [[person("live-setup-mods-remove", p, "remove")] for p in view.moderators]
    rows += [[person("live-setup-mods-add-button", p, "add")] for p in view.candidates]
    pager: Row = []
    if view.page > 0:
        pager.append(
            button(tr.plain(lang, "live-setup-page-back"), LiveRoomMods(rid, view.page - 1))
        )
    if view.page + 1 < view.pages:
        pager.append(
            button(tr.plain(lang, "live-setup-page-next"), LiveRoomMods(rid, view.page + 1))
        )
    rows += [pager, _back(tr, lang, LiveEventStep(view.event.id, "show"))]
    return markup(rows)


def remove_ask(tr: Translator, lang: str, room_id: int, user_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "live-setup-mods-remove-yes"),
                    LiveModerator(room_id, user_id, "remove_ok"),
                )
            ],
            [button(tr.plain(lang, "buttons-cancel"), LiveRoomMods(room_id, 0))],
        ]
    )


# ------------------------------------------------------------ the room
def room(tr: Translator, lang: str, screen: RoomScreen, url: str | None) -> InlineKeyboardMarkup:
    rid = screen.room.id
    rows: list[Row] = []
    if screen.event.status is EventStatus.LIVE:
        rows += [
            [button(tr.plain(lang, "live-setup-post-button"), LivePost(rid))],
            [button(tr.plain(lang, "live-setup-browse-button"), LiveBrowse(rid, 0))],
        ]
        if screen.may_moderate:
            rows.append([button(tr.plain(lang, "live-setup-moderate-button"), LiveModerate(rid))])
        if url:
            rows.append([InlineKeyboardButton(tr.plain(lang, "live-setup-wall-button"), url=url)])
    elif screen.event.status is EventStatus.CLOSED:
        rows.append([button(tr.plain(lang, "live-setup-ideas-button"), IdeasHome(0))])
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def closed(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "live-setup-ideas-button"), IdeasHome(0))],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )
