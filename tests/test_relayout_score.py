"""The dev corpus laid out differently scores as it does untouched (tests/relayout.py): a
hard-wrapped copy, one line per paragraph, Windows line ends, Markdown, an HTML page,
American spelling, a page's breadcrumb and footer, a repeated headline and a publication
day above the headline are the same releases. Skips where ../shared is absent."""

from __future__ import annotations

import pytest

from tests import relayout

pytestmark = pytest.mark.skipif(not (relayout.SCORER.exists() and relayout.DEV.is_dir()),
                                reason="../shared corpus or scorer not present")

HELD = ["wrapped at 72 columns", "one line per paragraph", "Windows line ends", "Markdown",
        "HTML page", "American spelling", "page chrome around it", "headline repeated",
        "date line above headline"]
TOLERANCE = 0.005  # about one field of one release in 42


@pytest.fixture(scope="module")
def untouched() -> dict[str, float]:
    return relayout.score(relayout.releases(pool=False), *relayout.LAYOUTS["untouched"])


@pytest.mark.parametrize("layout", HELD)
def test_dev_corpus_reads_the_same_laid_out_differently(layout: str,
                                                        untouched: dict[str, float]) -> None:
    got = relayout.score(relayout.releases(pool=False), *relayout.LAYOUTS[layout])
    lost = {f: round(untouched[f] - v, 3) for f, v in got.items() if untouched[f] - v > TOLERANCE}
    assert not lost, f"{layout}: fields lower than untouched: {lost}"
