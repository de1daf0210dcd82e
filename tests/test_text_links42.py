"""Requirement links read by general rules on short pages (stop 41, from texts of our own): a single trait a post
must have, and a page about one post that also names it at other ranks.

The wording, roles and trades here are our own (a locksmith, a florist, a tiler); each test fails on the code before
the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read, rules_of


def test_one_trait_after_a_modal_of_need_is_a_need(tmp_path: Path) -> None:
    page = (
        "Locksmith\n\n"
        "Locksmiths fit and repair locks in homes and offices.\n\n"
        "Locksmiths must be physically fit.\n"
    )
    g = read(tmp_path, page)
    got = needs(g).get("locksmith", set())
    assert named(got, "physically", "fit"), got
    assert "requirements.one-trait" in rules_of(g, "locksmith")


def test_one_trait_after_is_or_a_state_names_nothing(tmp_path: Path) -> None:
    page = (
        "Florist\n\n"
        "Florists arrange flowers for weddings and shops.\n\n"
        "Florists are busy.\n"
        "Florists should be available.\n"
        "Florists must be ready for an early start.\n"
    )
    got = needs(read(tmp_path, page)).get("florist", set())
    assert not named(got, "busy") and not named(got, "available") and not named(got, "ready"), got


def test_a_post_named_at_other_ranks_is_still_the_pages_subject(tmp_path: Path) -> None:
    page = (
        "Working in tiling\n\n"
        "A tiler lays tiles on floors and walls. Every tiler learns on site.\n"
        "Employers want a tiler who is careful.\n"
        "A senior tiler leads a small crew, and a head tiler plans the jobs.\n"
        "Many a tiler starts as an assistant tiler. A senior tiler earns more.\n\n"
        "It is important to have an eye for pattern and to keep a steady hand.\n"
    )
    got = needs(read(tmp_path, page)).get("tiler", set())
    assert named(got, "pattern") and named(got, "steady", "hand"), got


def test_other_posts_still_outnumbering_it_leave_the_page_without_a_subject(tmp_path: Path) -> None:
    page = (
        "Working in building\n\n"
        "A tiler lays tiles on floors and walls. Every tiler learns on site.\n"
        "Employers want a tiler who is careful.\n"
        "A plasterer skims walls, and a bricklayer builds them. A plasterer earns more.\n"
        "Many a tiler starts as a bricklayer. A senior tiler earns more.\n\n"
        "It is important to have an eye for pattern and to keep a steady hand.\n"
    )
    got = needs(read(tmp_path, page)).get("tiler", set())
    assert not named(got, "pattern"), got


def test_what_a_post_is_judged_by_is_no_need(tmp_path: Path) -> None:
    page = (
        "How a tutoring agency should staff its team.\n"
        "Private Tutor\n"
        "Head Tutor\n"
        "Private Tutor\n"
        "Needs experience with exam preparation\n"
        "Responsible for weekly lesson plans\n"
        "Should be evaluated based on pupil progress and attendance\n"
        "Head Tutor\n"
        "Needs to have teaching experience\n"
        "Should be evaluated on the number and tone of client reviews\n"
    )
    got = needs(read(tmp_path, page))
    tutor = got.get("private-tutor", set())
    assert named(tutor, "exam") and named(tutor, "lesson"), tutor
    assert not named(tutor, "attendance"), tutor
    assert not any(named(skills, "evaluated") or named(skills, "quantity") for skills in got.values()), got


def test_a_question_opening_with_an_auxiliary_is_no_duty(tmp_path: Path) -> None:
    page = (
        "How a bakery should staff its team.\n"
        "Cake Decorator\n"
        "Delivery Driver\n"
        "Cake Decorator\n"
        "Needs experience with sugar work\n"
        "Responsible for the finish of every cake\n"
        "Does the cake look good? Does it travel well across town?\n"
    )
    got = needs(read(tmp_path, page)).get("cake-decorator", set())
    assert named(got, "sugar"), got
    assert not named(got, "look") and not named(got, "travel"), got


def test_a_tools_used_label_lists_the_posts_tools(tmp_path: Path) -> None:
    page = (
        "How a bakery should staff its team.\n"
        "Cake Decorator\n"
        "Delivery Driver\n"
        "Cake Decorator\n"
        "Needs experience with sugar work\n"
        "Tools used: Airbrush kit (i.e. Iwata) and Turntable (i.e. Ateco) and Messaging (i.e. WhatsApp)\n"
        "Delivery Driver\n"
        "Needs to have a clean licence\n"
    )
    got = needs(read(tmp_path, page)).get("cake-decorator", set())
    assert named(got, "airbrush") and named(got, "turntable"), got


def test_a_label_before_a_duty_in_a_list_of_duties_names_it(tmp_path: Path) -> None:
    page = (
        "Dog Groomer\n\n"
        "Primary Activities\n\n"
        "A dog groomer is typically expected to perform the following activities.\n\n"
        "  •  Wash Dogs: Bathe and dry dogs of every size\n"
        "  •  Salon Hygiene: Clean the tables, tubs and tools after every dog\n"
        "  •  Coat Health: Look for skin problems and matted fur at every visit\n"
        "  •  Expectations: Show a calm manner with nervous dogs at all times\n"
    )
    g = read(tmp_path, page)
    got = needs(g).get("dog-groomer", set())
    assert named(got, "salon", "hygiene") and named(got, "coat", "health"), got
    assert not named(got, "expectations"), got
    assert "requirements.duty-label" in rules_of(g, "dog-groomer")


def test_a_gerund_label_in_sentence_case_names_the_duty(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant Duties and Responsibilities\n\n"
        "The duties and responsibilities of a kennel assistant include the following:\n\n"
        "  • Cleaning kennels: Kennel assistants are responsible for cleaning the kennels every morning.\n"
        "  • Processing bookings and cancellations: Kennel assistants are responsible for processing bookings and"
        " cancellations and following the rules for deposits.\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-assistant", set())
    assert named(got, "bookings", "cancellations"), got


def test_knowing_how_to_do_a_piece_of_work_names_the_work(tmp_path: Path) -> None:
    page = (
        "Dog Groomer Skills\n\n"
        "  • Time management\n"
        "  • Knowing how to use clippers\n"
        "  • Being able to calm nervous dogs\n"
    )
    got = needs(read(tmp_path, page)).get("dog-groomer", set())
    assert named(got, "clippers"), got


def test_how_well_work_is_done_is_no_part_of_its_name(tmp_path: Path) -> None:
    page = (
        "Dog Groomer Skills\n\n"
        "  • Time management\n"
        "  • Being able to work well under pressure\n"
        "  • Being able to calm nervous dogs\n"
    )
    got = needs(read(tmp_path, page)).get("dog-groomer", set())
    assert "working under pressure" in got, got


def test_what_may_be_useful_to_the_post_is_a_need(tmp_path: Path) -> None:
    page = (
        "Florist\n\n"
        "Florists arrange flowers for shops and weddings.\n\n"
        "A driving licence may be useful.\n"
        "Deliveries can be required at weekends.\n"
    )
    got = needs(read(tmp_path, page)).get("florist", set())
    assert named(got, "driving", "licence"), got
    assert not named(got, "deliveries"), got


def test_a_need_in_the_readers_condition_is_no_need_of_a_post(tmp_path: Path) -> None:
    page = (
        "How a bakery should staff its team.\n"
        "Cake Decorator\n"
        "Delivery Driver\n"
        "Cake Decorator\n"
        "Needs experience with sugar work\n"
        "If you need more cakes, hire a second baker.\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("cake-decorator", set()), "sugar"), got
    assert not any(named(skills, "baker") or named(skills, "cakes") for skills in got.values()), got


def test_adverbs_alone_after_a_verb_say_how_the_work_is_done(tmp_path: Path) -> None:
    page = (
        "Dog Groomer Skills\n\n"
        "  • Time management\n"
        "  • Being able to work quickly and gently\n"
        "  • Being able to calm nervous dogs\n"
    )
    got = needs(read(tmp_path, page)).get("dog-groomer", set())
    assert "working quickly and gently" in got, got
