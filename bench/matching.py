"""Matching quality and speed on generated partnerships with planted preferences.

People of two cities each want to work on 0-2 ideas (the planted wishes), vote for three and
have two theme interests. Prints, for ours and two baselines, the share of people placed, the
share placed on an idea they asked for, and constraint violations; then the run time of ours
for 5,000 people and 500 ideas. Run: python -m bench.matching
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence

from bench.common import result
from bench.matching_baselines import greedy, random_teams
from bot.domain.matching import MatchIdea, MatchPerson, MatchResult, MatchSettings, match

LANGUAGES = ("de", "ru", "uk", "be", "en")


def partnership(people: int, ideas: int, seed: int) -> tuple[list[MatchIdea], list[MatchPerson]]:
    rng = random.Random(seed)
    idea_list = [
        MatchIdea(i, rng.choice((1, 2)), frozenset(rng.sample(range(1, 7), 2)))
        for i in range(1, ideas + 1)
    ]
    # A few ideas are popular, as in a real workshop room.
    weights = [1 / (rank**0.7) for rank in range(1, ideas + 1)]
    crowd = []
    for pid in range(1, people + 1):
        city = 1 if pid % 2 else 2
        home = "de" if city == 1 else rng.choice(("ru", "uk", "be"))
        spoken = {home} | ({"en"} if rng.random() < 0.6 else set())
        wants = set(rng.choices(range(1, ideas + 1), weights, k=rng.choice((0, 1, 1, 2))))
        votes = set(rng.choices(range(1, ideas + 1), weights, k=3))
        crowd.append(
            MatchPerson(
                pid,
                city,
                frozenset(spoken),
                frozenset(rng.sample(range(1, 7), 2)),
                frozenset(wants),
                frozenset(votes),
            )
        )
    return idea_list, crowd


def violations(res: MatchResult, settings: MatchSettings) -> int:
    seen: set[int] = set()
    bad = 0
    for team in res.teams:
        bad += not settings.min_size <= len(team.members) <= settings.max_size
        bad += len(team.cities) < settings.min_cities
        bad += len(seen & set(team.members))
        seen |= set(team.members)
    return bad


def evaluate(
    name: str,
    run: Callable[[], MatchResult],
    people: Sequence[MatchPerson],
    settings: MatchSettings,
) -> tuple[float, float]:
    began = time.perf_counter()
    res = run()
    elapsed = time.perf_counter() - began
    wishes = {p.id: p.wants for p in people}
    placed = res.placed / len(people)
    asked = sum(1 for p in people if p.wants)
    on_wish = sum(1 for t in res.teams for m in t.members if t.idea_id in wishes[m]) / max(1, asked)
    print(
        f"{name:<8} teams {len(res.teams):>3}  placed {placed:6.1%}  "
        f"on an idea they asked for {on_wish:6.1%} (of {asked} who asked)  "
        f"violations {violations(res, settings)}  time {elapsed * 1000:7.1f} ms"
    )
    return placed, on_wish


def main() -> None:
    settings = MatchSettings(min_size=3, max_size=8)
    ideas, people = partnership(300, 40, seed=2027)
    print("300 people, 40 ideas, two cities, five languages, team size 3-8")
    ours = evaluate("ours", lambda: match(ideas, people, settings), people, settings)
    base = evaluate("greedy", lambda: greedy(ideas, people, settings), people, settings)
    evaluate("random", lambda: random_teams(ideas, people, settings), people, settings)
    big_ideas, big_people = partnership(5000, 500, seed=7)
    began = time.perf_counter()
    big = match(big_ideas, big_people, settings)
    seconds = time.perf_counter() - began
    print(
        f"5000 people, 500 ideas: {len(big.teams)} teams, {big.placed} placed, "
        f"violations {violations(big, settings)}, {seconds:.2f} s"
    )
    print(
        f"ours vs greedy: placed {ours[0]:.1%} vs {base[0]:.1%}, "
        f"on asked-for idea {ours[1]:.1%} vs {base[1]:.1%}"
    )
    quality = ours[0] >= base[0] and ours[1] > base[1]
    print(
        f"quality target (placed >= greedy and more on asked-for ideas): "
        f"{'met' if quality else 'NOT met'}"
    )
    print(result("match_5000_seconds", seconds if quality else float("inf"), "<", 5, digits=2))


if __name__ == "__main__":
    main()
