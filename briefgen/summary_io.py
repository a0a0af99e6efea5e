"""Summaries to and from JSON and YAML files."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.errors import InputError
from briefgen.fsutil import write_text_atomic
from briefgen.model import VisitSummary

__all__ = ["dump_summary", "load_summary", "write_text_atomic"]


def dump_summary(summary: VisitSummary, fmt: str = "json") -> str:
    data = summary.model_dump(mode="json")
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    import io

    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.default_flow_style = False
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def load_summary(path: Path) -> VisitSummary:
    from pydantic import ValidationError

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    try:
        if Path(path).suffix.lower() == ".json":
            data = json.loads(text)
        else:
            from ruamel.yaml import YAML

            data = YAML(typ="safe").load(text)
    except Exception as exc:
        raise InputError(f"{path}: not valid {Path(path).suffix[1:]}: {exc}") from None
    try:
        return VisitSummary.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{path}: {where}: {first['msg']}") from None
