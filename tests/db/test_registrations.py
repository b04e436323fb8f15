"""bot/db/registrations.py: a registration and its answers come back as saved."""

from datetime import timedelta
from pathlib import Path

from bot.db import registrations, workshops
from bot.domain.texts import LocalizedName
from bot.domain.workshops import RegistrationStatus, Workshop, WorkshopKind, WorkshopStatus
from tests.stories import NOW, open_db, partnership_with_people


async def test_registration_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7)
    async with db.transaction() as conn:
        workshop_id = await workshops.save(
            conn,
            Workshop(
                id=0,
                partnership_id=pid,
                kind=WorkshopKind.OTHER,
                title=LocalizedName({"de": "Treffen"}),
                starts_at=NOW + timedelta(days=3),
                ends_at=NOW + timedelta(days=3, hours=2),
                time_zone="Europe/Berlin",
                status=WorkshopStatus.PUBLISHED,
                city_id=None,
                address=None,
                online_link="https://example.org/meet",
                capacity=None,
                city_quotas={},
                questions=(),
                created_by=7,
            ),
            NOW,
        )
        reg_id = await registrations.create(
            conn, workshop_id, 7, None, RegistrationStatus.CONFIRMED, "ABC123", [(0, "Hi")], NOW
        )
    async with db.reading() as conn:
        reg = await registrations.get(conn, reg_id)
        assert reg is not None
        assert (reg.workshop_id, reg.user_id, reg.status, reg.check_in_code) == (
            workshop_id,
            7,
            RegistrationStatus.CONFIRMED,
            "ABC123",
        )
        assert await registrations.live_for(conn, workshop_id, 7) == reg
        assert await registrations.answers(conn, reg_id) == {0: "Hi"}
    await db.close()
