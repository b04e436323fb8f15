"""bot/db/broadcasts.py: an announcement with its audience and versions comes back as saved."""

from datetime import timedelta
from pathlib import Path

from bot.db import broadcasts
from bot.domain.broadcasts import Audience, AudienceKind, Broadcast, BroadcastStatus
from tests.stories import NOW, open_db, partnership_with_people


async def test_broadcast_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7)
    broadcast = Broadcast(
        id=0,
        partnership_id=pid,
        created_by=7,
        status=BroadcastStatus.SCHEDULED,
        audience=Audience(AudienceKind.LANGUAGE, "ru"),
        default_language="de",
        texts={"de": "<b>Hallo</b>", "ru": "Привет"},
        scheduled_at=NOW + timedelta(days=1),
    )
    async with db.transaction() as conn:
        broadcast_id = await broadcasts.create(conn, broadcast, NOW)
    async with db.reading() as conn:
        stored = await broadcasts.get(conn, broadcast_id)
    assert stored is not None
    assert (stored.id, stored.audience, stored.texts, stored.scheduled_at, stored.status) == (
        broadcast_id,
        broadcast.audience,
        broadcast.texts,
        broadcast.scheduled_at,
        BroadcastStatus.SCHEDULED,
    )
    await db.close()
