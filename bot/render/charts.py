"""Chart images (PNG) for the workshop screen and for organisers; matplotlib without a display."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any


def bar_chart(
    title: str,
    groups: Sequence[str],
    series: Mapping[str, Sequence[float]],
    *,
    horizontal: bool = False,
) -> bytes:
    """Grouped bars: one group per label in `groups`, one bar per series name."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(8, max(3.0, 0.45 * len(groups) + 1.5)), dpi=110)
    try:
        count = max(1, len(series))
        width = 0.8 / count
        positions = range(len(groups))
        for i, (name, values) in enumerate(series.items()):
            offsets = [p - 0.4 + width * (i + 0.5) for p in positions]
            if horizontal:
                axes.barh(offsets, values, height=width, label=name)
            else:
                axes.bar(offsets, values, width=width, label=name)
        if horizontal:
            axes.set_yticks(list(positions), list(groups))
            axes.invert_yaxis()
        else:
            axes.set_xticks(list(positions), list(groups), rotation=20, ha="right")
        return _png(figure, axes, title, legend=count > 1)
    finally:
        plt.close(figure)


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    y_range: tuple[float, float] | None = None,
) -> bytes:
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(8, 3.5), dpi=110)
    try:
        for name, values in series.items():
            axes.plot(
                list(labels),
                [v if v is not None else float("nan") for v in values],
                marker="o",
                label=name,
            )
        if y_range:
            axes.set_ylim(*y_range)
        return _png(figure, axes, title, legend=len(series) > 1)
    finally:
        plt.close(figure)


def _pyplot() -> Any:
    """matplotlib's pyplot without a display, imported on the first chart (it is heavy)."""
    # Lazy on purpose: matplotlib takes about a second to import and most runs draw no chart.
    import matplotlib

    matplotlib.use("Agg")
    # After use("Agg"): pyplot picks its backend when first imported.
    from matplotlib import pyplot

    return pyplot


def _png(figure: Any, axes: Any, title: str, *, legend: bool) -> bytes:
    axes.set_title(title)
    if legend:
        axes.legend(fontsize="small")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
