"""Lexicon files (TOML, beside this module) loaded once per process.

Parsing rules read their vocabulary from data so that a new title, alias or cue is a
line of data with a test, not a new branch of code.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

LEXICON_DIR = Path(__file__).with_name("lexicons")


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of ``lexicons/<name>.toml`` (cached: files are read once)."""
    with (LEXICON_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of literal ``words``, longest first so "Vice President" beats
    "President"."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
