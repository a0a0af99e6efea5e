"""Memo fields a user sets once: ``briefgen.toml`` in the working folder, or ``--config``.

A desk sets TO / FROM / classification (and a theme or reference .docx) in one file
instead of on every command line; options given on the command line win. Unknown keys
are errors, since a misspelt ``clasification`` that silently does nothing would put the
wrong banner on a memo.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from briefgen.support.errors import UsageError
from briefgen.support.tomlfile import read_toml

CONFIG_NAME = "briefgen.toml"
TEXT_KEYS = ("to", "from", "subject", "classification", "date")
PATH_KEYS = ("theme", "reference_docx")
DEFAULT_CLASSIFICATION = "UNCLASSIFIED"


def load_memo_fields(config_path: Path | None, given: dict[str, Any]) -> dict[str, Any]:
    """Config file values overlaid by the command line's; classification always set.

    Returns text keys as strings and ``theme`` / ``reference_docx`` as absolute Paths
    (relative paths in the file are relative to the file, so a config travels with its
    theme).
    """
    path = Path(config_path) if config_path is not None else Path.cwd() / CONFIG_NAME
    from_file = _read(path) if config_path is not None or path.is_file() else {}
    fields = {**from_file, **{k: v for k, v in given.items() if v is not None}}
    fields["classification"] = str(fields.get("classification") or DEFAULT_CLASSIFICATION)
    if "date" in fields:
        fields["date"] = _check_date(fields["date"], "--date")
    return fields


def _read(path: Path) -> dict[str, Any]:
    data = read_toml(path, "config")
    known = (*TEXT_KEYS, *PATH_KEYS)
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise UsageError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(known)})")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "date" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            out[key] = value.isoformat()
        elif not isinstance(value, str):
            raise UsageError(f"{path}: {key} must be a string, got {value!r}")
        elif key in PATH_KEYS:
            out[key] = _relative_to(path, key, value)
        else:
            out[key] = value
    return out


def _relative_to(config: Path, key: str, value: str) -> Path:
    target = Path(value).expanduser()
    if not target.is_absolute():
        target = (config.resolve().parent / target).resolve()
    if not target.is_file():
        raise UsageError(f"{config}: {key}: file not found: {target}")
    return target


def _check_date(value: Any, where: str) -> str:
    """Accept YYYY-MM-DD (shown as '23 May 2024') or free text such as '23 May 2024'."""
    text = str(value).strip()
    if not text:
        raise UsageError(f"{where}: empty date")
    if text[:4].isdigit() and "-" in text:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise UsageError(f"{where}: expected YYYY-MM-DD, got {text!r}") from None
    return text
