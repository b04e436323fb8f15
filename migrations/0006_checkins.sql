-- Coaching check-ins: a schedule per team, rounds, one delivery per member (asked at the
-- team's local time in the member's own city, outside their quiet hours), answers.

CREATE TABLE checkin_schedules (
    team_id         INTEGER PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
    cadence         TEXT    NOT NULL DEFAULT 'weekly' CHECK (cadence IN ('weekly', 'biweekly', 'off')),
    weekday         INTEGER NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 6),
    local_time      TEXT    NOT NULL DEFAULT '10:00',
    paused_until    TEXT,
    last_round_day  TEXT
);

CREATE TABLE checkin_rounds (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('regular', 'closing')),
    day         TEXT    NOT NULL,
    closes_at   TEXT    NOT NULL,
    closed_at   TEXT,
    UNIQUE (team_id, day, kind)
);

CREATE TABLE checkin_deliveries (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES checkin_rounds(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    ask_at     TEXT    NOT NULL,
    asked_at   TEXT,
    nudged_at  TEXT,
    UNIQUE (round_id, user_id)
);

CREATE TABLE checkin_answers (
    round_id    INTEGER NOT NULL REFERENCES checkin_rounds(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    question    TEXT    NOT NULL,
    answer      TEXT,
    mood        INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
    language    TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (round_id, user_id, question)
);

-- '' means the default quiet hours (21:00-09:00), 'none' means none, else 'HH:MM-HH:MM'.
ALTER TABLE participants ADD COLUMN quiet_hours TEXT NOT NULL DEFAULT '';
