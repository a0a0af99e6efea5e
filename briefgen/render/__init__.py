"""Render: a summary's memo -> the bytes of each requested format (no file is touched).

``render_bytes`` composes the memo once (see ``briefgen.compose``) and hands it to the
renderer of each format: ``docx`` and ``pdf`` in this package, Markdown from the composed
text, JSON and YAML from the summary itself. ``Renderer`` keeps everything reusable
prepared, for batch workers. Writing the bytes into files is ``briefgen.write``.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from briefgen.model import VisitSummary
from briefgen.support.errors import UsageError

FORMATS = ("docx", "pdf", "md", "json", "yaml")
MEMO_FORMATS = ("docx", "pdf", "md")


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
            from briefgen.render.docx import render_docx

            out[fmt] = render_docx(memo, theme, _reference(reference))
        elif fmt == "pdf":
            if fmt not in out:  # already made while fitting the memo to its page limit
                from briefgen.render.pdf import render_pdf

                out[fmt] = render_pdf(memo, theme)
        elif fmt == "md":
            from briefgen.compose import yaml_front_matter

            out[fmt] = yaml_front_matter(markdown or "").encode("utf-8")
        else:
            from briefgen.review.summary_io import dump_summary

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
    from briefgen.render.pdf import render_pdf

    fit = 0
    while True:
        pdf = render_pdf(composed.memo, theme)
        if len(_PAGE.findall(pdf)) <= composed.max_pages or fit >= MAX_FIT:
            out["pdf"] = pdf
            return composed
        fit += 1
        composed = compose_document(summary, template, fields, fit)


def check_formats(formats: list[str]) -> list[str]:
    wanted = list(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        raise UsageError(f"unknown format {', '.join(bad) or 'none given'}; "
                         f"choose from {', '.join(FORMATS)}")
    return wanted


def _theme(fields: dict[str, Any]) -> Any:
    from briefgen.compose.theme import load_theme

    theme = fields.get("theme")
    return load_theme(Path(theme) if theme else None)


def _reference(path: Any) -> Path | None:
    if not path:
        return None
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"--reference-docx: {path}: no such file")
    return path


# written for briefgen: enough for the parser and every template section to run once
WARM_UP_TEXT = (
    "Ministers of Norway and Chile meet in Oslo\n\n"
    "OSLO – The Minister of Foreign Affairs of Norway held talks with the Minister of "
    "Foreign Affairs of Chile in Oslo on 3 March during an official visit.\n\n"
    "The sides discussed trade, renewable energy and higher education. Following the talks, "
    "they signed a memorandum of understanding on cooperation in renewable energy.\n\n"
    "The ministers agreed to hold the next round of consultations in Santiago next year.\n"
)


class Renderer:
    """Summary -> the bytes of each requested output, with everything reusable prepared once.

    Batch workers build one ``Renderer`` at start-up and ``warm_up`` it: one small release
    goes through parse, compose and every renderer, so lexicons, the compiled template, the
    theme, fonts and the writers' base documents are loaded before the first real input,
    and per-memo cost is only the work that depends on the memo.
    """

    def __init__(
        self,
        formats: tuple[str, ...] | list[str],
        *,
        template: str | None = None,
        template_text: str | None = None,
        fields: dict[str, Any] | None = None,
    ) -> None:
        self.formats = list(formats)
        self.fields = dict(fields or {})
        self.template = _local_template(template, template_text)

    def warm_up(self) -> None:
        """Run one release end to end; a broken template or theme raises here, once."""
        from briefgen.ingest import release_from_bytes
        from briefgen.parse import parse_release

        summary = parse_release(release_from_bytes(WARM_UP_TEXT.encode(), "warm-up.txt"))
        self.render(summary)

    def render(self, summary: Any) -> list[tuple[str, bytes]]:
        out = render_bytes(summary, self.formats, template=self.template, fields=self.fields)
        return [(fmt, out[fmt]) for fmt in self.formats]


def _local_template(template: str | None, text: str | None) -> str | None:
    """A template file the parent read travels as text; recreate it where it is missing.

    On a local pool the file is there; on a remote Dask worker it is written once into a
    private temp folder under its own name (partials beside it must be built-in ones).
    """
    if not template or text is None or Path(template).is_file():
        return template
    folder = Path(tempfile.mkdtemp(prefix="briefgen-template-"))
    path = folder / Path(template).name
    path.write_text(text, encoding="utf-8")
    return str(path)
