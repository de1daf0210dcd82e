"""How a duty is named (stop 39, naming helper; texts of our own).

The wording, roles and trades here are our own (a rail depot, a veterinary clinic, a ferry terminal); each test fails
on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, needs, read

from careergraph.loaders.text_requirements import skill_names

# --- requirements.duty-names: a duty of working with others, opening its item, with or without an adverb ------------


def test_an_adverb_between_a_verb_of_working_together_and_its_partners_is_no_part_of_the_name() -> None:
    assert item_names("Liaise regularly with the signalling contractors") == ["Signalling contractor liaison"]
    assert item_names("Communicating clearly with pet owners") == ["Pet owner communication"]
    assert item_names("Deal calmly with anxious passengers") == ["Anxious passenger dealing"]
    # working alone names no partner after "with"
    assert item_names("Work independently with minimal supervision", predicate=True) == ["Independent work"]


def test_a_duty_opening_its_item_with_a_verb_of_working_together_keeps_its_one_party(tmp_path: Path) -> None:
    page = (
        "Veterinary Nurse\n\n"
        "Your duties:\n"
        "- Working closely with the duty veterinarians to meet weekly targets\n"
        "- Working with other nurses\n"
        "- Liaise regularly with the reception team\n"
        "- Monitoring animals after surgery\n"
    )
    got = needs(read(tmp_path, page)).get("veterinary-nurse", set())
    assert "working with duty veterinarians" in got, got
    assert "working with nurses" in got, got
    assert "reception team liaison" in got, got
    assert not {"close work", "working", "regular liaison"} & got, got


# --- requirements.duty-names: an adverb of manner inside a duty's object, then where or when --------------------------


def test_an_adverb_of_manner_inside_the_object_ends_it() -> None:
    assert item_names("Welcoming passengers courteously upon boarding") == ["Welcoming passengers"]
    assert item_names("Stack the mail sacks neatly onto the trolleys", predicate=True) == ["Mail sack stacking"]
    # an adverb before an adjective is part of the thing; "-ally" names the field the work is done in
    assert item_names("Maintain visually appealing notice boards") == ["Visually appealing notice board maintenance"]


def test_a_piece_of_a_series_keeps_no_adverb_of_how(tmp_path: Path) -> None:
    page = (
        "Ferry Terminal Clerk\n\n"
        "Main duties:\n"
        "- Handle bookings, ticketing, and vehicle manifests accurately\n"
        "- Complete the crossing logs accurately and on time\n"
    )
    got = needs(read(tmp_path, page)).get("ferry-terminal-clerk", set())
    assert "vehicle manifests" in got, got
    assert not {"vehicle manifests accurately", "time"} & got, got


# --- requirements.duty-names: what looking into a thing is for ("to identify ...") is no duty of its own -------------


def test_what_an_analysis_is_for_is_no_duty_nor_items_of_its_own(tmp_path: Path) -> None:
    page = (
        "Pharmacy Stock Controller\n\n"
        "Main duties:\n"
        "- Analyse dispensing data to identify slow lines, expired stock, and seasonal peaks\n"
        "- Conduct stock audits to spot shrinkage and mislabelled packs\n"
    )
    got = needs(read(tmp_path, page)).get("pharmacy-stock-controller", set())
    assert "dispensing data analysis" in got, got
    assert "stock audits" in got or "stock audit" in got, got
    assert not {"expired stock", "seasonal peaks", "slow line identification", "mislabelled packs"} & got, got
    assert item_names("Review the staff rotas to find gaps and overlaps", predicate=True) == ["Staff rota review"]
    # a duty after "to" that is no finding out is still one of its own
    got_names = item_names("liaise with the porters to inspect the trolleys, and sign off the logs")
    assert "Trolley inspection" in got_names, got_names


# --- requirements.duty-names: how one works, named with the duty as written too ---------------------------------------


def test_how_one_works_keeps_the_duty_as_written(tmp_path: Path) -> None:
    got = [(n.name, n.alias) for n in skill_names("Able to work independently on night shifts")]
    assert got == [("Independent work", "work independently")], got
    page = (
        "Lock Keeper\n\n"
        "What we need:\n"
        "- Ability to work autonomously\n"
        "- Working cross-functionally with the canal rangers\n"
    )
    g = read(tmp_path, page)
    aliases = {a for _, data in g.nodes(data=True) if data.get("label") == "Skill" for a in data.get("aliases") or ()}
    assert "working autonomously" in aliases, aliases
    assert "working cross-functionally" in aliases, aliases


# --- requirements.duty-names: a bracket of examples after a thing holds no items ------------------------------------


def test_the_pieces_of_a_bracket_of_examples_are_no_items(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n\n"
        "Duties:\n"
        "- Clean the kennels and record any incidents (e.g., scuffles, refused meals, limping)\n"
        "- Prepare special diets (for example, raw, grain-free, renal) for the dogs in our care\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-assistant", set())
    assert "incident recording" in got, got
    assert not {"scuffles", "refused meals", "limping", "renal", "grain-free"} & got, got


# --- requirements.duty-names: a degree before "of" opening a duty's object is read past -------------------------------


def test_a_degree_before_of_is_no_part_of_the_object() -> None:
    assert item_names("Keep a high level of cleanliness in the surgery", predicate=True) == ["Cleanliness"]
    assert item_names("use your high levels of route and traffic awareness", predicate=True) == [
        "Route awareness", "Traffic awareness"
    ]
    assert item_names("show a good degree of patience and tact", predicate=True) == ["Patience", "Tact"]
