"""A partnership keeps its data to itself (issue #20, "Done when"): an organiser (and coach) of
partnership A, and network staff, press every button kind the bot knows — forged with B's
ids — and type every organiser command, and never see B's participants, ideas, drafts,
sign-up answers, team messages, announcements or exports. B's own organiser pressing the
same data does see them (so the markers are reachable and the test can fail).
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal, get_args, get_origin, get_type_hints

from bot import (
    callback_calls,
    callback_consult,
    callback_data,
    callback_event,
    callback_network,
    callback_toolbox,
)
from bot.db import broadcasts as broadcasts_db
from bot.db import ideas as ideas_db
from bot.db import matching as matching_db
from bot.db import network as network_db
from bot.db import partnerships as partnerships_db
from bot.db import roles as roles_db
from bot.db import stories as stories_db
from bot.db import teams as teams_db
from bot.db import workshops as workshops_db
from bot.domain.broadcasts import Audience, AudienceKind, Broadcast, BroadcastStatus
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.roles import Role
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Question, Workshop, WorkshopStatus
from bot.offline.emulator import SimMessage
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.telegram.callback_codec import CallbackData
from tests.stories import lyon_odesa, lyon_workshop, make_organiser, quick_participant

# What must never leave partnership B: its people's names (display and Telegram names), its
# ideas, its draft workshop, a sign-up answer, a team message (an announcement is shown to
# nobody before it is sent; that it stays unsent is checked on B's state).
# (Telegram first name, display name): Xaviera chose none, so her first name is her name.
B_PEOPLE = {
    "boris": ("Zorvath", "Borislav Quillfeather"),
    "bella": ("Xaviera", None),
    "bogdana": ("Yrsolde", "Bogdana Vexley"),
    "bronislav": ("Wendelgard", "Bronislav Tarkington"),
}
NAMES = tuple(display or first for first, display in B_PEOPLE.values())
IDEA_TITLE = "Pelican bridge over the Rhône"
IDEA_TEXT = "Floating gardens under the pelican bridge"
PENDING_TITLE = "Narwhal harbour plan"
DRAFT_TITLE = "Secret draft Lyon atelier"
ANSWER = "Gluten-free xylophone"
TEAM_MESSAGE = "Meet at the okapi fountain"
BROADCAST = "Tomorrow the capybara parade"
SECRETS = (
    *NAMES,
    IDEA_TITLE,
    IDEA_TEXT,
    PENDING_TITLE,
    DRAFT_TITLE,
    ANSWER,
    TEAM_MESSAGE,
)
PROBE = "Probe typed by someone outside B"


@dataclass
class WorldB:
    """Partnership B with people and everything they did."""

    id: int
    city: int
    theme: int
    workshop: int
    draft: int
    idea: int
    pending: int
    team: int
    registration: int
    broadcast: int
    story: int
    round: int
    message: int
    people: dict[str, SimClient] = field(default_factory=dict)

    @property
    def organiser(self) -> SimClient:
        return self.people["bogdana"]


async def partnership_b(h: BotHarness) -> WorldB:
    now = h.clock.now()
    async with h.services.db.transaction() as conn:
        pid = await lyon_odesa(conn, now)
        b = await partnerships_db.get(conn, pid)
        assert b is not None
    people = {}
    for key, (first, display) in B_PEOPLE.items():
        user = h.user(first, "en")
        h.sim.users[user.id].started = True
        onboarding = h.services.onboarding
        await onboarding.choose_language(user.id, "en")
        await onboarding.choose_partnership(user.id, pid)
        await onboarding.choose_city(user.id, b.cities[0].id)
        await onboarding.accept_privacy(user.id)
        if display:
            await onboarding.set_display_name(user.id, display)
        people[key] = user
        await user.send("/menu")  # the bot learns their Telegram name
    boris, bella, bogdana, bronislav = (people[k] for k in B_PEOPLE)
    question = Question(0, text=LocalizedName({"en": "Anything we should know?"}))
    async with h.services.db.transaction() as conn:
        await roles_db.grant(conn, bogdana.id, pid, Role.ORGANISER, None, now)
        await roles_db.grant(conn, bronislav.id, pid, Role.COACH, None, now)

        def workshop(title: str, status: WorkshopStatus) -> Workshop:
            return lyon_workshop(b, title, status, now, (question,))

        published = await workshops_db.save(
            conn, workshop("Atelier Lyon", WorkshopStatus.PUBLISHED), now
        )
        draft = await workshops_db.save(conn, workshop(DRAFT_TITLE, WorkshopStatus.DRAFT), now)

        def idea(title: str, status: IdeaStatus) -> Idea:
            text = IdeaText(title, IDEA_TEXT, None)
            themes = frozenset({b.themes[0].id})
            return Idea(0, pid, boris.id, b.cities[0].id, "en", text, status, themes=themes)

        idea_id = await ideas_db.create(conn, idea(IDEA_TITLE, IdeaStatus.PUBLISHED), now)
        pending = await ideas_db.create(conn, idea(PENDING_TITLE, IdeaStatus.SUBMITTED), now)
        await ideas_db.add_supporter(conn, idea_id, bella.id, now)
        members = [boris.id, bella.id, bogdana.id]  # B's organiser is a member, too
        team = await teams_db.create(conn, pid, idea_id, members, now)
        await teams_db.set_coach(conn, team, bronislav.id)
        message = await teams_db.add_message(conn, team, boris.id, "en", TEAM_MESSAGE, now)
        broadcast = await broadcasts_db.create(
            conn,
            Broadcast(
                0,
                pid,
                bogdana.id,
                BroadcastStatus.SCHEDULED,
                Audience(AudienceKind.PARTNERSHIP),
                "en",
                {"en": BROADCAST},
                scheduled_at=now + timedelta(days=2),
            ),
            now,
        )
        story = await stories_db.create_story(conn, pid, team, idea_id, "en", None, now)
        await stories_db.add_person(conn, story, boris.id, NAMES[0], b.cities[0].id)
        await stories_db.set_section(
            conn, story, "team", "en", f"{NAMES[0]} built it.", "team", None, now
        )
        round_id = await matching_db.create_round(conn, pid, bogdana.id, now)
    result = await h.services.registrations.register(boris.id, published, [(0, ANSWER)])
    await h.services.registrations.register(bella.id, published, [(0, "none")])
    return WorldB(
        pid,
        b.cities[0].id,
        b.themes[0].id,
        published,
        draft,
        idea_id,
        pending,
        team,
        result.registration.id,
        broadcast,
        story,
        round_id,
        message,
        people,
    )


async def organiser_of_a(h: BotHarness) -> SimClient:
    """Olga organises and coaches the demo partnership (A), and nothing else."""
    olga = await quick_participant(h, "Olga")
    await make_organiser(h, olga)
    async with h.services.db.transaction() as conn:
        await roles_db.grant(conn, olga.id, 1, Role.COACH, None, h.clock.now())
    return olga


async def network_staff(h: BotHarness) -> SimClient:
    """Nadia works in the network office (staff of the network B belongs to), no roles."""
    nadia = await quick_participant(h, "Nadia")
    async with h.services.db.transaction() as conn:
        await network_db.add_staff(conn, nadia.id, 1, None, h.clock.now())
    return nadia


# ------------------------------------------------------------------ forged button data
MODULES = (
    callback_data,
    callback_calls,
    callback_toolbox,
    callback_network,
    callback_consult,
    callback_event,
)


# Pressed last: they change who the person is (another partnership, erasing themselves).
LAST = (callback_data.ChoosePartnership, callback_data.PrivacyStep)


def button_kinds() -> list[type[CallbackData]]:
    """Every button kind of the bot (as tests/test_handler_shape.py finds them)."""
    kinds: dict[str, type[CallbackData]] = {}
    for module in MODULES:
        for value in vars(module).values():
            known = isinstance(value, type) and issubclass(value, CallbackData)
            if known and value is not CallbackData and value not in LAST:
                kinds[value.PREFIX] = value
    return [*sorted(kinds.values(), key=lambda k: k.PREFIX), *LAST]


# Small numbers (pages, positions, ratings) and words the codec expects.
SMALL = {"page", "index", "part", "months", "rating", "score"}
WORDS = {
    "language": ("en",),
    "scope": ("a", "m"),
    "sort": ("n", "v"),
    "role": ("organiser", "coach"),
    "country": ("FR",),
    "topic": ("youth",),
    "kind": ("all", "-", "en", "guide"),
    "decision": ("accept",),
    "token": ("x",),
}


def id_fields(b: WorldB) -> dict[str, tuple[int, ...]]:
    """B's ids by the field name that carries them."""
    people = tuple(u.id for u in b.people.values())
    return {
        "partnership_id": (b.id,),
        "workshop_id": (b.workshop, b.draft),
        "idea_id": (b.idea, b.pending),
        "team_id": (b.team,),
        "registration_id": (b.registration,),
        "city_id": (b.city,),
        "theme_id": (b.theme,),
        "story_id": (b.story,),
        "round_id": (b.round,),
        "member_id": people,
    }


def generic_values(b: WorldB) -> tuple[int, ...]:
    """What a field without a telling name ("value", "extra", "ref") gets: each of B's ids."""
    found = {0, 1, b.workshop, b.draft, b.idea, b.pending, b.team, b.registration}
    found |= {b.broadcast, b.story, b.round, b.message, b.city, b.theme, b.id}
    found |= {u.id for u in b.people.values()}
    return tuple(sorted(found))


def forged(kind: type[CallbackData], b: WorldB) -> Iterator[str]:
    """Data of `kind` for every action, with B's ids in the id fields and each generic
    value in turn in the others."""
    by_name, generic = id_fields(b), generic_values(b)
    hints = get_type_hints(kind)
    names = [n for n in hints if n != "PREFIX"]
    choices: list[tuple[str, ...]] = []
    for name in names:
        hint = hints[name]
        if get_origin(hint) is Literal:  # last to first: reading ("show") before leaving
            choices.append(tuple(str(v) for v in reversed(get_args(hint))))
        elif hint is bool:
            choices.append(("1", "0"))
        elif name in by_name:
            choices.append(tuple(str(v) for v in by_name[name]))
        elif hint is int and name in SMALL:
            choices.append(("0", "1"))
        elif name in WORDS:
            choices.append(WORDS[name])
        else:
            choices.append(("*",))  # the generic value, the same in every such field
    for combo in itertools.product(*choices):
        if "*" not in combo:
            yield ":".join((kind.PREFIX, *combo))
            continue
        for value in generic:
            yield ":".join((kind.PREFIX, *(str(value) if c == "*" else c for c in combo)))


# ------------------------------------------------------------------ what a person is shown
@dataclass
class Seen:
    """Everything the bot showed some chats: messages, edits, labels, files, pop-ups."""

    chats: set[int]
    texts: list[tuple[str, str]] = field(default_factory=list)  # (what caused it, text)
    cause: str = ""

    def __call__(self, kind: str, message: SimMessage) -> None:
        if message.chat_id not in self.chats or not message.from_bot:
            return
        parts = [message.body, *message.button_texts()]
        for sim_file in (message.document,):
            if sim_file is not None:
                parts.append(file_text(sim_file.content))
        self.texts.append((self.cause, "\n".join(parts)))

    def leaks(self) -> list[tuple[str, str]]:
        return [(cause, s) for cause, text in self.texts for s in SECRETS if s in text]


def file_text(content: bytes) -> str:
    """A document's text: a CSV as it is, an XLSX (or other zip) by its members."""
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return content.decode("utf-8", "replace")


COMMANDS = (
    "/menu",
    "/organise",
    "/stats",
    "/matching",
    "/broadcast",
    "/checkins",
    "/coach",
    "/team",
    "/ideas",
    "/workshops",
    "/review",
    "/stories",
    "/invite",
    "/network",
    "/mydata",
    "/help",
)


async def try_everything(h: BotHarness, user: SimClient, b: WorldB) -> Seen:
    """The person types every command and presses every forged button; a dialog a press
    starts gets a typed answer too. Returns what they (and B's people) were shown."""
    seen = Seen({user.id})
    h.sim.listeners.append(seen)
    h.allow_errors = True  # a crash answers with the friendly error; what is shown is checked
    try:
        for command in COMMANDS:
            seen.cause = command
            await user.send(command)
        for kind in button_kinds():
            for data in forged(kind, b):
                seen.cause = data
                await press(h, user, data, seen)
    finally:
        h.sim.listeners.remove(seen)
        h.allow_errors = False
    return seen


async def press(h: BotHarness, user: SimClient, data: str, seen: Seen) -> None:
    await user.press_data(data)
    answer: dict[str, Any] = user.last_callback_answer or {}
    if answer.get("text"):
        seen.texts.append((data, str(answer["text"])))
    if await h.services.dialogs.current(user.id) is not None:
        await user.send(PROBE)
        await h.services.dialogs.clear(user.id)


async def b_state(h: BotHarness, b: WorldB) -> list[tuple[Any, ...]]:
    """B's workshops, ideas, sign-ups, team, announcements and roles as stored."""
    queries = (
        ("SELECT id, status, title FROM workshops WHERE partnership_id = ?", b.id),
        ("SELECT id, status, title, description FROM ideas WHERE partnership_id = ?", b.id),
        (
            "SELECT r.id, r.status FROM registrations r JOIN workshops w ON w.id = r.workshop_id"
            " WHERE w.partnership_id = ?",
            b.id,
        ),
        ("SELECT * FROM teams WHERE partnership_id = ?", b.id),
        ("SELECT * FROM team_members WHERE team_id = ?", b.team),
        ("SELECT id, status, texts FROM broadcasts WHERE partnership_id = ?", b.id),
        ("SELECT user_id, role FROM roles WHERE partnership_id = ?", b.id),
        ("SELECT * FROM stories WHERE partnership_id = ?", b.id),
        ("SELECT * FROM partnership_profiles WHERE partnership_id = ?", b.id),
        ("SELECT * FROM partnership_countries WHERE partnership_id = ?", b.id),
        ("SELECT * FROM partnership_topics WHERE partnership_id = ?", b.id),
    )
    found: list[tuple[Any, ...]] = []
    async with h.services.db.reading() as conn:
        for sql, value in queries:
            async with conn.execute(sql, (value,)) as cur:
                found += [tuple(r) for r in await cur.fetchall()]
    return found


def delivered_to(h: BotHarness, people: list[SimClient]) -> list[str]:
    return [m.body for p in people for m in h.sim.messages_to(p.id)]


# ------------------------------------------------------------------ the tests
async def test_an_organiser_and_coach_of_a_never_sees_b_through_any_button_or_command(
    harness: BotHarness,
) -> None:
    b = await partnership_b(harness)
    olga = await organiser_of_a(harness)
    b_chats_before = delivered_to(harness, list(b.people.values()))
    b_before = await b_state(harness, b)

    seen = await try_everything(harness, olga, b)

    assert len(seen.texts) > 1000  # the presses were answered (not silently dropped)
    assert seen.leaks() == []
    # nothing Olga did reached B's people or changed B's data either
    assert delivered_to(harness, list(b.people.values())) == b_chats_before
    assert await b_state(harness, b) == b_before


async def test_network_staff_see_none_of_b_people_either(harness: BotHarness) -> None:
    b = await partnership_b(harness)
    nadia = await network_staff(harness)
    b_chats_before = delivered_to(harness, list(b.people.values()))
    b_before = await b_state(harness, b)

    seen = await try_everything(harness, nadia, b)

    assert seen.leaks() == []
    assert delivered_to(harness, list(b.people.values())) == b_chats_before
    assert await b_state(harness, b) == b_before


async def test_b_organiser_pressing_the_same_data_sees_every_secret(harness: BotHarness) -> None:
    """The counterpart: the same presses by B's own organiser reveal each marker, so the
    two tests above would notice a leak of any of them."""
    b = await partnership_b(harness)
    seen = await try_everything(harness, b.organiser, b)

    revealed = {secret for _, secret in seen.leaks()}
    assert sorted(set(SECRETS) - revealed) == []
