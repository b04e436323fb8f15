"""bot/db/workshops.py: a workshop with quotas and questions comes back as saved."""

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bot.db import partnerships, workshops
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Question, Workshop, WorkshopKind, WorkshopStatus
from tests.stories import NOW, open_db, partnership_with_people


async def test_workshop_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7)
    async with db.transaction() as conn:
        p = await partnerships.get(conn, pid)
        assert p is not None
        minsk, berlin = p.cities
        workshop = Workshop(
            id=0,
            partnership_id=pid,
            kind=WorkshopKind.KICKOFF,
            title=LocalizedName({"de": "Auftakt", "ru": "Старт"}),
            starts_at=NOW + timedelta(days=7),
            ends_at=NOW + timedelta(days=7, hours=3),
            time_zone=minsk.time_zone,
            status=WorkshopStatus.PUBLISHED,
            city_id=minsk.id,
            address="Ploshchad 1",
            online_link=None,
            capacity=30,
            city_quotas={minsk.id: 15, berlin.id: 15},
            questions=(Question(0, builtin="who", required=True),),
            created_by=7,
        )
        workshop_id = await workshops.save(conn, workshop, NOW)
    async with db.reading() as conn:
        stored = await workshops.get(conn, workshop_id)
    assert stored is not None
    # It comes back with its venue city's name, for times that say whose they are.
    assert stored == replace(workshop, id=workshop_id, venue_city=minsk.name)
    await db.close()
