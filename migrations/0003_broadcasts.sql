-- Broadcasts: an organiser's announcement to an audience, fanned out into the outbox.
CREATE TABLE broadcasts (
    id                   INTEGER PRIMARY KEY,
    partnership_id       INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    created_by           INTEGER,
    status               TEXT    NOT NULL CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    audience             TEXT    NOT NULL,          -- JSON: {"kind": ..., "value": ...}
    default_language     TEXT    NOT NULL,
    texts                TEXT    NOT NULL,          -- JSON: {"de": "<b>…</b>", ...} (Telegram HTML)
    file_kind            TEXT    CHECK (file_kind IS NULL OR file_kind IN ('photo', 'document')),
    file_id              TEXT,
    scheduled_at         TEXT,
    started_at           TEXT,
    finished_at          TEXT,
    recipients           INTEGER NOT NULL DEFAULT 0,
    progress_chat_id     INTEGER,
    progress_message_id  INTEGER,
    created_at           TEXT    NOT NULL
);
CREATE INDEX broadcasts_by_partnership ON broadcasts(partnership_id, created_at);

-- Attachments of broadcasts are re-sent by Telegram file_id, not stored as bytes.
ALTER TABLE outbox ADD COLUMN file_kind TEXT;
ALTER TABLE outbox ADD COLUMN file_id TEXT;
CREATE INDEX outbox_by_broadcast ON outbox(broadcast_id, status) WHERE broadcast_id IS NOT NULL;

-- Participants can mute announcements; messages about their own sign-ups still arrive.
ALTER TABLE participants ADD COLUMN announcements_muted INTEGER NOT NULL DEFAULT 0;
