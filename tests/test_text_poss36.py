"""Duties a narrator tells after a cue of three words ("I was in charge of ...") in a career story (stop 36).

The wording, posts and trades here are our own (a leisure centre, a hotel); the test fails on the code before the
change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, needs, read, roles


def test_duties_after_i_was_in_charge_of_are_the_post_held_then(tmp_path: Path) -> None:
    page = (
        "After college I took a job as a lifeguard at a leisure centre in Hull. "
        "I was in charge of testing the pool water and checking the fire alarms every morning.\n"
    )
    got = needs(read(tmp_path, page)).get("lifeguard", set())
    assert any("pool water" in s for s in got) and any("alarm" in s for s in got), got


def test_a_sentence_in_the_first_person_without_a_cue_still_names_no_duty(tmp_path: Path) -> None:
    page = (
        "After college I took a job as a lifeguard at a leisure centre in Hull. "
        "I loved the early mornings and the smell of the pool.\n"
    )
    assert not needs(read(tmp_path, page)).get("lifeguard"), needs(read(tmp_path, page))


def test_a_gerund_and_a_particle_after_a_gerund_duty_is_a_duty_of_its_own(tmp_path: Path) -> None:
    page = (
        "Café Assistant\n\n"
        "Our assistants keep the café running from opening to close. "
        "You will be responsible for wiping the tables and locking up.\n"
    )
    got = needs(read(tmp_path, page)).get("cafe-assistant", set())
    assert "locking up" in got, got
    assert not any("up" in s.split()[:-1] or s.endswith("up wiping") for s in got), got


def test_a_helper_named_by_the_possessive_of_a_post_over_others_is_one_title(tmp_path: Path) -> None:
    page = (
        "In 2009 I joined a seaside hotel as the manager's assistant. "
        "In 2013 I was promoted to reservations supervisor.\n"
    )
    g = read(tmp_path, page)
    assert "manager-s-assistant" in roles(g), roles(g)
    assert "manager" not in roles(g), roles(g)
    assert ("manager-s-assistant", "reservations-supervisor") in moves(g), moves(g)


def test_a_post_with_a_possessive_held_in_a_story_leads_to_the_next_move(tmp_path: Path) -> None:
    page = (
        "When I left school I worked as a glazier's mate on building sites around Bristol. "
        "Later I was taken on as a site foreman.\n"
    )
    g = read(tmp_path, page)
    assert ("glazier-s-mate", "site-foreman") in moves(g), (roles(g), moves(g))
