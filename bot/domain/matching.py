"""Matching people of partner cities into mixed teams around ideas.

The assignment itself (each person to at most one idea, each idea up to `max_size` people,
maximum total interest) is a bipartite b-matching: its linear programme is totally unimodular,
so the HiGHS simplex in SciPy returns an integral optimum. The rules a flow cannot express
(at least `min_size` members, people from at least two cities) are enforced by repair rounds:
teams that break them are dropped, weakest first, and the rest is solved again. Same input,
same result: candidates and ties are ordered deterministically.
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

# Interest weights: wanting to work on an idea beats a vote, which beats a shared theme.
WANT = 100
VOTE = 30
THEME = 5
MAX_THEMES = 3
CANDIDATES_PER_PERSON = 12


@dataclass(frozen=True)
class MatchSettings:
    min_size: int = 3
    max_size: int = 8
    min_cities: int = 2


@dataclass(frozen=True)
class MatchIdea:
    id: int
    city_id: int | None
    themes: frozenset[int] = frozenset()
    author_id: int | None = None


@dataclass(frozen=True)
class MatchPerson:
    id: int
    city_id: int
    languages: frozenset[str] = frozenset()
    interests: frozenset[int] = frozenset()
    wants: frozenset[int] = frozenset()  # ideas they said they want to work on
    votes: frozenset[int] = frozenset()


class Unplaced(enum.StrEnum):
    """Why a person got no proposal, most telling first (the organiser reads it in words)."""

    NO_SIGNAL = "no-signal"  # no idea they showed any interest in (or declined them all)
    DROPPED = "dropped"  # the organiser dropped every idea they were interested in
    FULL = "full"  # a team for one of their ideas is full (max_size) with others
    NO_PARTNER = "no-partner"  # nobody from a partner city is interested in their ideas
    NO_TEAM = "no-team"  # too few people for a valid team (size, both cities) on their ideas


@dataclass(frozen=True)
class Reason:
    """Why a person was placed on an idea, in words the handlers translate."""

    wanted: bool = False
    voted: bool = False
    themes: frozenset[int] = frozenset()
    shared_languages: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ProposedTeam:
    idea_id: int
    members: tuple[int, ...]
    cities: Mapping[int, int]
    common_languages: frozenset[str]

    @property
    def needs_interpretation(self) -> bool:
        return not self.common_languages


@dataclass(frozen=True)
class MatchResult:
    teams: tuple[ProposedTeam, ...]
    unplaced: Mapping[int, Unplaced]
    ideas_without_partner_interest: tuple[int, ...]
    reasons: Mapping[tuple[int, int], Reason] = field(default_factory=dict)

    def team_of(self, person_id: int) -> ProposedTeam | None:
        return next((t for t in self.teams if person_id in t.members), None)

    @property
    def placed(self) -> int:
        return sum(len(t.members) for t in self.teams)


def interest(person: MatchPerson, idea: MatchIdea) -> int:
    """How much this person cares about this idea (0: not at all)."""
    score = 0
    if idea.id in person.wants or idea.author_id == person.id:
        score += WANT
    if idea.id in person.votes:
        score += VOTE
    score += THEME * min(MAX_THEMES, len(person.interests & idea.themes))
    return score


def reason(person: MatchPerson, idea: MatchIdea, teammates: Iterable[MatchPerson]) -> Reason:
    shared: set[str] = set()
    for other in teammates:
        if other.id != person.id:
            shared |= person.languages & other.languages
    return Reason(
        wanted=idea.id in person.wants or idea.author_id == person.id,
        voted=idea.id in person.votes,
        themes=person.interests & idea.themes,
        shared_languages=frozenset(shared),
    )


def match(
    ideas: Sequence[MatchIdea],
    people: Sequence[MatchPerson],
    settings: MatchSettings = MatchSettings(),
    *,
    excluded: Iterable[tuple[int, int]] = (),
    dropped: Iterable[int] = (),
    fixed: Mapping[int, Sequence[MatchPerson]] | None = None,
) -> MatchResult:
    """Propose teams. `excluded` (person, idea) pairs and `dropped` ideas are left out;
    `fixed` members are already in a team for that idea (they count, and stay)."""
    fixed = fixed or {}
    fixed_ids = {p.id for members in fixed.values() for p in members}
    ideas = sorted(ideas, key=lambda i: i.id)
    people = sorted((p for p in people if p.id not in fixed_ids), key=lambda p: p.id)
    blocked = set(excluded)
    idea_by_id = {i.id: i for i in ideas}
    # A team formed on an idea that is not matched this time (no longer published, say) keeps
    # its members out of the round, but is not proposed again.
    fixed = {i: members for i, members in fixed.items() if i in idea_by_id}
    active = {i.id for i in ideas} - set(dropped)

    # Candidate pairs: each person's strongest interests (deterministic order).
    pairs: list[tuple[int, int, int]] = []  # (person index, idea id, score)
    for p_index, person in enumerate(people):
        scored = [
            (interest(person, idea), idea.id)
            for idea in ideas
            if idea.id in active and (person.id, idea.id) not in blocked
        ]
        scored = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1]))
        pairs += [(p_index, idea_id, score) for score, idea_id in scored[:CANDIDATES_PER_PERSON]]

    without_partner = _ideas_without_partner_interest(ideas, people, pairs, fixed, settings)
    active -= set(without_partner) - set(fixed)
    assignment: dict[int, int] = {}
    while True:
        live = [pair for pair in pairs if pair[1] in active]
        assignment = _solve(live, people, active, settings, fixed)
        members: dict[int, list[MatchPerson]] = defaultdict(list)
        for idea_id, fixed_members in fixed.items():
            members[idea_id].extend(fixed_members)
        for p_index, idea_id in assignment.items():
            members[idea_id].append(people[p_index])
        invalid = [
            i
            for i in sorted(active)
            if i not in fixed and members.get(i) and not _valid(members[i], settings)
        ]
        if not invalid:
            break
        # First drop the ideas that can never make a valid team (too few interested people,
        # or all from one city); otherwise the weakest half of the invalid ones. Solve again.
        candidates: dict[int, list[MatchPerson]] = defaultdict(list)
        for p_index, idea_id, _ in live:
            candidates[idea_id].append(people[p_index])
        hopeless = [i for i in invalid if not _valid(candidates[i], settings)]
        if hopeless:
            active -= set(hopeless)
            continue
        strength = {i: sum(interest(p, idea_by_id[i]) for p in members[i]) for i in invalid}
        invalid.sort(key=lambda i: (strength[i], i))
        for idea_id in invalid[: max(1, len(invalid) // 2)]:
            active.discard(idea_id)

    teams = []
    reasons: dict[tuple[int, int], Reason] = {}
    for idea_id in sorted(members):
        team = members[idea_id]
        if not team or (idea_id not in fixed and not _valid(team, settings)):
            continue
        common = (
            frozenset.intersection(*(p.languages for p in team))
            if all(p.languages for p in team)
            else frozenset()
        )
        teams.append(
            ProposedTeam(
                idea_id,
                tuple(sorted(p.id for p in team)),
                dict(Counter(p.city_id for p in team)),
                common,
            )
        )
        for person in team:
            reasons[(person.id, idea_id)] = reason(person, idea_by_id[idea_id], team)
    placed = {m for t in teams for m in t.members}
    sizes = {t.idea_id: len(t.members) for t in teams}
    unplaced = {
        p.id: _why_unplaced(p, ideas, blocked, set(dropped), sizes, set(without_partner), settings)
        for p in people
        if p.id not in placed
    }
    return MatchResult(tuple(teams), unplaced, tuple(without_partner), reasons)


def _why_unplaced(
    person: MatchPerson,
    ideas: Sequence[MatchIdea],
    blocked: set[tuple[int, int]],
    dropped: set[int],
    sizes: Mapping[int, int],
    without_partner: set[int],
    settings: MatchSettings,
) -> Unplaced:
    liked = [i.id for i in ideas if (person.id, i.id) not in blocked and interest(person, i) > 0]
    if not liked:
        return Unplaced.NO_SIGNAL
    open_ideas = [i for i in liked if i not in dropped]
    if not open_ideas:
        return Unplaced.DROPPED
    if any(sizes.get(i, 0) >= settings.max_size for i in open_ideas):
        return Unplaced.FULL
    if all(i in without_partner for i in open_ideas):
        return Unplaced.NO_PARTNER
    return Unplaced.NO_TEAM


def _valid(team: Sequence[MatchPerson], settings: MatchSettings) -> bool:
    return len(team) >= settings.min_size and len({p.city_id for p in team}) >= settings.min_cities


def _ideas_without_partner_interest(
    ideas: Sequence[MatchIdea],
    people: Sequence[MatchPerson],
    pairs: Sequence[tuple[int, int, int]],
    fixed: Mapping[int, Sequence[MatchPerson]],
    settings: MatchSettings,
) -> list[int]:
    """Ideas that interest people of fewer than `min_cities` cities."""
    cities: dict[int, set[int]] = defaultdict(set)
    for p_index, idea_id, _ in pairs:
        cities[idea_id].add(people[p_index].city_id)
    for idea_id, members in fixed.items():
        cities[idea_id] |= {p.city_id for p in members}
    return [i.id for i in ideas if len(cities[i.id]) < settings.min_cities]


def _solve(
    pairs: Sequence[tuple[int, int, int]],
    people: Sequence[MatchPerson],
    active: set[int],
    settings: MatchSettings,
    fixed: Mapping[int, Sequence[MatchPerson]],
) -> dict[int, int]:
    """Maximum-interest assignment of people to ideas (person index -> idea id)."""
    # SciPy is imported here, not at start-up: it weighs ~60 MB and only matching needs it.
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix, vstack

    if not pairs:
        return {}
    ideas = sorted({idea_id for _, idea_id, _ in pairs})
    column = {idea_id: k for k, idea_id in enumerate(ideas)}
    n = len(pairs)
    person_rows = [p_index for p_index, _, _ in pairs]
    idea_rows = [column[idea_id] for _, idea_id, _ in pairs]
    # A tiny deterministic tie-break keeps equal-score choices stable between runs.
    weights = np.array(
        [score + 1e-4 * ((p * 7919 + i * 104729) % 997) / 997 for p, i, score in pairs]
    )
    a_people = coo_matrix((np.ones(n), (person_rows, range(n))), shape=(len(people), n))
    a_ideas = coo_matrix((np.ones(n), (idea_rows, range(n))), shape=(len(ideas), n))
    capacity = [settings.max_size - len(fixed.get(idea_id, ())) for idea_id in ideas]
    result = linprog(
        -weights,
        A_ub=vstack([a_people, a_ideas]).tocsr(),
        b_ub=np.concatenate([np.ones(len(people)), np.maximum(capacity, 0)]),
        bounds=(0, 1),
        method="highs",
    )
    if result.status != 0:  # cannot happen for this feasible problem; be safe anyway
        return {}
    chosen = np.flatnonzero(result.x > 0.5)
    return {pairs[int(k)][0]: pairs[int(k)][1] for k in chosen}
