"""Keyboards of booking a consultation: topics, languages, toolbox tips, slots, confirmation,
the person's own bookings."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.callback_consult import (
    ConsultBook,
    ConsultCancel,
    ConsultCancelConfirmed,
    ConsultCard,
    ConsultLanguage,
    ConsultOfferPass,
    ConsultOfferTake,
    ConsultPick,
    ConsultReschedule,
    ConsultSlots,
    ConsultTopic,
    ConsultWait,
)
from bot.callback_data import OpenMenu
from bot.callback_network import ConsultHome, ConsultMine, NetworkHome
from bot.callback_toolbox import ToolboxEntryCard
from bot.domain.consultations import Slot, slot_minute
from bot.domain.network import NETWORK_TOPICS
from bot.domain.toolbox import Entry
from bot.i18n import Translator
from bot.keyboards import button, fit, markup, rows_of

PAGE = 8  # slots on one screen: four rows of two


def home(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    """One topic a row (German and Slavic names are long), then the person's bookings."""
    rows = [
        [button(tr.plain(lang, f"network-topic-{topic}"), ConsultTopic(topic))]
        for topic in NETWORK_TOPICS
    ]
    rows.append([button(tr.plain(lang, "consult-mine-button"), ConsultMine())])
    rows.append([button(tr.plain(lang, "buttons-back"), NetworkHome())])
    return markup(rows)


def languages(
    tr: Translator, lang: str, topic: str, offered: Sequence[str]
) -> InlineKeyboardMarkup:
    buttons = [
        button(tr.plain(lang, f"language-name-{code}"), ConsultLanguage(topic, code))
        for code in offered
    ]
    return markup([*rows_of(buttons, 2), [button(tr.plain(lang, "buttons-back"), ConsultHome())]])


def tips(
    tr: Translator, lang: str, entries: Sequence[Entry], topic: str, language: str
) -> InlineKeyboardMarkup:
    """The toolbox entries first ("Maybe this helps"), then on to the times."""
    rows = [
        [button(fit(f"📘 {e.version_for(lang).title}"), ToolboxEntryCard(e.id))] for e in entries
    ]
    rows.append([button(tr.plain(lang, "consult-tips-go-on"), ConsultSlots(topic, language))])
    rows.append([button(tr.plain(lang, "buttons-back"), ConsultTopic(topic))])
    return markup(rows)


def slots(
    tr: Translator,
    lang: str,
    shown: Sequence[tuple[int, Slot, str]],
    nav: ConsultSlots,
    pages: int,
    topic: str,
    language: str,
) -> InlineKeyboardMarkup:
    """`shown`: (number, slot, its time on the person's clock) of this page."""
    picks = [
        button(
            tr.plain(lang, "consult-slot-button", number=number, time=clock),
            ConsultPick(slot.host_id, slot_minute(slot.starts_at), topic, language, nav.booking_id),
        )
        for number, slot, clock in shown
    ]
    paging = []
    if nav.page > 0:
        paging.append(button("◀️", _page(nav, nav.page - 1)))
    if nav.page + 1 < pages:
        paging.append(button("▶️", _page(nav, nav.page + 1)))
    back = ConsultCard(nav.booking_id) if nav.booking_id else ConsultTopic(topic)
    return markup([*rows_of(picks, 2), paging, [button(tr.plain(lang, "buttons-back"), back)]])


def _page(nav: ConsultSlots, page: int) -> ConsultSlots:
    return ConsultSlots(nav.topic, nav.language, page, nav.host_id, nav.booking_id)


def no_slots(tr: Translator, lang: str, topic: str, language: str) -> InlineKeyboardMarkup:
    """Nothing free: the waiting list (not when rescheduling: `language` is then "")."""
    wait = [button(tr.plain(lang, "consult-wait-button"), ConsultWait(topic, language))]
    return markup(
        [wait if language else [], [button(tr.plain(lang, "buttons-back"), ConsultTopic(topic))]]
    )


def waiting(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "consult-mine-button"), ConsultMine())],
            [button(tr.plain(lang, "buttons-back"), ConsultHome())],
        ]
    )


def offer(tr: Translator, lang: str, waiting_id: int) -> InlineKeyboardMarkup:
    """A freed slot offered from the waiting list: take it or pass it on."""
    return markup(
        [
            [button(tr.plain(lang, "consult-offer-take-button"), ConsultOfferTake(waiting_id))],
            [button(tr.plain(lang, "consult-offer-pass-button"), ConsultOfferPass(waiting_id))],
        ]
    )


def confirm(tr: Translator, lang: str, pick: ConsultPick) -> InlineKeyboardMarkup:
    book = ConsultBook(pick.host_id, pick.start, pick.topic, pick.language, pick.booking_id)
    label = "consult-move-button" if pick.booking_id else "consult-book-button"
    back = ConsultSlots(pick.topic, pick.language, 0, pick.host_id if pick.booking_id else 0,
                        pick.booking_id)  # fmt: skip
    return markup(
        [
            [button(tr.plain(lang, label), book)],
            [button(tr.plain(lang, "buttons-back"), back)],
        ]
    )


def booked(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "consult-mine-button"), ConsultMine())],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )


def mine(tr: Translator, lang: str, bookings: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup:
    """`bookings`: (id, its short time on the person's clock) — the list in the text names it."""
    rows = [[button(fit(label), ConsultCard(booking_id))] for booking_id, label in bookings]
    rows.append([button(tr.plain(lang, "consult-new-button"), ConsultHome())])
    rows.append([button(tr.plain(lang, "buttons-back"), NetworkHome())])
    return markup(rows)


def card(tr: Translator, lang: str, booking_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "consult-reschedule-button"), ConsultReschedule(booking_id))],
            [button(tr.plain(lang, "consult-cancel-button"), ConsultCancel(booking_id))],
            [button(tr.plain(lang, "buttons-back"), ConsultMine())],
        ]
    )


def cancel_confirm(tr: Translator, lang: str, booking_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "consult-cancel-yes-button"), ConsultCancelConfirmed(booking_id)
                )
            ],
            [button(tr.plain(lang, "consult-cancel-keep-button"), ConsultCard(booking_id))],
        ]
    )


def after_cancel(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "consult-mine-button"), ConsultMine())],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )
