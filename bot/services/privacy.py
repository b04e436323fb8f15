"""A participant's rights over their data: to see it, to take it with them, to erase it."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from bot.clock import Clock
from bot.db import applications, call_decisions, calls, privacy, stories, story_publishing
from bot.db.connection import Database
from bot.db.privacy import Erasure
from bot.domain.call_decisions import applicant_status
from bot.domain.participants import name_from
from bot.domain.stories import Consent, Story, render_people
from bot.domain.texts import LocalizedName
from bot.services.errors import UserFacingError
from bot.services.registrations import RegistrationService

# Columns that point at something with a name: the file names it instead of its number.
NAMED_REFERENCES = {
    "partnership_id": "partnership",
    "city_id": "city",
    "theme_id": "theme",
    "workshop_id": "workshop",
    "idea_id": "idea",
    "team_id": "team",
    "call_id": "call",
    "question_id": "question",
}
# Yes/no columns (0/1 in the database), named by what "yes" means.
FLAGS = {
    "reachable": "bot_can_message_you",
    "announcements_muted": "announcements_muted",
    "show_originals": "shows_originals_instead_of_translations",
    "show_author": "your_name_shown_with_the_idea",
    "needs_interpretation": "needs_an_interpreter",
    "opted_out": "opted_out",
    "required": "answer_required",
}
# Numbers that link rows inside the file (a sign-up's answers to the sign-up), or a Telegram file.
RENAMED = {
    "registration_id": "signup_number",
    "round_id": "round_number",
    "photo_file_id": "photo_telegram_file",
}
# Columns that only repeat whose data this is (the file says it once, as telegram_id).
WHOSE = frozenset(
    {"user_id", "author_id", "reader_id", "translator_id", "reporter_id", "sender_id"}
    | {"recipient_id", "created_by"}
)


@dataclass(frozen=True)
class SignedUp:
    workshop: str
    starts_at: datetime | None
    time_zone: str
    status: str


@dataclass(frozen=True)
class MyData:
    """What /mydata shows: the counts and short lists of the summary, and the whole file."""

    document: bytes
    name: str | None
    language: str | None
    city: str | None
    since: datetime | None
    signups: list[SignedUp]
    ideas: list[str]
    votes: int
    teams: list[str]
    checkin_answers: int
    applications: list[Applied] = field(default_factory=list)
    documents: int = 0
    stories: list[tuple[str, Consent]] = field(default_factory=list)  # title, their answer


@dataclass(frozen=True)
class Applied:
    """One of the person's applications as /mydata sums it up."""

    call: str
    cities: str
    status: str


class PrivacyService:
    def __init__(self, db: Database, clock: Clock, registrations: RegistrationService) -> None:
        self.db = db
        self.clock = clock
        self.registrations = registrations

    async def my_data(self, user_id: int, language: str) -> MyData | None:
        """Everything stored about the person: a summary and readable JSON, or None."""
        async with self.db.reading() as conn:
            sections = await privacy.person_data(conn, user_id)
            if not any(sections.values()):
                return None
            named = {
                kind: await privacy.names(conn, kind, _referenced(sections, column))
                for column, kind in NAMED_REFERENCES.items()
            }
            signed_up = {row["workshop_id"] for row in sections["workshop_signups"]}
            times = await privacy.workshop_times(conn, signed_up)
        names = {
            kind: {key: _name(kind, stored, language) for key, stored in found.items()}
            for kind, found in named.items()
        }
        document = {
            "telegram_id": user_id,
            "exported_at": self.clock.now().isoformat(),
            **{
                name: [_readable(row, names) for row in rows]
                for name, rows in sections.items()
                if rows
            },
        }
        data = json.dumps(document, ensure_ascii=False, indent=2, default=str).encode("utf-8")
        summary = _summary(sections, names, times, data)
        return replace(
            summary,
            applications=await self._applied(user_id, language),
            documents=len(sections["application_documents"]),
            stories=await self._stories(user_id, language),
        )

    async def _stories(self, user_id: int, language: str) -> list[tuple[str, Consent]]:
        """The stories that may name the person, by title, with their answer."""
        async with self.db.reading() as conn:
            naming = await story_publishing.naming(conn, user_id)
            found = [(await stories.get_story(conn, sid), consent) for sid, consent in naming]
        return [(story_title_for(story, language), consent) for story, consent in found if story]

    async def _applied(self, user_id: int, language: str) -> list[Applied]:
        """The person's applications with every city applying (theirs and the partner's)."""
        async with self.db.reading() as conn:
            mine = await applications.of_person(conn, user_id)
            titles = {a.call_id: await calls.get(conn, a.call_id) for a in mine}
        return [
            Applied(
                call.title.for_reader(language) if (call := titles[a.call_id]) else "",
                " – ".join(a.cities),
                applicant_status(a),
            )
            for a in mine
        ]

    async def authored_ideas(self, user_id: int) -> int:
        async with self.db.reading() as conn:
            return await privacy.authored_ideas(conn, user_id)

    async def erase(self, user_id: int, *, keep_ideas: bool = False) -> Erasure:
        # Cancel seats first, through the normal path: the next person on the waiting list
        # gets the seat and hears about it.
        async with self.db.reading() as conn:
            active = await privacy.active_registrations(conn, user_id)
        for registration_id in active:
            # Already started or gone: it is erased below all the same.
            with contextlib.suppress(UserFacingError):
                await self.registrations.cancel(user_id, registration_id)
        async with self.db.transaction() as conn:
            # Applications first: a draft only they speak for goes, any other keeps the city's
            # part without the person (see erase_applicant); then everything else.
            applied = await call_decisions.erase_applicant(conn, user_id, self.clock.now())
            erased = await privacy.erase_person(conn, user_id, keep_ideas=keep_ideas)
            unnamed = await story_publishing.erase_person(conn, user_id)
        return replace(
            erased,
            stories_unnamed=unnamed,
            drafts_deleted=applied.drafts_deleted,
            applications_kept=applied.applications_kept,
            reviews_kept=applied.reviews_kept,
        )


def story_title_for(story: Story, language: str) -> str:
    """The title as the person's summary lists it (other people's names left out)."""
    section = story.section("title", language)
    people = {p.id: p for p in story.people}
    return render_people(section.text, people, lambda _: "…") if section else "…"


def _referenced(sections: dict[str, list[dict[str, Any]]], column: str) -> set[int]:
    return {
        row[column] for rows in sections.values() for row in rows if row.get(column) is not None
    }


def _name(kind: str, stored: str, language: str) -> str:
    """Ideas (and teams, named by their idea) keep their title as written; the rest are
    names in several languages."""
    if kind in ("idea", "team"):
        return stored

    return LocalizedName(json.loads(stored)).for_reader(language)


def _readable(row: dict[str, Any], names: dict[str, dict[int, str]]) -> dict[str, Any]:
    """One row with keys that explain themselves: names for ids, yes/no for flags."""
    readable: dict[str, Any] = {}
    for column, value in row.items():
        if column in WHOSE:
            continue
        if column in NAMED_REFERENCES:
            kind = NAMED_REFERENCES[column]
            readable[kind] = names[kind].get(value) if value is not None else None
        elif column in FLAGS:
            readable[FLAGS[column]] = bool(value)
        elif column in RENAMED:
            readable[RENAMED[column]] = value
        else:
            readable[column] = value
    return readable


def _summary(
    sections: dict[str, list[dict[str, Any]]],
    names: dict[str, dict[int, str]],
    times: dict[int, tuple[str, str]],
    document: bytes,
) -> MyData:
    profile = sections["profile"][0] if sections["profile"] else {}
    signups = [
        SignedUp(
            names["workshop"].get(row["workshop_id"], ""),
            datetime.fromisoformat(times[row["workshop_id"]][0])
            if row["workshop_id"] in times
            else None,
            times.get(row["workshop_id"], ("", "UTC"))[1],
            row["status"],
        )
        for row in sections["workshop_signups"]
    ]
    return MyData(
        document=document,
        name=name_from(profile.get("display_name"), profile.get("first_name")),
        language=profile.get("language"),
        city=names["city"].get(profile["city_id"]) if profile.get("city_id") else None,
        since=datetime.fromisoformat(profile["created_at"]) if profile else None,
        signups=signups,
        ideas=[row["title"] for row in sections["ideas"]],
        votes=len(sections["votes"]),
        teams=[names["team"].get(row["team_id"], "") for row in sections["teams"]],
        checkin_answers=len(sections["checkin_answers"]),
    )
