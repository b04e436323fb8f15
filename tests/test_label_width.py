"""The phone budget of button labels: what counts as one character, and as an emoji."""

from __future__ import annotations

import pytest

from bot.telegram.limits import label_budget, label_width, over_budget_labels


@pytest.mark.parametrize(
    ("label", "width"),
    [
        ("Done", 4),
        ("Готово", 6),  # Cyrillic letters are one each
        ("Änderungen · 3", 14),  # the middle dot is narrow
        ("✅ 09:00", 8),  # ✅ is East Asian Width W
        ("⏸ 2 Wochen", 11),  # ⏸ is from the emoji block of technical symbols (width N)
        ("◀️", 2),  # a symbol with U+FE0F counts 2, the selector 0
        ("✏️ Edit", 7),
        ("ℹ️", 2),  # a letter-like symbol in emoji presentation
        ("🇩🇪 Deutsch", 10),  # a flag: two regional indicators, one picture
        ("👍🏽", 2),  # a skin tone joins the emoji before it
        ("👨\u200d👩\u200d👧", 2),  # a ZWJ family is one picture
        ("1️⃣", 2),  # keycap: digit, selector, combining enclosing keycap
        ("日本", 4),  # full-width letters
        ("", 0),
    ],
)
def test_label_width(label: str, width: int) -> None:
    assert label_width(label) == width


def test_budget_by_buttons_in_the_row() -> None:
    assert [label_budget(n) for n in range(1, 9)] == [30, 14, 9, 6, 6, 6, 6, 6]


def test_over_budget_labels_names_each_label_with_its_width_and_budget() -> None:
    rows = [["x" * 30], ["✅ Dienstag", "Mi", "Do"], ["a" * 7, "b", "c", "d"]]
    assert over_budget_labels(rows) == [("✅ Dienstag", 11, 9), ("aaaaaaa", 7, 6)]
