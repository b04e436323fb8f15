import shutil
from pathlib import Path

import pytest

from bot.db.connection import Database, connect
from bot.db.dialect import Dialect
from bot.db.migrations import MigrationError, apply_migrations, split_statements
from bot.paths import MIGRATIONS_DIR


async def tables(db: Database) -> set[str]:
    catalogue = {
        Dialect.SQLITE: "SELECT name FROM sqlite_master WHERE type = 'table'",
        Dialect.POSTGRESQL: "SELECT table_name FROM information_schema.tables"
        " WHERE table_schema = current_schema()",
    }
    async with db.conn.execute(catalogue[db.dialect]) as cur:
        return {row[0] for row in await cur.fetchall()}


async def test_migrations_apply_once_and_are_recorded(blank_database: Path | str) -> None:
    db = connect(blank_database)
    await db.open()
    first = await apply_migrations(db.conn)
    second = await apply_migrations(db.conn)
    assert first and "0001_foundation" in first
    assert second == []
    assert {"participants", "partnerships", "roles", "schema_migrations"} <= await tables(db)
    await db.close()


@pytest.mark.sqlite_only("SQLite's pragmas: the file runs in WAL mode with foreign keys on")
async def test_the_sqlite_file_is_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = connect(tmp_path / "a.sqlite3")
    await db.open()
    async with db.conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with db.conn.execute("PRAGMA foreign_keys") as cur:
        assert (await cur.fetchone())[0] == 1
    await db.close()


async def test_failing_migration_leaves_database_as_it_was(
    tmp_path: Path, blank_database: Path | str
) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / "9998_good.sql").write_text("CREATE TABLE extra (id INTEGER PRIMARY KEY);\n")
    (migrations / "9999_broken.sql").write_text(
        "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"
    )
    db = connect(blank_database)
    await db.open()
    with pytest.raises(MigrationError, match=r"9999_broken\.sql"):
        await apply_migrations(db.conn, migrations)
    names = await tables(db)
    assert "extra" in names  # the earlier file committed
    assert "half_done" not in names  # the failing file left nothing behind
    async with db.conn.execute("SELECT version FROM schema_migrations") as cur:
        versions = [row[0] for row in await cur.fetchall()]
    assert "9999_broken" not in versions and "9998_good" in versions
    await db.close()


def test_trigger_bodies_stay_whole() -> None:
    script = """
    CREATE TABLE t (id INTEGER);
    -- a comment
    CREATE TRIGGER tr AFTER INSERT ON t BEGIN
        UPDATE t SET id = id + 1;
    END;
    """
    statements = split_statements(script)
    assert len(statements) == 2
    assert "CREATE TRIGGER" in statements[1] and statements[1].endswith("END;")
