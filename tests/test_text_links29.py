"""Role -> skill requirements of layouts the rules were not written from (stop 29, from the development set fresh20).

The wording, roles and trades here are our own (a leisure centre, a garden centre, a bus depot, ...); each test
fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.cue: "as needed", "when required" close a duty, they are no cue of a need ------------------------


def test_a_duty_done_as_needed_is_still_a_duty(tmp_path: Path) -> None:
    page = (
        "Pool Attendant Job Description\n\n"
        "Pool attendants test the water and order new chemicals as needed.\n"
        "Lifeguards clean the changing rooms when required.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("pool-attendant", "water-testing") in got, got
    assert any(role == "pool-attendant" and "chemical" in skill for role, skill in got), got
    assert any(role == "lifeguard" and "changing-room" in skill for role, skill in got), got
    assert "requirements.duty-verb" in rules_of(g, "pool-attendant")


# --- requirements.this-includes: "This includes <gerunds>" after a sentence of a role's duties -------------------


def test_this_includes_after_a_roles_duties_lists_more_of_them(tmp_path: Path) -> None:
    page = (
        "Gardener Job Description\n\n"
        "Gardeners maintain the borders and clean the greenhouses. This includes cleaning the tools, checking the"
        " sprinklers and emptying the bins that are collected by the site manager.\n\n"
        "The pay is reviewed each spring. This includes checking overtime rates against the region.\n\n"
        "Gardeners also maintain the paths. This includes setup, fencing and the like.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    gardener = {skill for role, skill in got if role == "gardener"}
    assert {"tool-cleaning", "sprinkler-checking", "bin-emptying"} <= gardener, gardener
    # (no duty before the pay's sentence, and a list of bare nouns is not read: no rate checking, no setup)
    assert not any("rate" in skill or "setup" in skill or "fencing" in skill for skill in gardener), gardener
    assert not any(role == "site-manager" for role, _ in got), got
    assert "requirements.this-includes" in rules_of(g, "gardener")


# --- requirements.responsibility-of: "the responsibility of the <post> to <verb> ..." -----------------------------


def test_a_responsibility_whose_holder_is_named_by_of_gives_the_infinitives_duties(tmp_path: Path) -> None:
    page = (
        "Gardener Job Description\n\n"
        "It is the responsibility of the head gardener to plan the seasonal displays and maintain the machinery.\n\n"
        "In spring, it is the gardener's job to clean the greenhouses.\n\n"
        "The duty of the groundsman is to check the fences.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert {("head-gardener", "seasonal-display-planning"), ("head-gardener", "machinery-maintenance")} <= got, got
    assert ("gardener", "greenhouse-cleaning") in got, got
    assert ("groundsman", "fence-checking") in got, got
    assert "requirements.responsibility-of" in rules_of(g, "head-gardener")


# --- requirements.section: an item numbered "1," (a translated "1、") is an item of the list --------------------


def test_items_numbered_with_a_comma_are_the_sections_items(tmp_path: Path) -> None:
    page = (
        "What is a bakery assistant?\n\n"
        "The main duties of bakery assistants are:\n\n"
        "1, responsible for weighing the ingredients.\n\n"
        "2, responsible for cleaning the ovens and trays.\n\n"
        "3, Timely and accurately label the loaves.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "bakery-assistant"}
    assert any("ingredient" in skill for skill in got), got
    assert any("oven" in skill for skill in got), got
    assert any("loa" in skill for skill in got), got
    assert "requirements.section" in rules_of(g, "bakery-assistant")


# --- requirements.focus-on: an adverb before the first gerund, and a clause of manner after the list -------------


def test_focus_on_reads_past_an_adverb_and_stops_at_a_clause_of_manner(tmp_path: Path) -> None:
    page = (
        "Bakery Assistant Job Description\n\n"
        "The bakery assistant focuses on quickly weighing ingredients, checking the ovens, and cleaning the trays,"
        " balancing speed and hygiene.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "bakery-assistant"}
    assert {"ingredient-weighing", "oven-checking", "tray-cleaning"} <= got, got
    assert not any("speed" in skill or "hygiene" in skill for skill in got), got
    assert "requirements.focus-on" in rules_of(g, "bakery-assistant")


# --- requirements.cue: "as well as" between two items of a list of needs ----------------------------------------


def test_as_well_as_joins_one_more_item_to_a_list_of_needs(tmp_path: Path) -> None:
    page = (
        "Florist Job Description\n\n"
        "Florists need patience as well as the ability to work to deadlines.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "florist"}
    assert "patience" in got, got
    assert any("deadline" in skill for skill in got), got
    assert "requirements.cue" in rules_of(g, "florist")


# --- requirements.work-with-to: "collaborate with <partners> to <verb> ..." ----------------------------------------


def test_working_with_partners_to_do_something_gives_that_work(tmp_path: Path) -> None:
    page = (
        "Head Gardener\n\n"
        "The head gardener will collaborate with all members of the estate team to create planting plans and"
        " seasonal displays for the gardens.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "head-gardener"}
    assert {"planting-plan-creation", "seasonal-display-creation"} <= got, got
    assert "requirements.work-with-to" in rules_of(g, "head-gardener")


# --- requirements.section: a "Job Description" heading opens a list of the post's duties ------------------------


def test_the_items_under_a_job_description_heading_are_duties(tmp_path: Path) -> None:
    page = (
        "Night porter post\n\n"
        "Reason for the post\n\n"
        "The hotel needs cover at night.\n\n"
        "Job Description\n\n"
        "1. Lock the doors at midnight\n"
        "2. Check the fire exits\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "night-porter"}
    assert {"door-locking", "fire-exit-checking"} <= got, got
    assert "requirements.section" in rules_of(g, "night-porter")


# --- requirements.section: an item numbered "1)" or "(2)" is read from the word after its marker ------------------


def test_items_numbered_with_a_closing_bracket_are_read_after_the_marker(tmp_path: Path) -> None:
    page = (
        "Kennel assistant\n\n"
        "Responsibilities\n\n"
        "1) Clean the kennels each morning\n"
        "2) Check the water bowls\n"
        "(3) Answer the phone\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "kennel-assistant"}
    assert {"kennel-cleaning", "water-bowl-checking", "phone-answering"} <= got, got


# --- requirements.duty-verb: a post, a colon and duties in the third person ----------------------------------------


def test_a_posts_colon_then_verbs_in_the_third_person_are_its_duties(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n"
        "Function: Care\n"
        "About Kennel Assistant: Cleans the kennels, walks the dogs, and answers the phone for visitors.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "kennel-assistant"}
    assert {"kennel-cleaning", "phone-answering"} <= got, got


# --- requirements.preferred-for: a hirer prefers people holding X for posts such as A, B and C --------------------


def test_what_hirers_prefer_for_named_posts_is_a_need_of_each_post(tmp_path: Path) -> None:
    page = (
        "Hotel jobs\n\n"
        "Most hotel jobs can be learned quickly. Many employers favour college graduates for entry posts like"
        " porter, room attendant and kitchen assistant.\n\n"
        "Employers require candidates with a food hygiene certificate for jobs such as commis chef.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    for post in ("porter", "room-attendant", "kitchen-assistant"):
        assert (post, "college-graduates") in got, got
    assert ("commis-chef", "food-hygiene-certificate") in got, got
    assert "requirements.preferred-for" in rules_of(g, "porter")


# --- requirements.duty-names: action nouns joined and "of" their object ----------------------------------------


def test_action_nouns_of_an_object_name_each_action_of_it(tmp_path: Path) -> None:
    page = "Kennel assistant\n\nResponsibilities\n\n- The feeding and walking of the dogs\n- Cleaning of all kennels\n"
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "kennel-assistant"}
    assert {"dog-feeding", "dog-walking", "kennel-cleaning"} <= got, got


def test_a_series_of_action_nouns_before_of_stays_one_item(tmp_path: Path) -> None:
    page = (
        "Kennel assistant\n\nResponsibilities\n\n"
        "1. Responsible for the cleaning, feeding and walking of the dogs in the kennels;\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "kennel-assistant"}
    assert {"dog-cleaning", "dog-feeding", "dog-walking"} <= got, got
    assert not {"cleaning", "feeding"} & got, got
