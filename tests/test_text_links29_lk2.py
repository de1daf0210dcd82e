"""Role -> skill requirements of page kinds the rules were not written from (stop 29, lk2).

The wording, roles and trades here are our own (a bakery, a hospital ward, a bus depot ...); each test fails on
the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- structure.needs-lists: a careers guide's hedged need and an ad's expectations open a list -----------------


def test_a_heading_saying_what_you_may_need_opens_a_list_of_needs(tmp_path: Path) -> None:
    page = (
        "Bakery Assistant\n"
        "Bakery assistants weigh flour, shape dough and serve customers at the counter.\n"
        "You may need\n"
        "- a food hygiene certificate\n"
        "- a forklift licence\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "bakery-assistant"}
    assert any("food-hygiene" in skill for skill in skills), got
    assert any("forklift" in skill for skill in skills), got
    assert "requirements.section" in rules_of(read(tmp_path, page), "bakery-assistant")


def test_a_heading_of_what_it_takes_opens_a_list_of_needs(tmp_path: Path) -> None:
    page = (
        "Ward Clerk\n"
        "The ward clerk keeps a hospital ward's paperwork in order.\n"
        "What it takes\n"
        "- medical terminology\n"
        "- typing speed\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "ward-clerk"}
    assert any("terminology" in skill for skill in skills), got
    assert any("typing" in skill for skill in skills), got


# --- requirements.duty-verb: a verb of effort before "to" ("works to", "strives to") and the duty after it ----------


def test_a_role_that_works_to_do_something_does_it(tmp_path: Path) -> None:
    page = (
        "Depot Manager\n"
        "A depot manager works to plan bus routes and secure new school contracts for the firm, as well as promote"
        " driver safety.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "depot-manager"}
    assert any("route" in skill for skill in skills), got
    assert any("contract" in skill for skill in skills), got
    assert "requirements.duty-verb" in rules_of(read(tmp_path, page), "depot-manager")


# --- requirements.gerund-label: a duty named by a gerund label in capitals, its clause saying how -----------------


def test_a_gerund_label_in_capitals_names_the_duty_and_its_clause_adds_nothing(tmp_path: Path) -> None:
    page = (
        "Ward Clerk\n"
        "Responsibilities\n"
        "- Offering Ward Knowledge: Tell visitors about visiting hours and parking.\n"
        "- Following Up: Ring patients after discharge.\n"
        "- Meeting Turnaround Targets: Adhere to the bed turnaround times.\n"
    )
    g = read(tmp_path, page)
    skills = {skill for role, skill in links(g) if role == "ward-clerk"}
    assert {"offering-ward-knowledge", "following-up", "meeting-turnaround-targets"} <= skills, skills
    assert not any("parking" in skill or "hours" in skill for skill in skills), skills
    assert "requirements.gerund-label" in rules_of(g, "ward-clerk")


# --- names_no_skill: what a page calls itself, where a career stands and a ladder's rungs name no skill -------------


def test_a_guides_title_and_the_start_of_a_career_name_no_skill(tmp_path: Path) -> None:
    page = (
        "Becoming a Bus Driver: The Essential Guide\n"
        "Bus drivers check their vehicle before each shift. You can gain useful experience in these roles at the"
        " beginning of your career.\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "bus-driver"}
    assert any("vehicle" in skill for skill in skills), skills
    assert "guide" not in skills and "beginning" not in skills, skills


def test_a_rung_of_a_ladder_and_a_posts_standing_name_no_skill() -> None:
    from careergraph.loaders.text_requirements import names_no_skill

    assert names_no_skill("Level Two") and names_no_skill("Tier 3") and names_no_skill("Helm")
    assert names_no_skill("Technological advancements")
    assert not names_no_skill("Stock levels") and not names_no_skill("Style guide adherence")


# --- zh.subject / zh.duties: a prepositional phrase of what a duty rests on, and 及时 ("in time"), name no skill ----


def test_a_chinese_duty_phrase_opened_by_a_preposition_or_split_at_in_time_names_no_skill(tmp_path: Path) -> None:
    page = (
        "前厅主管岗位职责\n"
        "一、岗位职责\n"
        "- 根据入住预测,合理安排前台班次。\n"
        "- 及时发现客人投诉并及时处理。\n"
        "- 作为前厅核心岗位,协调客房、餐饮等部门。\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "前厅主管"}
    assert "合理安排前台班次" in skills, skills
    assert not any(skill.startswith(("根据", "作为")) for skill in skills), skills
    assert "时处理" not in skills, skills


def test_a_traditional_page_is_read_with_its_common_characters_simplified() -> None:
    from careergraph.loaders.text_zh import _TO_SIMPLIFIED

    assert "通過預測確保順利".translate(_TO_SIMPLIFIED) == "通过预测确保顺利"


# --- requirements.duty-names: "clean" before a record is the record's state, not a duty of cleaning --------------


def test_a_clean_licence_is_a_record_not_a_duty_of_cleaning(tmp_path: Path) -> None:
    page = (
        "Bus Driver\n"
        "The ideal candidate has a clean driving licence, excellent timekeeping and knowledge of local roads.\n"
        "Bus drivers clean the bus interior and check tickets.\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "bus-driver"}
    assert "clean-driving-licence" in skills, skills
    assert not any(skill.endswith("licence-cleaning") for skill in skills), skills
    assert any("cleaning" in skill for skill in skills), skills


# --- requirements.cue: what the holder is knowledgeable in or well versed in ----------------------------------------


def test_what_a_role_is_knowledgeable_in_or_versed_in_is_a_requirement(tmp_path: Path) -> None:
    page = (
        "Bus Driver\n"
        "A good bus driver is knowledgeable in ticketing machines and local road rules.\n"
        "Senior drivers are also well versed in fare rules.\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "bus-driver"}
    assert {"ticketing-machines", "local-road-rules"} <= skills, skills


def test_coaching_the_holder_receives_is_no_duty_of_receiving(tmp_path: Path) -> None:
    page = (
        "Trainee Chef\n"
        "Responsibilities\n"
        "- Receive regular coaching from the head chef\n"
        "- Receive deliveries and check them against the order\n"
        "- Prepare vegetables for service\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "trainee-chef"}
    assert not any(skill in {"regular-receiving", "coaching-receiving"} for skill in skills), skills
    assert any("delivery" in skill for skill in skills), skills


# --- requirements.duty-names: "help (to)" and a bare verb: the work helped with is the duty ---------------------------


def test_help_and_a_bare_verb_names_the_work_helped_with(tmp_path: Path) -> None:
    page = (
        "Kitchen Porter\n"
        "Responsibilities\n"
        "- Help prepare vegetables for service\n"
        "- Help to maintain the dry store\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "kitchen-porter"}
    assert "vegetable-preparation" in skills, skills
    assert "dry-store-maintenance" in skills, skills


# --- requirements.duty-names: how much a requirement is wanted ("preferred", "a plus") is no part of its name -------


def test_preferred_or_desirable_closing_an_item_is_no_part_of_the_skill(tmp_path: Path) -> None:
    page = (
        "Barista\n"
        "Requirements\n"
        "- Latte art preferred\n"
        "- Food hygiene certificate desirable but not essential\n"
        "- Spanish a plus\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "barista"}
    assert {"latte-art", "food-hygiene-certificate", "spanish"} <= skills, skills


# --- requirements.cue: what the ideal candidate will or should have ---------------------------------------------------


def test_what_the_ideal_candidate_will_have_is_a_requirement(tmp_path: Path) -> None:
    page = (
        "Delivery Driver\n"
        "We are hiring a delivery driver for our depot.\n"
        "The ideal candidate will have a forklift licence and strong numeracy.\n"
    )
    skills = {skill for role, skill in links(read(tmp_path, page)) if role == "delivery-driver"}
    assert "forklift-licence" in skills and any("numeracy" in skill for skill in skills), skills


# --- requirements.sought-person: "the successful candidate will ..." does the page's role's duties -------------------


def test_the_duties_the_successful_candidate_will_do_are_the_pages_roles(tmp_path: Path) -> None:
    page = (
        "Delivery Driver\n"
        "We are hiring a delivery driver for our depot.\n"
        "The successful candidate will plan delivery routes and manage a small team of drivers.\n"
    )
    g = read(tmp_path, page)
    skills = {skill for role, skill in links(g) if role == "delivery-driver"}
    assert any("route" in skill for skill in skills), skills
    assert "requirements.sought-person" in rules_of(g, "delivery-driver")
