-- The organiser tools remember what each organiser has already seen, and when they were last
-- told that something waits for them (at most one notice a day per partnership).

-- A group of the organiser tools explains itself in one line the first time it is opened.
CREATE TABLE organiser_groups_seen (
    user_id  INTEGER NOT NULL,
    grp      TEXT    NOT NULL,
    seen_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, grp)
);

-- The last "N ideas and M translations wait for you" notice per organiser and partnership.
CREATE TABLE organiser_notices (
    user_id         INTEGER NOT NULL,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    sent_at         TEXT    NOT NULL,
    PRIMARY KEY (user_id, partnership_id)
);
