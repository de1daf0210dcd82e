"""The link diagnostic (benchmarks/link_owners.py): each missed and extra link of a page counted under one cause."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import networkx as nx
import pytest

from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import add_node, add_relationship, new_graph

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "link_owners.py"
EV = [{"doc": "shop.txt", "note": "x"}]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("link_owners_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = sys.modules.get(spec.name)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            sys.modules.pop(spec.name, None)
    return module


def _graph(roles: list[str], skills: list[str], links: list[tuple[str, str]]) -> nx.MultiDiGraph:
    g = new_graph()
    for name in roles:
        add_node(g, Label.ROLE, name, evidence=EV)
    for name in skills:
        add_node(g, Label.SKILL, name, evidence=EV)
    for role, skill in links:
        add_relationship(g, RelType.REQUIRES, role, skill, evidence=EV)
    return g


def _pages() -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """A garden centre's page: its reference, and an extraction that loses each of its links in another way."""
    reference = _graph(
        ["Nursery manager", "Till operator", "Plant buyer", "Cafe cook"],
        ["Grower negotiation", "Staff rota", "Cash handling", "Seasonal displays", "Pest prevention",
         "First aid", "Stock management", "Customer service", "Food hygiene"],
        [
            ("plant-buyer", "grower-negotiation"),  # 1. its role is not read
            ("nursery-manager", "staff-rota"),  # 2. linked to the till operator
            ("nursery-manager", "cash-handling"),  # 3. read for the manager as "handles the tills"
            ("nursery-manager", "seasonal-displays"),  # 4a. read, linked to no one
            ("nursery-manager", "pest-prevention"),  # 4b. read as "prevention of slug damage", the operator's
            ("nursery-manager", "first-aid"),  # 5. not read
            ("nursery-manager", "stock-management"),  # 5. "time management" shares only a generic word
            ("till-operator", "customer-service"),  # found
            ("cafe-cook", "food-hygiene"),  # 5. not read, of a role read but given no link
        ],
    )  # fmt: skip
    extracted = _graph(
        ["Nursery manager", "Till operator", "Weekend volunteer", "Cafe cook"],
        ["Staff rota", "Handles the tills", "Seasonal displays", "Prevention of slug damage", "Time management",
         "Customer service", "Watering"],
        [
            ("till-operator", "staff-rota"),
            ("nursery-manager", "handles-the-tills"),
            ("till-operator", "prevention-of-slug-damage"),
            ("nursery-manager", "time-management"),
            ("till-operator", "customer-service"),
            ("weekend-volunteer", "watering"),
        ],
    )  # fmt: skip
    return extracted, reference


def test_each_missed_link_has_one_cause(bench: ModuleType) -> None:
    row = bench.link_causes(*_pages(), "shop.txt")
    assert row.bare == {"cafe-cook"}
    assert {cause: links for cause, links in row.missed.items() if links} == {
        "role not found": [("plant-buyer", "grower-negotiation")],
        "another role": [("nursery-manager", "staff-rota")],
        "named otherwise": [("nursery-manager", "cash-handling")],
        "unlinked": [("nursery-manager", "seasonal-displays")],
        "other name": [("nursery-manager", "pest-prevention")],
        "not read": [
            ("cafe-cook", "food-hygiene"),
            ("nursery-manager", "first-aid"),
            ("nursery-manager", "stock-management"),
        ],
    }


def test_each_extra_link_has_one_cause(bench: ModuleType) -> None:
    row = bench.link_causes(*_pages(), "shop.txt")
    assert {cause: links for cause, links in row.extra.items() if links} == {
        "role unknown": [("weekend-volunteer", "watering")],
        "known skill": [("till-operator", "staff-rota")],
        "named otherwise": [("nursery-manager", "handles-the-tills")],
        "other": [("nursery-manager", "time-management"), ("till-operator", "prevention-of-slug-damage")],
    }


def test_held_out_sets_print_counts_only(bench: ModuleType) -> None:
    pages = {"shop.txt": bench.link_causes(*_pages(), "shop.txt")}
    dev = bench.cause_lines("corpus nursery", pages, verbose=True)
    held = bench.cause_lines("corpus test", pages, verbose=True)
    assert "missed links    8: role not found   1  another role   1  named otherwise   1" in dev[0]
    assert "unlinked   1  other name   1  not read   3 (of a role given no link   1)" in dev[0]
    assert any("shop.txt: nursery-manager -> first-aid" in line for line in dev)
    assert len(held) == 2
    assert "extra links    5: role unknown   1  known skill   1  named otherwise   1  other   2" in held[1]
