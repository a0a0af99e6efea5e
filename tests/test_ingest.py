"""Ingest: encodings, HTML, stdin, summaries, limits and refusals (texts written for briefgen)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import sys
import types
from pathlib import Path

import pytest

from briefgen.ingest import (
    DEFAULT_MAX_BYTES,
    binary_kind,
    decode,
    load_release,
    read_bytes,
    release_from_bytes,
)
from briefgen.review.summary_io import summary_from_bytes
from briefgen.support.errors import InputError

RUSSIAN = (
    "Министр иностранных дел провёл переговоры с делегацией соседней республики в столице. "
    "Стороны обсудили торговлю, транспорт и образование, а также подписали меморандум "
    "о сотрудничестве в области культуры и туризма."
)
KAZAKH = (
    "Сыртқы істер министрі көрші елдің делегациясымен келіссөздер жүргізді. Тараптар сауда, "
    "көлік және білім беру салаларындағы ынтымақтастықты талқылап, мәдениет саласындағы "
    "меморандумға қол қойды."
)
FRENCH = (
    "Le ministre des Affaires étrangères a reçu la délégation à Genève. Les deux parties ont "
    "évoqué la coopération économique, l'énergie et la sécurité régionale ; un accord sur "
    "l'éducation a été signé à l'issue de l'entretien."
)
ENGLISH = (
    "Ministers of Norway and Chile meet in Oslo\n\n"
    "The Minister of Foreign Affairs of Norway held talks with his Chilean colleague in Oslo. "
    "They signed a memorandum of understanding on renewable energy.\n"
)


def page(body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks in Oslo</title>"
            f"{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<script>document.write('tracking pixel');</script><article><h1>Talks in Oslo"
            f"</h1>{body}</article><footer>Press office</footer></body></html>").encode()


ARTICLE = ("<p>The Minister of Foreign Affairs of Norway held talks with his colleague from "
           "Chile about energy, fisheries and research cooperation in the Arctic.</p><p>They "
           "agreed to open a joint research programme and to meet again in Santiago.</p>")


# --- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "encoding"), [
    (RUSSIAN, "utf-8"), (KAZAKH, "utf-8"), (FRENCH, "utf-8"),
    (RUSSIAN, "utf-8-sig"), (KAZAKH, "utf-8-sig"),
    (RUSSIAN, "utf-16"), (KAZAKH, "utf-16"), (FRENCH, "utf-16"),
    (KAZAKH, "utf-16-be"), (FRENCH, "utf-16-le"),  # no BOM: found by the NUL pattern
    (RUSSIAN, "cp1251"),
    (FRENCH, "latin-1"), (FRENCH, "cp1252"),
])
def test_encodings_decode_to_the_original_text(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        assert not data.startswith(b"\xfe\xff")
    assert release_from_bytes(data, "release.txt").text == text


def test_short_latin1_text_is_not_read_as_an_asian_encoding() -> None:
    # a detector alone reads these bytes as Big5; glued CJK inside Latin words is refused
    data = "Le ministre a reçu la délégation.".encode("latin-1")
    assert decode(data, "x.txt") == "Le ministre a reçu la délégation."


def test_damaged_utf8_keeps_the_rest_of_the_text() -> None:
    data = RUSSIAN.encode("utf-8").replace("торговлю".encode(), b"\xff" + "торговлю".encode())
    text = release_from_bytes(data, "damaged.txt").text
    assert "торговлю" in text and "Министр" in text
    assert text.count("\ufffd") == 1


def test_html_declared_charset_is_used() -> None:
    html = page(ARTICLE.replace("Chile", "Chile – Región de Los Ríos")).replace(
        b"charset='utf-8'", b"charset='windows-1252'")
    data = html.decode("utf-8").encode("cp1252")
    release = release_from_bytes(data, "page.htm")
    assert "Región de Los Ríos" in release.text


# --- cleaning --------------------------------------------------------------------------


def test_control_characters_are_dropped_and_breaks_unified() -> None:
    data = ("Talks in Oslo\x07\r\nThe ministers\x1b met.\x0cNext page\x85with C1"
            "\u2028and a line separator\ufeff.").encode()
    text = release_from_bytes(data, "ctl.txt").text
    assert text == "Talks in Oslo\nThe ministers met.\nNext page\nwith C1\nand a line separator."


def test_text_is_nfc_normalised() -> None:
    decomposed = "Genève".replace("è", "e\u0300")
    assert release_from_bytes(decomposed.encode(), "n.txt").text == "Genève"


def test_a_very_long_line_is_read_whole() -> None:
    line = ("The ministers discussed trade and transport. " * 40_000).strip()
    assert len(line) > 1_500_000
    assert release_from_bytes(line.encode(), "long.txt").text == line


# --- refusals --------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
    (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
    (bytes(range(256)) * 8, "binary"),
])
def test_binary_files_are_refused_with_their_kind(data: bytes, kind: str) -> None:
    assert kind in (binary_kind(data) or "")
    with pytest.raises(InputError, match=f"binary file.*{kind}"):
        release_from_bytes(data, "release.txt")


@pytest.mark.parametrize("seed", range(10))
def test_random_bytes_with_nuls_are_refused_as_binary(seed: int) -> None:
    import random

    data = bytearray(random.Random(seed).randbytes(4000))
    data = data.replace(b"\x00", b"\x01")  # exactly the NULs placed below, about ten
    for at in random.Random(-seed).sample(range(len(data)), 10):
        data[at] = 0
    with pytest.raises(InputError, match="binary file"):
        release_from_bytes(bytes(data), "random.txt")


def test_random_bytes_without_nuls_are_refused_by_their_controls() -> None:
    import random

    data = random.Random(7).randbytes(4000).replace(b"\x00", b"\x02")
    assert binary_kind(data) == "binary data"


def test_a_text_with_a_nul_is_binary_but_utf16_is_text() -> None:
    assert binary_kind(b"Talks in Oslo\x00 ended.") == "binary data"
    assert binary_kind("Talks in Oslo ended today.".encode("utf-16-le")) is None
    assert binary_kind("Talks in Oslo ended today.".encode("utf-32")) is None


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  ", b"\x07\x01", "\ufeff".encode()])
def test_empty_or_blank_releases_are_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="empty release"):
        release_from_bytes(data, "blank.txt")


def test_html_without_article_text_is_refused() -> None:
    with pytest.raises(InputError, match="no article text"):
        release_from_bytes(b"<!DOCTYPE html><html><head><title>Talks</title><script>"
                           b"var note = 'a long script';</script></head><body></body></html>",
                           "e.html")


def test_size_limit_is_checked_before_reading_everything(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MB on paper
        fh.write(ENGLISH.encode())
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="10 MB input limit.*--max-size"):
        load_release(big)
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="--max-size"):
        read_bytes(small, max_bytes=100)
    assert len(read_bytes(small, max_bytes=101)) == 101


def test_directory_and_missing_file_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_release(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        load_release(tmp_path / "absent.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_unreadable_file_gives_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ENGLISH, encoding="utf-8")
    locked.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            load_release(locked)
    finally:
        locked.chmod(0o644)


def test_summary_file_given_as_a_release_points_to_render(tmp_path: Path) -> None:
    summary = tmp_path / "visit.yaml"
    summary.write_text("title: Talks\n", encoding="utf-8")
    with pytest.raises(InputError, match="briefgen render"):
        load_release(summary)


# --- HTML ------------------------------------------------------------------------------


def test_html_gives_main_text_title_and_page_date() -> None:
    head = '<meta property="article:published_time" content="2023-04-05T10:00:00Z">'
    release = release_from_bytes(page(ARTICLE, head), "talks.html")
    assert release.title == "Talks in Oslo"
    assert release.published == dt.date(2023, 4, 5)
    assert "joint research programme" in release.text
    assert "tracking" not in release.text and "Home" not in release.text
    # one paragraph per block, as in a text release
    assert "Arctic.\n\nThey agreed" in release.text


def test_html_without_a_date_gives_none_not_today() -> None:
    release = release_from_bytes(page(ARTICLE), "talks.html")
    assert release.published is None


def test_html_date_does_not_depend_on_the_day_of_the_run() -> None:
    # a date after "today" would be dropped if the bound were today's date
    head = '<meta name="date" content="2031-05-06">'
    assert release_from_bytes(page(ARTICLE, head), "talks.html").published == dt.date(2031, 5, 6)


def test_user_date_wins_over_the_page_date() -> None:
    head = '<meta name="date" content="2023-04-05">'
    release = release_from_bytes(page(ARTICLE, head), "t.html", published=dt.date(2020, 1, 2))
    assert release.published == dt.date(2020, 1, 2)


def test_html_is_sniffed_when_the_name_says_nothing() -> None:
    release = release_from_bytes(page(ARTICLE), "-")
    assert release.title == "Talks in Oslo" and "<p>" not in release.text and release.path is None


# --- stdin, files, summaries -----------------------------------------------------------


def test_stdin_is_read_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = KAZAKH.encode("utf-16")
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))
    release = load_release("-")
    assert release.text == KAZAKH and release.path is None
    assert release.sha256 == hashlib.sha256(data).hexdigest()


def test_file_release_keeps_path_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "oslo.md"
    path.write_bytes(ENGLISH.encode())
    release = load_release(path, dt.date(2024, 3, 3))
    assert release.path == str(path) and release.published == dt.date(2024, 3, 3)
    assert release.sha256 == hashlib.sha256(ENGLISH.encode()).hexdigest()
    assert release.text == ENGLISH


def test_summaries_are_read_from_json_and_yaml_bytes() -> None:
    from_json = summary_from_bytes(b'{"title": "Talks in Oslo", "countries": ["Norway"]}',
                                   "v.json")
    from_yaml = summary_from_bytes(b"title: Talks in Oslo\ncountries: [Norway]\n",
                                   "v.yaml")
    assert from_json.title == from_yaml.title == "Talks in Oslo"
    assert from_yaml.countries == ["Norway"]


def test_batch_reads_summaries_as_render_does() -> None:
    """A bare participant name is accepted by ``render``; a batch must accept it too."""
    summary = summary_from_bytes(b"participants: [Ann Lee]\n", "v.yaml")
    assert [p.name for p in summary.participants] == ["Ann Lee"]


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"{not json", "v.json", "v.json:1: JSON syntax error"),
    (b"title: [unclosed", "v.yaml", "v.yaml:1: YAML syntax error"),
    (b'{"titel": "typo"}', "v.json", 'unknown field "titel" .did you mean "title"'),
    (b"participants: [Ann Lee]\nagreements: 7\n", "v.yaml", "v.yaml:2: agreements"),
    ("title: Талки".encode("cp1251"), "v.yml", "UTF-8"),
])
def test_broken_summaries_give_one_clear_error(data: bytes, name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        summary_from_bytes(data, name)


# Page artefacts in a plain-text release read as their words: Markdown links and emphasis
# and a few inline tags a page saved as text keeps, and the speaker's card that transcript
# pages glue to a label (the name again, surname first, then the title again).
_ARTEFACTS = [
    (b"President Gamma [signed](https://example.gov/actions/2023/08/10/decl-3/) a "
     b"declaration; apply at [www.help.example](http://www.help.example) or read "
     b"[**the new funding**](https://example.gov/p(1)) notice at the <u>High</u> "
     b"Court<s>.</s> It gave **$8 million** to *Sembremos*. A [note] (aside), 3 * 4 "
     b"and 2 < 3 > 1 stay.\n* A bullet stays a bullet.",
     "President Gamma signed a declaration; apply at www.help.example or read "
     "the new funding notice at the High Court. It gave $8 million to Sembremos. "
     "A [note] (aside), 3 * 4 and 2 < 3 > 1 stay.\n* A bullet stays a bullet."),
    (b"Talks with Ruritania\n\nPresident of Ruritania Kappa Lambda Lambda "
     b"KappaPresident of the Republic of Ruritania: Thank you. President of Veltria Mu "
     b"Nu Nu MuPresident of Veltria(retranslated): Welcome. New York New York: a song.",
     "Talks with Ruritania\n\nPresident of Ruritania Kappa Lambda: Thank you. "
     "President of Veltria Mu Nu (retranslated): Welcome. New York New York: a song."),
]


@pytest.mark.parametrize(("data", "expected"), _ARTEFACTS)
def test_page_artefacts_in_a_plain_text_release_read_as_their_words(data: bytes,
                                                                   expected: str) -> None:
    assert release_from_bytes(data, "release.txt").text == expected


def test_markdown_file_links_are_still_read_by_the_markdown_reader() -> None:
    release = release_from_bytes(b"# Talks\n\nThe sides [met](https://example.gov/m) today.\n",
                                 "release.md")
    assert "met today" in release.text and "https" not in release.text
