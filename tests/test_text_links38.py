"""Role -> skill links read from duty and requirement statements the loader did not read (stop 38).

The wording, roles and trades here are our own (a tram depot, a boat yard, a museum shop); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- requirements.announced-needs: "Certain skills are essential for X. These include A, B and C." --------------


def test_needs_announced_then_listed_by_these_include(tmp_path: Path) -> None:
    page = (
        "Tram Driver\n\n"
        "Tram drivers run the city routes from the Eastgate depot.\n\n"
        "Before you can drive a tram, some basics are required. This includes a category B licence, a clean "
        "record and good eyesight.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "tram-driver"}
    assert {"category-b-licence", "clean-record"} <= skills, got
    off = links(read(tmp_path, page, frozenset({"requirements.announced-needs"})))
    assert "clean-record" not in {s for _, s in off}, off


def test_needs_announced_by_a_verb_of_needing_with_the_post_as_subject(tmp_path: Path) -> None:
    page = (
        "Boat Yard Hand\n\n"
        "Boat yard hands scrub hulls and haul boats out of the water.\n\n"
        "Yard hands need a few things. These include stamina, a head for heights and a good grip.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role.endswith("yard-hand")}
    assert "stamina" in skills and any("height" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.announced-needs"})))
    assert "stamina" not in {s for _, s in off}, off


def test_a_noun_of_needs_alone_announces_them(tmp_path: Path) -> None:
    page = (
        "Museum Shop Assistant\n\n"
        "Museum shop assistants serve visitors and restock the shelves.\n\n"
        "Some requirements apply. These include a basic first aid certificate and weekend availability.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "museum-shop-assistant"}
    assert "first-aid-certificate" in skills, got


def test_no_needs_announced_no_list_read(tmp_path: Path) -> None:
    # "This includes" after a sentence of hours or pay, or of a course's needs, names no need of the post
    page = (
        "Tram Driver\n\n"
        "Tram drivers work shifts. This includes weekends and bank holidays.\n\n"
        "Tram drivers earn £31,000 a year. This includes overtime.\n\n"
        "The training course has some entry requirements. These include a fitness test and a hearing check.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for _, skill in got}
    assert not any("weekend" in s or "overtime" in s or "fitness" in s for s in skills), got


def test_these_include_naming_another_post_is_no_list_of_needs(tmp_path: Path) -> None:
    page = (
        "Tram Driver\n\n"
        "Tram drivers run the city routes.\n\n"
        "Some skills are essential. These include the skills a depot supervisor teaches new starters.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "tram-driver" and "teach" in s for role, s in got), got


# --- requirements.as-well-as: "A as well as B are essential" -------------------------------------------------------


def test_two_needs_joined_by_as_well_as_are_each_a_need(tmp_path: Path) -> None:
    page = (
        "Lock Keeper\n\n"
        "Lock keepers open the gates for boats and keep the towpath tidy.\n\n"
        "First aid training as well as a boat licence is essential. Basic rope work as well as good swimming skills "
        "are required.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "lock-keeper"}
    assert {"first-aid-training", "boat-licence", "rope-work"} <= skills, got
    off = links(read(tmp_path, page, frozenset({"requirements.as-well-as"})))
    assert not {"boat-licence", "rope-work"} & {s for _, s in off}, off


def test_as_well_as_after_a_comma_is_still_no_pair_of_needs(tmp_path: Path) -> None:
    # ", as well as" opens an aside of the sentence, no second need named alone by this rule
    page = (
        "Lock Keeper\n\n"
        "Lock keepers open the gates for boats.\n\n"
        "Patience, as well as a head for heights, is essential.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(s.startswith("patience-as-well") for _, s in got), got


def test_duties_announced_then_listed_by_these_include(tmp_path: Path) -> None:
    # a noun of the post's work announces its duties: "The role carries a number of responsibilities. These include"
    page = (
        "Ferry Steward\n\n"
        "Ferry stewards look after passengers on the island crossings.\n\n"
        "Ferry stewards have several key duties. These include checking tickets at the gangway and reporting "
        "faults to the bridge.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "ferry-steward"}
    assert "ticket-checking" in skills and "fault-reporting" in skills, got
    off = links(read(tmp_path, page, frozenset({"requirements.announced-needs"})))
    assert "ticket-checking" not in {s for _, s in off}, off


# --- requirements.cue (widened): "Key skills typically include A, B and C" --------------------------------------


def test_an_adverb_between_a_noun_of_needs_and_include_still_opens_its_list(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n\n"
        "Kennel assistants care for dogs staying at boarding kennels.\n\n"
        "Key skills usually include patience and a calm manner with nervous animals. Physical abilities typically "
        "include the ability to lift heavy feed sacks.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "kennel-assistant"}
    assert "patience" in skills and any("sack" in s for s in skills), got


def test_an_adverb_after_a_noun_of_needs_before_another_verb_opens_no_list(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n\n"
        "Kennel assistants care for dogs staying at boarding kennels.\n\n"
        "Skills usually improve with experience. Skills typically vary between kennels and rescue centres.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("experience" in s or "kennel" in s or "centre" in s for _, s in got), got


def test_an_adverb_of_how_often_opening_a_cues_list_is_no_part_of_its_first_item(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n\n"
        "Kennel assistants care for dogs staying at boarding kennels.\n\n"
        "Requirements usually include patience and a driving licence. The main duties are typically feeding the "
        "dogs and cleaning the runs.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "kennel-assistant"}
    assert {"patience", "dog-feeding"} <= skills, got
