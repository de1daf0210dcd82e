"""Skill gaps: what a role (or a person) must learn to do another role, and in what order."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from careergraph.graph.errors import CareerGraphError
from careergraph.graph.schema import RelType
from careergraph.queries import remote
from careergraph.queries.names import resolve_role, resolve_skill
from careergraph.queries.paths import career_path
from careergraph.queries.results import LearningPlan, PlanStep, SkillGap, SkillNeed

__all__ = ["LearningPlan", "PlanStep", "SkillGap", "SkillNeed", "learning_plan", "required_skills", "skill_gap"]


def required_skills(g: nx.MultiDiGraph, role: str) -> dict[str, int]:
    """The skills a role requires, as ``{skill key: importance}`` (importance 3 when unstated).

    Examples
    --------
    >>> import careergraph
    >>> skills = required_skills(careergraph.build(), "store manager")
    >>> all(1 <= importance <= 5 for importance in skills.values())
    True
    """
    key = resolve_role(g, role)
    rel = RelType.REQUIRES.value
    return {v: int(d.get("importance", 3)) for _, v, k, d in g.out_edges(key, keys=True, data=True) if k == rel}


def _need(
    g: nx.MultiDiGraph, skill: str, importance: int, on_the_way: list[str] | None = None, source: str | None = None
) -> SkillNeed:
    return SkillNeed(skill, g.nodes[skill]["name"], importance, on_the_way or [], source)


def _order(needs: list[SkillNeed]) -> list[SkillNeed]:
    return sorted(needs, key=lambda n: (-n.importance, n.name.lower()))


def skill_gap(
    g: nx.MultiDiGraph,
    current: str,
    target: str | None = None,
    *,
    have: Iterable[str] | None = None,
    standard: bool = False,
) -> SkillGap:
    """The skills ``target`` requires that ``current`` does not, by importance.

    Two forms: ``skill_gap(g, current, target)`` compares two roles;
    ``skill_gap(g, target, have=[...])`` compares a role with a person's own
    list of skills (matched by key, name or alias like roles are).

    Parameters
    ----------
    g : networkx.MultiDiGraph or Neo4jStore
        A careergraph graph, or a Neo4j store (answered with parameterised Cypher).
    current : str
        The current role; with ``have``, the target role.
    target : str, optional
        The target role (not with ``have``).
    have : iterable of str, optional
        Skill names the person already has.
    standard : bool, default False
        Add what the standard layers know: the essential skills of the
        target's aligned O*NET/ESCO occupations join the needs (each with its
        ``source``), and the skills of the current role's aligned occupations
        count as held. Either role may be a standard occupation, asked for by
        title or code ("41-2031.00"). Only on a networkx graph.

    Returns
    -------
    SkillGap
        ``missing`` (most important first; each lists the roles on the career
        path that also need it), ``shared`` and ``coverage`` in percent.

    Raises
    ------
    RoleNotFound, SkillNotFound
        A role or skill name matches nothing.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> gap = skill_gap(g, "operations assistant", "store manager")
    >>> [n.name for n in gap.missing][:2]
    ['E-commerce platform rules', 'Proactive thinking']
    >>> 0 <= gap.coverage <= 100
    True
    >>> skill_gap(g, "store manager", have=["data tracking"]).current is None
    True
    """
    if not isinstance(g, nx.Graph):  # a Neo4jStore: the same answer through Cypher
        if standard:
            raise CareerGraphError("a gap with the standard layers needs the graph itself: pull it from Neo4j first")
        return remote.skill_gap(g, current, target, have=have)
    if have is not None:
        if target is not None:
            raise CareerGraphError("give either a current role or have=[skills], not both")
        goal = resolve_role(g, current)
        held = {resolve_skill(g, name) for name in ([have] if isinstance(have, str) else have)}
        start = None
    else:
        if target is None:
            raise CareerGraphError("skill_gap needs a target role, or have=[skills] for a person")
        start, goal = resolve_role(g, current), resolve_role(g, target)
        held = set(required_skills(g, start))
    needed = required_skills(g, goal)
    sources: dict[str, str] = {}
    if standard:
        from careergraph.queries.standard import aligned_occupations, essential_skills, occupation_label

        if start is not None:
            for occupation in aligned_occupations(g, start):
                held.update(required_skills(g, occupation))
        for occupation in aligned_occupations(g, goal):
            for skill, importance in essential_skills(g, occupation).items():
                if skill not in needed:
                    needed[skill] = importance
                    sources[skill] = occupation_label(g, occupation)
    on_the_way: dict[str, list[str]] = {}
    if start is not None:
        try:
            route = career_path(g, start, goal).roles[1:-1]
        except CareerGraphError:
            route = []
        for role in route:
            for skill in required_skills(g, role):
                on_the_way.setdefault(skill, []).append(role)
    missing = [_need(g, s, imp, on_the_way.get(s), sources.get(s)) for s, imp in needed.items() if s not in held]
    shared = [_need(g, s, imp, source=sources.get(s)) for s, imp in needed.items() if s in held]
    total = sum(needed.values())
    coverage = 100.0 if total == 0 else round(100.0 * sum(n.importance for n in shared) / total, 1)
    return SkillGap(start, goal, _order(missing), _order(shared), coverage)


def learning_plan(g: nx.MultiDiGraph, current: str, target: str, *, by: str = "steps") -> LearningPlan:
    """What to learn at each move of the career path from ``current`` to ``target``.

    Each move lists the skills the next role requires that no earlier role on
    the path required, most important first.

    Raises
    ------
    RoleNotFound, NoCareerPath

    Examples
    --------
    >>> import careergraph
    >>> plan = learning_plan(careergraph.build(), "operations assistant", "operations director")
    >>> [s.target_name for s in plan.steps]
    ['Store manager', 'Operations director']
    """
    if not isinstance(g, nx.Graph):  # a Neo4jStore: the same answer through Cypher
        return remote.learning_plan(g, current, target, by=by)
    path = career_path(g, current, target, by="years" if by == "years" else "steps")
    known = set(required_skills(g, path.roles[0]))
    steps = []
    for step in path.steps:
        needed = required_skills(g, step.target)
        learn = [_need(g, s, imp) for s, imp in needed.items() if s not in known]
        known.update(needed)
        steps.append(
            PlanStep(step.source, step.target, step.target_name, step.years_min, step.years_max, _order(learn))
        )
    return LearningPlan(path, steps)
