-- Keeping the toolbox: when each keeper was last told that suggestions wait (at most one
-- such notice a day, like the organisers' daily notice), and why a suggestion was declined
-- (its author is told; kept with the entry for the keepers).

CREATE TABLE toolbox_keeper_notices (
    user_id  INTEGER PRIMARY KEY,
    sent_at  TEXT    NOT NULL
);

ALTER TABLE toolbox_entries ADD COLUMN decline_reason TEXT;
