"""Pages of the kinds users bring that an earlier reading missed: pay whose currency sign was lost in a conversion,
ladders told by headings, forum answers about tiers, and career paths told as a story of "most people".

The wording here is our own (hospitals, kitchens, hotels, banks, libraries), unlike the development sets.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label, RelType
from careergraph.loaders.text import load_documents


def read(tmp_path: Path, text: str, disabled: frozenset[str] = frozenset()) -> nx.MultiDiGraph:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False, disabled=disabled)
    assert not result.problems
    return result.graph


def moves(g: nx.MultiDiGraph) -> dict[tuple[str, str], dict]:
    return {(u, v): data for u, v, key, data in g.edges(keys=True, data=True) if key == RelType.TRANSITIONS_TO.value}


def roles(g: nx.MultiDiGraph) -> set[str]:
    return {n for n, data in g.nodes(data=True) if data.get("label") == Label.ROLE.value}


def pay(g: nx.MultiDiGraph, role: str) -> list[tuple]:
    return [(s.get("min"), s.get("max"), s["currency"], s["period"]) for s in g.nodes[role].get("salaries", [])]


def test_a_question_mark_glued_to_a_figure_is_a_lost_currency_sign(tmp_path: Path) -> None:
    text = (
        "Staff nurse pay in India\n\n"
        "A staff nurse in a private hospital takes home about ?3,20,000 a year. "
        "Ward managers are paid ?4,80,000 - ?6,00,000 per year."
    )
    g = read(tmp_path, text)
    assert pay(g, "staff-nurse") == [(320000.0, 320000.0, "INR", "year")]
    assert pay(g, "ward-manager") == [(480000.0, 600000.0, "INR", "year")]
    off = read(tmp_path, text, frozenset({"salaries.lost-sign"}))
    assert not pay(off, "staff-nurse")


def test_a_figure_without_a_sign_takes_the_currency_of_the_country_named(tmp_path: Path) -> None:
    text = (
        "Kitchen salaries in the Philippines (monthly)\n\n"
        "Line Cook: 16,000 - 22,000\n"
        "Sous Chef salary: \ufffd35,000 to \ufffd48,000 a month\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "sous-chef") == [(35000.0, 48000.0, "PHP", "month")]
    # digits grouped the Indian way are rupees even where no country is named
    g = read(tmp_path, "Head cashier\n\nThe head cashier's salary is 4,50,000 per year.")
    assert pay(g, "head-cashier") == [(450000.0, 450000.0, "INR", "year")]
    # and a number in a page naming no country and no currency is no figure of pay
    g = read(tmp_path, "Head cashier\n\nThe head cashier's salary band is 450,000 points on our scale.")
    assert not pay(g, "head-cashier")


def test_rupiah_and_signs_read_with_the_wrong_encoding(tmp_path: Path) -> None:
    g = read(tmp_path, "Bank teller (Surabaya)\nSalary: Rp 4.500.000 - Rp 6.000.000 per month\n")
    assert pay(g, "bank-teller") == [(4500000.0, 6000000.0, "IDR", "month")]
    g = read(tmp_path, "Library assistant pay\n\nA library assistant earns â‚¹2,40,000 a year.")
    assert pay(g, "library-assistant") == [(240000.0, 240000.0, "INR", "year")]
