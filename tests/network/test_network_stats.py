"""Roll-up statistics for network staff: counts per country and topic focus of the network's
partnerships (partnerships, participants, workshops, ideas, teams, consultations), as text in
the reader's language, a chart and a spreadsheet; refused for everyone else, also forged."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from bot.callback_network import NetworkHome, NetworkStats, NetworkStatsExport
from bot.db import ideas as ideas_db
from bot.db import network as network_db
from bot.db import partnerships as partnerships_db
from bot.db import teams as teams_db
from bot.db.codec import time_to_sql
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.network import PartnershipProfile
from bot.domain.partnerships import CityDraft, PartnershipDraft
from bot.domain.texts import LocalizedName
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    create_workshop,
    make_organiser,
    popup,
    published_ideas,
    quick_participant,
)

REFUSED = "This is only for the network office's staff."


async def two_partnerships(h: BotHarness) -> int:
    """The demo partnership (A: Germany and Russia, youth) and B (Poland: youth, education)
    with two participants, a team and three consultations (booked, attended, no-show)."""
    now = h.clock.now()
    async with h.services.db.transaction() as conn:
        b = await partnerships_db.create(
            conn,
            PartnershipDraft(
                LocalizedName({"en": "Lublin ↔ Lviv"}),
                [
                    CityDraft(LocalizedName({"en": "Lublin"}), "Europe/Warsaw"),
                    CityDraft(LocalizedName({"en": "Lviv"}), "Europe/Kyiv"),
                ],
                [LocalizedName({"en": "Youth"})],
            ),
            None,
            now,
        )
        await network_db.save_profile(
            conn, PartnershipProfile(1, countries=("DE", "RU"), topics=("youth",)), now
        )
        await network_db.save_profile(
            conn, PartnershipProfile(b, countries=("PL",), topics=("education", "youth")), now
        )
        partnership = await partnerships_db.get(conn, b)
        assert partnership is not None
    people = []
    for name in ("Piotr", "Pavlo"):
        person = h.user(name, "en")
        h.sim.users[person.id].started = True
        await h.services.onboarding.choose_language(person.id, "en")
        await h.services.onboarding.choose_partnership(person.id, b)
        await h.services.onboarding.choose_city(person.id, partnership.cities[0].id)
        await h.services.onboarding.accept_privacy(person.id)
        people.append(person.id)
    async with h.services.db.transaction() as conn:
        text = IdeaText("Youth exchange", "Pupils visit each other.", None)
        idea = Idea(0, b, people[0], None, "en", text, IdeaStatus.HIDDEN)  # not counted
        await teams_db.create(conn, b, await ideas_db.create(conn, idea, now), people, now)
        await conn.execute(
            "INSERT INTO consult_hosts (user_id, time_zone, created_at, updated_at)"
            " VALUES (7, 'Europe/Berlin', ?, ?)",
            (time_to_sql(now), time_to_sql(now)),
        )
        for person, status in zip(
            (*people, people[0]), ("booked", "attended", "no_show"), strict=True
        ):
            await conn.execute(
                "INSERT INTO consult_bookings (host_id, person_id, starts_at, ends_at, topic,"
                " language, status, created_at) VALUES (7, ?, ?, ?, 'youth', 'en', ?, ?)",
                (
                    person,
                    time_to_sql(now + timedelta(days=2)),
                    time_to_sql(now + timedelta(days=2, minutes=30)),
                    status,
                    time_to_sql(now),
                ),
            )
    return b


async def staff(h: BotHarness, language: str = "en") -> SimClient:
    nadia = await quick_participant(h, "Nadia", language=language)
    async with h.services.db.transaction() as conn:
        await network_db.add_staff(conn, nadia.id, 1, None, h.clock.now())
    return nadia


async def a_counts(h: BotHarness) -> tuple[int, int, int]:
    """The demo partnership's participants, published workshops and published ideas."""
    async with h.services.db.reading() as conn:
        counts = dict(await network_db.rollup_counts(conn, 1))
    participants, workshops, ideas, *_ = counts[1]
    return participants, workshops, ideas


async def test_staff_see_counts_per_country_and_topic_with_a_chart(harness: BotHarness) -> None:
    await two_partnerships(harness)
    await create_workshop(harness, title="Open day")
    await published_ideas(harness, 2)
    nadia = await staff(harness)
    participants, workshops, ideas = await a_counts(harness)

    await nadia.send("/network")
    await nadia.press(NetworkStats())

    assert nadia.messages[-2].photo is not None  # the chart, one message
    text = nadia.last_text
    assert text.startswith("📊 Network statistics")
    assert (
        "Poland\nPartnerships: 1 · participants: 2 · workshops: 0 · ideas: 0 · teams: 1\n"
        "Consultations: booked 1 · attended 1 · no-show 1"
    ) in text
    assert (
        f"Germany\nPartnerships: 1 · participants: {participants} · workshops: {workshops}"
        f" · ideas: {ideas} · teams: 0"
    ) in text
    assert (
        f"Youth\nPartnerships: 2 · participants: {participants + 2} · workshops: {workshops}"
        f" · ideas: {ideas} · teams: 1\nConsultations: booked 1 · attended 1 · no-show 1"
    ) in text
    assert "Education\nPartnerships: 1 · participants: 2" in text
    assert "Piotr" not in text and "Pavlo" not in text  # counts, never names
    assert NetworkHome().pack() in nadia.button_data()  # a way back


async def test_the_export_is_a_spreadsheet_in_the_reader_language(harness: BotHarness) -> None:
    await two_partnerships(harness)
    nadia = await staff(harness, language="de")
    await nadia.send("/network")
    await nadia.press(NetworkStats())
    await nadia.press(NetworkStatsExport())

    document = nadia.last.document
    assert document is not None and document.file_name == "network-statistics.csv"
    rows = list(csv.reader(io.StringIO(document.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Schwerpunkt", "Bezeichnung", "Partnerschaften"]
    assert ["Land", "Polen", "1", "2", "0", "0", "1", "1", "1", "1"] in rows
    assert rows[1][0] == "Alle Partnerschaften" and rows[1][2] == "2"
    assert any(r[:2] == ["Thema", "Bildung"] for r in rows)


async def test_organisers_and_participants_are_refused_also_by_forged_buttons(
    harness: BotHarness,
) -> None:
    await two_partnerships(harness)
    olga = await quick_participant(harness, "Olga")
    await make_organiser(harness, olga)
    anna = await quick_participant(harness, "Anna")
    for person in (olga, anna):
        await person.send("/network")
        assert NetworkStats().pack() not in person.button_data()
        before = len(person.messages)
        for forged in (NetworkStats(), NetworkStatsExport()):
            await person.press_data(forged.pack())
            assert popup(person) == REFUSED
        assert len(person.messages) == before  # no chart, no file, no text
