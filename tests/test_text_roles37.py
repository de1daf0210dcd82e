"""Roles (job titles) a page names (stop 37, from the seeds' and the fresh24/fresh25 development sets' causes).

The wording, roles and trades here are our own (a bakery, a frozen food factory, a rail depot, ...); each test fails
on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

# --- mentions.placed-heads: a bare head held in a kind of place is the place's post ------------------------------


def test_a_bare_head_after_as_a_names_the_post_by_the_kind_of_place_it_is_held_in(tmp_path: Path) -> None:
    page = (
        "After school I found work as an assistant in a small village bakery. Two years later I took a job as an"
        " operator at a frozen food factory, and then as a clerk in a hardware store.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"village-bakery-assistant", "frozen-food-factory-operator", "hardware-store-clerk"} <= got, got
    assert not {"assistant", "operator"} & got, got
    off = roles(read(tmp_path, page, frozenset({"mentions.placed-heads"})))
    assert "village-bakery-assistant" not in off and "assistant" in off, off


def test_no_post_of_a_place_that_is_no_kind_of_workplace_or_no_kind_at_all(tmp_path: Path) -> None:
    page = (
        "I worked as a manager in a large company for ten years. Before that I worked as a clerk at Harrods and as"
        " assistants in shops, and once as an operator in a hurry.\n"
    )
    got = roles(read(tmp_path, page))
    assert not any(key.endswith(("company-manager", "harrods-clerk", "hurry-operator")) for key in got), got
    assert "manager" in got, got


# --- mentions.index-titles: a classification's index of job titles, head first -----------------------------------


def test_a_run_of_index_lines_names_each_post_with_its_qualifiers_first(tmp_path: Path) -> None:
    page = (
        "Rail depot operatives\n\n"
        "Rail depot operatives prepare, clean and move trains between services at a depot.\n\n"
        "Common job titles\n\n"
        "Operative, depot\n"
        "Shunter, yard\n"
        "Cleaner, carriage\n"
        "Hand, yard (railways)\n"
        "Assistant, services, passenger (railways)\n"
        "Helper, part-time\n"
        "Assistant, guard's\n"
        "Player, team\n"
    )
    got = roles(read(tmp_path, page))
    want = {"depot-operative", "yard-shunter", "carriage-cleaner", "yard-hand", "passenger-services-assistant"}
    assert want <= got, got
    assert not any("part-time" in key or "guard" in key or "player" in key for key in got), got
    off = roles(read(tmp_path, page, frozenset({"mentions.index-titles"})))
    assert not want & off, off


def test_one_index_line_or_a_title_written_function_last_is_no_index(tmp_path: Path) -> None:
    page = (
        "Our depot team\n\n"
        "Shunter, yard\n\n"
        "Manager, Fleet Planning\n"
        "Director, Rail Operations\n"
        "Engineer, Rolling Stock\n"
    )
    got = roles(read(tmp_path, page))
    assert "yard-shunter" not in got, got
    assert not any(key in got for key in ("fleet-planning-manager", "rail-operations-director")), got


# --- mentions.shared-heads: another rank after a title named by the unit it runs is a post of its own ---------------


def test_another_rank_after_a_unit_s_title_and_or_or_a_slash_is_a_post_of_its_own(tmp_path: Path) -> None:
    page = (
        "Parcel Courier\n\n"
        "Couriers load their vans at six and report damaged items to the depot managers or supervisors.\n\n"
        "Each evening the Shift Leader/Supervisor checks the returns cage.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"depot-manager", "shift-leader", "supervisor"} <= got, got
    assert not {"depot-supervisor", "shift-supervisor"} & got, got


def test_a_field_s_title_still_shares_its_modifiers_with_another_head(tmp_path: Path) -> None:
    page = "Report to the production managers or supervisors; ask the packing supervisor or manager.\n"
    got = roles(read(tmp_path, page))
    assert {"production-supervisor", "packing-manager"} <= got, got
    assert "supervisor" not in got, got


def test_two_scopes_slashed_before_a_title_name_a_post_for_each(tmp_path: Path) -> None:
    page = (
        "Where a hotel career can take you\n\n"
        "  • Receptionist\n"
        "  • Front Office Manager\n"
        "  • Area/Regional Manager\n"
        "  • Kitchen/Bar Staff\n"
    )
    got = roles(read(tmp_path, page))
    assert {"area-manager", "regional-manager", "kitchen-bar-staff"} <= got, got
    assert "area-regional-manager" not in got, got


# --- mentions.titles: a word shaped as an adjective in -ple that no title has before its head describes the person -


def test_a_simple_porter_is_a_porter(tmp_path: Path) -> None:
    page = "Being a simple porter is not enough: our porters greet every guest by name.\n"
    got = roles(read(tmp_path, page))
    assert "porter" in got and "simple-porter" not in got, got


# --- mentions.titles: 'filler' ends a title only as a whole title (order filler, shelf filler, night filler) -------


def test_order_shelf_and_night_fillers_are_posts_and_a_filler_alone_is_none(tmp_path: Path) -> None:
    page = (
        "Supermarket jobs for school leavers\n\n"
        "Most start as cashiers, night fillers or order fillers, and some shelf fillers move up to the bakery.\n\n"
        "Hardware counters sell filler, sealant and paint.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"night-filler", "order-filler", "shelf-filler"} <= got, got
    assert "filler" not in got, got


# --- mentions.titles: a bare head between commas in a list of titles is a title of its own ------------------------


def test_a_bare_head_in_a_list_of_other_names_is_its_own_title(tmp_path: Path) -> None:
    page = (
        "Hotel Night Porter\n\n"
        "Hotel night porters look after guests and the building overnight.\n\n"
        "Also known as\n\n"
        "Night Manager, Porter, Hall Porter, Concierge\n"
    )
    got = roles(read(tmp_path, page))
    assert {"hotel-night-porter", "porter", "hall-porter", "concierge"} <= got, got


# --- mentions.titles: 'lead' in small letters before its object's determiner is the verb ---------------------------


def test_lead_before_its_object_is_the_verb_and_a_lead_in_prose_still_a_post(tmp_path: Path) -> None:
    page = (
        "Apps such as Uber Eats and Deliveroo lead this market, and their couriers are paid per drop. Our team"
        " leads the way on safety, says one shift lead, who started as a courier.\n"
    )
    got = roles(read(tmp_path, page))
    assert "shift-lead" in got, got
    assert not any(key.endswith("lead") and key != "shift-lead" for key in got), got


# --- zh.titles: a head whose last character opens the next word is none ('最高管理者' holds no 高管) ------------------


def test_the_highest_manager_holds_no_senior_executive(tmp_path: Path) -> None:
    page = "酒店的总经理是全店的最高管理者，下面有前厅经理和客房主管。\n"
    got = roles(read(tmp_path, page))
    assert {"总经理", "前厅经理", "客房主管"} <= got, got
    assert "高管" not in got, got
    assert "高管" in roles(read(tmp_path, "公司高管每月开会，讨论门店的计划。\n")), "高管 alone is still a post"


# --- mentions.titles: a leader opened by words of a tier alone is a tier of a firm's people ------------------------


def test_senior_leaders_are_a_tier_and_a_senior_team_leader_a_post(tmp_path: Path) -> None:
    page = (
        "I joined the rail depot as a carriage cleaner. Safety walks gave me time with senior leaders from head"
        " office. Within three years I was a Senior Team Leader.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"carriage-cleaner", "senior-team-leader"} <= got, got
    assert "senior-leader" not in got, got


# --- mentions.tool-lists: the items under a heading of tools or equipment are things -------------------------------


def test_items_under_an_equipment_heading_are_things_and_a_career_path_still_posts(tmp_path: Path) -> None:
    page = (
        "Bakery Assistant\n\n"
        "Bakery assistants bake, slice and pack bread for the shop counter.\n\n"
        "Equipment used:\n- Bread slicers\n- Box cutters\n- Floor sweepers\n- Label makers\n\n"
        "Career path\n- Shift supervisor\n- Bakery manager\n"
    )
    got = roles(read(tmp_path, page))
    assert {"bakery-assistant", "shift-supervisor", "bakery-manager"} <= got, got
    assert not {"box-cutter", "floor-sweeper", "label-maker"} & got, got
    off = roles(read(tmp_path, page, frozenset({"mentions.tool-lists"})))
    assert "box-cutter" in off, off


def test_an_index_line_of_a_longer_qualifier_counts_in_the_run_though_it_names_no_post(tmp_path: Path) -> None:
    page = (
        "Common job titles\n\n"
        "Cleaner, carriage and wagon (railways)\n"
        "Shunter, yard\n"
        "Controller, depot\n"
        "Signaller\n"
    )
    got = roles(read(tmp_path, page))
    assert {"yard-shunter", "depot-controller"} <= got, got
    assert not any("wagon" in key for key in got), got
