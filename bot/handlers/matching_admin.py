"""Organisers' matching: team sizes, dry run (drop ideas, move people), publish, the round's
answers, the teams and their coaches. Every step is checked in the services."""

from __future__ import annotations

from collections import Counter, defaultdict

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callback_data import MatchingAction, MatchingStep
from bot.context import BotContext
from bot.domain.partnerships import Partnership
from bot.domain.roles import PermissionDenied
from bot.domain.teams import ProposalStatus, RoundStatus
from bot.handlers import admin
from bot.handlers.common import Callback, button_handlers, parse_button, show
from bot.keyboards import button, markup
from bot.keyboards import teams as kb
from bot.services.matching import DryRun


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
    assert latest is not None
    await service.move(actor, latest.id, step.value, step.extra)
    run = await _current(context, step.partnership_id)
    await _show_dry_run(update, context, run, moved=True)


async def matching_publish_button(update: Update, context: BotContext) -> None:
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


async def _current(context: BotContext, partnership_id: int) -> DryRun:
    """The draft round as it stands after a manual move (without solving again)."""
    actor = context.require_actor()
    latest = await context.services.matching.latest(actor, partnership_id)
    assert latest is not None
    proposals = await context.services.matching.draft(actor, latest.id)
    return DryRun(latest, proposals, {}, (), len(proposals))


async def _show_dry_run(
    update: Update, context: BotContext, run: DryRun, *, moved: bool = False
) -> None:
    partnership = await context.services.partnerships.get(run.round.partnership_id)
    assert partnership is not None
    titles, cities, _ = await context.services.matching.describe(run.proposals)
    titles.update(await context.services.matching.idea_titles(run.without_partner_interest))
    teams: dict[int, list[int]] = defaultdict(list)
    for p in run.proposals:
        teams[p.idea_id].append(p.user_id)
    text = _dry_run_text(
        context,
        run,
        partnership,
        titles,
        _team_lines(context, run, partnership, titles, cities, teams),
        len(teams),
    )
    if moved:
        text = context.t("matching-moved") + "\n\n" + text
    ideas = [(i, titles.get(i, "")) for i in sorted(teams)]
    keyboard = kb.dry_run(
        context.services.translator,
        context.language,
        run.round.partnership_id,
        run.round.id,
        ideas,
    )
    await show(update, context, text[:4000], keyboard)


def _team_lines(
    context: BotContext,
    run: DryRun,
    partnership: Partnership,
    titles: dict[int, str],
    cities: dict[int, int | None],
    teams: dict[int, list[int]],
) -> list[str]:
    """One line per proposed team: its idea, size, the split by city, interpretation."""
    lang = context.language
    interpretation = {p.idea_id: p.needs_interpretation for p in run.proposals}
    lines = []
    for number, (idea_id, members) in enumerate(sorted(teams.items()), start=1):
        per_city = Counter(cities.get(m) for m in members)
        split = ", ".join(
            f"{city.name.for_reader(lang)} {n}"
            for c, n in sorted(per_city.items(), key=lambda item: item[0] or 0)
            if c and (city := partnership.city(c))
        )
        lines.append(
            context.label(
                "matching-team-line",
                number=number,
                title=titles.get(idea_id, ""),
                count=len(members),
                split=split,
                interpretation="yes" if interpretation[idea_id] else "no",
            )
        )
    return lines


def _dry_run_text(
    context: BotContext,
    run: DryRun,
    partnership: Partnership,
    titles: dict[int, str],
    lines: list[str],
    team_count: int,
) -> str:
    unplaced = Counter(reason.value for reason in run.unplaced.values())
    single_city = ", ".join(titles.get(i, f"#{i}") for i in run.without_partner_interest)
    return context.t(
        "matching-dry-run-result",
        teams=team_count,
        placed=len(run.proposals),
        people=run.people,
        lines="\n".join(lines) or "—",
        no_signal=unplaced.get("no-signal", 0),
        no_team=unplaced.get("no-team", 0),
        single_city=single_city or "—",
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
            user,
            [(i, titles.get(i, "")) for i in ideas],
        ),
    )


async def _teams(update: Update, context: BotContext, pid: int, header: str | None = None) -> None:
    views = await context.services.teams.for_partnership(context.require_actor(), pid)
    lang = context.language
    items = [
        (
            v.team.id,
            context.label(
                "matching-team-item",
                title=v.idea_title[:30],
                count=len(v.members),
                coach=context.services.teams.name_of(v.coach)(lang) if v.coach else "—",
            ),
        )
        for v in views
    ]
    text = context.t("matching-teams-list", count=len(views))
    await show(
        update,
        context,
        text,
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
