"""Roles (stop 36): titles in tables whose cells run together; numbered grades that are a pay scale, not a route.

The wording here is our own (a council's park rangers, a ferry company, a hospital kitchen, a bus depot), unlike
any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, needs, read, roles


def test_grades_named_only_on_rows_of_a_pay_scale_are_no_route(tmp_path: Path) -> None:
    text = (
        "Council pay rates for park staff\n\n"
        "The hourly rates below apply from April under the local agreement.\n\n"
        "Park Ranger Grade 1 $24.10 $30.12\n"
        "Park Ranger Grade 2 $25.30 $31.62\n"
        "Park Ranger Grade 3 $26.75 $33.43\n"
    )
    g = read(tmp_path, text)
    assert {"park-ranger-grade-1", "park-ranger-grade-2", "park-ranger-grade-3"} <= roles(g)
    assert not moves(g)


def test_grades_on_a_page_about_a_career_are_still_a_route(tmp_path: Path) -> None:
    text = (
        "Career path for park rangers\n\n"
        "Rangers are promoted through three grades as they gain experience.\n\n"
        "Park Ranger Grade 1 $24.10 $30.12\n"
        "Park Ranger Grade 2 $25.30 $31.62\n"
    )
    g = read(tmp_path, text)
    assert ("park-ranger-grade-1", "park-ranger-grade-2") in moves(g)


def test_a_title_run_into_its_pay_is_read(tmp_path: Path) -> None:
    text = (
        "Hospital kitchen wages\n\n"
        "What the kitchen team earns, by post.\n\n"
        "Diet Cook£13.20 an hour\n"
        "Tray Line Assistant£11.90 an hour\n"
    )
    g = read(tmp_path, text)
    assert {"diet-cook", "tray-line-assistant"} <= roles(g)


def test_grade_rows_run_into_their_figures_are_each_a_role(tmp_path: Path) -> None:
    text = (
        "Bus depot pay rates\n\n"
        "Depot Cleaner Grade 1$19.40 $24.25\n"
        "Depot Cleaner Grade 2$20.10 $25.12\n"
        "Depot Cleaner Grade 3$20.85 $26.06\n"
    )
    g = read(tmp_path, text)
    assert {"depot-cleaner-grade-1", "depot-cleaner-grade-2", "depot-cleaner-grade-3"} <= roles(g)
    assert not moves(g)


def test_a_speakers_post_after_their_name_is_a_role(tmp_path: Path) -> None:
    text = (
        "Ferry bookings rise\n\n"
        '"Summer crossings sold out in a week," said Nadia Olsen, cofounder of SeaLink. Deckhands are scarce.\n\n'
        "Owen Price, supervisor of ticketing and boarding at Harbour Lines, said queues were shorter.\n"
    )
    g = read(tmp_path, text)
    assert {"cofounder", "supervisor-of-ticketing-and-boarding"} <= roles(g)


def test_a_speakers_post_holds_none_of_the_quotes_needs(tmp_path: Path) -> None:
    text = (
        "Ferry jobs\n\n"
        '"We want deckhands who can swim," says Nadia Olsen, manager of crewing at SeaLink. "Candidates also'
        ' need a first aid certificate."\n'
    )
    g = read(tmp_path, text)
    assert "manager-of-crewing" in roles(g)
    assert not needs(g).get("manager-of-crewing")


def test_a_name_in_capitals_after_a_title_is_no_speaker(tmp_path: Path) -> None:
    text = "Ferry jobs\n\nDeck Officer, Port Talbot, is hiring. Ann Lee, a keen sailor of Welsh Waters, joined.\n"
    g = read(tmp_path, text)
    assert not any("sailor" in key and "of" in key for key in roles(g))


def test_an_errand_boy_or_girl_named_as_a_post_is_a_role(tmp_path: Path) -> None:
    text = (
        "How I got into hotels\n\n"
        "I began at fifteen as a pot boy in a seaside hotel. My cousin worked as a lift girl there too.\n\n"
        "Four years later I became a commis chef.\n"
    )
    g = read(tmp_path, text)
    assert {"pot-boy", "lift-girl", "commis-chef"} <= roles(g)
    assert ("pot-boy", "commis-chef") in moves(g)


def test_a_boy_or_girl_by_age_or_kind_is_no_post(tmp_path: Path) -> None:
    text = (
        "How I got into hotels\n\n"
        "As a little girl I loved big hotels. I was a shy boy at school, then I became a porter.\n"
    )
    g = read(tmp_path, text)
    assert roles(g) == {"porter"}


def test_modifiers_joined_by_a_slash_open_one_title(tmp_path: Path) -> None:
    text = (
        "Rail depot vacancies\n\n"
        "We are hiring a Signals/telecoms technician and two wash/fuel operatives for the night shift.\n"
    )
    g = read(tmp_path, text)
    got = roles(g)
    assert {"signals-telecoms-technician", "wash-fuel-operative"} <= got
    assert "telecoms-technician" not in got and "fuel-operative" not in got


def test_a_post_before_a_slash_is_a_post_of_its_own(tmp_path: Path) -> None:
    text = "Rail depot vacancies\n\nWe are hiring a Cleaner/Porter for the station and a driver/trainer.\n"
    g = read(tmp_path, text)
    assert {"cleaner", "porter"} <= roles(g)


def test_bare_heads_in_a_list_of_plural_titles_are_posts(tmp_path: Path) -> None:
    text = (
        "Life at a rail depot\n\n"
        "The depot grew its own people (fitters, inspectors, planners, HR, and controllers) as the fleet doubled.\n\n"
        "Drivers work with signal operators, inspectors, and other controllers every night.\n"
    )
    g = read(tmp_path, text)
    assert {"fitter", "inspector", "planner", "controller"} <= roles(g)


def test_a_list_of_things_is_no_list_of_posts(tmp_path: Path) -> None:
    text = "Life at a rail depot\n\nThe shop sells tickets, maps, timetables, and gifts to our cleaners.\n"
    g = read(tmp_path, text)
    assert roles(g) == {"cleaner"}
