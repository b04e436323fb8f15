"""Keyboards of a host's consultation hours: the settings, each setting's choices, the weekly
windows, the bookings with attended / no-show."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_consult import (
    HostConfirm,
    HostConfirmAction,
    HostDay,
    HostLanguage,
    HostMark,
    HostMarkAction,
    HostNumberAsk,
    HostNumberSet,
    HostStep,
    HostTopic,
    HostWindowRemove,
    HostZoneOwn,
)
from bot.callback_network import HostHome, NetworkHome
from bot.domain.consult_hosting import (
    HOST_NUMBERS,
    NUMBER_CHOICES,
    NUMBER_UNITS,
    HostNumber,
    minutes_of,
)
from bot.domain.consultations import Host
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import NETWORK_TOPICS
from bot.i18n import Translator
from bot.keyboards import button, checked, markup, rows_of
from bot.render.consult_hosting import weekday_name, window_text


def _back(tr: Translator, lang: str, to: HostHome | HostStep) -> list[InlineKeyboardButton]:
    return [button(tr.plain(lang, "buttons-back"), to)]


def intro(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    """Not a host yet: set up, or back to the network."""
    return markup(
        [
            [button(tr.plain(lang, "hosting-setup-button"), HostStep("setup"))],
            [button(tr.plain(lang, "buttons-back"), NetworkHome())],
        ]
    )


def settings(tr: Translator, lang: str, host: Host) -> InlineKeyboardMarkup:
    """Two settings to a row (short labels), the bookings, pause / resume, stop, back."""
    parts = [
        button(tr.plain(lang, "hosting-windows-button"), HostStep("windows")),
        button(tr.plain(lang, "hosting-zone-button"), HostStep("zone")),
        *(
            button(tr.plain(lang, f"hosting-number-button-{s}"), HostNumberAsk(s))
            for s in HOST_NUMBERS
        ),
        button(tr.plain(lang, "hosting-languages-button"), HostStep("languages")),
        button(tr.plain(lang, "hosting-topics-button"), HostStep("topics")),
        button(tr.plain(lang, "hosting-video-button"), HostStep("video")),
    ]
    toggle = (
        button(tr.plain(lang, "hosting-pause-button"), HostStep("pause"))
        if host.active
        else button(tr.plain(lang, "hosting-resume-button"), HostStep("resume"))
    )
    return markup(
        [
            [button(tr.plain(lang, "hosting-bookings-button"), HostStep("bookings"))],
            *rows_of(parts, 2),
            [toggle],
            [button(tr.plain(lang, "hosting-stop-button"), HostStep("stop"))],
            [button(tr.plain(lang, "buttons-back"), NetworkHome())],
        ]
    )


def unit_label(tr: Translator, lang: str, setting: HostNumber, value: int) -> str:
    return tr.plain(lang, f"hosting-unit-{NUMBER_UNITS[setting]}", count=value)


def number_choices(
    tr: Translator, lang: str, setting: HostNumber, current: int
) -> InlineKeyboardMarkup:
    choices = [
        button(checked(v == current, unit_label(tr, lang, setting, v)), HostNumberSet(setting, v))
        for v in NUMBER_CHOICES[setting]
    ]
    return markup([*rows_of(choices, 2), _back(tr, lang, HostHome())])


def weekdays(tr: Translator, lang: str, host: Host) -> InlineKeyboardMarkup:
    """Seven days, four and three to a row (short names); a day with windows is ticked."""
    days = [
        button(
            checked(
                any(w.weekday == d for w in host.windows), weekday_name(d, lang, "abbreviated")
            ),
            HostDay(d),
        )
        for d in range(7)
    ]
    return markup([days[:4], days[4:], _back(tr, lang, HostHome())])


def day(tr: Translator, lang: str, host: Host, weekday: int) -> InlineKeyboardMarkup:
    """A remove button per window of the day, then back to the week."""
    rows = [
        [
            button(
                tr.plain(lang, "hosting-window-remove-button", hours=window_text(w, lang)),
                HostWindowRemove(w.weekday, minutes_of(w.starts)),
            )
        ]
        for w in host.windows
        if w.weekday == weekday
    ]
    return markup([*rows, _back(tr, lang, HostStep("windows"))])


def zone(tr: Translator, lang: str, city: str | None) -> InlineKeyboardMarkup:
    """The host's own city's clock (when their profile has a city), then back."""
    own = (
        [button(tr.plain(lang, "hosting-zone-own-button", city=city), HostZoneOwn())]
        if city
        else []
    )
    return markup([own, _back(tr, lang, HostHome())])


def languages(tr: Translator, lang: str, host: Host) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                checked(code in host.languages, tr.plain(lang, f"language-name-{code}")),
                HostLanguage(code),
            )
        ]
        for code in SUPPORTED_LANGUAGES
    ]
    return markup([*rows, _back(tr, lang, HostHome())])


def topics(tr: Translator, lang: str, host: Host) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                checked(topic in host.topics, _topic_label(tr, lang, topic)),
                HostTopic(topic),
            )
        ]
        for topic in NETWORK_TOPICS
    ]
    return markup([*rows, _back(tr, lang, HostHome())])


def _topic_label(tr: Translator, lang: str, topic: str) -> str:
    name = tr.plain(lang, f"network-topic-{topic}")
    return tr.plain(lang, "hosting-topic-button", topic=topic, name=name)


def video(tr: Translator, lang: str, has_link: bool) -> InlineKeyboardMarkup:
    remove = [button(tr.plain(lang, "hosting-video-remove-button"), HostStep("video-remove"))]
    return markup([remove if has_link else [], _back(tr, lang, HostHome())])


def confirm(tr: Translator, lang: str, action: HostConfirmAction) -> InlineKeyboardMarkup:
    """Pause or stop and tell the booked people, or keep everything as it is."""
    return markup(
        [
            [button(tr.plain(lang, f"hosting-confirm-{action}-button"), HostConfirm(action))],
            [button(tr.plain(lang, "hosting-confirm-keep-button"), HostHome())],
        ]
    )


def mark_buttons(
    tr: Translator,
    lang: str,
    booking_id: int,
    *,
    on_list: bool,
    status: str = "booked",
    number: int | None = None,
) -> InlineKeyboardMarkup:
    """✔️ Attended / 🚫 No-show, one to a row (after a mark only the other one, to change it),
    then the way to the host's home."""
    rows = _mark_rows(tr, lang, booking_id, on_list, status, number)
    return markup([*rows, [button(tr.plain(lang, "network-hosting-button"), HostHome())]])


def after_mark(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    """Under a mark that can no longer change: the host's home."""
    return markup([[button(tr.plain(lang, "network-hosting-button"), HostHome())]])


def _mark_rows(
    tr: Translator, lang: str, booking_id: int, on_list: bool, status: str, number: int | None
) -> list[list[InlineKeyboardButton]]:
    rows = []
    marks: tuple[HostMarkAction, ...] = ("attended", "no_show")
    for mark in marks:
        if status == mark:
            continue  # the current mark: only the other one is offered (a change)
        label = (
            tr.plain(lang, f"hosting-mark-numbered-{mark}", number=number)
            if number is not None
            else tr.plain(lang, f"hosting-mark-{mark}-button")
        )
        rows.append([button(label, HostMark(booking_id, mark, on_list))])
    return rows


def bookings(tr: Translator, lang: str, awaiting: Sequence[int]) -> InlineKeyboardMarkup:
    """The attended / no-show buttons of each booking awaiting a mark, numbered as listed."""
    rows = [
        row
        for number, booking_id in enumerate(awaiting, start=1)
        for row in _mark_rows(tr, lang, booking_id, True, "booked", number)
    ]
    return markup([*rows, _back(tr, lang, HostHome())])
