"""Duty lists grouped under short titles, "Key Performance Areas", and a post defined in its line's second sentence
(stop 37, from texts of our own).

The wording, roles and trades here are our own (a garden centre, a rail depot, a hotel laundry); each test fails on
the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, roles


def test_a_key_result_areas_heading_opens_a_list_of_duties(tmp_path: Path) -> None:
    page = (
        "Depot Cleaner\n\n"
        "Key Result Areas\n"
        "1. Carriages\n"
        "- Vacuum seats and carpets on arriving trains.\n"
        "2. Platforms\n"
        "- Sweep the platforms daily.\n"
    )
    got = links(read(tmp_path, page))
    assert ("depot-cleaner", "vacuuming-seats") in got, got
    assert not any(skill in {"carriages", "platforms"} for _, skill in got), got


def test_a_later_group_title_after_bullets_keeps_the_list_open(tmp_path: Path) -> None:
    page = (
        "Garden Centre Assistant\n\n"
        "Key Duties\n"
        "Plant Care:\n"
        "• Water the seedlings in the glasshouse every morning.\n"
        "• Repot young shrubs.\n"
        "Till and Tidy:\n"
        "• Balance the cash float at closing time.\n"
        "• Wipe down the potting benches.\n"
        "\n"
        "Benefits\n"
        "• Staff discount on plants\n"
    )
    got = links(read(tmp_path, page))
    assert ("garden-centre-assistant", "balancing-cash-float") in got, got
    assert not any("discount" in skill for _, skill in got), got
    assert not any("till" in skill for _, skill in got), got  # the group's title names no duty


def test_a_later_title_closes_a_list_that_did_not_open_with_one(tmp_path: Path) -> None:
    page = (
        "Garden Centre Assistant\n\n"
        "Key Duties\n"
        "• Water the seedlings in the glasshouse every morning.\n"
        "Staff Perks:\n"
        "• Free parking on site.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("parking" in skill for _, skill in got), got


def test_a_post_defined_in_the_second_sentence_of_the_opening_line_owns_the_list(tmp_path: Path) -> None:
    page = (
        "Purpose of the Job\n"
        "To keep the hotel's linen clean and ready for guests. The Laundry Attendant is responsible for washing, "
        "drying and folding all towels and bed sheets.\n"
        "Key Performance Areas\n"
        "Washing:\n"
        "• Sort soiled linen by fabric and colour.\n"
        "• Load the industrial washers.\n"
        "Finishing:\n"
        "• Press tablecloths for the restaurant.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert "laundry-attendant" in roles(g)
    assert any(role == "laundry-attendant" and "tablecloth" in skill for role, skill in got), got
    assert any(role == "laundry-attendant" and "linen" in skill for role, skill in got), got


def test_a_first_person_sentence_defines_no_post_of_the_page(tmp_path: Path) -> None:
    page = (
        "My Week\n"
        "It was busy. The head gardener is my mentor and I help him most days.\n"
        "Key Duties\n"
        "• Water the seedlings.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "head-gardener" for role, _ in got), got


def test_a_question_over_the_reader_heads_a_list_of_qualities(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n\n"
        "Looking after dogs in a boarding kennel.\n\n"
        "Are you … ?\n\n"
        "  • physically fit?\n"
        "  • able to follow feeding charts precisely?\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "kennel-assistant" and "fit" in skill for role, skill in got), got


def test_the_bulleted_list_under_the_answer_to_a_question_heading_is_the_posts(tmp_path: Path) -> None:
    page = (
        "Shop Floor Guide\n\n"
        "What does a florist do?\n\n"
        "Florists create arrangements for weddings and shops.\n\n"
        "  • condition fresh stems\n"
        "  • wire corsages\n\n"
        "Salary\n\n"
        "Florists earn about 24,000 a year.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "florist" and "corsage" in skill for role, skill in got), got


def test_a_plural_title_after_an_opening_but_is_the_sentences_subject(tmp_path: Path) -> None:
    page = (
        "Working at a Rail Depot\n\n"
        "Most depot cleaners work nights. But fitters are also responsible for the brake checks on every train.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "fitter" and "brake" in skill for role, skill in got), got
    assert not any(role == "depot-cleaner" and "brake" in skill for role, skill in got), got


def test_a_plural_noun_after_and_inside_a_sentence_is_no_new_subject(tmp_path: Path) -> None:
    page = "Working at a Rail Depot\n\nThe depot cleaner sweeps the yard and fitters are nearby.\n"
    g = read(tmp_path, page)
    assert "fitter" not in roles(g), roles(g)
