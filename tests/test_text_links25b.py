"""Role -> skill requirements: a requirement cue in a sentence that reports a statistic states no need.

The wording, roles and trades here are our own (a dental practice); the test fails without the rule it is about.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import RelType
from careergraph.loaders.text import load_documents


def read(tmp_path: Path, text: str, disabled: frozenset[str] = frozenset()) -> nx.MultiDiGraph:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False, disabled=disabled)
    assert not result.problems
    return result.graph


def skills(g: nx.MultiDiGraph) -> set[str]:
    return {v for _, v, key in g.edges(keys=True) if key == RelType.REQUIRES.value}


def test_a_statistic_with_a_cue_word_links_no_skill(tmp_path: Path) -> None:
    text = (
        "# Dental Receptionist\n\n"
        "A dental receptionist must be good at booking appointments.\n\n"
        "The dental receptionist role in private clinics also recorded a growth of 4.2 per cent.\n\n"
        "By 2030 nearly 9,000 practices are expected to exceed $2 million in treatment revenue.\n"
    )
    got = skills(read(tmp_path, text))
    before = skills(read(tmp_path, text, frozenset({"requirements.figures"})))
    assert "private-clinics" in before  # read before as the receptionist's needs
    assert got == {"appointment-booking"}
