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


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == setup_commands()[1]
