"""Countries, demonyms and places found in text, by lexicon (lexicons/countries.toml,
lexicons/places.toml).

Country names are matched case-sensitively: they are proper nouns, and "us" or "chad" in
lower case are ordinary words.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from briefgen.parse.lexicon import alternation, load

# Formal prefixes that wrap a short name: "the Republic of Kazakhstan", "Kingdom of Spain".
_FORMAL = (r"(?:(?:(?:Federal|Islamic|Socialist|Democratic|People['’]s|Arab|United|"
           r"Kyrgyz|Slovak|Hellenic|Plurinational|Bolivarian|Oriental|Cooperative)\s+)*"
           r"(?:Republic|Kingdom|State|Commonwealth|Sultanate|Principality|Grand\s+Duchy|"
           r"Federation|Emirate|Confederation)\s+of\s+(?:the\s+)?)")


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    country: str
    demonym: bool  # "Singaporean" rather than "Singapore"


@dataclass(frozen=True)
class Gazetteer:
    pattern: re.Pattern[str]
    by_surface: dict[str, tuple[str, bool]]
    city_country: dict[str, str]
    city_pattern: re.Pattern[str]
    venues: dict[str, tuple[str, str]]
    venue_pattern: re.Pattern[str]
    regions: dict[str, str]
    settlement_words: tuple[str, ...]

    def region_country(self, name: str) -> str | None:
        """The country of a state or province ("Delaware"), or of a country name itself."""
        if name in self.regions:
            return self.regions[name]
        hit = self.by_surface.get(name)
        return hit[0] if hit and not hit[1] else None


@functools.cache
def capitals() -> dict[str, tuple[str, ...]]:
    """State -> its capitals as countries.toml lists them (one for most, two for Bolivia,
    the Netherlands, South Africa, Sri Lanka)."""
    return {name: tuple(entry.get("capitals", [])) for name, entry in load("countries").items()}


@functools.cache
def capital_states() -> dict[str, str]:
    """Capital -> its state (no capital serves two states in the lexicon)."""
    return {cap: name for name, caps in capitals().items() for cap in caps}


# a currency named by its state ("US$5 billion", "NZ$10 million", "U.S. dollars"): an
# amount, not a party (the Indonesian ministers of a release counting in US$ were American)
_CURRENCY = r"\$|\s*dollars?\b"


@functools.cache
def gazetteer() -> Gazetteer:
    """Compile the country and place lexicons once."""
    data = load("countries")
    surfaces: dict[str, tuple[str, bool]] = {}
    city_country: dict[str, str] = {}
    for name, entry in data.items():
        for alias in [name, *entry.get("aliases", [])]:
            surfaces.setdefault(alias, (name, False))
            surfaces.setdefault(alias.replace("'", "’"), (name, False))  # typographic quote
        for dem in entry.get("demonyms", []):
            surfaces.setdefault(dem, (name, True))
        for cap in entry.get("capitals", []):
            city_country.setdefault(cap, name)
    places = load("places")
    for city, country in [*places.get("cities", {}).items(),
                          *load("world_cities")["cities"].items()]:
        city_country.setdefault(city, country)
    for city, country in list(city_country.items()):
        city_country.setdefault(plain(city), country)  # "Krakow" as often as "Kraków"
    venues = {k: (v[0], v[1]) for k, v in places.get("venues", {}).items()}
    for name, where in list(venues.items()):
        venues.setdefault(plain(name), where)  # "Elysee", "Casa de Narino" as pages type them
    # "U.S." ends with a dot, so the right boundary is "not a letter", not \b.
    # the lookahead lets the long alternation run only where a capitalised word starts
    # a full name or alias first ("Democratic People's Republic of Korea"), then a formal
    # prefix around a short name ("the Republic of Kazakhstan")
    # (any run of white space between the words of a name: a hard-wrapped line may break
    # "United Arab" / "Emirates"; surfaces are looked up with single spaces)
    names = alternation(surfaces).replace("\\ ", r"\s+")
    pattern = re.compile(
        rf"(?<![\w.])(?=[A-Z\u00C0-\u024F]|the\s)(?:the\s+)?"
        rf"(?:(?P<full>{names})|(?P<formal>{_FORMAL})(?P<name>{names}))(?!\w|\.\w|{_CURRENCY})"
    )
    # (every city and venue opens with a capital: the lookahead tries the long alternation
    # only there, a quarter of the time of a scan without it, same matches)
    city_pattern = re.compile(rf"(?<![\w])(?=[A-Z\u00C0-\u024F])"
                              rf"(?:{alternation(city_country)})(?![\w])")
    venue_pattern = re.compile(rf"(?<![\w])(?=[A-Z\u00C0-\u024F])"
                               rf"(?:{alternation(venues)})(?![\w])")
    return Gazetteer(pattern, surfaces, city_country, city_pattern, venues, venue_pattern,
                     dict(places.get("regions", {})),
                     tuple(places.get("settlement_words", [])))


def plain(name: str) -> str:
    """``name`` without accents: "Kraków" -> "Krakow". ASCII text is its own NFKD form
    and holds no combining mark, so it comes back as it is, without a pass per character
    (people's name tests ask this of every name they compare)."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def country_mentions(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Every country name, alias or demonym in ``text[start:end]``, with absolute offsets.

    The whole text is scanned once and cached: every rule asks about its own sentence."""
    return _run_within(_all_mentions(text), start, len(text) if end is None else end)


def _run_within(found: tuple[CountryMention, ...], start: int,
                stop: int) -> list[CountryMention]:
    """The mentions of ``found`` inside ``[start, stop)``.

    Mentions come in text order without overlaps, so both their starts and their ends
    ascend: the ones inside the range are one run, found by bisection."""
    i = bisect.bisect_left(found, start, key=_start_of)
    out = []
    for c in found[i:]:
        if c.end > stop:
            break
        out.append(c)
    return out


@dataclass(frozen=True)
class CountryIndex:
    """Every country mention of one release, found once (the first stage of the parser):
    later stages (people, their states, the event's parties) read it instead of scanning
    the text again, so control flows one way from mention finding to resolution."""

    text: str
    mentions: tuple[CountryMention, ...]

    def within(self, start: int = 0, end: int | None = None) -> list[CountryMention]:
        """The mentions inside ``text[start:end]`` (absolute offsets), in text order."""
        return _run_within(self.mentions, start, len(self.text) if end is None else end)

    def states(self) -> set[str]:
        """Every state the release names."""
        return {c.country for c in self.mentions}


def find_countries(text: str) -> CountryIndex:
    """Stage one for countries: all mentions of ``text``, scanned once. A line written in
    capitals ("SULTAN OF BRUNEI TO VISIT AUSTRALIA", an old or re-typed headline) is read
    in title case as well, since names are matched case-sensitively: its states count, and
    no later stage takes "Australia" there for a person's name."""
    found = _all_mentions(text)
    extra: list[CountryMention] = []
    for line, cased in _shouted_lines(text):
        taken = _run_within(found, line.start(), line.end())
        for c in _all_mentions(cased):
            start, end = line.start() + c.start, line.start() + c.end
            if not any(t.start < end and start < t.end for t in taken):
                extra.append(CountryMention(start, end, c.country, c.demonym))
    if extra:
        found = tuple(sorted((*found, *extra), key=_start_of))
    return CountryIndex(text, found)


def recased(text: str) -> str:
    """``text`` with each line in capitals ("... WITH PREMIER X, MELBOURNE") in title case,
    offsets kept, so that names matched case-sensitively (cities) are found there too."""
    out = text
    for line, cased in _shouted_lines(text):
        out = out[:line.start()] + cased + out[line.end():]
    return out


def _shouted_lines(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each line of ``text`` in capitals with its title-case spelling, where that keeps
    the line's length (offsets must hold)."""
    for line in _CAPITALS_LINE.finditer(text):
        if not shouting(line.group()):
            continue
        cased = _SHOUTED_WORD.sub(_title_word, line.group())
        if len(cased) == len(line.group()):
            yield line, cased


# a line with no lower-case letter, of some length (bounded: a line is scanned once)
_CAPITALS_LINE = re.compile(r"^[^a-z\n]{12,400}$", re.M)
_SHOUTED_WORD = re.compile(r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’.-]*")
# the small words a line in capitals writes in lower case once recased
SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "TO", "ON", "IN", "AT", "WITH", "BY", "A",
                         "AN", "FROM"})


def shouting(line: str) -> bool:
    """A line in capitals (an old release's headline or name block), not a speaker's label:
    a colon after a few words makes a label ("PRIME MINISTER X:"), one far on does not
    ("... OF KOREA AND AUSTRALIA: AN EXPANDING PARTNERSHIP")."""
    head, colon, _ = line.partition(":")
    if colon and len(head.split()) <= 6:
        return False
    # (filter and map: every sentence of a release is asked, several times over)
    letters = list(filter(str.isalpha, line))
    return len(letters) >= 10 and sum(map(str.isupper, letters)) >= 0.9 * len(letters)


def _title_word(m: re.Match[str]) -> str:
    """A word in capitals in title case, small words in lower case ("REPUBLIC OF KOREA")."""
    w = m.group()
    if w in SMALL_WORDS:
        return w.lower()
    return "-".join(p[:1] + p[1:].lower() for p in w.split("-"))  # "GUINEA-BISSAU"


def _start_of(c: CountryMention) -> int:
    return c.start


# "Secretary of State", "Minister of State" right before "of X": "State" ends the title, it
# opens no formal name ("the State of Qatar")
_OF_STATE_TITLE = re.compile(r"\b(?:Secretary|Secretaries|Minister|Ministers)\s+of\s+\Z")


# "Latin America", "North American": a part of a continent, not the United States
_CONTINENT_PART = re.compile(r"\b(?:Latin|North|South|Central|Middle)[\s-]+\Z")
_CONTINENT_WORDS = frozenset({"America", "American"})


@functools.cache
def _cities_naming_other_states() -> re.Pattern[str] | None:
    """Cities whose name holds another state's ("Port of Spain", Trinidad and Tobago's
    capital): found from the gazetteer itself, so a new city is covered when it is added."""
    g = gazetteer()
    names = []
    for city, state in g.city_country.items():
        for m in g.pattern.finditer(city):
            surface = " ".join((m.group("full") or m.group("name")).split())
            if (m.start(), m.end()) != (0, len(city)) and g.by_surface[surface][0] != state:
                names.append(city)
                break
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                      + r")\b")


# a country's name inside a sea's, a strait's or a peninsula's
_FEATURE_AFTER = re.compile(r"\s+(?:Sea|Strait|Straits|Peninsula|Gulf|Bay|Ocean)\b")
_FEATURE_BEFORE = re.compile(r"\b(?:Gulf|Sea|Strait|Straits|Bay)\s+of\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=16)
def _all_mentions(text: str) -> tuple[CountryMention, ...]:
    g = gazetteer()
    out = []
    cities = _cities_naming_other_states()
    inside = [m.span() for m in cities.finditer(text)] if cities else []
    for m in g.pattern.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in inside):
            continue  # "Port of Spain" names no Spain
        country, demonym = g.by_surface[" ".join((m.group("full") or m.group("name")).split())]
        if demonym and m.group("formal"):
            continue  # "Republic of Korean" is not a thing; keep the short name only
        if (country == "Republic of the Congo" and m.group("formal")
                and m.group("formal").startswith("Democratic")):
            country = "Democratic Republic of the Congo"  # "Democratic Republic of Congo"
        start = m.start("full") if m.group("full") else m.start("formal")
        if m.group("full") in _CONTINENT_WORDS and _CONTINENT_PART.search(
                text, max(0, start - 10), start):
            continue
        if _FEATURE_AFTER.match(text, m.end()) or _FEATURE_BEFORE.search(
                text, max(0, start - 12), start):
            continue  # "the South China Sea", "the Taiwan Strait", "the Gulf of Oman": a sea's
            # or a strait's name, a topic of the talks, names no state taking part
        if m.group("formal") and m.group("formal").startswith("State") and _OF_STATE_TITLE.search(
                text, max(0, m.start() - 30), m.start()):
            start = m.start("name")  # "Secretary of State of the Holy See": the title's head
        out.append(CountryMention(start, m.end(), country, demonym))
    return tuple(out)


def country_of(text: str) -> str | None:
    """The country a short phrase names ("the Republic of Turkey" -> "Turkey"), if any."""
    found = country_mentions(text)
    return found[-1].country if found else None


def canonical_country(name: str) -> str | None:
    """The lexicon's common short name for a surface form, or None if unknown."""
    hit = gazetteer().by_surface.get(name)
    return hit[0] if hit else None


def city_country(city: str) -> str | None:
    return gazetteer().city_country.get(city)
