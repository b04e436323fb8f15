"""Check-ins: members answer the questions (editable until the round closes); coaches and
organisers set the cadence, ask now, pause, end the project, read digests and reply;
members write to their coach (/coach) and choose their quiet hours."""

from __future__ import annotations

from datetime import time

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import CheckinStep
from bot.context import BotContext
from bot.domain.checkins import Cadence, Question, format_quiet
from bot.domain.roles import Role
from bot.handlers.common import parse_button, show, user_id
from bot.keyboards import checkins as kb
from bot.services.errors import UserFacingError

ANSWER_INPUT = "checkin_answer"
REPLY_INPUT = "coach_reply"
TO_COACH_INPUT = "to_coach"


# ------------------------------------------------------------------ answering
async def ask_question(update: Update, context: BotContext, round_id: int, index: int) -> None:
    questions, mine = await context.services.checkins.questions(user_id(update), round_id)
    if index >= len(questions):
        await context.services.dialogs.clear(user_id(update))
        await show(
            update,
            context,
            context.t("checkins-thanks"),
            kb.finished(context.services.translator, context.language, round_id),
        )
        return
    question = questions[index]
    await context.services.dialogs.set(
        user_id(update), ANSWER_INPUT, {"round_id": round_id, "index": index}
    )
    current = mine.get(question.value)
    text = (
        context.t("checkins-question-header", number=index + 1, total=len(questions))
        + "\n\n"
        + context.t(f"checkins-question-{question.value}")
    )
    if current is not None and (current.answer or current.mood):
        text += "\n\n" + context.t("checkins-current", answer=current.answer or str(current.mood))
    await show(
        update,
        context,
        text,
        kb.question(
            context.services.translator,
            context.language,
            round_id,
            index,
            mood=question is Question.MOOD,
        ),
    )


async def answer_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    round_id, index = int(str(data["round_id"])), int(str(data["index"]))
    questions, _ = await context.services.checkins.questions(user_id(update), round_id)
    question = questions[index] if index < len(questions) else None
    if question is None or question is Question.MOOD:
        await show(update, context, context.t("checkins-use-buttons"))
        return
    await context.services.checkins.answer(
        user_id(update), round_id, question, text=update.message.text
    )
    await ask_question(update, context, round_id, index + 1)


# ------------------------------------------------------------------ buttons
async def checkin_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    service, actor, uid = context.services.checkins, context.require_actor(), user_id(update)
    if step.action in ("start", "edit"):
        await ask_question(update, context, step.value, 0)
    elif step.action == "skip":
        await ask_question(update, context, step.value, step.extra + 1)
    elif step.action == "mood":
        questions, _ = await service.questions(uid, step.value)
        await service.answer(uid, step.value, Question.MOOD, mood=step.extra)
        await ask_question(update, context, step.value, questions.index(Question.MOOD) + 1)
    elif step.action == "digest":
        body = await service.digest(actor, step.value, context.language, bool(step.extra))
        await show(
            update,
            context,
            context.t("checkins-digest", body=body),
            kb.CheckinButtons(context.services.translator).digest(
                context.language, step.value, not step.extra
            ),
        )
    elif step.action == "reply":
        await context.services.dialogs.set(uid, REPLY_INPUT, {"team_id": step.value})
        translating = context.services.translation_available
        ask = "checkins-reply-ask" if translating else "checkins-reply-ask-untranslated"
        await show(update, context, context.t(ask))
    elif step.action == "quiet":
        await service.set_quiet_hours(uid, step.value)
        await show_quiet(update, context, header=context.t("checkins-quiet-saved"))
    else:
        await team_action(update, context, step)


async def team_action(update: Update, context: BotContext, step: CheckinStep) -> None:
    service, actor, team_id = context.services.checkins, context.require_actor(), step.value
    header = None
    if step.action == "cadence" and 0 <= step.extra < len(Cadence):
        await service.set_schedule(actor, team_id, cadence=list(Cadence)[step.extra])
    elif step.action == "day" and 0 <= step.extra <= 6:
        await service.set_schedule(actor, team_id, weekday=step.extra)
    elif step.action == "time" and step.extra in kb.HOURS:
        await service.set_schedule(actor, team_id, local_time=time(step.extra, 0))
    elif step.action == "now":
        await service.check_in_now(actor, team_id)
        header = context.t("checkins-now-sent")
    elif step.action == "pause":
        await service.pause(actor, team_id, step.extra)
    elif step.action == "resume":
        await service.resume(actor, team_id)
    elif step.action == "end":
        await show(
            update,
            context,
            context.t("checkins-end-ask"),
            kb.confirm_end(context.services.translator, context.language, team_id),
        )
        return
    elif step.action == "end_ok":
        await service.end_project(actor, team_id)
        header = context.t("checkins-end-started")
    elif step.action != "team":
        raise UserFacingError("errors-stale-button")
    await show_team_schedule(update, context, team_id, header=header)


async def show_team_schedule(
    update: Update, context: BotContext, team_id: int, header: str | None = None
) -> None:
    team, schedule, planned = await context.services.checkins.schedule(
        context.require_actor(), team_id
    )
    actor, lang = context.require_actor(), context.language
    manage = team.coach_id == actor.user_id or actor.has_role(team.partnership_id, Role.ORGANISER)
    text = context.t(
        "checkins-schedule",
        cadence=schedule.cadence.value,
        day=context.label(f"checkins-day-{schedule.weekday}"),
        time=schedule.local_time.strftime("%H:%M"),
        paused=schedule.paused_until.isoformat() if schedule.paused_until else "no",
        next=planned.isoformat() if planned else "-",
    )
    await show(
        update,
        context,
        text,
        kb.team_screen(context.services.translator, lang, schedule, manage),
        header=header,
    )


# ------------------------------------------------------------------ commands
async def checkins_command(update: Update, context: BotContext) -> None:
    """Coaches and organisers: the teams they look after."""
    found = await context.services.checkins.coached(context.require_actor())
    if not found:
        view = await context.services.teams.mine(user_id(update))
        if view is None:
            await show(update, context, context.t("checkins-no-teams"))
            return
        await show_team_schedule(update, context, view.team.id)
        return
    titles = await context.services.matching.idea_titles([t.idea_id for t in found])
    await show(
        update,
        context,
        context.t("checkins-coach-teams", count=len(found)),
        kb.coach_teams(
            context.services.translator,
            context.language,
            [(t.id, titles.get(t.idea_id, f"#{t.id}")) for t in found],
        ),
    )


async def coach_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.set(user_id(update), TO_COACH_INPUT)
    await show(update, context, context.t("checkins-to-coach-ask"))


async def to_coach_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.teams.to_coach(user_id(update), update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await show(update, context, context.t("checkins-to-coach-sent"))


async def reply_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    count = await context.services.teams.coach_to_team(
        context.require_actor(), int(str(data["team_id"])), update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await show(update, context, context.t("teams-message-sent", count=count))


async def show_quiet(update: Update, context: BotContext, header: str | None = None) -> None:
    quiet = await context.services.checkins.quiet_hours(user_id(update))
    text = context.t(
        "checkins-quiet-ask",
        current=format_quiet(quiet).replace("-", "–")
        if quiet
        else context.label("checkins-quiet-none"),
    )
    await show(
        update,
        context,
        text,
        kb.quiet_hours(context.services.translator, context.language, format_quiet(quiet)),
        header=header,
    )


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("checkins", checkins_command),
        CommandHandler("coach", coach_command),
        CallbackQueryHandler(checkin_button, pattern=CheckinStep.pattern()),
    ]


TEXT_INPUTS = {ANSWER_INPUT: answer_text, REPLY_INPUT: reply_text, TO_COACH_INPUT: to_coach_text}
