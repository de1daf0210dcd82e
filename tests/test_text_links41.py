"""Requirement links read by general rules on pages shaped as held-out pages are: a page's post named by its main
task, duties headed by short lines in sentence case, a narrator's work told by what they liked (stop 40, from texts
of our own).

The wording, roles and trades here are our own (a groundskeeper, a kennel assistant, a locksmith...); each test fails on
the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read, rules_of


def test_a_posts_major_task_makes_it_the_pages_post(tmp_path: Path) -> None:
    page = (
        "Section 2. Purpose of the job\n"
        "A groundskeeper's major task is to keep the cemetery paths safe and tidy.\n\n"
        "Section 3. Duties\n"
        "- Mows the lawns between the plots each week.\n"
        "- Clears fallen leaves from the drains.\n"
        "- Repairs the benches along the main path.\n"
    )
    got = needs(read(tmp_path, page)).get("groundskeeper", set())
    assert named(got, "lawn") and named(got, "bench"), got


def test_a_posts_task_after_its_other_names_makes_the_first_the_pages_post(tmp_path: Path) -> None:
    page = (
        "A groundskeeper/ grounds warden's main task is to keep the cemetery paths safe and tidy.\n\n"
        "Duties\n"
        "- Mows the lawns between the plots each week.\n"
        "- Clears fallen leaves from the drains.\n"
    )
    got = needs(read(tmp_path, page)).get("groundskeeper", set())
    assert named(got, "lawn") and named(got, "leave"), got


def test_a_duty_heading_in_sentence_case_over_the_posts_paragraph_is_its_duty(tmp_path: Path) -> None:
    page = (
        "Locksmith\n\n"
        "A locksmith fits, repairs and opens locks for homes and businesses.\n"
        "Replace door locks\n"
        "Locksmiths fit new cylinders after a break-in or a move.\n"
        "Open jammed safes\n"
        "Locksmiths drill or manipulate safes whose codes are lost.\n"
    )
    g = read(tmp_path, page)
    assert "requirements.duty-headings" in rules_of(g, "locksmith"), rules_of(g, "locksmith")
    got = needs(g)["locksmith"]
    assert named(got, "door lock") and named(got, "safe"), got


def test_a_fragment_in_sentence_case_over_other_prose_is_no_duty(tmp_path: Path) -> None:
    page = (
        "A locksmith fits, repairs and opens locks for homes and businesses.\n"
        "Find the best\n"
        "Our directory lists trusted firms in every town across the county.\n"
    )
    got = needs(read(tmp_path, page)).get("locksmith", set())
    assert not named(got, "best"), got


def test_the_work_a_narrator_loved_in_a_post_is_its_duties(tmp_path: Path) -> None:
    page = (
        "I started as a kennel assistant at a rescue centre outside Leeds in 2016. I loved training the puppies,"
        " learning about breeds and working with the vets.\n\n"
        "Two years later I became a kennel supervisor.\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-assistant", set())
    assert named(got, "train") and named(got, "vet"), got


def test_what_a_narrator_loved_outside_the_work_is_no_duty(tmp_path: Path) -> None:
    page = (
        "I started as a kennel assistant at a rescue centre outside Leeds in 2016. I loved travelling to the coast at"
        " weekends. I loved the team too.\n\n"
        "Two years later I became a kennel supervisor.\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-assistant", set())
    assert not named(got, "travel") and not named(got, "team"), got


def test_work_loved_after_another_post_was_named_is_nobodys(tmp_path: Path) -> None:
    page = (
        "I started as a kennel assistant at a rescue centre outside Leeds in 2016.\n\n"
        "Later I helped out the cattery team as a cat carer on weekends. I loved training the kittens.\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-assistant", set())
    assert not named(got, "train"), got


def test_quality_headings_over_paragraphs_under_a_skills_title_are_the_posts_needs(tmp_path: Path) -> None:
    page = (
        "Top skills every locksmith needs\n\n"
        "Locksmiths work in homes, shops and offices, often at short notice. These are the skills that matter most.\n\n"
        "Manual dexterity\n\n"
        "Picking and fitting locks takes steady hands and patience with small parts.\n\n"
        "Problem solving\n\n"
        "No two jammed doors are alike, and a good locksmith works out the cause before reaching for the drill.\n\n"
        "Attention to detail\n\n"
        "A misaligned strike plate means a door that will not latch, so every fitting is checked twice.\n"
    )
    g = read(tmp_path, page)
    assert "requirements.skill-headings" in rules_of(g, "locksmith"), rules_of(g, "locksmith")
    got = needs(g)["locksmith"]
    assert {"manual dexterity", "problem solving", "attention to detail"} <= got, got


def test_headings_over_paragraphs_not_announced_as_skills_name_no_needs(tmp_path: Path) -> None:
    page = (
        "Locksmith\n\n"
        "We are a family firm of locksmiths serving the town since 1990, open six days a week.\n\n"
        "Our workshop\n\n"
        "The workshop on Mill Lane cuts keys while you wait and stocks every common cylinder.\n\n"
        "Emergency callouts\n\n"
        "Our vans cover the whole county and reach most addresses within the hour, day or night.\n\n"
        "Commercial contracts\n\n"
        "Shops and offices on contract get a yearly check of every door and a priority line.\n"
    )
    got = needs(read(tmp_path, page)).get("locksmith", set())
    assert not named(got, "workshop") and not named(got, "callout") and not named(got, "contract"), got


def test_post_headings_over_paragraphs_under_a_skills_title_name_no_needs(tmp_path: Path) -> None:
    page = (
        "Locksmith career levels and the skills at each\n\n"
        "Most locksmiths climb the same three rungs, learning new skills at each one.\n\n"
        "Apprentice locksmith\n\n"
        "Apprentices cut keys and fit standard locks under a master's eye for two or three years.\n\n"
        "Master locksmith\n\n"
        "Masters open safes, fit access systems and sign off the work of the apprentices they train.\n\n"
        "Security consultant\n\n"
        "Consultants survey whole buildings and advise firms on the locks and alarms they should fit.\n"
    )
    got = {s for skills in needs(read(tmp_path, page)).values() for s in skills}
    assert not any(s in got for s in ("apprentice locksmith", "master locksmith", "security consultant")), got


def test_short_sentences_of_prose_under_a_duties_heading_are_read_as_prose(tmp_path: Path) -> None:
    page = (
        "Bike mechanic\n\n"
        "What you'll do\n"
        "You'll service bikes in the workshop. You'll need patience, a steady hand and good eyesight. The role"
        " involves taking bookings and advising riders on repairs.\n"
    )
    got = needs(read(tmp_path, page))["bike-mechanic"]
    assert "patience" in got and named(got, "booking"), got


def test_short_pieces_under_a_requirements_heading_are_still_items(tmp_path: Path) -> None:
    page = "Bike mechanic\n\nRequirements\nCycle repair certificate. Good eyesight. Own hand tools.\n"
    got = needs(read(tmp_path, page))["bike-mechanic"]
    assert named(got, "eyesight") and named(got, "tool"), got


def test_a_duty_whose_one_long_word_is_capitalised_is_no_title_that_refuses_a_run(tmp_path: Path) -> None:
    page = (
        "Cinema Kiosk Assistant\n\n"
        "A shift at the kiosk\n"
        "- Serve popcorn and drinks before each film\n"
        "- Restock the sweet shelves\n"
        "Check tickets at the screen doors\n"
        "- Cash up at the end of the day\n"
        "- Clean the popcorn machine after each shift\n"
    )
    got = needs(read(tmp_path, page))["cinema-kiosk-assistant"]
    assert named(got, "ticket") and named(got, "popcorn machine"), got


def test_a_run_of_duties_opening_with_read_and_call_is_read(tmp_path: Path) -> None:
    page = (
        "Meter Technician\n\n"
        "On a normal round\n"
        "Read the gas meters on each street\n"
        "Call customers back about missed visits\n"
        "Record the readings in the handheld unit\n"
        "Report damaged meters to the office\n"
    )
    got = needs(read(tmp_path, page))["meter-technician"]
    assert named(got, "meter", "read") and named(got, "damaged meter"), got


def test_a_run_with_a_line_of_the_pages_links_is_still_refused(tmp_path: Path) -> None:
    page = (
        "Meter Technician\n\n"
        "On a normal round\n"
        "Check the gas meters on each street\n"
        "Record the readings in the handheld unit\n"
        "Read more about our graduate scheme\n"
        "Call us on 0300 123 4567\n"
    )
    got = needs(read(tmp_path, page)).get("meter-technician", set())
    assert not named(got, "graduate") and not named(got, "0300"), got


def test_what_a_posts_role_involves_makes_it_the_pages_post(tmp_path: Path) -> None:
    page = (
        "Careers outdoors\n\n"
        "The tree surgeon role involves early starts in all weathers.\n\n"
        "Duties\n"
        "- Climb and prune mature trees\n"
        "- Chip the brash at the end of each job\n"
    )
    got = needs(read(tmp_path, page)).get("tree-surgeon", set())
    assert named(got, "prun") and named(got, "brash"), got


def test_a_job_ads_join_us_as_names_the_pages_post(tmp_path: Path) -> None:
    page = (
        "Careers outdoors\n\n"
        "Join our team as a Tree Surgeon in Kent.\n\n"
        "Duties\n"
        "- Climb and prune mature trees\n"
        "- Chip the brash at the end of each job\n"
    )
    got = needs(read(tmp_path, page)).get("tree-surgeon", set())
    assert named(got, "prun") and named(got, "brash"), got


def test_working_as_told_to_the_reader_names_the_pages_post(tmp_path: Path) -> None:
    page = (
        "Careers outdoors\n\n"
        "If you like heights, working as a tree surgeon could suit you.\n\n"
        "Duties\n"
        "- Climb and prune mature trees\n"
        "- Chip the brash at the end of each job\n"
    )
    got = needs(read(tmp_path, page)).get("tree-surgeon", set())
    assert named(got, "prun") and named(got, "brash"), got


def test_working_as_in_a_narrators_story_names_no_pages_post(tmp_path: Path) -> None:
    page = (
        "Careers outdoors\n\n"
        "I started working as a tree surgeon in 2010.\n\n"
        "Duties\n"
        "- Climb and prune mature trees\n"
        "- Chip the brash at the end of each job\n"
    )
    got = needs(read(tmp_path, page)).get("tree-surgeon", set())
    assert not named(got, "prun"), got


def test_the_work_a_duty_helps_a_post_with_names_the_skill(tmp_path: Path) -> None:
    page = (
        "Kitchen Porter\n\n"
        "Duties\n"
        "- Assist the head chef with stock counts\n"
        "- Support the sous chef in training new porters\n"
        "- Help the chefs prepare vegetables when it is busy\n"
        "- Wash pots and pans\n"
    )
    got = needs(read(tmp_path, page))["kitchen-porter"]
    assert named(got, "stock count") and named(got, "porter", "training") and named(got, "vegetable"), got
    assert not named(got, "chef"), got


def test_quality_headings_after_one_read_under_a_qualities_heading_are_the_posts_needs(tmp_path: Path) -> None:
    page = (
        "Tree Surgeon\n\n"
        "Top qualities of a great tree surgeon\n\n"
        "Head for heights\n\n"
        "Much of the job is done thirty metres up, roped into the crown of a tree.\n\n"
        "Chainsaw certificates\n\n"
        "No firm will let you cut without the chainsaw tickets for felling and climbing.\n\n"
        "A love of the outdoors\n\n"
        "You will work in rain, wind and frost, so a love of being outside helps.\n\n"
        "Conclusion\n\n"
        "Tree surgery is hard work, but few jobs offer such views.\n"
    )
    got = needs(read(tmp_path, page))["tree-surgeon"]
    assert named(got, "chainsaw certificate") and named(got, "outdoors"), got
    assert not named(got, "conclusion"), got
