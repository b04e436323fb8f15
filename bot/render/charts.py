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
LABEL_WIDTH = 24  # characters per line of a bar's label before it wraps
TITLE_WIDTH = 38


def bar_chart(title: str, groups: Sequence[str], series: Mapping[str, Sequence[float]]) -> bytes:
    """Horizontal bars of counts: one row per label in `groups`, one bar per series name."""
    plt = pyplot()
    figure = bar_figure(title, groups, series)
    try:
        return _png(figure)
    finally:
        plt.close(figure)


def bar_figure(title: str, groups: Sequence[str], series: Mapping[str, Sequence[float]]) -> Any:
    plt = pyplot()
    count = max(1, len(series))
    labels = [textwrap.fill(g, LABEL_WIDTH) for g in groups]
    lines = sum(label.count("\n") + 1 for label in labels)
    height = 1.6 + 0.3 * lines + 0.42 * len(groups) * count + (0.5 if count > 1 else 0)
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
    _finish(figure, axes, title, legend=count > 1)
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
