"""Embedded Cypher: the networkx graph loaded into an in-memory LadybugDB.

`LadybugDB <https://github.com/LadybugDB/ladybug>`_ is an in-process graph
database with Cypher (the maintained fork of Kuzu). Its node and relationship
tables are declared from the schema (one table per label and per relationship
type, ``key`` the primary key) and filled with ``COPY ... FROM <DataFrame>``,
which loads hundreds of thousands of relationships in well under a second.

Lists of records (``evidence``, ``salaries``) are stored as lists of JSON
strings, as on Neo4j (:func:`careergraph.graph.cypher.encode_value`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

from careergraph.graph import cypher as q
from careergraph.graph.cache import cached, refresh, remember
from careergraph.graph.errors import CareerGraphError, CypherError, SchemaError
from careergraph.graph.schema import NODE_PROPERTIES, REL_PROPERTIES, Label, RelType
from careergraph.graph.store import check_graph, new_graph

if TYPE_CHECKING:  # pandas loads with the first query
    import pandas as pd

__all__ = ["EmbeddedGraph", "cypher", "embedded", "write"]

ENGINE = "LadybugDB"
_INTEGER_TYPES = {"INT64", "INT32", "INT16", "INT8", "UINT64", "UINT32", "UINT16", "UINT8", "SERIAL"}


@dataclass
class EmbeddedGraph:
    """An in-memory LadybugDB holding one networkx graph, and a connection to it."""

    database: Any
    connection: Any

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
        """Run one reading Cypher statement; return its rows as a DataFrame.

        A query that writes is refused before it runs (the copy would no longer
        be the graph): :func:`write` applies one to the graph itself.

        Raises
        ------
        CypherError
            The engine rejected the query (its message and the query are kept),
            a ``$parameter`` the query uses was not given, the query holds
            several statements, or it writes.
        """
        clause = q.writing_clause(query)
        if clause is not None:
            raise CypherError(
                f"the query writes ({clause}): pass write=True to careergraph.cypher to apply it to the graph",
                query,
                engine=ENGINE,
            )
        return self._execute(query, params)

    def _execute(self, query: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
        import pandas as pd

        values = dict(params or {})
        q.check_one_statement(query, engine=ENGINE)
        q.check_parameters(query, values, engine=ENGINE)
        try:
            result = self.connection.execute(query, values)
        except RuntimeError as exc:
            raise CypherError(str(exc), query, engine=ENGINE) from None
        if isinstance(result, list):  # several statements the check above did not see
            raise CypherError("several statements in one query; run them one at a time", query, engine=ENGINE)
        try:
            frame = result.get_as_df()
        except RuntimeError:  # a value pandas conversion does not handle, such as id(n): go row by row
            result.reset_iterator()
            return pd.DataFrame(result.get_all(), columns=result.get_column_names())
        for column, kind in zip(result.get_column_names(), result.get_column_data_types(), strict=True):
            # an integer column holding NULLs comes back as float: make it a nullable integer column again
            if kind in _INTEGER_TYPES and column in frame and frame[column].dtype.kind == "f":
                frame[column] = frame[column].astype("Int64")
        return frame


def _import_ladybug() -> Any:
    try:
        import ladybug
    except ImportError:  # pragma: no cover - a declared dependency
        raise ImportError("embedded Cypher needs LadybugDB: pip install 'ladybug>=0.22'") from None
    return ladybug


class _Encoder:
    """:func:`careergraph.graph.cypher.encode_value`, once per distinct list object (graphs share evidence lists)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[Any, Any]] = {}

    def __call__(self, name: str, value: Any) -> Any:
        if name not in q.RECORD_PROPERTIES or value is None:
            return value
        hit = self._seen.get(id(value))
        if hit is None or hit[0] is not value:
            hit = (value, q.encode_value(name, value))  # keeps value alive, so its id stays unique
            self._seen[id(value)] = hit
        return hit[1]


def _frames(g: nx.MultiDiGraph) -> list[tuple[Label | RelType, pd.DataFrame]]:
    """One DataFrame per table, columns in table order (one pass over nodes, one over edges)."""
    import pandas as pd

    encode = _Encoder()
    node_rows: dict[str, list[list[Any]]] = {label.value: [] for label in Label}
    node_columns = {label.value: list(NODE_PROPERTIES[label]) for label in Label}
    for _, data in g.nodes(data=True):
        label = data["label"]
        node_rows[label].append([encode(col, data.get(col)) for col in node_columns[label]])
    rel_rows: dict[str, list[list[Any]]] = {rel.value: [] for rel in RelType}
    rel_columns = {rel.value: list(REL_PROPERTIES[rel]) for rel in RelType}
    for u, v, key, data in g.edges(keys=True, data=True):
        rel_rows[key].append([u, v, *(encode(col, data.get(col)) for col in rel_columns[key])])
    # object columns: LadybugDB reads None as NULL and lists as STRING[] (a nullable Int64 column would crash it)
    frames: list[tuple[Label | RelType, pd.DataFrame]] = [
        (label, pd.DataFrame(node_rows[label.value], columns=node_columns[label.value], dtype=object))
        for label in Label
    ]
    frames += [
        (rel, pd.DataFrame(rel_rows[rel.value], columns=["_from", "_to", *rel_columns[rel.value]], dtype=object))
        for rel in RelType
    ]
    return frames


def embedded(g: nx.MultiDiGraph, *, fresh: bool = False) -> EmbeddedGraph:
    """The LadybugDB copy of ``g``, built on first use and kept while ``g`` lives.

    The copy is rebuilt when ``g`` gains or loses nodes or edges; after editing
    attributes in place pass ``fresh=True``.

    Examples
    --------
    >>> import careergraph
    >>> db = embedded(careergraph.build())
    >>> int(db.run("MATCH (r:Role) RETURN count(*) AS roles").loc[0, "roles"]) > 40
    True
    """
    return cached(g, "ladybug", _build_embedded, fresh=fresh)


def _empty_database() -> tuple[Any, Any]:
    """A new in-memory LadybugDB database and connection, with the careergraph node and rel tables."""
    ladybug = _import_ladybug()
    database = ladybug.Database()
    conn = ladybug.Connection(database)
    for label in Label:
        conn.execute(q.ladybug_node_table(label))
    for rel in RelType:
        conn.execute(q.ladybug_rel_table(rel))
    return database, conn


def _build_embedded(g: nx.MultiDiGraph) -> EmbeddedGraph:
    database, conn = _empty_database()
    for table, frame in _frames(g):
        if frame.empty:
            continue
        try:
            conn.execute(q.ladybug_copy(table), {"df": frame})
        except RuntimeError as exc:  # a graph that breaks the schema (e.g. a dangling edge)
            raise CypherError(str(exc), q.ladybug_copy(table), engine=ENGINE) from None
    return EmbeddedGraph(database, conn)


def cypher(g: nx.MultiDiGraph, query: str, /, **params: Any) -> pd.DataFrame:
    """Run a Cypher query on ``g`` in an embedded LadybugDB; return a DataFrame.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A careergraph graph; its LadybugDB copy is built on first use (see
        :func:`embedded`).
    query : str
        One Cypher statement (LadybugDB's dialect; name every returned column
        with ``AS``).
    **params
        Values for the query's ``$parameters``.

    Returns
    -------
    pandas.DataFrame
        One row per result row; a NULL is NaN (or None in object columns).

    Raises
    ------
    CypherError
        The engine rejected the query; the message holds the engine's words and
        the query.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> cypher(g, "MATCH (r:Role {key: $key})-[:TRANSITIONS_TO]->(n:Role) RETURN n.name AS next ORDER BY next",
    ...        key="operations-assistant")
                      next
    0  E-commerce operator
    1        Store manager
    """
    return embedded(g).run(query, params)


def write(g: nx.MultiDiGraph, query: str, /, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Run a writing Cypher statement and apply its change to ``g`` itself; return its rows.

    The statement runs on the LadybugDB copy of ``g``; the copy's nodes and
    relationships are then read back, checked against the schema, and put in
    place of ``g``'s (graph attributes kept), so every later query sees the
    change. A change that breaks the schema changes nothing.

    Raises
    ------
    CypherError
        The engine rejected the statement, or it changes the tables themselves
        (``ALTER``, ``DROP``, ``COPY``, ...) or files rather than the graph.
    SchemaError
        The graph after the statement breaks the schema (a node without a name,
        a key used by two labels, evidence that is not records, ...); ``g`` is unchanged.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> write(g, "MATCH (r:Role {key: 'store-manager'}) SET r.level = 4 RETURN r.level AS level")
       level
    0      4
    >>> g.nodes["store-manager"]["level"]
    4
    """
    clause = q.table_clause(query)
    if clause is not None:
        raise CypherError(
            f"{clause} changes the tables or files, which the schema fixes; not run", query, engine=ENGINE
        )
    db = embedded(g)
    try:
        frame = db._execute(query, params)
        changed = _read_back(db, g.graph)
        check_graph(changed, source="after the query")
    except BaseException as exc:
        refresh(g)  # the copy may hold the change: rebuilt from g on next use
        if isinstance(exc, CareerGraphError) and not isinstance(exc, CypherError):
            raise SchemaError(f"the query would break the schema, so nothing changed: {exc}") from None
        raise
    attributes = dict(g.graph)
    g.clear()
    g.graph.update(attributes)
    g.add_nodes_from(changed.nodes(data=True))
    g.add_edges_from(changed.edges(keys=True, data=True))
    remember(g, "ladybug", db)  # the copy already holds this graph
    return frame


def _rows(db: EmbeddedGraph, query: str) -> list[dict[str, Any]]:
    result = db.connection.execute(query)
    columns = result.get_column_names()
    return [dict(zip(columns, row, strict=True)) for row in result.get_all()]


def _decoded(name: str, value: Any, where: str) -> Any:
    try:
        return q.decode_value(name, value)
    except ValueError:  # json.JSONDecodeError: a record written as plain text
        raise SchemaError(f"{where}: {name} must hold JSON records, not {value!r:.60}") from None


def _read_back(db: EmbeddedGraph, attributes: Mapping[str, Any]) -> nx.MultiDiGraph:
    """The graph the LadybugDB copy now holds, every schema property read (NULL: absent)."""
    g = new_graph()
    g.graph.update(attributes)
    for label in Label:
        for row in _rows(db, q.ladybug_read_nodes(label)):
            key = row["key"]
            where = f"{label.value} {key!r}"
            if key in g:
                raise SchemaError(f"key {key!r} is both a {g.nodes[key]['label']} and a {label.value}")
            data = {name: _decoded(name, value, where) for name, value in row.items() if value is not None}
            data.setdefault("aliases", [])
            data.setdefault("evidence", [])
            g.add_node(key, label=label.value, **data)
    for rel in RelType:
        for row in _rows(db, q.ladybug_read_relationships(rel)):
            u, v = row.pop("_source"), row.pop("_target")
            where = f"{rel.value} {u!r}->{v!r}"
            data = {name: _decoded(name, value, where) for name, value in row.items() if value is not None}
            data.setdefault("evidence", [])
            g.add_edge(u, v, key=rel.value, type=rel.value, **data)
    return g
