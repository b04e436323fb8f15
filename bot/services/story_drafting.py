"""Writing a story: the bot drafts it from the team's idea, members, check-ins and closing
answers; the team edits it section by section in any language, adds photos (EXIF stripped),
and every named person consents or is shown as "a team member from <city>".

What the draft is made of (`draft_for_team`):
- sections in the language the data was written in (the idea's title and text, the blockers
  and the closing round's outcome answers, each line in its writer's language), plus machine
  versions (origin "machine") when a provider translates; the team section is worded by the
  locales in every language;
- a dated timeline whose lines are worded by the locales in every language (stored in
  `story_timeline.texts`, names as tokens): idea proposed (and where: which kick-off, on
  which date, from which city), team formed, each regular check-in round, blockers named
  and resolved, the closing round;
- a blocker is *named* when a member's check-in answers "what blocks you" and their
  previous answered check-in did not; it is *resolved* on the day of that member's next
  answered regular check-in that names no blocker. A member who never answers again keeps
  the blocker open (the timeline says nothing it does not know).
A second draft of the same team (an organiser asked early, then the team ended) keeps
whatever the team wrote and refreshes only what the bot wrote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import aiosqlite
from babel.lists import format_list
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import ideas, participants, partnerships, teams, workshops
from bot.db import stories as db
from bot.db import story_drafts as drafts
from bot.db.connection import Database
from bot.domain.ideas import Idea
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.participants import shown_name
from bot.domain.partnerships import Partnership
from bot.domain.stories import (
    SECTIONS,
    SectionKind,
    Story,
    StoryPerson,
    person_token,
)
from bot.domain.teams import Team
from bot.i18n import Translator
from bot.keyboards import story_drafts as kb
from bot.render.formatting import babel_locale, long_date
from bot.render.story_drafts import rendered
from bot.services.errors import Unreachable
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable

_TOKEN = re.compile(r"\[\[person:(\d+)\]\]")
GONE = "story-gone"
EXCERPT = 900  # characters of "the story's text about you" in a consent question


@dataclass(frozen=True)
class DraftView:
    """A story as its team sees it while writing."""

    story: Story
    partnership: Partnership | None
    viewer_person: StoryPerson | None  # the viewer's own row (their consent), if named
    member: bool  # the viewer may edit (an active member of the team)
    reviewers: int  # organisers who will read it when it is sent for review


def first_name(full: str | None) -> str | None:
    """The first word of the name a person shows: what a public story calls them."""
    return full.split()[0] if full and full.split() else None


class StoryDrafting:
    """Making (and refreshing) a team's draft, and asking its people for consent."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine
        self.translating = not isinstance(machine, NoMachineTranslation)
        # Home cities of the people of the draft being made (filled by `_people`).
        self._cities: dict[int, int | None] = {}

    # ---------------------------------------------------------------- the draft
    async def draft_for_team(
        self, conn: aiosqlite.Connection, team_id: int, requested_by: int | None = None
    ) -> int:
        """Draft the team's story from what the bot knows (or refresh what the bot wrote)."""
        team = await teams.get(conn, team_id)
        idea = await ideas.get(conn, team.idea_id) if team else None
        if team is None or idea is None:
            raise Unreachable(GONE)
        partnership = await partnerships.get(conn, team.partnership_id)
        now = self.clock.now()
        story_id = await db.story_of_team(conn, team.id)
        existing = await db.get_story(conn, story_id) if story_id else None
        if existing is not None and existing.status != "draft":
            return existing.id  # with the organisers or published: the bot changes nothing
        if story_id is None:
            story_id = await db.create_story(
                conn, team.partnership_id, team.id, idea.id, idea.language, requested_by, now
            )
        tokens = await self._people(conn, story_id, team, idea)
        rounds = await drafts.team_rounds(conn, team.id)
        blockers = await self._timeline(conn, story_id, team, idea, partnership, tokens, rounds)
        await self._sections(conn, story_id, team, idea, partnership, tokens, rounds, blockers)
        story = await db.get_story(conn, story_id)
        assert story is not None
        await self._ask_everyone(conn, story, partnership, team)
        return story_id

    async def _people(
        self, conn: aiosqlite.Connection, story_id: int, team: Team, idea: Idea
    ) -> dict[int, str]:
        """A story_people row for each member and the idea's author; user id -> token."""
        wanted = list(team.members)
        if idea.author_id and idea.show_author and idea.author_id not in wanted:
            wanted.append(idea.author_id)
        tokens = {}
        for user_id in wanted:
            person = await participants.get(conn, user_id)
            name = first_name(shown_name(person)) or self.translator.plain(
                person.language if person else "en", "people-unnamed"
            )
            city = person.city_id if person else None
            self._cities[user_id] = city
            tokens[user_id] = person_token(await db.add_person(conn, story_id, user_id, name, city))
        return tokens

    # ---------------------------------------------------------------- timeline
    async def _timeline(
        self,
        conn: aiosqlite.Connection,
        story_id: int,
        team: Team,
        idea: Idea,
        partnership: Partnership | None,
        tokens: dict[int, str],
        rounds: list[drafts.RoundAnswers],
    ) -> list[tuple[int, str, str]]:
        """The dated entries worded in every language; returns the blockers named (member,
        text, language) for the blockers section."""
        await drafts.clear_data_timeline(conn, story_id)
        zone = _zone(partnership, idea.city_id)
        proposed = _day(idea.created_at, zone)
        await db.add_timeline(
            conn,
            story_id,
            proposed,
            "idea",
            texts=await self._idea_line(conn, idea, partnership, tokens),
            person_id=_id(tokens.get(idea.author_id or 0)) if idea.show_author else None,
        )
        formed = await drafts.team_formed_at(conn, team.id)
        await db.add_timeline(
            conn,
            story_id,
            _day(formed, zone) if formed else proposed,
            "team",
            texts=self._each(lambda lang: self._team_line(lang, team, partnership, tokens)),
        )
        return await self._rounds_timeline(conn, story_id, team, tokens, rounds)

    async def _idea_line(
        self,
        conn: aiosqlite.Connection,
        idea: Idea,
        partnership: Partnership | None,
        tokens: dict[int, str],
    ) -> dict[str, str]:
        workshop = await workshops.get(conn, idea.workshop_id) if idea.workshop_id else None
        city = partnership.city(idea.city_id or 0) if partnership else None
        # An author who chose not to be shown with the idea is not named as its author.
        author = tokens.get(idea.author_id or 0) if idea.show_author else None

        def line(lang: str) -> str:
            parts = [
                self.translator.plain(lang, "story-timeline-idea", author=author)
                if author
                else self.translator.plain(lang, "story-timeline-idea-unnamed")
            ]
            where = city.name.for_reader(lang) if city else None
            if workshop is not None:
                parts.append(
                    self.translator.plain(
                        lang,
                        "story-timeline-idea-workshop" if where else "story-timeline-idea-online",
                        kind="kickoff" if workshop.kind.value == "kickoff" else "other",
                        workshop=workshop.title.for_reader(lang),
                        date=long_date(
                            workshop.starts_at.astimezone(ZoneInfo(workshop.time_zone)), lang
                        ),
                        city=where or "",
                    )
                )
            elif where:
                parts.append(self.translator.plain(lang, "story-timeline-idea-city", city=where))
            return " ".join(parts)

        return self._each(line)

    def _team_line(
        self, lang: str, team: Team, partnership: Partnership | None, tokens: dict[int, str]
    ) -> str:
        return self.translator.plain(
            lang, "story-timeline-team", members=self._by_city(lang, team, partnership, tokens)
        )

    def _by_city(
        self, lang: str, team: Team, partnership: Partnership | None, tokens: dict[int, str]
    ) -> str:
        """ "Karlsruhe: 2 members, Krasnodar: 1 member" in the reader's list pattern."""
        counts: dict[str, int] = defaultdict(int)
        for member in team.members:
            counts[self._city_of(lang, partnership, member)] += 1
        parts = [
            self.translator.plain(lang, "story-members-in-city", city=city, count=n)
            for city, n in counts.items()
        ]
        return format_list(parts, locale=babel_locale(lang))

    def _city_of(self, lang: str, partnership: Partnership | None, user_id: int) -> str:
        city_id = self._cities.get(user_id)
        city = partnership.city(city_id or 0) if partnership else None
        return city.name.for_reader(lang) if city else self.translator.plain(lang, "story-no-city")

    async def _rounds_timeline(
        self,
        conn: aiosqlite.Connection,
        story_id: int,
        team: Team,
        tokens: dict[int, str],
        rounds: list[drafts.RoundAnswers],
    ) -> list[tuple[int, str, str]]:
        members = len(team.members)
        open_blocker: set[int] = set()
        named: list[tuple[int, str, str]] = []
        number = 0
        for r in rounds:
            answered = {a[0] for a in r.answers}
            count = len(answered)
            if r.kind == "closing":
                await db.add_timeline(
                    conn,
                    story_id,
                    r.day,
                    "closing",
                    texts=self._worded("story-timeline-closing", answered=count, members=members),
                )
                continue
            number += 1
            await db.add_timeline(
                conn,
                story_id,
                r.day,
                "checkin",
                detail=str(number),
                texts=self._worded(
                    "story-timeline-checkin", number=number, answered=count, members=members
                ),
            )
            blocking = {
                a[0]: (a[2], a[3]) for a in r.answers if a[1] == "blocking" and (a[2] or "").strip()
            }
            for user_id in sorted(answered):
                token = tokens.get(user_id)
                if token is None:
                    continue
                if user_id in blocking and user_id not in open_blocker:
                    open_blocker.add(user_id)
                    text, language = blocking[user_id]
                    named.append((user_id, text or "", language))
                    await self._person_entry(conn, story_id, r.day, "blocker", token)
                elif user_id not in blocking and user_id in open_blocker:
                    open_blocker.discard(user_id)
                    await self._person_entry(conn, story_id, r.day, "resolved", token)
        return named

    async def _person_entry(
        self, conn: aiosqlite.Connection, story_id: int, day: date, kind: str, token: str
    ) -> None:
        message = "story-timeline-blocker" if kind == "blocker" else "story-timeline-resolved"
        await db.add_timeline(
            conn,
            story_id,
            day,
            "blocker" if kind == "blocker" else "resolved",
            texts=self._worded(message, person=token),
            person_id=_id(token),
        )

    def _each(self, line: Callable[[str], str]) -> dict[str, str]:
        return {lang: line(lang) for lang in SUPPORTED_LANGUAGES}

    def _worded(self, message_id: str, **args: object) -> dict[str, str]:
        """One locale message in every language (a timeline line the bot writes)."""
        return {
            lang: self.translator.plain(lang, message_id, **args) for lang in SUPPORTED_LANGUAGES
        }

    # ---------------------------------------------------------------- sections
    async def _sections(
        self,
        conn: aiosqlite.Connection,
        story_id: int,
        team: Team,
        idea: Idea,
        partnership: Partnership | None,
        tokens: dict[int, str],
        rounds: list[drafts.RoundAnswers],
        blockers: list[tuple[int, str, str]],
    ) -> None:
        await self._data_section(conn, story_id, "title", idea.language, idea.original.title)
        await self._data_section(conn, story_id, "idea", idea.language, idea.original.description)
        if await self._untouched(conn, story_id, "team"):
            await drafts.drop_section(conn, story_id, "team")
            for lang in SUPPORTED_LANGUAGES:
                text = self._team_section(lang, team, idea, partnership, tokens)
                await db.set_section(
                    conn, story_id, "team", lang, text, "draft", None, self.clock.now()
                )
        lines = [(tokens[u], text, lang) for u, text, lang in blockers if u in tokens]
        await self._lines_section(conn, story_id, "blockers", idea.language, lines)
        closing = [r for r in rounds if r.kind == "closing"]
        outcome = [
            (tokens[a[0]], a[2] or "", a[3])
            for r in closing[-1:]
            for a in r.answers
            if a[1] == "outcome" and (a[2] or "").strip() and a[0] in tokens
        ]
        await self._lines_section(conn, story_id, "outcome", idea.language, outcome)

    def _team_section(
        self,
        lang: str,
        team: Team,
        idea: Idea,
        partnership: Partnership | None,
        tokens: dict[int, str],
    ) -> str:
        by_city: dict[str, list[str]] = defaultdict(list)
        for member in team.members:
            by_city[self._city_of(lang, partnership, member)].append(tokens[member])
        lines = [self.translator.plain(lang, "story-team-intro")]
        lines += [
            self.translator.plain(
                lang,
                "story-team-city",
                city=city,
                names=format_list(names, locale=babel_locale(lang)),
            )
            for city, names in by_city.items()
        ]
        author = tokens.get(idea.author_id or 0)
        if author and idea.author_id not in team.members:
            lines.append(self.translator.plain(lang, "story-team-author", person=author))
        return "\n".join(lines)

    async def _untouched(
        self, conn: aiosqlite.Connection, story_id: int, kind: SectionKind
    ) -> bool:
        """Nobody of the team wrote this section: the bot may (re)write it."""
        return not (await drafts.section_origins(conn, story_id, kind)) - {"draft", "machine"}

    async def _data_section(
        self, conn: aiosqlite.Connection, story_id: int, kind: SectionKind, language: str, text: str
    ) -> None:
        if not text.strip() or not await self._untouched(conn, story_id, kind):
            return
        now = self.clock.now()
        await drafts.drop_section(conn, story_id, kind)
        await db.set_section(conn, story_id, kind, language, text, "draft", None, now)
        for target in SUPPORTED_LANGUAGES:
            if target != language:
                translated = await self._translated(text, language, target)
                if translated is not None:
                    await db.set_section(
                        conn, story_id, kind, target, translated, "machine", None, now
                    )

    async def _lines_section(
        self,
        conn: aiosqlite.Connection,
        story_id: int,
        kind: SectionKind,
        language: str,
        lines: list[tuple[str, str, str]],
    ) -> None:
        """One line per person ("[[person:3]]: text"), each in its writer's language; machine
        versions translate each line that is in another language."""
        if not lines or not await self._untouched(conn, story_id, kind):
            return
        now = self.clock.now()
        await drafts.drop_section(conn, story_id, kind)
        original = "\n".join(f"{token}: {text.strip()}" for token, text, _ in lines)
        await db.set_section(conn, story_id, kind, language, original, "draft", None, now)
        if not self.translating:
            return
        for target in SUPPORTED_LANGUAGES:
            if target == language:
                continue
            done = []
            for token, text, source in lines:
                translated = (
                    text if source == target else await self._translated(text, source, target)
                )
                if translated is None:
                    break
                done.append(f"{token}: {translated.strip()}")
            else:
                await db.set_section(
                    conn, story_id, kind, target, "\n".join(done), "machine", None, now
                )

    async def _translated(self, text: str, source: str, target: str) -> str | None:
        """A machine version that kept every name token, else None (shown in the original)."""
        if not self.translating:
            return None
        try:
            translated = await self.machine.translate(text, source, target)
        except TranslationUnavailable:
            return None
        wanted = sorted(_tokens(text))
        return translated if sorted(_tokens(translated)) == wanted else None

    # ---------------------------------------------------------------- consent questions
    async def _ask_everyone(
        self,
        conn: aiosqlite.Connection,
        story: Story,
        partnership: Partnership | None,
        team: Team,
    ) -> None:
        """Each person the story names is asked once, in their language, with the text about
        them in view; members learn that the draft waits for them."""
        for person in story.people:
            if person.user_id is None or not await drafts.mark_asked(
                conn, person.id, self.clock.now()
            ):
                continue
            member = person.user_id in team.members

            def keyboard(lang: str, member: bool = member) -> InlineKeyboardMarkup:
                return kb.consent_question(self.translator, lang, story.id, member)

            def excerpt(lang: str, person: StoryPerson = person) -> str:
                return self.excerpt(story, partnership, person, lang)

            await self.notifier.send(
                conn,
                person.user_id,
                "story-drafted-member" if member else "story-consent-ask-author",
                self.clock.now(),
                priority=PRIORITY_NORMAL,
                dedupe_key=f"story-ask:{story.id}:{person.id}",
                markup=keyboard,
                title=lambda lang: self._title(story, lang, partnership),
                excerpt=excerpt,
            )

    def _title(self, story: Story, language: str, partnership: Partnership | None) -> str:
        section = story.section("title", language)
        return (
            rendered(self.translator, language, story, partnership, section.text) if section else ""
        )

    def excerpt(
        self, story: Story, partnership: Partnership | None, person: StoryPerson, language: str
    ) -> str:
        """The lines of the story that name this person, as they read once they agree."""
        token = person_token(person.id)
        agreed = tuple(
            StoryPerson(p.id, p.user_id, p.name, p.city_id, "given") if p.id == person.id else p
            for p in story.people
        )
        shown = Story(**{**story.__dict__, "people": agreed})
        lines: list[str] = []
        for kind in SECTIONS:
            section = story.section(kind, language)
            if section is not None:
                lines += [line for line in section.text.splitlines() if token in line]
        for entry in story.timeline:
            text = entry.texts.get(language) or entry.texts.get(story.original_language, "")
            if token in text:
                lines.append(f"{long_date(entry.happened_on, language)}: {text}")
        text = "\n".join(
            "• " + rendered(self.translator, language, shown, partnership, line) for line in lines
        )
        return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def _zone(partnership: Partnership | None, city_id: int | None) -> str:
    city = partnership.city(city_id or 0) if partnership else None
    if city is None and partnership and partnership.cities:
        city = partnership.cities[0]
    return city.time_zone if city else "UTC"


def _day(moment: datetime | None, zone: str) -> date:
    assert moment is not None
    return moment.astimezone(ZoneInfo(zone)).date()


def _id(token: str | None) -> int | None:
    found = _tokens(token or "")
    return found[0] if found else None


def _tokens(text: str) -> list[int]:
    return [int(m) for m in _TOKEN.findall(text)]
