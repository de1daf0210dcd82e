"""Role recall and precision, stop 45: posts the loader missed or made up on our own probe texts (trades other than
e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_hyphenated_word_that_is_a_titles_fourth_modifier_is_read_whole(tmp_path: Path) -> None:
    page = (
        "Working at a freight port\n\n"
        "Ana Ruiz, a cross-border road freight manager, checks customs papers each morning. Her colleague is a"
        " data-driven freight sales manager, and her deputy a front-line night gate clerk.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"cross-border-road-freight-manager", "front-line-night-gate-clerk"} <= got
    assert "border-road-freight-manager" not in got and "road-freight-manager" not in got
    assert "data-driven-freight-sales-manager" not in got  # what the holder is like, no part of the post


def test_a_field_joined_by_and_to_a_title_opening_a_sentence_inside_a_line_is_part_of_it(tmp_path: Path) -> None:
    page = (
        "Pay in hotels\n\n"
        "Night porters earn $30,000. Sales and guest service agents earn $34,000. Legal secretaries earn $38,000.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"night-porter", "sales-and-guest-service-agent", "legal-secretary"} <= got
    assert "guest-service-agent" not in got


def test_a_person_or_worker_after_a_word_of_work_the_lexicon_puts_before_it_is_a_post(tmp_path: Path) -> None:
    page = (
        "My years at the hotel\n\n"
        "I was a pool attendant, hotel sales person, and then a boiler repair person. Median pay for all the hotel"
        " laundry workers was $31,000. Our team members and their family members are welcome.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"pool-attendant", "hotel-sales-person", "boiler-repair-person", "hotel-laundry-worker"} <= got
    assert "team-member" not in got and "family-member" not in got


def test_workers_after_a_hyphenated_trade_word_of_the_lexicon_are_a_post(tmp_path: Path) -> None:
    page = (
        "Pay at the hospital\n\n"
        "Median pay for all the x-ray workers at the hospital was $41,000. Full-time workers earn more.\n"
    )
    got = roles(read(tmp_path, page))
    assert "x-ray-worker" in got
    assert "full-time-worker" not in got


def test_a_charts_boxes_run_together_on_one_line_are_each_a_post(tmp_path: Path) -> None:
    page = (
        "Nursing career map\n\n"
        "A career map shows the posts of a ward and the usual promotions between them.\n\n"
        "Ward Clerk Healthcare Assistant Assistant Practitioner Staff Nurse Senior Staff Nurse Charge Nurse"
        " Ward Manager Matron / Head Nurse\n\n"
        "Most ward managers began as healthcare assistants.\n"
    )
    got = roles(read(tmp_path, page))
    assert {
        "ward-clerk", "healthcare-assistant", "assistant-practitioner", "staff-nurse", "senior-staff-nurse",
        "charge-nurse", "ward-manager", "matron", "head-nurse",
    } <= got
    assert not any(len(name.split("-")) > 3 for name in got)


def test_a_one_word_name_in_capitals_after_a_verb_of_using_is_a_tool_not_a_post(tmp_path: Path) -> None:
    page = (
        "Hotel jobs\n\n"
        "You will track room status using Roomkeeper, and brief the night porter.\n\n"
        "- Use Roomkeeper to log repairs for the duty manager.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"night-porter", "duty-manager"} <= got
    assert "roomkeeper" not in got and "use-roomkeeper" not in got


def test_words_before_a_bracket_of_duties_opened_by_responsible_for_name_a_post(tmp_path: Path) -> None:
    page = (
        "Hospital teams\n\n"
        "The emergency floor can be divided into porters (responsible for moving patients), triage (responsible for"
        " first checks), bed management (responsible for free beds) and the finance team (responsible for budgets).\n"
    )
    got = roles(read(tmp_path, page))
    assert {"porter", "triage", "bed-management"} <= got
    assert not any("team" in name for name in got)


def test_a_chart_line_of_short_words_is_read_as_its_boxes_too(tmp_path: Path) -> None:
    # ten words, four title heads or more, but fewer than sixty characters: the boxes of a kitchen's career map
    page = (
        "Kitchen career map\n\n"
        "A career map shows the posts of a kitchen and the usual promotions between them.\n\n"
        "Line Cook Sous Chef Head Chef Pastry Chef Kitchen Porter\n\n"
        "Most head chefs began as line cooks.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"line-cook", "sous-chef", "head-chef", "pastry-chef", "kitchen-porter"} <= got, got
    assert not any(len(name.split("-")) > 2 for name in got), got
