"""Organiser tools: the admin's 'new partnership' conversation and role invitations.

Every step asks the services, which check the role on the server side; a forged button
fails there with PermissionDenied, which the error handler turns into a polite refusal.
"""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import DraftAction, InviteStep, OpenMenu, PartnershipDraftAction
from bot.context import BotContext
from bot.domain.deeplinks import invitation_payload
from bot.domain.partnerships import PartnershipDialog, PartnershipDraft
from bot.domain.roles import PermissionDenied, Role
from bot.domain.texts import LocalizedName
from bot.handlers import organiser_home
from bot.handlers.common import Callback, button_handlers, parse_button, show
from bot.handlers.text_input import InputKey, TextInput
from bot.i18n import escape
from bot.keyboards import admin as kb
from bot.keyboards import button, markup
from bot.render.formatting import reader_time
from bot.services.errors import UserFacingError


async def show_staff_menu(
    update: Update, context: BotContext, header_id: str | None = None, **args: object
) -> None:
    """The organiser tools; a header says what just happened (a cancelled or finished task)."""
    header = context.t(header_id, **args) if header_id else None
    await organiser_home.show_home(update, context, header)


# ------------------------------------------------------------------ new partnership
async def new_partnership_command(update: Update, context: BotContext) -> None:
    await context.services.partnerships.start_draft(context.require_actor())
    await show(
        update,
        context,
        context.t("admin-draft-ask-name"),
        kb.cancel_only(context.services.translator, context.language),
    )


async def draft_start_button(update: Update, context: BotContext) -> None:
    await new_partnership_command(update, context)


async def draft_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.partnerships.cancel_draft(context.require_actor())
    await show_staff_menu(update, context, "admin-draft-cancelled")


async def draft_translate_button(update: Update, context: BotContext) -> None:
    action = parse_button(update, DraftAction)
    await context.services.partnerships.expect_translation(
        context.require_actor(), action.target, action.index, action.language
    )
    language = context.label(f"language-name-{action.language}")
    await show(
        update,
        context,
        context.t("admin-draft-ask-translation", language=language),
        kb.cancel_only(context.services.translator, context.language),
    )


async def draft_city_button(update: Update, context: BotContext) -> None:
    """'Next: cities' and 'add a city' both ask for a city's name."""
    await context.services.partnerships.expect(context.require_actor(), "city_name")
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("admin-draft-ask-city"), kb.cancel_only(tr, lang))


async def draft_time_zone_button(update: Update, context: BotContext) -> None:
    action = parse_button(update, DraftAction)
    draft, step = await context.services.partnerships.choose_time_zone(
        context.require_actor(), _zone(action.target)
    )
    await _render_step(update, context, draft, step)


async def draft_theme_button(update: Update, context: BotContext) -> None:
    """'Next: themes' and 'add a theme' both ask for a theme."""
    await context.services.partnerships.expect(context.require_actor(), "theme")
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("admin-draft-ask-theme"), kb.themes_start(tr, lang))


async def draft_review_button(update: Update, context: BotContext) -> None:
    draft = await context.services.partnerships.expect(context.require_actor(), "review")
    tr, lang = context.services.translator, context.language
    await show(update, context, _review_text(context, draft), kb.review(tr, lang))


async def draft_create_button(update: Update, context: BotContext) -> None:
    lang = context.language
    created = await context.services.partnerships.create(context.require_actor())
    header = context.t("admin-draft-created", name=created.name.for_reader(lang))
    await organiser_home.show_home(update, context, header)


async def draft_text(update: Update, context: BotContext, _: PartnershipDialog) -> None:
    """Typed text during the conversation: a name, a translation, a city, a zone or a theme."""
    assert update.message is not None and update.message.text is not None
    draft, step = await context.services.partnerships.enter_text(
        context.require_actor(), update.message.text, context.language
    )
    await _render_step(update, context, draft, step)


async def _render_step(
    update: Update, context: BotContext, draft: PartnershipDraft, step: str
) -> None:
    tr, lang = context.services.translator, context.language
    if step == "city_tz":
        await show(update, context, context.t("admin-draft-ask-time-zone"), kb.time_zones(tr, lang))
        return
    target = step.removesuffix("_translations")
    names: dict[str, LocalizedName | None] = {
        "name": draft.name,
        "city": draft.cities[-1].name if draft.cities else None,
        "theme": draft.themes[-1] if draft.themes else None,
    }
    name = names[target]
    assert name is not None
    index = {"name": 0, "city": len(draft.cities) - 1, "theme": len(draft.themes) - 1}[target]
    text = (
        context.t(f"admin-draft-{target}-saved", name=name.for_reader(lang))
        + "\n"
        + context.t("admin-draft-translations", values=_values(context, name))
    )
    await show(update, context, text, kb.translations(tr, lang, draft, target, index, name))


def _values(context: BotContext, name: LocalizedName) -> str:
    return "; ".join(
        f"{context.label(f'language-name-{code}')}: {value}" for code, value in name.values.items()
    )


def _review_text(context: BotContext, draft: PartnershipDraft) -> str:
    lang = context.language
    assert draft.name is not None
    cities = [f"{c.name.for_reader(lang)} ({c.time_zone})" for c in draft.cities]
    themes = [t.for_reader(lang) for t in draft.themes]
    return context.t(
        "admin-draft-review",
        name=draft.name.for_reader(lang),
        cities=format_list(cities, locale=lang),
        themes=format_list(themes, locale=lang) if themes else context.label("profile-not-set"),
        theme_count=len(themes),
    )


def _zone(index: str) -> str:
    try:
        return kb.COMMON_TIME_ZONES[int(index)]
    except (ValueError, IndexError):
        raise UserFacingError("errors-stale-button") from None


# ------------------------------------------------------------------ invitations
async def invite_command(update: Update, context: BotContext) -> None:
    actor = context.require_actor()
    options = await context.services.access.invitable_partnerships(actor)
    if not options:
        raise PermissionDenied("organiser")
    if len(options) == 1:
        await _ask_role(update, context, options[0].id)
        return
    await show(
        update,
        context,
        context.t("invite-choose-partnership"),
        kb.invite_partnerships(context.services.translator, context.language, options),
    )


async def invite_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, InviteStep)
    if step.partnership_id == 0:
        await invite_command(update, context)
        return
    if step.role == "-":
        await _ask_role(update, context, step.partnership_id)
        return
    try:
        role = Role(step.role)
    except ValueError:
        raise UserFacingError("errors-stale-button") from None
    invitation = await context.services.access.create_invitation(
        context.require_actor(), step.partnership_id, role
    )
    partnership = await context.services.partnerships.get(step.partnership_id)
    assert partnership is not None
    link = f"https://t.me/{context.bot.username}?start={invitation_payload(invitation.token)}"
    zone = await context.services.workshops.reader_zone_of(context.participant)
    expires = reader_time(
        context.services.translator, context.language, invitation.expires_at, zone
    )
    text = context.t(
        "invite-created",
        role=context.label(f"role-{role.value}"),
        partnership=partnership.name.for_reader(context.language),
        expires=expires,
    )
    back = markup([[button(context.label("buttons-back"), OpenMenu("staff"))]])
    await show(update, context, text + "\n\n" + escape(link), back)


async def _ask_role(update: Update, context: BotContext, partnership_id: int) -> None:
    if not context.require_actor().has_role(partnership_id, Role.ORGANISER):
        raise PermissionDenied("organiser")
    await show(
        update,
        context,
        context.t("invite-choose-role"),
        kb.invite_roles(context.services.translator, context.language, partnership_id),
    )


# One callback per button action (DraftAction.action); a test checks every action has one.
DRAFT_BUTTONS: dict[PartnershipDraftAction, Callback] = {
    "start": draft_start_button,
    "cancel": draft_cancel_button,
    "translate": draft_translate_button,
    "cities": draft_city_button,
    "city": draft_city_button,
    "tz": draft_time_zone_button,
    "themes": draft_theme_button,
    "theme": draft_theme_button,
    "review": draft_review_button,
    "create": draft_create_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("newpartnership", new_partnership_command),
        CommandHandler("invite", invite_command),
        *button_handlers(DraftAction, DRAFT_BUTTONS),
        CallbackQueryHandler(invite_button, pattern=InviteStep.pattern()),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {PartnershipDialog: draft_text}
