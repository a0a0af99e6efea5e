"""The package layout is the architecture (docs/architecture.md), and stays that way.

- No import cycle inside ``briefgen``. Every import counts: module level, inside
  functions, under ``if TYPE_CHECKING:``, relative or absolute. Importing ``a.b.c`` also
  runs ``a/b/__init__.py``, so that is an edge too (except to the importer's own
  packages, which Python has always loaded first).
- At most 12 modules directly in ``briefgen/``; the rest sit in subpackages named for
  what they hold.
- No two modules whose names differ only by a suffix of one verb (render / rendering,
  write / writers): one name per act.
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "briefgen"
MAX_TOP_LEVEL_MODULES = 12


def module_files(root: Path = PACKAGE) -> dict[str, Path]:
    """Dotted module name -> file, for every module and package of the tree at ``root``."""
    modules: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _is_package(name: str, modules: dict[str, Path]) -> bool:
    return modules[name].name == "__init__.py"


def _ancestors(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def imported_modules(name: str, modules: dict[str, Path]) -> set[str]:
    """The package's own modules that importing ``name`` may load, from any import in it."""
    tree = ast.parse(modules[name].read_text(encoding="utf-8"), str(modules[name]))
    package = name if _is_package(name, modules) else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree):  # walks function bodies and if-blocks too
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                sub = f"{origin}.{alias.name}"
                # `from pkg import module` loads the module; `from pkg import name` runs pkg
                targets.add(sub if sub in modules else origin)
    own = set(_ancestors(name))
    edges: set[str] = set()
    for target in targets:
        if target not in modules:
            continue  # the standard library or a third-party package
        for needed in [*_ancestors(target), target]:
            if needed in modules and needed != name and needed not in own:
                edges.add(needed)
    return edges


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    modules = module_files(root)
    return {name: imported_modules(name, modules) for name in modules}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_a_cycle(graph, set(component)) for component in components]


def _a_cycle(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A path start -> ... -> start inside one strongly connected component."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & component):
            if nxt == start:
                return [*paths[node], start]
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    return sorted(component)


def test_no_import_cycle_in_briefgen() -> None:
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    """The check is live: function-level, relative, TYPE_CHECKING and package-init edges."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("from pkg.sub import c\n")
    (pkg / "a.py").write_text("def f():\n    from pkg import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\n"
                              "if TYPE_CHECKING:\n    from . import a\n")
    (pkg / "c.py").write_text("import pkg.sub.d\n")
    (pkg / "sub" / "c.py").write_text("import os\n")
    (pkg / "sub" / "d.py").write_text("from ..e import x\n")
    (pkg / "e.py").write_text("from pkg.sub.c import y\n")  # runs pkg/sub/__init__.py
    graph = import_graph(pkg)
    assert graph["pkg.a"] == {"pkg.b"}
    assert graph["pkg.b"] == {"pkg.a"}
    assert graph["pkg.e"] == {"pkg.sub", "pkg.sub.c"}
    assert graph["pkg.sub.d"] == {"pkg.e"}
    assert graph["pkg.sub.c"] == set()
    cycles = find_cycles(graph)
    assert ["pkg.a", "pkg.b", "pkg.a"] in cycles
    assert len(cycles) == 1  # sub.d -> e -> sub -> sub.c: no way back
    (pkg / "sub" / "c.py").write_text("def g():\n    from ..sub.d import z\n")
    assert len(find_cycles(import_graph(pkg))) == 2


def test_at_most_twelve_modules_directly_in_briefgen() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top


_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "s",
             "e")


def root_word(name: str) -> str:
    """``rendering``, ``render`` and ``renders`` -> ``rend``; ``writers``, ``write`` -> ``writ``."""
    word = name.lower()
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def test_root_word_pairs_up_verb_forms() -> None:
    assert root_word("render") == root_word("rendering") == root_word("renderer")
    assert root_word("write") == root_word("writers") == root_word("writing")
    assert root_word("compose") == root_word("composer")
    assert root_word("compose") != root_word("summarize")


def test_no_two_modules_differ_only_by_a_verb_suffix() -> None:
    names = sorted({n.rpartition(".")[2] for n in module_files()} - {"__main__"})
    clashes = [(a, b) for a, b in itertools.combinations(names, 2)
               if root_word(a) == root_word(b)]
    assert not clashes, f"one name per act: {clashes}"


@pytest.mark.parametrize("act, module", [
    ("summarize", "briefgen.summarize"),
    ("compose", "briefgen.compose"),
    ("render", "briefgen.render"),
    ("write", "briefgen.write"),
])
def test_each_act_has_one_module(act: str, module: str) -> None:
    """summarize (release -> summary), compose (-> memo), render (-> bytes), write (-> files)."""
    modules = module_files()
    assert module in modules
    assert [n for n in modules if root_word(n.rpartition(".")[2]) == root_word(act)] == [module]
