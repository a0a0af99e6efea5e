"""Summaries to and from JSON and YAML files; the YAML is the one people review and edit.

The people-YAML (``briefgen parse RELEASE -o visit.yaml``) uses the JSON field names, in
memo order, and writes every top-level field even when it is empty, so a reviewer can fill
in what the parser missed. Decisions, so the file stays short and still round-trips
(``load_summary(dump_summary(s, "yaml")) == s``):

* An item with nothing but its text is a plain string; otherwise a block mapping that
  leaves out fields still at their default (``kind: null``, ``parties: []`` ...).
* Evidence stays, in a one-line flow form without its quote:
  ``evidence: [{sentence: 3, start: 210, end: 318, cue: signed}]`` (``source`` is left out
  when 0, ``cue`` when null). The quote is not lost: it is a comment just above the item,
  ``# quote S4: "..."`` (S4 = sentence index 3, as the memo's "Ref. S4"; once releases are
  merged ``# quote b.html S4: "..."`` names the release), one per sentence cited, so a
  sentence cited twice is quoted once. The quote is a JSON string literal, so newlines,
  ``#`` and odd characters stay on one safe line and come back exactly. On load each
  ``# quote`` line above an item fills the evidence entries of that release and sentence
  that have no ``quote`` key (an entry whose quote differs from the comment keeps its own
  ``quote:``); other comments are ignored. Deleting comments only empties quotes; deleting
  or reordering evidence entries cannot mismatch them; items a reviewer adds need no
  evidence at all. Participants with only a name are plain strings, like items.
* Timestamps are not resolved by YAML: ``date: 2024-13-01`` reaches pydantic as text, so a
  bad date is reported like any other mistake, with its line.

Every mistake a person can make in the file (YAML syntax, unknown field, bad date, wrong
type) becomes one ``InputError`` reading ``FILE:LINE: plain-words reason``; the line comes
from ruamel's position records (for JSON, from re-reading the text as YAML, which JSON
nearly is).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import io
import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from briefgen.model import VISIT_TYPES, Evidence, VisitSummary
from briefgen.support.errors import InputError, UsageError
from briefgen.support.fsutil import write_text_atomic

__all__ = ["dump_summary", "load_summary", "loads_summary", "write_text_atomic"]

ITEM_FIELDS = ("participants", "agreements", "outcomes", "follow_ups", "cooperation_areas",
               "projects")
_HEADER = """\
Visit summary for review. Fix what is wrong, fill what is empty, delete what should go,
then render it: briefgen render THIS_FILE
An item may be a plain string or a mapping with text (agreements also take kind and
parties; follow-ups kind, owner and due). Dates are YYYY-MM-DD; [] is an empty list.
A '# quote S4:' line shows the release sentence (S4 = sentence 4) an item came from;
it may be kept or dropped."""
_QUOTE_RE = re.compile(r'^\s*#\s*quote (?:(.*?) )?S(\d+):\s*(".*")\s*$')
_PLAIN_SAFE = re.compile(r"[A-Za-z][A-Za-z0-9 .'()_+-]*[A-Za-z0-9.)]|[A-Za-z]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# YAML forbids these in a stream or treats them as line breaks; escape them inside quotes
_NOT_YAML_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
                                 "\ud800-\udfff\ufeff\ufffe\uffff]")


# --------------------------------------------------------------------------- dump


def dump_summary(summary: VisitSummary, fmt: str = "json") -> str:
    """Serialise ``summary`` as JSON (for programs) or commented YAML (for people)."""
    fmt = fmt.lower()
    if fmt == "json":
        return json.dumps(summary.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    if fmt in ("yaml", "yml"):
        return _dump_yaml(summary)
    raise UsageError(f"unknown summary format {fmt!r}; choose json or yaml")


def quote_comment(quote: str, sentence: int, source: str | None = None) -> str:
    """A source sentence as one safe comment line that reads back exactly."""
    literal = json.dumps(quote, ensure_ascii=False)
    label = "quote" if source is None else f"quote {_one_line(source)}"
    literal = _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", literal)
    return f"{label} S{sentence + 1}: {literal}"


def _one_line(text: str) -> str:
    return " ".join(_NOT_YAML_PRINTABLE.sub(" ", text).split())


def _dump_yaml(summary: VisitSummary) -> str:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

    top = CommentedMap()
    source_names = _source_labels([(s.path, s.title) for s in summary.all_sources])
    for name in VisitSummary.model_fields:
        value = getattr(summary, name)
        if name in ITEM_FIELDS:
            top[name] = _item_seq(value, source_names)
        elif isinstance(value, BaseModel):
            top[name] = _plain_map(value, keep_none=True)
        elif isinstance(value, list):
            top[name] = _seq([
                _plain_map(v, keep_none=True) if isinstance(v, BaseModel) else v for v in value
            ])
        else:
            top[name] = value
    _quote_unsafe(top)
    top.yaml_set_start_comment(_HEADER)
    top.yaml_add_eol_comment("YYYY-MM-DD", "date")
    top.yaml_add_eol_comment("YYYY-MM-DD, if the visit lasted several days", "date_end")
    top.yaml_add_eol_comment("one of: " + ", ".join(VISIT_TYPES), "visit_type")
    yaml = YAML()
    aliases = yaml.representer.ignore_aliases
    # no &id001 anchors when two sources share a date object; keep the rest of ruamel's
    # logic, which also writes empty values as "key:" rather than "key: null"
    yaml.representer.ignore_aliases = lambda data: isinstance(data, dt.date) or aliases(data)
    yaml.width = 4096  # one item per line: easier to edit by hand and by script
    yaml.indent(mapping=2, sequence=4, offset=2)
    buf = io.StringIO()
    yaml.dump(top, buf)
    return buf.getvalue()


def _quote_unsafe(node: Any) -> None:
    """Double-quote strings with control or line-break characters: only that style escapes
    them (ruamel writes U+0085 or U+2028 raw inside single quotes, and they read back as
    line breaks)."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    keys = node.keys() if isinstance(node, dict) else range(len(node))
    for key in keys:
        value = node[key]
        if isinstance(value, str) and _CONTROL.search(value):
            node[key] = DoubleQuotedScalarString(value)
        elif isinstance(value, (dict, list)):
            _quote_unsafe(value)


def _source_labels(sources: list[tuple[Any, Any]]) -> list[str]:
    """How quote comments name each release: its file name (as merge.py's conflicts do),
    else its title, made unique with "#index" so each label points at one release."""
    labels: list[str] = []
    for index, (path, title) in enumerate(sources):
        if isinstance(path, str) and path:
            label = path.replace("\\", "/").rsplit("/", 1)[-1]
        else:
            label = title if isinstance(title, str) and title else ""
        label = _one_line(label)
        labels.append(f"{label} #{index}" if not label or label in labels else label)
    return [label.strip() for label in labels]


def _seq(values: list[Any]) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(values)
    if not values:
        seq.fa.set_flow_style()  # "[]", which invites filling in
    return seq


def _plain_map(model: BaseModel, *, keep_none: bool) -> Any:
    from ruamel.yaml.comments import CommentedMap

    out = CommentedMap()
    for key, value in model.model_dump(mode="python").items():
        if keep_none or value not in (None, [], ""):
            out[key] = value
    return out


def _item_seq(items: list[BaseModel], source_names: list[str]) -> Any:
    seq = _seq([_item_node(item) for item in items])
    for index, item in enumerate(items):
        quotes = _comment_quotes_by_key(getattr(item, "evidence", []))
        if any(quotes.values()):
            lines = [quote_comment(quote, sentence, _source_label(source, source_names))
                     for (source, sentence), quote in quotes.items()]
            seq.yaml_set_comment_before_after_key(index, before="\n".join(lines), indent=2)
    return seq


def _quote_key(ev: Any) -> tuple[int, int]:
    return (ev.source, ev.sentence)


def _source_label(index: int, names: list[str]) -> str | None:
    if len(names) < 2 and index == 0:
        return None
    return names[index] if index < len(names) else f"#{index}"


def _item_node(item: BaseModel) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    fields = item.model_dump(mode="python", exclude={"evidence"})
    defaults = {k: f.get_default(call_default_factory=True)
                for k, f in type(item).model_fields.items() if not f.is_required()}
    kept = {k: v for k, v in fields.items() if k not in defaults or v != defaults[k]}
    evidence: list[Evidence] = getattr(item, "evidence", [])
    if len(kept) == 1 and set(kept) <= {"text", "name"} and not evidence:
        return next(iter(kept.values()))
    node = CommentedMap(kept)
    if evidence:
        commented = dict(_comment_quotes_by_key(evidence))
        entries = CommentedSeq()
        for ev in evidence:
            entry = CommentedMap()
            for key in ("sentence", "start", "end"):
                entry[key] = getattr(ev, key)
            if ev.source:
                entry["source"] = ev.source
            if ev.cue is not None:
                entry["cue"] = _flow_text(ev.cue)
            if ev.quote != commented[_quote_key(ev)]:
                # a second wording of a sentence already quoted
                entry["quote"] = _flow_text(ev.quote)
            entry.fa.set_flow_style()
            entries.append(entry)
        entries.fa.set_flow_style()
        node["evidence"] = entries
    return node


def _flow_text(text: str) -> Any:
    """Plain only when plainly safe: ruamel writes e.g. ``?0`` bare inside ``{...}``,
    which no YAML reader accepts."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return text if _PLAIN_SAFE.fullmatch(text) else DoubleQuotedScalarString(text)


def _comment_quotes_by_key(evidence: list[Evidence]) -> dict[tuple[int, int], str]:
    first: dict[tuple[int, int], str] = {}
    for ev in evidence:
        first.setdefault(_quote_key(ev), ev.quote)
    return first


# --------------------------------------------------------------------------- load


class _Positions:
    """Where each key and value sat in the file, by the path pydantic reports errors at."""

    def __init__(self) -> None:
        self.keys: dict[tuple[Any, ...], int] = {}
        self.values: dict[tuple[Any, ...], int] = {}

    def line_of(self, loc: tuple[Any, ...], *, key: bool) -> int | None:
        if key and loc in self.keys:
            return self.keys[loc] + 1
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.values:
                return self.values[loc[:end]] + 1
        return None


def load_summary(path: Path) -> VisitSummary:
    """Read and check a summary file; any mistake in it is one ``FILE:LINE: reason``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return loads_summary(text, str(path), fmt)


def loads_summary(text: str, name: str = "<summary>", fmt: str = "yaml") -> VisitSummary:
    """Parse summary text; ``name`` is what error messages call the file."""
    if fmt == "json":
        data, positions = _load_json(text, name)
    else:
        data, positions = _load_yaml(text, name)
    if not isinstance(data, dict):
        got = "an empty file" if data is None else _kind(data)
        raise InputError(f"{name}:1: expected a mapping of summary fields (title, date, "
                         f"agreements, ...), got {got}")
    if isinstance(data.get("participants"), list):  # a bare name, as for other items
        data["participants"] = [{"name": p} if isinstance(p, str) else p
                                for p in data["participants"]]
    try:
        return VisitSummary.model_validate(data)
    except ValidationError as exc:
        raise InputError(_explain(exc, data, positions, name)) from None


def _yaml_loader() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor

    class _TextTimestamps(RoundTripConstructor):
        """Leave dates as text so pydantic, not the YAML reader, judges them."""

    _TextTimestamps.add_constructor(
        "tag:yaml.org,2002:timestamp",
        lambda self, node: self.construct_scalar(node),  # noqa: ANN001
    )
    yaml = YAML(typ="rt")
    yaml.Constructor = _TextTimestamps
    return yaml


def _load_yaml(text: str, name: str) -> tuple[Any, _Positions]:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        node = _yaml_loader().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"{mark.line + 1}" if mark is not None else "1"
        reason = " ".join(p for p in (exc.problem, exc.context) if p) or "cannot read"
        opened = exc.context_mark
        if opened is not None and mark is not None and opened.line != mark.line:
            reason += f" started on line {opened.line + 1}"
        raise InputError(f"{name}:{line}: YAML syntax error: {reason}") from None
    except YAMLError as exc:
        raise InputError(f"{name}: YAML syntax error: {exc}") from None
    positions = _Positions()
    data = _plain(node, (), positions)
    if isinstance(data, dict):
        _restore_quotes(node, data, text.splitlines())
    return data, positions


def _load_json(text: str, name: str) -> tuple[Any, _Positions]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}:{exc.lineno}: JSON syntax error: {exc.msg}") from None
    positions = _Positions()
    try:  # only for line numbers: JSON read as YAML keeps ruamel's position records
        _plain(_yaml_loader().load(text), (), positions)
    except Exception:  # noqa: BLE001 - positions are a nicety; the data came from json
        positions = _Positions()
    return data, positions


def _plain(node: Any, path: tuple[Any, ...], positions: _Positions) -> Any:
    """ruamel's commented nodes as builtin values, noting each one's line on the way."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        out: dict[Any, Any] = {}
        for key, value in node.items():
            key = _scalar(key)
            sub = (*path, key)
            with contextlib.suppress(KeyError, TypeError):
                positions.keys[sub] = node.lc.key(key)[0]
                positions.values[sub] = node.lc.value(key)[0]
            out[key] = _plain(value, sub, positions)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            sub = (*path, index)
            with contextlib.suppress(KeyError, TypeError, IndexError):
                positions.values[sub] = node.lc.item(index)[0]
            items.append(_plain(value, sub, positions))
        return items
    return _scalar(node)


def _scalar(value: Any) -> Any:
    # ruamel's scalar subclasses carry formatting; pydantic wants the plain types
    for plain in (bool, int, float, str):
        if isinstance(value, plain):
            return plain(value)
    return value


def _restore_quotes(node: Any, data: dict[str, Any], lines: list[str]) -> None:
    """Give evidence back the quotes that the comment lines above each item carry."""
    others = data.get("other_sources")
    sources = [data.get("source"), *(others if isinstance(others, list) else [])]
    labels = _source_labels([(s.get("path"), s.get("title")) if isinstance(s, dict)
                             else (None, None) for s in sources])
    names = {label: index for index, label in enumerate(labels)}
    for name in ITEM_FIELDS:
        seq, items = node.get(name), data.get(name)
        if not isinstance(items, list) or not hasattr(seq, "lc"):
            continue
        for index, item in enumerate(items):
            evidence = item.get("evidence") if isinstance(item, dict) else None
            if not isinstance(evidence, list):
                continue
            quotes = _quotes_above(lines, seq.lc.item(index)[0], names)
            for entry in evidence:
                key = (entry.get("source", 0), entry.get("sentence")) \
                    if isinstance(entry, dict) else None
                if key in quotes and "quote" not in entry:
                    entry["quote"] = quotes[key]


def _index_label(label: str) -> int | None:
    """'#3' (a release not listed in the file) -> 3."""
    return int(label[1:]) if re.fullmatch(r"#\d+", label) else None


def _quotes_above(lines: list[str], line: int,
                  names: dict[str, int]) -> dict[tuple[int, int], str]:
    """The ``# quote`` comments right above ``line``, by (source index, sentence index)."""
    found: dict[tuple[int, int], str] = {}
    for above in reversed(lines[:line]):
        stripped = above.strip()
        if stripped in ("", "-"):
            continue
        if not stripped.startswith("#"):
            break
        match = _QUOTE_RE.match(above)
        if not match:
            continue
        label, number, literal = match.groups()
        source = 0 if label is None else names.get(label, _index_label(label))
        try:
            if source is not None:
                found.setdefault((source, int(number) - 1), json.loads(literal))
        except json.JSONDecodeError:
            continue
    return found


# --------------------------------------------------------------------------- messages


def _explain(exc: ValidationError, data: dict[str, Any], positions: _Positions,
             name: str) -> str:
    errors = exc.errors()
    first = errors[0]
    loc = tuple(first["loc"])
    line = positions.line_of(loc, key=first["type"] == "extra_forbidden")
    where = f"{name}:{line}" if line is not None else name
    more = ""
    if len(errors) > 1:
        more = f" (and {len(errors) - 1} more problem{'s' * (len(errors) > 2)})"
    return f"{where}: {_place(loc)}{_reason(first, loc)}{more}"


def _place(loc: tuple[Any, ...]) -> str:
    """``('agreements', 1, 'kind')`` as 'agreements, item 2, kind: ' for people."""
    parts = [f"item {p + 1}" if isinstance(p, int) else str(p) for p in loc]
    return ", ".join(parts) + ": " if parts else ""


def _reason(error: Any, loc: tuple[Any, ...]) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "extra_forbidden":
        return _unknown_field(loc)
    if kind.startswith("date"):
        return f"{_show(value)} is not a date; write it as YYYY-MM-DD, e.g. 2024-05-23"
    if kind == "literal_error":
        options = ", ".join(error.get("ctx", {}).get("expected", "").replace("'", "").split(", "))
        return f"{_show(value)} is not one of the allowed values: {options}"
    if kind == "missing":
        return "this required field is missing"
    if kind in ("string_type", "str_type"):
        hint = " (put it in quotes)" if isinstance(value, (int, float, bool)) else ""
        return f"expected text, got {_kind(value)}{hint}"
    if kind == "list_type":
        return f"expected a list (lines starting with '- ', or []), got {_kind(value)}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        item = len(loc) == 2 and loc[0] in ITEM_FIELDS and loc[0] != "participants"
        return (f"expected a mapping of fields{' (or a plain string)' * item}, "
                f"got {_kind(value)}")
    if kind.startswith("int"):
        return f"expected a whole number, got {_show(value)}"
    if kind == "greater_than_equal":
        return f"expected a number of 0 or more, got {_show(value)}"
    return str(error.get("msg", "invalid value"))


def _unknown_field(loc: tuple[Any, ...]) -> str:
    field = str(loc[-1])
    allowed = _allowed_fields(loc[:-1])
    close = difflib.get_close_matches(field, allowed, n=1)
    hint = f' (did you mean "{close[0]}"?)' if close else ""
    return f'unknown field "{field}"{hint}; allowed here: {", ".join(allowed)}'


def _allowed_fields(parent: tuple[Any, ...]) -> list[str]:
    model: Any = VisitSummary
    for part in parent:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            return []
        model = _model_in(info.annotation)
        if model is None:
            return []
    return list(model.model_fields)


def _model_in(annotation: Any) -> Any:
    from typing import get_args

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"yes/no value {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {_show(value)}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    tag = getattr(getattr(value, "tag", None), "value", None) or getattr(value, "tag", None)
    shown = f" {tag}" if isinstance(tag, str) else ""
    return f"a value with a YAML tag or type{shown} that a summary cannot hold"


def _show(value: Any) -> str:
    if not isinstance(value, str):
        return str(value)
    text = value
    return json.dumps(text[:60] + ("..." if len(text) > 60 else ""), ensure_ascii=False)


def summary_from_bytes(data: bytes, name: str) -> VisitSummary:
    """Read a summary (.json/.yaml) from bytes, so a batch worker needs no shared disk.

    The same reader as ``briefgen render``, so a batch accepts exactly what
    render accepts and reports errors with the same FILE:LINE wording.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: summary files must be UTF-8") from None
    fmt = "json" if Path(name).suffix.lower() == ".json" else "yaml"
    return loads_summary(text, name, fmt)
