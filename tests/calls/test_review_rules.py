"""The pure rules of reviewing: totals, the ranked list, conflicts, assignment, blind mode."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from fractions import Fraction

from bot.domain.call_reviews import (
    Redaction,
    Review,
    conflicted,
    disagree,
    disagreement_threshold,
    highest_total,
    plan_assignment,
    standings,
    unscored,
    weighted_total,
)
from bot.domain.calls import Criterion
from bot.domain.texts import LocalizedName

WHEN = datetime(2027, 1, 5, tzinfo=UTC)
CRITERIA = tuple(
    Criterion(i, 1, i, LocalizedName({"en": name}), weight=w)
    for i, (name, w) in enumerate(
        (("motivation", 1), ("potential", 2), ("support", 1), ("feasibility", 1)), start=1
    )
)
PLACES = {"city": "[city]", "name": "[name]", "institution": "[institution]"}


def test_the_total_is_the_weighted_sum_in_exact_integers() -> None:
    scores = {1: 4, 2: 5, 3: 2, 4: 3}
    assert weighted_total(CRITERIA, scores) == 4 + 10 + 2 + 3
    assert highest_total(CRITERIA) == 25
    assert [c.id for c in unscored(CRITERIA, {1: 4, 3: 2})] == [2, 4]
    assert unscored(CRITERIA, scores) == ()


def test_the_ranked_list_has_means_spreads_and_flags_disagreement() -> None:
    reviews = [
        Review(10, 1, {1: 5, 2: 5, 3: 5, 4: 5}, submitted_at=WHEN),  # 25
        Review(10, 2, {1: 1, 2: 2, 3: 1, 4: 1}, submitted_at=WHEN),  # 7
        Review(11, 1, {1: 4, 2: 4, 3: 4, 4: 4}, submitted_at=WHEN),  # 20
        Review(11, 2, {1: 4, 2: 5, 3: 4, 4: 4}, submitted_at=WHEN),  # 22
        Review(12, 1, {1: 5, 2: 5, 3: 5, 4: 5}),  # not submitted: not counted
        Review(13, 1, {1: 4, 2: 4, 3: 4, 4: 4}, submitted_at=WHEN),  # 20
    ]
    ranked = standings(CRITERIA, [10, 11, 12, 13], reviews, {10: 2, 11: 2, 12: 2, 13: 1})
    assert [s.application_id for s in ranked] == [11, 13, 10, 12]
    by_id = {s.application_id: s for s in ranked}
    assert by_id[11].mean == 21 and by_id[11].spread == 2 and not by_id[11].disagree
    assert by_id[10].mean == 16 and by_id[10].spread == 18 and by_id[10].disagree
    assert by_id[12].mean is None and by_id[12].done == 0 and by_id[12].assigned == 2
    assert by_id[13].mean == Fraction(20) and by_id[13].done == 1


def test_ties_keep_the_order_given() -> None:
    same = {1: 3, 2: 3, 3: 3, 4: 3}
    reviews = [Review(a, 1, same, submitted_at=WHEN) for a in (7, 5, 6)]
    assert [s.application_id for s in standings(CRITERIA, [7, 5, 6], reviews, {})] == [7, 5, 6]


def test_disagreement_starts_at_a_quarter_of_the_highest_total() -> None:
    assert disagreement_threshold(25) == 7
    assert not disagree(6, 25) and disagree(7, 25) and not disagree(0, 0)


def test_a_reviewer_linked_to_a_city_or_institution_has_a_conflict() -> None:
    assert conflicted(["karlsruhe "], ["Karlsruhe", "Krasnodar"])
    assert conflicted(["Karlsruhe"], ["Stadt Karlsruhe"])
    assert conflicted(["Verein Partnerschaft e.V."], ["verein partnerschaft e v"])
    assert not conflicted(["Karlsruhe"], ["Kyiv", "Leipzig"])
    assert not conflicted(["Karl"], ["Karlsruhe"])
    assert not conflicted([], ["Karlsruhe"])


def test_assignment_gives_everyone_enough_reviewers_and_even_loads() -> None:
    apps, reviewers = list(range(1, 8)), [101, 102, 103, 104, 105]
    plan = plan_assignment(apps, reviewers, 2, conflicts=())
    per_app = {a: [r for x, r in plan.new if x == a] for a in apps}
    assert all(len(set(rs)) == 2 for rs in per_app.values())
    loads = plan.loads((), reviewers)
    assert max(loads.values()) - min(loads.values()) <= 1
    assert plan.short == {} and plan.conflicts_avoided == 0
    assert plan_assignment(apps, reviewers, 2, conflicts=()) == plan  # deterministic


def test_assignment_avoids_conflicts_and_reports_who_is_short() -> None:
    conflicts = {(1, 101), (2, 101), (2, 102)}
    plan = plan_assignment([1, 2, 3], [101, 102, 103], 2, conflicts)
    assert not set(plan.new) & conflicts
    assert plan.short == {2: 1}
    assert plan.conflicts_avoided == 3


def test_assignment_balances_around_conflicts_in_many_shapes() -> None:
    reviewers = [101, 102, 103, 104]
    for blocked in itertools.combinations([(a, r) for a in range(1, 5) for r in reviewers], 3):
        plan = plan_assignment(range(1, 9), reviewers, 2, set(blocked))
        assert not set(plan.new) & set(blocked)
        loads = plan.loads((), reviewers)
        possible = {a: 4 - sum(1 for x, _ in blocked if x == a) for a in range(1, 9)}
        assert plan.short == {a: 2 - n for a, n in possible.items() if n < 2}
        assert max(loads.values()) - min(loads.values()) <= 1, blocked


def test_running_again_keeps_assignments_and_only_adds() -> None:
    first = plan_assignment([1, 2], [101, 102, 103], 2, ())
    again = plan_assignment([1, 2, 3], [101, 102, 103, 104], 2, (), existing=first.new)
    assert {a for a, _ in again.new} == {3}
    assert len(again.new) == 2
    assert 104 in {r for _, r in again.new}  # the newcomer, least loaded, takes work
    assert plan_assignment([1, 2], [101, 102, 103], 2, (), existing=first.new).new == ()


def test_blind_mode_hides_names_also_inflected_and_in_any_case() -> None:
    redaction = Redaction.of(
        cities=["Krasnodar", "Краснодар", "Karlsruhe"],
        people=["Anna Schmidt"],
        institutions=["Stadtjugendausschuss Karlsruhe e.V."],
    )
    text = (
        "Wir, der Stadtjugendausschuss Karlsruhe e.V., und KRASNODARS Jugend; "
        "в Краснодаре и Karlsruher Schulen. Frau Schmidt und Anna Schmidt schreiben."
    )
    hidden = redaction.apply(text, PLACES)
    for name in ("Krasnodar", "Краснодар", "Karlsruhe", "Schmidt", "Anna", "Stadtjugend"):
        assert name.casefold() not in hidden.casefold(), hidden
    assert hidden.startswith("Wir, der [institution], und [city] Jugend; в [city] и [city]")
    assert "Frau [name] und [name] schreiben" in hidden


def test_blind_mode_leaves_other_words_alone() -> None:
    redaction = Redaction.of(cities=["Moskva"])
    assert redaction.apply("Moskvas and Moskve; Mosque", PLACES) == "[city] and [city]; Mosque"
