"""The queries with the standard layers: related occupations, essential skills, gaps to occupations by code."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import careergraph
from careergraph.cli import main
from careergraph.graph.errors import RoleNotFound
from careergraph.queries import resolve_role
from careergraph.queries.standard import aligned_occupations, essential_skills, related_occupations

DATA = Path(__file__).resolve().parent / "data" / "taxonomy"
ONET = DATA / "onet" / "db_29_2_text"
ESCO = DATA / "esco" / "ESCO dataset - v1.2.0 - classification - en - csv"


@pytest.fixture(scope="module")
def layered() -> nx.MultiDiGraph:
    return careergraph.build(onet=ONET, esco=ESCO)


def test_occupations_are_found_by_code_and_title(layered) -> None:
    assert resolve_role(layered, "41-2031.00") == "onet-41-2031-00"
    assert resolve_role(layered, "Retail Salespersons") == "onet-41-2031-00"
    assert resolve_role(layered, "http://data.europa.eu/esco/occupation/test-shop-manager") == "esco-test-shop-manager"
    with pytest.raises(RoleNotFound):
        resolve_role(layered, "99-9999.00")


def test_aligned_occupations_best_first(layered) -> None:
    assert aligned_occupations(layered, "store manager", layer="onet") == ["onet-41-1011-00"]
    assert aligned_occupations(layered, "41-2031.00") == ["onet-41-2031-00"]


def test_similar_roles_adds_related_occupations_marked_apart(layered) -> None:
    plain = careergraph.similar_roles(layered, "store manager", k=3)
    both = careergraph.similar_roles(layered, "store manager", k=3, related=True)
    assert [r.key for r in both[: len(plain)]] == [r.key for r in plain]
    extra = both[len(plain) :]
    assert [r.key for r in extra] == ["onet-41-2031-00"]
    assert extra[0].related == "O*NET related (Primary-Short, rank 1) to First-Line Supervisors of Retail Sales Workers"
    assert all(r.related is None for r in plain)
    # an occupation's own related occupations, tier before rank
    ranked = related_occupations(layered, "Retail Salespersons")
    assert [r.key for r in ranked] == ["onet-41-1011-00", "onet-43-4051-00"]
    assert not any(k == "TRANSITIONS_TO" for _, _, k in layered.out_edges("onet-41-2031-00", keys=True))


def test_skill_gap_adds_the_aligned_occupations_essential_skills(layered) -> None:
    plain = careergraph.skill_gap(layered, "operations assistant", "store manager")
    full = careergraph.skill_gap(layered, "operations assistant", "store manager", standard=True)
    assert {n.key for n in plain.missing} <= {n.key for n in full.missing}
    added = {n.name: n.source for n in full.missing if n.source is not None}
    # ESCO essential skills of the shop manager; its optional ones and O*NET's cold technology stay out
    assert added == {"manage stock": "ESCO shop manager", "sell products": "ESCO shop manager"}
    assert all(n.source is None for n in plain.missing)


def test_gap_from_a_kb_role_to_an_occupation_by_code(layered) -> None:
    gap = careergraph.skill_gap(layered, "store manager", "11-2021.00", standard=True)
    assert layered.nodes[gap.target]["name"] == "Marketing Managers"
    # the store manager's aligned O*NET occupation also uses Excel: held through the alignment
    assert [n.name for n in gap.shared] == ["Microsoft Excel"]
    # the target's own requirements (Google Analytics among them) and its essential ones
    assert {n.name for n in gap.missing} == {"Google Analytics", "Sales and Marketing"}
    assert 0 < gap.coverage < 100


def test_essential_skills_rules(layered) -> None:
    assert essential_skills(layered, "onet-11-2021-00") == {"onet-tech-microsoft-excel": 3, "onet-2-c-1-d": 5}
    # IM 3.75 and 3.90 round to 4; point-of-sale software is not a hot technology
    assert essential_skills(layered, "onet-41-2031-00") == {"onet-2-a-1-a": 4, "onet-2-c-1-d": 4}
    assert "onet-tech-google-analytics" not in essential_skills(layered, "onet-11-2021-00")  # hot, not in demand


def test_cli_similar_related_and_gap_standard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CAREERGRAPH_GRAPH", raising=False)
    assert main(["build", "--onet", str(ONET), "--esco", str(ESCO)]) == 0
    capsys.readouterr()
    assert main(["similar", "store manager", "--related"]) == 0
    out = capsys.readouterr().out
    assert "O*NET related occupations (similar work, not moves):" in out and "Retail Salespersons" in out
    assert main(["gap", "operations assistant", "store manager", "--standard"]) == 0
    out = capsys.readouterr().out
    assert "from the standard layer" in out and "ESCO shop manager" in out
    assert main(["gap", "store manager", "99-9999.00", "--standard"]) == 1
    assert capsys.readouterr().err.startswith("careergraph: error: unknown role '99-9999.00'")
