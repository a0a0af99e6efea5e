"""Evidence records: every extracted item points back at its sentence and span."""

from __future__ import annotations

from briefgen.model import Evidence
from briefgen.parse.segment import Sentence


def evidence_for(sentence: Sentence, start: int | None = None, end: int | None = None,
                 cue: str | None = None) -> Evidence:
    """Evidence for a span of ``sentence``; offsets are absolute in the release text."""
    return Evidence(
        sentence=sentence.index,
        start=sentence.start if start is None else start,
        end=sentence.end if end is None else end,
        quote=sentence.text,
        cue=cue,
    )
