"""The texts of the reviewing screens: one question with every party's answer, the score
sheet, the assignment's counts, the ranked list and an application for its administrators."""

from __future__ import annotations

import string
from collections.abc import Sequence

from babel.lists import format_list

from bot.context import BotContext
from bot.domain.call_reviews import (
    Standing,
    disagreement_threshold,
    highest_total,
    unscored,
    weighted_total,
)
from bot.domain.calls import Application, Call, Criterion, Party, Question
from bot.domain.languages import language_mark
from bot.i18n import escape
from bot.render.names import person_name
from bot.services.reviews import AdminApplication, AssignmentPreview, QuestionScreen, ScoreSheet

RANKING_PAGE = 8  # applications per page of the ranked list
NOTE_SHOWN = 600  # characters of each reviewer's note on the administrators' summary


def application_label(context: BotContext, call: Call, application: Application) -> str:
    """ "Application 3" when the call is blind, otherwise its cities ("Karlsruhe – Krasnodar")."""
    if call.blind or len(application.cities) < 2:
        return context.label("review-application-label", id=application.id)
    return context.label(
        "review-pair-label", lead=application.cities[0], partner=application.cities[1]
    )


def party_label(context: BotContext, party: Party, blind: bool) -> str:
    if blind or not party.city:
        letter = string.ascii_uppercase[party.position % 26]
        return context.label("review-blind-party", letter=letter)
    return party.city


def question_title(context: BotContext, question: Question) -> str:
    if question.text is not None:
        return question.text.for_reader(context.language)
    return context.label(f"review-contact-{question.field}")


def answer_text(context: BotContext, text: str) -> str:
    """An answer as written (escaped here, not through a Fluent placeable: those stop at 2500
    characters, and a translated answer can be longer); a skipped optional one says so."""
    return escape(text) if text else context.t("review-answer-skipped")


def question_blocks(context: BotContext, screen: QuestionScreen) -> tuple[str, list[str]]:
    """The heading (which application, which question) and one block per party's answer."""
    call, application = screen.call, screen.application
    label = (
        context.label("review-application-label", id=application.id)
        if screen.blind
        else application_label(context, call, application)
    )
    heading = "\n".join(
        [
            context.t(
                "review-question-heading",
                application=label,
                number=screen.index + 1,
                count=len(screen.questions),
            ),
            context.t("review-question", question=question_title(context, screen.question)),
        ]
    )
    blocks = []
    for answer in screen.answers:
        lines = [
            context.t("review-answer-by", party=party_label(context, answer.party, screen.blind)),
            answer_text(context, answer.text),
        ]
        if answer.state != "own":
            lines.append(
                context.t(
                    f"review-state-{answer.state}",
                    mark=language_mark(answer.language),
                    language=context.label(f"language-name-{answer.language}"),
                )
            )
        blocks.append("\n".join(lines))
    if not blocks:
        blocks.append(context.t("review-no-answers"))
    return heading, blocks


def sheet_text(context: BotContext, sheet: ScoreSheet) -> str:
    """Every criterion with its weight and score, the weighted total, the note, what is next."""
    call, review, lang = sheet.call, sheet.review, context.language
    label = (
        context.label("review-application-label", id=sheet.application.id)
        if sheet.blind
        else application_label(context, call, sheet.application)
    )
    lines = [context.t("review-sheet", application=label)]
    for item in call.criteria:
        score = review.scores.get(item.id)
        args = {"name": item.name.for_reader(lang), "weight": item.weight, "max": item.scale_max}
        lines.append(
            context.t("review-sheet-line", score=score, **args)
            if score is not None
            else context.t("review-sheet-line-missing", **args)
        )
    missing = unscored(call.criteria, review.scores)
    lines.append(
        context.t(
            "review-sheet-total",
            total=weighted_total(call.criteria, review.scores),
            highest=highest_total(call.criteria),
            complete="yes" if not missing else "no",
        )
    )
    note = (
        context.t("review-sheet-note", note=review.note)
        if review.note
        else context.t("review-sheet-no-note")
    )
    state = "review-sheet-submitted" if review.submitted else "review-sheet-open"
    return "\n\n".join(["\n".join(lines), note, context.t(state)])


def criterion_text(context: BotContext, sheet: ScoreSheet, item: Criterion) -> str:
    criteria = sheet.call.criteria
    return "\n\n".join(
        [
            context.t(
                "review-criterion",
                number=criteria.index(item) + 1,
                count=len(criteria),
                name=item.name.for_reader(context.language),
                weight=item.weight,
                max=item.scale_max,
            ),
            context.t(
                "review-sheet-total",
                total=weighted_total(criteria, sheet.review.scores),
                highest=highest_total(criteria),
                complete="no",
            ),
        ]
    )


def assign_text(context: BotContext, preview: AssignmentPreview) -> str:
    plan = preview.plan
    text = context.t(
        "review-assign-ask",
        call=preview.call.title.for_reader(context.language),
        applications=preview.applications,
        reviewers=preview.reviewers,
        per=preview.call.reviewers_per_application,
        new=len(plan.new),
        reached=preview.told,
        short=len(plan.short),
        avoided=plan.conflicts_avoided,
    )
    return text if plan.new else "\n\n".join([text, context.t("review-assign-nothing")])


def ranking_page(
    context: BotContext, call: Call, ranked: Sequence[tuple[Standing, Application]], page: int
) -> tuple[str, list[tuple[int, str]], int, int]:
    """The page's text, its buttons (application id, label), the page shown and how many."""
    pages = max(1, -(-len(ranked) // RANKING_PAGE))
    page = min(max(page, 0), pages - 1)
    first = page * RANKING_PAGE
    highest = highest_total(call.criteria)
    lines = [
        context.t(
            "review-ranking",
            call=call.title.for_reader(context.language),
            page=page + 1,
            pages=pages,
        )
    ]
    buttons = []
    for rank, (standing, application) in enumerate(ranked[first : first + RANKING_PAGE], first + 1):
        label = application_label(context, call, application)
        lines.append(_ranking_row(context, rank, label, standing, highest, application))
        buttons.append(
            (application.id, context.label("review-ranking-button", rank=rank, label=label))
        )
    if not ranked:
        lines.append(context.t("review-ranking-empty"))
    explain = context.t(
        "review-ranking-explain", highest=highest, threshold=disagreement_threshold(highest)
    )
    return "\n\n".join(["\n".join(lines), explain]), buttons, page, pages


def _ranking_row(
    context: BotContext,
    rank: int,
    label: str,
    standing: Standing,
    highest: int,
    application: Application,
) -> str:
    """ "1. Halle – Lviv: average 18.5 of 25, reviews 2 of 2; reviewers differ by up to
    1 point", then the decision when there is one."""
    counts = {"rank": rank, "label": label, "done": standing.done, "assigned": standing.assigned}
    if standing.mean is None:
        row = context.t("review-ranking-row-unscored", **counts)
    else:
        row = _with_spread(
            context,
            context.t("review-ranking-row", mean=float(standing.mean), highest=highest, **counts),
            standing,
        )
    if application.decision is not None:
        row = f"{row} · {context.t(f'review-decision-{application.decision}')}"
    return row


def _with_spread(context: BotContext, text: str, standing: Standing) -> str:
    """How far the reviewers' totals are apart, in words (only with two reviews or more)."""
    if standing.done > 1:
        text = f"{text}; {context.t('review-differ', spread=standing.spread)}"
    return f"{text} {context.t('review-ranking-disagree')}" if standing.disagree else text


def _figures(context: BotContext, standing: Standing, highest: int) -> str:
    counts = {"done": standing.done, "assigned": standing.assigned}
    if standing.mean is None:
        return context.t("review-admin-figures-none", **counts)
    text = context.t("review-admin-figures", mean=float(standing.mean), highest=highest, **counts)
    return _with_spread(context, text, standing)


def admin_application_text(context: BotContext, view: AdminApplication) -> str:
    """Cities, figures and every reviewer's scores per criterion and note."""
    call, application, lang = view.call, view.application, context.language
    tr = context.services.translator
    lines = [
        context.t(
            "review-admin-heading",
            id=application.id,
            cities=format_list(list(application.cities), locale=lang),
        ),
        _figures(context, view.standing, highest_total(call.criteria)),
    ]
    blocks = ["\n".join(lines)]
    for review, person in view.reviews:
        block = [
            context.t(
                "review-admin-reviewer",
                name=person_name(tr, lang, person),
                total=weighted_total(call.criteria, review.scores),
                highest=highest_total(call.criteria),
                submitted="yes" if review.submitted else "no",
            )
        ]
        block += [
            context.t(
                "review-admin-score", criterion=c.name.for_reader(lang), score=review.scores[c.id]
            )
            for c in call.criteria
            if c.id in review.scores
        ]
        if review.note:
            note = review.note if len(review.note) <= NOTE_SHOWN else f"{review.note[:NOTE_SHOWN]}…"
            block.append(context.t("review-admin-note", note=note))
        blocks.append("\n".join(block))
    if view.waiting:
        names = [person_name(tr, lang, p) for p in view.waiting]
        blocks.append(context.t("review-admin-waiting", names=format_list(names, locale=lang)))
    if not view.reviews and not view.waiting:
        blocks.append(context.t("review-admin-none"))
    return "\n\n".join(blocks)


def all_answers_messages(
    context: BotContext, screens: Sequence[QuestionScreen], budget: int = 3800
) -> list[str]:
    """Every answer, one city after the other: each city starts a message, and a message is
    closed before it would pass `budget` characters (Telegram allows 4096)."""
    if not screens:
        return []
    blind = screens[0].blind
    messages: list[str] = []
    for party in screens[0].application.parties:
        current = context.t("review-all-city", party=party_label(context, party, blind))
        for screen in screens:
            for answer in screen.answers:
                if answer.party.id != party.id:
                    continue
                lines = [
                    context.t("review-question", question=question_title(context, screen.question)),
                    answer_text(context, answer.text),
                ]
                if answer.state != "own":
                    lines.append(
                        context.t(
                            f"review-state-{answer.state}",
                            mark=language_mark(answer.language),
                            language=context.label(f"language-name-{answer.language}"),
                        )
                    )
                block = "\n".join(lines)[:budget]
                if len(current) + 2 + len(block) > budget:
                    messages.append(current)
                    current = block
                else:
                    current = f"{current}\n\n{block}"
        messages.append(current)
    return messages
