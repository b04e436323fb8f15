"""Telegram's parse_mode=HTML: which tags and entities it accepts, and the text it leaves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
ATTRIBUTE_TAGS = {"a", "span", "tg-emoji"}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR = re.compile(r"""([A-Za-z][\w-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);")


class EntityParseError(ValueError):
    """Telegram answers 400 "Bad Request: can't parse entities: ..."."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Open:
    name: str
    kind: str
    offset: int
    byte_offset: int
    extra: dict[str, Any]


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Return (plain text, entities) or raise EntityParseError as Telegram would."""
    out: list[str] = []
    out_len = 0  # UTF-16 units emitted so far
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i = 0
    n = len(source)

    def byte_offset(index: int) -> int:
        return len(source[:index].encode("utf-8"))

    while i < n:
        ch = source[i]
        if ch != "<" and ch != "&":  # a run of plain text up to the next tag or entity
            stops = [j for j in (source.find("<", i), source.find("&", i)) if j != -1]
            end = min(stops) if stops else n
            out.append(source[i:end])
            out_len += utf16_len(source[i:end])
            i = end
            continue
        if ch == "<":
            end = source.find(">", i + 1)
            if end == -1:
                raise EntityParseError(f"Unclosed start tag at byte offset {byte_offset(i)}")
            body = source[i + 1 : end].strip()
            if body.startswith("/"):
                name = body[1:].strip().lower()
                if not stack:
                    raise EntityParseError(f"Unexpected end tag at byte offset {byte_offset(i)}")
                top = stack.pop()
                if top.name != name:
                    raise EntityParseError(
                        f"Unmatched end tag at byte offset {byte_offset(i)}, expected "
                        f'"</{top.name}>", found "</{name}>"'
                    )
                length = out_len - top.offset
                if length > 0:
                    entity = {"type": top.kind, "offset": top.offset, "length": length}
                    entity.update(top.extra)
                    entities.append(entity)
            else:
                match = re.match(r"([A-Za-z][\w-]*)", body)
                if not match:
                    raise EntityParseError(
                        f'Unsupported start tag "{body[:20]}" at byte offset {byte_offset(i)}'
                    )
                name = match.group(1).lower()
                attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(body[match.end() :])}
                kind, extra = _start_tag(name, attrs, byte_offset(i))
                stack.append(_Open(name, kind, out_len, byte_offset(i), extra))
            i = end + 1
            continue
        if ch == "&":
            m = _ENTITY.match(source, i)
            if m:
                ref = m.group(1)
                if ref.startswith("#x"):
                    decoded = chr(int(ref[2:], 16))
                elif ref.startswith("#"):
                    decoded = chr(int(ref[1:]))
                elif ref in NAMED_ENTITIES:
                    decoded = NAMED_ENTITIES[ref]
                else:
                    raise EntityParseError(
                        f'Unsupported HTML entity "&{ref};" at byte offset {byte_offset(i)}'
                    )
                out.append(decoded)
                out_len += utf16_len(decoded)
                i = m.end()
                continue
        out.append(ch)
        out_len += utf16_len(ch)
        i += 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _start_tag(name: str, attrs: dict[str, str], offset: int) -> tuple[str, dict[str, Any]]:
    if name in SIMPLE_TAGS:
        extra: dict[str, Any] = {}
        if name == "code" and attrs.get("class", "").startswith("language-"):
            extra["language"] = attrs["class"][len("language-") :]
        if name == "blockquote" and "expandable" in attrs:
            return "expandable_blockquote", extra
        return SIMPLE_TAGS[name], extra
    if name == "a":
        href = attrs.get("href")
        if not href:
            raise EntityParseError(f'Tag "a" must have attribute "href" at byte offset {offset}')
        return "text_link", {"url": href}
    if name == "span":
        if attrs.get("class") != "tg-spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {offset}'
            )
        return "spoiler", {}
    if name == "tg-emoji":
        if not attrs.get("emoji-id"):
            raise EntityParseError(
                f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {offset}'
            )
        return "custom_emoji", {"custom_emoji_id": attrs["emoji-id"]}
    raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {offset}')
