"""Embedded Cypher: the LadybugDB copy of the graph, careergraph.cypher, and the Cypher builders."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import careergraph
from careergraph.graph import cypher as q
from careergraph.graph.cypher import writing_clause
from careergraph.graph.errors import CypherError, SchemaError
from careergraph.graph.ladybug_store import cypher, embedded, write
from careergraph.graph.schema import NODE_PROPERTIES, REL_PROPERTIES, Label, RelType
from careergraph.graph.store import add_node, counts
from careergraph.queries import career_path, next_roles, required_skills

README = Path(__file__).parent.parent / "README.md"


def test_tables_follow_the_schema(mini_graph: nx.MultiDiGraph) -> None:
    db = embedded(mini_graph)
    tables = set(db.run("CALL show_tables() RETURN name")["name"])
    assert tables == {label.value for label in Label} | {rel.value for rel in RelType}
    for label in Label:
        columns = list(db.run(f"CALL table_info('{label.value}') RETURN name")["name"])
        assert columns == list(NODE_PROPERTIES[label])
    for rel in RelType:
        columns = list(db.run(f"CALL table_info('{rel.value}') RETURN name")["name"])
        assert columns == list(REL_PROPERTIES[rel])


def test_counts_match_networkx(kb_graph: nx.MultiDiGraph) -> None:
    expected = counts(kb_graph)
    for label in Label:
        assert int(cypher(kb_graph, f"MATCH (n:{label.value}) RETURN count(*) AS n").loc[0, "n"]) == expected[label]
    for rel in RelType:
        got = cypher(kb_graph, f"MATCH ()-[r:{rel.value}]->() RETURN count(*) AS n").loc[0, "n"]
        assert int(got) == expected[rel]


def test_properties_survive_the_load(kb_graph: nx.MultiDiGraph) -> None:
    frame = cypher(
        kb_graph,
        "MATCH (r:Role) RETURN r.key AS key, r.name AS name, r.aliases AS aliases, r.level AS level, "
        "r.salary_min AS salary_min, r.evidence AS evidence, r.salaries AS salaries",
    )
    assert len(frame) == sum(1 for _, d in kb_graph.nodes(data=True) if d["label"] == "Role")
    assert str(frame["level"].dtype) == "Int64"  # integers with NULLs stay integers
    for row in frame.to_dict("records"):
        data = kb_graph.nodes[row["key"]]
        assert row["name"] == data["name"]
        assert list(row["aliases"]) == data["aliases"]
        assert q.decode_value("evidence", list(row["evidence"])) == data["evidence"]
        if "level" in data:
            assert row["level"] == data["level"]
        else:
            assert pd.isna(row["level"])
        if "salaries" in data:
            assert q.decode_value("salaries", list(row["salaries"])) == data["salaries"]
            assert row["salary_min"] == data["salary_min"]


def test_relationship_properties(kb_graph: nx.MultiDiGraph) -> None:
    frame = cypher(
        kb_graph,
        "MATCH (a:Role)-[q:REQUIRES]->(s:Skill) RETURN a.key AS role, s.key AS skill, q.importance AS importance",
    )
    got = {(r["role"], r["skill"]): r["importance"] for r in frame.to_dict("records")}
    want = {(u, v): d.get("importance") for u, v, k, d in kb_graph.edges(keys=True, data=True) if k == "REQUIRES"}
    assert got == want


def test_parameters_and_answers_agree_with_the_queries(kb_graph: nx.MultiDiGraph) -> None:
    role = "operations-assistant"
    frame = cypher(
        kb_graph, "MATCH (r:Role {key: $key})-[:TRANSITIONS_TO]->(n:Role) RETURN n.key AS key ORDER BY key", key=role
    )
    assert list(frame["key"]) == sorted(link.key for link in next_roles(kb_graph, role))
    skills = cypher(
        kb_graph,
        "MATCH (r:Role {key: $key})-[q:REQUIRES]->(s:Skill) RETURN s.key AS skill, q.importance AS importance",
        key="store-manager",
    )
    assert dict(zip(skills["skill"], skills["importance"], strict=True)) == required_skills(kb_graph, "store-manager")


def test_shortest_path_matches_career_path(kb_graph: nx.MultiDiGraph) -> None:
    frame = cypher(
        kb_graph,
        "MATCH p = (a:Role {key: $a})-[:TRANSITIONS_TO* SHORTEST 1..10]->(b:Role {key: $b}) RETURN length(p) AS moves",
        a="operations-assistant",
        b="operations-director",
    )
    assert int(frame.loc[0, "moves"]) == len(career_path(kb_graph, "operations-assistant", "operations-director").steps)


def test_errors_keep_the_engine_message_and_the_query(mini_graph: nx.MultiDiGraph) -> None:
    with pytest.raises(CypherError) as caught:
        cypher(mini_graph, "MATCH (r:Role RETURN r")
    assert caught.value.query == "MATCH (r:Role RETURN r"
    assert caught.value.message.startswith("Parser exception")
    assert "query:\n  MATCH (r:Role RETURN r" in str(caught.value)
    with pytest.raises(CypherError, match="function TYPE does not exist"):
        cypher(mini_graph, "MATCH ()-[r]->() RETURN type(r) AS t")


def test_several_statements_are_refused_before_any_runs(mini_graph: nx.MultiDiGraph) -> None:
    with pytest.raises(CypherError, match="2 statements separated by ';'"):
        cypher(mini_graph, "MATCH (r:Role) RETURN count(r) AS n; RETURN 1 AS one")
    assert cypher(mini_graph, "RETURN 'a;b' AS text;").loc[0, "text"] == "a;b"  # one statement, a closing ';'


def test_values_pandas_cannot_convert_come_row_by_row(mini_graph: nx.MultiDiGraph) -> None:
    frame = cypher(mini_graph, "MATCH (r:Role) RETURN id(r) AS id, r.key AS key ORDER BY key")
    assert list(frame.columns) == ["id", "key"] and len(frame) == counts(mini_graph)["Role"]
    assert all(isinstance(value, dict) and "offset" in value for value in frame["id"])


def test_missing_parameter_is_an_error_not_null(mini_graph: nx.MultiDiGraph) -> None:
    with pytest.raises(CypherError, match=r"missing parameter \$key") as caught:
        cypher(mini_graph, "MATCH (r:Role {key: $key}) RETURN r.name AS name")
    assert "--param" not in str(caught.value) and "params=" in str(caught.value)  # Python words for Python users
    # a dollar sign inside a string literal is not a parameter
    assert cypher(mini_graph, "RETURN '$5 a month' AS text").loc[0, "text"] == "$5 a month"


def test_copy_is_cached_and_rebuilt_when_the_graph_changes(mini_graph: nx.MultiDiGraph) -> None:
    first = embedded(mini_graph)
    assert embedded(mini_graph) is first
    add_node(mini_graph, Label.SKILL, "Brand new skill")
    again = embedded(mini_graph)
    assert again is not first
    assert len(again.run("MATCH (s:Skill {key: 'brand-new-skill'}) RETURN s.name AS name")) == 1


def test_public_cypher_defaults_to_the_graph_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_graph: nx.MultiDiGraph
) -> None:
    careergraph.save(mini_graph, tmp_path / "mini.json")
    monkeypatch.setenv("CAREERGRAPH_GRAPH", str(tmp_path / "mini.json"))
    frame = careergraph.cypher("MATCH (r:Role) RETURN count(*) AS n")
    assert int(frame.loc[0, "n"]) == counts(mini_graph)["Role"]
    # a parameter may be called graph when it goes in params=
    frame = careergraph.cypher("RETURN $graph AS g, $x AS x", mini_graph, params={"graph": "yes"}, x=2)
    assert frame.to_dict("records") == [{"g": "yes", "x": 2}]


def _readme_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Cypher")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else None]
    return re.findall(r"```cypher\n(.*?)```", section, flags=re.DOTALL)


def test_readme_examples_run(kb_graph: nx.MultiDiGraph) -> None:
    examples = _readme_examples()
    assert len(examples) >= 5
    for query in examples:
        frame = cypher(kb_graph, query)
        assert len(frame) > 0, query


@pytest.mark.parametrize("label", list(Label))
def test_builders_take_labels_from_the_schema_only(label: Label) -> None:
    assert f":{label.value}" in q.merge_nodes(label)
    with pytest.raises(ValueError):
        q.merge_nodes("Role) DETACH DELETE (x")
    with pytest.raises(ValueError):
        q.merge_relationships("KNOWS")


def test_record_properties_round_trip() -> None:
    evidence = [{"doc": "a.txt", "start": 1, "end": 4, "quote": "it's"}, {"doc": "b", "note": "x"}]
    encoded = q.encode_value("evidence", evidence)
    assert all(isinstance(item, str) for item in encoded)
    assert q.decode_value("evidence", encoded) == evidence
    assert q.encode_value("aliases", ["a"]) == ["a"]


@pytest.mark.parametrize(
    ("neo4j_form", "ladybug_form"),
    [
        (
            "MATCH p = shortestPath((a:Role {key: 'operations-assistant'})-[:TRANSITIONS_TO*..10]->"
            "(b:Role {key: 'operations-director'})) RETURN length(p) AS moves",
            "MATCH p = (a:Role {key: 'operations-assistant'})-[:TRANSITIONS_TO* SHORTEST 1..10]->"
            "(b:Role {key: 'operations-director'}) RETURN length(p) AS moves",
        ),
        (
            "MATCH (:Role {key: 'store-manager'})-[r]->() RETURN DISTINCT type(r) AS type",
            "MATCH (:Role {key: 'store-manager'})-[r]->() RETURN DISTINCT label(r) AS type",
        ),
        (
            "MATCH (r:Role {key: 'store-manager'}) SET r += {description: 'x'} RETURN r.key AS key",
            "MATCH (r:Role {key: 'store-manager'}) SET r.description = 'x' RETURN r.key AS key",
        ),
        (
            "CREATE CONSTRAINT IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE",
            "CALL table_info('Role') WITH * WHERE `primary key` RETURN name",
        ),
        (
            "MATCH p = (:Role {key: 'operations-assistant'})-[:TRANSITIONS_TO]->(:Role) "
            "RETURN [n IN nodes(p) | n.key] AS keys",
            "MATCH p = (:Role {key: 'operations-assistant'})-[:TRANSITIONS_TO]->(:Role) "
            "RETURN properties(nodes(p), 'key') AS keys",
        ),
    ],
)
def test_readme_dialect_differences(neo4j_form: str, ladybug_form: str) -> None:
    g = careergraph.build()  # a fresh copy: one of the forms writes
    with pytest.raises(CypherError):
        (write if writing_clause(neo4j_form) else cypher)(g, neo4j_form)
    assert len((write if writing_clause(ladybug_form) else cypher)(g, ladybug_form)) > 0
    assert str(cypher(g, "MATCH (r:Role {key: 'store-manager'}) RETURN labels(r) AS l").loc[0, "l"]) == "Role"


def test_standard_layers_in_embedded_cypher() -> None:
    """The layers' relationship types and properties are tables and columns of the embedded database."""
    data = Path(__file__).resolve().parent / "data" / "taxonomy"
    g = careergraph.build(
        onet=data / "onet" / "db_29_2_text", esco=data / "esco" / "ESCO dataset - v1.2.0 - classification - en - csv"
    )
    related = cypher(
        g,
        "MATCH (a:Role {onet_soc: $code})-[r:RELATED_TO]->(b:Role) RETURN b.onet_soc AS code, r.tier AS tier, "
        "r.rank AS rank ORDER BY rank",
        code="41-2031.00",
    )
    assert list(related["code"]) == ["41-1011.00", "43-4051.00"]
    assert list(related["tier"]) == ["Primary-Short", "Primary-Long"]
    hot = cypher(
        g, "MATCH (:Role)-[q:REQUIRES]->(s:Skill) WHERE q.hot_technology AND q.in_demand RETURN DISTINCT s.name AS s"
    )
    assert sorted(hot["s"]) == ["Microsoft Excel", "Salesforce software"]
    aligned = cypher(
        g,
        "MATCH (a:Role {key: 'store-manager'})-[x:ALIGNED_TO]->(o:Role) "
        "RETURN o.layer AS layer, x.matched_label AS label ORDER BY layer",
    )
    assert list(aligned["layer"]) == ["esco", "onet"]
    broader = cypher(g, "MATCH (a:Role)-[:HAS_BROADER]->(b:Role) RETURN a.name AS a, b.name AS b")
    assert list(zip(broader["a"], broader["b"], strict=True)) == [("e-commerce manager", "shop manager")]


# --- writes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n) DETACH DELETE n",
        "MATCH (r:Role {key: 'store-manager'}) SET r.name = 'X' RETURN r.name AS name",
        "CREATE (s:Skill {key: 'juggling', name: 'Juggling'})",
        "MERGE (s:Skill {key: 'juggling'})",
        "MATCH (r:Role) REMOVE r.description",
    ],
)
def test_a_write_is_refused_before_it_runs(kb_graph: nx.MultiDiGraph, query: str) -> None:
    before = counts(kb_graph)
    with pytest.raises(CypherError, match=r"the query writes \(\w+\): pass write=True"):
        careergraph.cypher(query, kb_graph)
    assert counts(kb_graph) == before
    assert int(careergraph.cypher("MATCH (n) RETURN count(n) AS n", kb_graph).loc[0, "n"]) == kb_graph.number_of_nodes()


def test_a_write_changes_the_graph_and_every_later_query(kb_graph: nx.MultiDiGraph) -> None:
    assert int(careergraph.cypher("MATCH (n) RETURN count(n) AS n", kb_graph).loc[0, "n"]) > 0  # a cached copy
    out = careergraph.cypher(
        "MATCH (r:Role {key: 'store-manager'}) SET r.name = 'Shop lead' RETURN r.name AS name", kb_graph, write=True
    )
    assert out.loc[0, "name"] == "Shop lead" and kb_graph.nodes["store-manager"]["name"] == "Shop lead"
    assert career_path(kb_graph, "shop lead", "operations director").names[0] == "Shop lead"  # fresh name index
    careergraph.cypher(
        "MATCH (a:Role {key: 'operations-assistant'}), (b:Role {key: 'operations-director'}) "
        "CREATE (a)-[:TRANSITIONS_TO {kind: 'promotion', years_min: 9.0, years_max: 9.0}]->(b)",
        kb_graph,
        write=True,
    )
    edge = kb_graph.edges["operations-assistant", "operations-director", "TRANSITIONS_TO"]
    assert (edge["kind"], edge["years_min"], edge["evidence"]) == ("promotion", 9.0, [])
    assert "operations-director" in [link.key for link in next_roles(kb_graph, "operations assistant")]
    careergraph.cypher("MATCH (n) DETACH DELETE n", kb_graph, write=True)
    assert kb_graph.number_of_nodes() == 0 and kb_graph.graph["format"] == "careergraph"
    assert int(careergraph.cypher("MATCH (n) RETURN count(n) AS n", kb_graph).loc[0, "n"]) == 0


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("CREATE (r:Role {key: 'ghost'})", "name must be a non-empty string|lacks \\['name'\\]"),
        ("CREATE (s:Skill {key: 'store-manager', name: 'Twin'})", "is both a Role and a Skill"),
        ("MATCH (r:Role {key: 'store-manager'}) SET r.evidence = ['not json']", "must hold JSON records"),
        ("MATCH (r:Role {key: 'store-manager'}) SET r.evidence = ['{\"doc\": 1}']", "evidence"),
        ("MATCH ()-[t:TRANSITIONS_TO]->() SET t.kind = 'sideways'", "is not one of promotion, lateral, entry"),
        ("MATCH ()-[q:REQUIRES]->() SET q.importance = 9", "importance 9 is not between 1 and 5"),
    ],
)
def test_a_write_that_breaks_the_schema_changes_nothing(kb_graph: nx.MultiDiGraph, query: str, problem: str) -> None:
    before = careergraph.graph.store.dumps(kb_graph)
    with pytest.raises(SchemaError, match=f"the query would break the schema, so nothing changed: .*({problem})"):
        careergraph.cypher(query, kb_graph, write=True)
    assert careergraph.graph.store.dumps(kb_graph) == before
    assert len(careergraph.cypher("MATCH (s:Skill {key: 'store-manager'}) RETURN s.key AS k", kb_graph)) == 0


def test_table_changes_and_write_without_a_graph_are_refused(kb_graph: nx.MultiDiGraph) -> None:
    for query in ("ALTER TABLE Role ADD pay INT64", "DROP TABLE Role", "COPY Role FROM 'roles.csv'"):
        with pytest.raises(CypherError, match="changes the tables or files"):
            careergraph.cypher(query, kb_graph, write=True)
    with pytest.raises(ValueError, match="write=True needs the graph"):
        careergraph.cypher("CREATE (s:Skill {key: 'x', name: 'X'})", write=True)
