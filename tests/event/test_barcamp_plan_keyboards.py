"""Every keyboard of the BarCamp plan, in every language, with long data, fits a phone; the
plan screen's numbered buttons reach every session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from telegram import InlineKeyboardMarkup

from bot.callback_event import (
    BarcampPlanMergeInto,
    BarcampPlanPick,
    BarcampPlanStep,
    BarcampPlanSwapWith,
)
from bot.domain.barcamp import Barcamp, CampRoom, CampSession, CampSlot, Phase
from bot.domain.barcamp_plan import PlanView, build_plan, current_plan
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.i18n import Translator, escape
from bot.keyboards import barcamp_plan as kb
from bot.render import barcamp_plan as render
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
START = datetime(2027, 5, 8, 8, 0, tzinfo=UTC)
WORKSHOP = Workshop(
    7,
    1,
    WorkshopKind.KICKOFF,
    LocalizedName({"en": "BarCamp Karlsruhe"}),
    START,
    START + timedelta(hours=6),
    "Europe/Berlin",
    WorkshopStatus.PUBLISHED,
)
ROOMS = tuple(
    CampRoom(i, f"Großer Sitzungssaal im Rathaus Nummer {i}", 120, frozenset({"de", "ru"}), None, i)
    for i in range(1, 6)
)
SLOTS = tuple(
    CampSlot(i, START + timedelta(hours=i), START + timedelta(hours=i, minutes=45), i)
    for i in range(1, 5)
)


def view(phase: Phase, locked: bool = False) -> PlanView:
    sessions = [
        CampSession(i, 1, "Т" * 80, "", "de", None, frozenset({i}), 100 - i) for i in range(1, 41)
    ]
    plan = build_plan(ROOMS, SLOTS, sessions)
    placed = [
        replace(s, room_id=c.room_id, slot_id=c.slot_id, locked=locked)
        if (c := plan.cell(s.id))
        else s
        for s in sessions
    ]
    camp = Barcamp(1, 7, phase, 3, START)
    return PlanView(
        camp, WORKSHOP, ROOMS, SLOTS, tuple(placed), current_plan(ROOMS, SLOTS, placed), {}
    )


def cases() -> Iterator[tuple[str, Callable[[str], InlineKeyboardMarkup]]]:
    for phase in (Phase.INTEREST, Phase.BUILD, Phase.ANNOUNCED):
        yield "plan_screen", lambda lang, p=phase: kb.plan_screen(TR, lang, view(p))
    for locked in (False, True):
        v = view(Phase.BUILD, locked)
        yield "session_screen", lambda lang, v=v: kb.session_screen(TR, lang, v, 1)
        yield "session_screen", lambda lang, v=v: kb.session_screen(TR, lang, v, 40)
    v = view(Phase.BUILD)
    yield "slots", lambda lang: kb.slots(TR, lang, v, 1)
    yield "rooms", lambda lang: kb.rooms(TR, lang, v, 1, 1)
    for kind in (BarcampPlanSwapWith, BarcampPlanMergeInto):
        yield "others", lambda lang, k=kind: kb.others(TR, lang, v, 1, k, list(range(2, 41)))
    yes = BarcampPlanStep(1, "announce_yes")
    for count in (0, 1, 2, 5, 21, 123456):
        yield (
            "confirm",
            lambda lang, c=count: kb.confirm(
                TR, lang, yes, kb.confirm_back(TR, lang, session_id=1), c
            ),
        )
    yield "mine_button", lambda lang: kb.mine_button(TR, lang, 1)
    for any_sessions in (False, True):
        yield "mine", lambda lang, a=any_sessions: kb.mine(TR, lang, 1, 7, a)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_barcamp_plan_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = {}
    for name, build in cases():
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        for text, width, budget in over_budget_labels(rows):
            problems[f"{text!r} is {width}, budget {budget}"] = name
    assert not problems


def test_the_plan_screen_numbers_every_session_within_telegram_limits() -> None:
    markup = kb.plan_screen(TR, "de", view(Phase.BUILD))
    picks = [
        BarcampPlanPick.unpack(str(b.callback_data)) for row in markup.inline_keyboard for b in row
    ]
    numbered = [p.session_id for p in picks if p is not None]
    assert sorted(numbered) == list(range(1, 41))
    assert sum(len(row) for row in markup.inline_keyboard) <= 100


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_the_texts_of_a_big_camp_fit_a_telegram_message(language: str) -> None:
    """40 proposals with 80-character titles and long room names: the organiser's screen and
    a person's announcement with 20 sessions stay within 4096 characters."""
    v = view(Phase.ANNOUNCED)
    screen = escape(render.organiser_text(TR, language, v))
    announced = TR.html(
        language,
        "barcamp-plan-announced-text",
        plan=render.plan_text(TR, language, v),
        sessions=render.session_lines(TR, language, v, v.order()[:20]),
        count=20,
    )
    assert len(screen) < 4000 and len(announced) < 4096
    assert "40." in screen  # every session still has its number


def test_my_sessions_mark_two_at_the_same_time() -> None:
    v = view(Phase.ANNOUNCED)
    first_slot = [p.session_id for p in v.in_slot(SLOTS[0].id)]
    other_slot = [p.session_id for p in v.in_slot(SLOTS[1].id)]
    clash = render.mine_text(TR, "de", v, [first_slot[0], first_slot[1], other_slot[0]])
    assert clash.count("gleichzeitig mit einer anderen deiner Sessions") == 2
    calm = render.mine_text(TR, "de", v, [first_slot[0], other_slot[0]])
    assert "gleichzeitig mit einer anderen deiner Sessions" not in calm
