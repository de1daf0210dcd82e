"""careergraph build --onet/--esco, info's layers and credits, align."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from careergraph.cli import main
from careergraph.graph.store import load

DATA = Path(__file__).resolve().parent / "data" / "taxonomy"
ONET = DATA / "onet" / "db_29_2_text"
ESCO = DATA / "esco" / "ESCO dataset - v1.2.0 - classification - en - csv"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CAREERGRAPH_GRAPH", raising=False)


def test_build_with_layers_prints_versions_and_credits(tmp_path: Path, capsys) -> None:
    assert main(["build", "--onet", str(ONET), "--esco", str(ESCO)]) == 0
    out = capsys.readouterr().out
    assert "O*NET 29.2: This includes information from the O*NET 29.2 Database" in out
    assert "ESCO 1.2.0: ESCO, European Commission" in out
    g = load(tmp_path / "careergraph.json")
    assert g.has_edge("store-manager", "onet-41-1011-00", "ALIGNED_TO")
    assert main(["info"]) == 0
    info = capsys.readouterr().out
    assert "knowledge base: ecommerce.yaml" in info and "USDOL/ETA has not approved" in info
    assert "Occupation Data.txt" not in info  # dataset files are layers, not cited documents


def test_build_layers_alone_and_problems_one_line_each(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "db_29_2_text"
    shutil.copytree(ONET, folder)
    (folder / "Job Zones.txt").unlink()
    with (folder / "Alternate Titles.txt").open("a", encoding="utf-8") as handle:
        handle.write("41-2031.00\tclerk\r\n")
    assert main(["build", "--no-kb", "--onet", str(folder), "-o", "onet.json"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "careergraph: warning: Alternate Titles.txt, line 9: 2 fields, expected 4",
        "careergraph: warning: Job Zones.txt: missing; read the rest",
    ]
    g = load(tmp_path / "onet.json")
    assert {d.get("layer") for _, d in g.nodes(data=True)} == {"onet"}


def test_build_with_an_unusable_folder_fails_with_one_line(tmp_path: Path, capsys) -> None:
    assert main(["build", "--onet", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no Occupation Data.txt" in err and "Traceback" not in err
    assert not (tmp_path / "careergraph.json").exists()
    assert main(["build", "--esco", str(tmp_path / "nowhere")]) == 1
    assert "no such folder" in capsys.readouterr().err


def test_align_prints_codes_scores_labels_and_flags(capsys) -> None:
    assert main(["build", "--onet", str(ONET), "--esco", str(ESCO)]) == 0
    capsys.readouterr()
    assert main(["align"]) == 0
    out = capsys.readouterr().out
    store = next(line for line in out.splitlines() if line.startswith("Store manager"))
    assert "ESCO" in store or "O*NET" in store
    assert "41-1011.00" in out and "Store Manager" in out
    assert "curated" in out and "WEAK" in out
    assert "46 roles aligned to O*NET 29.2, ESCO 1.2.0" in out and "with no match" in out
    assert main(["align", "--json", "--min-score", "0.9"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_role = {item["role"]: item["alignments"] for item in data}
    assert all(a["score"] >= 0.9 for items in by_role.values() for a in items)
    assert by_role["industry-newcomer"] == []


def test_align_without_layers_says_how_to_get_them(capsys) -> None:
    assert main(["align"]) == 1
    err = capsys.readouterr().err
    assert "no O*NET or ESCO occupations" in err and "--onet DIR" in err
    assert main(["align", "--onet", str(ONET)]) == 0  # or loads them on the spot
    assert "41-1011.00" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["align", "--min-score", "2"])
    assert exc.value.code == 2


def test_build_keeps_esco_labels_of_other_languages(tmp_path: Path, capsys) -> None:
    assert main(["build", "--esco", str(ESCO), "--esco-labels", "de"]) == 0
    g = load(tmp_path / "careergraph.json")
    assert "Filialleiter/Filialleiterin" in g.nodes["esco-test-shop-manager"]["aliases"]
    assert "skills_de.csv: missing" in capsys.readouterr().err
