"""The team edits its story: a section in any language (typed names become tokens that obey
consent; the other languages are machine versions, marked, or the text as written), photos
without EXIF (at most six), sending it for review; nobody else may change it."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from bot.callback_toolbox import StoryDraftCard, StoryReviewCard, StoryWrite
from bot.clock import FakeClock
from bot.db import stories as stories_db
from bot.domain.stories import MAX_PHOTOS
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from tests.stories import (
    consent,
    ended_team,
    make_organiser,
    popup,
    quick_participant,
    story_of,
    translated_harness,
)

STALE = "This button is out of date"
OUTCOME = 4  # the outcome's index in SECTIONS


def photo_with_gps(width: int = 40, height: int = 20, orientation: int = 1) -> bytes:
    """A JPEG whose EXIF holds a GPS position, the camera and an orientation."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"  # Make
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (49.0, 0.0, 36.0), 3: "E", 4: (8.0, 24.0, 0.0)}  # GPS IFD
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def bot_photos(user: SimClient) -> list[bytes]:
    return [m.photo.content for m in user.messages if m.photo is not None]


async def open_draft(user: SimClient, story_id: int) -> str:
    await user.press_data(StoryDraftCard(story_id).pack())
    return user.last_text


async def test_a_typed_teammate_name_becomes_a_token_and_obeys_consent(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        await open_draft(team.klara, story.id)
        await team.klara.press(StoryWrite("edit", story.id, OUTCOME))
        prompt = team.klara.last
        # The section as it reads now, every name written out (so it can be copied).
        assert "Klara: Zwölf neue Bäume in der Innenstadt." in prompt.body
        await team.klara.send("Роман und Karl haben zwölf Bäume gepflanzt.")
        assert prompt.button_data() == []  # the answered question loses its keyboard
        shown = team.klara.last_text
        assert shown.startswith("✅ Auf Deutsch gespeichert. Wer eine andere Sprache liest")
        assert (
            "Ein Teammitglied aus Krasnodar und ein Teammitglied aus Karlsruhe haben zwölf"
            " Bäume gepflanzt."
        ) in shown
        stored = await story_of(h, team.team_id)
        people = {p.user_id: p.id for p in stored.people}
        section = stored.section("outcome", "de")
        assert section is not None and section.origin == "team"
        assert section.text == (
            f"[[person:{people[team.roman.id]}]] und [[person:{people[team.karl.id]}]] haben"
            " zwölf Bäume gepflanzt."
        )
        assert [s.language for s in stored.sections if s.kind == "outcome"] == ["de"]
        # Roman agrees: from then on the story names him, Karl still only by his city.
        await consent(team.roman, story.id, True)
        assert "Роман und ein Teammitglied aus Karlsruhe haben zwölf Bäume" in await open_draft(
            team.klara, story.id
        )
        # Roman reads the German text as written, with its language named.
        roman_view = await open_draft(team.roman, story.id)
        assert "🏁 Что получилось · 🇩🇪 язык: немецкий, как написано" in roman_view
        assert "Роман und участник команды из города Карлсруэ haben" in roman_view


async def test_a_provider_makes_marked_machine_versions_of_an_edit(tmp_path: Path) -> None:
    async with translated_harness(tmp_path, FakeClock()) as (h, fake):
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        await open_draft(team.klara, story.id)
        await team.klara.press(StoryWrite("edit", story.id, 1))  # the idea
        await team.klara.send("Mehr Bäume und Bänke, mit Роман geplant.")
        assert "maschinelle Übersetzungen davon (4)" in team.klara.last_text
        roman_view = await open_draft(team.roman, story.id)
        assert "💡 Идея · 🤖 машинный перевод" in roman_view
        assert "[ru] Mehr Bäume und Bänke, mit участник команды из города Краснодар geplant." in (
            roman_view
        )
        assert any(r["target"] == "ru" for r in fake.requests)


async def test_a_too_long_text_is_refused_and_the_question_stays(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        await open_draft(team.klara, story.id)
        await team.klara.press(StoryWrite("edit", story.id, 0))  # the title: 120 characters
        await team.klara.send("B" * 121)
        assert team.klara.last_text == "Das sind 121 Zeichen; bitte höchstens 120."
        await team.klara.send("Bäume für die Innenstadt")
        assert "🏷 Titel\nBäume für die Innenstadt" in team.klara.last_text


async def test_photos_lose_their_exif_and_stand_upright(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        await open_draft(team.klara, story.id)
        await team.klara.press(StoryWrite("photos", story.id, 0))
        original = photo_with_gps(orientation=6)  # taken sideways: 40 x 20, turn by 90°
        assert b"SpyCam" in original and Image.open(io.BytesIO(original)).getexif()
        await team.klara.send_photo(original)
        assert team.klara.last_text.startswith("✅ Foto hinzugefügt (1 von 6)")
        uploaded = bot_photos(team.klara)
        assert len(uploaded) == 1
        clean = Image.open(io.BytesIO(uploaded[0]))
        assert dict(clean.getexif()) == {}  # no GPS, no camera, nothing
        assert b"SpyCam" not in uploaded[0] and b"Exif" not in uploaded[0]
        assert clean.size == (20, 40)  # the orientation was applied before it went
        stored = await story_of(h, team.team_id)
        assert len(stored.photos) == 1 and stored.photos[0].width == 20
        klara_person = next(p.id for p in stored.people if p.user_id == team.klara.id)
        assert stored.photos[0].person_id == klara_person
        # Removing it.
        await team.klara.press(StoryWrite("photo_del", story.id, stored.photos[0].id))
        assert (await story_of(h, team.team_id)).photos == ()


async def test_a_seventh_photo_is_refused(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        for n in range(MAX_PHOTOS):
            await h.services.stories.add_photo(team.karl.id, story.id, f"F{n}", 10, 10)
        await open_draft(team.klara, story.id)
        await team.klara.press(StoryWrite("photos", story.id, 0))
        sent = len(team.klara.messages)
        await team.klara.send_photo(photo_with_gps())
        assert team.klara.last_text == (
            "Die Geschichte hat 6 Fotos, mehr geht nicht. Entferne zuerst eines."
        )
        assert bot_photos(team.klara) == [] and len(team.klara.messages) == sent + 1
        assert len((await story_of(h, team.team_id)).photos) == MAX_PHOTOS


async def test_people_outside_the_team_cannot_touch_the_draft(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        stranger = await quick_participant(h, "Sven", language="en")
        await stranger.send("/start")
        for press in (
            StoryDraftCard(story.id),
            StoryWrite("edit", story.id, OUTCOME),
            StoryWrite("photos", story.id, 0),
            StoryWrite("review_ok", story.id, 0),
            StoryWrite("consent_no", story.id, 0),
        ):
            await stranger.press_data(press.pack())
            answer = stranger.last_callback_answer or {}
            assert str(answer.get("text", "")).startswith(STALE), press
        # The coach looks after the team but does not write its story.
        await team.coach.press_data(StoryWrite("edit", story.id, OUTCOME).pack())
        coach_answer = str((team.coach.last_callback_answer or {}).get("text", ""))
        assert coach_answer.startswith("Dieser Knopf ist veraltet")
        assert (await story_of(h, team.team_id)).sections == story.sections


async def test_sending_for_review_asks_first_and_tells_the_organisers(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        olga = await quick_participant(h, "Olga", language="en")
        await make_organiser(h, olga)
        await consent(team.klara, story.id, True)
        await team.klara.press(StoryWrite("review", story.id, 0))
        assert team.klara.last_text.startswith("📨 Die Geschichte zur Prüfung schicken?")
        assert "1 Organisator:in bekommt sie" in team.klara.last_text
        assert "2 Personen, die sie nennt, haben noch nicht geantwortet" in team.klara.last_text
        # Cancelling changes nothing.
        await team.klara.press(StoryDraftCard(story.id))
        async with h.services.db.reading() as conn:
            assert (await stories_db.get_story(conn, story.id)).status == "draft"  # type: ignore[union-attr]
        await team.klara.press(StoryWrite("review", story.id, 0))
        await team.klara.press(StoryWrite("review_ok", story.id, 0))
        assert team.klara.last_text.startswith("📨 Zur Prüfung geschickt. 1 Organisator:in")
        await h.drain()
        told = olga.last
        assert told.body.startswith("📖 Klara sent the team story “Grüne Innenstadt” for review")
        assert StoryReviewCard(story.id).pack() in told.button_data()
        # While the organisers read it, it cannot be changed.
        await team.karl.press_data(StoryWrite("edit", story.id, OUTCOME).pack())
        assert "Prüfung" in popup(team.karl)
