"""The toolbox's screens for `python -m tools.screens`: the first screen with the kinds, a
search's results and an entry's card, read by a German, a Russian and an English reader who
just opened the bot (reading needs no onboarding). The sandbox seeds the entries
(bot/services/toolbox_demo.py): the Russian reader finds the German guide through its Russian
machine version, the German one despite a typo."""

from __future__ import annotations

from typing import Protocol

# Who reads, added to the page after everyone else: (name, language, what they search).
TOOLBOX_READERS = (
    ("Jonas", "de", "Digitalisirung"),
    ("Ольга", "ru", "цифровизация"),
    ("Oliver", "en", "youth exchange"),
)


class ToolboxPhone(Protocol):
    """What the walk needs of tools.screens.Phone."""

    def add_person(self, name: str, language: str) -> int: ...
    def show(self, user_id: int) -> None: ...
    def say(self, user_id: int, text: str) -> None: ...
    def press_first(self, user_id: int, prefix: str) -> bool: ...
    def shot(self, language: str, name: str) -> None: ...


def walk_toolbox(phone: ToolboxPhone, languages: list[str]) -> None:
    """/toolbox (the kinds), a search, then the first entry found."""
    for name, language, query in TOOLBOX_READERS:
        if language not in languages:
            continue
        uid = phone.add_person(name, language)
        phone.show(uid)
        phone.say(uid, "/toolbox")
        phone.shot(language, "toolbox")
        phone.say(uid, f"/toolbox {query}")
        phone.shot(language, "toolbox-search")
        assert phone.press_first(uid, "tbe:"), "the search found nothing"
        phone.shot(language, "toolbox-entry")
