"""Organisers' idea tools: open/close submissions and voting, the vote budget, moderation
first or after, the queue (new ideas, translations, reports), hide, merge, themes."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import IdeaModerate, IdeaSettingsStep
from bot.context import BotContext
from bot.domain.dialogs import IdeaHideInput
from bot.domain.languages import language_mark
from bot.handlers.common import parse_button, show, user_id
from bot.handlers.ideas import DEFAULT_VIEW, language_at, show_idea
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import ideas as kb
from bot.keyboards import organiser as org_kb
from bot.services.errors import UserFacingError

VOTE_BUDGETS = (3, 5, 7, 10)


# ------------------------------------------------------------------ settings
async def idea_settings_show_button(update: Update, context: BotContext) -> None:
    await show_settings(update, context, parse_button(update, IdeaSettingsStep).partnership_id)


async def idea_settings_submissions_button(update: Update, context: BotContext) -> None:
    """Opening is a setting; closing stops people writing an idea: ask first, with how many."""
    step, actor = parse_button(update, IdeaSettingsStep), context.require_actor()
    writing = await context.services.organiser_home.writing_ideas(actor, step.partnership_id)
    if not (await context.services.ideas.settings(step.partnership_id)).submissions_open:
        await toggle_setting(update, context, "submissions_open")
        return
    yes = IdeaSettingsStep(step.partnership_id, "submissions_ok", 0)
    text = context.t("ideas-close-submissions-ask", count=writing)
    tr, lang = context.services.translator, context.language
    keyboard = org_kb.confirm_setting(tr, lang, yes, "ideas-close-submissions-yes")
    await show(update, context, text, keyboard)


async def idea_settings_submissions_ok_button(update: Update, context: BotContext) -> None:
    await close_setting(update, context, "submissions_open", "ideas-submissions-now-closed")


async def idea_settings_voting_button(update: Update, context: BotContext) -> None:
    """Opening is a setting; closing ends everyone's voting: ask first, saying how many voted."""
    step, actor = parse_button(update, IdeaSettingsStep), context.require_actor()
    voters = await context.services.organiser_home.voters(actor, step.partnership_id)
    if not (await context.services.ideas.settings(step.partnership_id)).voting_open:
        await toggle_setting(update, context, "voting_open")
        return
    yes = IdeaSettingsStep(step.partnership_id, "voting_ok", 0)
    tr, lang = context.services.translator, context.language
    keyboard = org_kb.confirm_setting(tr, lang, yes, "ideas-close-voting-yes")
    await show(update, context, context.t("ideas-close-voting-ask", count=voters), keyboard)


async def idea_settings_voting_ok_button(update: Update, context: BotContext) -> None:
    await close_setting(update, context, "voting_open", "ideas-voting-now-closed")


async def close_setting(update: Update, context: BotContext, field: str, header_id: str) -> None:
    """The confirmed close: the setting is off, the settings say so."""
    partnership_id = parse_button(update, IdeaSettingsStep).partnership_id
    await context.services.ideas.change_settings(
        context.require_actor(), partnership_id, **{field: False}
    )
    await show_settings(update, context, partnership_id, header=context.t(header_id))


async def idea_settings_premoderation_button(update: Update, context: BotContext) -> None:
    await toggle_setting(update, context, "premoderation")


async def idea_settings_budget_button(update: Update, context: BotContext) -> None:
    """A new budget while people vote changes their rules: ask first, saying how many voted."""
    step, actor = parse_button(update, IdeaSettingsStep), context.require_actor()
    voters = await context.services.organiser_home.voters(actor, step.partnership_id)
    settings = await context.services.ideas.settings(step.partnership_id)
    if not settings.voting_open or not voters or step.value == settings.vote_budget:
        await idea_settings_budget_ok_button(update, context)
        return
    yes = IdeaSettingsStep(step.partnership_id, "budget_ok", step.value)
    text = context.t("ideas-budget-ask", count=voters, old=settings.vote_budget, budget=step.value)
    tr, lang = context.services.translator, context.language
    keyboard = org_kb.confirm_setting(tr, lang, yes, "ideas-budget-yes", budget=step.value)
    await show(update, context, text, keyboard)


async def idea_settings_budget_ok_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaSettingsStep)
    if step.value not in VOTE_BUDGETS:
        raise UserFacingError("errors-stale-button")
    await context.services.ideas.change_settings(
        context.require_actor(), step.partnership_id, vote_budget=step.value
    )
    await show_settings(update, context, step.partnership_id)


async def idea_settings_queue_button(update: Update, context: BotContext) -> None:
    """What waits for an organiser: new ideas, translations to approve, reports."""
    partnership_id = parse_button(update, IdeaSettingsStep).partnership_id
    queue = await context.services.idea_moderation.queue(context.require_actor(), partnership_id)
    keyboard = kb.queue(
        context.services.translator,
        context.language,
        partnership_id,
        queue.new,
        queue.translations,
        queue.reports,
    )
    await show(update, context, context.t("ideas-queue", count=queue.size), keyboard)


async def toggle_setting(update: Update, context: BotContext, field: str) -> None:
    """Switch one yes/no setting (submissions, voting, moderation first) and show them all."""
    partnership_id = parse_button(update, IdeaSettingsStep).partnership_id
    service = context.services.ideas
    current = await service.settings(partnership_id)
    await service.change_settings(
        context.require_actor(), partnership_id, **{field: not getattr(current, field)}
    )
    await show_settings(update, context, partnership_id)


async def show_settings(
    update: Update, context: BotContext, partnership_id: int, header: str | None = None
) -> None:
    settings = await context.services.ideas.settings(partnership_id)
    queue = await context.services.idea_moderation.queue(context.require_actor(), partnership_id)
    await show(
        update,
        context,
        context.t("ideas-settings", budget=settings.vote_budget),
        kb.settings_menu(context.services.translator, context.language, settings, queue.size),
        header=header,
    )


# ------------------------------------------------------------------ moderating one idea
async def idea_moderate_menu_button(update: Update, context: BotContext) -> None:
    step, actor = parse_button(update, IdeaModerate), context.require_actor()
    moderation = context.services.idea_moderation
    idea = await moderation.organised_idea(actor, step.idea_id)
    partnership = await context.services.partnerships.get(idea.partnership_id)
    assert partnership is not None
    reported = (await moderation.queue(actor, idea.partnership_id)).reported(step.idea_id)
    keyboard = kb.moderation(
        context.services.translator, context.language, idea, partnership, reported
    )
    await show(update, context, context.t("ideas-mod-menu", title=idea.original.title), keyboard)


async def idea_moderate_publish_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaModerate)
    await context.services.idea_moderation.publish(context.require_actor(), step.idea_id)
    await moderated_card(update, context, context.t("ideas-mod-published"))


async def idea_moderate_hide_button(update: Update, context: BotContext) -> None:
    """Ask for the reason; the typed reason hides the idea (hide_text)."""
    step = parse_button(update, IdeaModerate)
    await context.services.idea_moderation.organised_idea(context.require_actor(), step.idea_id)
    await context.services.dialogs.start(user_id(update), IdeaHideInput(step.idea_id))
    keyboard = kb.back_to_idea(context.services.translator, context.language, step.idea_id)
    await show(update, context, context.t("ideas-mod-hide-ask"), keyboard)


async def idea_moderate_merge_button(update: Update, context: BotContext) -> None:
    """Which idea this duplicate goes into."""
    step = parse_button(update, IdeaModerate)
    moderation = context.services.idea_moderation
    candidates = await moderation.merge_candidates(context.require_actor(), step.idea_id)
    keyboard = kb.merge_targets(
        context.services.translator, context.language, step.idea_id, candidates
    )
    await show(update, context, context.t("ideas-mod-merge-ask"), keyboard)


async def idea_moderate_merge_into_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaModerate)
    moderation = context.services.idea_moderation
    moved, returned = await moderation.merge(context.require_actor(), step.idea_id, step.value)
    header = context.t("ideas-mod-merged", moved=moved, returned=returned)
    await show_idea(update, context, step.value, DEFAULT_VIEW, header=header)


async def idea_moderate_theme_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaModerate)
    await context.services.idea_moderation.set_themes(
        context.require_actor(), step.idea_id, step.value
    )
    await moderated_card(update, context)


async def idea_moderate_dismiss_button(update: Update, context: BotContext) -> None:
    """The reports were unfounded: close them, the idea stays."""
    step = parse_button(update, IdeaModerate)
    await context.services.idea_moderation.dismiss_reports(context.require_actor(), step.idea_id)
    await moderated_card(update, context, context.t("ideas-mod-dismissed"))


async def moderated_card(update: Update, context: BotContext, header: str | None = None) -> None:
    idea_id = parse_button(update, IdeaModerate).idea_id
    await show_idea(update, context, idea_id, DEFAULT_VIEW, header=header)


async def hide_text(update: Update, context: BotContext, dialog: IdeaHideInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.idea_moderation.hide(
        context.require_actor(), dialog.idea_id, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    header = context.t("ideas-mod-hidden")
    await show_idea(update, context, dialog.idea_id, DEFAULT_VIEW, header=header)


# ------------------------------------------------------------------ participants' translations
async def idea_translation_show_button(update: Update, context: BotContext) -> None:
    """The original and the translation one above the other, each labelled with its language."""
    step = parse_button(update, IdeaModerate)
    pending = await context.services.idea_translations.pending_translation(
        context.require_actor(), step.idea_id, language_at(step.value)
    )
    original = pending.idea.original
    text = context.t(
        "ideas-tr-review",
        source=context.label(f"language-name-{pending.idea.language}"),
        source_mark=language_mark(pending.idea.language),
        original_title=original.title,
        original_description=original.description,
        target=context.label(f"language-name-{pending.language}"),
        target_mark=language_mark(pending.language),
        title=pending.text.title,
        description=pending.text.description,
    )
    keyboard = kb.translation_decision(
        context.services.translator, context.language, step.idea_id, step.value
    )
    await show(update, context, text, keyboard)


async def idea_translation_approve_button(update: Update, context: BotContext) -> None:
    await decide_translation(update, context, approve=True)


async def idea_translation_reject_button(update: Update, context: BotContext) -> None:
    await decide_translation(update, context, approve=False)


async def decide_translation(update: Update, context: BotContext, *, approve: bool) -> None:
    step = parse_button(update, IdeaModerate)
    await context.services.idea_translations.decide_translation(
        context.require_actor(), step.idea_id, language_at(step.value), approve
    )
    header = context.t("ideas-tr-approved" if approve else "ideas-tr-rejected")
    await moderated_card(update, context, header)


# One callback per button action; a test checks every action has exactly one.
SETTINGS_BUTTONS = {
    "show": idea_settings_show_button,
    "submissions": idea_settings_submissions_button,
    "voting": idea_settings_voting_button,
    "premoderation": idea_settings_premoderation_button,
    "budget": idea_settings_budget_button,
    "queue": idea_settings_queue_button,
    "submissions_ok": idea_settings_submissions_ok_button,
    "voting_ok": idea_settings_voting_ok_button,
    "budget_ok": idea_settings_budget_ok_button,
}
MODERATE_BUTTONS = {
    "menu": idea_moderate_menu_button,
    "publish": idea_moderate_publish_button,
    "hide": idea_moderate_hide_button,
    "merge": idea_moderate_merge_button,
    "into": idea_moderate_merge_into_button,
    "theme": idea_moderate_theme_button,
    "dismiss": idea_moderate_dismiss_button,
    "tr_show": idea_translation_show_button,
    "tr_ok": idea_translation_approve_button,
    "tr_no": idea_translation_reject_button,
}


def handlers() -> list[BaseHandler]:
    return [
        *(
            CallbackQueryHandler(callback, pattern=IdeaSettingsStep.pattern(action=action))
            for action, callback in SETTINGS_BUTTONS.items()
        ),
        *(
            CallbackQueryHandler(callback, pattern=IdeaModerate.pattern(action=action))
            for action, callback in MODERATE_BUTTONS.items()
        ),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {IdeaHideInput: hide_text}
