"""Check-ins: members answer the questions (editable until the round closes); coaches and
organisers set the cadence, ask now, pause, end the project, read digests and reply;
members write to their coach (/coach) and choose their quiet hours."""

from __future__ import annotations

from datetime import date, time

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callback_data import CheckinAction, CheckinStep
from bot.context import BotContext
from bot.domain.checkins import Cadence, Question, format_quiet
from bot.domain.dialogs import CheckinAnswerInput, ToCoachInput
from bot.domain.roles import Role
from bot.handlers import coach, menu
from bot.handlers.common import (
    Callback,
    button_handlers,
    drop_keyboard,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, TextInput
from bot.handlers.toolbox_keeping import with_phase_link
from bot.keyboards import checkins as kb
from bot.keyboards import teams as team_kb
from bot.render.formatting import long_date, wall_clock
from bot.services.errors import UserFacingError


# ------------------------------------------------------------------ answering
async def ask_question(update: Update, context: BotContext, round_id: int, index: int) -> None:
    questions, mine = await context.services.checkins.questions(user_id(update), round_id)
    tr, lang = context.services.translator, context.language
    if index >= len(questions):
        await context.services.dialogs.clear(user_id(update))
        # The sprint's entries of the toolbox, when there are any.
        keyboard = await with_phase_link(context, kb.finished(tr, lang, round_id), "sprint")
        await show(update, context, context.t("checkins-thanks"), keyboard)
        return
    question = questions[index]
    text = context.t("checkins-question-header", number=index + 1, total=len(questions))
    text += "\n\n" + context.t(f"checkins-question-{question.value}")
    current = mine.get(question.value)
    if current is not None and (current.answer or current.mood):
        text += "\n\n" + context.t("checkins-current", answer=current.answer or str(current.mood))
    mood = question is Question.MOOD
    prompt = await show(update, context, text, kb.question(tr, lang, round_id, index, mood=mood))
    await context.services.dialogs.start(
        user_id(update), CheckinAnswerInput(round_id, index, prompt)
    )


async def answer_text(update: Update, context: BotContext, asked: CheckinAnswerInput) -> None:
    assert update.message is not None and update.message.text is not None
    round_id, index = asked.round_id, asked.index
    questions, _ = await context.services.checkins.questions(user_id(update), round_id)
    question = questions[index] if index < len(questions) else None
    if question is None or question is Question.MOOD:
        await show(update, context, context.t("checkins-use-buttons"))
        return
    await context.services.checkins.answer(
        user_id(update), round_id, question, text=update.message.text
    )
    await drop_keyboard(update, context, asked.prompt_message_id)  # answered: "Skip" goes
    await ask_question(update, context, round_id, index + 1)


# ------------------------------------------------------------------ a member's buttons
async def checkin_start_button(update: Update, context: BotContext) -> None:
    """'Answer' on a new round and 'Edit my answers' both begin at the first question."""
    await ask_question(update, context, parse_button(update, CheckinStep).value, 0)


async def checkin_skip_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    await ask_question(update, context, step.value, step.extra + 1)


async def checkin_mood_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    service, uid = context.services.checkins, user_id(update)
    questions, _ = await service.questions(uid, step.value)
    await service.answer(uid, step.value, Question.MOOD, mood=step.extra)
    await ask_question(update, context, step.value, questions.index(Question.MOOD) + 1)


async def checkin_quiet_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    await context.services.checkins.set_quiet_hours(user_id(update), step.value)
    await show_quiet(update, context, header=context.t("checkins-quiet-saved"))


# ------------------------------------------------------------------ a coach's buttons
async def checkin_digest_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    originals = bool(step.extra)
    body = await context.services.checkin_digests.digest(
        context.require_actor(), step.value, context.language, originals
    )
    buttons = kb.CheckinButtons(context.services.translator)
    await show(
        update,
        context,
        context.t("checkins-digest", body=body),
        buttons.digest(context.language, step.value, not originals)
        if context.services.translation_available
        else None,
    )


async def checkin_reply_button(update: Update, context: BotContext) -> None:
    """The whole team (from an alarm or the settings): typed, then "Send to N people?"."""
    await coach.ask_team_message(update, context, parse_button(update, CheckinStep).value)


async def checkin_team_button(update: Update, context: BotContext) -> None:
    await show_team_schedule(update, context, parse_button(update, CheckinStep).value)


async def checkin_cadence_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    if not 0 <= step.extra < len(Cadence):
        raise UserFacingError("errors-stale-button")
    cadence = list(Cadence)[step.extra]
    await context.services.checkin_rounds.set_schedule(
        context.require_actor(), step.value, cadence=cadence
    )
    await show_team_schedule(update, context, step.value)


async def checkin_day_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    if not 0 <= step.extra <= 6:
        raise UserFacingError("errors-stale-button")
    await context.services.checkin_rounds.set_schedule(
        context.require_actor(), step.value, weekday=step.extra
    )
    await show_team_schedule(update, context, step.value)


async def checkin_time_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    if step.extra not in kb.HOURS:
        raise UserFacingError("errors-stale-button")
    await context.services.checkin_rounds.set_schedule(
        context.require_actor(), step.value, local_time=time(step.extra, 0)
    )
    await show_team_schedule(update, context, step.value)


async def checkin_now_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    await context.services.checkin_rounds.check_in_now(context.require_actor(), step.value)
    await show_team_schedule(update, context, step.value, header=context.t("checkins-now-sent"))


async def checkin_pause_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    await context.services.checkin_rounds.pause(context.require_actor(), step.value, step.extra)
    await show_team_schedule(update, context, step.value)


async def checkin_resume_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    await context.services.checkin_rounds.resume(context.require_actor(), step.value)
    await show_team_schedule(update, context, step.value)


async def checkin_end_button(update: Update, context: BotContext) -> None:
    team_id = parse_button(update, CheckinStep).value
    await show(
        update,
        context,
        context.t("checkins-end-ask"),
        kb.confirm_end(context.services.translator, context.language, team_id),
    )


async def checkin_end_confirmed_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CheckinStep)
    await context.services.checkin_rounds.end_project(context.require_actor(), step.value)
    header = context.t("checkins-end-started")
    await show_team_schedule(update, context, step.value, header=header)


async def show_team_schedule(
    update: Update, context: BotContext, team_id: int, header: str | None = None
) -> None:
    team, schedule, planned = await context.services.checkin_rounds.schedule(
        context.require_actor(), team_id
    )
    actor, lang = context.require_actor(), context.language
    manage = team.coach_id == actor.user_id or actor.has_role(team.partnership_id, Role.ORGANISER)
    text = context.t(
        "checkins-schedule",
        cadence=schedule.cadence.value,
        day=context.label(f"checkins-day-{schedule.weekday}"),
        time=wall_clock(schedule.local_time, lang),
        paused=_pause_state(schedule.paused_until, planned, lang),
        next=long_date(planned, lang) if planned else "",
    )
    await show(
        update,
        context,
        text,
        kb.team_screen(context.services.translator, lang, schedule, manage),
        header=header,
    )


def _pause_state(paused_until: date | None, planned: date | None, lang: str) -> str:
    """The schedule's last line: paused until a day, the next round, or nothing planned."""
    if paused_until:
        return long_date(paused_until, lang)
    return "no" if planned else "unplanned"


# ------------------------------------------------------------------ commands
async def checkins_command(update: Update, context: BotContext) -> None:
    """Coaches and organisers: the teams they look after."""
    found = await context.services.checkins.coached(context.require_actor())
    if not found:
        view = await context.services.teams.mine(user_id(update))
        if view is None:
            await menu.show_main_menu(update, context, "checkins-no-teams")
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
    """Members write to their coach; a coach (not in a team themselves) opens My teams."""
    if await context.services.coach_overview.opens_my_teams(context.require_actor()):
        await coach.show_my_teams(update, context)
        return
    problem = await context.services.teams.why_no_coach(user_id(update))
    if problem is not None:
        await menu.show_main_menu(update, context, problem)
        return
    tr, lang = context.services.translator, context.language
    back = team_kb.back_to_team(tr, lang)
    prompt = await show(update, context, context.t("checkins-to-coach-ask"), back)
    await context.services.dialogs.start(user_id(update), ToCoachInput(prompt))


async def to_coach_text(update: Update, context: BotContext, asked: ToCoachInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.teams.to_coach(user_id(update), update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await menu.show_main_menu(update, context, "checkins-to-coach-sent")


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


# One callback per button action (CheckinStep.action); a test checks every action has one.
CHECKIN_BUTTONS: dict[CheckinAction, Callback] = {
    "start": checkin_start_button,
    "edit": checkin_start_button,
    "skip": checkin_skip_button,
    "mood": checkin_mood_button,
    "quiet": checkin_quiet_button,
    "digest": checkin_digest_button,
    "reply": checkin_reply_button,
    "team": checkin_team_button,
    "cadence": checkin_cadence_button,
    "day": checkin_day_button,
    "time": checkin_time_button,
    "now": checkin_now_button,
    "pause": checkin_pause_button,
    "resume": checkin_resume_button,
    "end": checkin_end_button,
    "end_ok": checkin_end_confirmed_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("checkins", checkins_command),
        CommandHandler("coach", coach_command),
        *button_handlers(CheckinStep, CHECKIN_BUTTONS),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    CheckinAnswerInput: answer_text,
    ToCoachInput: to_coach_text,
}
