"""How a requirement or duty is named as a skill (stop 36: light verbs, filler and judgement words, series).

The wording, roles and trades here are our own (a rail depot, a hotel, a bakery, ...); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, named, needs, read

# --- requirements.duty-names: "undertake" is a light verb, as "conduct" and "carry out" are -------------------------


def test_undertake_is_a_light_verb_whose_object_names_the_duty() -> None:
    assert item_names("Undertake weekly fridge temperature checks") == ["Weekly fridge temperature checks"]
    got = item_names("Inspects the track, undertakes minor repairs and reports faults to the signaller")
    assert got == ["Track inspection", "Minor repairs", "Fault reporting"], got


def test_undertake_in_a_list_of_a_rail_depot_page(tmp_path: Path) -> None:
    page = (
        "# Track maintenance operative\n\n"
        "Duties:\n\n"
        "- walks the line, undertakes minor repairs and reports faults to the signaller\n"
        "- clears vegetation from the lineside\n"
    )
    got = needs(read(tmp_path, page)).get("track-maintenance-operative", set())
    assert "minor repairs" in got, got
    assert not named(got, "undertake"), got


# --- requirements.no-skill: "sense of" before a word that names no skill alone is a trait named whole ---------------


def test_a_sense_of_responsibility_is_a_trait_not_a_word_of_duty() -> None:
    assert item_names("A strong sense of responsibility") == ["Sense of responsibility"]
    got = item_names("Patience and sense of responsibility")
    assert got == ["Patience", "Sense of responsibility"], got
    # ("sense" is no action noun whose object follows "of": not 'Humour patience', 'Humour sense')
    assert item_names("Patience and sense of humour") == ["Patience", "Sense of humour"]
    assert item_names("Good sense of balance") == ["Sense of balance"]
    # the word alone still names nothing
    assert item_names("Responsibilities") == []


def test_a_sense_of_responsibility_in_a_bakery_list(tmp_path: Path) -> None:
    page = (
        "# Bakery counter assistant\n\n"
        "You will need:\n\n"
        "- Punctuality and a sense of responsibility\n"
        "- A cheerful manner with customers\n"
    )
    got = needs(read(tmp_path, page)).get("bakery-counter-assistant", set())
    assert "sense of responsibility" in got, got


# --- requirements.duty-names: "sometimes", "occasionally" opening an item are no words of the duty's name ---------


def test_an_adverb_of_how_often_opening_a_duty_is_no_word_of_its_name() -> None:
    got = item_names("Sometimes unload the delivery van and check the invoices")
    assert got == ["Delivery van unloading", "Invoice checking"], got
    assert item_names("Sometimes") == []


def test_how_often_adverbs_in_a_cellar_hands_duties(tmp_path: Path) -> None:
    page = (
        "# Cellar hand\n\n"
        "Duties:\n\n"
        "- Change the beer barrels\n"
        "- Occasionally unload the delivery van\n"
        "- Sometimes restock the bottle fridges\n"
        "- Sometimes help with deliveries.\n"
    )
    got = needs(read(tmp_path, page)).get("cellar-hand", set())
    assert "delivery van unloading" in got and "bottle fridge restocking" in got, got
    assert not named(got, "sometimes") and not named(got, "occasionally"), got


# --- requirements.duty-names: lower-case modifiers joined before one name share it ----------------------------------


def test_modifiers_joined_before_a_language_share_it() -> None:
    assert item_names("Fluent spoken and written Welsh") == ["Spoken Welsh", "Written Welsh"]
    assert item_names("Good written and oral Portuguese") == ["Written Portuguese", "Oral Portuguese"]
    # names joined stay names of their own
    assert item_names("Sage and Xero") == ["Sage", "Xero"]


def test_a_language_item_of_a_ferry_crew_advert(tmp_path: Path) -> None:
    page = "# Ferry steward\n\nYou will need:\n\n- Written and spoken Norwegian\n- A calm manner at sea\n"
    got = needs(read(tmp_path, page)).get("ferry-steward", set())
    assert "written norwegian" in got and "spoken norwegian" in got, got
    assert "written" not in got, got


# --- requirements.duty-names: adjectives with commas before one noun are one object, however long --------------------


def test_adjectives_with_commas_before_one_long_noun_are_one_object() -> None:
    got = item_names("Maintain a clean, calm, and welcoming client waiting area")
    assert got == ["Clean, calm, and welcoming client waiting area maintenance"], got
    # a list of duties with commas is still a list
    got = item_names("Check the kennels, feed the dogs, and clean the cages")
    assert got == ["Kennel checking", "Dog feeding", "Cage cleaning"], got


def test_a_vet_receptionists_waiting_area_duty(tmp_path: Path) -> None:
    page = (
        "# Veterinary receptionist\n\n"
        "Duties:\n\n"
        "- Book appointments for pet owners\n"
        "- Maintain a clean, calm, and welcoming client waiting area\n"
    )
    got = needs(read(tmp_path, page)).get("veterinary-receptionist", set())
    assert "clean maintenance" not in got, got
    assert named(got, "waiting area"), got


# --- requirements.duty-names: a measure set for the work that an item meets is named with the verb ------------------


def test_a_target_met_is_named_with_its_verb() -> None:
    assert item_names("Meet the weekly covers targets") == ["Meeting weekly covers targets"]
    assert item_names("Help achieve the depot's safety KPIs") == ["Achieving depot's safety KPIs"]
    got = item_names("Exceed monthly membership sales targets and tidy the gym floor")
    assert got[0] == "Exceeding monthly membership sales targets", got
    # a goal of the trade's own is still no skill, nor a party met a target
    assert item_names("Grow the gym's membership") == []
    assert item_names("Meet new suppliers") == ["Meeting new suppliers"]


def test_targets_met_in_a_gym_advert(tmp_path: Path) -> None:
    page = (
        "# Gym membership adviser\n\n"
        "Responsibilities:\n\n"
        "- Show visitors around the gym\n"
        "- Meet monthly membership sales targets\n"
    )
    got = needs(read(tmp_path, page)).get("gym-membership-adviser", set())
    assert "meeting monthly membership sales targets" in got, got


# --- requirements.duty-names: a rate asked for at a level names the rate ----------------------------------------------


def test_a_rate_asked_for_at_a_level_names_the_rate() -> None:
    assert item_names("Shorthand speed of at least 100 words per minute") == ["Shorthand speed"]
    got = item_names("A minimum keying accuracy of 98% and neat handwriting")
    assert got == ["Keying accuracy", "Neat handwriting"]


def test_a_court_typists_speed(tmp_path: Path) -> None:
    page = "# Court typist\n\nRequirements:\n\n- Audio typing speed of 60 wpm\n- Discretion with case papers\n"
    got = needs(read(tmp_path, page)).get("court-typist", set())
    assert "audio typing speed" in got, got
    assert "minute" not in got and "speed" not in got and "wpm" not in got, got


# --- requirements.duty-names: "stock" before a noun of the work on stock is the noun -------------------------------


def test_stock_before_a_noun_of_its_work_is_no_verb() -> None:
    assert item_names("Stock counts", predicate=True) == ["Stock counts"]
    assert item_names("Stock checks and replenishment", predicate=True) == ["Stock checks", "Replenishment"]
    # a verb before what is stocked, still
    assert item_names("Stock the chillers before opening", predicate=True) == ["Chiller stocking"]


def test_stock_items_in_a_farm_shop_duty_list(tmp_path: Path) -> None:
    page = (
        "# Farm shop supervisor\n\n"
        "Duties:\n\n"
        "- Open the shop at eight\n"
        "- Stock control and rotation\n"
    )
    got = needs(read(tmp_path, page)).get("farm-shop-supervisor", set())
    assert "stock control" in got, got
    assert not named(got, "control stocking"), got


# --- requirements.no-skill: the lead of a list names nothing ------------------------------------------------------


def test_the_lead_of_a_list_names_nothing() -> None:
    assert item_names("Usual jobs include:") == []
    assert item_names("Your first weeks will involve") == []
    assert item_names("Wash the table covers") == ["Washing table covers"]  # (a noun in "-s" ending the item, no lead)


def test_a_list_lead_among_a_porters_duties(tmp_path: Path) -> None:
    page = (
        "# Hospital porter\n\n"
        "Duties:\n\n"
        "- Move patients between wards\n"
        "- Usual jobs include:\n"
        "- Deliver specimens to the laboratory\n"
    )
    got = needs(read(tmp_path, page)).get("hospital-porter", set())
    assert not named(got, "include"), got
    assert named(got, "specimen"), got


# --- requirements.no-skill: a lone noun of work names no skill ----------------------------------------------------


def test_a_lone_noun_of_work_names_no_skill(tmp_path: Path) -> None:
    from careergraph.loaders.text_requirements import names_no_skill

    assert names_no_skill("Tasks") and names_no_skill("Workload")
    assert not names_no_skill("Task management") and not names_no_skill("Cleaning tasks")
    page = (
        "# Kitchen porter\n\n"
        "A kitchen porter washes the pans and empties the bins. These tasks are essential for a safe kitchen.\n"
    )
    got = needs(read(tmp_path, page)).get("kitchen-porter", set())
    assert "tasks" not in got, got
