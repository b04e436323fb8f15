"""/ideas for participants: the ideas home, browsing with filters, an idea's card in the
reader's language (the original a tap away) and the results. Writing an idea is in
idea_drafts, acting on one (vote, support, translate, edit, report) in idea_actions."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import IdeaList, IdeaOpen, IdeaResults, IdeasHome
from bot.context import BotContext
from bot.domain.ideas import Idea, IdeaStatus
from bot.domain.languages import SUPPORTED_LANGUAGES, language_mark
from bot.domain.partnerships import City, Partnership, Theme
from bot.domain.roles import Role
from bot.handlers.common import answer_button, language_label, parse_button, show, user_id
from bot.keyboards import button, markup
from bot.keyboards import ideas as kb
from bot.render.charts import bar_chart
from bot.services.errors import UserFacingError
from bot.services.ideas import PAGE_SIZE, IdeaCard

DEFAULT_VIEW = IdeaList(0, 0, "a", "n")


# ------------------------------------------------------------------ home
async def ideas_command(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def ideas_home_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context)


async def show_home(update: Update, context: BotContext) -> None:
    person = context.participant
    assert person is not None and person.partnership_id is not None
    settings = await context.services.ideas.settings(person.partnership_id)
    actor = context.require_actor()
    left = await context.services.ideas.votes_left(person.user_id, person.partnership_id)
    text = context.t(
        "ideas-home",
        submissions="open" if settings.submissions_open else "closed",
        voting="open" if settings.voting_open else "closed",
        left=left,
        budget=settings.vote_budget,
    )
    await show(
        update,
        context,
        text,
        kb.home(
            context.services.translator,
            context.language,
            settings,
            actor.has_role(person.partnership_id, Role.ORGANISER),
        ),
    )


def ask_text(context: BotContext, step: str) -> str:
    """A draft or edit step's question; the description's promises translation only when a
    provider is configured."""
    if step == "description" and not context.services.translation_available:
        return context.t("ideas-ask-description-untranslated")
    return context.t(f"ideas-ask-{step}")


def home_only(context: BotContext) -> InlineKeyboardMarkup:
    """Just the way back to the ideas home (after a flow ends)."""
    return markup([[button(context.label("ideas-home-button"), IdeasHome(0))]])


# ------------------------------------------------------------------ browsing
async def idea_list_button(update: Update, context: BotContext) -> None:
    await show_list(update, context, parse_button(update, IdeaList))


async def show_list(
    update: Update, context: BotContext, view: IdeaList, *, header: str | None = None
) -> None:
    page = await context.services.ideas.browse(
        user_id(update),
        page=view.page,
        theme_id=view.theme_id or None,
        scope={"m": "mine", "p": "partner"}.get(view.scope, "all"),
        by_votes=view.sort == "v",
        mine=view.scope == "o",
    )
    items = [(i, _list_label(context, i)) for i in page.ideas]
    # Vote counts are read in the text: a phone cuts them off the end of a button. The lines
    # are numbered like the vote buttons under them.
    lines = [_list_line(context, n, i, label) for n, (i, label) in enumerate(items, start=1)]
    empty = "ideas-list-empty-mine" if view.scope == "o" else "ideas-list-empty"
    text = context.t("ideas-list" if items else empty, total=page.total, page=view.page + 1)
    votes = kb.ListVotes(user_id(update), page.voted) if page.voting_open else None
    if votes is not None and items:
        lines.append("\n" + context.t("ideas-list-vote-hint"))
    partnership = await reader_partnership(context)
    tr, lang = context.services.translator, context.language
    keyboard = kb.idea_list(tr, lang, items, view, page.total, PAGE_SIZE, partnership, votes)
    await show(update, context, "\n".join([text, *lines]), keyboard, header=header)


def _list_line(context: BotContext, number: int, idea: Idea, title: str) -> str:
    """A numbered list line; one in another language than the reader's says which (🤖: machine)."""
    lang = context.language
    if idea.language == lang:
        return context.t("ideas-list-item", number=number, title=title, votes=idea.vote_count)
    originals = bool(context.participant and context.participant.show_originals)
    _, translation = idea.version_for(lang, originals=originals)
    how = "original" if translation is None else "machine" if translation.machine else "human"
    return context.t(
        "ideas-list-item-other",
        number=number,
        title=title,
        votes=idea.vote_count,
        how=how,
        mark=language_mark(idea.language),
        language=context.label(f"language-name-{idea.language}"),
    )


def _list_label(context: BotContext, idea: Idea) -> str:
    text, _ = idea.version_for(
        context.language, originals=bool(context.participant and context.participant.show_originals)
    )
    mark = "⏳ " if idea.status is IdeaStatus.SUBMITTED else ""
    return f"{mark}{text.title}"


async def idea_open_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaOpen)
    await show_idea(
        update, context, step.idea_id, IdeaList(step.page, step.theme_id, step.scope, step.sort)
    )


async def show_idea(
    update: Update,
    context: BotContext,
    idea_id: int,
    back: IdeaList,
    *,
    new_message: bool = False,
    header: str | None = None,
) -> None:
    card = await context.services.ideas.card(user_id(update), idea_id, context.language)
    view = card.view
    await show(
        update,
        context,
        _card_text(context, card),
        kb.card(context.services.translator, context.language, view, back, view.organiser),
        new_message=new_message,
        header=header,
    )


def _card_text(context: BotContext, card: IdeaCard) -> str:
    v, lang = card.view, context.language
    idea, partnership, author = v.idea, card.partnership, card.author
    city = partnership.city(idea.city_id or 0)
    themes = [t.name.for_reader(lang) for t in partnership.themes if t.id in idea.themes]
    parts = [
        context.t(
            "ideas-card",
            title=v.text.title,
            description=v.text.description,
            city=city.name.for_reader(lang) if city else "—",
            themes=" · ".join(themes) if themes else "none",  # names may hold "and"
            votes=idea.vote_count,
            supporters=v.supporters,
        )
    ]
    if v.text.needs:
        parts.append(context.t("ideas-card-needs", needs=v.text.needs))
    if author:
        parts.append(context.t("ideas-card-author", name=author))
    if card.workshop is not None:
        parts.append(context.t("ideas-card-workshop", title=card.workshop.for_reader(lang)))
    if card.wall_votes:
        bridge = "yes" if card.wall_bridge else "no"
        parts.append(context.t("ideas-card-wall-votes", count=card.wall_votes, bridge=bridge))
    if v.translation is not None:
        source = context.label(f"language-name-{idea.language}")
        parts.append(
            context.t(
                "ideas-card-machine" if v.translation.machine else "ideas-card-human",
                language=source,
            )
        )
    elif v.foreign:
        state = "asked" if v.requested else "original" if v.translated else "none"
        parts.append(language_label(context, idea.language, state))
    if idea.status is not IdeaStatus.PUBLISHED:
        parts.append(
            context.t(f"ideas-card-status-{idea.status.value}", reason=idea.hidden_reason or "")
        )
    if v.settings.voting_open and v.voted:
        parts.append(context.t("ideas-card-you-voted", left=v.votes_left))
    return "\n".join(parts)


# ------------------------------------------------------------------ results
async def idea_results_all_button(update: Update, context: BotContext) -> None:
    await show_results(update, context, await reader_partnership(context))


async def idea_results_theme_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaResults)
    partnership = await reader_partnership(context)
    await show_results(update, context, partnership, theme=partnership.theme(step.value))


async def idea_results_city_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaResults)
    partnership = await reader_partnership(context)
    await show_results(update, context, partnership, city=partnership.city(step.value))


async def idea_results_chart_button(update: Update, context: BotContext) -> None:
    partnership = await reader_partnership(context)
    top = await context.services.ideas.leaderboard(partnership.id)
    chart = bar_chart(
        context.label("ideas-chart-title"),
        [title for _, title, _, _ in top],
        {context.label("ideas-chart-votes"): [v for *_, v in top]},
    )
    await answer_button(update, context)
    name = partnership.name.for_reader(context.language)
    await context.bot.send_photo(
        user_id(update),
        chart,
        caption=context.t("ideas-chart-caption", partnership=name),
        reply_markup=markup([[button(context.label("buttons-back"), IdeaResults("all", 0))]]),
    )


async def show_results(
    update: Update,
    context: BotContext,
    partnership: Partnership,
    *,
    theme: Theme | None = None,
    city: City | None = None,
) -> None:
    """The most voted ideas of the partnership, of one theme or of one city."""
    lang = context.language
    top = await context.services.ideas.leaderboard(
        partnership.id, theme_id=theme.id if theme else None, city_id=city.id if city else None
    )
    scope = (theme or city or partnership).name.for_reader(lang)
    lines = [
        context.t("ideas-results-line", rank=rank, title=title, votes=votes)
        for rank, (_, title, _, votes) in enumerate(top, start=1)
    ]
    text = (
        context.t("ideas-results-title", scope=scope)
        + "\n"
        + ("\n".join(lines) if lines else context.t("ideas-results-empty"))
    )
    await show(update, context, text, kb.results(context.services.translator, lang, partnership))


# ------------------------------------------------------------------ helpers
def back_of(update: Update) -> IdeaList:
    """The list view the card came from, read off the card's own 'back' button."""
    query = update.callback_query
    message = query.message if query else None
    markup = getattr(message, "reply_markup", None)
    for row in markup.inline_keyboard if markup else ():
        for b in row:
            view = IdeaList.unpack(str(b.callback_data or ""))
            if view is not None:
                return view
    return DEFAULT_VIEW


def language_at(index: int) -> str:
    """The language a button names by its index; a stale button for any other index."""
    if not 0 <= index < len(SUPPORTED_LANGUAGES):
        raise UserFacingError("errors-stale-button")
    return SUPPORTED_LANGUAGES[index]


async def reader_partnership(context: BotContext) -> Partnership:
    person = context.participant
    assert person is not None and person.partnership_id is not None
    partnership = await context.services.partnerships.get(person.partnership_id)
    assert partnership is not None
    return partnership


# One callback per button action (IdeaResults.action); a test checks every action has one.
RESULTS_BUTTONS = {
    "all": idea_results_all_button,
    "theme": idea_results_theme_button,
    "city": idea_results_city_button,
    "chart": idea_results_chart_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("ideas", ideas_command),
        CallbackQueryHandler(ideas_home_button, pattern=IdeasHome.pattern()),
        CallbackQueryHandler(idea_list_button, pattern=IdeaList.pattern()),
        CallbackQueryHandler(idea_open_button, pattern=IdeaOpen.pattern()),
        *(
            CallbackQueryHandler(callback, pattern=IdeaResults.pattern(action=action))
            for action, callback in RESULTS_BUTTONS.items()
        ),
    ]
