"""A coach's "My teams" end to end: arriving by invitation, reading a member's blocker,
answering one member only or the whole team (after "Send to N people?"), /team, /coach, /help
and the command menu for a coach, and forged presses by people who are not the team's coach."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.callback_data import CheckinStep, CoachStep, PrivacyAnswer, SetLanguage, UseTelegramName
from bot.db import roles as roles_db
from bot.db import teams as teams_db
from bot.domain.checkins import Question
from bot.domain.deeplinks import invitation_payload
from bot.domain.roles import Role
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    Counted,
    make_team,
    onboard,
    quick_participant,
    shown,
    submit,
)

MY_TEAMS = CoachStep("teams", 0, 0)


async def with_check_ins(h: BotHarness) -> tuple[SimClient, SimClient, SimClient, SimClient, int]:
    """make_team's team after two check-in rounds a week apart: Klara is blocked, the mood
    went from 3 to 4.5 (Klara 4 and Roman 2, then Klara 5 and Roman 4)."""
    klara, karl, roman, coach, team_id = await make_team(h)
    actor = await h.services.access.actor(coach.id)
    answers = h.services.checkins
    first = await h.services.checkin_rounds.check_in_now(actor, team_id)
    await answers.answer(klara.id, first, Question.MOOD, mood=4)
    await answers.answer(roman.id, first, Question.MOOD, mood=2)
    h.clock.advance(timedelta(days=8))
    second = await h.services.checkin_rounds.check_in_now(actor, team_id)
    await answers.answer(klara.id, second, Question.MOVED, text="Wir haben einen Ort gefunden.")
    await answers.answer(klara.id, second, Question.BLOCKING, text="Kein Geld für die Bühne")
    await answers.answer(klara.id, second, Question.MOOD, mood=5)
    await answers.answer(roman.id, second, Question.MOOD, mood=4)
    h.clock.advance(timedelta(days=3))
    await h.drain()
    return klara, karl, roman, coach, team_id


async def set_language(h: BotHarness, user: SimClient, language: str) -> None:
    await h.services.onboarding.choose_language(user.id, language)


def chat_menu(h: BotHarness, user: SimClient) -> dict[str, str]:
    """The command menu Telegram shows in this person's chat: command -> description."""
    scope = json.dumps({"chat_id": user.id, "type": "chat"}, sort_keys=True)
    return {c["command"]: c["description"] for c in h.sim.commands[(scope, "")]}


# ---------------------------------------------------------------- arriving by invitation
@pytest.mark.parametrize(
    ("language", "intro", "heading", "members", "blocked", "trend", "ago"),
    [
        (
            "de",
            "🧭 Du bist als Coach für Karlsruhe ↔ Krasnodar eingeladen.",
            "🧭 Meine Teams: 1.",
            "Mitglieder: Klara · Karlsruhe, Karl · Karlsruhe und Роман · Krasnodar",
            "⚠️ Kommt nicht weiter: Klara",
            "📈 Stimmung steigt: 3/5 → 4,5/5",
            "vor 3 Tagen",
        ),
        (
            "ru",
            "🧭 Вас пригласили коучем в партнёрство Карлсруэ ↔ Краснодар.",
            "🧭 Мои команды (всего: 1).",
            "Участники: Klara · Карлсруэ, Karl · Карлсруэ и Роман · Краснодар",
            "⚠️ Что-то мешает: Klara",
            "📈 Настроение растёт: 3/5 → 4,5/5",
            "3 дня назад",
        ),
    ],
)
async def test_an_invited_coach_sees_my_teams_after_three_taps(
    harness: BotHarness,
    language: str,
    intro: str,
    heading: str,
    members: str,
    blocked: str,
    trend: str,
    ago: str,
) -> None:
    _klara, _karl, _roman, _cora, team_id = await with_check_ins(harness)
    admin = await harness.services.access.actor(ADMIN_ID)
    invitation = await harness.services.access.create_invitation(
        admin, DEMO_PARTNERSHIP, Role.COACH
    )
    newcomer = harness.user("Dmitri", language)
    async with harness.services.db.transaction() as conn:  # the organisers hand them the team
        await teams_db.set_coach(conn, team_id, newcomer.id)
    coach = Counted(newcomer)
    await coach.start(invitation_payload(invitation.token))
    assert coach.last_text.startswith(intro)  # the role first, above the language question
    coach.reset()
    await coach.press(SetLanguage(language))
    await coach.press(PrivacyAnswer(accept=True))  # no city asked: the invitation knows enough
    await coach.press(UseTelegramName(onboarding=True))
    assert coach.taps == 3
    screen = coach.last_text
    assert screen.startswith("🎉") and heading in screen
    assert members in screen and blocked in screen and trend in screen and ago in screen
    assert shown(newcomer, CoachStep, action="team", team_id=team_id)
    participant = await harness.services.onboarding.participant(newcomer.id)
    assert participant is not None and participant.is_onboarded and participant.city_id is None


# ---------------------------------------------------------------- one member, or all
@pytest.mark.parametrize(
    ("language", "blocker", "prompt", "sent"),
    [
        (
            "de",
            "⚠️ Kommt nicht weiter: Kein Geld für die Bühne",
            "✉️ Schreib deine Antwort an Klara. Nur diese Person bekommt sie",
            "✉️ Nur an Klara gesendet.",
        ),
        (
            "ru",
            "⚠️ Мешает: Kein Geld für die Bühne",
            "✉️ Напишите ответ для: Klara. Его получит только этот человек",
            "✉️ Отправлено только получателю: Klara.",
        ),
    ],
)
async def test_the_coach_reads_a_blocker_and_answers_that_member_only(
    harness: BotHarness, language: str, blocker: str, prompt: str, sent: str
) -> None:
    klara, karl, roman, coach, team_id = await with_check_ins(harness)
    await set_language(harness, coach, language)
    await coach.send("/coach")  # a coach's /coach is My teams
    await coach.press(CoachStep("team", team_id, 0))
    assert blocker in coach.last_text
    before = {m.id: len(m.messages) for m in (klara, karl, roman)}
    await coach.press(CoachStep("write", team_id, klara.id))
    assert coach.last_text.startswith(prompt)
    asked = coach.last
    await coach.send("Ich rufe dich morgen an, wir finden eine Bühne.")
    await harness.drain()
    assert asked.button_data() == []  # the answered prompt lost its "Back"
    assert coach.last_text.startswith(sent)
    assert len(karl.messages) == before[karl.id] and len(roman.messages) == before[roman.id]
    assert len(klara.messages) == before[klara.id] + 1
    assert klara.last_text == (
        "🧭 Dein Coach Cora antwortet dir persönlich:\n"
        "Ich rufe dich morgen an, wir finden eine Bühne."
    )
    # Roman reads German and Russian: an answer to him has its heading in Russian.
    await coach.press(CoachStep("write", team_id, roman.id))
    await coach.send("Wie geht es dir?")
    await harness.drain()
    assert roman.last_text == "🧭 Ваш коуч Cora отвечает лично вам:\nWie geht es dir?"
    assert len(karl.messages) == before[karl.id]
    assert len(klara.messages) == before[klara.id] + 1


async def test_an_alarm_offers_to_answer_the_blocked_member_only(harness: BotHarness) -> None:
    klara, karl, _roman, coach, team_id = await with_check_ins(harness)
    alarm = next(m for m in coach.messages if m.body.startswith("⚠️ Klara"))
    assert alarm.button_data()[0] == CoachStep("write", team_id, klara.id).pack()
    await coach.press(CoachStep("write", team_id, klara.id), message=alarm)
    assert "Kein Geld für die Bühne" in alarm.body  # the alarm stays readable above the prompt
    await coach.send("Gleich morgen!")
    await harness.drain()
    assert klara.last_text.endswith("Gleich morgen!")
    assert not any("Gleich morgen!" in m.body for m in karl.messages)


@pytest.mark.parametrize(
    ("language", "confirm"),
    [
        ("de", "An das ganze Team senden (3 Personen)?"),
        ("uk", "Надіслати всій команді (3 людям)?"),
    ],
)
async def test_answering_the_whole_team_asks_first_and_cancel_sends_nothing(
    harness: BotHarness, language: str, confirm: str
) -> None:
    klara, karl, roman, coach, team_id = await with_check_ins(harness)
    await set_language(harness, coach, language)
    members = (klara, karl, roman)
    before = {m.id: len(m.messages) for m in members}
    await coach.press_data(MY_TEAMS.pack(), message=coach.last)
    await coach.press(CoachStep("team", team_id, 0))
    await coach.press(CoachStep("all", team_id, 0))
    await coach.send("Treffen am Freitag?")
    assert coach.last_text == f"{confirm}\n\nTreffen am Freitag?"
    await coach.press(CoachStep("team", team_id, 0))  # ✖️ Cancel
    await harness.drain()
    assert {m.id: len(m.messages) for m in members} == before
    assert await harness.services.dialogs.current(coach.id) is None
    # Typed again, then sent: each member gets it, nobody twice.
    await coach.press(CoachStep("all", team_id, 0))
    await coach.send("Treffen am Freitag?")
    await coach.send("Treffen am Samstag?")  # corrected before sending
    await coach.press(CoachStep("send_all", team_id, 0))
    await harness.drain()
    assert {m.id: len(m.messages) for m in members} == {m.id: before[m.id] + 1 for m in members}
    assert klara.last_text == "🧭 Euer Coach Cora:\nTreffen am Samstag?"
    assert roman.last_text == "🧭 Ваш коуч Cora:\nTreffen am Samstag?"
    # The confirmation is gone: pressing it again sends nothing and says so in a pop-up.
    await coach.press_data(CoachStep("send_all", team_id, 0).pack(), message=coach.last)
    await harness.drain()
    assert {m.id: len(m.messages) for m in members} == {m.id: before[m.id] + 1 for m in members}
    assert coach.last_callback_answer is not None and coach.last_callback_answer["text"]


# ---------------------------------------------------------------- /team, /coach, /help, menus
@pytest.mark.parametrize(
    ("language", "heading", "help_line", "menu_line"),
    [
        (
            "de",
            "🧭 Meine Teams: 1.",
            "🧭 Meine Teams, /team oder /coach",
            "Meine Teams: Mitglieder, Check-ins, Hindernisse",
        ),
        (
            "be",
            "🧭 Мае каманды (усяго: 1).",
            "🧭 Мае каманды, /team або /coach",
            "Мае каманды: удзельнікі, апытанні, цяжкасці",
        ),
    ],
)
async def test_team_coach_help_and_command_menu_are_right_for_a_coach(
    harness: BotHarness, language: str, heading: str, help_line: str, menu_line: str
) -> None:
    klara, _karl, _roman, _cora, team_id = await with_check_ins(harness)
    coach = harness.user("Otto", language)
    await onboard(coach, language=language)
    admin = await harness.services.access.actor(ADMIN_ID)
    invitation = await harness.services.access.create_invitation(
        admin, DEMO_PARTNERSHIP, Role.COACH
    )
    async with harness.services.db.transaction() as conn:
        await teams_db.set_coach(conn, team_id, coach.id)
    await coach.start(invitation_payload(invitation.token))
    menu = chat_menu(harness, coach)
    assert "checkins" in menu and menu["team"] == menu_line
    for command in ("/team", "/coach"):
        await coach.send(command)
        assert coach.last_text.startswith(heading), command
    await coach.send("/help")
    assert help_line in coach.last_text
    await coach.send("/menu")
    assert MY_TEAMS.pack() in coach.button_data()
    # Participants keep theirs: the team card and writing to their coach.
    await klara.send("/team")
    assert "Grüne Innenstadt" in klara.last_text and MY_TEAMS.pack() not in klara.button_data()
    await klara.send("/coach")
    assert klara.last_text.startswith("Schreib deine Nachricht an deinen Coach")


# ---------------------------------------------------------------- forged presses
async def test_forged_presses_by_a_member_or_another_teams_coach_fail(harness: BotHarness) -> None:
    klara, karl, roman, _cora, team_id = await with_check_ins(harness)
    other = await quick_participant(harness, "Otto", language="de")
    mia = await quick_participant(harness, "Mia", language="de")
    await submit(mia, "Lastenräder", "Räder für alle.")
    async with harness.services.db.transaction() as conn:
        other_team = await teams_db.create(conn, 1, 2, [mia.id], harness.clock.now())
        await roles_db.grant(conn, other.id, 1, Role.COACH, None, harness.clock.now())
        await teams_db.set_coach(conn, other_team, other.id)
    harness.allow_errors = True
    members = (klara, roman)  # Karl presses himself, below
    before = {m.id: len(m.messages) for m in members}
    forged = [
        CoachStep("team", team_id, 0),
        CoachStep("write", team_id, klara.id),
        CoachStep("all", team_id, 0),
        CoachStep("send_all", team_id, 0),
        CheckinStep("reply", team_id, 0),
    ]
    for person in (karl, other):
        await person.send("/menu")
        for data in forged:
            count = len(person.messages)
            await person.press_data(data.pack(), message=person.last)
            said = " ".join(person.texts_since(count))
            assert "Kein Geld" not in said and "Wir haben einen Ort" not in said, data
            assert person.last_callback_answer is not None, data
            await person.send("Ich schreibe trotzdem")  # no dialog was started: nothing relayed
    # Another team's coach cannot answer a member of this team through their own team either.
    await other.press_data(CoachStep("write", other_team, klara.id).pack(), message=other.last)
    await other.send("Hallo Klara")
    await harness.drain()
    assert {m.id: len(m.messages) for m in members} == before
    assert not any("Hallo Klara" in m.body or "trotzdem" in m.body for m in klara.messages)
    # Their own team works as usual.
    await other.send("/coach")
    await other.press(CoachStep("team", other_team, 0))
    assert "Lastenräder" in other.last_text and "Kein Geld" not in other.last_text


# ---------------------------------------------------------------- participants' typed answers
async def test_typed_answers_of_members_remove_the_questions_buttons(harness: BotHarness) -> None:
    klara, _karl, _roman, coach, team_id = await make_team(harness)
    actor = await harness.services.access.actor(coach.id)
    round_id = await harness.services.checkin_rounds.check_in_now(actor, team_id)
    await klara.send("/menu")
    await klara.press_data(CheckinStep("start", round_id, 0).pack(), message=klara.last)
    question = klara.last
    assert question.body.startswith("Frage 1 von 4")
    assert CheckinStep("skip", round_id, 0).pack() in question.button_data()
    await klara.send("Wir haben einen Ort gefunden.")
    assert question.button_data() == []  # the answered question has no "Skip" any more
    assert klara.last_text.startswith("Frage 2 von 4")
    # Writing to the coach: the question loses its "Back" once the message is sent.
    await klara.send("/coach")
    asked = klara.last
    assert asked.button_data()
    await klara.send("Wann treffen wir uns?")
    assert asked.button_data() == [] and klara.last_text.startswith("✉️")


async def test_long_answers_of_every_member_still_fit_one_team_screen(harness: BotHarness) -> None:
    klara, karl, roman, coach, team_id = await make_team(harness)
    actor = await harness.services.access.actor(coach.id)
    round_id = await harness.services.checkin_rounds.check_in_now(actor, team_id)
    for member in (klara, karl, roman):
        for question in (Question.MOVED, Question.NEXT, Question.BLOCKING):
            await harness.services.checkins.answer(member.id, round_id, question, text="Ä" * 1500)
    await coach.send("/coach")
    await coach.press(CoachStep("team", team_id, 0))  # the emulator refuses over 4096
    assert "…" in coach.last_text and len(coach.last_text) < 4096
    assert CoachStep("write", team_id, roman.id).pack() in coach.button_data()
