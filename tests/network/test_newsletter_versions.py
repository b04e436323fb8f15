"""Newsletter versions: machine versions are marked with the original one tap away; a
scheduled newsletter goes out at the time typed on the staff member's clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.callback_network import NewsletterOriginal, NewsletterStep, NewsletterUnschedule
from bot.clock import FakeClock
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    crowd,
    newsletter_staff,
    popup,
    shown,
    translated_harness,
    write_newsletter,
)

SPRING = "Spring news\nWe meet in May at the town hall."


def newsletters(user: SimClient) -> list[str]:
    return [m.body for m in user.messages if m.body.startswith("📰") and "news" in m.body]


async def test_machine_versions_are_marked_and_the_original_is_one_tap_away(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock, admin_ids=frozenset({ADMIN_ID})) as (h, _):
        russian, german = await crowd(h, 2, languages=("ru", "de"))
        staff = await newsletter_staff(h)
        await write_newsletter(staff, SPRING)
        await staff.press(NewsletterStep("machine"))
        assert staff.last_text.startswith("🤖 Machine versions were added")
        await staff.press(NewsletterStep("audience"))
        await staff.press(NewsletterStep("preview"))
        await staff.press(NewsletterStep("send"))
        await h.drain()

        (text,) = newsletters(russian)
        assert "[ru] Spring news" in text
        assert "🤖 Машинный перевод, язык оригинала: английский" in text
        await russian.press(shown(russian, NewsletterOriginal))
        assert "Spring news" in russian.last_text and "[ru]" not in russian.last_text
        assert "[de] We meet in May" in newsletters(german)[0]


async def test_without_a_provider_nothing_is_promised(harness: BotHarness) -> None:
    (russian,) = await crowd(harness, 1, languages=("ru",))
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, SPRING)
    assert NewsletterStep("machine").pack() not in staff.button_data()
    await staff.press(NewsletterStep("audience"))
    await staff.press(NewsletterStep("preview"))
    await staff.press(NewsletterStep("send"))
    await harness.drain()
    (text,) = newsletters(russian)
    assert "Язык оригинала: английский. Версии на вашем языке нет." in text
    assert "перевод" not in text


async def test_a_scheduled_newsletter_goes_out_at_the_typed_time(harness: BotHarness) -> None:
    (reader,) = await crowd(harness, 1, languages=("en",))
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, SPRING)
    await staff.press(NewsletterStep("audience"))
    await staff.press(NewsletterStep("preview"))
    await staff.press(NewsletterStep("schedule"))
    assert "(Karlsruhe time)" in staff.last_text
    when = (harness.clock.now() + timedelta(days=2)).astimezone(ZoneInfo("Europe/Berlin"))
    await staff.send(when.strftime("%d.%m.%Y") + " 10:00")
    assert staff.last_text.startswith("🕒 The newsletter is scheduled for ")
    assert "10:00 your time (Berlin)" in staff.last_text

    await harness.advance(timedelta(days=1))
    assert newsletters(reader) == []
    await harness.advance(timedelta(days=2))
    assert len(newsletters(reader)) == 1


async def test_a_time_in_the_past_is_refused(harness: BotHarness) -> None:
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, SPRING)
    await staff.press(NewsletterStep("audience"))
    await staff.press(NewsletterStep("preview"))
    await staff.press(NewsletterStep("schedule"))
    await staff.send("01.01.2020 10:00")
    assert "past" in staff.last_text


async def test_a_scheduled_newsletter_can_be_cancelled_by_staff_only(harness: BotHarness) -> None:
    (reader,) = await crowd(harness, 1, languages=("en",))
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, SPRING)
    await staff.press(NewsletterStep("audience"))
    await staff.press(NewsletterStep("preview"))
    await staff.press(NewsletterStep("schedule"))
    when = (harness.clock.now() + timedelta(days=2)).astimezone(ZoneInfo("Europe/Berlin"))
    await staff.send(when.strftime("%d.%m.%Y") + " 10:00")
    unschedule = shown(staff, NewsletterUnschedule)
    await reader.send("/calendar")
    await reader.press_data(unschedule.pack())  # forged by someone else: refused
    assert popup(reader) == "The network newsletter is written by the network office's staff."
    await staff.press(unschedule)
    assert staff.last_text.startswith("Cancelled — the newsletter will not be sent.")
    await harness.advance(timedelta(days=3))
    assert newsletters(reader) == []
