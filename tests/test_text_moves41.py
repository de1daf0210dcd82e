"""Moves stated in a story or a career page, in wordings the development pages did not hold (stop 40).

Each page here is written for the test, in trades the rules were not written from (a clothing workshop, a garden
nursery, a printing works, a veterinary practice), so that what is tested is the shape of the statement.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_titles_in_quotation_marks_are_the_posts_of_a_told_move(tmp_path: Path) -> None:
    text = (
        "Notes from the cutting room\n\n"
        "When I told my friends I was a \u201cpattern grader\u201d nobody knew what that was, and now that I\u2019m a"
        " \u201cgarment technologist\u201d they know even less.\n"
    )
    g = read(tmp_path, text)
    assert ("pattern-grader", "garment-technologist") in moves(g)


def test_a_lone_head_in_quotation_marks_after_i_am_a_is_a_post(tmp_path: Path) -> None:
    text = "Life at the nursery\n\nFor six years I was a nursery assistant. Now I'm a \"grower\" and I love it.\n"
    g = read(tmp_path, text)
    assert "grower" in roles(g)
    assert ("nursery-assistant", "grower") in moves(g)


def test_a_tenure_after_a_quoted_title_is_how_long_it_was_held(tmp_path: Path) -> None:
    text = "Print works stories\n\nI was a 'press assistant' for four years; now I'm a 'press operator'.\n"
    found = moves(read(tmp_path, text))
    assert ("press-assistant", "press-operator") in found
    assert found["press-assistant", "press-operator"].get("years_min") == 4


def test_from_a_quoted_title_to_another_is_a_move(tmp_path: Path) -> None:
    text = (
        "Practice news\n\n"
        "Our Sam went from \u201cveterinary receptionist\u201d to \u201cpractice manager\u201d in two years.\n"
    )
    assert ("veterinary-receptionist", "practice-manager") in moves(read(tmp_path, text))


def test_a_quoted_word_that_names_no_post_is_still_no_post(tmp_path: Path) -> None:
    text = "Practice news\n\nI was a \"yes\" person for years, and now I'm a \"maybe\" person.\n"
    g = read(tmp_path, text)
    assert not moves(g)


def test_a_place_between_the_verb_and_as_does_not_hide_the_step(tmp_path: Path) -> None:
    text = (
        "Careers in hospital catering\n\n"
        "I started as a kitchen assistant, then became a cook, and then moved over to the staff restaurant as a"
        " catering supervisor. From there you might go back downtown as a catering manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("cook", "catering-supervisor") in found
    assert ("catering-supervisor", "catering-manager") in found


def test_a_told_chain_goes_on_after_a_step_taken_at_a_place(tmp_path: Path) -> None:
    text = (
        "Working in a bank\n\n"
        "You then go back as a cashier, and then out to the branches as a loan officer, which is a sales post.\n"
    )
    assert ("cashier", "loan-officer") in moves(read(tmp_path, text))


def test_a_trip_taken_as_a_visitor_is_no_step(tmp_path: Path) -> None:
    text = "Working in a bank\n\nI was a cashier for years. Then I went to Spain as a tourist and loved it.\n"
    assert not any(b == "tourist" for _, b in moves(read(tmp_path, text)))


def test_a_bare_title_after_was_made_is_the_post_moved_to(tmp_path: Path) -> None:
    text = (
        "Life on the scaffolds\n\n"
        "I was made foreman after three years as a scaffolder.\n\n"
        "My brother was made up to supervisor after two years as a rigger.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("scaffolder", "foreman") in found
    assert ("rigger", "supervisor") in found


def test_made_before_a_word_that_is_no_title_names_no_post(tmp_path: Path) -> None:
    text = "Life on the scaffolds\n\nI was made redundant after ten years as a scaffolder. The tea was made strong.\n"
    g = read(tmp_path, text)
    assert not moves(g)
    assert roles(g) == {"scaffolder"}


def test_a_head_named_as_what_a_person_is_is_a_post(tmp_path: Path) -> None:
    text = "Meet the team\n\nPriya is a coordinator. Tom Reed was a remote developer before he joined.\n"
    assert {"coordinator", "developer"} <= roles(read(tmp_path, text))


def test_a_head_held_remotely_or_full_time_is_the_post(tmp_path: Path) -> None:
    text = "Meet the team\n\nFor ten years Sam worked as a remote translator, and now works as a full-time editor.\n"
    got = roles(read(tmp_path, text))
    assert {"translator", "editor"} <= got
    assert not any("remote" in r or "full" in r for r in got), got


def test_a_word_of_an_activity_opening_the_sentence_is_no_name(tmp_path: Path) -> None:
    text = "Meet the team\n\nTranslating is a translator's craft. Publishing is a reader's trade.\n"
    assert "reader" not in roles(read(tmp_path, text))


def test_a_move_from_these_roles_starts_at_the_posts_named_just_before(tmp_path: Path) -> None:
    text = (
        "Working in a garden centre\n\n"
        "Entry-level jobs here include plant care assistant and till operator. Staff who do well in these roles"
        " can be promoted to section leader.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("plant-care-assistant", "section-leader") in found
    assert ("till-operator", "section-leader") in found
    off = moves(read(tmp_path, text, frozenset({"transitions.these-posts"})))
    assert ("till-operator", "section-leader") not in off


def test_after_a_year_in_one_of_those_jobs_counts_from_them(tmp_path: Path) -> None:
    text = (
        "Working on the railway\n\n"
        "New starters work as platform assistants or ticket clerks. After a year in one of those jobs, many become"
        " station supervisors.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("ticket-clerk", "station-supervisor") in found
    assert found["ticket-clerk", "station-supervisor"].get("years_max") == 1


def test_these_roles_with_no_posts_named_before_move_nobody(tmp_path: Path) -> None:
    text = (
        "Working on the railway\n\n"
        "The railway is a big employer. Staff who do well in these roles can be promoted to station supervisor.\n"
    )
    assert not any(a in {"railway", "employer"} for a, _ in moves(read(tmp_path, text)))


def test_a_table_of_moves_with_from_and_to_columns_reads_each_row_with_its_time(tmp_path: Path) -> None:
    text = (
        "Library careers\n\n"
        "| From | To | Typical time |\n"
        "| --- | --- | --- |\n"
        "| Library assistant | Senior library assistant | 2-3 years |\n"
        "| Senior library assistant | Librarian | 3-5 years |\n"
    )
    found = moves(read(tmp_path, text))
    assert ("library-assistant", "senior-library-assistant") in found
    assert found["library-assistant", "senior-library-assistant"].get("years_min") == 2
    assert found["senior-library-assistant", "librarian"].get("years_max") == 5


def test_a_table_of_current_and_next_roles_gives_its_time_column_to_the_moves(tmp_path: Path) -> None:
    text = (
        "Library careers\n\n"
        "| Current role | Next role | Time needed |\n"
        "|---|---|---|\n"
        "| Library assistant | Librarian | 4 years |\n"
    )
    found = moves(read(tmp_path, text))
    assert found["library-assistant", "librarian"].get("years_min") == 4


def test_a_timetable_from_one_place_to_another_is_no_move(tmp_path: Path) -> None:
    text = "Library bus\n\n| From | To | Departs |\n|---|---|---|\n| Leeds | York | 09:00 |\n| York | Selby | 10:30 |\n"
    assert not moves(read(tmp_path, text))


def test_the_step_between_two_posts_is_the_rung_in_the_middle(tmp_path: Path) -> None:
    text = (
        "Working in a pharmacy\n\n"
        "Pharmacy technician is the step between dispensing assistant and pharmacy manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("dispensing-assistant", "pharmacy-technician") in found
    assert ("pharmacy-technician", "pharmacy-manager") in found
    assert ("pharmacy-technician", "dispensing-assistant") not in found


def test_a_post_that_sits_between_two_others_is_their_middle_rung(tmp_path: Path) -> None:
    text = "Working in a garage\n\nA senior mechanic usually sits between a mechanic and a workshop manager.\n"
    found = moves(read(tmp_path, text))
    assert ("mechanic", "senior-mechanic") in found
    assert ("senior-mechanic", "workshop-manager") in found


def test_between_shifts_or_sites_is_no_rung(tmp_path: Path) -> None:
    text = "Working in a pharmacy\n\nThe pharmacist moves between branches and the dispenser covers the counter.\n"
    found = moves(read(tmp_path, text))
    assert ("dispenser", "pharmacist") not in found and ("pharmacist", "dispenser") not in found


def test_before_becoming_a_most_spend_years_as_b_is_a_move_from_b(tmp_path: Path) -> None:
    text = "Estate gardening\n\nBefore becoming head gardeners, most spend several years as estate gardeners.\n"
    assert ("estate-gardener", "head-gardener") in moves(read(tmp_path, text))


def test_a_span_of_years_spent_as_b_gives_the_move_its_years(tmp_path: Path) -> None:
    text = "Estate gardening\n\nMost head gardeners spent 5-10 years as estate gardeners.\n"
    found = moves(read(tmp_path, text))
    assert found["estate-gardener", "head-gardener"].get("years_min") == 5


def test_the_next_step_starts_from_both_posts_of_a_step_held_at_once(tmp_path: Path) -> None:
    text = (
        "Careers in the civil service\n\n"
        "Next you go back as a policy officer, then out as a casework manager and deputy office manager, which are"
        " regional posts, then back as a senior policy officer.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("casework-manager", "senior-policy-officer") in found
    assert ("deputy-office-manager", "senior-policy-officer") in found


def test_a_step_to_two_posts_one_after_the_other_still_goes_on_from_the_last(tmp_path: Path) -> None:
    text = (
        "Careers in the civil service\n\n"
        "I started as a policy officer, then became a casework manager, and then a deputy office manager. Later I"
        " moved back to head office as a senior policy officer.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("casework-manager", "senior-policy-officer") not in found


def test_holders_who_worked_their_way_up_starting_as_a_post_came_from_it(tmp_path: Path) -> None:
    text = (
        "Careers in hotels\n\n"
        "Most hotel general managers have worked their way up through the departments, starting as"
        " receptionists.\n"
    )
    assert ("receptionist", "hotel-general-manager") in moves(read(tmp_path, text))


def test_a_start_after_a_climb_of_someone_else_is_not_the_subjects(tmp_path: Path) -> None:
    text = "Careers in hotels\n\nMost hotel general managers are busy, starting as early as six.\n"
    assert not moves(read(tmp_path, text))
