-- Ideas: submitted in the author's language, translated by people or a machine provider,
-- voted on with a budget per partnership, moderated by organisers.

CREATE TABLE idea_settings (
    partnership_id    INTEGER PRIMARY KEY REFERENCES partnerships(id) ON DELETE CASCADE,
    submissions_open  INTEGER NOT NULL DEFAULT 1,
    voting_open       INTEGER NOT NULL DEFAULT 0,
    vote_budget       INTEGER NOT NULL DEFAULT 5 CHECK (vote_budget BETWEEN 1 AND 50),
    premoderation     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ideas (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    author_id       INTEGER,                 -- NULL once the author erased their data
    city_id         INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    workshop_id     INTEGER REFERENCES workshops(id) ON DELETE SET NULL,
    language        TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    needs           TEXT,
    photo_file_id   TEXT,
    show_author     INTEGER NOT NULL DEFAULT 1,
    status          TEXT    NOT NULL CHECK (status IN ('submitted', 'published', 'hidden', 'merged', 'withdrawn')),
    merged_into     INTEGER REFERENCES ideas(id),
    hidden_reason   TEXT,
    vote_count      INTEGER NOT NULL DEFAULT 0,  -- kept equal to COUNT(votes) in each vote's transaction
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX ideas_by_partnership ON ideas(partnership_id, status, id);
CREATE INDEX ideas_by_votes ON ideas(partnership_id, status, vote_count DESC, id);
CREATE INDEX ideas_by_author ON ideas(author_id);

CREATE TABLE idea_themes (
    idea_id   INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    theme_id  INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (idea_id, theme_id)
);
CREATE INDEX idea_themes_by_theme ON idea_themes(theme_id, idea_id);

CREATE TABLE idea_translations (
    idea_id        INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    language       TEXT    NOT NULL,
    source         TEXT    NOT NULL CHECK (source IN ('human', 'machine')),
    status         TEXT    NOT NULL CHECK (status IN ('pending', 'approved')),
    title          TEXT    NOT NULL,
    description    TEXT    NOT NULL,
    needs          TEXT,
    translator_id  INTEGER,
    created_at     TEXT    NOT NULL,
    PRIMARY KEY (idea_id, language, source)
);

CREATE TABLE votes (
    idea_id         INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL,
    partnership_id  INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX votes_by_user ON votes(user_id, partnership_id);

-- "I want to work on this": the strongest matching signal (and joining a similar idea).
CREATE TABLE idea_supporters (
    idea_id     INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX idea_supporters_by_user ON idea_supporters(user_id);

CREATE TABLE idea_reports (
    id           INTEGER PRIMARY KEY,
    idea_id      INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    reporter_id  INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    handled_at   TEXT,
    UNIQUE (idea_id, reporter_id)
);

CREATE TABLE idea_vote_digests (
    user_id       INTEGER PRIMARY KEY,
    last_sent_at  TEXT NOT NULL
);

-- A reader who prefers originals keeps seeing originals.
ALTER TABLE participants ADD COLUMN show_originals INTEGER NOT NULL DEFAULT 0;
