"""Button kinds of the toolbox and the stories, grouped per screen family (toolbox reading,
toolbox authoring and moderation, story writing, story reading and publishing). Same rules
as `bot/callback_data.py`: one frozen dataclass per kind with a unique PREFIX, actions typed as
`Literal` aliases with one handler per value.

Toolbox buttons and story reading buttons may be pressed before onboarding (a card shared
into a group chat reaches people who never started the bot); the services check who may do
what. `OPEN_BUTTONS` lists them for the onboarding gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from bot.telegram.callback_codec import CallbackData

# ------------------------------------------------------------------ entry points
# Buttons one screen family puts on another's screens; the owner registers the handler.


@dataclass(frozen=True)
class ToolboxHome(CallbackData):
    """The toolbox's first screen: the kinds, the search hint, "Suggest an entry" (toolbox)."""

    PREFIX: ClassVar[str] = "tbh"


@dataclass(frozen=True)
class ToolboxEntryCard(CallbackData):
    """One entry as a reader sees it, in their language (toolbox)."""

    PREFIX: ClassVar[str] = "tbe"
    entry_id: int


@dataclass(frozen=True)
class ToolboxTopic(CallbackData):
    """Entries with one topic tag (toolbox); check-ins and coaching link here by tag."""

    PREFIX: ClassVar[str] = "tbt"
    topic: str


@dataclass(frozen=True)
class ToolboxManage(CallbackData):
    """The organisers' toolbox: new entry, suggestions to moderate, entries due for review
    (toolbox_admin)."""

    PREFIX: ClassVar[str] = "tbm"


@dataclass(frozen=True)
class ToolboxSuggest(CallbackData):
    """Any onboarded person suggests an entry; it goes to moderation (toolbox_admin)."""

    PREFIX: ClassVar[str] = "tbs"


@dataclass(frozen=True)
class StoriesHome(CallbackData):
    """Published stories, by topic and city pair (story_reading)."""

    PREFIX: ClassVar[str] = "sth"


@dataclass(frozen=True)
class StoryCard(CallbackData):
    """One published story in the reader's language (story_reading)."""

    PREFIX: ClassVar[str] = "stc"
    story_id: int


@dataclass(frozen=True)
class StoryDraftCard(CallbackData):
    """A story being written, as the team sees it: sections, consent, photos (stories)."""

    PREFIX: ClassVar[str] = "std"
    story_id: int


@dataclass(frozen=True)
class StoryReviewCard(CallbackData):
    """A story as the organiser reviewing it sees it: publish, send back (story_reading)."""

    PREFIX: ClassVar[str] = "str"
    story_id: int


# ------------------------------------------------------------------ toolbox (reading)
EntryReadAction = Literal["file", "original"]
EntryMemberAction = Literal["remind", "yes", "no"]


@dataclass(frozen=True)
class ToolboxKind(CallbackData):
    """The entries of one kind (the first screen's buttons); typing then searches within it."""

    PREFIX: ClassVar[str] = "tbi"
    kind: str


@dataclass(frozen=True)
class ToolboxResults(CallbackData):
    """A page of the reader's current search or listing (kept in their ToolboxSearchInput);
    `expired` shows past funding too."""

    PREFIX: ClassVar[str] = "tbr"
    page: int
    expired: bool = False


@dataclass(frozen=True)
class ToolboxRead(CallbackData):
    """Reading an entry: the template as a document, the original instead of a translation."""

    PREFIX: ClassVar[str] = "tbd"
    action: EntryReadAction
    entry_id: int


@dataclass(frozen=True)
class ToolboxAct(CallbackData):
    """What an onboarded reader does with an entry: "remind me", "Was this helpful?"."""

    PREFIX: ClassVar[str] = "tba"
    action: EntryMemberAction
    entry_id: int


# ------------------------------------------------------------------ toolbox (authoring)
KeepAction = Literal[
    "list",  # all entries, ref = page
    "due",  # entries due for review
    "queue",  # suggestions to moderate
    "card",  # one entry as its keeper sees it, ref = entry id
    "still",  # "still correct": reviewed now, next review in a year
    "archive",  # asks first
    "archive_ok",
    "approve_mt",  # value = language: a machine version becomes human
    "translate",  # value = language: type a version
    "approve",  # a suggestion is published
    "decline",  # asks for the reason
]


@dataclass(frozen=True)
class ToolboxKeep(CallbackData):
    """The keepers' actions on entries and suggestions."""

    PREFIX: ClassVar[str] = "tbk"
    action: KeepAction
    ref: int  # an entry id, or a page of "list"
    value: str = "-"


DraftAction = Literal[
    "new",  # starts a new entry: choose its kind
    "kind",  # value = EntryKind
    "tag",  # value = "<facet>.<key>": toggles a tag
    "next",  # the tags of one facet are chosen
    "zone",  # value = index into the clocks by city
    "edit",  # value = a step: the preview's "edit", back to the preview after it
    "publish_ask",  # asks first
    "publish",
    "cancel",
]


@dataclass(frozen=True)
class ToolboxDraftStep(CallbackData):
    """A keeper's new entry, step by step."""

    PREFIX: ClassVar[str] = "tbn"
    action: DraftAction
    value: str = "-"


SuggestAction = Literal["kind", "skip_link", "credit", "cancel"]


@dataclass(frozen=True)
class ToolboxSuggestStep(CallbackData):
    """A member's suggestion: kind, skipping the link, the credit answer ("1"/"0")."""

    PREFIX: ClassVar[str] = "tbq"
    action: SuggestAction
    value: str = "-"


# ------------------------------------------------------------------ stories (writing)
# The team's draft screen (StoryDraftCard above): edit a section (value: its index in
# SECTIONS), the photo step, remove a photo (value: its id), send for review (asks first),
# and each named person's consent answer.
StoryWriteAction = Literal[
    "edit", "photos", "photo_del", "review", "review_ok", "consent_yes", "consent_no"
]


@dataclass(frozen=True)
class StoryWrite(CallbackData):
    PREFIX: ClassVar[str] = "stw"
    action: StoryWriteAction
    story_id: int
    value: int  # section index ("edit"), photo id ("photo_del"); 0 otherwise


# An organiser (or the coach) asks for a team's story now: ask first, then draft.
StoryRequestAction = Literal["ask", "ask_ok"]


@dataclass(frozen=True)
class StoryRequest(CallbackData):
    PREFIX: ClassVar[str] = "stq"
    action: StoryRequestAction
    team_id: int


# ------------------------------------------------------------------ stories (reading, publishing)


@dataclass(frozen=True)
class StoriesReview(CallbackData):
    """The organiser's stories of one partnership, those waiting for review first."""

    PREFIX: ClassVar[str] = "stv"
    partnership_id: int


# ask: the confirmation (with the review date `months`), publish: do it; note: the team is
# told what to change (typed); withdraw: the confirmation, withdrawn: do it.
ReviewAction = Literal["ask", "publish", "note", "withdraw", "withdrawn"]


@dataclass(frozen=True)
class StoryReviewStep(CallbackData):
    PREFIX: ClassVar[str] = "sts"
    story_id: int
    action: ReviewAction
    months: int  # the review date for "ask"/"publish" (0: none); 0 otherwise


@dataclass(frozen=True)
class StoriesPage(CallbackData):
    """A further page of published stories."""

    PREFIX: ClassVar[str] = "stp"
    page: int


# photos: every publishable photo; original: the story in its original language.
StoryExtraAction = Literal["photos", "original"]


@dataclass(frozen=True)
class StoryExtra(CallbackData):
    PREFIX: ClassVar[str] = "stx"
    story_id: int
    action: StoryExtraAction


@dataclass(frozen=True)
class StoryUpdateStep(CallbackData):
    """A team member writes the one-line update asked for on the review date."""

    PREFIX: ClassVar[str] = "stu"
    story_id: int


def _kinds() -> tuple[type[CallbackData], ...]:
    return tuple(
        kind
        for kind in globals().values()
        if isinstance(kind, type) and issubclass(kind, CallbackData) and kind is not CallbackData
    )


# Every kind of this module.
TOOLBOX_BUTTONS: tuple[type[CallbackData], ...] = _kinds()
# What the onboarding gate lets through: reading the toolbox and published stories.
# Kinds that act for a participant (writing a story, "remind me", "helpful") stay out; their
# services need an onboarded person. Add reading kinds of your section here.
OPEN_BUTTONS: tuple[type[CallbackData], ...] = (
    ToolboxHome,
    ToolboxEntryCard,
    ToolboxTopic,
    StoriesHome,
    StoryCard,
    StoriesPage,
    StoryExtra,
    ToolboxKind,
    ToolboxResults,
    ToolboxRead,
)

__all__ = ["OPEN_BUTTONS", "TOOLBOX_BUTTONS", "ClassVar", "Literal", "dataclass"]
