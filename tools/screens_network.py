"""The network's screens for `python -m tools.screens`: booking a consultation as a Russian
participant from Krasnodar (times on Krasnodar's clock with the host's Berlin time beside them)
and the directory as a German reader. The sandbox seeds the hosts, the partnership's profile
and two organisations (bot/services/network_demo.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

# Who books a consultation (onboarded in the partner city, index 1) and who reads the directory.
CONSULT_PEOPLE = (("Ирина", "ru", 1), ("Jana", "de", 0))
DIRECTORY_READERS = (("Lukas", "de"), ("Наталья", "ru"))


class NetworkPhone(Protocol):
    """What the walk needs of tools.screens.Phone."""

    def add_person(self, name: str, language: str) -> int: ...
    def show(self, user_id: int) -> None: ...
    def say(self, user_id: int, text: str) -> None: ...
    def press(self, user_id: int, data: str) -> None: ...
    def press_first(self, user_id: int, prefix: str) -> bool: ...
    def shot(self, language: str, name: str) -> None: ...


def walk_network(
    phone: NetworkPhone,
    languages: list[str],
    onboard: Callable[[NetworkPhone, int, str, int], None],
) -> None:
    """/network, /consult from the topic to the booked slot, then /directory to a card."""
    for name, language, city in CONSULT_PEOPLE:
        if language not in languages:
            continue
        uid = phone.add_person(name, language)
        onboard(phone, uid, language, city)
        phone.say(uid, "/network")
        phone.shot(language, "network-home")
        phone.say(uid, "/consult")
        phone.shot(language, "consult-topics")
        phone.press(uid, "cbt:culture")
        phone.shot(language, "consult-language")
        phone.press(uid, f"cbl:culture:{language}")
        # Past the toolbox's tips to the first page, when there are tips (not "next page").
        phone.press_first(uid, f"cbs:culture:{language}:0:")
        phone.shot(language, "consult-slots")
        assert phone.press_first(uid, "cbp:"), "no free slot offered"
        phone.shot(language, "consult-confirm")
        assert phone.press_first(uid, "cbb:"), "the confirmation has no Book button"
        phone.shot(language, "consult-booked")
    for name, language in DIRECTORY_READERS:
        if language not in languages:
            continue
        uid = phone.add_person(name, language)
        phone.show(uid)
        phone.say(uid, "/directory")
        phone.shot(language, "directory")
        phone.press(uid, "ndb:countries")
        phone.press_first(uid, "ndr:c:DE:")
        phone.shot(language, "directory-results")
        assert phone.press_first(uid, "ndp:"), "no partnership listed"
        phone.shot(language, "directory-card")
