"""The README's set-up commands and .ci/run stay in step."""

from __future__ import annotations

import re

from bot.paths import PROJECT_ROOT


def setup_commands() -> list[str]:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_two_setup_commands() -> None:
    run, test = setup_commands()
    assert run.endswith("twincity-bot run")
    assert "pytest" in test


def postgres_command() -> str:
    """The README's line that runs the suite on PostgreSQL (Development section)."""
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    development = readme.split("## Development", 1)[1].split("\n## ", 1)[0]
    (line,) = [c for c in re.findall(r"```sh\n(.+?)\n```", development) if "DATABASE_URL" in c]
    return line


def test_ci_runs_exactly_the_readme_test_command_then_the_same_on_postgresql() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-2] == setup_commands()[1]
    # The same suite again, with the address of the server .ci/run started.
    readme_url, readme_tests = postgres_command().split(" ", 1)
    ci_url, ci_tests = ci[-1].split(" ", 1)
    assert readme_url.startswith("DATABASE_URL=postgresql://") and ci_url.startswith(
        "DATABASE_URL="
    )
    assert ci_tests == readme_tests == ".venv/bin/python -m pytest"
    assert ".ci/postgres" in "\n".join(ci[:-2])


CHECKS = (
    ".venv/bin/python -m ruff check .",
    ".venv/bin/python -m ruff format --check .",
    ".venv/bin/python -m mypy bot",
)


def test_ci_checks_lint_format_and_types_before_the_tests() -> None:
    """Each check is a line of its own (so `set -e` stops CI when it fails), before the tests,
    and the README's development section gives developers the same commands."""
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[0] == "#!/usr/bin/env bash" and "set -euo pipefail" in ci
    for check in CHECKS:
        assert check in ci[:-1], check
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    development = readme.split("## Development", 1)[1].split("\n## ", 1)[0]
    assert all(check in development for check in CHECKS)
    assert '-m "not slow"' in development
