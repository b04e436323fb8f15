-- Foundation: partnerships with cities and themes, participants with their profile,
-- roles per partnership, one-time invitations and per-user dialog state.
-- Names per language are JSON objects in TEXT columns ({"de": "...", "ru": "..."}).
-- Times are ISO-8601 UTC strings.

CREATE TABLE partnerships (
    id          INTEGER PRIMARY KEY,
    names       TEXT    NOT NULL,
    created_by  INTEGER,
    created_at  TEXT    NOT NULL
);

CREATE TABLE cities (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    names           TEXT    NOT NULL,
    time_zone       TEXT    NOT NULL,
    position        INTEGER NOT NULL
);
CREATE INDEX cities_by_partnership ON cities(partnership_id, position);

CREATE TABLE themes (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    names           TEXT    NOT NULL,
    position        INTEGER NOT NULL
);
CREATE INDEX themes_by_partnership ON themes(partnership_id, position);

CREATE TABLE participants (
    user_id              INTEGER PRIMARY KEY,
    language             TEXT    NOT NULL,
    partnership_id       INTEGER REFERENCES partnerships(id) ON DELETE SET NULL,
    city_id              INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    display_name         TEXT,
    privacy_accepted_at  TEXT,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);
CREATE INDEX participants_by_partnership ON participants(partnership_id, city_id);

CREATE TABLE participant_languages (
    user_id   INTEGER NOT NULL REFERENCES participants(user_id) ON DELETE CASCADE,
    language  TEXT    NOT NULL,
    PRIMARY KEY (user_id, language)
);

CREATE TABLE participant_interests (
    user_id   INTEGER NOT NULL REFERENCES participants(user_id) ON DELETE CASCADE,
    theme_id  INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, theme_id)
);

CREATE TABLE roles (
    user_id         INTEGER NOT NULL,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('participant', 'organiser', 'coach')),
    granted_by      INTEGER,
    granted_at      TEXT    NOT NULL,
    PRIMARY KEY (user_id, partnership_id, role)
);

CREATE TABLE invitations (
    token           TEXT    PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('organiser', 'coach')),
    created_by      INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    expires_at      TEXT    NOT NULL,
    used_by         INTEGER,
    used_at         TEXT
);

-- What a user is in the middle of (typing a name, a draft partnership, a deep link that
-- waits for onboarding to finish). Kept in the database so that a restart loses nothing.
CREATE TABLE dialog_states (
    user_id     INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE pending_deeplinks (
    user_id     INTEGER PRIMARY KEY,
    payload     TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
