"""Keyboards of a workshop's BarCamp: the organiser's home and setup, the phase question,
and the people's proposing, interest and notes."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import OpenMenu, WorkshopManage
from bot.callback_event import (
    BarcampHome,
    BarcampInterest,
    BarcampInterestAction,
    BarcampMine,
    BarcampNotesWrite,
    BarcampPhaseStep,
    BarcampPlanScreen,
    BarcampPropose,
    BarcampProposeAction,
    BarcampSetup,
    BarcampSetupAction,
)
from bot.domain.barcamp import PHASE_ORDER, Barcamp, CampRoom, CampSlot, Phase
from bot.domain.barcamp_people import CAPACITY_CHOICES, LENGTH_CHOICES, LIMIT_CHOICES, next_phase
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, markup, rows_of

Row = list[InlineKeyboardButton]


def _setup(
    tr: Translator,
    lang: str,
    label: str,
    workshop_id: int,
    action: BarcampSetupAction,
    value: int = 0,
) -> InlineKeyboardButton:
    return button(tr.plain(lang, label), BarcampSetup(workshop_id, action, value))


def _back(tr: Translator, lang: str, data: BarcampHome | BarcampSetup | WorkshopManage) -> Row:
    return [button(tr.plain(lang, "buttons-back"), data)]


def _cancel(tr: Translator, lang: str, data: BarcampHome | BarcampSetup | OpenMenu) -> Row:
    return [button(tr.plain(lang, "buttons-cancel"), data)]


def _menu(tr: Translator, lang: str) -> Row:
    return [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))]


# ------------------------------------------------------------------ organiser
def create(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [_setup(tr, lang, "barcamp-create-button", workshop_id, "create")],
            _back(tr, lang, WorkshopManage(workshop_id, "card", 0)),
        ]
    )


def home(tr: Translator, lang: str, workshop_id: int, camp: Barcamp) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [
            _setup(tr, lang, "barcamp-rooms-button", workshop_id, "rooms"),
            _setup(tr, lang, "barcamp-slots-button", workshop_id, "slots"),
        ],
        [_setup(tr, lang, "barcamp-limit-button", workshop_id, "limit")],
    ]
    following = next_phase(camp.phase)
    if following is not None:
        index = PHASE_ORDER.index(following)
        label = tr.plain(lang, f"barcamp-open-{following.value}-button")
        rows.append([button(label, BarcampPhaseStep(workshop_id, "ask", index))])
    if PHASE_ORDER.index(camp.phase) >= PHASE_ORDER.index(Phase.BUILD):
        rows.append([button(tr.plain(lang, "barcamp-to-plan-button"), BarcampPlanScreen(camp.id))])
    if camp.phase is not Phase.SETUP:
        rows.append([_setup(tr, lang, "barcamp-docs-button", workshop_id, "docs")])
    rows.append(_back(tr, lang, WorkshopManage(workshop_id, "card", 0)))
    return markup(rows)


def rooms(
    tr: Translator, lang: str, workshop_id: int, found: Sequence[CampRoom]
) -> InlineKeyboardMarkup:
    rows = [[button(fit(r.name), BarcampSetup(workshop_id, "room", r.id))] for r in found]
    rows.append([_setup(tr, lang, "barcamp-room-add-button", workshop_id, "room_new")])
    rows.append(_back(tr, lang, BarcampHome(workshop_id)))
    return markup(rows)


def room_card(tr: Translator, lang: str, workshop_id: int, room_id: int) -> InlineKeyboardMarkup:
    def act(label: str, action: BarcampSetupAction) -> InlineKeyboardButton:
        return _setup(tr, lang, label, workshop_id, action, room_id)

    return markup(
        [
            [
                act("barcamp-room-name-button", "room_name"),
                act("barcamp-room-cap-button", "room_cap"),
            ],
            [
                act("barcamp-room-langs-button", "room_langs"),
                act("barcamp-room-bridge-button", "room_bridge"),
            ],
            [act("barcamp-room-remove-button", "room_remove")],
            _back(tr, lang, BarcampSetup(workshop_id, "rooms", 0)),
        ]
    )


def room_remove(tr: Translator, lang: str, workshop_id: int, room_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                _setup(tr, lang, "barcamp-remove-confirm", workshop_id, "room_remove_ok", room_id),
                _setup(tr, lang, "buttons-cancel", workshop_id, "room", room_id),
            ]
        ]
    )


def room_step_cancel(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return markup([_cancel(tr, lang, BarcampSetup(workshop_id, "rooms", 0))])


def capacities(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    row = [button(str(n), BarcampSetup(workshop_id, "room_cap_set", n)) for n in CAPACITY_CHOICES]
    return markup([row, _cancel(tr, lang, BarcampSetup(workshop_id, "rooms", 0))])


def languages(
    tr: Translator, lang: str, workshop_id: int, chosen: Sequence[str]
) -> InlineKeyboardMarkup:
    row = [
        button(checked(code in chosen, code.upper()), BarcampSetup(workshop_id, "room_lang", i))
        for i, code in enumerate(SUPPORTED_LANGUAGES)
    ]
    return markup(
        [
            row,
            [_setup(tr, lang, "barcamp-languages-done-button", workshop_id, "room_next")],
            _cancel(tr, lang, BarcampSetup(workshop_id, "rooms", 0)),
        ]
    )


def bridge(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [_setup(tr, lang, "barcamp-room-no-bridge-button", workshop_id, "room_skip")],
            _cancel(tr, lang, BarcampSetup(workshop_id, "rooms", 0)),
        ]
    )


def slots(
    tr: Translator, lang: str, workshop_id: int, found: Sequence[CampSlot]
) -> InlineKeyboardMarkup:
    removes = [
        button(
            tr.plain(lang, "barcamp-slot-remove-button", number=i),
            BarcampSetup(workshop_id, "slot_remove", s.id),
        )
        for i, s in enumerate(found, start=1)
    ]
    return markup(
        [
            *rows_of(removes, 4),
            [_setup(tr, lang, "barcamp-slot-add-button", workshop_id, "slot_new")],
            _back(tr, lang, BarcampHome(workshop_id)),
        ]
    )


def slot_remove(tr: Translator, lang: str, workshop_id: int, slot_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                _setup(tr, lang, "barcamp-remove-confirm", workshop_id, "slot_remove_ok", slot_id),
                _setup(tr, lang, "buttons-cancel", workshop_id, "slots"),
            ]
        ]
    )


def slot_starts(
    tr: Translator, lang: str, workshop_id: int, choices: Sequence[tuple[str, int]]
) -> InlineKeyboardMarkup:
    """Start times on the workshop's clock ('10:30'); the value is minutes after midnight."""
    starts = [button(label, BarcampSetup(workshop_id, "slot_start", m)) for label, m in choices]
    return markup([*rows_of(starts, 4), _cancel(tr, lang, BarcampSetup(workshop_id, "slots", 0))])


def slot_lengths(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    row = [
        button(
            tr.plain(lang, "barcamp-slot-length-button", minutes=m),
            BarcampSetup(workshop_id, "slot_len", m),
        )
        for m in LENGTH_CHOICES
    ]
    return markup([row, _cancel(tr, lang, BarcampSetup(workshop_id, "slots", 0))])


def limits(tr: Translator, lang: str, workshop_id: int, current: int) -> InlineKeyboardMarkup:
    row = [
        button(checked(n == current, str(n)), BarcampSetup(workshop_id, "limit_set", n))
        for n in LIMIT_CHOICES
    ]
    return markup([row, _back(tr, lang, BarcampHome(workshop_id))])


def phase_question(tr: Translator, lang: str, workshop_id: int, index: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "barcamp-phase-confirm"),
                    BarcampPhaseStep(workshop_id, "open", index),
                ),
                button(tr.plain(lang, "buttons-cancel"), BarcampHome(workshop_id)),
            ]
        ]
    )


def open_notice(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "barcamp-workshop-button"), BarcampHome(workshop_id))]])


def notes_notice(tr: Translator, lang: str, session_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "barcamp-notes-button"), BarcampNotesWrite(session_id))]])


# ------------------------------------------------------------------ people
def person_home(tr: Translator, lang: str, camp: Barcamp) -> InlineKeyboardMarkup:
    def act(label: str, action: BarcampProposeAction) -> InlineKeyboardButton:
        return button(tr.plain(lang, label), BarcampPropose(camp.id, action, 0))

    rows: list[Row] = []
    if camp.phase is Phase.PROPOSE:
        rows.append([act("barcamp-propose-button", "new")])
        rows.append([act("barcamp-proposals-button", "list"), act("barcamp-mine-button", "mine")])
    elif camp.phase is Phase.INTEREST:
        label = tr.plain(lang, "barcamp-interest-button")
        rows.append([button(label, BarcampInterest(camp.id, "list", 0, 0))])
    elif camp.phase in (Phase.ANNOUNCED, Phase.CLOSED):
        rows.append([button(tr.plain(lang, "barcamp-my-sessions-button"), BarcampMine(camp.id))])
    rows.append(_menu(tr, lang))
    return markup(rows)


def proposal_cancel(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return markup([_cancel(tr, lang, BarcampHome(workshop_id))])


def proposal_description(
    tr: Translator, lang: str, barcamp_id: int, workshop_id: int
) -> InlineKeyboardMarkup:
    skip = button(tr.plain(lang, "buttons-skip"), BarcampPropose(barcamp_id, "skip", 0))
    return markup([[skip], _cancel(tr, lang, BarcampHome(workshop_id))])


def proposal_language(
    tr: Translator, lang: str, barcamp_id: int, workshop_id: int, current: str
) -> InlineKeyboardMarkup:
    row = [
        button(checked(code == current, code.upper()), BarcampPropose(barcamp_id, "lang", i))
        for i, code in enumerate(SUPPORTED_LANGUAGES)
    ]
    return markup([row, _cancel(tr, lang, BarcampHome(workshop_id))])


def proposal_similar(
    tr: Translator, lang: str, barcamp_id: int, workshop_id: int, similar_id: int
) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "barcamp-join-button"),
                    BarcampPropose(barcamp_id, "join", similar_id),
                )
            ],
            [
                button(
                    tr.plain(lang, "barcamp-anyway-button"), BarcampPropose(barcamp_id, "anyway", 0)
                )
            ],
            _cancel(tr, lang, BarcampHome(workshop_id)),
        ]
    )


def proposal_preview(
    tr: Translator, lang: str, barcamp_id: int, workshop_id: int
) -> InlineKeyboardMarkup:
    send = button(tr.plain(lang, "barcamp-send-button"), BarcampPropose(barcamp_id, "send", 0))
    edit = button(tr.plain(lang, "barcamp-edit-button"), BarcampPropose(barcamp_id, "edit", 0))
    return markup([[send], [edit], _cancel(tr, lang, BarcampHome(workshop_id))])


def proposal_list(
    tr: Translator,
    lang: str,
    camp: Barcamp,
    session_ids: Sequence[int],
    first_number: int,
    page: int,
    pages: int,
    *,
    mine: bool,
) -> InlineKeyboardMarkup:
    cards = [
        button(str(first_number + i), BarcampPropose(camp.id, "card", sid))
        for i, sid in enumerate(session_ids)
    ]
    action: BarcampProposeAction = "mine" if mine else "list"
    turns = []
    if page > 0:
        turns.append(button("◀️", BarcampPropose(camp.id, action, page - 1)))
    if page + 1 < pages:
        turns.append(button("▶️", BarcampPropose(camp.id, action, page + 1)))
    return markup([*rows_of(cards, 6), turns, _back(tr, lang, BarcampHome(camp.workshop_id))])


def proposal_card(
    tr: Translator, lang: str, camp: Barcamp, session_id: int, *, host: bool
) -> InlineKeyboardMarkup:
    if host:
        act = button(
            tr.plain(lang, "barcamp-withdraw-button"),
            BarcampPropose(camp.id, "withdraw", session_id),
        )
    else:
        act = button(
            tr.plain(lang, "barcamp-join-button"), BarcampPropose(camp.id, "join", session_id)
        )
    back = button(tr.plain(lang, "buttons-back"), BarcampPropose(camp.id, "list", 0))
    return markup([[act], [back]])


def withdraw_question(
    tr: Translator, lang: str, camp: Barcamp, session_id: int
) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "barcamp-withdraw-confirm"),
                    BarcampPropose(camp.id, "withdraw_ok", session_id),
                ),
                button(
                    tr.plain(lang, "buttons-cancel"), BarcampPropose(camp.id, "card", session_id)
                ),
            ]
        ]
    )


def interest(
    tr: Translator,
    lang: str,
    camp: Barcamp,
    entries: Sequence[tuple[int, int, bool]],  # number, session, chosen (own sessions left out)
    page: int,
    pages: int,
    *,
    originals: bool | None,  # None: nothing is translated, no switch
) -> InlineKeyboardMarkup:
    view: BarcampInterestAction = "originals" if originals else "list"
    rows: list[Row] = [
        [
            button(
                checked(chosen, tr.plain(lang, "barcamp-attend-button", number=number)),
                BarcampInterest(camp.id, "toggle", session_id, page),
            )
        ]
        for number, session_id, chosen in entries
    ]
    turns = []
    if page > 0:
        turns.append(button("◀️", BarcampInterest(camp.id, view, 0, page - 1)))
    if page + 1 < pages:
        turns.append(button("▶️", BarcampInterest(camp.id, view, 0, page + 1)))
    rows.append(turns)
    if originals is not None:
        switch: BarcampInterestAction = "list" if originals else "originals"
        label = tr.plain(lang, f"barcamp-show-{switch}-button")
        rows.append([button(label, BarcampInterest(camp.id, switch, 0, page))])
    rows.append(_back(tr, lang, BarcampHome(camp.workshop_id)))
    return markup(rows)


def notes_cancel(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([_cancel(tr, lang, OpenMenu("main"))])
