"""House style shared by the DOCX and the PDF writer.

One small TOML file (fonts, sizes, margins, colours, letterhead, logo) drives both
writers, so a ministry restyles its memos once and gets the same look in Word and PDF.
A user's file only needs the keys it changes; everything else comes from the bundled
``themes/default.toml``. Unknown keys are errors, because a misspelt key that silently
does nothing is the worst kind of style bug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefgen.support.errors import UsageError
from briefgen.support.tomlfile import read_toml

DEFAULT_THEME_PATH = Path(__file__).resolve().parent / "themes" / "default.toml"

PAGE_SIZES = ("A4", "Letter")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Theme:
    """Everything both writers need to know about the house style (hashable, so cacheable)."""

    page_size: str = "A4"
    margin_top_mm: float = 24
    margin_bottom_mm: float = 26
    margin_left_mm: float = 22
    margin_right_mm: float = 22
    pdf_family: str = "Fira Sans"
    pdf_regular: str = ""
    pdf_bold: str = ""
    pdf_italic: str = ""
    pdf_bold_italic: str = ""
    docx_body: str = "Arial"
    docx_heading: str = "Arial"
    body_size: float = 10.5
    title_size: float = 18
    heading1_size: float = 14
    heading2_size: float = 12
    heading3_size: float = 11
    small_size: float = 8
    text_colour: str = "#1A1A1A"
    heading_colour: str = "#1F3864"
    banner_colour: str = "#A50021"
    banner_text_colour: str = "#FFFFFF"
    table_header_colour: str = "#D9E2F3"
    rule_colour: str = "#1F3864"
    letterhead: tuple[str, ...] = ()
    logo: str = ""
    logo_width_mm: float = 28
    table_style: str = "Table Grid"

    def heading_size(self, level: int) -> float:
        return {1: self.heading1_size, 2: self.heading2_size}.get(level, self.heading3_size)

    @property
    def page_size_mm(self) -> tuple[float, float]:
        return (210.0, 297.0) if self.page_size == "A4" else (215.9, 279.4)

    @property
    def text_width_mm(self) -> float:
        return self.page_size_mm[0] - self.margin_left_mm - self.margin_right_mm


# TOML table -> {toml key: Theme field}; the file groups keys, the dataclass is flat.
_LAYOUT: dict[str, dict[str, str]] = {
    "page": {
        "size": "page_size",
        "margin_top_mm": "margin_top_mm",
        "margin_bottom_mm": "margin_bottom_mm",
        "margin_left_mm": "margin_left_mm",
        "margin_right_mm": "margin_right_mm",
    },
    "fonts": {
        name: name
        for name in (
            "pdf_family", "pdf_regular", "pdf_bold", "pdf_italic", "pdf_bold_italic",
            "docx_body", "docx_heading", "body_size", "title_size", "heading1_size",
            "heading2_size", "heading3_size", "small_size",
        )
    },
    "colours": {
        "text": "text_colour",
        "heading": "heading_colour",
        "banner": "banner_colour",
        "banner_text": "banner_text_colour",
        "table_header": "table_header_colour",
        "rule": "rule_colour",
    },
    "letterhead": {"text": "letterhead", "logo": "logo", "logo_width_mm": "logo_width_mm"},
    "docx": {"table_style": "table_style"},
}
_FIELD_TYPES = {f.name: f.type for f in fields(Theme)}
_PATH_FIELDS = ("pdf_regular", "pdf_bold", "pdf_italic", "pdf_bold_italic", "logo")


def load_theme(path: Path | None = None) -> Theme:
    """Read a theme file over the bundled defaults; ``None`` gives the default theme."""
    if path is None:
        return _default_theme()
    return _theme_from_file(Path(path), base=_default_theme())


@lru_cache(maxsize=1)
def _default_theme() -> Theme:
    return _theme_from_file(DEFAULT_THEME_PATH, base=Theme())


def _theme_from_file(path: Path, base: Theme) -> Theme:
    data = read_toml(path, "theme")
    values: dict[str, Any] = {}
    for table, content in data.items():
        keys = _LAYOUT.get(table)
        if keys is None:
            raise UsageError(f"{path}: unknown theme section [{table}] "
                             f"(known: {', '.join(sorted(_LAYOUT))})")
        if not isinstance(content, dict):
            raise UsageError(f"{path}: '{table}' must be a [section] of keys")
        for key, value in content.items():
            name = keys.get(key)
            if name is None:
                raise UsageError(f"{path}: unknown key '{key}' in [{table}] "
                                 f"(known: {', '.join(sorted(keys))})")
            values[name] = _coerce(path, f"{table}.{key}", name, value)
    for name in _PATH_FIELDS:
        if values.get(name):
            values[name] = _resolve_file(path, name, values[name])
    merged = {f.name: getattr(base, f.name) for f in fields(Theme)}
    merged.update(values)
    return Theme(**merged)



def _coerce(path: Path, where: str, name: str, value: Any) -> Any:
    kind = _FIELD_TYPES[name]
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise UsageError(f"{path}: {where} must be a non-negative number, got {value!r}")
        return float(value)
    if kind == "tuple[str, ...]":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{path}: {where} must be a list of strings")
        return tuple(value)
    if not isinstance(value, str):
        raise UsageError(f"{path}: {where} must be a string, got {value!r}")
    if name.endswith("_colour") and not _COLOUR.match(value):
        raise UsageError(f"{path}: {where} must be a colour like \"#1F3864\", got {value!r}")
    if name == "page_size" and value not in PAGE_SIZES:
        raise UsageError(f"{path}: {where} must be one of {', '.join(PAGE_SIZES)}")
    return value.upper() if name.endswith("_colour") else value


def _resolve_file(theme_path: Path, name: str, value: str) -> str:
    """Paths in a theme are relative to the theme file, so a theme folder can move."""
    target = Path(value).expanduser()
    if not target.is_absolute():
        target = theme_path.resolve().parent / target
    if not target.is_file():
        raise UsageError(f"{theme_path}: {name} file not found: {target}")
    if name == "logo" and target.suffix.lower() not in _LOGO_SUFFIXES:
        raise UsageError(f"{theme_path}: logo must be a PNG or JPEG image: {target}")
    if name != "logo" and target.suffix.lower() != ".ttf":
        raise UsageError(f"{theme_path}: {name} must be a TrueType (.ttf) file: {target}")
    return str(target)
