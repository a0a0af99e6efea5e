"""Synthetic press releases for benchmarks and batch tests (all text written for briefgen).

``write_archive(folder, n)`` writes a reproducible, mixed archive: plain text, Markdown and
HTML releases in UTF-8, UTF-8 with BOM, UTF-16, cp1251 (Russian) and latin-1 (French), in
nested folders, plus a few broken files (empty, PNG, PDF, zip). Names, places and numbers
vary with the seed so no two releases are the same.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana"), ("Portugal", "Portuguese", "Lisbon"),
    ("Singapore", "Singaporean", "Singapore"), ("Chile", "Chilean", "Santiago"),
    ("Norway", "Norwegian", "Oslo"), ("Kenya", "Kenyan", "Nairobi"),
    ("Viet Nam", "Vietnamese", "Hanoi"), ("Uruguay", "Uruguayan", "Montevideo"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Ghana", "Ghanaian", "Accra"),
    ("Austria", "Austrian", "Vienna"), ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Jordan", "Jordanian", "Amman"), ("Estonia", "Estonian", "Tallinn"),
]
GIVEN = ["Aruzhan", "Tomas", "Ingrid", "Kwame", "Lan", "Mateo", "Saule", "Henrik", "Amara",
         "Farid", "Lucia", "Bolat", "Mei", "Oskar", "Nadia", "Rui"]
FAMILY = ["Serikbayeva", "Lindqvist", "Mensah", "Nguyen", "Ferreira", "Oyelaran", "Haddad",
          "Kask", "Batbayar", "Rahman", "Castillo", "Moser", "Tan", "Dossanov"]
TITLES = ["President", "Prime Minister", "Minister of Foreign Affairs", "Deputy Prime Minister",
          "Minister of Trade", "Minister of Energy"]
VISITS = ["state visit", "official visit", "working visit"]
AREAS = ["renewable energy", "transport and logistics", "higher education", "digital services",
         "water management", "agriculture and food security", "tourism", "public health",
         "space research", "mining and critical minerals", "cultural heritage", "customs"]
DOCS = ["memorandum of understanding on cooperation in {a}", "agreement on {a}",
        "joint declaration on {a}", "roadmap for cooperation in {a}",
        "protocol on consultations between the foreign ministries",
        "programme of cooperation in {a} for {y}-{y2}"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

RU_PARAS = [
    "Министр иностранных дел провёл переговоры с коллегой из соседней страны в {city}.",
    "Стороны обсудили торговлю, транспортные коридоры, энергетику и образование, а также "
    "подготовку к заседанию межправительственной комиссии.",
    "По итогам встречи подписан меморандум о сотрудничестве в области {area}.",
    "Министры договорились провести следующий раунд консультаций осенью.",
]
RU_AREAS = ["культуры", "туризма", "науки", "цифровых технологий"]
FR_PARAS = [
    "Le ministre des Affaires étrangères a reçu son homologue à {city} le {day} {month}.",
    "Les deux délégations ont évoqué la coopération économique, l'énergie, la sécurité "
    "régionale et les échanges universitaires ; elles ont salué la hausse des échanges.",
    "À l'issue de l'entretien, un accord de coopération dans le domaine de {area} a été signé.",
    "Les ministres sont convenus de se retrouver l'année prochaine pour faire le point.",
]
FR_AREAS = ["la culture", "l'éducation", "l'agriculture", "la santé publique"]


@dataclass(frozen=True)
class Spec:
    kind: str  # txt, md, html, ru-cp1251, fr-latin1, utf16, bom, broken-*
    path: Path


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def english_release(rng: random.Random, target_chars: int = 2500) -> tuple[str, str, dt.date]:
    """(title, body, date): an English release of roughly ``target_chars`` characters."""
    (host, host_adj, city), (guest, guest_adj, _) = rng.sample(COUNTRIES, 2)
    visit = rng.choice(VISITS)
    year = rng.randint(2015, 2025)
    date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    day = f"{MONTHS[date.month - 1]} {date.day}"
    title_g, title_h = rng.choice(TITLES[:2]), rng.choice(TITLES[:2])
    guest_name, host_name = _person(rng), _person(rng)
    areas = rng.sample(AREAS, 5)
    title = f"{title_g} of {guest} pays {visit} to {host}"
    paras = [
        f"{city.upper()} – {title_g} of {guest} {guest_name} held talks with {title_h} of "
        f"{host} {host_name} in {city} on {day} during a {visit} to {host}, the press service "
        "reported.",
        f"The sides discussed {', '.join(areas[:3])} and {areas[3]}. {guest_name.split()[-1]} "
        f"said that trade between the two countries had grown by {rng.randint(5, 60)} percent "
        f"in {year - 1} and that {guest_adj} companies were ready to invest further.",
        f"{host_name.split()[-1]} welcomed the visit and noted the potential for joint "
        f"projects in {areas[4]}, including a pilot programme for young specialists.",
    ]
    docs = [d.format(a=rng.choice(areas), y=year, y2=year + 2) for d in rng.sample(DOCS, 3)]
    paras.append(f"Following the talks, the parties signed a {docs[0]}, a {docs[1]} and a "
                 f"{docs[2]}.")
    paras.append(f"The {title_h.lower()} of {host} accepted an invitation to visit {guest} "
                 f"in {year + 1}. The ministers of foreign affairs were instructed to prepare "
                 f"a meeting of the joint commission before the end of {year}.")
    filler = [
        f"The delegations also exchanged views on regional security and on cooperation "
        f"within multilateral organisations, and agreed to support each other's initiatives "
        f"in {rng.choice(areas)}.",
        f"A business forum held on the margins of the visit brought together more than "
        f"{rng.randint(50, 400)} companies; agreements worth {rng.randint(2, 900)} million "
        f"dollars were announced in {rng.choice(areas)}.",
        f"{guest_adj} and {host_adj} universities will open a joint master's programme and "
        f"increase student exchanges, the ministers of education confirmed.",
        f"The leaders visited a {rng.choice(['science park', 'port', 'solar plant', 'museum'])}"
        f" and met representatives of the {guest_adj} community in {host}.",
    ]
    while sum(len(p) for p in paras) < target_chars:
        paras.insert(-2, rng.choice(filler))
    return title, "\n\n".join(paras), date


def _html(title: str, body: str, date: dt.date | None) -> str:
    meta = (f'<meta property="article:published_time" content="{date.isoformat()}T09:00:00">'
            if date else "")
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{meta}"
            f"</head><body><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>"
            f"<script>var tracking = 1;</script><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Press service. All rights reserved.</footer></body></html>")


def _foreign(rng: random.Random, paras: list[str], areas: list[str]) -> str:
    city = rng.choice([c[2] for c in COUNTRIES])
    return "\n\n".join(p.format(city=city, area=rng.choice(areas), day=rng.randint(1, 28),
                                month=rng.choice(["mars", "juin", "octobre"])) for p in paras)


BROKEN: dict[str, bytes] = {
    "empty.txt": b"",
    "photo.md": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "scan.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(300),
    "bundle.html": b"PK\x03\x04" + bytes(200),
    "spaces.md": b"   \n\n\t  \n",
}


def write_archive(folder: Path, n: int, *, seed: int = 7, broken: int = 5,
                  target_chars: int = 2500) -> list[Spec]:
    """Write ``n`` releases (``broken`` of them unusable) below ``folder``; return specs."""
    rng = random.Random(seed)
    specs: list[Spec] = []
    broken_at = set(rng.sample(range(n), min(broken, n))) if broken else set()
    broken_names = list(BROKEN)
    for i in range(n):
        sub = folder / f"{2015 + i % 11}" / f"{1 + i % 12:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        if i in broken_at:
            name = broken_names[len([b for b in broken_at if b < i]) % len(broken_names)]
            path = sub / f"r{i:05d}-{name}"
            path.write_bytes(BROKEN[name])
            specs.append(Spec("broken", path))
            continue
        roll = rng.random()
        title, body, date = english_release(rng, target_chars)
        if roll < 0.55:
            kind, path, data = "txt", sub / f"r{i:05d}.txt", f"{title}\n\n{body}\n".encode()
        elif roll < 0.70:
            kind, path = "html", sub / f"r{i:05d}.html"
            data = _html(title, body, date if rng.random() < 0.7 else None).encode()
        elif roll < 0.78:
            kind, path, data = "md", sub / f"r{i:05d}.md", f"# {title}\n\n{body}\n".encode()
        elif roll < 0.85:
            kind, path = "ru-cp1251", sub / f"r{i:05d}-ru.txt"
            data = _foreign(rng, RU_PARAS, RU_AREAS).encode("cp1251")
        elif roll < 0.90:
            kind, path = "fr-latin1", sub / f"r{i:05d}-fr.txt"
            data = _foreign(rng, FR_PARAS, FR_AREAS).encode("latin-1")
        elif roll < 0.95:
            kind, path = "utf16", sub / f"r{i:05d}-u16.txt"
            data = f"{title}\n\n{body}\n".encode("utf-16")
        else:
            kind, path = "bom", sub / f"r{i:05d}-bom.txt"
            data = f"{title}\n\n{body}\n".encode("utf-8-sig")
        path.write_bytes(data)
        specs.append(Spec(kind, path))
    return specs


def release_of_size(chars: int, seed: int = 1) -> str:
    """One English release of about ``chars`` characters (for per-release timings)."""
    title, body, _ = english_release(random.Random(seed), chars)
    return f"{title}\n\n{body}\n"
