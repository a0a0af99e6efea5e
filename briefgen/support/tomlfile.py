"""Reading a user's TOML file (config, theme, samples list) with one clear error per mistake."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefgen.support.errors import UsageError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """Parse ``path``; ``what`` ("config", "theme", ...) names the file in the error line."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise UsageError(f"{path}: {what} file not found") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: {what} is a directory, not a TOML file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read {what} ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a valid TOML {what} ({exc})") from None
