"""/workshops for participants: the list, a workshop's card, and workshop links and posters.
Signing up, cancelling, offers and feedback are in workshop_signups."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import WorkshopList, WorkshopOpen, WorkshopOpenBelow
from bot.context import BotContext
from bot.domain.workshops import Registration, RegistrationStatus, Workshop, signup_problem
from bot.handlers.common import language_label, parse_button, show, user_id
from bot.keyboards import workshops as kb
from bot.keyboards.menu import back_to_menu
from bot.render.formatting import event_time, reader_time
from bot.services.workshops import Listing


async def workshops_command(update: Update, context: BotContext) -> None:
    await show_list(update, context, mine=False)


async def workshop_list_button(update: Update, context: BotContext) -> None:
    await show_list(update, context, mine=parse_button(update, WorkshopList).mine)


async def show_list(update: Update, context: BotContext, *, mine: bool) -> None:
    person = context.participant
    assert person is not None
    lang, zone = context.language, await _reader_zone(context)
    tr = context.services.translator
    listings = await context.services.workshops.upcoming_for(person)
    if mine:
        listings = [item for item in listings if item.registration is not None]
    # The date is read in the text: a phone cuts it off the end of a button.
    items = [(item.workshop, item.workshop.title.for_reader(lang)) for item in listings]
    lines = [
        context.t("workshops-list-item", title=title, when=event_time(tr, lang, w, zone))
        for w, title in items
    ]
    message_id = (
        ("workshops-list-mine" if mine else "workshops-list")
        if items
        else ("workshops-none-mine" if mine else "workshops-none")
    )
    await show(
        update,
        context,
        "\n".join([context.t(message_id, count=len(items)), *lines]),
        kb.workshop_list(context.services.translator, lang, items, mine),
    )


async def workshop_open_button(update: Update, context: BotContext) -> None:
    await show_workshop(update, context, parse_button(update, WorkshopOpen).workshop_id)


async def workshop_open_below_button(update: Update, context: BotContext) -> None:
    """From under an organiser's message: the card comes as a new message below it."""
    workshop_id = parse_button(update, WorkshopOpenBelow).workshop_id
    await show_workshop(update, context, workshop_id, new_message=True)


async def show_workshop(
    update: Update, context: BotContext, workshop_id: int, *, new_message: bool = False
) -> None:
    person = context.participant
    assert person is not None
    listing = await context.services.workshops.listing(person, workshop_id)
    workshop = listing.workshop
    now = context.services.clock.now()
    problem = signup_problem(
        workshop, now, listing.registration.status if listing.registration else None
    )
    text = await _card_text(context, listing)
    await show(
        update,
        context,
        text,
        kb.workshop_card(
            context.services.translator,
            context.language,
            workshop,
            listing.registration,
            problem is None,
            full=listing.seats_left == 0,
        ),
        new_message=new_message,
    )


async def open_link(update: Update, context: BotContext, workshop_id: int) -> None:
    """A workshop link or poster: another partnership's workshop is named, never joined."""
    found = await context.services.workshops.elsewhere(user_id(update), workshop_id)
    if found is None:
        await show_workshop(update, context, workshop_id, new_message=True)
        return
    workshop, partnership = found
    await show(
        update,
        context,
        context.t(
            "workshops-link-other-partnership",
            title=workshop.title.for_reader(context.language),
            partnership=partnership.name.for_reader(context.language),
        ),
        back_to_menu(context.services.translator, context.language),
        new_message=True,
    )


async def _card_text(context: BotContext, listing: Listing) -> str:
    w, lang = listing.workshop, context.language
    zone = await _reader_zone(context)
    confirmed = listing.registration is not None and listing.registration.status in (
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.ATTENDED,
    )
    lines = [
        context.t(
            "workshops-card",
            title=w.title.for_reader(lang),
            kind=context.label(f"workshops-kind-{w.kind.value}"),
            when=event_time(context.services.translator, lang, w, zone),
            place=await _place(context, w, with_link=confirmed),
            seats=-1 if listing.seats_left is None else listing.seats_left,
        )
    ]
    if w.description:
        lines.append(
            "\n"
            + context.t("workshops-card-description", description=w.description.for_reader(lang))
        )
    lines += _language_labels(context, w)
    if listing.registration is not None:
        lines.append("\n" + await _status_line(context, listing.registration))
    if w.status.value == "cancelled":
        lines.append("\n" + context.t("workshops-signup-cancelled"))
    return "\n".join(lines)


async def _status_line(context: BotContext, reg: Registration) -> str:
    if reg.status is RegistrationStatus.WAITLISTED:
        position = await context.services.registrations.waitlist_position(reg)
        return context.t("workshops-status-waitlisted", position=position)
    if reg.status is RegistrationStatus.OFFERED:
        assert reg.offer_expires_at is not None
        return context.t(
            "workshops-status-offered",
            deadline=reader_time(
                context.services.translator,
                context.language,
                reg.offer_expires_at,
                await _reader_zone(context),
            ),
        )
    return context.t(f"workshops-status-{reg.status.value}", code=reg.check_in_code)


# ------------------------------------------------------------------ helpers
def _language_labels(context: BotContext, w: Workshop) -> list[str]:
    """Title or description shown in another language than the reader's say which one."""
    shown = {w.title.language_for(context.language)}
    if w.description:
        shown.add(w.description.language_for(context.language))
    return [language_label(context, code) for code in sorted(shown - {context.language})]


async def _reader_zone(context: BotContext) -> str:
    return await context.services.workshops.reader_zone_of(context.participant)


async def _place(context: BotContext, workshop: Workshop, *, with_link: bool) -> str:
    render = await context.services.workshops.place(workshop, with_link=with_link)
    return render(context.language)


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("workshops", workshops_command),
        CallbackQueryHandler(workshop_list_button, pattern=WorkshopList.pattern()),
        CallbackQueryHandler(workshop_open_button, pattern=WorkshopOpen.pattern()),
        CallbackQueryHandler(workshop_open_below_button, pattern=WorkshopOpenBelow.pattern()),
    ]
