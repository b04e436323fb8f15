"""Consultation hosts, their weekly windows and the bookings. Sections per family are marked
(booking: the person's side; hosting: the host's side); add functions only in yours."""

from __future__ import annotations

from datetime import datetime, time

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.consult_hosting import MarkRecord
from bot.domain.consultations import Booking, Host, Window

_HOST_COLUMNS = (
    "user_id, time_zone, duration_min, buffer_min, notice_hours, horizon_days, cutoff_hours,"
    " person_limit, capacity, video_link, active, network_id"
)
_BOOKING_COLUMNS = (
    "id, host_id, person_id, starts_at, ends_at, topic, language, status, note, cancelled_late"
)


async def save_host(conn: aiosqlite.Connection, host: Host, now: datetime) -> None:
    """Create or replace a host's settings, languages, topics and windows."""
    await conn.execute(
        "INSERT INTO consult_hosts (user_id, time_zone, duration_min, buffer_min, notice_hours,"
        " horizon_days, cutoff_hours, person_limit, capacity, video_link, active, network_id,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET time_zone = excluded.time_zone,"
        " duration_min = excluded.duration_min, buffer_min = excluded.buffer_min,"
        " notice_hours = excluded.notice_hours, horizon_days = excluded.horizon_days,"
        " cutoff_hours = excluded.cutoff_hours, person_limit = excluded.person_limit,"
        " capacity = excluded.capacity, video_link = excluded.video_link,"
        " active = excluded.active, network_id = excluded.network_id,"
        " updated_at = excluded.updated_at",
        (
            host.user_id,
            host.time_zone,
            host.duration_min,
            host.buffer_min,
            host.notice_hours,
            host.horizon_days,
            host.cutoff_hours,
            host.person_limit,
            host.capacity,
            host.video_link,
            int(host.active),
            host.network_id,
            time_to_sql(now),
            time_to_sql(now),
        ),
    )
    uid = host.user_id
    await conn.execute("DELETE FROM consult_host_languages WHERE user_id = ?", (uid,))
    await conn.executemany(
        "INSERT INTO consult_host_languages (user_id, language) VALUES (?, ?)",
        [(uid, lang) for lang in host.languages],
    )
    await conn.execute("DELETE FROM consult_host_topics WHERE user_id = ?", (uid,))
    await conn.executemany(
        "INSERT INTO consult_host_topics (user_id, topic) VALUES (?, ?)",
        [(uid, t) for t in host.topics],
    )
    await conn.execute("DELETE FROM consult_windows WHERE user_id = ?", (uid,))
    await conn.executemany(
        "INSERT INTO consult_windows (user_id, weekday, starts, ends) VALUES (?, ?, ?, ?)",
        [
            (uid, w.weekday, w.starts.strftime("%H:%M"), w.ends.strftime("%H:%M"))
            for w in host.windows
        ],
    )


async def get_host(conn: aiosqlite.Connection, user_id: int) -> Host | None:
    hosts = await _hosts(conn, "WHERE user_id = ?", (user_id,))
    return hosts[0] if hosts else None


async def active_hosts(
    conn: aiosqlite.Connection, network_id: int, admins: frozenset[int] = frozenset()
) -> list[Host]:
    """Hosts taking bookings who may still host: network staff, coaches (and `admins`). A
    host who lost the role keeps their row for history but is no longer offered."""
    hosts = await _hosts(conn, "WHERE active = 1 AND network_id = ?", (network_id,))
    allowed = await may_host(conn, [h.user_id for h in hosts], network_id)
    return [h for h in hosts if h.user_id in allowed or h.user_id in admins]


async def may_host(
    conn: aiosqlite.Connection, user_ids: list[int], network_id: int
) -> frozenset[int]:
    """Who of these people is network staff of `network_id` or a coach somewhere."""
    async with conn.execute(
        "SELECT user_id FROM network_staff WHERE network_id = ?"
        " UNION SELECT user_id FROM roles WHERE role = 'coach'",
        (network_id,),
    ) as cur:
        qualified = {r[0] for r in await cur.fetchall()}
    return frozenset(u for u in user_ids if u in qualified)


async def _hosts(conn: aiosqlite.Connection, where: str, args: tuple[object, ...]) -> list[Host]:
    async with conn.execute(
        f"SELECT {_HOST_COLUMNS} FROM consult_hosts {where} ORDER BY user_id", args
    ) as cur:
        rows = list(await cur.fetchall())
    hosts = []
    for r in rows:
        uid = r[0]
        async with conn.execute(
            "SELECT language FROM consult_host_languages WHERE user_id = ? ORDER BY language",
            (uid,),
        ) as cur:
            languages = tuple(x[0] for x in await cur.fetchall())
        async with conn.execute(
            "SELECT topic FROM consult_host_topics WHERE user_id = ? ORDER BY topic", (uid,)
        ) as cur:
            topics = tuple(x[0] for x in await cur.fetchall())
        async with conn.execute(
            "SELECT id, weekday, starts, ends FROM consult_windows WHERE user_id = ?"
            " ORDER BY weekday, starts",
            (uid,),
        ) as cur:
            windows = tuple(
                Window(w[1], time.fromisoformat(w[2]), time.fromisoformat(w[3]), w[0])
                for w in await cur.fetchall()
            )
        hosts.append(
            Host(
                user_id=uid,
                time_zone=r[1],
                duration_min=r[2],
                buffer_min=r[3],
                notice_hours=r[4],
                horizon_days=r[5],
                cutoff_hours=r[6],
                person_limit=r[7],
                capacity=r[8],
                video_link=r[9],
                active=bool(r[10]),
                network_id=r[11],
                languages=languages,
                topics=topics,
                windows=windows,
            )
        )
    return hosts


def _booking(r: aiosqlite.Row | tuple[object, ...]) -> Booking:
    starts, ends = time_from_sql(str(r[3])), time_from_sql(str(r[4]))
    assert starts is not None and ends is not None
    return Booking(
        id=int(str(r[0])),
        host_id=int(str(r[1])),
        person_id=int(str(r[2])),
        starts_at=starts,
        ends_at=ends,
        topic=str(r[5]),
        language=str(r[6]),
        status=str(r[7]),  # type: ignore[arg-type]
        note=None if r[8] is None else str(r[8]),
        cancelled_late=bool(r[9]),
    )


async def create_booking(conn: aiosqlite.Connection, booking: Booking, now: datetime) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO consult_bookings (host_id, person_id, starts_at, ends_at, topic, language,"
        " status, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            booking.host_id,
            booking.person_id,
            time_to_sql(booking.starts_at),
            time_to_sql(booking.ends_at),
            booking.topic,
            booking.language,
            booking.status,
            booking.note,
            time_to_sql(now),
        ),
    )
    return row_id


async def get_booking(conn: aiosqlite.Connection, booking_id: int) -> Booking | None:
    async with conn.execute(
        f"SELECT {_BOOKING_COLUMNS} FROM consult_bookings WHERE id = ?", (booking_id,)
    ) as cur:
        row = await cur.fetchone()
    return _booking(row) if row else None


async def host_bookings(conn: aiosqlite.Connection, host_id: int, since: datetime) -> list[Booking]:
    """The host's bookings that end after `since` (all statuses), earliest first."""
    async with conn.execute(
        f"SELECT {_BOOKING_COLUMNS} FROM consult_bookings WHERE host_id = ? AND ends_at > ?"
        " ORDER BY starts_at, id",
        (host_id, time_to_sql(since)),
    ) as cur:
        return [_booking(r) for r in await cur.fetchall()]


async def person_bookings(
    conn: aiosqlite.Connection, person_id: int, since: datetime
) -> list[Booking]:
    async with conn.execute(
        f"SELECT {_BOOKING_COLUMNS} FROM consult_bookings WHERE person_id = ? AND ends_at > ?"
        " ORDER BY starts_at, id",
        (person_id, time_to_sql(since)),
    ) as cur:
        return [_booking(r) for r in await cur.fetchall()]


async def set_status(
    conn: aiosqlite.Connection,
    booking_id: int,
    status: str,
    now: datetime,
    *,
    late: bool = False,
) -> None:
    column = "cancelled_at" if status == "cancelled" else "marked_at"
    await conn.execute(
        f"UPDATE consult_bookings SET status = ?, {column} = ?, cancelled_late = ? WHERE id = ?",
        (status, time_to_sql(now), int(late), booking_id),
    )


# ------------------------------------------------------------------ booking (the person's side)
# ------------------------------------------------------------------ hosting (the host's side)


async def hosting_mark_record(conn: aiosqlite.Connection, booking_id: int) -> MarkRecord | None:
    """A booking with how often its attended / no-show mark was changed."""
    async with conn.execute(
        f"SELECT {_BOOKING_COLUMNS}, mark_changes FROM consult_bookings WHERE id = ?",
        (booking_id,),
    ) as cur:
        row = await cur.fetchone()
    return MarkRecord(_booking(tuple(row)[:10]), int(row[10])) if row else None


async def hosting_set_mark(
    conn: aiosqlite.Connection, booking_id: int, mark: str, now: datetime, *, change: bool
) -> None:
    """Mark attended / no-show; a change of an earlier mark is counted (one is allowed)."""
    await conn.execute(
        "UPDATE consult_bookings SET status = ?, marked_at = ?,"
        " mark_changes = mark_changes + ? WHERE id = ?",
        (mark, time_to_sql(now), int(change), booking_id),
    )


async def hosting_awaiting_marks(
    conn: aiosqlite.Connection, host_id: int, now: datetime, limit: int
) -> list[Booking]:
    """Bookings that have started and are not marked yet, earliest first."""
    async with conn.execute(
        f"SELECT {_BOOKING_COLUMNS} FROM consult_bookings WHERE host_id = ? AND status = 'booked'"
        " AND starts_at <= ? ORDER BY starts_at, id LIMIT ?",
        (host_id, time_to_sql(now), limit),
    ) as cur:
        return [_booking(r) for r in await cur.fetchall()]


async def hosting_upcoming(
    conn: aiosqlite.Connection, host_id: int, now: datetime, limit: int | None = None
) -> list[Booking]:
    """Open bookings that have not started yet, earliest first."""
    async with conn.execute(
        f"SELECT {_BOOKING_COLUMNS} FROM consult_bookings WHERE host_id = ? AND status = 'booked'"
        " AND starts_at > ? ORDER BY starts_at, id" + ("" if limit is None else " LIMIT ?"),
        (host_id, time_to_sql(now)) + (() if limit is None else (limit,)),
    ) as cur:
        return [_booking(r) for r in await cur.fetchall()]


async def hosting_mark_counts(conn: aiosqlite.Connection, host_id: int) -> dict[str, int]:
    """How many of the host's bookings were marked attended and no-show."""
    async with conn.execute(
        "SELECT status, COUNT(*) FROM consult_bookings WHERE host_id = ?"
        " AND status IN ('attended', 'no_show') GROUP BY status",
        (host_id,),
    ) as cur:
        counts = {str(r[0]): int(r[1]) for r in await cur.fetchall()}
    return {"attended": counts.get("attended", 0), "no_show": counts.get("no_show", 0)}
