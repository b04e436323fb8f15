-- Programme calls: two partner cities apply together, reviewers score, the organisers decide.
-- Texts per language are JSON objects ({"de": "...", "ru": "..."}); times are ISO-8601 UTC.

-- A call for applications, prepared by a network administrator and published once ready.
CREATE TABLE calls (
    id                         INTEGER PRIMARY KEY,
    titles                     TEXT    NOT NULL,
    texts                      TEXT    NOT NULL,
    countries                  TEXT    NOT NULL,              -- ["BY", "DE", "RU", "UA"]
    themes                     TEXT    NOT NULL DEFAULT '[]', -- an accepted partnership starts with them
    time_zone                  TEXT    NOT NULL,              -- whose clock the deadline is on
    opens_at                   TEXT    NOT NULL,
    deadline_at                TEXT    NOT NULL,
    decision_by                TEXT    NOT NULL,
    reviewers_per_application  INTEGER NOT NULL DEFAULT 2,
    blind                      INTEGER NOT NULL DEFAULT 0,    -- reviewers see no names
    document_retention_days    INTEGER NOT NULL DEFAULT 180,  -- after the decision date
    published_at               TEXT,                          -- NULL while being prepared
    created_by                 INTEGER NOT NULL,
    created_at                 TEXT    NOT NULL
);

-- What every party of an application answers: free text, a choice, or one of its contact
-- fields (institution, contact person, contact details; their wording comes from the locales).
CREATE TABLE call_questions (
    id          INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('text', 'choice', 'contact')),
    field       TEXT,
    texts       TEXT    NOT NULL DEFAULT '{}',
    choices     TEXT    NOT NULL DEFAULT '[]',
    required    INTEGER NOT NULL DEFAULT 1,
    max_length  INTEGER NOT NULL DEFAULT 2000
);
CREATE INDEX call_questions_by_call ON call_questions(call_id, position);

-- Documents an application attaches (the city administration's support statement).
CREATE TABLE call_documents (
    id          INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    names       TEXT    NOT NULL,
    required    INTEGER NOT NULL DEFAULT 1,
    max_bytes   INTEGER NOT NULL DEFAULT 10485760,
    file_types  TEXT    NOT NULL DEFAULT '["pdf", "jpg", "png"]'
);

-- Review criteria: every reviewer scores each from 1 to scale_max; totals are weighted sums.
CREATE TABLE call_criteria (
    id          INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    names       TEXT    NOT NULL,
    weight      INTEGER NOT NULL DEFAULT 1,
    scale_max   INTEGER NOT NULL DEFAULT 5
);

-- Reviewers of a call and the cities and organisations they are linked to (conflicts of
-- interest: never assigned an application of one of them).
CREATE TABLE call_reviewers (
    call_id    INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    links      TEXT    NOT NULL DEFAULT '[]',
    joined_at  TEXT    NOT NULL,
    PRIMARY KEY (call_id, user_id)
);

-- One joint application to a call. `version` counts submissions; a draft still open at the
-- deadline becomes 'not_submitted'.
CREATE TABLE applications (
    id                INTEGER PRIMARY KEY,
    call_id           INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    status            TEXT    NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'submitted', 'not_submitted', 'withdrawn')),
    version           INTEGER NOT NULL DEFAULT 0,
    submitted_at      TEXT,
    decision          TEXT    CHECK (decision IN ('accepted', 'declined', 'waitlisted')),
    decided_at        TEXT,
    decision_sent_at  TEXT,
    partnership_id    INTEGER REFERENCES partnerships(id) ON DELETE SET NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX applications_by_call ON applications(call_id, status);

-- Links that make someone a reviewer of a call, or a co-applicant of an application.
CREATE TABLE call_tokens (
    token           TEXT    PRIMARY KEY,
    call_id         INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    application_id  INTEGER REFERENCES applications(id) ON DELETE CASCADE,
    purpose         TEXT    NOT NULL CHECK (purpose IN ('reviewer', 'co_applicant')),
    created_by      INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    expires_at      TEXT    NOT NULL,
    used_by         INTEGER,
    used_at         TEXT
);

-- The cities applying together: position 0 is the one who started, the others joined by link.
-- user_id is NULL once the person erased their data (the city's part stays for the decision).
CREATE TABLE application_parties (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    user_id         INTEGER,
    language        TEXT    NOT NULL,
    city            TEXT,
    city_key        TEXT,      -- the city folded for "this city has applied already"
    country         TEXT,
    time_zone       TEXT,
    signed_off_at   TEXT,      -- cleared whenever an answer changes
    joined_at       TEXT    NOT NULL,
    UNIQUE (application_id, position)
);
CREATE INDEX application_parties_by_user ON application_parties(user_id);
CREATE INDEX application_parties_by_city ON application_parties(city_key);

-- Each party answers each question in its own language; saved after every message.
CREATE TABLE application_answers (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    question_id     INTEGER NOT NULL REFERENCES call_questions(id) ON DELETE CASCADE,
    party_id        INTEGER NOT NULL REFERENCES application_parties(id) ON DELETE CASCADE,
    text            TEXT    NOT NULL,
    choice          INTEGER,
    language        TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (application_id, question_id, party_id)
);

-- Translations of answers for reviewers: machine ones until a person corrects them.
CREATE TABLE answer_translations (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    question_id     INTEGER NOT NULL,
    party_id        INTEGER NOT NULL,
    language        TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    source          TEXT    NOT NULL CHECK (source IN ('machine', 'human')),
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (application_id, question_id, party_id, language)
);

-- Uploaded documents: Telegram's file id (dropped after the retention period or erasure) and
-- the SHA-256 of the content, kept for the record.
CREATE TABLE application_documents (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    requirement_id  INTEGER NOT NULL REFERENCES call_documents(id) ON DELETE CASCADE,
    party_id        INTEGER REFERENCES application_parties(id) ON DELETE SET NULL,
    file_id         TEXT,
    file_name       TEXT    NOT NULL,
    mime_type       TEXT    NOT NULL,
    size_bytes      INTEGER NOT NULL,
    sha256          TEXT    NOT NULL,
    uploaded_at     TEXT    NOT NULL,
    purged_at       TEXT
);
CREATE INDEX application_documents_by_application ON application_documents(application_id);

-- Every submission is kept as it was sent (answers, parties, documents as JSON).
CREATE TABLE application_versions (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    submitted_at    TEXT    NOT NULL,
    snapshot        TEXT    NOT NULL,
    PRIMARY KEY (application_id, version)
);

CREATE TABLE review_assignments (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id     INTEGER NOT NULL,
    assigned_at     TEXT    NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
);
CREATE INDEX review_assignments_by_reviewer ON review_assignments(reviewer_id);

-- A review: its scores per criterion and a note only the organisers see. submitted_at is NULL
-- while the reviewer is still scoring.
CREATE TABLE reviews (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id     INTEGER NOT NULL,
    note            TEXT,
    submitted_at    TEXT,
    PRIMARY KEY (application_id, reviewer_id)
);

CREATE TABLE review_scores (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id     INTEGER NOT NULL,
    criterion_id    INTEGER NOT NULL REFERENCES call_criteria(id) ON DELETE CASCADE,
    score           INTEGER NOT NULL,
    PRIMARY KEY (application_id, reviewer_id, criterion_id)
);

-- The decision letters per decision and language (templates with {applicant} and {call}).
CREATE TABLE decision_templates (
    call_id   INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    decision  TEXT    NOT NULL CHECK (decision IN ('accepted', 'declined', 'waitlisted')),
    language  TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    PRIMARY KEY (call_id, decision, language)
);
