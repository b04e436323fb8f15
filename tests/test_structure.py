"""The shape of the package, checked by reading its source (ast), not by running it.

- no import cycle among `bot/` modules (imports under `if TYPE_CHECKING:` are not runtime
  edges and are skipped);
- nothing under `bot/` outside `bot/offline/` imports the emulator, harness or sandbox
  (one door: the CLI's `sandbox` command);
- no function imports inside its body, except deliberately lazy heavy libraries;
- no test module imports from conftest.py or from another test module (shared stories live
  in tests/stories.py);
- no module under `bot/` is over 540 lines (split it along its `# ----` banners instead).

Each check also runs on a tiny bad package in tmp_path, so it can be seen to fail.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "bot"

# Heavy libraries imported on first use, so that starting the bot (and every test) does not
# pay for them; each such import carries a comment saying why.
LAZY_ALLOWED = frozenset({"scipy", "numpy", "qrcode", "matplotlib", "PIL"})

# The CLI's `sandbox` command is the sandbox's own door into the package.
OFFLINE_DOORS = frozenset({"bot.__main__"})

# A module this long mixes things that read better apart (issue 14's figure).
MAX_MODULE_LINES = 540
# Modules allowed to be longer, each with the reason; empty is the goal.
LONG_MODULES_ALLOWED: dict[str, str] = {}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported module, dotted (for `from a import b`: a.b if a.b is a module)
    line: int
    in_function: str | None  # the enclosing function's name, if any
    type_checking: bool  # under `if TYPE_CHECKING:`


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules_of(root: Path, package: str) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve_from(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    # In a package's __init__, `.` is the package itself; elsewhere it is the parent.
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(path: Path, module: str, known: set[str]) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"

    def visit(node: ast.AST, function: str | None, type_checking: bool) -> Iterator[Import]:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                yield from visit(child, function, True)
            for child in node.orelse:
                yield from visit(child, function, type_checking)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno, function, type_checking)
            return
        if isinstance(node, ast.ImportFrom):
            base = _resolve_from(node, module, is_package)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                target = candidate if candidate in known else base
                yield Import(module, target, node.lineno, function, type_checking)
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        for child in ast.iter_child_nodes(node):
            yield from visit(child, function, type_checking)

    yield from visit(tree, None, False)


def all_imports(root: Path, package: str) -> list[Import]:
    modules = modules_of(root, package)
    known = set(modules)
    return [imp for name, path in modules.items() for imp in imports_of(path, name, known)]


def _owner(target: str, known: set[str]) -> str | None:
    """The package module an import loads (longest known prefix), or None if outside."""
    parts = target.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def runtime_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the package modules it imports when it runs (TYPE_CHECKING imports skipped).
    Importing `a.b.c` also runs `a` and `a.b`, but a package's `__init__` that imports nothing
    adds no edge worth following, so parents are not added as edges."""
    known = set(modules_of(root, package))
    graph: dict[str, set[str]] = {name: set() for name in known}
    for imp in all_imports(root, package):
        if imp.type_checking:
            continue
        owner = _owner(imp.target, known)
        if owner is not None and owner != imp.module:
            graph[imp.module].add(owner)
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other, directly or around a circle (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group: set[str] = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return groups


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One concrete cycle through each circle of modules, e.g. ['a', 'b', 'a']."""
    return [_one_cycle(graph, group) for group in strongly_connected(graph)]


def _one_cycle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    start = min(group)
    # Breadth-first from start back to start inside the group: the shortest such cycle.
    paths: dict[str, list[str]] = {start: [start]}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for nxt in sorted(graph[node] & group):
                if nxt == start:
                    return [*paths[node], start]
                if nxt not in paths:
                    paths[nxt] = [*paths[node], nxt]
                    following.append(nxt)
        frontier = following
    return [start, start]


def offline_imports(root: Path, package: str) -> list[str]:
    offline = f"{package}.offline"
    return [
        f"{imp.module}:{imp.line} imports {imp.target}"
        for imp in all_imports(root, package)
        if (imp.target == offline or imp.target.startswith(offline + "."))
        and not (imp.module == offline or imp.module.startswith(offline + "."))
        and imp.module not in OFFLINE_DOORS
    ]


def imports_in_functions(root: Path, package: str) -> list[str]:
    found = [
        f"{imp.module}:{imp.line} {imp.in_function}() imports {imp.target}"
        for imp in all_imports(root, package)
        if imp.in_function is not None
        and not imp.type_checking
        and imp.target.split(".")[0] not in LAZY_ALLOWED
    ]
    return list(dict.fromkeys(found))


# --- the package itself --------------------------------------------------------------------


def test_no_import_cycles_in_bot() -> None:
    graph = runtime_graph(ROOT, PACKAGE)
    circles = [
        f"{' -> '.join(cycle)} (the circle: {', '.join(sorted(group))})"
        for cycle, group in zip(find_cycles(graph), strongly_connected(graph), strict=True)
    ]
    assert circles == [], "import cycles: " + "; ".join(circles)


def test_only_offline_imports_the_emulator() -> None:
    assert offline_imports(ROOT, PACKAGE) == []


def test_no_imports_inside_functions_except_heavy_libraries() -> None:
    assert imports_in_functions(ROOT, PACKAGE) == []


def test_lazy_heavy_imports_say_why() -> None:
    """A deliberately lazy import has a comment within the three lines above it."""
    modules = modules_of(ROOT, PACKAGE)
    silent = []
    for imp in all_imports(ROOT, PACKAGE):
        if imp.in_function is None or imp.target.split(".")[0] not in LAZY_ALLOWED:
            continue
        lines = modules[imp.module].read_text(encoding="utf-8").splitlines()
        above = lines[max(0, imp.line - 4) : imp.line - 1]
        if not any(line.strip().startswith("#") for line in above):
            silent.append(f"{imp.module}:{imp.line}")
    assert silent == []


def test_type_checking_imports_are_counted_apart() -> None:
    """`bot.context` needs `Services` only for types: that edge exists but is not a runtime one."""
    imports = all_imports(ROOT, PACKAGE)
    typing_only = [i for i in imports if i.module == "bot.context" and i.target == "bot.app"]
    assert typing_only and all(i.type_checking for i in typing_only)
    assert "bot.app" not in runtime_graph(ROOT, PACKAGE)["bot.context"]


def long_modules(root: Path, package: str, allowed: dict[str, str]) -> list[str]:
    """Modules over MAX_MODULE_LINES lines that are not on the allow-list, longest first."""
    lengths = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in modules_of(root, package).items()
    }
    return [
        f"{name} ({length} lines)"
        for name, length in sorted(lengths.items(), key=lambda item: -item[1])
        if length > MAX_MODULE_LINES and name not in allowed
    ]


def test_no_module_in_bot_is_over_540_lines() -> None:
    assert long_modules(ROOT, PACKAGE, LONG_MODULES_ALLOWED) == []


def test_the_long_module_allow_list_names_real_long_modules() -> None:
    """An entry stays only while its module is still long (and still exists)."""
    modules = modules_of(ROOT, PACKAGE)
    stale = [
        name
        for name in LONG_MODULES_ALLOWED
        if name not in modules
        or len(modules[name].read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES
    ]
    assert stale == []


def imports_between_tests(root: Path, package: str) -> list[str]:
    """Imports of conftest or of a test module, by any module of the test package."""
    return [
        f"{imp.module}:{imp.line} imports {imp.target}"
        for imp in all_imports(root, package)
        if imp.target.startswith(package + ".")
        and (imp.target.endswith(".conftest") or imp.target.split(".")[-1].startswith("test_"))
    ]


def test_tests_share_stories_not_each_other() -> None:
    assert imports_between_tests(ROOT, "tests") == []


# --- the checks on a deliberately bad package ----------------------------------------------


def write_package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    write_package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg import b\n",
            "pkg/b.py": "from pkg.sub.c import thing\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/c.py": "from .. import a\nthing = 1\n",
            "pkg/d.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from pkg import e\n"
                "def late():\n    import json\n    # heavy, on first use\n"
                "    import numpy\n    return json, numpy\n"
            ),
            "pkg/e.py": "from pkg import d\nfrom pkg.offline.emulator import core\n",
            "pkg/offline/__init__.py": "",
            "pkg/offline/emulator/__init__.py": "",
            "pkg/offline/emulator/core.py": "from pkg import a\n",
        },
    )
    return tmp_path


def test_a_cycle_is_found_and_named(bad: Path) -> None:
    cycles = find_cycles(runtime_graph(bad, "pkg"))
    assert cycles == [["pkg.a", "pkg.b", "pkg.sub.c", "pkg.a"]]


def test_a_type_checking_import_makes_no_cycle(bad: Path) -> None:
    graph = runtime_graph(bad, "pkg")
    assert "pkg.e" not in graph["pkg.d"]
    # The same import at runtime would close d -> e -> d.
    (bad / "pkg/d.py").write_text("from pkg import e\n", encoding="utf-8")
    assert ["pkg.d", "pkg.e", "pkg.d"] in find_cycles(runtime_graph(bad, "pkg"))


def test_an_import_of_the_emulator_is_found(bad: Path) -> None:
    assert offline_imports(bad, "pkg") == ["pkg.e:2 imports pkg.offline.emulator.core"]


def test_an_import_inside_a_function_is_found(bad: Path) -> None:
    assert imports_in_functions(bad, "pkg") == ["pkg.d:5 late() imports json"]


def test_an_import_of_conftest_or_another_test_is_found(tmp_path: Path) -> None:
    write_package(
        tmp_path,
        {
            "tests/__init__.py": "",
            "tests/conftest.py": "ADMIN = 1\n",
            "tests/stories.py": "async def onboard(): ...\n",
            "tests/a/__init__.py": "",
            "tests/a/test_one.py": "from tests.stories import onboard\ndef helper(): ...\n",
            "tests/a/test_two.py": (
                "from tests.conftest import ADMIN\nfrom tests.a.test_one import helper\n"
                "from . import test_one\n"
            ),
        },
    )
    assert imports_between_tests(tmp_path, "tests") == [
        "tests.a.test_two:1 imports tests.conftest",
        "tests.a.test_two:2 imports tests.a.test_one",
        "tests.a.test_two:3 imports tests.a.test_one",
    ]


def test_a_long_module_is_found_unless_allowed(tmp_path: Path) -> None:
    write_package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/short.py": "x = 1\n" * MAX_MODULE_LINES,
            "pkg/long.py": "x = 1\n" * (MAX_MODULE_LINES + 1),
            "pkg/sub/__init__.py": "",
            "pkg/sub/longer.py": "x = 1\n" * (MAX_MODULE_LINES + 2),
        },
    )
    assert long_modules(tmp_path, "pkg", {}) == [
        f"pkg.sub.longer ({MAX_MODULE_LINES + 2} lines)",
        f"pkg.long ({MAX_MODULE_LINES + 1} lines)",
    ]
    assert long_modules(tmp_path, "pkg", {"pkg.sub.longer": "a reason"}) == [
        f"pkg.long ({MAX_MODULE_LINES + 1} lines)"
    ]
