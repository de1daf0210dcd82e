"""Neo4jStore against a mock driver: the exact statements, batches, parameters, modes and errors."""

from __future__ import annotations

import getpass
import json
import socket
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import neo4j
import networkx as nx
import pytest
from neo4j import exceptions as ne

from careergraph.cli import main
from careergraph.graph import cypher as q
from careergraph.graph.errors import CypherError, GraphServerError, WriteRefused
from careergraph.graph.naming import normalize_name
from careergraph.graph.neo4j_store import ConstraintWarning, Neo4jStore
from careergraph.graph.schema import GRAPH_LABEL, NODE_PROPERTIES, REL_PROPERTIES, Label, RelType
from careergraph.graph.store import edges_by_type, nodes_by_label

URI = "bolt://graph.example:7687"


def server_error(code: str, message: str) -> ne.Neo4jError:
    return ne.Neo4jError._hydrate_neo4j(code=code, message=message)


@dataclass
class Call:
    database: str | None
    mode: str
    query: str
    params: dict[str, Any]


class FakeResult:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self._rows = rows

    def data(self) -> list[dict[str, Any]]:
        return self._rows

    def keys(self) -> list[str]:
        return list(self._rows[0]) if self._rows else []


@dataclass
class FakeDriver:
    """Records every statement; ``answer`` gives the rows (or raises) per statement."""

    answer: Callable[[str, dict[str, Any]], list[dict[str, Any]]] = lambda query, params: []
    connect_error: Exception | None = None
    calls: list[Call] = field(default_factory=list)
    sessions: list[FakeSession] = field(default_factory=list)
    closed: bool = False
    execute_query_bookmark_manager: object = field(default_factory=object)

    def verify_connectivity(self) -> None:
        if self.connect_error is not None:
            raise self.connect_error

    def session(
        self,
        database: str | None = None,
        default_access_mode: str | None = None,
        notifications_min_severity: str | None = None,
        bookmark_manager: object = None,
    ) -> FakeSession:
        session = FakeSession(self, database, default_access_mode, notifications_min_severity, bookmark_manager)
        self.sessions.append(session)
        return self.sessions[-1]

    def close(self) -> None:
        self.closed = True

    def statements(self) -> list[str]:
        return [c.query for c in self.calls]


@dataclass
class FakeSession:
    driver: FakeDriver
    database: str | None
    access_mode: str | None
    notifications: str | None = None
    bookmarks: object = None

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def _run(self, mode: str, work: Callable[[Any], Any]) -> Any:
        assert self.access_mode == (neo4j.READ_ACCESS if mode == "read" else neo4j.WRITE_ACCESS)
        session = self

        class Tx:
            def run(self, query: str, parameters: dict[str, Any] | None = None) -> FakeResult:
                params = dict(parameters or {})
                session.driver.calls.append(Call(session.database, mode, query, params))
                return FakeResult(session.driver.answer(query, params))

        return work(Tx())

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> FakeResult:
        """An auto-commit statement: the store sends its reads this way."""
        assert self.access_mode == neo4j.READ_ACCESS
        return self._run("read", lambda tx: tx.run(query, parameters))

    def execute_read(self, work: Callable[[Any], Any]) -> Any:
        return self._run("read", work)

    def execute_write(self, work: Callable[[Any], Any]) -> Any:
        return self._run("write", work)


def store_with(driver: FakeDriver, **options: Any) -> Neo4jStore:
    return Neo4jStore(URI, password="s3cret-pw", database="careers", driver=driver, **options)


def _expected_node_rows(g: nx.MultiDiGraph, label: Label) -> list[dict[str, Any]]:
    props = [p for p in NODE_PROPERTIES[label] if p != "key"]
    return [
        {
            "key": k,
            "props": {
                **{p: q.encode_value(p, d.get(p)) for p in props},
                "key_forms": f"|{normalize_name(k)}|",
                "name_form": normalize_name(d["name"]),
                "alias_forms": "|" + "".join(f"{normalize_name(a)}|" for a in d["aliases"]),
                "long_forms": None,
            },
        }
        for k, d in nodes_by_label(g, label)
    ]


def test_push_sends_constraints_then_nodes_then_relationships_in_batches(mini_graph: nx.MultiDiGraph) -> None:
    driver = FakeDriver()
    report = store_with(driver).push(mini_graph, batch_size=2)
    assert all(c.database == "careers" and c.mode == "write" for c in driver.calls)
    expected: list[tuple[str, dict[str, Any]]] = [(q.create_constraint(label), {}) for label in Label]
    expected += [(statement, {}) for label in Label for statement in q.create_name_indexes(label)]
    for label in Label:
        rows = _expected_node_rows(mini_graph, label)
        expected += [(q.merge_nodes(label), {"rows": rows[i : i + 2]}) for i in range(0, len(rows), 2)]
    for rel in RelType:
        props = list(REL_PROPERTIES[rel])
        rows = [
            {"source": u, "target": v, "props": {p: q.encode_value(p, d.get(p)) for p in props}}
            for u, v, d in edges_by_type(mini_graph, rel)
        ]
        expected += [(q.merge_relationships(rel), {"rows": rows[i : i + 2]}) for i in range(0, len(rows), 2)]
    expected.append((q.merge_graph_attributes(), {"attributes": json.dumps(mini_graph.graph, ensure_ascii=False)}))
    assert [(c.query, c.params) for c in driver.calls] == expected
    assert report.statements == len(expected)
    assert report.rows == mini_graph.number_of_nodes() + mini_graph.number_of_edges()
    assert report.constraints and not report.warnings


def test_every_value_is_a_parameter(mini_graph: nx.MultiDiGraph) -> None:
    driver = FakeDriver()
    store_with(driver).push(mini_graph)
    for node, data in mini_graph.nodes(data=True):
        assert not any(node in c.query or data["name"] in c.query for c in driver.calls)


def test_evidence_is_flattened_to_lists_of_strings(mini_graph: nx.MultiDiGraph) -> None:
    driver = FakeDriver()
    store_with(driver).push(mini_graph)
    for call in driver.calls:
        for row in call.params.get("rows", []):
            for value in row["props"].values():
                assert value is None or isinstance(value, str | int | float) or all(isinstance(x, str) for x in value)


def test_replace_and_no_constraints(mini_graph: nx.MultiDiGraph) -> None:
    driver = FakeDriver()
    store_with(driver).push(mini_graph, replace=True, constraints=False)
    statements = driver.statements()
    assert statements[: len(Label) + 1] == [q.delete_label(label) for label in [*Label, GRAPH_LABEL]]
    assert all(c.params == {"limit": 10_000} for c in driver.calls[: len(Label) + 1])
    assert not any("CONSTRAINT" in s for s in statements)


def test_refused_constraints_warn_once_and_the_push_goes_on(mini_graph: nx.MultiDiGraph) -> None:
    def answer(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        if "CONSTRAINT" in query:
            raise server_error("Neo.DatabaseError.General.UnknownError", "An unknown error occurred")
        return []

    driver = FakeDriver(answer)
    with pytest.warns(ConstraintWarning, match="refused the uniqueness constraint"):
        report = store_with(driver).push(mini_graph)
    assert sum("CONSTRAINT" in s for s in driver.statements()) == 1
    assert driver.statements()[1 : 1 + len(Label)] == [q.create_key_index(label) for label in Label]
    assert not report.constraints and len(report.warnings) == 1
    assert report.rows == mini_graph.number_of_nodes() + mini_graph.number_of_edges()


def test_bad_batch_size(mini_graph: nx.MultiDiGraph) -> None:
    with pytest.raises(Exception, match="batch size"):
        store_with(FakeDriver()).push(mini_graph, batch_size=0)


def _answer_from(g: nx.MultiDiGraph) -> Callable[[str, dict[str, Any]], list[dict[str, Any]]]:
    """A fake server holding ``g`` as push would have written it."""
    reads: dict[str, list[dict[str, Any]]] = {}
    for label in Label:
        reads[q.pull_nodes(label)] = [
            {"key": k, "props": {p: q.encode_value(p, v) for p, v in d.items() if p != "label"}}
            for k, d in nodes_by_label(g, label)
        ]
    for rel in RelType:
        reads[q.pull_relationships(rel)] = [
            {"source": u, "target": v, "props": {p: q.encode_value(p, x) for p, x in d.items() if p != "type"}}
            for u, v, d in edges_by_type(g, rel)
        ]
    return lambda query, params: reads.get(query, [])


def test_pull_rebuilds_the_graph_with_read_calls(mini_graph: nx.MultiDiGraph) -> None:
    driver = FakeDriver(_answer_from(mini_graph))
    pulled = store_with(driver).pull()
    assert all(c.mode == "read" and c.database == "careers" and c.params == {} for c in driver.calls)
    assert dict(pulled.nodes(data=True)) == dict(mini_graph.nodes(data=True))
    edges = {(u, v, k): d for u, v, k, d in pulled.edges(keys=True, data=True)}
    assert edges == {(u, v, k): d for u, v, k, d in mini_graph.edges(keys=True, data=True)}


def test_run_reads_unless_write_is_asked_for() -> None:
    driver = FakeDriver(lambda query, params: [{"name": "A", "n": params.get("n")}])
    store = store_with(driver)
    frame = store.run("MATCH (r:Role) WHERE r.level = $n RETURN r.name AS name, $n AS n", {"n": 2})
    assert list(frame.columns) == ["name", "n"] and frame.loc[0, "n"] == 2
    store.run("MATCH (r:Role {key: $k}) SET r.level = 3", {"k": "a"})  # read mode: the server refuses it
    store.run("MATCH (r:Role {key: $k}) SET r.level = 3", {"k": "a"}, write=True)
    store.run("MATCH (r:Role {key: $k}) RETURN r.name AS name", k="b")
    assert [c.mode for c in driver.calls] == ["read", "read", "write", "read"]
    assert driver.calls[2].params == {"k": "a"} and driver.calls[3].params == {"k": "b"}
    with pytest.raises(CypherError, match=r"missing parameter \$k"):
        store.run("MATCH (r:Role {key: $k}) RETURN r.name AS name")


def test_a_write_refused_in_read_mode_says_so() -> None:
    def answer(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        raise server_error("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.")

    with pytest.raises(WriteRefused) as caught:
        store_with(FakeDriver(answer)).run("MATCH (n:Role) DETACH DELETE n")
    assert caught.value.query == "MATCH (n:Role) DETACH DELETE n"
    assert "the query writes (DELETE) and ran in read mode" in caught.value.message


def test_a_read_that_lost_its_connection_runs_again_in_a_managed_transaction() -> None:
    failures = [ne.SessionExpired("connection lost")]

    def answer(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        if failures:
            raise failures.pop()
        return [{"n": 1}]

    driver = FakeDriver(answer)
    assert store_with(driver).read("MATCH (n:Role) RETURN count(n) AS n") == [{"n": 1}]
    assert [c.mode for c in driver.calls] == ["read", "read"]


def test_a_rejected_read_is_not_sent_again() -> None:
    def answer(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        raise server_error("Neo.ClientError.Statement.SyntaxError", "Invalid input")

    driver = FakeDriver(answer)
    with pytest.raises(CypherError):
        store_with(driver).read("MATCH (n:Role RETURN n")
    assert len(driver.calls) == 1


def test_notifications_are_asked_for_only_for_the_users_queries(mini_graph: nx.MultiDiGraph) -> None:
    """The server's hints about our own statements would only clutter stderr; a user's query keeps them."""
    driver = FakeDriver(lambda query, params: [{"n": 0}])
    store = store_with(driver)
    store.push(mini_graph)
    store.counts()
    assert driver.sessions and {s.notifications for s in driver.sessions} == {"OFF"}
    driver.sessions.clear()
    store.run("RETURN 1 AS one")
    assert [s.notifications for s in driver.sessions] == [None]


def test_every_session_shares_the_drivers_bookmark_chain(mini_graph: nx.MultiDiGraph) -> None:
    """Writes and the reads after them share one bookmark manager: on a cluster a read sees the push."""
    driver = FakeDriver(lambda query, params: [{"n": 0}])
    store = store_with(driver)
    store.push(mini_graph)
    store.counts()
    store.run("RETURN 1 AS one")
    modes = {s.access_mode for s in driver.sessions}
    assert modes == {neo4j.READ_ACCESS, neo4j.WRITE_ACCESS}
    assert {id(s.bookmarks) for s in driver.sessions} == {id(driver.execute_query_bookmark_manager)}


@pytest.mark.parametrize(
    ("error", "needle"),
    [
        (ne.ServiceUnavailable("Couldn't connect to graph.example:7687 (resolved to ())"), "cannot reach the server"),
        (server_error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized"), "refused the login"),
    ],
)
def test_connection_errors_are_one_line_naming_the_uri(error: Exception, needle: str) -> None:
    store = store_with(FakeDriver(connect_error=error))
    with pytest.raises(GraphServerError) as caught:
        store.counts()
    message = str(caught.value)
    assert needle in message and URI in message
    assert "\n" not in message and "s3cret-pw" not in message


def test_missing_database_and_rejected_query() -> None:
    def answer(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        if "Nope" in query:
            raise server_error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'Nope'")
        raise server_error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist")

    store = store_with(FakeDriver(answer))
    with pytest.raises(GraphServerError, match="there is no database 'careers'"):
        store.run("MATCH (n:Role) RETURN n.key AS key")
    with pytest.raises(CypherError) as caught:
        store.run("Nope")
    assert caught.value.query == "Nope" and "Invalid input 'Nope'" in caught.value.message


def test_a_replace_deletes_in_chunks_until_none_is_left(mini_graph: nx.MultiDiGraph) -> None:
    left = {label: 25_000 for label in [*Label, GRAPH_LABEL]}

    def answer(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        for label in left:
            if query == q.delete_label(label):
                n = min(left[label], params["limit"])
                left[label] -= n
                return [{"n": n}]
        return []

    driver = FakeDriver(answer)
    store_with(driver).push(mini_graph, replace=True)
    assert not any(left.values())
    assert sum(c.query == q.delete_label(Label.ROLE) for c in driver.calls) == 4  # 10k, 10k, 5k, then 0


def test_key_lists_go_in_one_statement() -> None:
    keys = [f"role-number-{i}" for i in range(400)]
    driver = FakeDriver(lambda query, params: [{"key": k} for k in params["keys"]])
    rows = store_with(driver).read_keys(q.skills_of_roles(), keys)
    assert [r["key"] for r in rows] == keys
    assert [(c.mode, c.query) for c in driver.calls] == [("read", q.skills_of_roles())]


@pytest.mark.parametrize(
    ("uri", "needle"),
    [
        ("", "the Neo4j URI is empty"),
        ("   ", "the Neo4j URI is empty"),
        ("http://graph.example:7474", "not a Bolt URI"),
        ("bolt://graph.example:99999", "not a valid URI"),
        ("bolt://:7687", "no host"),
    ],
)
def test_bad_uris_are_one_line(uri: str, needle: str) -> None:
    with pytest.raises(GraphServerError, match=needle) as caught:
        Neo4jStore(uri, password="")
    assert "\n" not in str(caught.value)


def test_a_login_in_an_ipv6_uri_is_taken_out(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_driver(uri: str, auth: tuple[str, str]) -> FakeDriver:
        seen["auth"], seen["uri"] = auth, uri
        return FakeDriver()

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", fake_driver)
    store = Neo4jStore("bolt://neo4j:@[::1]:7687")
    assert store.uri == seen["uri"] == "bolt://[::1]:7687" and seen["auth"] == ("neo4j", "")


def test_no_password_is_kept_or_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_driver(uri: str, auth: tuple[str, str]) -> FakeDriver:
        seen["auth"], seen["uri"] = auth, uri
        return FakeDriver()

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", fake_driver)
    monkeypatch.setenv("NEO4J_USERNAME", "reader")
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "typed-pw")
    store = Neo4jStore("bolt://graph.example:7687")
    assert seen["auth"] == ("reader", "typed-pw")
    inline = Neo4jStore("bolt://user:inline-pw@graph.example:7687")
    assert seen["auth"] == ("user", "inline-pw")
    assert inline.uri == seen["uri"] == "bolt://graph.example:7687"
    text = repr(inline) + str(vars(inline))
    assert "inline-pw" not in text
    text = repr(store) + str(vars(store))
    assert "typed-pw" not in text and "inline-pw" not in text
    monkeypatch.setenv("NEO4J_PASSWORD", "env-pw")
    Neo4jStore(URI)
    assert seen["auth"] == ("reader", "env-pw")


def test_cli_push_and_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], mini_graph: nx.MultiDiGraph, tmp_path: Any
) -> None:
    import careergraph
    from careergraph import cli_cypher

    careergraph.save(mini_graph, tmp_path / "g.json")
    driver = FakeDriver()
    monkeypatch.setattr(
        cli_cypher,
        "Neo4jStore",
        lambda uri, database=None: Neo4jStore(uri, password="", database=database, driver=driver),
    )
    args = ["--graph", str(tmp_path / "g.json"), "push", "--neo4j", URI, "--database", "db2", "--batch-size", "3"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert main([*args, "--no-constraints"]) == 0
    out = capsys.readouterr().out
    assert f"pushed {mini_graph.number_of_nodes()} nodes and {mini_graph.number_of_edges()} relationships" in out
    assert {c.database for c in driver.calls} == {"db2"}
    assert max(len(c.params["rows"]) for c in driver.calls if "rows" in c.params) == 3
    driver.connect_error = ne.ServiceUnavailable("Couldn't connect to graph.example:7687")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("careergraph: error: bolt://graph.example:7687: cannot reach") and err.count("\n") == 1


def test_cli_bad_neo4j_uris_end_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Any) -> None:
    with socket.socket(socket.AF_INET6 if socket.has_ipv6 else socket.AF_INET) as s:
        s.bind(("::1", 0) if socket.has_ipv6 else ("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the CLI tries it: nothing listens there
    for uri, needle in [
        (f"bolt://neo4j:@[::1]:{port}", f"bolt://[::1]:{port}: cannot reach the server"),
        ("", "the Neo4j URI is empty"),
    ]:
        assert main(["cypher", "RETURN 1 AS one", "--neo4j", uri]) == 1
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("\n") == 1, captured.err
        assert captured.err.startswith(f"careergraph: error: {needle}"), captured.err
