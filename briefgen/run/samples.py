"""Sample briefs that CI regenerates and checks, the way ``black --check`` guards formatting.

``samples/`` holds release texts; ``samples/briefs/`` holds the summary (JSON) and the DOCX
and PDF memos made from each. A template, parser or writer change that alters a memo then
shows up as a diff in review, and ``--check`` fails CI when someone forgot to regenerate.

That only works if a brief depends on nothing but its inputs, so everything that could
leak in from the machine is pinned here: the publication date comes from
``samples.toml`` (or the HTML page's own meta), never from today; the source path is the
file name relative to the samples folder, not where the clone lives; the writers' clock
(SOURCE_DATE_EPOCH) is set from the publication date; the memo's header fields are given
explicitly so no user or project config is read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from briefgen.support.errors import UsageError
from briefgen.support.fsutil import write_bytes_atomic

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAME = "samples.toml"
BRIEFS_DIR = "briefs"
RELEASE_SUFFIXES = (".txt", ".md", ".html", ".htm")
BRIEF_SUFFIXES = (".json", ".docx", ".pdf")
MEMO_FORMATS = ("docx", "pdf")
# Files beside the releases that describe the folder rather than being a release.
_NOT_RELEASES = {"readme", "index", "license"}
# memo header lines a sample may fix (the date line is always the publication date)
_HEADER_FIELDS = ("to", "from", "subject", "classification")


@dataclasses.dataclass(frozen=True)
class Sample:
    """One sample release and the options its briefs are made with."""

    path: Path
    published: dt.date | None
    template: str | None = None
    theme: str | None = None
    fields: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def stem(self) -> str:
        return self.path.stem


def find_samples(directory: Path) -> list[Sample]:
    """Every release in the folder, with its options from samples.toml (sorted by name)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise UsageError(f"{directory}: no such samples folder")
    config = _read_config(directory / CONFIG_NAME)
    releases = sorted(
        p for p in directory.iterdir()
        if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES
        and p.stem.lower() not in _NOT_RELEASES
    )
    unknown = sorted(set(config) - {p.name for p in releases})
    if unknown:
        raise UsageError(f"{directory / CONFIG_NAME}: no such sample release: {unknown[0]}")
    samples: list[Sample] = []
    seen: dict[str, str] = {}
    for path in releases:
        if path.stem in seen:
            raise UsageError(f"{directory}: {seen[path.stem]} and {path.name} would make the "
                             "same briefs; rename one")
        seen[path.stem] = path.name
        samples.append(_sample_from_config(path, config.get(path.name, {})))
    if not samples:
        raise UsageError(f"{directory}: no sample releases (*.txt, *.md, *.html)")
    return samples


def _read_config(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read ({exc})") from None
    bad = [k for k, v in data.items() if not isinstance(v, dict)]
    if bad:
        raise UsageError(f"{path}: {bad[0]!r} must be a table such as [\"{bad[0]}\"]")
    return data


def _sample_from_config(path: Path, options: dict[str, Any]) -> Sample:
    extra = sorted(set(options) - {"published", "template", "theme", *_HEADER_FIELDS})
    if extra:
        raise UsageError(f"{CONFIG_NAME}: [{path.name!r}]: unknown option {extra[0]!r}")
    published = options.get("published")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise UsageError(f"{CONFIG_NAME}: [{path.name!r}]: published: expected "
                             f"YYYY-MM-DD, got {published!r}") from None
    elif published is not None and not isinstance(published, dt.date):
        raise UsageError(f"{CONFIG_NAME}: [{path.name!r}]: published must be a date")
    strings = {k: v for k, v in options.items() if k != "published"}
    bad = sorted(k for k, v in strings.items() if not isinstance(v, str))
    if bad:
        raise UsageError(f"{CONFIG_NAME}: [{path.name!r}]: {bad[0]} must be a string")
    fields = tuple((k, strings[k]) for k in _HEADER_FIELDS if k in strings)
    return Sample(path=path, published=published, template=strings.get("template"),
                  theme=strings.get("theme"), fields=fields)


def build_briefs(sample: Sample) -> dict[str, bytes]:
    """The brief files one sample release should have: file name -> exact bytes."""
    from briefgen.ingest import load_release

    release = load_release(sample.path, sample.published)
    if release.published is None:
        raise UsageError(f"{sample.path}: no publication date; add [\"{sample.name}\"] "
                         f"published = \"YYYY-MM-DD\" to {CONFIG_NAME}")
    from briefgen.parse import parse_release
    from briefgen.render import render_bytes
    from briefgen.review.summary_io import dump_summary

    # the clone's location must not reach the brief: cite the release by its own name
    release = dataclasses.replace(release, path=sample.name)
    summary = parse_release(release)
    summary.source.path = sample.name
    briefs = {f"{sample.stem}.json": dump_summary(summary, "json").encode("utf-8")}
    fields: dict[str, str] = {**dict(sample.fields), "date": release.published.isoformat()}
    if sample.theme is not None:
        fields["theme"] = str(_beside(sample, sample.theme))
    with _pinned_clock(release.published):
        memos = render_bytes(summary, list(MEMO_FORMATS), template=_template(sample),
                             fields=fields, reference_docx=None)
    for fmt in MEMO_FORMATS:
        briefs[f"{sample.stem}.{fmt}"] = memos[fmt]
    return briefs


def _template(sample: Sample) -> str | None:
    """A template path in samples.toml is relative to the samples folder, not the cwd."""
    if sample.template is None:
        return None
    beside = _beside(sample, sample.template)
    return str(beside) if beside.is_file() else sample.template


def _beside(sample: Sample, relative: str) -> Path:
    return sample.path.parent / relative


@contextlib.contextmanager
def _pinned_clock(day: dt.date) -> Iterator[None]:
    """Give the writers the publication date as 'now', whatever the caller's env says."""
    epoch = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())
    saved = {k: os.environ.get(k) for k in ("SOURCE_DATE_EPOCH",)}
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def expected_briefs(directory: Path) -> dict[str, bytes]:
    """All brief files the samples folder should hold, across every sample."""
    briefs: dict[str, bytes] = {}
    for sample in find_samples(directory):
        briefs.update(build_briefs(sample))
    return briefs


def compare(expected: dict[str, bytes], briefs_dir: Path) -> list[tuple[str, str]]:
    """(status, file name) for every brief that differs: missing, changed or extra."""
    present = {
        p.name: p for p in briefs_dir.iterdir()
        if p.is_file() and p.suffix.lower() in BRIEF_SUFFIXES
    } if briefs_dir.is_dir() else {}
    changes: list[tuple[str, str]] = []
    for name in sorted(set(expected) | set(present)):
        if name not in present:
            changes.append(("missing", name))
        elif name not in expected:
            changes.append(("extra", name))
        elif present[name].read_bytes() != expected[name]:
            changes.append(("changed", name))
    return changes


def run_samples(directory: Path, check: bool = False, out: TextIO | None = None) -> int:
    """Regenerate ``directory/briefs`` (or, with ``check``, only report drift): exit code."""
    out = out or sys.stdout
    directory = Path(directory)
    briefs_dir = directory / BRIEFS_DIR
    expected = expected_briefs(directory)
    changes = compare(expected, briefs_dir)
    if check:
        for status, name in changes:
            print(f"would change: {briefs_dir / name} ({status})", file=out)
        if changes:
            print(f"{len(changes)} sample brief file(s) out of date; run 'briefgen samples "
                  f"--dir {directory}' and commit the result", file=out)
            return 1
        print(f"{len(expected)} sample brief files up to date", file=out)
        return 0
    for status, name in changes:
        target = briefs_dir / name
        if status == "extra":
            target.unlink()
        else:
            write_bytes_atomic(target, expected[name], force=True)
        print(f"{_VERB[status]}: {target}", file=out)
    written = sum(1 for status, _ in changes if status != "extra")
    print(f"{len(changes)} sample brief file(s) updated, {len(expected) - written} unchanged",
          file=out)
    return 0


_VERB = {"missing": "created", "changed": "updated", "extra": "removed"}
