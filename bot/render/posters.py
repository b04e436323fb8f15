"""QR codes for posters: the workshop's deep link as a PNG."""

from __future__ import annotations

import io


def qr_png(link: str) -> bytes:
    # Imported when a poster is made, not at start-up (it pulls in Pillow).
    import qrcode
    from qrcode.image.pure import PyPNGImage

    image = qrcode.make(link, image_factory=PyPNGImage, box_size=10, border=4)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()
