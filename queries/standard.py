"""What the standard layers (O*NET, ESCO) add to the queries, each answer marked with where it comes from.

A role of ours reaches the standard layers through its ``ALIGNED_TO``
relationships; a standard occupation is its own. From there:

- :func:`related_occupations`: O*NET's related occupations (similar work, ranked
  within a tier); never moves, so :func:`~careergraph.queries.similar_roles`
  lists them apart (``related=True``).
- :func:`essential_skills`: what an occupation requires most: ESCO's
  *essential* skills; O*NET's skills and knowledge rated 4 or more, and the
  technologies O*NET marks both hot and in demand for it.
  :func:`~careergraph.queries.skill_gap` adds them with ``standard=True``.
"""

from __future__ import annotations

import networkx as nx

from careergraph.graph.schema import Label, RelType
from careergraph.queries.names import resolve_role
from careergraph.queries.results import ResultList, SimilarRole

__all__ = ["ESSENTIAL_IMPORTANCE", "aligned_occupations", "essential_skills", "occupation_label", "related_occupations"]

#: O*NET skills and knowledge count as essential from this importance (1-5) up.
ESSENTIAL_IMPORTANCE = 4
_DATASET = {"onet": "O*NET", "esco": "ESCO"}
_TIERS = {"Primary-Short": 0, "Primary-Long": 1, "Supplemental": 2}


def occupation_label(g: nx.MultiDiGraph, key: str) -> str:
    """How answers name a standard occupation: dataset, title and code.

    Examples
    --------
    >>> from careergraph.graph.store import add_node, new_graph
    >>> g = new_graph()
    >>> _ = add_node(g, "Role", "Order Clerks", key="onet-43-4151-00", layer="onet", onet_soc="43-4151.00")
    >>> occupation_label(g, "onet-43-4151-00")
    'O*NET Order Clerks (43-4151.00)'
    """
    data = g.nodes[key]
    layer = data.get("layer", "")
    if layer == "onet":
        return f"O*NET {data['name']} ({data.get('onet_soc', key)})"
    return f"{_DATASET.get(layer, layer)} {data['name']}"  # an ESCO URI is too long to print beside every skill


def aligned_occupations(g: nx.MultiDiGraph, role: str, *, layer: str | None = None) -> list[str]:
    """The standard occupations a role stands for: itself if it is one, else those it is aligned to, best first.

    Parameters
    ----------
    layer : str, optional
        Only ``"onet"`` or only ``"esco"`` occupations.
    """
    key = resolve_role(g, role)
    data = g.nodes[key]
    if data.get("layer") is not None:
        return [key] if layer in (None, data["layer"]) else []
    rel = RelType.ALIGNED_TO.value
    found = [
        (float(d.get("score", 0.0)), v)
        for _, v, k, d in g.out_edges(key, keys=True, data=True)
        if k == rel and layer in (None, g.nodes[v].get("layer"))
    ]
    return [v for _, v in sorted(found, key=lambda item: (-item[0], item[1]))]


def essential_skills(g: nx.MultiDiGraph, occupation: str) -> dict[str, int]:
    """An occupation's essential skills, ``{skill key: importance}`` (3 when the dataset rates none).

    Examples
    --------
    >>> from careergraph.graph.store import add_node, add_relationship, new_graph
    >>> g = new_graph()
    >>> _ = add_node(g, "Role", "Shop manager", key="esco-1", layer="esco", esco_uri="u:1")
    >>> for name, relation in (("manage stock", "essential"), ("sell products", "optional")):
    ...     _ = add_node(g, "Skill", name, layer="esco")
    ...     add_relationship(g, "REQUIRES", "esco-1", name.replace(" ", "-"), relation=relation)
    >>> essential_skills(g, "esco-1")
    {'manage-stock': 3}
    """
    rel = RelType.REQUIRES.value
    out: dict[str, int] = {}
    for _, skill, k, d in g.out_edges(occupation, keys=True, data=True):
        if k != rel:
            continue
        importance = d.get("importance")
        if d.get("relation") == "essential" or (importance is not None and importance >= ESSENTIAL_IMPORTANCE):
            out[skill] = int(importance or 3)
        elif d.get("hot_technology") and d.get("in_demand"):
            out[skill] = 3
    return out


def related_occupations(g: nx.MultiDiGraph, role: str, k: int = 5) -> ResultList:
    """O*NET's related occupations of a role (through its aligned O*NET occupation), marked as related.

    They are similar work by O*NET's ranking, not career moves: each comes back
    as a :class:`SimilarRole` whose ``related`` says the tier, the rank and the
    occupation it is related to; ``score`` is ``1 / rank`` within the best tier.

    Examples
    --------
    >>> from careergraph.graph.store import add_node, add_relationship, new_graph
    >>> g = new_graph()
    >>> for code, name in (("41-2031.00", "Retail Salespersons"), ("41-1011.00", "Retail Supervisors")):
    ...     _ = add_node(g, "Role", name, key=f"onet {code}", layer="onet", onet_soc=code)
    >>> add_relationship(g, "RELATED_TO", "onet-41-2031-00", "onet-41-1011-00", tier="Primary-Short", rank=1)
    >>> [(r.name, r.related) for r in related_occupations(g, "41-2031.00")]
    [('Retail Supervisors', 'O*NET related (Primary-Short, rank 1) to Retail Salespersons')]
    """
    rel = RelType.RELATED_TO.value
    found: dict[str, tuple[int, int, str]] = {}
    for occupation in aligned_occupations(g, role, layer="onet"):
        for _, other, key, d in g.out_edges(occupation, keys=True, data=True):
            if key != rel or g.nodes[other].get("label") != Label.ROLE.value:
                continue
            tier = str(d.get("tier") or "")
            order = _TIERS.get(tier, len(_TIERS))
            rank = int(d.get("rank") or 0)
            hit = found.get(other)
            if hit is None or (order, rank) < hit[:2]:
                found[other] = (order, rank, f"O*NET related ({tier}, rank {rank}) to {g.nodes[occupation]['name']}")
    ranked = sorted(found.items(), key=lambda item: (item[1][0], item[1][1], g.nodes[item[0]]["name"]))[:k]
    return ResultList(
        SimilarRole(
            key=other,
            name=g.nodes[other]["name"],
            score=round(1.0 / rank, 4) if rank else 0.0,
            skill_score=0.0,
            group_score=0.0,
            shared_skills=[],
            shared_groups=[],
            related=note,
        )
        for other, (_, rank, note) in ranked
    )
