"""Writer speed: ms per DOCX and per PDF for a typical memo, against a naive baseline.

The naive baseline is bench/naive.py's, the same one bench/run.py measures: python-docx
looking every style up by name on a fresh Document() per memo, and ReportLab with its
defaults (SimpleDocTemplate, sample stylesheet, built-in Helvetica, no page furniture).
Ours does more work per page (embedded TrueType subsets, banners, page X of Y,
reproducible zip) and still has to be faster.

    .venv/bin/python bench/writers_bench.py [--n 60] [--json]

``measure()`` returns the figures as a dict for bench/run.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from naive import naive_docx, naive_pdf

from briefgen.compose.theme import load_theme
from briefgen.memo import BulletList, Heading, Memo, Paragraph, Run, Table


def typical_memo(i: int = 0) -> Memo:
    """About the size of a default briefing memo: 8 sections, 2 tables, 2 lists (2 pages)."""

    def r(text: str, **kw: bool) -> tuple[Run, ...]:
        return (Run(text, **kw),)

    agreements = tuple((r(f"Memorandum {i}-{k} on cooperation in the field of item {k}"),
                        r("Ministry of Economy and Trade"), r("Signed"))
                       for k in range(1, 7))
    follow = tuple((r(f"Follow-up action {k} agreed at the talks"), r("Department of Asia"),
                    r("Q3 2024")) for k in range(1, 5))
    return Memo(
        title=f"Briefing memo: state visit {i}",
        blocks=(
            Heading(1, r("Bottom line up front")),
            Paragraph((Run("The President received his counterpart for talks on trade, "),
                       Run("transit", italic=True),
                       Run(" and energy; six documents were signed and a joint working "
                           "group will report within three months."))),
            Heading(1, r("Visit at a glance")),
            Table((r("Item"), r("Detail")),
                  ((r("Type"), r("State visit")), (r("Date"), r("23-24 May 2024")),
                   (r("Place"), r("Astana, Kazakhstan")),
                   (r("Participants"), r("Қасым-Жомарт Тоқаев; Lawrence Wong")))),
            Heading(1, r("Outcomes")),
            BulletList(tuple(r(f"Outcome number {k}: both sides agreed to widen cooperation.")
                             for k in range(1, 6))),
            Heading(1, r("Agreements")),
            Table((r("Document"), r("Parties"), r("Status")), agreements),
            Heading(1, r("Follow-ups")),
            Table((r("Action"), r("Owner"), r("Due")), follow),
            Heading(1, r("Cooperation areas")),
            BulletList(tuple(r(a) for a in ("trade", "transit", "energy", "digital", "water"))),
            Heading(1, r("Background")),
            Paragraph(r("Relations were established in 1992; this is the third visit at this "
                        "level and the first since the strategic partnership was agreed.")),
            Heading(1, r("Source")),
            Paragraph(r("Press release, published 23 May 2024.", italic=True)),
        ),
        fields=(("TO", "The Minister"), ("FROM", "Department of Asia"),
                ("DATE", "24 May 2024"), ("SUBJECT", "State visit")),
        classification="OFFICIAL-SENSITIVE",
        created="2024-05-23T00:00:00Z",
    )


# ---------------------------------------------------------------- timing

def median_ms(func: Callable[[Memo], bytes], memos: list[Memo],
              clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for memo in memos:
        start = clock()
        func(memo)
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def measure(n: int = 60) -> dict[str, float]:
    from briefgen.render.docx import render_docx
    from briefgen.render.pdf import render_pdf

    memos = [typical_memo(i) for i in range(n)]
    theme = load_theme()
    start = time.perf_counter()
    render_docx(memos[0], theme)
    docx_setup = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    render_pdf(memos[0], theme)
    pdf_setup = (time.perf_counter() - start) * 1000
    naive_docx(memos[0])
    naive_pdf(memos[0])
    writers = {"docx": lambda m: render_docx(m, theme), "pdf": lambda m: render_pdf(m, theme),
               "naive_docx": naive_docx, "naive_pdf": naive_pdf}
    figures = {"first_docx_ms": docx_setup, "first_pdf_ms": pdf_setup}
    # wall time is what a user waits for; CPU time stays honest when the machine is shared
    for suffix, clock in (("ms", time.perf_counter), ("cpu_ms", time.process_time)):
        for name, func in writers.items():
            figures[f"{name}_{suffix}"] = median_ms(func, memos, clock)
        figures[f"pair_{suffix}"] = figures[f"docx_{suffix}"] + figures[f"pdf_{suffix}"]
        figures[f"naive_pair_{suffix}"] = (figures[f"naive_docx_{suffix}"]
                                           + figures[f"naive_pdf_{suffix}"])
    figures["pair_speedup"] = figures["naive_pair_ms"] / figures["pair_ms"]
    figures["pair_speedup_cpu"] = figures["naive_pair_cpu_ms"] / figures["pair_cpu_ms"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="memos per writer (median reported)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.n)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"median of {args.n} memos; wall ms (CPU ms)")
    print(f"{'writer':<8}{'briefgen':>18}{'naive':>18}{'speed-up':>10}")
    for kind in ("docx", "pdf", "pair"):
        ours, naive = figures[f"{kind}_ms"], figures[f"naive_{kind}_ms"]
        ours_cpu, naive_cpu = figures[f"{kind}_cpu_ms"], figures[f"naive_{kind}_cpu_ms"]
        print(f"{kind:<8}{ours:>9.1f} ({ours_cpu:5.1f}){naive:>10.1f} ({naive_cpu:5.1f})"
              f"{naive / ours:>9.2f}x")
    print(f"first call per process (theme, fonts, base package): "
          f"docx {figures['first_docx_ms']:.0f} ms, pdf {figures['first_pdf_ms']:.0f} ms")


if __name__ == "__main__":
    main()
