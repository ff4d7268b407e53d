"""The layers import only downward (README, "Architecture"): every import in the package,
deferred ones inside functions included, read from the source with ``ast``."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

PACKAGE = Path(os.environ.get("SUNTING_LAYERS_PACKAGE") or Path(__file__).resolve().parents[2] / "server" / "sunting")

#: layer of each module (the longest matching prefix wins); a module may import its own
#: layer and those below, never one above
LAYERS = {
    "sunting": 0, "sunting.errors": 0, "sunting.findings": 0, "sunting.selection": 0, "sunting.i18n": 0,
    "sunting.diskcache": 0,
    "sunting.text": 1, "sunting.vocabulary": 1, "sunting.rules": 1, "sunting.config": 1,
    "sunting.lexicon": 1, "sunting.languages": 1, "sunting.tagger": 1, "sunting.fixes": 1,
    "sunting.checks": 2, "sunting.backends": 2,
    "sunting.loader": 3, "sunting.engine": 3,
    "sunting.project": 4, "sunting.discovery": 4, "sunting.batch": 4,
    "sunting.cli": 5, "sunting.runner": 5, "sunting.output": 5, "sunting.lsp": 5, "sunting.gitdiff": 5,
    "sunting.__main__": 5, "sunting.http": 5,
}
NAMES = {0: "base", 1: "text and language", 2: "checks", 3: "engine", 4: "project", 5: "doors"}


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> int:
    best = None
    for prefix, n in LAYERS.items():
        if module == prefix or module.startswith(prefix + "."):
            if best is None or len(prefix) > len(best[0]):
                best = (prefix, n)
    assert best is not None, f"{module}: no layer; add it to LAYERS (and the README)"
    return best[1]


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every sunting import in a file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    me = module_name(path).split(".")
    package = me if path.name == "__init__.py" else me[:-1]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "sunting"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.split(".")[0] == "sunting":
                # ``from sunting import backends`` imports the sub-module
                names = [f"{mod}.{a.name}" for a in node.names if (PACKAGE.parent / f"{mod}.{a.name}".replace(".", "/")).exists()
                         or (PACKAGE.parent / (f"{mod}.{a.name}".replace(".", "/") + ".py")).exists()]
                out += [(node.lineno, n) for n in names or [mod]]
    return out


FILES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_only_downward(path):
    me = module_name(path)
    mine = layer(me)
    upward = [f"{path.relative_to(PACKAGE)}:{line}: {me} ({NAMES[mine]}) imports {mod} ({NAMES[layer(mod)]})"
              for line, mod in imports(path) if layer(mod) > mine]
    assert not upward, "\n".join(upward)


def import_graph() -> dict[str, dict[str, int]]:
    """module → {imported module: line}, every import resolved to a module of the package
    (``from sunting.text.blocks import Block`` is an edge to ``sunting.text.blocks``)."""
    known = {module_name(p) for p in FILES}

    def resolve(mod: str) -> str:
        while mod and mod not in known:
            mod = mod.rpartition(".")[0]
        return mod

    graph: dict[str, dict[str, int]] = {}
    for path in FILES:
        me = module_name(path)
        edges = graph.setdefault(me, {})
        for line, mod in imports(path):
            target = resolve(mod)
            if target and target != me:
                edges.setdefault(target, line)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            w = next(children, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def test_no_import_cycle_in_the_package():
    """No two modules of the package reach each other through imports — deferred imports
    inside functions and ``TYPE_CHECKING`` ones included: a deferred import hides a circle
    from Python, not from a reader (a package's ``__init__`` counts as its own module)."""
    graph = import_graph()
    found = cycles(graph)
    lines = [f"{a} -> {b} (line {graph[a][b]})" for comp in found for a in comp for b in sorted(graph[a]) if b in comp]
    assert found == [], "import cycles:\n" + "\n".join(lines)


def test_the_cycle_finder_finds_a_circle_of_three():
    graph = {"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 3, "d": 4}, "d": {}, "e": {"e": 5}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_import_circle_between_rules_checks_and_loader():
    graph: dict[str, set[str]] = {}
    for path in FILES:
        graph[module_name(path)] = {m for _, m in imports(path)}

    def reaches(a: str, b: str) -> bool:
        seen, stack = set(), [a]
        while stack:
            m = stack.pop()
            for n in graph.get(m, ()):
                if n == b:
                    return True
                if n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    assert not reaches("sunting.rules", "sunting.checks")
    assert not reaches("sunting.checks", "sunting.loader")


def test_the_language_server_does_not_import_the_cli():
    for path in sorted((PACKAGE / "lsp").glob("*.py")):
        mods = {m for _, m in imports(path)}
        assert not mods & {"sunting.runner", "sunting.cli"}, path
