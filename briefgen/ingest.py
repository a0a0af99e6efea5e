"""Read a release from disk or stdin into plain text plus what the source says about itself.

Every command goes through here, so encodings, HTML extraction and input limits are
decided once. Nothing here guesses "today": a missing date stays missing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUMMARY_SUFFIXES = {".json", ".yaml", ".yml"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Release:
    text: str
    path: str | None
    sha256: str
    title: str | None = None
    published: dt.date | None = None


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{p}: no such file")
        if p.is_dir():
            raise InputError(f"{p}: is a directory, expected a file")
        try:
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{p}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(
            f"{path}: larger than {max_bytes // (1024 * 1024)} MB; raise the limit with --max-size"
        )
    return data


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: not text (binary or unknown encoding)")
    return str(best)


def load_release(
    path: str | Path,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Release:
    """Read one release; ``published`` given by the user wins over the page's own date."""
    name = str(path)
    data = read_bytes(path, max_bytes)
    suffix = Path(name).suffix.lower() if name != "-" else ""
    if suffix in SUMMARY_SUFFIXES:
        raise InputError(f"{name}: this is a summary file; use 'briefgen render' for it")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary file, expected a text, Markdown or HTML release")
    text = decode(data, name)
    title = page_date = None
    if suffix in HTML_SUFFIXES:
        text, title, page_date = _from_html(text, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty release (no text found)")
    return Release(
        text=text,
        path=None if name == "-" else name,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        published=published or page_date,
    )


def _from_html(html: str, name: str) -> tuple[str, str | None, dt.date | None]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html, extensive=False)
    title = meta.title if meta else None
    published = None
    if meta and meta.date:
        try:
            published = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    return text, title, published
