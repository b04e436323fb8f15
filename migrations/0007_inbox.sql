-- The durable inbox: every update Telegram delivers is journaled here before Telegram is told
-- it arrived (polling: before the next getUpdates confirms the offset; webhook: before the 200).
-- A row is done once its handler has finished; rows not done are handled first at start, in
-- per-chat order. Done rows are kept a day, so a late redelivery is recognised and skipped.

CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,   -- Telegram's update_id: a redelivery is the same row
    chat_id      INTEGER,               -- whose turn it is (chat, else user); NULL: no order
    payload      TEXT    NOT NULL,      -- the update's JSON as Telegram sent it
    received_at  TEXT    NOT NULL,
    done_at      TEXT
);

CREATE INDEX inbox_backlog ON inbox (update_id) WHERE done_at IS NULL;
CREATE INDEX inbox_done ON inbox (done_at) WHERE done_at IS NOT NULL;
