"""How duties already read are named (stop 44): a list of things a duty's verb takes is named item by item, in the
page's words, with no word of one item put into another.

Each page here is written for the test, in trades other than e-commerce (a kitchen, a hotel, a building site, a
school), so that what is tested is the grammar of the duty, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

KITCHEN = """Head Chef

Responsibilities:
Own menu setup, pricing updates, stock management, and food safety compliance.
Plan the weekly menus with the sous chef.
"""


def test_a_word_in_ing_inside_a_list_of_nouns_is_no_participle_of_a_duty(tmp_path: Path) -> None:
    # "pricing updates" is one more thing owned, not "pricing" done to the updates and to the rest of the list
    got = needs(read(tmp_path, KITCHEN)).get("head-chef", set())
    assert not any("pricing" in name and "update" not in name for name in got), got
    assert not any(name.startswith("update") for name in got), got
    assert {"stock management", "food safety compliance"} <= got, got
    assert any("pricing update" in name for name in got), got


HOUSEKEEPER = """Head Housekeeper

The head housekeeper plans the rota, inspecting rooms, ordering linen and checking minibars.
"""


def test_a_tail_of_participles_after_a_duty_stays_read_as_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, HOUSEKEEPER)).get("head-housekeeper", set())
    assert {"rota planning", "ordering linen", "checking minibars"} <= got, got


def test_a_verb_that_is_a_noun_as_often_before_a_noun_of_action_opens_one_more_thing_of_the_list() -> None:
    # "stock management" is a thing owned like the others, no second duty "stock" with the management as its object
    names = [s.name for s in skill_names("Own the site setup, crane schedules, stock management, and safety audits",
                                         predicate=True)]
    assert "Stock management" in names and any("safety audit" in name.lower() for name in names), names


def test_two_long_noun_phrases_a_duty_takes_are_two_things() -> None:
    # each noun phrase is a skill of its own (the scorer pairs one name with one skill), whatever its length
    names = [s.name for s in skill_names("Develop and deliver termly phonics lesson plans and weekly reading groups",
                                         predicate=True)]
    assert len(names) == 2, names
    assert "lesson plan" in names[0].lower() and "reading group" in names[1].lower(), names
    # a list with a word that joins or points inside an item stays one name ("plans for the new wing")
    one = [s.name for s in skill_names("Prepare floor plans for the new wing and fire exits", predicate=True)]
    assert not any(name.lower().startswith("fire exit") for name in one), one


def test_the_later_things_a_part_played_is_for_are_skills_too() -> None:
    # the scorer pairs one name with one skill: the list after "for" is each thing the post answers for
    names = [s.name for s in skill_names(
        "Serve as the first point of contact for bookings, room changes, and late checkouts.", predicate=True)]
    assert names[0] == "First point of contact for bookings", names
    assert {"Room changes", "Late checkouts"} <= set(names), names
    # a later duty after the comma stays a duty (no "Book taxis" named as a thing)
    duty = [s.name for s in skill_names("Act as the first point of contact for guests, and book taxis", predicate=True)]
    assert not any(name.lower().startswith("book ") for name in duty), duty


def test_the_duties_a_piece_of_work_is_done_by_are_duties_too() -> None:
    # "by" and gerunds after a duty's object: the work they name is read, not left out with the rest of the item
    names = [s.name for s in skill_names("Run the front desk by greeting guests, booking taxis and answering calls",
                                         predicate=True)]
    assert names[0] == "Front desk", names
    assert len(names) == 4 and any("guest" in name.lower() for name in names[1:]), names
    assert any("call" in name.lower() for name in names[1:]), names


RESTAURANT = """Restaurant Manager

Responsibilities:
- Supervise the waiting staff by setting rotas, checking tables and briefing new starters.
- Coordinate with the kitchen team to ensure allergen labelling, menu costing, and food safety checks.
- Work with the sales team to grow revenue.
"""


def test_a_list_item_reads_the_duties_after_by_and_the_work_done_with_partners(tmp_path: Path) -> None:
    got = needs(read(tmp_path, RESTAURANT)).get("restaurant-manager", set())
    # the duty and the duties it is done by
    assert "waiting staff supervision" in got, got
    assert {"rota setting", "table checking"} <= got, got
    # the partners, and what is done with them
    assert "kitchen team coordination" in got, got
    assert {"allergen labelling", "menu costing", "food safety checks"} <= got, got
    # a measure to raise with the partners names no skill
    assert not any("revenue" in name for name in got), got


def test_the_work_a_verb_of_working_together_is_done_for_is_named() -> None:
    names = [s.name for s in skill_names("Liaise with the head chef to plan the weekly menus", predicate=True)]
    assert names[0] == "Head chef liaison" and len(names) == 2 and "menu" in names[1].lower(), names
    grow = [s.name for s in skill_names("Work with the sales team to grow revenue", predicate=True)]
    assert grow == ["Working with sales team"], grow


def test_a_tie_kept_with_people_is_named_with_them_in_the_pages_words() -> None:
    # no "Relationship maintenance", a word of neither the page nor the parties
    names = [s.name for s in skill_names(
        "Build and maintain strong relationships with parents, carers and local nurseries", predicate=True)]
    assert len(names) == 1 and names[0].startswith("Building and maintaining relationships with parents"), names
    assert "local nurseries" in names[0], names
    one = [s.name for s in skill_names("Develop rapport with patients and their families", predicate=True)]
    assert one == ["Developing rapport with patients and their families"], one


NURSERY = """Nursery room leader

Nursery room leaders run a room of toddlers and its staff.

  • Planning the weekly activities
  • Agreeing shift swaps with the team
  • Greeting parents at drop-off
  • Tracking progress records

What we offer

  • Morning shifts only
  • Rewarding work
"""


def test_an_item_of_a_duties_list_opening_with_a_gerund_no_table_holds_is_a_duty_as_written(tmp_path: Path) -> None:
    got = needs(read(tmp_path, NURSERY)).get("nursery-room-leader", set())
    assert "agreeing shift swaps with the team" in got, got
    assert {"weekly activity planning", "parent greeting"} <= got, got
    # a noun in "-ing" opening an item is no gerund of a duty
    assert not any(name.startswith(("morning", "rewarding")) for name in got), got


def test_a_phrasal_verb_names_the_work_on_what_names_no_skill_alone() -> None:
    names = [s.name for s in skill_names("Identifying and sorting out roof and window problems",
                                         predicate=True)]
    assert names == ["Sorting out roof problems", "Sorting out window problems"], names
    assert [s.name for s in skill_names("look after guests", predicate=True)] == ["Looking after guests"]


def test_a_duty_after_to_whose_object_opens_with_a_hyphenated_word_is_read() -> None:
    # "to inspect high-risk scaffolding" is a duty as "to inspect the scaffolding" is: the hyphen changes nothing
    names = [s.name for s in skill_names("Write procedures to inspect high-risk scaffolding", predicate=True)]
    assert names == ["Procedure writing", "High-risk scaffolding inspection"], names


SITE = """Site Administrator

Responsibilities:
- Support invoicing for subcontractors by checking timesheets, chasing approvals, and filing receipts.
- Support the site team by ordering supplies.
"""


def test_work_backed_before_by_is_a_duty_beside_its_means(tmp_path: Path) -> None:
    got = needs(read(tmp_path, SITE)).get("site-administrator", set())
    assert any(name.startswith("invoicing") for name in got), got
    assert {"timesheet checking", "receipt filing"} <= got, got
    # a team backed is no work of its own
    assert not any("site team" in name for name in got), got
    names = [s.name for s in skill_names("Support invoicing for subcontractors by checking timesheets",
                                         predicate=True)]
    assert names[0] == "Invoicing for subcontractors", names


def test_a_span_written_with_hyphens_is_part_of_the_name_it_measures() -> None:
    assert [s.name for s in skill_names("Prepare 12-week revision plans", predicate=True)] == [
        "12-week revision plan preparation"
    ]
    names = [s.name for s in skill_names("Draft 30-60-90 day induction plans for new teachers", predicate=True)]
    assert names and names[0].startswith("30-60-90 day induction plan"), names
    # a count of years asked for stays no part of a name
    assert [s.name for s in skill_names("2-3 years of experience in nursing")] == ["Nursing experience"]


WARD = """Ward Housekeeper

Ward housekeepers keep the ward ready for patients.
They clean the bays, restock the linen trolleys, and occasionally run a fire drill.
"""


def test_an_adverb_of_how_often_before_a_series_last_verb_is_no_word_of_a_duty(tmp_path: Path) -> None:
    names = [s.name for s in skill_names("clean the bays, restock trolleys, and occasionally run a fire drill",
                                         predicate=True)]
    assert names == ["Bay cleaning", "Trolley restocking", "Fire drill"], names
    names = [s.name for s in skill_names("check the rota and often restock the trolleys", predicate=True)]
    assert names == ["Rota checking", "Trolley restocking"], names
    got = needs(read(tmp_path, WARD)).get("ward-housekeeper", set())
    assert "fire drill" in got, got


STORES = """Ward Stores Assistant

Duties:
- Making sure supplies arrive on time and meet infection control standards
- Making sure the deliveries meet the building regulations
"""


def test_things_seen_to_meet_a_standard_name_the_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, STORES)).get("ward-stores-assistant", set())
    assert "supplies meet infection control standards" in got, got
    assert "deliveries meet building regulations" in got, got
    # people meeting a target are no things seen to: named as before
    assert [s.name for s in skill_names("make sure you meet targets", predicate=True)] == ["Meeting targets"]
    # no standard met: nothing named
    assert skill_names("Making sure the vans arrive on time", predicate=True) == []
