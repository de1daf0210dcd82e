"""Role -> skill requirements lost inside an item that was read: a degree in brackets, and more.

The wording, roles and trades here are our own (a dental surgery, a bakery, a marina); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

from careergraph.loaders.text_requirements import skill_names

# --- requirements.degree: a degree asked for in brackets after an item's own --------------------------------


def test_a_degree_in_brackets_after_the_items_own_is_read_too(tmp_path: Path) -> None:
    text = (
        "# Dental Receptionist\n\n"
        "Requirements\n"
        "- School diploma or similar (Dental Nursing diploma an advantage)\n"
        "- Knowledge of booking software (Dentally, SOE or alike)\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "dental-receptionist"}
    assert "dental-nursing-diploma" in got, got
    assert any("software" in skill for skill in got), got  # (the item after it reads as before)
    assert "requirements.degree" in rules_of(g, "dental-receptionist")


# --- requirements.duty-names: one thing known after "knowledge of the" names the knowledge -------------------


def test_one_thing_known_after_knowledge_of_the_names_the_knowledge() -> None:
    got = [s.name for s in skill_names("A sound knowledge of the timetable you will be running")]
    assert got == ["Timetable knowledge"], got
    assert [s.name for s in skill_names("an understanding of the catalogue")] == ["Catalogue knowledge"]
    assert [s.name for s in skill_names("Knowledge of tide tables")] == ["Tide tables"]  # (a field: as before)


def test_knowledge_of_the_stock_in_a_list_is_named_as_knowledge(tmp_path: Path) -> None:
    text = "# Bookshop Assistant\n\nRequirements\n- Cheerful manner\n- Good knowledge of the stock\n"
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "bookshop-assistant"}
    assert "stock-knowledge" in got, got


# --- requirements.duty-names: a plain one-word item beside skills of its list; a pair as the last item ----------


def test_a_plain_one_word_item_beside_two_skills_is_named(tmp_path: Path) -> None:
    text = (
        "# Deckhand\n\n"
        "Requirements\n"
        "- Good rope work\n"
        "- An understanding of tide tables, security and health and safety\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "deckhand"}
    assert "security" in got, got


def test_a_last_item_that_is_a_pair_joined_by_and_stays_whole() -> None:
    got = [s.name for s in skill_names("knowledge of charts, radio and health and safety")]
    assert got == ["Charts", "Radio", "Health and safety"], got


# --- requirements.duty-names: a phrasal verb opening a comma series of duties ------------------------------------


def test_a_phrasal_verb_opening_a_series_of_duties_leaves_the_later_duties_read(tmp_path: Path) -> None:
    names = [s.name for s in skill_names("Set up the easels, mix the paints and greet pupils")]
    assert names[0] == "Easels", names
    assert len(names) == 3 and "paint" in names[1].lower() and "pupil" in names[2].lower(), names
    text = "# Studio Assistant\n\nDuties\n- Carry out kiln checks, mix the glazes and greet pupils\n"
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "studio-assistant"}
    assert any("glaze" in skill for skill in got), got


# --- requirements.duty-names: a verb the namer does not know after "and", before the shared object -------------


def test_a_verb_the_namer_lacks_after_and_leaves_the_duty_named_by_the_one_before() -> None:
    assert [s.name for s in skill_names("Clean and tidy the treatment rooms")] == ["Treatment room cleaning"]
    assert [s.name for s in skill_names("Check and tidy the linen cupboard")] == ["Linen cupboard checking"]
