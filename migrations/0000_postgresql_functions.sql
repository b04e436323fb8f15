-- The few SQLite functions the repositories' statements use, for PostgreSQL (nothing to do
-- on SQLite). With them one statement serves both backends (bot/db/dialect.py).
-- [postgresql]
CREATE FUNCTION sqlite_group_concat_step(acc text, value anyelement, separator text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN acc
                WHEN acc IS NULL THEN value::text
                ELSE acc || separator || value::text END
$$;
CREATE FUNCTION sqlite_group_concat_step(acc text, value anyelement)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT sqlite_group_concat_step(acc, value, ',')
$$;
-- GROUP_CONCAT(x) and GROUP_CONCAT(x, separator)
CREATE AGGREGATE group_concat(anyelement, text) (SFUNC = sqlite_group_concat_step, STYPE = text);
CREATE AGGREGATE group_concat(anyelement) (SFUNC = sqlite_group_concat_step, STYPE = text);

-- SUM(condition): SQLite counts true comparisons as 1.
CREATE FUNCTION sqlite_sum_step(acc bigint, value boolean)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN acc ELSE coalesce(acc, 0) + value::int END
$$;
CREATE AGGREGATE sum(boolean) (SFUNC = sqlite_sum_step, STYPE = bigint);

-- json_object('key', value) as text, as SQLite's JSON functions give it.
CREATE FUNCTION json_object(key text, value anyelement)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object(key, value)::text
$$;
