"""Keyboards of ideas: home, the submission steps, the browsing list, an idea card, results,
and the organisers' moderation and settings."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import (
    IdeaAction,
    IdeaActionName,
    IdeaDraftAction,
    IdeaDraftStep,
    IdeaList,
    IdeaListVote,
    IdeaModerate,
    IdeaModerateAction,
    IdeaOpen,
    IdeaResults,
    IdeaSettingsAction,
    IdeaSettingsStep,
    IdeasHome,
    OpenMenu,
)
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.ideas import Idea, IdeaSettings, IdeaStatus
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.partnerships import Partnership
from bot.domain.workshops import Workshop
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, fit_into, markup, rows_of
from bot.services.ideas import ReaderView

Row = list[InlineKeyboardButton]


def _home(tr: Translator, lang: str) -> Row:
    return [button(tr.plain(lang, "ideas-home-button"), IdeasHome(0))]


def home(
    tr: Translator, lang: str, settings: IdeaSettings, organiser: bool
) -> InlineKeyboardMarkup:
    rows: list[Row] = []
    if settings.submissions_open:
        rows.append([button(tr.plain(lang, "ideas-submit"), IdeaDraftStep("new", 0))])
    rows.append([button(tr.plain(lang, "ideas-browse"), IdeaList(0, 0, "a", "n"))])
    rows.append(
        [
            button(tr.plain(lang, "ideas-results"), IdeaResults("all", 0)),
            button(tr.plain(lang, "ideas-mine"), IdeaList(0, 0, "o", "n")),
        ]
    )
    if organiser:
        rows.append(
            [
                button(
                    tr.plain(lang, "ideas-organise"),
                    IdeaSettingsStep(settings.partnership_id, "show", 0),
                )
            ]
        )
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


# ------------------------------------------------------------------ submission
def _draft(
    label: str, tr: Translator, lang: str, action: IdeaDraftAction, value: int = 0, **args: str
) -> Row:
    return [button(tr.plain(lang, label, **args), IdeaDraftStep(action, value))]


def draft_cancel(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([_draft("buttons-cancel", tr, lang, "cancel")])


def draft_themes(
    tr: Translator, lang: str, partnership: Partnership, chosen: list[int]
) -> InlineKeyboardMarkup:
    """One theme per row; with none chosen yet a tap picks it and goes on, so "Done" (back to
    the review) shows only once some are chosen."""
    rows = [
        [
            button(
                checked(t.id in chosen, fit(t.name.for_reader(lang), 27)),
                IdeaDraftStep("theme", t.id),
            )
        ]
        for t in partnership.themes
    ]
    if chosen:
        rows.append(_draft("buttons-done", tr, lang, "themes"))
    rows.append(_draft("buttons-cancel", tr, lang, "cancel"))
    return markup(rows)


def draft_back(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    """An optional step (needs, photo) opened from the review: back to it, or cancel."""
    return markup(
        [_draft("buttons-back", tr, lang, "skip"), _draft("buttons-cancel", tr, lang, "cancel")]
    )


def similar(tr: Translator, lang: str, ideas: list[Idea]) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                fit_into(lambda t: tr.plain(lang, "ideas-join", title=t), i.original.title),
                IdeaDraftStep("join", i.id),
            )
        ]
        for i in ideas
    ]
    rows.append(_draft("ideas-submit-anyway", tr, lang, "review"))
    rows.append(_draft("buttons-cancel", tr, lang, "cancel"))
    return markup(rows)


def review(
    tr: Translator,
    lang: str,
    draft: IdeaDraft,
    workshops: list[Workshop],
    *,
    named: bool,
) -> InlineKeyboardMarkup:
    """The review's options: the text's language, what may be added (themes, needs, a photo),
    the name shown (for someone who has one), the workshop it came from; then submit."""
    language = draft.language or lang
    languages = [
        button(
            checked(code == language, tr.plain(lang, f"language-name-{code}")),
            IdeaDraftStep("lang", SUPPORTED_LANGUAGES.index(code)),
        )
        for code in SUPPORTED_LANGUAGES
    ]
    rows: list[Row] = rows_of(languages, 2)  # "✅ белорусский" is 14 wide: two to a row
    rows.append(_draft("ideas-draft-more-themes", tr, lang, "edit_themes"))
    rows.append(_draft("ideas-draft-needs", tr, lang, "add_needs", state=_added(draft.needs)))
    rows.append(_draft("ideas-draft-photo", tr, lang, "add_photo", state=_added(draft.photo)))
    if named:
        label = "ideas-show-name-yes" if draft.show_author else "ideas-show-name-no"
        rows.append(_draft(label, tr, lang, "author"))
    for w in workshops[:4]:
        chosen = w.id == draft.workshop_id
        title = fit_into(
            lambda t: tr.plain(lang, "ideas-written-at", title=t), w.title.for_reader(lang), 27
        )
        data = IdeaDraftStep("workshop", 0 if chosen else w.id)  # pressed again: none
        rows.append([button(checked(chosen, title), data)])
    rows.append(_draft("ideas-publish", tr, lang, "submit"))
    rows.append(_draft("buttons-cancel", tr, lang, "cancel"))
    return markup(rows)


def _added(value: str | None) -> str:
    return "set" if value else "empty"


# ------------------------------------------------------------------ browsing
def idea_list(
    tr: Translator,
    lang: str,
    items: list[tuple[Idea, str]],
    view: IdeaList,
    total: int,
    page_size: int,
    partnership: Partnership,
    votes: ListVotes | None = None,
) -> InlineKeyboardMarkup:
    """Each idea by its number and title; with voting open, a vote button per idea the reader
    may vote for, numbered like the lines of the text ("👍 3"; "✅ 3" takes the vote back)."""
    rows: list[Row] = [
        [
            button(
                fit(f"{n}. {label}"),
                IdeaOpen(i.id, view.page, view.theme_id, view.scope, view.sort),
            )
        ]
        for n, (i, label) in enumerate(items, start=1)
    ]
    if votes is not None:
        rows += rows_of(_vote_buttons(items, view, votes), 4)
    nav: Row = []
    if view.page > 0:
        nav.append(button("◀️", IdeaList(view.page - 1, view.theme_id, view.scope, view.sort)))
    if (view.page + 1) * page_size < total:
        nav.append(button("▶️", IdeaList(view.page + 1, view.theme_id, view.scope, view.sort)))
    if nav:
        rows.append(nav)
    if view.scope != "o":
        themes = [0, *[t.id for t in partnership.themes]]
        next_theme = (
            themes[(themes.index(view.theme_id) + 1) % len(themes)]
            if view.theme_id in themes
            else 0
        )
        theme = partnership.theme(view.theme_id)
        theme_label = theme.name.for_reader(lang) if theme else tr.plain(lang, "ideas-all-themes")
        scopes = ["a", "m", "p"]
        next_scope = scopes[(scopes.index(view.scope) + 1) % 3]
        rows.append(
            [
                button(
                    fit_into(lambda t: tr.plain(lang, "ideas-filter-theme", theme=t), theme_label),
                    IdeaList(0, next_theme, view.scope, view.sort),
                )
            ]
        )
        # Scope and sort each on their own row: their labels say the state in words.
        rows.append(
            [
                button(
                    tr.plain(lang, f"ideas-filter-scope-{view.scope}"),
                    IdeaList(0, view.theme_id, next_scope, view.sort),
                )
            ]
        )
        rows.append(
            [
                button(
                    tr.plain(lang, f"ideas-sort-{view.sort}"),
                    IdeaList(0, view.theme_id, view.scope, "v" if view.sort == "n" else "n"),
                ),
            ]
        )
    rows.append(_home(tr, lang))
    return markup(rows)


@dataclass(frozen=True)
class ListVotes:
    """What the idea list's vote buttons need: whose list, and what they voted for."""

    reader_id: int
    voted: frozenset[int]


def _vote_buttons(
    items: list[tuple[Idea, str]], view: IdeaList, votes: ListVotes
) -> list[InlineKeyboardButton]:
    buttons = []
    for n, (idea, _) in enumerate(items, start=1):
        if idea.status is not IdeaStatus.PUBLISHED or idea.author_id == votes.reader_id:
            continue  # nothing to vote for: a pending idea, or the reader's own
        voted = idea.id in votes.voted
        data = IdeaListVote(idea.id, not voted, view.page, view.theme_id, view.scope, view.sort)
        buttons.append(button(f"{'✅' if voted else '👍'} {n}", data))
    return buttons


def card(
    tr: Translator, lang: str, v: ReaderView, back: IdeaList, organiser: bool
) -> InlineKeyboardMarkup:
    idea_id = v.idea.id

    def act(
        label: str, action: IdeaActionName, value: int = 0, **args: object
    ) -> InlineKeyboardButton:
        return button(tr.plain(lang, label, **args), IdeaAction(idea_id, action, value))

    rows: list[Row] = []
    published = v.idea.status is IdeaStatus.PUBLISHED
    if published and v.settings.voting_open and not v.is_author:
        rows.append(
            [
                act("ideas-unvote", "unvote")
                if v.voted
                else act("ideas-vote", "vote", left=v.votes_left)
            ]
        )
    if published and not v.is_author:
        rows.append([act("ideas-support-stop" if v.supporting else "ideas-support", "support")])
    if v.idea.photo_file_id:
        rows.append([act("ideas-photo", "photo")])
    if v.translation is not None:
        rows.append([act("ideas-show-original", "original")])
    elif v.originals and v.foreign and (v.machine_available or v.translated):
        # Only when there is something to show: a provider, or a translation that exists.
        rows.append([act("ideas-show-translation", "original")])
    if v.can_ask:
        rows.append([act("ideas-ask-translation", "ask", SUPPORTED_LANGUAGES.index(lang))])
    if published:
        rows.append([act("ideas-add-translation", "translate")])
    if v.is_author and v.settings.submissions_open:
        rows.append([act("ideas-edit", "edit")])
        rows.append([act("ideas-withdraw", "withdraw")])
    elif published:
        rows.append([act("ideas-report", "report")])
    if organiser:
        rows.append([button(tr.plain(lang, "ideas-moderate"), IdeaModerate(idea_id, "menu", 0))])
    rows.append([button(tr.plain(lang, "buttons-back"), back)])
    return markup(rows)


class TranslationButtons:
    """Buttons of the queued messages about translations (the services ask by this
    interface)."""

    def __init__(self, translator: Translator) -> None:
        self.tr = translator

    def translate(self, language: str, idea_id: int, target_index: int) -> InlineKeyboardMarkup:
        """For a bilingual participant asked to translate: start it, or read the idea first."""
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, "ideas-translation-wanted-start"),
                        IdeaAction(idea_id, "translate_to", target_index),
                    )
                ],
                [
                    button(
                        self.tr.plain(language, "ideas-translation-open"),
                        IdeaOpen(idea_id, 0, 0, "a", "n"),
                    )
                ],
            ]
        )

    def open_idea(self, language: str, idea_id: int) -> InlineKeyboardMarkup:
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, "ideas-translation-open"),
                        IdeaOpen(idea_id, 0, 0, "a", "n"),
                    )
                ]
            ]
        )


def translate_to(tr: Translator, lang: str, idea: Idea) -> InlineKeyboardMarkup:
    buttons = [
        button(
            tr.plain(lang, f"language-name-{code}"),
            IdeaAction(idea.id, "translate_to", SUPPORTED_LANGUAGES.index(code)),
        )
        for code in SUPPORTED_LANGUAGES
        if code != idea.language
    ]
    return markup(
        [
            *rows_of(buttons, 2),
            [button(tr.plain(lang, "buttons-cancel"), IdeaAction(idea.id, "back", 0))],
        ]
    )


EDIT_FIELDS: tuple[tuple[str, IdeaActionName], ...] = (
    ("title", "edit_title"),
    ("description", "edit_description"),
    ("needs", "edit_needs"),
)


def edit_fields(tr: Translator, lang: str, idea_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, f"ideas-edit-{field}"), IdeaAction(idea_id, action, 0))]
            for field, action in EDIT_FIELDS
        ]
        + [[button(tr.plain(lang, "buttons-back"), IdeaAction(idea_id, "back", 0))]]
    )


def confirm(
    tr: Translator, lang: str, idea_id: int, action: IdeaActionName, label: str
) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, label), IdeaAction(idea_id, action, 0))],
            [button(tr.plain(lang, "buttons-back"), IdeaAction(idea_id, "back", 0))],
        ]
    )


def back_to_idea(tr: Translator, lang: str, idea_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), IdeaAction(idea_id, "back", 0))]])


# ------------------------------------------------------------------ results
def results(tr: Translator, lang: str, partnership: Partnership) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [
            button(tr.plain(lang, "ideas-results-all"), IdeaResults("all", 0)),
            button(tr.plain(lang, "ideas-results-chart"), IdeaResults("chart", 0)),
        ]
    ]
    rows += [
        [button(fit(t.name.for_reader(lang)), IdeaResults("theme", t.id))]
        for t in partnership.themes
    ]
    rows += rows_of(
        [
            button(fit(c.name.for_reader(lang), 14), IdeaResults("city", c.id))
            for c in partnership.cities
        ],
        2,
    )
    rows.append(_home(tr, lang))
    return markup(rows)


# ------------------------------------------------------------------ organisers
def moderation(
    tr: Translator, lang: str, idea: Idea, partnership: Partnership, reported: bool
) -> InlineKeyboardMarkup:
    def mod(label: str, action: IdeaModerateAction, value: int = 0) -> InlineKeyboardButton:
        return button(tr.plain(lang, label), IdeaModerate(idea.id, action, value))

    rows: list[Row] = []
    if idea.status is IdeaStatus.SUBMITTED:
        rows.append([mod("ideas-mod-publish", "publish")])
    rows.append([mod("ideas-mod-hide", "hide")])
    rows.append([mod("ideas-mod-merge", "merge")])
    if reported:
        rows.append([mod("ideas-mod-dismiss", "dismiss")])
    rows += [
        [
            button(
                checked(t.id in idea.themes, fit(t.name.for_reader(lang), 27)),
                IdeaModerate(idea.id, "theme", t.id),
            )
        ]
        for t in partnership.themes
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), IdeaAction(idea.id, "back", 0))])
    return markup(rows)


def merge_targets(
    tr: Translator, lang: str, idea_id: int, candidates: list[Idea]
) -> InlineKeyboardMarkup:
    rows = [
        [button(fit(f"#{c.id} {c.original.title}"), IdeaModerate(idea_id, "into", c.id))]
        for c in candidates
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), IdeaModerate(idea_id, "menu", 0))])
    return markup(rows)


def settings_menu(
    tr: Translator, lang: str, s: IdeaSettings, queue_size: int
) -> InlineKeyboardMarkup:
    def toggle(label: str, action: IdeaSettingsAction, on: bool) -> Row:
        """The state it is in and what pressing does ("Voting open · close"), no ✅."""
        state = "on" if on else "off"
        return [
            button(
                tr.plain(lang, label, state=state), IdeaSettingsStep(s.partnership_id, action, 0)
            )
        ]

    budgets = [
        button(checked(n == s.vote_budget, str(n)), IdeaSettingsStep(s.partnership_id, "budget", n))
        for n in (3, 5, 7, 10)
    ]
    return markup(
        [
            toggle("ideas-set-submissions", "submissions", s.submissions_open),
            toggle("ideas-set-voting", "voting", s.voting_open),
            toggle("ideas-set-premoderation", "premoderation", s.premoderation),
            budgets,
            [
                button(
                    tr.plain(lang, "ideas-set-queue", count=queue_size),
                    IdeaSettingsStep(s.partnership_id, "queue", 0),
                )
            ],
            _home(tr, lang),
        ]
    )


def queue(
    tr: Translator,
    lang: str,
    partnership_id: int,
    new: list[Idea],
    translations: list[tuple[int, str]],
    reports: list[tuple[int, int]],
) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [
            button(
                fit_into(lambda t: tr.plain(lang, "ideas-queue-new", title=t), i.original.title),
                IdeaOpen(i.id, 0, 0, "a", "n"),
            )
        ]
        for i in new[:10]
    ]
    rows += [
        [
            button(
                tr.plain(
                    lang,
                    "ideas-queue-translation",
                    number=idea_id,
                    language=tr.plain(lang, f"language-name-{code}"),
                ),
                IdeaModerate(idea_id, "tr_show", SUPPORTED_LANGUAGES.index(code)),
            )
        ]
        for idea_id, code in translations[:10]
    ]
    rows += [
        [
            button(
                tr.plain(lang, "ideas-queue-report", number=idea_id, count=count),
                IdeaOpen(idea_id, 0, 0, "a", "n"),
            )
        ]
        for idea_id, count in reports[:10]
    ]
    rows.append(
        [button(tr.plain(lang, "buttons-back"), IdeaSettingsStep(partnership_id, "show", 0))]
    )
    return markup(rows)


def translation_decision(
    tr: Translator, lang: str, idea_id: int, index: int
) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(tr.plain(lang, "ideas-tr-approve"), IdeaModerate(idea_id, "tr_ok", index)),
                button(tr.plain(lang, "ideas-tr-reject"), IdeaModerate(idea_id, "tr_no", index)),
            ],
            [button(tr.plain(lang, "buttons-back"), IdeaAction(idea_id, "back", 0))],
        ]
    )
