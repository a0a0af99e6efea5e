"""Several releases of one visit -> one summary, each fact once, every source kept.

Two sides report the same visit in different words ("memorandums ... on economic and
legal cooperation" against "a memorandum on legal and economic cooperation"), so items
are matched by their content words, not their text: lower-cased, stop words, document
words ("memorandum", "cooperation") and the visit's country names dropped, a few
synonyms folded ("interior" = "internal" = "home affairs"), and words compared by a
long common prefix so "Singaporean" meets "Singapore" and "officially" meets
"official". Two items are one when most of the shorter item's content words appear in
the longer one (``OVERLAP``) and the two sets are not far apart in size (``DICE``).

Items are only ever matched across releases, one to one, best pair first: a release that
lists two similar memoranda means two memoranda. A merged item keeps the fuller wording
and the evidence of every release that reported it, with ``Evidence.source`` re-indexed
into ``[summary.source, *summary.other_sources]``. Scalars that disagree (date, place,
visit type ...) keep the first release's value and are written to ``summary.conflicts``,
so nothing is silently dropped; a value only one release gives is simply taken. Two
exceptions, because they are not disagreements: headlines (the first title is kept) and
visit type "other", which is the parser's "cannot tell" (any specific type wins).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from briefgen.model import Agreement, Evidence, Location, Participant, Source, VisitSummary

__all__ = ["content_words", "merge_summaries", "normalise", "same_item", "same_person",
           "similarity"]

OVERLAP = 0.75  # share of the shorter item's content words found in the other
DICE = 0.7  # 2|A∩B| / (|A|+|B|): keeps "economy" from swallowing "digital economy"
LIST_FIELDS = ("agreements", "outcomes", "follow_ups", "cooperation_areas", "projects")

_STOP = frozenset("""
a an the and or of on in at to for from with by between among as into its their his her
this that these those two both sides side parties party country countries nation nations
bilateral mutual joint further also other new
memorandum memoranda memorandums understanding mou mous agreement agreements accord
declaration statement protocol treaty document documents signed signing sign exchange
cooperation cooperate collaboration field fields area areas sphere spheres domain
pay make hold take give visit's
president prime minister deputy vice premier chancellor king queen emir sultan secretary
chairman chair head foreign mr mrs ms dr
""".split())
# folded before comparison; keys are matched as whole phrases
_SYNONYMS = (
    ("home affairs", "internal"),
    ("internal affairs", "internal"),
    ("interior", "internal"),
    ("ministries", "ministry"),
    ("invited", "invitation"),
    ("invite", "invitation"),
    ("e-commerce", "ecommerce"),
)
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_T = TypeVar("_T", bound=BaseModel)


# --------------------------------------------------------------------------- similarity


def content_words(text: str, ignore: Sequence[str] = ()) -> list[str]:
    """The words that say what an item is about, in order, without repeats."""
    return list(_content_words(text, tuple(i.lower() for i in ignore)))


@functools.lru_cache(maxsize=4096)
def _content_words(text: str, ignore: tuple[str, ...]) -> tuple[str, ...]:
    # every pair of items compares the same texts again: worth caching
    folded = " " + text.lower().replace("’", "'") + " "
    for phrase, replacement in _SYNONYMS:
        folded = re.sub(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", replacement, folded)
    words: list[str] = []
    for word in _WORD.findall(folded):
        word = _singular(word.removesuffix("'s"))
        if word in _STOP or len(word) < 2 or any(_same_word(word, i) for i in ignore):
            continue
        if word not in words:
            words.append(word)
    return tuple(words)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    return len(os.path.commonprefix([a, b])) >= 0.8 * shorter


def similarity(a: Sequence[str], b: Sequence[str]) -> tuple[float, float]:
    """(overlap, dice) of two content-word lists, words matched by common prefix."""
    if not a or not b:
        return 0.0, 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = sum(1 for word in small if any(_same_word(word, other) for other in large))
    return shared / len(small), 2 * shared / (len(a) + len(b))


def same_item(a: str, b: str, ignore: Sequence[str] = ()) -> bool:
    """True when two wordings name the same agreement, area, follow-up or project."""
    if normalise(a) == normalise(b):
        return True
    overlap, dice = similarity(content_words(a, ignore), content_words(b, ignore))
    return overlap >= OVERLAP and dice >= DICE


def normalise(text: str) -> str:
    """Lower-case words only, so punctuation and spacing never make two items differ."""
    return " ".join(_WORD.findall(text.lower()))


# --------------------------------------------------------------------------- merge


def merge_summaries(summaries: Sequence[VisitSummary]) -> VisitSummary:
    """Combine summaries of one visit, in the given order; the first is the main source."""
    if not summaries:
        raise ValueError("merge_summaries needs at least one summary")
    if len(summaries) == 1:
        return summaries[0].model_copy(deep=True)
    parts = _reindexed(summaries)
    sources = [src for s in summaries for src in s.all_sources]
    names = [_source_name(src, i) for i, src in enumerate(sources)]
    conflicts = [c for s in summaries for c in s.conflicts]
    first_source = [_first_source_index(summaries, k) for k in range(len(summaries))]
    scalar: dict[str, Any] = {}
    # headlines differ by nature: the first title wins without a conflict
    scalar["title"] = next((s.title for s in parts if s.title), None)
    for field in ("date", "date_end", "visit_type"):
        values = [(first_source[k], getattr(s, field)) for k, s in enumerate(parts)]
        if field == "visit_type" and any(v not in (None, "other") for _, v in values):
            # "other" is what a parser says when it cannot tell: no disagreement there
            values = [(i, v) for i, v in values if v != "other"]
        scalar[field] = _pick(field, values, names, conflicts)
    location = Location(**{
        key: _pick(f"location {key}", [(first_source[k], getattr(s.location, key))
                                       for k, s in enumerate(parts)], names, conflicts)
        for key in ("city", "country")
    })
    countries = _union_text([c for s in parts for c in s.countries])
    # names every item of this visit may mention: they say nothing about which item it is
    ignore = [*countries, *(w for s in parts for p in s.participants for w in _name_words(p.name))]
    merged = VisitSummary(
        **scalar,
        location=location,
        countries=countries,
        participants=_merge_lists([s.participants for s in parts], same_person,
                                  _join_participants, conflicts, names),
        source=sources[0],
        other_sources=sources[1:],
    )
    for field in LIST_FIELDS:
        lists = [getattr(s, field) for s in parts]
        setattr(merged, field, _merge_lists(
            lists, lambda a, b: same_item(_label(a), _label(b), ignore),
            _join_items, conflicts, names))
    merged.agreements = _without_accounted_counts(merged.agreements)
    merged.conflicts = list(dict.fromkeys(conflicts))
    return merged


def _without_accounted_counts(agreements: list[Agreement]) -> list[Agreement]:
    """Drop a count ("five memoranda signed") that the named documents account for.

    One release may give only the count, another the names: after the merge the count
    would stand beside the documents it counts. A count larger than the named documents
    ("14 documents, including ...") still says something and stays.
    """
    from briefgen.parse.agreements import COUNT_CUE, count_value

    named = [a for a in agreements if not _is_count(a, COUNT_CUE)]
    return [a for a in agreements
            if not _is_count(a, COUNT_CUE) or count_value(a.text) > len(named)]


def _is_count(item: Agreement, cue: str) -> bool:
    return any(e.cue == cue for e in item.evidence)


def _reindexed(summaries: Sequence[VisitSummary]) -> list[VisitSummary]:
    """Copies whose evidence points into the merged summary's list of sources."""
    out: list[VisitSummary] = []
    base = 0
    for summary in summaries:
        copy = summary.model_copy(deep=True)
        for field in ("participants", *LIST_FIELDS):
            for item in getattr(copy, field):
                item.evidence = [ev.model_copy(update={"source": ev.source + base})
                                 for ev in item.evidence]
        out.append(copy)
        base += len(summary.all_sources)
    return out


def _first_source_index(summaries: Sequence[VisitSummary], k: int) -> int:
    return sum(len(s.all_sources) for s in summaries[:k])


def _source_name(source: Source, index: int) -> str:
    if source.path:
        return source.path.replace("\\", "/").rsplit("/", 1)[-1]
    return source.title or f"source {index + 1}"


def _pick(field: str, values: list[tuple[int, Any]], names: list[str],
          conflicts: list[str]) -> Any:
    """The first release's value; a disagreement becomes a line in ``conflicts``."""
    given = [(i, v) for i, v in values if v not in (None, "")]
    if not given:
        return None
    distinct = list(dict.fromkeys(_key(v) for _, v in given))
    if len(distinct) > 1:
        said = "; ".join(f"{names[i]} says {v}" for i, v in given)
        conflicts.append(f"{field}: {said} (kept {given[0][1]})")
    return given[0][1]


def _key(value: Any) -> Any:
    return normalise(value) if isinstance(value, str) else value


def _union_text(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(normalise(value), value)
    return list(seen.values())


def _merge_lists(lists: list[list[_T]], same: Callable[[_T, _T], bool],
                 join: Callable[[_T, _T, list[str], list[str]], _T], conflicts: list[str],
                 names: list[str]) -> list[_T]:
    """Fold each release's items into the running list, one-to-one, best match first."""
    merged: list[_T] = [item.model_copy(deep=True) for item in lists[0]]
    for items in lists[1:]:
        pairs = [(i, j) for i, item in enumerate(items) for j, existing in enumerate(merged)
                 if same(existing, item)]
        # best score first; ties go to the earlier item, so the result is deterministic
        pairs.sort(key=lambda p: (-_score(merged[p[1]], items[p[0]]), p[0], p[1]))
        matches: dict[int, int] = {}
        for i, j in pairs:
            if i not in matches and j not in matches.values():
                matches[i] = j
        for i, j in matches.items():
            merged[j] = join(merged[j], items[i], conflicts, names)
        merged.extend(item.model_copy(deep=True) for i, item in enumerate(items)
                      if i not in matches)
    return merged


def _score(a: BaseModel, b: BaseModel) -> float:
    ta, tb = _label(a), _label(b)
    if normalise(ta) == normalise(tb):
        return 3.0
    overlap, dice = similarity(content_words(ta), content_words(tb))
    return overlap + dice


def _label(item: BaseModel) -> str:
    return str(getattr(item, "text", None) or getattr(item, "name", ""))


def _fuller(a: str, b: str) -> str:
    """The wording that says more: more content words, then more characters."""
    ka, kb = (len(content_words(a)), len(a)), (len(content_words(b)), len(b))
    return b if kb > ka else a


def _join_items(kept: _T, other: _T, conflicts: list[str], names: list[str]) -> _T:
    update: dict[str, Any] = {
        "evidence": _join_evidence(getattr(kept, "evidence", []), getattr(other, "evidence", [])),
        "text": _fuller(str(getattr(kept, "text", "")), str(getattr(other, "text", ""))),
    }
    for key in type(kept).model_fields:
        if key in update:
            continue
        mine, theirs = getattr(kept, key), getattr(other, key)
        if isinstance(mine, list):
            update[key] = _union_text([*mine, *theirs])
        elif mine in (None, "") and theirs not in (None, ""):
            update[key] = theirs
        elif key in ("due", "owner") and theirs not in (None, "") and _key(mine) != _key(theirs):
            if _one_names_the_other(str(mine), str(theirs)):
                update[key] = _fuller(str(mine), str(theirs))
                continue
            conflicts.append(f"{key} of \"{update['text']}\": {_cite(kept, names)} says {mine}; "
                             f"{_cite(other, names)} says {theirs} (kept {mine})")
    return kept.model_copy(update=update)


def _one_names_the_other(a: str, b: str) -> bool:
    """'Wong' and 'Prime Minister Wong' are one owner told more or less fully, not a conflict."""
    wa, wb = set(content_words(a)), set(content_words(b))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _join_participants(kept: Participant, other: Participant, conflicts: list[str],
                       names: list[str]) -> Participant:
    name = kept.name if len(kept.name) >= len(other.name) else other.name
    title = _fuller(kept.title or "", other.title or "") or None
    country = kept.country or other.country
    if kept.country and other.country and _key(kept.country) != _key(other.country):
        conflicts.append(f"country of {name}: {_cite(kept, names)} says {kept.country}; "
                         f"{_cite(other, names)} says {other.country} (kept {kept.country})")
    return Participant(name=name, title=title, country=country,
                       evidence=_join_evidence(kept.evidence, other.evidence))


def _cite(item: BaseModel, names: list[str]) -> str:
    evidence: list[Evidence] = getattr(item, "evidence", [])
    cited = list(dict.fromkeys(names[ev.source] for ev in evidence if ev.source < len(names)))
    return " and ".join(cited) or "a release"


def _join_evidence(a: list[Evidence], b: list[Evidence]) -> list[Evidence]:
    out = list(a)
    for ev in b:
        if ev not in out:
            out.append(ev)
    return out


_HONORIFICS = frozenset("mr mrs ms dr h e his her excellency majesty highness sir".split())


def _name_words(name: str) -> list[str]:
    return [w for w in _WORD.findall(name.lower().replace("-", " ")) if w not in _HONORIFICS]


def same_person(a: Participant, b: Participant) -> bool:
    """Same full name, or one name is part of the other ("Wong", "Lawrence Wong")."""
    wa, wb = set(_name_words(a.name)), set(_name_words(b.name))
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa
