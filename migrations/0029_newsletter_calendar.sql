-- The network newsletter (#20): staff write sections in their language, add versions for
-- other languages (typed, or machine-made and marked), choose an audience over the network's
-- partnerships, and send now or at a chosen time.
--
-- Delivery reuses the announcements' machinery: a newsletter being sent has a `broadcasts`
-- row (texts per language, status, recipients, the progress message the delivery worker
-- edits) and its outbox rows carry that broadcast's id. Such a row belongs to no
-- partnership, so `broadcasts.partnership_id` becomes nullable (SQLite rebuilds the table;
-- nothing references broadcasts, the columns keep their order).
CREATE TABLE broadcasts_rebuilt (
    id                   INTEGER PRIMARY KEY,
    partnership_id       INTEGER REFERENCES partnerships(id) ON DELETE CASCADE,
    created_by           INTEGER,
    status               TEXT    NOT NULL CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    audience             TEXT    NOT NULL,
    default_language     TEXT    NOT NULL,
    texts                TEXT    NOT NULL,
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
INSERT INTO broadcasts_rebuilt SELECT * FROM broadcasts;
DROP TABLE broadcasts;
ALTER TABLE broadcasts_rebuilt RENAME TO broadcasts;
CREATE INDEX broadcasts_by_partnership ON broadcasts(partnership_id, created_at);

CREATE TABLE newsletters (
    id            INTEGER PRIMARY KEY,
    network_id    INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    created_by    INTEGER,                  -- the staff member (NULL after /deleteme)
    language      TEXT    NOT NULL,         -- the language the sections were written in
    sections      TEXT    NOT NULL,         -- JSON {"de": [["heading", "text"], ...], ...}
    machine       TEXT    NOT NULL DEFAULT '[]',  -- JSON: languages whose version is machine-made
    audience      TEXT    NOT NULL,         -- JSON {"country": "PL"|null, "topic": ..., "role": ...}
    status        TEXT    NOT NULL CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    scheduled_at  TEXT,
    broadcast_id  INTEGER,                  -- the delivery (broadcasts.id) once sending
    created_at    TEXT    NOT NULL
);
CREATE INDEX newsletters_by_network ON newsletters(network_id, created_at);

-- The network calendar: workshops their organisers mark public, and events the network's
-- staff create (the "Day of City Partnerships"); both in a subscribable .ics feed.
ALTER TABLE workshops ADD COLUMN network_public INTEGER NOT NULL DEFAULT 0;

CREATE TABLE network_events (
    id           INTEGER PRIMARY KEY,
    network_id   INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    city_id      INTEGER REFERENCES cities(id) ON DELETE SET NULL,  -- whose clock it was typed on
    time_zone    TEXT    NOT NULL,
    starts_at    TEXT    NOT NULL,          -- UTC
    ends_at      TEXT    NOT NULL,          -- UTC
    place        TEXT    NOT NULL DEFAULT '',
    link         TEXT    NOT NULL DEFAULT '',
    created_by   INTEGER,                   -- the staff member (NULL after /deleteme)
    created_at   TEXT    NOT NULL
);
CREATE INDEX network_events_by_start ON network_events(network_id, starts_at);
