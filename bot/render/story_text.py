"""A story as text in one language, the same for the reader, the reviewing organiser and the
feed: title, idea and origin, team (names per consent), the dated timeline, blockers,
outcome. Sections typed by people are escaped in code and joined (never passed through a
Fluent placeable); `html=False` gives plain text for the feed."""

from __future__ import annotations

from collections.abc import Callable

from babel.lists import format_list

from bot.domain.languages import language_mark
from bot.domain.stories import SectionKind, StoryPerson, TimelineEntry, person_token, render_people
from bot.domain.story_views import StoryView
from bot.i18n import Translator, escape
from bot.render.formatting import babel_locale, long_date

BODY_AFTER_TIMELINE: tuple[SectionKind, ...] = ("blockers", "outcome")


def anonymous(
    tr: Translator, view: StoryView, language: str
) -> Callable[[StoryPerson | None], str]:
    """'a team member from Krasnodar' (without the city when it is unknown)."""

    def word(person: StoryPerson | None) -> str:
        city = view.city_name(person.city_id if person else None, language)
        if city is None:
            return tr.plain(language, "stories-team-member")
        return tr.plain(language, "stories-team-member-from", city=city)

    return word


def story_title(tr: Translator, view: StoryView, language: str) -> str:
    """The title in the language (else the original), names per consent; plain text."""
    section = view.story.section("title", language)
    text = section.text if section else tr.plain(language, "stories-untitled")
    people = {p.id: p for p in view.story.people}
    return render_people(text, people, anonymous(tr, view, language))


class StoryText:
    """The blocks of one story in one language, and whether a machine version is shown."""

    def __init__(
        self, tr: Translator, view: StoryView, language: str, *, html: bool = True
    ) -> None:
        self.tr = tr
        self.view = view
        self.language = language
        self.html = html
        self.machine = False
        self.foreign: set[str] = set()  # languages of sections shown in another language
        self.people = {p.id: p for p in view.story.people}
        self.anonymous = anonymous(tr, view, language)

    def t(self, message_id: str, **args: object) -> str:
        if self.html:
            return self.tr.html(self.language, message_id, **args)
        return self.tr.plain(self.language, message_id, **args)

    def escape(self, text: str) -> str:
        return escape(text) if self.html else text

    def heading(self, message_id: str) -> str:
        return f"<b>{self.t(message_id)}</b>" if self.html else self.t(message_id)

    def named(self, text: str) -> str:
        return self.escape(render_people(text, self.people, self.anonymous))

    def section(self, kind: SectionKind) -> str | None:
        """The section in the language (the original when there is none), names per consent."""
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
        return self.named(found.text)

    def title(self) -> str:
        title = self.section("title") or self.t("stories-untitled")
        return f"<b>{title}</b>" if self.html else title

    def body(self) -> list[str]:
        """Everything under the title: the idea, the team, the timeline, blockers, outcome."""
        blocks = [*self._idea(), *self._team(), *self._timeline()]
        for kind in BODY_AFTER_TIMELINE:
            text = self.section(kind)
            if text:
                blocks.append(self.heading(f"stories-heading-{kind}") + "\n" + text)
        return blocks

    def blocks(self) -> list[str]:
        """The title, the language notes (machine translation, shown in another language),
        then the body."""
        title, body = self.title(), self.body()
        marks = [self.t("stories-machine-mark")] if self.machine else []
        for language in sorted(self.foreign):
            name = self.tr.plain(self.language, f"language-name-{language}")
            marks.append(self.t("stories-shown-in", mark=language_mark(language), language=name))
        return [title, *(["\n".join(marks)] if marks else []), *body]

    def _idea(self) -> list[str]:
        lines = [self.heading("stories-heading-idea")]
        idea = self.view.idea
        if idea is not None:
            text, translation = idea.version_for(self.language, originals=False)
            city = self.view.city_name(idea.city_id, self.language)
            # The idea's own title in another language carries that language's flag.
            foreign = translation is None and idea.language != self.language
            title = f"{text.title} {language_mark(idea.language)}" if foreign else text.title
            lines.append(
                self.t(
                    "stories-idea-origin",
                    title=title,
                    city=city or "",
                    has_city="yes" if city else "no",
                )
            )
        body = self.section("idea")
        if body:
            lines.append(body)
        return ["\n".join(lines)] if len(lines) > 1 else []

    def _team(self) -> list[str]:
        names = [self.named(person_token(p.id)) for p in self.view.story.people]
        lines = [self.heading("stories-heading-team")]
        if names:
            lines.append(format_list(names, locale=babel_locale(self.language)))
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
        day = self.escape(long_date(entry.happened_on, self.language))
        texts = entry.texts
        typed = texts.get(self.language) or texts.get(self.view.story.original_language)
        typed = typed or next(iter(texts.values()), None)
        if typed:
            what = self.named(typed)
        else:
            what = self.t("stories-timeline-kind", kind=entry.kind)
            if entry.detail:
                what += " · " + self.escape(entry.detail)
        return self.t("stories-timeline-line", day=day) + " " + what
