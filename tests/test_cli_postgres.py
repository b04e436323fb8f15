"""DATABASE_URL: the command line on PostgreSQL (migrate, seed-demo, run, backup and a restore),
and the address's password kept out of every message and log line."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest

from bot.__main__ import RedactSecrets
from bot.config import ConfigError, load_settings
from bot.db.backup import BackupError, dump_postgres
from bot.paths import PROJECT_ROOT

SERVER_URL = os.environ.get("DATABASE_URL", "").strip()
SETTINGS = ("BOT_TOKEN", "ADMIN_IDS", "DATABASE_PATH", "DATABASE_URL", "LOG_LEVEL")


def test_database_url_selects_postgresql_and_empty_keeps_sqlite() -> None:
    url = "postgresql://bot:s3cret@db:5432/twincity"
    settings = load_settings({"DATABASE_URL": url, "DATABASE_PATH": "/data/x.sqlite3"})
    assert settings.database == url
    assert settings.database_name == "postgresql://bot:***@db:5432/twincity"
    sqlite = load_settings({"DATABASE_URL": " ", "DATABASE_PATH": "/data/x.sqlite3"})
    assert sqlite.database_url is None
    assert sqlite.database == Path("/data/x.sqlite3")


def test_a_database_url_that_is_not_postgresql_is_refused_without_its_password() -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings({"DATABASE_URL": "mysql://bot:s3cret@db/twincity"})
    assert "DATABASE_URL" in str(refused.value)
    assert "s3cret" not in str(refused.value)


def test_log_lines_never_carry_the_database_password(caplog: pytest.LogCaptureFixture) -> None:
    url = "postgresql://bot:s3cret@db:5432/twincity"
    record = logging.LogRecord("bot", logging.ERROR, __file__, 1, "cannot reach %s", (url,), None)
    assert RedactSecrets("1:token", url).filter(record)
    assert record.getMessage() == "cannot reach postgresql://bot:<password>@db:5432/twincity"


def test_a_missing_pg_dump_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump anywhere
    with pytest.raises(BackupError, match="pg_dump not found"):
        dump_postgres("postgresql://bot@127.0.0.1:1/x", tmp_path / "x.dump")
    assert not (tmp_path / "x.dump").exists()


# --- on a real server (DATABASE_URL=postgresql://… pytest) -------------------------------


def _on(database: str) -> str:
    return SERVER_URL.rsplit("/", 1)[0] + "/" + database


async def _admin(statement: str) -> None:
    conn = await asyncpg.connect(SERVER_URL)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


@pytest.fixture
def fresh_databases() -> Iterator[list[str]]:
    """Names for empty databases on the server (created on demand, dropped afterwards)."""
    names: list[str] = []
    yield names
    for name in names:
        asyncio.run(_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def _new_database(names: list[str]) -> str:
    name = f"cli_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(f"CREATE DATABASE {name}"))
    names.append(name)
    return _on(name)


def run_cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    clean.update({"PYTHONPATH": str(PROJECT_ROOT), **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


async def _fetch(url: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


async def _row_counts(url: str) -> dict[str, int]:
    conn = await asyncpg.connect(url)
    try:
        tables = await conn.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        return {
            t["tablename"]: await conn.fetchval(f'SELECT COUNT(*) FROM "{t["tablename"]}"')
            for t in tables
        }
    finally:
        await conn.close()


@pytest.mark.slow
@pytest.mark.postgres_only("the command line against a PostgreSQL server")
def test_migrate_seed_and_run_on_postgresql(tmp_path: Path, fresh_databases: list[str]) -> None:
    url = _new_database(fresh_databases)
    migrated = run_cli(tmp_path, "migrate", DATABASE_URL=url)
    assert migrated.returncode == 0, migrated.stderr
    applied = asyncio.run(_fetch(url, "SELECT version FROM schema_migrations"))
    assert f"{len(applied)} migration(s) applied" in migrated.stdout
    assert len(applied) > 10
    assert not (tmp_path / "data").exists()  # no SQLite file beside it
    again = run_cli(tmp_path, "migrate", DATABASE_URL=url)
    assert "0 migration(s) applied" in again.stdout, again.stderr

    seeded = run_cli(tmp_path, "seed-demo", DATABASE_URL=url)
    assert seeded.returncode == 0, seeded.stderr
    assert "created" in seeded.stdout
    assert "already present" in run_cli(tmp_path, "seed-demo", DATABASE_URL=url).stdout
    rows = asyncio.run(_fetch(url, "SELECT COUNT(*) AS n FROM partnerships"))
    assert rows[0]["n"] == 1

    for command in ("run", "webhook"):
        result = run_cli(tmp_path, command, DATABASE_URL=url)  # no token: stops after migrating
        assert result.returncode == 2
        assert "BOT_TOKEN is not set" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.postgres_only("the password is the server's")
def test_a_wrong_password_is_one_line_without_the_password(tmp_path: Path) -> None:
    server = SERVER_URL.split("://", 1)[1].split("@")[-1]  # host:port/name
    address = f"postgresql://nobody:wr0ng-secret@{server}"
    result = run_cli(tmp_path, "backup", str(tmp_path / "b.dump"), DATABASE_URL=address)
    assert result.returncode == 2
    assert "wr0ng-secret" not in result.stderr + result.stdout
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "pg_dump failed" in result.stderr
    assert not (tmp_path / "b.dump").exists()
    assert not (tmp_path / "b.dump.partial").exists()


@pytest.mark.slow
@pytest.mark.postgres_only("pg_dump and pg_restore against a PostgreSQL server")
def test_backup_restores_into_a_fresh_database_with_every_row(
    tmp_path: Path, fresh_databases: list[str]
) -> None:
    url = _new_database(fresh_databases)
    assert run_cli(tmp_path, "seed-demo", DATABASE_URL=url).returncode == 0
    target = tmp_path / "backups" / "twincity.dump"
    backup = run_cli(tmp_path, "backup", str(target), DATABASE_URL=url)
    assert backup.returncode == 0, backup.stderr
    assert "pg_restore" in backup.stdout
    assert target.stat().st_size > 0
    assert not target.with_name("twincity.dump.partial").exists()

    restored = _new_database(fresh_databases)
    pg_restore = shutil.which("pg_restore")
    assert pg_restore is not None
    subprocess.run(
        [pg_restore, "--no-owner", "--exit-on-error", f"--dbname={restored}", str(target)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    before, after = asyncio.run(_row_counts(url)), asyncio.run(_row_counts(restored))
    assert after == before
    assert before["partnerships"] == 1
    assert sum(1 for n in before.values() if n) >= 5  # the demo fills several tables
    version = "SELECT MAX(version) AS v FROM schema_migrations"
    newest = asyncio.run(_fetch(url, version))[0]["v"]
    assert newest and asyncio.run(_fetch(restored, version))[0]["v"] == newest
    # The restored copy is a working database: the bot migrates it (nothing left to apply).
    again = run_cli(tmp_path, "migrate", DATABASE_URL=restored)
    assert "0 migration(s) applied" in again.stdout, again.stderr
