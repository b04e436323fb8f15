"""The stories' screens for `python -m tools.screens`: the list of published stories and one
story, read by a German, a Russian and an English reader who just opened the bot (stories
need no onboarding). The sandbox seeds the story (bot/services/story_demo.py): a timeline from
the idea to the result and one person who declined to be named."""

from __future__ import annotations

from typing import Protocol

# Who reads, added to the page after everyone else: (name, language).
STORY_READERS = (("Greta", "de"), ("Вера", "ru"), ("Emma", "en"))


class StoryPhone(Protocol):
    """What the walk needs of tools.screens.Phone."""

    def add_person(self, name: str, language: str) -> int: ...
    def show(self, user_id: int) -> None: ...
    def say(self, user_id: int, text: str) -> None: ...
    def press_first(self, user_id: int, prefix: str) -> bool: ...
    def shot(self, language: str, name: str) -> None: ...


def walk_stories(phone: StoryPhone, languages: list[str]) -> None:
    """/stories (the list by topic and city pair), then the first story."""
    for name, language in STORY_READERS:
        if language not in languages:
            continue
        uid = phone.add_person(name, language)
        phone.show(uid)
        phone.say(uid, "/stories")
        phone.shot(language, "stories")
        assert phone.press_first(uid, "stc:"), "the list offers no story"
        phone.shot(language, "story")
