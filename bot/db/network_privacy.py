"""A person's data at the network level, for /mydata and /deleteme: one section per family
(add rows and statements only in yours). Plain statements only, so erasure always completes."""

from __future__ import annotations

import aiosqlite

# What /mydata hands out: a section name and the query that finds the person's rows.
NETWORK_SECTIONS: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------------ network
    ("network_staff", "SELECT network_id, granted_at FROM network_staff WHERE user_id = ?"),
    (
        "network_staff_invitations",
        "SELECT network_id, created_at, expires_at, used_at FROM network_invitations"
        " WHERE ? IN (created_by, used_by)",
    ),
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
    (
        "consultation_waiting_list",
        "SELECT topic, language, status, joined_at, offer_starts_at FROM consult_waiting"
        " WHERE person_id = ?",
    ),
    # ------------------------------------------------------------------ consult_hosting
    (
        "consultation_hours_hosted",
        "SELECT time_zone, duration_min, video_link, active FROM consult_hosts WHERE user_id = ?",
    ),
    (
        "consultation_hours_settings",
        "SELECT time_zone, duration_min, buffer_min, notice_hours, horizon_days, cutoff_hours,"
        " person_limit, capacity, created_at, updated_at FROM consult_hosts WHERE user_id = ?",
    ),
    (
        "consultation_hours_languages",
        "SELECT language FROM consult_host_languages WHERE user_id = ?",
    ),
    ("consultation_hours_topics", "SELECT topic FROM consult_host_topics WHERE user_id = ?"),
    (
        "consultation_hours_windows",
        "SELECT weekday, starts, ends FROM consult_windows WHERE user_id = ?",
    ),
    (
        # The times and outcomes of consultations given; who booked them is theirs to ask for.
        "consultations_hosted",
        "SELECT starts_at, ends_at, topic, language, status, marked_at FROM consult_bookings"
        " WHERE host_id = ?",
    ),
    # ------------------------------------------------------------------ exchange
    (
        "idea_exchange_posts_you_are_contact_for",
        "SELECT id, partnership_id, kind, title, status, created_at FROM exchange_posts"
        " WHERE contact_user_id = ?",
    ),
    (
        "idea_exchange_requests_you_made",
        "SELECT id, post_id, note, status, created_at, requester_username AS your_username"
        " FROM exchange_requests WHERE requester_id = ?",
    ),
    (
        "idea_exchange_requests_to_you",
        "SELECT id, post_id, status, created_at, contact_username AS your_username"
        " FROM exchange_requests WHERE contact_id = ?",
    ),
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
    await conn.execute("DELETE FROM network_invitations WHERE created_by = ?", (user_id,))
    # A link they used stays used (0: nobody), so it cannot make anyone else staff.
    await conn.execute("UPDATE network_invitations SET used_by = 0 WHERE used_by = ?", (user_id,))
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
    await conn.execute("DELETE FROM consult_waiting WHERE person_id = ?", (user_id,))
    # ------------------------------------------------------------------ consult_hosting
    # People booked with an erased host are told (a due task per booking, sent after the
    # erasure by ConsultHosting: the person, the start) before the bookings go with the host.
    await conn.execute(
        "INSERT INTO due_tasks (kind, ref_id, detail, due_at)"
        " SELECT 'hosting_host_gone', person_id, starts_at, created_at FROM consult_bookings"
        " WHERE host_id = ? AND status = 'booked' ON CONFLICT DO NOTHING",
        (user_id,),
    )
    await conn.execute("DELETE FROM consult_bookings WHERE host_id = ?", (user_id,))
    await conn.execute("DELETE FROM consult_hosts WHERE user_id = ?", (user_id,))
    # ------------------------------------------------------------------ exchange
    # Their posts stay with the partnership but lose their contact (and close: nobody could
    # be introduced); their requests, and introductions pending with them, are dropped.
    await conn.execute(
        "UPDATE exchange_posts SET contact_user_id = NULL, status = 'closed'"
        " WHERE contact_user_id = ?",
        (user_id,),
    )
    await conn.execute(
        "DELETE FROM exchange_requests WHERE requester_id = ? OR contact_id = ?",
        (user_id, user_id),
    )
    # ------------------------------------------------------------------ newsletter
    # The newsletter stays (the network sent it); who wrote it is forgotten.
    await conn.execute("UPDATE newsletters SET created_by = NULL WHERE created_by = ?", (user_id,))
    await conn.execute(
        "UPDATE network_events SET created_by = NULL WHERE created_by = ?", (user_id,)
    )
