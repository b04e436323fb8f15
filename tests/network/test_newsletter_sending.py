"""The network newsletter end to end: what the preview counts is what is delivered, each
reader gets their language's version (or the original naming its language), muted people get
nothing, and only network staff can write one."""

from __future__ import annotations

from bot.callback_network import (
    NewsletterCountry,
    NewsletterHome,
    NewsletterRoleChoice,
    NewsletterStep,
    NewsletterTopic,
    NewsletterVersion,
)
from bot.db import participants as participants_db
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    crowd,
    make_organiser,
    network_focus,
    newsletter_staff,
    onboard,
    partnership_with_people,
    popup,
    write_newsletter,
)

SPRING = "Spring news\nWe meet in May at the town hall."
PARTNERS = "New partners\nTwo schools joined the exchange."
FRUEHLING = "Frühlingsnachrichten\nWir treffen uns im Mai im Rathaus."
PARTNER_DE = "Neue Partner\nZwei Schulen machen beim Austausch mit."


def newsletters(user: SimClient) -> list[str]:
    """The newsletters in a person's chat (not the staff member's previews)."""
    return [
        m.body
        for m in user.messages
        if m.body.startswith("📰")  # the heading in the reader's language
        if "Spring news" in m.body or "Frühlingsnachrichten" in m.body
    ]


async def to_preview(staff: SimClient) -> str:
    await staff.press(NewsletterStep("audience"))
    await staff.press(NewsletterStep("preview"))
    return staff.last_text


async def test_preview_count_is_what_is_delivered_in_each_readers_version(
    harness: BotHarness,
) -> None:
    people = await crowd(harness, 10)  # de, ru, en, uk, be, de, ru, …
    muted = people[:2]  # a German and a Russian reader muted announcements
    async with harness.services.db.transaction() as conn:
        for person in muted:
            await participants_db.set_muted(conn, person.id, True)
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, SPRING, PARTNERS)
    assert "2 sections written" in staff.last_text
    await staff.press(NewsletterVersion("de"))
    await staff.send(FRUEHLING)
    await staff.send(PARTNER_DE)
    assert "Versions: English and German" in staff.last_text

    confirm = await to_preview(staff)
    # 1 German, 3 English (with the staff member), 1 Russian, 2 Ukrainian, 2 Belarusian.
    assert confirm.startswith("This goes to 9 people (")
    assert "German: 1" in confirm and "Russian: 1" in confirm and "English: 3" in confirm
    previews = [m.body for m in staff.messages if m.body.startswith("👁")]
    assert any("Frühlingsnachrichten" in p for p in previews)  # the text as sent
    assert any(p.startswith("👁 As readers in Russian get it (1 person)") for p in previews)

    progress = await staff.press(NewsletterStep("send"))
    await harness.drain()

    assert "9 of 9 sent" in progress.body and progress.body.startswith("✅ Newsletter delivered")
    delivered = {p.id: newsletters(p) for p in [*people, staff]}
    assert sum(len(got) for got in delivered.values()) == 9
    for person in muted:
        assert delivered[person.id] == []
    german = [p for p in people[5:] if p.user.language_code == "de"]
    assert all("Frühlingsnachrichten" in delivered[p.id][0] for p in german)
    russian = next(p for p in people[2:] if p.user.language_code == "ru")
    (text,) = delivered[russian.id]
    assert "Spring news" in text and "Язык оригинала: английский" in text
    assert text.startswith("📰 Бюллетень сети")
    assert "Written in" not in delivered[staff.id][0]  # the original, in its own language


async def test_audience_by_country_topic_and_role(harness: BotHarness) -> None:
    staff = await newsletter_staff(harness)  # onboarded while there is one partnership
    for user_id in (9001, 9002):
        harness.user("Pole", "de", user_id=user_id)
    polish = await partnership_with_people(harness.services.db, 9001, 9002)
    await network_focus(harness, polish, ("PL",), ("youth",))
    await network_focus(harness, DEMO_PARTNERSHIP, ("DE", "RU"), ("culture",))
    people = await crowd(harness, 3)
    await write_newsletter(staff, SPRING)
    await staff.press(NewsletterStep("audience"))
    assert "It reaches 6 people." in staff.last_text

    await staff.press(NewsletterStep("countries"))
    await staff.press(NewsletterCountry("PL"))
    assert "Country: Poland" in staff.last_text and "It reaches 2 people." in staff.last_text
    await staff.press(NewsletterStep("topics"))
    await staff.press(NewsletterTopic("culture"))
    assert "Nobody is in this audience yet." in staff.last_text
    await staff.press(NewsletterStep("countries"))
    await staff.press(NewsletterCountry("-"))
    assert "It reaches 4 people." in staff.last_text  # the demo partnership's culture focus

    await make_organiser(harness, people[0])
    await staff.press(NewsletterRoleChoice("organisers"))
    assert "It reaches 1 person." in staff.last_text
    await staff.press(NewsletterRoleChoice("participants"))
    assert "It reaches 3 people." in staff.last_text  # the organiser is not counted twice

    await staff.press_data(NewsletterCountry("XX").pack())  # no partnership names it
    assert "out of date" in str((staff.last_callback_answer or {}).get("text"))
    assert "Country: Any country" in staff.last_text
    await staff.press(NewsletterStep("preview"))
    progress = await staff.press(NewsletterStep("send"))
    await harness.drain()
    assert "3 of 3 sent" in progress.body
    assert newsletters(people[0]) == [] and all(newsletters(p) for p in people[1:])


async def test_only_network_staff_write_newsletters(harness: BotHarness) -> None:
    person = harness.user("Pavel", "en")
    await onboard(person)
    for forged in (NewsletterHome(), NewsletterStep("write"), NewsletterStep("send")):
        await person.press_data(forged.pack())
        assert popup(person) == "The network newsletter is written by the network office's staff."
    await person.send(SPRING)  # no draft: stray text
    assert not any(newsletters(p) for p in [person])


async def test_a_section_needs_a_heading_and_text(harness: BotHarness) -> None:
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, "Only a heading")
    assert staff.last_text.startswith("A section needs a heading on the first line")
    question = next(m for m in staff.messages if m.body.startswith("📰 New newsletter"))
    assert question.button_data()  # still to answer: cancel is there
    await staff.send(SPRING)
    assert "1 section written" in staff.last_text
    question = next(m for m in staff.messages if m.body.startswith("📰 New newsletter"))
    assert question.button_data() == []  # answered: its buttons went


async def test_nobody_in_the_audience_offers_no_send_button(harness: BotHarness) -> None:
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, SPRING)
    await staff.press(NewsletterStep("audience"))
    await staff.press(NewsletterRoleChoice("coaches"))
    await staff.press(NewsletterStep("preview"))
    assert staff.last_text.startswith("Nobody is in this audience")
    assert NewsletterStep("send").pack() not in staff.button_data()
