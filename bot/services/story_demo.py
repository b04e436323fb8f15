"""The sandbox's published story: what /stories and a story look like without a team having
finished a project first (a timeline from the idea to the result, one person who declined to
be named, versions in German, Russian and English)."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import Clock
from bot.db import ideas, partnerships, stories
from bot.db import story_publishing as publishing
from bot.db.connection import Database
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.stories import Consent, SectionKind, TimelineKind, person_token

# People the story names: (a made-up Telegram id, first name, city index, consent).
PEOPLE: tuple[tuple[int, str, int, Consent], ...] = (
    (900_101, "Klara", 0, "given"),
    (900_102, "Sergei", 1, "declined"),
    (900_103, "Anna", 1, "given"),
)
TITLE = {"de": "Grüne Innenstadt", "ru": "Зелёный центр города", "en": "A greener city centre"}
SECTIONS: dict[SectionKind, dict[str, str]] = {
    "idea": {
        "de": "Mehr Bäume in den Innenstädten von Karlsruhe und Krasnodar,"
        " gepflanzt von Jugendlichen beider Städte.",
        "ru": "Больше деревьев в центре Карлсруэ и Краснодара — их сажает молодёжь обоих городов.",
        "en": "More trees in the centres of Karlsruhe and Krasnodar,"
        " planted by young people of both cities.",
    },
    "team": {
        "de": "{0} plante die Pflanzaktionen, {1} fand die Baumschulen,"
        " {2} sprach mit den Schulen.",
        "ru": "{0} планировала посадки, {1} нашёл питомники, {2} договорилась со школами.",
        "en": "{0} planned the planting days, {1} found the nurseries, {2} talked to the schools.",
    },
    "blockers": {
        "de": "Die Stadt brauchte eine Genehmigung für die Pflanzorte; das"
        " Umweltamt half in zwei Wochen.",
        "ru": "Для мест посадки нужно было разрешение города;"
        " экологический отдел помог за две недели.",
        "en": "The city needed a permit for the planting sites; the"
        " environment office helped within two weeks.",
    },
    "outcome": {
        "de": "24 Bäume stehen jetzt in beiden Städten, und zwei Schulen gießen sie im Sommer.",
        "ru": "В обоих городах растут 24 дерева, летом их поливают две школы.",
        "en": "24 trees now grow in both cities, and two schools water them in summer.",
    },
}
TIMELINE: tuple[tuple[int, TimelineKind, dict[str, str]], ...] = (
    (-200, "idea", {}),
    (-170, "team", {}),
    (
        -120,
        "checkin",
        {
            "de": "Erste Pflanzaktion in Karlsruhe",
            "ru": "Первая посадка в Карлсруэ",
            "en": "First planting day in Karlsruhe",
        },
    ),
    (
        -90,
        "blocker",
        {
            "de": "Genehmigung für die Pflanzorte fehlt",
            "ru": "Нет разрешения на места посадки",
            "en": "No permit for the planting sites yet",
        },
    ),
    (
        -75,
        "resolved",
        {
            "de": "Das Umweltamt erteilt die Genehmigung",
            "ru": "Экологический отдел дал разрешение",
            "en": "The environment office grants the permit",
        },
    ),
    (-30, "closing", {}),
)


async def seed_story(db: Database, clock: Clock, partnership_id: int) -> None:
    """One published story of the partnership (nothing when it has a story already)."""
    now = clock.now()
    async with db.transaction() as conn:
        if await publishing.partnership_stories(conn, partnership_id):
            return
        partnership = await partnerships.get(conn, partnership_id)
        assert partnership is not None
        cities = partnership.cities
        idea_id = await ideas.create(
            conn,
            Idea(
                0,
                partnership_id,
                None,
                cities[0].id,
                "de",
                IdeaText(TITLE["de"], SECTIONS["idea"]["de"], None),
                IdeaStatus.PUBLISHED,
            ),
            now - timedelta(days=200),
        )
        if partnership.themes:
            await ideas.set_themes(conn, idea_id, [partnership.themes[0].id])
        story_id = await stories.create_story(conn, partnership_id, None, idea_id, "de", None, now)
        people = []
        for user_id, name, city, consent in PEOPLE:
            person = await stories.add_person(conn, story_id, user_id, name, cities[city].id)
            await stories.set_consent(conn, person, consent, now)
            people.append(person_token(person))
        for language, title in TITLE.items():
            await stories.set_section(conn, story_id, "title", language, title, "team", None, now)
        for kind, texts in SECTIONS.items():
            for language, text in texts.items():
                text = text.format(*people) if kind == "team" else text
                await stories.set_section(conn, story_id, kind, language, text, "team", None, now)
        today = now.date()
        for days, happened, texts in TIMELINE:
            await stories.add_timeline(
                conn, story_id, today + timedelta(days=days), happened, texts=dict(texts)
            )
        await publishing.publish(conn, story_id, 0, now - timedelta(days=7), None)
