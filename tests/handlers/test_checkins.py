"""Coaching check-ins end to end with an injected clock: local times, quiet hours, nudges,
alarms, restarts, digests and overviews, pause, resume, leaving and ending."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.callback_data import CheckinStep, ProfileStep, TeamStep
from bot.clock import FakeClock
from bot.db import roles as roles_db
from bot.db import teams as teams_db
from bot.domain.checkins import QUIET_PRESETS
from bot.domain.roles import Role
from bot.offline.emulator import SimMessage
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from tests.stories import make_team, quick_participant, translated_harness

BERLIN, MOSCOW = ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Moscow")
SUNDAY = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.slow  # weeks of check-ins, tick by tick


def asks(user: SimClient) -> list[SimMessage]:
    return [m for m in user.messages if m.body.startswith(("🗓 Check-in für", "🗓 Опрос для"))]


def nudges(user: SimClient) -> list[SimMessage]:
    return [m for m in user.messages if m.body.startswith("⏰")]


async def answer(user: SimClient, texts: list[str | None], mood: int) -> None:
    """Answer the newest check-in: text or skip for the three questions, then the mood."""
    ask = next(
        m
        for m in reversed(user.messages)
        if m.body.startswith(("🗓", "⏰", "🏁")) and m.button_texts()
    )
    start = answer_now(ask)
    await user.press(start, message=ask)
    for question, text in enumerate(texts):
        if text is None:
            await user.press(CheckinStep("skip", start.value, question))
        else:
            await user.send(text)
    await user.press(CheckinStep("mood", start.value, mood))


def answer_now(ask: SimMessage) -> CheckinStep:
    """The ✍️ answer-now button of a check-in message; its value is the round."""
    return next(
        step
        for data in ask.button_data()
        if (step := CheckinStep.unpack(data)) is not None and step.action == "start"
    )


async def test_three_weeks_of_check_ins_across_two_time_zones(tmp_path: Path) -> None:
    clock = FakeClock(SUNDAY)
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        klara, karl, roman, coach, team_id = await make_team(h)
        # The coach sets Mondays at 09:00; Karl's quiet hours last until 10:00.
        await coach.send("/checkins")
        await coach.press(CheckinStep("team", team_id, 0))  # Grüne Innenstadt
        await coach.press(CheckinStep("time", team_id, 9))  # 09:00
        assert "jede Woche, Mo um 09:00" in coach.last_text
        await karl.send("/profile")
        await karl.press(ProfileStep("quiet", onboarding=False))
        until_ten = QUIET_PRESETS.index((time(20, 0), time(10, 0)))
        await karl.press(CheckinStep("quiet", until_ten, 0))

        arrivals: dict[int, list[datetime]] = {m.id: [] for m in (klara, karl, roman)}

        def record(kind: str, message: SimMessage) -> None:
            if (
                kind == "message"
                and message.chat_id in arrivals
                and message.body.startswith(("🗓", "⏰"))
            ):
                arrivals[message.chat_id].append(clock.now())

        h.sim.listeners.append(record)

        async def klara_answers_week_1() -> None:
            await answer(
                klara,
                ["Wir haben einen Ort gefunden.", "Plakate drucken", "Kein Geld für die Bühne"],
                mood=4,
            )

        async def everyone_answers_week_2() -> None:
            for member in (klara, karl, roman):
                await answer(member, ["ok", None, None], mood=3)

        checkpoints = [  # (when, what), each done once, at or just after its moment
            (datetime(2026, 3, 2, 9, 0, tzinfo=UTC), klara_answers_week_1),
            (datetime(2026, 3, 9, 12, 0, tzinfo=UTC), everyone_answers_week_2),
            (datetime(2026, 3, 11, 8, 0, tzinfo=UTC), h.restart),  # in the middle of week 2
        ]
        end = SUNDAY + timedelta(days=21)
        while clock.now() < end:
            clock.advance(timedelta(minutes=15))
            await h.tick()
            await h.drain()
            while checkpoints and clock.now() >= checkpoints[0][0]:
                await checkpoints.pop(0)[1]()

        def local(user: SimClient, zone: ZoneInfo) -> list[str]:
            return [t.astimezone(zone).strftime("%a %H:%M") for t in arrivals[user.id]]

        # Each member is asked three times, at 09:00 in their own city (Karl after his quiet
        # hours, at 10:00), exactly once each; a nudge 48 h later goes only to those who
        # had not answered: week 1 Karl and Roman, week 3 everyone (nobody answered yet).
        assert local(klara, BERLIN) == ["Mon 09:00", "Mon 09:00", "Mon 09:00", "Wed 09:00"]
        assert local(karl, BERLIN) == [
            "Mon 10:00",
            "Wed 10:00",
            "Mon 10:00",
            "Mon 10:00",
            "Wed 10:00",
        ]
        assert local(roman, MOSCOW) == [
            "Mon 09:00",
            "Wed 09:00",
            "Mon 09:00",
            "Mon 09:00",
            "Wed 09:00",
        ]
        for user, zone, quiet in (
            (karl, BERLIN, (20, 10)),
            (roman, MOSCOW, (21, 9)),
            (klara, BERLIN, (21, 9)),
        ):
            for moment in arrivals[user.id]:
                hour = moment.astimezone(zone).hour
                assert not (hour >= quiet[0] or hour < quiet[1]), (user.user.first_name, moment)
        # Klara's blocker reached the coach at once, with a button to reply to the team.
        alarm = next(m for m in coach.messages if m.body.startswith("⚠️"))
        assert (
            alarm.body == "⚠️ Klara · Karlsruhe (Team „Grüne Innenstadt“) kommt nicht weiter: "
            "Kein Geld für die Bühne"
        )
        assert alarm.button_texts() == ["✉️ Persönlich antworten", "💬 Dem Team antworten"]
        digests = [m for m in coach.messages if m.body.startswith("📋")]
        assert len(digests) == 2  # rounds of weeks 1 and 2 closed; week 3 still open
        assert digests[1].body.startswith(
            "📋 Check-in von „Grüne Innenstadt“: Antworten 3 von 3, Stimmung 3/5."
        )


async def test_digest_and_overview_in_two_languages_with_chart(tmp_path: Path) -> None:
    clock = FakeClock(SUNDAY)
    async with translated_harness(tmp_path, clock) as (h, fake):
        klara, _karl, roman, coach, team_id = await make_team(h)
        async with h.services.db.transaction() as conn:
            await h.services.checkin_rounds.start_for_team(conn, team_id)
        for week in range(2):
            await h.advance(timedelta(days=1) if week == 0 else timedelta(days=7))
            await answer(roman, ["Нашли площадку", "Печатаем афиши", None], mood=2 + week)
            await answer(klara, ["Ort gefunden", "Plakate", None], mood=4)
        await h.advance(timedelta(days=7))
        digest = next(m for m in coach.messages if m.body.startswith("📋"))
        assert "• Роман: [de] Нашли площадку 🤖" in digest.body
        assert "• Klara: Ort gefunden" in digest.body
        assert "Noch keine Antwort von: Karl" in digest.body
        assert digest.button_texts() == ["🌐 Originale anzeigen"]
        await coach.press_at(0, 0, message=digest)
        assert "• Роман: Нашли площадку" in digest.body and "🤖" not in digest.body
        alarm = next(m for m in coach.messages if m.body.startswith("⚠️"))
        assert (
            alarm.body
            == "⚠️ Роман · Krasnodar (Team „Grüne Innenstadt“) sagt, es läuft schlecht (2/5)."
        )
        overview = [m for m in coach.messages if m.body.startswith("🧭 Deine Teams")]
        assert overview and overview[-1].photo is not None and overview[-1].photo.width > 300
        assert (
            "• Grüne Innenstadt: 67 % haben in der letzten Runde geantwortet" in overview[-1].body
        )
        # The coach switches to Russian: the next overview and digest are in Russian.
        await h.services.onboarding.choose_language(coach.id, "ru")
        await h.advance(timedelta(days=7))
        latest = [m for m in coach.messages if m.body.startswith("🧭 Ваши команды")]
        assert latest and latest[-1].photo is not None
        russian = [m for m in coach.messages if m.body.startswith("📋 Опрос команды")]
        assert russian and "• Klara: [ru] Ort gefunden 🤖" not in russian[-1].body  # no answers
        assert fake.requests


async def test_pause_resume_leave_and_end(tmp_path: Path) -> None:
    clock = FakeClock(SUNDAY)
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        klara, karl, roman, coach, team_id = await make_team(h)
        organiser = await quick_participant(h, "Orga")
        async with h.services.db.transaction() as conn:
            await roles_db.grant(conn, organiser.id, 1, Role.ORGANISER, None, clock.now())
            await h.services.checkin_rounds.start_for_team(conn, team_id)
        # A member pauses for two weeks (holidays): no check-ins in that time.
        await klara.send("/team")
        await klara.press(CheckinStep("team", team_id, 0))  # 🗓 Check-ins
        await klara.press(CheckinStep("pause", team_id, 2))  # ⏸ 2 Wochen
        assert "⏸ Pausiert bis 15. März 2026." in klara.last_text
        await h.advance(timedelta(days=14))
        assert asks(klara) == [] and asks(roman) == []
        # Resumed: the next Monday brings a check-in again.
        await klara.press(CheckinStep("resume", team_id, 0))
        await h.advance(timedelta(days=7))  # Monday the 16th
        assert len(asks(klara)) == 1 and len(asks(roman)) == 1
        # Karl leaves the team: he gets no more check-ins, the others are told.
        await karl.send("/team")
        await karl.press(TeamStep("leave", 0))
        await karl.press(TeamStep("leave_ok", 0))
        await h.drain()
        assert klara.last_text == "🚪 Karl hat das Team verlassen."
        await h.advance(timedelta(days=7))
        assert len(asks(karl)) == 1 and len(asks(klara)) == 2
        # The coach ends the project: closing questions now, outcome report at the close.
        await coach.send("/checkins")
        await coach.press(CheckinStep("team", team_id, 0))  # Grüne Innenstadt
        await coach.press(CheckinStep("end", team_id, 0))  # 🏁 Projekt abschließen
        await coach.press(CheckinStep("end_ok", team_id, 0))
        await h.advance(timedelta(minutes=1))
        closing = next(m for m in reversed(roman.messages) if m.body.startswith("🏁"))
        start = answer_now(closing)
        await roman.press(start, message=closing)
        await roman.send("Фестиваль прошёл, 400 гостей")
        await roman.send("Начинайте раньше")
        await roman.press(CheckinStep("mood", start.value, 5))
        assert roman.last_text.startswith("🙏 Спасибо!")
        await h.advance(timedelta(days=7))  # the closing round closes after its week
        report = next(m for m in organiser.messages if m.body.startswith("🏁"))
        assert report.document is not None and report.document.file_name == "outcome.csv"
        assert "Фестиваль прошёл, 400 гостей" in report.document.content.decode("utf-8-sig")
        assert "1 of 2 members told what came out of it" in report.body
        async with h.services.db.reading() as conn:
            team = await teams_db.get(conn, team_id)
        assert team is not None and not team.active
        before = len(asks(roman))
        await h.advance(timedelta(days=14))
        assert len(asks(roman)) == before  # an ended project asks nothing more
