"""/team for participants: answering a proposal, the team card, writing to the team (each
member reads it in their language, the original a tap away), the group link, leaving."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import ProposalAnswer, TeamStep
from bot.context import BotContext
from bot.domain.dialogs import TeamLinkInput, TeamMessageInput
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.handlers import coach, menu
from bot.handlers.common import drop_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import teams as kb
from bot.render.names import person_name
from bot.services.teams import TeamView


async def team_command(update: Update, context: BotContext) -> None:
    """A member's team card; a coach (not in a team themselves) gets My teams."""
    if await context.services.coach_overview.opens_my_teams(context.require_actor()):
        await coach.show_my_teams(update, context)
        return
    await show_team(update, context)


async def show_team(update: Update, context: BotContext, header: str | None = None) -> None:
    view = await context.services.teams.mine(user_id(update))
    if view is None:
        await menu.show_main_menu(update, context, "teams-none")
        return
    partnership = await context.services.partnerships.get(view.team.partnership_id)
    lang = context.language
    text = _card_text(context, view, partnership)
    story_id = await context.services.stories.story_for_member(user_id(update))
    tr, link = context.services.translator, bool(view.team.group_link)
    keyboard = kb.team_card(tr, lang, link, view.team.id, story_id)
    await show(update, context, text, keyboard, header=header)


def _card_text(context: BotContext, view: TeamView, partnership: Partnership | None) -> str:
    card = context.t(
        "teams-card",
        title=view.idea_title,
        members="\n".join(_member_lines(context, view.members, partnership)),
    )
    # What is not set yet is left out, not shown as "Coach: -".
    details = []
    if view.coach:
        name = context.services.teams.name_of(view.coach)(context.language)
        details.append(context.t("teams-card-coach", coach=name))
    if view.team.group_link:
        details.append(context.t("teams-card-link", link=view.team.group_link))
    return "\n\n".join([card, "\n".join(details)]) if details else card


def _member_lines(
    context: BotContext, members: Sequence[Participant], partnership: Partnership | None
) -> list[str]:
    lang = context.language
    lines = []
    for person in members:
        city = partnership.city(person.city_id or 0) if partnership else None
        name = context.services.teams.name_of(person)(lang)
        lines.append(
            context.label("teams-member-line", name=name, city=city.name.for_reader(lang))
            if city
            else context.label("teams-member-line-no-city", name=name)
        )
    return lines


async def proposal_button(update: Update, context: BotContext) -> None:
    answer = parse_button(update, ProposalAnswer)
    _, team_id = await context.services.matching.respond(
        user_id(update), answer.round_id, answer.accept
    )
    if not answer.accept:
        await menu.show_main_menu(update, context, "matching-declined")
    elif team_id is None:
        await menu.show_main_menu(update, context, "matching-accepted-waiting")
    else:
        await show_team(update, context, header=context.t("matching-accepted-team"))


async def team_show_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_team(update, context)


async def team_write_button(update: Update, context: BotContext) -> None:
    tr, lang = context.services.translator, context.language
    # Everyone reads it in their language only when a provider translates it.
    ask = (
        "teams-write-ask"
        if context.services.translation_available
        else "teams-write-ask-untranslated"
    )
    prompt = await show(update, context, context.t(ask), kb.back_to_team(tr, lang))
    await context.services.dialogs.start(user_id(update), TeamMessageInput(prompt))


async def team_link_button(update: Update, context: BotContext) -> None:
    tr, lang = context.services.translator, context.language
    prompt = await show(update, context, context.t("teams-link-ask"), kb.back_to_team(tr, lang))
    await context.services.dialogs.start(user_id(update), TeamLinkInput(prompt))


async def team_leave_button(update: Update, context: BotContext) -> None:
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("teams-leave-ask"), kb.confirm_leave(tr, lang))


async def team_leave_confirmed_button(update: Update, context: BotContext) -> None:
    await context.services.teams.leave(user_id(update))
    await menu.show_main_menu(update, context, "teams-left")


async def team_original_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, TeamStep)
    lang = context.language
    text, sender = await context.services.teams.original(user_id(update), step.value)
    partnership = (
        await context.services.partnerships.get(sender.partnership_id or 0) if sender else None
    )
    city = partnership.city(sender.city_id or 0) if partnership and sender else None
    await show(
        update,
        context,
        context.t(
            "teams-message",
            sender=person_name(
                context.services.translator, lang, sender, city.name if city else None
            ),
            text=text,
        ),
        kb.back_to_team(context.services.translator, lang),
    )


async def team_notices_off_button(update: Update, context: BotContext) -> None:
    await context.services.teams.partner_notices_off(user_id(update))
    await menu.show_main_menu(update, context, "teams-notices-are-off")


async def message_text(update: Update, context: BotContext, asked: TeamMessageInput) -> None:
    """The message is sent: the question's "Back" goes (an old button never acts again)."""
    assert update.message is not None and update.message.text is not None
    count = await context.services.teams.send(user_id(update), update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_team(update, context, header=context.t("teams-message-sent", count=count))


async def link_text(update: Update, context: BotContext, asked: TeamLinkInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.teams.set_group_link(user_id(update), update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_team(update, context, header=context.t("teams-link-saved"))


# One callback per button action (TeamStep.action); a test checks every action has one.
TEAM_BUTTONS = {
    "show": team_show_button,
    "write": team_write_button,
    "link": team_link_button,
    "leave": team_leave_button,
    "leave_ok": team_leave_confirmed_button,
    "original": team_original_button,
    "notices_off": team_notices_off_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("team", team_command),
        CallbackQueryHandler(proposal_button, pattern=ProposalAnswer.pattern()),
        *(
            CallbackQueryHandler(callback, pattern=TeamStep.pattern(action=action))
            for action, callback in TEAM_BUTTONS.items()
        ),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {TeamMessageInput: message_text, TeamLinkInput: link_text}
