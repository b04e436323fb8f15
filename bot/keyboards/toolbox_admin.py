"""Keyboards of the keepers' toolbox: their screen, lists, an entry's card, the new entry's
steps, the suggestion's steps and the buttons under the keepers' notices."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from babel import Locale
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import OpenMenu
from bot.callback_toolbox import (
    ToolboxDraftStep,
    ToolboxEntryCard,
    ToolboxHome,
    ToolboxKeep,
    ToolboxManage,
    ToolboxSuggestStep,
    ToolboxTopic,
)
from bot.domain.call_admin import CALL_TIME_ZONES
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.toolbox import ENTRY_KINDS, PHASES, TOPICS, Entry, Facet
from bot.domain.toolbox_keeping import COUNTRIES, EDITABLE_STEPS, KeeperOverview, selection
from bot.i18n import Translator
from bot.keyboards import Row, button, checked, fit, markup, rows_of
from bot.render.formatting import babel_locale, zone_label
from bot.telegram.limits import LABEL_BUDGETS

FACETS: tuple[Facet, ...] = ("topic", "country", "phase")


def manage(tr: Translator, lang: str, overview: KeeperOverview) -> InlineKeyboardMarkup:
    def b(label: str, data: ToolboxKeep | ToolboxDraftStep, **args: object) -> Row:
        return [button(tr.plain(lang, label, **args), data)]

    return markup(
        [
            b("tbadmin-new-entry", ToolboxDraftStep("new")),
            b("tbadmin-suggestions", ToolboxKeep("queue", 0), count=overview.suggested),
            b("tbadmin-due", ToolboxKeep("due", 0), count=overview.due),
            b("tbadmin-all", ToolboxKeep("list", 0), count=overview.total),
            [button(tr.plain(lang, "tbadmin-open-toolbox"), ToolboxHome())],
            [button(tr.plain(lang, "buttons-back"), OpenMenu("staff"))],
        ]
    )


def entry_list(
    tr: Translator, lang: str, entries: Sequence[Entry], page: int = 0, more: bool = False
) -> InlineKeyboardMarkup:
    """A button per entry (its title in the keeper's language); pages for "all entries"."""
    rows: list[Row] = [
        [button(fit(e.version_for(lang).title), ToolboxKeep("card", e.id))] for e in entries
    ]
    pages = []
    if page:
        pages.append(button(tr.plain(lang, "tbadmin-page-back"), ToolboxKeep("list", page - 1)))
    if more:
        pages.append(button(tr.plain(lang, "tbadmin-page-next"), ToolboxKeep("list", page + 1)))
    rows.append(pages)
    rows.append([button(tr.plain(lang, "buttons-back"), ToolboxManage())])
    return markup(rows)


def language_name(tr: Translator, lang: str, language: str) -> str:
    return tr.plain(lang, f"language-name-{language}")


def card(tr: Translator, lang: str, entry: Entry) -> InlineKeyboardMarkup:
    """A published entry: a version per language (type one, approve a machine one), still
    correct, archive; a suggestion: publish, decline, edit its text."""
    budget = LABEL_BUDGETS[2]
    if entry.status == "suggested":
        return _suggestion_card(tr, lang, entry)
    rows: list[Row] = []
    for language in SUPPORTED_LANGUAGES:
        name = language_name(tr, lang, language)
        version = entry.versions.get(language)
        row = [
            button(
                fit(tr.plain(lang, "tbadmin-write-version", language=name), budget),
                ToolboxKeep("translate", entry.id, language),
            )
        ]
        if version is not None and version.origin == "machine":
            row.append(
                button(
                    fit(tr.plain(lang, "tbadmin-approve-version", language=name), budget),
                    ToolboxKeep("approve_mt", entry.id, language),
                )
            )
        rows.append(row)
    rows.append([button(tr.plain(lang, "tbadmin-still-correct"), ToolboxKeep("still", entry.id))])
    rows.append([button(tr.plain(lang, "tbadmin-archive"), ToolboxKeep("archive", entry.id))])
    rows.append([button(tr.plain(lang, "tbadmin-as-readers-see"), ToolboxEntryCard(entry.id))])
    rows.append([button(tr.plain(lang, "buttons-back"), ToolboxManage())])
    return markup(rows)


def _suggestion_card(tr: Translator, lang: str, entry: Entry) -> InlineKeyboardMarkup:
    original = entry.original_language
    return markup(
        [
            [button(tr.plain(lang, "tbadmin-approve"), ToolboxKeep("approve", entry.id))],
            [button(tr.plain(lang, "tbadmin-decline"), ToolboxKeep("decline", entry.id))],
            [
                button(
                    tr.plain(lang, "tbadmin-edit-suggestion"),
                    ToolboxKeep("translate", entry.id, original),
                )
            ],
            [button(tr.plain(lang, "buttons-back"), ToolboxKeep("queue", 0))],
        ]
    )


def confirm_archive(tr: Translator, lang: str, entry_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "tbadmin-archive-yes"), ToolboxKeep("archive_ok", entry_id))],
            [button(tr.plain(lang, "buttons-cancel"), ToolboxKeep("card", entry_id))],
        ]
    )


def back_to_card(tr: Translator, lang: str, entry_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-cancel"), ToolboxKeep("card", entry_id))]])


# ------------------------------------------------------------------ a new entry
def cancel_draft(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-cancel"), ToolboxDraftStep("cancel"))]])


def kinds(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    rows = [
        [button(tr.plain(lang, f"tbadmin-kind-{k}"), ToolboxDraftStep("kind", k))]
        for k in ENTRY_KINDS
    ]
    rows.append([button(tr.plain(lang, "buttons-cancel"), ToolboxDraftStep("cancel"))])
    return markup(rows)


def tag_label(tr: Translator, lang: str, facet: Facet, key: str) -> str:
    """A tag's name in the reader's language (countries from babel)."""
    if facet == "country":
        return str(Locale.parse(babel_locale(lang)).territories.get(key, key))
    return tr.plain(lang, f"tbadmin-{facet}-{key}")


def tags(tr: Translator, lang: str, facet: Facet, chosen_csv: str) -> InlineKeyboardMarkup:
    """Toggles for one facet (✅ marks the chosen ones), then Next."""
    keys = {"topic": TOPICS, "country": COUNTRIES, "phase": PHASES}[facet]
    chosen = selection(chosen_csv)
    toggles = [
        button(
            fit(checked(k in chosen, tag_label(tr, lang, facet, k)), LABEL_BUDGETS[2]),
            ToolboxDraftStep("tag", f"{facet}.{k}"),
        )
        for k in keys
    ]
    return markup(
        [
            *rows_of(toggles, 2),
            [button(tr.plain(lang, "tbadmin-next"), ToolboxDraftStep("next", facet))],
            [button(tr.plain(lang, "buttons-cancel"), ToolboxDraftStep("cancel"))],
        ]
    )


def zones(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    """The programme's clocks by their city (as a call's deadline is set)."""
    clocks = [
        button(fit(zone_label(zone, lang), LABEL_BUDGETS[2]), ToolboxDraftStep("zone", str(i)))
        for i, zone in enumerate(CALL_TIME_ZONES)
    ]
    return markup(
        [
            *rows_of(clocks, 2),
            [button(tr.plain(lang, "buttons-cancel"), ToolboxDraftStep("cancel"))],
        ]
    )


def preview(tr: Translator, lang: str, kind: str) -> InlineKeyboardMarkup:
    """Publish, change one answer (back here after it), or cancel."""
    edits = [
        button(tr.plain(lang, f"tbadmin-edit-{step}"), ToolboxDraftStep("edit", step))
        for step in EDITABLE_STEPS.get(kind, ())
    ]
    return markup(
        [
            [button(tr.plain(lang, "tbadmin-publish"), ToolboxDraftStep("publish_ask"))],
            *rows_of(edits, 2),
            [button(tr.plain(lang, "buttons-cancel"), ToolboxDraftStep("cancel"))],
        ]
    )


def confirm_publish(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "tbadmin-publish-yes"), ToolboxDraftStep("publish"))],
            [button(tr.plain(lang, "buttons-cancel"), ToolboxDraftStep("cancel"))],
        ]
    )


# ------------------------------------------------------------------ a member's suggestion
def suggest_kinds(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    rows = [
        [button(tr.plain(lang, f"tbadmin-kind-{k}"), ToolboxSuggestStep("kind", k))]
        for k in ENTRY_KINDS
    ]
    rows.append([button(tr.plain(lang, "buttons-cancel"), ToolboxSuggestStep("cancel"))])
    return markup(rows)


def cancel_suggestion(tr: Translator, lang: str, skip: bool = False) -> InlineKeyboardMarkup:
    rows = (
        [[button(tr.plain(lang, "buttons-skip"), ToolboxSuggestStep("skip_link"))]] if skip else []
    )
    rows.append([button(tr.plain(lang, "buttons-cancel"), ToolboxSuggestStep("cancel"))])
    return markup(rows)


def credit(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(tr.plain(lang, "tbadmin-credit-yes"), ToolboxSuggestStep("credit", "1")),
                button(tr.plain(lang, "tbadmin-credit-no"), ToolboxSuggestStep("credit", "0")),
            ],
            [button(tr.plain(lang, "buttons-cancel"), ToolboxSuggestStep("cancel"))],
        ]
    )


# ------------------------------------------------------------------ links by tag
def phase_link(tr: Translator, lang: str, phase: str) -> InlineKeyboardButton:
    """A button from check-ins or coaching to the toolbox's entries for a programme phase."""
    return button(tr.plain(lang, f"tbadmin-link-{phase}"), ToolboxTopic(f"phase-{phase}"))


# ------------------------------------------------------------------ under the notices
class ToolboxKeepButtons:
    """The buttons under the keepers' notices and the suggester's "published" notice."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr

    def manage(self, lang: str) -> InlineKeyboardMarkup:
        return markup([[button(self.tr.plain(lang, "tbadmin-open"), ToolboxManage())]])

    def review(self, entry_id: int) -> Callable[[str], InlineKeyboardMarkup]:
        def build(lang: str) -> InlineKeyboardMarkup:
            tr = self.tr
            return markup(
                [
                    [
                        button(
                            tr.plain(lang, "tbadmin-still-correct"), ToolboxKeep("still", entry_id)
                        )
                    ],
                    [button(tr.plain(lang, "tbadmin-edit"), ToolboxKeep("card", entry_id))],
                    [button(tr.plain(lang, "tbadmin-archive"), ToolboxKeep("archive", entry_id))],
                ]
            )

        return build

    def entry(self, entry_id: int) -> Callable[[str], InlineKeyboardMarkup]:
        def build(lang: str) -> InlineKeyboardMarkup:
            label = self.tr.plain(lang, "tbadmin-see-entry")
            return markup([[button(label, ToolboxEntryCard(entry_id))]])

        return build
