"""ruff and mypy stay clean: the same commands the README gives developers."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from bot.paths import PROJECT_ROOT


def tool(name: str) -> list[str]:
    # Looked up as a module of this interpreter: `.venv/bin/python -m pytest` (the README's
    # command) does not put .venv/bin on PATH, so shutil.which skipped these in CI.
    if importlib.util.find_spec(name) is None:
        pytest.skip(f"{name} is not installed (pip install -r requirements-test.lock)")
    return [sys.executable, "-m", name]


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [*tool("ruff"), "check", "."], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [*tool("mypy"), "bot"], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
