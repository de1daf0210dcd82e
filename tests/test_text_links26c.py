"""Role -> skill requirements missed before: qualities listed as adjectives, and more.

The wording, roles and trades here are our own (a dental practice); each test fails on the code before the change
it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

from careergraph.loaders.text_requirements import skill_names

# --- requirements.duty-names: an item of adjectives of quality names each quality --------------------------


def test_a_list_of_qualities_written_as_adjectives_names_each(tmp_path: Path) -> None:
    text = (
        "# Dental Receptionist\n\n"
        "Dental receptionists greet patients and book appointments.\n\n"
        "## Skills and qualities\n\n"
        "You would need to be:\n\n"
        "  • cheerful, courteous and tactful\n"
        "  • punctual and dependable\n"
        "  • discreet\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "dental-receptionist"}
    assert {"cheerful", "courteous", "tactful", "punctual", "dependable"} <= got


def test_adjectives_before_a_noun_or_of_another_shape_stay_one_name() -> None:
    assert [s.name for s in skill_names("calm and considerate")] == ["Calm", "Considerate"]
    assert all(s.name.endswith("awareness") for s in skill_names("technical and commercial awareness"))
    assert all(s.name.endswith("patients") for s in skill_names("new and existing patients"))
    assert [s.name for s in skill_names("Patience, tact and diplomacy")] == ["Patience", "Tact", "Diplomacy"]


# --- requirements.duty-names: every party a duty of working together names --------------------------------


def test_a_duty_with_several_parties_names_them_all(tmp_path: Path) -> None:
    text = (
        "# Stage Manager\n\n"
        "Stage managers run rehearsals. They liaise with the box office and other venues to keep shows on"
        " schedule.\n"
    )
    assert ("stage-manager", "box-office-and-venue-liaison") in links(read(tmp_path, text))
    got = skill_names("Coordinate with set builders, sound engineers and stewards before each tour")
    assert [s.name for s in got] == ["Set builder, sound engineer and steward coordination"]


def test_a_participle_after_the_parties_opens_no_party() -> None:
    got = skill_names("collaborate with touring companies, widening your circle of contacts")
    assert [s.name for s in got] == ["Touring company collaboration"]


# --- requirements.as-post: participles after the post one starts or works in ---------------------------------


def test_participles_after_the_post_one_starts_in_are_its_duties(tmp_path: Path) -> None:
    text = (
        "# Careers at an Animal Shelter\n\n"
        "Most newcomers start out as kennel assistants, walking dogs, cleaning pens and feeding the cats.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "kennel-assistant"}
    # ("feed" is a verb of work that is a noun as often: its gerund names its action, requirements.noun-verbs)
    assert {"pen-cleaning", "cat-feeding"} <= got


def test_bare_gerunds_after_the_post_are_no_duties(tmp_path: Path) -> None:
    text = "# Animal Shelter Careers\n\nMost newcomers start as kennel assistants, walking, cleaning or feeding.\n"
    assert not {skill for role, skill in links(read(tmp_path, text)) if role == "kennel-assistant"}


# --- requirements.added-duties: duties added by "in addition to" after a role's sentence ----------------------


def test_duties_after_in_addition_to_are_the_opening_roles(tmp_path: Path) -> None:
    text = (
        "# Fire Service Ranks\n\n"
        "Watch managers do the same work as firefighters, in addition to planning drills, checking breathing sets"
        " and writing incident reports.\n"
    )
    got = links(read(tmp_path, text))
    assert {("watch-manager", "drill-planning"), ("watch-manager", "incident-report-writing")} <= got
    assert not {skill for role, skill in got if role == "firefighter"}


def test_a_masters_degree_is_asked_for_and_the_verb_master_still_opens_nothing(tmp_path: Path) -> None:
    # (a leading "master" was dropped as the verb even before a possessive, so the item was only "degree")
    text = (
        "Careers at the Harbour\n\n"
        "A harbour pilot guides ships into port. The harbour pilot needs a master's degree in maritime studies."
        " Every pilot must master the tide tables.\n"
    )
    got = links(read(tmp_path, text))
    assert ("harbour-pilot", "master-s-degree") in got
    assert ("harbour-pilot", "tide-tables") in got
