"""Dot voting: when a vote may be cast, and what a merge does to votes."""

from __future__ import annotations

from bot.domain.ideas import (
    Idea,
    IdeaSettings,
    IdeaStatus,
    IdeaText,
    VoteProblem,
    merge_votes,
    vote_problem,
)

OPEN = IdeaSettings(partnership_id=1, voting_open=True, vote_budget=3)
AUTHOR, VOTER = 10, 20


def idea(status: IdeaStatus = IdeaStatus.PUBLISHED) -> Idea:
    return Idea(
        id=1,
        partnership_id=1,
        author_id=AUTHOR,
        city_id=1,
        language="de",
        original=IdeaText("Stadtgrün", "Bäume für die Innenstadt"),
        status=status,
    )


def test_a_published_idea_takes_a_vote_within_the_budget() -> None:
    assert vote_problem(OPEN, idea(), VOTER, used=2, already=False) is None


def test_the_budget_is_a_hard_limit() -> None:
    assert vote_problem(OPEN, idea(), VOTER, used=3, already=False) is VoteProblem.BUDGET


def test_one_dot_per_idea_and_none_for_ones_own() -> None:
    assert vote_problem(OPEN, idea(), VOTER, used=0, already=True) is VoteProblem.ALREADY
    assert vote_problem(OPEN, idea(), AUTHOR, used=0, already=False) is VoteProblem.OWN


def test_no_votes_while_voting_is_closed_or_on_unpublished_ideas() -> None:
    closed = IdeaSettings(partnership_id=1, voting_open=False)
    assert vote_problem(closed, idea(), VOTER, 0, False) is VoteProblem.CLOSED
    for status in (IdeaStatus.SUBMITTED, IdeaStatus.HIDDEN, IdeaStatus.MERGED):
        assert vote_problem(OPEN, idea(status), VOTER, 0, False) is VoteProblem.NOT_VOTABLE


def test_closed_voting_is_reported_before_anything_else() -> None:
    closed = IdeaSettings(partnership_id=1, voting_open=False, vote_budget=0)
    assert vote_problem(closed, idea(), AUTHOR, 5, True) is VoteProblem.CLOSED


def test_a_merge_moves_votes_and_gives_back_double_ones() -> None:
    moved, refunded = merge_votes([1, 2, 3], [3, 4])
    assert moved == {1, 2}
    assert refunded == {3}
