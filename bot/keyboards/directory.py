"""The directory's keyboards: home, country and topic pickers, results, cards."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.callback_network import (
    DirectoryActorCard,
    DirectoryAdd,
    DirectoryBrowse,
    DirectoryContact,
    DirectoryDraft,
    DirectoryHome,
    DirectoryManage,
    DirectoryOwn,
    DirectoryPartnership,
    DirectoryResults,
    DirectoryReview,
    NetworkHome,
)
from bot.domain.directory import ACTOR_KINDS, DirectoryActor, Hit
from bot.domain.network import FOCUS_COUNTRIES, NETWORK_TOPICS
from bot.i18n import Translator
from bot.keyboards import Row, button, checked, fit, fit_into, markup
from bot.render.languages import country_name


def _back(
    tr: Translator, lang: str, data: DirectoryHome | DirectoryResults | DirectoryOwn | NetworkHome
) -> Row:
    return [button(tr.plain(lang, "directory-back-button"), data)]


def home(tr: Translator, lang: str, organiser: bool = False) -> InlineKeyboardMarkup:
    """One button to a row: the labels are long in German and the Slavic languages. An
    organiser also reaches the organisations their partnership listed."""
    own = [button(tr.plain(lang, "directory-own-button"), DirectoryOwn(0))] if organiser else []
    return markup(
        [
            [button(tr.plain(lang, "directory-by-country-button"), DirectoryBrowse("countries"))],
            [button(tr.plain(lang, "directory-by-topic-button"), DirectoryBrowse("topics"))],
            own,
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


def card(
    tr: Translator, lang: str, back: DirectoryResults, write: Row | None = None
) -> InlineKeyboardMarkup:
    """A partnership's card: "Write to …" when its contact is listed, back to the results."""
    return markup([write or [], _back(tr, lang, back)])


def actor_card(
    tr: Translator,
    lang: str,
    back: DirectoryResults,
    original: DirectoryActorCard | None,
    write: Row | None = None,
) -> InlineKeyboardMarkup:
    """An actor's card: the original description one tap away when a machine version shows."""
    rows: list[Row] = [write or []]
    if original is not None:
        label = "directory-translation-button" if original.original else "directory-original-button"
        rows.append([button(tr.plain(lang, label), original)])
    return markup([*rows, _back(tr, lang, back)])


# ------------------------------------------------------------------ organisers' organisations
def own_list(
    tr: Translator, lang: str, actors: Sequence[DirectoryActor], partnership_id: int
) -> InlineKeyboardMarkup:
    rows = [[button(fit(a.name), DirectoryManage("show", a.id))] for a in actors]
    rows.append([button(tr.plain(lang, "directory-add-button"), DirectoryAdd(partnership_id))])
    return markup([*rows, _back(tr, lang, DirectoryHome())])


def _draft_tail(tr: Translator, lang: str, keep: bool) -> list[Row]:
    """ "Keep as it is" while editing (or after "Edit" on the preview), and "Cancel"."""
    rows = (
        [[button(tr.plain(lang, "directory-keep-button"), DirectoryDraft("keep"))]] if keep else []
    )
    return [*rows, [button(tr.plain(lang, "directory-cancel-button"), DirectoryDraft("cancel"))]]


def draft_kinds(tr: Translator, lang: str, keep: bool) -> InlineKeyboardMarkup:
    rows = [
        [button(tr.plain(lang, "directory-actor-kind", kind=k), DirectoryDraft("kind", k))]
        for k in ACTOR_KINDS
    ]
    return markup([*rows, *_draft_tail(tr, lang, keep)])


def draft_typed(tr: Translator, lang: str, keep: bool) -> InlineKeyboardMarkup:
    return markup(_draft_tail(tr, lang, keep))


def draft_description(tr: Translator, lang: str, keep: bool) -> InlineKeyboardMarkup:
    none = button(
        tr.plain(lang, "directory-no-description-button"), DirectoryDraft("no_description")
    )
    return markup([[none], *_draft_tail(tr, lang, keep)])


def draft_countries(tr: Translator, lang: str, keep: bool) -> InlineKeyboardMarkup:
    rows = [
        [button(fit(country_name(c, lang)), DirectoryDraft("country", c))] for c in FOCUS_COUNTRIES
    ]
    return markup([*rows, *_draft_tail(tr, lang, keep)])


def draft_topics(tr: Translator, lang: str, selected: Sequence[str]) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                fit(checked(key in selected, tr.plain(lang, f"network-topic-{key}"))),
                DirectoryDraft("topic", key),
            )
        ]
        for key in NETWORK_TOPICS
    ]
    done = button(tr.plain(lang, "directory-topics-done-button"), DirectoryDraft("topics_done"))
    return markup([*rows, [done], *_draft_tail(tr, lang, False)])


def draft_contact(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "directory-contact-me-button"), DirectoryDraft("contact_me"))],
            [button(tr.plain(lang, "directory-contact-org-button"), DirectoryDraft("contact_org"))],
            *_draft_tail(tr, lang, False),
        ]
    )


def draft_preview(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "directory-publish-button"), DirectoryDraft("publish"))],
            [button(tr.plain(lang, "directory-edit-button"), DirectoryDraft("edit"))],
            *_draft_tail(tr, lang, False),
        ]
    )


def manage_card(tr: Translator, lang: str, actor: DirectoryActor) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "directory-edit-button"), DirectoryManage("edit", actor.id))],
            [
                button(
                    tr.plain(lang, "directory-remove-button"), DirectoryManage("remove", actor.id)
                )
            ],
            _back(tr, lang, DirectoryOwn(actor.partnership_id)),
        ]
    )


def remove_confirm(tr: Translator, lang: str, actor: DirectoryActor) -> InlineKeyboardMarkup:
    yes = button(
        tr.plain(lang, "directory-remove-confirm-button"), DirectoryManage("remove_ok", actor.id)
    )
    no = button(tr.plain(lang, "directory-cancel-button"), DirectoryManage("show", actor.id))
    return markup([[yes], [no]])


# ------------------------------------------------------------------ writing to a contact
def write_row(tr: Translator, lang: str, kind: str, entry_id: int, name: str) -> Row:
    """ "✉️ Write to Anna" under a card whose contact agreed to be listed."""
    label = fit_into(lambda n: tr.plain(lang, "directory-write-button", name=n), name)
    return [button(label, DirectoryContact("write", kind, entry_id))]


def write_cancel(tr: Translator, lang: str, kind: str, entry_id: int) -> InlineKeyboardMarkup:
    cancel = DirectoryContact("cancel", kind, entry_id)
    return markup([[button(tr.plain(lang, "directory-cancel-button"), cancel)]])


def write_confirm(tr: Translator, lang: str, kind: str, entry_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "directory-send-button"),
                    DirectoryContact("send", kind, entry_id),
                )
            ],
            [
                button(
                    tr.plain(lang, "directory-cancel-button"),
                    DirectoryContact("cancel", kind, entry_id),
                )
            ],
        ]
    )


def reply(tr: Translator, lang: str, message_id: int) -> InlineKeyboardMarkup:
    """The contact's one answer to a relayed message."""
    return markup(
        [
            [
                button(
                    tr.plain(lang, "directory-reply-button"),
                    DirectoryContact("reply", "m", message_id),
                )
            ]
        ]
    )


# ------------------------------------------------------------------ yearly review
def review(tr: Translator, lang: str, kind: str, entry_id: int) -> InlineKeyboardMarkup:
    """Yes / Edit / Remove my listing under the yearly "still correct?"."""
    return markup(
        [
            [
                button(
                    tr.plain(lang, "directory-review-yes-button"),
                    DirectoryReview("yes", kind, entry_id),
                )
            ],
            [
                button(
                    tr.plain(lang, "directory-edit-button"), DirectoryReview("edit", kind, entry_id)
                )
            ],
            [
                button(
                    tr.plain(lang, "directory-review-remove-button"),
                    DirectoryReview("remove", kind, entry_id),
                )
            ],
        ]
    )


def review_remove_confirm(
    tr: Translator, lang: str, kind: str, entry_id: int
) -> InlineKeyboardMarkup:
    yes = DirectoryReview("remove_ok", kind, entry_id)
    keep = DirectoryReview("yes", kind, entry_id)
    return markup(
        [
            [button(tr.plain(lang, "directory-remove-confirm-button"), yes)],
            [button(tr.plain(lang, "directory-review-keep-button"), keep)],
        ]
    )
