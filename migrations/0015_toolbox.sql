-- The programme's toolbox: guides, templates, best practices, tutorials and funding
-- opportunities, each with a version per language (original, human or machine translation),
-- tags (topic, country, programme phase), an owner who keeps it correct and a review date.
-- Times are ISO-8601 UTC; dates (review_due) are ISO dates.

CREATE TABLE toolbox_entries (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL
                        CHECK (kind IN ('guide', 'template', 'practice', 'tutorial', 'funding')),
    -- suggested: a member's suggestion waiting for moderation; published: readable by all;
    -- declined: a refused suggestion (kept for its author's credit list); archived: withdrawn.
    status              TEXT    NOT NULL DEFAULT 'published'
                        CHECK (status IN ('suggested', 'published', 'declined', 'archived')),
    original_language   TEXT    NOT NULL,
    owner_id            INTEGER,          -- reminded at review_due; NULL once they left
    suggested_by        INTEGER,          -- a member who suggested it (credited); NULL on erasure
    credit_name         TEXT,             -- the first name credited, as the member agreed
    link                TEXT,             -- tutorial, video or funding page
    file_id             TEXT,             -- a template: Telegram's file
    file_name           TEXT,
    file_size           INTEGER,
    mime_type           TEXT,
    funding_deadline    TEXT,             -- a funding opportunity's deadline (UTC)
    funding_zone        TEXT,             -- whose clock the deadline is on
    funding_amount      TEXT,             -- as the funder states it ("up to 5,000 EUR")
    review_due          TEXT,             -- the owner is reminded on this date
    review_reminded_at  TEXT,             -- once per review_due
    reviewed_at         TEXT,
    helpful_yes         INTEGER NOT NULL DEFAULT 0,
    helpful_no          INTEGER NOT NULL DEFAULT 0,
    created_by          INTEGER,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX toolbox_entries_by_status ON toolbox_entries(status, kind);
CREATE INDEX toolbox_entries_by_review ON toolbox_entries(review_due) WHERE status = 'published';

-- One version per language. `body` is the summary or the guide itself; for funding it says
-- who can apply. origin: original (as its author wrote it), human (a person translated or
-- approved it), machine (the translation provider; marked as such when shown).
CREATE TABLE toolbox_versions (
    entry_id    INTEGER NOT NULL REFERENCES toolbox_entries(id) ON DELETE CASCADE,
    language    TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL DEFAULT '',
    origin      TEXT    NOT NULL CHECK (origin IN ('original', 'human', 'machine')),
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (entry_id, language)
);

-- Tags: facet topic (a TOPICS key of bot/domain/toolbox.py), country (ISO code) or phase.
CREATE TABLE toolbox_tags (
    entry_id  INTEGER NOT NULL REFERENCES toolbox_entries(id) ON DELETE CASCADE,
    facet     TEXT    NOT NULL CHECK (facet IN ('topic', 'country', 'phase')),
    value     TEXT    NOT NULL,
    PRIMARY KEY (entry_id, facet, value)
);
CREATE INDEX toolbox_tags_by_value ON toolbox_tags(facet, value);

-- The full-text index: one row per version (rowid = entry_id * 8 + language slot is not
-- needed: entry_id and language are stored unindexed). The trigram tokenizer matches parts
-- of words, which is what typo tolerance builds on (bot/db/toolbox.py).
-- [postgresql]
-- A plain table kept by a trigger; bot/db/toolbox_search.py searches it its own way here.
CREATE TABLE toolbox_search (
    title TEXT NOT NULL, body TEXT NOT NULL, entry_id BIGINT NOT NULL, language TEXT NOT NULL
);
CREATE INDEX toolbox_search_by_entry ON toolbox_search(entry_id, language);
CREATE FUNCTION toolbox_versions_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM toolbox_search WHERE entry_id = OLD.entry_id AND language = OLD.language;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO toolbox_search (title, body, entry_id, language)
        VALUES (NEW.title, NEW.body, NEW.entry_id, NEW.language);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER toolbox_versions_indexed AFTER INSERT OR UPDATE OR DELETE ON toolbox_versions
FOR EACH ROW EXECUTE FUNCTION toolbox_versions_indexed();
-- [sqlite]
CREATE VIRTUAL TABLE toolbox_search USING fts5(
    title, body, entry_id UNINDEXED, language UNINDEXED, tokenize = 'trigram'
);

CREATE TRIGGER toolbox_versions_indexed AFTER INSERT ON toolbox_versions
BEGIN
    INSERT INTO toolbox_search (title, body, entry_id, language)
    VALUES (NEW.title, NEW.body, NEW.entry_id, NEW.language);
END;

CREATE TRIGGER toolbox_versions_reindexed AFTER UPDATE ON toolbox_versions
BEGIN
    DELETE FROM toolbox_search WHERE entry_id = OLD.entry_id AND language = OLD.language;
    INSERT INTO toolbox_search (title, body, entry_id, language)
    VALUES (NEW.title, NEW.body, NEW.entry_id, NEW.language);
END;

CREATE TRIGGER toolbox_versions_unindexed AFTER DELETE ON toolbox_versions
BEGIN
    DELETE FROM toolbox_search WHERE entry_id = OLD.entry_id AND language = OLD.language;
END;

-- [both]
-- "Was this helpful?": one answer per person and entry (changing it moves the count).
CREATE TABLE toolbox_feedback (
    entry_id    INTEGER NOT NULL REFERENCES toolbox_entries(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    helpful     INTEGER NOT NULL,
    answered_at TEXT    NOT NULL,
    PRIMARY KEY (entry_id, user_id)
);

-- "Remind me 7 days before the deadline" of a funding opportunity.
CREATE TABLE toolbox_reminders (
    entry_id   INTEGER NOT NULL REFERENCES toolbox_entries(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    remind_at  TEXT    NOT NULL,
    sent_at    TEXT,
    PRIMARY KEY (entry_id, user_id)
);

-- Searches that found nothing (the words only, no person): the organisers' weekly notice
-- lists the most frequent ones so the toolbox grows where people look.
CREATE TABLE toolbox_misses (
    query       TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    searched_at TEXT    NOT NULL
);
CREATE INDEX toolbox_misses_by_time ON toolbox_misses(searched_at);
