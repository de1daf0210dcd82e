"""Verbs of work that are nouns as often ("order", "direct", "pay", "lock"), read as verbs where only a verb can
stand (requirements.noun-verbs).

The wording, roles and trades here are our own (a school's site staff, a veterinary practice, a ferry, a
library); each test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

from careergraph.loaders.text_requirements import noun_verb, skill_names, verb_base


def _skills(tmp_path: Path, text: str, role: str, disabled: frozenset[str] = frozenset()) -> set[str]:
    return {skill for r, skill in links(read(tmp_path, text, disabled)) if r == role}


# --- after a role as subject ---------------------------------------------------------------------------------------


def test_a_first_verb_that_is_a_noun_as_often_opens_the_duties_after_a_role(tmp_path: Path) -> None:
    text = (
        "# Site Caretaker\n\n"
        "The site caretaker locks the school gates, checks the boiler pressure, logs repairs and orders the"
        " cleaning supplies.\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "site-caretaker"}
    assert {"school-gate-locking", "boiler-pressure-checking", "repair-logging"} <= got, got
    assert any(skill.startswith("cleaning-suppl") and skill.endswith("ordering") for skill in got), got
    assert "requirements.noun-verbs" in rules_of(g, "site-caretaker")
    # switched off, the sentence names nothing, as before
    assert not _skills(tmp_path, text, "site-caretaker", frozenset({"requirements.noun-verbs"}))


def test_a_plural_role_before_the_base_form_and_an_article(tmp_path: Path) -> None:
    text = "# Ferry Deckhand\n\nFerry deckhands lock the car deck ramps and check the life rafts before sailing.\n"
    got = _skills(tmp_path, text, "ferry-deckhand")
    assert "car-deck-ramp-locking" in got, got
    assert "life-raft-checking" in got, got


def test_such_a_word_after_a_role_stays_a_noun_before_a_verb_or_without_an_object(tmp_path: Path) -> None:
    text = (
        "# Library Assistant\n\n"
        "Library assistant pay starts at 11 pounds an hour.\n"
        "The library assistant returns are counted by the branch manager.\n"
    )
    got = _skills(tmp_path, text, "library-assistant")
    assert not any("paying" in skill or "returning" in skill or "counting" in skill for skill in got), got


# --- opening a line or an item of duties ---------------------------------------------------------------------------


def test_bulleted_duties_opening_with_such_a_verb_are_read(tmp_path: Path) -> None:
    text = (
        "# Veterinary Nurse\n\n"
        "The veterinary nurse assists the vets in theatre.\n\n"
        "- Order the vaccines each month\n"
        "- Refill the drug cabinet\n"
        "- Clean the consult rooms\n"
        "- Pay brackets vary\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "veterinary-nurse"}
    assert {"vaccine-ordering", "drug-cabinet-refilling", "consult-room-cleaning"} <= got, got
    assert not any("bracket" in skill for skill in got), got  # (before a verb the word is a noun)
    assert "requirements.noun-verbs" in rules_of(g, "veterinary-nurse")


def test_items_of_a_duties_list_name_the_verbs_action(tmp_path: Path) -> None:
    text = (
        "# Head Librarian\n\n"
        "Responsibilities\n"
        "- Direct the evening volunteers\n"
        "- Order new titles from publishers\n"
        "- Catalogue donated books\n"
    )
    got = _skills(tmp_path, text, "head-librarian")
    assert "evening-volunteer-directing" in got, got
    assert "new-title-ordering" in got or "title-ordering" in got, got
    assert not any(skill.startswith(("direct-the", "order-new")) for skill in got), got  # (before, as written)


# --- the namer ---------------------------------------------------------------------------------------------------


def test_such_words_are_no_verbs_of_verb_base_and_have_their_forms() -> None:
    assert verb_base("locks") is None and verb_base("order") is None  # (not everywhere: "Order forms", "Pay rises")
    assert noun_verb("locks") == ("lock", "s") and noun_verb("mopped") == ("mop", "ed")
    assert noun_verb("directing") == ("direct", "ing") and noun_verb("checks") is None


def test_the_namer_reads_such_a_verb_only_where_no_noun_stands() -> None:
    assert [s.name for s in skill_names("Mop the changing room floors")] == ["Changing room floor mopping"]
    assert [s.name for s in skill_names("able to pay suppliers on time")] == ["Supplier paying"]
    assert [s.name for s in skill_names("controls stock levels", predicate=True, verb=True)] == ["Stock level control"]
    # a series of duties goes on through one
    got = [s.name for s in skill_names("checks the tide tables, locks the gangway and logs departures", predicate=True)]
    assert got == ["Tide table checking", "Gangway locking", "Departure logging"], got
    # nouns stay nouns: before a verb, as a modifier, in a piece after "and" that shares a known verb's object
    assert skill_names("Pay brackets vary", predicate=True) == []
    assert not any("storing" in s.name.lower() for s in skill_names("Store layout and merchandising", predicate=True))
    assert skill_names("direct all aspects of the ferry business") == []


def test_a_gerund_of_such_a_verb_opens_an_item_of_a_duties_list_before_its_object(tmp_path: Path) -> None:
    text = (
        "# Groundskeeper\n\n"
        "Duties\n"
        "- feeding the horses twice a day\n"
        "- transporting hay bales to the top barn\n"
        "- sweeping the yard\n"
    )
    got = _skills(tmp_path, text, "groundskeeper")
    assert "hay-bale-transporting" in got, got
    assert not any(skill.startswith("hay-bale") and skill != "hay-bale-transporting" for skill in got), got
    # a gerund naming a thing stays a noun: before no comma or preposition, or with no object
    assert [s.name for s in skill_names("Changing rooms", predicate=True)] == ["Changing rooms"]
    assert [s.name for s in skill_names("Spraying equipment", predicate=True)] == ["Spraying equipment"]


def test_a_gerund_of_such_a_verb_after_known_ones_in_a_series_of_duties(tmp_path: Path) -> None:
    text = (
        "# Careers on the Ferries\n\n"
        "Most crew begin their careers as ferry stewards, checking tickets, cleaning cabins and addressing"
        " passenger complaints.\n"
    )
    got = _skills(tmp_path, text, "ferry-steward")
    assert {"ticket-checking", "cabin-cleaning", "passenger-complaint-addressing"} <= got, got


def test_after_a_roles_label_a_pronoun_or_where_they(tmp_path: Path) -> None:
    label = "# Garden Team\n\nHead Gardener (G3): five years or more. Orders the seed and compost.\n"
    assert {"seed-ordering", "compost-ordering"} <= _skills(tmp_path, label, "head-gardener")
    they = "# Garden Team\n\nA head gardener plans the planting. They order the seed each winter.\n"
    assert "seed-ordering" in _skills(tmp_path, they, "head-gardener")
    where = "# Garden Team\n\nMany apprentices move into a head gardener role, where they direct the volunteers.\n"
    g = read(tmp_path, where)
    assert ("head-gardener", "volunteer-directing") in links(g)
    assert "requirements.noun-verbs" in rules_of(g, "head-gardener")


def test_a_run_on_list_is_split_before_such_a_verb_too(tmp_path: Path) -> None:
    text = (
        "# Kennel Assistant\n\n"
        "RESPONSIBILITIES\n"
        "DUTIES Prepare the kennels for the morning intake Order the dry food and bedding each week Walk the larger"
        " dogs twice a day Direct the weekend volunteers on the rota Clean the isolation pens after use\n"
    )
    got = _skills(tmp_path, text, "kennel-assistant")
    assert {"dry-food-ordering", "weekend-volunteer-directing", "kennel-preparation"} <= got, got
