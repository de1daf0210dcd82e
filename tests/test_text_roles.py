"""Roles named in running prose: the shapes of job titles that stories, Q&A answers, job ads and news use."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label
from careergraph.loaders.text import load_documents


def roles_of(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False)
    assert not result.problems
    g: nx.MultiDiGraph = result.graph
    return {n for n, label in g.nodes(data="label") if label == Label.ROLE.value}


def test_words_describing_the_person_are_not_part_of_the_title(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "A previous cashier trained the gifted stock clerks, and the most punctual order pickers joined a "
        "ground-level warehouse worker on the night shift.",
    )
    assert {"cashier", "stock-clerk", "order-picker", "warehouse-worker"} <= found
    assert not any(word in key for key in found for word in ("previous", "gifted", "punctual", "ground"))


def test_a_modifier_o_net_titles_use_stays_in_the_title(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "She worked as a certified pharmacy technician before she became an affiliate manager.")
    assert {"certified-pharmacy-technician", "affiliate-manager"} <= found


def test_verbs_before_a_title_are_not_part_of_it(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "Who employs parcel sorters?\n\nManage Returns Clerks and report weekly.")
    assert {"parcel-sorter", "returns-clerk"} <= found
    assert not any(key.startswith(("employs", "manage")) for key in found)


def test_titles_given_as_examples_of_posts(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "Drivers start in jobs such as night courier, route driver or van loader.")
    assert {"route-driver", "van-loader"} <= found
    assert roles_of(tmp_path, "Skills such as route planning matter more than roles like these.") == set()
