"""Finding and registering the TrueType fonts the PDF writer embeds.

ReportLab's built-in fonts (Helvetica...) are Latin-1 only: a Kazakh or Vietnamese name
would print as black boxes. So the PDF embeds (as a subset) a static TTF family that
installs from PyPI with briefgen (fontpkg-fira-sans: regular, bold, italic, bold italic,
with Cyrillic incl. Kazakh letters, Greek, Vietnamese and Turkish). Static files matter:
ReportLab embeds only the default instance of a variable font, so there is no bold.
Parsing a TTF costs tens of milliseconds, so each face is registered once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefgen.compose.theme import Theme
from briefgen.support.errors import UsageError

FACES = ("regular", "bold", "italic", "bold_italic")
_FONTPKG_STYLE = {
    "regular": (400, "normal"),
    "bold": (700, "normal"),
    "italic": (400, "italic"),
    "bold_italic": (700, "italic"),
}


@dataclass(frozen=True)
class FontFiles:
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


@dataclass(frozen=True)
class PdfFonts:
    """ReportLab font names of one registered family (bold/italic mapped for <b>/<i>)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


def font_files(theme: Theme) -> FontFiles:
    """The four TTF faces: explicit theme paths win, the rest come from the fontpkg family."""
    explicit = {face: getattr(theme, f"pdf_{face}") for face in FACES}
    if all(explicit.values()):
        return FontFiles(**{face: Path(p) for face, p in explicit.items()})
    found = _family_files(theme.pdf_family)
    return FontFiles(**{face: Path(explicit[face]) if explicit[face] else found[face]
                        for face in FACES})


_STATIC_SUFFIX = {"regular": "Regular", "bold": "Bold", "italic": "Italic",
                  "bold_italic": "BoldItalic"}


@lru_cache(maxsize=8)
def _family_files(family: str) -> dict[str, Path]:
    return _static_files_fast(family) or _fontpkg_files(family)


def _static_files_fast(family: str) -> dict[str, Path] | None:
    """The usual fontpkg layout (fontpkg_fira_sans/files/FiraSans-Bold.ttf), found without
    fontpkg's registry scan, which costs ~0.1 s per process; None if it does not apply."""
    import importlib

    module_name = "fontpkg_" + "_".join(family.lower().split())
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    folder = Path(module.__file__).resolve().parent / "files"
    stem = "".join(family.split())
    files = {face: folder / f"{stem}-{suffix}.ttf" for face, suffix in _STATIC_SUFFIX.items()}
    return files if all(path.is_file() for path in files.values()) else None


def _fontpkg_files(family: str) -> dict[str, Path]:
    import fontpkg

    files: dict[str, Path] = {}
    for face, (weight, style) in _FONTPKG_STYLE.items():
        try:
            path = Path(fontpkg.path(family, weight, style))
        except fontpkg.FontpkgError as exc:
            raise UsageError(f"PDF font family '{family}' is not usable: {exc}") from None
        if path.suffix.lower() != ".ttf" or "[" in path.name:
            raise UsageError(f"PDF font family '{family}' ships no static TrueType {face} "
                             f"face ({path.name}); pick a family with static TTF files")
        files[face] = path
    return files


def register_pdf_fonts(theme: Theme) -> PdfFonts:
    """Register the theme's faces with ReportLab (once per process) and return their names."""
    return _register(font_files(theme))


@lru_cache(maxsize=8)
def _register(files: FontFiles) -> PdfFonts:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    names: dict[str, str] = {}
    for face in FACES:
        path = getattr(files, face)
        name = f"briefgen-{path.stem}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError) as exc:
            raise UsageError(f"{path}: cannot use this font in a PDF ({exc})") from None
        names[face] = name
    pdfmetrics.registerFontFamily(names["regular"], normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    return PdfFonts(**names)


def missing_glyphs(text: str, theme: Theme, face: str = "regular") -> str:
    """Characters of ``text`` the PDF font cannot draw (would show as boxes); '' if none."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(getattr(register_pdf_fonts(theme), face))
    cmap = font.face.charToGlyph
    return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in cmap}))
