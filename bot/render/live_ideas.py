"""Texts of the live wall in the chat: the event's ideas with their +1 (in the reader's
language, machine translations marked, originals named by language), an idea's original, and
the moderator's queue and idea card. HTML-escaped by the translator."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.ideas import Idea
from bot.domain.languages import language_mark
from bot.i18n import Translator
from bot.services.live_access import InRoom, shown_in
from bot.services.live_ideas import IdeaList, ListedIdea
from bot.services.live_moderation import ModeratedIdea, ModerationView


def _language(tr: Translator, lang: str, code: str) -> str:
    return f"{language_mark(code)} {tr.plain(lang, f'language-name-{code}')}"


def _marks(tr: Translator, lang: str, item: ListedIdea) -> list[str]:
    """What the reader should know about the line: bridge idea, whose, in which language."""
    marks = []
    if item.bridge:
        marks.append(tr.html(lang, "live-ideas-mark-bridge"))
    if item.own:
        marks.append(tr.html(lang, "live-ideas-mark-own"))
    elif item.mine:
        marks.append(tr.html(lang, "live-ideas-mark-mine"))
    if item.shown.machine:
        marks.append(tr.html(lang, "live-ideas-mark-machine"))
    elif not item.shown.translated and item.idea.language != lang:
        language = _language(tr, lang, item.idea.language)
        marks.append(tr.html(lang, "live-ideas-mark-original", language=language))
    return marks


def idea_list(tr: Translator, lang: str, listing: IdeaList) -> str:
    at = listing.at
    head = tr.html(
        lang,
        "live-ideas-list",
        event=at.event.title,
        count=listing.total,
        page=listing.page + 1,
        pages=listing.pages,
    )
    if not listing.ideas:
        return "\n\n".join([head, tr.html(lang, "live-ideas-list-empty")])
    blocks = [head]
    for item in listing.ideas:
        line = tr.html(
            lang,
            "live-ideas-line",
            number=item.number,
            title=item.shown.text.title,
            city=at.city_name(item.idea.city_id, lang) or "—",
            votes=item.votes,
        )
        marks = _marks(tr, lang, item)
        blocks.append("\n".join([line, " · ".join(marks)]) if marks else line)
    return "\n\n".join(blocks)


def original(tr: Translator, lang: str, at: InRoom, idea: Idea) -> str:
    return tr.html(
        lang,
        "live-ideas-original-text",
        language=_language(tr, lang, idea.language),
        city=at.city_name(idea.city_id, lang) or "—",
        title=idea.original.title,
        description=idea.original.description,
    )


def _quoted(tr: Translator, lang: str, idea: Idea) -> str:
    """An idea's title in a list, in the reader's language where a translation exists."""
    return tr.html(lang, "live-ideas-quoted", title=shown_in(idea, lang).text.title)


def _section(tr: Translator, lang: str, heading: str, ideas: Sequence[Idea], start: int) -> str:
    lines = [tr.html(lang, heading, count=len(ideas))]
    lines += [f"#{n}  {_quoted(tr, lang, i)}" for n, i in enumerate(ideas, start)]
    return "\n".join(lines)


def moderation(tr: Translator, lang: str, view: ModerationView) -> str:
    """The room's queue, its wall, what it hid and the other rooms' ideas, numbered through."""
    room = view.at.room
    head = tr.html(
        lang,
        "live-ideas-queue",
        event=view.at.event.title,
        city=view.at.city_name(room.city_id, lang) or "—",
        moderation=view.at.event.moderation.value,
    )
    parts, start = [head], 1
    sections = (
        ("live-ideas-queue-waiting", view.waiting),
        ("live-ideas-queue-shown", view.shown),
        ("live-ideas-queue-hidden", view.hidden),
        ("live-ideas-queue-others", view.others),
    )
    for heading, ideas in sections:
        if ideas:
            parts.append(_section(tr, lang, heading, ideas, start))
            start += len(ideas)
    if start == 1:
        parts.append(tr.html(lang, "live-ideas-queue-empty"))
    return "\n\n".join(parts)


def moderated_idea(tr: Translator, lang: str, found: ModeratedIdea, header: str = "") -> str:
    """The idea as written, as this room's wall shows it, and where it stands."""
    idea, room = found.idea, found.at.room
    status = found.entry.status.value if found.own_room else "other"
    parts = [
        tr.html(
            lang,
            "live-ideas-card",
            title=idea.original.title,
            description=idea.original.description,
            language=_language(tr, lang, idea.language),
            city=found.at.city_name(idea.city_id, lang) or "—",
            status=status,
        )
    ]
    if idea.language != room.display_language:
        shown = shown_in(idea, room.display_language)
        state = ("machine" if shown.machine else "human") if shown.translated else "pending"
        parts.append(
            tr.html(
                lang,
                "live-ideas-card-wall",
                language=_language(tr, lang, room.display_language),
                state=state,
                title=shown.text.title if shown.translated else "",
            )
        )
    if header:
        parts.insert(0, header)
    return "\n\n".join(parts)


def merge_choice(tr: Translator, lang: str, found: ModeratedIdea) -> str:
    lines = [tr.html(lang, "live-ideas-merge-ask", title=found.idea.original.title)]
    if not found.targets:
        lines.append(tr.html(lang, "live-ideas-merge-none"))
    lines += [f"#{n}  {_quoted(tr, lang, t)}" for n, t in enumerate(found.targets, 1)]
    return "\n".join(lines)


def merge_confirm(tr: Translator, lang: str, found: ModeratedIdea, target: Idea) -> str:
    return tr.html(
        lang,
        "live-ideas-merge-confirm",
        title=shown_in(found.idea, lang).text.title,
        target=shown_in(target, lang).text.title,
    )


def correction_ask(tr: Translator, lang: str, found: ModeratedIdea, step: str) -> str:
    """The title (then the description) in the room's language: the original and what the
    wall shows now, to copy from."""
    idea, room = found.idea, found.at.room
    shown = shown_in(idea, room.display_language)
    field = "title" if step == "title" else "description"
    return tr.html(
        lang,
        "live-ideas-correct-ask",
        step=step,
        language=_language(tr, lang, room.display_language),
        original=getattr(idea.original, field),
        now=getattr(shown.text, field) if shown.translated else "—",
    )
