"""Neo4j: push the graph to a Neo4j database, pull it back, run Cypher there.

Only the official ``neo4j`` driver is used. Every statement comes from
:mod:`careergraph.graph.cypher` (labels and types from the schema Enums, every
value a ``$parameter``); every session names its database, and reads run in
read mode (routed to a reader in a cluster). Writes go through managed write
transactions (``execute_write``), which the driver retries on transient errors
(a leader change, a lost connection) until they pass. A read is one auto-commit
statement (one round trip instead of two), sent again in a managed read
transaction, retried the same way, only when it fails for a retryable reason.
A user's query (:meth:`Neo4jStore.run`) runs in read mode unless it asks to
write, so the server refuses its writes.

The login comes from the arguments, else ``NEO4J_USERNAME`` (default
``neo4j``) and ``NEO4J_PASSWORD``, else a prompt when stdin is a terminal. The
password goes to the driver only: it is never kept, printed or logged.

The graph's own attributes (``format``, the documents' ``sources``) travel as
one JSON property of a single node labelled
:data:`~careergraph.graph.schema.GRAPH_LABEL`, so a pull gives them back.
"""

from __future__ import annotations

import getpass
import itertools
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import networkx as nx

from careergraph.graph import cypher as q
from careergraph.graph.errors import CareerGraphError, CypherError, GraphServerError, WriteRefused
from careergraph.graph.naming import CODE_PROPERTIES, normalize_name
from careergraph.graph.schema import GRAPH_LABEL, NODE_PROPERTIES, REL_PROPERTIES, Label, RelType
from careergraph.graph.store import edges_by_type, new_graph, nodes_by_label, validate_graph

if TYPE_CHECKING:  # pandas loads only when a query's rows are returned
    import pandas as pd

__all__ = [
    "DATABASE_ENV",
    "DEFAULT_DATABASE",
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
#: Nodes deleted per statement by ``push(replace=True)``, so no transaction holds a whole label.
DELETE_BATCH = 10_000

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


_USER_PART = re.compile(r"(?<=//)[^/@]*@")


def _safe_uri(uri: str) -> str:
    """The URI without any ``user:password@`` part, for messages and the driver.

    Examples
    --------
    >>> _safe_uri("bolt://neo4j:secret@[::1]:7687")
    'bolt://[::1]:7687'
    """
    return _USER_PART.sub("", uri, count=1)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _decoded(props: Mapping[str, Any], allowed: Mapping[str, type]) -> dict[str, Any]:
    """The schema's properties of a pulled node or relationship, list values decoded."""
    return {k: q.decode_value(k, v) for k, v in props.items() if k in allowed and v is not None}


def _form(text: Any) -> str | None:
    form = normalize_name(text) if isinstance(text, str) else ""
    return form or None


def _name_forms(key: str, data: Mapping[str, Any]) -> dict[str, str | None]:
    """The normalized names of a node as :data:`~careergraph.graph.cypher.NAME_FORMS` stores them.

    Examples
    --------
    >>> forms = _name_forms("store-manager", {"name": "Store managers", "aliases": ["店长", "Shop manager"]})
    >>> forms["key_forms"], forms["name_form"], forms["alias_forms"], forms["long_forms"]
    ('|store manager|', 'store manager', '|店长|shop manager|', None)
    >>> _name_forms("x", {"name": "y" * 5000, "aliases": []})["long_forms"][:6]
    '|1:yyy'
    """
    key_forms, name_form, alias_forms, long_forms = q.NAME_FORMS
    keys = [f for f in map(_form, [key, *(data[code] for code in CODE_PROPERTIES if data.get(code))]) if f]
    name = _form(data.get("name"))
    aliases = [f for f in map(_form, data.get("aliases") or []) if f]

    indexed, long = "|", []
    for form in keys:  # the key and codes under the index while they fit, the rest in long_forms
        if len((indexed + form + "|").encode()) <= q.INDEXED_FORM_BYTES:
            indexed += form + "|"
        else:
            long.append(f"0:{form}")
    short_name = name is not None and len(name.encode()) <= q.INDEXED_FORM_BYTES
    if name is not None and not short_name:
        long.append(f"1:{name}")
    return {
        key_forms: indexed,
        name_form: name if short_name else None,
        alias_forms: "|" + "".join(f"{f}|" for f in aliases),
        long_forms: "|" + "".join(f"{f}|" for f in long) if long else None,
    }


def _node_rows(g: nx.MultiDiGraph, label: Label) -> Iterator[dict[str, Any]]:
    props = [p for p in NODE_PROPERTIES[label] if p != "key"]
    for key, data in nodes_by_label(g, label):
        row = {p: q.encode_value(p, data.get(p)) for p in props}
        row.update(_name_forms(key, data))  # beside the names, so that name resolution runs in the database
        yield {"key": key, "props": row}


def _rel_rows(g: nx.MultiDiGraph, rel: RelType) -> Iterator[dict[str, Any]]:
    props = list(REL_PROPERTIES[rel])
    for u, v, data in edges_by_type(g, rel):
        yield {"source": u, "target": v, "props": {p: q.encode_value(p, data.get(p)) for p in props}}


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """The rows in lists of ``size``, made one at a time (memory stays flat whatever the graph)."""
    it = iter(rows)
    while batch := list(itertools.islice(it, size)):
        yield batch


class Neo4jStore:
    """A careergraph graph in a Neo4j database.

    Parameters
    ----------
    uri : str, optional
        ``bolt://HOST:7687`` or ``neo4j://HOST:7687`` (default: ``$NEO4J_URI``).
    user, password : str, optional
        The login (default: ``$NEO4J_USERNAME`` or ``neo4j``, and
        ``$NEO4J_PASSWORD`` or a prompt when stdin is a terminal, else empty).
    database : str, optional
        The database every call names (default: ``$NEO4J_DATABASE`` or ``neo4j``).
    driver : neo4j.Driver, optional
        A driver to use instead of making one (tests pass a mock).

    Raises
    ------
    GraphServerError
        No URI, an empty one, or not a Bolt URI. Unreachable servers, refused logins and
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
        driver: Any = None,
    ) -> None:
        if uri is None:
            uri = os.environ.get(URI_ENV)
            if not uri:
                raise GraphServerError(f"no Neo4j server named: give --neo4j bolt://HOST:7687 or set {URI_ENV}")
        if not uri.strip():
            raise GraphServerError("the Neo4j URI is empty (give bolt://HOST:7687 or neo4j://HOST:7687)")
        self.uri = _safe_uri(uri.strip())
        try:
            parts = urlsplit(uri.strip())
            parts.port  # noqa: B018  (raises ValueError on a bad port)
        except ValueError as exc:
            raise GraphServerError(f"{self.uri}: not a valid URI ({exc})") from None
        if parts.scheme.lower() not in _SCHEMES:
            raise GraphServerError(f"{self.uri}: not a Bolt URI (use bolt://HOST:7687 or neo4j://HOST:7687)")
        if not parts.hostname:
            raise GraphServerError(f"{self.uri}: no host in the URI (use bolt://HOST:7687)")
        if parts.username is not None and user is None:
            user = parts.username  # a login written into the URI counts, but stays out of it
        if parts.password is not None and password is None:
            password = parts.password
        self.database = database or os.environ.get(DATABASE_ENV) or DEFAULT_DATABASE
        self.user = user if user is not None else os.environ.get(USERNAME_ENV) or "neo4j"
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
        except (ValueError, TypeError, neo4j.exceptions.ConfigurationError) as exc:
            raise GraphServerError(f"{self.uri}: cannot connect ({_one_line(str(exc))})") from None

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the driver and its connections."""
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
        if code == "Neo.ClientError.Statement.AccessMode" and query is not None:
            clause = q.writing_clause(query)
            return WriteRefused(
                f"the query writes{f' ({clause})' if clause else ''} and ran in read mode, so the server "
                "refused it and nothing changed: pass write=True to run it as a write",
                query,
                engine=f"Neo4j at {where}",
            )
        if isinstance(exc, ne.Neo4jError) and query is not None:
            message = getattr(exc, "message", None) or str(exc)
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
        except (ne.Neo4jError, ne.DriverError, OSError) as exc:
            raise self._error(exc) from None
        self._checked = True

    def _call(
        self, query: str, params: Mapping[str, Any], *, write: bool, notices: bool = False
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """Run one statement; return its column names and rows.

        A write runs in a managed write transaction, which the driver retries
        on transient errors. A read runs as one auto-commit statement in read
        mode: one round trip, where BEGIN and COMMIT would add a second; should
        it fail for a reason the driver calls retryable (a lost connection, a
        leader change), it runs again in a managed read transaction, retried
        like a write. Every session shares the driver's bookmark manager, so a
        read sees the writes before it even on a cluster. The server's notifications (hints, warnings about labels
        not in the database) are asked for only with ``notices``: for the
        user's own queries.
        """
        import neo4j
        from neo4j import exceptions as ne

        self._connect()
        values = dict(params)

        def work(tx: Any) -> tuple[list[str], list[dict[str, Any]]]:
            result = tx.run(query, values)
            rows = result.data()
            return list(result.keys()), rows

        config: dict[str, Any] = {
            "database": self.database,
            "default_access_mode": neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS,
            # one bookmark chain for every statement of this driver: on a cluster a read sent
            # after a push waits until its server has seen the push
            "bookmark_manager": self._driver.execute_query_bookmark_manager,
        }
        if not notices:
            config["notifications_min_severity"] = "OFF"
        try:
            with self._driver.session(**config) as session:
                if write:
                    return session.execute_write(work)
                try:
                    return work(session)  # session.run: an auto-commit statement
                except (ne.Neo4jError, ne.DriverError) as exc:
                    if not exc.is_retryable():
                        raise
            with self._driver.session(**config) as session:
                return session.execute_read(work)
        except (ne.Neo4jError, ne.DriverError) as exc:
            error = self._error(exc, query)
            raise error from (exc if isinstance(error, CypherError) else None)

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query (read access mode) and return its rows as dicts."""
        q.check_parameters(query, params or {}, engine=f"Neo4j at {self.uri}")
        return self._call(query, params or {}, write=False)[1]

    def read_keys(self, query: str, keys: Sequence[str]) -> list[dict[str, Any]]:
        """Run a read query taking a list ``$keys`` (one statement); return its rows."""
        return self.read(query, {"keys": list(keys)})

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
        write: bool = False,
        **kw_params: Any,
    ) -> pd.DataFrame:
        """Run a Cypher query on the server; return its rows as a DataFrame.

        Parameter values come from ``params`` and keywords:
        ``store.run("MATCH (r:Role {key: $key}) RETURN r.name AS name", key="store-manager")``.
        The query runs in read mode (routed to a reader in a cluster), where
        the server itself refuses any write, unless ``write=True``: then in a
        managed write transaction. Nodes and relationships come back as dicts
        of their properties.

        Raises
        ------
        WriteRefused
            The query writes and ``write`` was not given: the server refused it, nothing changed.
        CypherError
            The server rejected the query (its message and the query are kept).
        GraphServerError
            The server cannot be reached, refuses the login or lacks the database.
        """
        values = {**(params or {}), **kw_params}
        q.check_parameters(query, values, engine=f"Neo4j at {self.uri}")
        columns, rows = self._call(query, values, write=write, notices=True)
        import pandas as pd

        return pd.DataFrame(rows, columns=columns)

    # --- push and pull -------------------------------------------------------

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

        Each batch is one ``UNWIND $rows ... MERGE`` statement in a managed
        write transaction (the driver retries transient errors), so pushing the
        same graph twice leaves the same nodes and relationships (idempotent),
        and a push cut short (a server that stopped) converges when run again.
        Rows are made batch by batch, so memory stays flat. Evidence and salary
        records become lists of JSON strings; the graph's own attributes go to
        one :data:`~careergraph.graph.schema.GRAPH_LABEL` node.

        Parameters
        ----------
        g : networkx.MultiDiGraph
            A careergraph graph.
        batch_size : int, default 1000
            Rows per statement.
        replace : bool, default False
            First delete every node with one of our labels (and its
            relationships), :data:`DELETE_BATCH` nodes per statement; nodes
            with other labels stay.
        constraints : bool, default True
            Create the uniqueness constraints on ``key`` (``IF NOT EXISTS``)
            first, then the indexes name resolution uses.
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
            for label in [*Label, GRAPH_LABEL]:
                while True:
                    report.statements += 1
                    deleted = self.write(q.delete_label(label), {"limit": DELETE_BATCH})
                    if not deleted or not deleted[0]["n"]:
                        break
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
            if report.constraints:
                for label in Label:
                    for statement in q.create_name_indexes(label):
                        self.write(statement)
                        report.statements += 1
        for label in Label:
            report.nodes[label.value] = self._write_rows(
                q.merge_nodes(label), _node_rows(g, label), label.value, batch_size, report, progress
            )
        for rel in RelType:
            report.relationships[rel.value] = self._write_rows(
                q.merge_relationships(rel), _rel_rows(g, rel), rel.value, batch_size, report, progress
            )
        self.write(q.merge_graph_attributes(), {"attributes": json.dumps(dict(g.graph), ensure_ascii=False)})
        report.statements += 1
        return report

    def _write_rows(
        self,
        query: str,
        rows: Iterable[dict[str, Any]],
        name: str,
        batch_size: int,
        report: PushReport,
        progress: Callable[[str, int], None] | None,
    ) -> int:
        """Send ``rows`` through ``query`` in batches; return how many were written."""
        done = 0
        for batch in _batches(rows, batch_size):
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
                pass  # most likely there already (not every server has IF NOT EXISTS for indexes)

    def pull(self) -> nx.MultiDiGraph:
        """Read the graph back from the database (our labels and types only).

        Returns
        -------
        networkx.MultiDiGraph
            The same graph that :meth:`push` wrote, its attributes (``sources``) included.
        """
        g = new_graph()
        for row in self.read(q.graph_attributes()):
            attributes = json.loads(row["attributes"]) if row["attributes"] else {}
            g.graph.update({k: v for k, v in attributes.items() if k not in g.graph})
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
