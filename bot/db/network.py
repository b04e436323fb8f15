"""The network level: partnership profiles (countries, topics, since, listed contact) and
network staff. Sections per family are marked; add functions only in yours."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.memo import remembered
from bot.domain.network import DEFAULT_NETWORK, PartnershipProfile
from bot.domain.network_staff import StaffInvitation


# ------------------------------------------------------------------ staff
async def staff_networks(conn: aiosqlite.Connection, user_id: int) -> frozenset[int]:
    """The networks this person is staff of (read on every update, like roles)."""

    async def load() -> frozenset[int]:
        async with conn.execute(
            "SELECT network_id FROM network_staff WHERE user_id = ?", (user_id,)
        ) as cur:
            return frozenset(r[0] for r in await cur.fetchall())

    return await remembered(conn, ("network_staff", user_id), ("network_staff",), load)


async def add_staff(
    conn: aiosqlite.Connection, user_id: int, network_id: int, granted_by: int | None, now: datetime
) -> None:
    await conn.execute(
        "INSERT INTO network_staff (user_id, network_id, granted_by, granted_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (user_id, network_id, granted_by, time_to_sql(now)),
    )


async def staff_of(conn: aiosqlite.Connection, network_id: int) -> list[int]:
    async with conn.execute(
        "SELECT user_id FROM network_staff WHERE network_id = ? ORDER BY user_id", (network_id,)
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


# ------------------------------------------------------------------ profiles
async def partnerships_of(conn: aiosqlite.Connection, network_id: int) -> list[int]:
    """The network's partnerships (a partnership without a profile row is in network 1)."""
    async with conn.execute(
        "SELECT p.id FROM partnerships p LEFT JOIN partnership_profiles f"
        " ON f.partnership_id = p.id WHERE COALESCE(f.network_id, ?) = ? ORDER BY p.id",
        (DEFAULT_NETWORK, network_id),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def network_of(conn: aiosqlite.Connection, partnership_id: int) -> int:
    async with conn.execute(
        "SELECT network_id FROM partnership_profiles WHERE partnership_id = ?", (partnership_id,)
    ) as cur:
        row = await cur.fetchone()
    return row[0] if row else DEFAULT_NETWORK


async def get_profile(conn: aiosqlite.Connection, partnership_id: int) -> PartnershipProfile:
    """The profile, empty when none was written yet."""
    async with conn.execute(
        "SELECT network_id, since_year, contact_user_id, contact_agreed_at, reviewed_at,"
        " review_asked_at FROM partnership_profiles WHERE partnership_id = ?",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    async with conn.execute(
        "SELECT country FROM partnership_countries WHERE partnership_id = ? ORDER BY country",
        (partnership_id,),
    ) as cur:
        countries = tuple(r[0] for r in await cur.fetchall())
    async with conn.execute(
        "SELECT topic FROM partnership_topics WHERE partnership_id = ? ORDER BY topic",
        (partnership_id,),
    ) as cur:
        topics = tuple(r[0] for r in await cur.fetchall())
    if row is None:
        return PartnershipProfile(partnership_id, countries=countries, topics=topics)
    return PartnershipProfile(
        partnership_id=partnership_id,
        network_id=row[0],
        since_year=row[1],
        countries=countries,
        topics=topics,
        contact_user_id=row[2],
        contact_agreed_at=time_from_sql(row[3]),
        reviewed_at=time_from_sql(row[4]),
        review_asked_at=time_from_sql(row[5]),
    )


async def save_profile(
    conn: aiosqlite.Connection, profile: PartnershipProfile, now: datetime
) -> None:
    """Write the whole profile (row, countries, topics)."""
    pid = profile.partnership_id
    await conn.execute(
        "INSERT INTO partnership_profiles (partnership_id, network_id, since_year,"
        " contact_user_id, contact_agreed_at, reviewed_at, review_asked_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (partnership_id) DO UPDATE SET"
        " network_id = excluded.network_id, since_year = excluded.since_year,"
        " contact_user_id = excluded.contact_user_id,"
        " contact_agreed_at = excluded.contact_agreed_at, reviewed_at = excluded.reviewed_at,"
        " review_asked_at = excluded.review_asked_at, updated_at = excluded.updated_at",
        (
            pid,
            profile.network_id,
            profile.since_year,
            profile.contact_user_id,
            time_to_sql(profile.contact_agreed_at),
            time_to_sql(profile.reviewed_at),
            time_to_sql(profile.review_asked_at),
            time_to_sql(now),
        ),
    )
    await conn.execute("DELETE FROM partnership_countries WHERE partnership_id = ?", (pid,))
    await conn.executemany(
        "INSERT INTO partnership_countries (partnership_id, country) VALUES (?, ?)",
        [(pid, c) for c in profile.countries],
    )
    await conn.execute("DELETE FROM partnership_topics WHERE partnership_id = ?", (pid,))
    await conn.executemany(
        "INSERT INTO partnership_topics (partnership_id, topic) VALUES (?, ?)",
        [(pid, t) for t in profile.topics],
    )


# ------------------------------------------------------------------ network (roll-up)
# Counts per partnership for the network's staff: never a name, never a row of people.
_ROLLUP = (
    "SELECT p.id,"
    " (SELECT COUNT(*) FROM participants x WHERE x.partnership_id = p.id),"
    " (SELECT COUNT(*) FROM workshops x WHERE x.partnership_id = p.id"
    "  AND x.status = 'published'),"
    " (SELECT COUNT(*) FROM ideas x WHERE x.partnership_id = p.id AND x.status = 'published'),"
    " (SELECT COUNT(*) FROM teams x WHERE x.partnership_id = p.id),"
    " (SELECT COUNT(*) FROM consult_bookings b JOIN participants x ON x.user_id = b.person_id"
    "  WHERE x.partnership_id = p.id AND b.status = 'booked'),"
    " (SELECT COUNT(*) FROM consult_bookings b JOIN participants x ON x.user_id = b.person_id"
    "  WHERE x.partnership_id = p.id AND b.status = 'attended'),"
    " (SELECT COUNT(*) FROM consult_bookings b JOIN participants x ON x.user_id = b.person_id"
    "  WHERE x.partnership_id = p.id AND b.status = 'no_show')"
    " FROM partnerships p LEFT JOIN partnership_profiles f ON f.partnership_id = p.id"
    " WHERE COALESCE(f.network_id, ?) = ? ORDER BY p.id"
)


async def rollup_counts(
    conn: aiosqlite.Connection, network_id: int
) -> list[tuple[int, tuple[int, ...]]]:
    """(partnership id, (participants, published workshops, published ideas, teams,
    consultations booked, attended, no-show)) for each partnership of the network."""
    async with conn.execute(_ROLLUP, (DEFAULT_NETWORK, network_id)) as cur:
        return [(r[0], tuple(r[1:])) for r in await cur.fetchall()]


async def focuses(
    conn: aiosqlite.Connection, network_id: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(partnership id, country) and (partnership id, topic) pairs of the network."""
    scope = (
        " JOIN partnerships p ON p.id = c.partnership_id LEFT JOIN partnership_profiles f"
        " ON f.partnership_id = p.id WHERE COALESCE(f.network_id, ?) = ?"
    )
    args = (DEFAULT_NETWORK, network_id)
    async with conn.execute(
        f"SELECT c.partnership_id, c.country FROM partnership_countries c{scope}", args
    ) as cur:
        countries = [(r[0], r[1]) for r in await cur.fetchall()]
    async with conn.execute(
        f"SELECT c.partnership_id, c.topic FROM partnership_topics c{scope}", args
    ) as cur:
        topics = [(r[0], r[1]) for r in await cur.fetchall()]
    return countries, topics


# Network staff's one-time invitation links, and leaving the staff.
async def create_staff_invitation(
    conn: aiosqlite.Connection, invitation: StaffInvitation, now: datetime
) -> None:
    await conn.execute(
        "INSERT INTO network_invitations (token, network_id, created_by, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            invitation.token,
            invitation.network_id,
            invitation.created_by,
            time_to_sql(now),
            time_to_sql(invitation.expires_at),
        ),
    )


async def staff_invitation(conn: aiosqlite.Connection, token: str) -> StaffInvitation | None:
    async with conn.execute(
        "SELECT token, network_id, created_by, expires_at, used_by FROM network_invitations"
        " WHERE token = ?",
        (token,),
    ) as cur:
        row = await cur.fetchone()
    expires_at = time_from_sql(row[3]) if row else None
    if row is None or expires_at is None:
        return None
    return StaffInvitation(row[0], row[1], row[2], expires_at, row[4])


async def claim_staff_invitation(
    conn: aiosqlite.Connection, token: str, user_id: int, now: datetime
) -> bool:
    """Use the link up; False when someone else used it first."""
    cur = await conn.execute(
        "UPDATE network_invitations SET used_by = ?, used_at = ? WHERE token = ?"
        " AND used_by IS NULL",
        (user_id, time_to_sql(now), token),
    )
    return cur.rowcount == 1


async def remove_staff(conn: aiosqlite.Connection, user_id: int, network_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM network_staff WHERE user_id = ? AND network_id = ?", (user_id, network_id)
    )
    return cur.rowcount == 1


# ------------------------------------------------------------------ directory
async def set_profile_review(
    conn: aiosqlite.Connection,
    partnership_id: int,
    *,
    asked: datetime | None = None,
    reviewed: datetime | None = None,
) -> None:
    """The yearly "still correct?" was asked, or the contact confirmed the entry."""
    if asked is not None:
        await conn.execute(
            "UPDATE partnership_profiles SET review_asked_at = ? WHERE partnership_id = ?",
            (time_to_sql(asked), partnership_id),
        )
    if reviewed is not None:
        await conn.execute(
            "UPDATE partnership_profiles SET reviewed_at = ? WHERE partnership_id = ?",
            (time_to_sql(reviewed), partnership_id),
        )


async def drop_profile_contact(conn: aiosqlite.Connection, partnership_id: int) -> None:
    """The contact removed their listing: the profile stays, naming nobody."""
    await conn.execute(
        "UPDATE partnership_profiles SET contact_user_id = NULL, contact_agreed_at = NULL"
        " WHERE partnership_id = ?",
        (partnership_id,),
    )
