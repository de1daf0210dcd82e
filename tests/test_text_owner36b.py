"""Role -> skill links read from lines that announce a list, from prose about a post, and whose they are (stop 36,
second half, from the development set fresh24).

The wording, roles and trades here are our own (a plant nursery, a ferry terminal, a museum shop, ...); each test
fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- structure.needs-lists: a line closing on what the one named or the reader must do or could be doing ----------


def test_a_line_ending_in_you_could_be_opens_a_list_of_the_posts_duties(tmp_path: Path) -> None:
    page = (
        "Garden centre assistant\n\n"
        "Hours: 37 per week\n\n"
        "If you like being outdoors and talking to people about plants, this job could suit you.\n\n"
        "The work\n\n"
        "You could work at garden centres, plant nurseries or hardware chains, and you could be:\n\n"
        "  • watering the seedlings\n"
        "  • potting on young shrubs\n"
        "  • loading compost bags into cars\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "garden-centre-assistant"}
    assert any("seedling" in s for s in skills), got
    assert any("shrub" in s for s in skills), got
    assert any("compost" in s for s in skills), got
    assert not any("nurser" in s or "hardware" in s for _, s in got), got  # (where the work is, no skill)


def test_a_line_naming_the_post_and_ending_in_must_opens_its_list(tmp_path: Path) -> None:
    page = (
        "Ferry Terminal Steward\n\n"
        "Our stewards look after foot passengers between sailings.\n\n"
        "A Ferry Terminal Steward must:\n\n"
        "  • Scan boarding passes at the gate.\n"
        "  • Announce delays over the public address system.\n"
        "  • Be attentive to passengers' safety.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "ferry-terminal-steward"}
    assert any("boarding-pass" in s for s in skills), got
    assert any("attentive" in s or "safety" in s for s in skills), got


# --- requirements.duty-names: 'people' before a word of work done with people, other names joined after it --------


def test_people_management_joined_with_another_duty_names_both(tmp_path: Path) -> None:
    page = (
        "Museum Shop Supervisor\n\n"
        "Our shop sits beside the main entrance of the museum.\n\n"
        "The post blends visitor service with people management and stock control.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "museum-shop-supervisor"}
    assert "people-management" in skills, got
    assert "stock-control" in skills, got


# --- requirements.partner-opening: an opening phrase naming whom the subject works with or answers to --------------


def test_an_opening_phrase_naming_the_manager_leaves_the_duties_to_the_subject_after_it(tmp_path: Path) -> None:
    page = (
        "Rail Depot Shift Lead\n\n"
        "The shift lead keeps the night shift at the depot running.\n\n"
        "Reporting to the Depot Manager, you will plan the cleaning rota and check the brake logs.\n\n"
        "Working closely with the fleet engineer, this role covers fault reporting and wagon inspection.\n\n"
        "Working as a shunter, you will couple the wagons.\n"
    )
    got = links(read(tmp_path, page))
    mine = {skill for role, skill in got if role == "rail-depot-shift-lead"}
    assert any("rota" in s for s in mine), got
    assert any("brake-log" in s for s in mine), got
    assert any("fault-report" in s for s in mine) and any("wagon-inspection" in s for s in mine), got
    # (the manager and the engineer do none of it)
    assert not any(role in {"depot-manager", "fleet-engineer"} for role, _ in got), got


# --- requirements.not-work: 'include' after a subject of places or employers names where the work is done ---------


def test_the_places_one_could_work_in_are_no_skills(tmp_path: Path) -> None:
    page = (
        "Housekeeper\n\n"
        "Housekeepers clean the guest rooms and change the beds.\n\n"
        "The places you could work include guest houses, holiday parks and cruise ships.\n\n"
        "Typical settings include care homes, student halls and hospitals.\n\n"
        "Duties include restocking the minibar and cleaning the bathrooms.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(word in skill for _, skill in got for word in ("ship", "park", "hall", "care-home", "hospital")), got
    skills = {skill for role, skill in got if role == "housekeeper"}
    assert any("minibar" in s for s in skills) and any("bathroom" in s for s in skills), got


# --- requirements.duty-names: 'work in various settings' says where the work is done ------------------------------


def test_working_in_various_settings_is_where_the_work_is_done_not_a_skill(tmp_path: Path) -> None:
    page = (
        "Locksmith\n\n"
        "Locksmiths work in various settings and repair broken locks for customers.\n\n"
        "Locksmiths must be able to work under pressure.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("setting" in skill for _, skill in got), got
    skills = {skill for role, skill in got if role == "locksmith"}
    assert any("lock" in s for s in skills), got
    assert any("pressure" in s for s in skills), got


# --- requirements.subject: a cue asking next to nothing ('require little formal education') asks nothing --------


def test_a_cue_asking_little_or_minimal_asks_nothing_and_a_later_cue_is_read(tmp_path: Path) -> None:
    page = (
        "Car Wash Attendant\n\n"
        "Car wash attendants rinse the cars and vacuum the seats.\n\n"
        "Attendants usually require little formal schooling. Most need minimal training, but they must have"
        " a steady pace.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("schooling" in skill or "training" in skill for _, skill in got), got
    skills = {skill for role, skill in got if role == "car-wash-attendant"}
    assert any("pace" in s for s in skills), got


# --- requirements.cue: a part played in a place ('a vital role in retail stores') is no duty -----------------------


def test_a_role_in_a_place_is_no_skill_and_a_role_in_a_work_is_one(tmp_path: Path) -> None:
    page = (
        "Receptionist\n\n"
        "Receptionists greet the visitors and answer the phones.\n\n"
        "Receptionists have a vital role in busy seaside hotels. They have a key role in budget hotel chains too.\n\n"
        "Each receptionist also has a role in room booking.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("hotel" in skill for _, skill in got), got
    assert any(role == "receptionist" and "room-booking" in skill for role, skill in got), got
