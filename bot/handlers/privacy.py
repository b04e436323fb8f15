"""/privacy, /mydata and /deleteme: what is stored, a copy of it, and erasing it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import BotCommandScopeChat, Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callback_data import OpenMenu, PrivacyAction, PrivacyStep
from bot.context import BotContext
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.handlers import menu
from bot.handlers.common import (
    Callback,
    answer_button,
    button_handlers,
    menu_keyboard,
    show,
    user_id,
)
from bot.keyboards import button, markup
from bot.render.formatting import long_date
from bot.services.privacy import MyData


async def privacy_command(update: Update, context: BotContext) -> None:
    keyboard = markup(
        [
            [button(context.label("privacy-button-mydata"), PrivacyStep("mydata"))],
            [button(context.label("privacy-button-delete"), PrivacyStep("ask"))],
            [button(context.label("buttons-main-menu"), OpenMenu("main"))],
        ]
    )
    text = "\n\n".join([context.t("privacy-overview"), context.t("privacy-overview-calls")])
    await show(update, context, text, keyboard)


async def mydata_command(update: Update, context: BotContext) -> None:
    await answer_button(update, context)
    person = user_id(update)
    data = await context.services.privacy.my_data(person, context.language)
    if data is None:
        await context.bot.send_message(
            person, context.t("privacy-nothing-stored"), reply_markup=menu_keyboard(context)
        )
        return
    await context.bot.send_message(person, _summary(context, data))
    await context.bot.send_document(
        person,
        data.document,
        filename="my-data.json",
        caption=context.t("privacy-mydata-caption"),
        reply_markup=menu_keyboard(context),
    )


# How many items of a kind the summary lists by title; the file has them all.
SUMMARY_ITEMS = 5


def _summary(context: BotContext, data: MyData) -> str:
    """What is stored, in words: the profile, then counts with the first few titles."""
    lang = context.language
    profile = [
        context.t("privacy-mydata-name", name=data.name) if data.name else None,
        context.t("privacy-mydata-city", city=data.city) if data.city else None,
        context.t(
            "privacy-mydata-language", language=context.label(f"language-name-{data.language}")
        )
        if data.language in SUPPORTED_LANGUAGES
        else None,
        context.t("privacy-mydata-since", date=long_date(data.since, lang)) if data.since else None,
    ]
    signups = [
        context.t(
            "privacy-mydata-signup-line",
            title=s.workshop,
            date=long_date(s.starts_at.astimezone(ZoneInfo(s.time_zone)), lang),
            status=context.label(f"workshops-registration-{s.status}"),
        )
        for s in data.signups
        if s.starts_at
    ]
    ideas = [context.t("privacy-mydata-item", title=title) for title in data.ideas]
    teams = [context.t("privacy-mydata-item", title=title) for title in data.teams if title]
    blocks = [
        [context.t("privacy-mydata-title"), *[line for line in profile if line]],
        [context.t("privacy-mydata-signups", count=len(data.signups)), *_few(context, signups)],
        [context.t("privacy-mydata-ideas", count=len(data.ideas)), *_few(context, ideas)],
        [context.t("privacy-mydata-votes", count=data.votes)],
        [context.t("privacy-mydata-teams", count=len(data.teams)), *_few(context, teams)],
        [context.t("privacy-mydata-checkins", count=data.checkin_answers)],
        *_applications(context, data),
        *_stories(context, data),
        [context.t("privacy-mydata-file")],
    ]
    return "\n\n".join("\n".join(block) for block in blocks)


def _applications(context: BotContext, data: MyData) -> list[list[str]]:
    """Applications to programme calls, for those who applied (nobody else sees the lines)."""
    if not data.applications and not data.documents:
        return []
    lines = [
        context.t("privacy-mydata-application-line", call=a.call, cities=a.cities, status=a.status)
        for a in data.applications
    ]
    return [
        [context.t("privacy-mydata-applications", count=len(lines)), *_few(context, lines)],
        [context.t("privacy-mydata-documents", count=data.documents)],
    ]


def _stories(context: BotContext, data: MyData) -> list[list[str]]:
    """The stories that may name the person, and their answer (only when there are some)."""
    if not data.stories:
        return []
    lines = [
        context.t("stories-mydata-line", title=title, consent=consent)
        for title, consent in data.stories
    ]
    return [[context.t("stories-mydata", count=len(lines)), *_few(context, lines)]]


def _few(context: BotContext, lines: list[str]) -> list[str]:
    if len(lines) <= SUMMARY_ITEMS:
        return lines
    more = context.t("privacy-mydata-more", count=len(lines) - SUMMARY_ITEMS)
    return [*lines[:SUMMARY_ITEMS], more]


async def deleteme_command(update: Update, context: BotContext) -> None:
    keyboard = markup(
        [
            [button(context.label("buttons-yes-delete"), PrivacyStep("erase"))],
            [button(context.label("buttons-cancel"), PrivacyStep("cancel"))],
        ]
    )
    await show(update, context, context.t("privacy-delete-confirm"), keyboard)


async def privacy_mydata_button(update: Update, context: BotContext) -> None:
    await mydata_command(update, context)


async def privacy_ask_button(update: Update, context: BotContext) -> None:
    await deleteme_command(update, context)


async def privacy_erase_button(update: Update, context: BotContext) -> None:
    ideas = await context.services.privacy.authored_ideas(user_id(update))
    if ideas:
        await _ask_about_ideas(update, context, ideas)
    else:
        await _erase(update, context, keep_ideas=False)


async def privacy_keep_ideas_button(update: Update, context: BotContext) -> None:
    await _erase(update, context, keep_ideas=True)


async def privacy_remove_ideas_button(update: Update, context: BotContext) -> None:
    await _erase(update, context, keep_ideas=False)


async def privacy_cancel_button(update: Update, context: BotContext) -> None:
    await menu.show_main_menu(update, context, "privacy-delete-kept")


async def _ask_about_ideas(update: Update, context: BotContext, count: int) -> None:
    keyboard = markup(
        [
            [button(context.label("privacy-keep-ideas"), PrivacyStep("keep"))],
            [button(context.label("privacy-remove-ideas"), PrivacyStep("remove"))],
            [button(context.label("buttons-cancel"), PrivacyStep("cancel"))],
        ]
    )
    await show(update, context, context.t("privacy-delete-ideas", count=count), keyboard)


async def _erase(update: Update, context: BotContext, *, keep_ideas: bool) -> None:
    done = await context.services.privacy.erase(user_id(update), keep_ideas=keep_ideas)
    lines = [
        context.t(
            "privacy-deleted",
            signups=done.signups,
            votes=done.votes,
            answers=done.answers,
            messages=done.messages,
        )
    ]
    if done.ideas_kept:
        lines.append(context.t("privacy-deleted-ideas-kept", count=done.ideas_kept))
    if done.ideas_removed:
        lines.append(context.t("privacy-deleted-ideas-removed", count=done.ideas_removed))
    if done.drafts_deleted:
        lines.append(context.t("privacy-deleted-drafts", count=done.drafts_deleted))
    if done.applications_kept:
        lines.append(context.t("privacy-deleted-applications", count=done.applications_kept))
    if done.reviews_kept:
        lines.append(context.t("privacy-deleted-reviews", count=done.reviews_kept))
    if done.stories_unnamed:
        lines.append(context.t("stories-erased", count=done.stories_unnamed))
    lines.append(context.t("privacy-deleted-farewell"))
    context.participant = None
    # Their roles are gone: so are the commands those roles brought into the menu.
    await context.bot.delete_my_commands(scope=BotCommandScopeChat(user_id(update)))
    await show(update, context, "\n\n".join(lines))


# One callback per button action (PrivacyStep.action); a test checks every action has one.
PRIVACY_BUTTONS: dict[PrivacyAction, Callback] = {
    "mydata": privacy_mydata_button,
    "ask": privacy_ask_button,
    "erase": privacy_erase_button,
    "keep": privacy_keep_ideas_button,
    "remove": privacy_remove_ideas_button,
    "cancel": privacy_cancel_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("privacy", privacy_command),
        CommandHandler("mydata", mydata_command),
        CommandHandler("deleteme", deleteme_command),
        *button_handlers(PrivacyStep, PRIVACY_BUTTONS),
    ]
