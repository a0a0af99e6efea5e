"""Write: one summary in, one file per requested format out.

The memo is composed once and every output is produced in memory first
(``briefgen.render``); only when all of them exist are files written (each atomically).
A broken template, a bad theme or a renderer failure therefore leaves no file behind, and
a failed write removes the files this call had just created.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefgen.model import VisitSummary
from briefgen.render import check_formats, render_bytes
from briefgen.support.errors import OutputError
from briefgen.support.fsutil import safe_stem, write_bytes_atomic


def write_outputs(
    summary: VisitSummary,
    outdir: Path,
    formats: list[str],
    *,
    template: str | Path | None = None,
    fields: dict[str, Any] | None = None,
    stem: str = "memo",
    force: bool = False,
    reference_docx: Path | None = None,
) -> list[Path]:
    """Write ``<stem>.<format>`` into ``outdir`` for each format; return the paths written."""
    formats = check_formats(formats)
    fields = dict(fields or {})
    outdir = Path(outdir)
    targets = {fmt: outdir / f"{safe_stem(stem)}.{fmt}" for fmt in formats}
    _check_targets(outdir, targets, force)
    outputs = render_bytes(summary, formats, template=template, fields=fields,
                           reference_docx=reference_docx)
    return _write_all([(targets[fmt], outputs[fmt]) for fmt in formats], force)


def _check_targets(outdir: Path, targets: dict[str, Path], force: bool) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: is not a folder")
    for path in targets.values():
        if path.is_dir():
            raise OutputError(f"{path}: is a directory")
        if path.exists() and not force:
            raise OutputError(f"{path}: already exists; pass --force to overwrite")


def _write_all(items: list[tuple[Path, bytes]], force: bool) -> list[Path]:
    written: list[Path] = []
    created: list[Path] = []
    try:
        for path, data in items:
            existed = path.exists()
            write_bytes_atomic(path, data, force=force)
            written.append(path)
            if not existed:
                created.append(path)
    except BaseException:
        for path in created:  # all or nothing for the files this call brought into being
            path.unlink(missing_ok=True)
        raise
    return written
