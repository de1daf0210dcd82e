"""The titles of the groups of a post's list, under a sentence saying they are the post's areas of work ("These are
the areas of responsibility a Head Housekeeper oversees." / "Room Standards" / "- ..."), each name an area of the
post's work (structure.group-areas, stop 47): before, a group's title named nothing. Each page is written for the
test, in trades the rule was not written from (a hotel, a building site).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of


def test_the_group_titles_under_a_sentence_of_areas_name_the_areas(tmp_path: Path) -> None:
    text = (
        "These are the areas of responsibility a Head Housekeeper oversees.\n"
        "Room Standards\n"
        "- Do you check every room before guests arrive?\n"
        "Linen Stock\n"
        "- Count linen in the store each week\n"
    )
    g = read(tmp_path, text)
    got = needs(g).get("head-housekeeper", set())
    assert {"room standards", "linen stock"} <= got, got
    assert "structure.group-areas" in rules_of(g, "head-housekeeper")
    off = needs(read(tmp_path, text, frozenset({"structure.group-areas"}))).get("head-housekeeper", set())
    assert not {"room standards", "linen stock"} & off, off


def test_the_group_titles_under_a_sentence_of_duties_name_nothing(tmp_path: Path) -> None:
    text = (
        "The duties of a Site Foreman fall into two parts:\n\n"
        "Site Safety\n- Run the morning safety briefing\n\n"
        "Programme\n- Order concrete deliveries\n"
    )
    got = needs(read(tmp_path, text)).get("site-foreman", set())
    assert any("concrete" in s for s in got), got
    assert "site safety" not in got and "programme" not in got, got


def test_areas_of_a_place_name_no_areas_of_work(tmp_path: Path) -> None:
    text = (
        "These are the duties of a Hospital Porter in all areas of the hospital.\n"
        "Patient Transfers\n- Move patients to theatre\n"
        "Gas Supplies\n- Deliver oxygen cylinders\n"
    )
    g = read(tmp_path, text)
    got = needs(g).get("hospital-porter", set())
    assert any("oxygen" in s for s in got), got
    assert "patient transfers" not in got and "gas supplies" not in got, got
    assert "structure.group-areas" not in rules_of(g, "hospital-porter")
