"""Sample briefs: byte-identical regeneration, and a --check that names what drifted."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
from pathlib import Path

import pytest
from conftest import DEV, SAMPLES, SHARED, needs_shared, run_cli

from briefgen.run.samples import BRIEF_SUFFIXES, find_samples


def copy_samples(dest: Path, names: list[str] | None = None) -> Path:
    """A samples folder without its briefs: releases and samples.toml only."""
    dest.mkdir(parents=True)
    for path in SAMPLES.iterdir():
        if path.is_file() and (names is None or path.name in names or path.suffix == ".toml"):
            shutil.copy2(path, dest / path.name)
    if names is not None:  # keep samples.toml consistent with the subset
        toml = (dest / "samples.toml").read_text(encoding="utf-8")
        blocks = re.split(r"\n(?=\[)", toml)
        kept = [b for b in blocks if not b.startswith("[") or any(f'"{n}"' in b for n in names)]
        (dest / "samples.toml").write_text("\n".join(kept), encoding="utf-8")
    return dest


def regenerate(folder: Path) -> str:
    """Regenerate through the CLI, as the checks do: a pytest process that imported the
    parser minutes ago must not be compared with a fresh one."""
    result = run_cli("samples", "--dir", str(folder))
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_samples_cover_the_required_kinds_of_release() -> None:
    samples = {s.name: s for s in find_samples(SAMPLES)}
    assert len(samples) >= 6
    for name in ("state-visit-memoranda.txt", "phone-call.txt", "talks-no-documents.txt",
                 "multi-day-visit.txt", "official-visit.html", "non-latin-names.txt"):
        assert name in samples, name
    # dates are pinned (never "today"); the HTML sample takes its own from its meta
    for sample in samples.values():
        assert sample.published is not None or sample.path.suffix == ".html", sample.name
    text = (SAMPLES / "non-latin-names.txt").read_text(encoding="utf-8")
    for needle in ("Қасым-Жомарт Тоқаев", "Михаил", "Şükrü", "Nguyễn", "Γιώργος"):
        assert needle in text
    assert "May 22-23" in (SAMPLES / "multi-day-visit.txt").read_text(encoding="utf-8")


@needs_shared
def test_sample_releases_are_not_copied_from_the_corpus() -> None:
    corpus = " ".join(
        " ".join(p.read_text(encoding="utf-8", errors="replace").split())
        for p in sorted((SHARED / "corpus").rglob("*.txt"))
    )
    assert DEV.exists()
    for sample in find_samples(SAMPLES):
        words = sample.path.read_text(encoding="utf-8").split()
        # any run of 12 words shared with the corpus would be copied text
        for i in range(0, max(len(words) - 12, 1), 3):
            chunk = " ".join(words[i:i + 12])
            assert chunk not in corpus, f"{sample.name}: {chunk!r}"


def test_regeneration_is_byte_identical_across_time_zones_and_processes(tmp_path: Path) -> None:
    one = copy_samples(tmp_path / "one")
    two = copy_samples(tmp_path / "elsewhere" / "two")
    first = run_cli("samples", "--dir", str(one), env={"TZ": "UTC"})
    assert first.returncode == 0, first.stderr.decode()
    # another folder, time zone, hash seed, cache and an ambient SOURCE_DATE_EPOCH: none
    # may leak in
    second = run_cli("samples", "--dir", str(two), cwd=tmp_path,
                     env={"TZ": "Asia/Almaty", "PYTHONHASHSEED": "12345",
                          "SOURCE_DATE_EPOCH": "1700000000", "LC_ALL": "C",
                     # a fresh machine: nothing in briefgen's start-up caches yet
                     "BRIEFGEN_CACHE_DIR": str(tmp_path / "cold-cache")})
    assert second.returncode == 0, second.stderr.decode()
    made = digests(one / "briefs")
    assert made == digests(two / "briefs")
    stems = {s.stem for s in find_samples(one)}
    assert set(made) == {f"{stem}{suffix}" for stem in stems for suffix in BRIEF_SUFFIXES}
    assert b"elsewhere" not in (two / "briefs" / "phone-call.json").read_bytes()
    assert str(tmp_path).encode() not in (one / "briefs" / "phone-call.docx").read_bytes()


def test_briefs_are_valid_documents(tmp_path: Path) -> None:
    import docx
    from pypdf import PdfReader

    folder = copy_samples(tmp_path / "s", ["non-latin-names.txt"])
    regenerate(folder)
    briefs = folder / "briefs"
    document = docx.Document(str(briefs / "non-latin-names.docx"))
    doc_text = "\n".join(p.text for p in document.paragraphs)
    doc_text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    pdf_text = "".join(page.extract_text() or "" for page in
                       PdfReader(io.BytesIO((briefs / "non-latin-names.pdf").read_bytes())).pages)
    for text in (doc_text, pdf_text):
        assert "Тоқаев" in text
    summary = (briefs / "non-latin-names.json").read_text(encoding="utf-8")
    assert '"published": "2025-05-30"' in summary
    assert '"path": "non-latin-names.txt"' in summary


def test_check_writes_nothing_and_names_the_changed_briefs(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "s", ["phone-call.txt", "talks-no-documents.txt"])
    assert "6 sample brief file(s) updated" in regenerate(folder)
    clean = run_cli("samples", "--check", "--dir", str(folder))
    assert clean.returncode == 0, clean.stdout.decode() + clean.stderr.decode()
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in (folder / "briefs").iterdir()}

    release = folder / "phone-call.txt"
    release.write_text(release.read_text(encoding="utf-8").replace(
        "in Santiago in March", "in Valparaíso in April"), encoding="utf-8")
    drift = run_cli("samples", "--check", "--dir", str(folder))
    assert drift.returncode == 1
    out = drift.stdout.decode()
    assert "phone-call.json" in out and "phone-call.pdf" in out and "phone-call.docx" in out
    assert "talks-no-documents" not in out
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in (folder / "briefs").iterdir()}
    assert after == before  # --check wrote nothing

    assert "3 sample brief file(s) updated, 3 unchanged" in regenerate(folder)
    assert run_cli("samples", "--check", "--dir", str(folder)).returncode == 0


def test_check_reports_missing_and_extra_briefs(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "s", ["talks-no-documents.txt"])
    regenerate(folder)
    (folder / "briefs" / "talks-no-documents.pdf").unlink()
    (folder / "briefs" / "old-sample.docx").write_bytes(b"left over")
    drift = run_cli("samples", "--check", "--dir", str(folder))
    assert drift.returncode == 1
    lines = drift.stdout.decode().splitlines()
    assert any("talks-no-documents.pdf" in line and "missing" in line for line in lines)
    assert any("old-sample.docx" in line and "extra" in line for line in lines)
    # regeneration restores the missing brief and removes the stale one
    log = regenerate(folder)
    assert "created:" in log and "removed:" in log
    assert sorted(p.name for p in (folder / "briefs").iterdir()) == [
        "talks-no-documents.docx", "talks-no-documents.json", "talks-no-documents.pdf"]


def test_check_in_a_fresh_folder_reports_every_brief_missing(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "s", ["phone-call.txt"])
    result = run_cli("samples", "--check", "--dir", str(folder))
    assert result.returncode == 1
    assert result.stdout.decode().count("(missing)") == 3
    assert not (folder / "briefs").exists()


@pytest.mark.parametrize(("toml", "message"), [
    ('["nosuch.txt"]\npublished = "2025-01-01"\n', "no such sample release"),
    ('["phone-call.txt"]\npublished = "2025-13-01"\n', "published"),
    ('["phone-call.txt"]\npublished = "2025-01-01"\ncolour = "red"\n', "unknown option"),
    ('["phone-call.txt"\n', "cannot read"),
    ("", "no publication date"),
])
def test_bad_samples_config_is_one_usage_error(tmp_path: Path, toml: str, message: str) -> None:
    folder = copy_samples(tmp_path / "s", ["phone-call.txt"])
    (folder / "samples.toml").write_text(toml, encoding="utf-8")
    result = run_cli("samples", "--check", "--dir", str(folder))
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err


def test_missing_samples_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("samples", "--check", "--dir", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert "no such samples folder" in result.stderr.decode()


def test_check_catches_an_edited_template(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "s", ["phone-call.txt", "talks-no-documents.txt"])
    assert run_cli("templates", "export", "memo", str(folder / "tpl")).returncode == 0
    toml = (folder / "samples.toml").read_text(encoding="utf-8")
    (folder / "samples.toml").write_text(toml.replace(
        '["phone-call.txt"]\n', '["phone-call.txt"]\ntemplate = "tpl/memo.md.j2"\n'),
        encoding="utf-8")
    regenerate(folder)
    template = folder / "tpl" / "memo.md.j2"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "## Outcomes", "## Results"), encoding="utf-8")
    drift = run_cli("samples", "--check", "--dir", str(folder), cwd=tmp_path)
    assert drift.returncode == 1
    out = drift.stdout.decode()
    assert "phone-call.docx" in out and "phone-call.pdf" in out
    assert "phone-call.json" not in out and "talks-no-documents" not in out


def test_sample_options_theme_and_header_fields(tmp_path: Path) -> None:
    import docx

    folder = copy_samples(tmp_path / "s", ["talks-no-documents.txt"])
    (folder / "house.toml").write_text('[page]\nsize = "Letter"\n', encoding="utf-8")
    (folder / "samples.toml").write_text(
        '["talks-no-documents.txt"]\npublished = 2025-06-11\ntheme = "house.toml"\n'
        'to = "Minister"\nclassification = "OFFICIAL"\n', encoding="utf-8")
    # run from elsewhere: the theme path is relative to the samples folder
    result = run_cli("samples", "--dir", str(folder), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    document = docx.Document(str(folder / "briefs" / "talks-no-documents.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Minister" in text and "11 June 2025" in text
    assert "OFFICIAL" in "\n".join(p.text for s in document.sections for p in s.header.paragraphs)
    assert round(document.sections[0].page_width.inches, 1) == 8.5  # Letter, not A4
