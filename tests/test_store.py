"""The networkx store: round trips keep every attribute, writes are atomic, bad files are named."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph import store
from careergraph.graph.errors import GraphFileError
from careergraph.graph.store import from_dataframes, load, save, to_dataframes


def _snapshot(g: nx.MultiDiGraph) -> tuple[dict, dict, dict]:
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = {(u, v, k): dict(d) for u, v, k, d in g.edges(keys=True, data=True)}
    return nodes, edges, dict(g.graph)


@pytest.mark.parametrize("name", ["g.json", "g.graphml", "csvdir"])
def test_round_trip_keeps_every_attribute(tmp_path: Path, mini_graph, name) -> None:
    fmt = {"g.json": "json", "g.graphml": "graphml", "csvdir": "csv"}[name]
    target = save(mini_graph, tmp_path / name, format=fmt)
    back = load(target, format=fmt)
    before, after = _snapshot(mini_graph), _snapshot(back)
    assert after[0] == before[0]
    assert after[1] == before[1]
    assert after[2]["format"] == "careergraph"


@pytest.mark.parametrize("fmt", ["json", "graphml", "csv"])
def test_round_trip_of_the_bundled_kb(tmp_path: Path, kb_graph, fmt) -> None:
    back = load(save(kb_graph, tmp_path / f"kb.{fmt}", format=fmt), format=fmt)
    assert _snapshot(back)[:2] == _snapshot(kb_graph)[:2]


def test_dataframes_round_trip(mini_graph) -> None:
    nodes, edges = to_dataframes(mini_graph)
    assert set(nodes["label"]) == {"Role", "Skill", "JobGroup"}
    assert len(edges) == mini_graph.number_of_edges()
    assert _snapshot(from_dataframes(nodes, edges))[:2] == _snapshot(mini_graph)[:2]


def test_csv_files_are_plain_tables(tmp_path: Path, mini_graph) -> None:
    save(mini_graph, tmp_path / "out", format="csv")
    header = (tmp_path / "out" / "nodes.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("key,label,name,aliases")
    assert (tmp_path / "out" / "edges.csv").read_text(encoding="utf-8").count("\n") == mini_graph.number_of_edges() + 1


def test_failed_write_leaves_old_file_whole(tmp_path: Path, mini_graph) -> None:
    target = tmp_path / "g.json"
    save(mini_graph, target)
    before = target.read_bytes()

    def half_then_crash(handle) -> None:
        handle.write(store.dumps(mini_graph)[:100])
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        store.atomic_write(target, half_then_crash)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_crash_before_rename_during_save(tmp_path: Path, mini_graph, kb_graph, monkeypatch) -> None:
    target = save(mini_graph, tmp_path / "g.graphml")
    before = target.read_bytes()

    def fail_fsync(fd: int) -> None:
        raise OSError("I/O error")

    monkeypatch.setattr(store.os, "fsync", fail_fsync)
    with pytest.raises(OSError, match="I/O error"):
        save(kb_graph, target)
    assert target.read_bytes() == before
    assert load(target).number_of_nodes() == mini_graph.number_of_nodes()
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff", "not a text file"),
        (b'{"directed": true, "multigraph": true, "graph": {}, "nodes": [', "not valid JSON"),
        (b'{"hello": "world"}', "not a node-link graph"),
        (b'{"directed": true, "multigraph": true, "graph": {}, "nodes": [], "edges": []}', "not a careergraph graph"),
    ],
)
def test_bad_json_files_are_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(GraphFileError, match=message) as info:
        load(path)
    assert str(path) in str(info.value)


def test_truncated_real_file(tmp_path: Path, mini_graph) -> None:
    path = save(mini_graph, tmp_path / "g.json")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(GraphFileError, match="truncated or corrupt"):
        load(path)


def test_foreign_graphml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "other.graphml"
    nx.write_graphml(nx.path_graph(3, create_using=nx.MultiDiGraph), path)
    with pytest.raises(GraphFileError, match="not a careergraph graph"):
        load(path)
    path.write_text("<graphml><broken", encoding="utf-8")
    with pytest.raises(GraphFileError, match="not valid GraphML"):
        load(path)
    with pytest.raises(GraphFileError, match="no such file"):
        load(tmp_path / "absent.json")


def test_tampered_graph_is_refused(tmp_path: Path, mini_graph) -> None:
    path = save(mini_graph, tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["nodes"][0]["label"] = "Person"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError, match="unknown label 'Person'"):
        load(path)
