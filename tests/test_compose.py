"""compose.yaml as Docker Compose reads it (`docker compose config`, or the older
`docker-compose config`, whichever is installed; .ci/run installs Debian's docker-compose)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from bot.paths import PROJECT_ROOT

COMPOSE_FILE = PROJECT_ROOT / "compose.yaml"
SETTINGS = {
    "BOT_TOKEN": "123456:compose-check",
    "POSTGRES_PASSWORD": "compose0check",
    "WEBHOOK_URL": "https://bot.example.org/telegram",
    "WEBHOOK_SECRET": "compose-check",
}


def compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker is not None:
        plugin = subprocess.run([docker, "compose", "version"], capture_output=True, timeout=30)
        if plugin.returncode == 0:
            return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy is not None else None


COMPOSE = compose_command()
pytestmark = pytest.mark.skipif(
    COMPOSE is None, reason="neither `docker compose` nor `docker-compose` is installed"
)


def config(*args: str, **settings: str) -> subprocess.CompletedProcess[str]:
    assert COMPOSE is not None
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS and k != "COMPOSE_PROFILES"}
    env.update(settings)
    return subprocess.run(
        [*COMPOSE, "--project-directory", str(PROJECT_ROOT), "-f", str(COMPOSE_FILE), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_compose_file_is_valid_and_wires_the_bot_to_postgresql() -> None:
    result = config("config", **SETTINGS)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "twincity:compose0check@postgres:5432/twincity" in text  # DATABASE_URL
    assert "pg_isready" in text
    assert text.count("condition: service_healthy") >= 3  # bot on db; worker on db and bot
    assert "replicas: 2" in text
    assert "127.0.0.1:8081/healthz" in text


def test_workers_and_translation_are_services_of_their_own() -> None:
    translating = config("--profile", "translation", "config", "--services", **SETTINGS)
    assert translating.returncode == 0, translating.stderr
    assert set(translating.stdout.split()) == {"postgres", "bot", "worker", "libretranslate"}
    # Only with the profile (docker-compose 1.x lists every service here; v2 applies it).
    plain = config("config", "--services", **SETTINGS)
    assert {"postgres", "bot", "worker"} <= set(plain.stdout.split())
    text = config("--profile", "translation", "config", **SETTINGS).stdout
    libretranslate = text[text.index("  libretranslate:") :]
    assert "profiles:\n    - translation" in libretranslate


def test_a_missing_password_is_named() -> None:
    settings = {k: v for k, v in SETTINGS.items() if k != "POSTGRES_PASSWORD"}
    result = config("config", **settings)
    assert result.returncode != 0
    assert "POSTGRES_PASSWORD" in result.stderr
