"""A story photo made safe to publish: re-encoded from its pixels only, so nothing of the
original file's metadata (EXIF with the GPS position and the camera, XMP, comments) survives.
The EXIF orientation is applied first, so the photo still stands the right way up."""

from __future__ import annotations

import io

MAX_SIDE = 2560  # Telegram keeps photos at most this large anyway
QUALITY = 88


class UnreadablePhoto(ValueError):
    """Not an image Pillow can read (or a decompression bomb)."""


def clean_photo(content: bytes) -> tuple[bytes, int, int]:
    """JPEG bytes without any metadata, with the width and height."""
    # Pillow is heavy: imported on first use, as the charts and posters do.
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as original:
            upright = ImageOps.exif_transpose(original) or original
            pixels = upright.convert("RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError) as exc:
        raise UnreadablePhoto(str(exc)) from exc
    pixels.thumbnail((MAX_SIDE, MAX_SIDE))
    # A new image gets the pixels and nothing else: no `info` (EXIF, XMP, ICC, comments).
    clean = Image.new("RGB", pixels.size)
    clean.paste(pixels)
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=QUALITY)
    return out.getvalue(), clean.width, clean.height
