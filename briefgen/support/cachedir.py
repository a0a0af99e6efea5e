"""Where briefgen keeps per-user caches that only make later processes start faster.

Nothing stored here changes an output: every entry is keyed by everything it depends on and
is rebuilt when missing or unreadable. ``BRIEFGEN_NO_CACHE=1`` turns caching off,
``BRIEFGEN_CACHE_DIR`` moves it; otherwise ``$XDG_CACHE_HOME/briefgen`` (``~/.cache/briefgen``).
Used by the DOCX writer (prepared base documents), the regex, lexicon and template caches.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    if os.environ.get("BRIEFGEN_NO_CACHE"):
        return None
    explicit = os.environ.get("BRIEFGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "briefgen"


def write_cache_file(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically; a cache that cannot be written is simply not kept."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
