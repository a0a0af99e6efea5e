"""Trainers replace their weights files whole: a parse running beside a retrain must read
the old model or the new one, never a half-written file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.parse.training import write_weights


def test_weights_are_written_sorted_with_a_final_newline(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    write_weights(out, {"b": 1, "a": [1.5, 2]})
    assert out.read_text(encoding="utf-8") == json.dumps({"a": [1.5, 2], "b": 1}, indent=0) + "\n"
    write_weights(out, {"b": 1, "a": 2}, indent=1, sort_keys=False)
    assert out.read_text(encoding="utf-8") == '{\n "b": 1,\n "a": 2\n}\n'


def test_a_failed_write_leaves_the_old_weights_and_no_stray_file(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    write_weights(out, {"threshold": 0.5})
    with pytest.raises(TypeError):
        write_weights(out, {"threshold": object()})  # not JSON: fails before anything is renamed
    assert json.loads(out.read_text(encoding="utf-8")) == {"threshold": 0.5}
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]
