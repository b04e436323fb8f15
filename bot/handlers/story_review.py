"""Organisers review their partnership's stories: the list (waiting ones first), the story as
readers will see it with who consented, publishing (refused while consent is missing, then a
confirmation naming how many people are told), back to the team with a note, withdrawing."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import OrganiserStep
from bot.callback_toolbox import (
    ReviewAction,
    StoriesReview,
    StoryCard,
    StoryReviewCard,
    StoryReviewStep,
)
from bot.context import BotContext
from bot.domain.stories import StoryPerson
from bot.domain.story_views import REVIEW_MONTHS, StoryView
from bot.domain.toolbox_dialogs import StoryNoteInput
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.handlers.story_screens import show_long
from bot.i18n import escape
from bot.keyboards import Row, button, markup
from bot.render.story_text import StoryText

STATUS_MARKS = {"review": "📥", "published": "📖", "draft": "✏️", "withdrawn": "🚫"}
TITLE_ROOM = 24  # a list button: the status mark and the title within 30


def _short(title: str, room: int = TITLE_ROOM) -> str:
    return title if len(title) <= room else title[: room - 1].rstrip() + "…"


async def stories_review_button(update: Update, context: BotContext) -> None:
    """The organiser's stories of one partnership (from the Announcements group)."""
    step = parse_button(update, StoriesReview)
    service = context.services.story_publishing
    views = await service.review_list(context.require_actor(), step.partnership_id)
    waiting = sum(1 for v in views if v.story.status == "review")
    lines = [context.t("stories-review-list", count=len(views), waiting=waiting)]
    rows: list[Row] = [
        [
            button(
                f"{STATUS_MARKS[v.story.status]} {_short(service.title(v, context.language))}",
                StoryReviewCard(v.story.id),
            )
        ]
        for v in views
    ]
    rows.append([button(context.label("buttons-back"), OrganiserStep("news", step.partnership_id))])
    await show(update, context, "\n".join(lines), markup(rows))


def consent_block(context: BotContext, view: StoryView) -> str:
    """Who consented, declined, has not answered (names the organiser can act on)."""
    lines = [f"<b>{context.t('stories-consent-heading')}</b>"]
    for person in view.story.people:
        lines.append(
            context.t(
                "stories-consent-line", state=person.consent, name=_name(context, view, person)
            )
        )
    if len(lines) == 1:
        lines.append(context.t("stories-consent-nobody"))
    return "\n".join(lines)


def _name(context: BotContext, view: StoryView, person: StoryPerson) -> str:
    city = view.city_name(person.city_id, context.language)
    name = person.name or context.label("stories-team-member")
    if city is None:
        return name
    return context.label("people-name-city", name=name, city=city)


def review_keyboard(context: BotContext, view: StoryView) -> InlineKeyboardMarkup:
    story = view.story
    rows: list[Row] = []
    if story.status == "published":
        rows.append([button(context.label("stories-as-readers-see"), StoryCard(story.id))])
        rows.append(
            [button(context.label("stories-withdraw"), StoryReviewStep(story.id, "withdraw", 0))]
        )
    else:
        rows.append([button(context.label("stories-publish"), StoryReviewStep(story.id, "ask", 0))])
        rows.append(
            [button(context.label("stories-send-back"), StoryReviewStep(story.id, "note", 0))]
        )
    rows.append([button(context.label("buttons-back"), StoriesReview(story.partnership_id))])
    return markup(rows)


async def show_review(
    update: Update, context: BotContext, story_id: int, header: str | None = None
) -> None:
    view = await context.services.story_publishing.for_review(context.require_actor(), story_id)
    blocks = StoryText(context.services.translator, view, context.language).blocks()
    status = context.t("stories-status", status=view.story.status)
    blocks = [*([header] if header else []), status, *blocks, consent_block(context, view)]
    await show_long(update, context, blocks, review_keyboard(context, view))


async def story_review_card_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryReviewCard)
    await context.services.dialogs.clear(user_id(update))  # a note not written is dropped
    await show_review(update, context, step.story_id)


async def story_publish_ask_button(update: Update, context: BotContext) -> None:
    """Missing consent: the screen says whose. Otherwise: how many are told, and the review
    date to choose."""
    step = parse_button(update, StoryReviewStep)
    actor, service = context.require_actor(), context.services.story_publishing
    view = await service.for_review(actor, step.story_id)
    back = [button(context.label("buttons-back"), StoryReviewCard(step.story_id))]
    missing = view.story.missing_consent()
    if missing:
        names = "\n".join(f"• {escape(_name(context, view, p))}" for p in missing)
        text = context.t("stories-publish-refused", count=len(missing)) + "\n" + names
        await show(update, context, text, markup([back]))
        return
    reach = await service.reach(actor, step.story_id)
    text = "\n".join(
        [
            context.t("stories-publish-confirm", title=service.title(view, context.language)),
            context.t("stories-publish-reach", count=reach.told),
            *([context.t("stories-publish-muted", count=reach.muted)] if reach.muted else []),
            context.t("stories-publish-review-date"),
        ]
    )
    await show(update, context, text, _publish_keyboard(context, step.story_id, step.months, back))


def _publish_keyboard(
    context: BotContext, story_id: int, chosen: int, back: Row
) -> InlineKeyboardMarkup:
    def option(months: int) -> Row:
        label = context.label("stories-review-months", months=months)
        mark = "✅ " if months == chosen else ""
        return [button(mark + label, StoryReviewStep(story_id, "ask", months))]

    first, second = (option(m) for m in REVIEW_MONTHS[:2]), (option(m) for m in REVIEW_MONTHS[2:])
    return markup(
        [
            [b for row in first for b in row],
            [b for row in second for b in row],
            [
                button(
                    context.label("stories-publish-now"),
                    StoryReviewStep(story_id, "publish", chosen),
                )
            ],
            back,
        ]
    )


async def story_publish_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryReviewStep)
    told = await context.services.story_publishing.publish(
        context.require_actor(), step.story_id, step.months
    )
    await show_review(update, context, step.story_id, context.t("stories-published", count=told))


async def story_note_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryReviewStep)
    await context.services.story_publishing.for_review(context.require_actor(), step.story_id)
    back = markup([[button(context.label("buttons-cancel"), StoryReviewCard(step.story_id))]])
    prompt = await show(update, context, context.t("stories-note-ask"), back)
    await context.services.dialogs.start(user_id(update), StoryNoteInput(step.story_id, prompt))


async def note_text(update: Update, context: BotContext, asked: StoryNoteInput) -> None:
    assert update.message is not None and update.message.text is not None
    told = await context.services.story_publishing.send_back(
        context.require_actor(), asked.story_id, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_review(update, context, asked.story_id, context.t("stories-sent-back", count=told))


async def story_withdraw_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryReviewStep)
    view = await context.services.story_publishing.for_review(
        context.require_actor(), step.story_id
    )
    title = context.services.story_publishing.title(view, context.language)
    keyboard = markup(
        [
            [
                button(
                    context.label("stories-withdraw-yes"),
                    StoryReviewStep(step.story_id, "withdrawn", 0),
                )
            ],
            [button(context.label("buttons-cancel"), StoryReviewCard(step.story_id))],
        ]
    )
    await show(update, context, context.t("stories-withdraw-confirm", title=title), keyboard)


async def story_withdrawn_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryReviewStep)
    await context.services.story_publishing.withdraw(context.require_actor(), step.story_id)
    await show_review(update, context, step.story_id, context.t("stories-withdrawn"))


# One callback per button action (StoryReviewStep.action).
REVIEW_BUTTONS: dict[ReviewAction, Callback] = {
    "ask": story_publish_ask_button,
    "publish": story_publish_button,
    "note": story_note_button,
    "withdraw": story_withdraw_button,
    "withdrawn": story_withdrawn_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(stories_review_button, pattern=StoriesReview.pattern()),
        CallbackQueryHandler(story_review_card_button, pattern=StoryReviewCard.pattern()),
        *(
            CallbackQueryHandler(callback, pattern=StoryReviewStep.pattern(action=action))
            for action, callback in REVIEW_BUTTONS.items()
        ),
    ]
