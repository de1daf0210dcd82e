"""Requirement links read by general rules on short pages (stop 41, second pass, from texts of our own): a need
closed by the post it is of ("in this job"), whom a cue asks to gain something ("require beekeepers to pass"), short
lines answering a question about a post, and short lines telling its duties in the third person.

The wording, roles and trades here are our own (a glazier, a beekeeper, a saddler); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read, zh_needs


def test_a_closing_phrase_naming_the_post_is_no_part_of_the_need(tmp_path: Path) -> None:
    page = (
        "Glazier\n\n"
        "Glaziers cut and fit glass in windows and doors.\n\n"
        "You need patience in this job.\n"
        "You will need a steady hand for this position.\n"
    )
    got = needs(read(tmp_path, page)).get("glazier", set())
    assert "patience" in got, got
    assert named(got, "steady", "hand") and not named(got, "position"), got


def test_whom_a_cue_asks_to_pass_something_is_no_skill(tmp_path: Path) -> None:
    page = (
        "Beekeeper\n\n"
        "Beekeepers look after hives and collect honey.\n\n"
        "Most farms require beekeepers to pass a hive safety certificate.\n"
    )
    got = needs(read(tmp_path, page)).get("beekeeper", set())
    assert not named(got, "beekeepers"), got
    assert named(got, "hive", "safety", "certificate"), got


def test_short_lines_answering_a_question_are_its_list(tmp_path: Path) -> None:
    page = (
        "Saddler\n\n"
        "A saddler makes and mends saddles and harness for riders.\n\n"
        "What does a saddler do?\n"
        "Stitch leather panels\n"
        "Fit saddles to horses\n"
        "Repair worn harness\n"
    )
    got = needs(read(tmp_path, page)).get("saddler", set())
    assert named(got, "leather") and named(got, "harness"), got

def test_a_short_line_telling_a_duty_in_the_third_person_is_a_duty(tmp_path: Path) -> None:
    page = (
        "Glazier\n\n"
        "A glazier cuts and fits glass in windows and doors.\n"
        "What does a glazier do, typically?\n"
        "Measures window frames\n"
        "A glazier visits homes and offices to size the openings before any glass is cut.\n"
        "Seals new panes\n"
        "A glazier works with putty and silicone so that rain stays out.\n"
    )
    got = needs(read(tmp_path, page)).get("glazier", set())
    assert named(got, "window", "frame") and named(got, "pane"), got


def test_a_heading_in_title_case_is_no_duty_line(tmp_path: Path) -> None:
    page = (
        "Glazier\n\n"
        "A glazier cuts and fits glass in windows and doors.\n\n"
        "Builds Strong Client Relations\n\n"
        "A glazier keeps in touch with builders after each job.\n"
    )
    got = needs(read(tmp_path, page)).get("glazier", set())
    assert not named(got, "client", "relation"), got


def test_a_numbered_label_of_a_group_of_needs_names_no_skill() -> None:
    page = (
        "花艺师入职指南\n\n"
        "一、花艺师必备技能\n\n"
        "  1. 硬性要求\n"
        "熟练使用花剪。\n\n"
        "  2. 加分能力\n"
        "基础摄影能力。\n"
    )
    got = zh_needs(page).get("花艺师", set())
    assert "硬性要求" not in got and "加分能力" not in got, got
    assert "基础摄影能力" in got, got


def test_actions_this_includes_after_a_duty_are_duties(tmp_path: Path) -> None:
    page = (
        "Farrier\n\n"
        "Farriers shoe horses and trim their hooves.\n\n"
        "The farrier also runs the forge. This may include the ordering of iron and the hiring of apprentices.\n"
        "The farrier keeps the yard tidy. This includes sweeping floors and stacking shoes.\n"
    )
    got = needs(read(tmp_path, page)).get("farrier", set())
    assert named(got, "iron", "ordering") and named(got, "apprentice"), got
    assert named(got, "sweeping") or named(got, "floor"), got


def test_this_includes_opening_its_line_reads_no_duties(tmp_path: Path) -> None:
    page = (
        "Farrier\n\n"
        "Farriers shoe horses and trim their hooves.\n\n"
        "Our yard hosts shows every spring.\n"
        "This includes judging ponies and selling saddles.\n"
    )
    got = needs(read(tmp_path, page)).get("farrier", set())
    assert not named(got, "pon") and not named(got, "saddle"), got


def test_a_run_in_list_after_a_modal_and_a_colon_reads_every_item(tmp_path: Path) -> None:
    page = (
        "Courier\n\n"
        "Couriers deliver parcels to homes and offices.\n\n"
        "Each courier must: Hold a clean driving licence. Speak good English. Use a sat nav.\n"
    )
    got = needs(read(tmp_path, page)).get("courier", set())
    assert named(got, "licence") and named(got, "english") and named(got, "sat", "nav"), got
