"""What one room's wall shows (LiveWallPage.wall_data): both rooms' ideas in the room's own
language, a missing translation as pending, a person's correction over the machine's, bridge
ideas, and the other room's best ideas during an exchange moment."""

from __future__ import annotations

from datetime import timedelta

from bot.callback_data import IdeaDraftStep, IdeaList, IdeaOpen
from bot.callback_event import LivePost
from bot.db import ideas as ideas_db
from bot.db import live_wall as live_wall_db
from bot.domain.ideas import IdeaText, Translation
from bot.domain.live_wall import Moderation, normalise_room_code
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    crowd,
    idea_ids,
    live_event,
    post_to_wall,
    wall_idea,
)


async def translate(
    h: BotHarness, idea_id: int, language: str, title: str, *, machine: bool
) -> None:
    async with h.services.db.transaction() as conn:
        text = IdeaText(title, f"{title}.", None)
        await ideas_db.save_translation(
            conn, idea_id, Translation(language, text, machine=machine), None, h.clock.now()
        )


async def plus_one(h: BotHarness, idea_id: int, user_id: int, city_id: int | None) -> None:
    async with h.services.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO live_votes (idea_id, user_id, city_id, created_at) VALUES (?, ?, ?, ?)",
            (idea_id, user_id, city_id, h.clock.now().isoformat()),
        )


async def test_each_wall_shows_both_rooms_in_its_own_language(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    ru = await wall_idea(harness, krasnodar, "Общий сад", language="ru")
    de = await wall_idea(harness, karlsruhe, "Gemeinsamer Chor", language="de")
    await translate(harness, ru, "de", "Gemeinsamer Garten", machine=True)

    wall = await harness.services.live_page.wall_data(karlsruhe.wall_token)
    assert wall is not None and wall.language == "de"
    by_room = {c.room_id: c for c in wall.columns}
    [garden] = by_room[krasnodar.id].ideas
    assert (garden.idea_id, garden.title, garden.machine) == (ru, "Gemeinsamer Garten", True)
    assert garden.original_title == "Общий сад"
    [choir] = by_room[karlsruhe.id].ideas
    assert (choir.idea_id, choir.title, choir.machine) == (de, "Gemeinsamer Chor", False)
    # On the Krasnodar wall the German idea waits for its translation: pending, not guessed.
    other = await harness.services.live_page.wall_data(krasnodar.wall_token)
    assert other is not None
    [pending] = {c.room_id: c for c in other.columns}[karlsruhe.id].ideas
    assert pending.title is None and pending.original_title == "Gemeinsamer Chor"
    assert [c.city_name for c in other.columns] == ["Карлсруэ", "Краснодар"]


async def test_a_correction_wins_over_the_machine(harness: BotHarness) -> None:
    event = await live_event(harness)
    idea = await wall_idea(harness, event.rooms[1], "Общий сад", language="ru")
    await translate(harness, idea, "de", "Allgemeiner Garten", machine=True)
    await translate(harness, idea, "de", "Gemeinschaftsgarten", machine=False)
    wall = await harness.services.live_page.wall_data(event.rooms[0].wall_token)
    assert wall is not None
    [shown] = wall.columns[1].ideas
    assert (shown.title, shown.machine) == ("Gemeinschaftsgarten", False)


async def test_bridge_ideas_have_plus_ones_from_both_cities(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    one_city = await wall_idea(harness, karlsruhe, "Chor", language="de")
    both = await wall_idea(harness, karlsruhe, "Radtour", language="de")
    people = await crowd(harness, 3)
    await plus_one(harness, one_city, people[0].id, karlsruhe.city_id)
    await plus_one(harness, one_city, people[2].id, karlsruhe.city_id)
    await plus_one(harness, both, people[0].id, karlsruhe.city_id)
    await plus_one(harness, both, people[1].id, krasnodar.city_id)
    wall = await harness.services.live_page.wall_data(karlsruhe.wall_token)
    assert wall is not None
    shown = {i.idea_id: (i.votes, i.bridge) for i in wall.columns[0].ideas}
    assert shown == {one_city: (2, False), both: (2, True)}


async def test_an_exchange_moment_shows_the_other_rooms_best_ideas(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    ideas = [await wall_idea(harness, krasnodar, f"Идея {n}", language="ru") for n in range(5)]
    await wall_idea(harness, karlsruhe, "Chor", language="de")
    people = await crowd(harness, 4)
    for n, person in enumerate(people):  # idea 4 gets four +1, idea 3 three, ...
        for idea in ideas[n + 1 :]:
            await plus_one(harness, idea, person.id, krasnodar.city_id)
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        await live_wall_db.add_moment(
            conn, event.id, now + timedelta(minutes=10), now + timedelta(minutes=15)
        )
    wall = await harness.services.live_page.wall_data(karlsruhe.wall_token)
    assert wall is not None and wall.moment == {}
    harness.clock.advance(timedelta(minutes=11))
    wall = await harness.services.live_page.wall_data(karlsruhe.wall_token)
    assert wall is not None
    [(theme, best)] = wall.moment.items()
    assert theme == wall.theme_names[event.themes[0]]
    assert [i.idea_id for i in best] == [ideas[4], ideas[3], ideas[2]]  # the three best


async def test_an_unknown_token_shows_no_wall(harness: BotHarness) -> None:
    await live_event(harness)
    assert await harness.services.live_page.wall_data("not-a-token") is None


async def test_the_walls_follow_an_idea_published_or_withdrawn_elsewhere(
    harness: BotHarness,
) -> None:
    # Pre-moderation: the idea waits for the room's moderators, and it also stands in the
    # organisers' ordinary queue. Publishing it there puts it on the walls too.
    event = await live_event(harness, moderation=Moderation.PRE)
    karlsruhe, krasnodar = event.rooms
    [author] = await crowd(harness, 1, ("ru",))
    await author.send(f"/room {krasnodar.checkin_code}")  # the room screen
    await post_to_wall(author, krasnodar, "Общий сад", "Сад у реки для обоих городов.")
    [idea_id] = await idea_ids(harness)

    async def shown() -> list[int]:
        wall = await harness.services.live_page.wall_data(karlsruhe.wall_token)
        assert wall is not None
        return [i.idea_id for c in wall.columns for i in c.ideas]

    assert await shown() == []
    admin = await harness.services.access.actor(ADMIN_ID)
    await harness.services.idea_moderation.publish(admin, idea_id)
    assert await shown() == [idea_id]
    version = await harness.services.live_page.version(karlsruhe.wall_token)
    # A hidden idea leaves both walls, whoever hid it, and the pages see a new version.
    await harness.services.idea_moderation.hide(admin, idea_id, "Doppelt")
    assert await shown() == []
    assert (await harness.services.live_page.version(karlsruhe.wall_token) or 0) > (version or 0)


async def test_after_the_event_the_idea_card_keeps_the_walls_plus_ones(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    both = await wall_idea(harness, karlsruhe, "Radtour", language="de")
    one = await wall_idea(harness, krasnodar, "Хор", language="ru")
    people = await crowd(harness, 3)
    await plus_one(harness, both, people[0].id, karlsruhe.city_id)
    await plus_one(harness, both, people[1].id, krasnodar.city_id)
    await plus_one(harness, one, people[1].id, krasnodar.city_id)
    admin = await harness.services.access.actor(ADMIN_ID)
    await harness.services.live_setup.close(admin, event.id)  # ordinary ideas from now on
    reader = people[2]
    listing = IdeaList(0, 0, "a", "n")
    await reader.send("/ideas")
    await reader.press(listing)
    card = await reader.press(IdeaOpen(both, 0, 0, "a", "n"))
    assert "🌉 2 × +1" in card.body
    await reader.press(listing)
    card = await reader.press(IdeaOpen(one, 0, 0, "a", "n"))
    assert "👍 1 × +1" in card.body and "🌉" not in card.body


async def test_an_idea_from_the_room_offers_no_other_workshop(harness: BotHarness) -> None:
    # The review of an idea posted in a room: the room's workshop is fixed (choosing another
    # would take it off the walls), and the themes read without list words between them.
    event = await live_event(harness)
    krasnodar = event.rooms[1]
    [author] = await crowd(harness, 1, ("ru",))
    await author.send(f"/room {krasnodar.checkin_code}")
    await author.press_data(LivePost(krasnodar.id).pack())
    await author.send("Обмен рецептами")
    await author.send("Семьи обоих городов готовят блюда друг друга.")
    data = author.button_data()
    assert IdeaDraftStep("submit", 0).pack() in data
    assert not [d for d in data if d.startswith("id:workshop:")]
    [themes] = [line for line in author.last_text.splitlines() if line.startswith("🏷")]
    assert themes.count(" · ") == len(event.themes) - 1  # not "A, B и C"


def test_a_room_code_typed_on_a_cyrillic_keyboard_still_opens_the_room() -> None:
    # "КАМ 24" typed with Cyrillic К, А, М (they look the same on the projector).
    assert normalise_room_code("кам 24") == "KAM24"
    assert normalise_room_code(" kam-24 ") == "KAM24"
    assert normalise_room_code("КРД24") != "KRD24"  # Р and Д are other letters: no guessing
