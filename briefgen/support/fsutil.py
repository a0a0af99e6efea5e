"""Writing outputs without ever leaving half a file or clobbering a user's file by surprise."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from briefgen.support.errors import OutputError


def write_bytes_atomic(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write via a temp file in the same folder and rename, so readers see all or nothing."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; pass --force to overwrite")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
    return path


def write_text_atomic(path: Path, text: str, *, force: bool = False) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"), force=force)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()  # what open() would give; mkstemp alone gives 0600

# letters and digits of any script stay ("Тоқаев.txt" -> "Тоқаев"); all else becomes "-"
_UNSAFE = re.compile(r"[^\w.-]+")


def safe_stem(name: str) -> str:
    """A file stem that cannot climb out of the output folder or upset a file system."""
    stem = _UNSAFE.sub("-", Path(name).name).strip(".-") or "memo"
    # file systems limit names in bytes (255 on most): keep the stem to 120 bytes of UTF-8
    return stem.encode("utf-8")[:120].decode("utf-8", errors="ignore") or "memo"
