"""The directory's keyboards: home, country and topic pickers, results, cards."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.callback_network import (
    DirectoryActorCard,
    DirectoryBrowse,
    DirectoryHome,
    DirectoryPartnership,
    DirectoryResults,
    NetworkHome,
)
from bot.i18n import Translator
from bot.keyboards import Row, button, fit, markup
from bot.render.languages import country_name
from bot.services.directory import Hit


def _back(tr: Translator, lang: str, data: DirectoryHome | DirectoryResults | NetworkHome) -> Row:
    return [button(tr.plain(lang, "directory-back-button"), data)]


def home(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    """One button to a row: the labels are long in German and the Slavic languages."""
    return markup(
        [
            [button(tr.plain(lang, "directory-by-country-button"), DirectoryBrowse("countries"))],
            [button(tr.plain(lang, "directory-by-topic-button"), DirectoryBrowse("topics"))],
            _back(tr, lang, NetworkHome()),
        ]
    )


def countries(tr: Translator, lang: str, codes: Sequence[str]) -> InlineKeyboardMarkup:
    rows = [[button(fit(country_name(c, lang)), DirectoryResults("c", c, 0))] for c in codes]
    return markup([*rows, _back(tr, lang, DirectoryHome())])


def topics(tr: Translator, lang: str, keys: Sequence[str]) -> InlineKeyboardMarkup:
    rows = [
        [button(fit(tr.plain(lang, f"network-topic-{key}")), DirectoryResults("t", key, 0))]
        for key in keys
    ]
    return markup([*rows, _back(tr, lang, DirectoryHome())])


def results(
    tr: Translator, lang: str, hits: Sequence[Hit], at: DirectoryResults, pages: int
) -> InlineKeyboardMarkup:
    """A button per entry (its name), "‹ ›" when there are more pages, back to the home."""
    rows: list[Row] = []
    for hit in hits:
        if hit.kind == "p":
            target: DirectoryPartnership | DirectoryActorCard = DirectoryPartnership(
                hit.id, at.by, at.value, at.page
            )
        else:
            target = DirectoryActorCard(hit.id, at.by, at.value, at.page)
        rows.append([button(fit(hit.name), target)])
    paging: Row = []
    if at.page > 0:
        paging.append(button("‹", DirectoryResults(at.by, at.value, at.page - 1)))
    if at.page + 1 < pages:
        paging.append(button("›", DirectoryResults(at.by, at.value, at.page + 1)))
    return markup([*rows, paging, _back(tr, lang, DirectoryHome())])


def card(tr: Translator, lang: str, back: DirectoryResults) -> InlineKeyboardMarkup:
    """A partnership's card: back to the results it was opened from."""
    return markup([_back(tr, lang, back)])


def actor_card(
    tr: Translator, lang: str, back: DirectoryResults, original: DirectoryActorCard | None
) -> InlineKeyboardMarkup:
    """An actor's card: the original description one tap away when a machine version shows."""
    rows: list[Row] = []
    if original is not None:
        label = "directory-translation-button" if original.original else "directory-original-button"
        rows.append([button(tr.plain(lang, label), original)])
    return markup([*rows, _back(tr, lang, back)])
