-- Event day, part 1: the live wall linking simultaneous kick-offs (issue #21).
-- A live event joins two (or more) workshops of one partnership that happen at the same time,
-- one room each. People in a room check in with the room's code; their ideas are ordinary ideas
-- (ideas.workshop_id = the room's workshop, themes from the event) that the room's wall page
-- shows in the room's display language. After the event they stay ordinary ideas.

CREATE TABLE live_events (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    title           TEXT    NOT NULL,
    -- pre: an idea waits for a moderator of its room; post: shown at once, hidden if needed
    moderation      TEXT    NOT NULL DEFAULT 'post' CHECK (moderation IN ('pre', 'post')),
    status          TEXT    NOT NULL DEFAULT 'setup' CHECK (status IN ('setup', 'live', 'closed')),
    -- bumped in the transaction of every change a wall shows: pages ask "anything after N?"
    version         INTEGER NOT NULL DEFAULT 0,
    created_by      INTEGER,                 -- NULL once the organiser erased their data
    created_at      TEXT    NOT NULL,
    closed_at       TEXT
);
CREATE INDEX live_events_by_partnership ON live_events(partnership_id, status);

-- The session's themes: every idea posted to the wall is tagged with them (the author may drop
-- some in the idea flow's theme step); exchange moments pick top ideas per theme.
CREATE TABLE live_event_themes (
    event_id  INTEGER NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
    theme_id  INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, theme_id)
);

CREATE TABLE live_rooms (
    id                INTEGER PRIMARY KEY,
    event_id          INTEGER NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
    workshop_id       INTEGER NOT NULL UNIQUE REFERENCES workshops(id) ON DELETE CASCADE,
    city_id           INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    display_language  TEXT    NOT NULL,      -- every text on this room's wall is shown in it
    wall_token        TEXT    NOT NULL UNIQUE, -- the read-only wall page: /wall/<token>
    checkin_code      TEXT    NOT NULL UNIQUE, -- typed (/room CODE) or scanned (?start=room-CODE)
    position          INTEGER NOT NULL
);
CREATE INDEX live_rooms_by_event ON live_rooms(event_id, position);

CREATE TABLE live_moderators (
    room_id  INTEGER NOT NULL REFERENCES live_rooms(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL,
    PRIMARY KEY (room_id, user_id)
);
CREATE INDEX live_moderators_by_user ON live_moderators(user_id);

CREATE TABLE live_checkins (
    room_id        INTEGER NOT NULL REFERENCES live_rooms(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL,
    checked_in_at  TEXT    NOT NULL,
    PRIMARY KEY (room_id, user_id)
);
CREATE INDEX live_checkins_by_user ON live_checkins(user_id, checked_in_at);

-- Which ideas belong to which wall, and whether the walls show them. The idea itself (text,
-- language, themes, city, author) is the ordinary row in `ideas`.
CREATE TABLE live_ideas (
    idea_id       INTEGER PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,
    room_id       INTEGER NOT NULL REFERENCES live_rooms(id) ON DELETE CASCADE,
    event_id      INTEGER NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
    wall_status   TEXT    NOT NULL CHECK (wall_status IN ('waiting', 'shown', 'hidden', 'merged')),
    submitted_at  TEXT    NOT NULL,
    shown_at      TEXT,
    changed_in    INTEGER NOT NULL DEFAULT 0  -- the event version of its last change
);
CREATE INDEX live_ideas_by_event ON live_ideas(event_id, wall_status, changed_in);

-- "+1" from the chat, by people checked in to any room of the event. The voter's city is kept
-- so "bridge ideas" (+1 from both cities) need no join through people who may have left.
CREATE TABLE live_votes (
    idea_id     INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    city_id     INTEGER,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX live_votes_by_user ON live_votes(user_id);

-- Every moderation step, who and why (hiding needs a reason).
CREATE TABLE live_moderation_log (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
    idea_id       INTEGER NOT NULL,
    moderator_id  INTEGER,                   -- NULL once the moderator erased their data
    action        TEXT    NOT NULL CHECK (action IN ('approve', 'hide', 'restore', 'merge', 'correct')),
    reason        TEXT,
    other_idea_id INTEGER,                   -- merge: the idea this one joined
    created_at    TEXT    NOT NULL
);
CREATE INDEX live_moderation_log_by_event ON live_moderation_log(event_id, id);

-- Scheduled "exchange moments": at due_at each wall shows the other rooms' top ideas per theme
-- until ends_at.
CREATE TABLE live_moments (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
    due_at    TEXT    NOT NULL,
    ends_at   TEXT    NOT NULL,
    shown_at  TEXT
);
CREATE INDEX live_moments_by_event ON live_moments(event_id, due_at);
