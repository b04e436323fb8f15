"""The organiser tools: the home with its groups, each group's actions (the existing screens'
entry points), and the button under the daily notice."""

from __future__ import annotations

from collections.abc import Callable

from telegram import InlineKeyboardMarkup

from bot.callback_calls import CallsHome
from bot.callback_data import (
    BroadcastStep,
    CallbackData,
    DraftAction,
    IdeaResults,
    IdeaSettingsStep,
    InsightStep,
    InviteStep,
    MatchingStep,
    OpenMenu,
    OrganiserGroup,
    OrganiserStep,
    OutreachConfirm,
    WorkshopDraftStep,
    WorkshopManage,
)
from bot.callback_network import PartnershipProfileCard
from bot.callback_toolbox import StoriesReview, ToolboxManage
from bot.domain.organiser_home import ORGANISER_GROUPS
from bot.domain.roles import Actor
from bot.i18n import Translator
from bot.keyboards import Row, button, markup

# A group's actions: (label id, label arguments, button data) for a partnership.
Action = tuple[str, dict[str, int], CallbackData]


def home(tr: Translator, lang: str, new_workshop_in: int | None = None) -> InlineKeyboardMarkup:
    """The groups; with `new_workshop_in` (the one partnership) also "New workshop" on top."""
    rows = [
        [button(tr.plain(lang, f"orghome-group-{g}"), OrganiserStep(g, 0))]
        for g in ORGANISER_GROUPS
    ]
    if new_workshop_in is not None:
        new = WorkshopDraftStep("new", str(new_workshop_in))
        rows.insert(0, [button(tr.plain(lang, "workshops-new"), new)])
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def _ideas(pid: int, waiting: int) -> list[Action]:
    return [
        ("orghome-idea-settings", {}, IdeaSettingsStep(pid, "show", 0)),
        ("ideas-set-queue", {"count": waiting}, IdeaSettingsStep(pid, "queue", 0)),
        ("ideas-results", {}, IdeaResults("all", 0)),
    ]


def _matching(pid: int, _: int) -> list[Action]:
    return [
        ("orghome-matching", {}, MatchingStep("home", pid, 0, 0)),
        ("orghome-teams", {}, MatchingStep("teams", pid, 0, 0)),
    ]


def _coaching(pid: int, _: int) -> list[Action]:
    return [
        ("orghome-teams", {}, MatchingStep("teams", pid, 0, 0)),
        ("orghome-invite-coach", {}, InviteStep(pid, "coach")),
        ("network-profile-button", {}, PartnershipProfileCard(pid)),
    ]


def _news(pid: int, _: int) -> list[Action]:
    # The programme's toolbox (one for all partnerships) is kept by every organiser.
    return [
        ("orghome-new-announcement", {}, BroadcastStep("new", "-", pid)),
        ("stories-review-button", {}, StoriesReview(pid)),
        ("tbadmin-open", {}, ToolboxManage()),
    ]


def _people(pid: int, _: int) -> list[Action]:
    return [
        ("orghome-invite-organiser", {}, InviteStep(pid, "organiser")),
        ("orghome-invite-coach", {}, InviteStep(pid, "coach")),
        ("network-profile-button", {}, PartnershipProfileCard(pid)),
    ]


def _stats(pid: int, _: int) -> list[Action]:
    return [
        ("staff-stats", {}, InsightStep("show", pid)),
        ("insight-export-participants", {}, InsightStep("participants", pid)),
        ("insight-export-registrations", {}, InsightStep("registrations", pid)),
        ("insight-export-ideas", {}, InsightStep("ideas", pid)),
    ]


# The Workshops group has no screen of its own: it opens the organiser's workshop list.
GROUP_ACTIONS: dict[OrganiserGroup, Callable[[int, int], list[Action]]] = {
    "ideas": _ideas,
    "matching": _matching,
    "coaching": _coaching,
    "news": _news,
    "people": _people,
    "stats": _stats,
}


def group(
    tr: Translator, lang: str, name: OrganiserGroup, pid: int, actor: Actor, waiting: int = 0
) -> InlineKeyboardMarkup:
    """One group's actions for partnership `pid` (`waiting`: items in the moderation queue)."""
    rows: list[Row] = [
        [button(tr.plain(lang, label, **args), data)]
        for label, args, data in GROUP_ACTIONS[name](pid, waiting)
    ]
    if name == "people" and actor.is_admin:
        rows.append(
            [button(tr.plain(lang, "staff-new-partnership"), DraftAction("start", "-", 0, "-"))]
        )
        rows.append([button(tr.plain(lang, "calls-staff-button"), CallsHome())])
    rows.append([button(tr.plain(lang, "buttons-back"), OpenMenu("staff"))])
    return markup(rows)


def confirm_setting(
    tr: Translator, lang: str, yes: IdeaSettingsStep, label: str, **args: object
) -> InlineKeyboardMarkup:
    """Yes (closing voting or submissions, a new vote budget) or cancel: back, unchanged."""
    cancel = IdeaSettingsStep(yes.partnership_id, "show", 0)
    return markup(
        [
            [button(tr.plain(lang, label, **args), yes)],
            [button(tr.plain(lang, "buttons-cancel"), cancel)],
        ]
    )


def confirm_outreach(
    tr: Translator, lang: str, yes: OutreachConfirm, label: str, reach: int
) -> InlineKeyboardMarkup:
    """Yes (only when it reaches somebody) or cancel: back to the workshop's card, unsent."""
    cancel = WorkshopManage(yes.workshop_id, "card", 0)
    rows = [[button(tr.plain(lang, label), yes)]] if reach else []
    rows.append([button(tr.plain(lang, "buttons-cancel"), cancel)])
    return markup(rows)


class OrganiserButtons:
    """The button under the daily 'something waits for you' notice."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr

    def open_tools(self, lang: str) -> InlineKeyboardMarkup:
        return markup([[button(self.tr.plain(lang, "orghome-open"), OpenMenu("staff"))]])
