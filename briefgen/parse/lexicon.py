"""Lexicon files (TOML, beside this module) loaded once per process.

Parsing rules read their vocabulary from data so that a new title, alias or cue is a
line of data with a test, not a new branch of code.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

LEXICON_DIR = Path(__file__).with_name("lexicons")


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of ``lexicons/<name>.toml`` (cached: files are read once)."""
    from briefgen.support.datacache import load_toml  # parsed once per file content, kept on disk

    return load_toml(LEXICON_DIR / f"{name}.toml")


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of literal ``words``, longest first so "Vice President" beats
    "President"; ties in text order, so the pattern is the same in every process (and its
    compiled form can be reused from briefgen/regexcache.py)."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
