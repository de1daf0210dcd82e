"""Words read as titles that name no post, from pages we wrote ourselves in trades other than e-commerce
(stop 27 of issue 12)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_staff_of_a_place_of_work_is_everyone_there_not_a_post(tmp_path: Path) -> None:
    text = (
        "Kitchen news\n\n"
        "Restaurant staff share the tips at the end of each week. Site personnel at the new branch must sign in, "
        "and the head chef trains the kitchen staff before the summer menu starts.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"head-chef", "kitchen-staff"} <= found  # a field's staff is still a post
    assert not {"restaurant-staff", "site-personnel"} & found


def test_a_leader_or_partner_praised_for_how_they_work_is_no_post(tmp_path: Path) -> None:
    text = (
        "Ward jobs\n\n"
        "As our Head of Nursing, you will be the strategic leader of four ward teams. "
        "Our pharmacy is a trusted partner of the clinic, and each charge nurse is a natural leader. "
        "The team leader on nights reports to the charge nurse.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"head-of-nursing", "team-leader", "charge-nurse"} <= found
    assert not {"strategic-leader", "trusted-partner", "natural-leader"} & found


def test_posts_described_in_a_relative_clause_are_no_list(tmp_path: Path) -> None:
    text = (
        "School jobs\n\n"
        "At a big school there are some posts that are sort of senior, but are hard to leave, such as Head of Year. "
        "A teaching assistant can become a teacher.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"head-of-year", "teaching-assistant", "teacher"} <= found
    assert not {"sort-of-senior", "hard-to-leave"} & found
    # a list after the cue itself still names posts
    listed = roles(read(tmp_path, "School jobs\n\nThe posts are: bursar, caretaker, librarian and cook.\n"))
    assert {"bursar", "caretaker", "librarian"} <= listed


def test_a_verb_after_do_not_is_no_modifier(tmp_path: Path) -> None:
    text = (
        "Garage news\n\n"
        "Don't panic mechanics are taught on the job here. We did not hire apprentices this year, "
        "and the workshop manager doesn't mind welders who learn slowly.\n"
    )
    found = roles(read(tmp_path, text))
    assert "workshop-manager" in found
    assert not {"panic-mechanic", "hire-apprentice", "mind-welder"} & found


def test_a_rank_of_places_or_firms_is_no_post(tmp_path: Path) -> None:
    text = (
        "Bakery chain news\n\n"
        "Our growth is moving beyond the capital: Tier 2 and 3 cities are catching up quickly, "
        "and Band 1 suppliers move to weekly orders. Bakers move from Band 3 to Band 4 after a year.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"band-3", "band-4"} <= found
    assert not {"tier-2", "tier-3", "band-1"} & found


def test_a_before_two_joined_words_and_a_plural_head_makes_no_one_title(tmp_path: Path) -> None:
    sloppy = "Farm news\n\nWhen people think of farm work, a dairy and poultry inspectors is what comes to mind.\n"
    found = roles(read(tmp_path, sloppy))
    assert "poultry-inspector" in found
    assert "dairy-and-poultry-inspector" not in found
    # with a singular head, "a" makes one post of both fields
    one = roles(read(tmp_path, "Farm news\n\nA dairy and poultry inspector visits each farm every month.\n"))
    assert "dairy-and-poultry-inspector" in one


def test_a_pair_of_fields_joined_in_lower_case_makes_one_title(tmp_path: Path) -> None:
    text = "Plant news\n\nOur plant managers and health and safety officers meet each Monday before the shift.\n"
    found = roles(read(tmp_path, text))
    assert {"plant-manager", "health-and-safety-officer"} <= found
    assert "safety-officer" not in found
    # two posts joined by "and" stay two ("managers" is a title's head, no field)
    two = roles(read(tmp_path, "Plant news\n\nOur shift managers and safety officers meet each Monday.\n"))
    assert {"shift-manager", "safety-officer"} <= two


def test_an_author_line_naming_the_author_by_post_is_no_role(tmp_path: Path) -> None:
    text = "Harvest news\nBy our staff writer\n\nThe co-op hired two tractor drivers and a farm manager this week.\n"
    found = roles(read(tmp_path, text))
    assert "farm-manager" in found
    assert "staff-writer" not in found
    # the same post in the story itself is a role
    story = "Harvest news\n\nThe co-op hired a staff writer for its newsletter this week.\n"
    assert "staff-writer" in roles(read(tmp_path, story))


def test_a_slug_of_words_joined_by_hyphens_is_no_title(tmp_path: Path) -> None:
    text = "From-Nurse-Director\n\nHospital careers\n\nA charge nurse leads the ward and reports to the matron.\n"
    found = roles(read(tmp_path, text))
    assert "charge-nurse" in found
    assert not {"from-nurse-director", "nurse-director", "director"} & found


def test_far_from_a_kind_of_role_is_no_move_from_a_post(tmp_path: Path) -> None:
    text = (
        "Dock jobs\n\n"
        "A crane operator at the port is far from a standard cargo handling role. "
        "Many crane operators came from forklift driving jobs.\n"
    )
    found = roles(read(tmp_path, text))
    assert "crane-operator" in found
    assert "standard-cargo-handling" not in found and "cargo-handling" not in found
    assert "forklift-driving" in found  # a post a move starts from is still read


def test_a_clause_after_a_label_for_posts_is_no_list_of_posts(tmp_path: Path) -> None:
    text = (
        "Library careers\n\n"
        "Role: Moving to a senior librarian or records manager involves a closer work with researchers, "
        "offering tailored reading lists and catalogues. This role suits careful people.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"senior-librarian", "records-manager"} <= found
    assert not {"catalogue", "catalog", "reading-list"} & found
