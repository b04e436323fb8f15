"""Keyboards of the BarCamp plan: the organiser's plan screen and its fixes (sessions as
numbered buttons, titles in the text), confirmations, and a person's sessions."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.callback_event import (
    BarcampFixAction,
    BarcampHome,
    BarcampMine,
    BarcampMineIcs,
    BarcampPlanFix,
    BarcampPlanMergeInto,
    BarcampPlanMoveTo,
    BarcampPlanPick,
    BarcampPlanScreen,
    BarcampPlanSlot,
    BarcampPlanStep,
    BarcampPlanSwapWith,
)
from bot.domain.barcamp import Phase
from bot.domain.barcamp_plan import PlanView
from bot.i18n import Translator
from bot.keyboards import Row, button, fit, markup, rows_of
from bot.render.barcamp_plan import short_slot
from bot.telegram.limits import LABEL_BUDGETS

NUMBERS_PER_ROW = 5


def _back_to_plan(tr: Translator, lang: str, barcamp_id: int) -> Row:
    return [button(tr.plain(lang, "barcamp-plan-back-button"), BarcampPlanScreen(barcamp_id))]


def _back_to_session(tr: Translator, lang: str, session_id: int) -> Row:
    return [button(tr.plain(lang, "barcamp-plan-back-button"), BarcampPlanPick(session_id))]


def plan_screen(tr: Translator, lang: str, view: PlanView) -> InlineKeyboardMarkup:
    camp = view.camp
    rows: list[Row] = []
    if camp.phase is Phase.BUILD:
        label = (
            "barcamp-plan-rebuild-button" if view.plan.placements else "barcamp-plan-build-button"
        )
        rows.append([button(tr.plain(lang, label), BarcampPlanStep(camp.id, "build"))])
        if view.plan.placements:
            announce = BarcampPlanStep(camp.id, "announce")
            rows.append([button(tr.plain(lang, "barcamp-plan-announce-button"), announce)])
    if camp.phase in (Phase.BUILD, Phase.ANNOUNCED):
        picks = [button(str(n), BarcampPlanPick(sid)) for n, sid in enumerate(view.order(), 1)]
        rows += rows_of(picks, NUMBERS_PER_ROW)
    rows.append([button(tr.plain(lang, "barcamp-plan-home-button"), BarcampHome(view.workshop.id))])
    return markup(rows)


def session_screen(
    tr: Translator, lang: str, view: PlanView, session_id: int
) -> InlineKeyboardMarkup:
    session = view.session(session_id)
    fix = [
        button(tr.plain(lang, "barcamp-plan-move-button"), BarcampPlanFix(session_id, "move")),
        button(tr.plain(lang, "barcamp-plan-swap-button"), BarcampPlanFix(session_id, "swap")),
    ]
    more = [
        button(tr.plain(lang, "barcamp-plan-merge-button"), BarcampPlanFix(session_id, "merge"))
    ]
    if session.placed:
        action: BarcampFixAction = "unlock" if session.locked else "lock"
        label = tr.plain(lang, f"barcamp-plan-{action}-button")
        more.insert(0, button(label, BarcampPlanFix(session_id, action)))
    return markup([fix, more, _back_to_plan(tr, lang, view.camp.id)])


def slots(tr: Translator, lang: str, view: PlanView, session_id: int) -> InlineKeyboardMarkup:
    picks = [
        button(short_slot(lang, view, s), BarcampPlanSlot(session_id, s.id)) for s in view.slots
    ]
    return markup([*rows_of(picks, 2), _back_to_session(tr, lang, session_id)])


def rooms(
    tr: Translator, lang: str, view: PlanView, session_id: int, slot_id: int
) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                fit(tr.plain(lang, "barcamp-plan-room-label", room=r.name, capacity=r.capacity)),
                BarcampPlanMoveTo(session_id, slot_id, r.id),
            )
        ]
        for r in view.rooms
    ]
    return markup([*rows, _back_to_session(tr, lang, session_id)])


def others(
    tr: Translator,
    lang: str,
    view: PlanView,
    session_id: int,
    kind: type[BarcampPlanSwapWith] | type[BarcampPlanMergeInto],
    candidates: Sequence[int],
) -> InlineKeyboardMarkup:
    """The other sessions as numbered buttons (the numbers of the plan screen)."""
    numbers = {sid: n for n, sid in enumerate(view.order(), 1)}
    picks = [button(str(numbers[c]), kind(session_id, c)) for c in candidates]
    return markup([*rows_of(picks, NUMBERS_PER_ROW), _back_to_session(tr, lang, session_id)])


def confirm(
    tr: Translator,
    lang: str,
    yes: BarcampPlanStep | BarcampPlanMoveTo | BarcampPlanSwapWith | BarcampPlanMergeInto,
    back: Row,
    count: int,
) -> InlineKeyboardMarkup:
    label = tr.plain(lang, "barcamp-plan-confirm-button", count=count)
    return markup([[button(fit(label, LABEL_BUDGETS[1]), yes)], back])


def confirm_back(tr: Translator, lang: str, *, barcamp_id: int = 0, session_id: int = 0) -> Row:
    """Cancel: back to the plan (announcing) or to the session (a fix); nothing changes."""
    label = tr.plain(lang, "barcamp-plan-cancel-button")
    if session_id:
        return [button(label, BarcampPlanPick(session_id))]
    return [button(label, BarcampPlanScreen(barcamp_id))]


def mine_button(tr: Translator, lang: str, barcamp_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "barcamp-plan-mine-button"), BarcampMine(barcamp_id))]])


def mine(
    tr: Translator, lang: str, barcamp_id: int, workshop_id: int, any_sessions: bool
) -> InlineKeyboardMarkup:
    rows: list[Row] = []
    if any_sessions:
        rows.append([button(tr.plain(lang, "barcamp-plan-ics-button"), BarcampMineIcs(barcamp_id))])
    rows.append([button(tr.plain(lang, "barcamp-plan-home-button"), BarcampHome(workshop_id))])
    return markup(rows)
