"""Role -> skill links stated in prose (stop 33, lk2): duties and traits that running text gives a post.

The wording, roles and trades here are our own (a hotel, a building site, a bakery, ...); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.duty-names: "keep the linen cupboard tidy", a state a place, stock or team is kept in -------------


def test_a_duty_of_keeping_a_place_in_order_is_named_as_written(tmp_path: Path) -> None:
    page = (
        "Room Attendant Job Description\n\n"
        "Room attendants clean the bedrooms, restock the minibars and keep the linen cupboard tidy on every floor.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "room-attendant"}
    assert "keeping-the-linen-cupboard-tidy" in got, got
    assert any("minibar" in skill for skill in got), got


def test_keeping_a_crew_on_task_among_duties_after_responsible_for(tmp_path: Path) -> None:
    page = (
        "Site Supervisor Careers\n\n"
        "Site supervisors are responsible for keeping the crew on task, ordering materials and checking the"
        " scaffolds each morning.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "site-supervisor"}
    assert "keeping-the-crew-on-task" in got, got


def test_keeping_people_informed_is_no_state_of_order(tmp_path: Path) -> None:
    page = (
        "Bakery Manager Job Description\n\n"
        "Bakery managers plan the bake, keep the ovens clean and keep the owners informed about sales.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "bakery-manager"}
    assert "keeping-the-ovens-clean" in got, got
    assert not any("informed" in skill for skill in got), got


# --- requirements.identity-participle: "X are the backbone of Y, checking A and answering B" -----------------------


def test_participles_after_what_a_post_is_likened_to_are_its_duties(tmp_path: Path) -> None:
    page = (
        "Night Porter Careers\n\n"
        "Night porters are the backbone of any small hotel, checking the doors and answering late calls.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "night-porter"}
    assert any("door" in skill for skill in got), got
    assert any("call" in skill for skill in got), got
    assert "requirements.identity-participle" in rules_of(g, "night-porter")


def test_this_person_likened_and_an_adverb_before_the_participle(tmp_path: Path) -> None:
    page = (
        "Practice Receptionist Job Description\n\n"
        "The practice receptionist books appointments for the doctors. This person is also the voice of the"
        " surgery, politely answering patient emails.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "practice-receptionist"}
    assert any("email" in skill for skill in got), got


def test_a_likeness_followed_by_examples_or_pay_names_no_duty(tmp_path: Path) -> None:
    page = (
        "Night Porter Careers\n\n"
        "Night porters are the backbone of the trade, including small inns and guest houses.\n\n"
        "Night porters are one of the lowest paid posts, earning about the minimum wage.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "night-porter"}
    assert not any("inn" in skill or "wage" in skill for skill in got), got


# --- requirements.duty-names: a plain quality (stamina, patience, tact ...) is an item of its own ---------------------


def test_qualities_each_with_what_it_is_for_are_all_read(tmp_path: Path) -> None:
    page = (
        "Ward Porter Job Description\n\n"
        "Ward porters move patients between wards and theatres.\n\n"
        "Ward porters need the stamina to push heavy beds, the tact to calm anxious visitors, and the patience to"
        " wait for late discharges.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "ward-porter"}
    assert {"stamina", "tact", "patience"} <= got, got


def test_a_plain_quality_after_and_is_split_from_the_skill_before_it(tmp_path: Path) -> None:
    page = (
        "Hospital Porter Job Description\n\n"
        "Hospital porters move patients and equipment around the hospital.\n\n"
        "Safe manual handling and stamina are important in this job.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "hospital-porter"}
    assert "stamina" in got, got
    assert any("manual-handling" in skill for skill in got), got


# --- requirements.list-goes-on: a list a skill noun closed goes on after its comma ------------------------------------


def test_qualities_after_the_comma_of_a_skill_noun_are_read_too(tmp_path: Path) -> None:
    page = (
        "Delivery Driver Careers\n\n"
        "Delivery drivers take parcels to homes and shops.\n\n"
        "The depot said it was looking for people with good driving skills, map reading abilities, and a calm"
        " attitude.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "delivery-driver"}
    assert any("map-reading" in skill for skill in got), got
    assert any("calm-attitude" in skill for skill in got), got
    assert "requirements.list-goes-on" in rules_of(g, "delivery-driver")


def test_traits_after_be_go_on_a_list_closed_by_a_skill_noun(tmp_path: Path) -> None:
    page = (
        "Nursery Assistant Careers\n\n"
        "Nursery assistants look after babies and toddlers in a day nursery.\n\n"
        "Nurseries like new staff to hold good reading and writing skills, be well organised and calm under"
        " pressure.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "nursery-assistant"}
    assert "well-organised" in got, got
    assert "calm-under-pressure" in got, got


def test_a_clause_after_the_comma_of_a_skill_noun_is_no_item(tmp_path: Path) -> None:
    page = (
        "Delivery Driver Careers\n\n"
        "Delivery drivers take parcels to homes and shops.\n\n"
        "Delivery drivers need good driving skills, which the depot checks every year.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "delivery-driver"}
    assert not any("depot" in skill or "year" in skill for skill in got), got
