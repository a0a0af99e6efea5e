"""Make the README pictures: page 1 of each built-in template, rendered from a sample.

Run from the checkout: ``.venv/bin/python docs/pictures.py``. It renders the bundled
sample release through every built-in template to PDF and turns page 1 into
``docs/img/<template>.png`` with pdftoppm, so the README shows what the tool really makes.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "state-visit-memoranda.txt"
PUBLISHED = dt.date(2025, 4, 17)  # as in samples/samples.toml
FIELDS = {"to": "Minister for Foreign Affairs", "from": "Regional Desk",
          "classification": "UNCLASSIFIED", "date": PUBLISHED.isoformat()}
WIDTH_PX = 900


def sample_summary():  # noqa: ANN201 - imported lazily so --help needs no package
    """The parsed sample, or (before samples exist) a summary written here by hand."""
    from briefgen.model import VisitSummary

    if SAMPLE.is_file():
        from briefgen.summarize import summarize

        summary = summarize([SAMPLE], PUBLISHED)
        summary.source.path = SAMPLE.name  # no checkout path in the picture
        return summary
    return VisitSummary.model_validate({
        "date": "2025-04-16", "visit_type": "state visit",
        "location": {"city": "Valletta", "country": "Malta"},
        "countries": ["Iceland", "Malta"],
        "participants": [
            {"name": "Anna Jónsdóttir", "title": "President", "country": "Iceland"},
            {"name": "Marco Vella", "title": "Prime Minister", "country": "Malta"}],
        "agreements": ["memorandum on fisheries research", "agreement on air services"],
        "follow_ups": [{"text": "invitation to Marco Vella to visit Iceland",
                        "owner": "Marco Vella"}],
        "cooperation_areas": ["fisheries", "renewable energy", "tourism"],
        "source": {"path": "hand-made summary", "published": PUBLISHED.isoformat()},
    })


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from briefgen.compose.templates import builtin_templates
    from briefgen.render import render_bytes

    if shutil.which("pdftoppm") is None:
        print("pictures: pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(
        PUBLISHED.year, PUBLISHED.month, PUBLISHED.day, tzinfo=dt.timezone.utc).timestamp()))
    summary = sample_summary()
    out_dir = ROOT / "docs" / "img"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in builtin_templates():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(render_bytes(summary, ["pdf"], template=name, fields=FIELDS)["pdf"])
            stem = Path(tmp) / name
            subprocess.run(["pdftoppm", "-png", "-f", "1", "-l", "1", "-singlefile",
                            "-scale-to-x", str(WIDTH_PX), "-scale-to-y", "-1", str(pdf),
                            str(stem)], check=True)
            target = out_dir / f"{name}.png"
            shutil.move(f"{stem}.png", target)
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
