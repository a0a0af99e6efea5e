"""Parsed TOML data files kept on disk between processes, keyed by the file's bytes.

``tomllib`` is pure Python: the parser's lexicons (about 90 KB of TOML) take some 30 ms
to parse at every start. The parsed value is stored with ``marshal`` under the SHA-256 of
the file's bytes (and the interpreter's marshal version), so an edited lexicon can never
be served from an old entry. Values marshal cannot hold (TOML dates) are simply not
cached. Off with ``BRIEFGEN_NO_CACHE=1`` (see briefgen/cachedir.py).
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any

_FORMAT = 1


def load_toml(path: Path) -> dict[str, Any]:
    """``tomllib.loads`` of the file at ``path`` (UTF-8), from the cache when it has it."""
    from briefgen.support.cachedir import cache_dir, write_cache_file

    raw = path.read_bytes()
    folder = cache_dir()
    if folder is None:
        return _parse(raw)
    digest = hashlib.sha256(repr((_FORMAT, marshal.version)).encode() + raw).hexdigest()
    entry = folder / "toml" / f"{digest[:40]}.marshal"
    try:
        value = marshal.loads(entry.read_bytes())
        if isinstance(value, dict):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = _parse(raw)
    try:
        blob = marshal.dumps(value)
    except ValueError:  # dates and times: not marshal-able, parse each time
        return value
    write_cache_file(entry, blob)
    return value


def _parse(raw: bytes) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib.loads(raw.decode("utf-8"))
