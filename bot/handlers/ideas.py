"""/ideas for participants: submit (seeing similar ideas first), browse with filters, read in
their language with the original a tap away, vote with a budget, support, translate, report."""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import IdeaAction, IdeaDraftStep, IdeaList, IdeaOpen, IdeaResults, IdeasHome
from bot.context import BotContext
from bot.domain.ideas import Idea, IdeaStatus
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.partnerships import Partnership
from bot.domain.roles import Role
from bot.handlers.common import answer_button, parse_button, show, user_id
from bot.keyboards import button, markup
from bot.keyboards import ideas as kb
from bot.render.charts import bar_chart
from bot.services.errors import UserFacingError
from bot.services.ideas import DRAFT_KIND, PAGE_SIZE, IdeaCard

EDIT_INPUT = "idea_edit"
TRANSLATION_INPUT = "idea_translation"
DEFAULT_VIEW = IdeaList(0, 0, "a", "n")


# ------------------------------------------------------------------ home
async def ideas_command(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def home_button(update: Update, context: BotContext) -> None:
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


# ------------------------------------------------------------------ submitting
async def draft_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaDraftStep)
    service, uid = context.services.ideas, user_id(update)
    if step.action == "new":
        await service.start_draft(uid)
        await _draft_screen(update, context, {"step": "title"})
        return
    if step.action == "cancel":
        await service.cancel_draft(uid)
        await show(
            update,
            context,
            context.t("ideas-draft-cancelled"),
            markup([[button(context.label("ideas-home-button"), IdeasHome(0))]]),
        )
        return
    if step.action == "join":
        idea = await service.join(uid, step.value)
        await show(update, context, context.t("ideas-joined", title=idea.original.title))
        await show_idea(update, context, idea.id, DEFAULT_VIEW, new_message=True)
        return
    if step.action == "submit":
        idea = await service.submit(uid)
        message_id = (
            "ideas-submitted-review" if idea.status is IdeaStatus.SUBMITTED else "ideas-submitted"
        )
        await show(update, context, context.t(message_id, title=idea.original.title))
        await show_idea(update, context, idea.id, DEFAULT_VIEW, new_message=True)
        return
    if step.action == "review":
        draft = await service.draft(uid)
        await _review(update, context, draft, similar_checked=True)
        return
    changes = {
        "theme": ("theme", step.value),
        "themes": ("themes_done", None),
        "skip": ("skip", None),
        "author": ("show_author", None),
        "workshop": ("workshop", step.value),
        "lang": (
            "language",
            SUPPORTED_LANGUAGES[step.value] if 0 <= step.value < len(SUPPORTED_LANGUAGES) else "",
        ),
    }
    if step.action not in changes:
        raise UserFacingError("errors-stale-button")
    draft = await service.draft_change(uid, *changes[step.action])
    await _draft_screen(update, context, draft)


async def draft_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    try:
        draft = await context.services.ideas.draft_text(user_id(update), update.message.text)
    except UserFacingError as problem:
        if problem.message_id == "ideas-draft-missing":
            raise
        draft = await context.services.ideas.draft(user_id(update))
        await _draft_screen(update, context, draft, problem=problem)
        return
    await _draft_screen(update, context, draft)


async def draft_photo(update: Update, context: BotContext) -> bool:
    """A photo while writing an idea (only at the photo step)."""
    message = update.message
    if message is None or not message.photo:
        return False
    draft = await context.services.ideas.draft_change(
        user_id(update), "photo", message.photo[-1].file_id
    )
    await _draft_screen(update, context, draft)
    return True


async def _draft_screen(
    update: Update,
    context: BotContext,
    draft: dict[str, object],
    *,
    problem: UserFacingError | None = None,
) -> None:
    tr, lang, step = context.services.translator, context.language, str(draft["step"])
    if step == "review":
        await _review(update, context, draft, similar_checked=False)
        return
    text = _ask(context, step)
    if problem is not None:
        text = context.t(problem.message_id, **problem.args_for_message) + "\n\n" + text
    if step == "themes":
        partnership = await _partnership(context)
        keyboard = kb.draft_themes(tr, lang, partnership, list(draft["themes"]))  # type: ignore[call-overload]
    elif step in ("needs", "photo"):
        keyboard = kb.draft_skip(tr, lang)
    else:
        keyboard = kb.draft_cancel(tr, lang)
    await show(update, context, text, keyboard)


def _ask(context: BotContext, step: str) -> str:
    """A draft step's question; the description's promises translation only with a provider."""
    if step == "description" and not context.services.translation_available:
        return context.t("ideas-ask-description-untranslated")
    return context.t(f"ideas-ask-{step}")


async def _review(
    update: Update, context: BotContext, draft: dict[str, object], *, similar_checked: bool
) -> None:
    service, tr, lang = context.services.ideas, context.services.translator, context.language
    if not similar_checked:
        similar = await service.similar_to_draft(user_id(update))
        if similar:
            lines = "\n".join(f"• {i.original.title}" for i in similar)
            await show(
                update,
                context,
                context.t("ideas-similar", ideas=lines),
                kb.similar(tr, lang, similar),
            )
            return
    workshops = (
        await context.services.workshops.upcoming_for(context.participant)
        if context.participant
        else []
    )
    partnership = await _partnership(context)
    themes = [t.name.for_reader(lang) for t in partnership.themes if t.id in draft["themes"]]  # type: ignore[operator]
    text = context.t(
        "ideas-review",
        title=str(draft["title"]),
        description=str(draft["description"]),
        needs=str(draft.get("needs") or "—"),
        themes=format_list(themes, locale=lang),
        language=context.label(f"language-name-{draft['language']}"),
        photo="yes" if draft.get("photo") else "no",
    )
    await show(
        update,
        context,
        text,
        kb.review(
            tr,
            lang,
            str(draft["language"]),
            bool(draft.get("show_author", True)),
            [item.workshop for item in workshops],
            int(str(draft["workshop_id"])) if draft.get("workshop_id") else None,
        ),
    )


# ------------------------------------------------------------------ browsing
async def list_button(update: Update, context: BotContext) -> None:
    await show_list(update, context, parse_button(update, IdeaList))


async def show_list(update: Update, context: BotContext, view: IdeaList) -> None:
    lang = context.language
    found, total = await context.services.ideas.browse(
        user_id(update),
        page=view.page,
        theme_id=view.theme_id or None,
        scope={"m": "mine", "p": "partner"}.get(view.scope, "all"),
        by_votes=view.sort == "v",
        mine=view.scope == "o",
    )
    items = [(i, _list_label(context, i)) for i in found]
    message_id = (
        "ideas-list"
        if items
        else ("ideas-list-empty-mine" if view.scope == "o" else "ideas-list-empty")
    )
    await show(
        update,
        context,
        context.t(message_id, total=total, page=view.page + 1),
        kb.idea_list(
            context.services.translator,
            lang,
            items,
            view,
            total,
            PAGE_SIZE,
            await _partnership(context),
        ),
    )


def _list_label(context: BotContext, idea: Idea) -> str:
    text, _ = idea.version_for(
        context.language, originals=bool(context.participant and context.participant.show_originals)
    )
    mark = "⏳ " if idea.status is IdeaStatus.SUBMITTED else ""
    return f"{mark}{text.title[:48]} · 👍 {idea.vote_count}"


async def open_button(update: Update, context: BotContext) -> None:
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
            themes=format_list(themes, locale=lang) if themes else "—",
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
    if v.translation is not None:
        source = context.label(f"language-name-{idea.language}")
        parts.append(
            context.t(
                "ideas-card-machine" if v.translation.machine else "ideas-card-human",
                language=source,
            )
        )
    if idea.status is not IdeaStatus.PUBLISHED:
        parts.append(
            context.t(f"ideas-card-status-{idea.status.value}", reason=idea.hidden_reason or "")
        )
    if v.settings.voting_open and v.voted:
        parts.append(context.t("ideas-card-you-voted", left=v.votes_left))
    return "\n".join(parts)


# ------------------------------------------------------------------ acting on an idea
# action -> (question, the action that confirms it, the confirm button's label)
_ASK_FIRST = {
    "report": ("ideas-report-ask", "report_ok", "ideas-report-confirm"),
    "withdraw": ("ideas-withdraw-ask", "withdraw_ok", "ideas-withdraw-confirm"),
}


async def action_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    service, uid, idea_id = context.services.ideas, user_id(update), step.idea_id
    back = _back_of(update)
    tr, lang = context.services.translator, context.language
    header = None
    if step.action in _ASK_FIRST:  # destructive: ask before doing it
        question, confirm_action, confirm_label = _ASK_FIRST[step.action]
        await show(
            update,
            context,
            context.t(question),
            kb.confirm(tr, lang, idea_id, confirm_action, confirm_label),
        )
        return
    if step.action == "vote":
        left = await service.vote(uid, idea_id)
        header = context.t("ideas-voted", left=left)
    elif step.action == "unvote":
        left = await service.unvote(uid, idea_id)
        header = context.t("ideas-unvoted", left=left)
    elif step.action == "support":
        supporting = await context.services.teams.support_idea(uid, idea_id)
        header = context.t("ideas-supporting" if supporting else "ideas-not-supporting")
    elif step.action == "original":
        await service.toggle_originals(uid)
    elif step.action == "report_ok":
        await service.report(uid, idea_id)
        header = context.t("ideas-reported")
    elif step.action == "withdraw_ok":
        await service.withdraw(uid, idea_id)
        await show(
            update,
            context,
            context.t("ideas-withdrawn"),
            markup([[button(context.label("ideas-home-button"), IdeasHome(0))]]),
        )
        return
    elif step.action == "edit":
        await show(update, context, context.t("ideas-edit-ask"), kb.edit_fields(tr, lang, idea_id))
        return
    elif step.action.startswith("edit_"):
        field = step.action.removeprefix("edit_")
        await context.services.dialogs.set(uid, EDIT_INPUT, {"idea_id": idea_id, "field": field})
        await show(update, context, _ask(context, field), kb.back_to_idea(tr, lang, idea_id))
        return
    elif step.action == "translate":
        view = await service.view(uid, idea_id, lang)
        await show(
            update,
            context,
            context.t("ideas-translate-choose"),
            kb.translate_to(tr, lang, view.idea),
        )
        return
    elif step.action == "translate_to" and 0 <= step.value < len(SUPPORTED_LANGUAGES):
        code = SUPPORTED_LANGUAGES[step.value]
        await context.services.dialogs.set(
            uid, TRANSLATION_INPUT, {"idea_id": idea_id, "language": code}
        )
        await show(
            update,
            context,
            context.t("ideas-translate-ask-title", language=context.label(f"language-name-{code}")),
            kb.back_to_idea(tr, lang, idea_id),
        )
        return
    elif step.action == "photo":
        photo = (await service.view(uid, idea_id, lang)).idea.photo_file_id
        if photo is None:
            raise UserFacingError("errors-stale-button")
        await answer_button(update, context)
        await context.bot.send_photo(uid, photo)
        return
    elif step.action == "back":
        await context.services.dialogs.clear(uid)
    else:
        raise UserFacingError("errors-stale-button")
    await show_idea(update, context, idea_id, back, header=header)


async def edit_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    idea_id = int(str(data["idea_id"]))
    await context.services.ideas.edit(
        user_id(update), idea_id, str(data["field"]), update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await show_idea(update, context, idea_id, DEFAULT_VIEW, header=context.t("ideas-edited"))


async def translation_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    """A participant's translation: the title first, then the description."""
    assert update.message is not None and update.message.text is not None
    idea_id, code = int(str(data["idea_id"])), str(data["language"])
    if "title" not in data:
        title = context.services.ideas.check_title(update.message.text)
        await context.services.dialogs.set(
            user_id(update),
            TRANSLATION_INPUT,
            {"idea_id": idea_id, "language": code, "title": title},
        )
        await show(
            update,
            context,
            context.t(
                "ideas-translate-ask-description", language=context.label(f"language-name-{code}")
            ),
            kb.back_to_idea(context.services.translator, context.language, idea_id),
        )
        return
    live = await context.services.ideas.add_translation(
        user_id(update), idea_id, code, str(data["title"]), update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await show_idea(
        update,
        context,
        idea_id,
        DEFAULT_VIEW,
        header=context.t("ideas-translation-live" if live else "ideas-translation-pending"),
    )


# ------------------------------------------------------------------ results
async def results_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaResults)
    partnership = await _partnership(context)
    lang = context.language
    if step.kind == "chart":
        top = await context.services.ideas.leaderboard(partnership.id)
        chart = bar_chart(
            context.label("ideas-chart-title"),
            [title[:40] for _, title, _, _ in top],
            {context.label("ideas-chart-votes"): [v for *_, v in top]},
            horizontal=True,
        )
        await answer_button(update, context)
        await context.bot.send_photo(
            user_id(update),
            chart,
            caption=context.t("ideas-chart-caption", partnership=partnership.name.for_reader(lang)),
        )
        return
    theme = partnership.theme(step.value) if step.kind == "theme" else None
    city = partnership.city(step.value) if step.kind == "city" else None
    top = await context.services.ideas.leaderboard(
        partnership.id, theme_id=theme.id if theme else None, city_id=city.id if city else None
    )
    scope = (
        theme.name.for_reader(lang)
        if theme
        else city.name.for_reader(lang)
        if city
        else partnership.name.for_reader(lang)
    )
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
def _back_of(update: Update) -> IdeaList:
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


async def _partnership(context: BotContext) -> Partnership:
    person = context.participant
    assert person is not None and person.partnership_id is not None
    partnership = await context.services.partnerships.get(person.partnership_id)
    assert partnership is not None
    return partnership


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("ideas", ideas_command),
        CallbackQueryHandler(home_button, pattern=IdeasHome.pattern()),
        CallbackQueryHandler(draft_button, pattern=IdeaDraftStep.pattern()),
        CallbackQueryHandler(list_button, pattern=IdeaList.pattern()),
        CallbackQueryHandler(open_button, pattern=IdeaOpen.pattern()),
        CallbackQueryHandler(action_button, pattern=IdeaAction.pattern()),
        CallbackQueryHandler(results_button, pattern=IdeaResults.pattern()),
    ]


TEXT_INPUTS = {DRAFT_KIND: draft_text, EDIT_INPUT: edit_text, TRANSLATION_INPUT: translation_text}
MEDIA_INPUTS = {DRAFT_KIND: draft_photo}
