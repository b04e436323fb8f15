"""Workshop posters: the QR code as a PNG preview, and the printable A4 page (PDF) with the
title, time, place and a QR code that opens the sign-up."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.render.charts import pyplot

A4_INCHES = (8.27, 11.69)
QR_INCHES = 3.6  # about 9 cm: a phone reads it from two metres away
# Characters per line before wrapping, for the big title and the smaller lines.
TITLE_WIDTH, LINE_WIDTH, SECOND_TITLE_WIDTH, SCAN_WIDTH = 24, 48, 34, 64


@dataclass(frozen=True)
class PosterText:
    """The poster's words in one language."""

    title: str
    when: str
    place: str
    scan: str  # "Scan the code with your phone's camera to sign up"


def qr_png(link: str) -> bytes:
    # Imported when a poster is made, not at start-up (it pulls in Pillow).
    import qrcode
    from qrcode.image.pure import PyPNGImage

    image = qrcode.make(link, image_factory=PyPNGImage, box_size=10, border=4)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()


def poster(
    link: str, texts: Sequence[PosterText], *, kind: Literal["pdf", "png"] = "pdf", dpi: int = 200
) -> bytes:
    """One A4 page: the first language large above the code, the partner city's below (a text
    without a title adds only its scan line: room for more languages)."""
    plt = pyplot()
    with plt.rc_context({"pdf.fonttype": 42, "font.family": "DejaVu Sans"}):
        figure = plt.figure(figsize=A4_INCHES)
        try:
            first, *others = texts
            cursor = _block(figure, first, 0.95, title_size=30, size=16, width=TITLE_WIDTH)
            bottom = _qr(figure, link, top=cursor - 0.015)
            cursor = bottom - 0.012
            for line in textwrap.wrap(first.scan, SCAN_WIDTH):
                cursor = _line(figure, line, cursor, size=14, weight="bold")
            for other in others:
                for line in textwrap.wrap(other.scan, SCAN_WIDTH):
                    cursor = _line(figure, line, cursor, size=12)
            cursor = _line(figure, link, cursor - 0.005, size=10, color="#555555")
            # Below, each other language with a title (one only has its scan line above).
            for other in (o for o in others if o.title):
                cursor = _block(
                    figure, other, cursor - 0.03, title_size=20, size=13, width=SECOND_TITLE_WIDTH
                )
            buffer = io.BytesIO()
            figure.savefig(buffer, format=kind, dpi=dpi, metadata=_metadata(kind, first.title))
            return buffer.getvalue()
        finally:
            plt.close(figure)


def _metadata(kind: str, title: str) -> dict[str, str]:
    return {"Title": title} if kind == "pdf" else {"Title": title, "Software": "Twin City Bot"}


def _block(
    figure: Any, text: PosterText, top: float, *, title_size: int, size: int, width: int
) -> float:
    """Title, time and place from `top` down; returns where the next line starts."""
    cursor = top
    for line in textwrap.wrap(text.title, width) or [""]:
        cursor = _line(figure, line, cursor, size=title_size, weight="bold")
    cursor -= 0.01
    for line in textwrap.wrap(text.when, LINE_WIDTH):
        cursor = _line(figure, line, cursor, size=size)
    for line in textwrap.wrap(text.place, LINE_WIDTH):
        cursor = _line(figure, line, cursor, size=size)
    return cursor


def _line(figure: Any, text: str, top: float, *, size: int, **style: Any) -> float:
    figure.text(0.5, top, text, ha="center", va="top", fontsize=size, **style)
    return top - size * 1.45 / (72 * A4_INCHES[1])


def _qr(figure: Any, link: str, *, top: float) -> float:
    """The code as filled rectangles (sharp at any print size), centred below `top`."""
    # Lazy like pyplot: both are heavy and only a poster needs them.
    import qrcode
    from matplotlib.patches import Rectangle

    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(link)
    code.make(fit=True)
    matrix = code.get_matrix()
    width, height = QR_INCHES / A4_INCHES[0], QR_INCHES / A4_INCHES[1]
    axes = figure.add_axes((0.5 - width / 2, top - height, width, height))
    axes.set_axis_off()
    size = len(matrix)
    axes.set_xlim(0, size)
    axes.set_ylim(size, 0)
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if not row[x]:
                x += 1
                continue
            end = x
            while end < size and row[end]:
                end += 1
            axes.add_patch(
                Rectangle((x, y), end - x, 1, color="black", linewidth=0, antialiased=False)
            )
            x = end
    return top - height
