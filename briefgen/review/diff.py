"""What changed between two summaries, in lines a reviewer can scan.

Used to compare a parse with its human edit, or the parses of two versions of a release.
Lines follow the fields' memo order and start with ``+`` (added), ``-`` (removed) or
``~`` (changed): ``~ date: 2024-05-23 -> 2024-05-24``,
``+ follow_ups: joint working group to meet in June``.

Items are paired before they are compared, so an edited wording shows as one ``~`` line
rather than a ``-`` and a ``+``: first by identical text, then by the same content-word
test that merge uses (``briefgen.review.merge.same_item``), best pair first. Evidence is not
compared: it records where an item came from, which an edit does not change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from briefgen.model import VisitSummary
from briefgen.review.merge import content_words, normalise, same_item, same_person, similarity

__all__ = ["diff_summaries"]

_SCALARS = ("title", "date", "date_end")
_ITEM_LISTS = ("agreements", "outcomes", "follow_ups", "cooperation_areas", "projects")


def diff_summaries(old: VisitSummary, new: VisitSummary) -> list[str]:
    """Lines describing how ``new`` differs from ``old``; empty when they say the same."""
    lines: list[str] = []
    for field in _SCALARS:
        lines += _scalar(field, getattr(old, field), getattr(new, field))
    for key in ("city", "country"):
        lines += _scalar(f"location.{key}", getattr(old.location, key),
                         getattr(new.location, key))
    lines += _scalar("visit_type", old.visit_type, new.visit_type)
    lines += _strings("countries", old.countries, new.countries)
    lines += _items("participants", old.participants, new.participants, same_person)
    for field in _ITEM_LISTS:
        lines += _items(field, getattr(old, field), getattr(new, field),
                        lambda a, b: same_item(a.text, b.text))
    for index, (a, b) in enumerate(zip(old.all_sources, new.all_sources, strict=False)):
        label = "source" if index == 0 else f"other_sources[{index}]"
        for key in ("path", "title", "published"):
            lines += _scalar(f"{label}.{key}", getattr(a, key), getattr(b, key))
    lines += _strings("other_sources", [_source(s) for s in old.other_sources],
                      [_source(s) for s in new.other_sources], only_count=True)
    lines += _strings("conflicts", old.conflicts, new.conflicts)
    return lines


def _show(value: Any) -> str:
    return "(empty)" if value in (None, "", []) else str(value)


def _scalar(field: str, old: Any, new: Any) -> list[str]:
    if old == new:
        return []
    return [f"~ {field}: {_show(old)} -> {_show(new)}"]


def _source(source: BaseModel) -> str:
    return str(getattr(source, "path", None) or getattr(source, "title", None) or "?")


def _strings(field: str, old: list[str], new: list[str], *, only_count: bool = False) -> list[str]:
    if only_count and len(old) == len(new):
        return []
    old_keys, new_keys = {normalise(v) for v in old}, {normalise(v) for v in new}
    return ([f"- {field}: {v}" for v in old if normalise(v) not in new_keys]
            + [f"+ {field}: {v}" for v in new if normalise(v) not in old_keys])


def _items(field: str, old: list[Any], new: list[Any],
           same: Callable[[Any, Any], bool]) -> list[str]:
    pairs = _pair(old, new, same)
    paired_new = set(pairs.values())
    lines: list[str] = []
    for i, item in enumerate(old):
        if i not in pairs:
            lines.append(f"- {field}: {_label(item)}")
        else:
            lines += _changed(field, item, new[pairs[i]])
    lines += [f"+ {field}: {_label(item)}" for j, item in enumerate(new) if j not in paired_new]
    return lines


def _pair(old: list[Any], new: list[Any], same: Callable[[Any, Any], bool]) -> dict[int, int]:
    """Old index -> new index: identical wording first, then the most similar."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for i, item in enumerate(old):
        for j, other in enumerate(new):
            if j not in taken and normalise(_label(item)) == normalise(_label(other)):
                pairs[i] = j
                taken.add(j)
                break
    candidates = [(i, j) for i, item in enumerate(old) if i not in pairs
                  for j, other in enumerate(new) if j not in taken and same(item, other)]
    candidates.sort(key=lambda p: (-sum(similarity(content_words(_label(old[p[0]])),
                                                   content_words(_label(new[p[1]])))),
                                   p[0], p[1]))
    for i, j in candidates:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _label(item: BaseModel) -> str:
    return str(getattr(item, "text", None) or getattr(item, "name", ""))


def _changed(field: str, old: BaseModel, new: BaseModel) -> list[str]:
    before, after = _label(old), _label(new)
    details = []
    for key in type(old).model_fields:
        if key in ("text", "name", "evidence"):
            continue
        a, b = getattr(old, key), getattr(new, key)
        if a != b:
            a_text = ", ".join(a) if isinstance(a, list) else a
            b_text = ", ".join(b) if isinstance(b, list) else b
            details.append(f"{key}: {_show(a_text)} -> {_show(b_text)}")
    if before == after and not details:
        return []
    head = f"~ {field}: {before}" if before == after else f"~ {field}: {before} -> {after}"
    return [head + (f" ({'; '.join(details)})" if details else "")]
