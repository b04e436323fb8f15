"""Keyboards of the announcement conversation."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import AnnouncementStep, BroadcastStep, OpenMenu
from bot.domain.broadcasts import AudienceKind, BroadcastDraft
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.local_time import Fold, Gap
from bot.domain.partnerships import Partnership
from bot.domain.workshops import Workshop
from bot.i18n import Translator
from bot.keyboards import button, checked, fit_into, markup, rows_of
from bot.render.formatting import wall_clock

Row = list[InlineKeyboardButton]


class AnnouncementButtons:
    """The button under each received announcement (the services ask for it here)."""

    def __init__(self, translator: Translator) -> None:
        self.tr = translator

    def received(self, language: str) -> InlineKeyboardMarkup:
        return markup(
            [[button(self.tr.plain(language, "broadcasts-mute"), AnnouncementStep("mute"))]]
        )


def _cancel(tr: Translator, lang: str) -> Row:
    return [button(tr.plain(lang, "buttons-cancel"), BroadcastStep("cancel", "-", 0))]


def cancel_only(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([_cancel(tr, lang)])


def versions(tr: Translator, lang: str, draft: BroadcastDraft) -> InlineKeyboardMarkup:
    buttons = [
        button(
            checked(code in draft.texts, tr.plain(lang, f"language-name-{code}")),
            BroadcastStep("version", code, 0),
        )
        for code in SUPPORTED_LANGUAGES
        if code != draft.default_language
    ]
    return markup(
        [
            *rows_of(buttons, 2),
            [
                button(
                    tr.plain(lang, "broadcasts-choose-audience"), BroadcastStep("audience", "-", 0)
                )
            ],
            _cancel(tr, lang),
        ]
    )


AUDIENCE_WORKSHOPS = 10  # the audience picker offers the next ten workshops


def audiences(
    tr: Translator, lang: str, partnership: Partnership, workshops: list[Workshop]
) -> InlineKeyboardMarkup:
    def pick(label: str, kind: AudienceKind, value: int = 0, code: str | None = None) -> Row:
        return [button(label, BroadcastStep("aud", code or kind.value, value))]

    rows: list[Row] = [pick(tr.plain(lang, "broadcasts-audience-all"), AudienceKind.PARTNERSHIP)]
    rows += [
        pick(
            fit_into(
                lambda city: tr.plain(lang, "broadcasts-audience-city", city=city),
                c.name.for_reader(lang),
            ),
            AudienceKind.CITY,
            c.id,
        )
        for c in partnership.cities
    ]
    # Numbered as in the message text, which names each workshop and its time: a phone
    # cuts long titles, and two workshops starting alike would look the same.
    for number, w in enumerate(workshops[:AUDIENCE_WORKSHOPS], start=1):
        rows.append(
            [
                button(
                    tr.plain(lang, "broadcasts-audience-confirmed", number=number),
                    BroadcastStep("aud", AudienceKind.WORKSHOP_CONFIRMED.value, w.id),
                ),
                button(
                    tr.plain(lang, "broadcasts-audience-waitlisted", number=number),
                    BroadcastStep("aud", AudienceKind.WORKSHOP_WAITLISTED.value, w.id),
                ),
            ]
        )
    rows.append(pick(tr.plain(lang, "broadcasts-audience-coaches"), AudienceKind.COACHES))
    languages = [
        button(
            tr.plain(
                lang,
                "broadcasts-audience-language",
                language=tr.plain(lang, f"language-name-{code}"),
            ),
            BroadcastStep("aud", f"{AudienceKind.LANGUAGE.value}.{code}", 0),
        )
        for code in SUPPORTED_LANGUAGES
    ]
    rows += [[b] for b in languages]  # "🗣 Ukrainian speakers" needs a row of its own
    interests = [
        button(
            tr.plain(lang, "broadcasts-audience-interest", number=number),
            BroadcastStep("aud", AudienceKind.INTEREST.value, t.id),
        )
        for number, t in enumerate(partnership.themes, start=1)
    ]
    rows += rows_of(interests, 4)  # numbered as in the message text
    rows.append(_cancel(tr, lang))
    return markup(rows)


def confirm(tr: Translator, lang: str, count: int) -> InlineKeyboardMarkup:
    rows: list[Row] = []
    if count:
        rows.append([button(tr.plain(lang, "broadcasts-send-now"), BroadcastStep("send", "-", 0))])
        rows.append(
            [button(tr.plain(lang, "broadcasts-schedule"), BroadcastStep("schedule", "-", 0))]
        )
    rows.append(
        [button(tr.plain(lang, "broadcasts-other-audience"), BroadcastStep("audience", "-", 0))]
    )
    rows.append(_cancel(tr, lang))
    return markup(rows)


def time_choice(tr: Translator, lang: str, found: Gap | Fold) -> InlineKeyboardMarkup:
    """The moments a skipped (Gap) or repeated (Fold) send time may mean, then cancel."""
    if isinstance(found, Gap):
        labels = [tr.plain(lang, "broadcasts-time-use", time=wall_clock(found.suggestion, lang))]
    else:
        labels = [
            tr.plain(lang, "broadcasts-time-summer", zone=found.earlier.tzname() or ""),
            tr.plain(lang, "broadcasts-time-winter", zone=found.later.tzname() or ""),
        ]
    rows = [[button(label, BroadcastStep("at", "-", i))] for i, label in enumerate(labels)]
    return markup([*rows, _cancel(tr, lang)])


def scheduled(tr: Translator, lang: str, broadcast_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "broadcasts-unschedule"),
                    BroadcastStep("unschedule", "-", broadcast_id),
                )
            ],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )
