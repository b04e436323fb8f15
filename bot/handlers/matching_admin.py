"""Organisers' matching: team sizes, dry run (drop ideas, move people), publish, the round's
answers, the teams and their coaches. Every step is checked in the services."""

from __future__ import annotations

from collections import Counter, defaultdict

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callback_data import MatchingAction, MatchingStep
from bot.context import BotContext
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import PermissionDenied
from bot.domain.teams import ProposalStatus, RoundStatus
from bot.handlers import admin
from bot.handlers.common import Callback, button_handlers, parse_button, show
from bot.i18n import escape
from bot.keyboards import button, markup
from bot.keyboards import teams as kb
from bot.render.formatting import babel_locale
from bot.render.names import person_name
from bot.services.errors import UserFacingError
from bot.services.matching import DryRun

# The dry run in one message: a header above it and Telegram's 4096 characters leave this much.
TEXT_SHOWN = 3800
# Not-placed people listed by name; beyond these the message says how many more.
UNPLACED_SHOWN = 30


async def matching_command(update: Update, context: BotContext) -> None:
    await _home(update, context, 0)


async def matching_home_button(update: Update, context: BotContext) -> None:
    await _home(update, context, parse_button(update, MatchingStep).partnership_id)


async def matching_sizes_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    await context.services.matching.set_sizes(
        context.require_actor(), step.partnership_id, step.value, step.extra
    )
    await _home(update, context, step.partnership_id)


async def matching_dry_run_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    run = await context.services.matching.dry_run(context.require_actor(), step.partnership_id)
    await _show_dry_run(update, context, run)


async def matching_drop_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    run = await context.services.matching.drop_idea(context.require_actor(), step.value, step.extra)
    await _show_dry_run(update, context, run)


async def matching_move_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    await _choose_person(update, context, step.partnership_id, step.value)


async def matching_who_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    await _choose_target(update, context, step.partnership_id, step.value, step.extra)


async def matching_to_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    actor, service = context.require_actor(), context.services.matching
    latest = await service.latest(actor, step.partnership_id)
    if latest is None:
        raise UserFacingError("errors-stale-button")
    await service.move(actor, latest.id, step.value, step.extra)
    run = await service.review(actor, latest.id)
    await _show_dry_run(update, context, run, header=context.t("matching-moved"))


async def matching_review_button(update: Update, context: BotContext) -> None:
    """The draft as it stands: cancelling the publish question or going back changes nothing."""
    step = parse_button(update, MatchingStep)
    run = await context.services.matching.review(context.require_actor(), step.value)
    await _show_dry_run(update, context, run)


async def matching_publish_button(update: Update, context: BotContext) -> None:
    """Publishing messages people: ask first, with how many it reaches."""
    step = parse_button(update, MatchingStep)
    count = await context.services.matching.publish_count(context.require_actor(), step.value)
    await show(
        update,
        context,
        context.t("matching-publish-ask", count=count),
        kb.confirm_publish(
            context.services.translator, context.language, step.partnership_id, step.value
        ),
    )


async def matching_publish_confirmed_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    count = await context.services.matching.publish(context.require_actor(), step.value)
    await admin.show_staff_menu(update, context, "matching-published", count=count)


async def matching_status_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    tally = await context.services.matching.status(context.require_actor(), step.value)
    back = MatchingStep("home", step.partnership_id, 0, 0)
    await show(
        update,
        context,
        context.t(
            "matching-status",
            proposed=tally[ProposalStatus.PROPOSED],
            accepted=tally[ProposalStatus.ACCEPTED],
            declined=tally[ProposalStatus.DECLINED],
            expired=tally[ProposalStatus.EXPIRED],
        ),
        markup([[button(context.label("buttons-back"), back)]]),
    )


async def matching_teams_button(update: Update, context: BotContext) -> None:
    await _teams(update, context, parse_button(update, MatchingStep).partnership_id)


async def matching_team_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    pid = step.partnership_id
    coaches = await context.services.teams.coaches(context.require_actor(), pid)
    await show(
        update,
        context,
        context.t("matching-choose-coach"),
        kb.coaches(context.services.translator, context.language, pid, step.value, coaches),
    )


async def matching_coach_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    await context.services.teams.assign_coach(context.require_actor(), step.value, step.extra)
    header = context.t("matching-coach-set")
    await _teams(update, context, step.partnership_id, header=header)


async def _home(update: Update, context: BotContext, partnership_id: int) -> None:
    partnership = await _partnership(context, partnership_id)
    if partnership is None:
        return
    actor = context.require_actor()
    settings = await context.services.matching.settings(actor, partnership.id)
    latest = await context.services.matching.latest(actor, partnership.id)
    await show(
        update,
        context,
        context.t(
            "matching-home",
            partnership=partnership.name.for_reader(context.language),
            low=settings.min_size,
            high=settings.max_size,
        ),
        kb.matching_home(
            context.services.translator,
            context.language,
            partnership.id,
            settings.min_size,
            settings.max_size,
            latest.id if latest else None,
            latest is not None and latest.status is not RoundStatus.DRAFT,
        ),
    )


async def _partnership(context: BotContext, partnership_id: int) -> Partnership | None:
    options = await context.services.access.invitable_partnerships(context.require_actor())
    if not options:
        raise PermissionDenied("organiser")
    chosen = next((p for p in options if p.id == partnership_id), None)
    return chosen or options[0]


async def _show_dry_run(
    update: Update, context: BotContext, run: DryRun, *, header: str | None = None
) -> None:
    partnership = await context.services.partnerships.get(run.round.partnership_id)
    assert partnership is not None
    service = context.services.matching
    titles, _, _ = await service.describe(run.proposals)
    titles.update(await service.idea_titles(run.without_partner_interest))
    people = await service.people([*(p.user_id for p in run.proposals), *run.unplaced])
    teams: dict[int, list[int]] = defaultdict(list)
    for p in run.proposals:
        teams[p.idea_id].append(p.user_id)
    sections = [
        context.t(
            "matching-dry-run-summary",
            teams=len(teams),
            placed=len(run.proposals),
            people=run.people,
        ),
        *_team_blocks(context, run, partnership, titles, people, teams),
        _unplaced_block(context, run, partnership, people),
        _single_city_line(context, run, titles),
    ]
    text = "\n\n".join(section for section in sections if section)
    ideas = [(i, titles.get(i, "")) for i in sorted(teams)]
    keyboard = kb.dry_run(
        context.services.translator, context.language, partnership.id, run.round.id, ideas
    )
    await show(update, context, _whole_lines(text, TEXT_SHOWN), keyboard, header=header)


def _whole_lines(text: str, limit: int) -> str:
    """A long dry run cut at a line end (never inside a name or an HTML entity)."""
    if len(text) <= limit:
        return text
    return text[: text.rfind("\n", 0, limit)]


def _name(context: BotContext, partnership: Partnership, person: Participant | None) -> str:
    """ "Klara · Karlsruhe": organisers act on people, so the city helps."""
    city = partnership.city(person.city_id or 0) if person else None
    tr, lang = context.services.translator, context.language
    return person_name(tr, lang, person, city.name if city else None)


def _team_blocks(
    context: BotContext,
    run: DryRun,
    partnership: Partnership,
    titles: dict[int, str],
    people: dict[int, Participant],
    teams: dict[int, list[int]],
) -> list[str]:
    """Per proposed team: its idea, size, the split by city, interpretation; then who."""
    if not teams:
        return [context.t("matching-dry-run-no-teams")]
    lang = context.language
    interpretation = {p.idea_id: p.needs_interpretation for p in run.proposals}
    blocks = []
    for number, (idea_id, members) in enumerate(sorted(teams.items()), start=1):
        per_city = Counter(people[m].city_id if m in people else None for m in members)
        split = ", ".join(
            f"{city.name.for_reader(lang)} {n}"
            for c, n in sorted(per_city.items(), key=lambda item: item[0] or 0)
            if c and (city := partnership.city(c))
        )
        line = context.t(
            "matching-team-line",
            number=number,
            title=titles.get(idea_id, ""),
            count=len(members),
            split=split,
            interpretation="yes" if interpretation[idea_id] else "no",
        )
        names = [_name(context, partnership, people.get(m)) for m in members]
        blocks.append(line + "\n" + escape(format_list(names, locale=babel_locale(lang))))
    return blocks


def _unplaced_block(
    context: BotContext, run: DryRun, partnership: Partnership, people: dict[int, Participant]
) -> str:
    """Who is not placed and why, one line each (the first few; then how many more)."""
    if not run.unplaced:
        return ""
    shown = sorted(run.unplaced.items())[:UNPLACED_SHOWN]
    lines = [context.t("matching-unplaced-heading")]
    lines += [
        context.t(
            "matching-unplaced-line",
            name=_name(context, partnership, people.get(user)),
            reason=why.value,
        )
        for user, why in shown
    ]
    if len(run.unplaced) > len(shown):
        lines.append(context.t("matching-unplaced-more", count=len(run.unplaced) - len(shown)))
    return "\n".join(lines)


def _single_city_line(context: BotContext, run: DryRun, titles: dict[int, str]) -> str:
    found = [titles[i] for i in run.without_partner_interest if titles.get(i)]
    if not found:
        return ""
    return context.t(
        "matching-single-city",
        titles=format_list(found, locale=babel_locale(context.language)),
    )


async def _choose_person(update: Update, context: BotContext, pid: int, round_id: int) -> None:
    proposals = await context.services.matching.draft(context.require_actor(), round_id)
    titles, _, names = await context.services.matching.describe(proposals)
    people = [
        (
            p,
            f"{names.get(p.user_id) or context.label('people-unnamed')} · "
            f"{titles.get(p.idea_id, '')[:20]}",
        )
        for p in proposals
    ]
    await show(
        update,
        context,
        context.t("matching-move-who"),
        kb.choose_person(context.services.translator, context.language, pid, round_id, people),
    )


async def _choose_target(
    update: Update, context: BotContext, pid: int, round_id: int, user: int
) -> None:
    proposals = await context.services.matching.draft(context.require_actor(), round_id)
    titles, _, _ = await context.services.matching.describe(proposals)
    ideas = sorted({p.idea_id for p in proposals})
    await show(
        update,
        context,
        context.t("matching-move-where"),
        kb.choose_target(
            context.services.translator,
            context.language,
            pid,
            round_id,
            user,
            [(i, titles.get(i, "")) for i in ideas],
        ),
    )


async def _teams(update: Update, context: BotContext, pid: int, header: str | None = None) -> None:
    """The teams with their size and coach in the text; a button per team, its title."""
    views = await context.services.teams.for_partnership(context.require_actor(), pid)
    lang = context.language
    lines = [context.t("matching-teams-list", count=len(views))]
    lines += [
        context.t(
            "matching-teams-entry",
            title=v.idea_title,
            count=len(v.members),
            coach=context.services.teams.name_of(v.coach)(lang),
        )
        if v.coach
        else context.t("matching-teams-entry-no-coach", title=v.idea_title, count=len(v.members))
        for v in views[:40]
    ]
    items = [(v.team.id, v.idea_title) for v in views]
    await show(
        update,
        context,
        "\n".join(lines),
        kb.teams_list(context.services.translator, lang, pid, items),
        header=header,
    )


# One callback per button action (MatchingStep.action); a test checks every action has one.
MATCHING_BUTTONS: dict[MatchingAction, Callback] = {
    "home": matching_home_button,
    "sizes": matching_sizes_button,
    "dry": matching_dry_run_button,
    "drop": matching_drop_button,
    "move": matching_move_button,
    "who": matching_who_button,
    "to": matching_to_button,
    "publish": matching_publish_button,
    "publish_ok": matching_publish_confirmed_button,
    "review": matching_review_button,
    "status": matching_status_button,
    "teams": matching_teams_button,
    "team": matching_team_button,
    "coach": matching_coach_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("matching", matching_command),
        *button_handlers(MatchingStep, MATCHING_BUTTONS),
    ]
