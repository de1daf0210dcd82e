"""Career paths: the route from one role to another along ``TRANSITIONS_TO``, and its years."""

from __future__ import annotations

import itertools
import statistics
from typing import Any, Literal

import networkx as nx

from careergraph.graph.cache import cached
from careergraph.graph.schema import RelType
from careergraph.queries import remote
from careergraph.queries.names import resolve_role
from careergraph.queries.results import CareerPath, NoCareerPath, Step, check_count

__all__ = ["CareerPath", "NoCareerPath", "Step", "career_path", "route_rank", "transition_graph"]


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


def route_rank(by: str, roles: list[str], years: float) -> tuple[Any, ...]:
    """How routes compare, smaller first: by steps the moves, then the years, then the role keys in order;
    by years the years, then the moves, then the keys. The Neo4j queries rank the same way."""
    if by == "steps":
        return (len(roles), round(years, 6), roles)
    return (round(years, 6), len(roles), roles)


def _route_years(t: nx.DiGraph, roles: list[str]) -> float:
    return float(sum(t.edges[u, v]["years"] for u, v in itertools.pairwise(roles)))


def _fewest_steps(t: nx.DiGraph, start: str, end: str) -> list[str] | None:
    """The best route by :func:`route_rank` "steps", searching only the roles on a fewest-moves route.

    The roles come from the two-ended search; one pass back from ``end``
    over their layers keeps, for each role, its best way on (fewest years,
    then smallest keys). None when no route exists.
    """
    found = _on_fewest_moves(t, start, end)
    if found is None:
        return None
    roles, moves = found
    sub = t.subgraph(roles)
    layer_of = nx.single_source_shortest_path_length(sub, start)
    layers: list[list[str]] = [[] for _ in range(moves + 1)]
    for node, d in layer_of.items():
        layers[d].append(node)
    best: dict[str, tuple[float, list[str]]] = {end: (0.0, [end])}
    for d in range(moves - 1, -1, -1):
        for node in layers[d]:
            options = []
            for nxt in sub.successors(node):
                if nxt in best and layer_of[nxt] == d + 1:
                    years, rest = best[nxt]
                    total = sub.edges[node, nxt]["years"] + years
                    options.append((round(total, 6), [node, *rest], total))
            if options:
                _, route, total = min(options, key=lambda o: (o[0], o[1]))
                best[node] = (total, route)
    return best[start][1]


def _fewest_years(t: nx.DiGraph, start: str, end: str) -> list[str]:
    """The best route by :func:`route_rank` "years": Dijkstra both ways, then the fewest moves and smallest keys
    among the moves on an optimal route."""
    after = nx.single_source_dijkstra_path_length(t, start, weight="years")
    before = nx.single_source_dijkstra_path_length(t.reverse(copy=False), end, weight="years")
    total = after[end]
    tight = nx.DiGraph()
    tight.add_edges_from(
        (u, v)
        for u, v, w in t.edges(data="years")
        if u in after and v in before and abs(after[u] + w + before[v] - total) <= 1e-9
    )
    moves_left = nx.single_source_shortest_path_length(tight.reverse(copy=False), end)
    route = [start]
    while route[-1] != end:
        here = route[-1]
        route.append(min(v for v in tight.successors(here) if moves_left.get(v) == moves_left[here] - 1))
    return route


def _best_routes(t: nx.DiGraph, start: str, end: str, by: str, k: int) -> list[list[str]]:
    """The ``k`` best simple routes by :func:`route_rank`: Yen's routes until the k-th one's weight is passed."""
    found: list[tuple[tuple[Any, ...], list[str]]] = []
    limit = None
    for route in nx.shortest_simple_paths(t, start, end, weight=by):
        cost = nx.path_weight(t, route, by)
        if limit is not None and cost > limit + 1e-9:
            break
        found.append((route_rank(by, route, _route_years(t, route)), route))
        if len(found) == k:
            limit = cost
    return [route for _, route in sorted(found, key=lambda item: item[0])[:k]]


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
        no stated duration counts as the median stated duration; ties go to
        the route with fewer moves). Routes still equal go by their role keys,
        in order (:func:`route_rank`), so the answer never depends on the order
        the edges were added, and a Neo4j store gives the same one.
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
        routes = [_fewest_years(t, start, end)]
    else:
        routes = _best_routes(t, start, end, by, k)
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
    return CareerPath.of(roles, [g.nodes[r]["name"] for r in roles], steps)
