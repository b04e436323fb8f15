-- Workshops with sign-up questions, registrations with answers, the due-task table that the
-- scheduler wakes up for, and the outbox drained by the delivery worker.

CREATE TABLE workshops (
    id                     INTEGER PRIMARY KEY,
    partnership_id         INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    kind                   TEXT    NOT NULL CHECK (kind IN ('kickoff', 'match_sprint', 'sprint_succeed', 'other')),
    status                 TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
    title                  TEXT    NOT NULL,
    description            TEXT,
    city_id                INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    address                TEXT,
    online_link            TEXT,
    starts_at              TEXT    NOT NULL,
    ends_at                TEXT    NOT NULL,
    time_zone              TEXT    NOT NULL,
    capacity               INTEGER CHECK (capacity IS NULL OR capacity > 0),
    registration_deadline  TEXT,
    reminder_hours         TEXT    NOT NULL DEFAULT '[24, 2]',
    created_by             INTEGER,
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL
);
CREATE INDEX workshops_by_partnership ON workshops(partnership_id, status, starts_at);

CREATE TABLE workshop_city_quotas (
    workshop_id  INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    city_id      INTEGER NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    seats        INTEGER NOT NULL CHECK (seats > 0),
    PRIMARY KEY (workshop_id, city_id)
);

CREATE TABLE workshop_questions (
    workshop_id  INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('text', 'choice')),
    required     INTEGER NOT NULL DEFAULT 0,
    builtin      TEXT,
    text         TEXT,
    choices      TEXT    NOT NULL DEFAULT '[]',
    PRIMARY KEY (workshop_id, position)
);

CREATE TABLE registrations (
    id                INTEGER PRIMARY KEY,          -- also the arrival order
    workshop_id       INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    user_id           INTEGER NOT NULL,
    city_id           INTEGER,
    status            TEXT    NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'offered', 'cancelled', 'attended')),
    check_in_code     TEXT    NOT NULL,
    offer_expires_at  TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
-- One live registration per person and workshop; cancelled ones stay for the record.
CREATE UNIQUE INDEX registrations_one_active
    ON registrations(workshop_id, user_id) WHERE status <> 'cancelled';
CREATE INDEX registrations_by_workshop ON registrations(workshop_id, status, id);
CREATE INDEX registrations_by_user ON registrations(user_id, status);
CREATE UNIQUE INDEX registrations_code ON registrations(workshop_id, check_in_code);

CREATE TABLE registration_answers (
    registration_id  INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    answer           TEXT    NOT NULL,
    PRIMARY KEY (registration_id, position)
);

CREATE TABLE workshop_alerts (
    workshop_id  INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    percent      INTEGER NOT NULL,
    sent_at      TEXT    NOT NULL,
    PRIMARY KEY (workshop_id, percent)
);

CREATE TABLE workshop_feedback (
    registration_id  INTEGER PRIMARY KEY REFERENCES registrations(id) ON DELETE CASCADE,
    rating           INTEGER CHECK (rating BETWEEN 1 AND 5),
    comment          TEXT,
    created_at       TEXT    NOT NULL
);

-- Everything that is due at a moment: reminders, offer deadlines, feedback questions.
-- A task is done exactly once: done_at is set in the transaction that acts on it.
CREATE TABLE due_tasks (
    id        INTEGER PRIMARY KEY,
    kind      TEXT    NOT NULL,
    ref_id    INTEGER NOT NULL,
    detail    TEXT    NOT NULL DEFAULT '',
    due_at    TEXT    NOT NULL,
    done_at   TEXT,
    UNIQUE (kind, ref_id, detail)
);
CREATE INDEX due_tasks_pending ON due_tasks(due_at) WHERE done_at IS NULL;

-- Outgoing messages to people other than the one acting: drained by the delivery worker at
-- Telegram's pace, higher priority first.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    recipient_id     INTEGER NOT NULL,
    priority         INTEGER NOT NULL DEFAULT 0,
    text             TEXT    NOT NULL,
    reply_markup     TEXT,
    document_name    TEXT,
    document         BLOB,
    photo            BLOB,
    status           TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'blocked', 'failed', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,
    last_error       TEXT,
    broadcast_id     INTEGER,
    dedupe_key       TEXT    UNIQUE,
    created_at       TEXT    NOT NULL,
    sent_at          TEXT
);
CREATE INDEX outbox_pending ON outbox(status, priority DESC, id) WHERE status = 'pending';

-- People who blocked the bot are not written to until they write to it again.
ALTER TABLE participants ADD COLUMN reachable INTEGER NOT NULL DEFAULT 1;
