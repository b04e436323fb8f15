"""What the idea exchange shows: its home, a list of posts, a post's card, the organisers'
own posts. User text (titles, texts) is escaped in code and joined, never passed through a
Fluent placeable."""

from __future__ import annotations

from telegram import Update

from bot.callback_network import ExchangeBrowse
from bot.context import BotContext
from bot.domain.idea_exchange import Post
from bot.domain.languages import language_mark
from bot.handlers.common import language_label, show
from bot.i18n import escape
from bot.keyboards import exchange as kb
from bot.render.exchange import country_list, country_name, joined
from bot.render.formatting import long_date
from bot.services.idea_exchange import PostView


async def show_home(update: Update, context: BotContext, header: str | None = None) -> None:
    tr, lang = context.services.translator, context.language
    organiser = bool(context.services.idea_exchange.posting_partnerships(context.require_actor()))
    await show(
        update, context, context.t("exchange-home"), kb.home(tr, lang, organiser), header=header
    )


async def show_list(update: Update, context: BotContext, browse: ExchangeBrowse) -> None:
    """A page of open posts for a topic, a country or all, newest first."""
    topic, country = {"topic": (browse.value, ""), "country": ("", browse.value)}.get(
        browse.action, ("", "")
    )
    posts, more = await context.services.idea_exchange.browse(topic, country, browse.page)
    text = "\n".join([list_heading(context, topic, country), "", *_lines(context, posts)])
    keyboard = kb.post_list(context.services.translator, context.language, posts, browse, more)
    await show(update, context, text, keyboard)


def list_heading(context: BotContext, topic: str, country: str) -> str:
    if topic:
        return context.t("exchange-list-topic", topic=context.label(f"network-topic-{topic}"))
    if country:
        return context.t("exchange-list-country", country=country_name(country, context.language))
    return context.t("exchange-list-all")


def _lines(context: BotContext, posts: list[Post]) -> list[str]:
    if not posts:
        return [context.t("exchange-list-empty")]
    return [context.t("exchange-list-hint")]


async def show_card(
    update: Update,
    context: BotContext,
    post_id: int,
    origin: str,
    *,
    original: bool = False,
    header: str | None = None,
) -> None:
    lang = context.language
    view = await context.services.idea_exchange.view(
        context.require_actor(), post_id, lang, original
    )
    keyboard = kb.card(
        context.services.translator,
        lang,
        view.post,
        origin,
        can_ask=view.can_ask,
        manages=view.manages,
        machine=view.machine,
        original=original and view.post.language != lang,
    )
    await show(update, context, card_text(context, view), keyboard, header=header)


def card_text(context: BotContext, view: PostView, *, preview: bool = False) -> str:
    """Kind, title and text in the reader's language (a machine version marked, or the
    original with its language named), the partnership's cities and countries; never the
    contact's name or username."""
    post = view.post
    lines = [context.t("exchange-card-kind", kind=post.kind), f"<b>{escape(view.title)}</b>"]
    lines += _language_lines(context, view)
    lines += ["", escape(view.body), "", *detail_lines(context, view, preview=preview)]
    if view.asked:
        lines.append(context.t("exchange-card-asked"))
    if not post.is_open:
        lines.append(context.t("exchange-card-closed"))
    return "\n".join(lines)


def _language_lines(context: BotContext, view: PostView) -> list[str]:
    language = view.post.language
    if view.machine:
        name = context.label(f"language-name-{language}")
        return [context.t("exchange-card-machine", mark=language_mark(language), language=name)]
    if language != context.language:
        return [language_label(context, language, "original")]
    return []


def detail_lines(context: BotContext, view: PostView, *, preview: bool = False) -> list[str]:
    post, lang = view.post, context.language
    lines = []
    if view.partnership is not None:
        cities = joined([c.name.for_reader(lang) for c in view.partnership.cities], lang)
        lines.append(context.t("exchange-card-cities", cities=cities))
    if view.countries:
        lines.append(
            context.t("exchange-card-countries", countries=country_list(view.countries, lang))
        )
    if post.topics:
        names = [context.label(f"network-topic-{t}") for t in post.topics]
        lines.append(context.t("exchange-card-topics", topics=joined(names, lang)))
    sought = country_list(post.countries, lang)
    lines.append(
        context.t("exchange-card-sought", countries=sought)
        if sought
        else context.t("exchange-card-sought-any")
    )
    if not preview:  # a draft has no day yet
        lines.append(context.t("exchange-card-posted", date=long_date(post.created_at, lang)))
    return lines


async def show_mine(update: Update, context: BotContext, header: str | None = None) -> None:
    """The posts of the partnerships this organiser runs (closed ones marked)."""
    posts = await context.services.idea_exchange.mine(context.require_actor())
    text = context.t("exchange-mine", count=len(posts))
    keyboard = kb.mine(context.services.translator, context.language, posts)
    await show(update, context, text, keyboard, header=header)
