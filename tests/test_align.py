"""Aligning our roles to O*NET-SOC and ESCO occupations: scores, matched labels, the curated table."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import networkx as nx
import pytest

import careergraph
from careergraph.graph.errors import CareerGraphError
from careergraph.graph.schema import RelType
from careergraph.graph.store import add_node, new_graph
from careergraph.loaders.align import (
    WEAK_SCORE,
    CuratedAlignment,
    add_alignments,
    align_roles,
    read_alignment_table,
    title_score,
)
from careergraph.loaders.esco import load_esco
from careergraph.loaders.onet import load_onet, onet_titles

DATA = Path(__file__).resolve().parent / "data" / "taxonomy"
ONET_FIXTURE = DATA / "onet" / "db_29_2_text"
ESCO_V12 = DATA / "esco" / "ESCO dataset - v1.2.0 - classification - en - csv"
SHARED = Path(
    os.environ.get("CAREERGRAPH_TAXONOMY") or Path(__file__).resolve().parents[1] / ".." / "shared" / "taxonomy"
)


@pytest.fixture()
def layered() -> nx.MultiDiGraph:
    g = careergraph.build()
    load_onet(ONET_FIXTURE, into=g)
    load_esco(ESCO_V12, into=g)
    return g


def test_title_score_orders_close_titles_above_far_ones() -> None:
    assert title_score("Store managers", "store-manager") == 1.0
    assert title_score("e-commerce manager", "ecommerce manager") == 1.0
    close = title_score("customer service manager", "customer service supervisor")
    far = title_score("customer service manager", "art director")
    assert 0 < close < 1 and far == 0.0
    # the same words with another head count less
    assert title_score("sales manager", "manager of sales") == 0.75
    assert title_score("sales manager", "sales clerk") < title_score("sales manager", "store manager")


def test_every_kb_role_gets_its_best_occupation_per_taxonomy(layered) -> None:
    g = layered
    found = align_roles(g)
    kb_roles = [k for k, d in g.nodes(data=True) if d["label"] == "Role" and d.get("layer") is None]
    assert sorted(found) == sorted(kb_roles)
    store = {a.dataset: a for a in found["store-manager"]}
    # the curated table names Online Merchants, absent from the fixture: title matching decides
    assert store["O*NET"].code == "41-1011.00" and store["O*NET"].method == "title"
    assert store["O*NET"].matched_label == "Store Manager" and store["O*NET"].score == 1.0
    assert store["O*NET"].evidence == [{"doc": "Occupation Data.txt", "dataset": "O*NET", "version": "29.2", "row": 2}]
    assert store["ESCO"].occupation_name == "shop manager" and store["ESCO"].matched_label == "store manager"
    # a curated pair present in the graph wins, with its reason as evidence
    (cs,) = [a for a in found["customer-service-specialist"] if a.dataset == "O*NET"]
    assert (cs.code, cs.method, cs.score) == ("43-4051.00", "curated", 1.0)
    assert cs.evidence[0]["doc"] == "alignment.yaml" and cs.evidence[0]["note"]
    # Chinese aliases are not matched against English titles
    assert all(a.matched_label.isascii() for items in found.values() for a in items)


def test_weak_and_unmatched_roles(layered) -> None:
    g = layered
    add_node(g, "Role", "Zookeeper of llamas")
    found = align_roles(g, ["zookeeper-of-llamas", "industry-newcomer"])
    assert found["zookeeper-of-llamas"] == []
    assert all(a.weak for a in found["industry-newcomer"])
    assert all(a.score < WEAK_SCORE for a in found["industry-newcomer"])


def test_add_alignments_writes_aligned_to_edges(layered) -> None:
    g = layered
    count = add_alignments(g, align_roles(g), min_score=WEAK_SCORE)
    edges = [(u, v, d) for u, v, k, d in g.edges(keys=True, data=True) if k == RelType.ALIGNED_TO.value]
    assert count == len(edges) > 5
    assert all(d["score"] >= WEAK_SCORE and d["matched_label"] and d["evidence"] for _, _, d in edges)
    assert all(g.nodes[v].get("layer") in ("onet", "esco") and g.nodes[u].get("layer") is None for u, v, _ in edges)


def test_build_with_layers_aligns_and_records_versions() -> None:
    g = careergraph.build(onet=ONET_FIXTURE, esco=ESCO_V12)
    assert g.graph["layers"]["O*NET"]["version"] == "29.2"
    assert "CC BY 4.0" in g.graph["layers"]["O*NET"]["credit"]
    assert g.has_edge("store-manager", "onet-41-1011-00", RelType.ALIGNED_TO.value)
    assert not any(k == RelType.TRANSITIONS_TO.value and g.nodes[u].get("layer") for u, _, k in g.edges(keys=True))


def test_curated_table_is_complete_and_every_entry_has_a_reason() -> None:
    table = read_alignment_table()
    kb = careergraph.build()
    assert all(entry.role in kb for entry in table)
    assert all(entry.reason and "\n" not in entry.reason for entry in table)
    onet_roles = {e.role for e in table if e.dataset == "O*NET"}
    roles = {k for k, d in kb.nodes(data=True) if d["label"] == "Role"}
    assert roles - onet_roles == {"industry-newcomer"}  # no occupation fits a newcomer


def test_curated_table_errors_name_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\nroles:\n  store-manager:\n    onet: {code: '41-1011.00'}\n", encoding="utf-8")
    with pytest.raises(CareerGraphError, match=r"roles\.store-manager\.onet: needs code and a one-line reason"):
        read_alignment_table(path)


def test_curated_entry_for_an_absent_occupation_falls_back_to_titles() -> None:
    g = new_graph()
    add_node(g, "Role", "Shop lead")
    add_node(g, "Role", "Shop Supervisors", key="onet-41-1011-00", layer="onet", onet_soc="41-1011.00")
    entry = CuratedAlignment("shop-lead", "O*NET", "99-9999.00", "not in this graph")
    (found,) = align_roles(g, curated=[entry])["shop-lead"]
    assert found.method == "title" and found.code == "41-1011.00"


@pytest.mark.skipif(not (SHARED / "onet-29.2").is_dir(), reason="../shared/taxonomy/onet-29.2 is not here")
def test_curated_codes_exist_in_the_real_files() -> None:
    titles = onet_titles(SHARED / "onet-29.2")
    table = read_alignment_table()
    assert all(e.code in titles for e in table if e.dataset == "O*NET")
    with (SHARED / "esco_ecommerce_occupations.csv").open(encoding="utf-8", newline="") as handle:
        uris = {row["esco_uri"] for row in csv.DictReader(handle)}
    assert all(e.code in uris for e in table if e.dataset == "ESCO")
    g = careergraph.build(onet=SHARED / "onet-29.2")
    found = align_roles(g)  # (its speed is measured by benchmarks/taxonomy.py, not here)
    curated = sum(1 for items in found.values() for a in items if a.method == "curated")
    assert curated == 45


def test_a_title_several_occupations_share_identifies_none_for_sure() -> None:
    g = new_graph()
    add_node(g, "Role", "Store manager")
    for code, name in (("41-1011.00", "Retail Supervisors"), ("11-1021.00", "General Managers")):
        add_node(g, "Role", name, key=f"onet {code}", layer="onet", onet_soc=code, aliases=["Store Manager"])
    found = align_roles(g, curated=[], top=2)["store-manager"]
    assert [round(a.score, 3) for a in found] == [0.707, 0.707]  # 1 / sqrt(2)
    assert all(a.matched_label == "Store Manager" for a in found)


def test_a_one_word_alias_alone_never_makes_a_strong_match() -> None:
    g = new_graph()
    add_node(g, "Role", "Shop runner", aliases=["operator"])
    add_node(
        g,
        "Role",
        "Gas Plant Operators",
        key="onet-51-8092-00",
        layer="onet",
        onet_soc="51-8092.00",
        aliases=["Operator"],
    )
    (found,) = align_roles(g, curated=[])["shop-runner"]
    assert found.matched_label == "Operator" and found.score == pytest.approx(0.45) and found.weak


def test_roles_extracted_from_documents_are_aligned(tmp_path: Path) -> None:
    doc = tmp_path / "ladder.txt"
    doc.write_text("A marketing assistant is promoted to digital marketing manager after two years.", encoding="utf-8")
    g = careergraph.build([doc], kb=False, onet=ONET_FIXTURE)
    aligned = {(u, v): d for u, v, k, d in g.edges(keys=True, data=True) if k == RelType.ALIGNED_TO.value}
    match = aligned[("digital-marketing-manager", "onet-11-2021-00")]
    assert match["matched_label"] == "Digital Marketing Manager" and match["score"] == 1.0
    assert g.has_edge("marketing-assistant", "digital-marketing-manager", RelType.TRANSITIONS_TO.value)
