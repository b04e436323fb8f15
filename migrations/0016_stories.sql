-- Stories: a finished (or ongoing) team project told for the programme's website and for
-- everyone who proposed or voted for its idea. The bot drafts it from what it knows; the team
-- edits it section by section; every named person consents; an organiser publishes it.

CREATE TABLE stories (
    id                 INTEGER PRIMARY KEY,
    partnership_id     INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    team_id            INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    idea_id            INTEGER REFERENCES ideas(id) ON DELETE SET NULL,
    -- draft: the team edits; review: waiting for an organiser; published: readable by all
    -- and in the feed; withdrawn: taken back by an organiser.
    status             TEXT    NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'review', 'published', 'withdrawn')),
    original_language  TEXT    NOT NULL,
    requested_by       INTEGER,           -- the organiser who asked for it; NULL: closing round
    created_at         TEXT    NOT NULL,
    published_at       TEXT,
    published_by       INTEGER,
    voters_told_at     TEXT,              -- "the idea you voted for became …" went out
    update_due         TEXT,              -- optional review date: ask the team for one line
    update_asked_at    TEXT,
    UNIQUE (team_id)
);
CREATE INDEX stories_by_status ON stories(status, published_at);

-- The people a story may name: team members (and the idea's author). Texts never hold a
-- name: they hold the token [[person:<id>]] (bot/domain/stories.py), rendered as the first
-- name when consent = 'given' and as "a team member from <city>" otherwise. Erasure sets
-- user_id and name to NULL and keeps city_id, so the story stays readable.
CREATE TABLE story_people (
    id           INTEGER PRIMARY KEY,
    story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    user_id      INTEGER,
    name         TEXT,
    city_id      INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    consent      TEXT    NOT NULL DEFAULT 'pending'
                 CHECK (consent IN ('pending', 'given', 'declined', 'erased')),
    asked_at     TEXT,
    answered_at  TEXT,
    UNIQUE (story_id, user_id)
);

-- Sections, each per language. origin: draft (the bot's draft), team (a member wrote it),
-- machine (the translation provider), human (a person corrected a translation).
CREATE TABLE story_sections (
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    section     TEXT    NOT NULL
                CHECK (section IN ('title', 'idea', 'team', 'blockers', 'outcome')),
    language    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    origin      TEXT    NOT NULL CHECK (origin IN ('draft', 'team', 'machine', 'human')),
    updated_by  INTEGER,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (story_id, section, language)
);

-- The dated timeline from proposal to result. kind: idea (proposed, at which kick-off),
-- team (formed), checkin (a milestone from a check-in), blocker, resolved, closing, update.
-- `texts` is a JSON object per language ({"de": "...", "ru": "..."}); a timeline entry built
-- from data (not typed) has no text and is worded by the locales from `kind` and `detail`.
CREATE TABLE story_timeline (
    id          INTEGER PRIMARY KEY,
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    happened_on TEXT    NOT NULL,   -- ISO date
    kind        TEXT    NOT NULL
                CHECK (kind IN ('idea', 'team', 'checkin', 'blocker', 'resolved', 'closing', 'update')),
    detail      TEXT    NOT NULL DEFAULT '',
    texts       TEXT    NOT NULL DEFAULT '{}',
    person_id   INTEGER REFERENCES story_people(id) ON DELETE SET NULL
);
CREATE INDEX story_timeline_by_story ON story_timeline(story_id, happened_on, id);

-- Photos, re-encoded without EXIF before they were sent to Telegram (file_id is the clean
-- copy). A photo is published only while the person who added it consents; erasure deletes
-- the rows of the photos that person added.
CREATE TABLE story_photos (
    id          INTEGER PRIMARY KEY,
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    person_id   INTEGER REFERENCES story_people(id) ON DELETE CASCADE,
    file_id     TEXT    NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    created_at  TEXT    NOT NULL
);
