"""Release text -> VisitSummary, by rules and lexicons (see briefgen/parse/lexicons/).

The entity half (people, countries, date, place, visit type) lives in people.py, geo.py,
dates.py, places.py and visit.py; the item half (agreements, follow-ups, ...) in items.py.
Both read the same segmented Doc, so every item's evidence uses the same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.ingest import Release
from briefgen.model import Location, Participant, Source, VisitSummary
from briefgen.parse import people as people_mod
from briefgen.parse import place_model
from briefgen.parse.dates import DateFinding, find_event_date, page_day, transcript_date
from briefgen.parse.evidence import evidence_for
from briefgen.parse.geo import CountryIndex, find_countries
from briefgen.parse.items import extract_items
from briefgen.parse.places import (
    PlaceFinding,
    Side,
    city_state,
    find_place,
    host_place,
    venue_further_down,
)
from briefgen.parse.segment import Doc, Sentence, segment
from briefgen.parse.visit import VisitFinding, announces_visit, classify, not_a_visit


def _participants(doc: Doc, countries: CountryIndex, exclude: frozenset[str],
                  venue_country: str | None) -> tuple[list[Participant], list[str]]:
    """One way: people are found (over country mentions found before), then chosen, then
    resolved to their states; nothing below asks the text for countries again."""
    found, descriptions = people_mod.find_people(doc, countries)
    countries = people_mod.outside_names(countries, found)
    chosen = people_mod.participants(found)
    people_mod.mark_first_person_partners(chosen, countries)
    people_mod.mark_envoys_hosts(chosen)
    people_mod.known_officials(chosen, countries)
    # leaders only spoken about: their states may still be the event's sides
    kept = {id(p) for p in chosen}
    referenced = [p for p in found if id(p) not in kept and p.title and not p.non_state]
    people_mod.known_officials(referenced, countries)
    people_mod.place_by_description(chosen, descriptions, referenced)
    main = people_mod.assign_countries(chosen, doc, countries, exclude, descriptions,
                                       venue_country, referenced)
    people_mod.spouses_placed(chosen)
    people_mod.resolve_descriptions(chosen, descriptions)
    people_mod.titles_from_plural(chosen, doc)
    people_mod.titles_from_credentials(chosen, doc)
    # (after the surname mentions: "Safadi, along with his Dutch counterpart Y")
    people_mod.add_surname_mentions(chosen, doc)
    people_mod.titles_from_counterparts(chosen)
    out = []
    for p in chosen:
        evidence = []
        for m in p.mentions:
            plain = m.title is None or m.cue.startswith("coreference")
            cue = m.cue if plain else f"{m.cue}: title '{m.title}'"
            evidence.append(evidence_for(m.sentence, m.start, m.end, cue=cue))
        # a name broken by a hard-wrapped line keeps the break in its mention; the memo and
        # the JSON show it on one line, as items already are
        title = _bare_title(p.title)
        out.append(Participant(name=" ".join(p.name.split()),
                               title=" ".join(title.split()) if title else title,
                               country=p.country, evidence=evidence))
    return out, main


_OUR_COUNTRY = re.compile(r"\b(?:visit|trip|came|come|welcome\w*)\b[^.;]{0,60}?\bto our "
                          r"(?:country|nation)\b", re.I)


def _hosted_at_home(doc: Doc, place: PlaceFinding, participants: list[Participant],
                    home: str) -> bool:
    """Whether the event took place in the release's own country: a settlement it names
    without a country, a visit "to our country", or a guest's visit with no destination
    ("President X's visit has ...")."""
    if place.city:
        return True
    lead = doc.sentences[:6]
    if any(_OUR_COUNTRY.search(s.text) for s in lead):
        return True
    for p in participants:
        if p.country == home:
            continue
        last = re.escape(p.name.split()[-1].rstrip(",."))
        if re.search(rf"\b{last}['’]s (?:\w+ )?visit\b(?! to)", doc.text):
            return True
    return False


def _bare_title(title: str | None) -> str | None:
    """The title without a leading article or possessive ("the Chinese Premier" stays
    "Chinese Premier"): the release's own words."""
    if not title:
        return None
    for prefix in ("the ", "The "):
        if title.startswith(prefix):
            title = title[len(prefix):]
    # "Minister for Foreign Affairs Dr Vivian X": the courtesy word belongs to the name
    title = _TRAILING_COURTESY.sub("", title) or title
    # "PM X", "Deputy PM Y": a headline's short form of the office, written out (the
    # office is the same; a reader and a comparison with other releases need the words)
    return _ABBREVIATED.sub(lambda m: _OFFICE_WORDS[m.group()], title)


_TRAILING_COURTESY = re.compile(r"\s+(?:Dr|Mr|Mrs|Ms|Prof|H\.?E)\.?$")
_OFFICE_WORDS = {"PM": "Prime Minister", "FM": "Foreign Minister"}
_ABBREVIATED = re.compile(r"\b(?:PM|FM)\b(?!['’])")  # (not the owner: "PM's Secretary")


def _countries(participants: list[Participant], main: list[str], place_country: str | None,
               is_call: bool, listed: list[str] | None = None) -> list[str]:
    """States whose officials take part: the participants' states, then the main parties
    of the lead, and the host when the release names fewer than two states. The lead's
    parties stop at two unless the lead lists its states as the event's parties
    (``listed``: "the leaders of A, B and C", "A, B and C signed"): then all of those."""
    out: list[str] = []
    bodies = people_mod.organisation_sides()
    for p in participants:
        if p.country and p.country not in out and p.country not in bodies:
            out.append(p.country)
    for c in main:
        if len(out) >= 2:
            break
        if c not in out:
            out.append(c)
    out.extend(c for c in listed or () if c not in out and c not in bodies)
    # (not beside an organisation's official: the host of an EU meeting is no party to it)
    if (place_country and not is_call and place_country not in out and len(out) < 2
            and all(p.country and p.country not in bodies for p in participants)):
        out.append(place_country)
    return out


@dataclass(frozen=True)
class Entities:
    """The entity half of a summary, with the findings that justify each value."""

    doc: Doc
    visit: VisitFinding
    place: PlaceFinding
    when: DateFinding | None
    participants: list[Participant]
    countries: list[str]
    main: list[str]
    # why the release reports no visit, meeting, call, talks or signing (None if it does):
    # such a release gets no visit type, date, place, countries, people or items
    not_visit: str | None = None


def find_entities(release: Release) -> Entities:
    """People, countries, date, place and visit type of one release."""
    doc = segment(release.text, release.title)
    announced = announces_visit(doc)
    visit = classify(doc, announced, release.published)
    off = not_a_visit(doc, visit)
    if off is not None:
        return Entities(doc, visit, PlaceFinding(None, None, None, 0, 0, off), None, [], [],
                        [], off)
    is_call = visit.kind in ("phone call", "videoconference")
    # (a page given no day counts "on Monday" from its own stamp line)
    when = find_event_date(doc, release.published or page_day(release.text), announced,
                           call=is_call)
    if when is None and release.published and not is_call:
        when = transcript_date(doc, release.published)
    # the event's days (else the publication date) tell its place from other events'
    place = find_place(doc, is_call, announced, when.date if when else release.published,
                       when.end if when else None)
    # a venue on the margins of a summit is a third country, not a party to the talks
    countries_found = find_countries(doc.text)
    dateline = people_mod.dateline_state(doc)  # the filing state, read by three steps below
    third: frozenset[str] = frozenset()
    named = sum(c.country == place.country for c in countries_found.mentions)
    if place.country and place.third_country and named <= 1 and not (
            named and dateline == place.country):
        # (not a release filed from the venue's state that names it: "Addis Ababa, 15 May
        # /ENA/ ... on the margins of the AU Council, Minister X met ..., Ethiopia's ...":
        # the host's own agency, whose side is the venue's state)
        third = frozenset({place.country})
    participants, main = _participants(doc, countries_found, third, place.country)
    if not is_call:
        sides = [Side(p.title, p.country, tuple(e.start for e in p.evidence))
                 for p in participants]
        place = host_place(doc, place, sides, main[0] if main else None,
                           when.date if when else release.published,
                           when.end if when else None, announced, dateline)
    if not is_call and place.country is None and main and _hosted_at_home(doc, place,
                                                                          participants, main[0]):
        place = PlaceFinding(place.city, main[0], place.sentence, place.start, place.end,
                             place.cue + "; the release's own country hosts")
    if not is_call:
        place = venue_further_down(doc, place, when.date if when else release.published,
                                   when.end if when else None, announced)
    if place.country and place.city is None and (city := city_state(place.country)):
        # (a state that is one city: the event in Singapore is in the city of Singapore)
        place = PlaceFinding(city, place.country, place.sentence, place.start, place.end,
                             place.cue + "; a city-state")
    # (a venue on another gathering's margins in a third state is no party: "met X on the
    # margins of the conference in Seville" adds no Spain)
    host = None if place.country in third else place.country
    countries = _countries(participants, main, host, is_call,
                           people_mod.party_lists(doc, countries_found))
    author = people_mod.author_state(doc, countries_found,
                                     {p.country for p in participants if p.country})
    if author and author not in countries:
        countries = [author, *countries]  # the first-person author's own side
    if not is_call:
        # the learned ranker over every place the release names, the rules' answer among
        # them (after the parties: they keep the rules' place, which the ranker reads)
        city, country = place_model.choose(place_model.Context(
            doc, place.city, place.country, is_call, visit.kind, tuple(main),
            tuple(dict.fromkeys(p.country for p in participants if p.country)), dateline))
        if (city, country) != (place.city, place.country):
            place = PlaceFinding(city, country, place.sentence, place.start, place.end,
                                 place.cue + "; chosen by the place ranker")
    if place.country in people_mod.organisation_sides():
        # an organisation is no place: "the Chairperson of the AU Commission received X"
        # with no seat named says where only by the body's seat, which the rules did not find
        place = PlaceFinding(place.city, None, place.sentence, place.start, place.end,
                             place.cue + "; an organisation is no state")
    return Entities(doc, visit, place, when, participants, countries, main)


def _marked(sentence: Sentence | None, start: int, end: int) -> str:
    if sentence is None:
        return ""
    a, b = start - sentence.start, end - sentence.start
    text = sentence.text
    if 0 <= a < b <= len(text):
        return f"{text[:a]}»{text[a:b]}«{text[b:]}"
    return text


def entity_reasons(release: Release) -> dict[str, tuple[str, str]]:
    """For --explain: the cue and the sentence (cue marked »so«) behind the visit type,
    date, place and countries."""
    e = find_entities(release)
    if e.not_visit is not None:
        return {"visit_type": (f"not about a visit: {e.not_visit}", "")}
    out = {
        "visit_type": (f"cue {e.visit.cue}", _marked(e.visit.sentence, e.visit.start,
                                                      e.visit.end)),
        "location": (e.place.cue, _marked(e.place.sentence, e.place.start, e.place.end)),
    }
    if e.when is not None:
        out["date"] = (e.when.cue, _marked(e.when.sentence, e.when.start, e.when.stop))
    else:
        out["date"] = ("no event date near the publication date", "")
    out["countries"] = ("participants' states, then the parties named in the lead: "
                        + ", ".join(e.main), "")
    return out


def parse_release(release: Release) -> VisitSummary:
    """Build the visit summary of one release."""
    e = find_entities(release)
    if e.not_visit is not None:
        return _no_visit(e, release)
    items = extract_items(e.doc, e.participants)
    return VisitSummary(
        title=e.doc.title,
        date=e.when.date if e.when else None,
        date_end=e.when.end if e.when else None,
        location=Location(city=e.place.city, country=e.place.country),
        visit_type=e.visit.kind,  # type: ignore[arg-type]
        countries=e.countries,
        participants=e.participants,
        agreements=items.agreements,
        follow_ups=items.follow_ups,
        cooperation_areas=items.cooperation_areas,
        projects=items.projects,
        outcomes=items.outcomes,
        source=Source(path=release.path, title=e.doc.title, published=release.published,
                      sha256=release.sha256),
    )


def _no_visit(e: Entities, release: Release) -> VisitSummary:
    """The summary of a release that reports no visit, meeting, call, talks or signing (a
    decree, greetings, a nightly address, a domestic gathering): nothing is invented for
    it, neither an event frame nor participants, documents, steps or areas."""
    return VisitSummary(
        title=e.doc.title,
        date=None,
        location=Location(city=None, country=None),
        visit_type=None,
        countries=[],
        participants=[],
        agreements=[],
        follow_ups=[],
        cooperation_areas=[],
        projects=[],
        outcomes=[],
        source=Source(path=release.path, title=e.doc.title, published=release.published,
                      sha256=release.sha256),
    )
