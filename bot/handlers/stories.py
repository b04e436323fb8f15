"""Writing a story as a team: the draft screen (StoryDraftCard), each section's "✏️", the
photo step (EXIF stripped), sending for review; each named person's consent; an organiser
or the coach asking for a team's story from the team's screen."""

from __future__ import annotations

import asyncio

from telegram import Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_toolbox import (
    StoryDraftCard,
    StoryRequest,
    StoryRequestAction,
    StoryWrite,
    StoryWriteAction,
)
from bot.context import BotContext
from bot.domain.stories import MAX_PHOTOS, SECTIONS, SectionKind
from bot.domain.toolbox_dialogs import StoryPhotoInput, StorySectionInput
from bot.handlers.common import Callback, button_handlers, drop_keyboard, parse_button, show
from bot.handlers.common import user_id as user_id_of
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.i18n import escape
from bot.keyboards import story_drafts as kb
from bot.render.story_drafts import draft_text, every_name
from bot.render.story_photos import UnreadablePhoto, clean_photo
from bot.services.errors import UserFacingError
from bot.services.stories import DraftView


# ------------------------------------------------------------------ the draft screen
async def show_draft(
    update: Update, context: BotContext, story_id: int, header: str | None = None
) -> int:
    view = await context.services.stories.draft_view(user_id_of(update), story_id)
    tr, lang, story = context.services.translator, context.language, view.story
    keyboard = kb.draft_card(
        tr,
        lang,
        story_id,
        editable=view.member and story.status == "draft",
        photos=len(story.photos),
        consent=view.viewer_person.consent if view.viewer_person else None,
    )
    text = draft_text(tr, lang, story, view.partnership, view.reviewers)
    return await show(update, context, text, keyboard, header=header)


async def story_draft_button(update: Update, context: BotContext) -> None:
    """The draft (also "Back" and "Cancel" from a step: nothing typed is kept)."""
    await context.services.dialogs.clear(user_id_of(update))
    await show_draft(update, context, parse_button(update, StoryDraftCard).story_id)


# ------------------------------------------------------------------ editing a section
async def story_edit_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryWrite)
    if step.value >= len(SECTIONS):
        raise UserFacingError("errors-stale-button")
    kind = SECTIONS[step.value]
    view = await _editable(update, context, step.story_id)
    section = view.story.section(kind, context.language)
    # Every name shown as typed: what comes back is turned into tokens again.
    current = every_name(
        context.services.translator,
        context.language,
        view.story,
        view.partnership,
        section.text if section else "",
    )
    ask = context.t(
        "story-edit-ask",
        section=context.label(f"story-section-{kind}"),
        language=context.label(f"language-name-{context.language}"),
    )
    body = escape(current) if current else context.t("story-edit-ask-empty")
    keyboard = kb.back_to_draft(context.services.translator, context.language, step.story_id)
    prompt = await show(update, context, f"{ask}\n\n{body}", keyboard)
    dialog = StorySectionInput(step.story_id, kind, prompt)
    await context.services.dialogs.start(user_id_of(update), dialog)


async def _editable(update: Update, context: BotContext, story_id: int) -> DraftView:
    """The draft, when the person may change it now (a member, while it is a draft)."""
    view = await context.services.stories.draft_view(user_id_of(update), story_id)
    if not view.member or view.story.status != "draft":
        raise UserFacingError("story-not-draft" if view.member else "story-gone")
    return view


async def section_text(update: Update, context: BotContext, asked: StorySectionInput) -> None:
    assert update.message is not None and update.message.text is not None
    kind: SectionKind = next(k for k in SECTIONS if k == asked.section)
    language, made = await context.services.stories.edit_section(
        user_id_of(update), asked.story_id, kind, update.message.text
    )
    await context.services.dialogs.clear(user_id_of(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    name = context.label(f"language-name-{language}")
    header = (
        context.t("story-edit-saved-machine", language=name, count=made)
        if made
        else context.t("story-edit-saved-original", language=name)
    )
    await show_draft(update, context, asked.story_id, header=header)


# ------------------------------------------------------------------ photos
async def show_photos(
    update: Update, context: BotContext, story_id: int, header: str | None = None
) -> None:
    view = await _editable(update, context, story_id)
    photos = view.story.photos
    text = context.t("story-photos-ask", count=len(photos), limit=MAX_PHOTOS)
    keyboard = kb.photos(context.services.translator, context.language, story_id, photos)
    prompt = await show(
        update, context, text, keyboard, header=header, new_message=header is not None
    )
    await context.services.dialogs.start(user_id_of(update), StoryPhotoInput(story_id, prompt))


async def story_photos_button(update: Update, context: BotContext) -> None:
    await show_photos(update, context, parse_button(update, StoryWrite).story_id)


async def story_photo_remove_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryWrite)
    await context.services.stories.remove_photo(user_id_of(update), step.story_id, step.value)
    await show_photos(update, context, step.story_id)


async def story_photo(update: Update, context: BotContext) -> bool:
    """A photo (or an image sent as a file) while the photo step is open."""
    asked = await context.services.dialogs.current(user_id_of(update))
    message = update.effective_message
    file_id = _image_of(message)
    if not isinstance(asked, StoryPhotoInput) or file_id is None:
        return False
    stories = context.services.stories
    await stories.photo_room(user_id_of(update), asked.story_id)
    raw = await (await context.bot.get_file(file_id)).download_as_bytearray()
    try:
        clean, width, height = await asyncio.to_thread(clean_photo, bytes(raw))
    except UnreadablePhoto:
        await show(update, context, context.t("story-photo-unreadable"))
        return True
    # Sent back to Telegram: the clean copy's file id is what the story keeps.
    sent = await context.bot.send_photo(user_id_of(update), clean)
    count = await stories.add_photo(
        user_id_of(update), asked.story_id, sent.photo[-1].file_id, width, height
    )
    await drop_keyboard(update, context, asked.prompt_message_id)
    header = context.t("story-photo-added", count=count, limit=MAX_PHOTOS)
    await show_photos(update, context, asked.story_id, header=header)
    return True


def _image_of(message: Message | None) -> str | None:
    if message is None:
        return None
    if message.photo:
        return message.photo[-1].file_id
    document = message.document
    if document and (document.mime_type or "").startswith("image/"):
        return document.file_id
    return None


async def photo_step_text(update: Update, context: BotContext, asked: StoryPhotoInput) -> None:
    await show(update, context, context.t("story-photo-send-one"))


# ------------------------------------------------------------------ review
async def story_review_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryWrite)
    view = await _editable(update, context, step.story_id)
    text = context.t(
        "story-review-ask", count=view.reviewers, missing=len(view.story.missing_consent())
    )
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.confirm_review(tr, lang, step.story_id, view.reviewers))


async def story_review_confirmed_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, StoryWrite)
    told = await context.services.stories.send_for_review(user_id_of(update), step.story_id)
    header = context.t("story-review-sent", count=told)
    await show_draft(update, context, step.story_id, header=header)


# ------------------------------------------------------------------ consent
async def story_consent_yes_button(update: Update, context: BotContext) -> None:
    await _consent(update, context, given=True)


async def story_consent_no_button(update: Update, context: BotContext) -> None:
    await _consent(update, context, given=False)


async def _consent(update: Update, context: BotContext, *, given: bool) -> None:
    step = parse_button(update, StoryWrite)
    uid = user_id_of(update)
    story = await context.services.stories.set_consent(uid, step.story_id, given)
    header = context.t("story-consent-saved-yes" if given else "story-consent-saved-no")
    team = await context.services.stories.is_member(uid, step.story_id)
    if team:
        await show_draft(update, context, step.story_id, header=header)
        return
    consent = next(p.consent for p in story.people if p.user_id == uid)
    tr, lang = context.services.translator, context.language
    await show(
        update, context, header, kb.consent_answered(tr, lang, step.story_id, consent, False)
    )


# ------------------------------------------------------------------ organisers ask for one
async def story_request_button(update: Update, context: BotContext) -> None:
    request = parse_button(update, StoryRequest)
    actor = context.require_actor()
    if await context.services.stories.story_of_team(actor, request.team_id) is not None:
        raise UserFacingError("story-exists")
    count = await context.services.stories.request_count(actor, request.team_id)
    tr, lang = context.services.translator, context.language
    keyboard = kb.confirm_request(tr, lang, request.team_id, count)
    await show(update, context, context.t("story-request-ask", count=count), keyboard)


async def story_request_confirmed_button(update: Update, context: BotContext) -> None:
    request = parse_button(update, StoryRequest)
    actor = context.require_actor()
    count = await context.services.stories.request_count(actor, request.team_id)
    await context.services.stories.request_story(actor, request.team_id)
    tr, lang = context.services.translator, context.language
    keyboard = kb.requested(tr, lang, request.team_id)
    await show(update, context, context.t("story-requested", count=count), keyboard)


# One callback per button action; a test checks every action has one.
STORY_WRITE_BUTTONS: dict[StoryWriteAction, Callback] = {
    "edit": story_edit_button,
    "photos": story_photos_button,
    "photo_del": story_photo_remove_button,
    "review": story_review_button,
    "review_ok": story_review_confirmed_button,
    "consent_yes": story_consent_yes_button,
    "consent_no": story_consent_no_button,
}
STORY_REQUEST_BUTTONS: dict[StoryRequestAction, Callback] = {
    "ask": story_request_button,
    "ask_ok": story_request_confirmed_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(story_draft_button, pattern=StoryDraftCard.pattern()),
        *button_handlers(StoryWrite, STORY_WRITE_BUTTONS),
        *button_handlers(StoryRequest, STORY_REQUEST_BUTTONS),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    StorySectionInput: section_text,
    StoryPhotoInput: photo_step_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {StoryPhotoInput: story_photo}
