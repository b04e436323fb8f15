"""Announcements end to end: exactly once, in each reader's language, at Telegram's pace."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from datetime import timedelta

import pytest

from bot.callback_data import AnnouncementStep, BroadcastStep, ProfileStep, WorkshopSignup
from bot.db import outbox as outbox_db
from bot.offline.emulator import SimMessage
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    create_workshop,
    crowd,
    onboard,
    png_header,
    popup,
    quick_participant,
)

TEXTS = {
    "en": "Kick-off news: we meet on Saturday!",
    "de": "Neuigkeiten zum Kick-off: Wir treffen uns am Samstag!",
    "ru": "Новости кик-оффа: встречаемся в субботу!",
}
EVERYONE = BroadcastStep("aud", "all", 0)  # 👥 Everyone in the partnership
SEND_NOW = BroadcastStep("send", "-", 0)
SEND_LATER = BroadcastStep("schedule", "-", 0)


async def compose(
    harness: BotHarness,
    audience: BroadcastStep = EVERYONE,
    versions: tuple[str, ...] = ("de", "ru"),
) -> SimClient:
    """The admin writes a formatted announcement with language versions and picks an audience."""
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await admin.send("/broadcast")
    assert admin.last_text.startswith("📣 New announcement.")
    bold = [{"type": "bold", "offset": 0, "length": 13}]
    await admin.send(TEXTS["en"], entities=bold)
    for code in versions:
        await admin.press(BroadcastStep("version", code, 0))  # German, Russian
        await admin.send(TEXTS[code])
    await admin.press(BroadcastStep("audience", "-", 0))  # Choose the audience ▶️
    await admin.press(audience)
    return admin


HEADING = "📣 Karlsruhe ↔ Krasnodar:\n\n"


def received(user: SimClient, expected: str) -> int:
    """Announcements with this text (under the heading naming the partnership)."""
    return sum(1 for m in user.messages if m.body.startswith("📣") and unheaded(m.body) == expected)


def unheaded(body: str) -> str:
    return body.split("\n\n", 1)[-1]


def expected_text(language: str) -> str:
    return TEXTS.get(language, TEXTS["en"])


@pytest.mark.slow  # hundreds of recipients
async def test_broadcast_to_2000_people_with_50_blocked(harness: BotHarness) -> None:
    people = await crowd(harness, 2000)
    blocked = people[::40]
    assert len(blocked) == 50
    for person in blocked:
        harness.sim.block(person.id)
    admin = await compose(harness)
    assert admin.last_text.startswith("This goes to 2,000 people")
    assert "German: 400" in admin.last_text and "Russian: 400" in admin.last_text
    previews = [m.body for m in admin.messages if m.body in TEXTS.values()]
    assert set(previews) == set(TEXTS.values())
    bold = next(m for m in admin.messages if m.body == TEXTS["en"])
    assert bold.entities and bold.entities[0]["type"] == "bold"  # formatting kept

    harness.sim.error_counts.clear()
    progress = await admin.press(SEND_NOW)
    report = await harness.drain()

    assert harness.sim.error_counts.get(429, 0) == 0
    for person in people:
        language = harness.sim.users[person.id].language_code or "en"
        count = received(person, expected_text(language))
        assert count == (0 if person in blocked else 1), (person.user.first_name, count)
    for person in blocked:
        participant = await harness.services.onboarding.participant(person.id)
        assert participant is not None and not participant.reachable
    assert report.sent == 1950 and report.blocked == 50
    assert progress.body == (
        "✅ Announcement delivered: 1,950 of 2,000 sent · 50 blocked the bot · 0 failed"
    )
    # A blocked person writes again: they are reachable again.
    await blocked[0].send("/menu")
    participant = await harness.services.onboarding.participant(blocked[0].id)
    assert participant is not None and participant.reachable


@pytest.mark.slow  # hundreds of recipients
async def test_worker_stopped_midway_resumes_without_duplicates(harness: BotHarness) -> None:
    people = await crowd(harness, 300)
    admin = await compose(harness)
    await admin.press(SEND_NOW)
    delivered = 0
    assert harness.worker is not None

    def count(kind: str, message: SimMessage) -> None:
        nonlocal delivered
        if (
            kind == "message"
            and unheaded(message.body) in TEXTS.values()
            and message.chat_id != ADMIN_ID
        ):
            delivered += 1
            if delivered == 120:
                harness.worker.stop()  # type: ignore[union-attr]

    harness.sim.listeners.append(count)
    await harness.drain()
    harness.sim.listeners.remove(count)
    assert delivered == 120
    async with harness.services.db.reading() as conn:
        assert await outbox_db.pending_count(conn) == 180

    await harness.restart()  # a new Application and worker on the same database
    await harness.drain()
    for person in people:
        language = harness.sim.users[person.id].language_code or "en"
        assert received(person, expected_text(language)) == 1


@pytest.mark.slow  # hundreds of recipients
async def test_crash_in_flight_repeats_at_most_one_message(harness: BotHarness) -> None:
    people = await crowd(harness, 200)
    admin = await compose(harness)
    await admin.press(SEND_NOW)
    task = asyncio.create_task(harness.drain())
    seen = 0

    def crash(kind: str, message: SimMessage) -> None:
        nonlocal seen
        if kind == "message" and message.chat_id != ADMIN_ID:
            seen += 1
            if seen == 77:
                task.cancel()  # the process dies right after Telegram accepted message 77

    harness.sim.listeners.append(crash)
    with contextlib.suppress(asyncio.CancelledError):
        await task
    harness.sim.listeners.remove(crash)
    await harness.restart()
    await harness.drain()
    counts = Counter(
        received(p, expected_text(harness.sim.users[p.id].language_code or "en")) for p in people
    )
    assert counts[0] == 0
    assert counts[2] <= 1 and counts[1] + counts[2] == 200


async def test_429_from_telegram_pauses_without_losing_anything(harness: BotHarness) -> None:
    people = await crowd(harness, 60)
    admin = await compose(harness)
    await admin.press(SEND_NOW)
    harness.sim.inject_429(times=3, retry_after=7)
    before = harness.clock.now()
    report = await harness.drain()
    assert report.rate_limited == 3
    assert report.sent == 60
    assert harness.clock.now() - before >= timedelta(seconds=21)
    for person in people:
        language = harness.sim.users[person.id].language_code or "en"
        assert received(person, expected_text(language)) == 1


@pytest.mark.slow  # hundreds of recipients
async def test_own_command_answered_while_a_big_broadcast_runs(harness: BotHarness) -> None:
    people = await crowd(harness, 2000)
    admin = await compose(harness)
    await admin.press(SEND_NOW)
    started = asyncio.Event()

    def watch(kind: str, message: SimMessage) -> None:
        if kind == "message" and message.chat_id != ADMIN_ID:
            started.set()

    harness.sim.listeners.append(watch)
    delivery = asyncio.create_task(harness.drain())
    await asyncio.wait_for(started.wait(), timeout=30)
    asker = people[1]
    asked_at = harness.clock.now()
    await asker.send("/help")
    answered_at = harness.clock.now()
    async with harness.services.db.reading() as conn:
        still_waiting = await outbox_db.pending_count(conn)
    assert asker.last_text.startswith("ℹ️")  # the answer is there…
    assert still_waiting > 1500  # …long before the broadcast is through
    assert answered_at - asked_at <= timedelta(seconds=5)
    await delivery


async def test_scheduled_broadcast_can_be_cancelled_until_it_starts(harness: BotHarness) -> None:
    people = await crowd(harness, 10)
    admin = await compose(harness)
    await admin.press(SEND_LATER)
    when = (harness.clock.now() + timedelta(days=1)).astimezone(
        __import__("zoneinfo").ZoneInfo("Europe/Berlin")
    )
    await admin.send(when.strftime("%d.%m.%Y %H:%M"))
    assert admin.last_text.startswith("🕒 Scheduled for")
    scheduled_message = admin.last
    assert scheduled_message.button_texts()[0] == "✖️ Cancel this announcement"
    await admin.press_at(0, 0, message=scheduled_message)
    assert scheduled_message.body.startswith("Cancelled — the announcement will not be sent.")
    await harness.advance(timedelta(days=2))
    assert all(
        received(p, expected_text(harness.sim.users[p.id].language_code or "en")) == 0
        for p in people
    )

    admin = await compose(harness)
    await admin.press(SEND_LATER)
    await admin.send((when + timedelta(days=2)).strftime("%d.%m.%Y %H:%M"))
    cancel_button = admin.last
    await harness.advance(timedelta(days=3))
    assert all(
        received(p, expected_text(harness.sim.users[p.id].language_code or "en")) == 1
        for p in people
    )
    await admin.press_at(0, 0, message=cancel_button)  # ✖️ Cancel this announcement
    assert popup(admin) == (
        "This announcement has already started; it can no longer be changed or cancelled."
    )


async def test_audiences_and_muting(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, capacity=1)
    inside = await quick_participant(harness, "Inside")
    waiting = await quick_participant(harness, "Waiting")
    muted = await quick_participant(harness, "Muted")
    for person in (inside, waiting, muted):
        await person.start(f"w{workshop.id}")
        await person.press(WorkshopSignup(workshop.id))
    await muted.send("/profile")
    await muted.press(ProfileStep("mute", onboarding=False))
    assert "Announcements: off" in muted.last_text

    waiting_list = BroadcastStep("aud", "waitlisted", workshop.id)  # ⏳ Waiting list: Kick-off…
    admin = await compose(harness, audience=waiting_list, versions=())
    assert admin.last_text.startswith("This goes to 1 person (English: 1)")
    await admin.press(SEND_NOW)
    await harness.drain()
    assert received(waiting, TEXTS["en"]) == 1
    assert received(inside, TEXTS["en"]) == 0 and received(muted, TEXTS["en"]) == 0
    # A cancellation notice is not an announcement: muted people still get it.
    actor = await harness.services.access.actor(ADMIN_ID)
    await harness.services.workshops.cancel_workshop(actor, workshop.id)
    await harness.drain()
    assert muted.last_text.startswith(
        ("❌ Kick-off Karlsruhe", "❌ Der Workshop „Kick-off Karlsruhe“")
    )


async def test_photo_announcement_and_refusals(harness: BotHarness) -> None:
    people = await crowd(harness, 5, languages=("en",))
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await admin.send("/broadcast")
    png = png_header(320, 200)
    await admin.send_photo(png, caption="Poster for Saturday")
    await admin.press(BroadcastStep("audience", "-", 0))
    await admin.press(EVERYONE)
    await admin.press(SEND_NOW)
    await harness.drain()
    for person in people:
        assert person.last.photo is not None and person.last.body == HEADING + "Poster for Saturday"

    intruder = await quick_participant(harness, "Intruder")
    await intruder.send("/menu")
    broadcasts_before = await harness.services.db.conn.execute_fetchall(
        "SELECT COUNT(*) FROM broadcasts"
    )
    for data in ("bc:new:-:1", "bc:send:-:0", "bc:unschedule:-:1", "bc:aud:all:0"):
        await intruder.press_data(data)
        assert popup(intruder) in (
            "Sorry, this is only available to organisers of the partnership.",
            "This announcement is no longer being written. Start again from the organiser tools.",
        )
    assert (
        await harness.services.db.conn.execute_fetchall("SELECT COUNT(*) FROM broadcasts")
        == broadcasts_before
    )
    await intruder.send("/broadcast")
    assert intruder.last_text.startswith("Sorry, this is only available to organisers")


async def test_too_long_or_empty_text_is_refused(harness: BotHarness) -> None:
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await onboard(admin)
    await admin.send("/broadcast")
    await admin.send("x" * 4000)  # Telegram takes 4,096: the rest is the heading's
    assert admin.last_text == (
        "That is too long for one Telegram message: please keep it under 3,996 characters."
    )
    await admin.send("<b>fine</b> & <i>safe</i>")
    assert admin.last_text.startswith("Written in: English.")


async def test_delivered_messages_are_forgotten_after_a_week(harness: BotHarness) -> None:
    people = await crowd(harness, 5)
    admin = await compose(harness)
    await admin.press_data("bc:send:-:0")  # 📣 Send now
    await harness.drain()
    assert all(received(p, expected_text(p.user.language_code or "en")) == 1 for p in people)

    async def kept() -> list[tuple[int, str]]:
        async with harness.services.db.reading() as conn:
            rows = await conn.execute_fetchall("SELECT recipient_id, dedupe_key FROM outbox")
        return [(r[0], r[1]) for r in rows]

    assert len(await kept()) == 5
    await harness.advance(timedelta(days=6))
    assert len(await kept()) == 5  # within the week the dedupe keys still guard against repeats
    await harness.advance(timedelta(days=1, hours=1))
    assert await kept() == []


async def test_announcements_name_their_partnership_and_can_be_muted(harness: BotHarness) -> None:
    klara = await quick_participant(harness, "Klara", language="de")
    olga = await quick_participant(harness, "Olga", language="ru", city=1)
    admin = await compose(harness)
    await admin.press(SEND_NOW)
    await harness.drain()
    assert klara.last_text == "📣 Karlsruhe ↔ Krasnodar:\n\n" + TEXTS["de"]
    assert olga.last_text == "📣 Карлсруэ ↔ Краснодар:\n\n" + TEXTS["ru"]
    assert olga.button_data() == [AnnouncementStep("mute").pack()]
    assert olga.buttons() == ["🔕 Отключить объявления"]

    await olga.press(AnnouncementStep("mute"))
    answer = olga.last_callback_answer
    assert answer is not None and answer["text"].startswith("🔕 Объявления отключены.")
    assert olga.last_text.endswith(TEXTS["ru"]) and olga.button_data() == []  # text stays
    admin = await compose(harness)
    await admin.press(SEND_NOW)
    await harness.drain()
    assert received(olga, TEXTS["ru"]) == 1  # muted: the second one did not come
    assert received(klara, TEXTS["de"]) == 2

    await olga.send("/profile")
    await olga.press(ProfileStep("mute", False))  # 🔔 Receive announcements again
    admin = await compose(harness)
    await admin.press(SEND_NOW)
    await harness.drain()
    assert received(olga, TEXTS["ru"]) == 2


TWIN_TITLES = (
    "Старт в городе Карлсруэ: знакомство, идеи и команды",
    "Старт в городе Краснодар: знакомство, идеи и команды",
)


@pytest.mark.parametrize("language", ["ru", "de"])
async def test_workshops_with_alike_titles_are_told_apart(
    harness: BotHarness, language: str
) -> None:
    """Phones cut long labels: the buttons carry numbers, the text names each workshop."""
    karlsruhe = await create_workshop(harness, title=TWIN_TITLES[0], city=0)
    krasnodar = await create_workshop(
        harness, title=TWIN_TITLES[1], city=1, starts_in=timedelta(days=9)
    )
    guest = await quick_participant(harness, "Guest")
    await guest.start(f"w{krasnodar.id}")
    await guest.press(WorkshopSignup(krasnodar.id))
    admin = harness.user("Admin", language, user_id=ADMIN_ID)
    await admin.send("/broadcast")
    await admin.send(TEXTS[language])
    screen = await admin.press(BroadcastStep("audience", "-", 0))

    labels = {b["callback_data"]: b["text"] for row in screen.button_rows() for b in row}
    lines = screen.body.split("\n\n💡")[0].splitlines()  # the workshops, before the themes
    workshop_labels = []
    for workshop, title in zip((karlsruhe, krasnodar), TWIN_TITLES, strict=True):
        for kind in ("confirmed", "waitlisted"):
            label = labels[BroadcastStep("aud", kind, workshop.id).pack()]
            number = label.split()[1]  # "🎟 2 записаны"
            named = [line for line in lines if line.startswith(f"{number}. ")]
            assert len(named) == 1 and named[0].startswith(f"{number}. {title} — ")
            workshop_labels.append(label)
    assert len(set(workshop_labels)) == 4  # no two buttons look the same
    when = "Ortszeit Krasnodar" if language == "de" else "по времени города Краснодар"
    assert when in next(line for line in lines if TWIN_TITLES[1] in line)

    themes = screen.body.split("\n\n💡")[1].splitlines()[1:]
    for theme in (await harness.services.partnerships.list())[0].themes:
        number = labels[BroadcastStep("aud", "interest", theme.id).pack()].split()[1]  # "💡 2"
        assert f"{number}. {theme.name.for_reader(language)}" in themes

    await admin.press(BroadcastStep("aud", "confirmed", krasnodar.id))
    reach = "1 Person" if language == "de" else "1 человек"
    assert reach in admin.last_text


async def test_a_second_press_on_the_audience_does_not_send_the_previews_again(
    harness: BotHarness,
) -> None:
    await crowd(harness, 4, languages=("de", "ru"))
    admin = await compose(harness)  # previews in German and Russian, then "Send to 4 people?"
    screen = next(m for m in admin.messages if m.body.startswith("Who should receive it?"))
    assert screen.button_data() == []  # answered: the audience screen lost its buttons
    sent = len(admin.messages)
    await admin.press_data(EVERYONE.pack(), message=screen)  # a phone still showing them
    assert len(admin.messages) == sent  # nothing sent again
    answer = admin.last_callback_answer or {}
    assert answer.get("text") == (  # a short pop-up
        "This button is out of date. Please use the latest message or /menu."
    )
    # Another audience from the confirmation still works, with its own previews.
    await admin.press(BroadcastStep("audience", "-", 0))  # 👥 Another audience
    await admin.press(BroadcastStep("aud", "language.de", 0))  # 🗣 German speakers
    assert len(admin.messages) > sent
    assert admin.last_text.startswith("This goes to 2 people (German: 2)")
