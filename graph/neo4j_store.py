"""Neo4j: push the graph to a Neo4j database, pull it back, run Cypher there.

Only the official ``neo4j`` driver is used. Every statement comes from
:mod:`careergraph.graph.cypher` (labels and types from the schema Enums, every
value a ``$parameter``); every session names its database, and reads run in
read mode (routed to a reader in a cluster). Statements go through sessions'
managed transactions (``execute_read``/``execute_write``) rather than
``driver.execute_query``: the same database naming and routing, and the
driver's retries, without the extra round trip per call that costs FalkorDB
about 44 ms a statement.

The login comes from the arguments, else ``NEO4J_USERNAME`` (default
``neo4j``) and ``NEO4J_PASSWORD``, else a prompt when stdin is a terminal. The
password goes to the driver only: it is never kept, printed or logged.

FalkorDB's Bolt server (used for the live tests) speaks to the same driver
with a few quirks, handled when the server is recognised: it pastes string
parameters into the query text unescaped (so they are escaped for it), a
statement with its parameters must stay under about 4 KB (so batches are cut
smaller), it refuses Neo4j's constraint syntax (a warning, and the push goes
on), and a connection closed with Bolt ``GOODBYE`` stalls the next one (so the
store closes its connections without it).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import networkx as nx

from careergraph.graph import cypher as q
from careergraph.graph.errors import CareerGraphError, CypherError, GraphServerError
from careergraph.graph.schema import NODE_PROPERTIES, REL_PROPERTIES, Label, RelType
from careergraph.graph.store import edges_by_type, new_graph, nodes_by_label, validate_graph

if TYPE_CHECKING:  # pandas loads only when a query's rows are returned
    import pandas as pd

__all__ = [
    "DATABASE_ENV",
    "DEFAULT_DATABASE",
    "FALKORDB_STATEMENT_BYTES",
    "PASSWORD_ENV",
    "URI_ENV",
    "USERNAME_ENV",
    "ConstraintWarning",
    "Neo4jStore",
    "PushReport",
]

URI_ENV = "NEO4J_URI"
USERNAME_ENV = "NEO4J_USERNAME"
PASSWORD_ENV = "NEO4J_PASSWORD"
DATABASE_ENV = "NEO4J_DATABASE"
DEFAULT_DATABASE = "neo4j"
#: FalkorDB crashes on a statement whose text and parameters pass about 4 KB.
FALKORDB_STATEMENT_BYTES = 3000

_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


class ConstraintWarning(UserWarning):
    """The server refused the uniqueness constraints; the push went on without them."""


@dataclass
class PushReport:
    """What :meth:`Neo4jStore.push` sent: rows per label and type, statements, warnings."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    statements: int = 0
    constraints: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        """Nodes plus relationships written."""
        return sum(self.nodes.values()) + sum(self.relationships.values())


def _safe_uri(uri: str) -> str:
    """The URI without any ``user:password@`` part, for messages."""
    parts = urlsplit(uri)
    if parts.username is None and parts.password is None:
        return uri
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return parts._replace(netloc=host).geturl()


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _escape_for_falkordb(value: Any) -> Any:
    # FalkorDB pastes string parameters between single quotes without escaping them.
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [_escape_for_falkordb(v) for v in value]
    if isinstance(value, dict):
        return {k: _escape_for_falkordb(v) for k, v in value.items()}
    return value


def _statement_bytes(query: str, params: Mapping[str, Any]) -> int:
    return len(query.encode()) + len(json.dumps(params, ensure_ascii=False, default=str).encode())


def _decoded(props: Mapping[str, Any], allowed: Mapping[str, type]) -> dict[str, Any]:
    """The schema's properties of a pulled node or relationship, list values decoded."""
    return {k: q.decode_value(k, v) for k, v in props.items() if k in allowed and v is not None}


def _node_rows(g: nx.MultiDiGraph, label: Label) -> list[dict[str, Any]]:
    props = [p for p in NODE_PROPERTIES[label] if p != "key"]
    return [
        {"key": key, "props": {p: q.encode_value(p, data.get(p)) for p in props}}
        for key, data in sorted(nodes_by_label(g, label), key=lambda item: item[0])
    ]


def _rel_rows(g: nx.MultiDiGraph, rel: RelType) -> list[dict[str, Any]]:
    props = list(REL_PROPERTIES[rel])
    return [
        {"source": u, "target": v, "props": {p: q.encode_value(p, data.get(p)) for p in props}}
        for u, v, data in sorted(edges_by_type(g, rel), key=lambda item: (item[0], item[1]))
    ]


class Neo4jStore:
    """A careergraph graph in a Neo4j database (or a server speaking Bolt like it).

    Parameters
    ----------
    uri : str, optional
        ``bolt://HOST:7687`` or ``neo4j://HOST:7687`` (default: ``$NEO4J_URI``).
    user, password : str, optional
        The login (default: ``$NEO4J_USERNAME`` or ``neo4j``, and
        ``$NEO4J_PASSWORD`` or a prompt when stdin is a terminal, else empty).
    database : str, optional
        The database every call names (default: ``$NEO4J_DATABASE`` or ``neo4j``).
    server : {"auto", "neo4j", "falkordb"}, default "auto"
        Which server to expect; ``auto`` recognises FalkorDB on connecting.
    driver : neo4j.Driver, optional
        A driver to use instead of making one (tests pass a mock).

    Raises
    ------
    GraphServerError
        No URI, or not a Bolt URI. Unreachable servers, refused logins and
        missing databases raise it on first use, naming the URI (never the
        password).

    Examples
    --------
    >>> store = Neo4jStore("bolt://localhost:7687", password="", database="careers")
    >>> store
    Neo4jStore('bolt://localhost:7687', database='careers')
    >>> store.close()
    """

    def __init__(
        self,
        uri: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        server: Literal["auto", "neo4j", "falkordb"] = "auto",
        driver: Any = None,
    ) -> None:
        uri = uri or os.environ.get(URI_ENV)
        if not uri:
            raise GraphServerError(f"no Neo4j server named: give --neo4j bolt://HOST:7687 or set {URI_ENV}")
        scheme = urlsplit(uri).scheme.lower()
        if scheme not in _SCHEMES:
            raise GraphServerError(f"{_safe_uri(uri)}: not a Bolt URI (use bolt://HOST:7687 or neo4j://HOST:7687)")
        if server not in ("auto", "neo4j", "falkordb"):
            raise ValueError(f"server must be 'auto', 'neo4j' or 'falkordb', not {server!r}")
        self.uri = _safe_uri(uri)
        parts = urlsplit(uri)
        if parts.username is not None and user is None:
            user = parts.username  # a login written into the URI counts, but stays out of it
        if parts.password is not None and password is None:
            password = parts.password
        self.database = database or os.environ.get(DATABASE_ENV) or DEFAULT_DATABASE
        self.user = user if user is not None else os.environ.get(USERNAME_ENV) or "neo4j"
        self._server: str = server
        self._checked = False
        if driver is None:
            driver = self._make_driver(self.uri, password)
        self._driver = driver

    def _make_driver(self, uri: str, password: str | None) -> Any:
        import neo4j

        if password is None:
            password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = getpass.getpass(f"Neo4j password for {self.user} at {self.uri}: ") if sys.stdin.isatty() else ""
        try:
            return neo4j.GraphDatabase.driver(uri, auth=(self.user, password))
        except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
            raise GraphServerError(f"{self.uri}: cannot connect ({_one_line(str(exc))})") from None

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def server(self) -> str:
        """``neo4j`` or ``falkordb`` (connects to find out when it was ``auto``)."""
        self._connect()
        return self._server

    def close(self) -> None:
        """Close the driver and its connections."""
        if self._server == "falkordb":
            # FalkorDB stalls the next connection after a GOODBYE: drop the sockets without one.
            pool = getattr(self._driver, "_pool", None)
            for connections in getattr(pool, "connections", {}).values():
                for connection in list(connections):
                    connection.goodbye = lambda *args, **kwargs: None
        self._driver.close()

    # --- talking to the server -------------------------------------------------

    def _error(self, exc: Exception, query: str | None = None) -> CareerGraphError:
        from neo4j import exceptions as ne

        where = self.uri
        if isinstance(exc, ne.AuthError):
            return GraphServerError(
                f"{where}: the server refused the login for user {self.user!r} "
                f"(set {USERNAME_ENV} and {PASSWORD_ENV}, or type the password when asked)"
            )
        code = getattr(exc, "code", None) or ""
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            return GraphServerError(f"{where}: there is no database {self.database!r} (choose one with --database)")
        if isinstance(exc, ne.Neo4jError) and query is not None:
            message = getattr(exc, "message", None) or str(exc)
            if self._server == "falkordb":
                message += " (FalkorDB gives no reason; it lacks some Neo4j Cypher such as constraints and =~)"
            return CypherError(f"{message} [{code}]" if code else message, query, engine=f"Neo4j at {where}")
        if isinstance(exc, ne.ServiceUnavailable | ne.SessionExpired):
            return GraphServerError(f"{where}: cannot reach the server ({_one_line(str(exc)).split(' (')[0]})")
        return GraphServerError(f"{where}: {type(exc).__name__}: {_one_line(str(exc))}")

    def _connect(self) -> None:
        if self._checked:
            return
        from neo4j import exceptions as ne

        try:
            self._driver.verify_connectivity()
        except ne.DatabaseError as exc:  # FalkorDB's answer to a password it does not expect
            raise GraphServerError(
                f"{self.uri}: the server refused the connection for user {self.user!r} "
                f"({exc.message}; check {PASSWORD_ENV})"
            ) from None
        except (ne.Neo4jError, ne.DriverError, OSError) as exc:
            raise self._error(exc) from None
        self._checked = True
        if self._server == "auto":
            self._server = self._detect()

    def _detect(self) -> str:
        from neo4j import exceptions as ne

        try:
            self._call(q.server_components(), {}, write=False)
        except CypherError as exc:
            cause = exc.__cause__
            if isinstance(cause, ne.DatabaseError) and cause.message == "An unknown error occurred":
                return "falkordb"
        return "neo4j"

    def _call(self, query: str, params: Mapping[str, Any], *, write: bool) -> tuple[list[str], list[dict[str, Any]]]:
        """Run one statement in a managed transaction; return its column names and rows."""
        import neo4j
        from neo4j import exceptions as ne

        self._connect()
        values = dict(params)
        if self._server == "falkordb":
            values = _escape_for_falkordb(values)
            if values and _statement_bytes(query, values) > FALKORDB_STATEMENT_BYTES:
                # past about 4 KB FalkorDB does not answer an error: the server process dies
                raise GraphServerError(
                    f"{self.uri}: this statement with its parameters is over FalkorDB's 4 KB limit; "
                    "pass fewer or shorter values"
                )

        def work(tx: Any) -> tuple[list[str], list[dict[str, Any]]]:
            result = tx.run(query, values)
            rows = result.data()
            return list(result.keys()), rows

        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        try:
            with self._driver.session(database=self.database, default_access_mode=mode) as session:
                run = session.execute_write if write else session.execute_read
                columns, rows = run(work)
        except (ne.Neo4jError, ne.DriverError) as exc:
            error = self._error(exc, query)
            raise error from (exc if isinstance(error, CypherError) else None)
        return columns, rows

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query (read access mode) and return its rows as dicts."""
        q.check_parameters(query, params or {}, engine=f"Neo4j at {self.uri}")
        return self._call(query, params or {}, write=False)[1]

    def read_keys(self, query: str, keys: Sequence[str]) -> list[dict[str, Any]]:
        """Run a read query taking a list ``$keys``, in as many parts as the server needs; rows of all parts.

        Neo4j takes the whole list at once; FalkorDB's 4 KB statement limit may need several parts.
        """
        rows: list[dict[str, Any]] = []
        for part in self._batches(query, [{"key": key} for key in keys], len(keys) or 1, name="keys"):
            rows += self.read(query, {"keys": [item["key"] for item in part]})
        return rows

    def write(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a writing query (write access mode) and return its rows as dicts."""
        q.check_parameters(query, params or {}, engine=f"Neo4j at {self.uri}")
        return self._call(query, params or {}, write=True)[1]

    def run(
        self,
        query: str,
        params: Mapping[str, Any] | None = None,
        /,
        *,
        write: bool | None = None,
        **kw_params: Any,
    ) -> pd.DataFrame:
        """Run a Cypher query on the server; return its rows as a DataFrame.

        Parameter values come from ``params`` and keywords:
        ``store.run("MATCH (r:Role {key: $key}) RETURN r.name AS name", key="store-manager")``.
        ``write`` defaults to whether the query has a writing clause
        (CREATE, MERGE, SET, DELETE, ...); otherwise it runs in read mode.
        Nodes and relationships come back as dicts of their properties.

        Raises
        ------
        CypherError
            The server rejected the query (its message and the query are kept).
        GraphServerError
            The server cannot be reached, refuses the login or lacks the database.
        """
        values = {**(params or {}), **kw_params}
        q.check_parameters(query, values, engine=f"Neo4j at {self.uri}")
        columns, rows = self._call(query, values, write=q.is_write(query) if write is None else write)
        import pandas as pd

        return pd.DataFrame(rows, columns=columns)

    # --- push and pull -------------------------------------------------------

    def _batches(
        self, query: str, rows: Sequence[dict[str, Any]], size: int, *, name: str = "rows"
    ) -> Iterator[list[dict[str, Any]]]:
        self._connect()
        for first in range(0, len(rows), size):
            batch = list(rows[first : first + size])
            if self._server != "falkordb":
                yield batch
                continue
            part: list[dict[str, Any]] = []
            for row in batch:
                if part and _statement_bytes(query, {name: _escape_for_falkordb([*part, row])}) > (
                    FALKORDB_STATEMENT_BYTES
                ):
                    yield part
                    part = []
                part.append(row)
                if _statement_bytes(query, {name: _escape_for_falkordb(part)}) > FALKORDB_STATEMENT_BYTES:
                    what = row.get("key") or f"{row.get('source')}->{row.get('target')}"
                    raise GraphServerError(f"{self.uri}: {what} is too large for FalkorDB's 4 KB statement limit")
            if part:
                yield part

    def push(
        self,
        g: nx.MultiDiGraph,
        *,
        batch_size: int = 1000,
        replace: bool = False,
        constraints: bool = True,
        progress: Callable[[str, int], None] | None = None,
    ) -> PushReport:
        """Write ``g`` to the database: constraints, then nodes, then relationships.

        Each batch is one ``UNWIND $rows ... MERGE`` statement, so pushing the
        same graph twice leaves the same nodes and relationships (idempotent).
        Evidence and salary records become lists of JSON strings.

        Parameters
        ----------
        g : networkx.MultiDiGraph
            A careergraph graph.
        batch_size : int, default 1000
            Rows per statement.
        replace : bool, default False
            First delete every node with one of our labels (and its relationships).
        constraints : bool, default True
            Create the uniqueness constraints on ``key`` (``IF NOT EXISTS``) first.
            A server that refuses them gets a :class:`ConstraintWarning` and a
            plain index on ``key`` per label instead.
        progress : callable, optional
            Called with (label or type, rows written so far) after each batch.

        Returns
        -------
        PushReport
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise CareerGraphError(f"batch size must be a positive whole number, not {batch_size!r}")
        validate_graph(g)
        report = PushReport()
        self._connect()
        if replace:
            for label in Label:
                self.write(q.delete_label(label))
                report.statements += 1
        if constraints:
            report.constraints = True
            for label in Label:
                try:
                    self.write(q.create_constraint(label))
                    report.statements += 1
                except CypherError as exc:
                    reason = getattr(exc.__cause__, "message", None) or exc.message
                    message = (
                        f"{self.uri} refused the uniqueness constraint on {label.value}.key ({reason}); "
                        "pushing without constraints (--no-constraints skips them)"
                    )
                    warnings.warn(message, ConstraintWarning, stacklevel=2)
                    report.warnings.append(message)
                    report.constraints = False
                    self._key_indexes(report)
                    break
        for label in Label:
            report.nodes[label.value] = self._write_rows(
                q.merge_nodes(label), _node_rows(g, label), label.value, batch_size, report, progress
            )
        for rel in RelType:
            report.relationships[rel.value] = self._write_rows(
                q.merge_relationships(rel), _rel_rows(g, rel), rel.value, batch_size, report, progress
            )
        return report

    def _write_rows(
        self,
        query: str,
        rows: list[dict[str, Any]],
        name: str,
        batch_size: int,
        report: PushReport,
        progress: Callable[[str, int], None] | None,
    ) -> int:
        """Send ``rows`` through ``query`` in batches; return how many were written."""
        done = 0
        for batch in self._batches(query, rows, batch_size):
            self.write(query, {"rows": batch})
            report.statements += 1
            done += len(batch)
            if progress is not None:
                progress(name, done)
        return done

    def _key_indexes(self, report: PushReport) -> None:
        # Without constraints nothing indexes key, and every MERGE and MATCH on it would scan the label.
        for label in Label:
            try:
                self.write(q.create_key_index(label))
                report.statements += 1
            except CypherError:
                pass  # most likely there already (FalkorDB has no IF NOT EXISTS for indexes)

    def pull(self) -> nx.MultiDiGraph:
        """Read the graph back from the database (our labels and types only).

        Returns
        -------
        networkx.MultiDiGraph
            The same graph that :meth:`push` wrote.
        """
        g = new_graph()
        for label in Label:
            for row in self.read(q.pull_nodes(label)):
                data = _decoded(row["props"], NODE_PROPERTIES[label])
                data.setdefault("aliases", [])
                data.setdefault("evidence", [])
                g.add_node(row["key"], label=label.value, **data)
        for rel in RelType:
            for row in self.read(q.pull_relationships(rel)):
                data = _decoded(row["props"], REL_PROPERTIES[rel])
                data.setdefault("evidence", [])
                g.add_edge(row["source"], row["target"], key=rel.value, type=rel.value, **data)
        return validate_graph(g, source=self.uri)

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type in the database."""
        tally = {label.value: int(self.read(q.count_nodes(label))[0]["n"]) for label in Label}
        tally.update({rel.value: int(self.read(q.count_relationships(rel))[0]["n"]) for rel in RelType})
        return tally
