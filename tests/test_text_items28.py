"""Role -> skill requirements lost inside a sentence the loader already reads: the items beside the ones it took.

The wording, roles and trades here are our own (a building site, a museum, a crane yard); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import list_spans, names_no_skill, skill_names

# --- requirements.duty-names: a verb of work after "to" that ends a duty's object is a duty of its own --------


def test_a_duty_after_to_that_ends_the_object_is_named_by_its_verb() -> None:
    got = [s.name for s in skill_names("liaise with subcontractors to inspect the scaffolding, and sign off the logs")]
    assert "Subcontractor liaison" in got, got
    assert "Scaffolding inspection" in got, got


def test_a_goal_a_tool_or_a_way_after_to_names_no_duty() -> None:
    # a goal ("to increase footfall"), what a machine is for, and an infinitive a noun asks for stay unread
    assert [s.name for s in skill_names("plan the exhibitions to increase footfall")] == ["Exhibition planning"]
    got = [s.name for s in skill_names("operate tower cranes to inspect loads", predicate=True)]
    assert not any("inspection" in name.lower() for name in got), got
    got = [s.name for s in skill_names("find new ways to assess incoming loans", predicate=True)]
    assert not any("assessment" in name.lower() for name in got), got


def test_a_list_resumes_at_a_duty_after_to_following_the_partners() -> None:
    words = "work closely with curators to assess incoming loans , and maintain the records".split()
    spans = [words[a:b] for a, b in list_spans(words)]
    # (the duty after "to" is listed: on its own, or in one stretch with the one party the item opens by working with)
    assert any(s[i : i + 3] == ["assess", "incoming", "loans"] for s in spans for i in range(len(s))), spans


def test_an_answer_reads_the_duty_after_to(tmp_path: Path) -> None:
    text = (
        "# Museum Registrar\n\n"
        "What does a museum registrar do?\n\n"
        "Museum registrars in larger cities work closely with curators to assess incoming loans, and maintain"
        " the collection records.\n"
    )
    got = needs(read(tmp_path, text)).get("museum-registrar", set())
    assert "incoming loan assessment" in got, got
    assert "collection record maintenance" in got, got  # (the duty after "and" reads as before)


# --- requirements.duty-names: a duty of seeing to a state names the work the state asks for -----------------


def test_a_state_seen_to_is_named_by_the_work_it_asks_for() -> None:
    got = [s.name for s in skill_names("making sure the boilers are checked and inspected", predicate=True)]
    assert got == ["Boiler checking", "Boiler inspection"], got
    assert [s.name for s in skill_names("ensure the vans get loaded", predicate=True)] == ["Van loading"]
    # an adjective of the state is named with the thing; more states after ", and that" are read too
    got = [s.name for s in skill_names("Ensure the classrooms are clean and tidy, and that the boilers are checked")]
    assert got == ["Clean and tidy classrooms", "Boiler checking"], got


def test_more_than_a_state_is_read_as_before() -> None:
    # a place after the state, or a state going on into how it should be, is no state seen to
    got = [s.name for s in skill_names("ensure the mowers are kept in the shed", predicate=True)]
    assert not any("keeping" in name.lower() for name in got), got
    got = [s.name for s in skill_names("ensure the menus are clear, short and easy to read")]
    assert "Clear, short and easy menus" not in got and got, got
    words = "ensure the menus are clear , short and easy to read".split()
    assert next(words[a:b] for a, b in list_spans(words)) == ["ensure", "the", "menus"]


def test_a_list_item_seeing_to_two_states_names_both(tmp_path: Path) -> None:
    text = (
        "# School Caretaker\n\n"
        "## Duties\n\n"
        "- Unlocking the building and making sure the boilers are checked\n"
        "- Ensuring the classrooms are clean and tidy, and that the radiators are inspected\n"
    )
    got = needs(read(tmp_path, text)).get("school-caretaker", set())
    assert "boiler checking" in got, got
    assert "clean and tidy classrooms" in got, got
    assert "radiator inspection" in got, got


def test_a_plural_in_ves_of_a_noun_in_f_is_made_singular() -> None:
    assert [s.name for s in skill_names("clean the shelves")] == ["Shelf cleaning"]
    assert [s.name for s in skill_names("check the valves")] == ["Valve checking"]


# --- requirements.no-skill: a gerund the verb table does not hold opens an activity ----------------------------


def test_a_gerund_the_table_does_not_hold_opens_an_activity() -> None:
    assert not names_no_skill("Guiding patients")  # (before, the person at its head made it no skill)
    assert not names_no_skill("Addressing patient concerns")
    # words of quality and nouns in "-ing" open no activity: what they head decides, as before
    assert names_no_skill("Rewarding field")
    assert names_no_skill("Evening shifts")


def test_the_last_participle_of_a_post_held_is_read(tmp_path: Path) -> None:
    text = (
        "# Dental Nurse\n\n"
        "Many people start out as dental nurses, sterilising instruments, booking appointments, and addressing"
        " patient concerns.\n"
    )
    got = needs(read(tmp_path, text)).get("dental-nurse", set())
    # (named as a duty either way round: "addressing patient concerns", or "patient concern addressing" where
    # "address" is read as a verb of work)
    assert any({"patient", "concern"} <= set(name.replace("concerns", "concern").split()) for name in got), got
    assert "appointment booking" in got, got  # (the participles before it read as before)


# --- requirements.duty-names: the means of a goal, after "by" and a gerund, are the duties ---------------------


def test_the_means_of_a_goal_are_named_not_the_goal() -> None:
    got = [s.name for s in skill_names("boost footfall by organising reading groups and guiding tours")]
    assert got == ["Reading group organisation", "Guiding tours"], got
    # after a verb of work the means are duties beside it (stop 44: before, the work alone)
    assert [s.name for s in skill_names("coordinate classes by scheduling instructors")] == [
        "Class coordination", "Instructor scheduling"
    ]
    words = "increase membership by inspecting the machines every morning".split()
    assert [words[a:b] for a, b in list_spans(words)] == [["inspecting", "the", "machines", "every", "morning"]]


def test_a_list_item_reads_the_means_of_its_goal(tmp_path: Path) -> None:
    text = (
        "# Gym Instructor\n\n"
        "## Duties\n\n"
        "- Boost retention by inspecting the machines every morning before the doors open\n"
        "- Plan the weekly class timetable\n"
    )
    got = needs(read(tmp_path, text)).get("gym-instructor", set())
    assert "machine inspection" in got, got
    assert not any("retention" in name for name in got), got


# --- requirements.duty-names: "every" / "each" before a duty's object is a determiner, not a time ---------------


def test_every_or_each_before_the_object_is_a_determiner() -> None:
    assert [s.name for s in skill_names("inspect every vehicle before each shift")] == ["Vehicle inspection"]
    assert [s.name for s in skill_names("check each invoice involved and file the receipts")] == [
        "Invoice checking",
        "Receipt filing",
    ]
    # a time after the object, or "each other", reads as before
    assert [s.name for s in skill_names("check the tills every day")] == ["Till checking"]
    assert skill_names("greet each other") == []


def test_a_duty_on_every_thing_is_linked(tmp_path: Path) -> None:
    text = "# Garage Foreman\n\nGarage foremen inspect every vehicle before each shift and order spare parts.\n"
    got = needs(read(tmp_path, text)).get("garage-foreman", set())
    assert "vehicle inspection" in got, got


# --- requirements.duty-names: sharing out duties, roles or tasks is a skill --------------------------------------


def test_sharing_out_work_is_named_though_the_work_is_not() -> None:
    assert [s.name for s in skill_names("allocating duties")] == ["Duty allocation"]
    assert [s.name for s in skill_names("assigning nursing roles to each shift team")] == ["Assigning nursing roles"]
    # the shares of work alone still name nothing
    assert skill_names("duties") == [] and skill_names("reviewing duties") == []


def test_a_list_of_duties_keeps_the_sharing_out(tmp_path: Path) -> None:
    text = (
        "# Charge Nurse\n\n"
        "Charge nurses are responsible for checking drug charts, assigning nursing roles to each shift team,"
        " allocating duties, and reviewing care plans.\n"
    )
    got = needs(read(tmp_path, text)).get("charge-nurse", set())
    assert {"assigning nursing roles", "duty allocation", "care plan review"} <= got, got


# --- requirements.duty-names: a duty after "as well as" is one of its own ---------------------------------------


def test_a_duty_after_as_well_as_is_named_too() -> None:
    got = [s.name for s in skill_names("checking the rotas as well as training new starters")]
    assert got == ["Rota checking", "New starter training"], got
    assert skill_names("skills as well as experience") == []  # (no duty after it: as before)


def test_a_cue_list_reads_the_duty_after_as_well_as(tmp_path: Path) -> None:
    text = "# Head Chef\n\nHead chefs are responsible for checking deliveries as well as training new apprentices.\n"
    got = needs(read(tmp_path, text)).get("head-chef", set())
    assert {"delivery checking", "new apprentice training"} <= got, got


# --- requirements.duty-names: a participle of work after a duty in the imperative is a duty too ------------------


def test_a_participle_of_work_after_an_imperative_duty_is_read() -> None:
    words = "unload the linen vans , inspecting the trolleys and recording the delivery times".split()
    spans = [words[a:b] for a, b in list_spans(words)]
    assert ["inspecting", "the", "trolleys", "and", "recording", "the", "delivery", "times"] in spans, spans
    # a purpose, or how the work is done, still ends the list
    for text in ("lock the cages , ensuring the keys are returned", "wash the sheets , working quickly"):
        words = text.split()
        assert len(list_spans(words)) == 1, text


def test_what_is_checked_for_is_named_with_the_check(tmp_path: Path) -> None:
    text = (
        "# Hospital Porter\n\n## Duties\n\n"
        "- Unload the linen vans, checking for stains and recording the delivery times\n"
    )
    got = needs(read(tmp_path, text)).get("hospital-porter", set())
    assert {"linen van unloading", "stain checking", "delivery time recording"} <= got, got
