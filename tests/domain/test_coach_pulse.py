"""A coach's view of a team: the mood trend in words and the members with an open blocker."""

from __future__ import annotations

from datetime import date

from bot.domain.checkins import MemberLatest, MemberPulse, TeamPulse, Trend, mood_trend

DAY = date(2026, 3, 10)


def test_the_trend_compares_the_newest_round_with_the_one_before() -> None:
    assert mood_trend([]) is Trend.UNKNOWN
    assert mood_trend([3.0]) is Trend.UNKNOWN
    assert mood_trend([2.0, 3.0, 4.5]) is Trend.UP
    assert mood_trend([4.5, 3.0]) is Trend.DOWN
    assert mood_trend([3.0, 3.4]) is Trend.STEADY  # less than half a point is steady
    assert mood_trend([3.0, 3.5]) is Trend.UP


def test_only_a_written_blocker_in_the_newest_answers_counts_as_open() -> None:
    blocked = MemberPulse(1, None, None, MemberLatest(DAY, "de", {"blocking": "Kein Geld"}, 4))
    fine = MemberPulse(2, None, None, MemberLatest(DAY, "ru", {"moved": "Всё хорошо"}, 5))
    silent = MemberPulse(3, None, None, None)
    pulse = TeamPulse(1, "Grüne Innenstadt", (blocked, fine, silent), DAY, (3.0, 4.5), DAY)
    assert pulse.blocked == (blocked,)
    assert pulse.trend is Trend.UP
    assert blocked.latest is not None and blocked.latest.blocker == "Kein Geld"
