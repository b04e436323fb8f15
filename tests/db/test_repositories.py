from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.db import invitations, participants, partnerships, roles
from bot.db.connection import Database
from bot.db.migrations import apply_migrations
from bot.domain.invitations import Invitation
from bot.domain.participants import Participant
from bot.domain.partnerships import CityDraft, PartnershipDraft
from bot.domain.roles import Role
from bot.domain.texts import LocalizedName

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def open_db(path: Path) -> Database:
    db = Database(path)
    await db.open()
    await apply_migrations(db.conn)
    return db


def demo_draft() -> PartnershipDraft:
    return PartnershipDraft(
        LocalizedName({"de": "Minsk ↔ Berlin", "ru": "Минск ↔ Берлин"}),
        [
            CityDraft(LocalizedName({"de": "Minsk"}), "Europe/Minsk"),
            CityDraft(LocalizedName({"de": "Berlin"}), "Europe/Berlin"),
        ],
        [LocalizedName({"de": "Kultur"})],
    )


async def test_partnership_round_trip_keeps_order_and_names(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    async with db.transaction() as conn:
        pid = await partnerships.create(conn, demo_draft(), 1, NOW)
    async with db.reading() as conn:
        p = await partnerships.get(conn, pid)
    assert p is not None
    assert p.name.for_reader("ru") == "Минск ↔ Берлин"
    assert [c.time_zone for c in p.cities] == ["Europe/Minsk", "Europe/Berlin"]
    assert [t.name.for_reader("de") for t in p.themes] == ["Kultur"]
    await db.close()


async def test_participant_profile_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    async with db.transaction() as conn:
        pid = await partnerships.create(conn, demo_draft(), 1, NOW)
        p = await partnerships.get(conn, pid)
        assert p is not None
        person = Participant(
            7,
            "be",
            pid,
            p.cities[0].id,
            "Алеся",
            NOW,
            frozenset({"be", "ru"}),
            frozenset({p.themes[0].id}),
        )
        await participants.save(conn, person, NOW)
    async with db.reading() as conn:
        assert await participants.get(conn, 7) == person
    await db.close()


async def test_invitation_can_be_claimed_only_once(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    async with db.transaction() as conn:
        pid = await partnerships.create(conn, demo_draft(), 1, NOW)
        await invitations.create(
            conn, Invitation("tok12345", pid, Role.COACH, 1, NOW + timedelta(days=1)), NOW
        )
        assert await invitations.mark_used(conn, "tok12345", 8, NOW)
        assert not await invitations.mark_used(conn, "tok12345", 9, NOW)
        await roles.grant(conn, 8, pid, Role.COACH, 1, NOW)
        await roles.grant(conn, 8, pid, Role.COACH, 1, NOW)  # idempotent
        assert await roles.for_user(conn, 8) == {(pid, Role.COACH)}
    await db.close()


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    try:
        async with db.transaction() as conn:
            await partnerships.create(conn, demo_draft(), 1, NOW)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    async with db.reading() as conn:
        assert await partnerships.list_all(conn) == []
    await db.close()
