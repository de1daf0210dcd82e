"""Unmarked short lines (stop 43): duty and requirement lines without bullets or stops under a post's name or a
lead naming the post, which were read as headings and left unread.

Each page here is written for the test, in trades other than e-commerce (a garden centre, kennels, a bakery), so
that what is tested is the layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

GARDEN_JOBS = """Jobs at the garden centre

Head Gardener
Lead the planting team
Order seeds and compost
Plan the seasonal displays

Garden Centre Cashier
Serve customers at the till
Count the cash at closing
Greet customers at the door
"""


def test_a_run_of_short_duty_lines_under_a_posts_name_is_that_posts_list(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_JOBS)
    got = needs(g)
    assert {"planting team leadership", "seasonal display planning"} <= got.get("head-gardener", set()), got
    assert {"customer serving", "cash counting"} <= got.get("garden-centre-cashier", set()), got
    # each post keeps its own lines
    assert not {"customer serving", "cash counting"} & got.get("head-gardener", set())
    assert "structure.item-runs" in rules_of(g, "head-gardener")
    off = read(tmp_path, GARDEN_JOBS, frozenset({"structure.item-runs"}))
    assert "seasonal display planning" not in needs(off).get("head-gardener", set())


def test_the_run_may_stand_a_blank_line_apart_and_ends_at_a_line_of_another_shape(tmp_path: Path) -> None:
    page = (
        "Head Gardener\n\nLead the planting team\n\nOrder seeds and compost\n\nPlan the seasonal displays\n\n"
        "About us\n\nWe are a family firm with three sites.\n"
    )
    got = needs(read(tmp_path, page)).get("head-gardener", set())
    assert {"planting team leadership", "seasonal display planning"} <= got, got
    assert not any("family" in s or "about" in s for s in got), got


def test_a_lead_ending_in_a_colon_that_names_the_post_heads_the_run(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant - Full time\n\nWhat a kennel assistant could be doing:\nWalk the dogs twice a day\n"
        "Brush the long-haired breeds\nKeep records of feeding\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-assistant", set())
    assert {"walking dogs", "records of feeding"} <= got, got


def test_a_table_of_posts_with_their_pay_is_no_post_and_its_list(tmp_path: Path) -> None:
    page = (
        "Bakery posts\n\nPost Pay Training\nHead Baker $41,000 Diploma\nBakery Assistant $24,000 None\n"
        "Pastry Chef $36,000 Diploma\nDelivery Driver $26,000 Licence\n"
    )
    got = needs(read(tmp_path, page))
    assert not any("pastry chef" in s or "delivery driver" in s for s in got.get("head-baker", set())), got


GARDEN_LADDER = """Gardening career ladder

Level 1: Junior Gardener
Clean the tools
Sweep the paths
Carry the compost bags

Level 2: Gardener
Prune the fruit trees
Plan the borders
Train junior gardeners

Level 3: Head Gardener
The head gardener runs the whole estate.
"""


def test_a_rungs_line_over_short_lines_without_bullets_gives_them_to_its_post(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_LADDER)
    got = needs(g)
    assert {"tool cleaning", "sweeping paths"} <= got.get("junior-gardener", set()), got
    assert {"pruning fruit trees", "border planning"} <= got.get("gardener", set()), got
    # each rung keeps its own lines, and the run ends at the next rung
    assert not {"tool cleaning", "pruning fruit trees"} & got.get("head-gardener", set()), got
    off = read(tmp_path, GARDEN_LADDER, frozenset({"structure.item-runs"}))
    assert "tool cleaning" not in needs(off).get("junior-gardener", set())


GARDEN_DUTIES = """Head Gardener

Responsibilities
Lead the planting team
Order seeds and compost
Support the weekend staff
Keep the glasshouses tidy
"""


def test_a_duty_line_naming_another_post_leaves_the_list_its_own_posts(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_DUTIES)
    got = needs(g)
    assert "keeping the glasshouses tidy" in got.get("head-gardener", set()), got
    assert not got.get("weekend-staff"), got
    off = needs(read(tmp_path, GARDEN_DUTIES, frozenset({"structure.item-posts"})))
    assert "keeping the glasshouses tidy" in off.get("weekend-staff", set()), off


def test_a_need_naming_its_kind_in_a_list_a_blank_line_apart_is_an_item(tmp_path: Path) -> None:
    page = (
        "Head Gardener\n\nRequirements\n\nRHS Level 2 certificate\n\nGood knowledge of plants\n\n"
        "Full driving licence\n\nPatience with customers\n"
    )
    got = needs(read(tmp_path, page)).get("head-gardener", set())
    assert {"plants", "driving licence", "rhs level 2 certificate"} <= got, got
    off = needs(read(tmp_path, page, frozenset({"structure.spaced-items"}))).get("head-gardener", set())
    assert "plants" not in off, off


GARDEN_NEEDS_TABLE = """Head Gardener

| Requirement | Details |
|---|---|
| Education | RHS Level 2 certificate |
| Experience | Three years of experience in horticulture |
| Licence | Full driving licence |
| Communication | Clear and friendly |
"""


def test_a_row_whose_first_cell_names_the_kind_of_need_gives_the_need_in_the_next_cell(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_NEEDS_TABLE)
    got = needs(g).get("head-gardener", set())
    assert {"rhs level 2 certificate", "horticulture experience", "driving licence"} <= got, got
    assert not {"education", "licence"} & got, got
    assert "communication" in got  # (a skill's own name in the first cell is read as before)
    assert "requirements.kind-rows" in rules_of(g, "head-gardener")
    off = needs(read(tmp_path, GARDEN_NEEDS_TABLE, frozenset({"requirements.kind-rows"}))).get("head-gardener", set())
    assert "education" in off and "rhs level 2 certificate" not in off, off


GARDEN_POSTS_TABLE = """Careers at Green Acres

| Role | Description |
|---|---|
| Gardener | Prunes the trees and tidies the borders |
| Cashier | Serves customers at the till and counts the cash |
| Driver | Has a van of his own |
"""


def test_a_cell_telling_what_a_rows_post_does_gives_its_duties(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_POSTS_TABLE)
    got = needs(g)
    assert {"customer serving", "cash counting"} <= got.get("cashier", set()), got
    assert "pruning trees" in got.get("gardener", set()), got
    assert not got.get("driver"), got  # ("Has ...": no duty told)
    assert "requirements.told-cells" in rules_of(g, "cashier")
    off = needs(read(tmp_path, GARDEN_POSTS_TABLE, frozenset({"requirements.told-cells"})))
    assert not off.get("cashier"), off


GARDEN_DETAILS_TABLE = """Head Gardener job description

| Section | Details |
|---|---|
| Job title | Head Gardener |
| Reports to | Estate Manager |
| Main duties | Plan the planting, lead the team, order stock |
| Skills | Plant knowledge, leadership |
| Hours | 40 a week |
"""


def test_a_field_of_duties_or_needs_in_a_table_of_details_gives_its_items(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_DETAILS_TABLE)
    got = needs(g)
    assert {"planting planning", "team leadership", "plant knowledge", "leadership"} <= got.get("head-gardener", set())
    assert not got.get("estate-manager"), got
    assert not any("week" in s or "40" in s for s in got.get("head-gardener", set())), got
    off = needs(read(tmp_path, GARDEN_DETAILS_TABLE, frozenset({"requirements.field-rows"})))
    assert "plant knowledge" not in off.get("head-gardener", set()), off


GARDEN_LEADS = """Working at a garden centre

Head Gardener
Our head gardener looks after the whole site and its displays, and most days will:
Lead the planting team
Plan the seasonal displays
Order seeds and compost

Cashier
Our cashiers are the first people our visitors meet in the shop.
Serve customers at the till
Count the cash at closing
Greet customers at the door
"""


def test_a_run_of_duty_lines_under_a_line_of_prose_is_the_sections_posts_list(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_LEADS)
    got = needs(g)
    assert {"planting team leadership", "seasonal display planning"} <= got.get("head-gardener", set()), got
    assert {"customer serving", "cash counting", "customer greeting"} <= got.get("cashier", set()), got
    assert not {"customer serving", "cash counting"} & got.get("head-gardener", set()), got
    assert "structure.lead-runs" in rules_of(g, "cashier")
    off = needs(read(tmp_path, GARDEN_LEADS, frozenset({"structure.lead-runs"})))
    assert "cash counting" not in off.get("cashier", set()), off


GARDEN_MUSTS = (
    "Gardener\n\nWe are hiring gardeners for our estate. Each candidate must: Have a full driving licence. Be patient"
    " and customer focused. Follow our safety rules. These posts start in April.\n"
)


def test_sentences_opening_with_a_base_verb_after_a_modal_and_colon_are_needs(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_MUSTS)
    got = needs(g).get("gardener", set())
    assert {"driving licence", "customer focused", "safety rules"} <= got, got
    assert not any("april" in s for s in got), got
    assert "requirements.must-run" in rules_of(g, "gardener")
    off = needs(read(tmp_path, GARDEN_MUSTS, frozenset({"requirements.must-run"}))).get("gardener", set())
    assert "safety rules" not in off, off
