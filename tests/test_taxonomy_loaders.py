"""The O*NET and ESCO loaders: official layouts in, careergraph-schema graphs out."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from careergraph.graph.schema import RelType, is_dataset_evidence
from careergraph.graph.store import counts, load, save, validate_graph
from careergraph.loaders.esco import esco_role_key, load_esco
from careergraph.loaders.onet import FILES, load_onet, onet_titles
from careergraph.loaders.taxonomy import TaxonomyError, layer_versions

DATA = Path(__file__).resolve().parent / "data" / "taxonomy"
ONET_FIXTURE = DATA / "onet" / "db_29_2_text"
ESCO_V12 = DATA / "esco" / "ESCO dataset - v1.2.0 - classification - en - csv"
ESCO_V11 = DATA / "esco" / "ESCO dataset - v1.1.1 - classification - en - csv"
# ../shared/taxonomy beside the repository, or the folder $CAREERGRAPH_TAXONOMY names (for a worktree)
SHARED = Path(
    os.environ.get("CAREERGRAPH_TAXONOMY") or Path(__file__).resolve().parents[1] / ".." / "shared" / "taxonomy"
)
ONET_REAL = SHARED / "onet-29.2"
ESCO_O = "http://data.europa.eu/esco/occupation/"


def _copy(folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / folder.name
    shutil.copytree(folder, target)
    return target


# --- O*NET ---------------------------------------------------------------------


def test_onet_fixture_reads_every_file_kind() -> None:
    result = load_onet(ONET_FIXTURE)
    g = result.graph
    assert result.version == "29.2"
    assert result.problems == [] and result.missing == []
    assert sorted(result.files) == sorted([*FILES])
    store = g.nodes["onet-41-1011-00"]
    assert store["onet_soc"] == "41-1011.00" and store["layer"] == "onet" and store["job_zone"] == 3
    assert store["aliases"] == ["Store Manager", "Shop Supervisor"]
    assert store["tasks"][0] == "Plan the shifts of the sales staff."  # core task first
    # short titles are aliases too; "n/a" is not
    assert "Digital Mktg Mgr" in g.nodes["onet-11-2021-00"]["aliases"]
    assert all("n/a" not in d["aliases"] for _, d in g.nodes(data=True))
    related = g.edges["onet-41-2031-00", "onet-43-4051-00", RelType.RELATED_TO.value]
    assert (related["tier"], related["rank"]) == ("Primary-Long", 2)
    assert not any(k == RelType.TRANSITIONS_TO.value for _, _, k in g.edges(keys=True))
    excel = g.nodes["onet-tech-microsoft-excel"]
    assert excel["kind"] == "technology" and excel["hot_technology"] is True
    need = g.edges["onet-11-2021-00", "onet-tech-microsoft-excel", "REQUIRES"]
    assert need["hot_technology"] is True and need["in_demand"] is True
    assert g.edges["onet-41-1011-00", "onet-tech-microsoft-excel", "REQUIRES"]["in_demand"] is False
    listening = g.edges["onet-43-4051-00", "onet-2-a-1-a", "REQUIRES"]
    assert listening["importance"] == 4 and listening["level"] == pytest.approx(3.88)
    assert g.nodes["onet-2-a-1-a"]["kind"] == "skill" and g.nodes["onet-2-c-1-d"]["kind"] == "knowledge"
    # rated below importance 3: left out
    assert not g.has_node("onet-2-b-4-e")
    assert result.counts["occupations"] == 4 and result.counts["related pairs"] == 5


def test_onet_evidence_names_dataset_version_file_and_row() -> None:
    g = load_onet(ONET_FIXTURE).graph
    evidence = g.nodes["onet-41-1011-00"]["evidence"]
    assert all(is_dataset_evidence(item) for item in evidence)
    assert evidence[0] == {"doc": "Occupation Data.txt", "dataset": "O*NET", "version": "29.2", "row": 2}
    assert {"doc": "Alternate Titles.txt", "dataset": "O*NET", "version": "29.2", "row": 3} in evidence
    assert {"doc": "Job Zones.txt", "dataset": "O*NET", "version": "29.2", "row": 2} in evidence
    tech = g.edges["onet-41-2031-00", "onet-tech-point-of-sale-pos-software", "REQUIRES"]["evidence"]
    assert tech == [{"doc": "Technology Skills.txt", "dataset": "O*NET", "version": "29.2", "row": 4}]


def test_onet_layer_survives_save_and_load(tmp_path: Path) -> None:
    g = load_onet(ONET_FIXTURE).graph
    for name in ("g.json", "g.graphml"):
        h = load(save(g, tmp_path / name))
        assert counts(h) == counts(g)
        assert h.nodes["onet-41-1011-00"]["tasks"] == g.nodes["onet-41-1011-00"]["tasks"]
        assert layer_versions(h) == {"O*NET": "29.2"}
    h = load(save(g, tmp_path / "csv", format="csv"))
    assert h.nodes["onet-tech-microsoft-excel"]["hot_technology"] is True
    assert h.edges["onet-43-4051-00", "onet-2-a-1-a", "REQUIRES"]["level"] == pytest.approx(3.88)
    assert layer_versions(h) == {"O*NET": "29.2"}  # read back from the evidence


def test_onet_titles_is_a_plain_reader() -> None:
    titles = onet_titles(ONET_FIXTURE)
    assert titles["41-1011.00"] == [
        "First-Line Supervisors of Retail Sales Workers",
        "Store Manager",
        "Shop Supervisor",
    ]
    assert titles["11-2021.00"][-1] == "Digital Mktg Mgr"


def test_onet_missing_files_are_named_and_the_rest_loaded(tmp_path: Path) -> None:
    folder = _copy(ONET_FIXTURE, tmp_path)
    (folder / "Job Zones.txt").unlink()
    (folder / "Skills.txt").unlink()  # the ratings files are optional
    result = load_onet(folder)
    assert result.missing == ["Job Zones.txt"]
    assert [str(p) for p in result.problems] == ["Job Zones.txt: missing; read the rest"]
    assert "job_zone" not in result.graph.nodes["onet-41-1011-00"]
    assert result.graph.has_edge("onet-41-2031-00", "onet-41-1011-00")


def test_onet_unexpected_header_names_file_and_columns(tmp_path: Path) -> None:
    folder = _copy(ONET_FIXTURE, tmp_path)
    (folder / "Related Occupations.txt").write_text("Code\tOther\n41-2031.00\t41-1011.00\n", encoding="utf-8")
    result = load_onet(folder)
    (problem,) = result.problems
    assert problem.file == "Related Occupations.txt"
    assert "unexpected header (Code, Other)" in problem.message
    assert "O*NET-SOC Code, Related O*NET-SOC Code, Relatedness Tier, Index" in problem.message
    assert counts(result.graph)["RELATED_TO"] == 0 and counts(result.graph)["Role"] == 4


def test_onet_ragged_and_truncated_rows_name_file_and_line(tmp_path: Path) -> None:
    folder = _copy(ONET_FIXTURE, tmp_path)
    path = folder / "Alternate Titles.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "41-2031.00\tShop Clerk\tn/a\t08\textra\r\n41-2031.00\tCounter", encoding="utf-8")
    result = load_onet(folder)
    assert [str(p) for p in result.problems] == [
        "Alternate Titles.txt, line 9: 5 fields, expected 4",
        "Alternate Titles.txt, line 10: 2 fields, expected 4",
    ]
    assert result.graph.nodes["onet-41-2031-00"]["aliases"] == ["Sales Associate"]


def test_onet_unknown_codes_and_another_version_are_reported(tmp_path: Path) -> None:
    folder = _copy(ONET_FIXTURE, tmp_path)
    with (folder / "Job Zones.txt").open("a", encoding="utf-8", newline="") as handle:
        handle.write("99-9999.00\t3\t08/2023\tAnalyst\r\n")
    (folder / "Read Me.txt").write_text("O*NET 28.1 Database\n", encoding="utf-8")
    result = load_onet(folder, version="29.2")
    messages = [str(p) for p in result.problems]
    assert "Read Me.txt: O*NET 28.1, not the 29.2 expected; read as it is" in messages
    assert "Read Me.txt: O*NET 28.1 in a folder named for 29.2" in messages
    assert any(m.startswith("Job Zones.txt: 1 row names an occupation not in Occupation Data.txt") for m in messages)
    assert result.version == "28.1"


def test_onet_folder_without_occupations_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match=r"no Occupation Data\.txt"):
        load_onet(tmp_path)
    with pytest.raises(TaxonomyError, match="no such folder"):
        load_onet(tmp_path / "absent")
    folder = _copy(ONET_FIXTURE, tmp_path)
    (folder / "Occupation Data.txt").write_text("Title\nX\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="expected the columns O\\*NET-SOC Code, Title, Description"):
        load_onet(folder)


@pytest.mark.skipif(not ONET_REAL.is_dir(), reason="../shared/taxonomy/onet-29.2 is not here")
def test_onet_real_29_2_folder() -> None:
    result = load_onet(ONET_REAL)
    g = result.graph
    assert result.version == "29.2" and result.problems == []
    tally = counts(g)
    assert result.counts["occupations"] == 1016
    assert tally["RELATED_TO"] == 18460
    assert result.counts["technology skills"] == 32627
    retail = g.nodes["onet-41-2031-00"]
    assert retail["name"] == "Retail Salespersons" and retail["job_zone"] == 2
    assert len(retail["aliases"]) > 50 and len(retail["tasks"]) > 10
    assert (
        sum(len(d["aliases"]) for _, d in g.nodes(data=True) if d.get("layer") == "onet" and d["label"] == "Role")
        > 50000
    )
    validate_graph(g)


# --- ESCO ----------------------------------------------------------------------


@pytest.mark.parametrize(("folder", "version"), [(ESCO_V12, "1.2.0"), (ESCO_V11, "1.1.1")])
def test_esco_both_layouts(folder: Path, version: str) -> None:
    result = load_esco(folder)
    g = result.graph
    assert result.version == version and result.problems == [] and result.missing == []
    manager = g.nodes[esco_role_key(ESCO_O + "test-shop-manager")]
    assert manager["name"] == "shop manager" and manager["aliases"] == ["store manager", "retail manager"]
    assert manager["esco_uri"] == ESCO_O + "test-shop-manager" and manager["isco_group"] == "1420"
    assert manager["layer"] == "esco"
    sell = "esco-test-sell-products"
    assert g.nodes[sell]["kind"] == "skill" and g.nodes["esco-test-online-marketing"]["kind"] == "knowledge"
    assert g.edges[manager["key"], sell, "REQUIRES"]["relation"] == "essential"
    assert g.edges["esco-test-ecommerce-manager", "esco-test-stock-control", "REQUIRES"]["relation"] == "optional"
    assert g.has_edge("esco-test-ecommerce-manager", manager["key"], RelType.HAS_BROADER.value)
    assert counts(g)["TRANSITIONS_TO"] == 0
    evidence = g.edges[manager["key"], sell, "REQUIRES"]["evidence"]
    assert evidence == [{"doc": "occupationSkillRelations_en.csv", "dataset": "ESCO", "version": version, "row": 3}]


def test_esco_layout_of_another_version_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ESCO dataset - v1.2.0 - classification - en - csv"
    shutil.copytree(ESCO_V12, folder)
    shutil.copy(ESCO_V11 / "occupationSkillRelations_en.csv", folder)
    result = load_esco(folder)
    assert [str(p) for p in result.problems] == [
        "occupationSkillRelations_en.csv: has the v1.1 layout in a v1.2.0 download; read as it is"
    ]
    assert counts(result.graph)["REQUIRES"] == 6
    plain = tmp_path / "esco"
    shutil.copytree(ESCO_V11, plain)
    assert load_esco(plain).version == "1.1"  # from the columns when the folder's name does not say


def test_esco_bad_input(tmp_path: Path) -> None:
    folder = _copy(ESCO_V12, tmp_path)
    (folder / "skills_en.csv").unlink()
    (folder / "broaderRelationsOccPillar_en.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with (folder / "occupations_en.csv").open("a", encoding="utf-8", newline="") as handle:
        handle.write("Occupation,http://x/ragged,1,ragged\n")
    result = load_esco(folder)
    messages = [str(p) for p in result.problems]
    assert messages[0] == "occupations_en.csv, line 10: 4 fields, expected 15"  # label lists span lines
    assert messages[1] == "skills_en.csv: missing; read the rest"
    assert messages[2].startswith("broaderRelationsOccPillar_en.csv: unexpected header (a, b); expected the columns")
    assert messages[3].startswith("occupationSkillRelations_en.csv: 6 rows name an unknown occupation or skill")
    assert counts(result.graph)["Role"] == 4
    (folder / "occupations_en.csv").unlink()
    with pytest.raises(TaxonomyError, match=r"no occupations_en\.csv"):
        load_esco(folder)


@pytest.mark.skipif(not (SHARED / "esco_ecommerce_occupations.csv").is_file(), reason="../shared/taxonomy is not here")
def test_esco_mapping_matches_the_shared_extract(tmp_path: Path) -> None:
    """Write the e-commerce extract of ESCO 1.2.0 in the download layout, read it back, compare."""
    with (SHARED / "esco_ecommerce_occupations.csv").open(encoding="utf-8", newline="") as handle:
        occupations = list(csv.DictReader(handle))
    with (SHARED / "esco_ecommerce_occupation_skills.csv").open(encoding="utf-8", newline="") as handle:
        links = list(csv.DictReader(handle))
    folder = tmp_path / "ESCO dataset - v1.2.0 - classification - en - csv"
    folder.mkdir()
    with (folder / "occupations_en.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "description", "code", "naceCode"]
        )
        for row in occupations:
            labels = "\n".join(row["alt_labels"].split("|")) if row["alt_labels"] else ""
            out.writerow(
                [
                    "Occupation",
                    row["esco_uri"],
                    row["isco_code"],
                    row["preferred_label"],
                    labels,
                    row["description"],
                    "",
                    "",
                ]
            )
    skill_uri = {
        name: f"http://data.europa.eu/esco/skill/extract-{i}"
        for i, name in enumerate(dict.fromkeys(r["skill"] for r in links))
    }
    kinds = {r["skill"]: r["skill_type"] for r in links}
    with (folder / "skills_en.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["conceptType", "conceptUri", "skillType", "preferredLabel", "altLabels", "description"])
        out.writerows(["KnowledgeSkillCompetence", uri, kinds[name], name, "", ""] for name, uri in skill_uri.items())
    with (folder / "occupationSkillRelations_en.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["occupationUri", "occupationLabel", "relationType", "skillType", "skillUri", "skillLabel"])
        out.writerows(
            [r["esco_uri"], r["occupation"], r["relation"], r["skill_type"], skill_uri[r["skill"]], r["skill"]]
            for r in links
        )
    result = load_esco(folder)
    g = result.graph
    assert result.version == "1.2.0"
    assert result.counts["occupations"] == len(occupations)
    for row in occupations:
        node = g.nodes[esco_role_key(row["esco_uri"])]
        assert node["name"] == row["preferred_label"] and node["isco_group"] == row["isco_code"]
        assert node["aliases"] == [a for a in row["alt_labels"].split("|") if a and a != row["preferred_label"]]
        essential = sum(
            1
            for _, _, k, d in g.out_edges(node["key"], keys=True, data=True)
            if k == "REQUIRES" and d["relation"] == "essential"
        )
        assert essential == int(row["n_essential"])


def test_esco_labels_of_another_language_become_aliases() -> None:
    result = load_esco(ESCO_V12, labels=["de", "fr"])
    manager = result.graph.nodes[esco_role_key(ESCO_O + "test-shop-manager")]
    assert manager["name"] == "shop manager"
    assert manager["aliases"][-3:] == ["Filialleiter/Filialleiterin", "Ladenleiter", "Marktleiterin"]
    assert {"doc": "occupations_de.csv", "dataset": "ESCO", "version": "1.2.0", "row": 1} in manager["evidence"]
    assert result.counts["de labels"] == 2
    messages = [str(p) for p in result.problems]
    assert messages == [
        "skills_de.csv: missing: no de labels for the skills",
        "occupations_fr.csv: missing: no fr labels for the occupations",
        "skills_fr.csv: missing: no fr labels for the skills",
    ]
