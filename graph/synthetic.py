"""Synthetic role graphs at the scale of real taxonomies, for benchmarks and load tests.

The default sizes follow the ESCO taxonomy: 3,000 occupations, 14,000 skills,
130,000 occupation-skill links and 10,000 transitions. The graph follows the
schema (every node and edge has evidence) but none of it is real.
"""

from __future__ import annotations

import itertools
import random

import networkx as nx

from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import new_graph, validate_graph

__all__ = ["synthetic_graph"]


def synthetic_graph(
    roles: int = 3000,
    skills: int = 14000,
    requires: int = 130_000,
    transitions: int = 10_000,
    groups: int = 30,
    *,
    seed: int = 0,
) -> nx.MultiDiGraph:
    """A random graph with the given numbers of nodes and relationships.

    Roles get a level 1-8 and move mostly upward (80% promotions, the rest
    lateral moves within a level); skill popularity is skewed, as in real
    taxonomies, so that some skills are shared by many roles.

    Examples
    --------
    >>> from careergraph.graph.store import counts
    >>> c = counts(synthetic_graph(roles=50, skills=80, requires=400, transitions=120, groups=4))
    >>> c["Role"], c["Skill"], c["JobGroup"], c["REQUIRES"], c["TRANSITIONS_TO"], c["IN_GROUP"]
    (50, 80, 4, 400, 120, 50)
    """
    if requires > roles * skills or transitions > roles * (roles - 1):
        raise ValueError("more relationships asked for than the nodes allow")
    rng = random.Random(seed)
    g = new_graph()
    evidence = [{"doc": "synthetic", "note": "generated"}]
    role_keys = [f"role-{i}" for i in range(roles)]
    skill_keys = [f"skill-{i}" for i in range(skills)]
    group_keys = [f"group-{i}" for i in range(groups)]
    levels = {key: rng.randint(1, 8) for key in role_keys}
    for key in role_keys:
        g.add_node(
            key,
            label=Label.ROLE.value,
            key=key,
            name=f"Role {key[5:]}",
            aliases=[],
            evidence=evidence,
            level=levels[key],
        )
    for key in skill_keys:
        g.add_node(key, label=Label.SKILL.value, key=key, name=f"Skill {key[6:]}", aliases=[], evidence=evidence)
    for key in group_keys:
        g.add_node(key, label=Label.JOB_GROUP.value, key=key, name=f"Group {key[6:]}", aliases=[], evidence=evidence)
    for key in role_keys:
        g.add_edge(
            key, rng.choice(group_keys), key=RelType.IN_GROUP.value, type=RelType.IN_GROUP.value, evidence=evidence
        )
    cum_weights = list(itertools.accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(skills)))
    rel = RelType.REQUIRES.value
    made = 0
    while made < requires:
        role = rng.choice(role_keys)
        for skill in rng.choices(skill_keys, cum_weights=cum_weights, k=8):
            if made < requires and not g.has_edge(role, skill, rel):
                g.add_edge(role, skill, key=rel, type=rel, importance=rng.randint(1, 5), evidence=evidence)
                made += 1
    by_level: dict[int, list[str]] = {}
    for key, level in levels.items():
        by_level.setdefault(level, []).append(key)
    rel = RelType.TRANSITIONS_TO.value
    made = 0
    while made < transitions:
        source = rng.choice(role_keys)
        promotion = rng.random() < 0.8 and levels[source] < 8
        pool = (
            by_level[levels[source] + 1] if promotion and levels[source] + 1 in by_level else by_level[levels[source]]
        )
        target = rng.choice(pool)
        if target == source or g.has_edge(source, target, rel):
            continue
        low = rng.choice([None, 0.5, 1.0, 2.0, 3.0])
        data: dict[str, object] = {"kind": "promotion" if promotion else "lateral", "evidence": evidence}
        if low is not None:
            data.update(years_min=low, years_max=low + rng.choice([0.0, 1.0, 2.0]))
        g.add_edge(source, target, key=rel, type=rel, **data)
        made += 1
    return validate_graph(g, source="synthetic graph")
