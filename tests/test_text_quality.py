"""Scoring an extraction against references: merged over a set's pages, and page by page."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import add_node, add_relationship, add_salaries, new_graph
from careergraph.loaders.text_quality import compare, compare_pages, page_graph, reference_graph

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "text_quality.py"

# two pages of a kitchen's ladder: the first states the move from line cook to sous chef, the second the move
# from sous chef to head chef and the head chef's pay
PAGE_A = """version: 1
roles:
  - {name: Line cook, evidence: [{doc: a.txt, note: x}]}
  - {name: Sous chef, evidence: [{doc: a.txt, note: x}]}
skills:
  - {name: Knife work, evidence: [{doc: a.txt, note: x}]}
transitions:
  - {from: line-cook, to: sous-chef, kind: promotion, evidence: [{doc: a.txt, note: x}]}
requires:
  - {role: line-cook, skill: knife-work, importance: 3, evidence: [{doc: a.txt, note: x}]}
"""
PAGE_B = """version: 1
roles:
  - {name: Sous chef, evidence: [{doc: b.txt, note: x}]}
  - name: Head chef
    salaries: [{min: 40000, max: 50000, currency: GBP, period: year, doc: b.txt}]
    evidence: [{doc: b.txt, note: x}]
transitions:
  - {from: sous-chef, to: head-chef, kind: promotion, evidence: [{doc: b.txt, note: x}]}
"""


@pytest.fixture
def references(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for doc, text in (("a.txt", PAGE_A), ("b.txt", PAGE_B)):
        out[doc] = tmp_path / doc.replace(".txt", ".yaml")
        out[doc].write_text(text, encoding="utf-8")
    return out


def _extracted() -> nx.MultiDiGraph:
    """Page a read with both moves (the second one only page b states); page b read with its roles and pay."""
    g = new_graph()
    a, b = [{"doc": "a.txt", "note": "read"}], [{"doc": "b.txt", "note": "read"}]
    for name in ("Line cook", "Sous chef", "Head chef"):
        add_node(g, Label.ROLE, name, evidence=a)
    add_node(g, Label.SKILL, "Knife work", evidence=a)
    add_relationship(g, RelType.TRANSITIONS_TO, "line-cook", "sous-chef", evidence=a)
    add_relationship(g, RelType.TRANSITIONS_TO, "sous-chef", "head-chef", evidence=a)
    add_relationship(g, RelType.REQUIRES, "line-cook", "knife-work", evidence=a)
    for name in ("Sous chef", "Head chef"):
        add_node(g, Label.ROLE, name, evidence=b)
    add_salaries(g, "head-chef", [{"doc": "b.txt", "min": 40000, "max": 50000, "currency": "GBP", "period": "year"}])
    return g


def test_a_move_only_another_pages_reference_states_counts_merged_not_per_page(references: dict[str, Path]) -> None:
    got = _extracted()
    merged = {s.name: s for s in compare(got, reference_graph(references.values()))}
    pages = {doc: reference_graph([path]) for doc, path in references.items()}
    per_page = {s.name: s for s in compare_pages(got, pages)}
    moves = merged["transitions"], per_page["transitions"]
    assert [(s.found, s.expected, s.extracted) for s in moves] == [(2, 2, 2), (1, 2, 2)]
    assert per_page["transitions"].missed == ["b.txt: sous-chef -> head-chef"]
    assert per_page["transitions"].extra == ["a.txt: sous-chef -> head-chef"]
    # the head chef read on page a is extra there (page a's reference does not name it); sous chef counts per page
    assert (merged["roles"].found, merged["roles"].expected, merged["roles"].extracted) == (3, 3, 3)
    assert (per_page["roles"].found, per_page["roles"].expected, per_page["roles"].extracted) == (4, 4, 5)
    assert per_page["roles"].extra == ["a.txt: head-chef"]
    # facts each page's own reference holds score the same both ways
    for kind in ("role->skill links", "salary figures"):
        assert (per_page[kind].found, per_page[kind].recall) == (merged[kind].found, merged[kind].recall) == (1, 1.0)
    assert [s.name for s in compare_pages(got, {})] == [s.name for s in compare(got, new_graph())]


def test_page_graph_keeps_only_the_pages_salary_figures() -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "Head chef", evidence=[{"doc": "a.txt", "note": "x"}, {"doc": "b.txt", "note": "x"}])
    pay = {"min": 1, "max": 2, "currency": "GBP", "period": "year"}
    add_salaries(g, "head-chef", [{"doc": "a.txt", **pay}, {"doc": "b.txt", **pay, "max": 3}])
    assert [s["max"] for s in page_graph(g, "b.txt").nodes["head-chef"]["salaries"]] == [3]
    assert len(g.nodes["head-chef"]["salaries"]) == 2  # (the graph split is a copy)


def test_benchmark_prints_per_page_lines_apart_from_the_merged_ones(
    references: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("text_quality_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # (its dataclass looks its module up there)
    spec.loader.exec_module(bench)
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    files[0].write_text("Line cooks are promoted to sous chefs.", encoding="utf-8")
    files[1].write_text("Sous chefs are promoted to head chefs.", encoding="utf-8")
    pages = {doc: reference_graph([path]) for doc, path in references.items()}
    docs = bench.DocumentSet("corpus kitchen", files, reference_graph(references.values()), pages=pages)
    scores, checked, wrong, per_page = bench.score_both(docs)
    bench.report(docs, scores, checked, wrong, verbose=False, pages=per_page)
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()]
    for kind in bench.KINDS:
        assert len([line for line in lines if line.startswith(kind) and " recall " in line]) == 1
        assert len([line for line in lines if line.startswith(f"per page {kind} ")]) == 1
    assert bench.score(docs)[0]["transitions"].found == scores["transitions"].found
