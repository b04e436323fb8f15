"""A coach's "My teams": each team with its members, last check-in, mood trend and open
blockers; a team's screen with each member's newest answers; answering one member (nobody
else gets it) or the whole team (after "Send to N people?"); the check-in settings a tap away.
Reached from the main menu, /team and /coach (for coaches), and the buttons under alarms."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler

from bot.callback_data import CoachAction, CoachStep
from bot.context import BotContext
from bot.domain.checkins import MemberPulse, TeamPulse, Trend
from bot.domain.dialogs import CoachMemberInput, CoachReplyInput, CoachTeamDraft
from bot.domain.languages import language_mark
from bot.handlers.common import Callback, button_handlers, drop_keyboard, parse_button, show
from bot.handlers.common import user_id as user_id_of
from bot.handlers.text_input import InputKey, TextInput
from bot.handlers.toolbox_keeping import with_phase_link
from bot.keyboards import checkins as kb
from bot.render.formatting import babel_locale, days_ago, long_date
from bot.render.names import person_name
from bot.services.errors import UserFacingError
from bot.services.teams import clean_message

# Lines of a member's newest check-in, in the order they are shown.
ANSWER_LINES = ("moved", "next", "outcome", "advice", "blocking")
ANSWER_SHOWN = 280  # characters of one answer on the team screen; the rest is cut with "…"
SCREEN_BUDGET = 3800  # below Telegram's 4096, whole blocks only (never half an HTML entity)


# ------------------------------------------------------------------ screens
async def show_my_teams(update: Update, context: BotContext, header: str | None = None) -> None:
    found = await context.services.coach_overview.my_teams(context.require_actor())
    tr, lang = context.services.translator, context.language
    if not found:
        none = context.t("coach-teams-none")
        await show(update, context, none, kb.my_teams(tr, lang, []), header=header)
        return
    blocks = [context.t("coach-teams-head", count=len(found))]
    blocks += [team_summary(context, pulse) for pulse in found]
    items = [(p.team_id, p.title or f"#{p.team_id}") for p in found]
    await show(update, context, fitted(blocks), kb.my_teams(tr, lang, items), header=header)


async def show_coach_team(
    update: Update, context: BotContext, team_id: int, header: str | None = None
) -> None:
    pulse = await context.services.coach_overview.team(context.require_actor(), team_id)
    blocks = [context.t("coach-team-head", title=pulse.title)]
    blocks += [member_block(context, pulse, m) for m in pulse.members]
    blocks.append(context.t("coach-team-footer"))
    told = told_apart(context, pulse.members)
    members = [(m.user_id, *told[m.user_id]) for m in pulse.members]
    keyboard = kb.coach_team(context.services.translator, context.language, team_id, members)
    keyboard = await with_phase_link(context, keyboard, "coaching")  # the toolbox's tips
    await show(update, context, fitted(blocks), keyboard, header=header)


def team_summary(context: BotContext, pulse: TeamPulse) -> str:
    """A team in the list: title, members with their city, last check-in, trend, blockers."""
    lang = context.language
    names = [_name(context, m) for m in pulse.members]
    lines = [context.t("coach-team-title", title=pulse.title)]
    if names:
        lines.append(context.t("coach-team-members", names=format_list(names, locale=_loc(lang))))
    if pulse.last_day is None:
        lines.append(context.t("coach-team-no-checkin"))
    else:
        lines.append(context.t("coach-team-last", when=_when(context, pulse.last_day, pulse)))
    mood = _trend(context, pulse)
    if mood:
        lines.append(mood)
    blocked = [_name(context, m, city=False) for m in pulse.blocked]
    lines.append(
        context.t("coach-team-blockers", names=format_list(blocked, locale=_loc(lang)))
        if blocked
        else context.t("coach-team-no-blockers")
    )
    return "\n".join(lines)


def told_apart(context: BotContext, members: Sequence[MemberPulse]) -> dict[int, tuple[str, str]]:
    """Each member's name and what tells them apart from a member of the same name: their
    city ("Sergei", " · Krasnodar"), or a number when the city is the same too (" (2)")."""
    short = {m.user_id: _name(context, m, city=False) for m in members}
    full = {m.user_id: _name(context, m) for m in members}
    same_short, same_full = Counter(short.values()), Counter(full.values())
    numbers: Counter[str] = Counter()
    told: dict[int, tuple[str, str]] = {}
    for m in members:
        name = short[m.user_id]
        if same_full[full[m.user_id]] > 1:
            numbers[name] += 1
            told[m.user_id] = (name, f" ({numbers[name]})")
        elif same_short[name] > 1:
            told[m.user_id] = (name, full[m.user_id].removeprefix(name))
        else:
            told[m.user_id] = (name, "")
    return told


async def member_label(context: BotContext, team_id: int, member_id: int) -> str:
    """How the team screen names this member (told apart from a member of the same name)."""
    pulse = await context.services.coach_overview.team(context.require_actor(), team_id)
    name, tell = told_apart(context, pulse.members).get(member_id, ("", ""))
    return name + tell


def member_block(context: BotContext, pulse: TeamPulse, member: MemberPulse) -> str:
    """One member on the team screen: name (numbered if a namesake shares the city too) and
    city, then their newest answers."""
    name, tell = told_apart(context, pulse.members)[member.user_id]
    shown = _name(context, member)
    if tell.startswith(" ("):
        numbered = name + tell
        shown = (
            context.label(
                "people-name-city", name=numbered, city=member.city.for_reader(context.language)
            )
            if member.city
            else numbered
        )
    lines = [context.t("coach-member-name", name=shown)]
    latest = member.latest
    if latest is None:
        lines.append(context.t("coach-member-silent"))
        return "\n".join(lines)
    lines.append(context.t("coach-member-day", when=_when(context, latest.day, pulse)))
    if latest.answers and latest.language != context.language:
        # Answers are shown as written: say in which language.
        lines.append(
            context.t(
                "coach-member-language",
                mark=language_mark(latest.language),
                language=context.label(f"language-name-{latest.language}"),
            )
        )
    for question in ANSWER_LINES:
        text = latest.answers.get(question)
        if text:
            lines.append(context.t(f"coach-answer-{question}", text=clipped(text)))
    if latest.mood:
        lines.append(context.t("coach-member-mood", mood=latest.mood))
    return "\n".join(lines)


def clipped(text: str, limit: int = ANSWER_SHOWN) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fitted(blocks: list[str]) -> str:
    """The blocks that fit one message (the first always does), the rest left out with "…"."""
    shown = blocks[:1]
    for block in blocks[1:]:
        if sum(len(b) + 2 for b in shown) + len(block) > SCREEN_BUDGET:
            shown.append("…")
            break
        shown.append(block)
    return "\n\n".join(shown)


def _name(context: BotContext, member: MemberPulse, *, city: bool = True) -> str:
    tr = context.services.translator
    return person_name(tr, context.language, member.person, member.city if city else None)


def _when(context: BotContext, day: date, pulse: TeamPulse) -> str:
    ago = days_ago(day, pulse.as_of, context.language)
    shown = long_date(day, context.language)
    return context.label("coach-date-ago", date=shown, ago=ago) if ago else shown


def _trend(context: BotContext, pulse: TeamPulse) -> str | None:
    if not pulse.moods:
        return None
    now = _mood(pulse.moods[-1])
    if pulse.trend is Trend.UNKNOWN:
        return context.t("coach-trend-unknown", now=now)
    before = _mood(pulse.moods[-2])
    return context.t(f"coach-trend-{pulse.trend.value}", before=before, now=now)


def _mood(value: float) -> float:
    return round(value, 1)  # Fluent writes it the locale's way: "3,5" in German


def _loc(language: str) -> str:
    return babel_locale(language)


# ------------------------------------------------------------------ buttons
async def coach_teams_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id_of(update))
    await show_my_teams(update, context)


async def coach_team_button(update: Update, context: BotContext) -> None:
    """A team's screen; also "Cancel" and "Back" from a message being written (nothing sent)."""
    step = parse_button(update, CoachStep)
    await context.services.dialogs.clear(user_id_of(update))
    await show_coach_team(update, context, step.team_id)


async def coach_write_button(update: Update, context: BotContext) -> None:
    """Answer one member: the service refuses anyone not in a team this coach looks after."""
    step = parse_button(update, CoachStep)
    person = await context.services.teams.coached_member(
        context.require_actor(), step.team_id, step.member_id
    )
    translating = context.services.translation_available
    prompt = await show(
        update,
        context,
        context.t(
            "coach-write-member-ask" if translating else "coach-write-member-ask-untranslated",
            name=await member_label(context, step.team_id, step.member_id)
            or person_name(context.services.translator, context.language, person),
            language=context.label(f"language-name-{person.language}"),
        ),
        kb.back_to_coach_team(context.services.translator, context.language, step.team_id),
        new_message=True,  # the answers (or the alarm) stay readable above while writing
    )
    dialog = CoachMemberInput(step.team_id, step.member_id, prompt)
    await context.services.dialogs.start(user_id_of(update), dialog)


async def coach_all_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CoachStep)
    await ask_team_message(update, context, step.team_id)


async def ask_team_message(update: Update, context: BotContext, team_id: int) -> None:
    """The whole team: the text first, then "Send to N people?"."""
    await context.services.teams.team_readers(context.require_actor(), team_id)
    translating = context.services.translation_available
    ask = "checkins-reply-ask" if translating else "checkins-reply-ask-untranslated"
    back = kb.back_to_coach_team(context.services.translator, context.language, team_id)
    # A new message: the answers (or the alarm) stay readable above while writing.
    prompt = await show(update, context, context.t(ask), back, new_message=True)
    await context.services.dialogs.start(user_id_of(update), CoachReplyInput(team_id, prompt))


async def coach_send_all_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, CoachStep)
    uid = user_id_of(update)
    draft = await context.services.dialogs.current(uid)
    if not isinstance(draft, CoachTeamDraft) or draft.team_id != step.team_id:
        raise UserFacingError("errors-stale-button")  # sent or cancelled already
    count = await context.services.teams.coach_to_team(
        context.require_actor(), draft.team_id, draft.text
    )
    await context.services.dialogs.clear(uid)
    header = context.t("teams-message-sent", count=count)
    await show_coach_team(update, context, draft.team_id, header=header)


# ------------------------------------------------------------------ typed text
async def member_text(update: Update, context: BotContext, asked: CoachMemberInput) -> None:
    assert update.message is not None and update.message.text is not None
    person = await context.services.teams.coach_to_member(
        context.require_actor(), asked.team_id, asked.member_id, update.message.text
    )
    await context.services.dialogs.clear(user_id_of(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    name = await member_label(context, asked.team_id, asked.member_id)
    name = name or person_name(context.services.translator, context.language, person)
    header = context.t("coach-member-sent", name=name)
    await show_coach_team(update, context, asked.team_id, header=header)


async def team_text(
    update: Update, context: BotContext, asked: CoachReplyInput | CoachTeamDraft
) -> None:
    """The message to the whole team is typed (or typed again): ask before sending it."""
    assert update.message is not None and update.message.text is not None
    body = clean_message(update.message.text)
    count = await context.services.teams.team_readers(context.require_actor(), asked.team_id)
    await drop_keyboard(update, context, asked.prompt_message_id)
    tr, lang = context.services.translator, context.language
    prompt = await show(
        update,
        context,
        context.t("coach-team-confirm", count=count, text=body),
        kb.confirm_team_message(tr, lang, asked.team_id, count),
    )
    draft = CoachTeamDraft(asked.team_id, body, prompt)
    await context.services.dialogs.start(user_id_of(update), draft)


# One callback per button action (CoachStep.action); a test checks every action has one.
COACH_BUTTONS: dict[CoachAction, Callback] = {
    "teams": coach_teams_button,
    "team": coach_team_button,
    "write": coach_write_button,
    "all": coach_all_button,
    "send_all": coach_send_all_button,
}


def handlers() -> list[BaseHandler]:
    return [*button_handlers(CoachStep, COACH_BUTTONS)]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    CoachMemberInput: member_text,
    CoachReplyInput: team_text,
    CoachTeamDraft: team_text,
}
