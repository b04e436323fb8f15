"""Every keyboard of the live wall's people and moderators fits a phone in all five languages,
with two-digit idea numbers and every state a button can show (as the shared phone-budget test
does for the older keyboards)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup

from bot.db.live_ideas import WallEntry
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.live_wall import EventStatus, LiveEvent, LiveRoom, Moderation, WallStatus
from bot.domain.participants import Participant
from bot.domain.partnerships import City, Partnership
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import live_ideas
from bot.services.live_access import InRoom, Shown
from bot.services.live_ideas import IdeaList, ListedIdea
from bot.services.live_moderation import ModeratedIdea, ModerationView
from tests.stories import labels_over_budget, public_builders

TR = Translator(strict=True)
TITLE = "Gemeinsamer Gemeinschaftsgarten am Rheinufer für beide Partnerstädte"
ROOMS = (
    LiveRoom(1, 1, 7, 1, "de", "token-a", "ROOMA", 0),
    LiveRoom(2, 1, 8, 2, "ru", "token-b", "ROOMB", 1),
)
EVENT = LiveEvent(
    1,
    1,
    "Kick-off Karlsruhe ↔ Krasnodar",
    Moderation.PRE,
    EventStatus.LIVE,
    9,
    None,
    datetime(2027, 4, 24, tzinfo=UTC),
    rooms=ROOMS,
)
PARTNERSHIP = Partnership(
    1,
    LocalizedName({"en": "Karlsruhe ↔ Krasnodar"}),
    cities=(
        City(1, 1, LocalizedName({"en": "Karlsruhe"}), "Europe/Berlin"),
        City(2, 1, LocalizedName({"en": "Krasnodar"}), "Europe/Moscow"),
    ),
)
AT = InRoom(EVENT, ROOMS[0], Participant(5, "de", 1, 1), PARTNERSHIP)


def idea(idea_id: int) -> Idea:
    return Idea(idea_id, 1, 6, 2, "ru", IdeaText(TITLE, "…", None), IdeaStatus.PUBLISHED)


IDEAS = [idea(n) for n in range(10, 28)]


def listing(page: int) -> IdeaList:
    """Page `page` of 4 (ideas numbered into two digits): voted, not, own, translated."""
    items = [
        ListedIdea(
            page * 5 + n + 1,
            i,
            Shown(i.original, translated=n % 2 == 0, machine=n == 0),
            votes=n,
            bridge=n == 1,
            mine=n % 3 == 0,
            own=n == 4,
        )
        for n, i in enumerate(IDEAS[:5])
    ]
    return IdeaList(AT, items, page, 4, 20)


def moderated(status: WallStatus, room: int = 1) -> ModeratedIdea:
    entry = WallEntry(12, room, 1, status, 9)
    return ModeratedIdea(AT, idea(12), entry, IDEAS)


def cases() -> Iterator[tuple[str, Callable[[str], InlineKeyboardMarkup]]]:
    tr = TR
    for page in (0, 2, 3):
        yield f"idea_list[{page}]", lambda lang, p=page: live_ideas.idea_list(tr, lang, listing(p))
    yield "original_back", lambda lang: live_ideas.original_back(tr, lang, 1, 2)
    view = ModerationView(AT, IDEAS[:4], IDEAS[4:9], IDEAS[9:12], IDEAS[12:])
    yield "moderation", lambda lang: live_ideas.moderation(tr, lang, view)
    for status in WallStatus:
        yield (
            f"moderated_idea[{status}]",
            lambda lang, s=status: live_ideas.moderated_idea(tr, lang, moderated(s)),
        )
    yield (
        "moderated_idea[other room]",
        lambda lang: live_ideas.moderated_idea(tr, lang, moderated(WallStatus.SHOWN, 2)),
    )
    yield "hide_reasons", lambda lang: live_ideas.hide_reasons(tr, lang, 1, 12)
    yield (
        "merge_targets",
        lambda lang: live_ideas.merge_targets(tr, lang, moderated(WallStatus.SHOWN)),
    )
    yield "merge_confirm", lambda lang: live_ideas.merge_confirm(tr, lang, 1, 12, 13)
    yield "back_to_idea", lambda lang: live_ideas.back_to_idea(tr, lang, 1, 12)


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = labels_over_budget(CASES, language)
    assert not problems, problems


def test_every_builder_is_rendered_here() -> None:
    builders = public_builders(live_ideas)
    assert builders - {name.split("[")[0] for name, _ in CASES} == set()


def test_the_list_offers_what_each_idea_allows() -> None:
    """+1 or taking it back, never on one's own idea; the original only for a translation."""
    rows = live_ideas.idea_list(TR, "en", listing(0)).inline_keyboard
    labels = [[b.text for b in row] for row in rows]
    assert labels[:5] == [
        ["Undo +1 #1", "Original #1"],
        ["👍 +1 #2"],
        ["👍 +1 #3", "Original #3"],
        ["Undo +1 #4"],
        ["Original #5"],  # Anna's own idea: no +1
    ]
    assert labels[5:] == [["Next ▶️"], ["⬅️ Back to the room"]]
