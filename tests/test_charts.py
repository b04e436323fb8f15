"""Charts for a phone: whole-number axes for counts, labels whole and inside the image."""

from __future__ import annotations

from typing import Any

import pytest
from matplotlib.text import Text

from bot.render.charts import DPI, WIDTH_INCHES, bar_chart, bar_figure, line_figure, pyplot

LONG_TITLE = "Jugendfestival mit Musik und Upcycling für beide Städte am Rheinufer"


def texts_inside(figure: Any) -> list[str]:
    """Every text of the figure, after checking that what is drawn lies within the image."""
    figure.canvas.draw()
    drawn = figure.get_tightbbox(figure.canvas.get_renderer())  # inches, drawn artists only
    width, height = figure.get_size_inches()
    assert drawn.x0 >= 0 and drawn.y0 >= 0
    assert drawn.x1 <= width and drawn.y1 <= height
    return [" ".join(t.get_text().split()) for t in figure.findobj(Text) if t.get_text()]


def whole(ticks: Any) -> bool:
    return all(float(t).is_integer() for t in ticks)


@pytest.fixture
def close_figures() -> Any:
    yield
    pyplot().close("all")


@pytest.mark.usefixtures("close_figures")
def test_vote_bars_count_in_whole_numbers_and_keep_long_titles_whole() -> None:
    figure = bar_figure("Most voted ideas", [LONG_TITLE, "Nachtbusse"], {"Votes": [3, 1]})
    texts = texts_inside(figure)
    assert LONG_TITLE in texts  # wrapped, not cut
    axes = figure.axes[0]
    ticks = [t for t in axes.get_xticks() if axes.get_xlim()[0] <= t <= axes.get_xlim()[1]]
    assert whole(ticks) and len(ticks) >= 2
    assert whole(axes.xaxis.get_major_locator().tick_values(0, 3))  # no 0.5 or 0.25 steps


@pytest.mark.usefixtures("close_figures")
def test_grouped_bars_by_city_and_language() -> None:
    figure = bar_figure(
        "Participants by city and language",
        ["Karlsruhe", "Krasnodar"],
        {"German": [5, 0], "Russian": [1, 6], "English": [1, 0]},
    )
    texts = texts_inside(figure)
    assert {"Karlsruhe", "Krasnodar", "German", "Russian", "English"} <= set(texts)
    assert whole(figure.axes[0].xaxis.get_major_locator().tick_values(0, 6))


@pytest.mark.usefixtures("close_figures")
def test_mood_lines_have_whole_number_steps() -> None:
    figure = line_figure(
        "Team mood",
        ["02.03.", "09.03.", "16.03."],
        {"Grüne Innenstadt": [3, 4, None], "Nachtbusse": [2, 2.5, 4]},
        y_range=(1, 5),
    )
    texts_inside(figure)
    assert whole(figure.axes[0].yaxis.get_major_locator().tick_values(1, 5))


def test_a_chart_is_drawn_for_a_phone_screen() -> None:
    png = bar_chart("Most voted ideas", ["A", "B"], {"Votes": [2, 1]})
    width = int.from_bytes(png[16:20], "big")  # the PNG header's width
    assert width >= WIDTH_INCHES * DPI * 0.9  # sharp when Telegram shrinks it to ~400 px
