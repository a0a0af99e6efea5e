"""Summary -> the bytes of each requested output, with everything reusable prepared once.

Batch workers build one ``Renderer`` at start-up and ``warm_up`` it: one small release
goes through parse, compose and every writer, so lexicons, the compiled template, the
theme, fonts and the writers' base documents are loaded before the first real input,
and per-memo cost is only the work that depends on the memo.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

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
        from briefgen.render import render_bytes

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
