"""On-disk start-up caches: reused across processes, never a different result.

Regex opcodes (briefgen/regexcache.py), parsed lexicon TOML (briefgen/datacache.py) and
compiled Jinja2 templates (briefgen/jinjacache.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

from briefgen.support import datacache, jinjacache, regexcache

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<head>Prime|Vice)\s+(?P<role>Minister|President)", 0),
    (r"memorand(?:um|a) of (understanding|cooperation)", re.IGNORECASE),
    (r"^\s*[-*]\s+(.+)$", re.MULTILINE),
    (r"(?<![\w])(?:S\u00e3o Paulo|Z\u00fcrich|\u0410\u0441\u0442\u0430\u043d\u0430)(?![\w])", 0),
    (rb"%PDF-(\d)\.(\d)", 0),
    (r"(?x) \d{4} - \d{2} - \d{2}  # ISO date", 0),
]
TEXTS = ["The Prime Minister met the Vice President.", "A Memoranda of Cooperation",
         "intro\n - first\n* second", "talks in S\u00e3o Paulo and Z\u00fcrich",
         "2025-03-01", "\u0410\u0441\u0442\u0430\u043d\u0430!"]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)
    regexcache.uninstall()
    yield tmp_path
    regexcache.uninstall()


def _compile_all() -> list[re.Pattern]:
    re.purge()  # past re's in-process cache, down to the compile step under test
    return [re.compile(p, f) for p, f in PATTERNS]


def _behaviour(patterns: list[re.Pattern]) -> list[object]:
    seen: list[object] = []
    for p in patterns:
        seen += [p.pattern, p.flags, p.groups, dict(p.groupindex)]
        for text in TEXTS:
            subject = text.encode("utf-8") if isinstance(p.pattern, bytes) else text
            seen.append([(m.span(), m.groups()) for m in p.finditer(subject)])
    return seen


def test_stored_patterns_behave_like_freshly_compiled_ones(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _behaviour(_compile_all())
    regexcache.install()
    assert _behaviour(_compile_all()) == expected  # first process: compiled and recorded
    regexcache.uninstall()  # saves, as at exit
    assert regexcache.store_path().stat().st_size > 0

    def no_compiling(*_args: object) -> object:
        raise AssertionError("pattern compiled again instead of read from the store")

    monkeypatch.setattr(regexcache, "_generate", no_compiling)
    regexcache.install()  # a later process
    assert _behaviour(_compile_all()) == expected


def test_a_damaged_store_is_ignored_and_rewritten(store: Path) -> None:
    expected = _behaviour(_compile_all())
    regexcache.install()
    _compile_all()
    regexcache.uninstall()
    path = regexcache.store_path()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\xff" * 64)  # torn tail
    regexcache.install()
    assert _behaviour(_compile_all()) == expected
    regexcache.uninstall()
    entries, damaged = regexcache._read(path)
    assert not damaged and len(entries) >= len(PATTERNS)
    path.write_bytes(b"briefgen-regex another-interpreter\n" + data[40:])
    regexcache.install()
    assert _behaviour(_compile_all()) == expected


def test_no_cache_leaves_the_compiler_alone(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")
    original = re._compiler.compile
    regexcache.install()
    assert re._compiler.compile is original
    assert not list(store.iterdir())


def test_toml_cache_returns_the_parsed_file_and_follows_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('cues = ["agreed to", "signed"]\n[aliases]\n"UK" = "United Kingdom"\n',
                       encoding="utf-8")
    first = datacache.load_toml(lexicon)
    assert first == {"cues": ["agreed to", "signed"], "aliases": {"UK": "United Kingdom"}}
    parse = datacache._parse
    monkeypatch.setattr(datacache, "_parse", lambda _raw: pytest.fail("parsed again"))
    assert datacache.load_toml(lexicon) == first
    monkeypatch.setattr(datacache, "_parse", parse)
    lexicon.write_text('cues = ["initialled"]\n', encoding="utf-8")
    assert datacache.load_toml(lexicon) == {"cues": ["initialled"]}


def test_toml_dates_are_parsed_each_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "dated.toml"
    path.write_text("since = 2024-05-01\n", encoding="utf-8")
    assert datacache.load_toml(path) == {"since": dt.date(2024, 5, 1)}
    assert datacache.load_toml(path) == {"since": dt.date(2024, 5, 1)}


def _env(tmp_path: Path, **options: object) -> jinja2.Environment:
    (tmp_path / "t.j2").write_text("{% for x in items %}\n- {{ x | upper }}\n{% endfor %}\n",
                                   encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), **options)
    env.bytecode_cache = jinjacache.bytecode_cache(env)
    return env


def test_compiled_templates_are_reused_only_by_an_identical_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)
    plain = _env(tmp_path).get_template("t.j2").render(items=["a", "b"])
    trimmed_env = _env(tmp_path, trim_blocks=True)
    assert (jinjacache.environment_signature(trimmed_env)
            != jinjacache.environment_signature(_env(tmp_path)))
    trimmed = trimmed_env.get_template("t.j2").render(items=["a", "b"])
    assert plain != trimmed  # the second environment did not reuse the first one's code
    assert len(list((tmp_path / "cache" / "jinja2").iterdir())) == 2

    def no_compiling(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("template compiled again instead of read from the cache")

    again = _env(tmp_path, trim_blocks=True)
    monkeypatch.setattr(again, "compile", no_compiling)
    assert again.get_template("t.j2").render(items=["a", "b"]) == trimmed


def test_an_unusable_cache_folder_only_costs_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)
    regexcache.uninstall()
    expected = _behaviour(_compile_all())
    try:
        regexcache.install()
        assert _behaviour(_compile_all()) == expected
    finally:
        regexcache.uninstall()  # saving must not raise either
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('cues = ["agreed"]\n', encoding="utf-8")
    assert datacache.load_toml(lexicon) == {"cues": ["agreed"]}
    assert jinjacache.bytecode_cache(jinja2.Environment()) is None
