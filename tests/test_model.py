from briefgen.model import FollowUp, VisitSummary, json_schema


def test_items_accept_plain_strings():
    s = VisitSummary.model_validate({"follow_ups": ["invite X to visit"]})
    assert isinstance(s.follow_ups[0], FollowUp)
    assert s.follow_ups[0].text == "invite X to visit"


def test_unknown_field_rejected():
    import pydantic
    import pytest

    with pytest.raises(pydantic.ValidationError):
        VisitSummary.model_validate({"agreemnts": []})


def test_schema_names_contract_fields():
    props = json_schema()["properties"]
    for field in ("title", "date", "date_end", "location", "visit_type", "countries",
                  "participants", "agreements", "outcomes", "follow_ups",
                  "cooperation_areas", "projects", "source"):
        assert field in props


def test_atomic_write_gives_normal_permissions(tmp_path):
    import os

    from briefgen.support.fsutil import write_bytes_atomic

    out = write_bytes_atomic(tmp_path / "a.bin", b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_safe_stem_keeps_names_in_any_script_and_nothing_that_escapes():
    from briefgen.support.fsutil import safe_stem

    assert safe_stem("Тоқаев визит.txt") == "Тоқаев-визит.txt"
    assert safe_stem("../../etc/passwd") == "passwd"
    assert safe_stem("a\u202eb;$(rm).txt") == "a-b-rm-.txt"
    assert safe_stem("...") == "memo"
    assert len(safe_stem("會談" * 100).encode("utf-8")) <= 120
