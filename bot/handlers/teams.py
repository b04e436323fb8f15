"""/team for participants: answering a proposal, the team card, writing to the team (each
member reads it in their language, the original a tap away), the group link, leaving."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import ProposalAnswer, TeamStep
from bot.context import BotContext
from bot.handlers.common import parse_button, show, user_id
from bot.keyboards import teams as kb
from bot.services.errors import UserFacingError

MESSAGE_INPUT = "team_message"
LINK_INPUT = "team_link"


async def team_command(update: Update, context: BotContext) -> None:
    await show_team(update, context)


async def show_team(update: Update, context: BotContext, header: str | None = None) -> None:
    view = await context.services.teams.mine(user_id(update))
    if view is None:
        await show(update, context, context.t("teams-none"))
        return
    partnership = await context.services.partnerships.get(view.team.partnership_id)
    lang = context.language
    members = []
    for person in view.members:
        city = partnership.city(person.city_id or 0) if partnership else None
        members.append(
            context.label(
                "teams-member-line",
                name=context.services.teams.name_of(person)(lang),
                city=city.name.for_reader(lang) if city else "—",
            )
        )
    text = context.t(
        "teams-card",
        title=view.idea_title,
        members="\n".join(members),
        coach=context.services.teams.name_of(view.coach)(lang) if view.coach else "-",
        link=view.team.group_link or "-",
    )
    await show(
        update,
        context,
        text,
        kb.team_card(context.services.translator, lang, bool(view.team.group_link), view.team.id),
        header=header,
    )


async def proposal_button(update: Update, context: BotContext) -> None:
    answer = parse_button(update, ProposalAnswer)
    _, team_id = await context.services.matching.respond(
        user_id(update), answer.round_id, answer.accept
    )
    if not answer.accept:
        await show(update, context, context.t("matching-declined"))
    elif team_id is None:
        await show(update, context, context.t("matching-accepted-waiting"))
    else:
        await show_team(update, context, header=context.t("matching-accepted-team"))


async def team_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, TeamStep)
    tr, lang, uid = context.services.translator, context.language, user_id(update)
    if step.action == "show":
        await context.services.dialogs.clear(uid)
        await show_team(update, context)
    elif step.action == "write":
        await context.services.dialogs.set(uid, MESSAGE_INPUT)
        await show(update, context, context.t("teams-write-ask"), kb.back_to_team(tr, lang))
    elif step.action == "link":
        await context.services.dialogs.set(uid, LINK_INPUT)
        await show(update, context, context.t("teams-link-ask"), kb.back_to_team(tr, lang))
    elif step.action == "leave":
        await show(update, context, context.t("teams-leave-ask"), kb.confirm_leave(tr, lang))
    elif step.action == "leave_ok":
        await context.services.teams.leave(uid)
        await show(update, context, context.t("teams-left"))
    elif step.action == "original":
        text, sender = await context.services.teams.original(uid, step.value)
        partnership = (
            await context.services.partnerships.get(sender.partnership_id or 0) if sender else None
        )
        city = partnership.city(sender.city_id or 0) if partnership and sender else None
        await show(
            update,
            context,
            context.t(
                "teams-message",
                name=context.services.teams.name_of(sender)(lang),
                city=city.name.for_reader(lang) if city else "",
                text=text,
            ),
        )
    elif step.action == "notices_off":
        await context.services.teams.partner_notices_off(uid)
        await show(update, context, context.t("teams-notices-are-off"))
    else:
        raise UserFacingError("errors-stale-button")


async def message_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    count = await context.services.teams.send(user_id(update), update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await show_team(update, context, header=context.t("teams-message-sent", count=count))


async def link_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.teams.set_group_link(user_id(update), update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await show_team(update, context, header=context.t("teams-link-saved"))


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("team", team_command),
        CallbackQueryHandler(proposal_button, pattern=ProposalAnswer.pattern()),
        CallbackQueryHandler(team_button, pattern=TeamStep.pattern()),
    ]


TEXT_INPUTS = {MESSAGE_INPUT: message_text, LINK_INPUT: link_text}
