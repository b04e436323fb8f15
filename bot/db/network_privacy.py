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
    (
        "directory_organisations_contact_for",
        "SELECT id, name, city, country, contact_agreed_at, reviewed_at FROM directory_actors"
        " WHERE contact_user_id = ?",
    ),
    (
        "directory_organisations_added",
        "SELECT id, name, city, country, created_at FROM directory_actors WHERE created_by = ?",
    ),
    (
        "directory_messages_sent",
        "SELECT entry_kind, entry_id, sent_at, replied_at FROM directory_messages"
        " WHERE sender_id = ?",
    ),
    (
        "directory_messages_received",
        "SELECT entry_kind, entry_id, sent_at, replied_at FROM directory_messages"
        " WHERE contact_id = ?",
    ),
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
    # An organisation listed only on this person's word leaves with them; the others stay,
    # naming nobody (the organisation itself agreed).
    await conn.execute(
        "DELETE FROM directory_actors WHERE contact_user_id = ? AND org_agreed_at IS NULL",
        (user_id,),
    )
    await conn.execute(
        "UPDATE directory_actors SET contact_user_id = NULL, contact_agreed_at = NULL"
        " WHERE contact_user_id = ?",
        (user_id,),
    )
    await conn.execute(
        "UPDATE directory_actors SET created_by = NULL WHERE created_by = ?", (user_id,)
    )
    await conn.execute(
        "DELETE FROM directory_messages WHERE sender_id = ? OR contact_id = ?", (user_id, user_id)
    )
    # ------------------------------------------------------------------ consult
    await conn.execute("DELETE FROM consult_bookings WHERE person_id = ?", (user_id,))
    # ------------------------------------------------------------------ consult_hosting
    await conn.execute("DELETE FROM consult_hosts WHERE user_id = ?", (user_id,))
    # ------------------------------------------------------------------ exchange
    # ------------------------------------------------------------------ newsletter
