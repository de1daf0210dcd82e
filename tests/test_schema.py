"""The schema: labels and types are closed sets, keys are slugs, evidence is checked."""

from __future__ import annotations

import pytest

from careergraph.graph.errors import SchemaError
from careergraph.graph.schema import ENDPOINTS, NODE_PROPERTIES, REL_PROPERTIES, Label, RelType, slugify
from careergraph.graph.store import add_node, add_relationship, add_salary, counts, new_graph


def test_schema_tables_cover_every_label_and_type() -> None:
    assert set(NODE_PROPERTIES) == set(Label)
    assert set(REL_PROPERTIES) == set(RelType)
    assert set(ENDPOINTS) == set(RelType)
    assert {label.value for label in Label} == {"Role", "Skill", "JobGroup"}
    assert {t.value for t in RelType} == {
        "TRANSITIONS_TO",
        "REQUIRES",
        "IN_GROUP",
        "HANDS_OFF_TO",
        "RELATED_TO",
        "HAS_BROADER",
        "ALIGNED_TO",
    }


@pytest.mark.parametrize(
    ("name", "key"),
    [("Store Manager", "store-manager"), ("CRM commissioner ", "crm-commissioner"), ("SEO/SEM", "seo-sem")],
)
def test_slugify(name: str, key: str) -> None:
    assert slugify(name) == key


def test_slugify_rejects_names_without_letters() -> None:
    with pytest.raises(SchemaError, match="cannot make a key"):
        slugify(" -- ")


def test_unknown_label_is_refused() -> None:
    with pytest.raises(SchemaError, match="unknown label 'Person'"):
        add_node(new_graph(), "Person", "Alice")


def test_unknown_relationship_type_is_refused() -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "A")
    add_node(g, Label.ROLE, "B")
    with pytest.raises(SchemaError, match="unknown relationship type 'MANAGES'"):
        add_relationship(g, "MANAGES", "a", "b")


def test_unknown_property_is_refused() -> None:
    with pytest.raises(SchemaError, match=r"unknown properties \['colour'\]"):
        add_node(new_graph(), Label.SKILL, "SEO", colour="red")


def test_key_cannot_change_label() -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "Operations")
    with pytest.raises(SchemaError, match="already a Role"):
        add_node(g, Label.SKILL, "Operations")


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"years_min": 5, "years_max": 3}, "years_min 5 is greater than years_max 3"),
        ({"years_min": "two"}, "'two' is not a number"),
        ({"years_min": -1}, "years_min -1 is negative"),
        ({"kind": "demotion"}, "kind 'demotion' is not one of"),
    ],
)
def test_transition_values_are_checked(props: dict, message: str) -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "A")
    add_node(g, Label.ROLE, "B")
    with pytest.raises(SchemaError, match=message):
        add_relationship(g, RelType.TRANSITIONS_TO, "a", "b", **props)


def test_importance_must_be_one_to_five() -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "A")
    add_node(g, Label.SKILL, "S")
    with pytest.raises(SchemaError, match="importance 7 is not between 1 and 5"):
        add_relationship(g, RelType.REQUIRES, "a", "s", importance=7)


@pytest.mark.parametrize(
    "evidence",
    [
        [{"doc": "a.txt"}],
        [{"doc": "a.txt", "note": ""}],
        [{"doc": "a.txt", "start": 1, "end": 2}],
        [{"doc": "a.txt", "start": -1, "end": 2, "quote": "x"}],
        ["just a string"],
    ],
)
def test_malformed_evidence_is_refused(evidence: list) -> None:
    with pytest.raises(SchemaError, match="evidence"):
        add_node(new_graph(), Label.ROLE, "A", evidence=evidence)


def test_merging_a_fact_keeps_all_evidence_and_widens_years() -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "A")
    add_node(g, Label.ROLE, "B")
    add_relationship(
        g, RelType.TRANSITIONS_TO, "a", "b", years_min=1, years_max=2, evidence=[{"doc": "x", "note": "n"}]
    )
    add_relationship(
        g, RelType.TRANSITIONS_TO, "a", "b", years_min=2, years_max=4, evidence=[{"doc": "y", "note": "m"}]
    )
    edge = g.edges["a", "b", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (1.0, 4.0)
    assert [e["doc"] for e in edge["evidence"]] == ["x", "y"]
    assert counts(g)["TRANSITIONS_TO"] == 1


def test_conflicting_salaries_are_all_kept() -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "Director")
    add_salary(g, "director", doc="a", min=10000, max=15000)
    add_salary(g, "director", doc="b", min=12000, max=12000)
    add_salary(g, "director", doc="b", min=12000, max=12000)
    salaries = g.nodes["director"]["salaries"]
    assert [(s["doc"], s["min"], s["max"]) for s in salaries] == [("a", 10000, 15000), ("b", 12000, 12000)]
    with pytest.raises(SchemaError, match="min 9 is above max 5"):
        add_salary(g, "director", doc="c", min=9, max=5)
