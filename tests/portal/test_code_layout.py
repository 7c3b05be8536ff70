"""The layout of the code stays as DESIGN.md draws it (issue #16): `imrf_portal` is configuration
that nothing imports, `common` imports no app, apps depend on each other one way only, and no
module imports itself back through others. Read from the source (every import anywhere in a
module, lazy ones included), so that a new module is covered without anyone listing it."""

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Each app, and the apps it may import (DESIGN.md: common <- gcm <- stakeholders <-
# consultations <- engagement, pledges <- reports; demo and bench load content into all).
ALLOWED = {
    "common": set(),
    "gcm": {"common"},
    "stakeholders": {"common", "gcm"},
    "consultations": {"common", "gcm", "stakeholders"},
    "engagement": {"common", "gcm", "stakeholders", "consultations"},
    "pledges": {"common", "gcm", "stakeholders", "consultations"},
    "reports": {"common", "gcm", "stakeholders", "consultations", "engagement", "pledges"},
}
LOADERS = {"demo", "bench"}  # content for every app: they may import any app
CONFIGURATION = "imrf_portal"


def packages() -> set[str]:
    return (
        set(ALLOWED) | {p for p in LOADERS if (ROOT / p / "__init__.py").exists()} | {CONFIGURATION}
    )


def modules() -> dict[str, Path]:
    found = {}
    for package in packages():
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules `name` imports, wherever in the module the import is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from package import module` imports the module; `from module import name`, the
            # module (found below by shortening the dotted name).
            targets = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            # The longest project module the name refers to (a module, or its package).
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, set(known)) for name, path in known.items()}


def app_of(module: str) -> str:
    return module.split(".")[0]


def test_every_module_imports():
    for name in sorted(modules()):
        if app_of(name) == "bench" and not name.startswith("bench.management"):
            continue  # the benchmark scripts configure Django themselves when run
        importlib.import_module(name)


def test_nothing_imports_the_configuration():
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in graph().items()
        if app_of(module) != CONFIGURATION
        for target in targets
        if app_of(target) == CONFIGURATION
    )
    assert offenders == []


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_each_app_imports_only_the_apps_below_it(app):
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in graph().items()
        if app_of(module) == app
        for target in targets
        if app_of(target) not in ALLOWED[app] | {app}
    )
    assert offenders == []


def test_no_module_imports_itself_back_through_others():
    edges = graph()
    circles, state = [], {}

    def visit(module, trail):
        state[module] = "open"
        for target in sorted(edges.get(module, ())):
            if state.get(target) == "open":
                circles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert circles == [], circles
