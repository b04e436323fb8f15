"""Help by role, answers to what the bot does not expect, and no screen without a way back.

The walk below presses every button of the main menu and of each screen reached from it, two
levels further (in German, for a team member with a coach, a workshop, ideas and open voting),
and checks what a person would notice: after each press the newest message has buttons, and
one of them is "Main menu" or leads, in one more press, to a screen that has it. It does not
type text (prompts are checked to offer a way out), and it leaves out presses that end the
walk's own premises (changing the language, leaving the team, erasing the data).
"""

from __future__ import annotations

import json

import pytest

from bot.callback_data import (
    IdeaListVote,
    IdeaResults,
    OpenMenu,
    PrivacyStep,
    SetLanguage,
    TeamStep,
    WorkshopOpen,
    WorkshopSignup,
)
from bot.domain.deeplinks import invitation_payload
from bot.domain.roles import Role
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    create_workshop,
    make_team,
    onboard,
    open_voting,
    published_ideas,
    quick_participant,
)

MAIN = OpenMenu("main").pack()
ORGANISER_ONLY = {"organise", "broadcast", "matching", "stats", "invite"}


def chat_menu(harness: BotHarness, user: SimClient) -> set[str]:
    """The commands Telegram shows in this person's chat (published for that chat)."""
    scope = json.dumps({"chat_id": user.id, "type": "chat"}, sort_keys=True)
    return {c["command"] for c in harness.sim.commands[(scope, "")]}


def chat_menu_descriptions(harness: BotHarness, user: SimClient) -> list[str]:
    scope = json.dumps({"chat_id": user.id, "type": "chat"}, sort_keys=True)
    return [c["description"] for c in harness.sim.commands[(scope, "")]]


async def invite(harness: BotHarness, user: SimClient, role: Role) -> None:
    admin = await harness.services.access.actor(ADMIN_ID)
    invitation = await harness.services.access.create_invitation(admin, DEMO_PARTNERSHIP, role)
    await user.start(invitation_payload(invitation.token))


# ---------------------------------------------------------------- help and the command menu
async def test_participants_are_offered_only_participant_commands(harness: BotHarness) -> None:
    for language, organiser_word in (("de", "Organisator"), ("ru", "организатор")):
        user = harness.user(f"Person-{language}", language)
        await onboard(user, language=language)
        await user.send("/help")
        assert "/workshops" in user.last_text and "/ideas" in user.last_text
        assert "/organise" not in user.last_text and "/invite" not in user.last_text
        assert organiser_word not in user.last_text
        assert MAIN in user.button_data()
        commands = chat_menu(harness, user)
        assert {"workshops", "ideas", "team", "help"} <= commands
        assert not commands & (ORGANISER_ONLY | {"newpartnership", "checkins"})


async def test_organisers_get_their_commands_once_the_role_is_granted(
    harness: BotHarness,
) -> None:
    for language, heading, description in (
        ("en", "As an organiser:", "Send an announcement"),
        ("uk", "Для організаторів:", "Надіслати оголошення"),
    ):
        user = harness.user(f"Orga-{language}", language)
        await onboard(user, language=language)
        assert not chat_menu(harness, user) & ORGANISER_ONLY
        await invite(harness, user, Role.ORGANISER)
        assert chat_menu(harness, user) >= ORGANISER_ONLY
        assert description in chat_menu_descriptions(harness, user)
        assert "newpartnership" not in chat_menu(harness, user)  # that is the admins'
        await user.send("/help")
        assert heading in user.last_text and "/broadcast" in user.last_text
        assert "/newpartnership" not in user.last_text


async def test_coaches_get_checkins_and_admins_everything(harness: BotHarness) -> None:
    coach = harness.user("Cora", "de")
    await onboard(coach, language="de")
    await invite(harness, coach, Role.COACH)
    assert "checkins" in chat_menu(harness, coach)
    assert not chat_menu(harness, coach) & ORGANISER_ONLY
    await coach.send("/help")
    assert "Als Coach:" in coach.last_text and "/organise" not in coach.last_text

    admin = harness.user("Admin", "ru", user_id=ADMIN_ID)
    await onboard(admin, language="ru")
    assert ORGANISER_ONLY | {"newpartnership"} <= chat_menu(harness, admin)
    await admin.send("/help")
    assert "/newpartnership" in admin.last_text


async def test_erasing_the_data_takes_the_role_commands_away(harness: BotHarness) -> None:
    user = harness.user("Olga", "ru")
    await onboard(user, language="ru")
    await invite(harness, user, Role.ORGANISER)
    await user.send("/deleteme")
    await user.press(PrivacyStep("erase"))
    scope = json.dumps({"chat_id": user.id, "type": "chat"}, sort_keys=True)
    assert (scope, "") not in harness.sim.commands  # the participant menu per language again


# ---------------------------------------------------------------- the unexpected
async def test_unknown_commands_and_stray_text_get_a_short_answer_with_the_menu(
    harness: BotHarness,
) -> None:
    for language, unknown, stray in (
        ("de", "Diesen Befehl kenne ich nicht.", "Mit einer Nachricht habe ich"),
        ("ru", "Такой команды я не знаю.", "Сейчас я не ждал от вас сообщения."),
    ):
        user = harness.user(f"Person-{language}", language)
        await onboard(user, language=language)
        await user.send("/frobnicate")
        assert user.last_text.startswith(unknown)
        assert MAIN not in user.button_data()  # the menu itself, not a button to it
        assert OpenMenu("help").pack() in user.button_data()
        await user.send("hello?")
        assert user.last_text.startswith(stray)
        assert OpenMenu("help").pack() in user.button_data()
        await user.send_sticker()
        assert OpenMenu("help").pack() in user.button_data()


async def test_coach_without_a_team_says_so_at_once(harness: BotHarness) -> None:
    user = harness.user("Anna", "de")
    await onboard(user, language="de")
    await user.send("/coach")
    assert user.last_text.startswith("Du bist noch in keinem Team.")
    assert OpenMenu("help").pack() in user.button_data()  # the menu, nothing asked
    await user.send("Hallo Coach")
    assert user.last_text.startswith("Mit einer Nachricht habe ich")  # nothing was waiting


async def test_coach_with_a_team_is_asked_for_the_message_with_a_way_back(
    harness: BotHarness,
) -> None:
    klara, *_ = await make_team(harness)
    await klara.send("/coach")
    assert TeamStep("show", 0).pack() in klara.button_data()
    await klara.send("Wann treffen wir uns?")
    assert klara.last_text.startswith("✉️")
    assert OpenMenu("help").pack() in klara.button_data()


# ---------------------------------------------------------------- the walk
def heading(user: SimClient) -> str:
    """What names a screen: its first line (counts further down change as the walk votes)."""
    return user.last.body.split("\n", 1)[0]


async def replay(user: SimClient, path: list[str]) -> bool:
    """From a fresh main menu, press `path`; False when a button is no longer there."""
    await user.send("/menu")
    for data in path:
        if data not in user.last.button_data():
            return False
        await user.press_data(data, message=user.last)
    return True


def walkable(buttons: list[str]) -> list[str]:
    return [data for data in buttons if not data.startswith(LEAVES_THE_WALK)]


async def way_back(user: SimClient, path: list[str], came_from: set[str], presses: int) -> bool:
    """The screen at `path` shows "Main menu", or within `presses` presses of its buttons
    reaches a screen that does or one it came from (a "Back", a "Cancel")."""
    if MAIN in user.last.button_data() or heading(user) in came_from:
        return True
    if presses == 0:
        return False
    # Backs and cancels are usually the last buttons: try those first.
    for data in reversed(walkable(user.last.button_data())):
        if await replay(user, path) and data in user.last.button_data():
            await user.press_data(data, message=user.last)
            if await way_back(user, [*path, data], came_from, presses - 1):
                return True
    return False


LEAVES_THE_WALK = (
    SetLanguage("de").pack().split(":")[0] + ":",  # another language
    TeamStep("leave_ok", 0).pack(),  # no team any more
    PrivacyStep("erase").pack(),
    # A vote from the list changes what a replay of the path finds (votes left, ✅); the list
    # it leaves on screen is the list itself (tests/handlers/test_tap_budgets.py).
    IdeaListVote.PREFIX + ":",
)


@pytest.mark.slow
async def test_every_screen_from_the_main_menu_has_a_way_back(harness: BotHarness) -> None:
    klara, *_ = await make_team(harness)  # German, in a team with a coach
    await create_workshop(harness)
    await published_ideas(harness, 3)
    await open_voting(harness)
    await klara.send("/menu")
    headings = {(): heading(klara)}
    paths = [[data] for data in klara.last.button_data()]
    visited, dead = 0, []
    while paths:
        path = paths.pop(0)
        before = len(klara.messages)
        if not await replay(klara, path):
            continue
        visited += 1
        headings[tuple(path)] = screen = heading(klara)
        buttons = klara.last.button_data()
        came_from = {headings[tuple(path[:i])] for i in range(len(path))}
        if not buttons or not await way_back(klara, path, came_from - {screen}, presses=2):
            dead.append((path, screen, [m.body[:40] for m in klara.messages[before:]]))
            continue
        if len(path) < 3:
            paths += [[*path, data] for data in walkable(buttons) if data != MAIN]
    assert not dead, "\n".join(map(str, dead))
    assert visited > 70  # the walk reached the screens, not just the menu


async def test_screens_outside_the_walk_have_a_way_back(harness: BotHarness) -> None:
    """Commands, the calendar file, the results chart, a sign-up and leaving the team."""
    klara, *_ = await make_team(harness)
    ws = await create_workshop(harness)
    await published_ideas(harness, 2)
    await open_voting(harness)
    for command in ("/team", "/privacy", "/help", "/language", "/checkins", "/mydata"):
        await klara.send(command)
        assert klara.last.button_data(), command
    await klara.send("/deleteme")
    await klara.press(PrivacyStep("cancel"))
    assert OpenMenu("help").pack() in klara.button_data()
    await klara.send("/workshops")
    await klara.press(WorkshopOpen(ws.id))
    await klara.press(WorkshopSignup(ws.id))
    assert klara.last.document is not None  # the calendar entry, and under it the menu
    assert MAIN in klara.button_data()
    await klara.press(OpenMenu("main"))  # from a file: a new message with the menu
    assert OpenMenu("help").pack() in klara.button_data()
    await klara.send("/ideas")
    await klara.press(IdeaResults("all", 0))
    await klara.press(IdeaResults("chart", 0))
    assert klara.last.photo is not None and klara.button_data() == [IdeaResults("all", 0).pack()]
    await klara.press(IdeaResults("all", 0))  # from the chart: the results again, below it
    assert klara.last.photo is None and heading(klara).startswith("🏆")
    await klara.send("/team")
    await klara.press(TeamStep("leave", 0))
    await klara.press(TeamStep("leave_ok", 0))
    assert OpenMenu("help").pack() in klara.button_data()


async def test_a_stranger_without_a_team_is_not_left_without_buttons(
    harness: BotHarness,
) -> None:
    user = await quick_participant(harness, "Ivan", language="ru")
    for command in ("/team", "/checkins", "/coach"):
        await user.send(command)
        assert OpenMenu("help").pack() in user.button_data(), command


async def test_organiser_commands_typed_by_a_participant_get_a_refusal_with_the_menu(
    harness: BotHarness,
) -> None:
    for language, refusal in (
        ("de", "Das steht leider nur dem Organisationsteam der Partnerschaft zur Verfügung."),
        ("uk", "Вибачте, це доступно лише організаторам партнерства."),
    ):
        user = harness.user(f"Person-{language}", language)
        await onboard(user, language=language)
        for command in sorted(ORGANISER_ONLY | {"newpartnership"}):
            sent = len(user.messages)
            await user.send(f"/{command}")
            assert len(user.messages) == sent + 1, command  # one short answer
            assert user.last_text.startswith(refusal), command
            assert OpenMenu("help").pack() in user.button_data(), command  # with the menu
