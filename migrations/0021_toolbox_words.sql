-- The toolbox's word index: whole words (accents and case folded, "Förderung" = "forderung"),
-- beside 0015's trigram index. A search asks it for the typed words, their prefixes and the
-- vocabulary's words close to a misspelt one (toolbox_words_vocab): a few short doclists
-- instead of thousands of rows holding some trigram (bench/toolbox.py, issue #22).
-- [postgresql]
CREATE TABLE toolbox_words (
    title TEXT NOT NULL, body TEXT NOT NULL, entry_id BIGINT NOT NULL, language TEXT NOT NULL
);
CREATE INDEX toolbox_words_by_entry ON toolbox_words(entry_id, language);
CREATE FUNCTION toolbox_versions_words_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM toolbox_words WHERE entry_id = OLD.entry_id AND language = OLD.language;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO toolbox_words (title, body, entry_id, language)
        VALUES (NEW.title, NEW.body, NEW.entry_id, NEW.language);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER toolbox_versions_words_indexed AFTER INSERT OR UPDATE OR DELETE ON toolbox_versions
FOR EACH ROW EXECUTE FUNCTION toolbox_versions_words_indexed();
INSERT INTO toolbox_words (title, body, entry_id, language)
SELECT title, body, entry_id, language FROM toolbox_versions;
-- [sqlite]
CREATE VIRTUAL TABLE toolbox_words USING fts5(
    title, body, entry_id UNINDEXED, language UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The index's words, one row each (term, documents, occurrences).
CREATE VIRTUAL TABLE toolbox_words_vocab USING fts5vocab(toolbox_words, 'row');

CREATE TRIGGER toolbox_versions_words_indexed AFTER INSERT ON toolbox_versions
BEGIN
    INSERT INTO toolbox_words (title, body, entry_id, language)
    VALUES (NEW.title, NEW.body, NEW.entry_id, NEW.language);
END;

CREATE TRIGGER toolbox_versions_words_reindexed AFTER UPDATE ON toolbox_versions
BEGIN
    DELETE FROM toolbox_words WHERE entry_id = OLD.entry_id AND language = OLD.language;
    INSERT INTO toolbox_words (title, body, entry_id, language)
    VALUES (NEW.title, NEW.body, NEW.entry_id, NEW.language);
END;

CREATE TRIGGER toolbox_versions_words_unindexed AFTER DELETE ON toolbox_versions
BEGIN
    DELETE FROM toolbox_words WHERE entry_id = OLD.entry_id AND language = OLD.language;
END;

INSERT INTO toolbox_words (title, body, entry_id, language)
SELECT title, body, entry_id, language FROM toolbox_versions;
