"""Compose: a visit summary and a template become a Memo.

A Jinja2 template renders a small Markdown dialect (front matter for the header block,
headings, paragraphs, bullets, pipe tables, bold and italic); markdown-it-py parses it and
the tokens become ``briefgen.memo`` blocks. Every value that reaches the template output is
escaped for Markdown on the way out, so release text is always data: it cannot open a
heading, a list item, a table cell or emphasis, and it is never evaluated as Jinja2.

Templates run in Jinja2's immutable sandbox with StrictUndefined: a template cannot read
files other than templates, reach Python internals or mutate the summary, and a misspelt
variable is an error that names the template file and line rather than an empty string.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from briefgen.memo import BulletList, Heading, Inlines, Memo, Paragraph, Run, Table
from briefgen.model import Participant, Source, VisitSummary
from briefgen.support.errors import TemplateError

NOT_STATED = "Not stated in the release"
DEFAULT_CLASSIFICATION = "UNCLASSIFIED"
FIXED_CREATED = "2000-01-01T00:00:00Z"

# ---------------------------------------------------------------- Markdown escaping

_WHITESPACE = re.compile(r"\s+")
# bidi embeddings, overrides and isolates: one left open in a value would reorder the rest
# of the memo line (a "Trojan Source" spoof), and the PDF writer has no bidi support anyway
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# characters that open inline markup anywhere on a line (CommonMark + GFM tables)
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
# block markers that only matter where a value starts a line
_LINE_START = re.compile(r"^([-+=.>:!]|\d{1,9}(?=[.)]))")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def md_escape(value: object) -> str:
    """Make any value inert inside the Markdown a template renders.

    Newlines collapse to spaces (a value can never start a block or end a table row),
    inline markers get a backslash, and a leading block marker (``-``, ``1.``, ``>``,
    ``===``) is neutralised in case the template puts the value at the start of a line.
    """
    text = _WHITESPACE.sub(" ", _BIDI_CONTROLS.sub("", str(value))).strip()
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    match = _LINE_START.match(text)
    if match:
        end = match.end() if match.group(1).isdigit() else 0  # "1." opens an ordered list
        text = text[:end] + "\\" + text[end:]
    return text


def md_unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


class Text(str):
    """A string from the summary: escapes itself wherever Jinja2 would HTML-escape it.

    ``finalize`` escapes plain output; this covers the other paths where Jinja2 joins
    data with template markup under autoescape (``join``, ``~`` with a macro's result).
    """

    __slots__ = ()

    def __html__(self) -> str:
        return md_escape(self)


def _finalize(value: object) -> object:
    if value is None:
        return Markup("")
    if isinstance(value, Markup):  # template text: macro output, {% set %} blocks, |safe
        return value
    if isinstance(value, dt.date):
        return Markup(md_escape(long_date(value)))
    return Markup(md_escape(value))


def _wrap(value: Any) -> Any:
    """Turn dumped model data into template data whose strings escape themselves."""
    if isinstance(value, str):
        return Text(value)
    if isinstance(value, dict):
        return {k: _wrap(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_wrap(v) for v in value]
    return value


# ---------------------------------------------------------------- wording helpers

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve")


def long_date(value: dt.date | str | None) -> str:
    """'23 May 2024': the form a memo uses, the same in every locale."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def date_span(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    if end is None or end <= start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} \u2013 {long_date(end)}"
    return f"{long_date(start)} \u2013 {long_date(end)}"


def count_word(n: int) -> str:
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _clause(text: str) -> str:
    return text.strip().rstrip(".;:, ")


def place(summary: VisitSummary) -> str:
    city, country = summary.location.city, summary.location.country
    if city and country and city.casefold() != country.casefold():
        return f"{city}, {country}"
    return city or country or ""


def _long_title(title: str) -> bool:
    """'President' goes before a name; 'Minister of Foreign Affairs of X' reads better after."""
    return " of " in f" {title} " or len(title.split()) > 3


def _mentions(title: str, country: str | None) -> bool:
    return bool(country) and country.casefold() in title.casefold()


_THE_NAMES = frozenset({"Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
                        "Comoros", "Holy See", "Seychelles", "Vatican"})


def of_country(country: str) -> str:
    """'of the United States', 'of the Philippines', 'of France'."""
    needs_the = (country in _THE_NAMES or country.startswith(("United ", "Republic "))
                 or country.endswith((" Islands", " Republic", " Emirates")))
    return f"of the {country}" if needs_the else f"of {country}"


def person(p: Participant) -> str:
    """'President Kassym-Jomart Tokayev of Kazakhstan' or 'Ana Lima (Minister of Health of X)'.

    The parenthesis keeps a long title from breaking the sentence it sits in.
    """
    if not p.title:
        return f"{p.name} {of_country(p.country)}" if p.country else p.name
    if _long_title(p.title):
        country = "" if _mentions(p.title, p.country) or not p.country else f", {p.country}"
        return f"{p.name} ({p.title}{country})"
    if p.country:
        return f"{p.title} {p.name} {of_country(p.country)}"
    return f"{p.title} {p.name}"


def participant_line(p: Participant) -> str:
    """One participant for the glance table: 'President X (Kazakhstan)'."""
    if p.title and _long_title(p.title):
        name = f"{p.name}, {p.title}"
    else:
        name = f"{p.title} {p.name}" if p.title else p.name
    if p.country and not _mentions(p.title or "", p.country):
        return f"{name} ({p.country})"
    return name


def _sides(summary: VisitSummary) -> tuple[Participant | None, Participant | None]:
    """The guest and the host (or the two first sides of a call or meeting)."""
    people = summary.participants
    host_country = (summary.location.country or "").casefold()
    if host_country:
        guests = [p for p in people if p.country and p.country.casefold() != host_country]
        hosts = [p for p in people if p.country and p.country.casefold() == host_country]
        if guests or hosts:
            return (guests[0] if guests else None), (hosts[0] if hosts else None)
    if not people:
        return None, None
    first = people[0]
    other = next((p for p in people[1:] if p.country != first.country), None)
    return first, other


def _event_sentence(summary: VisitSummary) -> str:
    kind = summary.visit_type or "other"
    guest, host = _sides(summary)
    a = person(guest) if guest else None
    b = person(host) if host else None
    where = place(summary)
    span = date_span(summary.date, summary.date_end)
    on = f" on {span}" if span else ""
    at = f" in {where}" if where else ""
    if kind in ("state visit", "official visit", "working visit"):
        if a:
            to = f" to {where}" if where else ""
            talks = f" and held talks with {b}" if b else ""
            return f"{a} paid {_article(kind)} {kind}{to}{on}{talks}."
        if b:
            return f"{b} received {_article(kind)} {kind}{at}{on}."
        return f"{capitalise(_article(kind))} {kind} took place{at}{on}."
    if a and b:
        if kind == "talks":
            return f"{a} held talks with {b}{at}{on}."
        if kind == "meeting":
            return f"{a} met {b}{at}{on}."
        if kind in ("phone call", "videoconference"):
            return f"{a} held a {kind} with {b}{on}."
        if kind == "summit":
            return f"{a} attended a summit{at}{on} and met {b}."
        return f"{a} and {b} met{at}{on}."
    if a or b:
        who = a or b
        verbs = {"phone call": "held a phone call", "videoconference": "held a videoconference",
                 "summit": "attended a summit", "talks": "held talks", "meeting": "held a meeting"}
        if kind in verbs:
            return f"{who} {verbs[kind]}{at}{on}."
        return f"The release reports contacts involving {who}{at}{on}."
    if summary.countries:
        joined = _and_list(summary.countries)
        label = kind if kind != "other" else "contacts"
        return f"{capitalise(label)} between {joined} took place{at}{on}."
    if at or on:
        return f"The event reported took place{at}{on}."
    return "The release does not say who met, where or when."


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _and_list(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _some(texts: Sequence[str], limit: int) -> str:
    shown = [_clause(t) for t in texts[:limit]]
    rest = len(texts) - len(shown)
    body = "; ".join(shown)
    return f"{body}; and {count_word(rest)} more" if rest > 0 else body


def bottom_line(summary: VisitSummary) -> str:
    """Bottom line up front: who met whom, where, when, what was signed, what comes next."""
    sentences = [_event_sentence(summary)]
    n = len(summary.agreements)
    if n:
        noun = "document was" if n == 1 else "documents were"
        sentences.append(f"{capitalise(count_word(n))} {noun} signed or adopted: "
                         f"{_some([a.text for a in summary.agreements], 2)}.")
    else:
        sentences.append("The release reports no documents signed.")
    if summary.follow_ups:
        label = "Key follow-up" if len(summary.follow_ups) == 1 else "Key follow-ups"
        sentences.append(f"{label}: {_some([f.text for f in summary.follow_ups], 3)}.")
    elif summary.outcomes:
        sentences.append(f"Main outcome: {_clause(summary.outcomes[0].text)}.")
    return " ".join(sentences)


def short_bottom_line(summary: VisitSummary) -> str:
    """The bottom line when space is short: the event, then only counts."""
    n, m = len(summary.agreements), len(summary.follow_ups)
    docs = f"{capitalise(count_word(n))} {'document' if n == 1 else 'documents'} signed"
    steps = f"{count_word(m)} {'follow-up' if m == 1 else 'follow-ups'}"
    return f"{_event_sentence(summary)} {docs}; {steps}."


def default_subject(summary: VisitSummary) -> str:
    """A SUBJECT line when the user gives none: 'State visit: Iceland – Malta, 4 March 2024'."""
    if summary.title:
        return summary.title
    kind = capitalise(summary.visit_type) if summary.visit_type not in (None, "other") else ""
    who = " \u2013 ".join(summary.countries)
    when = date_span(summary.date, summary.date_end)
    head = ": ".join(x for x in (kind, who) if x) or "Visit summary"
    return f"{head}, {when}" if when else head


def created_stamp(summary: VisitSummary) -> str:
    """Document creation time from the content, never the clock, so bytes are reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        except (ValueError, OverflowError, OSError):
            pass
    day = summary.date or summary.source.published
    return f"{day.isoformat()}T00:00:00Z" if day else FIXED_CREATED


def sentence_ref(item: Any, releases: int = 1) -> str:
    """'S12' for an item found in sentence 12 (1-based) of the release.

    A memo merged from several releases says which one as well ('R2 S12'): sentence
    numbers alone would point into every release at once.
    """
    evidence = item.get("evidence") if isinstance(item, dict) else getattr(item, "evidence", [])
    refs: list[str] = []
    for ev in evidence or []:
        get = ev.get if isinstance(ev, dict) else lambda key, e=ev: getattr(e, key, None)
        idx = get("sentence")
        if idx is None:
            continue
        ref = f"S{idx + 1}" if releases < 2 else f"R{(get('source') or 0) + 1} S{idx + 1}"
        if ref not in refs:
            refs.append(ref)
    return ", ".join(refs)


@jinja2.pass_context
def _filter_ref(context: Any, item: Any) -> str:
    summary = context.get("summary")
    others = summary.get("other_sources") if isinstance(summary, dict) else None
    return sentence_ref(item, 1 + len(others or ()))


# ---------------------------------------------------------------- template context


TO_BE_COMPLETED = "[to be completed]"


def memo_header(summary: VisitSummary, fields: dict[str, Any] | None) -> dict[str, str]:
    """The header values a template shows, with the user's fields winning."""
    fields = dict(fields or {})
    date = fields.get("date")
    if isinstance(date, dt.date) or (isinstance(date, str) and date.strip()):
        date = long_date(date)
    else:
        date = long_date(summary.source.published or summary.date)
    # A memo always shows its four header lines; blanks say what the sender must fill in.
    return {
        "to": str(fields.get("to") or TO_BE_COMPLETED),
        "sender": str(fields.get("from") or TO_BE_COMPLETED),
        "date": date or "Undated",
        "subject": str(fields.get("subject") or default_subject(summary)),
        "classification": str(fields.get("classification") or DEFAULT_CLASSIFICATION),
    }


def _source_name(source: Source) -> str:
    return source.title or (Path(source.path).name if source.path else "")


def build_context(
    summary: VisitSummary, fields: dict[str, Any] | None = None, fit: int = 0
) -> dict[str, Any]:
    """Everything a template may use: the summary as data plus ready-made wording.

    ``fit`` is 0 for a first render; a template that declares ``max_pages`` in its front
    matter is rendered again with 1, 2, ... while the PDF is too long, so it can show less.
    """
    kind = summary.visit_type
    view = {
        "bottom_line": bottom_line(summary),
        "bottom_line_short": short_bottom_line(summary),
        "event": _event_sentence(summary),
        "visit_type": capitalise(kind) if kind and kind != "other" else NOT_STATED,
        "when": date_span(summary.date, summary.date_end) or NOT_STATED,
        "where": place(summary) or NOT_STATED,
        "countries": "; ".join(summary.countries) or NOT_STATED,
        "participants": [participant_line(p) for p in summary.participants],
        "source_name": _source_name(summary.source),
        "other_source_names": [_source_name(o) or "another release"
                               for o in summary.other_sources],
    }
    return {
        "summary": _wrap(summary.model_dump(mode="python")),
        "memo": _wrap(memo_header(summary, fields)),
        "view": _wrap(view),
        "NOT_STATED": Text(NOT_STATED),
        "fit": fit,
    }


# ---------------------------------------------------------------- environment


class _TemplateLoader(jinja2.BaseLoader):
    """Loads the chosen template and the ``*.j2`` partials beside it or among the built-ins.

    Only bare ``*.j2`` names resolve, so ``{% include '/etc/passwd' %}`` finds nothing.
    """

    def __init__(self, dirs: Sequence[Path], main: str | None) -> None:
        self.dirs = [Path(d) for d in dirs]
        self.main = main

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Any]:
        bare = "/" not in template and "\\" not in template and not template.startswith(".")
        if not bare or not (template.endswith(".j2") or template == self.main):
            raise jinja2.TemplateNotFound(template)
        for folder in self.dirs:
            path = folder / template
            if path.is_file():
                mtime = path.stat().st_mtime
                source = path.read_text(encoding="utf-8")
                return source, str(path), lambda p=path, m=mtime: _unchanged(p, m)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path, mtime: float) -> bool:
    try:
        return path.stat().st_mtime == mtime
    except OSError:
        return False


def _filter_date(value: Any) -> str:
    return long_date(value) if isinstance(value, (dt.date, str)) else ""


def _keeping_markup(func: Any) -> Any:
    """A text filter that keeps already-escaped output escaped exactly once."""

    def apply(value: Any) -> Any:
        if isinstance(value, Markup):
            return Markup(func(str(value)))
        return Text(func(str(value)))

    return apply


@lru_cache(maxsize=32)
def _environment(dirs: tuple[str, ...], main: str | None) -> ImmutableSandboxedEnvironment:
    """One environment per template folder: Jinja2 caches the compiled templates in it."""
    env = ImmutableSandboxedEnvironment(
        loader=_TemplateLoader([Path(d) for d in dirs], main),
        undefined=jinja2.StrictUndefined,
        autoescape=True,  # makes macro output Markup, so finalize leaves it alone
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters.update({
        "longdate": _filter_date,
        "capitalise": _keeping_markup(capitalise),
        "ref": _filter_ref,
        "clause": _keeping_markup(_clause),
        "count_word": count_word,
    })
    env.globals.update({"NOT_STATED": Text(NOT_STATED)})
    from briefgen.support.jinjacache import bytecode_cache

    env.bytecode_cache = bytecode_cache(env)  # compiled templates reused across processes
    return env


def _get_template(path: Path) -> jinja2.Template:
    from briefgen.compose.templates import builtin_dir

    folders = [str(path.parent)]
    builtin = builtin_dir()
    if builtin is not None and str(builtin) not in folders:
        folders.append(str(builtin))
    env = _environment(tuple(folders), path.name)
    try:
        return env.get_template(path.name)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(_where(exc.filename or str(path), exc.lineno, exc.message)) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{path}: template not found: {exc.name}") from None
    except OSError as exc:
        raise TemplateError(f"{path}: cannot read template ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise TemplateError(f"{path}: template is not UTF-8 text") from None


def _where(filename: str, lineno: int | None, message: str | None) -> str:
    return f"{filename}:{lineno or '?'}: {message or 'template error'}"


def _template_line(tb: Any, fallback: str) -> tuple[str, int | None]:
    """The innermost template frame of a traceback Jinja2 rewrote to template lines."""
    found: tuple[str, int | None] = (fallback, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or filename == fallback:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def render_markdown(
    summary: VisitSummary, template: str | Path | None = None, fields: dict | None = None,
    fit: int = 0,
) -> str:
    """Render the template to the Markdown dialect (also the ``md`` output format)."""
    from briefgen.compose.templates import resolve_template

    path = resolve_template(template)
    tmpl = _get_template(path)
    try:
        return tmpl.render(build_context(summary, fields, fit))
    except jinja2.TemplateSyntaxError as exc:  # an included partial that does not compile
        raise TemplateError(_where(exc.filename or str(path), exc.lineno, exc.message)) from None
    except (jinja2.TemplateError, SecurityError, TypeError, ValueError, AttributeError,
            ArithmeticError, LookupError, RecursionError) as exc:
        filename, line = _template_line(sys.exc_info()[2], str(path))
        message = str(exc) or type(exc).__name__
        if isinstance(exc, jinja2.TemplateNotFound):
            message = (f"cannot include {exc.name!r}: only *.j2 files beside the template "
                       "or built-in partials can be included")
        elif isinstance(exc, SecurityError):
            message = f"not allowed in a template: {message}"
        raise TemplateError(_where(filename, line, message)) from None


# ---------------------------------------------------------------- Markdown -> Memo


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False,
                                     "typographer": False}).enable("table")


@dataclass
class _FrontMatter:
    title: str = ""
    classification: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    keywords: tuple[str, ...] = ()
    author: str = ""
    max_pages: int = 0


_LABELS = {"to": "TO", "from": "FROM", "date": "DATE", "subject": "SUBJECT", "cc": "CC"}


def split_front_matter(text: str, origin: str) -> tuple[_FrontMatter, str]:
    """Split ``---`` key: value lines off the top; they feed the memo's header block."""
    lines = text.lstrip("\ufeff\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return _FrontMatter(), text
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise TemplateError(f"{origin}: front matter opened with '---' is never closed") from None
    front = _FrontMatter()
    fields: list[tuple[str, str]] = []
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not re.fullmatch(r"[a-z][a-z0-9_ -]*", key):
            raise TemplateError(f"{origin}: front matter line {number}: expected 'key: value'")
        value = md_unescape(value.strip().strip('"'))
        if key == "title":
            front.title = value
        elif key == "classification":
            front.classification = value
        elif key == "author":
            front.author = value
        elif key == "max_pages":
            if not value.isdigit():
                raise TemplateError(f"{origin}: front matter max_pages must be a whole number")
            front.max_pages = int(value)
        elif key == "keywords":
            front.keywords = tuple(k.strip() for k in value.split(",") if k.strip())
        elif value:
            fields.append((_LABELS.get(key, key.upper()), value))
    front.fields = tuple(fields)
    return front, "\n".join(lines[end + 1:])


def yaml_front_matter(markdown: str) -> str:
    """Rewrite the template's ``key: value`` front matter as real YAML for the md output.

    Templates write front matter as plain lines with Markdown-escaped values, which is
    enough for our own reader but not YAML ("subject: Visit: A – B" or "\\[to be
    completed\\]" stop pandoc). The values are unescaped and emitted by a YAML emitter,
    quoted where YAML needs it; the body is left as it is.
    """
    lines = markdown.lstrip("\ufeff\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return markdown
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
    if not end:
        return markdown
    values: dict[str, object] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if not sep or not line.strip() or line.lstrip().startswith("#"):
            continue
        text = md_unescape(value.strip().strip('"'))
        values[key.strip()] = int(text) if key.strip() == "max_pages" and text.isdigit() else text
    return "---\n" + _dump_yaml(values) + "---\n" + "\n".join(lines[end + 1:])


def _dump_yaml(values: dict[str, object]) -> str:
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False  # the template's order: title first
    yaml.width = 4096  # one line per field: a folded subject is valid YAML but hard to read
    buffer = io.StringIO()
    yaml.dump(values, buffer)
    return buffer.getvalue()


def _inlines(children: Iterable[Any]) -> Inlines:
    runs: list[Run] = []
    bold = italic = 0

    def add(text: str) -> None:
        if not text:
            return
        style = (bold > 0, italic > 0)
        if runs and (runs[-1].bold, runs[-1].italic) == style:
            runs[-1] = Run(runs[-1].text + text, *style)
        else:
            runs.append(Run(text, *style))

    for tok in children:
        kind = tok.type
        if kind in ("text", "text_special", "code_inline", "html_inline"):
            add(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            add(" ")
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "image":
            add(tok.content)
    if runs:  # trailing spaces from breaks are noise in a cell or a paragraph end
        last = runs[-1]
        runs[-1] = Run(last.text.rstrip(), last.bold, last.italic)
        if not runs[-1].text:
            runs.pop()
    return tuple(runs)


def _join_inlines(parts: Sequence[Inlines]) -> Inlines:
    out: list[Run] = []
    for i, part in enumerate(p for p in parts if p):
        if i:
            out.append(Run(" "))
        out.extend(part)
    return tuple(out)


def _blocks(tokens: Sequence[Any]) -> Iterator[Any]:
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open":
            yield Heading(int(tok.tag[1:]), _inlines(tokens[i + 1].children or []))
            i += 3
        elif kind == "paragraph_open":
            content = _inlines(tokens[i + 1].children or [])
            if content:
                yield Paragraph(content)
            i += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            end = _closing(tokens, i)
            items = _list_items(tokens[i + 1:end])
            if items:
                yield BulletList(tuple(items), ordered=kind == "ordered_list_open")
            i = end + 1
        elif kind == "table_open":
            end = _closing(tokens, i)
            table = _table(tokens[i + 1:end])
            if table is not None:
                yield table
            i = end + 1
        elif kind in ("code_block", "fence"):
            text = tok.content.strip()
            if text:
                yield Paragraph((Run(text),))
            i += 1
        else:  # blockquote wrappers, rules: their paragraphs come through on their own
            i += 1


def _closing(tokens: Sequence[Any], start: int) -> int:
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _list_items(tokens: Sequence[Any]) -> list[Inlines]:
    """Items of a list; nested lists are flattened because the Memo model has one level."""
    items: list[Inlines] = []
    current: list[Inlines] | None = None
    for tok in tokens:
        if tok.type == "list_item_open":
            if current:
                items.append(_join_inlines(current))
            current = []
        elif tok.type == "inline" and current is not None:
            current.append(_inlines(tok.children or []))
        elif tok.type == "list_item_close" and current is not None:
            if current:
                items.append(_join_inlines(current))
            current = None
    return [item for item in items if item]


def _table(tokens: Sequence[Any]) -> Table | None:
    header: list[Inlines] = []
    rows: list[list[Inlines]] = []
    in_head = False
    for tok in tokens:
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open" and not in_head:
            rows.append([])
        elif tok.type == "inline":
            cell = _inlines(tok.children or [])
            (header if in_head else rows[-1]).append(cell)
    if not header:
        return None
    return Table(tuple(header), tuple(tuple(r) for r in rows))


def markdown_to_memo(text: str, origin: str = "template") -> tuple[_FrontMatter, tuple]:
    front, body = split_front_matter(text, origin)
    return front, tuple(_blocks(_markdown().parse(body)))


# ---------------------------------------------------------------- entry point


def compose(
    summary: VisitSummary, template: str | Path | None = None, fields: dict | None = None
) -> Memo:
    """Build the memo for a summary with a built-in template name or a template path."""
    return compose_markdown(summary, template, fields)[0]


def compose_markdown(
    summary: VisitSummary, template: str | Path | None = None, fields: dict | None = None
) -> tuple[Memo, str]:
    """The memo and the Markdown it was parsed from (the ``md`` format writes the latter)."""
    composed = compose_document(summary, template, fields)
    return composed.memo, composed.markdown


@dataclass(frozen=True)
class Composed:
    memo: Memo
    markdown: str
    max_pages: int = 0  # from the template's front matter; 0 = no limit


def compose_document(
    summary: VisitSummary, template: str | Path | None = None, fields: dict | None = None,
    fit: int = 0,
) -> Composed:
    """Compose at one ``fit`` level, keeping the page limit the template asks for."""
    text = render_markdown(summary, template, fields, fit)
    front, blocks = markdown_to_memo(text, str(template or "memo"))
    header = memo_header(summary, fields)
    if not blocks and not front.fields:
        raise TemplateError(f"{template or 'memo'}: the template produced an empty memo")
    keywords = front.keywords or tuple(
        dict.fromkeys([*summary.countries, *([summary.visit_type] if summary.visit_type else [])])
    )
    memo = Memo(
        title=front.title or header["subject"],
        blocks=blocks,
        fields=front.fields,
        classification=front.classification or header["classification"],
        created=created_stamp(summary),
        author=front.author or header["sender"] or "briefgen",
        subject=header["subject"],
        keywords=keywords,
    )
    return Composed(memo, text, front.max_pages)
