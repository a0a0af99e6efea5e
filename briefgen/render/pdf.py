"""PDF writer: a Memo laid out with ReportLab platypus flowables, reproducible to the byte.

- Text: every run passes ``clean_text`` and XML escaping before it becomes Paragraph
  markup, so ``<font>``, ``<img src=...>`` or ``&amp;`` in a release print literally.
- Glyphs: an embedded TrueType subset of a static family from PyPI (see briefgen.compose.fonts),
  so Cyrillic, Kazakh, Greek, Vietnamese and Turkish names show real letters and extract
  intact.
- Page furniture: the classification banner is drawn at the top (when a page starts) and
  the bottom (when the document is saved) of every page, with "Page X of Y" from a canvas
  that holds pages back until it knows how many there are.
- Reproducible: ReportLab's invariant mode plus creation/modification dates taken from
  ``memo.created``; nothing reads the clock or the time zone.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

from briefgen.compose.fonts import PdfFonts, register_pdf_fonts
from briefgen.compose.theme import Theme, load_theme
from briefgen.memo import BulletList, Heading, Inlines, Memo, Paragraph, Table, plain
from briefgen.render.text import clean_text, column_weights, memo_datetime, xml_escape
from briefgen.support.errors import OutputError, UsageError

MM = 72.0 / 25.4  # points per millimetre
_FIELD_LABEL_MM = 25.4


def render_pdf(memo: Memo, theme: Theme | None = None) -> bytes:
    """The memo as PDF bytes; the same memo and theme always give the same bytes."""
    from reportlab.platypus.doctemplate import LayoutError

    kit = _kit(theme or load_theme())
    try:
        return _build(memo, kit, split_rows=False)
    except LayoutError:
        pass
    # a single table row taller than a page cannot stay whole; let only such rows split
    try:
        return _build(memo, kit, split_rows=True)
    except LayoutError as exc:  # e.g. a theme logo taller than the page
        raise OutputError(f"the memo cannot be laid out on this page size ({exc})") from None


@dataclass(frozen=True)
class _Kit:
    """What every memo of one theme shares: fonts, paragraph styles, page geometry."""

    theme: Theme
    fonts: PdfFonts
    styles: dict[str, Any]
    page_width: float
    page_height: float


@lru_cache(maxsize=8)
def _kit(theme: Theme) -> _Kit:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    fonts = register_pdf_fonts(theme)
    text, heading = HexColor(theme.text_colour), HexColor(theme.heading_colour)
    size = theme.body_size
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=size, leading=size * 1.3,
                          textColor=text, spaceAfter=size * 0.6, bulletFontName=fonts.regular)
    styles: dict[str, Any] = {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=fonts.bold,
                                fontSize=theme.title_size, leading=theme.title_size * 1.25,
                                textColor=heading, spaceAfter=theme.title_size * 0.6),
        "letterhead": ParagraphStyle("letterhead", parent=body, fontName=fonts.bold,
                                     textColor=heading, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cell_header": ParagraphStyle("cell_header", parent=body, fontName=fonts.bold,
                                      spaceAfter=0),
        "item": ParagraphStyle("item", parent=body, spaceAfter=size * 0.2),
    }
    for level in (1, 2, 3):
        hsize = theme.heading_size(level)
        styles[f"h{level}"] = ParagraphStyle(
            f"h{level}", parent=body, fontName=fonts.bold, fontSize=hsize,
            leading=hsize * 1.25, textColor=heading, spaceBefore=hsize * (1.0 if level == 1
                                                                        else 0.7),
            spaceAfter=hsize * 0.35)
    width_mm, height_mm = theme.page_size_mm
    return _Kit(theme=theme, fonts=fonts, styles=styles, page_width=width_mm * MM,
                page_height=height_mm * MM)


# ---------------------------------------------------------------- text

def _markup(content: Inlines, force_bold: bool = False) -> str:
    """Paragraph markup whose only tags are ours: release text is escaped first."""
    out = []
    for run in content:
        text = xml_escape(clean_text(run.text)).replace("\t", " ").replace("\n", "<br/>")
        if not text:
            continue
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold or force_bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


def _plain_markup(text: str) -> str:
    return xml_escape(clean_text(text)).replace("\t", " ").replace("\n", "<br/>")


# ---------------------------------------------------------------- story

class _Story:
    def __init__(self, memo: Memo, kit: _Kit, *, split_rows: bool) -> None:
        self.memo = memo
        self.kit = kit
        self.theme = kit.theme
        self.split_rows = split_rows
        self.width = kit.theme.text_width_mm * MM

    def build(self) -> list[Any]:
        from reportlab.platypus import Paragraph as P

        styles = self.kit.styles
        story: list[Any] = self._letterhead()
        if self.memo.title:
            story.append(P(_plain_markup(self.memo.title), styles["title"]))
        story.extend(self._fields())
        for block in self.memo.blocks:
            story.extend(self._block(block))
        if not story:  # a PDF needs a page, and the page its banner
            from reportlab.platypus import Spacer

            story.append(Spacer(1, 1))
        return story

    def _letterhead(self) -> list[Any]:
        from reportlab.platypus import Paragraph as P
        from reportlab.platypus import Spacer

        out: list[Any] = []
        if self.theme.logo:
            out.append(_logo(self.theme))
            out.append(Spacer(1, 2 * MM))
        for line in self.theme.letterhead:
            out.append(P(_plain_markup(line), self.kit.styles["letterhead"]))
        if out:
            out.append(Spacer(1, 4 * MM))
        return out

    def _fields(self) -> list[Any]:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph as P
        from reportlab.platypus import Spacer, TableStyle
        from reportlab.platypus import Table as T

        if not self.memo.fields:
            return []
        cell = self.kit.styles["cell"]
        rows = []
        for label, value in self.memo.fields:
            label = clean_text(label)
            label = label if label.endswith(":") else f"{label}:"
            rows.append([P(_plain_markup(label), self.kit.styles["cell_header"]),
                         P(_plain_markup(value), cell)])
        label_w = _FIELD_LABEL_MM * MM
        table = T(rows, colWidths=[label_w, self.width - label_w], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.kit.fonts.regular),  # else Helvetica is referenced
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ("LINEBELOW", (0, -1), (-1, -1), 1, HexColor(self.theme.rule_colour)),
        ]))
        return [table, Spacer(1, 5 * MM)]

    def _block(self, block: object) -> list[Any]:
        from reportlab.platypus import Paragraph as P

        if isinstance(block, Heading):
            from reportlab.platypus import CondPageBreak

            # never strand a heading at a page foot; unlike keepWithNext this does not
            # push a long table that follows it wholesale onto the next page
            level = min(max(block.level, 1), 3)
            need = self.theme.heading_size(level) * 2.5 + self.theme.body_size * 5
            heading = P(_markup(block.content), self.kit.styles[f"h{level}"])
            heading.briefgen_outline = (clean_text(plain(block.content)).strip(),
                                        max(block.level, 1) - 1)
            return [CondPageBreak(need), heading]
        if isinstance(block, Paragraph):
            return [P(_markup(block.content), self.kit.styles["body"])]
        if isinstance(block, BulletList):
            return [self._list(block)] if block.items else []
        if isinstance(block, Table):
            return self._table(block)
        raise TypeError(f"unknown memo block: {type(block).__name__}")

    def _list(self, block: BulletList) -> Any:
        from reportlab.platypus import ListFlowable, ListItem
        from reportlab.platypus import Paragraph as P

        style = self.kit.styles["item"]
        items = [ListItem(P(_markup(item), style)) for item in block.items]
        common = {"bulletFontName": self.kit.fonts.regular,
                  "bulletFontSize": self.theme.body_size, "leftIndent": 6 * MM,
                  "spaceAfter": self.theme.body_size * 0.5}
        if block.ordered:
            return ListFlowable(items, bulletType="1", bulletFormat="%s.", **common)
        return ListFlowable(items, bulletType="bullet", start="\u2022", **common)

    def _table(self, block: Table) -> list[Any]:
        from reportlab.lib.colors import HexColor, grey
        from reportlab.platypus import Paragraph as P
        from reportlab.platypus import Spacer, TableStyle
        from reportlab.platypus import Table as T

        ncols = max([len(block.header)] + [len(r) for r in block.rows] + [1])
        capacity = self.width / (self.theme.body_size * 0.55)  # ~characters per line
        widths = [w * self.width for w in column_weights(block, ncols, capacity)]
        cell, head = self.kit.styles["cell"], self.kit.styles["cell_header"]
        data = []
        if block.header:
            data.append(_padded([P(_markup(c, force_bold=True), head) for c in block.header],
                                ncols))
        for row in block.rows:
            data.append(_padded([P(_markup(c), cell) for c in row], ncols))
        if not data:
            return []
        has_header = bool(block.header)
        table = T(data, colWidths=widths, repeatRows=1 if has_header else 0,
                  splitInRow=1 if self.split_rows else 0, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.kit.fonts.regular),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if has_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0),
                             HexColor(self.theme.table_header_colour)))
        table.setStyle(TableStyle(commands))
        return [table, Spacer(1, 4 * MM)]


def _padded(cells: list[Any], ncols: int) -> list[Any]:
    return cells + [""] * (ncols - len(cells))


def _logo(theme: Theme) -> Any:
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width_px, height_px = ImageReader(theme.logo).getSize()
    except Exception as exc:  # PIL raises many kinds for a broken image
        raise UsageError(f"{theme.logo}: cannot use this logo image ({exc})") from None
    width = theme.logo_width_mm * MM
    return Image(theme.logo, width=width, height=width * height_px / max(width_px, 1),
                 hAlign="LEFT")


# ---------------------------------------------------------------- page furniture

@dataclass(frozen=True)
class _Furniture:
    kit: _Kit
    banner: str
    pdf_date: str

    def date_formatter(self, *_ignored: int) -> str:
        return self.pdf_date

    def banner_height(self) -> float:
        return self.kit.theme.small_size + 6

    def draw_banner(self, canvas: Any, y: float) -> None:
        """A full-width coloured band with the classification, bottom edge at ``y``."""
        if not self.banner:
            return
        from reportlab.lib.colors import HexColor

        theme = self.kit.theme
        left = theme.margin_left_mm * MM
        width = self.kit.page_width - left - theme.margin_right_mm * MM
        height = self.banner_height()
        canvas.saveState()
        canvas.setFillColor(HexColor(theme.banner_colour))
        canvas.rect(left, y, width, height, stroke=0, fill=1)
        canvas.setFillColor(HexColor(theme.banner_text_colour))
        size = theme.small_size + 1
        natural = canvas.stringWidth(self.banner, self.kit.fonts.bold, size)
        if natural > width - 8:  # a long marking shrinks to fit the band instead of spilling
            size = max(4.0, size * (width - 8) / natural)
        canvas.setFont(self.kit.fonts.bold, size)
        canvas.drawCentredString(left + width / 2, y + (height - size) / 2 + 1, self.banner)
        canvas.restoreState()

    def top(self, canvas: Any, _doc: Any = None) -> None:
        margin = self.kit.theme.margin_top_mm * MM
        y = self.kit.page_height - margin / 2 - self.banner_height() / 2
        self.draw_banner(canvas, y)

    def bottom(self, canvas: Any, page: int, total: int) -> None:
        from reportlab.lib.colors import HexColor

        theme = self.kit.theme
        banner_y = 6 * MM
        canvas.saveState()
        canvas.setFillColor(HexColor(theme.text_colour))
        canvas.setFont(self.kit.fonts.regular, theme.small_size)
        canvas.drawCentredString(self.kit.page_width / 2,
                                 banner_y + self.banner_height() + 2.5 * MM,
                                 f"Page {page} of {total}")
        canvas.restoreState()
        self.draw_banner(canvas, banner_y)


@lru_cache(maxsize=1)
def _memo_canvas() -> type:
    """A Canvas that holds pages back until save(), so each can say "Page X of Y".

    Outline entries (PDF bookmarks for the headings) are held with their page too: a
    bookmark names the page being written, which only exists once the page is emitted.
    """
    from reportlab.pdfgen.canvas import Canvas

    class MemoCanvas(Canvas):
        def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._furniture = furniture
            self._held: list[dict[str, Any]] = []
            self._marks: list[tuple[str, int]] = []
            self._outline_level = -1
            self.setDateFormatter(furniture.date_formatter)

        def mark_heading(self, title: str, level: int) -> None:
            # outline levels may only deepen one step at a time
            level = max(0, min(level, self._outline_level + 1))
            self._outline_level = level
            self._marks.append((title, level))

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            count = 0
            for state in self._held:
                self.__dict__.update(state)
                for title, level in self._marks:
                    count += 1
                    key = f"h{count}"
                    self.bookmarkPage(key)
                    self.addOutlineEntry(title, key, level=level)
                self._furniture.bottom(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return MemoCanvas


@lru_cache(maxsize=1)
def _doc_template() -> type:
    """BaseDocTemplate that reports headings to the canvas once they are placed on a page."""
    from reportlab.platypus import BaseDocTemplate

    class MemoDocTemplate(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab's name
            outline = getattr(flowable, "briefgen_outline", None)
            if outline is not None:
                self.canv.mark_heading(*outline)

    return MemoDocTemplate


# ---------------------------------------------------------------- build

def _build(memo: Memo, kit: _Kit, *, split_rows: bool) -> bytes:
    from reportlab.platypus import Frame, PageTemplate

    theme = kit.theme
    stamp = memo_datetime(memo.created).strftime("D:%Y%m%d%H%M%S+00'00'")
    furniture = _Furniture(kit=kit, banner=clean_text(memo.classification).strip(),
                           pdf_date=stamp)
    left, right = theme.margin_left_mm * MM, theme.margin_right_mm * MM
    top, bottom = theme.margin_top_mm * MM, theme.margin_bottom_mm * MM
    frame = Frame(left, bottom, kit.page_width - left - right,
                  kit.page_height - top - bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    buf = io.BytesIO()
    doc = _doc_template()(
        buf, pagesize=(kit.page_width, kit.page_height), leftMargin=left, rightMargin=right,
        topMargin=top, bottomMargin=bottom, invariant=1,
        # start pages in our font, or ReportLab references (unembedded) Helvetica
        initialFontName=kit.fonts.regular, initialFontSize=theme.body_size,
        title=clean_text(memo.title), author=clean_text(memo.author),
        subject=clean_text(memo.subject),
        keywords=[clean_text(k) for k in memo.keywords], creator="briefgen",
        pageTemplates=[PageTemplate(id="memo", frames=[frame], onPage=furniture.top)],
    )
    story = _Story(memo, kit, split_rows=split_rows).build()
    doc.build(story, canvasmaker=partial(_memo_canvas(), furniture=furniture))
    return _content_id(buf.getvalue())


_TRAILER_ID = re.compile(rb"/ID \n\[<([0-9a-fA-F]{32})><\1>\]")


def _content_id(pdf: bytes) -> bytes:
    """Invariant mode gives every PDF the same /ID; make it a digest of the content instead
    (same length, so no offset moves): still reproducible, but unique per document."""
    tail_start = max(0, len(pdf) - 2048)
    matches = list(_TRAILER_ID.finditer(pdf, tail_start))
    if not matches:
        return pdf
    match = matches[-1]
    digest = hashlib.md5(pdf[:match.start()], usedforsecurity=False).hexdigest().encode()
    return pdf[:match.start(1)] + digest + b"><" + digest + pdf[match.end(1) + 34:]
