"""The workshop poster: a printable A4 PDF with title, time, place and a QR code that opens
the sign-up, in the organiser's language and the partner city's."""

from __future__ import annotations

import io
import re
import zlib

import zxingcpp
from PIL import Image

from bot.callback_data import WorkshopManage
from bot.offline.harness import BotHarness
from tests.stories import (
    create_workshop,
    crowd,
    make_organiser,
    organiser_workshops,
    popup,
    quick_participant,
)

A4_POINTS = (595, 842)


def pdf_text(data: bytes) -> str:
    """The text a PDF viewer would copy out of a matplotlib page (Type 42 fonts, each with a
    ToUnicode map), one string per text run."""
    objects = {int(m[1]): m[2] for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S)}

    def stream(number: int) -> bytes:
        body = re.search(rb"stream\r?\n(.*?)\r?\nendstream", objects[number], re.S)
        assert body is not None
        return zlib.decompress(body[1]) if b"FlateDecode" in objects[number] else body[1]

    maps: dict[bytes, dict[int, str]] = {}
    for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", data):
        unicode = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)])
        maps[name] = cmap(stream(int(unicode[1]))) if unicode else {}
    found, font = [], b""
    for number, body in objects.items():
        if b"/Length" not in body or b"FlateDecode" not in body:
            continue
        content = stream(number)
        if b"BT" not in content:  # fonts and images, not a page
            continue
        for m in re.finditer(rb"/(F\d+) [\d.]+ Tf|\((?:\\.|[^\\)])*\)|\bET\b", content, re.S):
            if m[1]:
                font = m[1]
            elif m[0] == b"ET":
                found.append("\n")
            else:
                raw = unescape(m[0][1:-1])
                codes = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
                found.extend(maps.get(font, {}).get(code, chr(code)) for code in codes)
    return "".join(found)


def cmap(text: bytes) -> dict[int, str]:
    mapping = {}
    for lo, hi, targets in re.findall(rb"<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]", text):
        units = re.findall(rb"<([0-9a-f]+)>", targets)
        for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
            mapping[code] = bytes.fromhex(units[offset].decode()).decode("utf-16-be")
    return mapping


def unescape(raw: bytes) -> bytes:
    simple = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}

    def one(m: re.Match[bytes]) -> bytes:
        escaped = m[1]
        if escaped[:1].isdigit():
            return bytes([int(escaped, 8)])
        return simple.get(escaped, escaped)

    return re.sub(rb"\\([0-7]{1,3}|.)", one, raw, flags=re.S)


async def test_poster_is_a_printable_page_whose_code_opens_the_signup(
    harness: BotHarness,
) -> None:
    await crowd(harness, 6, languages=("de", "ru"))  # Krasnodar's people mostly read Russian
    orga = await quick_participant(harness, "Greta", language="de")
    await make_organiser(harness, orga)
    workshop = await create_workshop(harness, title="Grüne Innenstadt")

    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "qr", 0))
    preview = orga.messages[-2]
    assert preview.photo is not None  # the preview stays
    sent = orga.last
    assert sent.document is not None and sent.document.file_name.endswith(".pdf")
    assert sent.caption.startswith("🖨 Das Plakat zum Ausdrucken")
    pdf = sent.document.content
    assert pdf.startswith(b"%PDF")
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert box is not None and (round(float(box[1])), round(float(box[2]))) == A4_POINTS

    text = " ".join(pdf_text(pdf).split())  # lines wrap where the page is full
    assert "Grüne Innenstadt" in text
    assert "Mo., 9. März 2026, 10:00–13:00 Uhr Ortszeit Karlsruhe" in text  # venue's clock
    assert "Rathaus, Marktplatz 1" in text
    assert "Scanne den Code mit der Handykamera" in text
    assert "Наведите камеру телефона на код" in text  # the partner city's language

    actor = await harness.services.access.actor(orga.id)
    png = await harness.services.workshop_outreach.poster_pdf(
        actor, workshop.id, harness.sim.bot_username, "de", kind="png"
    )
    page = Image.open(io.BytesIO(png))
    codes = [code.text for code in zxingcpp.read_barcodes(page)]
    assert codes == [f"https://t.me/{harness.sim.bot_username}?start=w{workshop.id}"]


async def test_only_organisers_get_the_poster(harness: BotHarness) -> None:
    workshop = await create_workshop(harness)
    stranger = await quick_participant(harness, "Mallory")
    await stranger.start(f"w{workshop.id}")
    before = len(stranger.messages)
    await stranger.press_data(WorkshopManage(workshop.id, "qr", 0).pack())
    assert popup(stranger) == "Sorry, this is only available to organisers of the partnership."
    assert not any(m.document or m.photo for m in stranger.messages[before:])
