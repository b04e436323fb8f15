"""Announcements for organisers: write (formatted, with a photo or file), add language
versions, choose the audience, preview as each reader will see it, send now or later."""

from __future__ import annotations

from collections import Counter

from babel.lists import format_list
from telegram import Message, Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callback_data import BroadcastAction, BroadcastStep
from bot.context import BotContext
from bot.domain.broadcasts import Audience, AudienceKind, Broadcast, BroadcastDraft
from bot.domain.local_time import Fold, Gap
from bot.domain.partnerships import Partnership
from bot.domain.workshops import Workshop, WorkshopStatus
from bot.handlers import admin
from bot.handlers.common import (
    Callback,
    answer_button,
    button_handlers,
    drop_keyboard,
    organised_partnership,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import broadcasts as kb
from bot.render.formatting import event_time, long_date, reader_time, wall_clock
from bot.services.errors import UserFacingError


async def broadcast_command(update: Update, context: BotContext) -> None:
    await choose_partnership(update, context, 0)


async def choose_partnership(update: Update, context: BotContext, partnership_id: int) -> None:
    chosen = await organised_partnership(
        update, context, partnership_id, lambda pid: BroadcastStep("new", "-", pid)
    )
    if chosen is None:
        return
    await context.services.broadcasts.start(context.require_actor(), chosen.id, context.language)
    await show(
        update,
        context,
        context.t("broadcasts-ask-text"),
        kb.cancel_only(context.services.translator, context.language),
    )


async def broadcast_new_button(update: Update, context: BotContext) -> None:
    await choose_partnership(update, context, parse_button(update, BroadcastStep).value)


async def broadcast_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.broadcasts.cancel_draft(context.require_actor())
    await admin.show_staff_menu(update, context, "broadcasts-cancelled")


async def broadcast_version_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, BroadcastStep)
    await context.services.broadcasts.ask_version(context.require_actor(), step.kind)
    language = context.label(f"language-name-{step.kind}")
    await show(
        update,
        context,
        context.t("broadcasts-ask-version", language=language),
        kb.cancel_only(context.services.translator, context.language),
    )


async def broadcast_audience_button(update: Update, context: BotContext) -> None:
    draft = await context.services.broadcasts.to_audience(context.require_actor())
    await _ask_audience(update, context, draft)


async def broadcast_audience_chosen_button(update: Update, context: BotContext) -> None:
    audience = _audience(parse_button(update, BroadcastStep))
    draft, counts = await context.services.broadcasts.choose_audience(
        context.require_actor(), audience
    )
    query = update.callback_query
    assert query is not None and query.message is not None
    await drop_keyboard(update, context, query.message.message_id)  # answered: one preview
    await _confirm(update, context, draft, counts)


async def broadcast_schedule_button(update: Update, context: BotContext) -> None:
    """The time is typed on the partnership's first city's clock, named as "Karlsruhe time"."""
    service = context.services.broadcasts
    draft = await service.ask_schedule(context.require_actor())
    await show(
        update,
        context,
        context.t("broadcasts-ask-time", city=await _place(context, draft)),
        kb.cancel_only(context.services.translator, context.language),
    )


async def broadcast_at_button(update: Update, context: BotContext) -> None:
    """One of the moments offered for a time the clocks skip or repeat that night."""
    step = parse_button(update, BroadcastStep)
    scheduled = await context.services.broadcasts.schedule_choice(
        context.require_actor(), step.value
    )
    await _scheduled(update, context, scheduled)


async def _place(context: BotContext, draft: BroadcastDraft) -> str:
    city, zone = await context.services.broadcasts.place(draft)
    return city.name.for_reader(context.language) if city else zone


async def broadcast_unschedule_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, BroadcastStep)
    await context.services.broadcasts.cancel_scheduled(context.require_actor(), step.value)
    await admin.show_staff_menu(update, context, "broadcasts-unscheduled")


def _audience(step: BroadcastStep) -> Audience:
    try:
        if step.kind.startswith(f"{AudienceKind.LANGUAGE.value}."):
            return Audience(AudienceKind.LANGUAGE, step.kind.split(".", 1)[1])
        kind = AudienceKind(step.kind)
    except ValueError:
        raise UserFacingError("errors-stale-button") from None
    needs_value = kind not in (AudienceKind.PARTNERSHIP, AudienceKind.COACHES)
    return Audience(kind, step.value if needs_value else None)


async def draft_text(update: Update, context: BotContext, _: BroadcastDraft) -> None:
    """Typed text: the announcement itself, a language version, or the time to send it."""
    message = update.message
    assert message is not None and message.text is not None
    service, actor = context.services.broadcasts, context.require_actor()
    draft = await service.draft(actor)
    if draft.step == "schedule":
        scheduled = await service.schedule(actor, message.text)
        if isinstance(scheduled, Broadcast):
            await _scheduled(update, context, scheduled)
        else:
            await _time_question(update, context, draft, scheduled)
        return
    draft = await service.set_text(actor, message.text_html)
    await _versions(update, context, draft)


async def _scheduled(update: Update, context: BotContext, scheduled: Broadcast) -> None:
    zone = await context.services.workshops.reader_zone_of(context.participant)
    assert scheduled.scheduled_at is not None
    when = reader_time(context.services.translator, context.language, scheduled.scheduled_at, zone)
    await show(
        update,
        context,
        context.t("broadcasts-scheduled", when=when),
        kb.scheduled(context.services.translator, context.language, scheduled.id),
    )


async def _time_question(
    update: Update, context: BotContext, draft: BroadcastDraft, found: Gap | Fold
) -> None:
    """Like the workshop wizard: a skipped time offers the next one, a repeated one asks
    summer or winter time; typing another time works too."""
    lang, place = context.language, await _place(context, draft)
    when = {"time": wall_clock(found.typed, lang), "date": long_date(found.typed, lang)}
    if isinstance(found, Gap):
        jump, suggestion = wall_clock(found.jump_to, lang), wall_clock(found.suggestion, lang)
        text = context.t(
            "broadcasts-time-gap", **when, place=place, jump=jump, suggestion=suggestion
        )
    else:
        summer, winter = found.earlier.tzname() or "", found.later.tzname() or ""
        text = context.t("broadcasts-time-fold", **when, place=place, summer=summer, winter=winter)
    await show(update, context, text, kb.time_choice(context.services.translator, lang, found))


async def media_message(update: Update, context: BotContext) -> bool:
    """A photo or file sent while writing an announcement; False when nobody asked for one."""
    message = update.message
    dialog = await context.services.dialogs.current(user_id(update))
    if message is None or not isinstance(dialog, BroadcastDraft):
        return False
    kind, file_id = _attachment(message)
    draft = await context.services.broadcasts.set_text(
        context.require_actor(), message.caption_html or "", kind, file_id
    )
    await _versions(update, context, draft)
    return True


def _attachment(message: Message) -> tuple[str, str]:
    if message.photo:
        return "photo", message.photo[-1].file_id
    assert message.document is not None
    return "document", message.document.file_id


async def _versions(update: Update, context: BotContext, draft: BroadcastDraft) -> None:
    given = [context.label(f"language-name-{code}") for code in draft.texts]
    await show(
        update,
        context,
        context.t("broadcasts-versions", languages=format_list(given, locale=context.language)),
        kb.versions(context.services.translator, context.language, draft),
    )


async def _ask_audience(update: Update, context: BotContext, draft: BroadcastDraft) -> None:
    partnership = await context.services.partnerships.get(draft.partnership_id)
    assert partnership is not None
    actor = context.require_actor()
    upcoming = [
        w
        for w in await context.services.workshops.organised(actor, partnership.id)
        if w.status is WorkshopStatus.PUBLISHED
    ]
    tr, lang = context.services.translator, context.language
    zone = await context.services.workshops.reader_zone_of(context.participant)
    lines = _audience_lines(context, partnership, upcoming[: kb.AUDIENCE_WORKSHOPS], zone)
    await show(
        update,
        context,
        "\n".join(lines),
        kb.audiences(tr, lang, partnership, upcoming),
    )


def _audience_lines(
    context: BotContext, partnership: Partnership, workshops: list[Workshop], zone: str
) -> list[str]:
    """The buttons carry numbers; the text names each workshop (with its time) and theme,
    since phones cut long labels and two titles starting alike would look the same."""
    tr, lang = context.services.translator, context.language
    lines = [context.t("broadcasts-ask-audience")]
    if workshops:
        lines += ["", context.t("broadcasts-audience-workshops")]
    lines += [
        context.t(
            "broadcasts-audience-workshop-line",
            number=number,
            title=w.title.for_reader(lang),
            when=event_time(tr, lang, w, zone),
        )
        for number, w in enumerate(workshops, start=1)
    ]
    if partnership.themes:
        lines += ["", context.t("broadcasts-audience-interests")]
    lines += [
        context.t("broadcasts-audience-interest-line", number=number, theme=t.name.for_reader(lang))
        for number, t in enumerate(partnership.themes, start=1)
    ]
    return lines


async def _confirm(
    update: Update, context: BotContext, draft: BroadcastDraft, counts: Counter[str]
) -> None:
    """Previews exactly as each language's readers will see them, then the count."""
    await answer_button(update, context)
    chat = update.effective_chat
    assert chat is not None
    for language in sorted(counts):
        header = context.t(
            "broadcasts-preview-header",
            language=context.label(f"language-name-{language}"),
            count=counts[language],
        )
        await context.bot.send_message(chat.id, header)
        await _send_version(context, chat.id, draft, language)
    total = sum(counts.values())
    await show(
        update,
        context,
        context.t("broadcasts-confirm", count=total, parts=_count_parts(context, counts)),
        kb.confirm(context.services.translator, context.language, total),
        new_message=True,
    )


def _count_parts(context: BotContext, counts: Counter[str]) -> str:
    """'12 in German, 3 in Russian' in the reader's list pattern."""
    parts = [
        context.label(
            "broadcasts-count-part", language=context.label(f"language-name-{c}"), count=n
        )
        for c, n in sorted(counts.items())
    ]
    return format_list(parts, locale=context.language) if parts else "—"


async def _send_version(
    context: BotContext, chat_id: int, draft: BroadcastDraft, language: str
) -> None:
    text = context.services.broadcasts.preview(draft, language)
    if draft.file_kind == "photo" and draft.file_id:
        await context.bot.send_photo(chat_id, draft.file_id, caption=text)
    elif draft.file_kind == "document" and draft.file_id:
        await context.bot.send_document(chat_id, draft.file_id, caption=text)
    else:
        await context.bot.send_message(chat_id, text)


async def broadcast_send_button(update: Update, context: BotContext) -> None:
    """The pressed message becomes the progress report; the delivery worker edits it from its
    first batch on. With nobody to send to there is no batch: say so here."""
    query = update.callback_query
    assert query is not None and query.message is not None
    created = await context.services.broadcasts.send_now(
        context.require_actor(), query.message.chat.id, query.message.message_id
    )
    if created.recipients:
        await answer_button(update, context)
        return
    zeros = {"total": 0, "sent": 0, "waiting": 0, "blocked": 0, "failed": 0}
    await show(update, context, context.t("broadcasts-progress", **zeros))


# One callback per button action (BroadcastStep.action); a test checks every action has one.
BROADCAST_BUTTONS: dict[BroadcastAction, Callback] = {
    "new": broadcast_new_button,
    "cancel": broadcast_cancel_button,
    "version": broadcast_version_button,
    "audience": broadcast_audience_button,
    "aud": broadcast_audience_chosen_button,
    "send": broadcast_send_button,
    "schedule": broadcast_schedule_button,
    "unschedule": broadcast_unschedule_button,
    "at": broadcast_at_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("broadcast", broadcast_command),
        *button_handlers(BroadcastStep, BROADCAST_BUTTONS),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {BroadcastDraft: draft_text}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {BroadcastDraft: media_message}
