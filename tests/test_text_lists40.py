"""Lists whose heading no rule knows, saved as text without their bullets (stop 40).

Each page here is written for the test, in trades other than e-commerce (a garden centre, a kennels, a print
shop), so that what is tested is the layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

GARDEN_CENTRE = """Plant Area Assistant

Greenacre Garden Centre is a family business on the edge of town.

Where will you spend your days?
Watering the shrubs and bedding plants
Potting on young perennials
Pricing new deliveries
Advising customers on soil and pests

Why work with us?
Free plants every season
Staff discount in the cafe
Pension scheme
"""


def test_a_run_of_duty_lines_under_a_question_no_rule_knows_is_the_pages_list(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_CENTRE)
    got = needs(g).get("plant-area-assistant", set())
    assert {"young perennial potting", "new delivery pricing"} & got, got
    assert "structure.item-runs" in rules_of(g, "plant-area-assistant")
    # what the post gets, under a heading of such a list, is no need
    assert not any("discount" in s or "pension" in s or "plants every" in s for s in got), got
    off = read(tmp_path, GARDEN_CENTRE, frozenset({"structure.item-runs"}))
    assert "structure.item-runs" not in rules_of(off, "plant-area-assistant")


KENNELS = """Kennel Assistant

Happy Tails Boarding Kennels

The work
Walk the dogs twice a day
Clean the runs and change the bedding
Prepare feeds to each owner's notes
Give medication under supervision

Opening times
Monday to Saturday 8am to 6pm
Sunday 10am to 4pm
Closed on bank holidays
"""


def test_a_run_of_duties_under_a_heading_of_two_words_is_read_and_opening_times_are_not(tmp_path: Path) -> None:
    g = read(tmp_path, KENNELS)
    got = needs(g).get("kennel-assistant", set())
    assert len(got) >= 3, got
    assert not any("monday" in s or "sunday" in s or "bank holiday" in s for s in got), got


PRINT_SHOP = """Print Finisher

Related vacancies
Machine Minder - Leeds
Warehouse Picker - Bradford
Delivery Driver - York
"""


def test_a_run_of_titles_is_no_list_of_needs(tmp_path: Path) -> None:
    g = read(tmp_path, PRINT_SHOP)
    assert not needs(g).get("print-finisher"), needs(g)
