"""Partnership scope: a person of partnership A reaches none of B's workshops, ideas and teams,
nor anyone's draft workshops, whatever button data or deep link they send."""

from __future__ import annotations

import typing
from dataclasses import dataclass, fields
from typing import Any

from bot import callback_data
from bot.callback_data import SetLanguage
from bot.db import ideas as ideas_db
from bot.db import partnerships as partnerships_db
from bot.db import registrations as registrations_db
from bot.db import teams as teams_db
from bot.db import workshops as workshops_db
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.organiser_home import ORGANISER_GROUPS
from bot.domain.workshops import Workshop, WorkshopStatus
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    create_workshop,
    lyon_odesa,
    lyon_workshop,
    make_organiser,
    published_ideas,
    quick_participant,
)

STALE = "This button is out of date"
B_SECRETS = ("Atelier Lyon", "Secret draft Lyon", "Bridge over the Rhône", "Lyon ↔ Odesa")
A_DRAFT = "Secret draft Karlsruhe"


@dataclass(frozen=True)
class PartnershipB:
    id: int
    city_id: int
    theme_id: int
    workshop: int
    draft: int
    idea: int
    team: int
    registration: int
    boris: SimClient


async def partnership_b(harness: BotHarness) -> PartnershipB:
    """Another partnership with a published workshop, a draft, an idea, a team and a sign-up."""
    now = harness.clock.now()
    boris = harness.user("Boris", "en")
    async with harness.services.db.transaction() as conn:
        pid = await lyon_odesa(conn, now)
        b = await partnerships_db.get(conn, pid)
        assert b is not None

        def workshop(title: str, status: WorkshopStatus) -> Workshop:
            return lyon_workshop(b, title, status, now, ())

        published = await workshops_db.save(
            conn, workshop("Atelier Lyon", WorkshopStatus.PUBLISHED), now
        )
        draft = await workshops_db.save(
            conn, workshop("Secret draft Lyon", WorkshopStatus.DRAFT), now
        )
        idea = await ideas_db.create(
            conn,
            Idea(
                0,
                pid,
                boris.id,
                b.cities[0].id,
                "en",
                IdeaText("Bridge over the Rhône", "A bridge for both cities.", None),
                IdeaStatus.PUBLISHED,
                themes=frozenset({b.themes[0].id}),
            ),
            now,
        )
        team = await teams_db.create(conn, pid, idea, [boris.id], now)
    services = harness.services.onboarding
    harness.sim.users[boris.id].started = True
    await services.choose_language(boris.id, "en")
    await services.choose_partnership(boris.id, pid)
    await services.choose_city(boris.id, b.cities[0].id)
    await services.accept_privacy(boris.id)
    result = await harness.services.registrations.register(boris.id, published, [])
    return PartnershipB(
        pid,
        b.cities[0].id,
        b.themes[0].id,
        published,
        draft,
        idea,
        team,
        result.registration.id,
        boris,
    )


async def snapshot(harness: BotHarness) -> dict[str, list[tuple[Any, ...]]]:
    """Every table that holds workshops, ideas, teams and what people did with them."""
    tables = [
        "partnerships",
        "cities",
        "themes",
        "roles",
        "workshops",
        "workshop_questions",
        "registrations",
        "registration_answers",
        "workshop_feedback",
        "ideas",
        "idea_themes",
        "idea_translations",
        "votes",
        "idea_supporters",
        "idea_reports",
        "idea_settings",
        "teams",
        "team_members",
        "team_messages",
        "checkin_schedules",
        "checkin_rounds",
        "matching_rounds",
        "matching_proposals",
        "broadcasts",
    ]
    async with harness.services.db.reading() as conn:
        result = {}
        for table in tables:
            cur = await conn.execute(f"SELECT * FROM {table}")
            result[table] = sorted((tuple(row) for row in await cur.fetchall()), key=repr)
    return result


def said_since(user: SimClient, before: int) -> str:
    """Everything the bot showed this person since: new messages, edits, pop-ups."""
    texts = [m.body for m in user.messages[before:]]
    texts += [m.body for m in user.messages[-3:]]  # edited in place
    texts += [b for m in user.messages[-3:] for b in m.button_texts()]
    answer = user.last_callback_answer
    if answer and answer.get("text"):
        texts.append(answer["text"])
    return "\n".join(texts)


async def statuses(harness: BotHarness, workshop_id: int) -> list[str]:
    async with harness.services.db.reading() as conn:
        regs = await registrations_db.for_workshop(
            conn, workshop_id, list(registrations_db.RegistrationStatus)
        )
    return [r.status.value for r in regs]


# ------------------------------------------------------------------ workshops
async def test_other_partnership_and_draft_workshops_cannot_be_opened_or_joined_by_button(
    harness: BotHarness,
) -> None:
    b = await partnership_b(harness)
    a_draft = await create_workshop(harness, title=A_DRAFT, status=WorkshopStatus.DRAFT)
    anna = await quick_participant(harness, "Anna")
    await anna.send("/menu")
    for workshop_id in (b.workshop, b.draft, a_draft.id):
        for data in (f"wo:{workshop_id}", f"ws:{workshop_id}", f"sa:{workshop_id}:submit:0"):
            before = len(anna.messages)
            await anna.press_data(data)
            assert anna.last_callback_answer is not None, data
            assert anna.last_callback_answer["text"].startswith(STALE), data
            assert len(anna.messages) == before, data  # a pop-up, nothing in the chat
            shown = said_since(anna, before)
            assert not any(s in shown for s in (*B_SECRETS, A_DRAFT)), data
        assert anna.id not in await registered(harness, workshop_id)
    # the organiser of A still sees (and only sees) A's draft
    olga = await quick_participant(harness, "Olga")
    await make_organiser(harness, olga)
    await olga.send("/menu")
    await olga.press_data(f"wo:{a_draft.id}")
    assert olga.last_text.startswith(f"📅 {A_DRAFT}")
    await olga.press_data(f"wo:{b.draft}")
    assert olga.last_callback_answer is not None
    assert olga.last_callback_answer["text"].startswith(STALE)


async def registered(harness: BotHarness, workshop_id: int) -> set[int]:
    async with harness.services.db.reading() as conn:
        regs = await registrations_db.for_workshop(
            conn, workshop_id, list(registrations_db.RegistrationStatus)
        )
    return {r.user_id for r in regs}


async def test_deep_links_to_drafts_are_unknown_and_to_other_partnerships_say_whose(
    harness: BotHarness,
) -> None:
    b = await partnership_b(harness)
    a_draft = await create_workshop(harness, title=A_DRAFT, status=WorkshopStatus.DRAFT)
    anna = await quick_participant(harness, "Anna")
    before = await snapshot(harness)

    for workshop_id in (a_draft.id, b.draft, 999999):
        await anna.start(f"w{workshop_id}")
        assert anna.last_text.startswith("This workshop no longer exists."), workshop_id
        assert not any(s in anna.last_text for s in (*B_SECRETS, A_DRAFT))
        assert "✍️ Sign up" not in anna.buttons()

    await anna.start(f"w{b.workshop}")
    assert anna.last_text.startswith(
        "This workshop, «Atelier Lyon», belongs to the partnership Lyon ↔ Odesa, not to yours"
    )
    assert [b["callback_data"] for b in anna.last.buttons()] == ["menu:main"]
    assert await snapshot(harness) == before
    async with harness.services.db.reading() as conn:
        from bot.db import participants as participants_db

        person = await participants_db.get(conn, anna.id)
    assert person is not None and person.partnership_id != b.id  # not switched silently


async def test_newcomer_by_a_draft_link_gets_no_partnership_suggested(harness: BotHarness) -> None:
    b = await partnership_b(harness)
    newcomer = harness.user("Nina", "en")
    await newcomer.start(f"w{b.draft}")
    await newcomer.press(SetLanguage("en"))
    assert not newcomer.last_text.startswith("🔒")  # asked for the partnership, not preset
    assert "Lyon" not in newcomer.last_text


# ------------------------------------------------------------------ ideas
async def idea_at_review(harness: BotHarness, user: SimClient) -> None:
    """An idea draft of `user` filled in up to the review step."""
    ideas = harness.services.idea_drafts
    partnership = (await harness.services.partnerships.list())[0]
    await ideas.start_draft(user.id)
    await ideas.draft_text(user.id, "Shared river clean-up")
    await ideas.draft_text(user.id, "Both cities clean their riverbanks on the same day.")
    await ideas.toggle_theme(user.id, partnership.themes[0].id)  # one theme: the review


async def test_idea_draft_takes_only_published_workshops_of_the_own_partnership(
    harness: BotHarness,
) -> None:
    b = await partnership_b(harness)
    a_draft = await create_workshop(harness, title=A_DRAFT, status=WorkshopStatus.DRAFT)
    own = await create_workshop(harness, title="Kick-off Karlsruhe")
    anna = await quick_participant(harness, "Anna")
    await idea_at_review(harness, anna)
    await anna.send("/menu")
    for workshop_id in (b.workshop, b.draft, a_draft.id, 10**12):
        await anna.press_data(f"id:workshop:{workshop_id}")
        assert anna.last_callback_answer is not None
        assert anna.last_callback_answer["text"].startswith(STALE), workshop_id
    assert (await harness.services.idea_drafts.draft(anna.id)).workshop_id is None
    await anna.press_data(f"id:workshop:{own.id}")
    assert (await harness.services.idea_drafts.draft(anna.id)).workshop_id == own.id
    await anna.press_data("id:submit:0")
    shown = "\n".join(m.body for m in anna.messages[-2:])
    assert "Kick-off Karlsruhe" in shown
    assert not any(s in shown for s in (*B_SECRETS, A_DRAFT))
    assert not harness.app.bot_data.recent_errors  # type: ignore[union-attr]


async def test_idea_card_never_names_a_workshop_the_reader_cannot_see(
    harness: BotHarness,
) -> None:
    b = await partnership_b(harness)
    a_draft = await create_workshop(harness, title=A_DRAFT, status=WorkshopStatus.DRAFT)
    anna = await quick_participant(harness, "Anna")
    partnership = (await harness.services.partnerships.list())[0]
    async with harness.services.db.transaction() as conn:
        ids = [
            await ideas_db.create(
                conn,
                Idea(
                    0,
                    partnership.id,
                    None,
                    None,
                    "en",
                    IdeaText(f"Linked idea {n}", "Stored before the scope rule.", None),
                    IdeaStatus.PUBLISHED,
                    workshop_id=workshop_id,
                ),
                harness.clock.now(),
            )
            for n, workshop_id in enumerate((b.workshop, a_draft.id))
        ]
    await anna.send("/menu")
    for idea_id in ids:
        await anna.press_data(f"io:{idea_id}:0:0:a:n")
        assert anna.last_text.startswith("💡 Linked idea")
        assert not any(s in anna.last_text for s in (*B_SECRETS, A_DRAFT))


async def test_other_partnerships_ideas_cannot_be_opened_or_voted(harness: BotHarness) -> None:
    b = await partnership_b(harness)
    anna = await quick_participant(harness, "Anna")
    await anna.send("/menu")
    before = await snapshot(harness)
    for data in (f"io:{b.idea}:0:0:a:n", f"ia:{b.idea}:vote:0", f"ia:{b.idea}:support:0"):
        await anna.press_data(data)
        assert anna.last_callback_answer is not None
        assert anna.last_callback_answer["text"].startswith(STALE), data
    assert await snapshot(harness) == before


# ------------------------------------------------------------------ the codec
async def test_a_forty_digit_callback_gets_the_stale_popup_and_no_alert(
    harness: BotHarness,
) -> None:
    admin = await quick_participant(harness, "Admin", user_id=ADMIN_ID)
    anna = await quick_participant(harness, "Anna")
    await anna.send("/menu")
    alerts, before = len(admin.messages), len(anna.messages)
    for data in ("wo:" + "1" * 40, "ia:" + "9" * 40 + ":vote:0", f"ws:{2**63}", "wo:-1"):
        await anna.press_data(data)
        assert anna.last_callback_answer is not None
        assert anna.last_callback_answer["text"].startswith(STALE), data
    assert len(anna.messages) == before
    assert len(admin.messages) == alerts
    assert not harness.app.bot_data.recent_errors  # type: ignore[union-attr]


# ------------------------------------------------------------------ every button kind
def forged_presses(b: PartnershipB) -> dict[str, list[str]]:
    """Each button kind that carries an id, with B's ids (and actions that use them)."""
    w, d, i, t, r, p = b.workshop, b.draft, b.idea, b.team, b.registration, b.id
    manage = [
        "card",
        "attendees",
        "cancel",
        "cancelok",
        "capacity",
        "checkin",
        "csv",
        "invite",
        "message",
        "next",
        "publish",
        "unpublish",
        "qr",
        "remind",
        "reminders",
        "time",
        "tr",
        "translate",
        "unlimited",
    ]
    idea_actions = [
        "vote",
        "unvote",
        "support",
        "original",
        "report",
        "report_ok",
        "translate",
        "translate_to",
        "edit",
        "withdraw",
        "withdraw_ok",
        "back",
    ]
    moderate = [
        "menu",
        "publish",
        "hide",
        "merge",
        "into",
        "theme",
        "dismiss",
        "tr_show",
        "tr_ok",
        "tr_no",
    ]
    checkin = [
        "start",
        "skip",
        "mood",
        "edit",
        "reply",
        "digest",
        "team",
        "cadence",
        "day",
        "time",
        "now",
        "pause",
        "resume",
        "end",
        "end_ok",
        "quiet",
    ]
    matching = [
        "home",
        "dry",
        "sizes",
        "drop",
        "move",
        "to",
        "who",
        "publish",
        "status",
        "teams",
        "team",
        "coach",
    ]
    return {
        "intr": [f"intr:{b.theme_id}:0", f"intr:{b.theme_id}:1"],
        "np": ["np:city:city:0:-"],
        "inv": [f"inv:{p}:organiser", f"inv:{p}:coach"],
        "wo": [f"wo:{w}", f"wo:{d}"],
        "wn": [f"wn:{w}", f"wn:{d}"],
        "ws": [f"ws:{w}", f"ws:{d}"],
        "sa": [f"sa:{w}:submit:0", f"sa:{w}:choice:0", f"sa:{d}:skip:0"],
        "rc": [f"rc:{r}:0", f"rc:{r}:1"],
        "ro": [f"ro:{r}:1", f"ro:{r}:0"],
        "rf": [f"rf:{r}:5", f"rf:{r}:0"],
        "wm": [f"wm:{x}:{a}:0" for x in (w, d) for a in manage] + [f"wm:{p}:list:0"],
        "wa": [f"wa:{r}"],
        "bc": [f"bc:aud:confirmed:{w}", f"bc:aud:all:{p}", f"bc:unschedule:-:{w}"],
        "st": [f"st:{a}:{p}" for a in ("show", "participants", "registrations", "ideas")],
        "ih": [f"ih:{p}"],
        "id": [f"id:workshop:{w}", f"id:workshop:{d}", f"id:join:{i}", f"id:theme:{b.theme_id}"],
        "il": [f"il:0:{b.theme_id}:a:n", f"il:0:{b.theme_id}:p:v"],
        "io": [f"io:{i}:0:0:a:n", f"io:{i}:0:{b.theme_id}:o:v"],
        "iv": [f"iv:{i}:1:0:0:a:n", f"iv:{i}:0:0:{b.theme_id}:a:v"],
        "ia": [f"ia:{i}:{a}:0" for a in idea_actions],
        "im": [f"im:{i}:{a}:0" for a in moderate] + [f"im:{i}:into:{i}"],
        "ir": [f"ir:theme:{b.theme_id}", f"ir:city:{b.city_id}", "ir:all:0", "ir:chart:0"],
        "is": [f"is:{p}:{a}:0" for a in ("show", "submissions", "voting", "budget", "queue")],
        "pa": ["pa:1:1", "pa:1:0"],
        "tm": [f"tm:{a}:{t}" for a in ("show", "original", "leave_ok")],
        "mt": [f"mt:{a}:{p}:{t}:{i}" for a in matching],
        "ck": [f"ck:{a}:{t}:0" for a in checkin],
        "co": ["co:teams:0:0"]
        + [f"co:{a}:{t}:{b.boris.id}" for a in ("team", "write", "all", "send_all")],
        "og": [f"og:{g}:{p}" for g in ORGANISER_GROUPS],
        "wx": [f"wx:{w}:send:0", f"wx:{w}:invite:{w}", f"wx:{d}:invite:{w}"],
    }


def kinds_with_numbers() -> set[str]:
    """Prefixes of every button kind with an integer field (public choices aside)."""
    public = {"ptn", "city"}  # choosing any partnership and its city is onboarding itself
    found = set()
    for kind in vars(callback_data).values():
        if (
            isinstance(kind, type)
            and issubclass(kind, callback_data.CallbackData)
            and kind is not callback_data.CallbackData
        ):
            hints = typing.get_type_hints(kind)
            if any(hints[f.name] is int for f in fields(kind)) and kind.PREFIX not in public:
                found.add(kind.PREFIX)
    return found


async def test_every_button_kind_with_another_partnerships_ids_reveals_and_changes_nothing(
    harness: BotHarness,
) -> None:
    b = await partnership_b(harness)
    await published_ideas(harness, 2)
    anna = await quick_participant(harness, "Anna")
    olga = await quick_participant(harness, "Olga", city=1)
    await make_organiser(harness, olga)
    presses = forged_presses(b)
    assert set(presses) == kinds_with_numbers(), "a new button kind needs its forged presses"
    harness.allow_errors = True
    before = await snapshot(harness)
    for person in (anna, olga):
        await person.send("/menu")
        for kind, data_list in presses.items():
            for data in data_list:
                count = len(person.messages)
                await person.press_data(data, message=person.last)
                shown = said_since(person, count)
                leaked = [s for s in B_SECRETS if s in shown]
                assert not leaked, (person.user.first_name, kind, data, leaked)
    assert not harness.app.bot_data.recent_errors  # type: ignore[union-attr]
    after = await snapshot(harness)
    changed = [t for t in before if before[t] != after[t]]
    assert not changed, changed
    assert await statuses(harness, b.workshop) == ["confirmed"]
    assert b.boris.messages == [] or not any("Anna" in m.body for m in b.boris.messages)
