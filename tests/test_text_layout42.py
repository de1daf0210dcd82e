"""Page layouts read by general rules (stop 41).

Each page here is written for the test, in trades other than e-commerce (a tree surgery, a bike workshop), so that
what is tested is the layout, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

ARBORIST = """Tree surgeon job description
1. Job overview
A tree surgeon fells, prunes and treats trees in parks and gardens.
2. Skills & Qualifications
- Chainsaw certificate
- Head for heights
3. Working conditions
- Outdoors in all weathers
- Call-outs after storms
4. Training routes
An apprenticeship or a college course in arboriculture.
"""


def test_a_numbered_part_title_ends_the_list_of_needs_above_it(tmp_path: Path) -> None:
    got = needs(read(tmp_path, ARBORIST))["tree-surgeon"]
    assert {"chainsaw certificate", "head for heights"} <= got, got
    assert not any("weather" in name or "storm" in name or "call-out" in name for name in got), got
    off = needs(read(tmp_path, ARBORIST, frozenset({"structure.numbered-parts"})))["tree-surgeon"]
    assert any("weather" in name or "storm" in name or "call-out" in name for name in off), off


PICKING = """Bike mechanic

Duties:
1. Service customer bikes
2. Repair punctures
3. Order spares
"""


def test_a_numbered_list_of_duties_stays_a_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, PICKING))["bike-mechanic"]
    assert len(got) >= 3, got


BAKERY = """Bakery assistant

We are hiring a bakery assistant for our high street shop.

Tools and equipment
- Stock trolleys and racks
- Price guns
- Wrap film and boxes
"""


def test_a_list_under_a_heading_of_equipment_names_things_used_no_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, BAKERY)).get("bakery-assistant", set())
    assert not any("trolley" in name or "gun" in name or "film" in name for name in got), got
    off = needs(read(tmp_path, BAKERY, frozenset({"structure.other-lists"}))).get("bakery-assistant", set())
    assert any("trolley" in name for name in off), off


GROOMER = """Dog groomer

Duties:
- Bath and dry the dogs
- Trim claws, brush coats and book appointments for"""


def test_a_page_cut_off_inside_its_last_item_keeps_only_its_whole_pieces(tmp_path: Path) -> None:
    got = needs(read(tmp_path, GROOMER))["dog-groomer"]
    assert any("claw" in name for name in got) and any("coat" in name for name in got), got
    assert not any("appointment" in name for name in got), got


def test_a_last_item_ending_in_the_particle_of_a_phrasal_verb_is_whole(tmp_path: Path) -> None:
    # "check guests in", "keep the lights on": a particle ends a finished duty; the item is not cut off
    page = "Night porter\n\nDuties:\n- Lock the side doors\n- Check guests in"
    assert any("guest" in name for name in needs(read(tmp_path, page))["night-porter"])
    page = "Night porter\n\nDuties:\n- Lock the side doors\n- Keep the lobby lights on"
    assert any("light" in name for name in needs(read(tmp_path, page))["night-porter"])
