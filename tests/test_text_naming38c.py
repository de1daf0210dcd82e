"""How a duty or a need is named, and what names none (stop 38, third helper; texts of our own).

The wording, roles and trades here are our own (a hardware store, a bakery, a rail depot, a garden centre); each
test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, needs, read

# --- requirements.duty-names: a noun that is a verb as often, in a series of things a verb takes ------------------


def test_a_verb_noun_inside_a_series_of_things_is_one_more_thing() -> None:
    got = item_names("Replace menu boards, price cards, and allergy notices each morning")
    assert "Card pricing" not in got and "Allergy notice pricing" not in got, got
    assert len(got) == 3 and all(n.startswith("Replacing") for n in got), got
    got = item_names("Put up seasonal banners, stock lists, and aisle signage")
    assert not any("stocking" in n.lower() for n in got), got
    # a series of duties stays one: its last member opens with a verb
    assert item_names("Greet customers, price goods, and stock shelves") == [
        "Customer greeting", "Goods pricing", "Shelf stocking"
    ]
    assert item_names("Unload deliveries, label boxes, and file invoices") == [
        "Delivery unloading", "Box labelling", "Invoice filing"
    ]


# --- requirements.duty-names: working with parties, closing a series of duties --------------------------------------


def test_working_with_parties_closing_a_series_is_a_duty(tmp_path: Path) -> None:
    page = (
        "Depot Planner\n\n"
        "The job involves building the weekly maintenance plan, ordering spare parts, and working closely with the"
        " signalling and engineering teams to keep trains running.\n"
        "The role also means checking fleet records, booking test runs, and liaising with the control office.\n"
    )
    got = needs(read(tmp_path, page)).get("depot-planner", set())
    assert "working with signalling and engineering teams" in got, got
    assert "control office liaison" in got and "liaising" not in got, got
    assert {"spare part ordering", "fleet record checking", "test run booking"} <= got, got
    # a list of partners after "with" is still no list of skills
    page = "Hotel Buyer\n\nThe job involves ordering linen, and working closely with chefs, housekeepers and porters.\n"
    got = needs(read(tmp_path, page)).get("hotel-buyer", set())
    assert not {"housekeepers", "porters", "housekeepers and porters"} & got, got
    # a gerund before a group's noun among the parties names the group
    assert item_names("working with the baking and packing teams") == ["Working with baking and packing teams"]


# --- requirements.duty-names: understanding what names no skill alone -----------------------------------------------


def test_understanding_what_names_no_skill_alone_is_the_understanding(tmp_path: Path) -> None:
    page = (
        "Hotel Receptionist\n\n"
        "Hotel receptionists welcome guests and handle bookings.\n\n"
        "Requirements:\n"
        "- Experience in understanding guest needs\n"
        "- Understand visitor needs\n"
        "- Good understanding of fire safety rules\n"
    )
    got = needs(read(tmp_path, page)).get("hotel-receptionist", set())
    assert "understanding guest needs" in got, got
    assert "understanding visitor needs" in got, got
    assert "fire safety rules" in got, got  # (what names a skill alone is named so, as before)
    assert item_names("understanding customer needs") == ["Understanding customer needs"]
    assert item_names("experience in understanding shopper behaviour") == ["Shopper behaviour"]


# --- requirements.duty-names: keeping updated with a thing ----------------------------------------------------------


def test_staying_updated_with_a_thing_names_the_thing() -> None:
    assert item_names("Stay Updated With Seasonal Bread Trends") == ["Seasonal bread trends"]
    assert item_names("keep up to speed with new rail safety notices") == ["New rail safety notices"]


# --- requirements.noun-verbs: watering, and two noun verbs before their object ------------------------------------


def test_watering_plants_is_a_duty_of_its_own(tmp_path: Path) -> None:
    page = (
        "Garden Centre Assistant\n\n"
        "Garden centre assistants serve customers and water the plants.\n\n"
        "Responsibilities:\n"
        "- Water and feed the hanging baskets\n"
        "- Check the water features\n"
    )
    got = needs(read(tmp_path, page)).get("garden-centre-assistant", set())
    assert "plant watering" in got and "hanging basket watering" in got, got
    assert not any("serving" in s and "water" in s for s in got), got  # (before, "Water the plant serving")
    assert item_names("Mop and sweep the floors") == ["Sweeping floors"]  # (a known second verb, as before)


# --- requirements.duty-names: how well a thing is known, before "understanding of" ----------------------------------


def test_how_well_a_thing_is_known_is_no_verb() -> None:
    assert item_names("A clear understanding of the bakery's allergen rules") == ["Bakery's allergen rules"]
    assert item_names("A real understanding of rail signalling") == ["Rail signalling"]
    assert item_names("Clear the tables") == ["Clearing tables"]  # (a verb before its object, as before)


# --- requirements.duty-names: a verb that is a noun as often, before "any" -----------------------------------------


def test_a_duty_whose_object_opens_with_any_is_read_beside_a_role(tmp_path: Path) -> None:
    page = (
        "Station Assistant\n\n"
        "Station assistants help passengers and keep platforms safe.\n\n"
        "Duties:\n"
        "- Report any faults to the station manager straight away\n"
        "- Check all ticket machines each morning\n"
    )
    got = needs(read(tmp_path, page)).get("station-assistant", set())
    assert "fault reporting" in got and "ticket machine checking" in got, got
    assert item_names("Report any broken trolleys") == ["Broken trolley reporting"]


# --- requirements.duty-names: two later verbs sharing "them", the second a noun as often --------------------------


def test_two_later_verbs_sharing_them_are_no_object_of_the_first(tmp_path: Path) -> None:
    page = (
        "Bakery Warehouse Operative\n\n"
        "Bakery warehouse operatives keep the stores in order.\n\n"
        "Responsibilities:\n"
        "- Receiving flour deliveries and checking and storing them\n"
    )
    got = needs(read(tmp_path, page)).get("bakery-warehouse-operative", set())
    assert "flour delivery receiving" in got and "checking receiving" not in got, got
    assert item_names("Unloading the lorry and sorting and storing the crates") == ["Lorry unloading", "Crate storage"]
