"""The new-workshop wizard's steps as pure rules: back keeps answers, an answer goes on to the
first open step, a new place keeps the wall clock, clock-change nights are asked about."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import WorkshopInputError, WorkshopKind

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
BERLIN, MOSCOW = "Europe/Berlin", "Europe/Moscow"


def ready() -> WorkshopDraft:
    """A draft at the preview: Karlsruhe (city 1), 10 March 2026 18:00–21:00."""
    draft = WorkshopDraft(1, "en", BERLIN)
    draft.choose_kind(WorkshopKind.KICKOFF)
    draft.enter_text("Kick-off", NOW)
    draft.skip()  # no description
    draft.choose_place(1, BERLIN, NOW)
    draft.enter_text("Rathaus", NOW)
    draft.choose_day(date(2026, 3, 10), NOW)
    draft.choose_start(time(18), NOW)
    draft.choose_duration(180)
    return draft


def test_the_main_steps_run_in_order_to_the_preview() -> None:
    draft = ready()
    assert draft.step == "review"
    assert draft.starts_at == datetime(2026, 3, 10, 18, tzinfo=ZoneInfo(BERLIN))


def test_back_keeps_answers_and_the_next_answer_goes_to_the_first_open_step() -> None:
    draft = WorkshopDraft(1, "en", BERLIN)
    draft.choose_kind(WorkshopKind.OTHER)
    draft.enter_text("Meeting", NOW)
    draft.back()
    assert (draft.step, draft.title) == ("title", "Meeting")
    draft.back()
    assert draft.step == "kind"
    with pytest.raises(WorkshopInputError):
        draft.back()  # nothing before the first step
    draft.choose_kind(WorkshopKind.KICKOFF)
    assert draft.step == "description"  # the title is answered already


def test_an_edit_from_the_preview_returns_to_it() -> None:
    draft = ready()
    draft.edit("venue")
    assert draft.step == "address"
    with pytest.raises(WorkshopInputError):
        draft.edit("title")  # only from the preview
    draft.enter_text("Bibliothek", NOW)
    assert (draft.step, draft.address) == ("review", "Bibliothek")


def test_a_new_city_keeps_the_wall_clock_and_online_asks_for_a_link() -> None:
    draft = ready()
    draft.edit("place")
    draft.choose_place(2, MOSCOW, NOW)
    assert draft.step == "address"  # another city: its address
    draft.enter_text("Красная, 1", NOW)
    assert draft.step == "review"
    assert draft.starts_at == datetime(2026, 3, 10, 18, tzinfo=ZoneInfo(MOSCOW))
    assert draft.duration_minutes() == 180
    draft.edit("place")
    draft.choose_place(None, MOSCOW, NOW)
    assert draft.step == "link"


def test_a_new_day_in_the_spring_gap_asks_about_the_time() -> None:
    draft = ready()
    draft.edit("time")
    draft.enter_text("02:30", NOW)  # on 10 March: exists
    draft.edit("date")
    draft.choose_day(date(2026, 3, 29), NOW)  # 02:30 is skipped that night
    assert draft.step == "time_check"
    assert draft.time_options() == [datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo(BERLIN))]


def test_days_gone_by_and_buttons_out_of_turn_are_refused() -> None:
    draft = ready()
    draft.edit("date")
    with pytest.raises(WorkshopInputError, match="day-past"):
        draft.choose_day(date(2026, 3, 1), NOW)
    with pytest.raises(WorkshopInputError):
        draft.choose_duration(180)  # not the duration step
    with pytest.raises(WorkshopInputError):
        draft.choose_start(time(18), NOW)


def test_a_draft_stored_by_the_old_wizard_goes_on() -> None:
    old = ready().to_dict()
    del old["answered"], old["day"], old["month"], old["prompt_message_id"]
    old["step"] = "end"  # the old wizard's typed end
    draft = WorkshopDraft.from_dict(old)
    assert draft.step == "duration"
    assert {"kind", "title", "place", "address", "date", "time"} <= set(draft.answered)


def test_the_organisers_own_city_is_taken_and_another_can_be_chosen() -> None:
    draft = WorkshopDraft(1, "en", BERLIN)
    draft.start_at_home(1, "Rathaus")
    draft.choose_kind(WorkshopKind.OTHER)
    draft.enter_text("Planning", NOW)
    draft.skip()  # no description
    assert (draft.step, draft.city_id, draft.last_address) == ("address", 1, "Rathaus")
    assert WorkshopDraft.from_dict(draft.to_dict()).home_city  # survives a restart
    draft.back()
    assert draft.step == "description"  # the city was not asked: back skips it
    draft.skip()
    draft.other_place()
    assert draft.step == "place"
    draft.choose_place(None, BERLIN, NOW)
    assert draft.step == "link"
    draft.back()
    assert draft.step == "place"  # asked now: back leads to it
    with pytest.raises(WorkshopInputError):
        draft.other_place()  # only from the address step of the organiser's own city
