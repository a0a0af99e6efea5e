"""Orchestration: one summary in, one file per requested format out.

The memo is composed once and every output is produced in memory first; only when all of
them exist are files written (each atomically). A broken template, a bad theme or a
writer failure therefore leaves no file behind, and a failed write removes the files this
call had just created.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from briefgen.errors import OutputError, UsageError
from briefgen.fsutil import safe_stem, write_bytes_atomic
from briefgen.model import VisitSummary

FORMATS = ("docx", "pdf", "md", "json", "yaml")
MEMO_FORMATS = ("docx", "pdf", "md")


def render_summary(
    summary: VisitSummary,
    outdir: Path,
    formats: list[str],
    *,
    template: str | Path | None = None,
    fields: dict[str, Any] | None = None,
    stem: str = "memo",
    force: bool = False,
    reference_docx: Path | None = None,
) -> list[Path]:
    """Write ``<stem>.<format>`` into ``outdir`` for each format; return the paths written."""
    formats = _check_formats(formats)
    fields = dict(fields or {})
    outdir = Path(outdir)
    targets = {fmt: outdir / f"{safe_stem(stem)}.{fmt}" for fmt in formats}
    _check_targets(outdir, targets, force)
    outputs = render_bytes(summary, formats, template=template, fields=fields,
                           reference_docx=reference_docx)
    return _write_all([(targets[fmt], outputs[fmt]) for fmt in formats], force)


def render_bytes(
    summary: VisitSummary,
    formats: list[str],
    *,
    template: str | Path | None = None,
    fields: dict[str, Any] | None = None,
    reference_docx: Path | None = None,
) -> dict[str, bytes]:
    """Every requested output in memory: format -> bytes (no file is touched)."""
    fields = dict(fields or {})
    out: dict[str, bytes] = {}
    composed = None
    theme = _theme(fields) if any(f in ("docx", "pdf") for f in formats) else None
    if any(f in MEMO_FORMATS for f in formats):
        composed = _compose_to_fit(summary, template, fields, theme, out,
                                   layout="docx" in formats or "pdf" in formats)
    memo = composed.memo if composed else None
    markdown = composed.markdown if composed else None
    reference = reference_docx or fields.get("reference_docx")
    for fmt in formats:
        if fmt == "docx":
            from briefgen.writers.docx_writer import render_docx

            out[fmt] = render_docx(memo, theme, _reference(reference))
        elif fmt == "pdf":
            if fmt not in out:  # already made while fitting the memo to its page limit
                from briefgen.writers.pdf_writer import render_pdf

                out[fmt] = render_pdf(memo, theme)
        elif fmt == "md":
            from briefgen.compose import yaml_front_matter

            out[fmt] = yaml_front_matter(markdown or "").encode("utf-8")
        else:
            from briefgen.summary_io import dump_summary

            out[fmt] = dump_summary(summary, fmt).encode("utf-8")
    return {fmt: out[fmt] for fmt in formats}


MAX_FIT = 6
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def _compose_to_fit(
    summary: VisitSummary, template: str | Path | None, fields: dict[str, Any], theme: Any,
    out: dict[str, bytes], *, layout: bool,
) -> Any:
    """Compose; for a template with ``max_pages``, shorten it until the PDF fits.

    The PDF is the yardstick for the DOCX too (same theme, same fonts and margins); the
    last PDF made is kept in ``out`` so it is not rendered twice.
    """
    from briefgen.compose import compose_document

    composed = compose_document(summary, template, fields)
    if not layout or not composed.max_pages:
        return composed
    from briefgen.writers.pdf_writer import render_pdf

    fit = 0
    while True:
        pdf = render_pdf(composed.memo, theme)
        if len(_PAGE.findall(pdf)) <= composed.max_pages or fit >= MAX_FIT:
            out["pdf"] = pdf
            return composed
        fit += 1
        composed = compose_document(summary, template, fields, fit)


def _check_formats(formats: list[str]) -> list[str]:
    wanted = list(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        raise UsageError(f"unknown format {', '.join(bad) or 'none given'}; "
                         f"choose from {', '.join(FORMATS)}")
    return wanted


def _check_targets(outdir: Path, targets: dict[str, Path], force: bool) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: is not a folder")
    for path in targets.values():
        if path.is_dir():
            raise OutputError(f"{path}: is a directory")
        if path.exists() and not force:
            raise OutputError(f"{path}: already exists; pass --force to overwrite")


def _theme(fields: dict[str, Any]) -> Any:
    from briefgen.theme import load_theme

    theme = fields.get("theme")
    return load_theme(Path(theme) if theme else None)


def _reference(path: Any) -> Path | None:
    if not path:
        return None
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"--reference-docx: {path}: no such file")
    return path


def _write_all(items: list[tuple[Path, bytes]], force: bool) -> list[Path]:
    written: list[Path] = []
    created: list[Path] = []
    try:
        for path, data in items:
            existed = path.exists()
            write_bytes_atomic(path, data, force=force)
            written.append(path)
            if not existed:
                created.append(path)
    except BaseException:
        for path in created:  # all or nothing for the files this call brought into being
            path.unlink(missing_ok=True)
        raise
    return written
