"""A person's data on event day (live wall, BarCamp), for /mydata and /deleteme: one section
per family (add rows and statements only in yours). Plain statements only, so erasure always
completes. Ideas posted to a wall are ordinary ideas: bot/db/privacy.py handles those."""

from __future__ import annotations

import aiosqlite

# What /mydata hands out: a section name and the query that finds the person's rows.
EVENT_SECTIONS: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------------ live-setup
    ("live_rooms_checked_in", "SELECT room_id, checked_in_at FROM live_checkins WHERE user_id = ?"),
    ("live_rooms_moderated", "SELECT room_id FROM live_moderators WHERE user_id = ?"),
    ("live_events_created", "SELECT id, title, created_at FROM live_events WHERE created_by = ?"),
    # ------------------------------------------------------------------ live-ideas
    ("live_plus_ones", "SELECT idea_id, created_at FROM live_votes WHERE user_id = ?"),
    (
        "live_moderation_steps",
        "SELECT event_id, idea_id, action, reason, created_at FROM live_moderation_log"
        " WHERE moderator_id = ?",
    ),
    # ------------------------------------------------------------------ barcamp-people
    (
        "barcamp_sessions_proposed",
        "SELECT id, title, description, language, created_at FROM barcamp_sessions"
        " WHERE proposer_id = ?",
    ),
    ("barcamp_sessions_hosted", "SELECT session_id FROM barcamp_hosts WHERE user_id = ?"),
    ("barcamp_interest", "SELECT session_id, created_at FROM barcamp_interest WHERE user_id = ?"),
    ("barcamp_notes", "SELECT session_id, notes, created_at FROM barcamp_notes WHERE user_id = ?"),
    # ------------------------------------------------------------------ barcamp-plan
)


async def erase_event_person(conn: aiosqlite.Connection, user_id: int) -> None:
    """/deleteme on event day."""
    # ------------------------------------------------------------------ live-setup
    await conn.execute("DELETE FROM live_checkins WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM live_moderators WHERE user_id = ?", (user_id,))
    await conn.execute("UPDATE live_events SET created_by = NULL WHERE created_by = ?", (user_id,))
    # ------------------------------------------------------------------ live-ideas
    await conn.execute("DELETE FROM live_votes WHERE user_id = ?", (user_id,))
    # The log keeps what was done and why (the wall's record), not who did it.
    await conn.execute(
        "UPDATE live_moderation_log SET moderator_id = NULL WHERE moderator_id = ?", (user_id,)
    )
    # ------------------------------------------------------------------ barcamp-people
    # A session that took place stays in the plan and the documentation, naming nobody.
    await conn.execute(
        "UPDATE barcamp_sessions SET proposer_id = NULL WHERE proposer_id = ?", (user_id,)
    )
    await conn.execute("DELETE FROM barcamp_hosts WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM barcamp_interest WHERE user_id = ?", (user_id,))
    await conn.execute("UPDATE barcamp_notes SET user_id = NULL WHERE user_id = ?", (user_id,))
    # ------------------------------------------------------------------ barcamp-plan
