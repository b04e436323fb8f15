"""The feed of published stories for the programme's website: RSS 2.0 and JSON Feed 1.1, one
per language. Only what readers of the bot see: published stories, names per consent (the
texts hold tokens, rendered before they get here), no photos (see `FeedItem`)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


@dataclass(frozen=True)
class FeedItem:
    """One story in one language. Photos stay out: Telegram keeps them (a file_id is only
    downloadable with the bot's token), and serving copies would need consent-aware storage
    and deletion on erasure; the link leads to the story with its photos in the bot."""

    story_id: int
    title: str
    text: str  # plain text, names per consent
    url: str  # https://t.me/<bot>?start=st<id>
    published_at: datetime
    language: str


@dataclass(frozen=True)
class FeedInfo:
    title: str
    description: str
    home_url: str  # the bot: https://t.me/<bot>
    feed_url: str  # where this feed is served
    language: str


def rss(info: FeedInfo, items: list[FeedItem]) -> bytes:
    """RSS 2.0: channel with title, link, description; each item with title, link, guid,
    pubDate (RFC 822) and the story as plain text in description."""
    root = ET.Element("rss", version="2.0")
    channel = ET.SubElement(root, "channel")
    for tag, value in (
        ("title", info.title),
        ("link", info.home_url),
        ("description", info.description),
        ("language", info.language),
    ):
        ET.SubElement(channel, tag).text = value
    if items:
        ET.SubElement(channel, "lastBuildDate").text = format_datetime(
            max(i.published_at for i in items)
        )
    for item in items:
        node = ET.SubElement(channel, "item")
        ET.SubElement(node, "title").text = item.title
        ET.SubElement(node, "link").text = item.url
        ET.SubElement(node, "guid", isPermaLink="true").text = item.url
        ET.SubElement(node, "pubDate").text = format_datetime(item.published_at)
        ET.SubElement(node, "description").text = item.text
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def json_feed(info: FeedInfo, items: list[FeedItem]) -> bytes:
    """JSON Feed 1.1 (version, title, items with id and content_text)."""
    feed = {
        "version": JSON_FEED_VERSION,
        "title": info.title,
        "home_page_url": info.home_url,
        "feed_url": info.feed_url,
        "description": info.description,
        "language": info.language,
        "items": [
            {
                "id": item.url,
                "url": item.url,
                "title": item.title,
                "content_text": item.text,
                "date_published": item.published_at.isoformat(),
                "language": item.language,
            }
            for item in items
        ],
    }
    return json.dumps(feed, ensure_ascii=False, indent=1).encode("utf-8")
