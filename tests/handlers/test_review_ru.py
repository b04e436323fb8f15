"""Findings of the Russian review walk, each seen through the emulator: no "-" or "—"
placeholders, members with the same name told apart, a cancel button that only promises what
happens, the check-in code visible in the attendee list, and a way back from statistics."""

from __future__ import annotations

from bot.callback_data import (
    CheckinStep,
    CoachStep,
    IdeaOpen,
    InsightStep,
    OpenMenu,
    OrganiserStep,
    WorkshopManage,
    WorkshopSignup,
)
from bot.db import ideas as ideas_db
from bot.db import registrations as registrations_db
from bot.domain.checkins import Cadence
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    KARLSRUHE,
    create_workshop,
    make_organiser,
    make_team,
    organiser_workshops,
    quick_participant,
)


async def test_check_in_settings_say_in_words_when_no_round_is_planned(
    harness: BotHarness,
) -> None:
    _, _, _, coach, team_id = await make_team(harness)
    await harness.services.onboarding.choose_language(coach.id, "ru")
    await coach.send("/checkins")
    await coach.press(CheckinStep("team", team_id, 0))
    off = list(Cadence).index(Cadence.OFF)
    await coach.press(CheckinStep("cadence", team_id, off))
    assert "Следующий опрос: не запланирован." in coach.last_text
    assert ": -" not in coach.last_text


async def test_an_idea_without_a_theme_shows_only_its_city(harness: BotHarness) -> None:
    reader = await quick_participant(harness, "Сергей", language="ru")
    async with harness.services.db.transaction() as conn:
        idea_id = await ideas_db.create(
            conn,
            Idea(
                0,
                1,
                None,
                KARLSRUHE,
                "ru",
                IdeaText("Обмен рецептами", "Кухни.", None),
                IdeaStatus.PUBLISHED,
            ),
            harness.clock.now(),
        )
    await reader.send("/ideas")
    await reader.press_data(IdeaOpen(idea_id, 0, 0, "a", "n").pack())
    assert "🏙 Карлсруэ\n" in reader.last_text
    assert "🏷" not in reader.last_text and "—" not in reader.last_text


async def test_cancelling_a_workshop_nobody_joined_does_not_promise_to_tell_anyone(
    harness: BotHarness,
) -> None:
    orga = await quick_participant(harness, "Ольга", language="ru")
    await make_organiser(harness, orga)
    workshop = await create_workshop(harness, title="Старт в городе Карлсруэ")
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "cancel", 0))
    assert "сообщать никому не нужно" in orga.last_text
    assert orga.last.button_texts()[0] == "❌ Да, отменить"
    await orga.press(WorkshopManage(workshop.id, "cancelok", 0))
    assert orga.last_text.startswith("❌ Воркшоп отменён. Записано было 0 человек")


async def test_statistics_lead_back_to_the_organiser_tools(harness: BotHarness) -> None:
    orga = await quick_participant(harness, "Ольга", language="ru")
    await make_organiser(harness, orga)
    await orga.send("/stats")
    assert orga.last_text.startswith("📊 Карлсруэ ↔ Краснодар")
    assert orga.last.button_texts()[-1] == "⬅️ Назад"
    await orga.press(OpenMenu("staff"))
    assert OrganiserStep("workshops", 0).pack() in orga.button_data()
    await orga.press(OrganiserStep("stats", 0))  # 📊 Statistics, from the tools
    await orga.press(InsightStep("show", DEMO_PARTNERSHIP))
    assert orga.last_text.startswith("📊 Карлсруэ ↔ Краснодар")
    assert OpenMenu("staff").pack() in orga.button_data()


async def test_the_attendee_list_never_cuts_off_the_check_in_code(harness: BotHarness) -> None:
    orga = await quick_participant(harness, "Ольга", language="ru")
    await make_organiser(harness, orga)
    workshop = await create_workshop(harness, title="Старт в городе Краснодар")
    person = await quick_participant(harness, "Сергей", language="ru")
    await harness.services.onboarding.set_display_name(person.id, "Сергей Константинопольский")
    await person.start(f"w{workshop.id}")
    await person.press(WorkshopSignup(workshop.id))
    async with harness.services.db.reading() as conn:
        registration = await registrations_db.live_for(conn, workshop.id, person.id)
    assert registration is not None
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "attendees", 0))
    line = orga.last.button_texts()[0]
    assert line == f"{registration.check_in_code} · Сергей Константин…"


async def test_namesakes_in_a_team_are_told_apart_by_city_then_by_number(
    harness: BotHarness,
) -> None:
    _, karl, roman, coach, team_id = await make_team(harness)
    await harness.services.onboarding.choose_language(coach.id, "ru")
    for person in (karl, roman):
        await harness.services.onboarding.set_display_name(person.id, "Klara")
    await coach.send("/coach")
    await coach.press(CoachStep("team", team_id, 0))
    assert coach.last.button_texts()[:3] == [
        "✉️ Ответить: Klara (1)",
        "✉️ Ответить: Klara (2)",
        "✉️ Ответить: Klara · Краснодар",
    ]
    assert "Klara (2) · Карлсруэ" in coach.last_text
    await coach.press(CoachStep("write", team_id, karl.id))
    await coach.send("Привет!")
    assert "Отправлено только получателю: Klara (2)." in coach.last_text
