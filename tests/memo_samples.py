"""Hand-written Memo objects for the writer tests (own text, no corpus sentences)."""

from __future__ import annotations

from briefgen.memo import BulletList, Heading, Inlines, Memo, Paragraph, Run, Table

# one name per script the writers must draw with real glyphs
NAMES = {
    "kazakh": "Қасым-Жомарт Тоқаев",
    "russian": "Сергей Лавров",
    "turkish": "Hakan Fidan İğdır Şişli",
    "vietnamese": "Phạm Minh Chính Nguyễn Thị Thanh",
    "greek": "Κυριάκος Μητσοτάκης",
    "latin": "Łukasz Żółć, Ærøskøbing, Dvořák, François Bayrou",
}

HOSTILE = "<font color=red>x</font> & <img src='/etc/passwd'/> &amp; <b>not bold</b>"


def r(text: str, **kw: bool) -> Inlines:
    return (Run(text, **kw),)


def typical_memo(classification: str = "OFFICIAL-SENSITIVE", rows: int = 5,
                 created: str = "2024-05-23T09:30:00Z") -> Memo:
    """About the size and shape of a real briefing memo."""
    agreements = tuple(
        (r(f"Memorandum on cooperation in field {i}"), r("Ministry of Trade / Ministry of Energy"),
         r("Signed"))
        for i in range(1, rows + 1))
    blocks = (
        Heading(1, r("Bottom line up front")),
        Paragraph((Run("President "), Run(NAMES["kazakh"], bold=True),
                   Run(" received the visiting delegation; talks covered trade, transit and "),
                   Run("energy", italic=True), Run(" and ended with five documents signed."))),
        Heading(1, r("Visit at a glance")),
        Table((r("Item"), r("Detail")),
              ((r("Type"), r("State visit")), (r("Date"), r("23-24 May 2024")),
               (r("Place"), r("Astana, Kazakhstan")),
               (r("Participants"), r(f"{NAMES['kazakh']}; {NAMES['russian']}"))),),
        Heading(1, r("Outcomes")),
        BulletList((r("Both sides set a trade target for the next three years."),
                    r("A joint working group on transit corridors will be formed."),
                    r("Direct flights between the capitals are to resume."))),
        Heading(1, r("Agreements")),
        Table((r("Document"), r("Parties"), r("Status")), agreements),
        Heading(1, r("Follow-ups")),
        BulletList((r("Prepare the working group's terms of reference."),
                    r("Report on the trade target by the end of the quarter.")), ordered=True),
        Heading(2, r("Next round")),
        BulletList((r("Agree the venue of the next round."),), ordered=True),
        Heading(1, r("Source")),
        Paragraph(r("Press release of the presidential office, published 23 May 2024.",
                    italic=True)),
    )
    return Memo(
        title="Briefing memo: state visit to Astana",
        blocks=blocks,
        fields=(("TO", "The Minister"), ("FROM", "Central Asia Department"),
                ("DATE", "24 May 2024"), ("SUBJECT", "State visit, 23-24 May 2024")),
        classification=classification,
        created=created,
        author="briefgen",
        subject="State visit to Astana",
        keywords=("state visit", "Kazakhstan"),
    )


def long_memo(pages_worth_rows: int = 45) -> Memo:
    """A memo whose agreements table alone runs over two pages (for furniture tests)."""
    rows = tuple((r(f"Agreement number {i} on scientific exchange"), r(f"Agency {i}"),
                  r("Q3")) for i in range(1, pages_worth_rows + 1))
    memo = typical_memo()
    blocks = memo.blocks + (Heading(1, r("Annex: all documents")),
                            Table((r("Document"), r("Owner"), r("Due")), rows))
    return Memo(title=memo.title, blocks=blocks, fields=memo.fields,
                classification="UNCLASSIFIED", created=memo.created, subject=memo.subject)


def unicode_memo() -> Memo:
    names = tuple(r(name) for name in NAMES.values())
    return Memo(
        title=f"Talks with {NAMES['kazakh']}",
        blocks=(Heading(1, r("Participants")), BulletList(names),
                Heading(1, r("Table")),
                Table((r("Name"), r("Country")),
                      ((r(NAMES["greek"]), r("Ελλάδα")), (r(NAMES["vietnamese"]), r("Việt Nam")),
                       (r(NAMES["turkish"]), r("Türkiye"))))),
        fields=(("TO", NAMES["russian"]), ("SUBJECT", NAMES["kazakh"])),
        classification="OFFICIAL",
        created="2024-01-02T03:04:05Z",
    )


def hostile_memo() -> Memo:
    """Release text that looks like markup or contains control characters."""
    return Memo(
        title=f"Title {HOSTILE}",
        blocks=(Heading(1, r(f"Heading {HOSTILE}")),
                Paragraph(r(f"Para {HOSTILE} bell\x07 nul\x00 vt\x0b esc\x1b end")),
                BulletList((r(f"Item {HOSTILE}"),)),
                Table((r("<w:t>cell</w:t>"),), ((r(f"Cell {HOSTILE}"),),))),
        fields=(("TO", f"{HOSTILE}"),),
        classification="SECRET</w:t><w:t>",
        created="2024-05-23T00:00:00Z",
    )
