"""The cypher, push and pull commands (embedded; the Neo4j side is in test_neo4j_live.py)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import careergraph
from careergraph.cli import main
from careergraph.graph.store import counts


@pytest.fixture()
def graph_file(tmp_path: Path, mini_graph: nx.MultiDiGraph) -> Path:
    path = tmp_path / "mini.json"
    careergraph.save(mini_graph, path)
    return path


def test_cypher_table(graph_file: Path, mini_graph: nx.MultiDiGraph, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--graph", str(graph_file), "cypher", "MATCH (r:Role) RETURN r.key AS key ORDER BY key"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].strip() == "key"
    roles = sorted(n for n, d in mini_graph.nodes(data=True) if d["label"] == "Role")
    assert [line.strip() for line in out[2:]] == roles


def test_cypher_json_with_params(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "MATCH (r:Role) WHERE r.key IN $keys RETURN r.key AS key, r.level AS level, $n AS n ORDER BY key"
    code = main(["--graph", str(graph_file), "cypher", query, "--param", 'keys=["nope"]', "--param", "n=3", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == []
    g = careergraph.load(graph_file)
    some = sorted(n for n, d in g.nodes(data=True) if d["label"] == "Role")[:2]
    args = ["--graph", str(graph_file), "cypher", query, "--param", f"keys={json.dumps(some)}", "--param", "n=3"]
    assert main([*args, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["key"] for r in rows] == some
    assert all(r["n"] == 3 for r in rows)
    assert all(r["level"] == g.nodes[r["key"]].get("level") for r in rows)


def test_cypher_csv_lists_as_json(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--graph", str(graph_file), "cypher", "RETURN ['a', 'b'] AS letters, 1 AS one", "--csv"])
    assert code == 0
    assert capsys.readouterr().out.splitlines() == ["letters,one", '"[""a"", ""b""]",1']


def test_cypher_error_block(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--graph", str(graph_file), "cypher", "MATCH (r:Role RETURN r"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("careergraph: error: LadybugDB:")
    assert "Parser exception" in err and "query:\n  MATCH (r:Role RETURN r" in err
    assert "Traceback" not in err


def test_missing_param_and_bad_param(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--graph", str(graph_file), "cypher", "RETURN $who AS who"]) == 1
    assert "--param who=VALUE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["cypher", "RETURN 1 AS x", "--param", "no-equals-sign"])
    assert caught.value.code == 2


def test_push_needs_a_server(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert main(["push"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "NEO4J_URI" in err
    assert main(["pull", "--neo4j", "http://example.org"]) == 1
    assert "not a Bolt URI" in capsys.readouterr().err


def test_help_mentions_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    for command, options in (
        ("cypher", ["--param", "--json", "--csv", "--neo4j"]),
        ("push", ["--neo4j", "--database", "--batch-size", "--replace", "--no-constraints"]),
        ("pull", ["--neo4j", "--database", "-o"]),
    ):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        assert all(option in text for option in options), command


def test_counts_unchanged_by_cypher(graph_file: Path) -> None:
    before = counts(careergraph.load(graph_file))
    assert main(["--graph", str(graph_file), "cypher", "MATCH (n:Skill) RETURN count(*) AS n"]) == 0
    assert counts(careergraph.load(graph_file)) == before


def test_a_write_needs_write_and_then_saves_the_file(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    role = next(n for n, d in careergraph.load(graph_file).nodes(data=True) if d["label"] == "Role")
    query = f"MATCH (r:Role {{key: '{role}'}}) SET r.name = 'Renamed' RETURN r.name AS name"
    before = graph_file.read_bytes()
    graph_file.chmod(0o640)
    assert main(["--graph", str(graph_file), "cypher", query]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the query writes (SET)" in err and "--write" in err
    assert graph_file.read_bytes() == before
    assert main(["--graph", str(graph_file), "cypher", query, "--write", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [{"name": "Renamed"}] and f"wrote {graph_file}" in captured.err
    assert careergraph.load(graph_file).nodes[role]["name"] == "Renamed"
    assert graph_file.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in graph_file.parent.iterdir()) == [graph_file.name]  # no temporary left
    assert main(["--graph", str(graph_file), "cypher", f"MATCH (r:Role {{key: '{role}'}}) RETURN r.name AS n"]) == 0
    assert "Renamed" in capsys.readouterr().out


def test_a_write_breaking_the_schema_leaves_the_file(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = graph_file.read_bytes()
    assert main(["--graph", str(graph_file), "cypher", "CREATE (r:Role {key: 'ghost'})", "--write"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("careergraph: error: the query would break the schema") and err.count("\n") == 1
    assert graph_file.read_bytes() == before
    assert main(["--graph", str(graph_file), "cypher", "ALTER TABLE Role ADD pay INT64", "--write"]) == 1
    err = capsys.readouterr().err
    assert "ALTER changes the tables or files" in err and err.count("\n") == 1
