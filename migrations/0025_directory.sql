-- The directory's actors: associations, schools, initiatives, municipalities an organiser of a
-- partnership lists with the organisation's consent. A person is named only after agreeing
-- (contact_agreed_at); without a contact the organiser confirmed the organisation agreed.
-- The contact is asked "still correct?" once a year (reviewed_at / review_asked_at, the rules
-- of bot.domain.directory); unanswered entries are shown as "may be outdated".

CREATE TABLE directory_actors (
    id                    INTEGER PRIMARY KEY,
    partnership_id        INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    kind                  TEXT    NOT NULL,   -- association, school, initiative, municipality, other
    name                  TEXT    NOT NULL,   -- as the organisation writes it
    description           TEXT    NOT NULL DEFAULT '',
    description_language  TEXT    NOT NULL,   -- the language the description was written in
    city                  TEXT    NOT NULL,
    country               TEXT    NOT NULL,   -- ISO 3166-1 alpha-2
    contact_user_id       INTEGER,            -- the listed contact (NULL: no person listed)
    contact_agreed_at     TEXT,               -- when the contact agreed to be listed
    org_agreed_at         TEXT,               -- the organiser confirmed the organisation agreed
    created_by            INTEGER,
    created_at            TEXT    NOT NULL,
    reviewed_at           TEXT,               -- last "still correct?" answered yes
    review_asked_at       TEXT                -- the yearly question was sent
);
CREATE INDEX directory_actors_by_partnership ON directory_actors(partnership_id);
CREATE INDEX directory_actors_by_contact ON directory_actors(contact_user_id);

CREATE TABLE directory_actor_topics (
    actor_id  INTEGER NOT NULL REFERENCES directory_actors(id) ON DELETE CASCADE,
    topic     TEXT    NOT NULL,
    PRIMARY KEY (actor_id, topic)
);

-- Messages a reader sent to a listed contact through the directory (the text is relayed, not
-- kept): one open message per reader and contact; the contact answers once.
CREATE TABLE directory_messages (
    id          INTEGER PRIMARY KEY,
    sender_id   INTEGER NOT NULL,
    contact_id  INTEGER NOT NULL,
    entry_kind  TEXT    NOT NULL,   -- p (a partnership's card) or a (an organisation's)
    entry_id    INTEGER NOT NULL,
    sent_at     TEXT    NOT NULL,
    replied_at  TEXT
);
CREATE INDEX directory_messages_by_pair ON directory_messages(sender_id, contact_id);
CREATE INDEX directory_messages_by_contact ON directory_messages(contact_id);
