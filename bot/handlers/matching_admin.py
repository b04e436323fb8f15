"""Organisers' matching: team sizes, dry run (drop ideas, move people), publish, the round's
answers, the teams and their coaches. Every step is checked in the services."""

from __future__ import annotations

from collections import Counter, defaultdict

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import MatchingStep
from bot.context import BotContext
from bot.domain.partnerships import Partnership
from bot.domain.roles import PermissionDenied
from bot.domain.teams import ProposalStatus, RoundStatus
from bot.handlers.common import parse_button, show
from bot.keyboards import button, markup
from bot.keyboards import teams as kb
from bot.services.errors import UserFacingError
from bot.services.matching import DryRun


async def matching_command(update: Update, context: BotContext) -> None:
    await _home(update, context, 0)


async def matching_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, MatchingStep)
    actor, service = context.require_actor(), context.services.matching
    pid = step.partnership_id
    if step.action == "home":
        await _home(update, context, pid)
    elif step.action == "sizes":
        await service.set_sizes(actor, pid, step.value, step.extra)
        await _home(update, context, pid)
    elif step.action == "dry":
        await _show_dry_run(update, context, await service.dry_run(actor, pid))
    elif step.action == "drop":
        await _show_dry_run(update, context, await service.drop_idea(actor, step.value, step.extra))
    elif step.action == "move":
        await _choose_person(update, context, pid, step.value)
    elif step.action == "who":
        await _choose_target(update, context, pid, step.value, step.extra)
    elif step.action == "to":
        latest = await service.latest(actor, pid)
        assert latest is not None
        await service.move(actor, latest.id, step.value, step.extra)
        await _show_dry_run(update, context, await _current(context, pid), moved=True)
    elif step.action == "publish":
        count = await service.publish(actor, step.value)
        await show(update, context, context.t("matching-published", count=count))
    elif step.action == "status":
        tally = await service.status(actor, step.value)
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
            markup([[button(context.label("buttons-back"), MatchingStep("home", pid, 0, 0))]]),
        )
    elif step.action == "teams":
        await _teams(update, context, pid)
    elif step.action == "team":
        coaches = await context.services.teams.coaches(actor, pid)
        await show(
            update,
            context,
            context.t("matching-choose-coach"),
            kb.coaches(context.services.translator, context.language, pid, step.value, coaches),
        )
    elif step.action == "coach":
        await context.services.teams.assign_coach(actor, step.value, step.extra)
        await _teams(update, context, pid, header=context.t("matching-coach-set"))
    else:
        raise UserFacingError("errors-stale-button")


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
    lang = context.language
    partnership = await context.services.partnerships.get(run.round.partnership_id)
    assert partnership is not None
    titles, cities, _ = await context.services.matching.describe(run.proposals)
    titles.update(await context.services.matching.idea_titles(run.without_partner_interest))
    teams: dict[int, list[int]] = defaultdict(list)
    flags: dict[int, bool] = {}
    for p in run.proposals:
        teams[p.idea_id].append(p.user_id)
        flags[p.idea_id] = p.needs_interpretation
    lines = []
    for number, (idea_id, members) in enumerate(sorted(teams.items()), start=1):
        per_city = Counter(cities.get(m) for m in members)
        split = ", ".join(
            f"{partnership.city(c).name.for_reader(lang)} {n}"  # type: ignore[union-attr]
            for c, n in sorted(per_city.items())
            if c and partnership.city(c)
        )
        lines.append(
            context.label(
                "matching-team-line",
                number=number,
                title=titles.get(idea_id, ""),
                count=len(members),
                split=split,
                interpretation="yes" if flags[idea_id] else "no",
            )
        )
    unplaced = Counter(reason.value for reason in run.unplaced.values())
    text = context.t(
        "matching-dry-run-result",
        teams=len(teams),
        placed=len(run.proposals),
        people=run.people,
        lines="\n".join(lines) or "—",
        no_signal=unplaced.get("no-signal", 0),
        no_team=unplaced.get("no-team", 0),
        single_city=", ".join(titles.get(i, f"#{i}") for i in run.without_partner_interest) or "—",
    )
    if moved:
        text = context.t("matching-moved") + "\n\n" + text
    await show(
        update,
        context,
        text[:4000],
        kb.dry_run(
            context.services.translator,
            lang,
            run.round.partnership_id,
            run.round.id,
            [(i, titles.get(i, "")) for i in sorted(teams)],
        ),
    )


async def _choose_person(update: Update, context: BotContext, pid: int, round_id: int) -> None:
    proposals = await context.services.matching.draft(context.require_actor(), round_id)
    titles, _, names = await context.services.matching.describe(proposals)
    people = [
        (
            p,
            f"{names.get(p.user_id) or context.label('teams-someone')} · "
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


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("matching", matching_command),
        CallbackQueryHandler(matching_button, pattern=MatchingStep.pattern()),
    ]
