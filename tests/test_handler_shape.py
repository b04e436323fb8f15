"""Handlers stay thin: one callback per button action, none over 30 lines, no `action ==` chains.

Checked on the source (ast) and on the registered handlers of a real Application.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

from telegram.ext import ApplicationBuilder, CallbackQueryHandler, ContextTypes

from bot import (
    callback_calls,
    callback_consult,
    callback_data,
    callback_event,
    callback_network,
    callback_toolbox,
)
from bot.app import register_handlers
from bot.callback_data import CallbackData
from bot.context import BotContext, BotData
from bot.paths import PROJECT_ROOT

HANDLERS_DIR = PROJECT_ROOT / "bot" / "handlers"
MAX_LINES = 30


def long_callbacks(path: Path) -> list[str]:
    """Functions taking (update, context) that are longer than MAX_LINES."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef):
            args = [a.arg for a in node.args.args]
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if args[:2] == ["update", "context"] and length > MAX_LINES:
                found.append(f"{path.name}:{node.name} ({length} lines)")
    return found


def action_switches(path: Path) -> list[str]:
    """Comparisons of something called `action` with ==, != or in: a dispatch chain."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        name = left.id if isinstance(left, ast.Name) else getattr(left, "attr", None)
        if name == "action" and any(isinstance(op, ast.Eq | ast.NotEq | ast.In) for op in node.ops):
            found.append(f"{path.name}:{node.lineno}")
    return found


def checked_modules() -> list[Path]:
    return sorted(HANDLERS_DIR.glob("*.py"))


def test_no_handler_callback_is_over_30_lines() -> None:
    assert [f for p in checked_modules() for f in long_callbacks(p)] == []


def test_no_handler_switches_on_an_action_string() -> None:
    assert [f for p in checked_modules() for f in action_switches(p)] == []


def test_the_checks_catch_a_long_callback_and_an_action_chain(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    bad = tmp_path / "bad.py"
    bad.write_text(
        f"async def cb(update, context):\n{body}\n    if step.action == 'vote':\n        pass\n"
    )
    assert long_callbacks(bad) and action_switches(bad)


def _sample(kind: type[CallbackData], action: str) -> str:
    """Data of `kind` with the given action and any value in the other fields."""
    parts = [kind.PREFIX]
    for name, hint in inspect.get_annotations(kind, eval_str=True).items():
        if name == "PREFIX":
            continue
        parts.append(action if name == "action" else "1" if hint in (int, bool) else "x")
    return ":".join(parts)


def registered_button_patterns() -> list[re.Pattern[str]]:
    """The patterns of every button handler of an Application (built, not started)."""
    app = (
        ApplicationBuilder()
        .token("123456:inspection")
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .build()
    )
    register_handlers(app)  # type: ignore[arg-type]
    return [
        h.pattern
        for group in app.handlers.values()
        for h in group
        if isinstance(h, CallbackQueryHandler) and isinstance(h.pattern, re.Pattern)
    ]


def test_every_button_action_has_exactly_one_callback() -> None:
    patterns = registered_button_patterns()
    missing, doubled = [], []
    for kind in (
        *vars(callback_data).values(),
        *vars(callback_calls).values(),
        *vars(callback_toolbox).values(),
        *vars(callback_network).values(),
        *vars(callback_consult).values(),
        *vars(callback_event).values(),
    ):
        if not (isinstance(kind, type) and issubclass(kind, CallbackData)) or not kind.actions():
            continue
        for action in kind.actions():
            hits = sum(1 for p in patterns if p.match(_sample(kind, action)))
            if hits != 1:
                (missing if hits == 0 else doubled).append(_sample(kind, action))
    assert (missing, doubled) == ([], [])


def test_no_two_button_kinds_share_a_prefix() -> None:
    # Two kinds with one prefix would each read the other's buttons (two families once both
    # chose "tbk" in separate branches; nothing else would have noticed).
    modules = (
        callback_data,
        callback_calls,
        callback_toolbox,
        callback_network,
        callback_consult,
        callback_event,
    )
    kinds = {
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, CallbackData) and value is not CallbackData
    }
    prefixes = sorted(kind.PREFIX for kind in kinds)
    assert sorted(set(prefixes)) == prefixes
