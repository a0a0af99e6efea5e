"""Built-in templates: where they live, what they are for, and copying one out to edit.

The templates folder ships inside the wheel as ``briefgen/compose/templates`` (pyproject
force-include); in a source checkout it is the top-level ``templates/``. Files whose
names start with ``_`` are partials (macros) that templates import, not templates.
"""

from __future__ import annotations

import re
import shutil
from functools import lru_cache
from pathlib import Path

from briefgen.support.errors import OutputError, UsageError

SUFFIX = ".md.j2"
DEFAULT_TEMPLATE = "memo"
_DESCRIPTION = re.compile(r"\{#\s*description:\s*(.*?)\s*#\}", re.S)


@lru_cache(maxsize=1)
def builtin_dir() -> Path | None:
    """The installed package's templates first, then the source checkout's."""
    here = Path(__file__).resolve().parent  # briefgen/compose
    for folder in (here / "templates", here.parents[1] / "templates"):
        if folder.is_dir() and any(folder.glob(f"*{SUFFIX}")):
            return folder
    return None


@lru_cache(maxsize=1)
def _builtin_paths() -> dict[str, Path]:
    """Cached: a batch resolves the template once per memo; the folder does not change."""
    folder = builtin_dir()
    if folder is None:
        return {}
    return {p.name[: -len(SUFFIX)]: p for p in sorted(folder.glob(f"*{SUFFIX}"))
            if not p.name.startswith("_")}


def builtin_templates() -> dict[str, str]:
    """Name -> one-line description (from the template's ``{# description: ... #}``)."""
    out: dict[str, str] = {}
    for name, path in _builtin_paths().items():
        match = _DESCRIPTION.search(path.read_text(encoding="utf-8"))
        out[name] = " ".join(match.group(1).split()) if match else ""
    return out


def resolve_template(name_or_path: str | Path | None) -> Path:
    """A built-in name (``memo``) or a path to an edited template file."""
    value = str(name_or_path) if name_or_path not in (None, "") else DEFAULT_TEMPLATE
    builtins = dict(_builtin_paths())
    if value in builtins:
        return builtins[value]
    path = Path(value).expanduser()
    if path.is_file():
        return path.resolve()
    if path.is_dir():
        raise UsageError(f"--template: {value} is a folder; give a template file")
    if "/" in value or "\\" in value or value.endswith((".j2", ".md", ".jinja")):
        raise UsageError(f"--template: {value}: no such file")
    choices = ", ".join(builtins) or "none installed"
    raise UsageError(f"--template: unknown template {value!r}; built-in: {choices}")


def export_template(name: str, directory: Path, force: bool = False) -> Path:
    """Copy a built-in template (or partial, e.g. ``_blocks``) into ``directory`` for editing."""
    folder = builtin_dir()
    source = folder / f"{name}{SUFFIX}" if folder is not None and "/" not in name else None
    if source is None or not source.is_file():
        choices = ", ".join(_builtin_paths()) or "none installed"
        raise UsageError(f"unknown template {name!r}; built-in: {choices}")
    directory = Path(directory)
    target = directory / source.name
    if target.exists() and not force:
        raise OutputError(f"{target}: already exists; pass --force to overwrite")
    from briefgen.support.fsutil import write_bytes_atomic

    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{directory}: is not a folder")
    write_bytes_atomic(target, source.read_bytes(), force=force)
    shutil.copymode(source, target)
    return target
