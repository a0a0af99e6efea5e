"""Read a release from disk or stdin into plain text plus what the source says about itself.

Every command goes through here, so encodings, HTML extraction and input limits are
decided once. Nothing here guesses "today": a missing date stays missing.

Limits and rules (documented in the README, relied on by batch):

- inputs larger than ``max_bytes`` (default 10 MB, ``--max-size`` in MB) are refused
  before they are decoded, so a stray archive cannot exhaust memory;
- binary files (PDF, images, archives, office files, executables) are refused by their
  magic bytes, by a NUL byte outside UTF-16/32 or by a high share of control bytes;
- other control characters inside text are dropped, form feeds become line
  breaks, and the text is NFC-normalised, so parsers and writers never see them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.stamps import first_date_line
from briefgen.support.errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
SUMMARY_SUFFIXES = {".json", ".yaml", ".yml"}
RELEASE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Magic numbers of the binary files people most often drop into an archive folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "zip archive (or DOCX/XLSX/ODT)"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"RIFF", "audio/video or image file"),
    (b"OggS", "audio/video file"),
    (b"ID3", "audio file"),
    (b"\x00\x00\x00\x18ftyp", "video file"),
    (b"\x00\x00\x00\x20ftyp", "video file"),
    (b"{\\rtf", "RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# bytes that never occur in text: C0 controls except tab, LF, VT, FF, CR and ESC
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CJK_MULTIBYTE = {"big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jis_2004", "euc_jp",
                  "euc_kr", "gb18030", "gb2312", "gbk", "hz", "johab", "shift_jis",
                  "shift_jis_2004", "shift_jisx0213", "iso2022_jp", "iso2022_kr"}
# a CJK character glued inside a Latin word is the signature of a single-byte text
# misread as a multi-byte Asian encoding ("re蓰u" for "reçu")
_LATIN_GLUED = re.compile(r"[A-Za-z][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
                          r"|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][A-Za-z]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.I | re.S)
# dropped from text: C0/C1 controls (tab and newlines kept), BOMs, non-characters
_STRIP_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# htmldate compares with max_date, which trafilatura sets to today: a fixed bound keeps
# the result independent of the day a page is converted.
_DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "max_date": "2999-12-31",
}


@dataclass(frozen=True)
class Release:
    text: str
    path: str | None
    sha256: str
    title: str | None = None
    published: dt.date | None = None


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read at most ``max_bytes`` (+1 to notice the excess) so a huge file is never loaded."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        try:
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{p}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{p}: is a directory, expected a file") from None
        except PermissionError:
            if p.is_dir():
                raise InputError(f"{p}: is a directory, expected a file") from None
            raise InputError(f"{p}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    check_size(str(path), data, max_bytes)
    return data


def check_size(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse input over the limit, naming it and the option that raises the limit (the
    review page checks its uploads with the same words)."""
    if len(data) > max_bytes:
        raise InputError(too_large_message(name, max_bytes))


def too_large_message(name: str, max_bytes: int) -> str:
    return f"{name}: larger than the {_size(max_bytes)} input limit; raise it with --max-size (MB)"


def _size(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    return f"{n} bytes"


def binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` is, or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if _bom_encoding(data) or _utf16_without_bom(data):
        return None
    sample = data[:8192]
    if b"\x00" in data:  # no text encoding but UTF-16/32 (ruled out above) writes a NUL
        return "binary data"
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    # random bytes hold ~10% of these; a text with stray escapes or bells holds a few
    if controls > 8 and controls > len(sample) // 40:
        return "binary data"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: NULs in one byte position only (spaces, Latin, digits)."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, nuls, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= half * 0.05 and others <= half * 0.01:
            text = sample.decode(encoding, errors="replace")
            printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
            if printable >= len(text) * 0.95:
                return encoding
    return None


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOM, then UTF-8, then a declared HTML charset, then detection."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(data, name)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes: keep it UTF-8 rather than re-reading all as cp1252."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good > 0 and bad * 4 <= good


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    for match in from_bytes(data):
        text = str(match)
        if match.encoding in _CJK_MULTIBYTE and _LATIN_GLUED.search(text):
            continue
        return text
    try:
        # short Western text is where detectors give up; Windows-1252 is the usual origin
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def clean_text(text: str) -> str:
    """Drop what no writer can carry (NUL, controls, BOMs) and unify line breaks."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _STRIP_CHARS.sub("", text)
    # lone surrogates cannot be encoded as UTF-8 or XML
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    return unicodedata.normalize("NFC", text)


# A page saved as plain text often keeps its links and emphasis in Markdown ("President
# Biden [signed](https://...) a declaration", "**$8 million**", "*Sembremos*") and a few inline
# HTML tags ("Court<s>.</s>", "<u>Energy</u>"): a memo shows the words, not the markup.
_PLAIN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|www\.|mailto:)[^()\s]*"
                         r"(?:\([^()\s]*\)[^()\s]*)*\)")
_PLAIN_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*")
_PLAIN_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*(?![\w*])")
_INLINE_TAG = re.compile(r"</?(?:u|s|b|i|em|strong|sup|sub|span|small|mark)>", re.IGNORECASE)


def plain_markup(text: str) -> str:
    """Markdown links, bold and italics and inline HTML tags in a plain-text release as
    their words (a bullet's lone "* " stays: segment reads it)."""
    if "](" in text:
        text = _PLAIN_LINK.sub(lambda m: m.group(1), text)
    if "*" in text:
        text = _PLAIN_ITALIC.sub(r"\1", _PLAIN_BOLD.sub(r"\1", text))
    if "</" in text:
        text = _INLINE_TAG.sub("", text)
    return text


# A transcript page's speaker label that carries the speaker's card glued on: "President
# of Belarus Alexander Lukashenko Lukashenko AlexanderPresident of Belarus:" (the name
# again, surname first, and the title again): the label is the part before the card.
_SPEAKER_CARD = re.compile(r"\b([A-Z][\w'’-]+) ([A-Z][\w'’-]+) \2 \1(?=[A-Z])[^:\n]{0,160}?"
                           r"(?=\s*(?:\(retranslated\)\s*)?:)")


def speaker_cards(text: str) -> str:
    """Transcript speaker labels without the speaker's card glued to them."""
    if ":" not in text:
        return text
    return _SPEAKER_CARD.sub(lambda m: f"{m.group(1)} {m.group(2)}"
                             + (" " if text[m.end():m.end() + 1] == "(" else ""), text)


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:2048]))


def release_from_bytes(
    data: bytes,
    name: str,
    published: dt.date | None = None,
) -> Release:
    """Turn the bytes of one release into a ``Release``; the seam batch workers use."""
    suffix = Path(name).suffix.lower() if name != "-" else ""
    if suffix in SUMMARY_SUFFIXES:
        raise InputError(f"{name}: this is a summary file; use 'briefgen render' for it")
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{name}: binary file ({kind}), expected a text, Markdown or HTML "
                         "release")
    text = decode(data, name)
    title = page_date = None
    if suffix in HTML_SUFFIXES or looks_like_html(data):
        text, title, page_date = _from_html(text, name)
    elif suffix in MARKDOWN_SUFFIXES:
        text, title = _from_markdown(text)
    else:
        text = plain_markup(text)
    text = clean_text(speaker_cards(text))
    if not text.strip():
        raise InputError(f"{name}: empty release (no text found)")
    return Release(
        text=text,
        path=None if name == "-" else name,
        sha256=hashlib.sha256(data).hexdigest(),
        title=clean_text(title).strip() or None if title else None,
        # a page's publication day on a line of its own, where none is given
        published=published or page_date or first_date_line(text),
    )



def load_release(
    path: str | Path,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Release:
    """Read one release; ``published`` given by the user wins over the page's own date."""
    name = str(path)
    return release_from_bytes(read_bytes(path, max_bytes), name, published)


def _from_html(html: str, name: str) -> tuple[str, str | None, dt.date | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    title = getattr(doc, "title", None)
    # one line per block element: make each a paragraph, as in a text release
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return text, title, _iso_date(getattr(doc, "date", None))


def _from_markdown(source: str) -> tuple[str, str | None]:
    """The text of a Markdown release as a text release lays it out (a headline, then
    paragraphs divided by blank lines; a list one entry per line under its marker; "* * *"
    for a rule, as transcripts mark their start), and its first heading as the headline.
    Markup ("# ", "**", link targets) is no part of the release: read as words it breaks
    names and titles ("**President** X") and the headline."""
    from markdown_it import MarkdownIt

    blocks: list[str] = []
    title: str | None = None
    lists: list[list[str]] = []  # entries of the open lists, innermost last
    loose: list[bool] = []
    row: list[str] | None = None
    marker = ""
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append([])
            loose.append(False)
        elif tok.type == "list_item_open":
            marker = f"{tok.info}{tok.markup} " if tok.info else f"{tok.markup} "
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            entries = lists.pop()
            # a loose list (entries apart) stays apart, a tight one keeps a line each
            gap = "\n\n" if loose.pop() else "\n"
            (lists[-1] if lists else blocks).append(gap.join(entries))
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            blocks.append(" | ".join(row))
            row = None
        elif tok.type == "inline":
            words = _markdown_inline(tok)
            if row is not None:
                row.append(words)
            elif lists:
                loose[-1] = loose[-1] or not tokens[i - 1].hidden
                lists[-1].append(marker + words)
                marker = "  "
            else:
                if tokens[i - 1].type == "heading_open" and not blocks and title is None:
                    title = words
                blocks.append(words)
        elif tok.type in ("fence", "code_block"):
            blocks.append(tok.content.rstrip("\n"))
        elif tok.type == "hr":
            blocks.append("* * *")
    return "\n\n".join(b for b in blocks if b.strip()) + "\n", title


def _markdown_inline(tok: Any) -> str:
    """The words of one Markdown inline run, without its markup."""
    out = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline", "image"):
            out.append(child.content)  # an image's content is its alt text
        elif child.type in ("softbreak", "hardbreak"):
            # kept as written: lines under "the following documents:" are entries to a
            # reader even unmarked, and a hard-wrapped paragraph is rejoined by segment
            out.append("\n")
    return "".join(out)


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
