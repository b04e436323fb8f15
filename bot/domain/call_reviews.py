"""Reviewing a call's applications: weighted totals, the ranked list's figures, conflicts of
interest, balanced assignment and blind-mode redaction. Pure rules, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Literal

from bot.domain.calls import Criterion, city_key

# "Reviewers disagree" when their totals lie at least a quarter of the highest possible
# total apart (with the default criteria: 6 of 25 points). Said on the ranked list.
DISAGREEMENT_SHARE = Fraction(1, 4)


# ------------------------------------------------------------------ scores and totals
@dataclass(frozen=True)
class Review:
    application_id: int
    reviewer_id: int
    scores: Mapping[int, int] = field(default_factory=dict)  # criterion id -> score
    note: str | None = None
    submitted_at: datetime | None = None

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


def weighted_total(criteria: Sequence[Criterion], scores: Mapping[int, int]) -> int:
    """Σ weight × score over the criteria scored so far (exact integers)."""
    return sum(c.weight * scores[c.id] for c in criteria if c.id in scores)


def highest_total(criteria: Sequence[Criterion]) -> int:
    return sum(c.weight * c.scale_max for c in criteria)


def unscored(criteria: Sequence[Criterion], scores: Mapping[int, int]) -> tuple[Criterion, ...]:
    """The criteria still without a score: a review is submitted only when this is empty."""
    return tuple(c for c in criteria if c.id not in scores)


def valid_score(criterion: Criterion, score: int) -> bool:
    return 1 <= score <= criterion.scale_max


def disagree(spread: int, highest: int) -> bool:
    """Whether totals this far apart are flagged (see DISAGREEMENT_SHARE)."""
    return spread > 0 and spread >= DISAGREEMENT_SHARE * highest


def disagreement_threshold(highest: int) -> int:
    """The smallest spread that is flagged, in points (for the sentence on screen)."""
    threshold = DISAGREEMENT_SHARE * highest
    return max(1, -(-threshold.numerator // threshold.denominator))


@dataclass(frozen=True)
class Standing:
    """One application on the ranked list: its submitted reviews' totals and what they say."""

    application_id: int
    totals: tuple[int, ...]
    assigned: int
    highest: int

    @property
    def done(self) -> int:
        return len(self.totals)

    @property
    def mean(self) -> Fraction | None:
        return Fraction(sum(self.totals), len(self.totals)) if self.totals else None

    @property
    def spread(self) -> int:
        return max(self.totals) - min(self.totals) if self.totals else 0

    @property
    def disagree(self) -> bool:
        return disagree(self.spread, self.highest)


def standings(
    criteria: Sequence[Criterion],
    application_ids: Sequence[int],
    reviews: Iterable[Review],
    assigned: Mapping[int, int],
) -> list[Standing]:
    """The ranked list: highest mean first, applications without a submitted review last;
    ties keep the order of `application_ids` (stable)."""
    totals: dict[int, list[int]] = {a: [] for a in application_ids}
    for review in reviews:
        if review.submitted and review.application_id in totals:
            totals[review.application_id].append(weighted_total(criteria, review.scores))
    highest = highest_total(criteria)
    found = [Standing(a, tuple(totals[a]), assigned.get(a, 0), highest) for a in application_ids]
    return sorted(found, key=lambda s: (s.mean is None, -(s.mean or 0)))


# ------------------------------------------------------------------ conflicts of interest
def conflicted(links: Iterable[str], party_names: Iterable[str]) -> bool:
    """Whether a reviewer linked to `links` (cities, organisations) has a conflict with an
    application whose parties are named `party_names` (cities, institutions): folded with
    `city_key`, one equals the other or stands in it as whole words ("Karlsruhe" in
    "Stadt Karlsruhe")."""
    mine = {k for k in (city_key(v) for v in links) if k}
    theirs = {k for k in (city_key(v) for v in party_names) if k}
    return any(f" {a} " in f" {b} " or f" {b} " in f" {a} " for a in mine for b in theirs)


# ------------------------------------------------------------------ balanced assignment
Pair = tuple[int, int]  # (application id, reviewer id)


@dataclass(frozen=True)
class AssignmentPlan:
    new: tuple[Pair, ...]  # pairs to store
    short: Mapping[int, int]  # application id -> reviewers it still lacks
    conflicts_avoided: int  # (application, reviewer) pairs left out for a conflict

    def loads(self, existing: Iterable[Pair], reviewers: Iterable[int]) -> dict[int, int]:
        counts = dict.fromkeys(reviewers, 0)
        for _, reviewer in (*existing, *self.new):
            counts[reviewer] = counts.get(reviewer, 0) + 1
        return counts


def plan_assignment(
    applications: Sequence[int],
    reviewers: Sequence[int],
    per_application: int,
    conflicts: Iterable[Pair],
    existing: Iterable[Pair] = (),
) -> AssignmentPlan:
    """Give every application `per_application` reviewers without a conflict, keeping the
    existing assignments and the reviewers' loads as even as possible.

    One slot per application per round; an application with fewer possible reviewers goes
    first, then by id; the least-loaded possible reviewer takes the slot (ties: the order of
    `reviewers`). The same input always gives the same plan."""
    blocked = set(conflicts)
    assigned: dict[int, set[int]] = {a: set() for a in applications}
    load = dict.fromkeys(reviewers, 0)
    for app, reviewer in existing:
        if app in assigned:
            assigned[app].add(reviewer)
        load[reviewer] = load.get(reviewer, 0) + 1
    order = {r: i for i, r in enumerate(reviewers)}
    possible = {a: [r for r in reviewers if (a, r) not in blocked] for a in applications}
    queue = sorted(applications, key=lambda a: (len(possible[a]), a))
    new: list[Pair] = []
    for _ in range(per_application):
        for app in queue:
            if len(assigned[app]) >= per_application:
                continue
            free = [r for r in possible[app] if r not in assigned[app]]
            if not free:
                continue
            chosen = min(free, key=lambda r: (load[r], order[r]))
            assigned[app].add(chosen)
            load[chosen] += 1
            new.append((app, chosen))
    _even_out(new, assigned, possible, load, order)
    short = {
        a: per_application - len(assigned[a])
        for a in applications
        if len(assigned[a]) < per_application
    }
    avoided = sum(1 for a in applications for r in reviewers if (a, r) in blocked)
    return AssignmentPlan(tuple(new), short, avoided)


def _even_out(
    new: list[Pair],
    assigned: dict[int, set[int]],
    possible: Mapping[int, Sequence[int]],
    load: dict[int, int],
    order: Mapping[int, int],
) -> None:
    """Even out what the greedy rounds left uneven around conflicts: while a chain of moves
    of new pairs (A hands an application to B, B one to C …) leads from a reviewer to one two
    or more below them, shift along it (the ones between keep their load)."""
    while (path := _shift_path(new, assigned, possible, load, order)) is not None:
        giver = new[path[0][0]][1]
        receiver = path[-1][1]
        for index, to in path:
            app, source = new[index]
            assigned[app].discard(source)
            assigned[app].add(to)
            new[index] = (app, to)
        load[giver] -= 1
        load[receiver] += 1


def _shift_path(
    new: list[Pair],
    assigned: dict[int, set[int]],
    possible: Mapping[int, Sequence[int]],
    load: dict[int, int],
    order: Mapping[int, int],
) -> list[tuple[int, int]] | None:
    """The first chain of moves (index of a new pair, its new reviewer) from the most loaded
    reviewer to one two below them (breadth first, deterministic), or None."""
    for start in sorted(load, key=lambda r: (-load[r], order.get(r, 0))):
        came: dict[int, list[tuple[int, int]]] = {start: []}
        frontier = [start]
        while frontier:
            following = []
            for holder in frontier:
                for index, (app, reviewer) in enumerate(new):
                    if reviewer != holder:
                        continue
                    for to in possible[app]:
                        if to in came or to in assigned[app]:
                            continue
                        came[to] = [*came[holder], (index, to)]
                        if load[to] <= load[start] - 2:
                            return came[to]
                        following.append(to)
            frontier = following
    return None


# ------------------------------------------------------------------ blind mode
NameKind = Literal["city", "name", "institution"]
NAME_KINDS: tuple[NameKind, ...] = ("city", "name", "institution")
_VOWELS = frozenset("aeiouyäöüаеёиоуыэюяіїєьй")


@dataclass(frozen=True)
class Redaction:
    """The names blind mode hides in one application's texts, each with its kind."""

    names: tuple[tuple[str, NameKind], ...] = ()

    @staticmethod
    def of(
        cities: Iterable[str] = (),
        people: Iterable[str] = (),
        institutions: Iterable[str] = (),
    ) -> Redaction:
        found: dict[str, NameKind] = {}
        for kind, values in (("institution", institutions), ("name", people), ("city", cities)):
            for value in values:
                cleaned = " ".join(value.split())
                if cleaned and cleaned.casefold() not in found:
                    found[cleaned.casefold()] = kind  # type: ignore[assignment]
                if kind == "name":  # "Frau Schmidt": each part of a person's name too
                    for part in re.findall(r"\w{3,}", cleaned):
                        found.setdefault(part.casefold(), "name")
        return Redaction(tuple(found.items()))

    def apply(self, text: str, placeholders: Mapping[NameKind, str]) -> str:
        """`text` with every name (any case, also inflected: "Krasnodars", "Краснодаре")
        replaced by its kind's placeholder; longer names first."""
        for name, kind in sorted(self.names, key=lambda n: -len(n[0])):
            # A function, so a placeholder's brackets are never read as a group reference.
            place = placeholders[kind]
            text = _pattern(name).sub(lambda _: place, text)  # noqa: B023
        return text


def _pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in name.split()]
    stem = "\\s+".join(words)
    # A final vowel may change in inflection (Москва → Москве, Karlsruhe → Karlsruher).
    if len(name) >= 5 and name[-1].casefold() in _VOWELS and len(words[-1]) > 2:
        stem = "\\s+".join([*words[:-1], re.escape(name.split()[-1][:-1])])
    return re.compile(rf"(?<!\w){stem}\w*", re.IGNORECASE)
