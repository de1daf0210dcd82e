"""Moves stated in career pages' plain sentences, on texts of our own in several trades (banking, hospitality,
logistics): who moves, from where, to what."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_others_move_from_where_the_group_started(tmp_path: Path) -> None:
    text = (
        "Some bank tellers move into personal banker roles. Others become mortgage advisers.\n\n"
        "Porters are often promoted to concierge. Still others move into reception as receptionists.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("bank-teller", "mortgage-adviser") in found
    assert ("personal-banker", "mortgage-adviser") not in found
    assert ("porter", "receptionist") in found
    assert ("concierge", "receptionist") not in found


def test_a_second_verb_after_a_field_shares_the_reader_as_subject(tmp_path: Path) -> None:
    text = "Warehouse operative\n\nWith experience, you could move into training, or become a shift manager.\n"
    assert ("warehouse-operative", "shift-manager") in moves(read(tmp_path, text))


def test_went_on_to_become_a_post_is_a_move(tmp_path: Path) -> None:
    text = "Anna joined the depot as a van driver. She went on to become a transport planner.\n"
    assert ("van-driver", "transport-planner") in moves(read(tmp_path, text))


def test_a_later_move_of_a_told_sentence_starts_where_its_first_verb_led(tmp_path: Path) -> None:
    text = (
        "Sam joined the bank as a cashier in 2012. He became a loan officer in 2015, and last year he was appointed"
        " branch manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("loan-officer", "branch-manager") in found
    assert ("cashier", "branch-manager") not in found


def test_a_later_step_after_a_time_phrase_of_the_first(tmp_path: Path) -> None:
    text = (
        "Kofi joined the site as a labourer. He was promoted to ganger in his first year, then to site foreman."
        " In 2022 he took over as site manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("ganger", "site-foreman") in found
    assert ("site-foreman", "site-manager") in found
    assert ("ganger", "site-manager") not in found


def test_a_named_person_retraining_after_years_in_a_post(tmp_path: Path) -> None:
    text = "After six years as a care assistant, Joy trained as a nurse. She now works as a ward manager.\n"
    found = moves(read(tmp_path, text))
    assert found[("care-assistant", "nurse")]["years_min"] == 6
    assert ("nurse", "ward-manager") in found


def test_a_gapped_clause_with_a_bare_head_names_the_post_before(tmp_path: Path) -> None:
    text = "Junior bookkeepers may be promoted to senior bookkeeper, and bookkeepers to accounts manager.\n"
    found = moves(read(tmp_path, text))
    assert ("senior-bookkeeper", "accounts-manager") in found
    assert ("junior-bookkeeper", "senior-bookkeeper") in found


def test_a_third_persons_later_post_follows_the_one_told_before(tmp_path: Path) -> None:
    text = "Sara joined the bank as a cashier. She then worked as a customer adviser for two years.\n"
    assert ("cashier", "customer-adviser") in moves(read(tmp_path, text))
    text = "Dev joined us as an apprentice electrician. Once qualified, he worked as an electrician for six years.\n"
    assert ("apprentice-electrician", "electrician") in moves(read(tmp_path, text))


def test_the_route_is_a_next_rung_from_where_the_career_stands(tmp_path: Path) -> None:
    text = (
        "Most porters move up to concierge within a year. From there, the usual route is head concierge, then front"
        " office manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("concierge", "head-concierge") in found
    assert ("head-concierge", "front-office-manager") in found


def test_a_named_persons_post_held_now_follows_the_last_one_told(tmp_path: Path) -> None:
    text = (
        "Nina started her career as a nursing assistant. She was promoted to staff nurse in 2016."
        " Today Nina is a ward manager.\n"
    )
    assert ("staff-nurse", "ward-manager") in moves(read(tmp_path, text))
    text = "Leo joined the depot as a picker. He was promoted to team leader. Leo is now a shift manager.\n"
    assert ("team-leader", "shift-manager") in moves(read(tmp_path, text))


def test_an_entry_route_label_names_where_the_pages_role_starts(tmp_path: Path) -> None:
    text = (
        "Role: Pharmacy Technician\n"
        "Department: Dispensary\n"
        "Entry route: Pharmacy assistant\n"
        "Progression route: Dispensary manager\n"
    )
    found = moves(read(tmp_path, text))
    assert ("pharmacy-assistant", "pharmacy-technician") in found
    assert ("pharmacy-technician", "dispensary-manager") in found
    assert ("pharmacy-assistant", "dispensary-manager") not in found


def test_in_turn_between_a_subject_and_its_verb(tmp_path: Path) -> None:
    text = (
        "Bar staff may be promoted to bar supervisor. Bar supervisors in turn can be considered for bar manager"
        " vacancies.\n"
    )
    assert ("bar-supervisor", "bar-manager") in moves(read(tmp_path, text))


def test_every_item_of_a_listed_answer_to_where_next(tmp_path: Path) -> None:
    text = (
        "Where can a line cook go next?\n\n• Sous chef\n• Kitchen manager\n• Head chef\n\n"
        "Our hotel also employs porters.\n\nHead porter\n"
    )
    found = moves(read(tmp_path, text))
    assert {("line-cook", "sous-chef"), ("line-cook", "kitchen-manager"), ("line-cook", "head-chef")} <= set(found)
    assert ("line-cook", "head-porter") not in found
