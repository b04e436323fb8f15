-- Consultation hours' waiting list (/consult): a person waits for a topic in a language when no
-- host has a free slot. A freed slot (a cancellation, a moved booking) is offered to the first
-- person waiting whose topic and language the host takes; while offered, the slot is held
-- (bot.services.consultations counts an open offer like a booking) until the offer is
-- accepted, declined or expires (a due task), then it passes on.

CREATE TABLE consult_waiting (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL,
    network_id        INTEGER NOT NULL DEFAULT 1 REFERENCES networks(id),
    topic             TEXT    NOT NULL,
    language          TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'waiting'
                      CHECK (status IN ('waiting', 'offered', 'booked', 'declined', 'expired')),
    joined_at         TEXT    NOT NULL,
    offer_host_id     INTEGER REFERENCES consult_hosts(user_id) ON DELETE SET NULL,
    offer_starts_at   TEXT,                 -- UTC ISO: the offered slot
    offer_expires_at  TEXT
);
CREATE INDEX consult_waiting_by_wish ON consult_waiting(network_id, topic, language, status, id);
CREATE INDEX consult_waiting_by_person ON consult_waiting(person_id, status);
