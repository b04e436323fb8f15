"""The onboarding gate: runs after the gatekeeper has identified the person. Someone who has
not finished onboarding is sent back to the step they left (a deep link they came with stays
remembered until onboarding ends); handlers after the gate may assume an onboarded person."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.callback_calls import CALL_BUTTONS
from bot.callback_data import (
    AttendanceToggle,
    BroadcastStep,
    CallbackData,
    ChooseCity,
    ChoosePartnership,
    DraftAction,
    IdeaModerate,
    IdeaSettingsStep,
    InsightStep,
    InviteStep,
    MatchingStep,
    OpenMenu,
    OrganiserStep,
    OutreachConfirm,
    PrivacyAnswer,
    PrivacyStep,
    SetLanguage,
    WorkshopDraftStep,
    WorkshopManage,
)
from bot.callback_network import OPEN_BUTTONS as NETWORK_OPEN_BUTTONS
from bot.callback_toolbox import OPEN_BUTTONS as TOOLBOX_OPEN_BUTTONS
from bot.context import BotContext
from bot.handlers import onboarding
from bot.handlers.common import show, user_id

# What a person may do before onboarding is finished:
# - onboarding itself (/start keeps a deep link's payload for after onboarding);
# - help, and their privacy rights (see, delete their data) at any time;
# - staff tools: roles are checked by the services, and the first administrator sets up the
#   first partnership before anyone can finish onboarding.
OPEN_COMMANDS = frozenset(
    {
        "start",
        "language",
        "help",
        "privacy",
        "mydata",
        "deleteme",
        "admin",
        "newpartnership",
        "invite",
        "organise",
        "broadcast",
        "stats",
        "matching",
        # Programme calls: applicants and reviewers need not belong to a partnership.
        "apply",
        "calls",
        "review",
        # The toolbox and published stories are for everyone (cards travel into groups).
        "toolbox",
        "stories",
        # The network's home, directory and calendar are for everyone, like the toolbox.
        "network",
        "directory",
        "calendar",
    }
)
OPEN_BUTTONS: tuple[type[CallbackData], ...] = (
    SetLanguage,
    ChoosePartnership,
    ChooseCity,
    PrivacyAnswer,
    PrivacyStep,
    DraftAction,
    InviteStep,
    WorkshopDraftStep,
    WorkshopManage,
    AttendanceToggle,
    BroadcastStep,
    InsightStep,
    MatchingStep,
    OrganiserStep,
    OutreachConfirm,
    IdeaSettingsStep,
    IdeaModerate,
    OrganiserStep,
    OutreachConfirm,
    *CALL_BUTTONS,
    *TOOLBOX_OPEN_BUTTONS,
    *NETWORK_OPEN_BUTTONS,
)
OPEN_MENU_ITEMS = frozenset({"help"})


async def onboarding_gate(update: Update, context: BotContext) -> None:
    """Let onboarded people and open updates through; send everyone else into onboarding."""
    participant = context.participant
    if update.effective_user is None or (participant is not None and participant.is_onboarded):
        return
    if not await needs_onboarding(update, context):
        return
    if participant is None:
        await onboarding.ask_language(update, context, "onboarding-welcome")
    else:
        await show(update, context, context.t("onboarding-finish-first"), new_message=True)
        await onboarding.resume(update, context)
    raise ApplicationHandlerStop


async def needs_onboarding(update: Update, context: BotContext) -> bool:
    """Buttons, commands and typed text outside an open question act for a participant.
    Files, stickers and other updates pass: their handlers answer without one."""
    query = update.callback_query
    if query is not None:
        data = query.data or ""
        menu = OpenMenu.unpack(data)
        if menu is not None:
            return menu.action not in OPEN_MENU_ITEMS
        return not any(kind.unpack(data) is not None for kind in OPEN_BUTTONS)
    message = update.message
    if message is None or message.text is None:
        return False
    command = command_name(message.text)
    if command is not None:
        return command not in OPEN_COMMANDS
    # Text answering an open question goes to that question's handler.
    return await context.services.dialogs.get(user_id(update)) is None


def command_name(text: str) -> str | None:
    """'/start@twincity_bot abc' -> 'start'; None for text that is not a command."""
    if not text.startswith("/"):
        return None
    return text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if len(text) > 1 else None
