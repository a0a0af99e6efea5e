"""The package's sources and lexicons hold no control characters: a backspace typed for
"\\b" in a pattern (an edit tool's escape, not Python's) makes the pattern ask for that
character and never match, silently. Round 17 found four such in place_model.py, whose
event and topic features had therefore never fired (the committed weights have none for
them, so mending the patterns changed no prediction; a retrain will learn them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FILES = sorted(p for pattern in ("briefgen/**/*.py", "briefgen/**/*.toml", "templates/**/*",
                                  "tests/*.py", "bench/*.py")
                for p in ROOT.glob(pattern) if p.is_file() and "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", _FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    hits = [(n, line) for n, line in enumerate(text.splitlines(), 1) if _CONTROL.search(line)]
    assert not hits, f"control character in {path.name}: line {hits[0][0]}"


def test_the_check_finds_a_backspace() -> None:
    assert _CONTROL.search('re.compile(r"\x08(?:met)\x08")')


_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def _constants_assigned_twice(source: str) -> list[str]:
    import ast
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        for t in targets:
            if isinstance(t, ast.Name) and _CONSTANT.fullmatch(t.id):
                if t.id in seen:
                    twice.append(f"{t.id} (lines {seen[t.id]} and {node.lineno})")
                seen[t.id] = node.lineno
    return twice


@pytest.mark.parametrize("path", [p for p in _FILES if p.suffix == ".py"],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_constant_is_assigned_twice(path: Path) -> None:
    # round 18 named two new patterns like older ones further up people.py (_ENVOY_TO,
    # _EXCELLENCY): the later silently replaced the earlier for every use above it
    twice = _constants_assigned_twice(path.read_text(encoding="utf-8"))
    assert not twice, f"{path.name}: {', '.join(twice)}"


def test_the_check_finds_a_constant_assigned_twice() -> None:
    assert _constants_assigned_twice('A = 1\n_B = 2\n_B = re.compile("x")\n') == [
        "_B (lines 2 and 3)"]
