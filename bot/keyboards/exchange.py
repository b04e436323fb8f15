"""Keyboards of the idea exchange: browsing, a post's card, posting step by step, and the
double opt-in of an introduction."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_network import (
    ExchangeBrowse,
    ExchangeDraftStep,
    ExchangeHome,
    ExchangeIntro,
    ExchangeMine,
    ExchangePost,
    NetworkHome,
)
from bot.domain.idea_exchange import Post, selection
from bot.domain.network import FOCUS_COUNTRIES, NETWORK_TOPICS
from bot.domain.partnerships import Partnership
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, markup
from bot.render.exchange import country_name


def back_to(tr: Translator, lang: str, origin: str) -> InlineKeyboardButton:
    """The way back from a post to the list it was opened from."""
    kind, _, value = origin.partition(".")
    target = {
        "t": ExchangeBrowse("topic", value or "-"),
        "c": ExchangeBrowse("country", value or "-"),
        "m": ExchangeMine(),
    }.get(kind, ExchangeBrowse("all"))
    return button(tr.plain(lang, "buttons-back"), target)


def home(tr: Translator, lang: str, organiser: bool) -> InlineKeyboardMarkup:
    rows = [
        [button(tr.plain(lang, "exchange-by-topic-button"), ExchangeBrowse("topics"))],
        [button(tr.plain(lang, "exchange-by-country-button"), ExchangeBrowse("countries"))],
        [button(tr.plain(lang, "exchange-all-button"), ExchangeBrowse("all"))],
    ]
    if organiser:
        rows.append([button(tr.plain(lang, "exchange-mine-button"), ExchangeMine())])
    rows.append([button(tr.plain(lang, "exchange-network-button"), NetworkHome())])
    return markup(rows)


def topics(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    rows = [
        [button(tr.plain(lang, f"network-topic-{key}"), ExchangeBrowse("topic", key))]
        for key in NETWORK_TOPICS
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), ExchangeHome())])
    return markup(rows)


def countries(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    rows = [
        [button(fit(country_name(code, lang)), ExchangeBrowse("country", code))]
        for code in FOCUS_COUNTRIES
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), ExchangeHome())])
    return markup(rows)


def _post_button(tr: Translator, lang: str, post: Post, origin: str) -> InlineKeyboardButton:
    mark = tr.plain(lang, "exchange-kind-mark", kind=post.kind)
    closed = "" if post.is_open else tr.plain(lang, "exchange-closed-mark") + " "
    return button(fit(f"{mark} {closed}{post.title}"), ExchangePost("show", post.id, origin))


def post_list(
    tr: Translator, lang: str, posts: Sequence[Post], browse: ExchangeBrowse, more: bool
) -> InlineKeyboardMarkup:
    """One post to a row (titles are long), then the pages, then back."""
    origin = {"topic": f"t.{browse.value}", "country": f"c.{browse.value}"}.get(browse.action, "a")
    rows = [[_post_button(tr, lang, post, origin)] for post in posts]
    pages = []
    if browse.page > 0:
        previous = ExchangeBrowse(browse.action, browse.value, browse.page - 1)
        pages.append(button(tr.plain(lang, "exchange-previous-button"), previous))
    if more:
        following = ExchangeBrowse(browse.action, browse.value, browse.page + 1)
        pages.append(button(tr.plain(lang, "exchange-next-button"), following))
    rows.append(pages)
    back = {"topic": ExchangeBrowse("topics"), "country": ExchangeBrowse("countries")}
    rows.append([button(tr.plain(lang, "buttons-back"), back.get(browse.action, ExchangeHome()))])
    return markup(rows)


def card(
    tr: Translator,
    lang: str,
    post: Post,
    origin: str,
    *,
    can_ask: bool,
    manages: bool,
    machine: bool,
    original: bool,
) -> InlineKeyboardMarkup:
    rows = []
    if can_ask:
        interested = ExchangePost("interested", post.id, origin)
        rows.append([button(tr.plain(lang, "exchange-interested-button"), interested)])
    if machine:
        show_original = ExchangePost("original", post.id, origin)
        rows.append([button(tr.plain(lang, "exchange-original-button"), show_original)])
    elif original:
        translated = ExchangePost("show", post.id, origin)
        rows.append([button(tr.plain(lang, "exchange-translated-button"), translated)])
    if manages:
        toggle = (
            ExchangePost("close", post.id, origin)
            if post.is_open
            else ExchangePost("reopen", post.id, origin)
        )
        state = "open" if post.is_open else "closed"
        rows.append(
            [
                button(
                    tr.plain(lang, "exchange-edit-button"), ExchangePost("edit", post.id, origin)
                ),
                button(tr.plain(lang, "exchange-toggle-button", state=state), toggle),
            ]
        )
    rows.append([back_to(tr, lang, origin)])
    return markup(rows)


def mine(tr: Translator, lang: str, posts: Sequence[Post]) -> InlineKeyboardMarkup:
    rows = [[_post_button(tr, lang, post, "m")] for post in posts]
    rows.append([button(tr.plain(lang, "exchange-new-button"), ExchangeDraftStep("new"))])
    rows.append([button(tr.plain(lang, "buttons-back"), ExchangeHome())])
    return markup(rows)


# ------------------------------------------------------------------ posting
def choose_partnership(
    tr: Translator, lang: str, partnerships: Sequence[Partnership]
) -> InlineKeyboardMarkup:
    rows = [
        [button(fit(p.name.for_reader(lang)), ExchangeDraftStep("new", str(p.id)))]
        for p in partnerships
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), ExchangeMine())])
    return markup(rows)


def _cancel(tr: Translator, lang: str) -> InlineKeyboardButton:
    return button(tr.plain(lang, "exchange-draft-cancel-button"), ExchangeDraftStep("cancel"))


def kinds(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "exchange-kind-button", kind="offer"),
                    ExchangeDraftStep("kind", "offer"),
                )
            ],
            [
                button(
                    tr.plain(lang, "exchange-kind-button", kind="need"),
                    ExchangeDraftStep("kind", "need"),
                )
            ],
            [_cancel(tr, lang)],
        ]
    )


def cancel_draft(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[_cancel(tr, lang)]])


def draft_topics(tr: Translator, lang: str, chosen: str) -> InlineKeyboardMarkup:
    picked = selection(chosen)
    rows = [
        [
            button(
                checked(key in picked, fit(tr.plain(lang, f"network-topic-{key}"), 27)),
                ExchangeDraftStep("topic", key),
            )
        ]
        for key in NETWORK_TOPICS
    ]
    rows.append(
        [button(tr.plain(lang, "exchange-draft-next-button"), ExchangeDraftStep("next", "topic"))]
    )
    rows.append([_cancel(tr, lang)])
    return markup(rows)


def draft_countries(tr: Translator, lang: str, chosen: str) -> InlineKeyboardMarkup:
    picked = selection(chosen)
    anywhere = checked(not picked, tr.plain(lang, "exchange-any-country-button"))
    rows = [[button(anywhere, ExchangeDraftStep("any"))]]
    rows += [
        [
            button(
                checked(code in picked, fit(country_name(code, lang), 27)),
                ExchangeDraftStep("country", code),
            )
        ]
        for code in FOCUS_COUNTRIES
    ]
    rows.append(
        [button(tr.plain(lang, "exchange-draft-next-button"), ExchangeDraftStep("next", "country"))]
    )
    rows.append([_cancel(tr, lang)])
    return markup(rows)


def preview(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    def edit(step: str) -> InlineKeyboardButton:
        label = tr.plain(lang, "exchange-draft-edit-button", step=step)
        return button(label, ExchangeDraftStep("edit", step))

    return markup(
        [
            [edit("kind"), edit("title")],
            [edit("text"), edit("country")],
            [edit("topic")],
            [button(tr.plain(lang, "exchange-publish-button"), ExchangeDraftStep("publish_ask"))],
            [_cancel(tr, lang)],
        ]
    )


def confirm_publish(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "exchange-publish-confirm-button"), ExchangeDraftStep("publish")
                )
            ],
            [
                button(
                    tr.plain(lang, "exchange-back-to-preview-button"),
                    ExchangeDraftStep("next", "preview"),
                )
            ],
        ]
    )


# ------------------------------------------------------------------ introductions
def note(tr: Translator, lang: str, post_id: int, origin: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "exchange-skip-note-button"),
                    ExchangePost("skip_note", post_id, origin),
                )
            ],
            [
                button(
                    tr.plain(lang, "exchange-cancel-button"), ExchangePost("show", post_id, origin)
                )
            ],
        ]
    )


def confirm_request(tr: Translator, lang: str, post_id: int, origin: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "exchange-send-request-button"),
                    ExchangePost("send_request", post_id, origin),
                )
            ],
            [
                button(
                    tr.plain(lang, "exchange-cancel-button"), ExchangePost("show", post_id, origin)
                )
            ],
        ]
    )


def answer_request(tr: Translator, lang: str, request_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(tr.plain(lang, "exchange-agree-button"), ExchangeIntro("agree", request_id)),
                button(
                    tr.plain(lang, "exchange-decline-button"), ExchangeIntro("decline", request_id)
                ),
            ]
        ]
    )


def confirm_introduction(tr: Translator, lang: str, request_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "exchange-introduce-button"),
                    ExchangeIntro("confirm", request_id),
                )
            ],
            [
                button(
                    tr.plain(lang, "exchange-withdraw-button"),
                    ExchangeIntro("withdraw", request_id),
                )
            ],
        ]
    )


def introduced(tr: Translator, lang: str, request_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "exchange-write-button"), ExchangeIntro("write", request_id))],
            [button(tr.plain(lang, "network-exchange-button"), ExchangeHome())],
        ]
    )


def reply(tr: Translator, lang: str, request_id: int) -> InlineKeyboardMarkup:
    return markup(
        [[button(tr.plain(lang, "exchange-reply-button"), ExchangeIntro("write", request_id))]]
    )


def cancel_relay(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "exchange-cancel-button"), ExchangeHome())]])


def to_exchange(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "network-exchange-button"), ExchangeHome())]])


def still_open(tr: Translator, lang: str, post_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "exchange-still-open-button"),
                    ExchangePost("still_open", post_id, "m"),
                )
            ],
            [
                button(
                    tr.plain(lang, "exchange-close-it-button"), ExchangePost("close", post_id, "m")
                )
            ],
        ]
    )
