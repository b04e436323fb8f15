"""A person's data: everything that holds their Telegram id, to hand out or to erase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.db import inbox
from bot.db.event_privacy import EVENT_SECTIONS, erase_event_person
from bot.db.network_privacy import NETWORK_SECTIONS, erase_network_person
from bot.db.toolbox_admin import TOOLBOX_SECTIONS, erase_toolbox_person

# What /mydata hands out: a section name and the query that finds the person's rows.
_SECTIONS: tuple[tuple[str, str], ...] = (
    ("profile", "SELECT * FROM participants WHERE user_id = ?"),
    ("languages_spoken", "SELECT language FROM participant_languages WHERE user_id = ?"),
    ("interests", "SELECT theme_id FROM participant_interests WHERE user_id = ?"),
    ("roles", "SELECT partnership_id, role, granted_at FROM roles WHERE user_id = ?"),
    ("workshop_signups", "SELECT * FROM registrations WHERE user_id = ?"),
    (
        "signup_answers",
        "SELECT a.* FROM registration_answers a JOIN registrations r ON r.id = a.registration_id"
        " WHERE r.user_id = ?",
    ),
    (
        "workshop_feedback",
        "SELECT f.* FROM workshop_feedback f JOIN registrations r ON r.id = f.registration_id"
        " WHERE r.user_id = ?",
    ),
    ("ideas", "SELECT * FROM ideas WHERE author_id = ?"),
    ("translations_written", "SELECT * FROM idea_translations WHERE translator_id = ?"),
    ("translations_asked_for", "SELECT * FROM translation_requests WHERE reader_id = ?"),
    ("asked_to_translate", "SELECT last_asked_at FROM translators_asked WHERE user_id = ?"),
    ("votes", "SELECT idea_id, created_at FROM votes WHERE user_id = ?"),
    ("ideas_supported", "SELECT idea_id, created_at FROM idea_supporters WHERE user_id = ?"),
    ("ideas_reported", "SELECT idea_id, created_at FROM idea_reports WHERE reporter_id = ?"),
    ("matching_proposals", "SELECT * FROM matching_proposals WHERE user_id = ?"),
    ("teams", "SELECT * FROM team_members WHERE user_id = ?"),
    ("teams_coached", "SELECT id, idea_id, status FROM teams WHERE coach_id = ?"),
    ("team_messages", "SELECT * FROM team_messages WHERE sender_id = ?"),
    ("checkin_answers", "SELECT * FROM checkin_answers WHERE user_id = ?"),
    ("checkin_deliveries", "SELECT * FROM checkin_deliveries WHERE user_id = ?"),
    ("unfinished_dialog", "SELECT kind, data, updated_at FROM dialog_states WHERE user_id = ?"),
    ("invitations_created", "SELECT * FROM invitations WHERE created_by = ?"),
    (
        "applications",
        "SELECT a.id AS application_number, a.call_id, a.status, a.decision, a.submitted_at,"
        " p.city, p.country, p.language, p.signed_off_at FROM application_parties p"
        " JOIN applications a ON a.id = p.application_id WHERE p.user_id = ?",
    ),
    (
        "application_answers",
        "SELECT x.application_id AS application_number, x.question_id, x.text, x.language,"
        " x.updated_at FROM application_answers x JOIN application_parties p ON p.id = x.party_id"
        " WHERE p.user_id = ?",
    ),
    (
        "application_documents",
        "SELECT d.application_id AS application_number, d.file_name, d.mime_type, d.size_bytes,"
        " d.sha256, d.uploaded_at, d.purged_at FROM application_documents d"
        " JOIN application_parties p ON p.id = d.party_id WHERE p.user_id = ?",
    ),
    ("calls_reviewed", "SELECT call_id, links, joined_at FROM call_reviewers WHERE user_id = ?"),
    (
        "reviews_written",
        "SELECT application_id AS application_number, note, submitted_at FROM reviews"
        " WHERE reviewer_id = ?",
    ),
    (
        "review_scores",
        "SELECT application_id AS application_number, criterion_id, score FROM review_scores"
        " WHERE reviewer_id = ?",
    ),
    # The toolbox: suggestions (with the credit agreed), entries kept, "helpful" answers and
    # funding reminders (bot/db/toolbox_admin.py erases them).
    *TOOLBOX_SECTIONS,
    # The network level: staff, directory contact, consultations, idea exchange, newsletter.
    *NETWORK_SECTIONS,
    # Event day: rooms checked in to, +1 on live walls, BarCamp proposals, interest, notes.
    *EVENT_SECTIONS,
    (
        "stories_naming_you",
        "SELECT story_id, name, consent, answered_at FROM story_people WHERE user_id = ?",
    ),
    (
        "story_photos",
        "SELECT p.story_id, p.file_id AS photo_file_id, p.created_at FROM story_photos p"
        " JOIN story_people s ON s.id = p.person_id WHERE s.user_id = ?",
    ),
    (
        "messages_waiting",
        "SELECT id, text, created_at FROM outbox WHERE recipient_id = ? AND status = 'pending'",
    ),
)


async def person_data(conn: aiosqlite.Connection, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row about the person, by section; files (photos) are named by their id only."""
    data: dict[str, list[dict[str, Any]]] = {}
    for section, sql in _SECTIONS:
        async with conn.execute(sql, (user_id,)) as cur:
            data[section] = [dict(row) for row in await cur.fetchall()]
    return data


# What a number in the export points at, and the query that names it: (id, name JSON or text).
_NAMES: dict[str, str] = {
    "partnership": "SELECT id, names FROM partnerships WHERE id IN ({})",
    "city": "SELECT id, names FROM cities WHERE id IN ({})",
    "theme": "SELECT id, names FROM themes WHERE id IN ({})",
    "workshop": "SELECT id, title FROM workshops WHERE id IN ({})",
    "idea": "SELECT id, title FROM ideas WHERE id IN ({})",
    "team": "SELECT t.id, i.title FROM teams t JOIN ideas i ON i.id = t.idea_id WHERE t.id IN ({})",
    "call": "SELECT id, titles FROM calls WHERE id IN ({})",
    # A contact field has no wording of its own (the locales word it): its field names it.
    "question": "SELECT id, CASE WHEN texts = '{{}}' THEN json_object('en', field) ELSE texts END"
    " FROM call_questions WHERE id IN ({})",
}


async def names(conn: aiosqlite.Connection, kind: str, ids: set[int]) -> dict[int, str]:
    """The stored names (JSON of languages, or plain text for ideas) of these ids of a kind."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    async with conn.execute(_NAMES[kind].format(marks), sorted(ids)) as cur:
        return {row[0]: row[1] for row in await cur.fetchall()}


async def workshop_times(conn: aiosqlite.Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    """Start (ISO) and the venue's time zone of these workshops, for the /mydata summary."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    async with conn.execute(
        f"SELECT id, starts_at, time_zone FROM workshops WHERE id IN ({marks})", sorted(ids)
    ) as cur:
        return {row[0]: (row[1], row[2]) for row in await cur.fetchall()}


async def authored_ideas(conn: aiosqlite.Connection, user_id: int) -> int:
    async with conn.execute("SELECT COUNT(*) FROM ideas WHERE author_id = ?", (user_id,)) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def active_registrations(conn: aiosqlite.Connection, user_id: int) -> list[int]:
    """Sign-ups that hold or wait for a seat: cancelling them frees seats for others first."""
    async with conn.execute(
        "SELECT id FROM registrations WHERE user_id = ?"
        " AND status IN ('confirmed', 'waitlisted', 'offered')",
        (user_id,),
    ) as cur:
        return [row[0] for row in await cur.fetchall()]


@dataclass(frozen=True)
class Erasure:
    """What was erased, so that the person can be told."""

    signups: int
    votes: int
    answers: int
    messages: int
    ideas_kept: int
    ideas_removed: int
    drafts_deleted: int = 0  # applications only the person spoke for (programme calls)
    applications_kept: int = 0  # kept as "the applicant from <city>"
    reviews_kept: int = 0  # scores kept under a pseudonym
    stories_unnamed: int = 0  # stories kept, naming "a team member from <city>" instead


async def _ids(conn: aiosqlite.Connection, sql: str, user_id: int) -> list[int]:
    async with conn.execute(sql, (user_id,)) as cur:
        return [row[0] for row in await cur.fetchall()]


async def _delete_tasks(
    conn: aiosqlite.Connection, kinds: tuple[str, ...], refs: list[int]
) -> None:
    if not refs:
        return
    marks = ",".join("?" * len(refs))
    kind_marks = ",".join("?" * len(kinds))
    await conn.execute(
        f"DELETE FROM due_tasks WHERE kind IN ({kind_marks}) AND ref_id IN ({marks})",
        (*kinds, *refs),
    )


async def _unlink_merges(conn: aiosqlite.Connection, removed: list[int]) -> None:
    """Ideas merged into one that is about to be removed stay merged, pointing at nothing.

    ideas.merged_into has no ON DELETE action (a rebuild of `ideas` would need foreign keys
    off, which the migration runner's transaction cannot switch), so erasure does it here.
    A stub that stays (an idea a team works on) keeps its merged duplicates pointing at it.
    """
    if not removed:
        return
    marks = ",".join("?" * len(removed))
    await conn.execute(
        f"UPDATE ideas SET merged_into = NULL WHERE merged_into IN ({marks})", removed
    )


async def erase_person(conn: aiosqlite.Connection, user_id: int, *, keep_ideas: bool) -> Erasure:
    """Erase every row that names the person; their ideas stay only anonymised, and only if
    they agreed. An idea a team already works on keeps its row, but without its words."""
    registrations = await _ids(conn, "SELECT id FROM registrations WHERE user_id = ?", user_id)
    await _delete_tasks(conn, ("reminder", "offer", "feedback"), registrations)
    await conn.execute("DELETE FROM registrations WHERE user_id = ?", (user_id,))

    deliveries = await _ids(conn, "SELECT id FROM checkin_deliveries WHERE user_id = ?", user_id)
    await _delete_tasks(conn, ("checkin_ask", "checkin_nudge"), deliveries)
    await _delete_tasks(conn, ("vote_digest", "coach_overview", "organiser_notice"), [user_id])
    answers = await _ids(conn, "SELECT round_id FROM checkin_answers WHERE user_id = ?", user_id)
    await conn.execute("DELETE FROM checkin_deliveries WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM checkin_answers WHERE user_id = ?", (user_id,))

    voted = await _ids(conn, "SELECT idea_id FROM votes WHERE user_id = ?", user_id)
    await conn.execute("DELETE FROM votes WHERE user_id = ?", (user_id,))
    await conn.executemany(
        "UPDATE ideas SET vote_count = (SELECT COUNT(*) FROM votes WHERE idea_id = ?) WHERE id = ?",
        [(idea_id, idea_id) for idea_id in voted],
    )
    await conn.execute("DELETE FROM idea_supporters WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM idea_reports WHERE reporter_id = ?", (user_id,))
    await conn.execute("DELETE FROM idea_vote_digests WHERE user_id = ?", (user_id,))
    if keep_ideas:  # the person agreed that what they contributed stays, without their name
        await conn.execute(
            "UPDATE idea_translations SET translator_id = NULL WHERE translator_id = ?",
            (user_id,),
        )
    else:
        await conn.execute("DELETE FROM idea_translations WHERE translator_id = ?", (user_id,))

    ideas = await _ids(conn, "SELECT id FROM ideas WHERE author_id = ?", user_id)
    if keep_ideas:
        await conn.execute(
            "UPDATE ideas SET author_id = NULL, show_author = 0 WHERE author_id = ?", (user_id,)
        )
    else:
        with_team = set(
            await _ids(
                conn,
                "SELECT t.idea_id FROM teams t JOIN ideas i"
                " ON i.id = t.idea_id WHERE i.author_id = ?",
                user_id,
            )
        )
        removed = [idea_id for idea_id in ideas if idea_id not in with_team]
        await _unlink_merges(conn, removed)
        for idea_id in ideas:
            if idea_id in with_team:
                await conn.execute("DELETE FROM idea_translations WHERE idea_id = ?", (idea_id,))
                await conn.execute(
                    "UPDATE ideas SET author_id = NULL, show_author = 0, title = '—',"
                    " description = '—', needs = NULL, photo_file_id = NULL,"
                    " status = 'hidden', hidden_reason = 'erased' WHERE id = ?",
                    (idea_id,),
                )
            else:
                await conn.execute("DELETE FROM ideas WHERE id = ?", (idea_id,))

    await conn.execute("DELETE FROM matching_proposals WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM team_members WHERE user_id = ?", (user_id,))
    await conn.execute("UPDATE teams SET coach_id = NULL WHERE coach_id = ?", (user_id,))
    messages = await _ids(conn, "SELECT id FROM team_messages WHERE sender_id = ?", user_id)
    await conn.execute("DELETE FROM team_messages WHERE sender_id = ?", (user_id,))
    await conn.execute("DELETE FROM partner_notices WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM outbox WHERE recipient_id = ?", (user_id,))
    # Messages to others about the person (a coach alerted by their check-in) name them in
    # the dedupe key (`kind:…:<id>:…`); waiting ones carry their words too. All go.
    await conn.execute(
        "DELETE FROM outbox WHERE dedupe_key = ? OR dedupe_key LIKE ?"
        " OR dedupe_key LIKE ? OR dedupe_key LIKE ?",
        (str(user_id), f"{user_id}:%", f"%:{user_id}", f"%:{user_id}:%"),
    )
    await inbox.forget_chat(conn, user_id)  # their updates as received (names, texts)

    await conn.execute("UPDATE broadcasts SET created_by = NULL WHERE created_by = ?", (user_id,))
    await conn.execute(
        "UPDATE broadcasts SET progress_chat_id = NULL, progress_message_id = NULL"
        " WHERE progress_chat_id = ?",
        (user_id,),
    )
    await conn.execute("UPDATE workshops SET created_by = NULL WHERE created_by = ?", (user_id,))
    await conn.execute(
        "UPDATE matching_rounds SET created_by = NULL WHERE created_by = ?", (user_id,)
    )

    await erase_toolbox_person(conn, user_id)
    await erase_network_person(conn, user_id)
    await erase_event_person(conn, user_id)
    await conn.execute("DELETE FROM roles WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM organiser_groups_seen WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM organiser_notices WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM dialog_states WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM pending_deeplinks WHERE user_id = ?", (user_id,))
    await conn.execute(
        "DELETE FROM invitations WHERE created_by = ? AND used_by IS NULL", (user_id,)
    )
    await conn.execute("UPDATE invitations SET used_by = NULL WHERE used_by = ?", (user_id,))
    await conn.execute("UPDATE invitations SET created_by = 0 WHERE created_by = ?", (user_id,))
    await conn.execute("UPDATE roles SET granted_by = NULL WHERE granted_by = ?", (user_id,))
    await conn.execute("UPDATE partnerships SET created_by = NULL WHERE created_by = ?", (user_id,))
    await conn.execute("DELETE FROM participants WHERE user_id = ?", (user_id,))
    return Erasure(
        signups=len(registrations),
        votes=len(voted),
        answers=len(set(answers)),
        messages=len(messages),
        ideas_kept=len(ideas) if keep_ideas else 0,
        ideas_removed=0 if keep_ideas else len(ideas),
    )
