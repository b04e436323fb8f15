"""A person's data at the network level, for /mydata and /deleteme: one section per family
(add rows and statements only in yours). Plain statements only, so erasure always completes."""

from __future__ import annotations

import aiosqlite

# What /mydata hands out: a section name and the query that finds the person's rows.
NETWORK_SECTIONS: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------------ network
    ("network_staff", "SELECT network_id, granted_at FROM network_staff WHERE user_id = ?"),
    (
        "directory_contact_for",
        "SELECT partnership_id, contact_agreed_at, reviewed_at FROM partnership_profiles"
        " WHERE contact_user_id = ?",
    ),
    # ------------------------------------------------------------------ directory
    # ------------------------------------------------------------------ consult
    (
        "consultations_booked",
        "SELECT id, starts_at, ends_at, topic, language, status, note FROM consult_bookings"
        " WHERE person_id = ?",
    ),
    # ------------------------------------------------------------------ consult_hosting
    (
        "consultation_hours_hosted",
        "SELECT time_zone, duration_min, video_link, active FROM consult_hosts WHERE user_id = ?",
    ),
    # ------------------------------------------------------------------ exchange
    # ------------------------------------------------------------------ newsletter
    (
        "network_newsletters_written",
        "SELECT id, network_id, language, status, scheduled_at, created_at FROM newsletters"
        " WHERE created_by = ?",
    ),
    (
        "network_events_created",
        "SELECT id, network_id, title, starts_at, created_at FROM network_events"
        " WHERE created_by = ?",
    ),
)


async def erase_network_person(conn: aiosqlite.Connection, user_id: int) -> None:
    """/deleteme at the network level."""
    # ------------------------------------------------------------------ network
    await conn.execute("DELETE FROM network_staff WHERE user_id = ?", (user_id,))
    await conn.execute(
        "UPDATE partnership_profiles SET contact_user_id = NULL, contact_agreed_at = NULL"
        " WHERE contact_user_id = ?",
        (user_id,),
    )
    # ------------------------------------------------------------------ directory
    # ------------------------------------------------------------------ consult
    await conn.execute("DELETE FROM consult_bookings WHERE person_id = ?", (user_id,))
    # ------------------------------------------------------------------ consult_hosting
    await conn.execute("DELETE FROM consult_hosts WHERE user_id = ?", (user_id,))
    # ------------------------------------------------------------------ exchange
    # ------------------------------------------------------------------ newsletter
    # The newsletter stays (the network sent it); who wrote it is forgotten.
    await conn.execute("UPDATE newsletters SET created_by = NULL WHERE created_by = ?", (user_id,))
    await conn.execute(
        "UPDATE network_events SET created_by = NULL WHERE created_by = ?", (user_id,)
    )
