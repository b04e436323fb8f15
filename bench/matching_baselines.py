"""Baselines the matching benchmark compares ours with: greedy and random."""

from __future__ import annotations

import random
from collections.abc import Sequence

from bot.domain.matching import (
    MatchIdea,
    MatchPerson,
    MatchResult,
    MatchSettings,
    ProposedTeam,
    Unplaced,
    interest,
)


def _result(
    teams: dict[int, list[MatchPerson]], people: Sequence[MatchPerson], settings: MatchSettings
) -> MatchResult:
    valid = []
    for idea_id, members in sorted(teams.items()):
        if (
            len(members) >= settings.min_size
            and len({p.city_id for p in members}) >= settings.min_cities
        ):
            cities: dict[int, int] = {}
            for p in members:
                cities[p.city_id] = cities.get(p.city_id, 0) + 1
            common = frozenset.intersection(*(p.languages for p in members))
            valid.append(
                ProposedTeam(idea_id, tuple(sorted(p.id for p in members)), cities, common)
            )
    placed = {m for t in valid for m in t.members}
    return MatchResult(
        tuple(valid), {p.id: Unplaced.NO_TEAM for p in people if p.id not in placed}, ()
    )


def greedy(
    ideas: Sequence[MatchIdea], people: Sequence[MatchPerson], settings: MatchSettings
) -> MatchResult:
    """Most popular ideas first; each takes its most interested free people."""
    free = {p.id: p for p in people}
    popularity = sorted(ideas, key=lambda i: (-sum(interest(p, i) for p in people), i.id))
    teams: dict[int, list[MatchPerson]] = {}
    for idea in popularity:
        keen = sorted(
            (p for p in free.values() if interest(p, idea) > 0),
            key=lambda p: (-interest(p, idea), p.id),
        )[: settings.max_size]
        if len(keen) >= settings.min_size and len({p.city_id for p in keen}) >= settings.min_cities:
            teams[idea.id] = keen
            for p in keen:
                del free[p.id]
    return _result(teams, people, settings)


def random_teams(
    ideas: Sequence[MatchIdea],
    people: Sequence[MatchPerson],
    settings: MatchSettings,
    seed: int = 1,
) -> MatchResult:
    """Everyone to a random idea (up to the team size), then invalid teams are dissolved."""
    rng = random.Random(seed)
    teams: dict[int, list[MatchPerson]] = {}
    for person in rng.sample(list(people), len(people)):
        idea = rng.choice(list(ideas))
        if len(teams.setdefault(idea.id, [])) < settings.max_size:
            teams[idea.id].append(person)
    return _result(teams, people, settings)
