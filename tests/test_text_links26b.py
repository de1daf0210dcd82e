"""Role -> skill requirements missed outright before: duties after help given to people, and more.

The wording, roles and trades here are our own (a park service, a library, a garage); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read


def test_the_duties_after_help_given_to_people_are_read_too(tmp_path: Path) -> None:
    text = (
        "# Park Rangers\n\n"
        "Park rangers work in national parks. They help visitors with directions, show or demonstrate safety gear,"
        " take payment, record sightings, or arrange them for the weekly report.\n"
    )
    got = links(read(tmp_path, text))
    assert ("park-ranger", "directions") in got  # (the work helped with: requirements.helped-party)
    assert {("park-ranger", "payment"), ("park-ranger", "sighting-recording"), ("park-ranger", "safety-gear")} <= got


def test_a_fronted_phrase_of_addition_and_the_main_clause_each_name_needs(tmp_path: Path) -> None:
    text = (
        "# Garage Supervisor\n\n"
        "Garage supervisors lead the mechanics.\n\n"
        "In addition to handling the parts stock, garage supervisors are responsible for managing the tool budget.\n\n"
        "In addition to the usual checks of tyre wear, but also need to respond to the spot.\n"
    )
    got = links(read(tmp_path, text))
    assert {("garage-supervisor", "parts-stock"), ("garage-supervisor", "tool-budget-management")} <= got
    assert not any("respond" in skill for _, skill in got)  # a main clause with no subject
    before = links(read(tmp_path, text, frozenset({"requirements.fronted"})))
    assert ("garage-supervisor", "tool-budget-management") not in before


def test_the_main_clause_after_a_clause_of_reason_with_a_cue_is_read(tmp_path: Path) -> None:
    text = (
        "# Garage Supervisor\n\n"
        "Garage supervisors lead the mechanics.\n\n"
        "Since the aim is to meet daily targets, they have to analyze expenditures and evaluate repair performance.\n"
    )
    got = links(read(tmp_path, text))
    assert ("garage-supervisor", "expenditure-analysis") in got
    assert ("garage-supervisor", "repair-performance-evaluation") in got
    before = links(read(tmp_path, text, frozenset({"requirements.fronted"})))
    assert ("garage-supervisor", "expenditure-analysis") not in before


def test_a_few_or_several_years_of_experience_name_the_experience(tmp_path: Path) -> None:
    text = (
        "# Head Baker\n\n"
        "Head bakers run the ovens. Employers generally expect a few years of pastry experience.\n\n"
        "They also need several years of experience in bread making.\n"
    )
    got = links(read(tmp_path, text))
    assert {("head-baker", "pastry-experience"), ("head-baker", "bread-making-experience")} <= got


def test_a_titles_bracketed_aside_of_level_and_work_names_its_skills(tmp_path: Path) -> None:
    text = (
        "# Nursing Career Levels\n\n"
        "A common ladder has four levels: Healthcare Assistant (B2, patient hygiene, 0-2 years), Staff Nurse"
        " (B5, medication rounds, 2-4 years), Clinical Lead or Ward Manager (B7, ward leadership, 5+ years), and"
        " Matron (B8, 10+ years).\n"
    )
    got = links(read(tmp_path, text))
    assert {("healthcare-assistant", "patient-hygiene"), ("staff-nurse", "medication-rounds")} <= got
    assert {("clinical-lead", "ward-leadership"), ("ward-manager", "ward-leadership")} <= got
    assert not any(role == "matron" for role, _ in got)  # its aside gives a level and years alone
    assert not got & links(read(tmp_path, text, frozenset({"requirements.level-asides"})))


def test_a_table_without_bars_with_an_education_column_gives_each_title_its_degree(tmp_path: Path) -> None:
    text = (
        "# Careers at an Airport\n\n"
        "Some posts are listed below.\n\n"
        "Job Title Median Salary Job Growth (2020-2030) Education\n"
        "Ramp Agent $31,200 (2021) 4% High school diploma\n"
        "Airport Operations Manager $78,900 (2021) 7%(managers) Bachelor's degree\n"
        "Gate Supervisor $45,100 (2021) 5% Associate degree\n\n"
        "Source: a national survey.\n"
    )
    got = links(read(tmp_path, text))
    assert {("ramp-agent", "high-school-diploma"), ("airport-operations-manager", "bachelor-s-degree")} <= got
    assert ("gate-supervisor", "associate-degree") in got
    assert not got & links(read(tmp_path, text, frozenset({"requirements.education-column"})))


def test_a_line_of_duties_naming_a_post_only_as_a_partner_is_read(tmp_path: Path) -> None:
    text = (
        "THEATRE JOBS ON OFFER\n\n"
        "Stage manager\n\n"
        "Run rehearsals, prepare the prompt book and work with other lighting designers to plan the cues.\n\n"
        "Box office clerk\n\n"
        "Sell tickets and hand the takings to the theatre manager.\n"
    )
    got = links(read(tmp_path, text))
    assert {("stage-manager", "rehearsals"), ("stage-manager", "prompt-book-preparation")} <= got
    assert not any(role == "box-office-clerk" for role, _ in got)  # a hand-off to a post still stops the line
    # (requirements.later-roles reads the line too: the post is named past its first duty)
    before = links(read(tmp_path, text, frozenset({"requirements.partners", "requirements.later-roles"})))
    assert ("stage-manager", "prompt-book-preparation") not in before


def test_a_clause_joined_after_the_first_cue_and_people_preferred_name_needs(tmp_path: Path) -> None:
    text = (
        "Careers in Hotels\n\n"
        "A banquet manager plans the events for the hotel. Employers want a few years of catering experience, but"
        " they sometimes prefer candidates with a bachelor's degree in hospitality.\n\n"
        "A night porter locks the doors. Employers often prefer applicants with a forklift licence.\n"
    )
    got = links(read(tmp_path, text))
    assert {("banquet-manager", "catering-experience"), ("banquet-manager", "bachelor-s-degree")} <= got
    assert ("night-porter", "forklift-licence") in got
    off = frozenset({"requirements.coordinated", "requirements.preferred"})
    before = links(read(tmp_path, text, off))
    assert not {("banquet-manager", "bachelor-s-degree"), ("night-porter", "forklift-licence")} & before


def test_what_a_duty_keeps_up_to_date_with_is_the_skill(tmp_path: Path) -> None:
    text = (
        "# Pharmacy Technician\n\n"
        "## Responsibilities\n\n"
        "- Stay up to date with current guidance on drug interactions\n"
        "- Keep abreast of new dispensing rules\n"
        "- Count tablets and label bottles\n"
    )
    got = links(read(tmp_path, text))
    assert {
        ("pharmacy-technician", "current-guidance-on-drug-interactions"),
        ("pharmacy-technician", "new-dispensing-rules"),
    } <= got
    assert not any("date" in skill or "abreast" in skill for _, skill in got)
