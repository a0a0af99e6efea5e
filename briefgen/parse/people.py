"""Named officials: titles, names, their countries, and later mentions of them.

A person is found from a title ("Prime Minister", "Minister for Foreign Affairs of Latvia")
next to a capitalised name, from an apposition ("the Chinese Premier, Mr Wen Jiabao";
"Klaus Schwab, Executive Chairman of ..."), from a courtesy word ("Dr Singh"), or from a
capitalised name that opens a clause with a verb ("Vladimir Putin held talks"). Mentions
that share name words are one person ("Premier Wen" is "Wen Jiabao"), but relatives who share
a family or a father's name ("X bin Y Al Z", "W bin Y Al Z") are not. All vocabulary is in
lexicons/titles.toml; the cues that tell a participant from someone only spoken about (an
earlier call "between X and Y", "greetings from X", "informed X of his meeting with Y") are in
lexicons/participation.toml. Rules were judged on pool batches b1-b5 and b6-b11 separately,
and by source (au-pm, kremlin, ua, wh): each kept one helps the half it was not found on, or
is neutral there and fixes name shapes of issuers absent from our data.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from briefgen.parse import geo
from briefgen.parse.gated import Screened
from briefgen.parse.lexicon import load
from briefgen.parse.segment import Doc, Sentence, per_release, transcript_start
from briefgen.parse.visit import lead_body

# Words keep inner apostrophes ("O'Neill") but not a possessive "'s" ("Biden’s").
# ("Shia’a" keeps its one letter after the apostrophe, which is no possessive "s")
_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:['’](?:[^\W\d_]{2,}|(?![sS]\b)[^\W\d_]\b)[\w\-]*)*"
                    r"|\d[\w,.]*|[^\w\s]")
_DOUBLED = re.compile(r"\b([^\W\d_][\w'’-]*)(?:\s+\1\b)+")
_GLUED = re.compile(r"[a-zà-ÿ][A-Z]")
_DASHES = {"-", "–", "—"}
_CONNECTORS = {"of", "the", "and", "for", "to", "on", "-", "–", "—", "&"}
# A clause-opening name is a person when a verb of this kind follows it. (One word list,
# so that _HEADLINE_VERBS can take its words without reading a pattern's source.)
_VERBS = (
    "held", "met", "had", "hosted", "welcomed", "received", "spoke", "said", "says", "noted",
    "stressed", "emphasised", "emphasized", "thanked", "told", "expressed", "signed",
    "visited", "paid", "arrived", "called", "congratulated", "discussed", "informed",
    "briefed", "underlined", "underscored", "added", "announced", "praised", "invited",
    "accepted", "agreed", "reaffirmed", "highlighted", "pointed", "recalled", "assured",
    "confirmed", "proposed", "urged", "shared", "raised", "presented", "handed")
_VERB = re.compile(f"(?:{'|'.join(_VERBS)})$")
# Words just before a mention that make it a mere reference, not a participant.
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:for|under|predecessor|late|former|about|against|following|after|since)|"
    r"\b(?:regards|greetings|wishes|condolences) to|\baccording\s+to|"
    # ("a written message from X addressed to His Highness Y": Y only receives it later)
    r"\baddressed\s+to(?:\s+(?:His|Her|Their)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency))?|"
    r"\b(?:policy|policies|"
    r"words|initiative|initiatives|legacy|memory|era|decree|order|leadership) of)\s*$", re.I)
# A sentence about a later event: people named only there are not taking part now.
_RELATIVE = re.compile(r",\s*(?:which|that|where)\b[^,;]*")
_NOUN_THAT_WILL = re.compile(r"\b([A-Za-z]+)\s+(?:that|which)\s+will\b[^,;.]*")
_THAT_VERBS = frozenset({
    "agreed", "agree", "agrees", "said", "says", "say", "noted", "notes", "announced",
    "announces", "stated", "states", "confirmed", "confirms", "expected", "expects",
    "hoped", "hopes", "hope", "believe", "believes", "believed", "expressed", "stressed",
    "emphasised", "emphasized", "ensure", "ensured", "noting", "is", "was", "are", "were",
    "so", "decided", "decides", "declared", "added", "informed", "told", "reported",
    "understood", "trust", "trusts", "assured", "promised", "indicated", "mentioned"})
_FUTURE = re.compile(r"\b(?:will|look(?:s|ed|ing)? forward|next (?:year|month|week)|"
                     r"to be held)\b", re.I)


# prepositions of place before "the <Name>": that name is a building or a site
# a state's envoy accredited to a body ("Permanent Representative to the United Nations",
# "Ambassador to the African Union"): the body is where they serve, not whom
# leaders, who are sent to no state ("Prime Minister of X to Y" is a visit's destination)
_LEADER_TO = re.compile(r"(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|"
                        r"Sultan|Crown Prince|Vice President)")
# an envoy's or coordinator's brief: "Special Envoy for Iran", "Coordinator for the Middle East"
# (also after the sender: "Special Envoy of the President of Russia for Afghanistan")
_ENVOY_FOR = re.compile(r"\b(?:Envoy|Representative|Coordinator|Co-ordinator)"
                        r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;]{0,60}?)?\s+(?P<brief>for)\b")
_ENVOY_TO = re.compile(r"\b(?:Representative|Ambassador|Envoy|Delegate|Observer) to (?:the )?[A-Z]")
# a relative clause about the person just named ("B, who arrived accompanied by ...")
_WHO = re.compile(r"^[^.;]{0,40}?,\s+who\b")
# a local office named after its city ("Mayor of Kyoto", "Governor of Osaka Prefecture")
_LOCAL_OFFICE_OF = re.compile(r"\b(?:Governor|Mayor|Prefect)\s+of\s+(?:the\s+)?([A-Z][\w-]+)\b")
_AT = frozenset({"at", "At", "in", "In", "from", "From", "inside", "outside"})
# words before a name that make it no clause subject ("at the request of X, ...")
_PREPOSITIONS = frozenset({"of", "by", "with", "to", "from", "for"})


@dataclass
class Mention:
    """One place in the text where a person is named."""

    name: str
    start: int
    end: int
    sentence: Sentence
    title: str | None = None
    country: str | None = None
    cue: str = "name"
    participating: bool = True
    subject: bool = False  # followed by a verb: the person acts in this sentence
    former: bool = False  # "your predecessor, Mr X": someone else's past office
    headline: bool = False  # in the release's own headline (not a first sentence)


@dataclass
class Person:
    name: str
    tokens: set[str]
    last: str = ""
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    country_cue: str | None = None
    non_state: bool = False  # official of an organisation, not of a state
    foreign: bool = False  # the counterpart of a first-person author
    not_countries: set[str] = field(default_factory=set)  # states they visit
    visits: set[str] = field(default_factory=set)  # of those, the ones a trip goes to
    title_in_headline: bool = False  # the title so far is the headline's
    regnal: str = ""  # a monarch named by one word ("Sultan Ibrahim"): that word, folded
    companion: Person | None = None  # the unplaced leader they accompany (takes his state)


@dataclass(frozen=True)
class _Lex:
    heads: dict[str, tuple[tuple[str, ...], ...]]  # by first word, longest first
    head_first: frozenset[str]
    modifiers: frozenset[str]
    honorifics: dict[str, tuple[tuple[str, ...], ...]]
    postnominals: frozenset[str]
    particles: frozenset[str]
    title_words: frozenset[str]
    org_words: frozenset[str]
    state_organ_words: frozenset[str]
    not_names: frozenset[str]
    leader_nouns: tuple[str, ...]
    leader_heads: frozenset[str]
    organisation_heads: frozenset[str]
    region_words: frozenset[str]
    place_nouns: frozenset[str]


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(t for t in _TOKEN.findall(phrase))


def _by_first(phrases: list[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _lex() -> _Lex:
    d = load("titles")
    heads = sorted({_split(h) for h in d["heads"]}, key=len, reverse=True)
    hons = sorted({_split(h) for h in d["honorifics"]}, key=len, reverse=True)
    return _Lex(
        heads=_by_first(heads),
        head_first=frozenset(h[0] for h in heads),
        modifiers=frozenset(d["modifiers"]),
        honorifics=_by_first(hons),
        postnominals=frozenset(p.rstrip(".") for p in d["postnominals"]),
        particles=frozenset(d["name_particles"]),
        title_words=frozenset(d["title_words"]),
        org_words=frozenset(d["organisation_words"]),
        state_organ_words=frozenset(d["state_organ_words"]),
        not_names=frozenset(d["not_names"]),
        leader_nouns=tuple(d["leader_nouns"]),
        leader_heads=frozenset(d["leader_heads"]),
        organisation_heads=frozenset(d["organisation_heads"]),
        region_words=frozenset(d["region_words"]),
        place_nouns=frozenset(d.get("place_nouns", [])),
    )


# a word of romanised Japanese (Hepburn syllables): "KISHIDA", "HAYASHI", "Yoshimasa"
_ROMAJI = re.compile(r"(?:(?:SH|CH|TS|[KGSZTDNHBPMRWFJ])?Y?[AEIOU]{1,2}|N(?![AEIOU])|"
                     r"[KSTPC](?=[KSTPC]))+")


def _japanese_style(name: str) -> bool:
    """A Japanese name as Japan's releases write it: the family name in capitals, the given
    name in title case, both romanised Japanese ("KISHIDA Fumio")."""
    words = name.split()
    return len(words) == 2 and any(
        len(w) > 1 and w.isupper() and _ROMAJI.fullmatch(w) for w in words) and all(
        _ROMAJI.fullmatch(w.upper()) for w in words)


_INDIAN_STYLE = re.compile(r"\b(?:Shri|Smt|Shrimati|Kumari)\.?\s+$")


def _indian_style(p: Person, text: str) -> bool:
    """Whether the text styles the person "Shri" or "Smt." just before a mention."""
    return any(_INDIAN_STYLE.search(text, max(0, m.start - 12), m.start) for m in p.mentions)


@functools.cache
def _heads_last() -> frozenset[str]:
    """The last words of title heads ("Minister", "Secretary"): a name may follow them."""
    return frozenset(h[-1] for hs in _lex().heads.values() for h in hs)


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


_new_tuple = tuple.__new__


# "Minister of State at the Ministry of ...", "Minister for the EU at the Federal Chancellery"
_SEATS = frozenset({"Ministry", "Office", "Department", "Embassy", "Chancellery", "Presidency",
                    "Secretariat", "Mission", "Cabinet"})


# a given name of two romanised syllables joined by a hyphen ("Ji-won", "Sung-han", "Ching-te"),
# the way Korean and Taiwanese names are written: with the one-word family name before it, it
# closes a capitalised run, so the words before are the title's ("... Communication Park Ji-won")
_SYLLABLE_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


# endings of English abstract nouns, which name portfolios, not people ("Protection",
# "Procurement", "Security", "Tourism", "Logistics", "Partnership", "Ecology")
_ABSTRACT_NOUN = re.compile(r"[a-z]{2}(?:tion|sion|ment|ity|ism|ics|ness|ship|ogy)$")


_STYLE_IN_NAME = re.compile(r"^(?:(?:Right|Rt\.?|Most)\s+)?(?:Honourable|Honorable|Hon\.?)\s+"
                            r"(?=\S+\s+\S)")
# one word that is an abstract noun ("Unity", "Solidarity", "Independence" is no name)
_ABSTRACT_WORD = re.compile(r"(?=\w{5})[A-Z][a-z]+(?:ity|ism|ship|tion|sion)")


# an Arabic (or other) particle joined to the family name by a hyphen ("al-Sharaa")
_PARTICLE_JOINED = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar|ibn|bin|abu|bou)-[A-Z][\w'’-]+")


# quotation marks around a nickname written inside a name, each with the marks that close it
_CLOSE_QUOTES = {'"': {'"'}, "“": {"”", '"'}, "'": {"'"}, "‘": {"’", "'"}}
_OPEN_QUOTES = frozenset(_CLOSE_QUOTES)


# given names written short with a full stop ("Ma." for Maria in the Philippines)
_NAME_ABBREVIATIONS = frozenset({"Ma", "Wm", "Chas", "Jas", "Thos", "Md", "Mohd"})
# days and months: what follows "on" after a name is a date, never part of an office
_WHEN_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday", "January", "February", "March", "April", "May", "June",
                         "July", "August", "September", "October", "November", "December",
                         "Today", "Tomorrow", "Yesterday"})
_OF_PARLIAMENT = re.compile(r"\bof\s+(?:the\s+)?Parliament\b")
# rulers whose realm may follow their name ("Sultan X of Johor", "Kgosi Y of Z")
# (not "King", "Queen", "Emir": "King X of Y" is a state's monarch, the state unknown to
# the gazetteer or not, and his title is "King")
_REALM_HEADS = frozenset({"Sultan", "Kgosi", "Raja", "Ruler"})
# heads whose office may name its subject after "on" ("Special Envoy on Climate Change")
_ON_HEADS = frozenset({"Envoy", "Representative", "Adviser", "Advisor", "Coordinator",
                       "Co-ordinator", "Rapporteur"})
# courtesy words that never belong to an office's words, only to the name after them
_STYLES_OPEN_NAME = frozenset({"Hon", "Honourable", "Honorable", "Mr", "Mrs", "Ms", "Dr",
                               "Sir", "Dame", "H.E", "HE", "Prof", "Rt",
                               # a profession's or a people's form of address ("Secretary
                               # of Justice Atty. X", "Minister of Industry Ing. Y",
                               # "Minister of Trade Bapak Z", "Minister of the Interior
                               # Sheikh W"): the holder's, never the office's word
                               "Eng", "Engr", "Atty", "Lic", "Licda", "Ing", "Arch", "Bapak",
                               "Ibu", "Ato", "Woizero", "Sh", "Tengku", "Tunku", "Sheikh",
                               "Sheikha", "Dato'", "Dato’", "Datuk", "Dato", "Tan", "Tun",
                               "Alhaji", "Alhaja", "Hajia", "Haji", "Hajjah", "Sayyid",
                               "Sayyida", "Ustaz", "Ustazah", "Shri", "Smt"})
# Malay "son/daughter of" and "the late" before a father's title and name
_LINEAGE_WORDS = frozenset({"ibni", "binti", "bin", "bint"})
_LATE_WORDS = frozenset({"Al-Marhum", "Almarhum", "Al-Marhumah", "Almarhumah", "Allahyarham",
                         "Al-Marhom", "Almarhom"})


class _Scanner:
    """Token-level reading of one sentence."""

    def __init__(self, doc: Doc, sentence: Sentence, countries: geo.CountryIndex,
                 ahead: bool = False) -> None:
        self.doc = doc
        self.ahead = ahead  # the release announces an event still to come
        self.s = sentence
        off = sentence.start
        # tuple.__new__ skips the NamedTuple's Python-level constructor (one per token)
        self.toks = [_new_tuple(_Tok, (m.group(), m.start() + off, m.end() + off))
                     for m in _TOKEN.finditer(sentence.text)]
        self.texts = [t.text for t in self.toks]
        self.lex = _lex()
        self.countries = countries.within(sentence.start, sentence.end)
        self._country_at = {c.start: c for c in self.countries}

    # -- token predicates -------------------------------------------------------------
    def text(self, i: int) -> str:
        return self.texts[i] if 0 <= i < len(self.texts) else ""

    def is_cap(self, i: int) -> bool:
        t = self.text(i)
        return bool(t) and t[0].isupper()

    def country_starting(self, i: int) -> geo.CountryMention | None:
        if i >= len(self.toks):
            return None
        hit = self._country_at.get(self.toks[i].start)
        if hit is None and self.text(i) == "the":
            hit = self._country_at.get(self.toks[i + 1].start) if i + 1 < len(self.toks) else None
        return hit

    def inside_country(self, i: int) -> bool:
        """Whether token i is a later word of a state's name ("States" of "United States")."""
        start = self.toks[i].start
        return any(c.start < start < c.end for c in self.countries)

    def tok_index_at(self, offset: int) -> int:
        for i, t in enumerate(self.toks):
            if t.start >= offset:
                return i
        return len(self.toks)

    def is_name_token(self, i: int) -> bool:
        t = self.text(i)
        if t in {"I", "A"} and self.text(i + 1) == "." and i + 2 < len(self.toks) and (
                self.toks[i + 1].start == self.toks[i].end and self.is_name_token(i + 2)):
            return True  # "I. Tomesk", "A. Smith": an initial, not the pronoun or article
        if not t or not t[0].isupper() or t in self.lex.not_names or t in self.lex.postnominals:
            return False
        if t in self.lex.head_first or t in self.lex.title_words or t in self.lex.org_words:
            return False
        if t in self.lex.region_words:  # "Governor of Osaka Prefecture, X": a place kind
            return False
        if self.country_starting(i) is not None:
            return False
        if (glue := _GLUED.search(t)) and not re.match(r"(?:Mc|Mac|De|Le|La|O')", t) and (
                not self._name_glued(t, glue.start() + 1)):
            return False  # words glued by a bad scrape: "Kassym-JomartPresident"
        if len(t) > 4 and t.isupper():  # acronyms: "APEC"; but "KISHIDA Fumio" is a name
            return self.family_in_capitals(i)
        return True

    def _initial_at(self, r: int) -> bool:
        """An initial or its full stop inside a name ("Kirill A. Dmitriev")."""
        t = self.text(r)
        if t == ".":
            return len(self.text(r - 1)) == 1 and self.is_cap(r - 1)
        return len(t) == 1 and t.isupper() and self.text(r + 1) == "."

    def _name_glued(self, t: str, at: int) -> bool:
        """A capital inside a name word that is the name's own spelling ("SingOei",
        "DeSantis"), not a scrape that runs a name into the next word: the tail is no office
        or other known word, and the glue comes once."""
        tail = t[at:]
        lex = self.lex
        return (_GLUED.search(tail) is None and len(tail) <= 6 and tail not in lex.head_first
                and tail not in lex.title_words and tail not in lex.not_names
                and tail not in lex.org_words and not geo.canonical_country(tail))

    def family_in_capitals(self, i: int) -> bool:
        """A family name in capitals, the way Japanese releases write it ("KISHIDA Fumio",
        "Prime Minister KISHIDA"): a romanised Japanese word beside a romanised given name
        in title case, or right after a title or courtesy word (an acronym is seldom either:
        "ASEAN Economic", "NATO Summit")."""
        t = self.text(i)
        if self._capitals_after_title(i):
            return True
        if not _ROMAJI.fullmatch(t):
            return False
        for k in (i - 1, i + 1):
            w = self.text(k)
            if len(w) > 1 and w[0].isupper() and not w.isupper() and _ROMAJI.fullmatch(w.upper()):
                return True
        return self.text(i - 1) in _heads_last() or self.text(i - 1 - (
            self.text(i - 1) == ".")) in _PERSONAL_COURTESY

    def _capitals_after_title(self, i: int) -> bool:
        """A name word in capitals right after a title or courtesy word, or after name
        words that follow one ("President JOHN SMITH", "President Joko SMITH"): some issuers
        write names, or family names, in capitals. Not a body's acronym ("President APEC"
        has no name after it to be) nor a state."""
        t = self.text(i)
        if not t.isalpha() or len(t) > 15 or t in self.lex.org_words or (
                t in self.lex.title_words):
            return False
        k = i - 1
        while k >= i - 3 and k >= 0 and self.text(k).isalpha() and (
                self.text(k).isupper() or self.text(k).istitle()) and (
                self.text(k) not in _heads_last() and self.text(k) not in self.lex.honorifics):
            k -= 1
        if self.text(k) == "," and k < i - 1 and any(
                self.text(r) in _heads_last() for r in range(max(0, k - 8), k)) and all(
                self.is_cap(r) or self.text(r) in {"of", "the", "for", "and"}
                for r in range(max(0, k - 8), k) if r >= self._office_start(k)):
            return True  # "The President of the Republic, Ilvar TOMESK, met": an office in
            # apposition before a name whose family name is in capitals
        if k < i - 1 and self.text(k) == "." and self.toks[k].start == self.toks[k - 1].end:
            k -= 1  # "Ms. Maria Theresa LAZARO": a courtesy word's full stop before the name
        if k == i - 1 and not (self.text(k) in _heads_last() or self.text(k) in _PERSONAL_COURTESY
                               or self.text(k) in self.lex.honorifics):
            return False
        return k >= 0 and (self.text(k) in _heads_last() or self.text(k) in _PERSONAL_COURTESY
                           or self.text(k) in self.lex.honorifics)

    def _possessive_run(self, k: int) -> bool:
        """Whether capitalised words from k end in a possessive ("Ireland's", "the
        Government's"): a thing of theirs follows, not the rest of an office."""
        k += self.text(k) == "the"
        stop = k + 5
        while k < stop and self.is_cap(k):
            k += 1
        return k < stop and self.text(k) in {"'", "’"} and self.text(k + 1) == "s" or (
            self.text(k) in {"'s", "’s"})

    def _dash_then_name(self, j: int) -> bool:
        """Whether a spaced dash at j is followed by a whole name of two words or more that
        closes a list's item (a comma, "and", a full stop or the sentence's end after it)."""
        if not (self.toks[j].start > self.toks[j - 1].end and j + 1 < len(self.toks)
                and self.toks[j + 1].start > self.toks[j].end):
            return False
        h = self.skip_honorifics(j + 1)
        ne = self.name_at(h)
        return ne - h >= 2 and self.head_at(j + 1) < 0 and (
            ne >= len(self.toks) or self.text(ne) in {",", "and", ".", ";"})

    def _office_start(self, k: int) -> int:
        """The first token of the capitalised office run that ends before ``k``."""
        r = k - 1
        while r > k - 8 and r > 0 and (self.is_cap(r - 1) or self.text(r - 1) in {
                "of", "the", "for", "and"}):
            r -= 1
        return r

    # -- titles ----------------------------------------------------------------------
    def head_at(self, i: int) -> int:
        """End index of a title head starting at i (modifiers included), or -1."""
        j = i
        # modifiers ("First Deputy") and portfolio words ("Defence Secretary", "Energy
        # Minister") may precede the head
        while self.text(j) in self.lex.modifiers or self.text(j) in self.lex.title_words:
            j += 1
        for k in range(j, i - 1, -1):  # a modifier may itself start a head ("Vice President")
            for head in self.lex.heads.get(self.text(k), ()):
                if all(self.text(k + n) == w for n, w in enumerate(head)):
                    return k + len(head)
        return -1

    def _seat_after(self, j: int) -> bool:
        """"at the Ministry of ...", "in the Foreign Ministry" at j: an office's seat (also
        a leader's own, "at the Prime Minister's Office", as Brunei and Singapore write a
        post in it)."""
        if self.text(j + 1) != "the":
            return False
        for k in range(j + 2, min(j + 8, len(self.toks))):
            if self.text(k) in _SEATS:
                return True
            if not (self.is_cap(k) or self.text(k) in {"'", "’", "s"}):
                return False
        return False

    def title_at(self, i: int, whole: bool = False) -> int | None:
        """End index of a title starting at i (where a name may follow), or None. With
        ``whole``, the title follows its holder's name ("X, Chairman of ..."), so the whole
        capitalised run is the title."""
        end = self.head_at(i)
        if end < 0:
            return None
        if self.text(i) in self.lex.postnominals and (self.is_name_token(i - 1) or (
                self.text(i - 1) in {",", "("} and self.is_name_token(i - 2))):
            return None  # "Tony Abbott MP and Prime Minister of X": letters after a name, no
            # office before the next ("received MP X" is one)
        if self.text(end - 1) == "Chief" and self.text(end) != "of":
            return None  # "Chief" heads an office only with what it heads ("Chief of Defence
            # Staff"); "Chief Justice X", "Chief Negotiator Y" are other offices
        # "Deputy Prime Minister - Minister for ...": a dash joins two titles
        while self.text(end) in {"-", "–", "—", "/"} and self.head_at(end + 1) > 0:
            end = self.head_at(end + 1)
        # "Deputy Prime Minister and Foreign Minister X": a deputy head who holds a portfolio
        # ("Vice President and Prime Minister X" are two people)
        if self.text(end) == "and" and _DEPUTY_HEAD.fullmatch(self.span_text(i, end)):
            second = self.head_at(end + 1)
            if second > 0 and "Minister" in self.span_text(end + 1, second):
                end = second
        elif (self.text(end) == "and" and _VICE_PRESIDENT.fullmatch(self.span_text(i, end))
              and (second := self.head_at(end + 1)) > 0
              and self.text(end + 1) in {"Minister", "Secretary"}):
            end = second  # "First Vice-President and Minister for Finance X": a deputy
            # leader who holds a portfolio, one person (no second article before it)
        elif (self.text(end) == "and" and not whole and self.text(i - 1) not in {"the", "The"}
              and (second := self.head_at(end + 1)) > 0 and (
                  self.name_at(second) - second >= 2 or self._styled_name_at(second) or (
                      self.text(second) == "of" and self.country_starting(second + 1)))):
            end = second  # "spoke with Crown Prince and Prime Minister (of Y) X": one holder
            # (an unnamed office is written with "the": "the Vice President and Prime
            # Minister X" are two people)
        if self.text(end) == "on" and self.is_cap(end + 1) and (
                self.text(end + 1) not in self.lex.not_names) and (
                self.text(end - 1) in _ON_HEADS or "Assisting" in self.texts[i:end]):
            pass  # "Special Envoy on Climate", "Minister Assisting the Prime Minister on X"
        elif self.text(end) in {"at", "in"} and self._seat_after(end):
            pass  # "Parliamentary Secretary in the Ministry of Tourism X": a post in a seat
        elif self.text(end) not in {"of", "for", "to"} or not (
                self.is_cap(end + 1) or self.text(end + 1) == "the"):
            return end
        j = end
        last_conn = -1
        while j < len(self.toks):
            t = self.text(j)
            country = self.country_starting(j) if t != "of" else None
            if country is not None and not country.demonym and (
                    self.toks[j + (t == "the")].end > country.end):
                j += 1 + (t == "the")  # "of the Japan-Kazakhstan League": a compound word
                continue
            if country is not None and not country.demonym:
                if not whole and self.text(j - 1) == "of" and (
                        name := self.name_before_of(end, j - 1)) is not None:
                    return name  # "Director of National Security X Y of the Republic of Korea"
                # a state ends the complement: "Minister of Energy of Azerbaijan Parviz ..."
                j = self.tok_index_at(country.end)
                if self.text(j) in {"'", "’"} and self.text(j + 1) == "s" and self.is_cap(j + 2):
                    last_conn = j + 1  # "Governor of Russia's Primorye Territory X": the
                    j += 2  # state's region, then the holder's name
                    continue
                if self.text(j) == "." and self.toks[j].start == country.end and (
                        self.text(j - 1) == "S" and self.is_cap(j + 1)):
                    j += 1  # (the last full stop of "U.S.": "for U.S. Department of ...")
                body = self.named_body_end(j)
                if body > j and self.skip_honorifics(j) >= body:
                    body = j  # "Emir of Qatar Sheikh X": a courtesy word, then the name
                if body == j and whole is False and self.text(j) in _SEATS and (
                        self.text(j + 1) == "of"):
                    continue  # "for U.S. Department of State's Bureau of ...": the state's
                    # own body, which the office goes on to name
                if body > j:  # "of the Azerbaijan Export and Investment Promotion Agency"
                    j = body
                    if self.text(j) in {"of", "for"} and self.is_cap(j + 1):
                        continue
                    return j
                if self.text(j) in {"of", "for"} and self.is_cap(j + 1):
                    continue  # "... of Ukraine for European Integration"
                dest = self.country_starting(j + 1) if self.text(j) == "to" or (
                    self.text(j) == "in" and _ENVOY_HEAD.match(self.span_text(i, end))) else None
                # ("Ambassador of Ghana in Jamaica, X": the post as Spanish and French write it)
                if dest is not None and _LEADER_TO.fullmatch(self.span_text(i, end)):
                    return j  # "X, Prime Minister of the United Kingdom to Singapore": a
                    # leader's visit goes to the state after "to", no envoy's post
                if dest is not None:
                    j = self.tok_index_at(dest.end)  # "Ambassador of Japan to Kazakhstan"
                elif self.text(j) == "to":
                    # "Permanent Representative of Ghana to the United Nations X": a body
                    # the envoy is sent to, up to its last known word
                    k = j + 1 + (self.text(j + 1) == "the")
                    last = max((r for r in range(k, min(k + 6, len(self.toks)))
                                if self.text(r) in self.lex.org_words
                                and all(self.is_cap(q) for q in range(k, r + 1))), default=-1)
                    if last >= 0:
                        j = last + 1
                return j
            if t == "in" and j > end and (self.text(j - 1) in self.lex.org_words
                                          or self.text(j - 1) in _SEATS) and (
                    (where := self.country_starting(j + 1)) is not None and not where.demonym
                    and self.is_name_token(self.tok_index_at(where.end))):
                return self.tok_index_at(where.end)  # "Head of the NATO Mission in Ukraine X"
            if t in {"at", "in"} and self._seat_after(j):
                last_conn = j + 1  # "Minister of State at the Ministry of Foreign Affairs",
                # "Parliamentary Secretary in the Ministry of Tourism"
                j += 2
                continue
            if t in _CONNECTORS:
                if not (self.is_cap(j + 1) or (self.text(j + 1) == "the" and self.is_cap(j + 2))):
                    break  # "... Bruno Le Maire to discuss": the run is over
                if t in _DASHES and j > end and self._dash_then_name(j):
                    return j  # "Director of the Civil Cabinet – X Y, ...": a list of offices,
                    # each whole, then a spaced dash and its holder's name
                if t in {"on", "to", "for", "and"} and self.text(j + 1) in _WHEN_WORDS:
                    break  # "Minister of Foreign Affairs X Y on Monday": a day, no office
                if t == "the" and self.text(j - 1) not in _CONNECTORS:
                    break  # "... of the European Commission the Development of ...": a Title
                    # Case headline's object after the office, no part of it
                if t == "for" and self._possessive_run(j + 1):
                    break  # "thanked the Taoiseach for Ireland's leadership": what he is
                    # thanked for, no part of his office
                if t == "for" and not whole and _for_the_state_after_name(self, end, j):
                    break  # "Minister of Finance X Y for Jordan": a signatory's side
                nxt = j + 2 if self.text(j + 1) == "the" else j + 1
                if t == "and" and self.skip_honorifics(nxt) > nxt:
                    break  # "... of Ports and Shipping and Hon. X": the next person
                if (t == "and" and not whole and j - 3 > max(end, last_conn)
                        and self.text(j - 3) in self.lex.title_words
                        and self.is_name_token(j - 1) and self.is_name_token(j - 2)
                        and self.is_name_token(nxt) and self.is_name_token(nxt + 1)
                        and self.text(nxt) not in self.lex.title_words):
                    break  # "Minister of Foreign Affairs X Y and Z W, Spokesman": the
                    # holder's name closed the complement; the next person follows "and"
                if t == "and" and self.head_at(nxt) > 0 and (
                        self.text(nxt) not in self.lex.title_words
                        or re.search(r"Minister|Secretary", self.span_text(nxt,
                                                                           self.head_at(nxt)))):
                    # "... and the Prime Minister of ...": a second title; a run that ends in
                    # a body's word, not a name, is all complement ("of the African Union")
                    if not whole and j > end + 1 and not self.is_name_token(j - 1):
                        return j
                    break
                if t == "and" and any(
                        self.head_at(q) > 0 and self.text(q) not in self.lex.title_words
                        and all(self.is_cap(r) and self.text(r) not in self.lex.title_words
                                for r in range(nxt, q))
                        for q in range(nxt + 1, nxt + 3)):
                    break  # "... X and Amur Region Governor Y": a second title after a place
                dem = self.country_starting(nxt) if t == "and" else None
                if dem is not None and self.head_at(self.tok_index_at(dem.end)) > 0:
                    break  # "... X and Kuwaiti (Ghana) Foreign Minister Y": a second title
                if dem is not None and self.text(e := self.tok_index_at(dem.end)) in {
                        "'", "’"} and self.text(e + 1) == "s" and self.head_at(e + 2) > 0:
                    break  # "... of Trade X and Albania's Minister of Energy Y": the same
                last_conn = j
                j += 1
            elif t in {"'", "’"} and self.text(j + 1) == "s" and j > end and not (
                    self.is_name_token(j - 1) and self.is_name_token(j - 2)):
                j += 2  # "of the National People's Congress": a possessive inside a name
                # (not "... Affairs Tom Perez’s Visit": a holder's possessive ends the run)
            elif t == "/" and j > end and self.head_at(j + 1) > 0:
                last_conn = j  # "High Representative of the Union for .../Vice-President of"
                j += 1
            elif t in {"'", "’"} and j > end and self.text(j - 1).endswith("s") and (
                    self.is_cap(j + 1) and self.text(j + 1) not in self.lex.head_first):
                j += 1  # a plural possessive: "for Entrepreneurs' Rights", "Veterans’ Affairs"
            elif t == "," and self._portfolio_run(j + 1) and not (
                    self.is_name_token(j - 1) and self.is_name_token(j - 2)) and (
                    self.text(j + 1) not in _RANKS_BEFORE_NAME or self.is_cap(j + 2) and (
                        self.text(j + 2) in self.lex.title_words)):
                # (not a rank before the holder's name: "of Defence, General X Y")
                # (not after a holder's name: "... Affairs X Y, Trade Minister Z")
                # "Minister of Foreign Affairs, Cooperation, African Integration and ..."
                last_conn = j
                j += 1
            elif (j > end and self.text(j) in _STYLES_OPEN_NAME
                  and (h := self.skip_honorifics(j)) > j and self.name_at(h) > h):
                if self.text(j - 1) in self.lex.title_words or (
                        j - 1 > end and self.text(j - 2) in self.lex.title_words
                        and self.toks[j].start > self.toks[j - 1].end):
                    return j  # "... and International Cooperation Hon. X": a run closed by
                    # a portfolio's word is all office (no name ends in one); the name
                    # follows the courtesy word (so does one more word of the portfolio
                    # the lexicon lacks: "Minister of Civil Defence Preparation Eng. X")
                break  # "Minister for Planning Hon. X", "Chief Secretary Mr. Y": a courtesy
                # word opens the holder's name, so the office ends before it
            elif self.is_cap(j) and self.text(j) not in self.lex.postnominals:
                j += 1
            elif (t == "." and j > end and len(self.text(j - 1)) == 1 and self.is_cap(j - 1)
                  and self.is_cap(j + 1) and self.toks[j].start == self.toks[j - 1].end):
                j += 1  # a state's initials inside the office: "for U.S. Department of ..."
            else:
                break
        while j > end and self.text(j - 1) in _CONNECTORS | {","}:
            j -= 1
        # the run after the last connector holds the end of the complement and maybe a name
        k = last_conn + 1 if last_conn >= 0 else end + 1
        if k >= j or whole:
            return j
        if self.text(j) == "," and (self.text(j - 1) in self.lex.title_words
                                    or self.text(j - 1) in self.lex.org_words):
            return j  # "Assistant Secretary for Western Hemisphere Affairs, X": no name ends
            # in a portfolio's or a body's word, so the whole run is the office
        for p in range(k + 1, j - 1):  # a known official's name ends the run
            if is_known_official(self.span_text(p, j)):
                return p
        first = k
        if (last_conn >= 0 and self.text(last_conn) in {"of", "to"}
                and (h := self.skip_honorifics(k)) > k and h < j and self.head_at(h) < 0
                and self.name_at(h) - h >= 2):
            return h  # "Director of the Office of His Majesty X Y": the honorific names the
            # office's principal, so it stays in the title and the holder's name follows
        while k < j and (self.text(k) in self.lex.title_words
                         or self.text(k) in self.lex.org_words
                         or (len(self.text(k)) > 1 and self.text(k).isupper()
                             and not (len(self.text(k)) > 4 and self.family_in_capitals(k)))):
            k += 1
        if k == first:
            k += 1  # the complement has at least one word ("Minister of Commerce")
            if k < j and (geo.gazetteer().city_pattern.fullmatch(place := self.span_text(
                    first, k + 1)) or place in geo.gazetteer().regions):
                k += 1  # a place of two words: "Crown Prince of Abu Dhabi X"
            while k < j - 1 and (self.text(k) in self.lex.region_words
                                 or self.text(k) in self.lex.title_words):
                k += 1  # "Governor of Tula Region Dmitry ...", "of Intergovernmental Affairs X"
            while k < j - 2 and not self.is_name_token(k) and self.text(k).isalpha():
                k += 1  # "Minister of State for the Middle East X Y": a word no name opens
                # with ("East", "Pacific Islands") is the office's place, the name follows
        elif j - k >= 3 and self.text(last_conn) == "the":
            k += 1  # "of the State Geocadastre Serhiy Zavadsky": a named body, then a name
        if self.text(k) in {"'", "’"} and self.text(k - 1).endswith("s") and k < j - 3:
            k += 2  # "for Entrepreneurs' Rights X Y": a plural possessor, then what it owns
        if self.text(k) in {"'", "’"} and self.text(k + 1) == "s":
            k += 2  # "Head of the President's Office X": the possessor, then the body
            while k < j - 2 and (self.text(k) in self.lex.title_words
                                 or self.text(k) in self.lex.org_words):
                k += 1
        while k < j - 1 and (self.text(k) in self.lex.org_words
                             or self.text(k) in self.lex.title_words):
            k += 1  # "of the Nordic Council Tomas ...": the body's last word is no name
        body_end = max((r for r in range(k, j - 2) if self.text(r) in self.lex.org_words
                        or self.text(r) in self.lex.title_words), default=-1)
        dots = sum(self.text(r) == "." for r in range(body_end + 1, j)) if body_end >= k else 0
        if body_end >= k and j - body_end - 2 * dots <= 4 and all(
                self.is_name_token(r) or self._initial_at(r) for r in range(body_end + 1, j)):
            k = body_end + 1  # "of the Royal Hashemite Court X Y": a body of several words
            # the lexicon does not all know ends at its last known word; the name follows
        if j - k > 2 and _SYLLABLE_GIVEN.fullmatch(self.text(j - 1)) and self.is_name_token(j - 2):
            k = j - 2  # "for Public Communication Park Ji-won": family name, given name
        while j - k >= 3 and _ABSTRACT_NOUN.search(self.text(k)):
            k += 1  # "of Ecology and Environment Protection Ana Lopez": a portfolio's noun
        if self.text(j) == "," and not any(self.is_name_token(r) for r in range(k, j)):
            return j  # "of the Northern Territory, The Hon. X": no name in the run, all office
        return k

    def _styled_name_at(self, i: int) -> bool:
        """Whether a name follows courtesy words at i, with a rank after them ("His Royal
        Highness Prince X"): "Crown Prince and Prime Minister His Royal Highness Prince X"
        is one holder of both offices."""
        h = self.skip_honorifics(i)
        if h == i:
            return False
        h += self.text(h) in _RANKS
        return self.name_at(h) - h >= 2

    def name_before_of(self, end: int, of: int) -> int | None:
        """Where a holder's name starts when it closes the capitalised run (after the
        title's head, which ends at ``end``) before "of <state>" at ``of``: the complement's
        words first, at least one of them. None when there is no such name."""
        first = of
        while first > end + 1 and self.is_cap(first - 1):
            first -= 1
        if any((self.text(r) in self.lex.modifiers or self.text(r) in self.lex.head_first)
               and self.text(r) not in self.lex.title_words for r in range(first, of)):
            return None  # "... and Deputy Supreme Commander of X": another office
        k = first
        while k < of and (self.text(k) in self.lex.title_words
                          or self.text(k) in self.lex.org_words):
            k += 1
        if k == first:
            k += 1  # (one word the lexicon does not know: "of Intergovernmental Affairs X")
            while k < of and self.text(k) in self.lex.title_words:
                k += 1
        while of - k >= 3 and _ABSTRACT_NOUN.search(self.text(k)):
            k += 1  # "of Ecology and Environment Protection Ana Lopez of X"
        if not 2 <= of - k <= 4 or not all(self.is_name_token(r) for r in range(k, of)):
            return None
        return k

    def _portfolio_run(self, k: int) -> bool:
        """Whether the capitalised run from k (up to three words) holds a portfolio word
        ("Cooperation", "African Integration", "International Trade"), and is no new title."""
        if self.head_at(k) > 0 and self.text(k) not in self.lex.title_words:
            return False
        for r in range(k, k + 3):
            if not self.is_cap(r):
                return False
            if self.text(r) in self.lex.title_words:
                return True
        return False

    # -- names -----------------------------------------------------------------------
    def skip_honorifics(self, i: int) -> int:
        moved = True
        while moved:
            moved = False
            for hon in self.lex.honorifics.get(self.text(i), ()):
                if all(self.text(i + n) == w for n, w in enumerate(hon)):
                    i += len(hon)
                    if self.text(i) == ".":
                        i += 1
                    elif (self.text(i) == "," and hon[-1] in _STYLE_BEFORE_COMMA
                          and self.text(i + 1) in self.lex.honorifics):
                        i += 1  # "His Excellency, Mr X": a comma between two styles
                    moved = True
                    break
        return i

    def name_at(self, i: int) -> int:
        """End index of a personal name starting at i, or i if there is none."""
        known = self.official_at(i)
        if known > i:
            # a known name may go on with a second surname ("Iván Duque Márquez")
            stop = i + 8
            while known < stop and self.official_at(known) == known:
                if self.postnominal_letters(known):
                    break
                if self.is_name_token(known):
                    known += 1
                elif self.text(known) in {"bin", "ibn"} and self.is_name_token(known + 1):
                    known += 2  # "Mohammed bin Salman bin Abdulaziz": the grandfather's name
                elif self.text(known) in _LINEAGE_WORDS and (
                        k := self._father_at(known + 1)) > known + 1:
                    known, stop = k, k + 8  # "Sultan X ibni Al-Marhum Sultan Haji Y": his
                    # late father's title and name
                elif (self.text(known) in {"'", "’", "‘"} and self.is_name_token(known + 1)
                      and self.toks[known + 1].start == self.toks[known].end):
                    known += 1  # "Omar 'Ali Saifuddien": a glottal stop or elided article
                else:
                    break
            return known
        if self.text(i) in self.lex.head_first and self.text(i + 1) in {"bin", "ibn", "bint"}:
            return self.name_at(i + 2) if self.is_name_token(i + 2) else i  # "Sultan bin Saad"
        j = i
        count = 0
        limit = 6
        while j < len(self.toks) and count < limit:
            t = self.text(j)
            if count >= 2 and self.postnominal_letters(j):
                break
            if count and self._short_line_ends(j):
                break  # a line ends the name: "... Minister X" over "Back to top" (a menu)
            if count and t.lower() in {"bin", "bint", "ibn", "al", "el"} and self.is_name_token(
                    j + 1):
                j += 1  # "Mohammed Bin Hamad Bin Qassim Al Thani": capitalised particles
                if t.lower() != "al":
                    limit = count + 6  # the father's name is a name of its own length
                continue  # do not use up the name's length
            if count and t.lower() in {"bin", "bint", "ibn"} and _PARTICLE_JOINED.fullmatch(
                    self.text(j + 1)):
                j += 2  # "Ahmed bin al-Kuwari": the family name joined to its article
                count += 1
                continue
            if count and t in _LINEAGE_WORDS and (k := self._father_at(j + 1)) > j + 1:
                # "Sultan X ibni Al-Marhum Sultan Y", "X bin Dato Paduka Y": a Malay ruler's
                # or noble's father, with his late title and styles, is part of the full name
                j = k
                limit = count + 6
                continue
            if count and self.text(j + 1) == "." and t in _STYLE_BEFORE_NAME and (
                    self.is_name_token(j + 2)):
                break  # "Minister of ... Land Reclamation Eng. X Y": a style opens the name
            glued = self.glued_initial(j)
            # (an initial that is also a small word: "Miguel A. Correa", "Rohan I. Perera")
            initial = (count and len(t) == 1 and t.isupper() and self.text(j + 1) == "."
                       and self.is_name_token(j + 2))
            if glued or initial or self.is_name_token(j):
                j += 1
                count += 1
                if (len(t) == 1 or t in _NAME_ABBREVIATIONS or glued) and self.text(j) == ".":
                    j += 1  # an initial: "Joseph R. Biden", "Ma. Lucia Reyes"
                if j < len(self.toks) and self.text(j) == t:
                    j += 1  # a doubled word from a bad scrape
            elif count and t in {"II", "III", "IV"}:
                j += 1
            elif count and _PARTICLE_JOINED.fullmatch(t):
                j += 1  # "Ahmed al-Sharaa", "Abdel Fattah el-Sisi": a joined particle
                count += 1
            elif (count and t in _OPEN_QUOTES and self.is_name_token(j + 1)
                  and self.text(j + 2) in _CLOSE_QUOTES[t] and self.is_name_token(j + 3)):
                j += 3  # a nickname in quotes inside a name ("Rogelio 'Jojo' Santos")
                count += 1
            elif (count and t in {"‘", "'", "’", "ʻ"} and j + 1 < len(self.toks)
                  and self.toks[j + 1].start == self.toks[j].end
                  and self.toks[j].start > self.toks[j - 1].end
                  and self.is_name_token(j + 1) and self.text(j + 2) not in {"’", "'"}):
                j += 1  # a Polynesian glottal stop written as a quotation mark: "Samuela
                # ‘Akilisi Pohiva" (one name; a nickname's closing mark follows its word)
            elif count and t in self.lex.particles:
                # particles may come in runs ("Ursula von der Leyen", "Maria de la Cruz"):
                # they belong to the name only when a name word follows the run
                k = j
                while k < j + 3 and self.text(k) in self.lex.particles:
                    k += 1
                if not self.is_name_token(k):
                    break
                j = k
            else:
                break
        if count == 0:
            return i
        # ", Jr." belongs to the name
        if self.text(j) == "," and self.text(j + 1) in {"Jr", "Sr"}:
            j += 2
            if self.text(j) == ".":
                j += 1
        return j

    def _father_at(self, k: int) -> int:
        """Where a father's name starts after a Malay lineage word ("ibni Al-Marhum Sultan
        Haji Y", "bin Dato Paduka Y"): past "the late", a ruler's title and courtesy words;
        k when no name follows."""
        start = k
        if self.text(k) in _LATE_WORDS:
            k += 1
        if self.text(k) in _REGNAL_HEADS or self.text(k) in {"Raja", "Tuanku", "Pengiran"}:
            k += 1
        k = self.skip_honorifics(k)
        return k if k > start and self.is_name_token(k) else start

    def glued_initial(self, j: int) -> bool:
        """An initial glued by its full stop to the next name word, as Mongolian and some
        Central Asian releases write names ("Kh.Battulga", "I.K.Azizov"): one or two
        letters, a full stop, then a capital with no space between."""
        t = self.text(j)
        if not (0 < len(t) <= 2 and t[0].isupper() and t.isalpha()) or self.text(j + 1) != ".":
            return False
        if j + 2 >= len(self.toks) or self.toks[j + 2].start != self.toks[j + 1].end:
            return False
        nxt = self.text(j + 2)
        return nxt[:1].isupper() and (self.is_name_token(j + 2) or self.glued_initial(j + 2))

    def _short_line_ends(self, j: int) -> bool:
        """Whether a short line ends between tokens j - 1 and j: a heading, link or menu
        line, whose last word no word on the next line continues (a hard-wrapped paragraph
        has long lines, and may break a name: "Mr Phan Van" / "Khai")."""
        text, end = self.doc.text, self.toks[j - 1].end
        if "\n" not in text[end:self.toks[j].start]:
            return False
        return end - (text.rfind("\n", max(0, end - 200), end) + 1) < 55

    def postnominal_letters(self, j: int) -> bool:
        """Letters with full stops after a name ("Simon Harris T.D."): no initial."""
        t = self.text(j)
        return len(t) == 1 and self.text(j + 1) == "." and (
            t + self.text(j + 2) in self.lex.postnominals)

    def named_body_end(self, j: int) -> int:
        """End index of the capitalised run from j when it ends in an organisation word
        ("Export and Investment Promotion Agency") or runs up to a known official's name
        ("Central Committee To Lam"): a body named after a state."""
        k = j
        while k < len(self.toks) and k - j < 8 and (
                self.is_cap(k) or (self.text(k) in {"and", "of", "for"} and self.is_cap(k + 1))):
            if self.text(k) in self.lex.org_words:
                return k + 1
            if self.official_at(k) > k:  # "of Vietnam Central Committee To Lam"
                if k - j <= 2 and all(self.is_name_token(r) for r in range(j, k)):
                    return j  # "Prime Minister of Pakistan Muhammad Shehbaz Sharif": a
                    # known name inside the holder's fuller one, no body before it
                return k if k > j and self.text(k - 1) not in {"and", "of", "for"} else j
            if self.text(k) in self.lex.head_first and self.head_at(k) > k:
                break  # "... Kassym-Jomart Tokayev and President of the World Bank" (not a
                # head's first word alone: "Defence" of "Guyana Defence Force")
            if k > j and self.is_name_token(k) and all(
                    self.text(r) in self.lex.title_words for r in range(j, k)) and (
                    self.name_at(k) - k >= 2):
                return k  # "of the UAE Armed Forces X Y": the state's forces, then a name
            k += 1
        if k > j and k - j <= 3 and all(self.text(r) in self.lex.title_words
                                        or self.text(r) == "Force"  # ("Defence Force")
                                        for r in range(j, k)) and (
                self.text(k) in {",", "(", ""} or not self.is_cap(k)):
            return k  # "Head of the Timor-Leste Government, X": the state's own organ, no
            # name after it, closed by a comma
        return j

    def official_at(self, i: int) -> int:
        """End index of a known official's full name written from i ("To Lam", whose first
        word is otherwise no name), or i."""
        for words in _official_tokens().get(self.text(i), ()):
            if all(self.text(i + n) == w for n, w in enumerate(words)):
                return i + len(words)
        return i

    def span_text(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.doc.text[self.toks[i].start:self.toks[j - 1].end]


def _norm_tokens(name: str) -> set[str]:
    return {w for w in _fold_words(name) if len(w) > 1 or w.isdigit()}


# capitals of Latin, Greek and Cyrillic script ("Γιώργος Αντωνόπουλος", "Михаил Воронцов"); a
# prefilter only, so lower-case letters of the same blocks may pass
_CAP = r"[A-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]"
_TWO_CAPS = re.compile(rf"{_CAP}[\w'’.-]*,?\s+(?:(?:[a-z]{{1,4}}|the)\s+)?{_CAP}")


@functools.cache
def _head_words() -> re.Pattern[str]:
    # (a look-ahead for the letters the words open with: the alternation of 150 words is
    # then tried only where one may start, not at every word boundary; the same matches)
    words = sorted(_lex().head_first)
    first = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return re.compile(rf"\b(?=[{first}])(?:" + "|".join(map(re.escape, words)) + r")\b")


# Chinese family names that are also English words ("He Lifeng"): a name only right after
# an office, before one given name
_SURNAMES_LIKE_WORDS = frozenset({"He"})


# head words of an office written in lower case after a name ("X, head of the Y Office")
_LOWER_OFFICE_HEADS = frozenset({
    "minister", "president", "vice-president", "premier", "director", "director-general",
    "chairman", "chairwoman", "chairperson", "chair", "head", "secretary", "secretary-general",
    "ambassador", "governor", "chief", "executive", "commissioner", "deputy", "adviser",
    "advisor", "representative", "envoy", "manager", "founder", "ceo", "coordinator",
    "mayor", "leader", "counsellor", "counselor", "consul", "attaché", "attache", "speaker",
    "undersecretary", "under-secretary", "vice-minister", "rector", "member", "senator",
    "governor-general", "spokesman", "spokeswoman", "spokesperson"})
# lower-case words that open no office after "Name, " (a clause, a list, an article)
_NOT_OFFICE_OPENERS = frozenset({"who", "which", "that", "the", "a", "an", "and", "or", "but",
                                 "whose", "whom", "where", "when", "while", "as", "in", "on",
                                 "at", "with", "for", "from", "to", "by", "during", "after"})


_LOCAL_HEADS = frozenset({"Mayor", "Governor", "Prefect", "Premier", "Lord Mayor"})


def _place_before(sc: _Scanner, i: int) -> str | None:
    """A city or region of one or two words right before token i ("Amsterdam Mayor",
    "Guangdong Governor"), as the gazetteer knows it, or None."""
    g = geo.gazetteer()
    for k in (2, 1):
        if i - k < 0 or not all(sc.is_cap(r) for r in range(i - k, i)):
            continue
        if "\n" in sc.doc.text[sc.toks[i - k].start:sc.toks[i].start]:
            continue
        place = sc.span_text(i - k, i)
        if g.city_pattern.fullmatch(place) or place in g.regions:
            return place
    return None


def _lower_office_after(sc: _Scanner, j: int) -> tuple[int, int] | None:
    """The span of an office written in lower case right after "Name, " at j ("deputy
    director of the Europe Department", "chief executive of Y"): it opens with a lower-case
    word and has a head word among its first four; it ends at a comma, a stop or a bracket
    (twelve words at most). None when no such office is there."""
    t = sc.text(j)
    if not t.isalpha() or not t.islower() or t in _NOT_OFFICE_OPENERS:
        return None
    end = j
    while end < min(j + 12, len(sc.toks)) and sc.text(end) not in {",", ";", ".", "(", ")", ":"}:
        w = sc.text(end)
        if _VERB.match(w) or w in {"is", "was", "are", "were", "will", "has", "have", "had"}:
            return None  # "X, then said ...": a clause, no office
        end += 1
    if end == j or sc.text(end) not in {",", ";", ".", "("}:
        return None
    if not any(sc.text(r).lower() in _LOWER_OFFICE_HEADS for r in range(j, min(j + 4, end))):
        return None
    return j, end


# verbs whose object is the one met ("received X", "welcomed X and Y")
_MEETING_VERBS = frozenset({"received", "receives", "welcomed", "welcomes", "hosted", "hosts",
                            "met", "meets"})
_DATELINE_DASH = re.compile(r"[^.;\n]{0,80}?\d{4}\s*[)]?\s*[–—-]\s*$")


def _after_dateline(sc: _Scanner, i: int) -> bool:
    """Whether token i opens the lead right after a dateline ("Valletta, 2 May 2025 – X")."""
    return bool(_DATELINE_DASH.fullmatch(sc.doc.text, sc.s.start, sc.toks[i].start))


def _line_starts_at(sc: _Scanner, i: int) -> bool:
    """Whether token i opens a line (after a bullet or a number at most): a list's item."""
    text = sc.doc.text
    start = sc.toks[i].start
    line = text.rfind("\n", max(0, start - 12), start)
    head = text[line + 1:start] if line >= 0 else (
        text[sc.s.start:start] if i == 0 else "x")
    return re.fullmatch(r"[\s\-–—•*·\d.)]*", head) is not None


def _mentions_in(doc: Doc, sentence: Sentence, countries: geo.CountryIndex,
                 ahead: bool = False) -> list[Mention]:
    if not (_TWO_CAPS.search(sentence.text) or _head_words().search(sentence.text)):
        return []  # no title and no two capitalised words: nobody is named here
    sc = _Scanner(doc, sentence, countries, ahead)
    lex = sc.lex
    out: list[Mention] = _leader_descriptions(sc)
    used: set[int] = set()
    i = 0
    label = _speaker_label(sc)
    if label is not None:
        out.append(label[0])
        i = label[1]
    for m in _plural_title_list(sc, used):
        out.append(m)
    out += _named_counterparts(sc, used)
    out += _counterparts_after(sc, used)
    n = len(sc.toks)
    texts = sc.texts
    while i < n:
        if i in used or not texts[i][0].isupper():
            i += 1  # every rule below starts on a capitalised word
            continue
        hit = sc.title_at(i) if sc.is_cap(i) else None
        if hit is not None and sc.inside_country(i):
            hit = None  # "the United States Assistant Secretary X": "States" ends the state's
            # name (a portfolio word elsewhere); the office starts after it
        if hit is not None:
            t_end = name_start = hit
            if (texts[t_end:t_end + 1] == ["("] and _ACRONYM.fullmatch(sc.text(t_end + 1))
                    and sc.text(t_end + 2) == ")" and sc.text(t_end + 3) == ","):
                t_end = name_start = t_end + 3  # "the Chargé d'Affaires of the Department of
                # Foreign Affairs (DFAT), X": the body's initials close the office
            elif texts[t_end:t_end + 1] == ["("] and (
                    close := next((r for r in range(t_end + 2, min(t_end + 6, n))
                                   if texts[r] == ")"), -1)) > 0 and all(
                    sc.is_cap(r) or texts[r].lower() in _ACTING_MARKS
                    for r in range(t_end + 1, close)) and (
                    nb := close + 1 + (sc.text(close + 1) == ",")) and (
                    sc.name_at(sc.skip_honorifics(nb)) > sc.skip_honorifics(nb)):
                t_end = name_start = close + 1  # "Additional Secretary (Gulf) X", "Director
                # General (East Asia) Y": the desk an office covers, in brackets, then the name
                # (or an apposition: "Minister of State (Regional Cooperation), Hon. Z")
            title = sc.span_text(i, t_end)
            if texts[t_end:t_end + 1] and texts[t_end] in _DASHES and sc._dash_then_name(t_end):
                name_start = t_end + 1  # "Minister of External Relations – X Y"
            if texts[t_end - 1] in _ABBREVIATED_HEADS and sc.text(t_end) == ".":
                name_start += 1  # "Amb. X", "Sec. Y": an abbreviated office, then the name
            ni = sc.skip_honorifics(name_start)
            if (ranked := _past_rank(sc, ni)) > ni and sc.name_at(
                    rni := sc.skip_honorifics(ranked)) > rni:
                ni = rni  # "Force Commander Major General X": a rank, then the name
            ne = sc.name_at(ni)
            if ne == ni and sc.text(ni) in _SURNAMES_LIKE_WORDS and ni == t_end and (
                    sc.toks[ni + 1].start == sc.toks[ni].end + 1 if ni + 1 < n else False) and (
                    (ne2 := sc.name_at(ni + 1)) - ni == 2 and not sc.is_cap(ne2)):
                ne = ne2  # "Vice Premier He Lifeng", "Ambassador He Wei": a Chinese family
                # name that is also an English word, right after the office, then one given name
            cue = "title + name"
            if ne == ni and (second := sc.head_at(t_end)) > t_end:
                # "Minister for Trade Senator Don Farrell": a rank between title and name
                ni2 = sc.skip_honorifics(second)
                if (ne2 := sc.name_at(ni2)) > ni2:
                    ni, ne = ni2, ne2
            if ne == ni and ni > t_end and sc.text(ni) in _RANKS and (
                    rank_end := sc.name_at(ni + 1)) - ni >= 3:
                ni, ne = ni + 1, rank_end  # "Crown Prince His Royal Highness Prince X": the
                # office is the title; the rank after the courtesy words is no office
            if ne - ni == 1 and sc.text(i) == "Member" and sc.text(ni) in _MEMBERS:
                ne = ni  # "the Member States of the Union": a body's members, no one
            if ne - ni == 1 and title in _BARE_RANKS:
                ne = ni  # "the General Debate", "Admiral Hotel": a bare rank before one word
            if ne > ni and sc._short_line_ends(ni):
                ne = ni  # "Prime Minister" over "Media release": a heading, not a name
                # (a long line wrapped between title and name is one sentence's text)
            if ne > ni and (sc.text(ne - 1) in lex.place_nouns or sc.text(ne) in lex.place_nouns
                            or _place_after_and(sc, ne)):
                ne = ni  # "King Georges Road": a place named after someone
                # ("King X Aid and Relief Centre": a body, named after someone)
            if ne == ni and sc.text(t_end) == ",":
                # apposition: "the Chinese Premier, Mr Wen Jiabao"
                ni = sc.skip_honorifics(t_end + 1)
                if ni == t_end + 1 and sc.text(ni) in {"The", "the"}:
                    styled = ni + 1  # "the Prime Minister of X, The RT Hon Y": a style first
                    while styled < ni + 4 and sc.text(styled).capitalize() in _STYLE_WORDS:
                        styled += 1
                    if styled > ni + 1:
                        ni = sc.skip_honorifics(styled)
                ne = sc.name_at(ni)
                b = i - 1
                while b > 0 and sc.text(b) in _STYLE_WORDS:
                    b -= 1  # "the Honourable Minister of X, Ambassador Y": a style first
                abbreviated = sc.text(ni) == "Amb" and sc.text(ni + 1) == "."  # ("Amb. X")
                if ne == ni and (sc.text(ni) in _APPOSITIVE_RANKS or _past_rank(sc, ni) > ni
                                 or abbreviated) and (
                        sc.text(b) in {"the", "The", "'s", "’s"} or sc.text(b) == "s"
                        and sc.text(b - 1) in {"'", "’"}  # (or "Austria's Envoy, ...")
                        or _OFFICE_OPENS_CLAUSE.fullmatch(sc.text(b)) is not None
                        and (sc.text(b) not in {"and", "or"} or sc.text(b - 1) in {";", ","})
                        # ("will meet Minister of X, Senator Y; and Minister of Z, ...": no
                        # article, a list's item or a verb's object; not "A and B, Senator
                        # Y", a second holder)
                        or (i > 0 and any(c.demonym and c.end == sc.toks[i - 1].end
                                          for c in sc.countries) and b == i - 1)):
                    # ("the Australian ...")
                    # "the Minister of Foreign Affairs, Ambassador X,": a rank the holder
                    # keeps, written as a courtesy word; the office before it is the title
                    # ("the Governor-General, HE Major General X": a rank of two words)
                    ni = sc.skip_honorifics(max(ni + 1 + abbreviated, _past_rank(sc, ni)))
                    ne = sc.name_at(ni)
                follow = sc.text(ne)
                if ne > ni and not (follow in {",", ".", ":", ";", "(", "and", ""}
                                    or follow in lex.postnominals or sc.postnominal_letters(ne)
                                    or (follow[:1].islower() and follow not in {"of"})):
                    ne = ni
                g = geo.gazetteer()
                if ne > ni and (g.city_pattern.fullmatch(sc.span_text(ni, ne))
                                or g.venue_pattern.fullmatch(sc.span_text(ni, ne))):
                    ne = ni  # "..., Jakarta": a dateline, not a name
                cue = "title, name"
                if ne > ni and i >= 2 and sc.text(i - 1) == "," and sc.text(ne) == "," and any(
                        q.name and q.title == title and q.end == sc.toks[i - 2].end for q in out
                ) and _appositive_title(sc, ne + 1) is not None:
                    ne = ni  # "Ambassador A, Head of the Protocol Department, Dr B, Bahrain's
                    # Ambassador to Oman": the office is A's apposition; B has his own after
            if ne > ni and (title in _RANKS or title.split()[-1] in _RANKS_BEFORE_NAME) and sc.text(
                    ne) == "," and (
                    office := _appositive_title(sc, ne + 1)) is not None:
                title = sc.span_text(*office)  # "Prince X, Minister of ...": the office
            if ne > ni:
                ni2, ne2 = _complement_tail(sc, ni, ne)
                if ni2 != ni:  # the name moved to the end of a longer title
                    title = sc.span_text(i, ni2)
                elif ne2 - ni2 == 1 and cue == "title, name" and ni == t_end + 1 and not (
                        sc.text(i - 1) in {"the", "The"} and sc.text(ne2) == ","):
                    ne2 = ni2  # "Mr President, Regarding ...": one bare word is an address
                    # (not "the Foreign Minister of Indonesia, Sugiono, ...": one name)
                ni, ne = ni2, ne2
            if (ne > ni and title in _REALM_HEADS and sc.text(ne) == "of" and sc.is_cap(ne + 1)
                    and sc.country_starting(ne + 1) is None and sc.title_at(ne + 1) is None):
                realm = ne + 2
                while realm < ne + 4 and sc.is_cap(realm):
                    realm += 1
                title = f"{title} {sc.span_text(ne, realm)}"  # "Kgosi X II of Bangwaketse",
                # "Sultan Y of Johor": a ruler of a realm inside a state, named after the name
            if ne > ni and (owner := _office_possessor(sc, i, used)) < i:
                title = f"{sc.span_text(owner, i)} {title}"  # "Prime Minister's Adviser X"
            elif ne > ni and (first := _portfolios_before(sc, i, used)) < i:
                title = f"{sc.span_text(first, i)} {title}"  # "Power, Energy and Mines Minister X"
            if ne > ni and sc.text(i - 1) in lex.region_words and sc.is_cap(i - 2) and (
                    i - 2 not in used) and sc.s.index > 0 and not sc.country_starting(i - 2):
                title = f"{sc.span_text(i - 2, i)} {title}"  # "Amur Region Governor X"
            prev = out[-1] if out else None
            if (ne > ni and prev is not None and not prev.name and prev.title
                    and prev.cue.startswith("description (organisation")
                    and sc.text(i - 1) == "and" and i >= 2 and prev.end == sc.toks[i - 2].end):
                # "Chairperson of the African Union and President of Senegal X": one holder
                # of a body's office and a state's
                title = f"{prev.title} and {title}"
                out.pop()
            joined_state = None
            if (ne > ni and prev is not None and not prev.name and prev.title
                    and "(organisation)" not in prev.cue and sc.text(i - 1) == "and"
                    and i >= 2 and prev.end == sc.toks[i - 2].end
                    and not _is_leader(title)
                    and not (" " not in title and prev.title.endswith(" " + title))
                    and not doc.text[max(0, prev.start - 4):prev.start].lower().endswith("the ")):
                # (nor "Foreign Secretary and Secretary X": the bare word of the office before
                # it is another holder's, as a headline writes two people)
                # "Deputy Chief of Staff of the President of X and Special Representative of
                # the President Y", "Crown Prince of X and Deputy Supreme Commander of ... Y":
                # one holder of two offices, the second below the leaders (not "the Prime
                # Minister of X and Foreign Minister Y", two people)
                title, joined_state = f"{prev.title} and {title}", prev.country
                out.pop()
            if ne > ni and cue == "title, name" and (spouse := _SPOUSE_OF.search(_before(sc, i))):
                # "the spouse of the (Moldovan) President, X": not the President
                title = f"{spouse.group().lstrip()}{title}"
            if ne > ni:
                name = sc.span_text(ni, ne)
                port = _portfolio_after(sc, ne)
                m = Mention(name, sc.toks[ni].start, sc.toks[ne - 1].end, sentence,
                            title=f"{title} ({port[1]})" if port else title, cue=cue)
                m.country = _country_around(sc, i, t_end, ne, m) or joined_state
                if ("(organisation)" in m.cue and prev is not None and not prev.name
                        and prev.country and "(organisation)" not in prev.cue
                        and _CHAIR_AFTER_OFFICE.fullmatch(doc.text[prev.end:sc.toks[i].start])):
                    # "the President of Senegal, the current Chairperson of the African Union
                    # X": a head of state who chairs a body for a term serves the state
                    m.title, m.country, m.cue = prev.title, prev.country, "title, title + name"
                    out.remove(prev)
                if sc.text(i - 1) in _TERM_WORDS and m.title and m.title.startswith(sc.text(i)):
                    m.title = f"{sc.text(i - 1)} {m.title}"  # "the acting President of X Y":
                    # a term of office written in lower case is still the office's word
                elif m.title and m.title == sc.text(i) and sc.text(i) in _LOCAL_HEADS and (
                        place := _place_before(sc, i)) is not None:
                    m.title = f"{place} {m.title}"  # "Amsterdam Mayor X", "Guangdong
                    # Governor Y": the city or province is the office's
                out.append(_flags(sc, m, i, ne))
                used.update(range(i, ne))
                i = port[0] if port else ne
                continue
            # a title without a name ("the Chinese Premier"): a later mention of someone
            d = Mention("", sc.toks[i].start, sc.toks[t_end - 1].end, sentence, title=title,
                        cue="description")
            d.country = _country_around(sc, i, t_end, t_end, d)
            if not _past_visit_of(sc, i, t_end):
                # (not "the visit of the Slovak Prime Minister to X in 2024": an earlier
                # guest, whom no participant's later mention may be taken for)
                out.append(d)
            i = max(t_end, i + 1)
            continue
        # courtesy word + name: "Dr Singh", "Mr. Atamkulov"
        hi = sc.skip_honorifics(i)
        if hi > i:
            ne = sc.name_at(hi)
            personal = sc.text(hi - 1 - (sc.text(hi - 1) == ".")) in _PERSONAL_COURTESY
            if ne == hi and personal and sc.head_at(hi) == hi + 1 and (
                    n2 := sc.name_at(hi + 1)) > hi + 1 and sc.text(n2) == "," and (
                    _appositive_title(sc, n2 + 1) is not None):
                # "H.E. Dr. Sultan Ahmed X, Minister of ...": after a courtesy word, a head
                # that is also a given name, when the office follows the name
                ne = n2
            if ne > hi and (h2 := sc.skip_honorifics(ne)) > ne and (n2 := sc.name_at(h2)) > h2 + 1:
                hi, ne = h2, n2  # "Pehin Udana Khatib Dato Paduka Seri Setia Ustaz Haji X Y": a
                # conferred style written like a name, then more courtesy words and the name
            if ne > hi:
                m = Mention(sc.span_text(hi, ne), sc.toks[hi].start, sc.toks[ne - 1].end,
                            sentence, cue="courtesy + name")
                close = ne
                while sc.text(close) in sc.lex.postnominals or sc.text(close) == ".":
                    close += 1  # "the Hon. X MP, Prime Minister of ..."
                # (or a dash: "His Excellency X – Ambassador of Korea, H.E. Y – High
                # Commissioner of ...", a list of envoys each styled and then named)
                appos = _appositive_title(sc, close + 1) if sc.text(close) == "," or (
                    sc.text(close) in _DASHES and close + 1 < len(sc.toks)
                    and sc.toks[close].start > sc.toks[close - 1].end) else None
                if appos is not None and _titled_name_ends(sc, appos[0], appos[1]):
                    appos = None  # "Mrs X, Minister for Foreign Affairs Y Z": a new person
                if appos is not None:  # "Mr Jia Qinglin, Chairman of ..."
                    m.title = sc.span_text(*appos)
                    m.country = _country_around(sc, appos[0], appos[1], appos[1], m)
                    m.cue = "courtesy + name, title"
                out.append(_flags(sc, m, i, ne))
                i = appos[1] if appos is not None else ne
                continue
        # a bare name opening a clause before a verb, or an apposition after it
        if sc.is_name_token(i) and (not sc.is_cap(i - 1) or any(
                m.name and m.end == sc.toks[i - 1].end for m in out) or (
                sc.text(sc.name_at(i)) in _DASHES and _line_starts_at(sc, i))):
            # (a name right after another found name: a flattened headline's last word)
            ne = sc.name_at(i)
            if ne - i >= 2:
                follow = sc.text(ne)
                appos = _appositive_title(sc, ne + 1) if follow == "," or (
                    follow in _DASHES and _line_starts_at(sc, i)) else None
                # ("Teodor Malik – Minister of Foreign Affairs": a list's line of a name and
                # its office, as delegation lists are laid out; the office ends with the line)
                if appos is not None and follow in _DASHES:
                    cut = next((r for r in range(appos[0] + 1, appos[1]) if "\n" in
                                doc.text[sc.toks[r - 1].end:sc.toks[r].start]), appos[1])
                    appos = (appos[0], cut)
                if appos is not None and (any(sc.text(r) in lex.place_nouns for r in range(i, ne))
                                          or sc.text(i - 1) == "the" and sc.text(i - 2) in _AT):
                    i = ne  # "from the Palace of X, the President Y": a place (all of it)
                    continue  # (or "at the Casa de X, the President Y": a person has no "the")
                if appos is not None and sc.text(i - 1) in _PREPOSITIONS and (
                        _VERB.match(sc.text(appos[1]))):
                    # "At the request of X, the President of Y briefed him": the title opens
                    # the main clause (a verb follows it, no comma), no apposition to X
                    i = ne
                    continue
                if appos is not None:
                    t_start, t_end = appos
                    title = sc.span_text(t_start, t_end)
                    m = Mention(sc.span_text(i, ne), sc.toks[i].start, sc.toks[ne - 1].end,
                                sentence, title=title, cue="name, title")
                    m.country = _country_around(sc, t_start, t_end, t_end, m)
                    out.append(_flags(sc, m, i, ne))
                    i = t_end
                    continue
                lower = _lower_office_after(sc, ne + 1) if follow == "," else None
                if lower is not None:
                    # "X, deputy director of the Y Department, said": an office written in
                    # lower case after the name (news agencies, many ministries)
                    m = Mention(sc.span_text(i, ne), sc.toks[i].start, sc.toks[ne - 1].end,
                                sentence, title=sc.span_text(*lower),
                                cue="name, lower-case title")
                    m.country = _country_around(sc, lower[0], lower[1], lower[1], m)
                    out.append(_flags(sc, m, i, ne))
                    i = lower[1]
                    continue
                close = next((r for r in range(ne + 2, min(ne + 16, n)) if texts[r] == ")"), -1)
                if follow == "(" and close > 0 and (
                        office := _appositive_title(sc, ne + 1)) is not None and (
                        office[0] < close) and "(" not in texts[ne + 1:close]:
                    # "X (Deputy Marshal of the Senate of Poland), Y (Vice-President of the
                    # Bundestag)": the office in brackets after the name, all of it
                    m = Mention(sc.span_text(i, ne), sc.toks[i].start, sc.toks[ne - 1].end,
                                sentence, title=sc.span_text(ne + 1, close), cue="name (title)")
                    m.country = _country_around(sc, ne + 1, close, close, m)
                    out.append(_flags(sc, m, i, ne))
                    i = close + 1
                    continue
                relative = follow == "," and sc.text(ne + 1) == "who"  # "X, who is on a visit"
                # "X and President of Y Z held talks": the first of two subjects
                # (or right after a dateline: "Valletta, 2 May – X and Y held talks")
                joint = follow == "and" and (i == 0 or _after_dateline(sc, i)) and (
                    sc.is_cap(ne + 1) and sc.name_at(ne + 1) - (ne + 1) >= 2
                    or i == 0 and sc.is_cap(ne + 1))
                # "X and President of Y Z will visit": a subject beside a titled one
                joint = joint or (follow == "and" and sc.title_at(ne + 1) is not None)
                # "X will present", "X has signed": an auxiliary, then a verb
                # (not "PM Koh will": an abbreviated title is no given name)
                modal = follow in {"will", "would", "has", "had"} and (
                    sc.text(ne + 1)[:1].islower() and sc.text(ne + 1) not in {"be", "been"}
                    and not any(len(w) > 1 and w.isupper() for w in sc.texts[i:ne]))
                if (follow in _PASSIVE_PARTICIPLES and sc.text(ne + 1) in _PLACE_TIME_WORDS
                        and sc.text(i - 1) in {"and", "of", "on", "for", "&"}
                        and sc.is_cap(i - 2) and sc.official_at(i) == i):
                    i = ne  # "the Summit on Forests and Land Use held in Glasgow": a passive
                    continue
                # "Also in attendance were the Secretary for X, Y, and Z.": the list's last,
                # untitled member
                attending = sc.text(i - 1) == "and" and follow in {".", ";", ""} and bool(
                    _ATTENDANCE_BEFORE.search(sc.doc.text, max(sc.s.start, sc.toks[i].start - 160),
                                              sc.toks[i].start))
                # "The minister was accompanied by X and Y": untitled members of the party,
                # named in the list right after the cue
                attending = attending or (follow in {",", "and", ".", ";", ""} and bool(
                    _COMPANY_BEFORE.search(sc.doc.text, max(sc.s.start, sc.toks[i].start - 120),
                                           sc.toks[i].start)))
                # "President X received (welcomed, hosted) Y (and Z) at ...": the object of a
                # verb of meeting, and the next name of its list
                met = sc.text(i - 1) in _MEETING_VERBS or (
                    sc.text(i - 1) == "and" and any(
                        q.cue == "name + verb" and q.end == sc.toks[i - 2].end
                        and sc.text(sc.tok_index_at(q.start) - 1) in _MEETING_VERBS
                        for q in out))
                g = geo.gazetteer()
                if g.city_pattern.fullmatch(place := sc.span_text(i, ne)) or place in g.regions:
                    i = ne  # "Hong Kong will continue to ...": a city or region acts, no one
                    continue
                if (follow == ":" or _VERB.match(follow) or relative or joint or modal or attending
                        or met
                        or sc.text(i - 1) in {"with", "between"} or sc.official_at(i) == ne
                        or (sc.text(i - 1) in {"wife", "husband", "spouse"}
                            and sc.text(i - 2) in {"his", "her", "their"})):
                    m = Mention(sc.span_text(i, ne), sc.toks[i].start, sc.toks[ne - 1].end,
                                sentence, cue="name + verb")
                    out.append(_flags(sc, m, i, ne))
                    i = ne
                    continue
        i += 1
    if _LIST_CUE.search(sentence.text):
        out = _lower_case_list(sc, out)
    elif (present := _PRESENT_CUE.search(sentence.text)) is not None:
        out = _lower_case_present(sc, out, present.start())
    if (names := _BARE_NAMES_PRESENT.match(sentence.text)) is not None:
        out = _bare_names_present(sc, out, names.end("names"))
    return _lower_case_titles(sc, out)


@functools.cache
def _lower_title_words() -> frozenset[str]:
    """Words that may sit before a head in a lower-case title ("foreign affairs cabinet
    secretary", "deputy prime minister"): the lexicon's modifiers and portfolio words."""
    lex = _lex()
    words = {w.lower() for w in (*lex.modifiers, *lex.title_words) if " " not in w}
    words |= {w.lower() for heads in lex.heads.values() for h in heads for w in h[:-1]
              if w.isalpha()}
    return frozenset(words - {"the", "of", "and", "for", "to", "on", "at"})


# "his Ghanaian counterpart, foreign minister X": the demonym places the office after it
_DEMONYM_COUNTERPART = re.compile(r"\b([A-Z][\w'’-]+)\s+counterparts?\s*,?\s*\Z")
# heads of a state's offices, which a lower-case title outside a delegation list must have
# (not "the museum's director, X": a body's post, the holder no official)
_STATE_HEADS_LOWER = frozenset({
    "president", "vice-president", "minister", "vice-minister", "premier", "chancellor",
    "ambassador", "envoy", "secretary", "king", "queen", "emir", "amir", "sultan", "governor",
    "speaker", "consul", "commissioner", "taoiseach", "coordinator",
    # a state news agency's short offices: "China's top legislator, X", "top diplomat Y"
    "legislator", "diplomat",
    # news agencies' short offices: "Syrian leader X", "Kenya's trade chief Y", and a
    # spokesman, who tells of the event (found, so as not to be taken for one who acts)
    "leader", "chief", "spokesman", "spokeswoman", "spokesperson"})


def _lower_case_titles(sc: _Scanner, out: list[Mention]) -> list[Mention]:
    """Offices written in lower case right before a name, as news agencies write them:
    "Kenya's foreign affairs cabinet secretary X", "his counterpart, foreign minister Y",
    "the prime minister of Albania, Z". The title is the head word and the lower-case
    office words before it (and "of <state>" after it); its state comes as for any title.
    A name found before with no title gets this one; a titled one keeps its own."""
    heads = _STATE_HEADS_LOWER
    words = _lower_title_words() | {"top"}  # ("China's top diplomat X")
    texts = sc.texts
    n = len(texts)
    found = False
    for h in range(n - 1):
        if texts[h] not in heads:
            continue
        t_end = h + 1
        if texts[t_end] in {"of", "for"} and (c := sc.country_starting(t_end + 1)) is not None:
            t_end = sc.tok_index_at(c.end)  # "the prime minister of Albania, X"
        elif texts[t_end] == "of" and texts[t_end + 1:t_end + 2] == ["the"] and sc.is_cap(
                t_end + 2) and texts[t_end + 2] in _SEATS and texts[t_end + 3:t_end + 4] == [","]:
            t_end += 3  # "the sociocultural coordinator of the Presidency, X": a seat of state
        elif texts[t_end] in {"of", "for"} and texts[t_end + 1:t_end + 2] and (
                texts[t_end + 1].islower()):
            e = t_end + 1  # "cabinet secretary for trade X", "minister of foreign affairs Y"
            while e < min(n, t_end + 7) and (texts[e].islower() and texts[e].isalpha()):
                e += 1
            if texts[e - 1] not in _CONNECTORS:
                t_end = e
        if (t_end < n and texts[t_end] in {",", "and", "."} and h >= 2
                and (apposed := _lower_apposition(sc, h, t_end, out)) is not None):
            out, found = apposed, True  # "X, minister of trade, and Y": after the name
            continue
        if t_end >= n:
            continue  # "... with the president of the USA" ending a headline: no name
        k = t_end + (texts[t_end] == ",")
        k = sc.skip_honorifics(k)
        ne = sc.name_at(k)
        if ne - k < 2 or (k > t_end and sc.text(ne) not in {",", ".", ";", ""}
                          and not _VERB.match(sc.text(ne))):
            continue  # ("the minister, John Smith, said": a closed apposition only)
        t_start = h
        while t_start > 0 and t_start > h - 5 and (
                texts[t_start - 1] in words or texts[t_start - 1] in heads
                or "-" in texts[t_start - 1] and texts[t_start - 1].islower()):
            t_start -= 1
        s0, e0 = sc.toks[k].start, sc.toks[ne - 1].end
        hit = next((m for m in out if m.start < e0 and s0 < m.end), None)
        if hit is not None and (hit.title or not hit.name):
            continue
        title = sc.span_text(t_start, t_end)
        if hit is not None:
            hit.title, hit.cue = title, "lower-case title + name"
            hit.country = hit.country or _country_around(sc, t_start, t_end, ne, hit)
            continue
        m = Mention(sc.span_text(k, ne), s0, e0, sc.s, title=title,
                    cue="lower-case title + name")
        m.country = _country_around(sc, t_start, t_end, ne, m)
        if m.country is None and (dem := _DEMONYM_COUNTERPART.search(
                sc.doc.text, max(sc.s.start, sc.toks[t_start].start - 40),
                sc.toks[t_start].start)) is not None:
            at = sc._country_at.get(dem.start(1))
            m.country = at.country if at is not None and at.demonym else None
        out.append(_flags(sc, m, t_start, ne))
        found = True
    if found:
        out.sort(key=lambda m: m.start)
    return out


def _state_owner_before(sc: _Scanner, t: int) -> int:
    """Where a state written before a lower-case office starts ("Hungary's" or "the
    Hungarian" before "foreign minister" at ``t``), or ``t`` when none is."""
    k = t - 2 if sc.text(t - 1) == "s" and sc.text(t - 2) in {"'", "’"} else t
    hit = next((c for c in sc.countries if k > 0 and c.end == sc.toks[k - 1].end), None)
    if hit is None:
        return t
    start = sc.tok_index_at(hit.start)
    if k == t and not hit.demonym:
        return t  # a state's name right before the office, no possessive: not its owner
    return start - (sc.text(start - 1) == "the")


def _lower_apposition(sc: _Scanner, h: int, t_end: int,
                      out: list[Mention]) -> list[Mention] | None:
    """"X, minister of trade, and Y, the foreign minister,": a lower-case office in
    apposition after a name (two name words at least, right before the comma). The name's
    mention gets the title (a new one when the name was not found); None when the shape
    is not there or the name already has a title."""
    texts = sc.texts
    t_start = h
    words = _lower_title_words()
    while t_start > 0 and t_start > h - 5 and (texts[t_start - 1] in words
                                               or texts[t_start - 1] in {"the"}):
        t_start -= 1
    first = t_start + 1 if texts[t_start] == "the" else t_start
    owner = _state_owner_before(sc, t_start)
    if owner < t_start and texts[owner - 1] == ",":
        t_start = owner  # "X, Hungary's foreign minister, received": the state's office
    if texts[t_start - 1] != ",":
        return None
    ne = t_start - 1
    k = ne
    while k > 0 and ne - k < 4 and sc.is_name_token(k - 1):
        k -= 1
    if ne - k < 2 or sc.name_at(k) != ne:
        return None
    s0, e0 = sc.toks[k].start, sc.toks[ne - 1].end
    hit = next((m for m in out if m.start < e0 and s0 < m.end), None)
    title = sc.span_text(first, t_end)
    if hit is not None:
        if hit.title or not hit.name:
            return None
        hit.title, hit.cue = title, "name, lower-case title"
        hit.country = hit.country or _country_around(sc, first, t_end, t_end, hit)
        return out
    m = Mention(sc.span_text(k, ne), s0, e0, sc.s, title=title, cue="name, lower-case title")
    m.country = _country_around(sc, first, t_end, t_end, m)
    return [*out, _flags(sc, m, k, ne)]


# a list of a delegation's members: "joined by", "accompanied by (his)", "attended on the
# Saudi side by", "the delegation included"
_LIST_CUE = re.compile(r"\b(?:(?:accompanied|joined|attended)\s+(?:(?:on|from)\s+the\s+"
                       r"[\w'’-]+\s+side\s+)?by|delegation\s+(?:included|comprised|"
                       r"consisted\s+of))\s+(?:(?:his|her|their)\s+)?")
_LIST_PIECE = re.compile(r"[^;,]+")
_LEADING_SMALL = re.compile(r"^\s*(?:(?:and|the|his|her|their|also)\s+)*")


@functools.cache
def _lower_heads() -> frozenset[str]:
    """The last word of every office head, in lower case ("minister", "president",
    "chief"): a lower-case title in a delegation list has one."""
    return frozenset(h[-1].lower() for heads in _lex().heads.values() for h in heads
                     if len(h[-1]) > 3 and h[-1].isalpha())


# one attendee named before the words that say they were there
_PRESENT_CUE = re.compile(r"\s(?:was|were)\s+(?:also\s+)?present\b|\salso\s+(?:attended|"
                          r"took\s+part|participated)\b")
_TITLE_THEN_NAME = re.compile(r"^(?P<title>[^,;:()]{3,90}),\s+(?P<name>[^,;:()]{3,60})$")

# a sentence that is a list of names and the words that say they were at the talks: "Zhao
# Lijun, Gao Wenqing and Qian Dehai were present at the talks." (China's closing line)
_BARE_NAMES_PRESENT = re.compile(
    r"(?P<names>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:(?:,\s+|,?\s+and\s+)"
    r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)*)\s+(?:were|was)\s+(?:also\s+)?present"
    r"\s+(?:at|during)\s+the\s+(?:talks|meeting|signing|ceremony|event)s?\s*\.?\s*$")

_PRESENT_AT_TALKS = "name, present at the talks"


def _bare_names_present(sc: _Scanner, out: list[Mention], end: int) -> list[Mention]:
    """Each name of a sentence that lists only names and says they were at the talks
    (see _BARE_NAMES_PRESENT), with no title; the whole list must read as names, or nothing
    is added."""
    base = sc.s.start
    k = sc.tok_index_at(base)
    stop = sc.tok_index_at(base + end)
    spans: list[tuple[int, int]] = []
    while k < stop:
        ne = sc.name_at(k)
        if ne - k < 2 or ne > stop:
            return out
        spans.append((k, ne))
        k = ne + (sc.text(ne) == ",")
        k += sc.text(k) == "and"
    known = {(m.start, m.end) for m in out}
    for a, b in spans:
        s0, e0 = sc.toks[a].start, sc.toks[b - 1].end
        if (s0, e0) in known:
            continue
        m = Mention(sc.span_text(a, b), s0, e0, sc.s, cue=_PRESENT_AT_TALKS)
        out.append(_flags(sc, m, a, b))
    out.sort(key=lambda m: m.start)
    return out


def _lower_case_present(sc: _Scanner, out: list[Mention], cue: int) -> list[Mention]:
    """One attendee whose office is written in lower case before the name, in a sentence
    that says they were there: "The newly appointed ambassador to Ghana, X was also
    present". Only that whole shape (office, comma, name, cue): a name with no office, or
    several people, are left to the other rules."""
    shape = _TITLE_THEN_NAME.match(sc.s.text[:cue])
    if shape is None:
        return out
    office = shape["title"].split()
    if not _lower_heads().intersection(w for w in office if w.islower()):
        return out
    base = sc.s.start
    t_start = sc.tok_index_at(base + shape.start("title"))
    t_end = sc.tok_index_at(base + shape.end("title"))
    k = sc.skip_honorifics(sc.tok_index_at(base + shape.start("name")))
    ne = sc.name_at(k)
    if ne - k < 2 or sc.toks[ne - 1].end != base + shape.end("name"):
        return out
    s0, e0 = sc.toks[k].start, sc.toks[ne - 1].end
    if any(m.start < e0 and s0 < m.end and m.title for m in out):
        return out
    out = [m for m in out if not (m.start < e0 and s0 < m.end)]
    m = Mention(sc.span_text(k, ne), s0, e0, sc.s, title=shape["title"].strip(),
                cue="list: title, name")
    m.country = _country_around(sc, t_start, t_end, ne, m)
    out.append(_flags(sc, m, k, ne))
    out.sort(key=lambda m: m.start)
    return out


def _lower_case_list(sc: _Scanner, out: list[Mention]) -> list[Mention]:
    """Members of a delegation listed with offices in lower case, as some issuers write
    them: "joined by prime minister, Brigadier (Ret'd), X; vice president Dr Y; minister of
    foreign affairs, Z", "accompanied by his chief of the Royal Office, HE W; the minister
    of trade; HE V". The pieces after the cue (split at semicolons and commas) are read in
    order: a piece in lower case with an office's head word is a title (with the body's
    capitalised name when it ends in "of the"); the name after it (past courtesy words,
    ranks and a bracket) takes that title. A name found before with no title gets it; a
    name found with one keeps its own."""
    text = sc.s.text
    cue = _LIST_CUE.search(text)
    if cue is None:
        return out
    heads = _lower_heads()
    pending: tuple[str, int, int] | None = None  # the title, its first and end token
    bare_name = False  # the piece before was a name with no office before it
    consumed = -1  # where the last name read ends
    base = sc.s.start
    for piece in _LIST_PIECE.finditer(text, cue.end()):
        lead = _LEADING_SMALL.match(piece.group())
        start = piece.start() + (lead.end() if lead else 0)
        words = text[start:piece.end()].split()
        if not words or base + start < consumed:
            continue  # (a name read on past the piece's comma: "Brigadier (Ret'd), X")
        if words[0][:1].islower():
            # "prime minister", "vice president Dr Y": the office, maybe a name after it
            cut = next((n for n, w in enumerate(words) if w[:1].isupper()), len(words))
            office = words[:cut]
            if not heads.intersection(w.lower().strip("'’") for w in office) or cut > 16:
                break  # "and several other officials", "and discussed ...": the list is over
            if office[-1] in _CONNECTORS | {"at", "with"}:
                cut = len(words)  # "chief of the Royal Office": a body's name ends it
                office = words
            if cut == len(words) and bare_name:
                bare_name = False  # "X, the foreign minister, and Y": X's office, in
                continue  # apposition (read by _lower_apposition), not Y's
            t_start = sc.tok_index_at(base + start)
            title_end = base + start + len(" ".join(office))
            t_end = sc.tok_index_at(title_end)
            pending = (sc.doc.text[base + start:title_end], t_start, t_end)
            if cut == len(words):
                continue
            i = t_end
        else:
            i = sc.tok_index_at(base + start)
        bare_name = pending is None
        if pending is None:
            continue
        k = i
        for _ in range(6):  # courtesy words, ranks and a bracket before the name
            k = sc.skip_honorifics(k)
            if sc.text(k) in _RANKS_BEFORE_NAME or sc.text(k) in _RANK_PREFIXES:
                k += 1
            elif sc.text(k) == "(" and ")" in sc.texts[k:k + 6]:
                k = sc.texts.index(")", k) + 1
            elif sc.text(k) == "," and k > i:
                k += 1
            else:
                break
        ne = sc.name_at(k)
        if ne - k < 2 and not (ne > k and k > i):
            continue  # (a piece of ranks alone, "Brigadier (Ret'd)", keeps the office)
        title, t_start, t_end = pending
        pending = None
        s0, e0 = sc.toks[k].start, sc.toks[ne - 1].end
        consumed = e0
        hit = next((m for m in out if m.start < e0 and s0 < m.end), None)
        if hit is not None:
            if not hit.title and hit.name:
                hit.title, hit.cue = title, "list: title, name"
                hit.country = hit.country or _country_around(sc, t_start, t_end, ne, hit)
            continue
        m = Mention(sc.span_text(k, ne), s0, e0, sc.s, title=title, cue="list: title, name")
        m.country = _country_around(sc, t_start, t_end, ne, m)
        out.append(_flags(sc, m, i, ne))
    out.sort(key=lambda m: m.start)
    return out


# "... Land Use held in Glasgow", "... Agreement signed on Monday": a participle, no verb of
# a person
_PASSIVE_PARTICIPLES = frozenset({"held", "signed", "hosted", "organised", "organized",
                                  "launched", "convened", "adopted", "concluded"})
_PLACE_TIME_WORDS = frozenset({"in", "on", "at", "within", "under", "by", "during"})


# offices written short with a full stop before a name ("Amb. X", "Sen. Y", "Gov. Z")
_ABBREVIATED_HEADS = frozenset({"Amb", "Sen", "Gov", "Pres"})
# an office held in an acting capacity, marked in brackets ("Commissioner of Police (ag), X")
_ACTING_MARKS = frozenset({"ag", "acting", "ai", "a.i", "a", "i", ".", "interim"})


# courtesy words of a person, not of a rank: after them a head word is a given name
# ("Dr. Sultan X"), after "His Royal Highness" it is a rank ("Prince X")
# ranks, not offices: an office in apposition is the title ("Prince X, Minister of ...")
_RANKS = frozenset({"Prince", "Princess", "Sheikh", "Sheikha", "Sultan"})
# what may stand right before an office that opens a clause or a list's item: a verb or
# preposition in lower case, a semicolon or colon, the sentence's start ("")
_OFFICE_OPENS_CLAUSE = re.compile(r"[a-z]+|[;:]|")
_TERM_WORDS = frozenset({"acting", "interim"})
# ranks written before a name like a courtesy word, after an office in apposition ("the
# Minister of Defence, General X"): the office is the title, the rank no new person
_RANKS_BEFORE_NAME = frozenset({"Ambassador", "Senator", "General", "Admiral", "Colonel",
                                "Marshal", "Brigadier", "Judge", "Justice", "Engineer",
                                "Lieutenant-General", "Major-General", "Brigadier-General",
                                "Amb", "Sen"})  # ("Amb. X, Executive Director, ...")
# ranks that name no one before a single capitalised word ("General Debate", "General Staff")
_BARE_RANKS = frozenset({"General", "Admiral", "Colonel"})
# what "Member" heads when it names a body's members, not an office ("Member States")
_MEMBERS = frozenset({"States", "Countries", "Nations", "Economies", "Governments"})
# (and, only after an office in apposition, a chieftaincy style: "Minister of X, Chief Y")
_APPOSITIVE_RANKS = _RANKS_BEFORE_NAME | {"Chief"}
_PERSONAL_COURTESY = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Professor"})
# styles an issuer writes before an office ("the Honourable Minister", "Hon'ble Minister")
_STYLE_WORDS = frozenset({"Honourable", "Honorable", "Hon", "Hon'ble", "Hon’ble", "Rt", "Right",
                          "."})
_RUN_JOINS = frozenset({"of", "the", "and", "for", "to", "on", "at", "&", "'", "’", "s"})


# words that make a military rank of the one after them ("Major General", "Vice Admiral")
_RANK_PREFIXES = frozenset({"Major", "Lieutenant", "Brigadier", "Rear", "Vice", "Air",
                            "Colonel", "Lt", "Maj", "Brig", "Lieut"})


def _office_possessor(sc: _Scanner, i: int, used: set[int]) -> int:
    """Where an office that owns the title at i starts ("Prime Minister's (Diplomatic)
    Adviser X", "PM's Principal Secretary X"): the staff of an office, whose title the
    release writes with it. i when there is none."""
    for p in range(i, max(i - 3, 2), -1):  # up to two words between ("Diplomatic")
        if sc.text(p - 1) != "s" or sc.text(p - 2) not in {"'", "’"}:
            if p < i and not sc.is_cap(p):
                return i
            continue
        for o in range(max(0, p - 5), p - 2):
            if sc.head_at(o) == p - 2 and sc.text(o) in sc.lex.head_first and (
                    _is_leader(sc.span_text(o, p - 2))) and not any(
                    r in used for r in range(o, i)):
                return o
        return i
    return i


def _place_after_and(sc: _Scanner, ne: int) -> bool:
    """Whether "and" after a name opens a capitalised run that ends in a place noun ("X Aid
    and Relief Centre"): the name is the first half of a body's or a place's name."""
    if sc.text(ne) not in {"and", "&"}:
        return False
    for r in range(ne + 1, ne + 5):
        if sc.text(r) in sc.lex.place_nouns:
            return True
        if not sc.is_cap(r):
            return False
    return False


def _portfolios_before(sc: _Scanner, i: int, used: set[int]) -> int:
    """Where a list of portfolio words before a title at i starts ("Power, Energy and" before
    "Mineral Resources Minister X"): one office's portfolios, written before its head. i when
    there is none; not after "of" or a capitalised word ("Ministry of Energy and Finance
    Minister X" names a ministry, then someone else)."""
    if i < 2 or sc.text(i - 1) != "and" or sc.text(i) not in sc.lex.title_words:
        return i
    k = i - 1
    while k > 0 and (sc.text(k - 1) in sc.lex.title_words or (
            sc.text(k - 1) == "," and k > 1 and sc.text(k - 2) in sc.lex.title_words)):
        k -= 1
    if k >= i - 1 or sc.text(k) == "," or any(r in used for r in range(k, i)):
        return i
    before = sc.text(k - 1) if k > 0 else ""
    if before == "and" and k - 2 in used:
        before = ","  # "X and Roads, Shipping and Transport Minister Y": after a named person
    if before in {"of", "for", "and", "to", "on"} or (k > 0 and sc.is_cap(k - 1) and not (
            sc.country_starting(k - 1) or before in {"The", "the"})):
        return i
    return k


def _past_rank(sc: _Scanner, k: int) -> int:
    """The index after a rank written between an office and a name ("Commander Major General
    X", "Minister of Defence General Y"), or k when there is none."""
    j = k
    while j < k + 3 and sc.text(j) in _RANK_PREFIXES and (
            sc.text(j + 1) in _RANKS_BEFORE_NAME or sc.text(j + 1) == "."):
        j += 1 + (sc.text(j + 1) == ".")  # ("Lt. General X": an abbreviated prefix)
    return j + 1 if sc.text(j) in _RANKS_BEFORE_NAME else k


# between a state's office and a body's chair held by the same person
_CHAIR_AFTER_OFFICE = re.compile(r"\s*,\s*(?:the\s+)?(?:(?:incumbent|current|rotating|"
                                 r"outgoing|acting)\s+)?|"
                                 # "X Prime Minister and current Pacific Islands Forum Chair Y"
                                 r"\s*,?\s*and\s+(?:the\s+)?(?:incumbent|current|rotating|"
                                 r"outgoing)\s+(?:[A-Z][\w'’-]*\s+){0,5}")


def _complement_tail(sc: _Scanner, ni: int, ne: int) -> tuple[int, int]:
    """The name after a title, once the title's complement is read to its end.

    A long complement ("of the International Atomic Energy Agency (IAEA)", "of
    Immigration, Refugees and Citizenship of Canada", "of the Office of National Drug
    Control Policy") can stop early, so that a word of the body's name looks like the
    holder's name. The sign is shape, not vocabulary: the supposed name runs straight into
    a body's word ("Atomic Energy", "Parliamentary Assembly"), or a one-word name goes on
    with "and"/"at"/"of" into more capitalised words. Then the capitalised run is read to
    its end and the name is its last two to four name words ("... Policy Adam Cohen
    accompanied"). A new title inside the run is a second person ("President Biden and
    Prime Minister Trudeau"): a one-word name stays; a body's word stays no name.
    Returns (name start, name end); equal values mean no name."""
    lex = sc.lex
    nxt = sc.text(ne)
    into_body = bool(nxt) and nxt[0].isupper() and not sc.is_name_token(ne) and (
        nxt in lex.org_words or nxt in lex.title_words) and sc.head_at(ne) < 0
    # (not in the headline, written in capitals, where every word would join the run)
    joined = ne - ni == 1 and nxt in {"and", "at", "of", "for"} and sc.s.index > 0 and (
        sc.is_cap(ne + 1) or (sc.text(ne + 1) == "the" and sc.is_cap(ne + 2)))
    if not (into_body or joined):
        return ni, ne
    j, n, depth = ne, len(sc.toks), 0
    while j < n and j - ne < 24:
        t = sc.text(j)
        if t == "(":
            depth += 1
        elif t == ")" and depth:
            depth -= 1
        elif t == "," and into_body and sc.head_at(j + 1) > 0:
            pass  # "..., Member of the European Parliament X": the complement goes on
        elif not (sc.is_cap(j) or (t in _RUN_JOINS and (sc.is_cap(j + 1) or sc.text(j + 1)
                                                       in {"the", "s", "’", "'"}))):
            break
        j += 1
    while j > ne and sc.text(j - 1) in _RUN_JOINS:
        j -= 1
    if any(sc.head_at(k) > 0 and sc.text(k) not in lex.title_words for k in range(ne, j)):
        # a second title: the one-word name after "and" stays; a body's word is no name
        return (ni, ni) if into_body else (ni, ne)
    s = j
    while s > ne and j - s < 4 and sc.is_name_token(s - 1):
        s -= 1
    if j - s == 4 or (j - s == 3 and (sc.text(s - 1) in lex.org_words
                                      or sc.text(s - 1) in lex.title_words)):
        s += 1  # "Corporation Rosatom Alexei Likhachev": the body's own name, then the person
    if j - s >= 2 and (into_body or s > ne + 1):
        return s, j
    return (ni, ni) if into_body else (ni, ne)


# "PRIME MINISTER ALBANESE:", "PRESIDENT LEE: (As interpreted.)": a transcript's speaker
_LABEL = re.compile(r"(?P<words>[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){1,5})[ \t]*"
                    r"(?:\([^)\n]{0,40}\)[ \t]*)?:")


def _speaker_label(sc: _Scanner) -> tuple[Mention, int] | None:
    """A speaker's label in capitals at the start of a line: an upper-case title the
    lexicon knows, then one to three name words. The speaker takes part in the event."""
    text = sc.s.text
    m = _LABEL.match(text)
    if m is None or (sc.s.start and sc.doc.text[sc.s.start - 1] not in "\n"):
        return None
    words = m.group("words").split()
    if not words[-1].isupper():
        return None
    cased = [w.title() if w not in {"OF", "FOR", "THE"} else w.lower() for w in words]
    for cut in range(len(words) - 1, 0, -1):
        title, name = cased[:cut], cased[cut:]
        if len(name) > 3:
            break
        if _is_title_words(tuple(title)):
            rel = len(" ".join(words[:cut])) + 1
            start = sc.s.start + m.start("words") + rel
            end = sc.s.start + m.end("words")
            mention = Mention(" ".join(name), start, end, sc.s, title=" ".join(title),
                              cue="speaker label")
            return mention, sc.tok_index_at(sc.s.start + m.end())
    return None


def _is_title_words(words: tuple[str, ...]) -> bool:
    lex = _lex()
    i = 0
    while i < len(words) and words[i] in lex.modifiers:
        i += 1
    for k in range(i, -1, -1):
        if k < len(words) and words[k:] in lex.heads.get(words[k], ()):
            return True
    return False


# "the foreign ministers of the two countries, X and Y, signed": one title, two people
_PLURAL_TITLES = (
    # ("Union Ministers A, B and C": a federal cabinet's members, as Myanmar and India write)
    r"\b(?P<title>(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ee]conomy|[Ff]inance|[Pp]rime|Union|"
    r"Deputy|Vice)\s+)?"
    r"[Mm]inisters(?:\s+(?:of|for)\s+[Ff]oreign\s+[Aa]ffairs)?|[Pp]residents|[Pp]remiers|"
    r"Senators|Governors|Ambassadors|Representatives|"
    # a cabinet's secretaries, as Kenya names its ministers ("Cabinet Secretaries A and B")
    r"(?:Cabinet|Principal|Permanent)\s+Secretaries|"
    # a legislature's members named in a row ("MPs A, B and C", "Congressmen A and B")
    r"MPs|Members\s+of\s+Parliament|Congress(?:wo)?men|Parliamentarians|Lawmakers)")
# the one holder's office of a plural title the rule above reads
_SINGULAR = {"Members of Parliament": "Member of Parliament", "Congressmen": "Congressman",
             "Congresswomen": "Congresswoman", "Cabinet Secretaries": "Cabinet Secretary",
             "Principal Secretaries": "Principal Secretary",
             "Permanent Secretaries": "Permanent Secretary"}
_MINISTERS = re.compile(r"(?i)ministers")


def _singular_title(title: str) -> str:
    """One holder's office of a plural title: "Foreign Ministers" -> "Foreign Minister",
    "Ministers of Foreign Affairs" -> "Minister of Foreign Affairs" (the head is plural, not
    the portfolio), "Presidents" -> "President"."""
    if title in _SINGULAR:
        return _SINGULAR[title]
    if _MINISTERS.search(title):
        return _MINISTERS.sub(lambda w: w.group()[:-1], title)
    return title.removesuffix("s")


_PLURAL_LIST = re.compile(
    _PLURAL_TITLES + r"(?:\s+of\s+(?:the\s+two|both)\s+(?:countries|states|sides))?"
    # ("the Ministers of Foreign Affairs of Central Asia: A of Kazakhstan; B of ...")
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?=:))?"
    r"[,:]?\s+(?=[A-Z])")  # ("which included MPs: A, B and C")


# "his Ghanaian counterpart John Mahama", "her counterpart, Mr Ivo Rand": the role noun
# stands where a title would, so the name after it is a person of the demonym's state
# ("her counterpart from Ghana, X", "his Ghanaian peer, Y", "her homologue of Peru, Z")
_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?P<dem>[A-Z][\w'’-]+)\s+)?"
                          r"(?:counterparts?|peers?|homologues?|homologs?)(?:\s+(?:from|of|in)\s+"
                          r"(?P<of>(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})"
                          r"(?:\s*\([A-Z]{2,6}\))?)?\s*,?\s+(?=[A-Z])")


# (no possessive: "held a meeting with Chilean counterpart X")
_BARE_COUNTERPART = re.compile(r"\b(?:with|and|met|meets|received|receives|welcomed|welcomes)\s+"
                               r"(?:the\s+)?(?P<dem>[A-Z][\w'’-]+)\s+counterparts?\s*,?\s+"
                               r"(?=[A-Z])")


# "his Latvian and Estonian counterparts - X and Y": one name per demonym, in order
_PLURAL_COUNTERPARTS = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<dems>[A-Z][\w'’-]+(?:\s*,\s*[A-Z][\w'’-]+){0,4}\s*,?\s+"
    r"and\s+[A-Z][\w'’-]+)\s+(?:counterparts|peers|homologues)\s*(?:,|[-–—:])?\s*(?=[A-Z])")


def _plural_counterparts(sc: _Scanner, used: set[int]) -> list[Mention]:
    """The named counterparts of several states, each state's demonym in the order of the
    names: "together with his Latvian and Estonian counterparts, X and Y"."""
    out: list[Mention] = []
    for m in _PLURAL_COUNTERPARTS.finditer(sc.s.text):
        base = sc.s.start + m.start("dems")
        dems = [c for c in sc.countries if base <= c.start < sc.s.start + m.end("dems")]
        if len(dems) < 2 or not all(c.demonym for c in dems):
            continue
        i = sc.tok_index_at(sc.s.start + m.end())
        found: list[tuple[int, int]] = []
        while len(found) < len(dems):
            ni = sc.skip_honorifics(i)
            ne = sc.name_at(ni)
            if ne - ni < 2 or any(k in used for k in range(ni, ne)):
                break
            found.append((ni, ne))
            i = ne + (sc.text(ne) in {",", "and"})
            i += sc.text(i) == "and"
        if len(found) != len(dems):
            continue
        for (ni, ne), c in zip(found, dems, strict=True):
            mention = Mention(sc.span_text(ni, ne), sc.toks[ni].start, sc.toks[ne - 1].end, sc.s,
                              cue="counterpart + name")
            mention.country = c.country
            out.append(_flags(sc, mention, ni, ne))
            used.update(range(ni, ne))
    return out


def _named_counterparts(sc: _Scanner, used: set[int]) -> list[Mention]:
    out: list[Mention] = _plural_counterparts(sc, used)
    for m in [*_COUNTERPART.finditer(sc.s.text), *_BARE_COUNTERPART.finditer(sc.s.text)]:
        i = sc.tok_index_at(sc.s.start + m.end())
        if sc.title_at(i) is not None:
            continue  # "his counterpart President X": the title reads it
        ni = sc.skip_honorifics(i)
        ne = sc.name_at(ni)
        if ne - ni < 2 or any(k in used for k in range(ni, ne)):
            continue
        mention = _counterpart_mention(sc, ni, ne, m.start("dem") if m.group("dem") else None)
        if not m.group("dem") and m.groupdict().get("of"):
            at = next((c for c in sc.countries if c.start == sc.s.start + m.start("of")
                       or c.start == sc.s.start + m.start("of") + 4), None)
            mention.country = at.country if at is not None and not at.demonym else None
        out.append(_flags(sc, mention, ni, ne))
        used.update(range(ni, ne))
    return out


def _counterpart_mention(sc: _Scanner, start: int, end: int, dem: int | None) -> Mention:
    """The counterpart named by tokens start..end, of the state of the demonym at offset
    ``dem`` of the sentence ("his Albanian counterpart"), if one is written."""
    mention = Mention(sc.span_text(start, end), sc.toks[start].start, sc.toks[end - 1].end,
                      sc.s, cue="counterpart + name")
    if dem is not None:
        at = sc._country_at.get(sc.s.start + dem)
        mention.country = at.country if at is not None and at.demonym else None
    return mention


# "received X, his Albanian counterpart,": the role noun in apposition after the name
_COUNTERPART_AFTER = re.compile(r"\s*,\s+(?:[Hh]is|[Hh]er|[Tt]heir)\s+"
                                r"(?:(?P<dem>[A-Z][\w'’-]+)\s+)?(?:counterparts?|peers?|"
                                r"homologues?)\b")


def _counterparts_after(sc: _Scanner, used: set[int]) -> list[Mention]:
    """Names followed by ", his (Albanian) counterpart": the counterpart of the one who
    receives or meets them, of the demonym's state (the name had no title to be found by)."""
    out: list[Mention] = []
    text = sc.s.text
    if "ounterpart" not in text and "omologue" not in text and "peer" not in text:
        return out
    for i in range(1, len(sc.toks)):
        if i in used or not sc.is_name_token(i) or sc.is_cap(i - 1):
            continue
        ne = sc.name_at(i)
        if ne - i < 2 or any(k in used for k in range(i, ne)):
            continue
        hit = _COUNTERPART_AFTER.match(text, sc.toks[ne - 1].end - sc.s.start)
        if hit is None:
            continue
        mention = _counterpart_mention(sc, i, ne,
                                       hit.start("dem") if hit.group("dem") else None)
        out.append(_flags(sc, mention, i, ne))
        used.update(range(i, ne))
    return out


def _state_after_name(sc: _Scanner, b: int) -> tuple[str | None, int]:
    """A state written right after a listed name ("X of Ghana", "X (Ghana)"), and the
    index after it (b when there is none)."""
    if sc.text(b) == "of" and (c := sc.country_starting(b + 1)) is not None and not c.demonym:
        return c.country, sc.tok_index_at(c.end)
    if sc.text(b) == "(" and (c := sc.country_starting(b + 1)) is not None and not c.demonym:
        e = sc.tok_index_at(c.end)
        if sc.text(e) == ")":
            return c.country, e + 1
    return None, b


def _plural_title_list(sc: _Scanner, used: set[int]) -> list[Mention]:
    out: list[Mention] = []
    for m in _PLURAL_LIST.finditer(sc.s.text):
        i = sc.skip_honorifics(_past_rank(sc, sc.tok_index_at(sc.s.start + m.end())))
        # each name may have its courtesy words ("Senator the Hon A and the Rt Hon B") and
        # its state ("Presidents A of Ghana and B of Nigeria", "Ministers A (Ghana), B
        # (Nigeria) and C (Senegal)")
        spans: list[tuple[int, int, str | None]] = []
        k = i
        while len(spans) < 8:
            b = sc.name_at(k)
            if b - k < 2:
                break
            state, after = _state_after_name(sc, b)
            spans.append((k, b, state))
            if sc.text(after) in {",", ";"} and sc.text(after + 1) == "and":
                k = sc.skip_honorifics(after + 2)
            elif sc.text(after) in {",", "and"} or sc.text(after) == ";" and state:
                k = sc.skip_honorifics(after + 1)  # (a semicolon between "A of X; B of Y")
            else:
                break
        if len(spans) < 2:
            continue
        title = " ".join(m.group("title").split())
        title = _singular_title(title)
        for a, b, state in spans:
            mention = Mention(sc.span_text(a, b), sc.toks[a].start, sc.toks[b - 1].end, sc.s,
                              title=title, cue="plural title + names")
            mention.country = state
            out.append(_flags(sc, mention, a, b))
        used.update(range(i, spans[-1][1]))
    out += _plural_title_of_states(sc, used)
    out += _plural_advisers(sc, used)
    for m in _PLURAL_HEADS.finditer(sc.s.text):
        out.extend(_portfolio_list(sc, m, used))
    out += _portfolio_first_list(sc, used)
    return out


# "accompanied by the Ministers of International Relations and Cooperation, Dr A; Trade,
# Industry and Competition, Mr B; and Agriculture, Ms C": one plural office, then each
# portfolio before its holder, the entries set apart by semicolons
_PORTFOLIO_FIRST = re.compile(r"\b(?P<head>(?:Deputy\s+)?Ministers)\s+(?P<prep>of|for)\s+(?=[A-Z])")
_ENTRY_SEP = re.compile(r";\s+(?:and\s+)?")


def _portfolio_first_list(sc: _Scanner, used: set[int]) -> list[Mention]:
    """Each holder of a list of portfolios after a plural office (see _PORTFOLIO_FIRST),
    titled with the office in the singular and their portfolio; two entries at least, each
    closed by its holder's name, or nothing."""
    out: list[Mention] = []
    text = sc.s.text
    for m in _PORTFOLIO_FIRST.finditer(text):
        office = " ".join(m.group("head").split())[:-1] + " " + m.group("prep")
        members: list[tuple[int, int, str]] = []
        pos = m.end()
        while len(members) < 12:
            sep = _ENTRY_SEP.search(text, pos)
            entry_end = sep.start() if sep else len(text)
            comma = text.rfind(", ", pos, entry_end)
            if comma < 0:
                break
            ni = sc.skip_honorifics(sc.tok_index_at(sc.s.start + comma + 2))
            ne = sc.name_at(ni)
            if ne - ni < 2 or ni in used:
                break
            members.append((ni, ne, " ".join(text[pos:comma].split())))
            if sep is None:
                break
            pos = sep.end()
        if len(members) < 2:
            continue
        for ni, ne, portfolio in members:
            mention = Mention(sc.span_text(ni, ne), sc.toks[ni].start, sc.toks[ne - 1].end,
                              sc.s, title=f"{office} {portfolio}",
                              cue="plural title, portfolio + name")
            out.append(_flags(sc, mention, ni, ne))
            used.update(range(ni, ne))
        used.update(range(sc.tok_index_at(sc.s.start + m.start()), members[-1][1]))
    return out


# "Advisors to the King Prince A, Prince B and Prince C": a court's or a leader's staff, one
# office held by each name of the list that follows
_PLURAL_ADVISERS = re.compile(
    r"\b(?P<head>(?:Senior\s+|Special\s+)?(?:Advis[eo]r|Counsell?or|Envoy|Aide)s)"
    r"(?P<to>\s+to\s+(?:the\s+|His\s+Majesty\s+the\s+)?(?:King|Queen|President|Prime\s+Minister|"
    r"Emir|Amir|Sultan|Crown\s+Prince|Chancellor|Premier|Government))?,?\s+(?=[A-Z])")


def _plural_advisers(sc: _Scanner, used: set[int]) -> list[Mention]:
    """Each name of the list after a plural staff office ("Advisors to the King Prince A,
    Prince B, Prince C"), with the office in the singular; a rank or courtesy word before a
    name is no part of it. Two names at least, or nothing."""
    out: list[Mention] = []
    for m in _PLURAL_ADVISERS.finditer(sc.s.text):
        title = m.group("head")[:-1] + (m.group("to") or "")
        title = " ".join(title.split())
        k = sc.tok_index_at(sc.s.start + m.end())
        spans: list[tuple[int, int]] = []
        while len(spans) < 8:
            a = sc.skip_honorifics(k)
            a += sc.text(a) in _RANKS
            b = sc.name_at(a)
            if b - a < 2 or any(r in used for r in range(a, b)):
                break
            spans.append((a, b))
            if sc.text(b) == "," and sc.text(b + 1) == "and":
                k = b + 2
            elif sc.text(b) in {",", "and"}:
                k = b + 1
            else:
                break
        if len(spans) < 2:
            continue
        for a, b in spans:
            mention = Mention(sc.span_text(a, b), sc.toks[a].start, sc.toks[b - 1].end, sc.s,
                              title=title, cue="plural title + names")
            out.append(_flags(sc, mention, a, b))
            used.update(range(a, b))
    return out


# "the Foreign Ministers of France and Germany, X and Y": one plural office of two states,
# then its two holders in the states' order
_PLURAL_OF = re.compile(_PLURAL_TITLES + r"\s+of\s+(?=(?:the\s+)?[A-Z])")


def _plural_title_of_states(sc: _Scanner, used: set[int]) -> list[Mention]:
    out: list[Mention] = []
    for m in _PLURAL_OF.finditer(sc.s.text):
        j = sc.tok_index_at(sc.s.start + m.end())
        first = sc.country_starting(j)
        if first is None:
            continue
        j = sc.tok_index_at(first.end)
        if sc.text(j) != "and" or (second := sc.country_starting(j + 1)) is None:
            continue
        j = sc.tok_index_at(second.end)
        j += sc.text(j) == ","
        i = sc.skip_honorifics(j)
        ne1 = sc.name_at(i)
        n2 = sc.skip_honorifics(ne1 + 1)
        if ne1 - i < 2 or sc.text(ne1) != "and" or (ne2 := sc.name_at(n2)) - n2 < 2 or any(
                k in used for k in range(i, ne2)):
            continue
        title = " ".join(m.group("title").split())
        title = _singular_title(title)
        for (a, b), state in (((i, ne1), first.country), ((n2, ne2), second.country)):
            mention = Mention(sc.span_text(a, b), sc.toks[a].start, sc.toks[b - 1].end, sc.s,
                              title=title, country=state, cue="plural title of states + names")
            out.append(_flags(sc, mention, a, b))
        used.update(range(i, ne2))
    return out


# "Cabinet Secretaries A (Roads and Transport) and B (Energy)", "Ministers A (Finance), B
# (Trade) and C (Energy)": one plural office, each holder's portfolio in parentheses
_PLURAL_HEADS = re.compile(r"\b(?P<title>(?:(?:Cabinet|Deputy|State|Vice)\s+)?"
                           r"(?:Ministers|Secretaries|Commissioners|Ambassadors|Governors))"
                           r"\s+(?=[A-Z])")


def _portfolio_after(sc: _Scanner, ne: int) -> tuple[int, str] | None:
    """A portfolio in parentheses after a name ("X (Roads and Transport)"): capitalised
    words, at least one of them a portfolio word. Returns (index after ")", portfolio)."""
    if sc.text(ne) != "(":
        return None
    j = ne + 1
    while j < len(sc.toks) and j - ne < 12 and sc.text(j) != ")":
        t = sc.text(j)
        if not (sc.is_cap(j) or t in {"and", "of", "for", "&", ",", "the"}):
            return None
        j += 1
    words = sc.texts[ne + 1:j]
    if sc.text(j) != ")" or not any(w in sc.lex.title_words for w in words):
        return None
    return j + 1, sc.span_text(ne + 1, j)


def _portfolio_list(sc: _Scanner, m: re.Match[str], used: set[int]) -> list[Mention]:
    i = sc.tok_index_at(sc.s.start + m.end())
    if i in used:
        return []
    office = " ".join(m.group("title").split())
    office = office[:-3] + "y" if office.endswith("ies") else office[:-1]
    members: list[tuple[int, int, str | None]] = []
    j = i
    while True:
        ni = sc.skip_honorifics(j)
        ne = sc.name_at(ni)
        if ne - ni < 2:
            break
        port = _portfolio_after(sc, ne)
        members.append((ni, ne, port[1] if port else None))
        j = port[0] if port else ne
        if sc.text(j) == "," and sc.text(j + 1) == "and":
            j += 2
        elif sc.text(j) in {",", "and"}:
            j += 1
        else:
            break
    if len(members) < 2 or not all(port for _, _, port in members):
        return []
    out = []
    for ni, ne, port in members:
        mention = Mention(sc.span_text(ni, ne), sc.toks[ni].start, sc.toks[ne - 1].end, sc.s,
                          title=f"{office} ({port})", cue="plural title + names, portfolios")
        out.append(_flags(sc, mention, ni, ne))
    used.update(range(i, j))
    return out


@functools.cache
def _leader_pattern() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, _lex().leader_nouns))
    return re.compile(rf"\b[Tt]he\s+(?P<dem>[A-Z][\w'’-]+)\s+(?P<noun>{nouns})\b")


def _leader_descriptions(sc: _Scanner) -> list[Mention]:
    """"the Singaporean leader", "the Kazakh head of state": later mentions by role."""
    out = []
    for m in _leader_pattern().finditer(sc.s.text):
        start = sc.s.start + m.start("dem")
        country = sc._country_at.get(start)
        if country is None or not country.demonym:
            continue
        d = Mention("", sc.s.start + m.start(), sc.s.start + m.end(), sc.s,
                    title=m.group("noun"), cue="description")
        d.country = country.country
        out.append(d)
    return out


def _titled_name_ends(sc: _Scanner, start: int, end: int) -> bool:
    """Whether the capitalised run ``start:end`` is a title followed by a name of two words
    or more that closes the run (a listed person, not an office in apposition)."""
    t_end = sc.title_at(start)
    if t_end is None or t_end >= end:
        return False
    ni = sc.skip_honorifics(t_end)
    ne = sc.name_at(ni)
    if ne - ni >= 2 and sc.text(ne - 1) in {"II", "III", "IV"} and sc.text(ne) == "of" and (
            sc.is_cap(ne + 1)):
        return True  # "X, Kgosi Y II of Z, and ...": a ruler with his realm, a new person
    if ne - ni < 2 or ne != end:
        return False
    ni2, _ = _complement_tail(sc, ni, ne)
    return ni2 == ni and sc.text(ne) in {",", "and", ".", ";", ""}


_UNIT_HEADS = frozenset({"Ministry", "Department", "Office", "Bank", "Embassy", "Secretariat",
                         "Directorate", "Agency", "Authority", "Commission"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def _unit_after(sc: _Scanner, end: int) -> int:
    """The end of an appositive title once the unit its holder serves is read too, the
    way some issuers write it ("X, Secretary (East), MEA, and Y"; "X, Secretary, Ministry
    of Mines"; "X, Deputy Governor, State Bank of Y"): a one-word parenthesis, then an
    acronym or a ministry's or bank's name, closed by a comma, "and", ";" or the end."""
    j = end
    if sc.text(j) == "(" and sc.text(j + 2) == ")" and _title_case(sc.text(j + 1)) and (
            not sc.text(j + 1).isupper()):
        j += 3  # "Secretary (East)": the post's division
    if sc.text(j) != ",":
        return j
    k = j + 1
    if _ACRONYM.fullmatch(sc.text(k)):
        stop = k + 1
    else:
        stop = k
        while stop < k + 9 and (sc.is_cap(stop) or (sc.text(stop) in {"of", "the", "for"}
                                                   and sc.is_cap(stop + 1))):
            stop += 1
        if not any(sc.text(r) in _UNIT_HEADS for r in range(k, min(stop, k + 3))):
            return j
    closed = sc.text(stop) in {",", ";", ".", "and", ""} or (
        stop < len(sc.toks) and "\n" in sc.doc.text[sc.toks[stop - 1].end:sc.toks[stop].start])
    return stop if closed else j


def _appositive_title(sc: _Scanner, i: int) -> tuple[int, int] | None:
    """A title after "Name, " (skipping "the" and words such as "Founder and")."""
    j = i
    if sc.text(j) == "as":
        j += 1  # "Mr X, as Acting Prime Minister, will meet ..."
    if sc.text(j) == "the":
        j += 1
    if (c := sc.country_starting(j)) is not None and sc.toks[j].start == c.start:
        # "X, U.S. Secretary of State", "X, Nigeria's High Commissioner to Y": the state
        # written before the office (a demonym reads as a capitalised word anyway)
        past = sc.tok_index_at(c.end)
        if sc.text(past) == "." and sc.toks[past].start == c.end:
            past += 1
        if sc.text(past) in {"'", "’"} and sc.text(past + 1) == "s":
            past += 2
        hit = sc.title_at(past, whole=True) if sc.head_at(past) > past else None
        if hit is not None and not (sc.text(hit) == "," and sc.name_at(
                sc.skip_honorifics(hit + 1)) - sc.skip_honorifics(hit + 1) >= 2):
            j = past  # (not "A, Spain's Foreign Minister, B, ...": B's office, in a list)
    for k in range(j, min(j + 4, len(sc.toks))):
        hit = sc.title_at(k, whole=True)
        if hit is not None:
            end = hit
            # "X, Deputy Prime Minister and Coordinating Minister for ...": one person
            # "X, Vice President, Deputy Prime Minister and Chairman of ...": offices in a
            # row, not a new person ("X, Minister of Y, Minister of Z W": a titled name)
            while sc.text(end) in {"and", ","} and (
                    more := sc.title_at(end + 1, whole=True)) is not None and not (
                    sc.text(end) == "," and _titled_name_ends(sc, end + 1, more)):
                end = more
            while (sc.text(end)[:1].islower() and sc.text(end).capitalize() in sc.lex.title_words
                   and sc.is_cap(end - 1) and end > k + 1):
                end += 1  # "Minister of Foreign Affairs and International cooperation of X":
                # a portfolio word a page writes in lower case
                if sc.text(end) == "of" and (c := sc.country_starting(end + 1)) is not None:
                    end = sc.tok_index_at(c.end)  # (the state it serves, in the office)
                    break
            if sc.text(end) in _STYLES_OPEN_NAME and (h := sc.skip_honorifics(end)) > end and (
                    sc.name_at(h) > h):
                return None  # "X, Minister for Planning Hon. Y": the office is Y's, the
                # next member of a list
            if (ne := sc.name_at(end)) - end >= 2 and sc.text(ne) in {",", ";", ".", "and", "of",
                                                                       ""}:
                return None  # "X, Kgosi Y II of Z": a title and its own holder, a new person
            if sc.text(end) in {"'", "’"} and sc.text(end + 1) == "s":
                # "X, the Prime Minister's press chief": the staff of an office, whose
                # office is the words after the possessive
                staff = end + 2
                while staff < end + 6 and sc.text(staff)[:1].isalpha():
                    staff += 1
                if staff > end + 2:
                    return k, staff
            return k, _unit_after(sc, end)
        if not sc.is_cap(k) and sc.text(k) not in {"and", "'s", "’s"} and not (
                k == j and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", sc.text(k))):
            break  # (an ordinal may open the office: "X, 2nd Vice President and ...")
    return None


def _country_around(sc: _Scanner, t_start: int, t_end: int, n_end: int, m: Mention) -> str | None:
    """The state a titled person serves, from the title, a demonym before it, or "of X"
    after the name."""
    lex = sc.lex
    title_span = (sc.toks[t_start].start, sc.toks[t_end - 1].end) if t_end > t_start else None
    if title_span is not None:
        title_text = sc.doc.text[title_span[0]:title_span[1]]
        # "Ambassador to China" serves the state that sends them, not China
        # (nor is "Head of the NATO Mission in Ukraine" Ukraine's)
        cut = min((title_text.find(w) for w in (" to ", " in ") if w in title_text),
                  default=-1)
        if cut >= 0 and _TO_AN_OFFICE.match(title_text, cut):
            cut = -1  # "Advisor to the President of the United States": the principal's state
        if (brief := _ENVOY_FOR.search(title_text)) is not None and (
                cut < 0 or brief.start() < cut):
            cut = brief.start("brief")  # "Special Envoy for Iran": the brief, not the envoy's state
        limit = title_span[0] + cut if cut >= 0 else title_span[1]
        inside = [c for c in sc.countries if title_span[0] <= c.start < limit
                  and not _in_compound(sc.doc.text, c)]
        before = sc.text(t_start - 1)
        if before in lex.honorifics and sc.skip_honorifics(t_start - 1) == t_start:
            before = ""  # "HE President of X", "HRH Crown Prince X": a courtesy, no body
        if t_start > 0 and "\n" in sc.doc.text[sc.toks[t_start - 1].end:sc.toks[t_start].start]:
            before = ""  # "..., Washington DC" | "Secretary X's call": a line's last word
        if before == "Union" and sc.text(t_start) == "Minister":
            # "Union Minister for Foreign Affairs X": a federal cabinet's minister (Myanmar,
            # India), no body's; organisations have no ministers
            if m.title and not m.title.startswith("Union "):
                m.title = f"Union {m.title}"
            before = ""
        if (before in lex.org_words or (len(before) > 1 and before.isupper())) and not [
                c for c in sc.countries if c.end == sc.toks[t_start - 1].end]:
            k = t_start - 1
            while k > 0 and t_start - k < 5 and sc.is_cap(k - 1) and sc.text(k - 1) not in {
                    "The", "A", "An", "This", "That", "Its", "Their"} and sc.head_at(k - 1) < 0:
                k -= 1
            if m.title and (sc.s.index > 0 or sc.s.text != sc.doc.title):
                # "African Union Commission Chairperson X" (not in a headline, whose Title
                # Case verb may stand before the body: "X Meets UN Secretary-General Y")
                m.title = f"{sc.span_text(k, t_start)} {m.title}"
            state = sc._country_at.get(sc.toks[k].start)
            if state is not None and not _in_compound(sc.doc.text, state):
                return state.country  # "Canadian Space Agency President X": a state's body
            m.participating = False
            m.cue += " (organisation)"
            return None
        words = set(_TOKEN.findall(sc.doc.text[title_span[0]:title_span[1]]))
        company_head = _head(title_text) in lex.organisation_heads
        named_before = t_start > 0 and any(
            c.end == sc.toks[t_start - 1].end and not _in_compound(sc.doc.text, c)
            for c in sc.countries)
        envoy_to = _ENVOY_TO.search(title_text) is not None
        company_head = company_head and not inside
        if words & lex.org_words == {"Parliament"} and _OF_PARLIAMENT.search(title_text):
            words = words - {"Parliament"}  # "Speaker of Parliament": a state's own chamber
            # (a body's is named: "President of the European Parliament")
        if company_head or (words & lex.org_words and not words & lex.state_organ_words
                            and not inside and not named_before and not envoy_to
                            and not _MINISTER_OF.match(title_text)):
            # (a company head serves no state unless the body bears one: "CEO of the
            # Export-Import Bank of Korea"; the gold gives such heads their state)
            # (nor "Minister of Foreign Affairs, European Union and Cooperation": a body in
            # a minister's portfolio; organisations have no ministers)
            # (not "Brazilian Development Bank President X": a state's own body)
            m.participating = False
            m.cue += " (organisation)"
            return None
        if inside:
            return inside[-1].country
        if (hit := _region_of().search(title_text)) is not None:
            # "Premier of New South Wales", "Governor of Texas": a region's official
            return geo.gazetteer().regions[hit.group(1)]
        if (body := _national_bodies().search(title_text, 0, limit - title_span[0])) is not None:
            return _national_body_state(body.group())  # "Chairman of the Federation
            # Council", "Speaker of the Knesset": a state's own chamber names its state
        if (hit := _LOCAL_OFFICE_OF.search(title_text)) is not None and (
                state := geo.city_country(hit.group(1))) is not None:
            return state  # "Governor of Osaka Prefecture", "Mayor of Kyoto": a city's state
    # a demonym or "X's" right before the title: "Singaporean Prime Minister"
    j = t_start - 1
    if sc.text(j) in {"'s", "’s", "s"} and sc.text(j - 1) in {"'", "’"}:
        j -= 2
    elif sc.text(j) in {"'s", "’s"}:
        j -= 1
    elif sc.text(j) in {"'", "’"} and sc.text(j - 1).endswith("s"):
        j -= 1  # "Barbados' High Commissioner": a name in -s takes a bare apostrophe
    broken = j >= 0 and t_start < len(sc.toks) and "\n" in sc.doc.text[
        sc.toks[j].end:sc.toks[t_start].start]  # ("..., Switzerland" | "President X ...")
    for c in sc.countries:
        if j >= 0 and c.end == sc.toks[j].end and not _dateline_state_before(sc, c) and (
                not broken):
            return c.country
        if j >= 0 and sc.text(j) in {"s"} and c.end == sc.toks[j].start - 1:
            return c.country
    if _for_the_state_after_name(sc, t_end - 1, n_end):
        # "signed by Minister of Finance X Y for Jordan": the side the signatory signs for
        return sc.country_starting(n_end + 1).country  # type: ignore[union-attr]
    # "her Kenyan counterpart, Prime Cabinet Secretary X": the counterpart's demonym
    if (hit := _COUNTERPART.search(sc.doc.text, max(sc.s.start, sc.toks[t_start].start - 60),
                                   sc.toks[t_start].start + 1)) and hit.end() == sc.toks[
            t_start].start and hit.group("dem"):
        at = sc._country_at.get(hit.start("dem"))
        if at is not None and at.demonym:
            return at.country
    # "President X (Ghana), Prime Minister Y (Senegal)": the state in brackets after the name
    if sc.text(n_end) == "(" and (c := sc.country_starting(n_end + 1)) is not None and (
            not c.demonym and sc.text(sc.tok_index_at(c.end)) == ")"):
        return c.country
    # "... Nguyen Tan Dung of Vietnam"
    if sc.text(n_end) == "of":
        c = sc.country_starting(n_end + 1)
        if c is not None:
            if m.title and not geo.country_of(m.title):
                m.title = f"{m.title} of {sc.doc.text[sc.toks[n_end + 1].start:c.end]}"
            m.cue += " of the state after"  # how releases name a guest: "X of Ukraine"
            return c.country
    return None


# a dateline's city before its state, at a sentence's start ("Beijing, People's Republic of
# China Prime Minister X today ...", a dateline run into the lead when lines are joined)
_CITY_COMMA = re.compile(r"\s*(?P<city>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,\s*"
                         r"(?:the\s+)?$")


def _dateline_state_before(sc: _Scanner, c: geo.CountryMention) -> bool:
    """Whether a state right before a title is a dateline's ("City, State"), not the state
    the title's holder serves."""
    hit = _CITY_COMMA.fullmatch(sc.doc.text, sc.s.start, c.start)
    return hit is not None and geo.city_country(hit.group("city")) == c.country


def _for_the_state_after_name(sc: _Scanner, end: int, j: int) -> bool:
    """Whether "for <State>" at ``j`` follows a holder's name of two words or more, after a
    title ending before ``end``, and closes the phrase ("signed by Minister of Finance X Y for
    Jordan and ..."): how a signatory's side is written, not part of the office ("Special
    Envoy for Ukraine" has no name before "for")."""
    if sc.text(j) != "for" or j - end < 3:
        return False
    if not (sc.is_name_token(j - 1) and sc.is_name_token(j - 2)):
        return False
    c = sc.country_starting(j + 1)
    if c is None or c.demonym:
        return False
    after = sc.tok_index_at(c.end)
    return sc.text(after) in {"", ",", ".", ";", "and", ")"}


# " to the President of X", " to the Government of X": an adviser's principal, no destination
_TO_AN_OFFICE = re.compile(r" to (?:the )?(?:President|Prime Minister|Premier|Chancellor|King|"
                           r"Government|Vice President|Minister|Cabinet)\b")


@functools.cache
def _region_of() -> re.Pattern[str]:
    names = sorted(geo.gazetteer().regions, key=len, reverse=True)
    return re.compile(r"\bof\s+(?:the\s+)?(" + "|".join(map(re.escape, names)) + r")\b")


_PAST_VISIT_BY = re.compile(r"\b(?:recent|previous|past|earlier)\b[^.;]{0,120}\bvisits?\b"
                            r"[^.;]{0,60}\bby\s+(?:the\s+)?(?:\w+['’]s\s+)?$", re.I)
_VISIT_OF = re.compile(r"\bvisits?\s+(?:of|by)\s+(?:the\s+)?[^.;,]{0,60}$")
_PAST_WHEN = re.compile(r"^[^.;]{0,80}?\b(?:(?:last|previous|earlier)\s+(?:week|month|year|"
                        r"spring|summer|autumn|winter|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)|in\s+(?:(?:January|"
                        r"February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+)?(?:19|20)\d\d|"
                        r"(?:earlier|later)\s+this\s+(?:week|month|year))\b")


_OTHER_VISIT = re.compile(r"\b(?:preparations?\s+for|upcoming|forthcoming|planned|next|future|"
                          r"previous|past|recent|last|January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+(?:\w+\s+){0,3}?"
                          r"visits?\s+(?:of|by)\s+(?:the\s+)?[^.;,]{0,60}$", re.I)
_LATER_WHEN = re.compile(r"^[^.;]{0,80}?\b(?:scheduled|planned|expected|to be held)\b")


def _past_visit_of(sc: _Scanner, i: int, ne: int) -> bool:
    """"during the state visit of President X to Uzbekistan last December", "the upcoming
    visit of President X": another visit, whose guest is not a party to the event reported."""
    before = _before(sc, i)
    if not _VISIT_OF.search(before):
        return False
    if _OTHER_VISIT.search(before):
        return True
    after = sc.doc.after(sc.s, sc.toks[ne - 1].end)
    return bool(_PAST_WHEN.match(after) or _LATER_WHEN.match(after))


# "X sent a cable of congratulations to Y": X only writes to someone at the event
# (and beside another sender: "Sheikh X and His Highness the Prime Minister Sheikh Y sent
# similar cables", a closing line of news agencies)
_SENT_WORDS = re.compile(r"\s*(?:,?\s+and\s+(?:(?:[A-Z][\w.'’-]*|the|of)\s+){1,14}?)?"
                         r"(?:has\s+|had\s+|also\s+)?(?:sent|dispatched|sends|addressed)\s+"
                         r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}|(?:similar|identical|separate|"
                         r"congratulatory|condolence|their\s+own)\s+)"
                         r"(?:cable|message|letter|telegram)s?\b")
_TAKES_PART = re.compile(r"\s*(?:(?:will|would|also|has|have|had)\s+){0,2}(?:take\s+part|"
                         r"took\s+part|takes\s+part|participated|attended|joined)\b")
_FORMER = re.compile(r"\b(?:predecessor|former(?! Yugoslav)|late|ex-)\b"
                     r"(?:(?!,\s*and\s+(?:the|his|her)\b)[^.;:]){0,40}$", re.I)


def _flags(sc: _Scanner, m: Mention, i: int, ne: int) -> Mention:
    """Mark whether the mention acts (a verb follows), is a reference, or is a predecessor."""
    after = sc.doc.after(sc.s, sc.toks[ne - 1].end)
    m.participating = (_participating(sc, i) and not _in_speech(sc, i, ne)
                       and not _past_visit_of(sc, i, ne) and not _SENT_WORDS.match(after))
    follow = sc.text(ne)
    if follow in sc.lex.postnominals:
        follow = sc.text(ne + 1)
    relative = follow == "," and sc.text(ne + 1) == "who"
    joint = follow == "and" and (i == 0 or _after_dateline(sc, i)) and sc.is_cap(
        ne + 1)  # "X and President Y held" (after a dateline too)
    # ("The President of X, Y, met Z": an apposition closed before the verb)
    closed = (follow == "," and bool(_VERB.match(sc.text(ne + 1)))
              and m.cue.startswith("title, name"))
    if not closed and _TAKES_PART.match(after):
        closed = True  # "X will also take part in the talks", "X attended"
    # "X will present", "X has signed": a modal or auxiliary, then a verb
    # (an untitled name only: it must act to count; a titled one counts anyway)
    modal = (follow in {"will", "would", "has", "have", "had", "also"}
             and sc.text(ne + 1)[:1].islower() and m.cue == "name + verb")
    # "X and President of Y Z will visit": the first of two subjects
    joint = joint or (follow == "and" and sc.title_at(ne + 1) is not None
                      and m.cue == "name + verb")
    m.subject = bool(_VERB.match(follow) or re.fullmatch(r"[a-z]+ed", follow) or follow == ":"
                     or relative or joint or closed or modal)
    before = _before(sc, i)
    former = _FORMER.search(before)
    if former and _MET_FORMER.search(before, max(0, former.start() - 60), former.start()):
        former = None  # "met with former Prime Minister X", "a delegation including former
        # ministers X and Y": someone who held an office once, taking part now
    m.former = bool(former or _SUCCEEDED.search(before))
    return m


# the event's own object or company right before "former ..."
_MET_FORMER = re.compile(r"\b(?:with|received|receives|welcomed|welcomes|hosted|hosts|"
                         r"accompanied\s+by|joined\s+by|including|included)\s+"
                         r"(?:the\s+|a\s+|his\s+|her\s+)?$")


# "the new government, which succeeds that of Chancellor X", "Y replaced Minister X": the
# one who held the office before (right before the mention: "succeeded in" is no such word)
_SUCCEEDED = re.compile(r"\b(?:succeed(?:s|ed|ing)|replac(?:es|ed|ing)|took\s+over\s+from|"
                        r"successor\s+(?:to|of))\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?$")


_SPEAKER = re.compile(r"\s*(?:\(retranslated\)\s*)?:")


@functools.lru_cache(maxsize=16)
def _speech(text: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """Where a transcript starts, and the spans inside quotation marks: people named
    only in someone's words are talked about, not taking part."""
    spans = []
    open_at = -1
    for q in re.finditer(r"[\"“”«»]", text):
        ch = q.group()
        if ch in "“«" or (ch == '"' and open_at < 0):
            if open_at < 0:
                open_at = q.start()
        elif open_at >= 0:
            spans.append((open_at, q.end()))
            open_at = -1
    return transcript_start(text), tuple(spans)


# (not "I had a conversation with X today": a call, another event than the one reported)
_SPEAKER_MET = re.compile(r"\b(?:I|[Ww]e)\s+(?:have\s+|had\s+|just\s+)*"
                          r"(?:met|held\s+(?:\w+\s+){0,3}?(?:talks|meetings?|discussions)|had\s+(?:\w+\s+){0,3}?(?:talks|"
                          r"meetings?|discussions))\s+(?:today\s+|here\s+)?with\b"
                          r"(?![^.;]*\b(?:last|ago|previous|earlier)\b)")


# "President of X Anna Berg Berg AnnaPresident of X: Thank you": a transcript's speaker label
# as a scrape flattens it (the name again, family name first, glued to the office; the name
# reader may have taken the doubled family name already)
_SCRAPED_LABEL = re.compile(r"(?:\s+([^\W\d_][\w'’-]*))?\s+([^\W\d_][\w'’-]*?)(?=[A-Z])"
                            r"[^:.\n]{0,90}:")


# the opening of a speaker's turn, up to the one they address by name ("Vladimir Putin: Mr.
# Prime-Minister Johnson, ...", "X: Dear Mr. President Y, ..."): who is addressed is there
_VOCATIVE = re.compile(r"[^\W\d_]:\s+(?:(?:Dear|Mr|Mrs|Ms|Madam)\.?\s+)+$")


def _in_speech(sc: _Scanner, i: int, ne: int) -> bool:
    start = sc.toks[i].start
    transcript, quotes = _speech(sc.doc.text)
    if any(a <= start < b for a, b in quotes):
        return True
    if start < transcript:
        return False
    if _SPEAKER_MET.search(sc.s.text, 0, start - sc.s.start):
        return False  # "PM X: I had very good meetings today with A, B and C": the speaker's
        # own counterparts in the talks the transcript reports
    after = sc.doc.text[sc.toks[ne - 1].end:sc.toks[ne - 1].end + 20] if ne > i else ""
    if ne > i and after[:1] == "," and _VOCATIVE.search(sc.doc.text, max(0, start - 60), start):
        return False  # "Putin: Mr. Prime-Minister Johnson, ladies and gentlemen": addressed
    if ne > i and (scraped := _SCRAPED_LABEL.match(sc.doc.text, sc.toks[ne - 1].end)) and (
            scraped.group(1) == sc.text(ne - 1) or (
                scraped.group(1) is None and sc.text(ne - 1) == sc.text(ne - 2))) and (
            scraped.group(2) in sc.texts[i:ne - 1]):
        return False  # a speaker's label as some pages scrape it, name reversed and glued
    return not _SPEAKER.match(after)  # a speaker's label takes part; a name in a speech not


def _before(sc: _Scanner, i: int) -> str:
    return sc.doc.before(sc.s, sc.toks[i].start) if i < len(sc.toks) else ""


@functools.lru_cache(maxsize=64)
def _future_sentence(text: str) -> bool:
    # "..., which will guide ...": a relative clause about later effects does not count
    text = _RELATIVE.sub("", text)
    # "signed an agreement that will provide ...": a noun's relative clause, not a later event
    # (after a verb of saying or agreeing, "that" opens what is planned, and that counts)
    text = _NOUN_THAT_WILL.sub(lambda m: m.group() if m.group(1).lower() in _THAT_VERBS
                               else m.group(1), text)
    # "discussed preparations for the forum scheduled to be held in May": a noun's
    # participle, not a later event of the sentence ("the forum is scheduled to be held" is)
    text = _NOUN_SCHEDULED.sub(r"\1", text)
    return bool(_FUTURE.search(text))


_NOUN_SCHEDULED = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|now)\b)([a-z]+)\s+"
                             r"(?:scheduled|planned|set|due)\s+to\s+be\s+held\b")


# the earlier members of a list the mention ends ("X, President Y, and "), so that a cue
# before the list's first member covers them all
_LIST_MEMBER = (r"(?:the\s+)?[A-Z\u00C0-\u024F][\w.'’-]*"
                r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z\u00C0-\u024F][\w.'’-]*){0,7}")
# (only the last member, after "and": a comma may as well close an opening phrase)
_LIST_BEFORE = re.compile(rf"(?:{_LIST_MEMBER}\s*,\s+)*{_LIST_MEMBER}\s*,?\s*and\s+$")
_LIST_BEFORE_COMMA = re.compile(rf"(?:{_LIST_MEMBER}\s*,\s+)+$")


# "As President X (once) said ...", "Just as X noted": someone quoted, not taking part
_AS_SAID_BEFORE = re.compile(r"(?:^\s*|[,;]\s*|\bthat\s+)(?:(?:[Aa]nd|[Bb]ut|[Jj]ust)\s+)?"
                             r"[Aa]s\s+(?:the\s+)?$")
_AS_SAID_AFTER = re.compile(r"^[^,;.]{0,80}?\b(?:said|noted|stated|put it|wrote|declared|"
                            r"remarked|observed|pointed out|reminded us)\b")
# a sentence about an event dated by its year alone: "In March 2023, ...", "In 2019, ..."
_DATED_PAST = re.compile(r"\s*(?:Back\s+)?In\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|"
                         r"March|April|May|June|July|August|September|October|November|"
                         r"December)\s+)?(?:19|20)\d\d\s*,")
_OTHER_NEWS = re.compile(r"\s*(?:Meanwhile|Separately|In\s+other\s+news|In\s+a\s+separate\s+"
                         r"(?:development|announcement|event))\s*,")
# "recalled that (the) ...": what follows is someone's earlier deed when it is dated
_RECALLED = re.compile(r"\b(?:recalled|recalling|reminded|remembered|noted)\s+(?:that\s+)?"
                       r"(?:the\s+)?$")
# "X will be Acting Prime Minister in Y's absence": the one who stays at home
_SEE_OFF = re.compile(r"\b(?:to\s+)?(?:bid(?:ding)?\s+(?:him|her|them|His\s+\w+|Her\s+\w+)?\s*"
                      r"farewell|see(?:ing)?\s+(?:him|her|them|His\s+\w+|Her\s+\w+)\s+off|"
                      r"(?:the\s+)?send-off)\b")
_STAYS_BEHIND = re.compile(r"^[^.;]{0,80}?\b(?:(?:will\s+be|is|was|as)\s+(?:the\s+)?Acting\s+|"
                           # "Deputy President X acted as President during ...'s absence"
                           r"(?:acted|acts|will\s+act|is\s+acting)\s+as\s+(?:the\s+)?)"
                           r"[^.;]{0,60}?\babsence\b")
# ("In X's absence, Y will be Acting Prime Minister": the absence written first)
_ABSENCE_FIRST = re.compile(r"^(?:In|During)\s+[^.;,]{0,60}\babsence\s*,")
_ACTS_FOR = re.compile(r"^[^.;]{0,80}?\bwill\s+(?:(?:be|serve\s+as|act\s+as)\s+(?:the\s+)?"
                       r"Acting\b|act\s+as\b|be\s+acting\b|serve\s+as\s+acting\b)")


_IN_ABSENCE_BEFORE = re.compile(r"\b[Ii]n\s+(?:his|her|their|the\s+\w+['’]s)\s+absence\s*,"
                                r"[^.;]{0,80}$")
_STANDS_IN = re.compile(r"^[^.;]{0,160}?\b(?:will|shall)\b[^.;]{0,120}?\bact\s+(?:in\s+(?:his|her)"
                        r"\s+stead|on\s+(?:his|her)\s+behalf|for\s+(?:him|her)|as\b)")


def _participating(sc: _Scanner, i: int) -> bool:
    # every cue below ends at the mention and spans fewer than 300 characters
    before = _before(sc, i)[-300:]
    if _STAYS_BEHIND.search(sc.doc.after(sc.s, sc.toks[i].start)) if i < len(sc.toks) else False:
        return False
    if i < len(sc.toks) and _ABSENCE_FIRST.match(sc.s.text.lstrip()) and _ACTS_FOR.match(
            _ABBREVIATION_DOT.sub(" ", sc.doc.after(sc.s, sc.toks[i].start))):
        return False  # ("In his absence, Hon. X will act as Prime Minister": "Hon." is no stop)
    if i < len(sc.toks) and _IN_ABSENCE_BEFORE.search(before) and _STANDS_IN.match(
            _ABBREVIATION_DOT.sub(" ", sc.doc.after(sc.s, sc.toks[i].start))):
        return False  # "..., and, in his absence, the Vice President, Prof. X, shall, in
        # accordance with Article 60(8), act in his stead": who stays at home
    if _SEE_OFF.search(sc.s.text):
        return False  # "Present at the air base to bid farewell were Prince X; ...": the send-off
        # at home, not the talks abroad
    if (ref := _REFERENCE_BEFORE.search(before.rstrip(" ,").removesuffix("the").rstrip())) and not (
            ref.group().lower().startswith("former") and _MET_FORMER.search(before[:ref.start()])):
        return False  # (not "met with former President X": a former official taking part)
    if _AS_SAID_BEFORE.search(before) and _AS_SAID_AFTER.match(
            sc.doc.after(sc.s, sc.toks[i].start)):
        return False  # "As President X said in Y last week, ...": words quoted from elsewhere
    if _DATED_PAST.match(sc.s.text):
        return False  # "In March 2023, X and Y launched ...": an event of another year
    if sc.ahead and _OTHER_NEWS.match(sc.s.text):
        return False  # an announcement's "Meanwhile, Prime Minister X will visit on 17 June":
        # a second, separate event the same briefing announces
    if _RECALLED.search(before) and i < len(sc.toks) and _PAST_WHEN.match(
            sc.doc.after(sc.s, sc.toks[i].start)):
        return False  # "Y recalled that President X visited India in 2008": a past event
    if _PAST_VISIT_BY.search(before):
        return False  # "recent visits ..., including the visit to X by Y": an earlier event
    if _reference_cue().search(before):
        return False  # "as follow-up to the call between X and ...": another event
    tail = before.rstrip()
    if not tail.endswith(("and", ",")):
        return sc.ahead or not _future_sentence(_before_saying(sc, i))
    # (a middle member too: "commitments made by X, Y, and Z" covers Y)
    listed = (_LIST_BEFORE if tail.endswith("and") else _LIST_BEFORE_COMMA).sub("", before)
    if not tail.endswith("and") and listed.rstrip().endswith(("and", ",")):
        listed = before  # "... between A and B, C led": the comma closed a phrase
    if listed != before and (_reference_cue().search(listed) or _REFERENCE_BEFORE.search(
            listed.rstrip(" ,").removesuffix("the").rstrip())):
        return False  # "commitments made by X, Y, and Z": the cue covers the whole list
    return sc.ahead or not _future_sentence(_before_saying(sc, i))


# "X has said (that) A and B will work together": what is said may lie ahead; the saying
# does not
_SAYING = re.compile(r"\b(?:has\s+|have\s+)?(?:said|says|stated|noted|stressed|told)\b")


def _before_saying(sc: _Scanner, i: int) -> str:
    """The sentence up to a verb of saying right after the mention at ``i`` (its subject)."""
    text = sc.s.text
    at = sc.toks[i].end - sc.s.start if i < len(sc.toks) else len(text)
    m = _SAYING.search(text, at, at + 60)
    return text[:m.start()] if m else text


@functools.cache
def _reference_cue() -> re.Pattern[str]:
    """lexicons/participation.toml [reference]: words before a mention that make its
    person someone spoken about (another event, someone thanked or credited)."""
    return re.compile("|".join(f"(?:{p})" for p in load("participation")["reference"]["before"]),
                      re.I)


@functools.cache
def _announce_cues() -> tuple[int, re.Pattern[str], re.Pattern[str]]:
    data = load("participation")["announce"]
    return int(data["lead_sentences"]), _words(data["future"]), _words(data["past"])


def announces_event(doc: Doc) -> bool:
    """Whether the release announces an event still to come ("X will travel to Y and will
    meet Z"): then its future-tense sentences describe the reported event itself, and the
    people they name take part in it. A lead that reports anything done already is a
    report, whose future sentences are about other, later events."""
    n, future, past = _announce_cues()
    lead = [s.text for s in doc.sentences[:n + 1]]  # the headline and the first sentences
    # "X will on Friday host Y", "X will next week travel to Z": the day between the verbs
    ahead = [_WILL_WHEN.sub("will ", t) for t in lead]
    return (any(future.search(t) for t in ahead) or any(
        _HEADLINE_TO_VISIT.match(s.text) for s in doc.sentences[:1])) and not any(
        past.search(_FUTURE_PASSIVE.sub("will", t)) for t in lead)


# "will be formally welcomed by", "will have received": a participle after "will", no past
_FUTURE_PASSIVE = re.compile(r"\bwill\s+(?:also\s+)?(?:be|have(?:\s+been)?)\s+(?:[a-z]+ly\s+)?"
                             r"[a-z]+(?:ed|en)\b")


_WILL_WHEN = re.compile(r"\bwill\s+(?:on\s+(?:\w+day|\d{1,2}\s+\w+|\w+\s+\d{1,2})|"
                        r"(?:next|this)\s+(?:week|month|year|\w+day|morning|afternoon|"
                        r"evening)|today|tonight|tomorrow|soon|shortly|also|"
                        r"later\s+this\s+(?:week|month|year))\s*,?\s+(?=[a-z])")
# a headline's infinitive: "French President to undertake a State Visit to SA", "Minister X
# to visit Ghana" (a short line of its own, before any full stop)
# (no finite verb before it: "The President flew to Accra to attend ..." reports a trip)
_HEADLINE_TO_VISIT = re.compile(r"^(?:(?![a-z]+ed\b|flew\b|went\b|came\b)[^.:;\n]){3,80}?\bto\s+"
                                r"(?i:undertake|pay|make|visit|travel|attend|host|lead|depart|"
                                r"leave|embark|receive|meet)\b"
                                r"[^.;\n]{0,80}$")


def _fuller_title(new: str, old: str) -> bool:
    """The same office written in full ("President of Brazil", then "President of the
    Federative Republic of Brazil"): every word of the shorter one, and more."""
    if _head(new) != _head(old):
        return False
    a, b = set(new.split()), set(old.split())
    return b < a and len(a) > len(b)


@functools.lru_cache(maxsize=512)
def _first_given(name: str) -> str:
    """The first given name (folded): the first word that is no particle, no initial and
    not the surname."""
    words = [w for w in _fold_words(name) if len(w) > 1 and w not in _lex().particles]
    return words[0] if len(words) > 1 else ""


def _run_within(a: list[str], b: list[str]) -> bool:
    """Whether the shorter word list is a run of the longer one ("López Obrador" in "Andrés
    Manuel López Obrador")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return any(long_[k:k + n] == short for k in range(len(long_) - n + 1))


def _same_person(p: Person, tokens: set[str], last: str, first: str = "",
                 name: str = "") -> bool:
    """Mentions are one person when one's name words contain the other's ("Premier Wen",
    "Wen Jiabao"), or when surnames agree and given names are short forms ("Joe Biden",
    "Joseph R. Biden") or near-identical spellings ("Zelenskyy", "Zelenskky")."""
    if not tokens or not p.tokens:
        return False
    if (lineage := _other_lineage(name, p.name)) is not None:
        return not lineage
    if tokens <= p.tokens or p.tokens <= tokens:
        # (not two full names of one family: "Abdulaziz bin Salman" inside "Mohammed bin
        # Salman bin Abdulaziz" is his brother)
        other = _first_given(p.name) if first and len(tokens) >= 2 and len(p.tokens) >= 2 else ""
        if not other or first[0] == other[0]:
            return True
        return _run_within(_fold_words(name), _fold_words(p.name))
    if len(tokens) == 1 and _short_form(next(iter(tokens)), _fold_words(p.name)):
        return True
    if len(p.tokens) == 1 and _short_form(next(iter(p.tokens)), sorted(tokens, key=lambda w: (
            w != first, w == last))):
        return True
    if last and p.last and _similar_word(last, p.last):
        mine, theirs = tokens - {last}, p.tokens - {p.last}
        if not mine or not theirs:
            return True
        if first and (other := _first_given(p.name)):
            # two given names, compared first to first: "Tamim bin Hamad Al Thani" and
            # "Mohammed bin Abdulrahman Al Thani", "Mohamed bin Zayed" and "Tahnoun bin
            # Zayed" share a family or a father, not a person
            if first[:2] != other[:2] and min(_long_words(name), _long_words(p.name)) >= 3:
                return False  # "Meshal Al-Ahmad Al-Jaber Al-Sabah", "Mohammad Abdullah
                # Al-Mubarak Al-Sabah": two full names of one ruling house, not two forms of
                # one given name ("Mike Pompeo", "Michael R. Pompeo")
            return first[0] == other[0]
        return any(a[0] == b[0] for a in mine for b in theirs)
    return False


def _long_words(name: str) -> int:
    """How many words of a name are more than an initial or a particle."""
    return sum(len(w) > 1 and w not in _lex().particles for w in _fold_words(name))


_PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn", "ben"})


def _lineage(name: str) -> list[str]:
    """A patronymic name's own and forebears' names in order ("Mansour bin Nasser bin
    Abdulaziz" -> mansour, nasser, abdulaziz), or [] when the name has no "bin"/"bint"."""
    words = _fold_words(name)
    if not _PATRONYMIC.intersection(words[1:-1]):
        return []
    return [w for w in words if w not in _lex().particles and w not in _PATRONYMIC and len(w) > 1]


def _other_lineage(a: str, b: str) -> bool | None:
    """Whether two patronymic names are two people: their sets of words say nothing, since
    "Abdullah bin Abdulaziz" and "Abdulaziz bin Abdullah bin Abdulaziz" (his son) share them
    all, and "Mansour bin Abdullah bin Abdulaziz" and "Mansour bin Nasser bin Abdulaziz"
    (cousins) share a given name and a grandfather. One person's shorter form keeps the
    given name first and the rest in order ("Mohammed bin Salman" in "Mohammed bin Salman
    bin Abdulaziz Al Saud"). None when either name is no full patronymic one."""
    x, y = _lineage(a), _lineage(b)
    if len(x) < 2 or len(y) < 2:
        return None
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if not _similar_word(short[0], long_[0]):
        return True
    rest = iter(long_[1:])  # (spellings may differ: "al Busaidy", "al Busaidi")
    return not all(any(_similar_word(w, v) for v in rest) for w in short[1:])


# monarchs' titles: the one word after them is a reign or given name ("Sultan Ibrahim",
# "King Salman", "Emir Tamim"), never a surname
_REGNAL_HEADS = frozenset({"King", "Queen", "Sultan", "Emir", "Amir", "Emperor", "Empress",
                           "Crown Prince", "Prince", "Princess", "Grand Duke", "Sheikh",
                           "Yang di-Pertuan Agong"})


def _same_monarch(p: Person, tokens: set[str], first: str, regnal: str) -> bool:
    """A monarch named by one word is the person whose first name that is ("King Salman",
    "Salman bin Abdulaziz"), not one who shares it as a surname ("Sultan Ibrahim" is not
    "Anwar Ibrahim"), and the other way round."""
    if regnal and p.tokens != tokens and _first_given(p.name) != regnal and p.regnal != regnal:
        return False
    given = first or (next(iter(tokens)) if len(tokens) == 1 else "")
    return not (p.regnal and p.tokens != tokens and given != p.regnal)


def _short_form(word: str, words: list[str]) -> bool:
    """A one-word short form of a full name: the start of the first given name joined to
    the start of the surname ("Jokowi" for "Joko Widodo"), or the initials of every word
    ("AMLO" for "Andrés Manuel López Obrador", "MBS" for "Mohammed bin Salman")."""
    words = [w for w in words if w]
    if len(words) < 2 or len(word) < 3:
        return False
    if len(word) == len(words) and word == "".join(w[0] for w in words):
        return True
    first, last = words[0], words[-1]
    if len(word) < 5 or word[:2] != first[:2] or word == first:
        return False
    return any(word[:a] == first[:a] and last.startswith(word[a:])
               for a in range(2, len(word) - 1))


def _skeleton(word: str) -> str:
    """A word's consonants: transliterations differ in their vowels ("Malki", "Maliki")."""
    return re.sub(r"[aeiouy]", "", word)


def _similar_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= 5 and a[:2] == b[:2] and abs(len(a) - len(b)) <= 2 and (
            len(_skeleton(a)) >= 3 and _skeleton(a) == _skeleton(b)):
        return True  # one name transliterated two ways in one release ("Malki", "Maliki")
    if min(len(a), len(b)) < 6 or a[:3] != b[:3]:
        return False
    import difflib

    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def _last_token(name: str) -> str:
    words = _fold_words(name)
    return words[-1] if words else ""


def _fold(text: str) -> str:
    return geo.plain(text).lower()


# a headline's verb: written in lower case, the headline is in sentence case, however many
# names and offices it capitalises ("President X meets Ghana Deputy Prime Minister Y")
_HEADLINE_VERBS = frozenset({
    "meets", "holds", "receives", "hosts", "welcomes", "visits", "calls", "signs", "pays",
    "arrives", "begins", "concludes", "discusses", "speaks", "talks", "heads", "leaves",
    "departs", "attends", "thanks", "congratulates", "greets", "invites", "accepts"}) | {
    v for v in _VERBS if len(v) > 3}


def _title_case(text: str) -> bool:
    """A headline in Title Case (most longer words capitalised, and no verb in lower case)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    if any(w in _HEADLINE_VERBS for w in words):
        return False
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_CLOSED = re.compile(r"['’]s\b|,")
# a courtesy word right before a name: "The Hon John Howard MP" is a name, not headline words
_COURTESY_BEFORE = re.compile(r"\b(?:Hon|Honourable|Honorable|Mr|Mrs|Ms|Dr|H\.E)\.?\s+$")


def _trim_headline_names(doc: Doc, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """In a Title Case headline every word is capitalised ("Prime Minister Gillard
    Concludes Visit"): keep only the name words that the body uses too."""
    body = doc.text[sentence.end:]
    out = []
    for m in mentions:
        after = doc.text[m.end:m.end + 4]
        if not m.name or m.cue.endswith("name, title") or _CLOSED.match(after) or (
                "of the state after" in m.cue) or _COURTESY_BEFORE.search(
                doc.text[max(0, m.start - 12):m.start]):
            # a description ("President of Indonesia") has no name to trim; a name closed
            # by its office or state ("X Y, Prime Minister of Z", "X Y of Z"), by a
            # possessive or a comma ("X Y's Meeting") is whole
            out.append(m)
            continue
        words = m.name.split()
        keep = len(words)
        # the word after an initial is the surname: "Joseph R. Biden, Jr." stays whole up
        # to it ("Joseph R. Biden Call" loses only "Call")
        initials = [k for k, w in enumerate(words) if re.fullmatch(r"[A-Z]\.", w)]
        floor = min(initials[-1] + 2, len(words)) if initials else 0
        if floor and words[floor - 1].endswith(","):
            floor = len(words) if words[-1].rstrip(".") in {"Jr", "Sr"} else floor
        # a known leader's name is a name even when the body never repeats it ("Prime
        # Minister Muhammad Nawaz Sharif" over a body that says "the Prime Minister")
        floor = max([floor, *(k for k in range(2, len(words) + 1) for j in range(k - 1)
                              if is_known_official(" ".join(words[j:k])))])
        for k in range(max(floor, 1), keep):
            state = geo.canonical_country(words[k].rstrip(",."))
            if state and state != words[k].rstrip(",."):
                keep = k  # "President X Hosts German President Y": a state's adjective
                break  # ends the name (words the body uses too: "the German leader")
        while keep > floor and not re.search(rf"\b(?:{re.escape(words[keep - 1])}|"
                                     rf"{re.escape(words[keep - 1].upper())})\b", body):
            keep -= 1
        if keep == 0:
            continue
        if keep < len(words):
            m.name = " ".join(words[:keep])
            m.end = m.start + len(m.name)
        out.append(m)
    return out


def _unnamed_if_common_word(doc: Doc, sentence: Sentence, m: Mention) -> Mention:
    """A headline's one-word "name" after a title that the body writes only in lower case
    ("Premier of Victoria Historic health agreement signed", then "a historic agreement"):
    an ordinary word, so the title stands alone."""
    if not m.title or not m.name or " " in m.name.strip():
        return m
    body = doc.text[sentence.end:]
    word = m.name.strip()
    if re.search(rf"\b{re.escape(word)}\b", body) or not re.search(
            rf"\b{re.escape(word.lower())}\b", body):
        return m
    return Mention("", m.start, m.start, sentence, title=m.title, country=m.country,
                   cue="description")


# a lone "name" of two or three capitals: a body's initials ("PA", "EU", "ECB")
_ACRONYM_NAME = re.compile(r"[A-Z]{2,3}")


_SHOUTED_WORD = re.compile(r"[A-Z][A-Z'’.-]*")


# a leader's or minister's title in capitals just before a name in title case
_CAPS_TITLE = re.compile(r"\b(?:VICE[- ])?(?:DEPUTY\s+)?(?:PRESIDENT|PRIME\s+MINISTER|"
                         r"(?:FOREIGN\s+)?MINISTER|KING|QUEEN|AMBASSADOR|CHANCELLOR|PREMIER|"
                         r"GOVERNOR|SPEAKER|SECRETARY)(?=\s+(?:H\.?E\.?\s+|Dr\.?\s+|Mr\.?\s+|"
                         r"Mrs\.?\s+|Ms\.?\s+)?[A-Z][a-z])")


def _shouting(text: str) -> bool:
    """A sentence in capitals, read in title case (geo.shouting, as countries are)."""
    return len(text) >= 12 and geo.shouting(text)


def _recase(text: str) -> str:
    """Capitals to title case, keeping postnominals ("MP") and small words in lower case."""
    post = _lex().postnominals

    def fix(m: re.Match[str]) -> str:
        w = m.group()
        if w in geo.SMALL_WORDS:
            return w.lower()
        if w.rstrip(".") in post or len(w) == 1:
            return w
        return "-".join(p[:1] + p[1:].lower() for p in w.split("-"))  # "Sherwood-Randall"
    return _SHOUTED_POSSESSIVE.sub(r"\1s", _SHOUTED_WORD.sub(fix, text))


_SHOUTED_POSSESSIVE = re.compile(r"(?<=[^\W\d_])(['’])S\b")  # "X'S TRIP" is "X's Trip"


# a web page's list of links to other pages, under its heading ("Related", "Related news:")
_RELATED = re.compile(r"(?:^|\n)[ \t]*(?:Related|See also|Read more|More news)(?:[ \t]+[A-Za-z]+)?"
                      r"[ \t]*(?::|\n)")


# a courtesy or name abbreviation the segmenter may take for a sentence's end ("the Minister
# of Housing, Eng." | "X Y, received ..."; "Foreign Adviser Md." | "X Y met ...")
# (or a courtesy word glued to "H.E.": "the President, H.E.Mr." | "X Y accepted ...")
_SPLIT_COURTESY = re.compile(r"(?:(?:^|[\s,(])(?:Eng|Atty|Lic|Licda|Ing|Arch|Md|Mohd|Cde)|"
                             r"\bH\.\s?E\.\s?(?:Mr|Mrs|Ms|Dr|Prof|Amb|Eng))\.$")
# a match ends the sentence and holds at most 12 characters ("H. E. Prof." and a line
# break): it is looked for in the sentence's tail only, not from every position of it
_COURTESY_TAIL = 16


def _rejoined(doc: Doc) -> list[Sentence]:
    """The sentences to read names in: one that ends with a courtesy word's or a name's
    abbreviation ("Eng.", "Md.", "Cde.") is read together with the next, whose first words
    are the name (the segmenter split them); the joined sentence keeps the first's index."""
    out: list[Sentence] = []
    sentences = doc.sentences
    k = 0
    while k < len(sentences):
        s = sentences[k]
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        if (nxt is not None and nxt.paragraph == s.paragraph
                and _SPLIT_COURTESY.search(s.text, max(0, len(s.text) - _COURTESY_TAIL))
                and nxt.text[:1].isupper()):
            out.append(Sentence(s.index, s.start, nxt.end, doc.text[s.start:nxt.end],
                                s.paragraph))
            k += 2
            continue
        out.append(s)
        k += 1
    return out


def find_people(doc: Doc, countries: geo.CountryIndex | None = None
                ) -> tuple[list[Person], list[Mention]]:
    """Everyone the release names with a title, a courtesy word or a clause-opening verb,
    in order of first mention; later partial mentions are merged into the first.
    ``countries`` holds the release's country mentions, found once before this stage
    (found here when a caller has none)."""
    if countries is None:
        countries = geo.find_countries(doc.text)
    ahead = announces_event(doc)
    people: list[Person] = []
    descriptions: list[Mention] = []
    sentences = _rejoined(doc)
    for sentence in sentences:
        # a sentence in capitals ("TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP"),
        # or a title in capitals before a name in title case ("GABORONE - PRESIDENT Hamooya
        # Mweemba yesterday met ..."), is read in title case (same length: offsets hold)
        shouting = _shouting(sentence.text)
        cased = _recase(sentence.text) if shouting else _CAPS_TITLE.sub(
            lambda m: m.group().title(), sentence.text)
        if shouting or cased != sentence.text:
            read = Sentence(sentence.index, sentence.start, sentence.end, cased,
                            sentence.paragraph)
            mentions = _mentions_in(Doc(doc.text[:sentence.start] + cased
                                        + doc.text[sentence.end:], doc.sentences, doc.title),
                                    read, countries, ahead)
            if shouting:
                mentions = _trim_headline_names(doc, read, mentions)
        else:
            mentions = _mentions_in(doc, sentence, countries, ahead)
        if (sentence.index == 0 and doc.title and sentence.text == doc.title
                and _title_case(sentence.text)):
            mentions = _trim_headline_names(doc, sentence, mentions)
        if (links := _RELATED.search(sentence.text)) is not None:
            # "Related links: X receives Y (2025)": other pages' headlines, no one here
            mentions = [m for m in mentions if m.start < sentence.start + links.start()]
        in_headline = sentence.index == 0 and bool(doc.title) and sentence.text == doc.title
        if in_headline:
            mentions = [_unnamed_if_common_word(doc, sentence, m) for m in mentions]
        for m in mentions:
            m.headline = in_headline
            m.name = _DOUBLED.sub(r"\1", m.name)  # "Tokayev Tokayev" from a bad scrape
            m.name = m.name.rstrip("-–— ") or m.name  # "X- Kingdom of Y": a glued dash
            m.name = _STYLE_IN_NAME.sub("", m.name)  # "the Right Honourable X, Prime ...":
            # a style read as the first words of a bare name
            if _ACRONYM_NAME.fullmatch(m.name):
                continue  # "... the Chair of the Delegation to the Euronest PA discussed":
                # a body's initials after an office, no name
            if _ABSTRACT_WORD.fullmatch(m.name):
                continue  # "The Founder of Peace and National Unity, Leader of ...": the
                # end of an office's words, no name
            if " " in m.name and geo.city_country(m.name) is not None:
                continue  # "Speaking in Ho Chi Minh City, Deputy Prime Minister X said":
                # a city of two words or more before an office, no one's name
            if m.title and (spoke := _SPOKESPERSON_FOR.search(doc.text, sentence.start,
                                                               m.start)) is not None:
                # "issued by the Spokesperson for UN Secretary-General X": X holds the office
                # the spokesperson speaks for, not the spokesperson's
                m.title = " ".join(spoke.group("office").split())
            tokens = _norm_tokens(m.name)
            if not tokens:
                if m.cue == "description":
                    descriptions.append(m)
                continue
            last = _last_token(m.name)
            first = _first_given(m.name)
            regnal = next(iter(tokens)) if len(tokens) == 1 and m.title and (
                _head(m.title) in _REGNAL_HEADS) else ""
            match = next((p for p in people if _same_person(p, tokens, last, first, m.name)
                          and _same_monarch(p, tokens, first, regnal)), None)
            if match is None:
                match = Person(name=m.name, tokens=set(tokens), last=last, regnal=regnal)
                people.append(match)
            elif (len(tokens), len(m.name.split())) > (len(match.tokens), len(match.name.split())):
                match.name, match.tokens, match.last = m.name, set(tokens), last
            match.mentions.append(m)
            if m.title and (not match.title or _fuller_title(m.title, match.title)
                            or m.title.endswith(" " + match.title)
                            # ("Pres X" in the headline, then "President X")
                            or (match.title in _ABBREVIATED_OFFICES
                                and m.title not in _ABBREVIATED_OFFICES
                                and _head(m.title) == _head(match.title))
                            or (match.title_in_headline and not m.headline
                                and (_head(m.title) == _head(match.title)
                                     or set(match.title.split()) < set(m.title.split()))
                                and len(m.title.split()) > len(match.title.split()))):
                # ("Governor", then "Amur Region Governor"; a headline's short form, then
                # the body's full office: "President of France", "President of the French
                # Republic"; "Special Representative for X", "Deputy Chief of Staff ... and
                # Special Representative of the President for X")
                match.title = m.title  # "Prime Minister", then "Prime Minister of X"
                match.title_in_headline = m.headline
            if not m.country and (state := _state_after_dash(doc, countries, m)) is not None:
                m.country = state  # "H.E. Dr. X – Republic of Y": a list line, name then state
                m.cue += " – state"
            if (side := _side_after(doc, countries, m)) is not None:
                # "led by the Undersecretary, X, from the side of the United Mexican States":
                # the side named after the holder outweighs the office's state
                m.country = side
                m.cue += ", side after"
            if m.country and not match.country:
                match.country, match.country_cue = m.country, m.cue
            if "(organisation)" in m.cue:
                match.non_state = True
    return people, descriptions


_DASH_STATE = re.compile(r"[ \t]*[-–—][ \t]*(?:[Tt]he[ \t]+)?")


def _state_after_dash(doc: Doc, countries: geo.CountryIndex, m: Mention) -> str | None:
    """The state a line names after a person and a dash, with nothing after it on the line
    ("H.E. Mr. X – Republic of Tunisia"): how a list of envoys or delegates gives each
    one's state."""
    text = doc.text
    end = m.end
    if text[end - 1:end] in "-–—":
        end -= 1  # ("X- Kingdom of Morocco": the dash glued to the name)
    dash = _DASH_STATE.match(text, end)
    if dash is None or not text[end:dash.end()].strip():
        return None
    hit = next((c for c in countries.within(dash.end(), dash.end() + 60)
                if c.start == dash.end() and not c.demonym), None)
    if hit is None or text[hit.end:hit.end + 1] not in ("\n", "") or "\n" in text[end:hit.start]:
        return None
    return hit.country


# the office a spokesperson speaks for, right before its holder's name
_SPOKESPERSON_FOR = re.compile(r"\b(?:Spokes(?:person|man|woman)|Press\s+Secretary)\s+(?:for|of|to)"
                               r"\s+(?:the\s+)?(?P<office>(?:[A-Z][\w.'’-]*\s+){0,4}?"
                               r"(?:Secretary-General|Secretary\s+General|President|Prime\s+Minister|"
                               r"Minister(?:\s+(?:of|for)\s+Foreign\s+Affairs)?|Chancellor|"
                               r"High\s+Representative))\s*$")
# after a name: ", from the side of Georgia", "from the Mexican side", "on the Kuwaiti side"
_SIDE_AFTER = re.compile(r",?\s+(?:from|on|for)\s+the\s+(?:side\s+of\s+(?:the\s+)?)?")
_SIDE_WORD = re.compile(r"\s+side\b")


def _side_after(doc: Doc, countries: geo.CountryIndex, m: Mention) -> str | None:
    """The state of the side a person is named for right after their name."""
    head = _SIDE_AFTER.match(doc.text, m.end)
    if head is None:
        return None
    hit = next((c for c in countries.within(head.end(), head.end() + 60)
                if c.start == head.end()), None)
    if hit is None:
        return None
    if hit.demonym or "side of" not in doc.text[m.end:head.end()]:
        # ("from the Mexican side": the demonym, then the side)
        return hit.country if _SIDE_WORD.match(doc.text, hit.end) else None
    return hit.country


LEAD = 5  # headline + first sentences: where a release names its main parties
_PAIR_JOIN = re.compile(r"^\s*(?:,|and|,\s*and|[-–‒—/])\s*(?:the\s+)?$")
_LIST_GOES_ON = re.compile(r"^\s*(?:,\s*|,?\s*and\s+)(?:the\s+)?[A-Z]")
_WITH_I = re.compile(r"^\s*and I\b")
_I_VERB = re.compile(r"\bI\s+(?:have\s+)?(?:met|welcomed|hosted|received|spoke with|"
                     r"held talks with|visited)\s+(?:\w+\s+){0,3}$")


def _words(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.I)


@functools.cache
def _context() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = load("context")
    return _words(data["hostile"]), _words(data["object_before"]), int(data.get("window", 4))


def _mention_weight(text: str, c: geo.CountryMention) -> float:
    """1 for a name, 0.5 for a demonym, 0 next to a hostile word ("Russian aggression") or
    after a word that makes it the object of help ("support for Ukraine")."""
    hostile, object_before, window = _context()
    before = " ".join(text[max(0, c.start - 80):c.start].split()[-window:])
    after = " ".join(text[c.end:c.end + 80].split()[:window])
    if hostile.search(before) or hostile.search(after) or object_before.search(before):
        return 0.0
    return 0.5 if c.demonym else 1.0


def country_weights(doc: Doc, countries: geo.CountryIndex) -> Counter[str]:
    """How prominently each country is named: names count more than demonyms, and the
    headline and lead count more than the rest."""
    lead_end = doc.sentences[min(LEAD, len(doc.sentences)) - 1].end if doc.sentences else 0
    weights: Counter[str] = Counter()
    for c in countries.mentions:
        w = _mention_weight(doc.text, c)
        weights[c.country] += w * (2 if c.start < lead_end else 1)
    return weights


def pair_countries(doc: Doc, countries: geo.CountryIndex) -> list[str]:
    """States named together in the lead ("Australia and China", "Russian-Indian talks",
    "Ukraine, Lithuania and Poland"): the parties of the event, the release's own first.
    A list that runs on into something else ("Türkiye, Sweden and NATO") is not one."""
    out: list[str] = []
    for s in doc.sentences[:LEAD]:
        # (not a state named as a topic or a target: "discussed the situation in Lebanon
        # and the Israel-Greece partnership" pairs Israel and Greece only)
        found = [c for c in countries.within(s.start, s.end) if _mention_weight(doc.text, c)]
        chain: list[geo.CountryMention] = []
        for c in [*found, None]:
            if (c is not None and chain and c.demonym == chain[-1].demonym
                    and _PAIR_JOIN.match(doc.text[chain[-1].end:c.start])):
                chain.append(c)
                continue
            if len({x.country for x in chain}) >= 2 and not _LIST_GOES_ON.match(
                    doc.text[chain[-1].end:s.end]):
                for x in chain:
                    if x.country not in out:
                        out.append(x.country)
            chain = [c] if c is not None else []
    return out


# what makes a list of three or more states in the lead the event's parties: the list is the
# subject ("The United States, Mexico and Canada launched ..."), or names whose leaders or
# governments meet ("the leaders of A, B and C", "a trilateral meeting of A, B and C",
# "brings together A, B and C")
_PARTIES_BEFORE = re.compile(
    r"(?:\b(?:leaders?|heads?\s+of\s+(?:state|government)|"
    r"governments?|ministers?|presidents|prime\s+ministers|delegations?|representatives|"
    r"ambassadors|envoys)\s+"
    r"(?:of|from)\s+(?:the\s+)?$|\b(?:trilateral|quadrilateral|together|between|among|along\s+with)"
    r"\b[^.;:]{0,40}?$)", re.I)
_PLURAL_PARTIES_BEFORE = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|"
                                    r"presidents|prime\s+ministers|foreign\s+ministers|"
                                    r"ministers|delegations|ambassadors|envoys)\s+(?:of|from)\s+"
                                    r"(?:the\s+)?$", re.I)
_SUBJECT_BEFORE = re.compile(r"\s*(?:(?:Today|Yesterday|On\s+\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)"
                             r"\s*,\s*)?(?:the\s+)?", re.I)
_SUBJECT_AFTER = re.compile(r"^,?\s+(?:have\s+|has\s+|had\s+|will\s+|also\s+|jointly\s+|today\s+)*"
                            r"(?:agreed|signed|launched|adopted|held|met|fulfilled|issued|"
                            r"reaffirmed|committed|decided|discussed|announced|established|"
                            r"convened|took\s+part|participated|welcomed|endorsed)\b")
_EARLIER_DEED = re.compile(r"\b(?:reached|made|adopted|signed|agreed|taken|set)\s+(?:\w+\s+){0,2}?"
                           r"by\s+(?:the\s+)?(?:\w+\s+){0,4}$", re.I)
# "the Presidents of A, B and C, and the Prime Ministers of D, E and F": a second list of
# parties, in another office (no member of the first list)
_ANOTHER_ROLE = re.compile(r"^\s*,?\s*(?:and\s+)?(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|"
                           r"government)|presidents|prime\s+ministers|(?:foreign\s+)?ministers|"
                           r"delegations|representatives)\s+(?:of|from)\b", re.I)
_TRILATERAL = re.compile(r"\b(?:trilateral|tripartite)\b", re.I)


def party_lists(doc: Doc, countries: geo.CountryIndex) -> list[str]:
    """States of a list of three or more in the headline or lead that the text makes the
    event's parties (see _PARTIES_BEFORE), in text order: a multilateral meeting's states,
    which the two-state cap on the lead's parties would cut. A list named in another role
    ("sanctions against A, B and C", "countries such as A, B and C") is not one."""
    out: list[str] = []
    for s in doc.sentences[:LEAD]:
        found = [c for c in countries.within(s.start, s.end) if not c.demonym]
        chain: list[geo.CountryMention] = []
        for c in [*found, None]:
            if c is not None and chain and _PAIR_JOIN.match(doc.text[chain[-1].end:c.start]):
                chain.append(c)
                continue
            states = list(dict.fromkeys(x.country for x in chain))
            if len(states) == 2 and _PLURAL_PARTIES_BEFORE.search(
                    doc.text[s.start:chain[0].start]) and not _EARLIER_DEED.search(
                    doc.text[s.start:chain[0].start]):
                # "held a trilateral meeting with the leaders of A and B": two parties
                # beside the subject's own state (three in all, which the cap would cut)
                out.extend(x for x in states if x not in out)
            elif len(states) >= 3:
                before = doc.text[s.start:chain[0].start]
                after = doc.text[chain[-1].end:s.end]
                subject = bool(_SUBJECT_BEFORE.fullmatch(before)) and bool(
                    _SUBJECT_AFTER.match(after))
                named = bool(_PARTIES_BEFORE.search(before))
                if _EARLIER_DEED.search(before):
                    named = subject = False  # "agreements reached by the leaders of A, B
                    # and C on 9 November 2020": another, earlier event
                if (subject or named or (len(states) == 3 and _TRILATERAL.search(s.text))) and (
                        not _LIST_GOES_ON.match(after) or _ANOTHER_ROLE.match(after)):
                    out.extend(x for x in states if x not in out)
            chain = [c] if c is not None else []
        # "received the Ghanaian and Nigerian delegations", "his Ghanaian and Nigerian
        # counterparts": demonyms of two or more states before a plural party noun
        dems = [c for c in countries.within(s.start, s.end) if c.demonym]
        chain = []
        for c in [*dems, None]:
            if c is not None and chain and _PAIR_JOIN.match(doc.text[chain[-1].end:c.start]):
                chain.append(c)
                continue
            states = list(dict.fromkeys(x.country for x in chain))
            if len(states) >= 2 and _PLURAL_PARTY_AFTER.match(doc.text, chain[-1].end):
                out.extend(x for x in states if x not in out)
            chain = [c] if c is not None else []
    return out


_PLURAL_PARTY_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:delegations|counterparts|leaders|presidents|"
                                 r"prime\s+ministers|ministers|officials|sides|envoys|"
                                 r"ambassadors|Presidents|Prime\s+Ministers|Ministers)\b")


# "I will visit", "I met", "I have held": the release's unnamed author takes part
_AUTHOR = re.compile(r"(?:^|[.;:,]\s+|\band\s+)I\s+(?:will|would|have|had|met|held|visited|"
                     r"welcomed|hosted|received|spoke|am|was)\b")
# someone else's words: quotation marks, or a speaker's label ("President of Russia X: I")
_QUOTED = re.compile(r"[\"“”]|[^\W\d_]:\s")
# where a state is a place, not a side: "visit Japan", "in Afghanistan", "to France"
_PLACE_BEFORE = re.compile(r"\b(?:visit(?:s|ed|ing)?|in|to|from|at|across|throughout)\s+"
                           r"(?:the\s+)?$", re.I)


def author_state(doc: Doc, countries: geo.CountryIndex, held: set[str]) -> str | None:
    """The state of a release's unnamed first-person author ("I will visit Japan and
    Indonesia"), who takes part: the state the text names most often as a side (not as a
    place visited or spoken of, "in Afghanistan") that no named participant holds."""
    speech = transcript_start(doc.text)  # (an "I" in a transcript is a speaker's)
    lead = [s for s in doc.sentences[:LEAD] if s.end <= speech and "I " in s.text]
    if not any(_AUTHOR.search(s.text) and not _QUOTED.search(s.text) for s in lead):
        return None
    weights: Counter[str] = Counter()
    for c in countries.mentions:
        if c.country in held or (not c.demonym and _PLACE_BEFORE.search(
                doc.text[max(0, c.start - 30):c.start])):
            continue
        weights[c.country] += _mention_weight(doc.text, c)
    best = weights.most_common(2)
    if not best or best[0][1] < 2 or (len(best) > 1 and best[1][1] == best[0][1]):
        return None  # (no side named, or two equally: no guess)
    end = doc.sentences[min(LEAD, len(doc.sentences)) - 1].end
    if not any(c.country == best[0][0] for c in countries.within(0, end)):
        return None  # (a release names its own side in its lead)
    return best[0][0]


# "X concluded her visit to China", "X, who is on a state visit to China": X is a visitor
# there. No capitalised word may come between X and the phrase (that would be someone else).
# (past a postnominal or a weekday in brackets: "X TD, today (Tuesday) began a visit to")
_VISITS = re.compile(r"^(?:[^.;A-Z]|(?<=\s)(?:TD|MP|MEP|MLA|PC|QC|KC|SC)\b|"
                     r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                     # (and its date: "X has today, Thursday, 14 March 2024, concluded a")
                     r"(?<=\d\s)(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December)\b){0,80}?"
                     r"(?:\b(?:his|her|their)|['’]s|\bwho\s+(?:is|was)\s+"
                     r"(?:on|paying|making)\s+an?|\b(?:on|pay|paying|paid|make|making|made|"
                     r"undertake|undertaking|undertook|began|begins|begin|beginning|started|"
                     r"starts|start|concluded|concludes|conclude|ended|ends|wrapped\s+up|"
                     r"continued|continues)\s+an?)\s+"
                     r"(?:[\w-]+\s+){0,3}(?i:visit|trip)\s+to\s+(?:the\s+)?$")


# "X, Y and Z travelled to ...": the subjects of a trip (a list of titled names, then the
# verb), who are visitors where they go. Each capitalised word is taken whole: split
# anywhere ("J" + "OINT"), an all-capitals headline backtracks exponentially.
_TRAVELLED = re.compile(r"^(?:[\s,]|and\b|of\b|for\b|the\b|on\b|[A-Z][\w.'’-]*(?![\w.'’-]))*?"
                        r"\b(?:also\s+)?(?:(?:travell?ed|flew|arrived)\s+(?:on\s+to|to|in)|"
                        # "X will travel to Japan", "X is to visit Japan", "X visited Japan"
                        r"(?:will|would|is\s+to|are\s+to)\s+(?:also\s+)?(?:travel\s+(?:on\s+)?to|"
                        r"fly\s+to|visit|arrive\s+in)|visited|travels\s+to|arrives\s+in)\s+"
                        r"(?:the\s+)?$")
_NEXT_IN_LIST = re.compile(r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$")
_VISIT_PAID_BY = re.compile(r"\b(?:visit|trip)\s+(?:(?:being|currently\s+being)\s+)?(?:paid|made|"
                            r"undertaken)\s+by\s+(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|"
                            r"Excellency)\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,6}$")
_TO_AFTER = re.compile(r"^(?:\s*,[^.;]{0,100}?,)?\s+to\s+(?:the\s+)?$")
_INVITED_BY = re.compile(r"\b(?:invitation|behalf)\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")
# "X met his Kenyan counterpart": the possessive before the demonym, the noun after it
_OWN_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+$")
_COUNTERPART_NOUN = re.compile(r"\s+counterparts?\b")
_COUNTERPART_FROM = re.compile(r"\b(?:his|her|their)\s+(?:counterparts?|peers?|homologues?)\s+"
                               r"(?:from|of)\s+(?:the\s+)?\Z")
_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)\s+counterparts?\s*,\s*(?:the\s+)?[A-Z]"
                             r"[^.;,]{0,80}?\s(?:of|in|from)\s+(?:the\s+)?\Z")
# "X received a delegation from the Republic of Korea", "X welcomed the Korean delegation":
# the host is not of the guests' state
_HOST_VERBS = (r"^\s*,?\s*(?:(?:has|had|also|today|warmly)\s+)*(?:received|receives|welcomed|"
               r"welcomes|hosted|hosts|met\s+with|met)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}")
_HOSTS_GROUP_OF = re.compile(_HOST_VERBS + r"(?:delegations?|visitors)\s+(?:of|from)\s+"
                             r"(?:the\s+)?$")
_HOSTS_GROUP_DEM = re.compile(_HOST_VERBS + "$")
_GROUP_NOUN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:delegations?|visitors)\b")


_RECEIVES = re.compile(r"\s*,?\s*(?:(?:has|had|also|today|on\s+\w+)\s+)*(?:received|receives|"
                       r"welcomed|welcomes|met\s+with|met|granted\s+an\s+audience\s+to)\b")
_ENVOY_HEAD = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Charg[eé]\s+d|Envoy)\b")


def mark_envoys_hosts(people: list[Person]) -> None:
    """"Foreign Minister X received the Ambassador of Ghana, Y": X is Y's host, not of
    Ghana (an envoy written with where they are sent, "Ghana's Ambassador to Kenya", may be
    received at home, and says nothing here)."""
    for p in people:
        for m in p.mentions:
            if not _RECEIVES.match(m.sentence.text, m.end - m.sentence.start):
                continue
            for q in people:
                if q is p or not q.country or not q.title or not _ENVOY_HEAD.search(q.title):
                    continue
                if " to " in q.title or (p.title and _ENVOY_HEAD.search(p.title)):
                    continue
                if any(mq.sentence.index == m.sentence.index and mq.start > m.end
                       for mq in q.mentions):
                    p.not_countries.add(q.country)


_CITY_WORDS = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
# "X visited Moscow", "X will visit Nairobi" (not "arrived in": a leader comes home too)
_VISITED = re.compile(r"^\s*,?\s*(?:also\s+)?(?:visited|visits|will\s+(?:also\s+)?visit|"
                      r"is\s+visiting|is\s+to\s+visit)\s+$")


def _cities_visited(text: str, end: int) -> set[str]:
    """The states of the capitals a sentence says the person at ``end`` visits ("X visited
    Moscow", "on a working visit to Berlin"): a visitor is not of the state of the capital
    visited, as of a state visited by name."""
    out: set[str] = set()
    for hit in _CITY_WORDS.finditer(text, end, min(len(text), end + 160)):
        words = hit.group().split()
        for k in range(len(words), 0, -1):
            if state := geo.capital_states().get(" ".join(words[:k])):
                gap = text[end:hit.start()]
                if _VISITS.match(gap) or _VISITED.match(gap):
                    out.add(state)
                break
    return out


def mark_first_person_partners(people: list[Person], countries: geo.CountryIndex) -> None:
    """"Prime Minister X and I agreed": X is the counterpart of the unnamed author.
    "X concluded her visit to China": X is not Chinese. "X held talks with her Kenyan
    counterpart": X is not Kenyan."""
    starts = sorted(m.start for q in people for m in q.mentions)
    for p in people:
        for m in p.mentions:
            text = m.sentence.text
            rel_end, rel_start = m.end - m.sentence.start, m.start - m.sentence.start
            prev: geo.CountryMention | None = None
            hosted: geo.CountryMention | None = None
            # "Y, at the invitation of President X, will undertake a visit to Z": the host
            # who invites, set off by commas, is not the one who travels
            invited = bool(_INVITED_BY.search(text[:rel_start])) and (
                text[rel_end:].lstrip()[:1] == ",")
            # "the official visit being paid by X, Deputy Prime Minister, to Viet Nam"
            paid_by = bool(_VISIT_PAID_BY.search(text[:rel_start]))
            for c in countries.within(m.end, m.sentence.end):
                # (the sentence's own text: a headline in capitals is read in title case
                # there, "X's Trip to Mexico", where the cues below can match)
                gap = text[rel_end:c.start - m.sentence.start]
                if (c.demonym and c.start - m.end < 160 and _OWN_COUNTERPART.search(gap)
                        and _COUNTERPART_NOUN.match(countries.text, c.end)
                        and not any(m.end < k < c.start for k in starts)):
                    p.not_countries.add(c.country)  # (no one else named in between)
                if (not c.demonym and c.start - m.end < 200 and (
                        _COUNTERPART_OF.search(gap) or _COUNTERPART_FROM.search(gap))
                        and not any(m.end < k < c.start for k in starts)):
                    p.not_countries.add(c.country)  # "with his counterpart, the Minister of
                    # Foreign Affairs in Kenya": the counterpart's state, not X's
                if c.start - m.end < 120 and (_HOSTS_GROUP_OF.match(gap) or (
                        c.demonym and _HOSTS_GROUP_DEM.match(gap)
                        and _GROUP_NOUN.match(countries.text, c.end))):
                    p.not_countries.add(c.country)  # "X received a delegation from Korea"
                    hosted = c
                elif hosted is not None and not c.demonym and _NEXT_IN_LIST.match(
                        countries.text[hosted.end:c.start]):
                    p.not_countries.add(c.country)  # "... delegations from A, B, and C":
                    hosted = c  # every state of the list
                else:
                    hosted = None
                if not c.demonym and not invited and (
                        _VISITS.match(gap) or _TRAVELLED.match(gap) or (
                        paid_by and _TO_AFTER.match(gap)) or (
                        prev is not None and _NEXT_IN_LIST.match(
                            countries.text[prev.end:c.start]))):
                    p.not_countries.add(c.country)
                    p.visits.add(c.country)
                    prev = c  # "travelled to X, Y and Z": every state of the list
                else:
                    prev = None
            if not invited:
                cities = _cities_visited(text, rel_end)
                p.not_countries |= cities
                p.visits |= cities
            if _WITH_I.match(text[rel_end:]) or _I_VERB.search(text[:rel_start]):
                p.foreign = True


def _affinity(people: list[Person], descriptions: list[Mention], doc: Doc,
              countries: geo.CountryIndex) -> Counter[str]:
    """Countries named in the sentences where people without a country appear (by name,
    or as "the Vice President" when that is their title): their likely own state."""
    sentences: set[int] = set()
    for p in people:
        if p.country:
            continue
        sentences.update(m.sentence.index for m in p.mentions)
        if p.title:
            head = _head(p.title)
            sentences.update(d.sentence.index for d in descriptions
                             if not d.country and _head(d.title or "") == head)
    out: Counter[str] = Counter()
    for i in sentences:
        s = doc.sentences[i]
        for c in countries.within(s.start, s.end):
            out[c.country] += _mention_weight(doc.text, c)
    return out


@functools.cache
def _national_body_names() -> dict[str, str]:
    """lexicons/titles.toml [national_bodies]: a state's chamber or seat -> the state."""
    return {b: state for state, bodies in load("titles").get("national_bodies", {}).items()
            for b in bodies}


@functools.cache
def _national_bodies() -> re.Pattern[str]:
    names = sorted(_national_body_names(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(b) for b in names) + r")\b")


def _national_body_state(body: str) -> str:
    return _national_body_names()[body]


def _by_own_body(p: Person) -> bool:
    """Placed by a state's own chamber in the title ("Chairman of the Verkhovna Rada X"),
    with no state written: the state is known, not written beside them as a guest's is."""
    return bool(p.title and _national_bodies().search(p.title)
                and not geo.country_mentions(p.title))


# courtesy words written with a full stop before a name ("Eng. X", "Dr. Y"): inside a run of
# capitalised words they end the words before (an office's) and open a name
_STYLE_BEFORE_NAME = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Eng", "Engr", "Atty", "Lic",
                                "Ing", "Gen", "Col", "Capt", "Adm"})


# the last word of a style of rank that some issuers set off by a comma from the next style
_STYLE_BEFORE_COMMA = frozenset({"Excellency", "Majesty", "Highness", "Honourable",
                                 "Honorable"})


# country cues that are inferences, not words of the text beside the person
_INFERRED = ("lexicon of officials", "main country", "met during", "company")
# those that owe nothing to a state written beside someone else
_INFERRED_ALONE = ("lexicon of officials", "main country", "met during")

# an office of a state's government (not "Secretary General", whose side is a body's)
_STATE_OFFICE = re.compile(r"\b(?:Minister|President|Premier|Chancellor|Adviser|Advisor|"
                           r"King|Emir|Sultan|Crown\s+Prince)\b")

# an envoy sent somewhere, their own state written or not ("Ambassador of X to Y")
_ENVOY_SENT = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Envoy|Representative|"
                         r"Charg[eé]\s+d['’]Affaires)\b[^,;]*?\bto\s+(?:the\s+)?(?-i:[A-Z])")


def _unwritten_own_state(p: Person, people: list[Person], ranked: list[str],
                         weights: Counter[str], exclude: frozenset[str]) -> str | None:
    """A better state for the official a release opens on, placed by inference in a state
    written beside another participant although every other participant's state is
    written beside them: the state the text names most (at least twice) that none of
    those holds. None where any other participant is unplaced or placed by inference (a
    lexicon, a visit), or where no such state stands out."""
    if not p.title or p.foreign or p.companion is not None or (
            p.country_cue != "main country of the event") or not _STATE_OFFICE.search(p.title):
        return None
    others = [q for q in people if q is not p]
    # (one placed by the company they keep counts: "X and Minister Y" beside "Fiji's X")
    if not others or any(not q.country or not q.country_cue or q.non_state
                         or q.country_cue.startswith(_INFERRED_ALONE) for q in others):
        return None
    written = {q.country for q in others}
    if p.country not in written:
        return None
    if any(q.country == p.country and q.title and _ENVOY_SENT.search(q.title) for q in others):
        return None  # ("U.S. Ambassador to Mexico Y", "Ambassador of the Russian Federation to
        # Viet Nam Z" beside X: X's own envoy, sent where the talks are)
    own = next((c for c in ranked if c not in written and c not in exclude
                and c not in p.not_countries), None)
    return own if own is not None and weights.get(own, 0) >= 2 else None



@functools.cache
def _org_sides() -> tuple[tuple[str, str], ...]:
    data = load("titles").get("organisation_sides", {})
    return tuple((alias, org) for org, aliases in data.items() for alias in aliases)


def _org_side_heads(doc: Doc) -> dict[str, str]:
    """Offices only an organisation has (lexicons/titles.toml [organisation_offices]:
    "Commissioner" of the European Union), for an organisation the text names."""
    out: dict[str, str] = {}
    for org, heads in load("titles").get("organisation_offices", {}).items():
        aliases = [a for a, o in _org_sides() if o == org]
        # (a plain test first: the pattern scans the whole release, for aliases most
        # releases never write)
        if any(a in doc.text and re.search(rf"\b{re.escape(a)}\b", doc.text)
               for a in aliases):
            for h in heads:
                out.setdefault(h, org)
    return out


def _org_opens(title: str) -> str | None:
    """The organisation side whose name opens a title ("EU High Representative", "NATO
    Secretary General"), or that an envoy's title closes on ("Ambassador of the European
    Union"): that body's office, not a state's."""
    return next((org for alias, org in _org_sides()
                 if re.match(rf"(?:the\s+)?{re.escape(alias)}\b", title)
                 or re.fullmatch(rf"(?:Ambassador|Head\s+of\s+(?:the\s+)?Delegation|Envoy|"
                                 rf"Special\s+Representative)\s+of\s+(?:the\s+)?"
                                 rf"{re.escape(alias)}", title)), None)


def organisation_sides() -> frozenset[str]:
    """Names that stand for a participant's side but are no state (lexicons/titles.toml
    [organisation_sides]): never one of the event's countries."""
    return frozenset(org for _, org in _org_sides())


# (a person received, not "welcomed the progress": a capitalised title or name, a delegation)
# (an audience too: "His Majesty received in audience His Excellency X")
_HOST_VERB = re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\s+(?:in\s+"
                        r"(?:an?\s+)?(?:audience|a\s+courtesy\s+call)\s+)?(?:the\s+|a\s+|"
                        r"an\s+)?(?:[A-Z]|(?:high-level\s+)?delegation|visiting)")
_PASSIVE_HOST = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:warmly\s+)?"
                           r"(?:received|hosted|welcomed)\b")


_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
          r"June|July|August|September|October|November|December)\b")
# (or the city, then the date with no comma: "Addis Ababa February 15/2023 /ENA/")
_DATELINE = re.compile(rf"\s*(?P<city>(?!{_MONTH})[A-Z][\w’'.-]*(?:\s+(?!{_MONTH})[A-Z][\w’'.-]*)"
                       rf"{{0,2}})\s*(?:,|[-–—(]|\s(?={_MONTH}\.?\s*\d))")


@per_release
def _dateline_state(doc: Doc) -> str | None:
    """The state of a dateline's city ("New Delhi, 2 May 2024."), in the first sentences
    (read once per release, six steps of one parse ask: the pattern backtracks over every
    capitalised headline)."""
    g = geo.gazetteer()
    for s in doc.sentences[:3]:
        m = _DATELINE.match(s.text)
        if m is None:
            continue
        city = m.group("city")
        if city.isupper() and city not in g.city_country:
            city = city.title()  # a dateline in capitals: "KAMPALA, March 10 (AGENCY) -"
        if city in g.city_country:
            return g.city_country[city]
    return None


def dateline_state(doc: Doc) -> str | None:
    """The state of the city a release files from, if its first lines give one."""
    return _dateline_state(doc)


def _hosts_in_lead(doc: Doc) -> bool:
    """Whether the lead says someone received or hosted the guest (not "was received by")."""
    # (the lead of the release's own sentences: a page's furniture above it counts for
    # nothing, "Skip Ribbon Commands / PMO News / 07/03/2025 / hm_060325.jpg")
    lead = [s.text for s in lead_body(doc.sentences, LEAD)]
    return any(_HOST_VERB.search(t) for t in lead) and not any(_PASSIVE_HOST.search(t)
                                                                for t in lead)


def assign_countries(people: list[Person], doc: Doc, countries: geo.CountryIndex,
                     exclude: frozenset[str] = frozenset(),
                     descriptions: list[Mention] | None = None,
                     venue_country: str | None = None,
                     referenced: list[Person] | None = None) -> list[str]:
    """Give a country to people the text does not tie to one, and return the main
    countries of the event (best first).

    The release's own side is seldom named with its country ("President Biden" in a
    White House readout), so an unplaced person takes the most prominent main country no
    participant holds yet, or, once all are held, the most prominent one."""
    for p in people:
        if not p.country and p.title and (side := _org_opens(p.title)):
            # "EU High Representative for X and Secretary General Y": a title opening with
            # a body's name is the body's office (no state's, however domestic the rest)
            p.country, p.country_cue, p.non_state = side, "organisation named in the title", True
    weights = country_weights(doc, countries)
    pairs = pair_countries(doc, countries)
    affinity = _affinity(people, descriptions or [], doc, countries)
    score = {c: weights[c] + 3 * affinity[c] for c in weights}
    ranked = sorted((c for c in score if score[c] > 0), key=lambda c: -score[c])
    # a release names its own side first ("between Australia and China")
    ranked = [c for c in ranked if c not in exclude or c in pairs]
    home = pairs[0] if pairs else (ranked[0] if ranked else None)
    visited = next((p.not_countries for p in people if pairs and set(pairs) <= p.not_countries),
                   None)
    if visited and (own := next((c for c in ranked if c not in visited), None)):
        # "X, Y and Z traveled to Djibouti, Kenya and Niger": the lead's list is where the
        # visitors go; their own side is the state the text names most besides
        home = own
    opener = min(people, key=lambda p: p.mentions[0].start, default=None)
    host = venue_country or _dateline_state(doc)
    if (not pairs and host and home != host and host not in exclude and _hosts_in_lead(doc)
            and (host in ranked or (host not in countries.states() and not venue_country))):
        # (a state it files from and never names: "Kampala, 2 May. The Minister received
        # the Ambassador of Spain")
        # "X received a delegation from Y" at home: the host's side is the state of the
        # venue (or of the dateline), however often the guest's state is named
        home = host
    if (opener is not None and home in opener.visits and not opener.country
            and not opener.foreign
            and (own := next((c for c in ranked if c not in opener.not_countries), None))):
        # "Foreign Secretary X visited Moscow": the release opens on its own side's
        # visitor, whose destination it names most (the host's state is not its own)
        home = own
    if not pairs and opener is not None and opener.country and not opener.foreign and (
            opener.country_cue == "lexicon of officials"):
        # "Vladimir Putin held talks with ...": a release opens on its own side, which it
        # may never name (the state comes from the lexicon of officials)
        home = opener.country
    dated = _dateline_state(doc)
    if (dated and venue_country and dated != venue_country and dated in ranked
            and dated not in exclude and home != dated):
        # "Accra, 2 May. During his state visit to Kenya, President X ...": a release filed
        # at home about talks abroad; its own side is the state it files from
        home = dated
    elif (dated and (dated == venue_country or (venue_country is None and not pairs))
          and dated in ranked and dated not in exclude
          and home != dated and opener is not None and not opener.country and opener.title
          and not opener.foreign and dated not in opener.not_countries):
        # (or with no venue: "Valletta, 2 May. Foreign Minister X held talks with Albanian
        # Foreign Minister Y. ... Maltese Ambassador Z": the one opening with no state)
        # "Addis Ababa, 15 May /ENA/ Deputy Prime Minister X conferred with the ministers
        # of A, B and C": filed at home about talks at home, the official it opens on, with
        # no state written, is of the state it files from (not of those X meets)
        home = dated
    for p in people:
        if home and p.title and _is_leader(p.title) and (
                _marked_counterpart(p, people) == home):
            # "The President, X, and the President of Paraguay, Y": the release writes out
            # the guest's state, not its own; the leader it leaves unmarked is its own side
            own = p.country if p.country != home else None
            home = own or next((c for c in ranked if c != home), home)
            break
    if venue_country and home == venue_country and (
            own := _own_envoy_state(people, venue_country, doc.text)) is not None and own in ranked:
        # "Ambassador to the Republic of Korea X" (his own state unwritten) at talks in Seoul:
        # the release's own envoy, so its own side is his (the visitors'), not the host's
        home = own
    main = list(pairs)
    for p in people:
        if p.country and p.country not in main and p.country not in organisation_sides():
            main.append(p.country)
    with_organisation = any(p.non_state for p in people)
    for q in referenced or ():
        # "to follow up on the call between President X and President Y": leaders only
        # spoken about still tell which states the event's sides belong to (not beside an
        # organisation's official, who is the other side: one state meets the UN)
        if len(main) >= 2 or with_organisation:
            break
        if q.country and q.country not in main and q.title and _is_leader(q.title):
            main.append(q.country)
    placed = {p.country for p in people if p.country}
    # a leader with his own officials (a minister, a governor, a company head), no other
    # state named as a party: a domestic meeting, whose one state needs no second party
    # (a headline naming another state, "Meeting with leaders of X", has an unnamed party)
    head = doc.sentences[0] if doc.sentences else None
    filed_from = _dateline_state(doc)
    domestic = (len(people) >= 2 and not pairs and len(placed) == 1 and not any(
        p.foreign or (not p.country and (not p.title or _is_leader(p.title))) for p in people)
        and not (head and any(c.country not in placed
                              for c in countries.within(head.start, head.end)))
        # (filed from another state it never names: "Jakarta, 2 May. Foreign Minister X
        # received the Foreign Minister of Thailand Y" has the filing state's side too)
        and not (filed_from and filed_from not in placed and filed_from not in exclude
                 and filed_from not in countries.states())
        # (nor beside someone named as a guest is, "King X of Jordan": a foreign side)
        and not any(p.country_cue and p.country_cue.endswith(" of the state after")
                    for p in people)
        # (nor when the release opens on a visitor to that state: "Foreign Secretary X
        # visited Moscow")
        and not (opener is not None and placed & opener.visits))
    if domestic:
        home = next(iter(placed))  # (the one state, named or not)
    if home and home not in main and not (with_organisation and placed):
        # (one placed state meeting an organisation's official: the event has its party)
        main.append(home)
    if (venue_country and venue_country not in main and venue_country not in exclude
            and not with_organisation):
        main.append(venue_country)  # the host of the talks is a party to them
    dated = _dateline_state(doc)
    if (dated and len(main) < 2 and dated not in main and dated not in exclude
            and not with_organisation and not domestic and dated not in countries.states()):
        # "Seoul, 2 May. President X received Prime Minister Y of Malaysia": the state a
        # release files from and never names is its own side, a party before any state the
        # text names only in passing
        main.append(dated)
    for c in ranked:
        if len(main) >= 2 or with_organisation or domestic:
            break  # (one state meeting an organisation: the event has one state party)
        if c not in main:
            main.append(c)
    main.sort(key=lambda c: (c != home, -weights.get(c, 0)))
    place_by_company(people, doc, countries)
    held = {p.country for p in people if p.country}
    # (a state whose leader is spoken about is held by them: "the call between President X
    # and President Y", then Y, unplaced, meets X's envoy: Y is the other state)
    held |= {q.country for q in referenced or () if q.country and q.title and _is_leader(q.title)}
    written = {p.country for p in people if p.country and p.country_cue
               and p.country_cue.endswith(" of the state after")}
    named = {p.country for p in people if p.country and p.country_cue
             and not p.country_cue.startswith(_INFERRED) and not _by_own_body(p)}
    unplaced = [p for p in people if not p.country and not p.non_state]
    folded = {id(q): _fold_words(q.name) for q in people} if unplaced else {}
    families = {tuple(folded[id(q)][-2:]): q.country for q in people
                if q.country and len(folded[id(q)]) >= 3} if unplaced else {}
    placed_since = False
    body_heads = _org_side_heads(doc)
    for p in people:
        if not p.country and p.non_state and p.title:
            side = next((org for alias, org in _org_sides() if re.search(
                rf"\b{re.escape(alias)}\b", p.title)), None)
            if side:  # "President of the European Commission": the body's own side
                p.country, p.country_cue = side, "organisation named in the title"
        if not p.country and p.title and body_heads and (
                side := body_heads.get(_head(p.title).split("/")[0])):
            # "Commissioner for Trade X" in a text that names the European Union
            p.country, p.country_cue, p.non_state = side, "organisation's own office", True
        if not p.country and not p.non_state and placed_since and p.title and not (
                _is_leader(p.title)):
            # someone just placed may be the one this official accompanies ("A, B and C
            # accompanied X"): the company they keep outweighs the event's main states
            # (not a list's neighbour: "During a meeting with X, Y discussed" is no list)
            place_by_company([p, *(q for q in people if q.country)], doc, countries,
                             lists=False)
        if p.country or p.non_state:
            continue
        if p.companion is not None:
            continue  # their state is the leader's they accompany, once he is placed (below)
        if _japanese_style(p.name) and "Japan" in countries.states() and (
                "Japan" not in p.not_countries):
            # "Mr. IWAYA Takeshi, Minister for Foreign Affairs": Japan's releases write
            # their own officials' family names in capitals, and no one else's
            p.country, p.country_cue = "Japan", "family name in capitals"
            held.add("Japan")
            continue
        if _indian_style(p, doc.text) and "India" not in p.not_countries:
            # "Prime Minister Shri X", "Smt. Y": India's releases style their own officials so,
            # and no one else's
            p.country, p.country_cue = "India", "styled Shri or Smt."
            held.add("India")
            continue
        if (spoken := _our_office(p, people, doc)) is not None and (
                spoken not in p.not_countries):
            # "PRESIDENT X: ... our Secretary of Security, Y, ...": the speaker's state
            p.country, p.country_cue = spoken, "'our' office in a speaker's turn"
            held.add(spoken)
            continue
        options = [c for c in main if c not in p.not_countries]
        if rivals := _rival_states(p, people):
            # "Minister for Foreign Affairs X" beside "Italy's Foreign Minister Y": two holders
            # of one office at a bilateral meeting are of two states
            options = [c for c in options if c not in rivals]
            if not options and (own := _own_sentences_state(p, countries, rivals | exclude)):
                p.country, p.country_cue = own, "another holder of the office is of the other"
                held.add(own)
                continue
        if p.title and _is_leader(p.title) and all(c in held for c in options) and weights and (
                (spare := max(weights, key=lambda c: weights[c])) not in held
                and spare not in main and spare not in p.not_countries and spare not in exclude):
            # every party's state is held by another, and the state the text names most is
            # none of theirs ("President X met Angolan President Y ... Lesotho's Prime
            # Minister Z", Zambia named in passing but most): a leader it never places is of
            # that state, its own side, which a presidency seldom writes beside its leader
            p.country, p.country_cue = spare, "main country of the event"
            held.add(spare)
            main.append(spare)
            placed_since = True
            continue
        words = folded[id(p)]
        kin = families.get(tuple(words[-2:])) if len(words) >= 3 else None
        if kin in options:
            # "Sheikh X bin Y Al Z" beside "Sheikh W bin Y Al Z": one ruling family, one
            # state (a two-word family name only: a one-word surname is shared too widely)
            p.country, p.country_cue = kin, "main country of the event"
            held.add(kin)
            continue
        if (topic := _state_heading_before(p, doc, countries)) is not None and (
                topic not in p.not_countries and topic not in exclude):
            # "Slovakia. In a conversation with Prime Minister X, we ...": a state written
            # alone as a sentence heads the lines about its leader that follow
            p.country, p.country_cue = topic, "state heading the sentences after it"
            held.add(topic)
            if topic not in main:
                main.append(topic)
            continue
        if (local := _destination_met(p)) is not None and local != home and (
                local in options and local not in exclude):
            # "The Prime Minister will then visit Berlin to meet Chancellor X", "While in
            # Turkey I will meet with President Y": a trip's stop, named with the meeting,
            # is the state of those met there (not the trip's first or main host)
            p.country, p.country_cue = local, "met during a visit to the host state"
            held.add(local)
            continue
        if (venue_country and venue_country != home and venue_country in options
                and venue_country not in exclude and _met_there(p)):
            # "During the visit, X also met with Y": the visitor meets the hosts
            p.country, p.country_cue = venue_country, "met during a visit to the host state"
            held.add(venue_country)
            continue
        if (venue_country and venue_country in options and venue_country not in exclude
                and _called_on(p)):
            # "He called on President X and met Prime Minister Y": a guest calls on the
            # hosts (the venue's officials), however many states are held already
            p.country, p.country_cue = venue_country, "met during a visit to the host state"
            held.add(venue_country)
            continue
        if (order := _pair_order(p)) is not None and home in options and (
                other := next((c for c in options if c != home), None)):
            # "the foreign ministers of the two countries, A and B": in the order the event's
            # states are named, the release's own first
            choice = home if order == 0 else other
            p.country, p.country_cue = choice, "main country of the event"
            held.add(choice)
            placed_since = True
            continue
        if (marked := _marked_counterpart(p, people)) and (other := next((
                c for c in sorted(options, key=lambda c: c != home) if c != marked), None)):
            # "The President, X, and the President of Paraguay, Y"; "signed by the Minister
            # of Justice, X, and by the Paraguayan Minister of the Interior, Y": the state
            # written beside one of a pair is the guest's, so the other is the other side
            p.country, p.country_cue = other, "main country of the event"
            held.add(other)
            placed_since = True
            continue
        if (venue_country and venue_country in options and venue_country not in exclude
                and not p.foreign and p.title and not _is_leader(p.title) and _also_attended(p)):
            # "The meeting was also attended by Deputy Speaker X": someone who joins talks
            # held at the venue, with no side or company named, is the host's
            p.country, p.country_cue = venue_country, "main country of the event"
            continue
        if p.foreign:
            choice = next((c for c in options if c != home and c not in held), None)
            choice = choice or next((c for c in options if c != home), None)
        elif p.title and not _is_leader(p.title) and (unnamed := [
                c for c in options if c not in named and c in main[:2]]) and (
                len(unnamed) < len(options)):
            # an official with no state beside others whose state the text writes out
            # ("Brazilian Presidential Advisor X", "Y of the Republic of Korea"): a release
            # writes out the guest's state, seldom its own, so this is the other side
            choice = home if home in unnamed else unnamed[0]
        elif p.title and not _is_leader(p.title) and home in options and home not in written:
            # an official below the leaders, with no state named: the release's own side,
            # which it seldom names (a guest's ministers come with their state or company);
            # (a "home" held by someone named as guests are, "President X of Ukraine", is not)
            choice = home
        else:
            choice = next((c for c in options if c not in held), None)
            if choice is None and filed_from and filed_from not in countries.states() and (
                    filed_from not in exclude and filed_from not in p.not_countries):
                # every state the text names is held already ("Astana, 2 May. The
                # President received the ambassadors of A, B and C"): the state the release
                # files from and never names is this one's
                choice = filed_from
                if filed_from not in main:
                    main.append(filed_from)
            if choice is None and options and not ((not p.title or _is_leader(p.title)) and any(
                    q.country == options[0] and q.title and _is_leader(q.title)
                    and not (p.title and _head(q.title) != _head(p.title)
                             and options[0] not in named)
                    for q in people if q is not p)):
                # a delegation member of the leading side; a leader of another office too
                # when every state named is held already and the leading one is written
                # beside no one (as a guest's would be): "together with the Speaker and
                # Prime Minister X", beside the President, when others are only spoken about
                choice = options[0]
        if choice is None and options == main[:1] and len(main) == 1 and not named and (
                countries.states() == {main[0]}):
            # one state in the whole text, written beside nobody (as a guest's would be): a
            # domestic event's every side
            choice = main[0]
        if choice:
            p.country, p.country_cue = choice, "main country of the event"
            held.add(choice)
            placed_since = True
    for p in people:  # "The President was accompanied by X": X goes with the President
        if not p.country and p.companion is not None and p.companion.country:
            p.country, p.country_cue = p.companion.country, "company: accompanying"
    stranded = [p for p in people if not p.country and not p.non_state]
    if stranded and not main and venue_country and venue_country not in exclude:
        # a text that names no state at all, held in a city of one ("Chief Executive X met
        # the Party Secretary of Y at Government House", in Hong Kong): a domestic event of
        # the venue's state
        for p in stranded:
            if venue_country not in p.not_countries:
                p.country, p.country_cue = venue_country, "main country of the event"
        main.append(venue_country)
        stranded = []
    if stranded and (dated := _dateline_state(doc)) and dated not in main and (
            dated not in exclude):
        # a state the text never names but files from ("New Delhi, 2 May."): the release's
        # own side, whose officials it leaves without a state
        for p in stranded:
            if dated not in p.not_countries:
                p.country, p.country_cue = dated, "main country of the event"
        if any(p.country == dated for p in stranded):
            main.append(dated)
    if opener is not None and opener.country != filed_from and (
            own := _unwritten_own_state(opener, people, ranked, weights, exclude)) is not None:
        # "Foreign Minister X received a call from the Foreign Minister of Egypt, Y": an
        # issuer that never writes its own state beside its own officials writes out every
        # counterpart's; the official it opens on is not of theirs (unless the release files
        # from that state: "Kigali, 9 May - President X received ... Rwanda's Minister Y")
        opener.country = own
        if own not in main:
            main.append(own)
    for p in people:
        if not p.country and opener is not None and opener.country and p is not opener and any(
                m.cue == _PRESENT_AT_TALKS for m in p.mentions):
            # "A, B and C were present at the talks", untitled: the release's own side,
            # which it opens on, once its state is settled (the guest's aides come with
            # titles or not at all)
            p.country, p.country_cue = opener.country, "company: present, the opener's side"
    return main


# the words of an office that say its rank, kept apart from its portfolio
_RANK_WORDS = frozenset({"deputy", "vice", "state", "assistant", "under", "junior", "first",
                         "second", "acting", "senior", "principal", "chief", "parliamentary",
                         "permanent", "special", "executive", "general", "ambassador",
                         "secretary", "minister", "president", "prime", "premier",
                         "chancellor", "counsellor", "adviser", "advisor", "director",
                         "head", "chair", "chairman", "chairperson", "governor", "mayor",
                         "commissioner", "speaker", "spokesman", "spokesperson", "envoy"})
_OFFICE_FILLER = frozenset({"of", "for", "the", "and", "affairs", "ministry", "to", "in",
                            "&", "on"})


def _office_parts(title: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A title's rank words in order and its portfolio words, without states or demonyms:
    "Minister for Foreign Affairs of Italy", "Foreign Affairs Minister" and "Foreign
    Minister" are all ("minister",), {"foreign"}."""
    rank: list[str] = []
    portfolio: set[str] = set()
    for w in re.findall(r"[\w'’&-]+", title):
        low = w.lower()
        if low in _OFFICE_FILLER or geo.canonical_country(w):
            continue
        for part in low.split("-"):
            if part in _RANK_WORDS:
                rank.append(part)
            elif part:
                portfolio.add(part)
    return tuple(rank), frozenset(portfolio)


_CABINET_RANKS = frozenset({("minister",), ("secretary",)})
_FOREIGN = frozenset({"foreign", "external"})


def _same_office(a: str, b: str) -> bool:
    """Whether two titles are one state office: the same rank and one portfolio within the
    other (neither empty: a bare "Minister" may hold any), or the same leader's office."""
    ra, pa = _office_parts(a)
    rb, pb = _office_parts(b)
    if {ra, rb} <= _CABINET_RANKS and pa & _FOREIGN and pb & _FOREIGN:
        return True  # "Secretary for Foreign Affairs" and "Minister of Foreign Affairs of
        # Norway": one office under two states' names for it
    if not ra or ra != rb:
        return False
    if not pa and not pb:
        return ra in (("president",), ("prime", "minister"), ("premier",), ("chancellor",))
    return bool(pa and pb and (pa <= pb or pb <= pa))


def _rival_states(p: Person, people: list[Person]) -> set[str]:
    """States of others who hold p's office, placed by what the text writes (a state beside
    them, a known official, their company), not by a guess."""
    if not p.title or p.non_state:
        return set()
    return {q.country for q in people if q is not p and q.country and q.title
            and not q.non_state and q.country_cue
            and not q.country_cue.startswith(("main country", "met during"))
            and _same_office(p.title, q.title)}


def _own_sentences_state(p: Person, countries: geo.CountryIndex, not_these: set[str]
                         ) -> str | None:
    """The one state named in the sentences that name p, other than ``not_these`` ("Minister
    X stressed Slovenia's commitment"): where the text names no other side, a holder's own
    words name theirs."""
    found: set[str] = set()
    for m in p.mentions:
        found |= {c.country for c in countries.within(m.sentence.start, m.sentence.end)}
    found -= not_these | p.not_countries
    return next(iter(found)) if len(found) == 1 else None


# between two people of a pair: a comma or "and" (and a "by" or "with" that both share), no
# clause boundary and no third person's name
_PAIR_GAP = re.compile(r"^,?\s*(?:and|as\s+well\s+as)\s+(?:(?:by|with)\s+)?(?:the\s+)?"
                       r"[^.;:()\d]{0,60}$")


# the same, with the first one's office in apposition between them
_PAIR_GAP_TITLED = re.compile(r"^,\s*(?:the\s+)?[A-Z][^,;.:()\d]{2,80}?,\s*"
                              r"(?:and|as\s+well\s+as)\s+(?:(?:by|with)\s+)?(?:the\s+)?[^.;:()\d]{0,60}$")


_OF_BOTH = r"\bof\s+(?:the\s+two|both)\s+(?:countries|states|sides|nations|governments),\s*"
_FIRST_OF_BOTH = re.compile(_OF_BOTH + "$")
_SECOND_OF_BOTH = re.compile(_OF_BOTH + r"[^,;.()]{3,60}?,?\s+and\s+$")


def _pair_order(p: Person) -> int | None:
    """0 or 1 for the first or second of "the <officials> of the two countries, A and B",
    None elsewhere (the pair is named in the order of the release's own states)."""
    if any(m.country for m in p.mentions):
        return None
    for m in p.mentions:
        before = m.sentence.text[max(0, m.start - m.sentence.start - 120):
                                 m.start - m.sentence.start]
        if _FIRST_OF_BOTH.search(before):
            return 0
        if _SECOND_OF_BOTH.search(before):
            return 1
    return None


def _marked_counterpart(p: Person, people: list[Person]) -> str | None:
    """The state of the other one of a pair in which only that other one has their state
    written beside them: a leader in the sentence with another leader named with a state,
    or an official followed by "and (by) the <demonym> Minister ...". None if p's own state
    is written anywhere, or the pair is of one state."""
    if any(m.country for m in p.mentions) or not p.title:
        return None
    leader = _is_leader(p.title)
    for m in p.mentions:
        for q in people:
            if q is p or not q.country or q.non_state or not q.title:
                continue
            if _is_leader(q.title) != leader:
                continue
            for mq in q.mentions:
                if mq.sentence.index != m.sentence.index or mq.country != q.country:
                    continue
                if leader or (mq.start > m.end and _PAIR_GAP.match(
                        m.sentence.text[m.end - m.sentence.start:mq.start - m.sentence.start])):
                    return q.country
                if mq.start > m.end and _PAIR_GAP_TITLED.match(
                        m.sentence.text[m.end - m.sentence.start:mq.start - m.sentence.start]
                ) and not any(o is not p and o is not q and m.end < om.start < mq.start
                              for o in people for om in o.mentions):
                    # "exchanged by A, Minister of Defence, and B, Deputy Minister of
                    # Defence of X": each with an office in apposition, only B's state written
                    return q.country
    return None


def participants(people: list[Person]) -> list[Person]:
    """People who take part: named with a title or as an actor, not only referred to."""
    out = []
    organisations = []
    for p in people:
        if any(m.former for m in p.mentions) or not any(m.participating for m in p.mentions):
            continue
        if p.non_state:
            if p.title and (any(m.sentence.index < LEAD and m.title for m in p.mentions)
                            or _signed_by(p) or _took_part(p)):
                organisations.append(p)
            continue
        if (spouse := _spouse(p)) is not None:
            if spouse:
                out.append(p)  # "accompanied by his wife X": a member of the delegation
            continue
        if _only_possessive(p):
            continue  # "President X's remarks": spoken about, never acting
        if _reports_only(p):
            continue  # "Ambassador X, the Spokesman, said ...": tells of the event
        acts = [m for m in p.mentions if m.subject]
        leads = any(m.sentence.index < LEAD and m.cue == "name + verb" and _PERSON_VERB.match(
            m.sentence.text, m.end - m.sentence.start) for m in acts)
        known = is_known_official(p.name) and any(
            m.sentence.index < LEAD and m.participating and (m.subject or _PARTNER_BEFORE.search(
                m.sentence.text[:m.start - m.sentence.start])) for m in p.mentions)
        counterpart = any(m.cue == "counterpart + name" for m in p.mentions)
        # "accompanied by Archbishop X (and Mr Y)": named as a member of the party
        company = any(m.participating and (_COMPANY_BEFORE.search(
            m.sentence.text[max(0, m.start - m.sentence.start - 120):m.start - m.sentence.start])
            or _in_company_list(m.sentence.text[:m.start - m.sentence.start])
            or _ATTENDANCE_BEFORE.search(m.sentence.text, max(0, m.start - m.sentence.start - 160),
                                         m.start - m.sentence.start))
            for m in p.mentions)
        # "X met with Y in Accra": the one a lead's actor meets, named without a title (not
        # "met with Northwind Capital CEO Z": a body's name before its official's title)
        met = any(m.sentence.index < LEAD and m.participating
                  and m.cue in {"name + verb", "courtesy + name"}
                  and (_MET_BEFORE.search(_COURTESY_BEFORE.sub(
                      "", m.sentence.text[:m.start - m.sentence.start]))
                       or _met_listed(p, people, m))
                  and not re.match(r"\s+[A-Z]", m.sentence.text[m.end - m.sentence.start:])
                  and any(mq.subject and mq.sentence is m.sentence and q is not p
                          for q in people for mq in q.mentions) for m in p.mentions)
        # "H.E. Mr. X", "H.H. Sheikh Y": styled as an Excellency or a Highness, an official
        styled = any(m.participating and m.cue.startswith("courtesy") and _EXCELLENCY.search(
            m.sentence.text, max(0, m.start - m.sentence.start - 40), m.start - m.sentence.start)
            for m in p.mentions)
        # "A, B and C were present at the talks": named as attending (GUIDELINES)
        present = any(m.participating and m.cue == _PRESENT_AT_TALKS for m in p.mentions)
        if not p.title and not ((len(p.mentions) >= 2 and acts) or leads or known
                                or counterpart or company or met or styled or present):
            continue  # an untitled name must act in the lead, or recur and act, to count
        out.append(p)
    # an organisation's official is the counterpart when one state's officials meet them
    # ("... met with the High Representative of the European Union X"); beside officials
    # of several states (a forum's side meetings) the organisation's head is not a party
    if len(out) <= 1 and organisations:
        out.extend(organisations)  # (an EU-Canada summit: two EU presidents and one PM)
    else:
        # (beside several states, an organisation's official the event is held with:
        # "had a telephone conversation with President of the European Council X")
        out.extend(p for p in organisations if _met_in_lead(p) or _signed_by(p)
                   or _took_part(p))
    out.sort(key=lambda p: p.mentions[0].start)
    return out


def _met_listed(p: Person, people: list[Person], m: Mention) -> bool:
    """Whether m follows "and" right after another untitled person's mention who is the
    object of a verb of meeting ("welcomed X and Y"): the list's next member."""
    before = m.sentence.text[:m.start - m.sentence.start]
    if not re.search(r"\band\s+$", before):
        return False
    cut = before.rstrip()[:-3].rstrip()
    return any(q is not p and qm.sentence is m.sentence and not q.title
               and qm.end - m.sentence.start == len(cut)
               and _MET_BEFORE.search(m.sentence.text[:qm.start - m.sentence.start])
               for q in people for qm in q.mentions)


_EXCELLENCY = re.compile(r"(?:\bH\.\s?[EH]\.?|\bH\.?[EH]\b\.?|\b(?:His|Her)\s+(?:Royal\s+)?"
                         r"(?:Excellency|Highness))\s+(?:(?:Mr|Mrs|Ms|Dr|Hon|Prof|Sheikh|Sheikha|"
                         r"Amb)\.?\s+){0,3}$")
# "the spouse of the Moldovan President, X", "the wife of the Prime Minister, X"
_SPOUSE_OF = re.compile(r"\b(?:[Ww]ife|[Hh]usband|[Ss]pouse|[Ww]idow)\s+of\s+(?:the\s+)?"
                        r"(?:[A-Z][\w'’-]*\s+){0,2}$")
# "Mrs X, wife of the President, accompanied him"
_SPOUSE_AFTER = re.compile(r"\s*,\s*(?:the\s+)?(?:wife|husband|spouse)\s+of\b")
_SPOUSE_OF_OFFICE = re.compile(r"\s*,\s*(?:the\s+)?(?:wife|husband|spouse)\s+of\s+the\s+"
                               r"((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})\b")
_SPOUSE_TITLE = re.compile(r"(?:wife|husband|spouse|widow)\s+of\b", re.I)


@functools.cache
def _spouse_cues() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """lexicons/participation.toml [spouse]: spouses' styles, the words "his wife X", and
    the cues that name a spouse as taking part."""
    data = load("participation")["spouse"]
    words = "|".join(data["words"])
    before = re.compile(rf"\b(?:(?:his|her|their)\s+(?:{words})|(?:{words})\s+of\b[^.;:]{{0,60}})"
                        r"\s*,?\s*(?:(?:Mrs|Ms|Mr|Dr|Prof|Professor|Madame|Mme|Madam)\.?\s+)?$",
                        re.I)
    cues = re.compile("|".join(f"(?:{c})" for c in data["cues"]), re.I)
    return frozenset(data["titles"]), before, cues


def _spouse(p: Person) -> bool | None:
    """None if the person is no leader's spouse; else whether a sentence names them as
    accompanying or attending (only those take part)."""
    styles, before, cues = _spouse_cues()
    spouse_mentions = [m for m in p.mentions if m.title and (
        _head(m.title) in styles or _SPOUSE_TITLE.match(m.title)) or before.search(
            m.sentence.text[max(0, m.start - m.sentence.start - 90):m.start - m.sentence.start])
        or _SPOUSE_AFTER.match(m.sentence.text, m.end - m.sentence.start)]
    if not spouse_mentions:
        return None
    return any(m.participating and not m.former and cues.search(m.sentence.text)
               for m in spouse_mentions)


def outside_names(countries: geo.CountryIndex, people: list[Person]) -> geo.CountryIndex:
    """The country mentions that are not words of a person's name ("Luís Montenegro",
    "Michael Jordan"): such a word names no state taking part."""
    spans = sorted((m.start, m.end) for p in people for m in p.mentions if " " in m.name)
    if not spans:
        return countries
    kept = []
    for c in countries.mentions:
        k = bisect.bisect_right(spans, (c.start, len(countries.text) + 1)) - 1
        if k >= 0 and spans[k][0] <= c.start and c.end <= spans[k][1]:
            continue
        kept.append(c)
    if len(kept) == len(countries.mentions):
        return countries
    return geo.CountryIndex(countries.text, tuple(kept))


def spouses_placed(people: list[Person]) -> None:
    """A spouse named by the word alone ("Premier X, his wife Y") shares the state of the
    one named just before in the same sentence: the leader "his" stands for (a later "to
    Australia" is where the couple travel, not whose they are)."""
    _, before, _ = _spouse_cues()
    for p in people:
        if p.title or any(m.country for m in p.mentions):
            continue
        for m in p.mentions:
            office = _SPOUSE_OF_OFFICE.match(m.sentence.text, m.end - m.sentence.start)
            if office and (state := _one_holder(people, office[1])):
                p.country, p.country_cue = state, "spouse of the office's holder"
                break  # "Mrs X, wife of the President, ...": the one President's state
            if not before.search(m.sentence.text[max(0, m.start - m.sentence.start - 90):
                                                 m.start - m.sentence.start]):
                continue
            prior = [(q.start, person) for person in people if person is not p and person.country
                     for q in person.mentions
                     if q.sentence is m.sentence and q.end <= m.start]
            if prior:
                p.country = max(prior, key=lambda t: t[0])[1].country
                p.country_cue = "spouse of the one named before"
                break


# what only a person does in a lead ("X met", "X held talks", "X said"): an untitled name
# named once acts as a person only so ("Team Europe welcomed", "Goldman Sachs signed", "Masdar
# City hosted" are bodies and places)
_PERSON_VERB = re.compile(r"\s*,\s*who\b|(?:\s+and\s+[^.;:]{0,80}?)?\s+(?:(?:has|have|had|also|"
                          r"will|would)\s+)*(?:met|meets|meet|held|holds|hold|had|spoke|speaks|"
                          r"visited|visits|visit|arrived|arrives|paid|pays|called|calls|thanked|"
                          r"thanks|congratulated|told|informed|briefed|received|receives|said|"
                          r"says|noted|stressed|travell?ed|travel|attended|attend|took\s+part|"
                          r"take\s+part)\b")


# the event's own object ("talks with", "received"), not one more name in a list ("and")
_HELD_WITH = re.compile(r"\b(?:with|received|met|welcomed|hosted|participation\s+of)\s+"
                        r"(?:the\s+)?$")


# "The agreement was exchanged by X, Founder of Y, and ...": a document's signatories
# count whoever they represent (GUIDELINES), a company's head too
_SIGNED_BY_ANYONE = re.compile(r"\b(?:signed|exchanged|initialled|initialed|inked)\s+"
                               r"(?:\w+\s+){0,3}?by\b(?!.*\b(?:in|on)\s+(?:19|20)\d\d\b)")


# "between" right before the first of a pair, past its office ("talks between Prime Minister A
# and B"): the two are the event's two sides
_BETWEEN_PAIR = re.compile(r"\b[Bb]etween\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$")


def _signed_by(p: Person) -> bool:
    return any(m.participating
               and _SIGNED_BY_ANYONE.search(m.sentence.text[:m.start - m.sentence.start])
               for m in p.mentions)


_SPOKESPERSON = re.compile(r"\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+(?:[Ss]ecretary|"
                           r"[Cc]hief|[Oo]fficer)|"
                           # a leader's or minister's media aide, who issues the release
                           # ("Special Adviser to the President on Media and Publicity X")
                           r"(?:on|for)\s+Media\b|Media\s+(?:and\s+)?(?:Publicity|Relations)|"
                           # ("Special Assistant to the President for Press and Public
                           # Relations X", "Director of Communications X")
                           r"(?:on|for)\s+(?:Press|Communications?|Public\s+Relations)\b|"
                           r"(?:Director|Head|Chief)\s+of\s+(?:Press|Communications?|Media)"
                           r"(?:\s+and\s+[A-Z]\w+)*(?=\s*$|\s+(?:at|of|for|to)\b))\b")
# "X, the Spokesman for the Presidency, said": the office in apposition after the name
_SPOKESPERSON_AFTER = re.compile(r",\s+(?:the\s+)?(?:\w+\s+)?(?:[Ss]pokes(?:man|woman|person)|"
                                 r"Press\s+Secretary)\b|"
                                 # ("X, the Special Assistant to the President on Media,")
                                 r",\s+(?:the\s+)?[A-Z][^,;.()]{0,60}?\s(?:on|for)\s+Media\b")


# "the Minister of Defence, Mr X, the Government Spokesman, Mr Y": a spokesman's office
# followed by its own holder's name belongs to that next person, not to X (who has an office)
_NEXT_HOLDER = re.compile(r"[^,;.()]{0,40},\s+(?:(?:Mr|Mrs|Ms|Dr|Hon|H\.E)\.?\s+)?[A-Z]")


def _reports_only(p: Person) -> bool:
    """A spokesperson or press secretary who reports the event, not a party to it (unless
    a sentence names them among those who attend: "attended by ..., and X, Government
    Spokesman")."""
    spokes = (p.title and _SPOKESPERSON.search(p.title)) or any(
        (after := _SPOKESPERSON_AFTER.match(m.sentence.text, m.end - m.sentence.start))
        and not (m.title and _NEXT_HOLDER.match(m.sentence.text, after.end()))
        for m in p.mentions)
    if not spokes:
        return False
    _, _, attends = _spouse_cues()
    return not any(m.participating and attends.search(m.sentence.text[:m.start - m.sentence.start])
                   for m in p.mentions)


_COMPANY_BEFORE = re.compile(
    r"\b(?:accompanied\s+by|joined\s+by)\s+(?:(?:his|her|their)\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}"
    r"(?:(?:,\s*|\s*\band\s+)(?:[A-Z][\w.'’-]*\s+){1,5})*(?:,\s*and\s+|,\s*|\s*\band\s+)?$")


# the words that open a list of the people who come with a leader or make up a delegation
_COMPANY_CUE = re.compile(r"\b(?:accompanied\s+by|joined\s+by|(?:delegation|entourage)\s+"
                          r"(?:(?:that|which)\s+)?(?:including|includes|included|comprising|"
                          r"comprises|comprised|consisting\s+of|consisted\s+of|made\s+up\s+of))"
                          r"\s+", re.I)
_ABBREVIATION_DOT = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.")
# words that leave a list of names for a clause of its own
_LIST_LEAVERS = frozenset({"who", "which", "that", "said", "says", "was", "were", "is", "are",
                           "has", "have", "had", "will", "would", "met", "meets", "held",
                           "discussed", "visited", "arrived", "signed", "during", "after",
                           "before", "when", "while", "where", "to", "at", "in", "on"})


def _in_company_list(before: str) -> bool:
    """Whether a mention stands in the list that follows "accompanied by", "joined by" or
    "a delegation including" in its sentence ("accompanied by the Minister of Trade, Dr X,
    Mr Y, Chief Z of W and ...", "a delegation including former ministers Sir X, Sir Y"):
    every listed member comes with the party, whatever their office's wording."""
    tail = before[-300:]
    cues = list(_COMPANY_CUE.finditer(tail))
    if not cues:
        return False
    cue = cues[-1]
    stretch = _ABBREVIATION_DOT.sub(" ", tail[cue.end():])
    if re.search(r"[.;:!?()\n]", stretch):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", stretch)
    return not any(w in _LIST_LEAVERS for w in words) and (
        not stretch.strip() or stretch.rstrip().endswith((",", "and")) or bool(
            re.search(r"[A-Z][\w'’-]*\s*$", stretch)))


# "Also in attendance were the Argentine Secretary for Strategic Affairs, X, and Y": a list
# of those present, whose untitled members take part as the titled ones do
_ATTENDANCE_BEFORE = re.compile(
    r"\b(?:in\s+attendance\s+(?:were|was)|(?:was|were)\s+(?:also\s+)?attended\s+by|"
    r"present\s+(?:(?:at|during|in)\s+(?:the\s+)?[\w -]{0,40}?\s+)?(?:were|was)(?:\s+also)?|"
    r"attendees\s+(?:were|included))\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|of|for|the|and),?\s+){0,16}$")


# "X, who also took part in the meeting (via video call), stressed": said to take part
_TOOK_PART_AFTER = re.compile(r"(?:\s+and\s+[^.;:,]{0,80}?)?\s*,?\s*(?:who\s+)?"
                              r"(?:(?:also|has|had|have)\s+){0,2}(?:took\s+part|participated|"
                              r"attended|joined)\b")


def _took_part(p: Person) -> bool:
    """Whether a mention says the person took part, attended or joined (an organisation's
    official named after the lead takes part only so)."""
    return any(m.participating and not m.former and _TOOK_PART_AFTER.match(
        m.sentence.text, m.end - m.sentence.start) for m in p.mentions)


def _met_in_lead(p: Person) -> bool:
    """Named in the headline, or in the lead as the one the event is held with."""
    for m in p.mentions:
        if m.headline and m.participating:
            return True
        before = m.sentence.text[:m.start - m.sentence.start]
        cut = before.rfind(m.title) if m.title else -1
        before = before[:cut] if cut >= 0 else before
        if m.sentence.index < LEAD and m.participating and (m.subject or _HELD_WITH.search(
                before.rstrip() + " ") or _HELD_WITH.search(_LIST_BEFORE.sub("", before))):
            # (or a later member of the list it is held with: "met with X and Y")
            return True  # (or the one who holds it: "The President of the Commission met X")
    return False


def _only_possessive(p: Person) -> bool:
    """Every mention is a possessive outside the headline ("President X's plan"), and none
    acts: the release speaks of the person's plans or conduct, not of them taking part."""
    for m in p.mentions:
        if m.sentence.index == 0 or m.subject:
            return False
        after = m.sentence.text[m.end - m.sentence.start:m.end - m.sentence.start + 2]
        if after not in ("'s", "’s"):
            return False
        if m.participating and m.sentence.index < LEAD and _DURING_BEFORE.search(
                m.sentence.text[:m.start - m.sentence.start]) and _VISIT_AFTER.match(
                m.sentence.text, m.end - m.sentence.start):
            return False  # "on the occasion of President X's state visit": the visitor
    return True


_DURING_BEFORE = re.compile(r"\b(?:[Oo]n\s+the\s+occasion\s+of|[Dd]uring|[Ii]n\s+the\s+course\s+of|"
                            r"[Ww]ithin\s+the\s+framework\s+of|[Aa]s\s+part\s+of)\s+"
                            r"(?:the\s+)?[^.;,]{0,40}$")
_VISIT_AFTER = re.compile(r"['’]s\s+(?:(?:first|historic|two-day|three-day|ongoing|current)\s+)?"
                          r"(?:(?:state|official|working)\s+)?visit\b(?!s)")


_MET_WITH = re.compile(r"\b(?<!together )(?:(?:met|meeting|talks|consultations|discussions)"
                       r"\s+with|(?:will\s+)?(?:also\s+)?(?:meet|call\s+on)(?:\s+with)?|"
                       # "the Foreign Secretary met Deputy Minister X"; "He was met on arrival
                       # at the airport by Minister Y", "was welcomed by": the hosts
                       r"(?<!\bwho\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)met|"
                       r"(?:was|were)\s+(?:also\s+)?(?:met|welcomed|received|greeted)"
                       r"(?:\s+(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival)?"
                       r"(?:\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+by)"
                       # (or a later member of the list met: "will meet with Prime Minister X;
                       # Minister of Industry, Y; and ...")
                       r"(?:\s+[^.:()]{0,300}?(?:[,;]|\band\b))?\s+(?:the\s+)?$")


def _state_heading_before(p: Person, doc: Doc, countries: geo.CountryIndex) -> str | None:
    """The state a one-word sentence names ("Slovakia.") when p's first mention follows it
    within three sentences, with no other such heading between."""
    m = next((m for m in p.mentions if m.participating), None)
    if m is None:
        return None
    for k in range(m.sentence.index - 1, max(-1, m.sentence.index - 4), -1):
        s = doc.sentences[k]
        found = countries.within(s.start, s.end)
        if len(found) == 1 and not found[0].demonym and not s.text[
                :found[0].start - s.start].strip() and s.text[
                found[0].end - s.start:].strip() in {".", "!", ""} and k > 0:
            return found[0].country
    return None


# a stop of a trip, then a meeting there in the same sentence ("visit Berlin to meet",
# "While in Turkey I will meet with"), up to the person (or a list they close)
_STOP_THEN_MEET = re.compile(
    r"\b(?:visit(?:s|ing)?|[Ii]n|arrive\s+in|travel\s+to)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"[^.;:]{0,80}?\b(?:meet(?:s|ing)?(?:\s+with)?|meetings?\s+with|talks\s+with)\s+"
    r"[^.;:]{0,100}$")


def _destination_met(p: Person) -> str | None:
    """The state of the one place a sentence says a visitor goes to before meeting p there
    (a city or a state), or None."""
    for m in p.mentions:
        if not m.participating:
            continue
        before = m.sentence.text[:m.start - m.sentence.start]
        hits = list(_STOP_THEN_MEET.finditer(before[-300:]))
        states = set()
        for hit in hits:
            words = hit.group("place").split()
            state = None
            for k in range(len(words), 0, -1):
                place = " ".join(words[:k])
                state = geo.city_country(place) or geo.canonical_country(place)
                if state:
                    break
            if state:
                states.add(state)
        if len(states) == 1:
            return next(iter(states))
    return None


def _met_there(p: Person) -> bool:
    """Whether the person is someone a visitor "met with" (by name or by their title)."""
    for m in p.mentions:
        before = m.sentence.text[:m.start - m.sentence.start]
        cut = before.rfind(m.title, max(0, len(before) - len(m.title) - 40)) if m.title else -1
        if cut >= 0:  # (also past an apposition: "the Leader of the Opposition, the Hon X")
            before = before[:cut]
        if _MET_WITH.search(before):
            return True
    return False


_CALLED_ON = re.compile(r"\b(?:called|calls|call|calling)\s+on\s+(?:the\s+)?$")


@functools.cache
def _styles_at_end() -> re.Pattern[str]:
    """Courtesy words and styles ending a text ("... called on Lyonchhen Dasho "), from the
    lexicon's honorifics."""
    words = sorted(load("titles")["honorifics"], key=len, reverse=True)
    return re.compile(r"(?:\b(?:" + "|".join(re.escape(w.rstrip(".")) for w in words)
                      + r")\.?\s+)+$")


def _called_on(p: Person) -> bool:
    """Whether a guest "called on" the person (by title and name): one of the hosts."""
    for m in p.mentions:
        before = m.sentence.text[:m.start - m.sentence.start]
        if m.title and before.endswith(m.title + " "):
            before = before[:-len(m.title) - 1]
        before = _styles_at_end().sub("", before)
        if _CALLED_ON.search(before):
            return True
    return False


# "talks with X", "received X": the object of the event's verb takes part in it
_MET_BEFORE = re.compile(r"\b(?:met|met\s+with|held\s+talks\s+with|received|welcomed|"
                         r"hosted)\s+$")
_PARTNER_BEFORE = re.compile(r"\b(?:with|between|and|received|met|welcomed|hosted)\s+$")


def _is_leader(title: str) -> bool:
    """Heads of state or government: a state sends one of them to a bilateral event."""
    return _head(title) in _lex().leader_heads


@functools.lru_cache(maxsize=512)
def _head(title: str) -> str:
    """The head of a title without its complement or modifiers of origin (remembered by
    the title's text: the people stages ask it of every pair of titles they compare)."""
    core = re.split(r"\s+(?:of|for|to)\s+", title, maxsplit=1)[0]
    words = [w for w in core.split() if w not in {"the", "The"} and not geo.canonical_country(w)]
    head = " ".join(words)
    # ("PM X" and "the Prime Minister" hold one office: "Nepal's PM X" takes the description
    # "Nepal's Prime Minister", and the other premier is not left to take it)
    return _ABBREVIATED_OFFICES.get(head, head)


_SECOND_OFFICE = re.compile(r"^(?:(?:First\s+)?(?:Deputy|Vice)[\s-]+)(?:Prime\s+Minister|Premier|"
                            r"President)\s+and\s+(?=Minister\b|Foreign\s+Minister\b)")


_SENT_FROM = re.compile(r"\b(?:from|on\s+behalf\s+of)\s+(?:the\s+)?$")


def place_by_description(people: list[Person], descriptions: list[Mention],
                         referenced: list[Person] | None = None) -> None:
    """"President Joko Widodo" ... "the President of Indonesia": when exactly one person
    without a country holds that title, the description gives them its state (unless
    someone spoken about holds that office of that state: "the U.S. President" is then
    theirs)."""
    for d in descriptions:
        if not (d.title and d.country):
            continue
        if _SENT_FROM.search(d.sentence.text, 0, max(0, d.start - d.sentence.start)):
            continue  # "an invitation from the Prime Minister of India": a sender, not
            # the one here who holds the same office (the host "Prime Minister X")
        if d.sentence.index == 0 and any(p.country == d.country for p in people):
            continue  # a headline's "Receives Kenyan Foreign Minister": the guest the body
            # names with his state ("Cabinet Secretary for Foreign Affairs of Kenya"), not
            # the host's own unplaced "Foreign Minister"
        head = _head(d.title)
        pool = [p for p in people if not p.country and p.title and _head(p.title) == head
                and not p.non_state and _same_portfolio(p.title, d.title)
                and _of_state_only(d.title) == _of_state_only(p.title)]
        taken = any(p.country == d.country and p.title and _head(p.title) == head
                    for p in (*people, *(referenced or ())))
        if len(pool) == 1 and not taken:
            pool[0].country, pool[0].country_cue = d.country, f"coreference: '{d.title}'"
        elif not pool and not taken and head in _lex().leader_heads and len(
                bare := [p for p in people if not p.country and not p.title
                         and not p.non_state]) == 1 and not any(
                p.title and _head(p.title) == head and p.country in (None, d.country)
                and not p.non_state for p in people):
            # "X had a telephone conversation with ...", later "the President of Russia":
            # the one participant the text names with no office and no state holds it
            # (how an issuer writes its own leader, known or not to our lexicon)
            bare[0].country, bare[0].country_cue = d.country, f"coreference: '{d.title}'"
            bare[0].title = _office(_bare(d.title))


def _of_state_only(title: str) -> bool:
    """Whether a title's complement is a state and nothing more ("President of the Republic
    of Korea"), or there is none, not a body ("President of the Norwegian Storting", "of
    the European Council"): a state's "President" is no body's, and the other way round."""
    parts = re.split(r"\s+(?:of|for)\s+", title, maxsplit=1)
    if len(parts) < 2:
        return True
    comp = parts[1].strip()
    found = geo.country_mentions(comp)
    return len(found) == 1 and not found[0].demonym and found[0].end == len(comp) and (
        comp[:found[0].start].strip() in {"", "the", "The"})


def _portfolio(title: str) -> set[str]:
    """The capitalised words of a title's complement, without states ("Minister of Justice
    of Norway" -> {"Justice"})."""
    parts = re.split(r"\s+(?:of|for)\s+", title, maxsplit=1)
    if len(parts) < 2:
        return set()
    return {w for w in re.findall(r"[A-Z][\w'’-]*", parts[1])
            if w != "The" and not geo.canonical_country(w)}


def _same_portfolio(a: str, b: str) -> bool:
    """Whether two titles of one head may be one office: no complement on one side, or one
    complement's words within the other's ("Minister of Security" is no "Minister of
    Justice")."""
    pa, pb = _portfolio(a), _portfolio(b)
    return not pa or not pb or pa <= pb or pb <= pa


# "Visit of the President of X to India": the destination is no part of a leader's office
_DESTINATION = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?[A-Z][^,;()]*$")


def _office(title: str) -> str:
    """A leader's title without the destination a headline adds to it."""
    return _DESTINATION.sub("", title) if _is_leader(title) else title


def _bare(title: str) -> str:
    return title[4:] if title[:4] in ("the ", "The ") else title


def resolve_descriptions(people: list[Person], descriptions: list[Mention]) -> None:
    """Attach "the Indian Prime Minister", "the President of Ukraine" to the one
    participant of that state (and title), giving an untitled person the title."""
    for d in descriptions:
        if not d.title:
            continue
        head = _head(d.title)
        if d.country:
            pool = [p for p in people if p.country == d.country]
        else:
            pool = [p for p in people if p.title and _head(p.title) == head]
        if len(pool) > 1:
            pool = [p for p in pool if p.title and _head(p.title) == head] or pool
        if len(pool) != 1:
            continue
        person = pool[0]
        if (person.title and head and _head(person.title) != head
                and head not in _lex().leader_nouns):
            continue  # "the President of India" is not India's foreign minister
        d.name = person.name
        rel = d.start - d.sentence.start
        d.cue = f"coreference: '{d.sentence.text[rel:rel + d.end - d.start]}'"
        person.mentions.append(d)
        if not person.title and head and head not in _lex().leader_nouns:
            # "his Lithuanian counterpart, X", then "the President of the Republic of
            # Lithuania": the office as the release writes it out (a bare head when the
            # description names no more)
            full = _office(_bare(d.title))
            person.title = full if _head(full) == head else head
        elif person.title and _fuller_title(full := _office(_bare(d.title)), person.title):
            person.title = full  # "President X", then "the President of Korea"


# offices a headline or a caption abbreviates ("PM X", "Tanzanian Pres Y"): the office they
# stand for, which a release's body writes in full
_ABBREVIATED_OFFICES = {"PM": "Prime Minister", "FM": "Foreign Minister", "Pres": "President",
                        "Amb": "Ambassador", "Sen": "Senator", "Gov": "Governor",
                        "DPM": "Deputy Prime Minister", "DFM": "Deputy Foreign Minister"}


def titles_from_counterparts(people: list[Person]) -> None:
    """"X held talks with his Norwegian counterpart Y": an untitled Y holds X's office (the
    nearest titled mention before Y in the sentence, a description such as "the PM" too),
    without X's state ("President of Kenya" gives "President")."""
    for p in people:
        if p.title:
            continue
        for m in p.mentions:
            if m.cue != "counterpart + name":
                continue
            nouns = {n.lower() for n in _lex().leader_nouns}
            # ("the Vietnamese leader had talks with his Norwegian counterpart Y": a leader
            # noun stands for the office X holds, which Y holds too)
            before = [(mq.start, q.title if q.title and _bare(mq.title).lower() in nouns
                       else mq.title) for q in people if q is not p for mq in q.mentions
                      if mq.title and mq.sentence.index == m.sentence.index
                      and mq.start < m.start]
            if not before:
                # "X, along with his Dutch counterpart Y": X named without a title here
                before = [(mq.start, q.title) for q in people if q is not p and q.title
                          for mq in q.mentions if mq.sentence.index == m.sentence.index
                          and mq.start < m.start]
            if not before:
                continue
            title = _bare(max(before)[1])
            # ("Deputy Prime Minister and Foreign Minister X ... his counterpart Y": the
            # counterpart of the portfolio, the office after the deputy head's)
            title = _SECOND_OFFICE.sub("", title)
            title = _ABBREVIATED_OFFICES.get(title, title)
            state = geo.country_mentions(title)
            if state and state[-1].end == len(title):
                title = re.sub(r"\s+of\s+(?:the\s+)?$", "", title[:state[-1].start])
            if title:
                p.title = title
            break
    for p in people:
        if p.title in _ABBREVIATED_OFFICES:
            # "PM X", "Pres Y" written nowhere in full: the office they stand for
            p.title = _ABBREVIATED_OFFICES[p.title]


# "the two Presidents", "both Prime Ministers": the untitled side holds the same office
# (a federal cabinet's "Union Minister for X", as Myanmar and India write it, is a state's)
_MINISTER_OF = re.compile(r"(?:(?:First|Deputy|Vice|State|Junior|Union)[\s-]+)*Minister\s+"
                          r"(?:of|for)\s")
_VICE_PRESIDENT = re.compile(r"(?:(?:First|Second|Third)\s+)?(?:Deputy|Vice)[\s-]+President")
_DEPUTY_HEAD = re.compile(r"(?:First\s+)?(?:Deputy|Vice)[\s-]+(?:Prime\s+Minister|Premier)")
_PLURAL_TITLE = re.compile(r"\b(?:the\s+two|both|the)\s+(Presidents|Prime\s+Ministers|"
                           r"Foreign\s+Ministers|Chancellors|Premiers|Kings|Emirs)\b", re.I)


def titles_from_plural(people: list[Person], doc: Doc) -> None:
    """One untitled participant beside leaders of one office, when the release speaks of
    "the two Presidents": that office is the untitled one's title too."""
    untitled = [p for p in people if not p.title]
    titled = [p for p in people if p.title]
    if len(untitled) != 1 or not titled:
        return
    m = _PLURAL_TITLE.search(doc.text)
    if not m:
        return
    office = " ".join(m.group(1).split())[:-1].title()  # "Presidents" -> "President"
    heads = [_head(p.title or "").lower() for p in titled]
    if office.lower() in heads and all(h == office.lower() for p, h in zip(titled, heads,
                                                                           strict=True)
                                       if _is_leader(p.title or "")):
        untitled[0].title = office


_CREDENTIALS = Screened(re.compile(
    r"\b(?:letters?\s+of\s+credence|credentials)\b", re.I))


def titles_from_credentials(people: list[Person], doc: Doc) -> None:
    """A release about envoys presenting their credentials ("received letters of credence of
    the following envoys: H.E. Mr. X – Tunisia"): the untitled guests, each of another state
    than the host who receives them, are ambassadors."""
    if not _CREDENTIALS.search(doc.text[:3000]):
        return
    hosts = {p.country for p in people if p.title and _is_leader(p.title) and p.country}
    for p in people:
        if not p.title and p.country and not p.non_state and p.country not in hosts:
            p.title = "Ambassador"


def add_surname_mentions(people: list[Person], doc: Doc, limit: int = 20) -> None:
    """Later mentions by surname alone ("Wong said ...") join the person's evidence."""
    for p in people:
        words = p.name.replace(",", " ").split()
        words = [w for w in words if w.rstrip(".") not in {"Jr", "Sr"}]
        if not words:
            continue
        surname = words[-1]
        covered = [(m.start, m.end) for m in p.mentions]
        added = 0
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", doc.text):
            if added >= limit:
                break
            if any(a <= m.start() < b for a, b in covered):
                continue
            sentence = next((s for s in doc.sentences if s.start <= m.start() < s.end), None)
            if sentence is None:
                continue
            p.mentions.append(Mention(p.name, m.start(), m.end(), sentence,
                                      cue=f"coreference: surname '{surname}'"))
            added += 1
        p.mentions.sort(key=lambda m: m.start)


@dataclass(frozen=True)
class _Officials:
    by_name: dict[str, frozenset[str]]  # folded full name -> states
    by_surname: dict[str, frozenset[str]]  # folded surname -> states
    by_word: dict[str, frozenset[str]]  # any folded name word -> states
    titles: dict[str, str]  # folded full name -> office, for releases that write none


@functools.cache
def _officials() -> _Officials:
    """lexicons/officials.toml, folded for lookup (accents and case do not matter)."""
    data = load("officials")
    family_first = set(data.get("family_first", []))
    names: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    any_word: dict[str, set[str]] = {}
    for country, people in data["officials"].items():
        for name in people:
            words = _fold_words(name)
            if not words:
                continue
            names.setdefault(" ".join(words), set()).add(country)
            for w in words:
                any_word.setdefault(w, set()).add(country)
            plain = [w for w in words if w not in {"ii", "iii", "iv"}]  # "Abdullah II"
            shorts = {plain[-1], plain[0]} if country in family_first else {plain[-1]}
            for s in shorts:
                surnames.setdefault(s, set()).add(country)
    titles = {" ".join(_fold_words(k)): v for k, v in data.get("titles", {}).items()}
    return _Officials({k: frozenset(v) for k, v in names.items()},
                      {k: frozenset(v) for k, v in surnames.items()},
                      {k: frozenset(v) for k, v in any_word.items()}, titles)


def _fold_words(name: str) -> list[str]:
    """The words of a name without accents or case ("Tokayev", "Tokáyev"), suffixes dropped
    (a list of its own for each caller; the words are remembered by _folded_words)."""
    return list(_folded_words(name))


_NAME_WORD_CHARS = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1024)
def _folded_words(name: str) -> tuple[str, ...]:
    """_fold_words, remembered by the name's text: the people stages compare every pair of
    mentions by their folded words, so one release asks again and again about the same few
    names (a pure function of the characters)."""
    return tuple(w for w in _NAME_WORD_CHARS.findall(_fold(name)) if w not in {"jr", "sr"})


def is_known_official(name: str) -> bool:
    """Whether ``name`` is a head of state or government or a foreign minister in
    lexicons/officials.toml: a name that may follow a long title."""
    return " ".join(_fold_words(name)) in _officials().by_name


def official_country(name: str, named_states: set[str], titled: bool) -> str | None:
    """The state of a known official: by full name, or (with a title) by a surname alone
    when one candidate state is the only one, or the only one the release names."""
    off = _officials()
    words = _fold_words(name)
    if not words:
        return None
    states = off.by_name.get(" ".join(words))
    if states is None and 3 <= len(words) <= 16:
        # a known name inside a fuller one: "Muhammad Shehbaz Sharif" is "Shehbaz Sharif"
        states = next((off.by_name[run] for n in range(len(words) - 1, 1, -1)
                       for k in range(len(words) - n + 1)
                       if (run := " ".join(words[k:k + n])) in off.by_name), None)
    if states is None and _lineage(name):
        # a patronymic name written in full: "Mohammed bin Abdulrahman bin Jassim Al-Thani"
        # is the lexicon's "Mohammed bin Abdulrahman Al Thani" (not his namesake's son)
        states = next((off.by_name[" ".join(_fold_words(known))]
                       for known in _patronymic_officials().get(words[0], ())
                       if _other_lineage(name, known) is False), None)
    if states is None and len(words) >= 2 and all(len(w) == 1 for w in words[:-1]):
        # "J. Lipavský", "S. Jaishankar": the given name's initial, then the surname
        states = _initialled_officials().get(f"{words[0]} {words[-1]}")
    if states is None and len(words) >= 3 and all(len(w) == 1 for w in words[1:-1]):
        # "Mohamad A. Alhakim": a middle name's initial ("Mohamad Ali Alhakim")
        states = _initialled_officials().get(f"{words[0]} {words[-1]}")
    if states is None and titled and len(words) == 1:
        states = off.by_surname.get(words[0], frozenset())
        if len(off.by_word.get(words[0], ())) > 1:
            # a name word of officials of several states ("King Abdullah", "President
            # Lee"): only a state the release names will do
            states = states & named_states
    if not states:
        return None
    if len(states) > 1:
        states = states & named_states
    return next(iter(states)) if len(states) == 1 else None


@functools.cache
def _initialled_officials() -> dict[str, frozenset[str]]:
    """Known officials by the initial of their first given name and their surname ("j
    lipavsky"), and by their first and last names when they have a middle one ("mohamad
    alhakim"), for releases that write initials (not family-first names: "Xi Jinping")."""
    data = load("officials")
    family_first = set(data.get("family_first", []))
    out: dict[str, set[str]] = {}
    for country, names in data["officials"].items():
        if country in family_first:
            continue
        for name in names:
            words = [w for w in _fold_words(name) if w not in {"ii", "iii", "iv"}]
            if len(words) >= 2:
                out.setdefault(f"{words[0][0]} {words[-1]}", set()).add(country)
            if len(words) >= 3:  # (the first and last names, for a middle initial)
                out.setdefault(f"{words[0]} {words[-1]}", set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _patronymic_officials() -> dict[str, tuple[str, ...]]:
    """Known officials with patronymic names, by their folded first word."""
    out: dict[str, list[str]] = {}
    for names in load("officials")["officials"].values():
        for name in names:
            if _lineage(name):
                out.setdefault(_fold_words(name)[0], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def known_officials(people: list[Person], countries: geo.CountryIndex) -> None:
    """Give people the text leaves without a state the one the lexicon of officials knows:
    the release's own leader is seldom named with their country ("Vladimir Putin had a
    telephone conversation ..."), nor is a speaker in a transcript ("PRESIDENT LEE:")."""
    named = countries.states()
    titles = _officials().titles
    for p in people:
        if p.country or p.non_state:
            continue
        country = official_country(p.name, named, bool(p.title))
        if country and country not in p.not_countries:
            p.country, p.country_cue = country, "lexicon of officials"
            office = titles.get(" ".join(_fold_words(p.name)))
            if office and not p.title:
                p.title = f"{office} of {country}"


@functools.cache
def _official_tokens() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Known officials' names as token tuples by first word, longest first."""
    names = [_split(n) for names in load("officials")["officials"].values() for n in names]
    return _by_first(sorted({n for n in names if len(n) >= 2}, key=len, reverse=True))


def _in_compound(text: str, c: geo.CountryMention) -> bool:
    """"Japan-Kazakhstan" names a pair, not the state a person serves."""
    return text[c.end:c.end + 1] in _DASHES and text[c.end + 1:c.end + 2].isupper() or (
        c.start > 1 and text[c.start - 1] in _DASHES and text[c.start - 2].isalpha())


@functools.cache
def _company_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load("participation")["company"]
    groups = "|".join(map(re.escape, data["groups"]))
    # (a state's initials too: "The U.S. delegation consisted of ...")
    group = re.compile(rf"\b(?P<dem>[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’-]+)(?:['’]s)?\s+(?:{groups})\b|"
                       rf"\b(?:{groups})\s+(?:of|from)\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+)")
    return (_words(data["accompanied_by"]), _words(data["accompanied"]), group,
            frozenset(data["royal"]))


# between two coordinated people: a joiner, then the second one's title (capitalised words
# and their connectors): "A, Minister of X B", "A and U.S. Ambassador to Y B"
# (after the first one's postnominals, "X GNZM QSO, and"; the second title may have an
# apposition and a courtesy word, "the Leader of the Opposition, the Hon Y", "Hon. (Dr). Y")
_COURTESY_APPOS = r",\s+(?:the\s+)?(?:Hon|Honourable|Honorable|Sir|Dame|Dr|Mr|Mrs|Ms)\b"
_JOINED = re.compile(r"^\s*(?:[A-Z]{2,}\b\s*)*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?"
                     r"(?:(?:[A-Z][\w.'’-]*|of|for|to|the|and|on|at)"
                     rf"(?:\s+|(?={_COURTESY_APPOS})))*(?:{_COURTESY_APPOS}\.?\s+)?"
                     r"(?:\((?:Dr|Prof)\)\.?\s+)?$")


def _one_side(p: Person, q: Person) -> bool:
    """Whether two coordinated people can be taken for one side: not two holders of one
    office ("Foreign Minister A and Foreign Minister B") nor two leaders ("President A and
    Prime Minister B"), unless both are royals of one court ("King A and Queen B")."""
    a, b = _head(p.title or ""), _head(q.title or "")
    if a and a == b:
        return False
    if p.title and q.title and any(_same_office(p.title, part) for part in
                                   re.split(r"\s+and\s+", q.title)):
        return False  # ("Secretary for Foreign Affairs A and Deputy Prime Minister and
        # Minister of Foreign Affairs B": two states' foreign ministers)
    if p.title and q.title and _is_leader(p.title) and _is_leader(q.title):
        royal = _company_cues()[3]
        return a in royal and b in royal
    return True


# a side or delegation named as the other party of something, not as the group its
# members belong to: "at the request (initiative, invitation) of the Finnish side", "talks
# with the Finnish delegation"
_NOT_MEMBERSHIP = re.compile(r"\b(?:(?:request|initiative|invitation|proposal|suggestion)\s+of|"
                             r"with|to)\s+(?:the\s+)?$", re.I)


def _our_office(p: Person, people: list[Person], doc: Doc) -> str | None:
    """The state of the speaker whose turn names p with "our <office>" ("PRESIDENT X: ...
    our Secretary of Security, Y"): in a transcript, the speaker's own official. None
    outside a transcript or when the speaker has no state."""
    for m in p.mentions:
        if not m.title:
            continue
        before = doc.text[max(0, m.start - len(m.title) - 12):m.start]
        if not re.search(rf"\b[Oo]ur\s+{re.escape(m.title)}\s*,?\s*$", before):
            continue
        turns = [(mq.start, q) for q in people for mq in q.mentions
                 if mq.cue == "speaker label" and mq.start < m.start]
        if turns:
            speaker = max(turns, key=lambda t: t[0])[1]
            if speaker is not p and speaker.country and not speaker.non_state:
                return speaker.country
    return None


# "X led the Norwegian side", "Y headed the Ghanaian delegation": the side one leads
# (or in a participle: "with the Amir X heading the Kuwaiti side and President Y ...")
_LED_SIDE = re.compile(r"\s+(?:(?:has|had|also)\s+)?(?:led|headed|chaired|leads|heads|chairs|"
                       r"leading|heading|chairing)\s+"
                       r"the\s+(?P<dem>[A-Z][\w'’-]+)\s+(?:side|delegation|team)\b")


_GROUP_DID = re.compile(r"\b(?:visited|met|received|welcomed|hosted|called\s+on|paid|"
                        r"held\s+talks)\b")
_REPRESENTED_BY = re.compile(r"\s+(?:was|were|is|will\s+be)\s+represented\s+by\s+")
# signatories of a document, named in a pair whose members sign for the two sides
_SIGNED_BY = re.compile(r"\b(?:signed|exchanged|initialled|initialed|inked)\s+by\s+"
                        r"[^.;:()]{0,100}$")


def place_by_company(people: list[Person], doc: Doc, countries: geo.CountryIndex,
                     lists: bool = True) -> None:
    """Give an official the text leaves without a state the state of the company they keep:
    someone they are listed with ("Mexican President X and Foreign Secretary Y"), someone
    they accompany ("X, accompanied by Minister Y"; "Y accompanied X"), or the side or
    delegation they belong to ("The Israeli side was chaired by Y"). The release's own
    officials are seldom named with their state, and neither are a guest's ministers, so
    without this they would take whichever main state no one holds yet.

    Linear: each sentence's mentions are visited once per pass (two passes, so that a
    state passes along a list)."""
    by_sentence: dict[int, list[tuple[Mention, Person]]] = {}
    for p in people:
        for m in p.mentions:
            by_sentence.setdefault(m.sentence.index, []).append((m, p))
    acc_by, acc, group, _ = _company_cues()  # (acc: "Y accompanied X", not "... by")
    text = doc.text
    last_group: str | None = None  # "the Ukrainian delegation ... The delegation, headed by"
    group_of: dict[int, list[tuple[int, str | None]]] = {}
    for s in doc.sentences:
        # every side or delegation the sentence names, each for the people after it: "The
        # Kenyan delegation was headed by X and the Ghanaian delegation by Y"
        pos = 0
        while (g := group.search(s.text, pos)) is not None:
            pos = g.end()
            if _NOT_MEMBERSHIP.search(s.text, 0, g.start()):
                continue  # "at the request of the Finnish side": whose request, not who
                # belongs to the side
            after_the = g.start("dem") + 4
            if g.group("dem") in {"The", "the"} and (g2 := group.search(s.text, after_the)) and (
                    g2.group("of") and g2.start() == after_the):
                g = g2  # "The delegation of Argentina included X": the state after, not "The"
                pos = g.end()
            word = g.group("dem") or g.group("of")
            state = geo.canonical_country(word)
            if state is None and g.group("dem") and word not in {"The", "the"}:
                # "The Kingdom of Saudi Arabia delegation was led by X": a state's name of
                # several words before the group noun
                at_end = s.start + g.end("dem")
                state = next((c.country for c in countries.within(s.start, at_end)
                              if c.end == at_end and not c.demonym), None)
            if state is None and g.group("dem") and word not in {"The", "the"}:
                # "President Granger's team included X": the team of a placed person, by
                # surname or given name, is of their state
                owner = re.sub(r"['’]s$", "", word)
                state = next((q.country for q in people if q.country and not q.non_state
                              and owner in q.name.split()), None)
                if state is None:
                    continue
            if state is None and g.group("of"):  # "a delegation from the United Arab Emirates"
                at = s.start + g.start("of")
                state = next((c.country for c in countries.within(at, s.end) if c.start == at
                              and not c.demonym), None)
            if state is None and word not in {"The", "the"}:
                continue
            if state is not None:
                last_group = state
            group_of.setdefault(s.index, []).append((s.start + g.end(), state or last_group))
    # "Kenya was represented by X, ... while Ghana was represented by Y": a state, then its
    # people, up to the next state so written
    represented: dict[int, list[tuple[int, str]]] = {}
    for s in doc.sentences:
        for hit in _REPRESENTED_BY.finditer(s.text):
            state = next((c.country for c in countries.within(s.start, s.start + hit.start())
                          if c.end == s.start + hit.start() and not c.demonym), None)
            if state is not None:
                represented.setdefault(s.index, []).append((s.start + hit.end(), state))
    for _ in range(2):
        for index, pairs in by_sentence.items():
            pairs.sort(key=lambda mp: mp[0].start)
            sentence = pairs[0][0].sentence
            for n, (m, p) in enumerate(pairs):
                if p.country or p.non_state or p.companion is not None:
                    continue  # (one who accompanies a leader not placed yet waits for him)
                state = None
                if index in represented:
                    state = next((st for at, st in reversed(represented[index])
                                  if at <= m.start), None)
                if state is None and (led := _LED_SIDE.match(text, m.end)) is not None:
                    # "X led the Norwegian side": X's own side, whoever is listed beside
                    state = geo.canonical_country(led["dem"])
                # a list: the neighbour before or after, joined by a comma or "and"
                for k in (n - 1, n + 1) if lists and state is None else ():
                    if not 0 <= k < len(pairs):
                        continue
                    mq, q = pairs[k]
                    if not q.country or q.non_state or q is p or not _one_side(p, q):
                        continue
                    if p.title and q.title and _is_leader(p.title) and not _is_leader(q.title):
                        continue  # ("PM A and FM B": a leader's state is no minister's)
                    if k > n and mq.country:
                        continue  # "X and Kuwaiti Minister Y": Y's own state, not X's
                    gap = text[mq.end:m.start] if k < n else text[m.end:mq.start]
                    later = m if k < n else mq
                    first = mq if k < n else m
                    if _SIGNED_BY.search(text[max(sentence.start, first.start - 120):first.start]):
                        continue  # "signed by A and B": the two signatories, one of each side
                    if _BETWEEN_PAIR.search(text, max(sentence.start, first.start - 60),
                                            first.start):
                        continue  # "Meeting between A and B": the two sides, not one
                    if later.cue.startswith("lower-case title") and later.title:
                        # "X and the sociocultural coordinator of the Presidency, Y": the
                        # lower-case office between them is Y's own, no clause of its own
                        gap = re.sub(r"\b(?:(?!and\b|the\b)[a-z-]+\s+){0,3}"
                                     + re.escape(later.title) + r"\s*,\s*$", "", gap)
                    if "and" not in gap and (opening := _OPENING_PHRASE.search(
                            text, sentence.start, first.start)) is not None and (
                            "," in text[opening.end():first.start]):
                        continue  # "During the meeting with the Albanian Minister, A,
                        # Foreign Minister B stressed": the phrase's close, then the subject
                    if _JOINED.match(gap) and not (later.subject and "," not in gap and not (
                            _TAKES_PART.match(text[later.end:later.end + 40]))):
                        # ("A and Director B recognised ...": two subjects, often two sides;
                        # but "A and B attended the meeting" are attendees of one side)
                        state = q.country
                        break
                rel = sentence.text[:m.start - sentence.start]
                if state is None and (hit := _last(acc_by, rel)) is not None:
                    state = next((q.country for mq, q in pairs if mq.start < sentence.start
                                  + hit and q.country and not q.non_state), None)
                    near = next(((mq, q) for mq, q in reversed(pairs) if mq.start
                                 < sentence.start + hit and q.country and not q.non_state), None)
                    if near is not None and _WHO.search(
                            text[near[0].end:sentence.start + hit]):
                        state = near[1].country  # "A received B, who came accompanied by Y":
                        # the relative clause is about B, and Y is B's company
                    if state is None and (office := _OFFICE_SUBJECT.match(sentence.text)):
                        # "The President was accompanied by X": the one holder of that office
                        # ("The Ghanaian President", "The Ghanaian leader": the demonym's state)
                        dem = next((c for c in countries.within(sentence.start, sentence.end)
                                    if c.start == sentence.start + office.start(1)), None)
                        state = dem.country if dem is not None else _one_holder(people,
                                                                                office[1])
                        if state is None and dem is None and (
                                own := _unplaced_holder(people, office[1])) is not None:
                            # ("The President was accompanied by X" among several presidents,
                            # the release's own the one it places nowhere: X goes with him,
                            # once he is placed)
                            p.companion = own
                            continue
                    if state is None:
                        # "X was accompanied by Y": the one named before the cue by name
                        # (a later bare mention the scan did not record) is the one Y is with
                        state = _named_before(people, p, sentence.text[:hit])
                    if state is None and _FIRST_PERSON_COMPANY.match(sentence.text):
                        # "We were accompanied by X": the writer's party, the first person
                        # the release names (its headline's "President X Holds ..."); once
                        # placed, if not yet
                        writer = min((q for q in people if q is not p and not q.non_state
                                      and not q.foreign), default=None,
                                     key=lambda q: min(mq.start for mq in q.mentions))
                        if writer is not None and writer.country is None:
                            p.companion = writer
                            continue
                        state = writer.country if writer is not None else None
                    if state is None and _PRONOUN_SUBJECT.match(sentence.text):
                        # "She is accompanied by X": the person the sentence before is about
                        # (back past sentences that are about him too: "He called on Y.")
                        prev = index - 1
                        while prev > 0 and _PRONOUN_LEAD.match(doc.sentences[prev].text):
                            prev -= 1
                        opens = _OFFICE_OPENS.match(doc.sentences[prev].text)
                        # ("The President arrived ..., where he was welcomed by the Prime
                        # Minister X. He is accompanied by Y": the President's party)
                        state = _one_holder(people, opens[1]) if opens else None
                        if state is None and opens and (
                                own := _unplaced_holder(people, opens[1])) is not None:
                            p.companion = own  # (of several holders, the one placed nowhere)
                            continue
                        state = state or next((q.country for _, q in sorted(
                            by_sentence.get(prev, []), key=lambda mq: mq[0].start)
                            if q.country and not q.non_state), None)
                if state is None:
                    after = sentence.text[m.end - sentence.start:]
                    hit2 = next((h for h in acc.finditer(after)
                                 if not after[h.end():].lstrip().startswith("by")), None)
                    if hit2 is not None and "." not in after[:hit2.start()]:
                        start = m.end + hit2.end()
                        state = next((q.country for mq, q in pairs if mq.start >= start
                                      and q.country and not q.non_state), None)
                        office = _OFFICE_AFTER.match(after[hit2.end():])
                        if state is None and office:
                            # "Y accompanied the Prime Minister": the one holder of that office
                            state = _one_holder(people, office[1])
                if state is None and (inv := _ACCOMPANYING.match(sentence.text)) and (
                        m.start >= sentence.start + inv.end()):
                    # "Accompanying His Majesty at the meeting were X; and Y": the company of
                    # the one named after the participle
                    state = _accompanied_state(people, inv["who"])
                if state is None and index in group_of:
                    # the last side named before the mention, unless the sentence has moved
                    # on to what the group did ("A delegation of X led by Y visited Z and met
                    # President W": W is no member)
                    state = next((st for at, st in reversed(group_of[index]) if at <= m.start
                                  and not _GROUP_DID.search(text, at, m.start)), None)
                if state and state not in p.not_countries:
                    p.country, p.country_cue = state, "company: listed with, accompanying, " \
                                                      "or in the delegation of"


# an introductory phrase before a sentence's subject ("During the talks with X, ...")
# (at the sentence's start or after a dateline's dash: "Valletta, 2 May – During ...")
_OPENING_PHRASE = re.compile(r"(?:^|(?<=[–—-]\s)|(?<=\n))\s*(?:During|At|In|On|Following|After|"
                             r"Before|Upon|Prior\s+to)\b", re.M)
_OFFICE_AFTER = re.compile(r"\s+the\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})\b(?!\s+[A-Z])")
# (or a later member of its list: "... attended by Deputy Prime Minister X, and the Minister
# of Trade Y"; no clause or sentence boundary in between)
_ALSO_ATTENDED_BY = re.compile(r"\b(?:was|were)\s+also\s+attended\s+by\s+(?:the\s+)?"
                               r"(?:[^.;:()]{0,240}?(?:,|\band\b|,\s*and\b)\s*(?:the\s+)?)?$")


def _also_attended(p: Person) -> bool:
    """Whether the person is named only as also attending: "The meeting was also attended by
    X" (the title may stand between the cue and the name)."""
    for m in p.mentions:
        before = m.sentence.text[:m.start - m.sentence.start]
        if m.title and (cut := before.rfind(m.title)) >= 0:
            before = before[:cut]
        if _ALSO_ATTENDED_BY.search(before):
            return True
    return False


_ACCOMPANYING = re.compile(r"\s*Accompanying\s+(?P<who>[^,;.]{2,60}?)\s+(?:(?:at|during|on)\s+"
                           r"[^,;.]{2,40}?\s+)?(?:was|were)\b")
_MONARCH_STYLE = re.compile(r"\b(?:Majesty|Highness)\b")
_MONARCH_HEADS = frozenset({"King", "Queen", "Sultan", "Emir", "Amir", "Emperor", "Grand Duke"})


def _accompanied_state(people: list[Person], who: str) -> str | None:
    """The state of the one "Accompanying X were ..." names: a monarch by his style ("His
    Majesty"), an office's one holder ("the President"), or a person by name."""
    if _MONARCH_STYLE.search(who):
        monarchs = {q.country for q in people if q.country and q.title
                    and _head(q.title).split(" and ")[0] in _MONARCH_HEADS}
        return next(iter(monarchs)) if len(monarchs) == 1 else None
    words = who.split()
    if words and words[0] in {"the", "The"}:
        return _one_holder(people, " ".join(words[1:]))
    return next((q.country for q in people if q.country and words
                 and words[-1] in q.name.split()), None)


_OWN_ENVOY = re.compile(r"^(?:Ambassador|High\s+Commissioner|Envoy|Consul[\s-]General|"
                        r"Charg[eé]\s+d['’]\s?[Aa]ffaires)\b(?:[^,;]*?)\s+to\s+")


def _own_envoy_state(people: list[Person], venue: str, text: str) -> str | None:
    """The state of an envoy accredited to the venue's state whose own state the text
    leaves unwritten ("Ambassador to the Republic of Korea X", not "Angola's Ambassador to
    Rwanda X"): the release's own envoy."""
    for q in people:
        if not (q.country and q.country != venue and q.title and _OWN_ENVOY.match(q.title)):
            continue
        if {c.country for c in geo.country_mentions(q.title)} != {venue}:
            continue
        if any(c.country == q.country for m in q.mentions
               for c in geo.country_mentions(text[max(0, m.start - 60):m.start])):
            continue  # ("Angola's Ambassador to Rwanda", "the Omani Ambassador to Korea")
        return q.country
    return None


def _unplaced_holder(people: list[Person], office: str) -> Person | None:
    """Of several holders of an office, the one no state is written for yet (a presidency's
    own leader beside guests named with theirs), or None."""
    holders = [q for q in people if q.title and not q.non_state and _head(q.title) == office]
    unplaced = [q for q in holders if not q.country and not q.foreign]
    return unplaced[0] if len(holders) > 1 and len(unplaced) == 1 else None


def _one_holder(people: list[Person], office: str) -> str | None:
    """The state of the one person who holds an office ("the President"), or None when
    several do (placed or not yet: two presidents leave "the President" open)."""
    holders = [q for q in people if q.title and not q.non_state and _head(q.title) == office]
    if len(holders) != 1 or len({q.country for q in holders}) != 1:
        return None
    return holders[0].country


# ("The visiting President", "The Ghanaian leader": a participle and a demonym may come first)
_OFFICE_SUBJECT = re.compile(r"\s*(?:(?:During|On|At|In|For)\s[^,;.]{0,60},\s*)?[Tt]he\s+"
                             r"(?:(?:visiting|guest|host|[a-z]+ing)\s+)?"
                             r"((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w-]*){0,2}|(?:[A-Z][\w'’-]*\s+)?"
                             r"(?:leader|guest|visitor|minister|president|premier|ambassador|"
                             r"envoy|chancellor))\s+(?:is|was|"
                             r"will\s+be)\s+(?:also\s+)?(?:accompanied|joined)\s+by\b")
_PRONOUN_LEAD = re.compile(r"\s*(?:She|He)\b")
_FIRST_PERSON_COMPANY = re.compile(r"\s*(?:(?:During|On|At|In|For)\s[^,;.]{0,60},\s*)?"
                                   r"(?:We|I)\s+(?:were|was|are|am|will\s+be)\s+(?:also\s+)?"
                                   r"(?:accompanied|joined)\b")
# a sentence about an office's one holder: "The President arrived at ...", "The visiting
# Minister held ..."
_OFFICE_OPENS = re.compile(r"\s*[Tt]he\s+(?:visiting\s+|guest\s+)?([A-Z][\w'’-]*(?:\s+[A-Z]"
                           r"[\w'’-]*){0,2})\s+(?:arrived|was|is|has|had|held|met|paid|visited|"
                           r"called|toured|began|started|travelled|traveled|landed|left|"
                           r"departed)\b")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:During|On|At|In|For)\s[^,;.]{0,60},\s*)?"
                              r"(?:She|He|she|he)\s+(?:is|was|will\s+be)\s+(?:also\s+)?"
                              r"(?:accompanied|joined)\b")


_SUBJECT_NAME = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)\s*,?\s+(?:(?:who\s+)?"
                           r"(?:is|was|will\s+be|has\s+been)\s+)?(?:also\s+)?"
                           r"(?:accompanied|joined)\s+by\b")


def _named_before(people: list[Person], p: Person, before: str) -> str | None:
    """The state of the placed person a sentence opens with by name before "accompanied
    by" ("X was accompanied by Y", "Minister X, accompanied by Y"): none when the words
    before the cue are not one known person's name or surname."""
    hit = _SUBJECT_NAME.fullmatch(before)
    if hit is None:
        return None
    words = hit.group(1).split()
    for q in people:
        if q is p or not q.country or q.non_state:
            continue
        name = q.name.split()
        if words == name or words == name[-1:] or words == name[:1] and len(name) > 1 and (
                len(words[0]) > 3):
            return q.country
    return None


def _last(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the last match of ``pattern`` in ``text`` ends, or None."""
    end = None
    for hit in pattern.finditer(text):
        end = hit.end()
    return end
