-- The idea exchange (Ideenbörse): a partnership offers an idea or posts a need to the whole
-- network; others read it in their language and ask for an introduction, which happens only
-- after both sides agreed (double opt-in). No contact detail leaves the bot before that.

CREATE TABLE exchange_posts (
    id                 INTEGER PRIMARY KEY,
    partnership_id     INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    kind               TEXT    NOT NULL CHECK (kind IN ('offer', 'need')),
    language           TEXT    NOT NULL,   -- the poster's language: the original's
    title              TEXT    NOT NULL,
    body               TEXT    NOT NULL,
    topics             TEXT    NOT NULL DEFAULT '',  -- comma-separated NETWORK_TOPICS keys
    countries          TEXT    NOT NULL DEFAULT '',  -- comma-separated ISO codes; '' = any
    contact_user_id    INTEGER,            -- the poster; NULL after they erased their data
    status             TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    still_open_asked_at TEXT,              -- "still open?" was sent (once, after 90 days)
    still_open_at      TEXT                -- the poster answered "still open"
);
CREATE INDEX exchange_posts_open ON exchange_posts(status, created_at);

-- Machine versions of a post, made on first reading in a language (marked as such on screen).
CREATE TABLE exchange_translations (
    post_id   INTEGER NOT NULL REFERENCES exchange_posts(id) ON DELETE CASCADE,
    language  TEXT    NOT NULL,
    title     TEXT    NOT NULL,
    body      TEXT    NOT NULL,
    PRIMARY KEY (post_id, language)
);

-- "I'm interested": asked (the contact decides) → agreed (the requester confirms once more)
-- → introduced; or declined / withdrawn / dropped (one side erased its data). Usernames are
-- kept only from the moment their owner agreed, and only to hand them to the other side.
CREATE TABLE exchange_requests (
    id                  INTEGER PRIMARY KEY,
    post_id             INTEGER NOT NULL REFERENCES exchange_posts(id) ON DELETE CASCADE,
    requester_id        INTEGER NOT NULL,
    contact_id          INTEGER NOT NULL,
    note                TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL DEFAULT 'asked'
                        CHECK (status IN ('asked', 'agreed', 'introduced', 'declined',
                                          'withdrawn', 'dropped')),
    contact_username    TEXT,
    requester_username  TEXT,
    created_at          TEXT    NOT NULL,
    answered_at         TEXT,
    introduced_at       TEXT,
    UNIQUE (post_id, requester_id)
);
CREATE INDEX exchange_requests_contact ON exchange_requests(contact_id);
