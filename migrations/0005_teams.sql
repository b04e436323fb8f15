-- Matching rounds (dry run, publish, answers), the teams they form, team conversations,
-- and the "someone in the partner city is looking for partners" notices.

CREATE TABLE matching_settings (
    partnership_id  INTEGER PRIMARY KEY REFERENCES partnerships(id) ON DELETE CASCADE,
    min_size        INTEGER NOT NULL DEFAULT 3 CHECK (min_size >= 2),
    max_size        INTEGER NOT NULL DEFAULT 8 CHECK (max_size <= 20)
);

CREATE TABLE matching_rounds (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
    deadline        TEXT,
    created_by      INTEGER,
    created_at      TEXT    NOT NULL
);
CREATE INDEX matching_rounds_by_partnership ON matching_rounds(partnership_id, id);

CREATE TABLE matching_proposals (
    round_id              INTEGER NOT NULL REFERENCES matching_rounds(id) ON DELETE CASCADE,
    user_id               INTEGER NOT NULL,
    idea_id               INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    status                TEXT    NOT NULL CHECK (status IN ('draft', 'proposed', 'accepted', 'declined', 'expired')),
    reasons               TEXT    NOT NULL DEFAULT '{}',
    needs_interpretation  INTEGER NOT NULL DEFAULT 0,
    responded_at          TEXT,
    PRIMARY KEY (round_id, user_id)
);
CREATE INDEX matching_proposals_by_idea ON matching_proposals(round_id, idea_id, status);
CREATE INDEX matching_proposals_by_user ON matching_proposals(user_id, status);

CREATE TABLE matching_dropped (
    round_id  INTEGER NOT NULL REFERENCES matching_rounds(id) ON DELETE CASCADE,
    idea_id   INTEGER NOT NULL,
    PRIMARY KEY (round_id, idea_id)
);

CREATE TABLE teams (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    idea_id         INTEGER NOT NULL REFERENCES ideas(id),
    coach_id        INTEGER,
    group_link      TEXT,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
    created_at      TEXT    NOT NULL,
    UNIQUE (partnership_id, idea_id)
);

CREATE TABLE team_members (
    team_id    INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    joined_at  TEXT    NOT NULL,
    left_at    TEXT,
    PRIMARY KEY (team_id, user_id)
);
-- Nobody is in two teams at once.
CREATE UNIQUE INDEX team_members_one_active ON team_members(user_id) WHERE left_at IS NULL;

CREATE TABLE team_messages (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    sender_id   INTEGER,
    language    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE team_message_translations (
    message_id  INTEGER NOT NULL REFERENCES team_messages(id) ON DELETE CASCADE,
    language    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (message_id, language)
);

CREATE TABLE partner_notices (
    user_id       INTEGER PRIMARY KEY,
    last_sent_at  TEXT,
    opted_out     INTEGER NOT NULL DEFAULT 0
);
