"""The real corpus laid out differently: the same releases and gold, transformed in ways that
keep their meaning (hard-wrapped lines, one line per paragraph, Markdown, HTML, capitals in
the headline, other date and spelling conventions, another issuer's names).

A parser that reads a release, not its layout, scores the same on each; every drop is a
failure class found on real text, and nothing here was tuned on. ``python -m tests.relayout``
prints the table (dev + pool batches b1-b11, never the validation batch);
tests/test_relayout_score.py holds the dev corpus to it. Texts stay in ../shared.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
DEV = SHARED / "corpus" / "dev"
POOL_TEXT = SHARED / "corpus" / "pool"
POOL_GOLD = ROOT / "tests" / "corpus" / "pool"

_PARA = re.compile(r"\n\s*\n")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARA.split(text) if p.strip()]


def wrapped(text: str, width: int = 72) -> str:
    """Every paragraph, the headline too, broken at ``width`` columns (a PDF or e-mail copy)."""
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width) for p in _paragraphs(text)) + "\n"


def wrapped_no_blank(text: str) -> str:
    """Broken at 72 columns with no blank line between paragraphs."""
    return "\n".join(textwrap.fill(" ".join(p.split()), 72) for p in _paragraphs(text)) + "\n"


def one_line_each(text: str) -> str:
    """One line per paragraph, no blank lines."""
    return "\n".join(_paragraphs(text)) + "\n"


def flattened(text: str) -> str:
    """The headline, then the whole body as one paragraph."""
    head, *body = _paragraphs(text)
    return head + "\n\n" + " ".join(" ".join(p.split()) for p in body) + "\n"


def page_chrome(text: str) -> str:
    """A breadcrumb and a language switch above the headline, a share line and a copyright
    notice below the body, as a page copied whole brings them."""
    return ("Home > News > Press releases\n\nEN | FR | ES\n\n" + text.rstrip()
            + "\n\nShare this page: Facebook | X | Email\n\n(c) Press Office. All rights "
            "reserved.\n")


def date_above(text: str, published: dt.date) -> str:
    """The publication day on a line above the headline, as pages print it."""
    return f"{published:%A}, {published.day} {published:%B %Y}\n\n{text}"


def stamp_below(text: str, published: dt.date) -> str:
    """A numeric publication stamp with a time on a line under the headline. Not quite the
    same release: a stamp is a day in the text, so a release that names no day of its own
    is dated by it (GUIDELINES: "no day in the text -> null"), and the gold is not."""
    head, sep, body = text.partition("\n\n")
    return f"{head}\n\n{published:%d.%m.%Y} 14:35\n\n{body}"


def headline_repeated(text: str) -> str:
    head, *body = _paragraphs(text)
    return "\n\n".join([head, head, *body]) + "\n"


def capitals_headline(text: str) -> str:
    head, sep, rest = text.partition("\n")
    return head.upper() + sep + rest


def headline_stopped(text: str) -> str:
    """The headline closed by a full stop, as some issuers write it."""
    head, sep, rest = text.partition("\n")
    return (head if head.rstrip().endswith((".", "?", "!")) else head.rstrip() + ".") + sep + rest


def month_first(text: str) -> str:
    """'5 March 2024' written 'March 5, 2024'."""
    return re.sub(rf"\b(\d{{1,2}}) ({_MONTHS}),? (\d{{4}})", r"\2 \1, \3", text)


def markdown(text: str) -> str:
    head, *body = _paragraphs(text)
    return f"# {head}\n\n" + "\n\n".join(body) + "\n"


def html_page(text: str) -> str:
    head, *body = _paragraphs(text)
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in body)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(head)}"
            "</title></head><body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
            f"<article><h1>{html.escape(head)}</h1>\n{paras}</article>"
            "<footer>Press office</footer></body></html>")


# British spellings written the American way, applied to the gold as well (the scorer
# matches words by their first letters, and "organisation" is not "organization")
_SPELLINGS = [("programme", "program"), ("organisation", "organization"),
              ("organise", "organize"), ("defence", "defense"), ("labour", "labor"),
              ("centre", "center"), ("favour", "favor"), ("honour", "honor"),
              ("neighbour", "neighbor"), ("recognise", "recognize"), ("prioritise", "prioritize"),
              ("modernis", "moderniz"), ("stabilis", "stabiliz"), ("digitalis", "digitaliz"),
              ("normalis", "normaliz"), ("finalis", "finaliz"), ("travelled", "traveled"),
              ("licence", "license"), ("endeavour", "endeavor"), ("analyse", "analyze")]


def american(text: str) -> str:
    for uk, us in _SPELLINGS:
        text = re.sub(rf"\b{uk}", us, text)
        text = re.sub(rf"\b{uk.capitalize()}", us.capitalize(), text)
    return text


# Another issuer: the source's own state, capital, cities and leaders swapped for another
# real state's (its leaders as the lexicon of officials knows them or not at all), in the
# text and the gold alike. Imperfect by nature (a venue or minister the swap misses stays
# the old state's), so it is read as a comparison between parser versions, not a score.
ISSUERS: dict[str, list[tuple[str, str]]] = {
    "kremlin": [("Russian Federation", "Federative Republic of Brazil"),
                ("Russians", "Brazilians"), ("Russian", "Brazilian"), ("Russia", "Brazil"),
                ("Moscow", "Brasília"), ("Vladimir Putin", "Luiz Inácio Lula da Silva"),
                ("Putin", "Lula da Silva"), ("Sochi", "Rio de Janeiro"),
                ("St Petersburg", "São Paulo"), ("St. Petersburg", "São Paulo"),
                ("Saint Petersburg", "São Paulo"), ("Kazan", "Salvador"),
                ("Vladivostok", "Recife"), ("Yekaterinburg", "Belo Horizonte"),
                ("the Kremlin", "the Planalto Palace"), ("Kremlin", "Planalto"),
                ("Sergei Lavrov", "Carlos Nogueira"), ("Lavrov", "Nogueira"),
                ("Dmitry Peskov", "Ana Tavares"), ("Peskov", "Tavares"),
                ("Yury Ushakov", "Jorge Ribas"), ("Ushakov", "Ribas")],
    "ua": [("Ukrainians", "Chileans"), ("Ukrainian", "Chilean"), ("Ukraine", "Chile"),
           ("Kyiv", "Santiago"), ("Volodymyr Zelenskyy", "Gabriel Boric"),
           ("Volodymyr Zelensky", "Gabriel Boric"), ("Zelenskyy", "Boric"),
           ("Zelensky", "Boric"), ("Lviv", "Valparaíso"), ("Odesa", "Concepción"),
           ("Odessa", "Concepción"), ("Kharkiv", "Antofagasta"), ("Dnipro", "Temuco"),
           ("Andriy Yermak", "Tomas Fuentes"), ("Yermak", "Fuentes"),
           ("Dmytro Kuleba", "Ines Ortega"), ("Kuleba", "Ortega"),
           ("Denys Shmyhal", "Pablo Rivas"), ("Shmyhal", "Rivas"),
           ("Olena Zelenska", "Irina Karamanos")],
    "au-pm": [("Australians", "Canadians"), ("Australian", "Canadian"),
              ("Australia", "Canada"), ("Canberra", "Ottawa"), ("Sydney", "Toronto"),
              ("Melbourne", "Montreal"), ("Brisbane", "Vancouver"), ("Perth", "Calgary"),
              ("Adelaide", "Winnipeg"), ("Darwin", "Halifax"),
              ("Queensland", "British Columbia"), ("New South Wales", "Ontario"),
              ("Anthony Albanese", "Justin Trudeau"), ("Albanese", "Trudeau"),
              ("Scott Morrison", "Stephen Harper"), ("Morrison", "Harper"),
              ("Malcolm Turnbull", "Paul Martin"), ("Turnbull", "Martin"),
              ("John Howard", "Jean Chrétien"), ("Howard", "Chrétien"),
              ("Tony Abbott", "Owen Castell"), ("Abbott", "Castell"),
              ("Julia Gillard", "Fiona Marchant"), ("Gillard", "Marchant"),
              ("Kevin Rudd", "Barry Tolland"), ("Rudd", "Tolland"),
              ("Paul Keating", "Ross Pellam"), ("Keating", "Pellam"),
              ("Penny Wong", "Alice Corran"), ("Wong", "Corran")],
}


def swap_issuer(text: str, source: str) -> str:
    for old, new in ISSUERS.get(source, []):
        text = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text)
    return text


# layout name -> (text transform, gold transform, file suffix); a text transform that takes
# two arguments is given the release's publication day as well
Layout = tuple[Callable[..., str], Callable[[str], str], str]
_SAME: Callable[[str], str] = str
LAYOUTS: dict[str, Layout] = {
    "untouched": (_SAME, _SAME, ".txt"),
    "wrapped at 72 columns": (wrapped, _SAME, ".txt"),
    "wrapped, no blank lines": (wrapped_no_blank, _SAME, ".txt"),
    "one line per paragraph": (one_line_each, _SAME, ".txt"),
    "body one paragraph": (flattened, _SAME, ".txt"),
    "Windows line ends": (lambda t: t.replace("\n", "\r\n"), _SAME, ".txt"),
    "Markdown": (markdown, _SAME, ".md"),
    "HTML page": (html_page, _SAME, ".html"),
    "page chrome around it": (page_chrome, _SAME, ".txt"),
    "headline repeated": (headline_repeated, _SAME, ".txt"),
    "date line above headline": (date_above, _SAME, ".txt"),
    "date stamp below headline": (stamp_below, _SAME, ".txt"),
    "headline in capitals": (capitals_headline, _SAME, ".txt"),
    "headline closed by a full stop": (headline_stopped, _SAME, ".txt"),
    "dates month first": (month_first, _SAME, ".txt"),
    "American spelling": (american, american, ".txt"),
}


_DATED = (date_above, stamp_below)


def _laid_out(text: str, text_tf: Callable[..., str], day: dt.date | None) -> str:
    if text_tf not in _DATED:
        return text_tf(text)
    return text_tf(text, day) if day else text


def source_of(doc_id: str) -> str:
    name = doc_id.removeprefix("pool-")
    return "au-pm" if name.startswith("au-pm") else name.split("-", 1)[0]


def releases(pool: bool = True) -> list[tuple[str, dict[str, Any], Path]]:
    """(id, gold, text path) of the dev corpus and, with ``pool``, batches b1-b11."""
    out = [(g.name[:-len(".gold.json")], json.loads(g.read_text(encoding="utf-8")),
            DEV / (g.name[:-len(".gold.json")] + ".txt")) for g in sorted(DEV.glob("*.gold.json"))]
    for g in sorted(POOL_GOLD.glob("*.gold.json")) if pool else ():
        gold = json.loads(g.read_text(encoding="utf-8"))
        if gold.get("batch") != "val":  # the validation batch is never read here
            out.append((gold["id"], gold, POOL_TEXT / f"{gold['id']}.txt"))
    return out


def score(docs: list[tuple[str, dict[str, Any], Path]], text_tf: Callable[..., str],
          gold_tf: Callable[[str], str], suffix: str) -> dict[str, float]:
    """The scorer's field values for ``docs`` transformed, parsed in-process as
    ``briefgen parse --format json`` would."""
    from briefgen.review.summary_io import dump_summary
    from briefgen.summarize import summarize

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for sub in ("g", "p", "t"):
            (work / sub).mkdir()
        for doc_id, gold, path in docs:
            gold_json = gold_tf(json.dumps(gold, ensure_ascii=False))
            (work / "g" / f"{doc_id}.gold.json").write_text(gold_json, encoding="utf-8")
            release = work / "t" / f"{doc_id}{suffix}"
            day = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
            text = _laid_out(path.read_text(encoding="utf-8"), text_tf, day)
            release.write_text(text, encoding="utf-8")
            summary = summarize([release], day)
            (work / "p" / f"{doc_id}.json").write_text(dump_summary(summary, "json"),
                                                       encoding="utf-8")
        out = work / "scores.json"
        subprocess.run([sys.executable, str(SCORER), str(work / "g"), "--pred-dir",
                        str(work / "p"), "--json", str(out)], check=True, capture_output=True)
        return json.loads(out.read_text(encoding="utf-8"))["scores"]


def main() -> int:
    docs = releases()
    print(f"{len(docs)} releases (dev + pool b1-b11)\n")
    print("| layout | overall | change |")
    print("|---|---|---|")
    base = None
    for name, (text_tf, gold_tf, suffix) in LAYOUTS.items():
        overall = score(docs, text_tf, gold_tf, suffix)["overall"]
        base = overall if base is None else base
        print(f"| {name} | {overall:.3f} | {overall - base:+.3f} |")
    print("\n| source, issuer swapped | untouched | swapped | change |")
    print("|---|---|---|---|")
    for source in ISSUERS:
        mine = [d for d in docs if source_of(d[0]) == source]
        before = score(mine, _SAME, _SAME, ".txt")["overall"]
        swap = lambda t, s=source: swap_issuer(t, s)  # noqa: E731
        after = score(mine, swap, swap, ".txt")["overall"]
        print(f"| {source} ({len(mine)}) | {before:.3f} | {after:.3f} | {after - before:+.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
