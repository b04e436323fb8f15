"""QR codes for posters: the workshop's deep link as a PNG."""

from __future__ import annotations

import io

import qrcode
from qrcode.image.pure import PyPNGImage


def qr_png(link: str) -> bytes:
    image = qrcode.make(link, image_factory=PyPNGImage, box_size=10, border=4)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()
