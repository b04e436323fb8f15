-- Consultation hours (/consult): hosts (network staff, coaches) publish weekly availability on
-- their own clock; people book a slot by topic and language. Slots are not stored: they are
-- computed from the windows (bot.domain.consultations.open_slots) minus the bookings, so a
-- changed window never leaves orphaned slot rows. A booking stores its UTC start and end.

CREATE TABLE consult_hosts (
    user_id          INTEGER PRIMARY KEY,
    network_id       INTEGER NOT NULL DEFAULT 1 REFERENCES networks(id),
    time_zone        TEXT    NOT NULL,            -- IANA name; windows are on this clock
    duration_min     INTEGER NOT NULL DEFAULT 30,
    buffer_min       INTEGER NOT NULL DEFAULT 10, -- free minutes kept after each booking
    notice_hours     INTEGER NOT NULL DEFAULT 24, -- minimum notice before a slot's start
    horizon_days     INTEGER NOT NULL DEFAULT 28, -- how far ahead slots are offered
    cutoff_hours     INTEGER NOT NULL DEFAULT 24, -- cancelling later than this is "late"
    person_limit     INTEGER NOT NULL DEFAULT 2,  -- open bookings one person may hold
    capacity         INTEGER NOT NULL DEFAULT 1,  -- 1: private slots; more: group slots
    video_link       TEXT,
    active           INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE TABLE consult_host_languages (
    user_id   INTEGER NOT NULL REFERENCES consult_hosts(user_id) ON DELETE CASCADE,
    language  TEXT    NOT NULL,
    PRIMARY KEY (user_id, language)
);

CREATE TABLE consult_host_topics (
    user_id  INTEGER NOT NULL REFERENCES consult_hosts(user_id) ON DELETE CASCADE,
    topic    TEXT    NOT NULL,          -- keys of bot.domain.network.NETWORK_TOPICS
    PRIMARY KEY (user_id, topic)
);

-- Weekly windows on the host's clock: weekday 0 = Monday, times "HH:MM".
CREATE TABLE consult_windows (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES consult_hosts(user_id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    starts      TEXT    NOT NULL,
    ends        TEXT    NOT NULL
);
CREATE INDEX consult_windows_by_host ON consult_windows(user_id, weekday);

CREATE TABLE consult_bookings (
    id            INTEGER PRIMARY KEY,
    host_id       INTEGER NOT NULL REFERENCES consult_hosts(user_id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL,
    starts_at     TEXT    NOT NULL,     -- UTC ISO
    ends_at       TEXT    NOT NULL,
    topic         TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'booked'
                  CHECK (status IN ('booked', 'cancelled', 'attended', 'no_show')),
    note          TEXT,                 -- what the person wants to talk about (optional)
    created_at    TEXT    NOT NULL,
    cancelled_at  TEXT,
    cancelled_late INTEGER NOT NULL DEFAULT 0,
    marked_at     TEXT
);
CREATE INDEX consult_bookings_by_host ON consult_bookings(host_id, starts_at);
CREATE INDEX consult_bookings_by_person ON consult_bookings(person_id, status);
