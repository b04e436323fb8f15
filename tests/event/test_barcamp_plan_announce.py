"""Announcing the plan (image, text per slot, each person's .ics, reminders 5 minutes before),
"my sessions", and changes after announcing that reach only the people concerned."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar

from bot.callback_event import (
    BarcampMine,
    BarcampMineIcs,
    BarcampPlanMergeInto,
    BarcampPlanMoveTo,
    BarcampPlanPick,
    BarcampPlanScreen,
    BarcampPlanStep,
    BarcampPlanSwapWith,
)
from bot.db import barcamp as barcamp_db
from bot.domain.barcamp import CampRoom, CampSession, CampSlot, Phase
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import barcamp_camp, make_organiser, popup, quick_participant

ROOMS = (("Saal", 60, "de ru"), ("Raum A", 20, "de"), ("Комната B", 20, "ru"))
# (title, language, host, the people interested) by index into the camp's people
WANTED = (
    ("Radwege in Karlsruhe", "de", 0, (1, 2)),
    ("Велодорожки в Краснодаре", "ru", 1, (3,)),
    ("Stadtgärten", "de", 2, (4,)),
    ("Городские сады", "ru", 3, (5,)),
)


class Camp:
    def __init__(
        self, h: BotHarness, camp_id: int, people: list[SimClient], boss: SimClient, ids: list[int]
    ) -> None:
        self.h, self.id, self.people, self.boss, self.ids = h, camp_id, people, boss, ids

    async def sessions(self) -> dict[int, CampSession]:
        async with self.h.services.db.reading() as conn:
            return {s.id: s for s in await barcamp_db.sessions(conn, self.id)}

    async def slots(self) -> dict[int, CampSlot]:
        async with self.h.services.db.reading() as conn:
            return {s.id: s for s in await barcamp_db.slots(conn, self.id)}

    def counts(self) -> list[int]:
        return [len(p.messages) for p in self.people]


async def built_camp(h: BotHarness) -> Camp:
    _, camp_id, people = await barcamp_camp(h, rooms=ROOMS, slots=2, people=6, phase=Phase.BUILD)
    ids = []
    async with h.services.db.transaction() as conn:
        for title, language, host, fans in WANTED:
            sid = await barcamp_db.add_session(
                conn,
                camp_id,
                title,
                "",
                language,
                people[host].id,
                [people[host].id],
                h.clock.now(),
            )
            for fan in fans:
                await barcamp_db.add_interest(conn, sid, people[fan].id, h.clock.now())
            ids.append(sid)
    boss = await quick_participant(h, "Olga", language="en")
    await make_organiser(h, boss)
    await boss.send("/start")
    await boss.press_data(BarcampPlanScreen(camp_id).pack())
    await boss.press(BarcampPlanStep(camp_id, "build"))
    return Camp(h, camp_id, people, boss, ids)


async def announced_camp(h: BotHarness) -> Camp:
    camp = await built_camp(h)
    await camp.boss.press(BarcampPlanStep(camp.id, "announce"))
    await camp.boss.press(BarcampPlanStep(camp.id, "announce_yes"))
    await h.drain()
    return camp


async def test_announcing_asks_first_with_the_count_and_cancel_changes_nothing(
    harness: BotHarness,
) -> None:
    camp = await built_camp(harness)
    before = camp.counts()
    await camp.boss.press(BarcampPlanStep(camp.id, "announce"))
    assert "Announce the plan to 6 people checked in?" in camp.boss.last.body
    await camp.boss.press(BarcampPlanScreen(camp.id))  # cancel
    await harness.drain()
    assert camp.counts() == before
    async with harness.services.db.reading() as conn:
        found = await barcamp_db.get(conn, camp.id)
    assert found is not None and found.phase is Phase.BUILD


async def test_everyone_checked_in_gets_the_image_the_text_and_their_own_ics(
    harness: BotHarness,
) -> None:
    camp = await announced_camp(harness)
    assert "The plan went out to 6 people." in camp.boss.last.body
    for n, person in enumerate(camp.people):
        photos = [m for m in person.messages if m.photo is not None]
        assert len(photos) == 1 and photos[0].photo is not None
        assert photos[0].photo.content.startswith(b"\x89PNG")
        texts = [m for m in person.messages if "Radwege in Karlsruhe" in (m.text or "")]
        assert len(texts) == 1
        files = [m for m in person.messages if m.document is not None]
        assert len(files) == 1, n  # everyone here hosts or wants a session
    # German text for a German reader, Karlsruhe time named
    german = camp.people[0]
    text = next(m.text for m in german.messages if m.text and "Radwege" in m.text)
    assert "Ortszeit Karlsruhe" in text
    assert "Deine Sessions:" in text
    # Krasnodar's clock beside the venue's for a person from the partner city (bridged rooms)
    russian = camp.people[1]
    text = next(m.text or "" for m in russian.messages if "Radwege" in (m.text or ""))
    assert "по времени города Карлсруэ (у вас" in text
    assert "bei dir" not in next(m.text for m in german.messages if m.text and "Radwege" in m.text)


async def test_my_sessions_and_the_ics_parse_with_the_workshops_zone(harness: BotHarness) -> None:
    camp = await announced_camp(harness)
    person = camp.people[2]  # hosts Stadtgärten, wants Radwege
    await person.press(BarcampMine(camp.id))
    screen = person.last.body
    assert "Radwege in Karlsruhe" in screen and "Stadtgärten" in screen
    assert "Велодорожки" not in screen
    assert "Ortszeit Karlsruhe" in screen
    await person.press(BarcampMineIcs(camp.id))
    document = person.last.document
    assert document is not None
    calendar = Calendar.from_ical(document.content)
    events = [c for c in calendar.walk("VEVENT")]
    assert sorted(str(e["summary"]) for e in events) == ["Radwege in Karlsruhe", "Stadtgärten"]
    assert {e["dtstart"].dt.tzinfo.key for e in events} == {"Europe/Berlin"}  # type: ignore[union-attr]
    assert [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    sessions, slots = await camp.sessions(), await camp.slots()
    starts = {
        slots[s.slot_id].starts_at
        for s in sessions.values()
        if s.slot_id and s.id in (camp.ids[0], camp.ids[2])
    }
    assert {e["dtstart"].dt for e in events} == starts


async def test_a_person_sees_my_sessions_only_after_announcing(harness: BotHarness) -> None:
    camp = await built_camp(harness)
    person = camp.people[0]
    await person.send("/start")
    await person.press_data(BarcampMine(camp.id).pack())
    assert "noch nicht angekündigt" in popup(person)


async def test_a_reminder_five_minutes_before_each_session(harness: BotHarness) -> None:
    camp = await announced_camp(harness)
    sessions, slots = await camp.sessions(), await camp.slots()
    first = min(slots.values(), key=lambda s: s.starts_at)
    in_first = [s for s in sessions.values() if s.slot_id == first.id]
    assert in_first
    before = camp.counts()
    await harness.advance(first.starts_at - timedelta(minutes=6) - harness.clock.now())
    assert camp.counts() == before  # not yet
    await harness.advance(timedelta(minutes=1))
    told = {n for n, (a, b) in enumerate(zip(before, camp.counts(), strict=True)) if b > a}
    concerned = set()
    for s in in_first:
        host, fans = WANTED[camp.ids.index(s.id)][2:]
        concerned |= {host, *fans}
    assert told == concerned
    reminder = camp.people[min(concerned)].last.text or ""
    assert any(s.title in reminder for s in in_first)


async def test_a_swap_after_announcing_tells_only_the_people_of_the_two_sessions(
    harness: BotHarness,
) -> None:
    camp = await announced_camp(harness)
    radwege, gaerten = camp.ids[0], camp.ids[2]
    before_cells = await camp.sessions()
    before = camp.counts()
    await camp.boss.press_data(BarcampPlanSwapWith(radwege, gaerten).pack())
    assert "4 people interested in them will be told" in camp.boss.last.body
    await harness.drain()
    assert camp.counts() == before  # asked, not done
    await camp.boss.press(BarcampPlanSwapWith(radwege, gaerten, True))
    await harness.drain()
    received = [b - a for a, b in zip(before, camp.counts(), strict=True)]
    # hosts 0 and 2; interested 1, 2 (Radwege) and 4 (Stadtgärten): one message each
    assert received == [1, 1, 1, 0, 1, 0]
    after = await camp.sessions()
    assert after[radwege].slot_id == before_cells[gaerten].slot_id
    notice = camp.people[4].last.text or ""
    assert "Stadtgärten" in notice and "Ortszeit Karlsruhe" in notice


async def test_a_move_after_announcing_moves_the_reminder(harness: BotHarness) -> None:
    camp = await announced_camp(harness)
    slots = await camp.slots()
    sessions = await camp.sessions()
    radwege = sessions[camp.ids[0]]
    old = slots[radwege.slot_id or 0]
    new = next(s for s in slots.values() if s.id != old.id)
    taken = {(s.room_id, s.slot_id) for s in sessions.values()}
    hosts_busy = any(s.slot_id == new.id and s.hosts & radwege.hosts for s in sessions.values())
    assert not hosts_busy
    rooms = {r.name: r.id for r in await _rooms(harness, camp.id)}
    room = next(rooms[n] for n in ("Raum A", "Saal") if (rooms[n], new.id) not in taken)
    await camp.boss.press_data(BarcampPlanMoveTo(radwege.id, new.id, room, True).pack())
    await harness.drain()
    host = camp.people[0]
    count = len(host.messages)
    await harness.advance(old.starts_at - timedelta(minutes=5) - harness.clock.now())
    reminded_old = [m for m in host.messages[count:] if "Radwege" in (m.text or "")]
    await harness.advance(new.starts_at - timedelta(minutes=5) - harness.clock.now())
    reminded_new = [m for m in host.messages[count:] if "Radwege" in (m.text or "")]
    if old.starts_at < new.starts_at:
        assert reminded_old == []
    assert len(reminded_new) == 1
    assert "In 5 Minuten" in (reminded_new[0].text or "")


async def _rooms(h: BotHarness, camp_id: int) -> list[CampRoom]:
    async with h.services.db.reading() as conn:
        return await barcamp_db.rooms(conn, camp_id)


async def test_a_merge_after_announcing_tells_the_people_of_both_sessions_once(
    harness: BotHarness,
) -> None:
    camp = await announced_camp(harness)
    radwege, gaerten = camp.ids[0], camp.ids[2]
    before = camp.counts()
    await camp.boss.press_data(BarcampPlanMergeInto(gaerten, radwege).pack())
    assert "4 people interested in them will be told" in camp.boss.last.body
    await camp.boss.press(BarcampPlanMergeInto(gaerten, radwege, True))
    await harness.drain()
    received = [b - a for a, b in zip(before, camp.counts(), strict=True)]
    assert received == [1, 1, 1, 0, 1, 0]
    notice = camp.people[4].last.text or ""
    assert "Stadtgärten" in notice and "Radwege in Karlsruhe" in notice
    after = await camp.sessions()
    assert gaerten not in after
    assert after[radwege].interest == 3  # people 1, 2 and 4: person 2 counted once
    assert after[radwege].hosts == {camp.people[0].id, camp.people[2].id}


async def test_cancelling_a_change_after_announcing_changes_nothing(harness: BotHarness) -> None:
    camp = await announced_camp(harness)
    radwege, gaerten = camp.ids[0], camp.ids[2]
    before_cells, before = await camp.sessions(), camp.counts()
    await camp.boss.press_data(BarcampPlanSwapWith(radwege, gaerten).pack())
    await camp.boss.press(BarcampPlanPick(radwege))  # Cancel: back to the session
    await harness.drain()
    assert camp.counts() == before
    assert await camp.sessions() == before_cells
