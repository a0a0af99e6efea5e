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
