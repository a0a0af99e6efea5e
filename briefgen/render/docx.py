"""DOCX writer: a Memo laid out with real Word styles, reproducible to the byte.

Why it is built in two steps:

1. A *base package* is prepared once per (template, theme) with python-docx: the default
   template or the user's ``--reference-docx`` (its styles and page set-up, body cleared,
   as pandoc's --reference-doc), theme fonts/sizes/colours applied to the real styles
   (Normal, Title, Heading 1-4, List Bullet/Number, a table style), header and footer
   parts, the logo image, and every style name resolved to its style id. Looking styles up
   by name is where naive python-docx spends ~40% of its time; here it happens once. The
   shared parts are deflated once too, and the base is kept on disk (see ``_base``).
2. Each memo then only fills in WordprocessingML for the body, header (banner), footer
   (page X of Y fields + banner), numbering restarts and core properties, and writes a zip
   with a fixed entry order and fixed timestamps. All text goes through ``clean_text`` and
   XML escaping, so release text is data and never markup.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefgen.compose.theme import Theme, load_theme
from briefgen.memo import BulletList, Heading, Inlines, Memo, Paragraph, Table
from briefgen.render.text import clean_text, column_weights, memo_datetime, xml_escape
from briefgen.support.cachedir import cache_dir, write_cache_file
from briefgen.support.errors import UsageError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_BODY_MARKER = "briefgen-body-marker-0f3a"
_FIELD_LABEL_TWIPS = 1440  # tab stop after "SUBJECT:" (1 inch)
_STYLE_NAMES = {
    "normal": "Normal",
    "title": "Title",
    "h1": "Heading 1",
    "h2": "Heading 2",
    "h3": "Heading 3",
    "h4": "Heading 4",
    "bullet": "List Bullet",
    "number": "List Number",
    "header": "Header",
    "footer": "Footer",
}


@dataclass(frozen=True)
class _Packed:
    """One zip member, deflated once: static parts are most of a DOCX's bytes."""

    name: str
    crc: int
    size: int
    data: bytes


def _pack(name: str, data: bytes) -> _Packed:
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    return _Packed(name, zlib.crc32(data), len(data), deflate.compress(data) + deflate.flush())


@dataclass(frozen=True)
class _Base:
    """A prepared package: every part's bytes plus what a memo needs to fill it in."""

    entries: tuple[_Packed, ...]  # parts every memo shares, compressed once
    document_name: str
    document_head: str
    document_tail: str
    header_name: str
    footer_name: str
    core_name: str
    numbering_name: str | None
    numbering_xml: str | None
    number_abstract_id: str | None
    next_num_id: int
    style_ids: tuple[tuple[str, str], ...]
    table_style_id: str
    text_width_twips: int
    logo_xml: str


def render_docx(memo: Memo, theme: Theme | None = None,
                reference_docx: Path | None = None) -> bytes:
    """The memo as DOCX bytes; same memo, theme and reference document give the same bytes."""
    theme = theme or load_theme()
    ref_key = _reference_key(reference_docx)
    base = _base(theme, ref_key)
    return _MemoDocx(memo, theme, base).build()


# ---------------------------------------------------------------- base package (cached)

def _reference_key(reference_docx: Path | None) -> tuple[str, str] | None:
    """Cache key by content, so an edited reference document is picked up at once."""
    if reference_docx is None:
        return None
    path = Path(reference_docx)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise UsageError(f"{path}: reference document is a directory") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read reference document "
                         f"({exc.strerror or exc})") from None
    return str(path), hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=8)
def _base(theme: Theme, ref_key: tuple[str, str] | None) -> _Base:
    """The prepared package: from memory, else from the on-disk cache, else built.

    The disk cache spares a one-memo process python-docx's import and the build (about
    0.2 s); its key covers everything the base depends on, and anything odd about a
    cache file just means building afresh.
    """
    key = _cache_key(theme, ref_key)
    cached = _load_cached(key)
    if cached is not None:
        return cached
    base = _build_base(theme, ref_key)
    _store_cached(key, base)
    return base


def _build_base(theme: Theme, ref_key: tuple[str, str] | None) -> _Base:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if ref_key is None:
        document = docx.Document()
    else:
        try:
            document = docx.Document(ref_key[0])
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise UsageError(f"{ref_key[0]}: not a usable .docx reference document "
                             f"({exc})") from None
    if document.element.nsmap.get("w") != W_NS:
        raise UsageError("reference document does not use the standard 'w' namespace prefix")
    _clear_body(document)
    style_ids = _resolve_styles(document, theme, styled=ref_key is None)
    section = document.sections[-1]
    if ref_key is None:
        _apply_page_setup(section, theme)
    _drop_stale_parts(document)
    header_name, footer_name = _prepare_header_footer(document)
    logo_xml = _logo_xml(document, theme)
    document.add_paragraph(_BODY_MARKER)
    core_name = _core_part_name(document)

    entries = _package_entries(document)
    doc_name = document.part.partname.lstrip("/")
    doc_xml = entries.pop(doc_name).decode("utf-8")
    head, tail = _split_at_marker(doc_xml)
    numbering_name, numbering_xml, abstract_id, next_num = _numbering_info(
        document, entries, style_ids["number"])
    for name in (header_name, footer_name, core_name):
        entries.pop(name, None)
    width = section.page_width - section.left_margin - section.right_margin
    table_style = style_ids.pop("table")
    return _Base(
        entries=tuple(_pack(name, data) for name, data in sorted(entries.items())),
        document_name=doc_name,
        document_head=head,
        document_tail=tail,
        header_name=header_name,
        footer_name=footer_name,
        core_name=core_name,
        numbering_name=numbering_name,
        numbering_xml=numbering_xml,
        number_abstract_id=abstract_id,
        next_num_id=next_num,
        style_ids=tuple(sorted(style_ids.items())),
        table_style_id=table_style,
        text_width_twips=int(width / 635),
        logo_xml=logo_xml,
    )


# ---------------------------------------------------------------- on-disk cache of bases

_CACHE_FORMAT = 1


def _cache_key(theme: Theme, ref_key: tuple[str, str] | None) -> str:
    """Everything a base depends on: versions of the code that made it, theme, inputs."""
    from importlib.metadata import PackageNotFoundError, version

    import briefgen

    def ver(dist: str) -> str:
        try:
            return version(dist)
        except PackageNotFoundError:
            return "?"

    logo = ""
    if theme.logo:
        try:
            logo = hashlib.sha256(Path(theme.logo).read_bytes()).hexdigest()
        except OSError:
            logo = "unreadable"
    material = json.dumps([_CACHE_FORMAT, briefgen.__version__, ver("python-docx"),
                           ver("lxml"), dataclasses.asdict(theme), logo,
                           ref_key[1] if ref_key else None, Path(__file__).stat().st_mtime],
                          sort_keys=True, default=str)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _load_cached(key: str) -> _Base | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        data = json.loads((folder / f"docx-base-{key[:40]}.json").read_text("utf-8"))
        if data.pop("key") != key:
            return None
        entries = tuple(_Packed(name, crc, size, base64.b64decode(blob))
                        for name, crc, size, blob in data.pop("entries"))
        style_ids = tuple((role, sid) for role, sid in data.pop("style_ids"))
        return _Base(entries=entries, style_ids=style_ids, **data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store_cached(key: str, base: _Base) -> None:
    folder = cache_dir()
    if folder is None:
        return
    data = {field.name: getattr(base, field.name) for field in dataclasses.fields(base)}
    data["entries"] = [[p.name, p.crc, p.size, base64.b64encode(p.data).decode("ascii")]
                       for p in base.entries]
    data["style_ids"] = [list(pair) for pair in base.style_ids]
    data["key"] = key
    write_cache_file(folder / f"docx-base-{key[:40]}.json", json.dumps(data).encode("utf-8"))


def _tostring(element: object) -> str:
    from lxml import etree

    return etree.tostring(element, encoding="unicode")


class _Collector:
    """Stands in for python-docx's zip writer: keeps each member's bytes, uncompressed."""

    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.entries[pack_uri.membername] = blob


def _package_entries(document: Any) -> dict[str, bytes]:
    """Every member of the saved package, without python-docx's deflate-then-reread
    round trip (most of the cost of preparing a base); falls back to a real save."""
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    try:
        from docx.opc.pkgwriter import PackageWriter

        collector = _Collector()
        PackageWriter._write_content_types_stream(collector, parts)
        PackageWriter._write_pkg_rels(collector, package.rels)
        PackageWriter._write_parts(collector, parts)
        return collector.entries
    except (ImportError, AttributeError, TypeError):  # python-docx internals moved
        buf = io.BytesIO()
        document.save(buf)
        with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
            return {name: zf.read(name) for name in zf.namelist()}


def _split_at_marker(doc_xml: str) -> tuple[str, str]:
    """document.xml around the marker paragraph: memo bodies go where it stood."""
    at = doc_xml.index(_BODY_MARKER)
    start = doc_xml.rfind("<w:p>", 0, at)
    end = doc_xml.index("</w:p>", at) + len("</w:p>")
    return doc_xml[:start], doc_xml[end:]


def _clear_body(document: object) -> None:
    """Keep only the final section properties, as pandoc does with a reference document."""
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    sect = body.find(qn("w:sectPr"))
    if sect is not None:  # one header/footer for every page: drop first-page/even variants
        for tag in ("w:titlePg",):
            for el in sect.findall(qn(tag)):
                sect.remove(el)
        for tag in ("w:headerReference", "w:footerReference"):
            for el in sect.findall(qn(tag)):
                if el.get(qn("w:type")) != "default":
                    sect.remove(el)


def _resolve_styles(document: object, theme: Theme, *, styled: bool) -> dict[str, str]:
    """Style ids for every role; missing styles (reference docs) are added, based on Normal."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles
    # one pass by name (python-docx maps built-in names such as "heading 1"); indexing
    # styles[name] would fall back to ids with a deprecation warning on foreign documents
    by_name = {style.name: style for style in styles}
    ids: dict[str, str] = {}
    for role, name in _STYLE_NAMES.items():
        style = by_name.get(name)
        if style is None:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            if role != "normal" and "Normal" in by_name:
                style.base_style = by_name["Normal"]
            if role.startswith("h") and role[1:].isdigit():
                style.font.bold = True
            by_name[name] = style
        ids[role] = style.style_id
        if styled:
            _style_theme(style, role, theme)
    table = by_name.get(theme.table_style)
    if table is None or table.type != WD_STYLE_TYPE.TABLE:
        table = styles.add_style(f"{theme.table_style} (briefgen)" if table else
                                 theme.table_style, WD_STYLE_TYPE.TABLE)
    ids["table"] = table.style_id
    return ids


def _style_theme(style: object, role: str, theme: Theme) -> None:
    """Put the theme's fonts, sizes and colours on a real style (users can still restyle)."""
    sizes = {"normal": theme.body_size, "title": theme.title_size, "h1": theme.heading1_size,
             "h2": theme.heading2_size, "h3": theme.heading3_size, "h4": theme.body_size}
    if role not in sizes:
        return
    heading = role != "normal"
    _set_fonts(style.element, theme.docx_heading if heading else theme.docx_body)
    from docx.shared import Pt, RGBColor

    style.font.size = Pt(sizes[role])
    colour = theme.heading_colour if heading else theme.text_colour
    style.font.color.rgb = RGBColor.from_string(colour[1:])
    _strip_theme_colour(style.element)
    if role == "title":
        style.font.bold = True
        _drop_paragraph_border(style.element)  # the rule sits under the header block, as in PDF


def _drop_paragraph_border(style_element: object) -> None:
    from docx.oxml.ns import qn

    ppr = style_element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _set_fonts(style_element: object, family: str) -> None:
    """All four script slots, so Cyrillic/Greek/Vietnamese never fall to a theme font."""
    from docx.oxml.ns import qn

    rfonts = style_element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), family)


def _strip_theme_colour(style_element: object) -> None:
    from docx.oxml.ns import qn

    rpr = style_element.rPr
    colour = rpr.find(qn("w:color")) if rpr is not None else None
    if colour is not None:
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            colour.attrib.pop(qn(attr), None)


def _apply_page_setup(section: object, theme: Theme) -> None:
    from docx.shared import Mm

    width, height = theme.page_size_mm
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin = Mm(theme.margin_top_mm)
    section.bottom_margin = Mm(theme.margin_bottom_mm)
    section.left_margin = Mm(theme.margin_left_mm)
    section.right_margin = Mm(theme.margin_right_mm)
    section.header_distance = Mm(min(10.0, theme.margin_top_mm / 2))
    section.footer_distance = Mm(min(8.0, theme.margin_bottom_mm / 2))


_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _drop_stale_parts(document: object) -> None:
    """The template's thumbnail shows an empty page (a stale preview is worse than none),
    and stylesWithEffects.xml is a 430 kB Word 2010 duplicate of styles.xml that Word
    rebuilds itself; pandoc's DOCX has neither."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rels, reltype in ((document.part.package.rels, RT.THUMBNAIL),
                          (document.part.rels, _STYLES_WITH_EFFECTS)):
        for rid, rel in list(rels.items()):
            if rel.reltype == reltype:
                rels.pop(rid)


def _prepare_header_footer(document: object) -> tuple[str, str]:
    section = document.sections[-1]
    section.different_first_page_header_footer = False
    # a reference document with even-page headers would print no banner on even pages
    document.settings.odd_and_even_pages_header_footer = False
    header, footer = section.header, section.footer
    header.is_linked_to_previous = False
    footer.is_linked_to_previous = False
    return header.part.partname.lstrip("/"), footer.part.partname.lstrip("/")


def _logo_xml(document: object, theme: Theme) -> str:
    if not theme.logo:
        return ""
    from docx.image.exceptions import UnrecognizedImageError
    from docx.shared import Mm

    paragraph = document.add_paragraph()
    try:
        paragraph.add_run().add_picture(theme.logo, width=Mm(theme.logo_width_mm))
    except (UnrecognizedImageError, OSError) as exc:
        raise UsageError(f"{theme.logo}: cannot use this logo image ({exc})") from None
    xml = _tostring(paragraph._p)
    paragraph._p.getparent().remove(paragraph._p)
    return xml


def _core_part_name(document: object) -> str:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document.core_properties  # noqa: B018 - creates the part if the template lacks one
    for rel in document.part.package.rels.values():
        if rel.reltype == RT.CORE_PROPERTIES:
            return rel.target_part.partname.lstrip("/")
    return "docProps/core.xml"


def _numbering_info(document: object, entries: dict[str, bytes],
                    number_style_id: str) -> tuple[str | None, str | None, str | None, int]:
    """Where List Number's numbering lives, so each ordered list can restart at 1."""
    from docx.oxml.ns import qn

    try:
        part = document.part.numbering_part
    except (KeyError, NotImplementedError):
        return None, None, None, 0
    name = part.partname.lstrip("/")
    numbering = part.element
    style = document.styles.element.get_by_id(number_style_id)
    if style is None:
        return None, None, None, 0
    num_id_el = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if num_id_el is None or name not in entries:
        return None, None, None, 0
    style_num = num_id_el.get(qn("w:val"))
    abstract = None
    max_id = 0
    for num in numbering.findall(qn("w:num")):
        num_id = num.get(qn("w:numId"))
        max_id = max(max_id, int(num_id)) if num_id and num_id.isdigit() else max_id
        if num_id == style_num:
            abs_el = num.find(qn("w:abstractNumId"))
            abstract = abs_el.get(qn("w:val")) if abs_el is not None else None
    if abstract is None:
        return None, None, None, 0
    xml = entries.pop(name).decode("utf-8")
    return name, xml, abstract, max_id + 1


# ---------------------------------------------------------------- per memo

def _t(text: str) -> str:
    """Runs' text nodes: tabs and line breaks become Word's own elements."""
    parts: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<w:t xml:space="preserve">{xml_escape(chunk)}</w:t>')
    return "".join(parts)


def _rpr(bold: bool = False, italic: bool = False, extra: str = "") -> str:
    inner = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "") + extra
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def _runs(content: Inlines, force_bold: bool = False) -> str:
    out = []
    for run in content:
        text = clean_text(run.text)
        if text:
            out.append(f"<w:r>{_rpr(run.bold or force_bold, run.italic)}{_t(text)}</w:r>")
    return "".join(out)


def _para(style_id: str, runs: str, ppr_extra: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{ppr_extra}</w:pPr>{runs}</w:p>'


def _field(instr: str, placeholder: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{placeholder}</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _half_points(size: float) -> int:
    return int(round(size * 2))


class _MemoDocx:
    """One memo's parts, built as WordprocessingML strings over a prepared base."""

    def __init__(self, memo: Memo, theme: Theme, base: _Base) -> None:
        self.memo = memo
        self.theme = theme
        self.base = base
        self.ids = dict(base.style_ids)
        self.extra_nums: list[str] = []

    def build(self) -> bytes:
        base = self.base
        parts: dict[str, bytes] = {}
        body = self._body()
        parts[base.document_name] = (base.document_head + body + base.document_tail).encode("utf-8")
        parts[base.header_name] = self._header().encode("utf-8")
        parts[base.footer_name] = self._footer().encode("utf-8")
        parts[base.core_name] = self._core().encode("utf-8")
        if base.numbering_name and base.numbering_xml is not None:
            xml = base.numbering_xml
            if self.extra_nums:
                cut = xml.rindex("</w:numbering>")
                xml = xml[:cut] + "".join(self.extra_nums) + xml[cut:]
            parts[base.numbering_name] = xml.encode("utf-8")
        members = list(base.entries) + [_pack(name, data) for name, data in parts.items()]
        return _zip(members, memo_datetime(self.memo.created).timetuple()[:6])

    # -- body
    def _body(self) -> str:
        out: list[str] = []
        normal = self.ids["normal"]
        if self.base.logo_xml:
            out.append(self.base.logo_xml)
        letter_rpr = _rpr(True, extra=f'<w:color w:val="{self.theme.heading_colour[1:]}"/>')
        for line in self.theme.letterhead:
            run = f"<w:r>{letter_rpr}{_t(clean_text(line))}</w:r>"
            out.append(_para(normal, run, '<w:spacing w:after="0"/>'))
        if self.memo.title:
            title = clean_text(self.memo.title)
            out.append(_para(self.ids["title"], f"<w:r>{_t(title)}</w:r>"))
        out.append(self._fields())
        for block in self.memo.blocks:
            out.append(self._block(block))
        return "".join(out)

    def _fields(self) -> str:
        rows = [(clean_text(k), clean_text(v)) for k, v in self.memo.fields]
        out = []
        rule = self.theme.rule_colour[1:]
        for i, (label, value) in enumerate(rows):
            last = i == len(rows) - 1
            border = (f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" '
                      f'w:color="{rule}"/></w:pBdr>' if last else "")
            ppr = (f'{border}<w:tabs><w:tab w:val="left" w:pos="{_FIELD_LABEL_TWIPS}"/></w:tabs>'
                   f'<w:spacing w:after="{200 if last else 40}"/>'
                   f'<w:ind w:left="{_FIELD_LABEL_TWIPS}" w:hanging="{_FIELD_LABEL_TWIPS}"/>')
            label_text = label if label.endswith(":") else f"{label}:"
            runs = f"<w:r>{_rpr(True)}{_t(label_text)}</w:r><w:r><w:tab/></w:r>"
            runs += f"<w:r>{_t(value)}</w:r>"
            out.append(_para(self.ids["normal"], runs, ppr))
        return "".join(out)

    def _block(self, block: object) -> str:
        if isinstance(block, Heading):
            role = f"h{min(max(block.level, 1), 4)}"
            return _para(self.ids[role], _runs(block.content))
        if isinstance(block, Paragraph):
            return _para(self.ids["normal"], _runs(block.content))
        if isinstance(block, BulletList):
            return self._list(block)
        if isinstance(block, Table):
            return self._table(block)
        raise TypeError(f"unknown memo block: {type(block).__name__}")

    def _list(self, block: BulletList) -> str:
        style = self.ids["number" if block.ordered else "bullet"]
        numpr = ""
        if block.ordered and self.base.number_abstract_id is not None:
            num_id = self.base.next_num_id + len(self.extra_nums)
            self.extra_nums.append(
                f'<w:num w:numId="{num_id}"><w:abstractNumId '
                f'w:val="{self.base.number_abstract_id}"/><w:lvlOverride w:ilvl="0">'
                f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>')
            numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        return "".join(_para(style, _runs(item), numpr) for item in block.items)

    def _table(self, block: Table) -> str:
        ncols = max([len(block.header)] + [len(r) for r in block.rows] + [1])
        capacity = self.base.text_width_twips / (self.theme.body_size * 11)  # twips/char
        weights = column_weights(block, ncols, capacity)
        widths = [int(self.base.text_width_twips * w) for w in weights]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.base.table_style_id}"/>'
               '<w:tblW w:w="5000" w:type="pct"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
               'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
               f"<w:tblGrid>{grid}</w:tblGrid>"]
        if block.header:
            out.append(self._row(block.header, widths, header=True))
        for row in block.rows:
            out.append(self._row(row, widths, header=False))
        out.append("</w:tbl>")
        # Word merges adjacent tables; an empty paragraph keeps them apart and adds air
        out.append(_para(self.ids["normal"], "", '<w:spacing w:after="120"/>'))
        return "".join(out)

    def _row(self, cells: tuple[Inlines, ...], widths: list[int], *, header: bool) -> str:
        trpr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else \
            "<w:trPr><w:cantSplit/></w:trPr>"
        shade = (f'<w:shd w:val="clear" w:color="auto" '
                 f'w:fill="{self.theme.table_header_colour[1:]}"/>' if header else "")
        out = [f"<w:tr>{trpr}"]
        padded = list(cells) + [()] * (len(widths) - len(cells))
        for content, width in zip(padded, widths, strict=True):
            para = _para(self.ids["normal"], _runs(content, force_bold=header),
                         '<w:spacing w:before="20" w:after="20"/>')
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
                       f"{para}</w:tc>")
        out.append("</w:tr>")
        return "".join(out)

    # -- page furniture
    def _banner(self, style_id: str) -> str:
        text = clean_text(self.memo.classification).strip()
        if not text:
            return ""
        theme = self.theme
        ppr = (f'<w:shd w:val="clear" w:color="auto" w:fill="{theme.banner_colour[1:]}"/>'
               '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>')
        rpr = _rpr(True, extra=f'<w:color w:val="{theme.banner_text_colour[1:]}"/>'
                               f'<w:sz w:val="{_half_points(theme.small_size + 1)}"/>')
        return _para(style_id, f"<w:r>{rpr}{_t(text)}</w:r>", ppr)

    def _header(self) -> str:
        banner = self._banner(self.ids["header"]) or _para(self.ids["header"], "")
        return _part("hdr", banner)

    def _footer(self) -> str:
        size = f'<w:sz w:val="{_half_points(self.theme.small_size)}"/>'
        rpr = _rpr(extra=size)
        runs = (f"<w:r>{rpr}<w:t xml:space=\"preserve\">Page </w:t></w:r>"
                + _field("PAGE", "1").replace("<w:r>", f"<w:r>{rpr}")
                + f"<w:r>{rpr}<w:t xml:space=\"preserve\"> of </w:t></w:r>"
                + _field("NUMPAGES", "1").replace("<w:r>", f"<w:r>{rpr}"))
        page = _para(self.ids["footer"], runs, '<w:spacing w:after="60"/><w:jc w:val="center"/>')
        return _part("ftr", page + self._banner(self.ids["footer"]))

    def _core(self) -> str:
        memo = self.memo
        stamp = memo_datetime(memo.created).strftime("%Y-%m-%dT%H:%M:%SZ")

        def el(tag: str, value: str) -> str:
            value = clean_text(value)
            return f"<{tag}>{xml_escape(value)}</{tag}>" if value else f"<{tag}/>"

        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                + el("dc:title", memo.title) + el("dc:subject", memo.subject)
                + el("dc:creator", memo.author) + el("cp:keywords", ", ".join(memo.keywords))
                + el("dc:description", memo.classification)
                + el("cp:lastModifiedBy", memo.author) + "<cp:revision>1</cp:revision>"
                + f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
                + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
                + "</cp:coreProperties>")


def _part(tag: str, inner: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{inner}</w:{tag}>')


_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")


def _zip(members: list[_Packed], date_time: tuple[int, ...]) -> bytes:
    """A zip with [Content_Types].xml first, the rest sorted, one fixed timestamp.

    Written by hand because zipfile cannot take already-deflated data, and re-deflating
    the ~350 kB of styles.xml for every memo would cost more than building the memo.
    """
    year, month, day, hour, minute, second = date_time
    if year < 1980:
        year, month, day, hour, minute, second = 1980, 1, 1, 0, 0, 0
    dos_date = (year - 1980) << 9 | month << 5 | day
    dos_time = hour << 11 | minute << 5 | second // 2
    members = sorted(members, key=lambda m: (m.name != "[Content_Types].xml", m.name))
    out = io.BytesIO()
    central = []
    for m in members:
        name = m.name.encode("utf-8")
        flags = 0x800 if not name.isascii() else 0
        offset = out.tell()
        out.write(_LOCAL.pack(b"PK\x03\x04", 20, flags, zipfile.ZIP_DEFLATED, dos_time,
                              dos_date, m.crc, len(m.data), m.size, len(name), 0))
        out.write(name)
        out.write(m.data)
        central.append(_CENTRAL.pack(b"PK\x01\x02", 0x0314, 20, flags, zipfile.ZIP_DEFLATED,
                                     dos_time, dos_date, m.crc, len(m.data), m.size,
                                     len(name), 0, 0, 0, 0, 0o644 << 16, offset) + name)
    start = out.tell()
    for record in central:
        out.write(record)
    size = out.tell() - start
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), size, start, 0))
    return out.getvalue()
