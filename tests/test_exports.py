"""CSV exports: a cell a spreadsheet would run as a formula stays text."""

from __future__ import annotations

import csv
import io

import pytest

from bot.services.exports import csv_bytes


def read_back(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("http://evil")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1)",
        # Excel and LibreOffice skip a leading TAB or CR and then evaluate what follows.
        "\t=1+1",
        "\r=1+1",
        "\r\n=1+1",
    ],
)
def test_formula_like_cells_are_kept_as_text(cell: str) -> None:
    rows = read_back(csv_bytes("en", ["Name"], [[cell]]))
    assert rows[1] == ["'" + cell]


@pytest.mark.parametrize("cell", ["Ольга К.", "a=b", "3 - 1", " plain", "", "12"])
def test_ordinary_cells_are_unchanged(cell: str) -> None:
    assert read_back(csv_bytes("en", ["Name"], [[cell]]))[1] == [cell]


@pytest.mark.parametrize(
    ("language", "separator", "measure"),
    [
        ("de", ";", "3,5"),
        ("ru", ";", "3,5"),
        ("uk", ";", "3,5"),
        ("be", ";", "3,5"),
        ("en", ",", "3.5"),
    ],
)
def test_separator_and_decimal_mark_follow_the_language(
    language: str, separator: str, measure: str
) -> None:
    data = csv_bytes(language, ["Team", "Mood", "Answers"], [["A, B", 3.5, 1234]])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=separator))
    assert rows == [["Team", "Mood", "Answers"], ["A, B", measure, "1234"]]
