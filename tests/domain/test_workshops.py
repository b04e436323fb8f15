from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.texts import LocalizedName
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import (
    RegistrationStatus,
    SeatCounts,
    SignupProblem,
    Waiting,
    Workshop,
    WorkshopInputError,
    WorkshopKind,
    WorkshopStatus,
    crossed_alerts,
    has_free_seat,
    next_offer,
    offer_deadline,
    parse_local_datetime,
    reminder_times,
    seats_left,
    signup_problem,
    validate_capacity,
)

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def workshop(**changes: object) -> Workshop:
    base = Workshop(
        1,
        1,
        WorkshopKind.MATCH_SPRINT,
        LocalizedName({"en": "M&S"}),
        NOW + timedelta(days=10),
        NOW + timedelta(days=10, hours=3),
        "Europe/Berlin",
        status=WorkshopStatus.PUBLISHED,
        capacity=30,
        city_quotas={1: 15, 2: 15},
    )
    return Workshop(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_quotas_bind_their_city_and_capacity_binds_all() -> None:
    w = workshop()
    assert has_free_seat(w, SeatCounts(14, {1: 14}), 1)
    assert not has_free_seat(w, SeatCounts(15, {1: 15}), 1)
    assert has_free_seat(w, SeatCounts(15, {1: 15}), 2)
    # a city without a quota shares what is left of the total
    assert seats_left(w, SeatCounts(29, {1: 15, 2: 14}), 3) == 1
    assert seats_left(workshop(capacity=None, city_quotas={}), SeatCounts(999), 1) is None


def test_offer_goes_to_first_waiting_person_whose_city_has_room() -> None:
    w = workshop()
    held = SeatCounts(29, {1: 15, 2: 14})
    waiting = [Waiting(10, 100, 1), Waiting(11, 101, 2), Waiting(12, 102, 2)]
    assert next_offer(w, held, waiting) == Waiting(11, 101, 2)


def test_offer_window_is_shorter_close_to_the_start() -> None:
    assert offer_deadline(NOW, NOW + timedelta(days=5)) == NOW + timedelta(hours=24)
    assert offer_deadline(NOW, NOW + timedelta(hours=10)) == NOW + timedelta(hours=5)
    assert offer_deadline(NOW, NOW + timedelta(minutes=20)) == NOW + timedelta(minutes=30)


def test_reminders_only_in_the_future() -> None:
    w = workshop(starts_at=NOW + timedelta(hours=10))
    assert reminder_times(w, NOW) == [(2, NOW + timedelta(hours=8))]


def test_alerts_cross_50_80_100() -> None:
    assert crossed_alerts(10, 4, 5) == [50]
    assert crossed_alerts(10, 5, 6) == []
    assert crossed_alerts(10, 7, 10) == [80, 100]
    assert crossed_alerts(None, 0, 100) == []


def test_signup_problems() -> None:
    assert signup_problem(workshop(), NOW, None) is None
    assert signup_problem(workshop(), NOW, RegistrationStatus.WAITLISTED) is SignupProblem.ALREADY
    assert signup_problem(workshop(), NOW, RegistrationStatus.CANCELLED) is None
    assert (
        signup_problem(workshop(status=WorkshopStatus.DRAFT), NOW, None) is SignupProblem.NOT_OPEN
    )
    assert signup_problem(workshop(registration_deadline=NOW), NOW, None) is SignupProblem.CLOSED


@pytest.mark.parametrize("raw", ["0", "-1", "10001", "1.5", "", "ten"])
def test_capacity_must_be_a_positive_whole_number(raw: str) -> None:
    with pytest.raises(WorkshopInputError):
        validate_capacity(raw)


def test_local_times_are_read_in_the_city_zone() -> None:
    moment = parse_local_datetime("24.04.2027 18:30", "Europe/Moscow")
    assert moment.astimezone(UTC) == datetime(2027, 4, 24, 15, 30, tzinfo=UTC)
    end = parse_local_datetime("21:00", "Europe/Moscow", day=moment)
    assert end - moment == timedelta(hours=2, minutes=30)


def test_draft_round_trips_and_refuses_steps_out_of_order() -> None:
    draft = WorkshopDraft(1, "de", "Europe/Berlin")
    with pytest.raises(WorkshopInputError):
        draft.skip()  # 'kind' cannot be skipped
    draft.choose_kind(WorkshopKind.KICKOFF)
    draft.enter_text("Auftakt", NOW)
    assert WorkshopDraft.from_dict(draft.to_dict()) == draft
