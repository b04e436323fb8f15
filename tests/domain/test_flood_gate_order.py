"""The flood gate when one person's updates are handled out of their arrival order."""

from __future__ import annotations

from bot.domain.limits import FloodGate


def test_taps_handled_out_of_order_are_not_slowed_down() -> None:
    """A tap every 0.4 s for a minute never empties the bucket, also when each ten taps are
    handled last first (on PostgreSQL concurrent deliveries are journaled in any order)."""
    arrivals = [i * 0.4 for i in range(150)]
    handled = [t for k in range(0, 150, 10) for t in reversed(arrivals[k : k + 10])]
    gate = FloodGate()
    verdicts = [gate.check(1, 1000.0 + t, press=True).outcome for t in handled]
    assert verdicts == ["ok"] * len(handled)


def test_an_early_arrival_handled_late_costs_what_it_costs() -> None:
    gate = FloodGate(burst=2, refill=1.0)
    assert gate.check(1, 10.0).outcome == "ok"
    assert gate.check(1, 5.0).outcome == "ok"  # two messages, a burst of two: fine
    assert gate.check(1, 10.0).outcome == "warn"  # the third at once is one too many
