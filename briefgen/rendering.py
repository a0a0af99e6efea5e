"""Summary -> the bytes of each requested output, with everything reusable prepared once.

Batch workers build one ``Renderer`` at start-up (template compiled, fonts and theme
loaded, writer modules imported) and call ``render`` for every release, so per-memo
cost is only the work that depends on the memo.
"""

from __future__ import annotations

from typing import Any

MEMO_FORMATS = ("docx", "pdf", "md")


class Renderer:
    def __init__(
        self,
        formats: tuple[str, ...] | list[str],
        *,
        template: str | None = None,
        template_text: str | None = None,
        fields: dict[str, str] | None = None,
    ) -> None:
        self.formats = tuple(formats)
        self.template = template
        self.template_text = template_text
        self.fields = dict(fields or {})
        self._compose: Any = None
        if any(f in MEMO_FORMATS for f in self.formats):
            self._prepare_memo()

    def _prepare_memo(self) -> None:
        from briefgen.compose import compose

        self._compose = compose

    def render(self, summary: Any) -> list[tuple[str, bytes]]:
        outputs: list[tuple[str, bytes]] = []
        memo = None
        for fmt in self.formats:
            if fmt in ("json", "yaml"):
                from briefgen.summary_io import dump_summary

                outputs.append((fmt, dump_summary(summary, fmt).encode("utf-8")))
                continue
            if memo is None:
                memo = self._compose(summary, self.template, self.fields)
            outputs.append((fmt, self._write(memo, fmt)))
        return outputs

    def _write(self, memo: Any, fmt: str) -> bytes:
        if fmt == "docx":
            from briefgen.writers.docx_writer import render_docx

            return render_docx(memo, None, None)
        if fmt == "pdf":
            from briefgen.writers.pdf_writer import render_pdf

            return render_pdf(memo, None)
        from briefgen.writers.md_writer import render_markdown  # type: ignore[import-not-found]

        return render_markdown(memo).encode("utf-8")
