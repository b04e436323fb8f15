"""Typed button data: a prefix plus ':'-separated fields, at most 64 bytes, one codec for all.

Each button kind is a frozen dataclass with a PREFIX; `pack()` builds the data, `unpack()` reads
it back (None for stale or forged data), and `pattern()` is the handler's regex. A field typed as
a `Literal[...]` is an action: `unpack()` refuses values outside it, and
`pattern(action="vote")` matches only that action, so each action gets its own handler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Literal, Self, get_args, get_origin, get_type_hints

MAX_BYTES = 64
# Integer fields are ids and small numbers: 0 <= n < 2**63 (SQLite's INTEGER), digits only.
# Anything else (a sign, 40 digits, '١٢') is forged data, answered like a stale button.
MAX_INT = 2**63
_INT = r"[0-9]{1,19}"
_BOOL = r"[01]"
_TEXT = r"[^:]*"


@dataclass(frozen=True)
class CallbackData:
    PREFIX: ClassVar[str]

    def pack(self) -> str:
        parts = [self.PREFIX]
        for f in fields(self):
            value = getattr(self, f.name)
            text = str(int(value)) if isinstance(value, bool) else str(value)
            if isinstance(value, int) and not isinstance(value, bool) and not in_range(value):
                raise ValueError(f"{f.name} out of range: {value}")
            if ":" in text:
                raise ValueError(f"{f.name} must not contain ':'")
            parts.append(text)
        data = ":".join(parts)
        if len(data.encode("utf-8")) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: str) -> Self | None:
        if not cls.pattern().fullmatch(data):
            return None
        values: dict[str, Any] = {}
        for (name, kind), raw in zip(_field_kinds(cls), data.split(":")[1:], strict=True):
            if kind is bool:
                values[name] = raw == "1"
            elif kind is int:
                values[name] = int(raw)
                if not in_range(values[name]):
                    return None
            else:
                values[name] = raw
        return cls(**values)

    @classmethod
    def pattern(cls, **fixed: str) -> re.Pattern[str]:
        """The whole data, field by field (an action only from its Literal's values); with
        `fixed`, only data whose fields equal those values. Malformed data matches no handler
        and falls through to the stale-button answer (a pop-up), never into a handler."""
        key = (cls, tuple(sorted(fixed.items())))
        if key not in _PATTERNS:
            _PATTERNS[key] = _build_pattern(cls, dict(fixed))
        return _PATTERNS[key]

    @classmethod
    def actions(cls) -> tuple[str, ...]:
        """Every value of the kind's `action` field (empty for kinds without one)."""
        for name, kind in _field_kinds(cls):
            if name == "action" and get_origin(kind) is Literal:
                return tuple(get_args(kind))
        return ()

    def exact_pattern(self) -> re.Pattern[str]:
        """Matches this one button's data only (one handler per value, e.g. a menu item)."""
        return re.compile(rf"^{re.escape(self.pack())}$")


def in_range(value: int) -> bool:
    return 0 <= value < MAX_INT


def _shape(kind: Any) -> str:
    if kind is bool:
        return _BOOL
    if kind is int:
        return _INT
    if get_origin(kind) is Literal:
        return "(?:" + "|".join(re.escape(str(v)) for v in get_args(kind)) + ")"
    return _TEXT


def _build_pattern(cls: type[CallbackData], fixed: dict[str, str]) -> re.Pattern[str]:
    parts = []
    for name, kind in _field_kinds(cls):
        if name not in fixed:
            parts.append(":" + _shape(kind))
            continue
        value = fixed.pop(name)
        if get_origin(kind) is Literal and value not in get_args(kind):
            raise ValueError(f"{cls.__name__}.{name} has no value {value!r}")
        parts.append(":" + re.escape(value))
    if fixed:
        raise ValueError(f"{cls.__name__} has no fields {sorted(fixed)}")
    return re.compile(rf"^{re.escape(cls.PREFIX)}{''.join(parts)}\Z")


_PATTERNS: dict[tuple[type, tuple[tuple[str, str], ...]], re.Pattern[str]] = {}


_KINDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _field_kinds(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's name and type, worked out once per button kind (not on every press)."""
    if cls not in _KINDS:
        hints = get_type_hints(cls)
        _KINDS[cls] = tuple((f.name, hints[f.name]) for f in fields(cls))
    return _KINDS[cls]


@dataclass(frozen=True)
class SetLanguage(CallbackData):
    PREFIX: ClassVar[str] = "lang"
    language: str


@dataclass(frozen=True)
class ChoosePartnership(CallbackData):
    PREFIX: ClassVar[str] = "ptn"
    partnership_id: int


@dataclass(frozen=True)
class ChooseCity(CallbackData):
    PREFIX: ClassVar[str] = "city"
    city_id: int


@dataclass(frozen=True)
class PrivacyAnswer(CallbackData):
    PREFIX: ClassVar[str] = "priv"
    accept: bool


ProfileAction = Literal["name", "spoken", "interests", "city", "show", "mute", "quiet", "finish"]


@dataclass(frozen=True)
class ProfileStep(CallbackData):
    """Open a profile step; `onboarding` says whether 'done' goes on or back to the profile."""

    PREFIX: ClassVar[str] = "prof"
    action: ProfileAction
    onboarding: bool


@dataclass(frozen=True)
class UseTelegramName(CallbackData):
    PREFIX: ClassVar[str] = "pname"
    onboarding: bool


@dataclass(frozen=True)
class ToggleSpoken(CallbackData):
    PREFIX: ClassVar[str] = "spk"
    language: str
    onboarding: bool


@dataclass(frozen=True)
class ToggleInterest(CallbackData):
    PREFIX: ClassVar[str] = "intr"
    theme_id: int
    onboarding: bool


MenuItem = Literal["main", "profile", "language", "help", "staff"]


@dataclass(frozen=True)
class OpenMenu(CallbackData):
    PREFIX: ClassVar[str] = "menu"
    action: MenuItem  # which screen the menu button opens


PartnershipDraftAction = Literal[
    "start", "translate", "cities", "city", "themes", "theme", "review", "create", "cancel", "tz"
]


@dataclass(frozen=True)
class DraftAction(CallbackData):
    """A step of the admin's 'new partnership' conversation."""

    PREFIX: ClassVar[str] = "np"
    action: PartnershipDraftAction
    target: str  # name, city, theme, or a time-zone index for tz
    index: int
    language: str


@dataclass(frozen=True)
class InviteStep(CallbackData):
    PREFIX: ClassVar[str] = "inv"
    partnership_id: int  # 0 while not chosen yet
    role: str  # '-' while not chosen yet


PrivacyAction = Literal["mydata", "ask", "erase", "keep", "remove", "cancel"]


@dataclass(frozen=True)
class PrivacyStep(CallbackData):
    """/privacy and /deleteme buttons: my data, erase (keeping or removing ideas), cancel."""

    PREFIX: ClassVar[str] = "erase"
    action: PrivacyAction


# ------------------------------------------------------------------ workshops
@dataclass(frozen=True)
class WorkshopList(CallbackData):
    PREFIX: ClassVar[str] = "wl"
    mine: bool  # only the ones I signed up for


@dataclass(frozen=True)
class WorkshopOpen(CallbackData):
    PREFIX: ClassVar[str] = "wo"
    workshop_id: int


@dataclass(frozen=True)
class WorkshopSignup(CallbackData):
    PREFIX: ClassVar[str] = "ws"
    workshop_id: int


SignupAnswerAction = Literal["choice", "skip", "abort"]


@dataclass(frozen=True)
class SignupAnswer(CallbackData):
    """A button while answering sign-up questions: a choice, skip, or send."""

    PREFIX: ClassVar[str] = "sa"
    workshop_id: int
    action: SignupAnswerAction
    value: int  # the choice's index; 0 otherwise


@dataclass(frozen=True)
class RegistrationCancel(CallbackData):
    PREFIX: ClassVar[str] = "rc"
    registration_id: int
    confirm: bool


@dataclass(frozen=True)
class OfferAnswer(CallbackData):
    PREFIX: ClassVar[str] = "ro"
    registration_id: int
    accept: bool


@dataclass(frozen=True)
class FeedbackRating(CallbackData):
    PREFIX: ClassVar[str] = "rf"
    registration_id: int
    rating: int  # 1-5 stars (FEEDBACK_STARS); 0: add a comment


WorkshopDraftAction = Literal[
    "new",
    "kind",
    "place",
    "skip",
    "quotas",
    "req",
    "rm",
    "noq",
    "addq",
    "qdone",
    "time",
    "retype",
    "publish",
    "save",
    "cancel",
]


@dataclass(frozen=True)
class WorkshopDraftStep(CallbackData):
    """A button of the organiser's 'new workshop' conversation."""

    PREFIX: ClassVar[str] = "wd"
    action: WorkshopDraftAction
    value: str  # the partnership, kind, city, question position or time choice; '-' if none


WorkshopManageAction = Literal[
    "card",
    "list",
    "publish",
    "unpublish",
    "attendees",
    "checkin",
    "csv",
    "qr",
    "message",
    "time",
    "capacity",
    "unlimited",
    "translate",
    "tr",
    "reminders",
    "remind",
    "next",
    "invite",
    "cancel",
    "cancelok",
]


@dataclass(frozen=True)
class WorkshopManage(CallbackData):
    """An organiser's action on an existing workshop."""

    PREFIX: ClassVar[str] = "wm"
    workshop_id: int  # 0 for "list"
    action: WorkshopManageAction
    value: int  # the partnership (list), preset (remind), language (tr) or workshop (invite)


@dataclass(frozen=True)
class AttendanceToggle(CallbackData):
    PREFIX: ClassVar[str] = "wa"
    registration_id: int


# ------------------------------------------------------------------ broadcasts
BroadcastAction = Literal[
    "new", "version", "audience", "aud", "send", "schedule", "cancel", "unschedule"
]


@dataclass(frozen=True)
class BroadcastStep(CallbackData):
    """A button of the announcement conversation or of a sent/scheduled announcement."""

    PREFIX: ClassVar[str] = "bc"
    action: BroadcastAction
    kind: str  # audience kind, a language code, or '-'
    value: int  # partnership, city, workshop, theme or broadcast id; 0 when unused


InsightAction = Literal["show", "participants", "registrations", "ideas"]


@dataclass(frozen=True)
class InsightStep(CallbackData):
    PREFIX: ClassVar[str] = "st"
    action: InsightAction
    partnership_id: int


# ------------------------------------------------------------------ ideas
@dataclass(frozen=True)
class IdeasHome(CallbackData):
    PREFIX: ClassVar[str] = "ih"
    partnership_id: int  # 0: the reader's own


IdeaDraftAction = Literal[
    "new", "theme", "themes", "skip", "lang", "author", "workshop", "review", "submit", "cancel",
    "join",
]  # fmt: skip


@dataclass(frozen=True)
class IdeaDraftStep(CallbackData):
    PREFIX: ClassVar[str] = "id"
    action: IdeaDraftAction
    value: int  # a theme, language index, workshop or (join) idea id; 0 when unused


@dataclass(frozen=True)
class IdeaList(CallbackData):
    """A page of ideas with its filters, so that 'back' returns to the same view."""

    PREFIX: ClassVar[str] = "il"
    page: int
    theme_id: int  # 0: all themes
    scope: str  # a: all cities, m: my city, p: partner cities, o: my own ideas
    sort: str  # n: newest, v: most votes


@dataclass(frozen=True)
class IdeaOpen(CallbackData):
    PREFIX: ClassVar[str] = "io"
    idea_id: int
    page: int
    theme_id: int
    scope: str
    sort: str


@dataclass(frozen=True)
class IdeaListVote(CallbackData):
    """ "👍 3" in the idea list: vote for idea number 3 (or take the vote back) in one tap."""

    PREFIX: ClassVar[str] = "iv"
    idea_id: int
    vote: bool  # False: take the vote back
    page: int
    theme_id: int
    scope: str
    sort: str

    @property
    def view(self) -> IdeaList:
        return IdeaList(self.page, self.theme_id, self.scope, self.sort)


IdeaActionName = Literal[
    "vote", "unvote", "support", "original", "photo", "report", "report_ok", "withdraw",
    "withdraw_ok", "edit", "edit_title", "edit_description", "edit_needs", "translate",
    "translate_to", "back",
]  # fmt: skip


@dataclass(frozen=True)
class IdeaAction(CallbackData):
    PREFIX: ClassVar[str] = "ia"
    idea_id: int
    action: IdeaActionName
    value: int  # the language index for translate_to; 0 otherwise


IdeaModerateAction = Literal[
    "menu", "publish", "hide", "merge", "into", "theme", "dismiss", "tr_show", "tr_ok", "tr_no"
]


@dataclass(frozen=True)
class IdeaModerate(CallbackData):
    PREFIX: ClassVar[str] = "im"
    idea_id: int
    action: IdeaModerateAction
    value: int  # the target idea (into), a theme id, or a language index (tr_*); 0 otherwise


IdeaResultsAction = Literal["all", "theme", "city", "chart"]


@dataclass(frozen=True)
class IdeaResults(CallbackData):
    PREFIX: ClassVar[str] = "ir"
    action: IdeaResultsAction
    value: int  # the theme or city id; 0 otherwise


IdeaSettingsAction = Literal["show", "submissions", "voting", "premoderation", "budget", "queue"]


@dataclass(frozen=True)
class IdeaSettingsStep(CallbackData):
    PREFIX: ClassVar[str] = "is"
    partnership_id: int
    action: IdeaSettingsAction
    value: int  # the vote budget for budget; 0 otherwise


# ------------------------------------------------------------------ matching and teams
@dataclass(frozen=True)
class ProposalAnswer(CallbackData):
    PREFIX: ClassVar[str] = "pa"
    round_id: int
    accept: bool


TeamAction = Literal["show", "write", "link", "leave", "leave_ok", "original", "notices_off"]


@dataclass(frozen=True)
class TeamStep(CallbackData):
    PREFIX: ClassVar[str] = "tm"
    action: TeamAction
    value: int  # the message id for "original"; 0 otherwise


MatchingAction = Literal[
    "home",
    "sizes",
    "dry",
    "drop",
    "move",
    "who",
    "to",
    "publish",
    "status",
    "teams",
    "team",
    "coach",
]


@dataclass(frozen=True)
class MatchingStep(CallbackData):
    """An organiser's step in matching: settings, dry run, drop, move, publish, teams."""

    PREFIX: ClassVar[str] = "mt"
    action: MatchingAction
    partnership_id: int
    value: int
    extra: int


# ------------------------------------------------------------------ check-ins
CheckinAction = Literal[
    "start",
    "skip",
    "mood",
    "edit",
    "reply",
    "digest",
    "quiet",
    "team",
    "cadence",
    "day",
    "time",
    "now",
    "pause",
    "resume",
    "end",
    "end_ok",
]


@dataclass(frozen=True)
class CheckinStep(CallbackData):
    PREFIX: ClassVar[str] = "ck"
    action: CheckinAction
    value: int  # round id, team id or preset
    extra: int
