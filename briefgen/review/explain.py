"""`briefgen parse --explain`: for each item of a summary, the sentence and the cue that
produced it, so a reviewer can check it and a developer can see which rule fired.

Items and participants carry their evidence in the summary. The date, place and visit
type are single values without evidence fields, so their reasons are recomputed from the
source release when it can still be read (the rules are deterministic and fast).
"""

from __future__ import annotations

from collections.abc import Iterable

from briefgen.model import Evidence, VisitSummary

QUOTE_WIDTH = 220


def _evidence_lines(evidence: Iterable[Evidence], source_text: str | None) -> list[str]:
    lines = []
    for ev in evidence:
        cue = ev.cue or "rule"
        lines.append(f"    [sentence {ev.sentence}, chars {ev.start}-{ev.end}] {cue}")
        quote = _marked(ev, source_text)
        if quote:
            lines.append(f"      \"{quote}\"")
    return lines


def _marked(ev: Evidence, source_text: str | None) -> str:
    """The sentence with the span marked, using the source text to place the span."""
    text = ev.quote or ""
    if not text:
        return ""
    start = -1
    if source_text is not None and source_text[ev.start:ev.end]:
        span = source_text[ev.start:ev.end]
        # the sentence starts where the quote is found at or before the span
        lo = max(0, ev.start - len(text))
        start = source_text.find(text, lo, ev.start + len(text))
        if start >= 0 and not (start <= ev.start <= start + len(text)):
            start = -1
        if start < 0:
            rel = text.find(span)
            start = ev.start - rel if rel >= 0 else -1
    marked = text
    a = ev.start - start if start >= 0 else -1
    b = ev.end - start if start >= 0 else -1
    if 0 <= a < b <= len(text) and (a, b) != (0, len(text)):
        marked = f"{text[:a]}»{text[a:b]}«{text[b:]}"
    return _shorten(marked)


def _shorten(marked: str) -> str:
    """One line of at most QUOTE_WIDTH characters, centred near the »marked« span."""
    marked = " ".join(marked.split())
    if len(marked) <= QUOTE_WIDTH:
        return marked
    a = max(marked.find("»"), 0)
    left = max(0, min(a - QUOTE_WIDTH // 3, len(marked) - QUOTE_WIDTH))
    return ("…" if left else "") + marked[left:left + QUOTE_WIDTH] + "…"


def _source_text(summary: VisitSummary) -> tuple[str | None, dict[str, tuple[str, str]]]:
    """The release text and the reasons for the single-valued fields, when readable."""
    path = summary.source.path
    if not path:
        return None, {}
    try:
        from briefgen.ingest import load_release
        from briefgen.parse import entity_reasons

        release = load_release(path, summary.source.published)
    except Exception:  # noqa: BLE001 - explaining must never fail the parse
        return None, {}
    return release.text, entity_reasons(release)


def explain_summary(summary: VisitSummary) -> str:
    """A plain-text account of why each field and item of ``summary`` was extracted."""
    text, reasons = _source_text(summary)
    out: list[str] = [f"Why: {summary.source.path or 'release'}"]
    for field, value in (
        ("visit_type", summary.visit_type),
        ("date", summary.date),
        ("location", ", ".join(x for x in (summary.location.city, summary.location.country)
                               if x) or None),
    ):
        out.append(f"{field}: {value if value is not None else '(none)'}")
        if field in reasons:
            cue, quote = reasons[field]
            out.append(f"    {cue}")
            if quote:
                out.append(f"      \"{_shorten(quote)}\"")
    if summary.countries:
        out.append(f"countries: {', '.join(summary.countries)}")
        if "countries" in reasons:
            out.append(f"    {reasons['countries'][0]}")
    out.append(f"participants ({len(summary.participants)}):")
    for p in summary.participants:
        desc = ", ".join(x for x in (p.title, p.country) if x)
        out.append(f"  - {p.name}" + (f" ({desc})" if desc else ""))
        out.extend(_evidence_lines(p.evidence[:3], text))
        if len(p.evidence) > 3:
            out.append(f"    … {len(p.evidence) - 3} more mention(s)")
    for field in ("agreements", "follow_ups", "cooperation_areas", "projects", "outcomes"):
        items = getattr(summary, field)
        out.append(f"{field} ({len(items)}):")
        for item in items:
            out.append(f"  - {item.text}")
            if not item.evidence:
                out.append("    (no evidence recorded)")
            out.extend(_evidence_lines(item.evidence, text))
    return "\n".join(out) + "\n"
