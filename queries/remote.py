"""The queries on a Neo4j store, answered inside the database by Cypher.

:func:`career_path`, :func:`skill_gap`, :func:`learning_plan`,
:func:`next_roles`, :func:`previous_roles`, :func:`similar_roles` and
:func:`neighbors` in :mod:`careergraph.queries` hand a
:class:`~careergraph.graph.neo4j_store.Neo4jStore` to the functions here, which
return the same result types with the same answers, ties broken the same way
(:func:`careergraph.queries.paths.route_rank`). Each sends one statement or a
few, from :mod:`careergraph.graph.cypher`; rows come back only for the roles,
skills and routes in the answer, never the whole graph.

Names resolve in the database too, against the normalized forms of keys, names
and aliases that :meth:`~careergraph.graph.neo4j_store.Neo4jStore.push` stores
beside them. Only when a name matches nothing are the names of that label read,
to suggest the closest ones in the error, as on networkx.

Cypher (without plugins) has no weighted shortest path, so ``by="years"``
compares the simple routes of at most :data:`YEARS_EXTRA_MOVES` moves more than
the fewest; a faster route longer than that is not seen. ``k > 1`` by steps
widens the same way until ``k`` routes are found, at most
:data:`STEPS_EXTRA_MOVES` moves beyond the fewest.

This module imports none of the networkx query modules; they import it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from careergraph.graph import cypher as q
from careergraph.graph.errors import CareerGraphError
from careergraph.graph.naming import normalize_name
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.graph.schema import Label
from careergraph.graph.store import new_graph
from careergraph.queries.names import AmbiguousName, resolve
from careergraph.queries.results import (
    SKILL_WEIGHT,
    CareerPath,
    LearningPlan,
    Neighbor,
    NoCareerPath,
    PlanStep,
    ResultList,
    RoleLink,
    SimilarRole,
    SkillGap,
    SkillNeed,
    Step,
)

__all__ = [
    "STEPS_EXTRA_MOVES",
    "YEARS_EXTRA_MOVES",
    "career_path",
    "learning_plan",
    "neighbors",
    "next_roles",
    "previous_roles",
    "resolve_name",
    "resolve_names",
    "similar_roles",
    "skill_gap",
]

#: ``by="years"`` looks at routes of up to this many moves more than the fewest.
YEARS_EXTRA_MOVES = 3
#: ``k > 1`` by steps looks at routes of up to this many moves more than the fewest.
STEPS_EXTRA_MOVES = 4


def _check(store: Any) -> Neo4jStore:
    if not isinstance(store, Neo4jStore):
        raise TypeError(f"expected a networkx graph or a Neo4jStore, not {type(store).__name__}")
    return store


def _props(row: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: q.decode_value(name, row[name]) for name in names if row.get(name) is not None}


# --- names ---------------------------------------------------------------------


def resolve_names(store: Neo4jStore, names: Sequence[str], label: Label | None = None) -> list[tuple[str, str]]:
    """The key and name of the node each of ``names`` means (of ``label``), as :func:`careergraph.queries.resolve`
    finds it; the first name that means nothing (or several) raises the same error as there.

    One statement on indexes (exact key, key and code forms, name form), a
    second over the aliases only for the names the first found nothing for; a
    miss reads that label's names to suggest the closest, as networkx does.
    """
    texts, forms = _texts(names)
    hits: dict[int, list[dict[str, Any]]] = {}
    for row in _check(store).read(q.resolve_names(label), {"names": texts, "forms": forms}):
        hits.setdefault(row["i"], []).append(row)
    return _resolved(store, names, label, hits)


def _texts(names: Sequence[Any]) -> tuple[list[str], list[str | None]]:
    """The names as the resolution statements take them: ``$names`` and their normalized ``$forms``."""
    texts = [name if isinstance(name, str) else "" for name in names]
    return texts, [normalize_name(text) or None for text in texts]


def _resolved(
    store: Neo4jStore, names: Sequence[str], label: Label | None, hits: dict[int, list[dict[str, Any]]]
) -> list[tuple[str, str]]:
    """Finish :func:`resolve_names` from the rows the indexes gave (``hits``, by position in ``names``)."""
    texts, forms = _texts(names)
    rest = [i for i in range(len(texts)) if i not in hits and forms[i] is not None]
    if rest:  # aliases (and overlong names) are read only for the names nothing indexed matched
        params = {"names": [texts[i] for i in rest], "forms": [forms[i] for i in rest]}
        for row in store.read(q.resolve_names(label, unindexed=True), params):
            hits.setdefault(rest[row["i"]], []).append(row)
    found = []
    for i, name in enumerate(names):
        rows = hits.get(i, [])
        if not rows:
            found.append(_unknown(store, name, label))
            continue
        best = min(row["rank"] for row in rows)
        nodes = sorted({(row["key"], row["name"]) for row in rows if row["rank"] == best})
        if len(nodes) > 1 and best >= 0:
            raise AmbiguousName(name, [key for key, _ in nodes])
        found.append(nodes[0])
    return found


def _unknown(store: Neo4jStore, name: str, label: Label | None) -> tuple[str, str]:
    g = new_graph()  # only the names, and only to word the error as networkx does
    for each in list(Label) if label is None else [label]:
        for row in store.read(q.node_names(each)):
            g.add_node(row["key"], label=each.value, name=row["name"], aliases=list(row["aliases"] or []))
    key = resolve(g, name, label)  # raises RoleNotFound, SkillNotFound or NodeNotFound with suggestions
    return key, g.nodes[key]["name"]  # (not reached unless the graph changed in between)


def resolve_name(store: Neo4jStore, name: str, label: Label | None = None) -> tuple[str, str]:
    """The key and name of the node called ``name``: :func:`resolve_names` for one name."""
    return resolve_names(store, [name], label)[0]


def _role(store: Neo4jStore, name: str) -> str:
    return resolve_name(store, name, Label.ROLE)[0]


# --- adjacency -----------------------------------------------------------------


def _links(store: Neo4jStore, role: str, *, outgoing: bool) -> ResultList:
    texts, forms = _texts([role])
    rows = store.read(q.role_links(outgoing=outgoing, by_name=True), {"names": texts, "forms": forms})
    hits = rows[0]["hits"] if rows else []
    key = _resolved(store, [role], Label.ROLE, {0: hits} if hits else {})[0][0]
    if not rows or rows[0]["me"] != key:  # resolved past the indexes (an alias): a second statement
        rows = store.read(q.role_links(outgoing=outgoing), {"key": key})
    links = []
    for row in rows:
        if row["key"] is None:  # the one row of an OPTIONAL MATCH that found no move
            continue
        props = _props(row, ("kind", "years_min", "years_max", "evidence"))
        links.append(
            RoleLink(
                row["key"],
                row["name"],
                props.get("kind"),
                props.get("years_min"),
                props.get("years_max"),
                props.get("evidence", []),
            )
        )
    return ResultList(sorted(links, key=lambda link: link.name.lower()))


def next_roles(store: Neo4jStore, role: str) -> ResultList:
    """:func:`careergraph.queries.next_roles` on a Neo4j store: the moves out of the role.

    One statement resolves the name on the indexes and reads the moves; a
    name only an alias matches takes one or two more.
    """
    return _links(_check(store), role, outgoing=True)


def previous_roles(store: Neo4jStore, role: str) -> ResultList:
    """:func:`careergraph.queries.previous_roles` on a Neo4j store: the moves into the role, as :func:`next_roles`."""
    return _links(_check(store), role, outgoing=False)


def similar_roles(store: Neo4jStore, role: str, k: int = 5) -> ResultList:
    """:func:`careergraph.queries.similar_roles` on a Neo4j store.

    One statement sums, for every role sharing a skill or a group with
    ``role``, the parts of the score; a second reads what the best ``k``
    share. The score and its rounding are the networkx ones.
    """
    key = _role(_check(store), role)
    scored = []
    for row in store.read(q.similarity_parts(), {"key": key}):
        low = int(row["low"] or 0)
        high = int(row["mine"] or 0) + int(row["theirs"] or 0) - low
        union = int(row["my_groups"]) + int(row["their_groups"]) - int(row["shared_groups"])
        skill_score = low / high if high else 0.0
        group_score = int(row["shared_groups"]) / union if union else 0.0
        score = round(SKILL_WEIGHT * skill_score + (1 - SKILL_WEIGHT) * group_score, 4)
        if score > 0:
            scored.append((score, row["name"], row["key"], skill_score, group_score))
    best = sorted(scored, key=lambda item: (-item[0], item[1].lower()))[:k]
    shared: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
    if best:
        for row in store.read(q.shared_with(), {"key": key, "keys": [item[2] for item in best]}):
            shared.setdefault(row["other"], {}).setdefault(row["kind"], []).append(
                (-min(row["mine"], row["theirs"]), row["key"], row["name"])
            )
    return ResultList(
        SimilarRole(
            key=other,
            name=name,
            score=score,
            skill_score=round(skill_score, 4),
            group_score=round(group_score, 4),
            shared_skills=[n for *_, n in sorted(shared.get(other, {}).get("skill", []))],
            shared_groups=[n for _, _, n in sorted(shared.get(other, {}).get("group", []), key=lambda x: x[1])],
        )
        for score, name, other, skill_score, group_score in best
    )


def neighbors(store: Neo4jStore, name: str, depth: int = 1) -> ResultList:
    """:func:`careergraph.queries.neighbors` on a Neo4j store: one statement per step outward."""
    if depth < 1:
        raise ValueError(f"depth must be at least 1, not {depth!r}")
    start = resolve_name(_check(store), name)[0]
    seen = {start}
    frontier = [start]
    found: list[Neighbor] = []
    for distance in range(1, depth + 1):
        if not frontier:
            break
        hops: dict[str, list[tuple[str, str, str]]] = {}
        about: dict[str, tuple[str, str]] = {}
        for row in store.read_keys(q.touching(), frontier):
            hops.setdefault(row["node"], []).append((row["other"], row["rel"], row["direction"]))
            about[row["other"]] = (row["name"], row["label"])
        nxt = []
        for node in frontier:
            for other, rel, direction in sorted(hops.get(node, [])):
                if other in seen:
                    continue
                seen.add(other)
                nxt.append(other)
                other_name, label = about[other]
                found.append(Neighbor(other, other_name, label, rel, direction, distance))
        frontier = nxt
    return ResultList(sorted(found, key=lambda n: (n.distance, n.label, n.name.lower())))


# --- career paths ----------------------------------------------------------------


def _path(row: dict[str, Any]) -> CareerPath:
    roles, names = list(row["roles"]), list(row["names"])
    steps = []
    for i, data in enumerate(row["steps"]):
        props = _props(data, ("kind", "years_min", "years_max", "evidence"))
        steps.append(
            Step(
                source=roles[i],
                target=roles[i + 1],
                source_name=names[i],
                target_name=names[i + 1],
                kind=props.get("kind"),
                years_min=props.get("years_min"),
                years_max=props.get("years_max"),
                evidence=props.get("evidence", []),
            )
        )
    return CareerPath.of(roles, names, steps)


def _routes(store: Neo4jStore, start: str, end: str, by: str, k: int) -> list[dict[str, Any]]:
    params = {"source": start, "target": end}
    fewest = store.read(q.fewest_steps_routes(), {**params, "k": 1 if by == "years" else k})
    if not fewest:
        return []
    if by == "steps" and (k == 1 or len(fewest) >= k):
        return fewest
    moves = len(fewest[0]["roles"]) - 1
    if by == "years":
        return store.read(q.bounded_routes(moves + YEARS_EXTRA_MOVES, by_years=True), {**params, "k": k})
    rows = fewest
    for extra in range(1, STEPS_EXTRA_MOVES + 1):
        rows = store.read(q.bounded_routes(moves + extra, by_years=False), {**params, "k": k})
        if len(rows) >= k:
            break
    return rows


def _career_path(store: Neo4jStore, source: str, target: str, by: str, k: int) -> CareerPath:
    if by not in ("steps", "years"):
        raise ValueError(f"by must be 'steps' or 'years', not {by!r}")
    if not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive integer, not {k!r}")
    (start, start_name), (end, end_name) = resolve_names(store, [source, target], Label.ROLE)
    if start == end:
        return CareerPath.of([start], [start_name], [])
    rows = _routes(store, start, end, by, k)
    if not rows:
        reachable = sorted(row["name"] for row in store.read(q.reachable_names(outgoing=True), {"key": start}))
        feeders = sorted(row["name"] for row in store.read(q.reachable_names(outgoing=False), {"key": end}))
        raise NoCareerPath(start_name, end_name, reachable, feeders)
    best, *rest = (_path(row) for row in rows)
    best.alternatives = rest
    return best


def career_path(store: Neo4jStore, source: str, target: str, *, by: Any = "steps", k: int = 1) -> CareerPath:
    """:func:`careergraph.queries.career_path` on a Neo4j store, ranked in the database.

    By steps: ``allShortestPaths``, ranked by years then role keys (exact).
    By years, and ``k`` routes by steps when the fewest moves give fewer than
    ``k``: the simple routes of at most :data:`YEARS_EXTRA_MOVES` (or
    :data:`STEPS_EXTRA_MOVES`) moves beyond the fewest, ranked in Cypher; a
    route longer than that bound is not considered. Two to four statements.
    """
    return _career_path(_check(store), source, target, by, k)


# --- skill gaps ------------------------------------------------------------------


def _skills(store: Neo4jStore, roles: Sequence[str]) -> dict[str, dict[str, tuple[int, str]]]:
    """``{role: {skill: (importance, name)}}`` for the roles, in one statement."""
    found: dict[str, dict[str, tuple[int, str]]] = {role: {} for role in roles}
    for row in store.read_keys(q.skills_of_roles(), sorted(set(roles))):
        found[row["role"]][row["skill"]] = (int(row["importance"]), row["name"])
    return found


def _order(needs: list[SkillNeed]) -> list[SkillNeed]:
    return sorted(needs, key=lambda n: (-n.importance, n.name.lower()))


def skill_gap(
    store: Neo4jStore, current: str, target: str | None = None, *, have: Iterable[str] | None = None
) -> SkillGap:
    """:func:`careergraph.queries.skill_gap` on a Neo4j store: the path, then the skills of its roles."""
    _check(store)
    if have is not None:
        if target is not None:
            raise CareerGraphError("give either a current role or have=[skills], not both")
        goal = _role(store, current)
        held = {key for key, _ in resolve_names(store, [have] if isinstance(have, str) else list(have), Label.SKILL)}
        start = None
        route: list[str] = []
    else:
        if target is None:
            raise CareerGraphError("skill_gap needs a target role, or have=[skills] for a person")
        (start, _), (goal, _) = resolve_names(store, [current, target], Label.ROLE)
        try:
            route = _career_path(store, start, goal, "steps", 1).roles[1:-1]
        except CareerGraphError:
            route = []
    skills = _skills(store, [goal, *route, *([start] if start is not None else [])])
    if start is not None:
        held = set(skills[start])
    on_the_way: dict[str, list[str]] = {}
    for role in route:
        for skill in skills[role]:
            on_the_way.setdefault(skill, []).append(role)
    needed = skills[goal]
    missing = [SkillNeed(s, name, imp, on_the_way.get(s) or []) for s, (imp, name) in needed.items() if s not in held]
    shared = [SkillNeed(s, name, imp) for s, (imp, name) in needed.items() if s in held]
    total = sum(imp for imp, _ in needed.values())
    coverage = 100.0 if total == 0 else round(100.0 * sum(n.importance for n in shared) / total, 1)
    return SkillGap(start, goal, _order(missing), _order(shared), coverage)


def learning_plan(store: Neo4jStore, current: str, target: str, *, by: str = "steps") -> LearningPlan:
    """:func:`careergraph.queries.learning_plan` on a Neo4j store: the path, then the skills of its roles."""
    path = _career_path(_check(store), current, target, "years" if by == "years" else "steps", 1)
    skills = _skills(store, path.roles)
    known = set(skills[path.roles[0]])
    steps = []
    for step in path.steps:
        needed = skills[step.target]
        learn = [SkillNeed(s, name, imp) for s, (imp, name) in needed.items() if s not in known]
        known.update(needed)
        steps.append(
            PlanStep(step.source, step.target, step.target_name, step.years_min, step.years_max, _order(learn))
        )
    return LearningPlan(path, steps)
