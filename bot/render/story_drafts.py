"""A story as its team reads it while writing: sections (machine versions marked, another
language named), the dated timeline, photos and who agreed to be named. Names are tokens in
the stored texts; here they become first names or "a team member from <city>"."""

from __future__ import annotations

from collections.abc import Callable

from bot.domain.languages import language_mark
from bot.domain.partnerships import Partnership
from bot.domain.stories import SECTIONS, SectionKind, Story, StoryPerson, render_people
from bot.i18n import Translator, escape
from bot.render.formatting import long_date

SECTION_SHOWN = 350  # characters of a section on the draft screen; "✏️" shows it whole
TIMELINE_SHOWN = 14  # entries on the draft screen: the first two and the newest ones
SCREEN_BUDGET = 3800  # below Telegram's 4096


def anonymous_for(
    tr: Translator, language: str, partnership: Partnership | None
) -> Callable[[StoryPerson | None], str]:
    """How a person who did not agree (or is gone) reads: "a team member from Krasnodar"."""

    def word(person: StoryPerson | None) -> str:
        city = partnership.city(person.city_id or 0) if partnership and person else None
        if city is None:
            return tr.plain(language, "story-anonymous-no-city")
        return tr.plain(language, "story-anonymous", city=city.name.for_reader(language))

    return word


def rendered(
    tr: Translator, language: str, story: Story, partnership: Partnership | None, text: str
) -> str:
    """A stored text with its name tokens as readers of `language` see them (plain text);
    a line that starts with a person starts with a capital ("A team member from …")."""
    people = {p.id: p for p in story.people}
    anonymous = anonymous_for(tr, language, partnership)
    lines = []
    for line in text.split("\n"):
        shown = render_people(line, people, anonymous)
        lines.append(shown[:1].upper() + shown[1:] if line.startswith("[[person:") else shown)
    return "\n".join(lines)


def every_name(
    tr: Translator, language: str, story: Story, partnership: Partnership | None, text: str
) -> str:
    """The text with every name shown (for the team editing it: what they send back is
    turned into tokens again, so consent still decides what readers see)."""
    people = {p.id: StoryPerson(p.id, p.user_id, p.name, p.city_id, "given") for p in story.people}
    return render_people(text, people, anonymous_for(tr, language, partnership))


def clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def section_block(
    tr: Translator,
    language: str,
    story: Story,
    partnership: Partnership | None,
    kind: SectionKind,
    limit: int = SECTION_SHOWN,
) -> str | None:
    """A section's heading (with its language or "machine translation") and its text."""
    section = story.section(kind, language)
    if section is None:
        return None
    head = tr.html(language, f"story-section-{kind}")
    if section.origin == "machine":
        head += " · " + tr.html(language, "story-machine")
    elif section.language != language:
        head += " · " + tr.html(
            language,
            "story-shown-in",
            mark=language_mark(section.language),
            language=tr.plain(language, f"language-name-{section.language}"),
        )
    text = rendered(tr, language, story, partnership, section.text)
    return f"{head}\n{escape(clipped(text, limit))}"


def timeline_lines(
    tr: Translator, language: str, story: Story, partnership: Partnership | None
) -> list[str]:
    """ "• 2 March 2026 — Check-in 1 (answers: 3 of 3)", oldest first (plain text)."""
    lines = []
    for entry in story.timeline:
        text = entry.texts.get(language) or entry.texts.get(story.original_language, "")
        if not text and entry.texts:
            text = next(iter(entry.texts.values()))
        when = long_date(entry.happened_on, language)
        said = rendered(tr, language, story, partnership, text)
        lines.append(tr.plain(language, "story-timeline-line", date=when, text=said))
    return lines


def timeline_block(
    tr: Translator,
    language: str,
    story: Story,
    partnership: Partnership | None,
    shown: int = TIMELINE_SHOWN,
) -> str | None:
    lines = timeline_lines(tr, language, story, partnership)
    if not lines:
        return None
    if len(lines) > shown:
        left = len(lines) - shown
        more = tr.plain(language, "story-timeline-more", count=left)
        lines = [*lines[:2], more, *lines[-(shown - 2) :]]
    return tr.html(language, "story-section-timeline") + "\n" + escape("\n".join(lines))


def consent_block(
    tr: Translator, language: str, story: Story, partnership: Partnership | None
) -> str | None:
    """Who agreed, who declined (and how they read instead), who has not answered."""
    anonymous = anonymous_for(tr, language, partnership)
    lines = []
    for person in story.people:
        if person.consent == "erased" or person.name is None:
            continue
        lines.append(
            tr.plain(
                language,
                "story-consent-line",
                name=person.name,
                state=person.consent,
                shown=anonymous(person),
            )
        )
    if not lines:
        return None
    return tr.html(language, "story-consent-head") + "\n" + escape("\n".join(lines))


def draft_text(
    tr: Translator, language: str, story: Story, partnership: Partnership | None, reviewers: int
) -> str:
    """The whole draft screen, under Telegram's limit: sections and the timeline are cut
    shorter until it fits (each section reads whole behind its "✏️")."""
    for limit, shown in ((SECTION_SHOWN, TIMELINE_SHOWN), (160, 8), (60, 5)):
        text = _draft(tr, language, story, partnership, reviewers, limit, shown)
        if len(text) <= SCREEN_BUDGET:
            break
    return text


def _draft(
    tr: Translator,
    language: str,
    story: Story,
    partnership: Partnership | None,
    reviewers: int,
    limit: int,
    shown: int,
) -> str:
    blocks = [tr.html(language, "story-draft-head", status=story.status)]
    for kind in SECTIONS:
        block = section_block(tr, language, story, partnership, kind, limit)
        if block:
            blocks.append(block)
    timeline = timeline_block(tr, language, story, partnership, shown)
    if timeline:
        blocks.append(timeline)
    blocks.append(tr.html(language, "story-photos-count", count=len(story.photos)))
    consent = consent_block(tr, language, story, partnership)
    if consent:
        blocks.append(consent)
    if story.status == "draft":
        blocks.append(tr.html(language, "story-draft-footer", reviewers=reviewers))
    return "\n\n".join(blocks)
