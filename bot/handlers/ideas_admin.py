"""Organisers' idea tools: open/close submissions and voting, the vote budget, moderation
first or after, the queue (new ideas, translations, reports), hide, merge, themes."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import IdeaModerate, IdeaSettingsStep
from bot.context import BotContext
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.handlers.common import parse_button, show, user_id
from bot.handlers.ideas import DEFAULT_VIEW, show_idea
from bot.keyboards import ideas as kb
from bot.services.errors import UserFacingError

HIDE_INPUT = "idea_hide"


async def settings_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaSettingsStep)
    service, actor = context.services.ideas, context.require_actor()
    toggles = {
        "submissions": "submissions_open",
        "voting": "voting_open",
        "premoderation": "premoderation",
    }
    if step.action in toggles:
        current = await service.settings(step.partnership_id)
        field = toggles[step.action]
        await service.change_settings(
            actor, step.partnership_id, **{field: not getattr(current, field)}
        )
    elif step.action == "budget" and step.value in (3, 5, 7, 10):
        await service.change_settings(actor, step.partnership_id, vote_budget=step.value)
    elif step.action == "queue":
        queue = await service.queue(actor, step.partnership_id)
        await show(
            update,
            context,
            context.t("ideas-queue", count=_size(queue)),
            kb.queue(
                context.services.translator,
                context.language,
                step.partnership_id,
                queue["new"],
                queue["translations"],
                queue["reports"],
            ),
        )
        return
    elif step.action != "show":
        raise UserFacingError("errors-stale-button")
    settings = await service.settings(step.partnership_id)
    queue = await service.queue(actor, step.partnership_id)
    await show(
        update,
        context,
        context.t("ideas-settings", budget=settings.vote_budget),
        kb.settings_menu(context.services.translator, context.language, settings, _size(queue)),
    )


def _size(queue: dict[str, list[object]]) -> int:
    return sum(len(items) for items in queue.values())


async def moderate_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaModerate)
    service, actor = context.services.ideas, context.require_actor()
    tr, lang, idea_id = context.services.translator, context.language, step.idea_id
    header = None
    if step.action == "menu":
        idea = await service.organised_idea(actor, idea_id)
        partnership = await context.services.partnerships.get(idea.partnership_id)
        assert partnership is not None
        reported = any(
            i == idea_id for i, _ in (await service.queue(actor, idea.partnership_id))["reports"]
        )
        await show(
            update,
            context,
            context.t("ideas-mod-menu", title=idea.original.title),
            kb.moderation(tr, lang, idea, partnership, reported),
        )
        return
    if step.action == "publish":
        await service.publish(actor, idea_id)
        header = context.t("ideas-mod-published")
    elif step.action == "hide":
        await service.organised_idea(actor, idea_id)
        await context.services.dialogs.set(user_id(update), HIDE_INPUT, {"idea_id": idea_id})
        await show(
            update, context, context.t("ideas-mod-hide-ask"), kb.back_to_idea(tr, lang, idea_id)
        )
        return
    elif step.action == "merge":
        candidates = await service.merge_candidates(actor, idea_id)
        await show(
            update,
            context,
            context.t("ideas-mod-merge-ask"),
            kb.merge_targets(tr, lang, idea_id, candidates),
        )
        return
    elif step.action == "into":
        moved, returned = await service.merge(actor, idea_id, step.value)
        await show_idea(
            update,
            context,
            step.value,
            DEFAULT_VIEW,
            header=context.t("ideas-mod-merged", moved=moved, returned=returned),
        )
        return
    elif step.action == "theme":
        await service.set_themes(actor, idea_id, step.value)
    elif step.action == "dismiss":
        await service.dismiss_reports(actor, idea_id)
        header = context.t("ideas-mod-dismissed")
    elif step.action in ("tr_show", "tr_ok", "tr_no") and 0 <= step.value < len(
        SUPPORTED_LANGUAGES
    ):
        code = SUPPORTED_LANGUAGES[step.value]
        if step.action == "tr_show":
            title, description = await service.pending_translation(actor, idea_id, code)
            await show(
                update,
                context,
                context.t(
                    "ideas-tr-review",
                    language=context.label(f"language-name-{code}"),
                    title=title,
                    description=description,
                ),
                kb.translation_decision(tr, lang, idea_id, step.value),
            )
            return
        await service.decide_translation(actor, idea_id, code, step.action == "tr_ok")
        header = context.t("ideas-tr-approved" if step.action == "tr_ok" else "ideas-tr-rejected")
    else:
        raise UserFacingError("errors-stale-button")
    await show_idea(update, context, idea_id, DEFAULT_VIEW, header=header)


async def hide_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    idea_id = int(str(data["idea_id"]))
    await context.services.ideas.hide(context.require_actor(), idea_id, update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await show_idea(update, context, idea_id, DEFAULT_VIEW, header=context.t("ideas-mod-hidden"))


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(settings_button, pattern=IdeaSettingsStep.pattern()),
        CallbackQueryHandler(moderate_button, pattern=IdeaModerate.pattern()),
    ]


TEXT_INPUTS = {HIDE_INPUT: hide_text}
