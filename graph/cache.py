"""Per-graph caches of derived data (the name index, the transition graph, the embedded database).

An index is rebuilt when the graph's nodes or adjacent pairs change in number,
a check that costs O(nodes). A change it cannot see, such as a new relationship
between two nodes already linked by another type or an edited alias, needs
:func:`refresh`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import networkx as nx

__all__ = ["cached", "refresh"]

T = TypeVar("T")

_CACHES: weakref.WeakKeyDictionary[nx.Graph, dict[str, tuple[tuple[int, int], Any]]] = weakref.WeakKeyDictionary()


def _fingerprint(g: nx.Graph) -> tuple[int, int]:
    return len(g), sum(map(len, g._adj.values()))


def cached(g: nx.Graph, name: str, build: Callable[[nx.Graph], T], *, fresh: bool = False) -> T:
    """Return ``build(g)``, computed once per graph until the graph changes (or ``fresh``).

    Examples
    --------
    >>> g = nx.MultiDiGraph([(1, 2)])
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


def refresh(g: nx.Graph) -> None:
    """Forget the indexes derived from ``g`` (after editing it in place)."""
    _CACHES.pop(g, None)
