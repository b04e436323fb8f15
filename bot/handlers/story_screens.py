"""A story as text, the same for the reader and the reviewing organiser: title, idea and
origin, team (names per consent), the dated timeline, blockers, outcome. Sections typed by
people are escaped in code and joined (never passed through a Fluent placeable), and a story
longer than one message is split between blocks."""

from __future__ import annotations

from babel.lists import format_list
from telegram import InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.domain.languages import language_mark
from bot.domain.stories import SectionKind, TimelineEntry, render_people
from bot.handlers.common import show
from bot.i18n import escape
from bot.render.formatting import babel_locale, long_date
from bot.services.story_publishing import StoryView
from bot.telegram.limits import Limits
from bot.telegram.unread import send_text

# Room under Telegram's limit for the entities' markup (the limit counts visible text).
MESSAGE_LIMIT = Limits.text_max - 96


BODY_AFTER_TIMELINE: tuple[SectionKind, ...] = ("blockers", "outcome")


class StoryText:
    """The blocks of one story in one language, and whether a machine version is shown."""

    def __init__(self, context: BotContext, view: StoryView, language: str) -> None:
        self.context = context
        self.view = view
        self.language = language
        self.machine = False
        self.foreign: set[str] = set()  # languages of sections shown in another language
        self.people = {p.id: p for p in view.story.people}
        self.anonymous = context.services.story_publishing.anonymous(view, language)

    def t(self, message_id: str, **args: object) -> str:
        return self.context.services.translator.html(self.language, message_id, **args)

    def heading(self, message_id: str) -> str:
        return f"<b>{self.t(message_id)}</b>"

    def section(self, kind: SectionKind) -> str | None:
        """The section's text in the language, escaped, names per consent."""
        story = self.view.story
        if self.language == story.original_language:
            found = next(
                (s for s in story.sections if s.kind == kind and s.language == self.language),
                None,
            )
        else:
            found = story.section(kind, self.language)
        if found is None or not found.text.strip():
            return None
        if found.origin == "machine":
            self.machine = True
        if found.language != self.language:
            self.foreign.add(found.language)
        return escape(render_people(found.text, self.people, self.anonymous))

    def blocks(self) -> list[str]:
        title = self.section("title") or self.t("stories-untitled")
        blocks = [f"<b>{title}</b>"]
        blocks += self._idea()
        blocks += self._team()
        blocks += self._timeline()
        for kind in BODY_AFTER_TIMELINE:
            text = self.section(kind)
            if text:
                blocks.append(self.heading(f"stories-heading-{kind}") + "\n" + text)
        marks = []
        if self.machine:
            marks.append(self.t("stories-machine-mark"))
        for language in sorted(self.foreign):
            marks.append(
                self.t(
                    "stories-shown-in",
                    mark=language_mark(language),
                    language=self.context.services.translator.plain(
                        self.language, f"language-name-{language}"
                    ),
                )
            )
        if marks:
            blocks.insert(1, "\n".join(marks))
        return blocks

    def _idea(self) -> list[str]:
        lines = [self.heading("stories-heading-idea")]
        idea = self.view.idea
        if idea is not None:
            text, _ = idea.version_for(self.language, originals=False)
            city = self.view.city_name(idea.city_id, self.language)
            lines.append(
                self.t(
                    "stories-idea-origin",
                    title=text.title,
                    city=city or "",
                    has_city="yes" if city else "no",
                )
            )
        body = self.section("idea")
        if body:
            lines.append(body)
        return ["\n".join(lines)] if len(lines) > 1 else []

    def _team(self) -> list[str]:
        names = [
            render_people(f"[[person:{p.id}]]", self.people, self.anonymous)
            for p in self.view.story.people
        ]
        lines = [self.heading("stories-heading-team")]
        if names:
            lines.append(escape(format_list(names, locale=babel_locale(self.language))))
        body = self.section("team")
        if body:
            lines.append(body)
        return ["\n".join(lines)] if len(lines) > 1 else []

    def _timeline(self) -> list[str]:
        entries = [self._entry(e) for e in self.view.story.timeline]
        if not entries:
            return []
        return [self.heading("stories-heading-timeline") + "\n" + "\n".join(entries)]

    def _entry(self, entry: TimelineEntry) -> str:
        day = escape(long_date(entry.happened_on, self.language))
        texts = entry.texts
        typed = texts.get(self.language) or texts.get(self.view.story.original_language)
        typed = typed or next(iter(texts.values()), None)
        if typed:
            what = escape(render_people(typed, self.people, self.anonymous))
        else:
            what = self.t("stories-timeline-kind", kind=entry.kind)
            if entry.detail:
                what += " · " + escape(entry.detail)
        return self.t("stories-timeline-line", day=day) + " " + what


def pack(blocks: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Blocks joined into messages under Telegram's limit (a block longer than that is cut
    at a line break)."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        while len(block) > limit:
            cut = block.rfind("\n", 0, limit)
            cut = cut if cut > 0 else limit
            messages, current = _add(messages, current, block[:cut], limit)
            block = block[cut:].lstrip("\n")
        messages, current = _add(messages, current, block, limit)
    if current:
        messages.append(current)
    return messages


def _add(messages: list[str], current: str, block: str, limit: int) -> tuple[list[str], str]:
    joined = f"{current}\n\n{block}" if current else block
    if len(joined) <= limit:
        return messages, joined
    return [*messages, current], block


async def show_long(
    update: Update, context: BotContext, blocks: list[str], keyboard: InlineKeyboardMarkup
) -> None:
    """The first message in place of the pressed one, the rest below; the buttons under the
    last message (where the reader is when they finish reading)."""
    messages = pack(blocks)
    if len(messages) == 1:
        await show(update, context, messages[0], keyboard)
        return
    await show(update, context, messages[0])
    chat = update.effective_chat
    assert chat is not None
    for number, text in enumerate(messages[1:], start=2):
        await send_text(context.bot, chat.id, text, keyboard if number == len(messages) else None)
