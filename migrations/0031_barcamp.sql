-- Event day, part 2: BarCamp session planning on the day (issue #21). A BarCamp belongs to one
-- workshop; the people checked in to that workshop (registrations.status = 'attended', set by the workshop's check-in)
-- propose sessions, say which they would attend, and get the plan.

CREATE TABLE barcamps (
    id              INTEGER PRIMARY KEY,
    workshop_id     INTEGER NOT NULL UNIQUE REFERENCES workshops(id) ON DELETE CASCADE,
    phase           TEXT    NOT NULL DEFAULT 'setup'
                    CHECK (phase IN ('setup', 'propose', 'interest', 'build', 'announced', 'closed')),
    interest_limit  INTEGER NOT NULL DEFAULT 3 CHECK (interest_limit BETWEEN 1 AND 20),
    announced_at    TEXT,
    created_at      TEXT    NOT NULL
);

CREATE TABLE barcamp_rooms (
    id          INTEGER PRIMARY KEY,
    barcamp_id  INTEGER NOT NULL REFERENCES barcamps(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    capacity    INTEGER NOT NULL CHECK (capacity > 0),
    languages   TEXT    NOT NULL,            -- space-separated codes the room works in: "de ru"
    bridge_url  TEXT,                        -- the video link to the partner city, if bridged
    position    INTEGER NOT NULL
);
CREATE INDEX barcamp_rooms_by_barcamp ON barcamp_rooms(barcamp_id, position);

CREATE TABLE barcamp_slots (
    id          INTEGER PRIMARY KEY,
    barcamp_id  INTEGER NOT NULL REFERENCES barcamps(id) ON DELETE CASCADE,
    starts_at   TEXT    NOT NULL,            -- UTC; shown on the workshop's clock
    ends_at     TEXT    NOT NULL,
    position    INTEGER NOT NULL
);
CREATE INDEX barcamp_slots_by_barcamp ON barcamp_slots(barcamp_id, position);

CREATE TABLE barcamp_sessions (
    id           INTEGER PRIMARY KEY,
    barcamp_id   INTEGER NOT NULL REFERENCES barcamps(id) ON DELETE CASCADE,
    title        TEXT    NOT NULL,           -- at most 80 characters
    description  TEXT    NOT NULL DEFAULT '',
    language     TEXT    NOT NULL,           -- the language the session is held in
    proposer_id  INTEGER,                    -- NULL once the proposer erased their data
    status       TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'merged', 'withdrawn')),
    merged_into  INTEGER REFERENCES barcamp_sessions(id),
    room_id      INTEGER REFERENCES barcamp_rooms(id) ON DELETE SET NULL,   -- placed: room and slot
    slot_id      INTEGER REFERENCES barcamp_slots(id) ON DELETE SET NULL,
    locked       INTEGER NOT NULL DEFAULT 0, -- kept where it is when the plan is rebuilt
    created_at   TEXT    NOT NULL
);
CREATE INDEX barcamp_sessions_by_barcamp ON barcamp_sessions(barcamp_id, status);

CREATE TABLE barcamp_hosts (
    session_id  INTEGER NOT NULL REFERENCES barcamp_sessions(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX barcamp_hosts_by_user ON barcamp_hosts(user_id);

-- Titles and descriptions in other languages (machine or typed), for "shown in their language".
CREATE TABLE barcamp_translations (
    session_id   INTEGER NOT NULL REFERENCES barcamp_sessions(id) ON DELETE CASCADE,
    language     TEXT    NOT NULL,
    source       TEXT    NOT NULL CHECK (source IN ('human', 'machine')),
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, language)
);

CREATE TABLE barcamp_interest (
    session_id  INTEGER NOT NULL REFERENCES barcamp_sessions(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX barcamp_interest_by_user ON barcamp_interest(user_id);

-- Three lines of notes per host after the session, collected into the documentation.
CREATE TABLE barcamp_notes (
    session_id  INTEGER NOT NULL REFERENCES barcamp_sessions(id) ON DELETE CASCADE,
    user_id     INTEGER,                     -- NULL once the host erased their data
    notes       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX barcamp_notes_by_session ON barcamp_notes(session_id);
