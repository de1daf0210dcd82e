"""Per-graph caches of derived data (the name index, the transition graph, the embedded database).

A careergraph graph is a :class:`CareerGraph`: a networkx ``MultiDiGraph``
that bumps a version number on every change made through networkx (adding or
removing nodes and edges, ``clear``, ``update``, ...) and through the store's
functions (which also merge into existing nodes and edges). A cached index
remembers the version it was built from, so checking it is O(1) whatever the
graph's size. An attribute edited in place (``g.nodes[n]["aliases"] = ...``)
is not seen: call :func:`refresh` (or :func:`touch`) after such edits.

Any other networkx graph (one made with ``nx.MultiDiGraph()``, or a view such
as ``g.subgraph(...)``) still works: its indexes are checked by counting
nodes and adjacent pairs, which costs O(nodes).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import networkx as nx

__all__ = ["CareerGraph", "cached", "refresh", "touch"]

T = TypeVar("T")


class CareerGraph(nx.MultiDiGraph):
    """A networkx ``MultiDiGraph`` that counts its changes in :attr:`version`.

    Examples
    --------
    >>> g = CareerGraph()
    >>> before = g.version
    >>> g.add_edge("a", "b", key="TRANSITIONS_TO")
    'TRANSITIONS_TO'
    >>> g.version > before
    True
    """

    _version: int = 0

    @property
    def version(self) -> int:
        """A number that grows with every change to the nodes or edges."""
        return self._version

    def touch(self) -> None:
        """Record a change made behind networkx's back (an attribute edited in place)."""
        self._version += 1

    @classmethod
    def adopt(cls, g: nx.MultiDiGraph) -> CareerGraph:
        """Make a plain ``MultiDiGraph`` a CareerGraph in place (same data, no copy)."""
        if type(g) is not nx.MultiDiGraph:
            raise TypeError(f"can only adopt a plain networkx MultiDiGraph, not {type(g).__name__}")
        g.__class__ = cls
        assert isinstance(g, CareerGraph)
        g._version = 0
        return g

    def add_node(self, node_for_adding: Hashable, **attr: Any) -> None:
        super().add_node(node_for_adding, **attr)
        self._version += 1

    def add_nodes_from(self, nodes_for_adding: Any, **attr: Any) -> None:
        super().add_nodes_from(nodes_for_adding, **attr)
        self._version += 1

    def remove_node(self, n: Hashable) -> None:
        super().remove_node(n)
        self._version += 1

    def remove_nodes_from(self, nodes: Any) -> None:
        super().remove_nodes_from(nodes)
        self._version += 1

    def add_edge(self, u_for_edge: Hashable, v_for_edge: Hashable, key: Hashable = None, **attr: Any) -> Any:
        result = super().add_edge(u_for_edge, v_for_edge, key, **attr)
        self._version += 1
        return result

    def add_edges_from(self, ebunch_to_add: Any, **attr: Any) -> Any:
        result = super().add_edges_from(ebunch_to_add, **attr)
        self._version += 1
        return result

    def remove_edge(self, u: Hashable, v: Hashable, key: Hashable = None) -> None:
        super().remove_edge(u, v, key)
        self._version += 1

    def remove_edges_from(self, ebunch: Any) -> None:
        super().remove_edges_from(ebunch)
        self._version += 1

    def update(self, edges: Any = None, nodes: Any = None) -> None:
        super().update(edges, nodes)
        self._version += 1

    def clear(self) -> None:
        super().clear()
        self._version += 1

    def clear_edges(self) -> None:
        super().clear_edges()
        self._version += 1


_CACHES: weakref.WeakKeyDictionary[nx.Graph, dict[str, tuple[object, Any]]] = weakref.WeakKeyDictionary()


def _fingerprint(g: nx.Graph) -> object:
    # O(1) for a CareerGraph; a view shares its graph's data but not its version, so it is counted
    if isinstance(g, CareerGraph) and "_graph" not in g.__dict__:
        return g._version
    return len(g), sum(map(len, g._adj.values()))


def cached(g: nx.Graph, name: str, build: Callable[[nx.Graph], T], *, fresh: bool = False) -> T:
    """Return ``build(g)``, computed once per graph until the graph changes (or ``fresh``).

    Examples
    --------
    >>> g = CareerGraph([(1, 2)])
    >>> calls = []
    >>> _ = cached(g, "size", lambda h: calls.append(1) or len(h))
    >>> _ = cached(g, "size", lambda h: calls.append(1) or len(h))
    >>> g.add_edge(2, 3)
    0
    >>> cached(g, "size", lambda h: calls.append(1) or len(h)), len(calls)
    (3, 2)
    """
    store = _CACHES.setdefault(g, {})
    fingerprint = _fingerprint(g)
    hit = store.get(name)
    if hit is not None and hit[0] == fingerprint and not fresh:
        value: T = hit[1]
        return value
    built = build(g)
    store[name] = (fingerprint, built)
    return built


def remember(g: nx.Graph, name: str, value: object) -> None:
    """Store ``value`` as the current ``name`` index of ``g`` (for a caller that built it alongside a change)."""
    _CACHES.setdefault(g, {})[name] = (_fingerprint(g), value)


def refresh(g: nx.Graph) -> None:
    """Forget the indexes derived from ``g`` (after editing it in place)."""
    _CACHES.pop(g, None)
    if isinstance(g, CareerGraph):
        g.touch()


def touch(g: nx.Graph) -> None:
    """Note that ``g`` changed in a way networkx does not see: its indexes are rebuilt on next use."""
    if isinstance(g, CareerGraph):
        g.touch()
    else:
        _CACHES.pop(g, None)
