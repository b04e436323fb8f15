"""Check-in schedules, rounds, deliveries and answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import inserted_id
from bot.db.memo import remembered
from bot.domain.checkins import Cadence, RoundKind, Schedule


@dataclass(frozen=True)
class Round:
    id: int
    team_id: int
    kind: RoundKind
    day: date
    closes_at: datetime
    closed: bool


@dataclass(frozen=True)
class Delivery:
    id: int
    round_id: int
    user_id: int
    ask_at: datetime
    asked: bool
    nudged: bool


@dataclass(frozen=True)
class Answer:
    user_id: int
    question: str
    answer: str | None
    mood: int | None
    language: str


async def schedule(conn: aiosqlite.Connection, team_id: int) -> tuple[Schedule, date | None]:
    async with conn.execute(
        "SELECT cadence, weekday, local_time, paused_until, last_round_day"
        " FROM checkin_schedules WHERE team_id = ?",
        (team_id,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return Schedule(team_id), None
    return (
        Schedule(
            team_id,
            Cadence(row[0]),
            row[1],
            time.fromisoformat(row[2]),
            date.fromisoformat(row[3]) if row[3] else None,
        ),
        date.fromisoformat(row[4]) if row[4] else None,
    )


async def save_schedule(conn: aiosqlite.Connection, s: Schedule) -> None:
    await conn.execute(
        "INSERT INTO checkin_schedules (team_id, cadence, weekday, local_time, paused_until)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (team_id) DO UPDATE SET cadence = excluded.cadence,"
        " weekday = excluded.weekday, local_time = excluded.local_time,"
        " paused_until = excluded.paused_until",
        (
            s.team_id,
            s.cadence.value,
            s.weekday,
            s.local_time.strftime("%H:%M"),
            s.paused_until.isoformat() if s.paused_until else None,
        ),
    )


async def set_last_round_day(conn: aiosqlite.Connection, team_id: int, day: date) -> None:
    await conn.execute(
        "INSERT INTO checkin_schedules (team_id, last_round_day) VALUES (?, ?)"
        " ON CONFLICT (team_id) DO UPDATE SET last_round_day = excluded.last_round_day",
        (team_id, day.isoformat()),
    )


async def create_round(
    conn: aiosqlite.Connection, team_id: int, kind: RoundKind, day: date, closes_at: datetime
) -> int | None:
    """A new round; None when this team already has one of this kind on this day."""
    row_id = await inserted_id(
        conn,
        "INSERT INTO checkin_rounds (team_id, kind, day, closes_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (team_id, kind.value, day.isoformat(), time_to_sql(closes_at)),
    )
    return row_id


def _round(row: aiosqlite.Row) -> Round:
    closes = time_from_sql(row[4])
    assert closes is not None
    return Round(
        row[0], row[1], RoundKind(row[2]), date.fromisoformat(row[3]), closes, row[5] is not None
    )


_ROUND = "id, team_id, kind, day, closes_at, closed_at"


async def get_round(conn: aiosqlite.Connection, round_id: int) -> Round | None:
    async def load() -> Round | None:
        async with conn.execute(
            f"SELECT {_ROUND} FROM checkin_rounds WHERE id = ?", (round_id,)
        ) as cur:
            row = await cur.fetchone()
        return _round(row) if row else None

    return await remembered(conn, ("round", round_id), ("checkin_rounds",), load)


async def rounds(conn: aiosqlite.Connection, team_id: int, limit: int = 12) -> list[Round]:
    """The team's latest rounds, oldest first."""
    async with conn.execute(
        f"SELECT {_ROUND} FROM checkin_rounds WHERE team_id = ? ORDER BY id DESC LIMIT ?",
        (team_id, limit),
    ) as cur:
        return [_round(r) for r in reversed(list(await cur.fetchall()))]


async def open_round_of(conn: aiosqlite.Connection, team_id: int) -> Round | None:
    async with conn.execute(
        f"SELECT {_ROUND} FROM checkin_rounds WHERE team_id = ? AND closed_at IS NULL"
        " ORDER BY id DESC LIMIT 1",
        (team_id,),
    ) as cur:
        row = await cur.fetchone()
    return _round(row) if row else None


async def close_round(conn: aiosqlite.Connection, round_id: int, now: datetime) -> bool:
    cur = await conn.execute(
        "UPDATE checkin_rounds SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
        (time_to_sql(now), round_id),
    )
    return cur.rowcount == 1


async def add_delivery(
    conn: aiosqlite.Connection, round_id: int, user_id: int, ask_at: datetime
) -> int | None:
    row_id = await inserted_id(
        conn,
        "INSERT INTO checkin_deliveries (round_id, user_id, ask_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (round_id, user_id, time_to_sql(ask_at)),
    )
    return row_id


def _delivery(row: aiosqlite.Row) -> Delivery:
    ask_at = time_from_sql(row[3])
    assert ask_at is not None
    return Delivery(row[0], row[1], row[2], ask_at, row[4] is not None, row[5] is not None)


_DELIVERY = "id, round_id, user_id, ask_at, asked_at, nudged_at"


async def delivery(conn: aiosqlite.Connection, delivery_id: int) -> Delivery | None:
    async with conn.execute(
        f"SELECT {_DELIVERY} FROM checkin_deliveries WHERE id = ?", (delivery_id,)
    ) as cur:
        row = await cur.fetchone()
    return _delivery(row) if row else None


async def deliveries(conn: aiosqlite.Connection, round_id: int) -> list[Delivery]:
    async with conn.execute(
        f"SELECT {_DELIVERY} FROM checkin_deliveries WHERE round_id = ? ORDER BY user_id",
        (round_id,),
    ) as cur:
        return [_delivery(r) for r in await cur.fetchall()]


async def mark_asked(conn: aiosqlite.Connection, delivery_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE checkin_deliveries SET asked_at = ? WHERE id = ?", (time_to_sql(now), delivery_id)
    )


async def mark_nudged(conn: aiosqlite.Connection, delivery_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE checkin_deliveries SET nudged_at = ? WHERE id = ?", (time_to_sql(now), delivery_id)
    )


async def save_answer(
    conn: aiosqlite.Connection,
    round_id: int,
    user_id: int,
    question: str,
    answer: str | None,
    mood: int | None,
    language: str,
    now: datetime,
) -> None:
    await conn.execute(
        "INSERT INTO checkin_answers (round_id, user_id, question, answer, mood, language,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, user_id, question)"
        " DO UPDATE SET answer = excluded.answer, mood = excluded.mood,"
        " language = excluded.language, updated_at = excluded.updated_at",
        (round_id, user_id, question, answer, mood, language, time_to_sql(now)),
    )


async def answers(conn: aiosqlite.Connection, round_id: int) -> list[Answer]:
    async with conn.execute(
        "SELECT user_id, question, answer, mood, language FROM checkin_answers"
        " WHERE round_id = ? ORDER BY user_id, question",
        (round_id,),
    ) as cur:
        return [Answer(r[0], r[1], r[2], r[3], r[4]) for r in await cur.fetchall()]


async def quiet_hours(conn: aiosqlite.Connection, user_id: int) -> str:
    async with conn.execute(
        "SELECT quiet_hours FROM participants WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row else ""


async def set_quiet_hours(conn: aiosqlite.Connection, user_id: int, value: str) -> None:
    await conn.execute(
        "UPDATE participants SET quiet_hours = ? WHERE user_id = ?", (value, user_id)
    )


async def coached_teams(conn: aiosqlite.Connection, coach_id: int) -> list[int]:
    async with conn.execute(
        "SELECT id FROM teams WHERE coach_id = ? AND status = 'active' ORDER BY id", (coach_id,)
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def end_team(conn: aiosqlite.Connection, team_id: int) -> None:
    await conn.execute("UPDATE teams SET status = 'ended' WHERE id = ?", (team_id,))
