-- The network level above the partnerships (a regional network office serving many
-- partnerships in one deployment): networks, which network a partnership belongs to, the
-- partnership's profile for the directory (countries, topic focuses, since when, a contact who
-- agreed to be listed), and the network's staff (a role above the partnerships).
-- Every partnership keeps its own data to itself; staff see the network's roll-up.

CREATE TABLE networks (
    id          INTEGER PRIMARY KEY,
    names       TEXT,              -- JSON per language; NULL: the default network's name from
                                   -- the locales ("network-default-name")
    created_at  TEXT    NOT NULL
);
INSERT INTO networks (id, names, created_at) VALUES (1, NULL, '2026-12-02T00:00:00+00:00');

-- One row per partnership (created on demand; a partnership without a row belongs to
-- network 1 and has an empty profile).
CREATE TABLE partnership_profiles (
    partnership_id     INTEGER PRIMARY KEY REFERENCES partnerships(id) ON DELETE CASCADE,
    network_id         INTEGER NOT NULL DEFAULT 1 REFERENCES networks(id),
    since_year         INTEGER,          -- the year the partnership was founded
    contact_user_id    INTEGER,          -- the person listed as contact in the directory
    contact_agreed_at  TEXT,             -- when they agreed to be listed (NULL: not listed)
    reviewed_at        TEXT,             -- last "still correct?" answered yes
    review_asked_at    TEXT,             -- the yearly question was sent (once per year)
    updated_at         TEXT    NOT NULL
);
CREATE INDEX partnership_profiles_by_network ON partnership_profiles(network_id);

-- Country focus: ISO 3166-1 alpha-2 codes ("DE", "RU", "PL"); names come from babel.
CREATE TABLE partnership_countries (
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    country         TEXT    NOT NULL,
    PRIMARY KEY (partnership_id, country)
);

-- Topic focus: keys of bot.domain.network.NETWORK_TOPICS.
CREATE TABLE partnership_topics (
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    topic           TEXT    NOT NULL,
    PRIMARY KEY (partnership_id, topic)
);

-- Network staff: see every partnership's roll-up, host consultations, send the newsletter.
-- Administrators are staff of every network without a row.
CREATE TABLE network_staff (
    user_id     INTEGER NOT NULL,
    network_id  INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    granted_by  INTEGER,
    granted_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, network_id)
);

-- One-time links that make someone network staff (like `invitations` for partnership roles).
CREATE TABLE network_invitations (
    token       TEXT    PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    created_by  INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    used_by     INTEGER,
    used_at     TEXT
);
