"""The memo document model: what templates produce and what writers lay out.

Like pandoc's AST, it is small on purpose: a header block, then headings, paragraphs,
bullet lists and tables made of inline runs. A writer that handles these handles every
template, which is what keeps the DOCX and the PDF of one memo in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    """A stretch of inline text; text is always literal, never markup."""

    text: str
    bold: bool = False
    italic: bool = False


Inlines = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    content: Inlines


@dataclass(frozen=True)
class Paragraph:
    content: Inlines


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inlines, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]


Block = Heading | Paragraph | BulletList | Table


@dataclass(frozen=True)
class Memo:
    """A composed memo. ``fields`` holds the header block (TO, FROM, DATE, SUBJECT, ...)."""

    title: str
    blocks: tuple[Block, ...]
    fields: tuple[tuple[str, str], ...] = ()
    classification: str = ""
    # fixed metadata so output bytes depend only on content (reproducible builds)
    created: str = "2000-01-01T00:00:00Z"
    author: str = "briefgen"
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)


def plain(content: Inlines) -> str:
    return "".join(run.text for run in content)
