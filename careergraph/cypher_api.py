"""``careergraph.cypher``: a Cypher query on the graph, embedded or on Neo4j, as a DataFrame."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx
import pandas as pd

from careergraph.api import load_or_build
from careergraph.graph.ladybug_store import embedded
from careergraph.graph.neo4j_store import Neo4jStore

__all__ = ["cypher"]


def cypher(
    query: str,
    /,
    graph: nx.MultiDiGraph | Neo4jStore | None = None,
    *,
    params: Mapping[str, Any] | None = None,
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
        ``graph`` or ``params``).
    **kw_params
        More parameter values, by name.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    CypherError
        The engine rejected the query, or a ``$parameter`` is missing; the
        message holds the engine's words and the query.

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
    """
    values = {**(params or {}), **kw_params}
    if isinstance(graph, Neo4jStore):
        return graph.run(query, values)
    return embedded(load_or_build() if graph is None else graph).run(query, values)
