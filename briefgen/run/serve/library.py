"""The review page's only door into the pipeline.

Every call the server makes into briefgen goes through these few functions, and each is
one the CLI's ``parse``, ``memo`` or ``render`` command also relies on, so the page cannot
drift from the command line: a summary parsed here is the summary ``briefgen parse``
prints, and a file downloaded here has the bytes ``briefgen render`` writes for the same
summary. Keeping them in one module also means a move of the library's modules touches
one file of the server.

Nothing here opens a path: releases arrive as bytes with a display name, templates are
chosen by built-in name, and memo fields are text (the theme and reference .docx come
only from the config file the person who started the server chose).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from briefgen.ingest import DEFAULT_MAX_BYTES, check_size, release_from_bytes
from briefgen.model import VISIT_TYPES, VisitSummary
from briefgen.support.errors import UsageError

__all__ = ["DEFAULT_MAX_BYTES", "VISIT_TYPES", "Upload", "check_summary", "memo_fields",
           "parse_uploads", "published_date", "render_file", "template_names"]

DOWNLOAD_FORMATS = ("docx", "pdf", "yaml")
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "yaml": "application/yaml; charset=utf-8",
}
FIELD_KEYS = ("to", "from", "subject", "classification", "date")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]+")

Upload = tuple[str, bytes]


def display_name(filename: str | None, index: int) -> str:
    """The browser's file name reduced to a label: last component, no controls, short.

    It names the release in messages and in ``source.path`` exactly as a file name does
    for the CLI; it is never opened.
    """
    name = _UNSAFE_NAME.sub(" ", (filename or "").replace("\\", "/").rsplit("/", 1)[-1])
    name = " ".join(name.split())[:120]
    return name if name not in ("", ".", "..") else f"release-{index + 1}.txt"


def published_date(value: str | None) -> dt.date | None:
    """The page's publication date field, read as the CLI reads ``--published`` (a blank
    field is no date)."""
    from briefgen.run.options import parse_date

    return parse_date((value or "").strip() or None, "--published")


def parse_uploads(uploads: list[Upload], published: dt.date | None, *, merge: bool,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Releases (name, bytes) -> the summary JSON plus each release's numbered sentences.

    The same steps as ``briefgen parse [--merge]`` (ingest, parse, merge), from bytes: the
    sentence list is the parser's own segmentation, so "S4" on the page is the sentence
    the memo cites as "Ref. S4".
    """
    from briefgen.parse.segment import segment
    from briefgen.summarize import require_merge, summarize_releases

    if not uploads:
        raise UsageError("no release given: drop or paste a press release")
    require_merge(len(uploads), merge)
    releases = []
    for name, data in uploads:
        check_size(name, data, max_bytes)
        releases.append(release_from_bytes(data, name, published))
    summary = summarize_releases(releases)
    numbered = []
    for (name, _), release in zip(uploads, releases, strict=True):
        doc = segment(release.text, release.title)
        numbered.append({"name": name, "title": release.title,
                         "text": release.text,
                         "sentences": [[s.start, s.end, s.paragraph] for s in doc.sentences]})
    return {"summary": summary.model_dump(mode="json"), "releases": numbered}


def load_summary_json(data: Any) -> VisitSummary:
    """A summary sent as JSON, checked by the YAML review's loader so every mistake reads
    as it does for ``briefgen render`` (``summary:LINE: field: reason``)."""
    from briefgen.review.summary_io import loads_summary

    text = json.dumps(data, indent=2, ensure_ascii=False)
    return loads_summary(text, "summary", "json")


def check_summary(data: Any) -> list[dict[str, Any]]:
    """Every problem of an edited summary, each with its field path and the YAML review's
    wording for it, so the page can show the message beside the field."""
    from pydantic import ValidationError

    from briefgen.review.summary_io import _place, _reason  # the review's wording, not a copy

    if not isinstance(data, dict):
        return [{"loc": [], "message": "expected a mapping of summary fields"}]
    try:
        VisitSummary.model_validate(data)
    except ValidationError as exc:
        out = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            out.append({"loc": list(loc), "where": _place(loc).rstrip(": "),
                        "message": _reason(error, loc)})
        return out
    return []


def template_names() -> dict[str, str]:
    """Built-in template name -> description: the only templates a browser may choose."""
    from briefgen.compose.templates import builtin_templates

    return builtin_templates()


def checked_template(name: str | None) -> str | None:
    """A built-in template name, refused with the CLI's wording otherwise (no path lookup:
    the browser must not make the server open a file)."""
    if name in (None, ""):
        return None
    names = template_names()
    if name not in names:
        raise UsageError(f"--template: unknown template {name!r}; built-in: {', '.join(names)}")
    return name


def memo_fields(config: Path | None, given: dict[str, Any]) -> dict[str, Any]:
    """Memo header fields as ``briefgen render`` gets them: the config file (chosen when
    the server started, or ./briefgen.toml) overlaid by the text fields from the page."""
    from briefgen.support.config import load_memo_fields

    text = {k: str(v) for k, v in (given or {}).items()
            if k in FIELD_KEYS and v is not None and str(v).strip()}
    return load_memo_fields(config, text)


def render_file(summary: VisitSummary, fmt: str, *, template: str | None,
                fields: dict[str, Any]) -> bytes:
    """One download, made by the render code ``briefgen render`` runs."""
    from briefgen.render import render_bytes

    if fmt not in DOWNLOAD_FORMATS:
        raise UsageError(f"--format: unknown format {fmt!r}; choose from "
                         f"{', '.join(DOWNLOAD_FORMATS)}")
    return render_bytes(summary, [fmt], template=template, fields=fields)[fmt]


def download_stem(summary: VisitSummary) -> str:
    """The name ``briefgen memo`` gives the files: the release's file name without suffix."""
    from briefgen.support.fsutil import safe_stem

    path = summary.source.path
    return safe_stem(Path(path).stem) if path else "memo"
