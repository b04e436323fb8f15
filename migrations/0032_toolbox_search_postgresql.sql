-- The toolbox search on PostgreSQL (nothing to do on SQLite, where FTS5 serves it): the
-- trigram extension finds a typed word, its start, a misspelling of it or a word it is part
-- of in the word index's rows (0021's toolbox_words, kept by its trigger), case and accents
-- folded as SQLite's unicode61 tokenizer does (`toolbox_fold`); bot/db/toolbox_search.py.
-- Both extensions are trusted (PostgreSQL 13+): the database's owner may create them.
-- [postgresql]
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
-- unaccent() depends on a setting (its dictionary), so an index cannot use it; named
-- dictionary and all, the fold is immutable. Schema-qualified, because pg_restore rebuilds
-- the index with an empty search_path (a backup would not restore otherwise).
CREATE FUNCTION toolbox_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
CREATE INDEX toolbox_words_trigrams ON toolbox_words
USING gin (toolbox_fold(title || ' ' || body) gin_trgm_ops);
-- [both]
