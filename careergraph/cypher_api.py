"""``careergraph.cypher``: a Cypher query on the graph, embedded or on Neo4j, as a DataFrame."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from careergraph.api import load_or_build
from careergraph.graph import cypher as q
from careergraph.graph import ladybug_store
from careergraph.graph.neo4j_store import Neo4jStore

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["cypher"]


def cypher(
    query: str,
    /,
    graph: nx.MultiDiGraph | Neo4jStore | None = None,
    *,
    params: Mapping[str, Any] | None = None,
    write: bool = False,
    **kw_params: Any,
) -> pd.DataFrame:
    """Run a Cypher query and return its rows as a pandas DataFrame.

    Parameters
    ----------
    query : str
        One Cypher statement. Name every returned column with ``AS``.
    graph : networkx.MultiDiGraph or Neo4jStore, optional
        Where to run it. A networkx graph is loaded into an embedded, in-memory
        LadybugDB (built once per graph; LadybugDB's Cypher dialect); a
        :class:`~careergraph.graph.neo4j_store.Neo4jStore` runs it on that
        Neo4j database. Default: :func:`careergraph.load_or_build`.
    params : mapping, optional
        Values for the query's ``$parameters`` (use this for a parameter named
        ``graph``, ``params`` or ``write``).
    write : bool, default False
        Allow a query that writes (CREATE, MERGE, SET, DELETE, ...) on a networkx
        graph: the change is applied to ``graph`` itself, checked against the
        schema (a change that breaks it changes nothing), and seen by every
        later query. Without it such a query is refused before it runs. On a
        Neo4j store the query runs in read mode unless ``write=True``, and the
        server refuses a write there (:class:`~careergraph.graph.errors.WriteRefused`).
    **kw_params
        More parameter values, by name.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    CypherError
        The engine rejected the query, a ``$parameter`` is missing, the query
        holds several statements, or it writes without ``write=True``
        (``WriteRefused``, a ``CypherError``, on Neo4j); the message holds the
        engine's words and the query.
    SchemaError
        With ``write=True``: the change would break the schema (nothing changed).
    ValueError
        ``write=True`` without a graph to change.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> careergraph.cypher("MATCH (r:Role {key: $key})-[q:REQUIRES]->(s:Skill) "
    ...                    "WHERE q.importance >= $least RETURN s.name AS skill ORDER BY skill",
    ...                    g, key="store-manager", least=4)
                           skill
    0  E-commerce platform rules
    1         Proactive thinking
    >>> careergraph.cypher("MATCH (r:Role {key: 'store-manager'}) SET r.level = 4 RETURN r.level AS level", g,
    ...                    write=True)
       level
    0      4
    >>> g.nodes["store-manager"]["level"]
    4
    """
    values = {**(params or {}), **kw_params}
    if isinstance(graph, Neo4jStore):
        return graph.run(query, values, write=write)
    if write and q.writing_clause(query) is not None:
        if graph is None:
            raise ValueError("write=True needs the graph to change: pass it as graph=")
        return ladybug_store.write(graph, query, values)
    return ladybug_store.embedded(load_or_build() if graph is None else graph).run(query, values)
