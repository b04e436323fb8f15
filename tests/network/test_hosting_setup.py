"""Setting up consultation hours as a host: from the network home to a summary that says in
words what people will see, each setting one tap or one typed answer, bad input answered
helpfully, and nobody but network staff and coaches gets in (forged presses included)."""

from __future__ import annotations

from bot.callback_consult import (
    HostDay,
    HostLanguage,
    HostNumberAsk,
    HostNumberSet,
    HostStep,
    HostTopic,
    HostWindowRemove,
    HostZoneOwn,
)
from bot.callback_network import HostHome
from bot.db import consultations as consult_db
from bot.db import roles as roles_db
from bot.domain.roles import Role
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    hosting,
    network_staff,
    popup,
    quick_participant,
    shown,
)


def answered(user) -> str:  # type: ignore[no-untyped-def]
    """The text that answered the last press (a pop-up or a short notice)."""
    return str((user.last_callback_answer or {}).get("text", ""))


async def _host_row(h: BotHarness, user_id: int):  # type: ignore[no-untyped-def]
    async with h.services.db.reading() as conn:
        return await consult_db.get_host(conn, user_id)


async def test_a_staff_member_sets_up_hours_and_reads_what_people_will_see(
    harness: BotHarness,
) -> None:
    nina = await network_staff(harness)
    await nina.send("/network")
    await nina.press(HostHome())
    assert "offer consultation hours" in nina.last_text
    await nina.press(HostStep("setup"))
    assert "No weekly hours yet" in nina.last_text
    await nina.press(HostStep("windows"))
    await nina.press(HostDay(1))  # Tuesday
    await nina.send("10:00–12:00")
    assert "Added" in nina.last_text
    assert "Tuesday: 10:00–12:00 Karlsruhe time" in nina.last_text
    await nina.send("14-15")
    await nina.press(HostStep("windows"))
    await nina.press(HostHome())
    text = nina.last_text
    # The clock starts on Monday 2 March 2026, 10:00 in Karlsruhe.
    assert "People see: Tuesday 10:00–12:00 and 14:00–15:00 Karlsruhe time." in text
    assert "30 min + 10 min buffer, bookable 24 hours to 28 days ahead." in text
    assert "Private slots: one person each." in text
    assert "Languages: English" in text and "Topics: all" in text
    assert "Your next free slots, as people will see them:" in text
    # 10:00 is less than 24 hours away by now (each message takes a moment): not offered.
    assert "10:00–10:30" not in text
    assert "• Tue, 3 Mar 2026, 10:40–11:10 Karlsruhe time" in text
    assert "• Tue, 3 Mar 2026, 11:20–11:50 Karlsruhe time" in text
    assert "• Tue, 3 Mar 2026, 14:00–14:30 Karlsruhe time" in text
    assert "14:40–15:10" not in text  # three slots, not more
    assert "Attended: 0 · No-show: 0" in text


async def test_bad_window_zone_and_link_get_a_helpful_answer_and_change_nothing(
    harness: BotHarness,
) -> None:
    nina = await network_staff(harness)
    await hosting(harness, nina.id)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press(HostStep("windows"))
    await nina.press(HostDay(1))
    await nina.send("morning")
    assert "like 10:00–12:00 or 10-12" in nina.last_text
    await nina.send("12-10")
    assert "The end must be after the start" in nina.last_text
    await nina.send("11:00-13:00")
    assert "overlap" in nina.last_text
    await nina.press(HostStep("windows"))
    await nina.press(HostHome())
    await nina.press(HostStep("zone"))
    await nina.send("Mars/Olympus")
    assert "That is not a time zone" in nina.last_text
    await nina.press(HostHome())
    await nina.press(HostStep("video"))
    await nina.send("http://meet.example.org/room")
    assert "starting with https://" in nina.last_text
    host = await _host_row(harness, nina.id)
    assert host is not None
    assert [(w.starts.hour, w.ends.hour) for w in host.windows] == [(10, 12)]
    assert host.time_zone == "Europe/Berlin" and host.video_link is None


async def test_each_setting_is_one_tap_or_one_typed_answer(harness: BotHarness) -> None:
    nina = await network_staff(harness)
    await hosting(harness, nina.id)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press(HostNumberAsk("duration"))
    assert "Now: 30 min" in nina.last_text
    await nina.press(HostNumberSet("duration", 45))
    assert "Saved." in nina.last_text
    await nina.press(HostNumberAsk("notice"))
    await nina.press(HostNumberSet("notice", 48))
    await nina.press(HostNumberAsk("capacity"))
    await nina.press(HostNumberSet("capacity", 4))
    assert "45 min + 10 min buffer, bookable 48 hours to 28 days ahead" in nina.last_text
    assert "Group slots: up to 4 people each." in nina.last_text
    await nina.press(HostStep("zone"))
    await nina.send("Europe/Moscow")
    assert "Moscow time" in nina.last_text
    await nina.press(HostStep("zone"))
    await nina.press(HostZoneOwn())
    assert "Karlsruhe time" in nina.last_text
    await nina.press(HostStep("languages"))
    await nina.press(HostLanguage("ru"))
    await nina.press(HostLanguage("en"))
    await nina.press(HostLanguage("de"))
    await nina.press(HostLanguage("ru"))  # the last one stays
    assert "at least one language" in popup(nina)
    await nina.press(HostHome())
    await nina.press(HostStep("topics"))
    await nina.press(HostTopic("youth"))
    await nina.press(HostHome())
    await nina.press(HostStep("video"))
    await nina.send("https://meet.example.org/nina")
    text = nina.last_text
    assert "Languages: Russian" in text and "Topics: Youth" in text
    assert "Video link: https://meet.example.org/nina" in text
    host = await _host_row(harness, nina.id)
    assert host is not None and (host.duration_min, host.notice_hours) == (45, 48)
    assert host.languages == ("ru",) and host.topics == ("youth",)


async def test_a_window_can_be_removed(harness: BotHarness) -> None:
    nina = await network_staff(harness)
    await hosting(harness, nina.id)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press(HostStep("windows"))
    await nina.press(HostDay(1))
    await nina.press(HostWindowRemove(1, 600))
    assert "Removed" in nina.last_text and "Tuesday: none yet" in nina.last_text
    saved = await _host_row(harness, nina.id)
    assert saved is not None and saved.windows == ()


async def test_a_coach_can_host_and_sees_the_button_on_the_network_home(
    harness: BotHarness,
) -> None:
    coach = await quick_participant(harness, "Carl")
    async with harness.services.db.transaction() as conn:
        await roles_db.grant(
            conn, coach.id, DEMO_PARTNERSHIP, Role.COACH, None, harness.clock.now()
        )
    await coach.send("/network")
    await coach.press(shown(coach, HostHome))
    await coach.press(HostStep("setup"))
    assert await _host_row(harness, coach.id) is not None


async def test_everyone_else_is_refused_also_by_forged_presses(harness: BotHarness) -> None:
    anna = await quick_participant(harness, "Anna")
    await anna.send("/network")
    assert HostHome().pack() not in anna.button_data()
    for data in (
        HostHome(),
        HostStep("setup"),
        HostNumberSet("duration", 45),
        HostDay(1),
        HostStep("bookings"),
    ):
        await anna.press_data(data.pack())
        assert popup(anna), data
    assert await _host_row(harness, anna.id) is None


async def test_a_forged_value_outside_the_choices_is_refused(harness: BotHarness) -> None:
    nina = await network_staff(harness)
    await hosting(harness, nina.id)
    await nina.send("/network")
    await nina.press(HostHome())
    await nina.press_data(HostNumberSet("duration", 33).pack())
    assert "out of date" in answered(nina)
    host = await _host_row(harness, nina.id)
    assert host is not None and host.duration_min == 30
    await nina.press_data(HostWindowRemove(2, 600).pack())  # no such window
    assert "out of date" in answered(nina)
