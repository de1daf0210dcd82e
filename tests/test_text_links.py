"""Role -> skill requirements read from job ads and prose: whose requirement a line is, and what names no skill.

The wording, roles and industries here are our own (transport, health care, solar sales, ...) and differ from
the development sets; each test fails without the rule it is about.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label, RelType
from careergraph.loaders.text import load_documents


def read(tmp_path: Path, text: str, name: str = "page.txt", disabled: frozenset[str] = frozenset()) -> nx.MultiDiGraph:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False, disabled=disabled)
    assert not result.problems
    return result.graph


def links(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.REQUIRES.value}


def roles(g: nx.MultiDiGraph) -> set[str]:
    return {n for n, data in g.nodes(data=True) if data["label"] == Label.ROLE.value}


def test_the_role_an_opening_sentence_defines_is_what_the_pages_duty_lists_are_about(tmp_path: Path) -> None:
    text = (
        "Who we are\n\n"
        "The Fleet Maintenance Planner (Senior Scheduler) is the owner of the depot's repair calendar.\n\n"
        "Planning and Compliance\n"
        "- Schedule vehicle inspections and book garage slots with outside workshops.\n"
        "- Negotiate repair prices with body shops.\n"
    )
    got = links(read(tmp_path, text))
    assert {role for role, _ in got} == {"fleet-maintenance-planner"}
    assert ("fleet-maintenance-planner", "vehicle-inspection-scheduling") in got
    assert ("fleet-maintenance-planner", "repair-price-negotiation") in got
    # the sentence must open with the role and go on with a copula or a verb of holding a remit
    story = text.replace("The Fleet Maintenance Planner (Senior Scheduler) is", "I met the Fleet Maintenance Planner,")
    assert links(read(tmp_path, story)) == set()


def test_understand_is_no_requirement_as_a_gerund_a_purpose_or_what_a_page_helps_readers_do(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "# Hospital porter\n\n"
        "Understanding the pay bands makes it easier to plan a next step.\n"
        "Porters work with ward staff to understand patient transfer schedules.\n"
        "This guide helps new starters and their managers understand the shift patterns.\n"
        "Porters understand infection control.\n",
    )
    skills = {skill for _, skill in links(g)}
    assert "infection-control" in skills  # said of the role: still a requirement
    assert not {"pay-bands", "patient-transfer-schedules", "shift-patterns"} & skills


def test_a_title_with_a_short_head_is_the_title_the_page_writes_in_full(tmp_path: Path) -> None:
    text = (
        "Inside Sales Rep | Sunbright Solar\n\n"
        "We are hiring an inside sales representative for our solar panel business.\n\n"
        "- Answer enquiries from homeowners and book site surveys\n"
        "- Negotiate installation dates with homeowners\n"
    )
    g = read(tmp_path, text)
    assert "inside-sales-rep" not in roles(g)
    assert {role for role, _ in links(g)} == {"inside-sales-representative"}
    assert "Inside sales rep" in g.nodes["inside-sales-representative"]["aliases"]
    # switched off, the two spellings are two roles and the duties go to the short one
    apart = read(tmp_path, text, disabled=frozenset({"mentions.short-heads"}))
    assert {"inside-sales-rep", "inside-sales-representative"} <= roles(apart)
    # a short title the page never writes in full stays as written
    assert "inside-sales-rep" in roles(read(tmp_path, text.replace("an inside sales representative", "people")))


def test_a_duty_list_in_another_trade_is_read_with_the_verbs_of_work(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "# Veterinary nurse\n\n"
        "Duties\n"
        "- Sterilize surgical instruments after each operation\n"
        "- Restrain animals during examinations\n",
    )
    assert ("veterinary-nurse", "sterilizing-surgical-instruments") in links(g)
    evidence = g.edges["veterinary-nurse", "sterilizing-surgical-instruments", RelType.REQUIRES.value]["evidence"]
    assert "Sterilize surgical instruments" in evidence[0]["quote"]


def test_a_cue_word_that_is_a_duty_lines_verb_or_part_of_its_object_leaves_the_duty_to_be_read(
    tmp_path: Path,
) -> None:
    text = (
        "Night Receptionist | Harbour View Hotel\n\n"
        "- Check guests in and out\n"
        "- Handle noise complaints from guests\n"
        "- Arrange taxis based on guest needs\n"
    )
    skills = {skill for _, skill in links(read(tmp_path, text))}
    assert "noise-complaint-handling" in skills
    assert "arranging-taxis" in skills  # ("based on" ends the object)


def test_people_places_and_parts_a_duty_names_are_no_skills(tmp_path: Path) -> None:
    text = (
        "# Library assistant\n\n"
        "Duties\n"
        "- Greet visitors at the front desk\n"
        "- Listen to the concerns of visitors\n"
        "- Shelve returned books in the reading rooms\n"
    )
    skills = {skill for _, skill in links(read(tmp_path, text))}
    assert "visitor-greeting" in skills  # an action done to people is a skill
    assert not {"concerns", "reading-rooms"} & skills
    kept = {skill for _, skill in links(read(tmp_path, text, disabled=frozenset({"requirements.no-skill"})))}
    assert "reading-rooms" in kept  # (the listening is named with what is listened to: Listening to concerns ...)


def test_duties_told_in_the_first_person_are_the_narrators_post_at_that_point(tmp_path: Path) -> None:
    text = (
        "How I got my first kitchen promotion\n\n"
        "I was a line cook for three years before the owner made me sous chef. "
        "Now I plan the weekly menus and inspect deliveries from local farms.\n"
    )
    got = links(read(tmp_path, text))
    assert ("sous-chef", "delivery-inspection") in got
    assert not {role for role, _ in got} - {"sous-chef"}
    assert links(read(tmp_path, text, disabled=frozenset({"requirements.narrator"}))) == set()


def test_have_to_states_what_a_role_needs(tmp_path: Path) -> None:
    text = "# Dental nurse\n\nMost days there is no time to sit: you have to sterilise instruments and update records."
    got = links(read(tmp_path, text))
    assert {role for role, _ in got} == {"dental-nurse"}
    assert any("record" in skill for _, skill in got) and any("instrument" in skill for _, skill in got)


def test_the_answer_to_a_question_about_what_a_role_needs_lists_it(tmp_path: Path) -> None:
    text = (
        "# Ask a florist\n\n"
        "**Q: What does a florist need most?**\n\n"
        "A: Steady hands, patience and an eye for colour, because weddings always run late. "
        "Most of us learn on the job.\n\n"
        "**Q: Is it well paid?**\n\n"
        "A: Not really, but the mornings are quiet.\n"
    )
    got = links(read(tmp_path, text, name="florist.md"))
    skills = {skill for _, skill in got}
    assert {role for role, _ in got} == {"florist"}
    assert {"steady-hands", "patience"} <= skills
    assert not any("wedding" in skill or "job" in skill or "morning" in skill for skill in skills)
    assert links(read(tmp_path, text, name="florist.md", disabled=frozenset({"structure.answers"}))) == set()


def test_where_they_after_a_post_says_what_its_holder_does(tmp_path: Path) -> None:
    text = (
        "Careers in patient transport\n\n"
        "Experienced porters often move into a transport coordinator role, where they schedule ambulance bookings "
        "and allocate crews to wards.\n"
    )
    got = links(read(tmp_path, text))
    assert ("transport-coordinator", "ambulance-booking-scheduling") in got
    assert not {role for role, _ in got} - {"transport-coordinator"}
    assert links(read(tmp_path, text, disabled=frozenset({"requirements.relative"}))) == set()
