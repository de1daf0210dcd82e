"""How well the text loader reads: recall and precision of an extracted graph against a reference.

The reference is a graph built from a knowledge-base file (the bundled one for
the five seed articles, or a hand-written one for other documents): the facts a
careful reader takes from the documents. Used by ``benchmarks/text_quality.py``
and by the tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from careergraph.graph.schema import Label, RelType

__all__ = ["Score", "compare"]


@dataclass
class Score:
    """Recall and precision of one kind of fact, with what was missed and what was extra."""

    name: str
    found: int = 0
    expected: int = 0
    extracted: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Share of the reference's facts that were extracted (1.0 when there are none)."""
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        """Share of the extracted facts that the reference holds (1.0 when nothing was extracted)."""
        return self.found / self.extracted if self.extracted else 1.0

    def line(self) -> str:
        """One line of the report."""
        return (
            f"{self.name:<22} recall {self.recall:6.1%} ({self.found}/{self.expected})   "
            f"precision {self.precision:6.1%} ({self.found}/{self.extracted})   extra {len(self.extra)}"
        )


def _score(name: str, expected: Iterable[str], extracted: Iterable[str]) -> Score:
    want, got = set(expected), set(extracted)
    return Score(
        name,
        found=len(want & got),
        expected=len(want),
        extracted=len(got),
        missed=sorted(want - got),
        extra=sorted(got - want),
    )


def _nodes(g: nx.MultiDiGraph, label: Label) -> list[str]:
    return [str(n) for n, data in g.nodes(data=True) if data["label"] == label.value]


def _edges(g: nx.MultiDiGraph, rel: RelType) -> list[str]:
    return [f"{u} -> {v}" for u, v, key in g.edges(keys=True) if key == rel.value]


def _durations(g: nx.MultiDiGraph) -> list[str]:
    out = []
    for u, v, key, data in g.edges(keys=True, data=True):
        if key == RelType.TRANSITIONS_TO.value and data.get("years_min") is not None:
            out.append(f"{u} -> {v}: {data['years_min']:g}-{data.get('years_max', data['years_min']):g} years")
    return out


def _salaries(g: nx.MultiDiGraph, docs: set[str] | None) -> list[str]:
    out = []
    for node, data in g.nodes(data=True):
        for s in data.get("salaries") or ():
            if docs is None or s["doc"] in docs:
                out.append(f"{node}: {s['min']}-{s['max']} {s['currency']}/{s['period']}")
    return out


def compare(
    extracted: nx.MultiDiGraph, reference: nx.MultiDiGraph, *, docs: Iterable[str] | None = None
) -> list[Score]:
    """Score an extracted graph (built without the knowledge base) against a reference graph.

    ``docs`` limits the reference's salary figures to those documents.

    Examples
    --------
    >>> from careergraph.graph.store import new_graph, add_node
    >>> ref, got = new_graph(), new_graph()
    >>> _ = add_node(ref, Label.ROLE, "Store manager"), add_node(ref, Label.ROLE, "Director")
    >>> _ = add_node(got, Label.ROLE, "Store manager"), add_node(got, Label.ROLE, "Intern")
    >>> roles = compare(got, ref)[0]
    >>> roles.recall, roles.precision, roles.extra
    (0.5, 0.5, ['intern'])
    """
    doc_set = set(docs) if docs is not None else None
    return [
        _score("roles", _nodes(reference, Label.ROLE), _nodes(extracted, Label.ROLE)),
        _score("skills", _nodes(reference, Label.SKILL), _nodes(extracted, Label.SKILL)),
        _score("job groups", _nodes(reference, Label.JOB_GROUP), _nodes(extracted, Label.JOB_GROUP)),
        _score("transitions", _edges(reference, RelType.TRANSITIONS_TO), _edges(extracted, RelType.TRANSITIONS_TO)),
        _score("role->skill links", _edges(reference, RelType.REQUIRES), _edges(extracted, RelType.REQUIRES)),
        _score("role->group links", _edges(reference, RelType.IN_GROUP), _edges(extracted, RelType.IN_GROUP)),
        _score("salary figures", _salaries(reference, doc_set), _salaries(extracted, None)),
        _score("transition years", _durations(reference), _durations(extracted)),
    ]
