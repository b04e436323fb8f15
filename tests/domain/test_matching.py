"""The matching algorithm: constraints always hold, results are deterministic, wishes count."""

from __future__ import annotations

import random

from bot.domain.matching import (
    MatchIdea,
    MatchPerson,
    MatchSettings,
    Unplaced,
    match,
)

KA, KR = 1, 2  # Karlsruhe, Krasnodar


def person(
    pid: int,
    city: int,
    *,
    wants: set[int] = frozenset(),
    votes: set[int] = frozenset(),
    interests: set[int] = frozenset(),
    languages: set[str] = frozenset({"en"}),
) -> MatchPerson:
    return MatchPerson(
        pid, city, frozenset(languages), frozenset(interests), frozenset(wants), frozenset(votes)
    )


def planted(
    seed: int, people: int = 120, ideas: int = 15
) -> tuple[list[MatchIdea], list[MatchPerson]]:
    rng = random.Random(seed)
    idea_list = [
        MatchIdea(i, rng.choice([KA, KR]), frozenset(rng.sample(range(1, 5), 2)))
        for i in range(1, ideas + 1)
    ]
    crowd = []
    for pid in range(1, people + 1):
        city = KA if pid % 2 else KR
        crowd.append(
            person(
                pid,
                city,
                wants=set(rng.sample(range(1, ideas + 1), rng.choice([0, 1, 2]))),
                votes=set(rng.sample(range(1, ideas + 1), 3)),
                interests=set(rng.sample(range(1, 5), 2)),
                languages={rng.choice(["de", "ru"]), "en"}
                if rng.random() < 0.5
                else {rng.choice(["de", "ru"])},
            )
        )
    return idea_list, crowd


def test_sizes_cities_and_one_team_per_person_always_hold() -> None:
    settings = MatchSettings(min_size=3, max_size=6)
    for seed in range(8):
        ideas, people = planted(seed)
        result = match(ideas, people, settings)
        seen: set[int] = set()
        for team in result.teams:
            assert settings.min_size <= len(team.members) <= settings.max_size
            assert len(team.cities) >= 2
            assert not seen & set(team.members)
            seen |= set(team.members)
        assert result.placed == len(seen)
        assert set(result.unplaced) == {p.id for p in people} - seen


def test_same_input_same_result() -> None:
    ideas, people = planted(42)
    first = match(ideas, people)
    again = match(list(reversed(ideas)), list(reversed(people)))
    assert first.teams == again.teams and first.unplaced == again.unplaced


def test_a_person_who_asked_for_an_idea_gets_one_they_asked_for_when_possible() -> None:
    ideas = [MatchIdea(1, KA, frozenset({1})), MatchIdea(2, KR, frozenset({1}))]
    people = [
        person(1, KA, wants={2}, interests={1}),
        person(2, KA, interests={1}),
        person(3, KR, interests={1}),
        person(4, KR, wants={1}, interests={1}),
        person(5, KA, interests={1}),
        person(6, KR, interests={1}),
    ]
    result = match(ideas, people, MatchSettings(min_size=3, max_size=3))
    assert result.team_of(1).idea_id == 2  # type: ignore[union-attr]
    assert result.team_of(4).idea_id == 1  # type: ignore[union-attr]
    assert result.reasons[(1, 2)].wanted


def test_single_city_interest_is_reported_and_not_formed() -> None:
    ideas = [MatchIdea(1, KA, frozenset({1})), MatchIdea(2, KA, frozenset({2}))]
    people = (
        [person(p, KA, interests={1}) for p in range(1, 6)]
        + [person(p, KR, interests={2}) for p in range(6, 8)]
        + [person(p, KA, interests={2}) for p in range(8, 10)]
        + [person(99, KR)]
    )
    result = match(ideas, people, MatchSettings(min_size=3, max_size=8))
    assert result.ideas_without_partner_interest == (1,)
    assert [t.idea_id for t in result.teams] == [2]
    assert result.unplaced[99] is Unplaced.NO_SIGNAL
    assert result.unplaced[1] is Unplaced.NO_PARTNER  # idea 1 interests Karlsruhe only


def test_too_small_teams_are_dissolved_and_people_go_elsewhere() -> None:
    ideas = [MatchIdea(1, KA, frozenset({1})), MatchIdea(2, KR, frozenset({2}))]
    people = [
        person(1, KA, wants={1}, interests={2}),
        person(2, KR, wants={1}, interests={2}),
        person(3, KA, interests={2}),
        person(4, KR, interests={2}),
    ]
    result = match(ideas, people, MatchSettings(min_size=3, max_size=8))
    assert [t.idea_id for t in result.teams] == [2]
    assert result.team_of(1).members == (1, 2, 3, 4)  # type: ignore[union-attr]


def test_language_flag_and_reasons() -> None:
    ideas = [MatchIdea(1, KA, frozenset({1}))]
    people = [
        person(1, KA, interests={1}, languages={"de"}),
        person(2, KR, interests={1}, languages={"ru"}),
        person(3, KR, interests={1}, languages={"ru", "de"}),
    ]
    result = match(ideas, people)
    team = result.teams[0]
    assert team.needs_interpretation
    assert result.reasons[(3, 1)].shared_languages == {"ru", "de"}
    assert result.reasons[(1, 1)].themes == {1}


def test_excluded_dropped_and_fixed() -> None:
    ideas = [MatchIdea(1, KA, frozenset({1})), MatchIdea(2, KR, frozenset({1}))]
    people = [person(p, KA if p % 2 else KR, interests={1}) for p in range(1, 9)]
    result = match(
        ideas, people, MatchSettings(min_size=3, max_size=4), dropped=[2], excluded=[(1, 1)]
    )
    assert [t.idea_id for t in result.teams] == [1]
    assert 1 not in result.teams[0].members
    fixed = {2: [person(50, KA), person(51, KR), person(52, KR)]}
    result = match(ideas, people, MatchSettings(min_size=3, max_size=4), fixed=fixed)
    team2 = next(t for t in result.teams if t.idea_id == 2)
    assert {50, 51, 52} <= set(team2.members) and len(team2.members) == 4


def test_a_team_on_an_idea_outside_the_round_keeps_its_members_out_and_is_not_proposed() -> None:
    ideas = [MatchIdea(1, KA, frozenset({1})), MatchIdea(2, KR, frozenset({1}))]
    people = [person(p, KA if p % 2 else KR, interests={1}) for p in range(1, 9)]
    fixed = {9: [person(3, KA), person(4, KR), person(5, KA)]}  # idea 9 is not in the round
    result = match(ideas, people, MatchSettings(min_size=2, max_size=4), fixed=fixed)
    placed = {m for t in result.teams for m in t.members}
    assert 9 not in {t.idea_id for t in result.teams}
    assert not placed & {3, 4, 5} and placed


def test_ours_places_at_least_as_many_as_greedy_and_more_on_wishes() -> None:
    from bench.matching_baselines import greedy

    for seed in range(5):
        ideas, people = planted(seed, people=150, ideas=20)
        settings = MatchSettings(min_size=3, max_size=8)
        ours, theirs = match(ideas, people, settings), greedy(ideas, people, settings)
        wished = {p.id: p.wants for p in people}

        def on_wish(result, wished=wished):
            return sum(1 for t in result.teams for m in t.members if t.idea_id in wished[m])

        assert ours.placed >= theirs.placed
        assert on_wish(ours) >= on_wish(theirs)


def test_unplaced_people_are_told_apart_by_why() -> None:
    """Full team, dropped idea, too few people: each unplaced person gets the telling reason."""
    ideas = [MatchIdea(1, KA), MatchIdea(2, KR), MatchIdea(3, KA), MatchIdea(4, KA)]
    people = [
        *(person(p, KA if p % 2 else KR, wants={1}) for p in range(1, 5)),  # 4 want idea 1
        person(5, KA, votes={1}),  # idea 1 is full (max 4) with people who want it more
        person(6, KA, wants={2}),  # idea 2 is dropped by the organiser
        person(7, KA, wants={3}),
        person(8, KR, wants={3}),  # idea 3: both cities, but two people are too few
        person(9, KR, votes={4}),  # idea 4 interests nobody in Karlsruhe
    ]
    result = match(ideas, people, MatchSettings(min_size=3, max_size=4), dropped=[2])
    assert result.team_of(1).members == (1, 2, 3, 4)  # type: ignore[union-attr]
    assert result.unplaced == {
        5: Unplaced.FULL,
        6: Unplaced.DROPPED,
        7: Unplaced.NO_TEAM,
        8: Unplaced.NO_TEAM,
        9: Unplaced.NO_PARTNER,
    }
