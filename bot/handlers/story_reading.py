"""Published stories for everyone (/stories, the list by topic and city pair, a story in the
reader's language with its photos), the team's one-line update, and (story_review.py)
publishing them as an organiser."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import OpenMenu
from bot.callback_toolbox import (
    StoriesHome,
    StoriesPage,
    StoryCard,
    StoryExtra,
    StoryExtraAction,
    StoryUpdateStep,
)
from bot.context import BotContext
from bot.domain.languages import language_mark
from bot.domain.story_views import StoryView
from bot.domain.toolbox_dialogs import StoryNoteInput, StoryUpdateInput
from bot.handlers import story_review
from bot.handlers.common import Callback, answer_button, drop_keyboard, parse_button, show, user_id
from bot.handlers.story_screens import show_long
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.i18n import escape
from bot.keyboards import Row, button, markup
from bot.render.formatting import long_date
from bot.render.story_text import StoryText

PAGE_SIZE = 8
TITLE_ROOM = 24  # "12. " and the title within 30


def _short(title: str) -> str:
    return title if len(title) <= TITLE_ROOM else title[: TITLE_ROOM - 1].rstrip() + "…"


def group_heading(context: BotContext, view: StoryView) -> str:
    """'🌱 Ecology & Health · Karlsruhe – Krasnodar' (the idea's theme and the city pair)."""
    lang = context.language
    theme = view.partnership.theme(view.theme_id or 0)
    cities = " – ".join(c.name.for_reader(lang) for c in view.partnership.cities)
    return context.t(
        "stories-group",
        theme=theme.name.for_reader(lang) if theme else "",
        has_theme="yes" if theme else "no",
        cities=cities,
    )


async def show_list(update: Update, context: BotContext, page: int) -> None:
    service = context.services.story_publishing
    views = await service.published()
    views.sort(key=lambda v: (group_heading(context, v), -(v.story.id)))
    pages = max(1, -(-len(views) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = views[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    lines = [context.t("stories-home", count=len(views))]
    rows: list[Row] = []
    heading = None
    for number, view in enumerate(shown, start=page * PAGE_SIZE + 1):
        if group_heading(context, view) != heading:
            heading = group_heading(context, view)
            lines.append(f"\n<b>{heading}</b>")
        title = service.title(view, context.language)
        day = (
            long_date(view.story.published_at, context.language) if view.story.published_at else ""
        )
        lines.append(f"{number}. {escape(title)} · {escape(day)}".rstrip(" ·"))
        rows.append([button(f"{number}. {_short(title)}", StoryCard(view.story.id))])
    if pages > 1:
        nav: Row = []
        if page > 0:
            nav.append(button(context.label("stories-page-previous"), StoriesPage(page - 1)))
        if page < pages - 1:
            nav.append(button(context.label("stories-page-next"), StoriesPage(page + 1)))
        rows.append(nav)
    rows.append([button(context.label("buttons-main-menu"), OpenMenu("main"))])
    await show(update, context, "\n".join(lines), markup(rows))


async def stories_command(update: Update, context: BotContext) -> None:
    await show_list(update, context, 0)


async def stories_home_button(update: Update, context: BotContext) -> None:
    await show_list(update, context, 0)


async def stories_page_button(update: Update, context: BotContext) -> None:
    await show_list(update, context, parse_button(update, StoriesPage).page)


def story_keyboard(
    context: BotContext, view: StoryView, text: StoryText, *, original: bool
) -> InlineKeyboardMarkup:
    rows: list[Row] = []
    photos = len(view.story.publishable_photos())
    if photos:
        label = context.label("stories-photos", count=photos)
        rows.append([button(label, StoryExtra(view.story.id, "photos"))])
    if text.machine and not original:
        language = view.story.original_language
        label = context.label(
            "stories-original",
            mark=language_mark(language),
            language=context.label(f"language-name-{language}"),
        )
        rows.append([button(label, StoryExtra(view.story.id, "original"))])
    elif original:
        rows.append([button(context.label("stories-in-my-language"), StoryCard(view.story.id))])
    rows.append([button(context.label("stories-all"), StoriesHome())])
    return markup(rows)


async def show_story(
    update: Update, context: BotContext, story_id: int, *, original: bool = False
) -> None:
    view = await context.services.story_publishing.readable(context.actor, story_id)
    language = view.story.original_language if original else context.language
    text = StoryText(context.services.translator, view, language)
    blocks = text.blocks()
    if view.story.status != "published":
        blocks.insert(0, context.t("stories-not-published-yet"))
    if original:
        blocks.insert(0, context.t("stories-original-shown"))
    await show_long(update, context, blocks, story_keyboard(context, view, text, original=original))


async def open_story(update: Update, context: BotContext, story_id: int) -> None:
    """The deep link `st<id>`: a published story in the reader's language."""
    await show_story(update, context, story_id)


async def story_card_button(update: Update, context: BotContext) -> None:
    await show_story(update, context, parse_button(update, StoryCard).story_id)


async def story_original_button(update: Update, context: BotContext) -> None:
    await show_story(update, context, parse_button(update, StoryExtra).story_id, original=True)


async def story_photos_button(update: Update, context: BotContext) -> None:
    """Every photo whose person consents, then the way back to the story."""
    step = parse_button(update, StoryExtra)
    view = await context.services.story_publishing.readable(context.actor, step.story_id)
    await answer_button(update, context)
    chat = update.effective_chat
    assert chat is not None
    for photo in view.story.publishable_photos():
        await context.bot.send_photo(chat.id, photo.file_id)
    back = markup([[button(context.label("stories-back-to-story"), StoryCard(step.story_id))]])
    title = context.services.story_publishing.title(view, context.language)
    await show(update, context, context.t("stories-photos-of", title=title), back, new_message=True)


EXTRA_BUTTONS: dict[StoryExtraAction, Callback] = {
    "photos": story_photos_button,
    "original": story_original_button,
}


async def story_update_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryUpdateStep)
    view = await context.services.story_publishing.may_update(user_id(update), step.story_id)
    title = context.services.story_publishing.title(view, context.language)
    back = markup([[button(context.label("buttons-cancel"), StoryCard(step.story_id))]])
    prompt = await show(update, context, context.t("stories-update-ask", title=title), back)
    await context.services.dialogs.start(user_id(update), StoryUpdateInput(step.story_id, prompt))


async def update_text(update: Update, context: BotContext, asked: StoryUpdateInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.story_publishing.add_update(
        user_id(update), asked.story_id, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show(update, context, context.t("stories-update-added"))
    await show_story(update, context, asked.story_id)


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("stories", stories_command),
        CallbackQueryHandler(stories_home_button, pattern=StoriesHome.pattern()),
        CallbackQueryHandler(stories_page_button, pattern=StoriesPage.pattern()),
        CallbackQueryHandler(story_card_button, pattern=StoryCard.pattern()),
        *(
            CallbackQueryHandler(callback, pattern=StoryExtra.pattern(action=action))
            for action, callback in EXTRA_BUTTONS.items()
        ),
        CallbackQueryHandler(story_update_button, pattern=StoryUpdateStep.pattern()),
        *story_review.handlers(),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    StoryNoteInput: story_review.note_text,
    StoryUpdateInput: update_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
