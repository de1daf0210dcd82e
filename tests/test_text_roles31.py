"""Role recall and precision, stop 31: posts the loader missed or made up on our own probe texts (trades other than
e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_plural_posts_a_verb_of_staffing_takes_are_posts(tmp_path: Path) -> None:
    page = (
        "Working on a shipyard\n\n"
        "The yard employs welders, painters and electricians on three shifts.\n\n"
        "As foreman you will supervise cleaners and mentor fitters.\n\n"
        "We need drivers who can start now.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"welder", "painter", "electrician", "cleaner", "fitter"} <= got
    assert "driver" not in got  # people a relative clause describes, no post named


def test_a_title_after_a_head_of_field_or_a_plural_abbreviation_and_a_join_is_a_title_of_its_own(
    tmp_path: Path,
) -> None:
    page = (
        "Careers in our hotels\n\n"
        "Most of our Guest Relations Officers (GROs) started on reception. The rooms team is led by the Head of"
        " Housekeeping or Housekeeping Director, who works with GROs and Concierge Managers every day.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"head-of-housekeeping", "housekeeping-director", "concierge-manager"} <= got
    assert not any(name.startswith(("or-", "housekeeping-or", "gros-")) for name in got)


def test_a_preposition_the_stop_words_lack_is_no_part_of_the_title_after_it(tmp_path: Path) -> None:
    page = (
        "Working in a hotel kitchen\n\n"
        "You will work alongside pastry chefs on busy nights. Unlike banquet managers, restaurant managers stay on"
        " one floor.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"pastry-chef", "banquet-manager", "restaurant-manager"} <= got
    assert not any(name.startswith(("alongside", "unlike")) for name in got)


def test_a_trade_word_after_and_is_a_post_of_its_own_when_it_makes_no_title_with_the_modifiers(
    tmp_path: Path,
) -> None:
    page = (
        "Working nights at the hospital\n\n"
        "The night shift is run by ward managers and cleaners, helped by maintenance supervisors and technicians.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"ward-manager", "cleaner", "maintenance-supervisor", "maintenance-technician"} <= got
    assert "ward-cleaner" not in got


def test_it_in_capitals_before_a_title_is_its_field(tmp_path: Path) -> None:
    page = (
        "Our school's support team\n\n"
        "The IT director looks after every campus. Teachers log faults with the IT lead, who works with"
        " two technicians.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"it-director", "it-lead"} <= got


def test_a_title_after_became_is_no_persons_name_though_a_comma_and_a_title_follow(tmp_path: Path) -> None:
    page = (
        "My years on the farm\n\n"
        "In 2018 I became Agritech Coordinator, then Agritech Manager at a farm cooperative.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"agritech-coordinator", "agritech-manager"} <= got


def test_in_charge_after_a_head_is_part_of_the_title_unless_of_follows(tmp_path: Path) -> None:
    page = (
        "Night shifts at the power station\n\n"
        "Each shift is led by the Engineer in Charge, who reports to the plant manager. The supervisor in charge of"
        " stores keeps the spares.\n"
    )
    got = roles(read(tmp_path, page))
    assert "engineer-in-charge" in got
    assert "supervisor-in-charge" not in got


def test_a_hyphenated_word_saying_how_a_post_is_held_is_no_part_of_its_title(tmp_path: Path) -> None:
    page = (
        "Who looks after our residents\n\n"
        "Our on-site nurse visits daily, and an in-house physiotherapist runs the gym. A self-employed plumber"
        " handles repairs.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"nurse", "physiotherapist", "plumber"} <= got
    assert not any(name.startswith(("in-house", "on-site", "self-employed")) for name in got)


def test_a_verb_after_a_posts_initials_is_no_part_of_the_title_after_it(tmp_path: Path) -> None:
    page = (
        "How our building sites are run\n\n"
        "Our Site Safety Officer (SSO) briefs site managers every morning.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"site-safety-officer", "site-manager"} <= got
    assert not any("briefs" in name for name in got)


def test_a_duty_verb_opening_a_bullet_is_no_post_and_no_part_of_the_title_after_it(tmp_path: Path) -> None:
    page = (
        "Depot Supervisor\n\n"
        "What you will do:\n"
        "- Coach delivery drivers to meet their slots\n"
        "- Support yard marshals to keep the gates clear\n"
        "- Cook breakfast for the night crew on Sundays\n"
    )
    got = roles(read(tmp_path, page))
    assert {"delivery-driver", "yard-marshal"} <= got
    assert not got & {"coach", "cook", "coach-delivery-driver", "support-yard-marshal"}


def test_reach_before_truck_is_part_of_the_title_not_a_verb(tmp_path: Path) -> None:
    page = (
        "Jobs at our timber yard\n\n"
        "Reach truck drivers stack timber in the sheds, and we are hiring a reach truck operator for nights.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"reach-truck-driver", "reach-truck-operator"} <= got
    assert "truck-driver" not in got


def test_a_post_named_by_the_plural_posts_it_serves_is_one_title_in_capitals_too(tmp_path: Path) -> None:
    page = (
        "Summer jobs on the building site\n\n"
        "We take on Bricklayers' Labourers and Electricians' Mates every June.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"bricklayers-labourer", "electricians-mate"} <= got
    assert not got & {"mate", "labourer"}


def test_trade_words_in_the_plural_listed_after_a_longer_title_and_a_comma_are_posts(tmp_path: Path) -> None:
    page = (
        "Who works in a hotel\n\n"
        "Each night is run by the Duty Manager, porters and cleaners, with help from the kitchen.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"duty-manager", "porter", "cleaner"} <= got


def test_a_title_alone_after_a_slash_is_the_posts_other_name_not_a_shared_head(tmp_path: Path) -> None:
    page = (
        "Grades in our clinic's office\n\n"
        "Grade 4 - Senior Practice Officer / Recruiter\n"
        "Grade 5 - Practice Manager\n"
    )
    got = roles(read(tmp_path, page))
    assert {"senior-practice-officer", "recruiter"} <= got
    assert "senior-practice-recruiter" not in got
