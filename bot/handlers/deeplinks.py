"""Where a deep link (`/start <payload>`) leads once the person is onboarded."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.domain.deeplinks import (
    CallLink,
    CoApplicantLink,
    DeepLink,
    InvitationLink,
    NetworkStaffLink,
    PartnershipLink,
    ReviewerLink,
    RoomLink,
    StoryLink,
    ToolboxLink,
    WorkshopLink,
    parse_payload,
)
from bot.domain.invitations import InvitationProblem
from bot.domain.roles import Role
from bot.handlers import (
    applying,
    calls_admin,
    coach,
    live_rooms,
    menu,
    network,
    story_reading,
    toolbox,
    workshops,
)
from bot.handlers.commands import publish_chat_menu
from bot.handlers.common import user_id


def parse(payload: str | None) -> DeepLink | None:
    return parse_payload(payload) if payload else None


async def route(update: Update, context: BotContext, link: DeepLink) -> None:
    if isinstance(link, InvitationLink):
        await redeem_invitation(update, context, link)
    elif isinstance(link, PartnershipLink):
        await menu.show_main_menu(update, context)
    elif isinstance(link, WorkshopLink):
        await workshops.open_link(update, context, link.workshop_id)
    elif isinstance(link, CallLink):
        await applying.open_call(update, context, link.call_id)
    elif isinstance(link, CoApplicantLink):
        await applying.join_as_partner(update, context, link.token)
    elif isinstance(link, ReviewerLink):
        await calls_admin.join_as_reviewer(update, context, link.token)
    elif isinstance(link, ToolboxLink):
        await toolbox.open_entry(update, context, link.entry_id)
    elif isinstance(link, StoryLink):
        await story_reading.open_story(update, context, link.story_id)
    elif isinstance(link, NetworkStaffLink):
        await network.join_staff(update, context, link.token)
    elif isinstance(link, RoomLink):  # live-setup: checking in to a live room
        await live_rooms.open_room(update, context, link.code)


async def redeem_invitation(update: Update, context: BotContext, link: InvitationLink) -> None:
    result = await context.services.access.redeem_invitation(user_id(update), link.token)
    if result.problem is not None or result.invitation is None or result.partnership is None:
        problem = result.problem or InvitationProblem.UNKNOWN
        await menu.show_main_menu(update, context, f"invitation-{problem.value}")
        return
    context.actor = await context.services.access.actor(user_id(update))
    # The new role brings its commands into this person's command menu at once.
    await publish_chat_menu(
        context.bot, context.services.translator, user_id(update), context.language, context.actor
    )
    accepted = context.t(
        "invitation-accepted",
        role=context.label(f"role-{result.invitation.role.value}"),
        partnership=result.partnership.name.for_reader(context.language),
    )
    if result.invitation.role is Role.COACH:
        # A coach's place is "My teams": the news stands above it, no detour via the menu.
        await coach.show_my_teams(update, context, header=accepted)
        return
    # The news stands above the menu in one message (a separate one landed below the menu
    # when the menu replaced the last onboarding step).
    await menu.show_main_menu(update, context, header=accepted)
