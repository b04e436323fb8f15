"""The command line as an operator meets it: one clear line instead of a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.paths import MIGRATIONS_DIR, PROJECT_ROOT

pytestmark = pytest.mark.slow  # each test starts the command line in a subprocess


def run_cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "BOT_TOKEN",
            "ADMIN_IDS",
            "DATABASE_PATH",
            "DATABASE_URL",  # these tests are about the SQLite file; tests/test_cli_postgres.py
            "LOG_LEVEL",
            "DEFAULT_LANGUAGE",
            "TELEGRAM_API_BASE_URL",
            "TRANSLATION_PROVIDER",
            "TRANSLATION_URL",
            "TRANSLATION_API_KEY",
        }
    }
    clean.update(
        {
            "PYTHONPATH": str(PROJECT_ROOT),
            "DATABASE_PATH": str(tmp_path / "db" / "bot.sqlite3"),
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_run_without_token_migrates_and_says_what_to_set(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "run")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "BOT_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr
    with sqlite3.connect(tmp_path / "db" / "bot.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] >= 1


def test_malformed_settings_give_one_line(tmp_path: Path) -> None:
    for env in (
        {"ADMIN_IDS": "12,abc"},
        {"DEFAULT_LANGUAGE": "fr"},
        {"BOT_TOKEN": "nocolon"},
        {"TELEGRAM_API_BASE_URL": "ftp://x"},
        {"LOG_LEVEL": "LOUD"},
        {"TRANSLATION_PROVIDER": "google"},
    ):
        result = run_cli(tmp_path, "migrate", **env)
        assert result.returncode == 2, env
        line = result.stderr.strip()
        assert "\n" not in line and "Traceback" not in line, line
        assert next(iter(env)) in line


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS=oops\n")
    result = run_cli(tmp_path, "migrate")
    assert result.returncode == 2 and "ADMIN_IDS" in result.stderr


def test_migrate_and_seed_demo_are_idempotent(tmp_path: Path) -> None:
    # Counted from the directory, so a branch adding a migration does not edit this line.
    count = len(list(MIGRATIONS_DIR.glob("*.sql")))
    assert f"{count} migration(s) applied" in run_cli(tmp_path, "migrate").stdout
    assert "0 migration(s) applied" in run_cli(tmp_path, "migrate").stdout
    assert "created" in run_cli(tmp_path, "seed-demo").stdout
    assert "already present" in run_cli(tmp_path, "seed-demo").stdout
    with sqlite3.connect(tmp_path / "db" / "bot.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM partnerships").fetchone()[0] == 1
        assert conn.execute("SELECT COUNT(*) FROM themes").fetchone()[0] == 4


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("run", "migrate", "seed-demo"):
        assert command in result.stdout
