"""The live wall's organiser and room keyboards, in every language, with long realistic data,
fit a phone (UX.md's budget); every builder of bot/keyboards/live_setup.py is rendered here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.event_dialogs import LiveSetupDraft
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.live_wall import EventStatus, LiveEvent, LiveMoment, LiveRoom, Moderation
from bot.domain.participants import Participant
from bot.domain.partnerships import City, Partnership, Theme
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.i18n import Translator
from bot.keyboards import live_setup as kb
from bot.services.live_rooms import RoomScreen, RoomView
from bot.services.live_setup import EventView, ModeratorsView, SetupView
from tests.stories import labels_over_budget, public_builders

TR = Translator(strict=True)
START = datetime(2027, 4, 24, 12, 0, tzinfo=UTC)
TITLE = LocalizedName(
    {
        "de": "Nachbarschaftsgärten und Stadtökologie: gemeinsam planen, pflanzen und ernten",
        "en": "Neighbourhood gardens and urban ecology: planning, planting and harvesting",
        "ru": "Соседские сады и городская экология: вместе планируем, сажаем и собираем",
        "uk": "Сусідські сади та міська екологія: разом плануємо, садимо і збираємо",
        "be": "Суседскія сады і гарадская экалогія: разам плануем, садзім і збіраем",
    }
)
CITIES = (
    LocalizedName(
        {"de": "Karlsruhe", "en": "Karlsruhe", "ru": "Карлсруэ", "uk": "Карлсруе", "be": "Карлсруэ"}
    ),
    LocalizedName(
        {
            "de": "Krasnodar",
            "en": "Krasnodar",
            "ru": "Краснодар",
            "uk": "Краснодар",
            "be": "Краснадар",
        }
    ),
)
THEME = LocalizedName(
    {
        "de": "Jugendaustausch und Bildung",
        "en": "Youth exchange and education",
        "ru": "Молодёжный обмен и образование",
        "uk": "Молодіжний обмін і освіта",
        "be": "Моладзевы абмен і адукацыя",
    }
)
PARTNERSHIP = Partnership(
    1,
    LocalizedName({"en": "Karlsruhe ↔ Krasnodar"}),
    cities=(City(1, 1, CITIES[0], "Europe/Berlin"), City(2, 1, CITIES[1], "Europe/Moscow")),
    themes=(Theme(1, 1, THEME), Theme(2, 1, THEME)),
)
PERSON = Participant(5, "ru", 1, 2, display_name="Aleksandra-Viktoriya Konstantinopolskaya")


def workshop(workshop_id: int, city: int) -> Workshop:
    return Workshop(
        workshop_id,
        1,
        WorkshopKind.KICKOFF,
        TITLE,
        START,
        START + timedelta(hours=3),
        PARTNERSHIP.cities[city].time_zone,
        WorkshopStatus.PUBLISHED,
        city_id=city + 1,
        venue_city=CITIES[city],
    )


ROOMS = tuple(
    LiveRoom(10 + n, 3, 7 + n, n + 1, lang, "t" * 24, "K7Q2M", n)
    for n, lang in enumerate(("de", "ru"))
)


def event(status: EventStatus) -> LiveEvent:
    return LiveEvent(
        3, 1, "Kick-off", Moderation.PRE, status, 4, 5, START, themes=(1, 2), rooms=ROOMS
    )


def room_views() -> tuple[RoomView, ...]:
    return tuple(
        RoomView(r, workshop(r.workshop_id, n), CITIES[n], 12, (PERSON,))
        for n, r in enumerate(ROOMS)
    )


def event_view(status: EventStatus) -> EventView:
    moments = tuple(LiveMoment(n, 3, START, START + timedelta(minutes=10)) for n in range(4))
    return EventView(
        event(status), PARTNERSHIP, room_views(), moments, {"shown": 3}, "Europe/Berlin"
    )


def setup_view(candidates: int = 1) -> SetupView:
    draft = LiveSetupDraft(7, rooms="8", pre=True, themes="1")
    others = tuple(workshop(8 + n, 1) for n in range(candidates))
    return SetupView(
        workshop(7, 0), PARTNERSHIP, draft, others, {7: "de", 8: "ru"}, "Europe/Berlin"
    )


def moderators_view(page: int) -> ModeratorsView:
    people = (PERSON,) * 8
    return ModeratorsView(
        event(EventStatus.LIVE), room_views()[0], (PERSON,), people, page, 3, PARTNERSHIP
    )


Case = tuple[str, Callable[[str], InlineKeyboardMarkup]]


def cases() -> Iterator[Case]:
    yield "intro", lambda lang: kb.intro(TR, lang, 7)
    yield "rooms", lambda lang: kb.rooms(TR, lang, setup_view())
    yield "rooms[none]", lambda lang: kb.rooms(TR, lang, setup_view(0))
    yield "mode", lambda lang: kb.mode(TR, lang, setup_view())
    yield "themes", lambda lang: kb.themes(TR, lang, setup_view())
    yield "preview", lambda lang: kb.preview(TR, lang, setup_view())
    yield "languages", lambda lang: kb.languages(TR, lang, setup_view(), 8)
    for status in EventStatus:
        yield f"event[{status}]", lambda lang, s=status: kb.event(TR, lang, event_view(s))
    yield "room_languages", lambda lang: kb.room_languages(TR, lang, room_views()[1], 3)
    yield "close_ask", lambda lang: kb.close_ask(TR, lang, 3)
    yield (
        "moments",
        lambda lang: kb.moments(
            TR, lang, event_view(EventStatus.LIVE), ["18:30", "18:45", "19:00", "9:05 PM"]
        ),
    )
    yield "moment_length", lambda lang: kb.moment_length(TR, lang, 3, 29_000_000)
    yield "back_to_moments", lambda lang: kb.back_to_moments(TR, lang, 3)
    yield "moderators", lambda lang: kb.moderators(TR, lang, moderators_view(1))
    yield "remove_ask", lambda lang: kb.remove_ask(TR, lang, 10, 5)
    for status in EventStatus:
        screen = RoomScreen(event(status), ROOMS[0], CITIES[0], True)
        yield f"room[{status}]", lambda lang, s=screen: kb.room(TR, lang, s, "https://x.org/wall/t")
    yield "closed", lambda lang: kb.closed(TR, lang)


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_live_setup_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = labels_over_budget(CASES, language)
    assert not problems, problems


def test_every_live_setup_keyboard_builder_is_rendered_here() -> None:
    builders = public_builders(kb)
    assert builders - {name.split("[")[0] for name, _ in CASES} == set()
