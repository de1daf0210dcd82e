"""Neo4jStore and the push/pull/cypher commands against a real Neo4j server.

The server is the Neo4j Community the test session starts (``bolt_server`` in
conftest.py), or the user's own when ``NEO4J_URI`` is set (login from
``NEO4J_USERNAME``/``NEO4J_PASSWORD``, database from ``NEO4J_DATABASE``).
These tests replace every Role, Skill and JobGroup node in that database.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import careergraph
from careergraph.cli import main
from careergraph.graph.errors import CypherError, GraphServerError, WriteRefused
from careergraph.graph.neo4j_server import Neo4jServer
from careergraph.graph.neo4j_store import Neo4jStore, PushReport
from careergraph.graph.store import counts
from careergraph.graph.synthetic import synthetic_graph
from careergraph.queries import career_path, neighbors, next_roles, required_skills

pytestmark = pytest.mark.live

BATCH = 50  # small batches: several statements per label even for the knowledge base


@pytest.fixture()
def store(bolt_server: Any) -> Iterator[Neo4jStore]:
    with bolt_server.store() as s:
        yield s


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pushed(store: Neo4jStore, g: nx.MultiDiGraph) -> PushReport:
    return store.push(g, batch_size=BATCH, replace=True)


def test_push_is_idempotent(store: Neo4jStore, kb_graph: nx.MultiDiGraph) -> None:
    report = _pushed(store, kb_graph)
    assert report.rows == kb_graph.number_of_nodes() + kb_graph.number_of_edges()
    assert store.counts() == counts(kb_graph)
    store.push(kb_graph, batch_size=BATCH, constraints=False)
    assert store.counts() == counts(kb_graph)


def test_push_then_pull_gives_the_same_graph(store: Neo4jStore, kb_graph: nx.MultiDiGraph) -> None:
    _pushed(store, kb_graph)
    pulled = store.pull()
    assert dict(pulled.nodes(data=True)) == dict(kb_graph.nodes(data=True))
    edges = {(u, v, k): d for u, v, k, d in pulled.edges(keys=True, data=True)}
    assert edges == {(u, v, k): d for u, v, k, d in kb_graph.edges(keys=True, data=True)}
    assert pulled.graph == kb_graph.graph and pulled.graph["sources"]


def test_constraints_are_made_once_and_hold(store: Neo4jStore, kb_graph: nx.MultiDiGraph) -> None:
    assert _pushed(store, kb_graph).constraints
    store.push(kb_graph, batch_size=BATCH)  # IF NOT EXISTS: a second push does not fail on them
    made = store.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties")
    ours = made[made["name"].str.startswith("careergraph_")]
    assert sorted(ours["labelsOrTypes"].map(tuple)) == sorted((label.value,) for label in careergraph.Label)
    assert set(ours["type"]) == {"UNIQUENESS"} and all(list(p) == ["key"] for p in ours["properties"])
    with pytest.raises(CypherError, match="already exists"):
        store.run("CREATE (r:Role {key: $key})", key="store-manager", write=True)


def test_replace_keeps_nodes_of_other_labels(store: Neo4jStore, kb_graph: nx.MultiDiGraph) -> None:
    store.run("MERGE (x:SomebodyElse {key: 'theirs'})", write=True)
    try:
        _pushed(store, kb_graph)
        assert store.run("MATCH (x:SomebodyElse) RETURN count(x) AS n").loc[0, "n"] == 1
    finally:
        store.run("MATCH (x:SomebodyElse) DELETE x", write=True)


def test_replace_removes_what_was_there(
    store: Neo4jStore, kb_graph: nx.MultiDiGraph, mini_graph: nx.MultiDiGraph
) -> None:
    _pushed(store, kb_graph)
    _pushed(store, mini_graph)
    assert store.counts() == counts(mini_graph)


def test_cypher_on_the_server(store: Neo4jStore, kb_graph: nx.MultiDiGraph) -> None:
    _pushed(store, kb_graph)
    role = "operations-assistant"
    frame = store.run(
        "MATCH (r:Role)-[:TRANSITIONS_TO]->(n:Role) WHERE r.key = $key RETURN n.key AS key ORDER BY key", {"key": role}
    )
    assert list(frame["key"]) == sorted(link.key for link in next_roles(kb_graph, role))
    frame = store.run(
        "MATCH (r:Role)-[q:REQUIRES]->(s:Skill) WHERE r.key = $key RETURN s.key AS skill, q.importance AS importance",
        {"key": "store-manager"},
    )
    assert dict(zip(frame["skill"], frame["importance"], strict=True)) == required_skills(kb_graph, "store-manager")
    frame = store.run(
        "MATCH (a:Role), (b:Role) WHERE a.key = $a AND b.key = $b "
        "WITH shortestPath((a)-[:TRANSITIONS_TO*1..10]->(b)) AS p RETURN length(p) AS moves",
        {"a": role, "b": "operations-director"},
    )
    assert int(frame.loc[0, "moves"]) == len(career_path(kb_graph, role, "operations-director").steps)
    frame = store.run("MATCH (r:Role)-[t]->(x) WHERE r.key = $key RETURN DISTINCT type(t) AS type", {"key": role})
    assert set(frame["type"]) == {k for _, _, k in kb_graph.out_edges(role, keys=True)}
    frame = store.run("MATCH (r:Role) WHERE $alias IN r.aliases RETURN r.key AS key", {"alias": "店长"})
    assert list(frame["key"]) == ["store-manager"]


def test_quotes_survive(store: Neo4jStore, kb_graph: nx.MultiDiGraph) -> None:
    _pushed(store, kb_graph)
    frame = store.run("MATCH (s:Skill) WHERE s.key = $key RETURN s.description AS text", {"key": "self-assessment"})
    assert frame.loc[0, "text"] == kb_graph.nodes["self-assessment"]["description"]
    assert "'" in frame.loc[0, "text"]


def test_query_errors(store: Neo4jStore) -> None:
    with pytest.raises(CypherError) as caught:
        store.run("MATCH (r:Role RETURN r")
    assert caught.value.query == "MATCH (r:Role RETURN r"
    assert store.run("RETURN 1 AS one").loc[0, "one"] == 1  # the connection is still usable


def test_wrong_password_and_no_server(bolt_server: Any) -> None:
    with Neo4jStore(
        bolt_server.uri, user=bolt_server.user, password="certainly-wrong-pw", database=bolt_server.database
    ) as bad:
        with pytest.raises(GraphServerError) as caught:
            bad.counts()
    message = str(caught.value)
    assert bolt_server.uri in message and "certainly-wrong-pw" not in message and "\n" not in message
    with Neo4jStore(f"bolt://127.0.0.1:{_free_port()}", password="") as nowhere:
        with pytest.raises(GraphServerError, match="cannot reach"):
            nowhere.counts()


def test_cli_push_pull_cypher(
    bolt_server: Any,
    kb_graph: nx.MultiDiGraph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    monkeypatch.setenv("NEO4J_USERNAME", bolt_server.user)
    careergraph.save(kb_graph, tmp_path / "kb.json")
    where = ["--neo4j", bolt_server.uri] + (["--database", bolt_server.database] if bolt_server.database else [])
    push = ["--graph", str(tmp_path / "kb.json"), "push", *where, "--replace", "--batch-size", str(BATCH)]
    assert main(push) == 0
    captured = capsys.readouterr()
    assert f"pushed {kb_graph.number_of_nodes()} nodes" in captured.out
    assert "warning" not in captured.err
    assert main([*push, "--no-constraints"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert main(["pull", *where, "-o", str(tmp_path / "pulled.json")]) == 0
    capsys.readouterr()
    pulled = careergraph.load(tmp_path / "pulled.json")
    assert dict(pulled.nodes(data=True)) == dict(kb_graph.nodes(data=True))
    query = "MATCH (r:Role)-[:IN_GROUP]->(j:JobGroup) WHERE j.key = $group RETURN r.key AS key ORDER BY key"
    assert main(["cypher", query, "--param", "group=customer-service", "--json", *where]) == 0
    rows = json.loads(capsys.readouterr().out)
    members = sorted(u for u, v, k in kb_graph.edges(keys=True) if k == "IN_GROUP" and v == "customer-service")
    assert [r["key"] for r in rows] == members
    assert main(["cypher", "MATCH (r:Role RETURN r", *where]) == 1
    assert "query:\n  MATCH (r:Role RETURN r" in capsys.readouterr().err


def test_a_write_runs_only_when_asked_for(store: Neo4jStore, kb_graph: nx.MultiDiGraph) -> None:
    """Without write=True the query runs in read mode and the server refuses a write; with it the write is made."""
    _pushed(store, kb_graph)
    count = "MATCH (r:Role) WHERE r.key = $key RETURN count(r) AS n"
    for query in [
        "CREATE (r:Role {key: $key, name: 'Ghost'})",
        "MERGE (r:Role {key: $key}) RETURN r.key AS key",
        "CALL { CREATE (r:Role {key: $key}) } RETURN 1 AS one",
    ]:
        with pytest.raises(WriteRefused, match="pass write=True") as caught:
            store.run(query, key="ghost")
        assert caught.value.query == query
        assert store.run(count, key="ghost").loc[0, "n"] == 0
    with pytest.raises(WriteRefused):
        careergraph.cypher("MATCH (r:Role {key: 'store-manager'}) SET r.level = 9", store)
    assert careergraph.cypher("MATCH (r:Role {key: $key}) RETURN r.level AS level", store, key="store-manager").loc[
        0, "level"
    ] == kb_graph.nodes["store-manager"].get("level")
    try:
        careergraph.cypher("CREATE (r:Role {key: $key, name: 'Ghost'})", store, key="ghost", write=True)
        assert store.run(count, key="ghost").loc[0, "n"] == 1
    finally:
        store.run("MATCH (r:Role {key: 'ghost'}) DELETE r", write=True)


def test_cypher_command_writes_only_with_write(
    bolt_server: Any,
    store: Neo4jStore,
    kb_graph: nx.MultiDiGraph,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """cypher --neo4j: a write without --write is one line naming it and --write, exit 1; with --write it is made."""
    _pushed(store, kb_graph)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    monkeypatch.setenv("NEO4J_USERNAME", bolt_server.user)
    where = ["--neo4j", bolt_server.uri] + (["--database", bolt_server.database] if bolt_server.database else [])
    create = "CREATE (r:Role {key: 'ghost', name: 'Ghost'}) RETURN r.key AS key"
    count = "MATCH (r:Role {key: 'ghost'}) RETURN count(r) AS n"
    capsys.readouterr()
    assert main(["cypher", create, *where]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "careergraph: error: the query writes (CREATE) and Neo4j refused it in read mode, so nothing changed: "
        f"add --write to run it on {bolt_server.uri}"
    ]
    assert store.run(count).loc[0, "n"] == 0
    try:
        assert main(["cypher", create, "--write", "--json", *where]) == 0
        assert json.loads(capsys.readouterr().out) == [{"key": "ghost"}]
        assert store.run(count).loc[0, "n"] == 1
        assert main(["cypher", count, "--json", *where]) == 0  # a read still runs without --write
        assert json.loads(capsys.readouterr().out) == [{"n": 1}]
    finally:
        store.run("MATCH (r:Role {key: 'ghost'}) DELETE r", write=True)


def test_standard_layers_push_and_pull(store: Neo4jStore) -> None:
    """O*NET and ESCO layers (RELATED_TO, HAS_BROADER, ALIGNED_TO, dataset evidence, booleans) survive the trip."""
    data = Path(__file__).resolve().parent / "data" / "taxonomy"
    g = careergraph.build(
        onet=data / "onet" / "db_29_2_text", esco=data / "esco" / "ESCO dataset - v1.2.0 - classification - en - csv"
    )
    _pushed(store, g)
    assert store.counts() == counts(g)
    pulled = store.pull()
    assert dict(pulled.nodes(data=True)) == dict(g.nodes(data=True))
    edges = {(u, v, k): d for u, v, k, d in pulled.edges(keys=True, data=True)}
    assert edges == {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}
    frame = store.run(
        "MATCH (a:Role)-[r:RELATED_TO]->(b:Role) WHERE a.onet_soc = $code RETURN b.onet_soc AS code, r.rank AS rank",
        {"code": "41-2031.00"},
    )
    assert sorted(zip(frame["rank"], frame["code"], strict=True)) == [(1, "41-1011.00"), (2, "43-4051.00")]
    # a standard occupation is found by its code in the database too, as on networkx
    for code in ["41-2031.00", "41-2031.00 "]:
        assert [r.to_dict() for r in next_roles(store, code)] == [r.to_dict() for r in next_roles(g, code)]
        assert [n.to_dict() for n in neighbors(store, code)] == [n.to_dict() for n in neighbors(g, code)]


def test_a_push_cut_short_by_a_stopped_server_converges_when_run_again(tmp_path: Path) -> None:
    """Kill the server in the middle of a push, start it again on the same data, push again: the whole graph."""
    import neo4j

    g = synthetic_graph(roles=300, skills=600, requires=3000, transitions=900, groups=8, seed=5)
    g.graph["sources"] = ["synthetic"]
    data = tmp_path / "data"
    first = Neo4jServer(data=data).start()
    password, port = first.password, first.port
    driver = neo4j.GraphDatabase.driver(first.uri, auth=("neo4j", password), max_transaction_retry_time=1.0)
    batches = []

    def stop_after_a_few(name: str, done: int) -> None:
        batches.append(name)
        if len(batches) == 3:
            first.kill()

    try:
        with Neo4jStore(first.uri, password=password, driver=driver) as store:
            with pytest.raises(GraphServerError, match="cannot reach"):
                store.push(g, batch_size=100, progress=stop_after_a_few)
    finally:
        first.stop()
    with Neo4jServer(password=password, port=port, data=data) as second:
        with Neo4jStore(second.uri, password=password) as store:
            partial = store.counts()
            assert 0 < sum(partial.values()) < sum(counts(g).values())  # the killed push left part of the graph
            store.push(g, batch_size=100)
            assert store.counts() == counts(g)
            assert store.pull().graph == g.graph


def test_routing_uri_and_a_missing_database(bolt_server: Any, kb_graph: nx.MultiDiGraph) -> None:
    """A neo4j:// routing URI reaches the same server; a database it lacks is one line naming it."""
    routing = bolt_server.uri.replace("bolt://", "neo4j://", 1)
    with Neo4jStore(routing, user=bolt_server.user, password=bolt_server.password, database=bolt_server.database) as s:
        _pushed(s, kb_graph)
        assert s.counts() == counts(kb_graph)
    with Neo4jStore(bolt_server.uri, user=bolt_server.user, password=bolt_server.password, database="nosuchdb") as s:
        with pytest.raises(GraphServerError, match="there is no database 'nosuchdb'"):
            s.counts()


def test_a_parameter_map_key_is_a_value_not_cypher(
    bolt_server: Any,
    kb_graph: nx.MultiDiGraph,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A map key that reads like Cypher comes back as a key; nothing is deleted."""
    with bolt_server.store() as store:
        _pushed(store, kb_graph)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    monkeypatch.setenv("NEO4J_USERNAME", bolt_server.user)
    where = ["--neo4j", bolt_server.uri] + (["--database", bolt_server.database] if bolt_server.database else [])
    key = "a:1} MATCH (s) DETACH DELETE s RETURN 1 AS x //"
    assert main(["cypher", "RETURN $m AS x", "--param", "m=" + json.dumps({key: "v"}), "--json", *where]) == 0
    assert json.loads(capsys.readouterr().out) == [{"x": {key: "v"}}]
    with bolt_server.store() as store:
        assert store.counts() == counts(kb_graph)
