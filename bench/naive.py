"""The naive baseline the benchmarks compare against, written the way tutorials show it.

DOCX: ``Document()`` per memo (the default template is re-read each time), content added
with style *names* (``doc.add_paragraph(text, style="List Bullet")``), so python-docx
resolves every name through the styles part again. PDF: ReportLab platypus with
``getSampleStyleSheet()`` per memo and its default fonts. One memo at a time: each
release is read, parsed, composed (the same briefgen code as the real pipeline), written
with these two writers and saved with plain ``write_bytes``.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from briefgen.memo import BulletList, Heading, Inlines, Memo, Paragraph, Table, plain


def _docx_runs(paragraph, content: Inlines) -> None:
    for run in content:
        r = paragraph.add_run(run.text)
        r.bold = run.bold or None
        r.italic = run.italic or None


def naive_docx(memo: Memo) -> bytes:
    from docx import Document

    doc = Document()
    if memo.classification:
        doc.add_paragraph(memo.classification, style="Intense Quote")
    doc.add_heading(memo.title, 0)
    for label, value in memo.fields:
        p = doc.add_paragraph(style="Normal")
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    for block in memo.blocks:
        if isinstance(block, Heading):
            doc.add_heading(plain(block.content), min(block.level, 9))
        elif isinstance(block, Paragraph):
            _docx_runs(doc.add_paragraph(style="Normal"), block.content)
        elif isinstance(block, BulletList):
            style = "List Number" if block.ordered else "List Bullet"
            for item in block.items:
                _docx_runs(doc.add_paragraph(style=style), item)
        elif isinstance(block, Table):
            table = doc.add_table(rows=1, cols=len(block.header), style="Table Grid")
            for cell, content in zip(table.rows[0].cells, block.header, strict=False):
                cell.text = plain(content)
            for row in block.rows:
                cells = table.add_row().cells
                for cell, content in zip(cells, row, strict=False):
                    cell.text = plain(content)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _pdf_markup(content: Inlines) -> str:
    out = []
    for run in content:
        text = escape(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def naive_pdf(memo: Memo) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as T

    styles = getSampleStyleSheet()
    story: list = []
    if memo.classification:
        story.append(P(escape(memo.classification), styles["Heading4"]))
    story.append(P(escape(memo.title), styles["Title"]))
    for label, value in memo.fields:
        story.append(P(f"<b>{escape(label)}:</b> {escape(value)}", styles["Normal"]))
    story.append(Spacer(1, 12))
    for block in memo.blocks:
        if isinstance(block, Heading):
            story.append(P(_pdf_markup(block.content),
                           styles[f"Heading{min(block.level + 1, 6)}"]))
        elif isinstance(block, Paragraph):
            story.append(P(_pdf_markup(block.content), styles["Normal"]))
        elif isinstance(block, BulletList):
            for n, item in enumerate(block.items, 1):
                story.append(P(_pdf_markup(item), styles["Normal"],
                               bulletText=f"{n}." if block.ordered else "\u2022"))
        elif isinstance(block, Table):
            rows = [[P(_pdf_markup(c), styles["Normal"]) for c in block.header]]
            rows += [[P(_pdf_markup(c), styles["Normal"]) for c in row] for row in block.rows]
            table = T(rows, repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
            story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title=memo.title).build(story)
    return buf.getvalue()


def naive_one(args: tuple[str, str]) -> bool:
    """One release to DOCX and PDF the naive way; False when the input is unusable."""
    from briefgen.compose import compose
    from briefgen.ingest import load_release
    from briefgen.parse import parse_release
    from briefgen.support.errors import BriefgenError

    path, outdir = args
    try:
        memo = compose(parse_release(load_release(path)))
    except BriefgenError:
        return False
    stem = Path(outdir) / Path(path).with_suffix("").name
    Path(f"{stem}-{abs(hash(path)) % 10**8}.docx").write_bytes(naive_docx(memo))
    Path(f"{stem}-{abs(hash(path)) % 10**8}.pdf").write_bytes(naive_pdf(memo))
    return True


def naive_batch(paths: list[str], outdir: Path, jobs: int) -> int:
    """The naive pair over many releases on ``jobs`` processes, one memo per task."""
    import multiprocessing as mp

    outdir.mkdir(parents=True, exist_ok=True)
    args = [(p, str(outdir)) for p in paths]
    if jobs == 1:
        return sum(naive_one(a) for a in args)
    with mp.get_context("fork").Pool(jobs) as pool:
        return sum(pool.imap_unordered(naive_one, args, chunksize=1))


if __name__ == "__main__":
    import json
    import sys

    listing, out, jobs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    print(naive_batch(json.loads(Path(listing).read_text(encoding="utf-8")), out, jobs))
