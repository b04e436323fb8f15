"""Chart images (PNG) drawn for a phone: matplotlib without a display.

Telegram shows a photo about 400 px wide on a phone, so a chart is drawn 6 inches wide at
160 dpi (960 px) with text at 15–19 pt, which reads like the chat's own text once shrunk.
Counts get whole-number axes, bars run horizontally so long titles stay whole (wrapped), and
every bar carries its number.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

WIDTH_INCHES, DPI = 6.0, 160
TITLE_SIZE, TEXT_SIZE, SMALL_SIZE = 19, 16, 14
LABEL_WIDTH = 24  # characters per line of a label beside a bar before it wraps
ROW_LABEL_WIDTH = 42  # the same for a label on its own line above the bar
TITLE_WIDTH = 40


def bar_chart(title: str, groups: Sequence[str], series: Mapping[str, Sequence[float]]) -> bytes:
    """Horizontal bars of counts: one row per label in `groups`, one bar per series name."""
    plt = pyplot()
    figure = bar_figure(title, groups, series)
    try:
        return _png(figure)
    finally:
        plt.close(figure)


def bar_figure(title: str, groups: Sequence[str], series: Mapping[str, Sequence[float]]) -> Any:
    """One series: each label on its own line above its bar, across the whole width (long
    titles stay whole). Several series: grouped bars beside short labels, with a legend."""
    if len(series) == 1:
        (values,) = series.values()
        return _labelled_rows(title, groups, values)
    plt = pyplot()
    count = len(series)
    labels = [textwrap.fill(g, LABEL_WIDTH) for g in groups]
    height = 2.2 + 0.42 * len(groups) * count
    figure, axes = plt.subplots(figsize=(WIDTH_INCHES, height), dpi=DPI)
    bar = 0.8 / count
    for i, (name, values) in enumerate(series.items()):
        offsets = [p - 0.4 + bar * (i + 0.5) for p in range(len(groups))]
        bars = axes.barh(offsets, values, height=bar, label=name)
        axes.bar_label(bars, fmt=_count, padding=4, fontsize=SMALL_SIZE)
    axes.set_yticks(list(range(len(groups))), labels, fontsize=TEXT_SIZE)
    axes.invert_yaxis()
    _counts_axis(axes.xaxis)
    axes.tick_params(axis="x", labelsize=SMALL_SIZE)
    axes.margins(x=0.15)  # room for the number at the end of the longest bar
    axes.spines[["top", "right"]].set_visible(False)
    _finish(figure, axes, title, legend=True)
    return figure


# Rows of labelled bars are laid out in inches (one data unit = one inch on the image).
LINE_INCHES, BAR_INCHES, GAP_INCHES = 0.3, 0.34, 0.22
TOP_INCHES, BOTTOM_INCHES = 0.45, 0.45  # above the title; below the axis for its numbers


def _labelled_rows(title: str, groups: Sequence[str], values: Sequence[float]) -> Any:
    plt = pyplot()
    heading = textwrap.fill(title, TITLE_WIDTH)
    heading_inches = (heading.count("\n") + 1) * 0.36 + 0.2
    labels = [textwrap.fill(g, ROW_LABEL_WIDTH) for g in groups]
    span = sum((lb.count("\n") + 1) * LINE_INCHES + BAR_INCHES + GAP_INCHES for lb in labels)
    height = TOP_INCHES + heading_inches + span + BOTTOM_INCHES
    figure = plt.figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
    figure.text(0.03, 1 - TOP_INCHES / height, heading, fontsize=TITLE_SIZE, va="top")
    axes = figure.add_axes((0.03, BOTTOM_INCHES / height, 0.9, span / height))
    cursor, centres = 0.0, []
    for label in labels:
        axes.text(0, cursor - 0.04, label, va="top", ha="left", fontsize=TEXT_SIZE)
        cursor -= (label.count("\n") + 1) * LINE_INCHES
        centres.append(cursor - BAR_INCHES / 2)
        cursor -= BAR_INCHES + GAP_INCHES
    bars = axes.barh(centres, values, height=BAR_INCHES)
    axes.bar_label(bars, fmt=_count, padding=4, fontsize=TEXT_SIZE)
    axes.set_ylim(cursor, 0)
    axes.set_xlim(0, max(max(values, default=0), 1) * 1.12)
    axes.set_yticks([])
    _counts_axis(axes.xaxis)
    axes.tick_params(axis="x", labelsize=SMALL_SIZE)
    axes.spines[["top", "right", "left"]].set_visible(False)
    return figure


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    y_range: tuple[float, float] | None = None,
) -> bytes:
    """Lines over time; `labels` are dates already formatted for the reader (babel)."""
    plt = pyplot()
    figure = line_figure(title, labels, series, y_range=y_range)
    try:
        return _png(figure)
    finally:
        plt.close(figure)


def line_figure(
    title: str,
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    y_range: tuple[float, float] | None = None,
) -> Any:
    plt = pyplot()
    figure, axes = plt.subplots(figsize=(WIDTH_INCHES, 4.8 + 0.35 * len(series)), dpi=DPI)
    for name, values in series.items():
        axes.plot(
            list(labels),
            [v if v is not None else float("nan") for v in values],
            marker="o",
            markersize=8,
            linewidth=2.5,
            label=textwrap.shorten(name, LABEL_WIDTH, placeholder="…"),
        )
    if y_range:
        axes.set_ylim(y_range[0] - 0.3, y_range[1] + 0.3)
    _counts_axis(axes.yaxis)
    axes.tick_params(labelsize=SMALL_SIZE)
    axes.tick_params(axis="x", labelrotation=45 if len(labels) > 5 else 0)
    axes.grid(axis="y", alpha=0.3)
    axes.spines[["top", "right"]].set_visible(False)
    _finish(figure, axes, title, legend=len(series) > 1)
    return figure


def pyplot() -> Any:
    """matplotlib's pyplot without a display, imported on the first chart (it is heavy)."""
    # Lazy on purpose: matplotlib takes about a second to import and most runs draw no chart.
    import matplotlib

    matplotlib.use("Agg")
    # After use("Agg"): pyplot picks its backend when first imported.
    from matplotlib import pyplot as plt

    return plt


def _counts_axis(axis: Any) -> None:
    """Ticks on whole numbers only: nobody casts 0.25 votes."""
    # Lazy with pyplot (matplotlib is heavy).
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, nbins=5, min_n_ticks=2))


def _count(value: float) -> str:
    return str(round(value))


def _finish(figure: Any, axes: Any, title: str, *, legend: bool) -> None:
    axes.set_title(textwrap.fill(title, TITLE_WIDTH), fontsize=TITLE_SIZE, loc="left", pad=14)
    if legend:
        axes.legend(
            fontsize=SMALL_SIZE,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.12),
            ncol=2,
            frameon=False,
        )
    figure.tight_layout()


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    # "tight": the saved image grows to hold every label, so nothing is cut at the edge.
    figure.savefig(buffer, format="png", bbox_inches="tight", pad_inches=0.2)
    return buffer.getvalue()
