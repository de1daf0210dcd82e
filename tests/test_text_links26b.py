"""Role -> skill requirements missed outright before: duties after help given to people, and more.

The wording, roles and trades here are our own (a park service, a library, a garage); each test fails on the code
before the change it is about.
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


def links(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.REQUIRES.value}


def test_the_duties_after_help_given_to_people_are_read_too(tmp_path: Path) -> None:
    text = (
        "# Park Rangers\n\n"
        "Park rangers work in national parks. They help visitors with directions, show or demonstrate safety gear,"
        " take payment, record sightings, or arrange them for the weekly report.\n"
    )
    got = links(read(tmp_path, text))
    assert ("park-ranger", "helping-visitors") in got
    assert {("park-ranger", "payment"), ("park-ranger", "sighting-recording"), ("park-ranger", "safety-gear")} <= got
