-- "Ask for a translation": a reader asks for an idea in their language; bilingual participants
-- of the partnership are asked to translate it, each at most once a day.

-- One request per reader, idea and language (a second tap asks nobody new). told_at is set
-- when the reader was told the translation is there; a later edit removes translations, and
-- the reader may then ask again.
CREATE TABLE translation_requests (
    idea_id     INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    language    TEXT    NOT NULL,
    reader_id   INTEGER NOT NULL REFERENCES participants(user_id) ON DELETE CASCADE,
    asked       INTEGER NOT NULL,   -- how many people were asked to translate
    created_at  TEXT    NOT NULL,
    told_at     TEXT,
    PRIMARY KEY (idea_id, language, reader_id)
);

-- When each participant was last asked to translate: at most once a day each.
CREATE TABLE translators_asked (
    user_id        INTEGER PRIMARY KEY REFERENCES participants(user_id) ON DELETE CASCADE,
    last_asked_at  TEXT    NOT NULL
);
