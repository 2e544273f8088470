"""The import graph of the project's own modules (config, events, regions) has no cycle.

The graph is read from the source (the AST of every module), not from what happens to be
imported: an import inside a function counts as much as one at the top, since it runs too.
Imports under `if TYPE_CHECKING:` never run and are left out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("config", "events", "regions")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _project_module(name: str) -> str | None:
    """The project module an imported name lives in (`events.models.Article` → `events.models`)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Ids of the nodes inside `if TYPE_CHECKING:` blocks."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        test = getattr(node, "test", None)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in (
            getattr(test, "id", None),
            getattr(test, "attr", None),
        ):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skipped


def _imported(module: str, path: Path) -> Iterator[str]:
    """Every name an import statement of the module names, absolute, lazy imports included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    skipped = _type_checking_only(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names = [f"{base}.{alias.name}" for alias in node.names]
            # `from . import anchors` imports the submodule, not what the package's __init__ does
            if not all(name in MODULES for name in names):
                yield base
            yield from names


def import_graph() -> dict[str, set[str]]:
    """Project module → the project modules it imports."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        targets = {_project_module(name) for name in _imported(module, path)}
        graph[module] = {t for t in targets if t and t != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:  # v is the root of a component: it is on the stack down to v
            component = stack[stack.index(v) :]
            del stack[stack.index(v) :]
            on_stack.difference_update(component)
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_between_project_modules():
    graph = import_graph()
    found = cycles(graph)
    detail = [{m: sorted(graph[m] & set(c)) for m in c} for c in found]
    assert found == [], detail


def test_services_and_the_pipeline_never_import_the_tasks():
    """Tasks call services; services queue work through events/pipeline.py, by task name."""
    graph = import_graph()
    queueing = [m for m in graph if m == "events.pipeline" or m.startswith("events.services.")]
    assert queueing and [m for m in queueing if "events.tasks" in graph[m]] == []


def _environment_reads(tree: ast.Module) -> Iterator[int]:
    """Lines that read the process environment (os.environ, os.getenv, environ.Env), except the
    bootstrap that names the settings module (manage.py, wsgi, asgi, celery)."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in {"environ", "getenv", "Env"}
            and not _is_bootstrap(tree, node)
        ):
            yield node.lineno


def _is_bootstrap(tree: ast.Module, attribute: ast.Attribute) -> bool:
    """Whether `os.environ` here is the receiver of setdefault("DJANGO_SETTINGS_MODULE", …)."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.value is attribute
            and node.func.attr == "setdefault"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "DJANGO_SETTINGS_MODULE"
        ):
            return True
    return False


def test_the_environment_is_read_in_settings_only():
    """Every environment variable is a setting (config/settings/, README § Configuration)."""
    reads = {
        module: lines
        for module, path in MODULES.items()
        if not module.startswith("config.settings")
        and (lines := list(_environment_reads(ast.parse(path.read_text(encoding="utf-8")))))
    }
    assert reads == {}, reads


def test_the_reader_sees_lazy_and_relative_imports_and_finds_cycles(tmp_path):
    """The reader itself: an import inside a function is an edge, one under TYPE_CHECKING is
    not, a relative import resolves against its package, and a loop is a cycle."""
    path = tmp_path / "pipeline.py"
    path.write_text(
        "from typing import TYPE_CHECKING\n"
        "from .models import Article\n"
        "if TYPE_CHECKING:\n    from events.admin import MeetingAdmin\n"
        "def f():\n    from events import tasks\n",
        encoding="utf-8",
    )
    edges = {_project_module(name) for name in _imported("events.pipeline", path)}
    assert {"events.tasks", "events.models"} <= edges and "events.admin" not in edges
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
