"""The toolbox's keyboards for readers: the kinds, a results page, an entry card."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import OpenMenu
from bot.callback_toolbox import (
    ToolboxAct,
    ToolboxEntryCard,
    ToolboxHome,
    ToolboxKind,
    ToolboxRead,
    ToolboxResults,
    ToolboxSuggest,
)
from bot.domain.toolbox import ENTRY_KINDS, Entry
from bot.i18n import Translator
from bot.keyboards import Row, button, checked, fit, markup
from bot.render.toolbox import KIND_MARKS

PAGE_SIZE = 8


def home(
    tr: Translator, lang: str, counts: dict[str, int], onboarded: bool
) -> InlineKeyboardMarkup:
    """Each kind with its count, "Suggest an entry" (onboarded people), the main menu."""
    rows: list[Row] = [
        [
            button(
                tr.plain(lang, "toolbox-button-kind", kind=kind, count=counts.get(kind, 0)),
                ToolboxKind(kind),
            )
        ]
        for kind in ENTRY_KINDS
    ]
    if onboarded:
        rows.append([button(tr.plain(lang, "toolbox-button-suggest"), ToolboxSuggest())])
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def results(
    tr: Translator,
    lang: str,
    entries: Sequence[Entry],
    page: int,
    *,
    expired_hidden: int,
    include_expired: bool,
) -> InlineKeyboardMarkup:
    """One button per entry on the page (numbered as in the text), paging, past funding."""
    first = page * PAGE_SIZE
    rows: list[Row] = [
        [
            button(
                fit(f"{first + i + 1}. {KIND_MARKS[e.kind]} {e.version_for(lang).title}"),
                ToolboxEntryCard(e.id),
            )
        ]
        for i, e in enumerate(entries[first : first + PAGE_SIZE])
    ]
    paging: Row = []
    if page > 0:
        paging.append(
            button(
                tr.plain(lang, "toolbox-button-previous"), ToolboxResults(page - 1, include_expired)
            )
        )
    if first + PAGE_SIZE < len(entries):
        paging.append(
            button(tr.plain(lang, "toolbox-button-next"), ToolboxResults(page + 1, include_expired))
        )
    rows.append(paging)
    if expired_hidden and not include_expired:
        label = tr.plain(lang, "toolbox-button-past-funding")
        rows.append([button(label, ToolboxResults(0, expired=True))])
    rows.append([button(tr.plain(lang, "toolbox-button-home"), ToolboxHome())])
    return markup(rows)


def card(
    tr: Translator,
    lang: str,
    entry: Entry,
    now: datetime,
    *,
    shown_language: str,
    member: bool,
    helpful: bool | None,
    reminded: bool,
) -> InlineKeyboardMarkup:
    """The entry's actions: the template, the link, "remind me", the original or the
    reader's language, "Was this helpful?" (members), and back."""
    rows: list[Row] = []
    if entry.template is not None:
        rows.append(
            [button(tr.plain(lang, "toolbox-button-template"), ToolboxRead("file", entry.id))]
        )
    if entry.link and entry.link.startswith(("https://", "http://")):
        label = tr.plain(lang, "toolbox-button-link", kind=entry.kind)
        rows.append([InlineKeyboardButton(label, url=entry.link)])
    if member and not reminded and entry.reminder_time(now) is not None:
        rows.append(
            [button(tr.plain(lang, "toolbox-button-remind"), ToolboxAct("remind", entry.id))]
        )
    version = entry.versions.get(shown_language)
    if shown_language != lang and lang in entry.versions:
        label = tr.plain(lang, "toolbox-button-my-language")
        rows.append([button(label, ToolboxEntryCard(entry.id))])
    elif version is not None and version.origin == "machine":
        rows.append(
            [button(tr.plain(lang, "toolbox-button-original"), ToolboxRead("original", entry.id))]
        )
    if member:
        rows.append(
            [
                button(
                    checked(helpful is True, tr.plain(lang, "toolbox-button-helpful")),
                    ToolboxAct("yes", entry.id),
                ),
                button(
                    checked(helpful is False, tr.plain(lang, "toolbox-button-unhelpful")),
                    ToolboxAct("no", entry.id),
                ),
            ]
        )
    rows.append([button(tr.plain(lang, "toolbox-button-back"), ToolboxResults(0))])
    return markup(rows)


def open_in_bot(tr: Translator, lang: str, url: str) -> InlineKeyboardMarkup:
    """A shared card's one button: the entry in the bot (the deep link)."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(tr.plain(lang, "toolbox-button-open-in-bot"), url=url)]]
    )
