"""The bot's button kinds, grouped per area: each a frozen dataclass with a PREFIX.

The codec they share (`pack`, `unpack`, `pattern`, the 64-byte rule) is
`bot.telegram.callback_codec.CallbackData`; an action field typed as a `Literal[...]` alias
here gets one handler per value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

# Handlers and keyboards take `CallbackData` from here too, with the kinds.
from bot.telegram.callback_codec import CallbackData as CallbackData


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


AnnouncementAction = Literal["mute"]


@dataclass(frozen=True)
class AnnouncementStep(CallbackData):
    """Under a received announcement: mute announcements (unmuted again in the profile)."""

    PREFIX: ClassVar[str] = "ann"
    action: AnnouncementAction


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


OrganiserGroup = Literal["workshops", "ideas", "matching", "coaching", "news", "people", "stats"]


@dataclass(frozen=True)
class OrganiserStep(CallbackData):
    """A group of the organiser tools (the home itself is OpenMenu("staff"))."""

    PREFIX: ClassVar[str] = "og"
    action: OrganiserGroup
    partnership_id: int  # 0 while not chosen yet


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
class WorkshopOpenBelow(CallbackData):
    """The card in a new message, so that the notice carrying the button stays readable."""

    PREFIX: ClassVar[str] = "wn"
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
    "back",
    "edit",
    "month",
    "day",
    "start",
    "dur",
    "cap",
    "split",
    "noop",
    "lang",
    "copy",
    "from",
    "addr",
    "city",
]


@dataclass(frozen=True)
class WorkshopDraftStep(CallbackData):
    """A button of the organiser's 'new workshop' conversation."""

    PREFIX: ClassVar[str] = "wd"
    action: WorkshopDraftAction
    # The partnership, kind, city, question position, time choice, field to edit, month
    # ('2027-01'), day ('2027-01-14'), start ('1800'), minutes or seats; '-' if none.
    value: str


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
    "month",
    "day",
    "at",
    "dur",
]


@dataclass(frozen=True)
class WorkshopManage(CallbackData):
    """An organiser's action on an existing workshop."""

    PREFIX: ClassVar[str] = "wm"
    workshop_id: int  # 0 for "list"
    action: WorkshopManageAction
    # The partnership (list), preset (remind), language (tr), workshop (invite); for a new
    # time the month (202704), day (20260410), start (1800) or minutes (180).
    value: int


OutreachAction = Literal["send", "invite"]


@dataclass(frozen=True)
class OutreachConfirm(CallbackData):
    """Yes to a workshop message (send) or to inviting attendees to the next stage (invite)."""

    PREFIX: ClassVar[str] = "wx"
    workshop_id: int
    action: OutreachAction
    value: int  # the workshop invited to (invite); 0 otherwise


@dataclass(frozen=True)
class AttendanceToggle(CallbackData):
    PREFIX: ClassVar[str] = "wa"
    registration_id: int


# ------------------------------------------------------------------ broadcasts
BroadcastAction = Literal[
    "new", "version", "audience", "aud", "send", "schedule", "cancel", "unschedule", "at"
]


@dataclass(frozen=True)
class BroadcastStep(CallbackData):
    """A button of the announcement conversation or of a sent/scheduled announcement."""

    PREFIX: ClassVar[str] = "bc"
    action: BroadcastAction
    kind: str  # audience kind, a language code, or '-'
    value: int  # partnership, city, workshop, theme, broadcast id or time choice; 0 when unused


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
    "join", "edit_themes", "add_needs", "add_photo",
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
    "translate_to", "back", "ask",
]  # fmt: skip


@dataclass(frozen=True)
class IdeaAction(CallbackData):
    PREFIX: ClassVar[str] = "ia"
    idea_id: int
    action: IdeaActionName
    value: int  # the language index for translate_to and ask; 0 otherwise


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


IdeaSettingsAction = Literal[
    "show", "submissions", "voting", "premoderation", "budget", "queue",
    "submissions_ok", "voting_ok", "budget_ok",
]  # fmt: skip


@dataclass(frozen=True)
class IdeaSettingsStep(CallbackData):
    PREFIX: ClassVar[str] = "is"
    partnership_id: int
    action: IdeaSettingsAction
    value: int  # the vote budget for budget and budget_ok; 0 otherwise


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
    "publish",  # asks first: "Send proposals to 7 people?"
    "publish_ok",  # the answer: send them
    "review",  # the draft as it stands, without solving again (cancel, back from a move)
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


# A coach's "My teams": the list, one team, answering one member or the whole team.
CoachAction = Literal["teams", "team", "write", "all", "send_all"]


@dataclass(frozen=True)
class CoachStep(CallbackData):
    PREFIX: ClassVar[str] = "co"
    action: CoachAction
    team_id: int  # 0 for the list
    member_id: int  # the member to answer ("write"); 0 otherwise
