"""Role recall and precision, stop 32: kinds of miss and extra found on real development pages, each rule tested on
our own short text in another trade."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_title_opening_the_name_of_a_body_or_a_scheme_is_no_post(tmp_path: Path) -> None:
    page = (
        "Nursing pay in 2025\n\n"
        "A survey from the Theatre Nurse Association found that pay rose. Trusts must meet their Safe Staffing"
        " Responsibility duties. I joined the Charge Nurse Development Programme after two years as a ward clerk.\n"
    )
    got = roles(read(tmp_path, page))
    assert "ward-clerk" in got
    assert not {"theatre-nurse", "charge-nurse"} & got


def test_a_tier_of_management_that_work_is_handed_up_to_is_no_post(tmp_path: Path) -> None:
    page = (
        "Site engineer\n\n"
        "Site engineers write weekly safety logs that are reviewed by upper management. They prepare cost"
        " reports for senior management. After ten years many move on to senior management.\n"
    )
    got = roles(read(tmp_path, page))
    assert "senior-management" in got
    assert "upper-management" not in got


def test_two_units_a_post_runs_joined_by_or_name_two_posts(tmp_path: Path) -> None:
    page = (
        "Careers at the bank\n\n"
        "Tellers can later rise to Branch or Area Manager, and a few to Regional or National Sales Director.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"branch-manager", "area-manager", "regional-sales-director", "national-sales-director"} <= got
    assert not {"branch-or-area-manager", "regional-or-national-sales-director"} & got


def test_a_field_said_two_ways_with_or_stays_one_post(tmp_path: Path) -> None:
    page = "Hotel jobs\n\nShe was promoted to Food or Beverage Manager after a year as a waiter.\n"
    assert "food-or-beverage-manager" in roles(read(tmp_path, page))
