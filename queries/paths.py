"""Career paths: the route from one role to another along ``TRANSITIONS_TO``, and its years."""

from __future__ import annotations

import itertools
import math
import statistics
from typing import Any, Literal

import networkx as nx

from careergraph.graph.cache import cached
from careergraph.graph.schema import RelType
from careergraph.queries import remote
from careergraph.queries.names import resolve_role
from careergraph.queries.results import CareerPath, NoCareerPath, Step, check_count

__all__ = ["CareerPath", "NoCareerPath", "Step", "career_path", "transition_graph"]


def transition_graph(g: nx.MultiDiGraph) -> nx.DiGraph:
    """The roles and their ``TRANSITIONS_TO`` edges as a weighted DiGraph (cached per graph).

    Edge weights: ``years`` is the midpoint of the stated range, or the median of
    all stated midpoints when a move states none; ``steps`` is 1 plus a tiny
    share of ``years``, so equal-length routes are ranked by time.
    """
    return cached(g, "transitions", _build_transitions)


def _build_transitions(g: nx.MultiDiGraph) -> nx.DiGraph:
    rel = RelType.TRANSITIONS_TO.value
    edges = [(u, v, d) for u, v, k, d in g.edges(keys=True, data=True) if k == rel]
    mids = [_midpoint(d) for _, _, d in edges]
    known = [m for m in mids if m is not None]
    default = statistics.median(known) if known else 1.0
    t = nx.DiGraph()
    t.add_nodes_from(n for n, label in g.nodes(data="label") if label == "Role")
    longest = 0.0
    for (u, v, data), mid in zip(edges, mids, strict=True):
        years = default if mid is None else mid
        longest = max(longest, years)
        t.add_edge(u, v, years=years, steps=1.0 + years / _YEARS_PER_STEP, data=data)
    t.graph["longest_move"] = longest
    return t


#: In the ``steps`` weight a move counts 1 plus its years over this, so years only break ties between equal counts.
_YEARS_PER_STEP = 1000.0


def _on_fewest_moves(t: nx.DiGraph, start: str, end: str) -> tuple[set[str], int] | None:
    """The roles on some route from ``start`` to ``end`` with the fewest moves, and that number of moves.

    A breadth-first search from both ends, each step growing the smaller
    frontier, so it reads only the two neighbourhoods that meet in the middle.
    None when no route exists.
    """
    succ, pred = t._succ, t._pred
    ahead, behind = {start: 0}, {end: 0}  # moves from start, moves to end
    front, back = [start], [end]
    met: list[str] = []
    while front and back and not met:
        forward = len(front) <= len(back)
        seen, other, adjacency, layer = (ahead, behind, succ, front) if forward else (behind, ahead, pred, back)
        depth = seen[layer[0]] + 1
        grown = []
        for node in layer:
            for nxt in adjacency[node]:
                if nxt not in seen:
                    seen[nxt] = depth
                    grown.append(nxt)
                    if nxt in other:
                        met.append(nxt)
        if forward:
            front = grown
        else:
            back = grown
    if not met:
        return None
    moves = min(ahead[n] + behind[n] for n in met)
    middle = [n for n in met if ahead[n] + behind[n] == moves]
    on_route = set(middle)
    # every fewest-moves route crosses the layer where the searches met: walk out from it to both ends
    for table, adjacency in ((ahead, pred), (behind, succ)):
        layer = list(middle)
        while layer:
            grown = []
            for node in layer:
                want = table[node] - 1
                for nxt in adjacency[node]:
                    if table.get(nxt) == want and nxt not in on_route:
                        on_route.add(nxt)
                        grown.append(nxt)
            layer = grown
    return on_route, moves


def _fewest_steps(t: nx.DiGraph, start: str, end: str) -> list[str] | None:
    """``nx.dijkstra_path(t, start, end, weight="steps")``, searching only the roles on a fewest-moves route.

    While the years of a route stay under ``_YEARS_PER_STEP``, a route with
    fewer moves always weighs less, so every best route to a role on a
    fewest-moves route runs through such roles only: Dijkstra on them pops
    those roles in the same order, with the same ties, as on the whole graph,
    and returns the same route. None when no route exists.
    """
    found = _on_fewest_moves(t, start, end)
    if found is None:
        return None
    roles, moves = found
    if moves * t.graph.get("longest_move", math.inf) >= _YEARS_PER_STEP - 1:
        return list(nx.dijkstra_path(t, start, end, weight="steps"))  # years could outweigh a move
    return list(nx.dijkstra_path(t.subgraph(roles), start, end, weight="steps"))


def _midpoint(data: dict[str, Any]) -> float | None:
    low, high = data.get("years_min"), data.get("years_max")
    if low is None and high is None:
        return None
    if low is None:
        return float(high)  # type: ignore[arg-type]
    if high is None:
        return float(low)
    return (float(low) + float(high)) / 2.0


def career_path(
    g: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    by: Literal["steps", "years"] = "steps",
    k: int = 1,
) -> CareerPath:
    """The best route from one role to another, and the years it takes.

    Parameters
    ----------
    g : networkx.MultiDiGraph or Neo4jStore
        A careergraph graph, or a Neo4j store (answered with parameterised Cypher).
    source, target : str
        Role keys, names or aliases.
    by : {"steps", "years"}, default "steps"
        Fewest moves (ties go to the faster route) or fewest years (a move with
        no stated duration counts as the median stated duration).
    k : int, default 1
        With ``k > 1`` the result's ``alternatives`` hold the next ``k - 1``
        best routes (simple paths), best first.

    Returns
    -------
    CareerPath
        The roles in order, each step with its kind, years and evidence, and the
        total years stated.

    Raises
    ------
    RoleNotFound
        A role name matches nothing.
    NoCareerPath
        No route exists; the message lists what the source reaches and what
        leads to the target.
    ValueError
        ``k`` is not a whole number of at least 1, or ``by`` is neither "steps" nor "years".

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> p = career_path(g, "operations assistant", "operations director")
    >>> p.names
    ['Operations assistant', 'Store manager', 'Operations director']
    >>> p = career_path(g, "operations assistant", "senior operator")
    >>> p.roles, p.years_min, p.years_max, p.steps_without_years
    (['operations-assistant', 'e-commerce-operator', 'senior-operator'], 1.0, 2.0, 1)
    >>> [q.names[1] for q in career_path(g, "operations assistant", "director", k=3).alternatives]
    ['E-commerce operator', 'E-commerce operator']
    """
    k = check_count(k, "k")
    if by not in ("steps", "years"):
        raise ValueError(f"by must be 'steps' or 'years', not {by!r:.40}")
    if not isinstance(g, nx.Graph):  # a Neo4jStore: the same answer through Cypher
        return remote.career_path(g, source, target, by=by, k=k)
    start, end = resolve_role(g, source), resolve_role(g, target)
    t = transition_graph(g)
    if start == end:
        return _make_path(g, t, [start])
    fewest = _fewest_steps(t, start, end) if k == 1 and by == "steps" else None
    if fewest is None and not nx.has_path(t, start, end):
        reachable = sorted(g.nodes[n]["name"] for n in nx.descendants(t, start))
        feeders = sorted(g.nodes[n]["name"] for n in nx.ancestors(t, end))
        raise NoCareerPath(g.nodes[start]["name"], g.nodes[end]["name"], reachable, feeders)
    if fewest is not None:
        routes = [fewest]
    elif k == 1:
        routes = [nx.dijkstra_path(t, start, end, weight=by)]
    else:
        routes = list(itertools.islice(nx.shortest_simple_paths(t, start, end, weight=by), k))
    best, *rest = (_make_path(g, t, route) for route in routes)
    best.alternatives = rest
    return best


def _make_path(g: nx.MultiDiGraph, t: nx.DiGraph, roles: list[str]) -> CareerPath:
    steps = []
    for u, v in itertools.pairwise(roles):
        data = t.edges[u, v]["data"]
        steps.append(
            Step(
                source=u,
                target=v,
                source_name=g.nodes[u]["name"],
                target_name=g.nodes[v]["name"],
                kind=data.get("kind"),
                years_min=data.get("years_min"),
                years_max=data.get("years_max"),
                evidence=list(data.get("evidence", [])),
            )
        )
    lows = [s.years_min if s.years_min is not None else s.years_max for s in steps]
    highs = [s.years_max if s.years_max is not None else s.years_min for s in steps]
    known_lows = [x for x in lows if x is not None]
    known_highs = [x for x in highs if x is not None]
    return CareerPath(
        roles=list(roles),
        names=[g.nodes[r]["name"] for r in roles],
        steps=steps,
        years_min=float(sum(known_lows)) if known_lows else None,
        years_max=float(sum(known_highs)) if known_highs else None,
        steps_without_years=sum(1 for x in lows if x is None),
    )
