"""The application as a printable PDF (A4 pages of text), drawn with matplotlib like the
posters; DejaVu Sans carries Latin and Cyrillic."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from typing import Any

from bot.render.charts import pyplot

A4_INCHES = (8.27, 11.69)
LINE_WIDTH = 92  # characters per line at 10 pt
TOP, BOTTOM, LEFT = 0.95, 0.05, 0.07
LINE_STEP = 10 * 1.5 / (72 * A4_INCHES[1])


def application_pdf(title: str, blocks: Sequence[str]) -> bytes:
    """`title` in bold, then each block (paragraphs kept) on as many pages as it takes."""
    plt = pyplot()
    # Lazy like pyplot: only a submission needs the PDF backend.
    from matplotlib.backends.backend_pdf import PdfPages

    lines = _lines(blocks)
    buffer = io.BytesIO()
    with (
        plt.rc_context({"pdf.fonttype": 42, "font.family": "DejaVu Sans"}),
        PdfPages(buffer, metadata={"Title": title}) as pdf,
    ):
        page: Any = None
        cursor = BOTTOM
        first = True
        for line in [title, "", *lines]:
            if cursor - LINE_STEP < BOTTOM:
                if page is not None:
                    pdf.savefig(page)
                    plt.close(page)
                page = plt.figure(figsize=A4_INCHES)
                cursor = TOP
            style = {"weight": "bold", "fontsize": 13} if first else {"fontsize": 10}
            page.text(LEFT, cursor, line, ha="left", va="top", parse_math=False, **style)
            cursor -= LINE_STEP * (1.4 if first else 1)
            first = False
        if page is not None:
            pdf.savefig(page)
            plt.close(page)
    return buffer.getvalue()


def _lines(blocks: Sequence[str]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        for paragraph in block.split("\n"):
            lines.extend(textwrap.wrap(paragraph, LINE_WIDTH) or [""])
        lines.append("")
    return lines
