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


@pytest.mark.parametrize("trainer", ["train_span_tagger", "train_areas", "train_followups",
                                     "train_visit", "train_place"])
def test_every_trainer_takes_no_ext(trainer: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`make retrain TRAIN_ARGS=--no-ext` passes the same option to all five trainers, and the
    missing-texts message names it: each must offer it (--help stops before any training)."""
    import importlib

    module = importlib.import_module(f"briefgen.parse.{trainer}")
    with pytest.raises(SystemExit) as stop:
        module.main(["--help"])
    assert stop.value.code == 0
    assert "--no-ext" in capsys.readouterr().out


def test_no_ext_leaves_the_other_issuers_out() -> None:
    import argparse

    from briefgen.parse.training import EXT_TEXTS, corpus_arguments

    ap = argparse.ArgumentParser()
    corpus_arguments(ap)
    assert ap.parse_args([]).ext_texts == EXT_TEXTS
    assert ap.parse_args(["--no-ext"]).ext_texts is None


def test_a_stopped_retrain_puts_the_old_weights_back(tmp_path: Path) -> None:
    """train_areas and train_visit train with their weights set aside; a retrain stopped by
    missing texts (SystemExit) used to leave the parser with no model at all."""
    from briefgen.parse.training import set_aside

    weights = tmp_path / "area_weights.json"
    weights.write_text('{"threshold": 0.5}\n', encoding="utf-8")
    with pytest.raises(SystemExit), set_aside(weights):
        assert not weights.exists()  # training sees no model
        raise SystemExit("3 texts of other issuers missing")
    assert weights.read_text(encoding="utf-8") == '{"threshold": 0.5}\n'
    with set_aside(weights):
        write_weights(weights, {"threshold": 0.25})
    assert json.loads(weights.read_text(encoding="utf-8")) == {"threshold": 0.25}


@pytest.mark.parametrize("trainer", ["train_areas", "train_visit"])
def test_missing_texts_stop_a_trainer_without_losing_its_weights(
        trainer: str, tmp_path: Path) -> None:
    import importlib

    module = importlib.import_module(f"briefgen.parse.{trainer}")
    before = module.WEIGHTS.read_bytes()
    empty = tmp_path / "no-texts"
    empty.mkdir()
    with pytest.raises(SystemExit, match="texts of other issuers missing"):
        module.main(["--ext-texts", str(empty)])
    assert module.WEIGHTS.read_bytes() == before
