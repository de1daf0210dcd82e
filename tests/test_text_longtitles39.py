"""Long job titles kept whole (stop 39): a title of four or five words, each written with a capital, is one post,
not its last three or four words.

Each page here is written for the test, in trades other than e-commerce (a hospital, a hotel, a rail depot), so that
what is tested is the length of a title, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles

HOSPITAL_STORY = """After two years on the wards she moved up.

The Hospital Night Shift Ward Supervisor will check the drug rounds and cover staff sickness.

Pay
Hospital Night Shift Ward Supervisor: £34,000
"""


def test_a_fourth_capitalised_modifier_stays_in_the_title(tmp_path: Path) -> None:
    g = read(tmp_path, HOSPITAL_STORY)
    got = roles(g)
    assert "hospital-night-shift-ward-supervisor" in got, got
    assert "night-shift-ward-supervisor" not in got, got
    assert pay(g, "hospital-night-shift-ward-supervisor"), got


def test_a_fourth_modifier_in_small_letters_stays_out(tmp_path: Path) -> None:
    # written in small letters, the words before a title are read as before (three modifiers at most)
    g = read(tmp_path, "Yesterday our main rail depot night shift planner retired after forty years.\n")
    got = roles(g)
    assert "main-rail-depot-night-shift-planner" not in got, got
    assert "rail-depot-night-shift-planner" not in got, got


DEPOT_LEADS = """Rail depot careers

Job Title: Head of Rail Fleet Engineering Standards
Reports to: Depot Director

Our Head of Depot Safety Assurance will set the cleaning standards for every unit.

Pay
Head of Depot Maintenance Planning: £61,000
"""


def test_a_field_of_three_or_four_capitalised_words_after_head_of_stays_whole(tmp_path: Path) -> None:
    g = read(tmp_path, DEPOT_LEADS)
    got = roles(g)
    assert {
        "head-of-rail-fleet-engineering-standards",
        "head-of-depot-safety-assurance",
        "head-of-depot-maintenance-planning",
    } <= got, got
    assert not {"head-of-rail-fleet", "head-of-depot-safety", "head-of-depot-maintenance"} & got, got
    assert pay(g, "head-of-depot-maintenance-planning"), got


def test_a_field_in_small_letters_after_head_of_is_cut_as_before(tmp_path: Path) -> None:
    g = read(tmp_path, "She is head of depot maintenance planning.\n")
    assert "head-of-depot-maintenance-planning" not in roles(g), roles(g)


def test_a_joined_field_after_a_group_and_of_is_one_title(tmp_path: Path) -> None:
    # after "a crew of", "a group of", the pair is one post's field said two ways; after "Head of" it stays two
    # titles ("Head of Sales or Sales Director")
    text = (
        "She now leads a crew of Track and Signal Engineers at the depot.\n\n"
        "He managed a group of call or contact centre advisers.\n\n"
        "The Head of Sales or Sales Director signs the budget.\n"
    )
    got = roles(read(tmp_path, text))
    assert {"track-and-signal-engineer", "call-or-contact-centre-adviser"} <= got, got
    assert not {"signal-engineer", "contact-centre-adviser"} & got, got
    assert {"head-of-sales", "sales-director"} <= got, got


def test_a_hyphenated_fourth_modifier_in_capitals_stays_in_the_title(tmp_path: Path) -> None:
    g = read(tmp_path, "The E-commerce Bakery Dispatch Team Supervisor will plan the vans each morning.\n")
    got = roles(g)
    assert "e-commerce-bakery-dispatch-team-supervisor" in got, got
    assert "bakery-dispatch-team-supervisor" not in got, got


def test_a_join_after_three_modifiers_keeps_the_field_before_it(tmp_path: Path) -> None:
    text = (
        "Our Food and Beverage Night Shift Supervisors lock the bars at midnight.\n\n"
        "We hired Sales Assistants and Customer Service Team Leaders.\n"
    )
    got = roles(read(tmp_path, text))
    assert "food-and-beverage-night-shift-supervisor" in got, got
    assert "beverage-night-shift-supervisor" not in got, got
    # a title's head before the join is another title, as before
    assert {"sales-assistant", "customer-service-team-leader"} <= got, got


def test_a_rank_before_a_title_named_after_a_place_of_work_stays_in_it(tmp_path: Path) -> None:
    text = (
        "She is a Trainee Front of House Supervisor at the theatre.\n\n"
        "A junior back of house porter clears the plates.\n\n"
        "The front of house staff greet every guest.\n"
    )
    got = roles(read(tmp_path, text))
    assert {"trainee-front-of-house-supervisor", "junior-back-of-house-porter", "front-of-house-staff"} <= got, got
    assert not {"front-of-house-supervisor", "back-of-house-porter", "trainee"} & got, got


def test_modifiers_joined_by_a_spaced_slash_are_one_title(tmp_path: Path) -> None:
    text = (
        "Our Track Inspection / Signalling Technician walks the line every night.\n\n"
        "She moved from Depot Manager / Fleet Manager roles.\n"
    )
    got = roles(read(tmp_path, text))
    assert any(r.startswith("track-inspection") and r.endswith("signalling-technician") for r in got), got
    assert "signalling-technician" not in got, got
    # a title's head before the slash is another title, as before
    assert {"depot-manager", "fleet-manager"} <= got, got
